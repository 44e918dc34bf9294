//! The HTML handout where people open it: printed by a browser. Headless Chromium prints it to
//! PDF, and poppler's `pdfinfo` and `pdftotext` read the PDF back: one A4 landscape page holding
//! the title, every phase, lane, card and emotion label, none of it past the page's margins.
//!
//! Chromium and poppler-utils are Debian packages that `./check.sh` installs; without them these
//! tests fail and say so, since CI runs `./check.sh`. `KINDRED_KEEP_HANDOUTS=<folder>` keeps
//! each page and its PDF there, to look at.

use kindred::i18n::{Lang, set_language};
use kindred::interop::handout;
use kindred::model::{Card, CardColour, JourneyMap, LaneKind, Template, Workspace};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An A4 page in PDF points, and the handout's margin (10 mm).
const A4_LONG: f64 = 841.89;
const A4_SHORT: f64 = 595.28;
const MARGIN: f64 = 10.0 * 72.0 / 25.4;

fn sample() -> Workspace {
    kindred::model::codec::decode(include_bytes!("../../assets/sample.kindred"))
        .expect("the sample workspace decodes")
        .workspace
}

/// Runs a tool the tests need and returns its standard output, failing with what installs it
/// when it is missing, and after two minutes if it hangs.
fn run(program: &str, package: &str, args: &[&str], home: &Path) -> String {
    let mut child = Command::new(program)
        .args(args)
        .env("HOME", home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| {
            panic!(
                "{program} cannot be run ({error}): it comes in Debian's {package} package, which ./check.sh installs"
            )
        });
    // Read while it runs: a full pipe would stop it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut text);
            }
            String::from_utf8_lossy(&text).into_owned()
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("the process can be waited for") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{program} {args:?} took over two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let (stdout, stderr) = (stdout.join().expect("its output"), stderr.join().expect("its errors"));
    assert!(status.success(), "{program} {args:?} failed: {stderr}");
    stdout
}

/// The PDF Chromium prints of the HTML handout of `map`, in a temporary folder.
fn print(workspace: &Workspace, map: &JourneyMap, lang: Lang) -> (tempfile::TempDir, PathBuf) {
    set_language(lang);
    let page = handout::html(workspace, map).expect("the map is small enough for a handout");
    set_language(Lang::En);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let html = dir.path().join("handout.html");
    std::fs::write(&html, page).expect("the page is written");
    let pdf = dir.path().join("handout.pdf");
    let profile = dir.path().join("profile");
    let url = format!("file://{}", html.display());
    run(
        "chromium",
        "chromium",
        &[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", profile.display()),
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
            &url,
        ],
        dir.path(),
    );
    assert!(pdf.is_file(), "Chromium printed no PDF");
    if let Some(keep) = std::env::var_os("KINDRED_KEEP_HANDOUTS") {
        let name = format!("{}-{}", map.name.replace(' ', "_"), lang.code());
        std::fs::copy(&html, Path::new(&keep).join(format!("{name}.html"))).expect("copy");
        std::fs::copy(&pdf, Path::new(&keep).join(format!("{name}.pdf"))).expect("copy");
    }
    (dir, pdf)
}

/// A word of the PDF and its box, in points from the page's top left.
struct Word {
    text: String,
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

/// Text as `pdftotext -bbox` writes it in its XHTML, unescaped.
fn unescape(text: &str) -> String {
    [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&amp;", "&")]
        .iter()
        .fold(text.to_owned(), |text, (entity, character)| text.replace(entity, character))
}

/// The words `pdftotext -bbox` finds on the PDF's pages.
fn words(pdf: &Path, home: &Path) -> Vec<Word> {
    let text = run("pdftotext", "poppler-utils", &["-bbox", &pdf.to_string_lossy(), "-"], home);
    let attribute = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).expect("the attribute") + name.len() + 2;
        let end = tag[start..].find('"').expect("its end") + start;
        tag[start..end].parse().expect("a number")
    };
    text.split("<word ")
        .skip(1)
        .map(|rest| {
            let (tag, rest) = rest.split_once('>').expect("a word tag");
            let word = rest.split_once("</word>").expect("its end").0;
            Word {
                text: unescape(word),
                left: attribute(tag, "xMin"),
                top: attribute(tag, "yMin"),
                right: attribute(tag, "xMax"),
                bottom: attribute(tag, "yMax"),
            }
        })
        .collect()
}

