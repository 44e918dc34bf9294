//! What a person is told when the disk fails them, and that nothing is lost: a save failing at
//! each of its steps (a full disk; a folder that may not be written), the recovery file failing
//! too, a second window on one file, a lock left by a program that is gone, a lock file that
//! cannot be made.

use crate::common;

use common::{harness_on, shown};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::store::paths::{lock_path, recovery_path};
use kindred::store::save::{FailingDisk, Step};
use kindred::ui::{Faults, KindredApp};
use std::io::ErrorKind;
use std::path::Path;

/// What each step is called in the message (English).
fn doing(step: Step) -> &'static str {
    match step {
        Step::Create => "creating the temporary file",
        Step::Write => "writing the temporary file",
        Step::Sync => "flushing the temporary file to disk",
        Step::Backup => "keeping the previous version as a backup",
        Step::Rename => "replacing the file with the new version",
        Step::SyncFolder => "flushing the folder to disk",
    }
}

fn people(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness.state().workspace().map(|w| w.people.iter().map(|p| p.name.clone()).collect()).unwrap_or_default()
}

/// Opens the full workspace saved at `path`, adds two people and saves with `faults` injected;
/// returns the harness after the save (and the recovery write it may start) ended.
fn edit_and_save_failing(path: &Path, faults: Faults) -> Harness<'static, KindredApp> {
    let mut harness = harness_on(path);
    harness.state_mut().inject_faults(faults);
    common::add_person(&mut harness, "Add person", "New person");
    // The first edit goes to the recovery file at once (as unsaved work always does); the
    // second would wait for the next autosave, ten seconds on, but for the failed save.
    harness.state_mut().finish_writing();
    common::add_person(&mut harness, "Add person", "New person");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(1);
    // The save, and the recovery write that follows its failure, may have ended already.
    harness.state_mut().finish_writing();
    harness.run_steps(2);
    harness
}

#[test]
fn a_save_failing_at_any_step_keeps_the_old_file_and_the_work() {
    for step in Step::ALL {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        kindred::store::save(&path, &common::full_workspace()).expect("saves");
        let old = std::fs::read(&path).expect("read");
        let faults = Faults { save: Some(FailingDisk::at(step, ErrorKind::StorageFull)), recovery: None };
        let harness = edit_and_save_failing(&path, faults);
        let said =
            format!("{}: could not save: {} failed: the disk is full (os error 28)", path.display(), doing(step));
        let message = shown(&harness, &said);
        assert!(people(&harness).contains(&"New person".to_owned()), "{step:?}: the edit is still in memory");
        if step == Step::SyncFolder {
            // The new version is in place; only whether it survives a power cut is in doubt.
            assert!(message.contains("may not survive a power cut"), "{message}");
            let saved = kindred::store::load(&path).expect("loads").decoded.workspace;
            assert_eq!(saved.people.len(), 4, "the new version is in place");
            assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl", "and counts as saved");
            continue;
        }
        assert_eq!(std::fs::read(&path).expect("read"), old, "{step:?}: the old file is byte for byte as it was");
        let kept =
            format!("(the file on disk is unchanged). Your unsaved work is kept in {}", recovery_path(&path).display());
        assert!(message.contains(&kept), "{step:?}: {message}");
        assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl *", "{step:?}: still unsaved");
        let rescued = kindred::store::load(&recovery_path(&path)).expect("the recovery file was written at once");
        assert_eq!(rescued.decoded.workspace.people.len(), 4, "{step:?}: with the second edit");

        // A restart offers the work back, exactly.
        let edited = harness.state().workspace().cloned().expect("open");
        drop(harness);
        let mut harness = harness_on(&path);
        harness.get_by_label("Restore unsaved work?");
        harness.get_by_label("Restore").click();
        harness.run_steps(2);
        assert_eq!(harness.state().workspace(), Some(&edited), "{step:?}: the exact edit is back");
        assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl *");
    }
}

#[test]
fn when_the_recovery_file_fails_too_the_work_is_said_to_be_only_in_memory() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let old = std::fs::read(&path).expect("read");
    let faults = Faults {
        save: Some(FailingDisk::at(Step::Write, ErrorKind::StorageFull)),
        recovery: Some(FailingDisk::at(Step::Write, ErrorKind::StorageFull)),
    };
    let harness = edit_and_save_failing(&path, faults);
    assert_eq!(std::fs::read(&path).expect("read"), old);
    assert!(!recovery_path(&path).exists(), "no recovery file, not even half of one");
    let text = shown(&harness, "it is only in memory. Use Save as… to save it somewhere else");
    assert!(
        text.starts_with(&format!("{}: could not save: writing the temporary file failed", path.display())),
        "{text}"
    );
    assert!(text.contains("could not be written to the recovery file either"), "{text}");
    assert!(text.contains(&recovery_path(&path).display().to_string()), "names the recovery file: {text}");
    assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl *");
    assert!(people(&harness).contains(&"New person".to_owned()));
}

