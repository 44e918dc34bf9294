//! Two people, one workspace, in the window: the file changes on disk under unsaved work and
//! is merged in; the conflicts a merge left are listed and chosen in one click, undoably.

use crate::common;
use crate::drive::retype;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::{Interaction, Person, Workspace, codec};
use kindred::store::{self, base::Bases};
use kindred::ui::KindredApp;
use std::path::Path;

fn workspace<'h>(harness: &'h Harness<'_, KindredApp>) -> &'h Workspace {
    harness.state().workspace().expect("a workspace is open")
}

/// The app on `start` saved in `dir`, keeping its common versions in `dir/bases`.
fn open(dir: &Path, start: &Workspace) -> Harness<'static, KindredApp> {
    let path = dir.join("shop.kindred");
    store::save(&path, start).expect("saved");
    let mut harness = common::harness_on(&path);
    harness.state_mut().use_bases(Some(Bases::at(dir.join("bases"))));
    harness
}

/// Another computer's save: the file as it is, changed by `change`, as a version made from it.
fn saved_elsewhere(dir: &Path, change: impl FnOnce(&mut Workspace)) {
    let path = dir.join("shop.kindred");
    let bytes = std::fs::read(&path).expect("read");
    let mut theirs = codec::decode(&bytes).expect("decodes").workspace;
    change(&mut theirs);
    theirs.descend_from(&store::base::revision_of(&bytes));
    // A moment later than our own save, as another computer's is.
    std::thread::sleep(std::time::Duration::from_millis(20));
    store::save(&path, &theirs).expect("saved there");
}

fn merge_now(harness: &mut Harness<'_, KindredApp>) {
    // The look waits for a write under way (the unsaved work's autosave): as the window does.
    harness.state_mut().finish_writing();
    harness.state_mut().look_at_disk();
    harness.state_mut().finish_merging();
    harness.run();
}

fn start() -> Workspace {
    let mut start = common::full_workspace();
    start.conflicts.clear();
    start.revisions.clear();
    start
}

#[test]
fn the_file_changed_under_unsaved_work_is_merged_in_with_a_note() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open(dir.path(), &start());
    common::add_person(&mut harness, "Add person", "Ida Berg");
    assert!(harness.state().is_dirty());
    saved_elsewhere(dir.path(), |theirs| {
        theirs.people[1].role = "Apprentice".into();
        theirs.people[1].changed = Some(common::stamp("Jonas", 12));
        theirs.people[1].interactions.push(Interaction { note: "Called back".into(), ..Interaction::default() });
        theirs.people.push(Person::named("Eva Holm"));
    });
    merge_now(&mut harness);
    let ws = workspace(&harness);
    let names: Vec<&str> = ws.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Ida Berg") && names.contains(&"Eva Holm"), "both kept: {names:?}");
    assert_eq!(ws.people[1].role, "Apprentice");
    assert!(ws.conflicts.is_empty());
    assert!(harness.state().is_dirty(), "the work is still unsaved");
    harness.get_by_label("Jonas added 1 person, changed 1 person");
    // Undo takes the merge back as one step, leaving the person added here.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let ws = workspace(&harness);
    assert!(ws.people.iter().any(|p| p.name == "Ida Berg") && !ws.people.iter().any(|p| p.name == "Eva Holm"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    // Saving now writes both: the file on disk is no longer someone else's unseen version.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state_mut().finish_writing());
    let saved = store::load(&dir.path().join("shop.kindred")).expect("loads").decoded.workspace;
    let names: Vec<&str> = saved.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Ida Berg") && names.contains(&"Eva Holm"), "{names:?}");
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_save_that_finds_the_file_changed_merges_first_and_then_saves() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open(dir.path(), &start());
    common::add_person(&mut harness, "Add person", "Ida Berg");
    saved_elsewhere(dir.path(), |theirs| theirs.people.push(Person::named("Eva Holm")));
    harness.state_mut().finish_writing();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_merging();
    harness.run();
    assert!(harness.state_mut().finish_writing());
    let saved = store::load(&dir.path().join("shop.kindred")).expect("loads").decoded.workspace;
    let names: Vec<&str> = saved.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Ida Berg") && names.contains(&"Eva Holm"), "no question, nothing lost: {names:?}");
}

#[test]
fn a_field_changed_on_both_sides_is_listed_and_chosen_in_one_click_undoably() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open(dir.path(), &start());
    harness.get_by_label("Jonas Hansen").click();
    harness.run();
    retype(&mut harness, "Role", "Baker");
    assert_eq!(workspace(&harness).people[1].role, "Baker");
    saved_elsewhere(dir.path(), |theirs| {
        theirs.people[1].role = "Apprentice".into();
        theirs.people[1].changed = Some(common::stamp("Mette", 12));
    });
    merge_now(&mut harness);
    assert_eq!(workspace(&harness).people[1].role, "Baker", "ours is kept until chosen");
    assert_eq!(workspace(&harness).conflicts.len(), 1);
    // The list opens by itself: the person and field, both values, who made each.
    harness.get_by_label("Jonas Hansen: role");
    harness.get_by_label("Keep “Baker”");
    harness.get_by_label("Take “Apprentice”").click();
    harness.run();
    assert_eq!(workspace(&harness).people[1].role, "Apprentice");
    assert!(workspace(&harness).conflicts.is_empty());
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(workspace(&harness).people[1].role, "Baker", "the choice is undone");
    assert_eq!(workspace(&harness).conflicts.len(), 1, "and the conflict is back");
    // The banner offers the list again.
    harness.get_by_label("Merging with another version left 1 conflict.");
    harness.get_by_label("Look at them…").click();
    // The dialog's list settles over a few frames.
    harness.run_steps(8);
    harness.get_by_label("Keep “Baker”").click();
    harness.run();
    assert_eq!(workspace(&harness).people[1].role, "Baker");
    assert!(workspace(&harness).conflicts.is_empty());
}

#[test]
fn the_profile_says_who_changed_the_person() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open(dir.path(), &start());
    harness.get_by_label("Jonas Hansen").click();
    harness.run();
    retype(&mut harness, "Role", "Baker");
    let who = workspace(&harness).people[1].changed.clone().expect("stamped");
    assert_eq!(who.who, store::paths::account_name(), "by default the account's full name");
    common::shown(&harness, &format!("changed by {} today", who.who));
}

#[test]
fn a_sync_tools_conflict_copy_beside_the_open_workspace_is_merged_saved_and_moved_to_the_backups() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open(dir.path(), &start());
    let path = dir.path().join("shop.kindred");
    // The other computer's version of the same file, made from the one open here.
    let bytes = std::fs::read(&path).expect("read");
    let mut theirs = codec::decode(&bytes).expect("decodes").workspace;
    theirs.people.push(Person::named("Eva Holm"));
    theirs.descend_from(&store::base::revision_of(&bytes));
    let copy = dir.path().join("shop.sync-conflict-20261205-143000-ABCDEFG.kindred");
    std::fs::write(&copy, codec::encode(&theirs)).expect("the copy");
    merge_now(&mut harness);
    assert!(harness.state_mut().finish_writing(), "saved at once: nothing was unsaved here");
    harness.run();
    assert!(!harness.state().is_dirty());
    let saved = store::load(&path).expect("loads").decoded.workspace;
    assert!(saved.people.iter().any(|p| p.name == "Eva Holm"));
    assert!(!copy.exists(), "moved");
    let backup = store::load(&store::paths::backup_path(&path, 1)).expect("loads").decoded.workspace;
    assert_eq!(backup, theirs, "to the backups, as it was");
}
