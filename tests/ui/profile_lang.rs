//! The profile in Danish and Norwegian: the sample workspace's Mette Kjærgaard with every section
//! open, in the language's words, dates and amounts, and none of the English left.

use crate::common;

use crate::drive::retype;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kindred::i18n::{Lang, set_language};
use kindred::ui::KindredApp;

/// The sample workspace in a tall window, in `lang`, with Mette's profile open and every
/// section unfolded (the titles are `sections`, in that language).
fn mettes_profile(lang: Lang, sections: &[&str]) -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("sample.kindred");
    kindred::store::save(&path, &kindred::ui::sample_workspace().expect("the sample reads")).expect("saves");
    let mut harness = common::harness_sized(&path, egui::vec2(1366.0, 4000.0));
    set_language(lang);
    harness.run();
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run();
    for section in sections {
        harness.get_by_label(section).click();
        harness.run();
    }
    (dir, harness)
}

/// Every text of the accessibility tree: labels and values.
fn tree_texts(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness
        .query_all(by().predicate(|_| true))
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()].into_iter().flatten().collect::<Vec<_>>()
        })
        .collect()
}

fn value_of(harness: &Harness<'_, KindredApp>, label: &str) -> Option<String> {
    harness.get_by_label(label).value()
}

/// Labels of the English profile, none of which may show in another language.
const ENGLISH: [&str; 28] = [
    "Contact & organisation",
    "Life & family",
    "Milestones (3)",
    "Critical incidents (2)",
    "Ideas (2)",
    "Interaction log (6)",
    "Role",
    "Key account",
    "Add tag",
    "New e-mail",
    "What matters to them",
    "Proud of",
    "Add interest",
    "Add relative",
    "Add milestone",
    "Date of milestone 1",
    "Kind of milestone 1",
    "Stated need",
    "Need recognised",
    "Yearly value",
    "Decision",
    "Where in the journey",
    "Add incident",
    "Add idea",
    "Add entry",
    "Personal",
    "Delete person…",
    "Remove tag Café",
];

fn assert_no_english(harness: &Harness<'_, KindredApp>) {
    let texts = tree_texts(harness);
    for english in ENGLISH {
        assert!(!texts.iter().any(|t| t == english), "“{english}” is still in English");
    }
    for start in ["Knowledge ", "Date of ", "Remove ", "Edit ", "Calendar: "] {
        assert!(!texts.iter().any(|t| t.starts_with(start)), "a text starting “{start}” is still in English");
    }
}

#[test]
fn the_profile_speaks_danish() {
    let sections = ["Mærkedage (3)", "Behov", "Egnethed", "Kritiske hændelser (2)", "Idéer (2)", "Kontaktlog (6)"];
    let (_dir, mut harness) = mettes_profile(Lang::Da, &sections);
    for label in [
        "Kontakt og organisation",
        "Liv og familie",
        "Rolle",
        "Nøglekunde",
        "Tilføj mærke",
        "Fjern mærket Café",
        "Ny e-mail",
        "Hvad der betyder noget for dem",
        "Tilføj interesse",
        "Tilføj slægtning",
        "Navn på slægtning 1",
        "Tilføj mærkedag",
        "Type for mærkedag 1",
        "Udtalt behov",
        "Erkendt behov",
        "Årlig værdi",
        "Hvor på kunderejsen",
        "Tilføj hændelse",
        "Tilføj idé",
        "Tilføj kontakt",
        "Slet person…",
    ] {
        assert!(harness.query_all_by_label(label).next().is_some(), "“{label}” is shown");
    }
    assert!(harness.query_by_label_contains("Kendskab").is_some());
    assert!(harness.query_by_label_contains("★ nøglekunde").is_some(), "the header marks a key account");
    // Dates and amounts are written the Danish way.
    assert_eq!(value_of(&harness, "Dato for mærkedag 1").as_deref(), Some("04.12.1979"));
    // A birthday without a year as Danish writes a day and month.
    assert_eq!(value_of(&harness, "Fødselsdag for slægtning 3").as_deref(), Some("22. mar."));
    // The labels address books write are shown in Danish, and stay stored as they were read.
    assert_eq!(value_of(&harness, "Etiket for e-mail 1").as_deref(), Some("arbejde"));
    assert_eq!(value_of(&harness, "Etiket for telefonnummer 1").as_deref(), Some("mobil"));
    assert_eq!(value_of(&harness, "Etiket for telefonnummer 2").as_deref(), Some("arbejde"));
    assert_eq!(value_of(&harness, "Årlig værdi").as_deref(), Some("186.000"));
    assert!(harness.query_by_label_contains("Årlig værdi: 186.000").is_some());
    assert!(harness.query_by_label("(21,0 timer)").is_some(), "1,260 minutes, with a decimal comma");
    assert_no_english(&harness);

    // The calendar names its months and days in Danish.
    harness.get_by_label("Kalender: Dato for mærkedag 1").click();
    harness.run();
    for label in ["Forrige måned", "Næste måned", "Måned", "4. december 1979", "31. december 1979"] {
        assert!(harness.query_all_by_label(label).next().is_some(), "“{label}” is in the calendar");
    }
    assert!(harness.query_by_label("Previous month").is_none() && harness.query_by_label("4 December 1979").is_none());
    harness.key_press(Key::Escape);
    harness.run();

    // A day that does not exist is refused in Danish, and nothing changes.
    let before = harness.state().workspace().cloned();
    let field = "Dato for mærkedag 1";
    harness.get_by_label(field).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(field).type_text("30.2.1979");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("30. februar findes ikke").is_some(), "the reason, in Danish");
    assert_eq!(harness.state().workspace().cloned(), before);
    let mette = |harness: &Harness<'_, KindredApp>| {
        let ws = harness.state().workspace().expect("open");
        ws.people.iter().find(|p| p.name == "Mette Kjærgaard").cloned().expect("Mette")
    };
    let labels: Vec<String> = mette(&harness).contact.phones.iter().map(|p| p.label.clone()).collect();
    assert_eq!(labels, ["mobile", "work"], "shown in Danish, stored as read");

    // A label typed over is the person's own words, stored as typed.
    let field = "Etiket for telefonnummer 2";
    harness.get_by_label(field).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(field).type_text("butikken");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(mette(&harness).contact.phones[1].label, "butikken");
    assert_eq!(value_of(&harness, field).as_deref(), Some("butikken"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().workspace().cloned(), before);

    // An edit's undo step names what changed in Danish.
    harness.get_by_label("Nøglekunde").click();
    harness.run();
    harness.get_by_label("Rediger").click();
    harness.run();
    let texts = tree_texts(&harness);
    assert!(
        texts.iter().any(|t| t.starts_with("Fortryd Rediger Mette Kjærgaards markering som nøglekunde")),
        "the Edit menu names the undo step: {:?}",
        texts.iter().filter(|t| t.starts_with("Fortryd")).collect::<Vec<_>>()
    );
    set_language(Lang::En);
}

