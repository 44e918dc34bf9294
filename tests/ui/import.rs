//! Importing and exporting through the window, as a person would: a file dropped on the
//! window shows its preview, is confirmed, and one undo takes the whole import back; a CSV
//! file with unknown columns asks for the mapping and remembers it; the File menu exports.

use crate::common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kindred::model::*;
use kindred::ui::KindredApp;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports").join(name)
}

fn workspace() -> Workspace {
    let mut ws = Workspace::named("Shop");
    let mut mette = Person::named("Mette Kjærgaard");
    mette.status = Status::Customer;
    mette.contact.emails.push(Labelled { label: "work".into(), value: "mette@kjaergaard-toemrer.example".into() });
    ws.people.push(mette);
    ws
}

fn drop_file(harness: &mut Harness<'_, KindredApp>, path: &Path) {
    harness.input_mut().dropped_files.push(Arc::new(Dropped(path.to_path_buf())));
    // The window keeps repainting while the file is read, so step rather than settle.
    harness.step();
}

/// Steps the window until a widget with this label shows (the file is read on a thread), then
/// lets the window settle: a window that has just changed what it shows lays itself out again over
/// the next frames, and a click aimed before that can land beside the button.
fn wait_for(harness: &mut Harness<'_, KindredApp>, label: &str) {
    for _ in 0..200 {
        if harness.query_by_label(label).is_some() {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.step();
    }
    panic!("\"{label}\" never showed");
}

fn people(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness.state().workspace().map(|ws| ws.people.iter().map(|p| p.name.clone()).collect()).unwrap_or_default()
}

#[test]
fn a_dropped_vcard_is_previewed_imported_and_undone_in_one_step() {
    let (_dir, mut harness) = common::open_workspace(&workspace());
    drop_file(&mut harness, &fixture("apple-contacts.vcf"));
    // The button says what it does, and the preview what the update changes.
    wait_for(&mut harness, "Add 1 person, update 1");
    assert!(harness.query_by_label_contains("1 new, 1 updated, 0 unchanged, 0 skipped").is_some());
    let changes = common::shown(&harness, "adds organisation");
    assert!(changes.contains("; keeps e-mail"), "{changes}");
    assert!(changes.contains("phone") && changes.contains("family"), "{changes}");
    assert_eq!(people(&harness), ["Mette Kjærgaard"], "nothing changes before the person confirms");
    harness.get_by_label("Add 1 person, update 1").click();
    harness.run();
    assert_eq!(people(&harness), ["Mette Kjærgaard", "Jonas Holm"]);
    let ws = harness.state().workspace().cloned().expect("open");
    let mette = &ws.people[0];
    assert_eq!(mette.status, Status::Customer, "kept");
    assert_eq!(ws.organisation_name(mette), "Kjærgaard Tømrer ApS", "learnt from the card");
    assert_eq!(ws.organisations.len(), 2, "one organisation of each card's");
    assert_eq!(mette.life.family.len(), 2);

    // Importing the same file again adds nobody.
    drop_file(&mut harness, &fixture("apple-contacts.vcf"));
    wait_for(&mut harness, "0 new, 0 updated, 2 unchanged, 0 skipped");
    harness.get_by_label("Cancel").click();
    harness.run();

    harness.get_by_label("Undo").click();
    harness.run();
    assert_eq!(harness.state().workspace().cloned(), Some(workspace_as_saved(&harness)));
}

/// The workspace as the test opened it (with the ids it was saved with).
fn workspace_as_saved(harness: &Harness<'_, KindredApp>) -> Workspace {
    let mut ws = workspace();
    let open = harness.state().workspace().cloned().expect("open");
    ws.people[0].id = open.people[0].id;
    ws
}

#[test]
fn a_csv_with_unknown_columns_asks_for_the_mapping_and_remembers_it() {
    let (dir, mut harness) = common::open_workspace(&workspace());
    let path = dir.path().join("kunder.csv");
    std::fs::write(&path, "Kunde;Skostørrelse;Kontaktadresse\nSøren Østergaard;44;soren@ostergaard-vvs.example\n")
        .expect("write");
    drop_file(&mut harness, &path);
    wait_for(&mut harness, "Column Kunde holds");
    assert!(harness.get_by_label("Continue").accesskit_node().is_disabled(), "no column names anyone yet");
    harness.get_by_label("Column Kunde holds").click();
    harness.run();
    harness.get_by_label("Full name").click();
    harness.run();
    harness.get_by_label("Column Kontaktadresse holds").click();
    harness.run();
    // The list is long: scroll to the entry first, as a person would.
    harness.get_by_label("E-mail").scroll_to_me();
    harness.run();
    harness.get_by_label("E-mail").click();
    harness.run();
    harness.get_by_label("Continue").click();
    // Reading again runs on a thread while the window repaints: step, do not settle.
    harness.step();
    wait_for(&mut harness, "Add 1 person");
    harness.get_by_label("Add 1 person").click();
    harness.run();
    assert_eq!(people(&harness), ["Mette Kjærgaard", "Søren Østergaard"]);
    let ws = harness.state().workspace().cloned().expect("open");
    assert_eq!(ws.people[1].contact.emails[0].value, "soren@ostergaard-vvs.example", "as mapped");
    assert_eq!(ws.settings.csv_mappings.len(), 1, "the mapping is remembered");
    assert_eq!(ws.settings.csv_mappings[0].fields[0], CsvField::Name);

    // The next file with these columns goes straight to the preview.
    let second = dir.path().join("flere.csv");
    std::fs::write(&second, "Kunde;Skostørrelse;Kontaktadresse\nÅse Lund;38;aase@lundco.example\n").expect("write");
    drop_file(&mut harness, &second);
    wait_for(&mut harness, "Add 1 person");
}

#[test]
fn an_empty_workspace_offers_to_import_contacts() {
    let (_dir, mut harness) = common::open_workspace(&Workspace::named("Shop"));
    harness.get_by_label("Add the first person");
    harness.get_by_label("Import contacts…").click();
    harness.run();
    // No native dialog here: the import's path field is offered, as File → Import… offers it.
    harness
        .get_by_label("Path of the .vcf, .csv, .kindred or .kindred-journey file")
        .type_text(&fixture("apple-contacts.vcf").display().to_string());
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.step();
    wait_for(&mut harness, "Add 2 people");
    harness.get_by_label("Add 2 people").click();
    harness.run();
    assert_eq!(people(&harness), ["Mette Kjærgaard", "Jonas Holm"]);
}

#[test]
fn a_file_with_nothing_readable_says_so_and_changes_nothing() {
    let (dir, mut harness) = common::open_workspace(&workspace());
    let path = dir.path().join("noise.vcf");
    std::fs::write(&path, [0u8, 255, 1, 2, 3, 0, 159]).expect("write");
    drop_file(&mut harness, &path);
    wait_for(&mut harness, "Close");
    assert!(harness.query_by_label_contains("Nothing was imported").is_some());
    harness.get_by_label("Close").click();
    harness.run();
    assert_eq!(people(&harness), ["Mette Kjærgaard"]);
}

#[test]
fn the_file_menu_exports_people_as_vcard() {
    let (dir, mut harness) = common::open_workspace(&workspace());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label("People as vCard 3.0…").click();
    harness.run();
    // No native dialog here: the path field is offered, filled with a file name (in the
    // Documents folder: `typed_paths.rs`); here one beside the workspace is typed instead.
    let field = harness.get_by_label("Path of the .vcf file");
    assert!(field.value().is_some_and(|v| v.ends_with("people.vcf")), "{:?}", field.value());
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    let target = dir.path().join("people.vcf");
    harness.get_by_label("Path of the .vcf file").type_text(&target.display().to_string());
    harness.run();
    // Enter in the field does what OK does.
    harness.key_press(egui::Key::Enter);
    harness.run();
    let written = std::fs::read_to_string(&target).expect("written");
    assert!(written.contains("FN:Mette Kjærgaard\r\n"));
}

#[test]
fn an_export_never_replaces_the_open_workspace_or_another() {
    let (dir, mut harness) = common::open_workspace(&workspace());
    let open = dir.path().join("shop.kindred");
    let other = dir.path().join("other.kindred");
    kindred::store::save(&other, &Workspace::named("Other")).expect("saves");
    let (before_open, before_other) = (std::fs::read(&open).expect("read"), std::fs::read(&other).expect("read"));
    for (target, says) in [(&open, "is the workspace that is open"), (&other, "is a Kindred workspace")] {
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label("Export").hover();
        harness.run();
        harness.get_by_label("People as CSV…").click();
        harness.run();
        harness.get_by_label("Path of the .csv file").focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.get_by_label("Path of the .csv file").type_text(&target.display().to_string());
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        let said = common::shown(&harness, "Could not export");
        assert!(said.contains(&target.display().to_string()) && said.contains(says), "{said}");
    }
    assert_eq!(std::fs::read(&open).expect("read"), before_open, "the open workspace is untouched");
    assert_eq!(std::fs::read(&other).expect("read"), before_other, "the other workspace is untouched");
}