#[test]
fn a_folder_that_may_not_be_written_is_reported_as_permission_denied() {
    // Tests may run as root, who may write anywhere: the refusal is injected where it comes.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let old = std::fs::read(&path).expect("read");
    let faults = Faults {
        save: Some(FailingDisk::at(Step::Create, ErrorKind::PermissionDenied)),
        recovery: Some(FailingDisk::at(Step::Create, ErrorKind::PermissionDenied)),
    };
    let harness = edit_and_save_failing(&path, faults);
    let text = shown(&harness, "it is only in memory");
    let said = format!(
        "{}: could not save: creating the temporary file failed: permission denied (os error 13) (the file on disk is \
         unchanged)",
        path.display()
    );
    assert!(text.starts_with(&said), "{text}");
    assert_eq!(std::fs::read(&path).expect("read"), old);
}

#[test]
fn a_second_window_on_the_same_file_opens_read_only_and_says_who_has_it() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let first = harness_on(&path);
    let held = std::fs::read(lock_path(&path)).expect("the first window holds the lock");
    let mut second = harness_on(&path);
    second.get_by_label("This workspace is open elsewhere");
    let process = format!("(process {})", std::process::id());
    let body = shown(&second, "It is open in Kindred by ");
    assert!(body.contains(&process), "names the process: {body}");
    second.get_by_label("It is open read-only here. Close it there to edit it here.");
    assert!(second.query_by_label("Take over the lock").is_none(), "a running holder is not pushed aside");
    second.get_by_label("Open read-only").click();
    second.run();
    shown(&second, "Read-only: it is open in Kindred by ");
    assert!(second.state().read_only().is_some());
    assert!(second.state().title().ends_with("(read-only)"), "{}", second.state().title());
    assert_eq!(std::fs::read(lock_path(&path)).expect("still there"), held, "the first window keeps its lock");
    drop(second);
    assert!(lock_path(&path).exists(), "closing the second window leaves the first one's lock");
    assert!(first.state().read_only().is_none());
    drop(first);
    assert!(!lock_path(&path).exists(), "closing the first releases it");
}

#[test]
fn a_lock_left_by_a_program_that_is_gone_is_taken_over_without_a_word() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let gone = u32::MAX - 7;
    let holder = kindred::store::lock::LockInfo { pid: gone, ..kindred::store::lock::LockInfo::here() };
    std::fs::write(lock_path(&path), ron::to_string(&holder).expect("ron")).expect("write");
    let leftover = dir.path().join(format!("shop.kindred.tmp-{gone}"));
    std::fs::write(&leftover, "half a save").expect("write");
    let harness = harness_on(&path);
    assert!(harness.query_by_label("This workspace is open elsewhere").is_none(), "no dialog");
    assert!(harness.state().read_only().is_none(), "editable");
    let now = kindred::store::lock::read_lock(&lock_path(&path)).expect("readable").expect("locked");
    assert_eq!(now.pid, std::process::id(), "the lock is ours now");
    assert!(!leftover.exists(), "the dead program's half save is cleared away");
}

#[test]
fn a_lock_file_that_cannot_be_made_opens_the_workspace_read_only_with_the_reason() {
    let dir = tempfile::tempdir().expect("dir");
    // A name the system takes, whose lock file's name (five letters longer) it does not.
    let name = format!("{}.kindred", "k".repeat(243));
    let path = dir.path().join(&name);
    std::fs::write(&path, kindred::model::codec::encode(&common::full_workspace())).expect("write");
    let harness = harness_on(&path);
    shown(&harness, "Read-only: its lock file cannot be written (the file name is not allowed here (os error 36))");
    assert!(harness.state().title().ends_with("(read-only)"));

    // A lock that is a folder cannot be read: the person is told, and may take it over.
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    std::fs::create_dir(lock_path(&path)).expect("a folder where the lock goes");
    let harness = harness_on(&path);
    harness.get_by_label("This workspace is open elsewhere");
    let body = shown(&harness, "It is open in Kindred by an unknown program (");
    assert!(body.contains("the lock file cannot be read (that is a folder, not a file (os error 21))"), "{body}");
    harness.get_by_label("Take over the lock");
    assert!(harness.state().read_only().is_some());
}

#[test]
fn a_lock_from_another_computer_does_not_stop_editing() {
    // Its lock came with the file through a sync tool, or the file is on a shared drive: what
    // that computer saves is merged into the work here, so the workspace stays editable.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let holder = kindred::store::lock::LockInfo {
        host: "laptop-at-the-office".into(),
        ..kindred::store::lock::LockInfo::here()
    };
    std::fs::write(lock_path(&path), ron::to_string(&holder).expect("ron")).expect("write");
    let harness = harness_on(&path);
    let note = shown(&harness, "Also open in Kindred by ");
    assert!(note.contains("laptop-at-the-office") && note.contains("merged"), "{note}");
    assert!(harness.state().read_only().is_none(), "editable");
    assert!(harness.query_by_label("This workspace is open elsewhere").is_none(), "no question");
    drop(harness);
    assert_eq!(
        kindred::store::lock::read_lock(&lock_path(&path)).expect("readable"),
        Some(holder),
        "the other computer's lock is left as it is"
    );
}