/// Prints `map` and checks that it is one A4 landscape page with the title, every phase, lane,
/// card and emotion label on it, inside the margins.
fn prints_on_one_page(workspace: &Workspace, map: &JourneyMap, lang: Lang) {
    let (dir, pdf) = print(workspace, map, lang);
    let info = run("pdfinfo", "poppler-utils", &[&pdf.to_string_lossy()], dir.path());
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_else(|| panic!("pdfinfo gives no {name}\n{info}"))
            .to_owned()
    };
    assert_eq!(field("Pages:"), "1", "{}: the handout prints on one page", map.name);
    let size: Vec<f64> = field("Page size:").split_whitespace().filter_map(|part| part.parse().ok()).collect();
    let [width, height] = size[..] else { panic!("a page size in {info}") };
    assert!(
        (width - A4_LONG).abs() < 1.0 && (height - A4_SHORT).abs() < 1.0,
        "{}: an A4 landscape page, not {width} × {height} pt",
        map.name
    );

    let words = words(&pdf, dir.path());
    for word in &words {
        assert!(
            word.left >= MARGIN - 1.0
                && word.top >= MARGIN - 1.0
                && word.right <= width - MARGIN + 1.0
                && word.bottom <= height - MARGIN + 1.0,
            "{}: “{}” at {:.0},{:.0}–{:.0},{:.0} lies outside the printed area",
            map.name,
            word.text,
            word.left,
            word.top,
            word.right,
            word.bottom
        );
    }
    // Text as the PDF holds it, without the line breaks and spaces wrapping put in.
    let squeezed = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let all = squeezed(&words.iter().map(|w| w.text.as_str()).collect::<String>());
    let mut expected = vec![map.name.clone()];
    expected.extend(map.phases.iter().map(|p| p.name.clone()));
    expected.extend(map.lanes.iter().map(|l| l.name.clone()));
    expected.extend(map.cards.iter().map(|c| c.text.clone()));
    for text in expected {
        assert!(all.contains(&squeezed(&text)), "{}: “{text}” is not on the page", map.name);
    }
    let labels =
        map.phases.iter().filter_map(|p| p.emotion).map(|e| if e == 0 { "0".into() } else { format!("{e:+}") });
    for label in labels {
        assert!(words.iter().any(|w| w.text == label), "{}: the emotion label {label} is not on the page", map.name);
    }
}

/// A map whose curve runs from the lowest emotion to the highest: the labels at both ends of
/// the band.
fn map_from_low_to_high() -> JourneyMap {
    let mut map = Template::CustomerJourney.create();
    map.name = "Lowest to highest".into();
    for (phase, emotion) in map.phases.iter_mut().zip([-2, 0, 1, 2]) {
        phase.emotion = Some(emotion);
    }
    let lane = map.lanes.iter().find(|l| l.kind == LaneKind::Cards).map(|l| l.id).expect("a card lane");
    let phase = map.phases[3].id;
    map.cards.push(Card { phase, lane, text: "Delighted".into(), votes: 2, ..Card::default() });
    map
}

#[test]
fn the_samples_maps_print_on_one_a4_landscape_page() {
    let workspace = sample();
    for map in &workspace.journeys {
        prints_on_one_page(&workspace, map, Lang::En);
    }
    let map = workspace.journeys.first().expect("a map");
    prints_on_one_page(&workspace, map, Lang::Da);
}

#[test]
fn the_top_emotion_label_prints() {
    let map = map_from_low_to_high();
    let mut workspace = Workspace::named("Shop");
    workspace.journeys.push(map.clone());
    prints_on_one_page(&workspace, &map, Lang::En);
}

#[test]
fn a_crowded_map_is_scaled_down_to_one_page() {
    let mut map = map_from_low_to_high();
    map.name = "Every phase full".into();
    for name in ["Onboarding", "Daily use", "Renewal", "Referral"] {
        map.phases.push(kindred::model::Phase { name: name.into(), emotion: Some(-1), ..Default::default() });
    }
    // Seven lanes full: as much as one page holds at the smallest readable size.
    let lanes: Vec<_> = map.lanes.iter().filter(|l| l.kind != LaneKind::Emotions).map(|l| l.id).take(7).collect();
    let phases: Vec<_> = map.phases.iter().map(|p| p.id).collect();
    for (n, &lane) in lanes.iter().enumerate() {
        for (m, &phase) in phases.iter().enumerate() {
            for k in 0..2 {
                let text = format!("Card {n}.{m}.{k}: what a customer said happened in this phase");
                map.cards.push(Card { phase, lane, text, colour: CardColour::Blue, votes: k, ..Card::default() });
            }
        }
    }
    let mut workspace = Workspace::named("Shop");
    workspace.journeys.push(map.clone());
    prints_on_one_page(&workspace, &map, Lang::En);
}
