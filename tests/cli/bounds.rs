//! The command line's bounds: how many people a demo has, how far ahead `upcoming` looks, how
//! large a picture `export` draws, and the years a date can have. Each is refused with the
//! reason, at once, leaving nothing behind.

use kindred::model::{JourneyMap, Milestone, MilestoneKind, PartialDate, Person, Phase, Workspace};
use kindred::store::{self, paths};
use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn kindred(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred")).args(args).output().expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_demo_of_more_people_than_the_cap_is_refused_before_anything_is_made() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("huge.kindred");
    for people in ["200001", "18446744073709551615", "99999999999999999999999"] {
        let started = Instant::now();
        let output = kindred(&["demo", "--people", people, arg(&path)]);
        assert!(started.elapsed() < Duration::from_secs(5), "{people}: {:?}", started.elapsed());
        assert_eq!(output.status.code(), Some(2), "{people}");
        assert!(stderr(&output).contains("--people"), "{people}: {}", stderr(&output));
        assert!(!path.exists() && !paths::lock_path(&path).exists(), "{people}: no file and no lock");
    }
    assert!(stderr(&kindred(&["demo", "--people", "200001", arg(&path)])).contains("is not in 0..=200000"));
}

#[test]
fn upcoming_looks_at_most_ten_years_ahead() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    let mut workspace = Workspace::named("Shop");
    let mut anne = Person::named("Anne");
    anne.milestones.push(Milestone {
        kind: MilestoneKind::Birthday,
        date: PartialDate::ymd(1980, 1, 1).expect("date"),
        ..Milestone::default()
    });
    workspace.people.push(anne);
    store::save(&path, &workspace).expect("saved");
    let output = kindred(&["upcoming", arg(&path), "--days", "3661"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("3661 is not in 0..=3660"), "{}", stderr(&output));
    let output = kindred(&["upcoming", arg(&path), "--days", "3660", "--today", "2026-12-01"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).matches("Anne turns").count(), 10, "{}", stdout(&output));
}

#[test]
fn nothing_is_listed_or_made_past_the_year_9999() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    let made = kindred(&["demo", "--people", "300", "--today", "9999-12-31", arg(&path)]);
    assert!(made.status.success(), "{}", stderr(&made));
    let check = kindred(&["check", arg(&path)]);
    assert!(check.status.success(), "the demo reads back: {}", stderr(&check));
    for extra in [None, Some("--json")] {
        let mut args = vec!["upcoming", arg(&path), "--today", "9999-12-01", "--days", "3660"];
        args.extend(extra);
        let output = kindred(&args);
        assert!(output.status.success(), "{}", stderr(&output));
        let text = stdout(&output);
        assert!(text.contains("9999-12-"), "{text}");
        assert!(!text.contains("10000"), "{text}");
    }
    let calendar = dir.path().join("m.ics");
    let output = kindred(&["export", arg(&path), "--to", arg(&calendar)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = fs::read_to_string(&calendar).expect("read");
    assert!(text.lines().filter(|l| l.contains("VALUE=DATE:")).all(|l| !l.contains("+") && l.len() < 30), "{text}");
    for today in ["10000-01-01", "+10000-01-01"] {
        let output = kindred(&["upcoming", arg(&path), "--today", today]);
        assert_eq!(output.status.code(), Some(2), "{today}");
        assert!(stderr(&output).contains("is not a date"), "{today}: {}", stderr(&output));
    }
}

#[test]
fn a_picture_too_large_to_draw_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    let mut map = JourneyMap { name: "Wall".into(), ..JourneyMap::default() };
    map.phases = (0..5_000).map(|n| Phase { name: format!("Phase {n}"), ..Phase::default() }).collect();
    map.lanes = kindred::model::Template::CustomerJourney.create().lanes;
    store::save(&path, &Workspace { journeys: vec![map], ..Workspace::named("Shop") }).expect("saved");
    let picture = dir.path().join("wall.png");
    let started = Instant::now();
    let output = kindred(&["export", arg(&path), "--to", arg(&picture)]);
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("has 5,000 phases and"), "{}", stderr(&output));
    assert!(!picture.exists());
}

