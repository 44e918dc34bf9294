//! Erasing a person for good and encrypting a workspace, driven as a person drives them.

use crate::common;

use common::{date, harness_on, harness_sized};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::Workspace;
use kindred::store::{self, crypt::Passphrase, paths};
use kindred::ui::KindredApp;
use std::fs;
use std::path::Path;

/// Runs frames until `done` holds (a thread is reading or writing meanwhile); fails after
/// many frames rather than waiting for ever.
fn run_until(harness: &mut Harness<'_, KindredApp>, what: &str, done: impl Fn(&Harness<'_, KindredApp>) -> bool) {
    for _ in 0..500 {
        harness.run_steps(1);
        if done(harness) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("never happened: {what}");
}

/// Types into the field labelled `label`, as a person does: clicking into it first.
fn type_into(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn demo(people: usize) -> Workspace {
    kindred::ops::demo::generate(people, date(2026, 12, 1))
}

#[test]
fn erasing_a_person_takes_them_from_the_file_and_on_request_from_the_backups() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let mut workspace = demo(12);
    let victim = workspace.people[3].clone();
    workspace.people[5].life.notes = format!("Introduced by {}", victim.name);
    store::save(&path, &workspace).expect("saves");
    store::save(&path, &workspace).expect("saves again, keeping a backup");
    // Tall enough that the profile's buttons at its foot are on screen.
    let mut harness = harness_sized(&path, egui::vec2(1366.0, 2400.0));
    harness.get_by_role_and_label(egui::accesskit::Role::ListItem, &victim.name).click();
    harness.run();
    harness.get_by_label("Erase for good…").click();
    harness.run();
    harness.get_by_label(&format!("Erase {} for good?", victim.name));
    harness.get_by_label_contains("mentioned once elsewhere");
    harness.get_by_label_contains(&format!("Introduced by {}", victim.name));
    harness.get_by_label("Also erase them from the backups beside the workspace").click();
    harness.run();
    harness.get_by_label("Erase for good").click();
    harness.run_steps(2);
    harness.state_mut().finish_writing();
    run_until(&mut harness, "the report", |h| h.query_by_label(&format!("{} is erased", victim.name)).is_some());
    harness.get_by_label_contains("• 2 backups");
    harness.get_by_label_contains("one mention in others' records");
    harness.get_by_label_contains("files exported earlier");
    for file in [path.clone(), paths::backup_path(&path, 1)] {
        let text = fs::read_to_string(&file).expect("read");
        assert!(!text.contains(&victim.id.to_string()), "{} still holds them", file.display());
        assert!(!text.contains(&format!("name: \"{}\"", victim.name)), "{}", file.display());
    }
    assert_eq!(store::load(&path).expect("opens").decoded.workspace.people.len(), 11);
    harness.get_by_label("Close").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let workspace = harness.state().workspace().expect("open");
    assert!(workspace.person(victim.id).is_none(), "undo cannot bring them back");
    assert!(workspace.people[4].life.notes.contains(&victim.name), "others' words are theirs to change");
}

#[test]
fn without_asking_the_backups_keep_the_person_and_the_report_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let workspace = demo(6);
    let victim = workspace.people[0].clone();
    store::save(&path, &workspace).expect("saves");
    store::save(&path, &workspace).expect("saves again");
    store::save(&path, &workspace).expect("and again");
    fs::write(dir.path().join("shop (theirs 2026-12-01 10.00.00).kindred"), "x").expect("write");
    let mut harness = harness_sized(&path, egui::vec2(1366.0, 2400.0));
    harness.get_by_role_and_label(egui::accesskit::Role::ListItem, &victim.name).click();
    harness.run();
    harness.get_by_label("Erase for good…").click();
    harness.run();
    harness.get_by_label("Erase for good").click();
    harness.run_steps(2);
    harness.state_mut().finish_writing();
    run_until(&mut harness, "the report", |h| h.query_by_label(&format!("{} is erased", victim.name)).is_some());
    harness.get_by_label_contains("the 3 backups beside the workspace, until five more saves replace them");
    harness.get_by_label_contains("shop (theirs 2026-12-01 10.00.00).kindred: another copy");
    assert!(fs::read_to_string(paths::backup_path(&path, 1)).expect("read").contains(&victim.id.to_string()));
    assert!(!fs::read_to_string(&path).expect("read").contains(&victim.id.to_string()));
}