#[test]
fn a_birthday_without_a_year_is_written_and_read_the_danish_way() {
    let (_dir, mut harness) = mettes_profile(Lang::Da, &["Mærkedage (3)"]);
    harness.get_by_label("Tilføj mærkedag").click();
    harness.run();
    let add = harness.get_by_label("Tilføj mærkedag").rect();

    // A day that does not exist: one message, beside the button, which stays where it was.
    retype(&mut harness, "Dato for ny mærkedag", "30. feb.");
    assert_eq!(harness.query_all_by_label("30. februar findes ikke").count(), 1, "one message");
    harness.get_by_label("Tilføj mærkedag").click();
    harness.run();
    assert_eq!(harness.query_all_by_label("30. februar findes ikke").count(), 1, "still one message");
    assert!(harness.query_by_label("Angiv mærkedagens dato").is_none(), "no second, vaguer one");
    assert_eq!(harness.get_by_label("Tilføj mærkedag").rect(), add, "the button has not moved");

    // Typed as Danish writes it, and shown so.
    retype(&mut harness, "Dato for ny mærkedag", "14. mar.");
    assert!(harness.query_by_label("30. februar findes ikke").is_none(), "the message goes with the mistake");
    assert_eq!(value_of(&harness, "Dato for ny mærkedag").as_deref(), Some("14. mar."));
    harness.get_by_label("Tilføj mærkedag").click();
    harness.run();
    let ws = harness.state().workspace().expect("open");
    let mette = ws.people.iter().find(|p| p.name == "Mette Kjærgaard").expect("Mette");
    let added = mette.milestones.last().expect("added");
    assert_eq!(added.date, kindred::model::PartialDate::md(3, 14).expect("date"));
    assert_eq!(value_of(&harness, "Dato for mærkedag 4").as_deref(), Some("14. mar."));
    // And the ISO form still reads.
    retype(&mut harness, "Dato for mærkedag 4", "--03-15");
    assert_eq!(value_of(&harness, "Dato for mærkedag 4").as_deref(), Some("15. mar."));
    set_language(Lang::En);
}

#[test]
fn the_profile_speaks_norwegian() {
    let sections = ["Merkedager (3)", "Egnethet", "Kontaktlogg (6)"];
    let (_dir, harness) = mettes_profile(Lang::Nb, &sections);
    for label in ["Kontakt og organisasjon", "Rolle", "Legg til interesse", "Dato for merkedag 1", "Legg til kontakt"] {
        assert!(harness.query_all_by_label(label).next().is_some(), "“{label}” is shown");
    }
    assert_eq!(value_of(&harness, "Dato for merkedag 1").as_deref(), Some("04.12.1979"));
    assert_eq!(value_of(&harness, "Årlig verdi").as_deref(), Some("186\u{a0}000"));
    assert_no_english(&harness);
    set_language(Lang::En);
}