/// The exit codes a command's `--help` names, from its "Exit status:" sentence.
fn named_codes(command: &str) -> Vec<u8> {
    let help = stdout(&kindred(&[command, "--help"])).split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = help.split("Exit status:").nth(1).unwrap_or_else(|| panic!("{command} --help: {help}"));
    let sentence = sentence.split(". ").next().unwrap_or_default();
    sentence.split(", ").filter_map(|part| part.trim().split(' ').next()?.parse().ok()).collect()
}

#[test]
fn help_names_every_exit_code_a_command_returns() {
    let dir = tempfile::tempdir().expect("dir");
    let good = dir.path().join("good.kindred");
    store::save(&good, &Workspace::named("Shop")).expect("saved");
    let unknown = dir.path().join("unknown.kindred");
    fs::write(&unknown, "(format_version: 1, mystery: 1)").expect("write");
    let invalid = dir.path().join("invalid.kindred");
    fs::write(&invalid, "(format_version: 1, name: oops)").expect("write");
    let newer = dir.path().join("newer.kindred");
    fs::write(&newer, "(format_version: 9)").expect("write");
    let encrypted = dir.path().join("encrypted.kindred");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1-encrypted-by-age.kindred"),
        &encrypted,
    )
    .expect("copy");
    let missing = dir.path().join("missing.kindred");
    let contacts = dir.path().join("contacts.vcf");
    fs::write(&contacts, "BEGIN:VCARD\r\nFN:Anne\r\nEND:VCARD\r\n").expect("write");
    let nothing = dir.path().join("nothing.vcf");
    fs::write(&nothing, "not a card").expect("write");
    let code = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kindred"));
        let output = command.args(args).env_remove("KINDRED_PASSPHRASE").stdin(std::process::Stdio::null()).output();
        output.expect("runs").status.code().expect("an exit code")
    };
    let (good, unknown, invalid, newer) = (arg(&good), arg(&unknown), arg(&invalid), arg(&newer));
    let (encrypted, missing, contacts, nothing) = (arg(&encrypted), arg(&missing), arg(&contacts), arg(&nothing));
    let check = [good, unknown, invalid, missing, newer, encrypted].map(|file| code(&["check", file]));
    assert_eq!(check, [0, 1, 1, 2, 3, 4]);
    let import = [
        code(&["import", good, "--from", contacts]),
        code(&["import", good, "--from", contacts]),
        code(&["import", good, "--from", nothing]),
        code(&["import", invalid, "--from", contacts]),
        code(&["import", unknown, "--from", contacts]),
        code(&["import", missing, "--from", contacts]),
        code(&["import", good, "--from", contacts, "--lang", "xx"]),
        code(&["import", newer, "--from", contacts]),
        code(&["import", encrypted, "--from", contacts]),
    ];
    assert_eq!(import, [0, 0, 1, 1, 2, 2, 2, 3, 4]);
    let out = dir.path().join("out.csv");
    let export = [
        code(&["export", good, "--to", arg(&out)]),
        code(&["export", good, "--to", good]),
        code(&["export", invalid, "--to", arg(&out)]),
        code(&["export", missing, "--to", arg(&out)]),
        code(&["export", newer, "--to", arg(&out)]),
        code(&["export", encrypted, "--to", arg(&out)]),
    ];
    assert_eq!(export, [0, 1, 1, 2, 3, 4]);
    let upcoming = [good, invalid, missing, newer, encrypted].map(|file| code(&["upcoming", file]));
    assert_eq!(upcoming, [0, 1, 2, 3, 4]);
    for (command, seen) in [("check", &check[..]), ("import", &import), ("export", &export), ("upcoming", &upcoming)] {
        let named = named_codes(command);
        for code in seen {
            assert!(named.contains(&(*code as u8)), "`{command} --help` names {named:?}, not {code}");
        }
    }
}