fn write_encrypted(path: &Path, workspace: &Workspace, key: &Passphrase) {
    let bytes = store::file_bytes(workspace, Some(key)).expect("encrypts");
    fs::write(path, bytes).expect("write");
}

#[test]
fn an_encrypted_workspace_asks_for_its_passphrase_and_a_wrong_one_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let key = Passphrase::new("kanelsnegl og kaffe");
    write_encrypted(&path, &demo(5), &key);
    let before = fs::read(&path).expect("read");
    let mut harness = harness_on(&path);
    harness.get_by_label("shop.kindred is encrypted");
    assert!(harness.state().workspace().is_none());

    type_into(&mut harness, "Passphrase", "rugbrød");
    harness.key_press(egui::Key::Enter);
    run_until(&mut harness, "the refusal", |h| h.query_by_label_contains("does not open").is_some());
    harness.get_by_label("the passphrase does not open this workspace (the file is unchanged)");
    assert_eq!(fs::read(&path).expect("read"), before, "a wrong passphrase changes nothing");
    assert!(!paths::lock_path(&path).exists(), "nor takes the lock");

    type_into(&mut harness, "Passphrase", "kanelsnegl og kaffe");
    harness.get_by_label("Open").click();
    run_until(&mut harness, "the workspace", |h| h.state().workspace().is_some());
    assert_eq!(harness.state().workspace().map(|w| w.people.len()), Some(5));

    // An edit saved: the file, its backup and its recovery file stay encrypted.
    harness.key_press_modifiers(egui::Modifiers { shift: true, ..egui::Modifiers::COMMAND }, egui::Key::N);
    harness.run();
    harness.event(egui::Event::Text("Bo".into()));
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    assert!(harness.state_mut().finish_writing());
    for file in [path.clone(), paths::backup_path(&path, 1)] {
        assert!(store::crypt::is_encrypted(&fs::read(&file).expect("read")), "{}", file.display());
    }
    assert_eq!(store::load_with(&path, Some(&key)).expect("opens").decoded.workspace.people.len(), 6);
    assert!(matches!(store::load(&path), Err(store::OpenError::Encrypted { .. })));
}

#[test]
fn the_passphrase_dialog_encrypts_the_file_and_its_backups_and_can_stop_again() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let workspace = demo(4);
    store::save(&path, &workspace).expect("saves");
    store::save(&path, &workspace).expect("saves again");
    let mut harness = harness_on(&path);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Passphrase…").click();
    harness.run();
    harness.get_by_label("This workspace is not encrypted.");
    type_into(&mut harness, "New passphrase", "short");
    harness.get_by_label("Encrypt").click();
    harness.run();
    harness.get_by_label("A passphrase has at least 8 characters.");
    type_into(&mut harness, "New passphrase", " and longer");
    type_into(&mut harness, "Repeat it", "something else");
    harness.get_by_label("Encrypt").click();
    harness.run();
    harness.get_by_label("The two passphrases differ.");
    assert!(!store::crypt::is_encrypted(&fs::read(&path).expect("read")), "nothing changed yet");

    harness.get_by_label("Repeat it").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    type_into(&mut harness, "Repeat it", "short and longer");
    harness.get_by_label("Encrypt").click();
    harness.run_steps(2);
    harness.state_mut().finish_writing();
    run_until(&mut harness, "the outcome", |h| h.query_by_label("The workspace is saved encrypted.").is_some());
    harness.get_by_label_contains("were rewritten to match");
    let key = Passphrase::new("short and longer");
    for n in 0..=2 {
        let file = if n == 0 { path.clone() } else { paths::backup_path(&path, n) };
        assert!(store::crypt::is_encrypted(&fs::read(&file).expect("read")), "{}", file.display());
        assert_eq!(store::load_with(&file, Some(&key)).expect("opens").decoded.workspace, workspace);
    }
    harness.get_by_label("Close").click();
    harness.run();

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Passphrase…").click();
    harness.run();
    harness.get_by_label("This workspace is encrypted with a passphrase.");
    harness.get_by_label("Stop encrypting").click();
    harness.run_steps(2);
    harness.state_mut().finish_writing();
    run_until(&mut harness, "the outcome", |h| {
        h.query_by_label("The workspace is saved without encryption.").is_some()
    });
    assert_eq!(store::load(&path).expect("plain again").decoded.workspace, workspace);
    assert!(store::load(&paths::backup_path(&path, 1)).is_ok(), "and so are its backups");
}
