//! The import window in Danish: a CSV file whose columns are not recognised, opened by a typed
//! path, asks for the column mapping with the fields named in Danish (and none in English), and
//! its preview tells what the reader noticed in Danish.

use crate::common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::i18n::{Lang, set_language};
use kindred::model::*;
use kindred::ui::KindredApp;
use std::path::Path;

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kunder-ukendte-kolonner.csv")
}

/// Steps the window until a widget with this label shows (the file is read on a thread).
fn wait_for(harness: &mut Harness<'_, KindredApp>, label: &str) {
    for _ in 0..200 {
        if harness.query_by_label(label).is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.step();
    }
    panic!("\"{label}\" never showed");
}

#[test]
fn the_column_mapping_and_the_preview_are_in_danish() {
    let mut ws = Workspace::named("Butik");
    ws.people.push(Person::named("Mette Kjærgaard"));
    let (_dir, mut harness) = common::open_workspace(&ws);
    set_language(Lang::Da);
    harness.run();

    // File → Import…, and the path typed (no native dialog here).
    harness.get_by_label("Filer").click();
    harness.run();
    harness.get_by_label_contains("Importér…").click();
    harness.run();
    let path = fixture();
    harness
        .get_by_label("Sti til .vcf-, .csv-, .kindred- eller .kindred-journey-filen")
        .type_text(&path.display().to_string());
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.step();
    wait_for(&mut harness, "Kolonnen Kunde indeholder");
    // Let the window settle to its size before pointing at it.
    harness.run();

    // The fields a column can hold, in Danish.
    harness.get_by_label("Kolonnen Kunde indeholder").click();
    harness.run();
    for danish in
        ["(ignorér denne kolonne)", "Fulde navn", "Fornavn", "Efternavn", "Stillingsbetegnelse", "Bryllupsdag"]
    {
        assert!(harness.query_by_label(danish).is_some(), "{danish} is offered");
    }
    for english in [
        "(ignore this column)",
        "Full name",
        "First name",
        "Last name",
        "Job title",
        "Wedding anniversary",
        "Column Kunde holds",
        "Continue",
    ] {
        assert!(harness.query_by_label(english).is_none(), "{english} is shown in Danish");
    }
    harness.get_by_label("Fulde navn").click();
    harness.run();
    harness.get_by_label("Kolonnen Kontaktadresse indeholder").click();
    harness.run();
    harness.get_by_label("E-mail").scroll_to_me();
    harness.run();
    harness.get_by_label("E-mail").click();
    harness.run();
    harness.get_by_label("Fortsæt").click();
    harness.step();
    wait_for(&mut harness, "Tilføj 1 person");

    // What the reader noticed, in Danish.
    for danish in ["adskilt af semikoloner", "ignorerede kolonner: Skostørrelse", "række 2"] {
        assert!(harness.query_by_label_contains(danish).is_some(), "{danish} is shown");
    }
    for english in ["separated by", "columns ignored", "row 2"] {
        assert!(harness.query_by_label_contains(english).is_none(), "{english} is shown in Danish");
    }
    harness.get_by_label("Tilføj 1 person").click();
    harness.run();
    let ws = harness.state().workspace().cloned().expect("open");
    assert_eq!(ws.people[1].name, "Søren Østergaard");
    assert_eq!(ws.people[1].contact.emails[0].value, "soren@ostergaard-vvs.example");
    assert_eq!(ws.settings.csv_mappings[0].fields, [CsvField::Name, CsvField::Ignore, CsvField::Email]);
    set_language(Lang::En);
}
