//! File → Backups…: the earlier versions kept beside the workspace, listed and restored.

use crate::common;

use common::{harness_on, shown};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::{Person, Workspace};
use kindred::store::paths::backup_path;
use kindred::ui::KindredApp;

fn save(harness: &mut Harness<'_, KindredApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(1);
    assert!(harness.state_mut().finish_writing(), "saved");
    harness.run_steps(2);
}

fn people(workspace: &Workspace) -> Vec<&str> {
    workspace.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn a_backup_is_restored_as_unsaved_work_and_the_version_it_replaced_is_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let mut first = Workspace::named("Shop");
    first.people.push(Person::named("Ann"));
    kindred::store::save(&path, &first).expect("saves");
    let first = kindred::store::load(&path).expect("loads").decoded.workspace;

    // Three saves, a person more each time: backups 1 to 3, the first version the oldest.
    let mut harness = harness_on(&path);
    for _ in 0..3 {
        common::add_person(&mut harness, "Add person", "Bo");
        save(&mut harness);
    }
    let last = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert_eq!(last.people.len(), 4);

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Backups…").click();
    harness.run();
    harness.get_by_label("Backups of this workspace");
    assert!(harness.query_all_by_label_contains("nothing is lost").next().is_some());
    let newest = shown(&harness, "Backup 1: saved ");
    assert!(newest.contains(", 3 people, "), "{newest}");
    let oldest = shown(&harness, "Backup 3: saved ");
    assert!(oldest.contains(", 1 person, "), "{oldest}");
    assert!(harness.query_by_label("Restore backup 4").is_none(), "only the backups there are");
    harness.get_by_label("Restore backup 3").click();
    harness.run_steps(2);

    assert_eq!(harness.state().workspace(), Some(&first), "the oldest version, exactly");
    assert_eq!(harness.state().title(), "Kindred — Shop *", "as unsaved work");
    shown(&harness, "Backup 3 restored as unsaved work.");
    assert_eq!(kindred::store::load(&path).expect("loads").decoded.workspace, last, "nothing written yet");

    save(&mut harness);
    let saved = kindred::store::load(&path).expect("loads").decoded.workspace;
    // Saved as a version made from the one it replaced (which its revisions name).
    assert_eq!(Workspace { revisions: first.revisions.clone(), id: first.id, ..saved }, first);
    let kept = kindred::store::load(&backup_path(&path, 1)).expect("loads").decoded.workspace;
    assert_eq!(kept, last, "the version it replaced is backup 1");
    assert_eq!(people(&kept).len(), 4);
}

#[test]
fn an_unreadable_backup_is_shown_with_the_reason_and_not_offered() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    std::fs::write(backup_path(&path, 1), "(\n\tformat_version: 1,\n\tpeople: [oops],\n)").expect("write");
    let mut harness = harness_on(&path);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Backups…").click();
    harness.run();
    let reason = shown(&harness, "Backup 1 (saved ");
    assert!(reason.contains(") cannot be restored: ") && reason.contains("shop.kindred.bak1:3:"), "{reason}");
    assert!(harness.query_by_label("Restore backup 1").is_none());
}
