//! The lock race: several programs open one workspace at the same moment, all finding the lock
//! of a program that is gone. Exactly one may take it over; the others must find it held by
//! the winner and refuse, as for any running holder. Only the winner saves.
//!
//! Each writer is a process of its own (a process counts the locks it holds, so threads would
//! not race): this test binary, run as the ignored test `lock_race::writer` with the trial's
//! folder in `KINDRED_LOCK_RACE`. The writers start, say they are ready and wait on the
//! system's lock of a file `go` that the trial holds; when it lets go, they all wake at once
//! and lock the workspace. `KINDRED_LOCK_RACE_TRIALS=<n>` sets the number of trials for a
//! longer run (the default keeps this to a few seconds).

use kindred::model::{Person, Workspace};
use kindred::store::{self, lock, paths};
use rustix::fs::{FlockOperation, flock};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WRITERS: usize = 6;
const DEFAULT_TRIALS: usize = 20;
const FOLDER: &str = "KINDRED_LOCK_RACE";

fn workspace_in(dir: &Path) -> PathBuf {
    dir.join("shop.kindred")
}

/// The files in `dir` whose names begin with `prefix`.
fn named(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).expect("list");
    let mut found: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)))
        .collect();
    found.sort();
    found
}

/// Waits until `done` holds, for at most a minute (a loaded machine starts processes slowly).
fn wait_until(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// Writes a file whole (to a temporary name, then renamed), so that its reader never sees a part.
fn signal(path: &Path, text: &str) {
    let part = path.with_extension("part");
    fs::write(&part, text).expect("write");
    fs::rename(&part, path).expect("rename");
}

#[test]
fn of_many_programs_finding_a_gone_programs_lock_exactly_one_takes_it() {
    let trials = std::env::var("KINDRED_LOCK_RACE_TRIALS").ok().and_then(|n| n.parse().ok()).unwrap_or(DEFAULT_TRIALS);
    let program = std::env::current_exe().expect("this test binary");
    for trial in 0..trials {
        let dir = tempfile::tempdir().expect("temp dir");
        let ws = workspace_in(dir.path());
        store::save(&ws, &Workspace::named("Shop")).expect("saves");
        let original = fs::read(&ws).expect("read");
        let gone = lock::LockInfo { pid: u32::MAX - 7, ..lock::LockInfo::here() };
        fs::write(paths::lock_path(&ws), ron::to_string(&gone).expect("ron")).expect("write");
        let go = fs::File::create(dir.path().join("go")).expect("create");
        flock(&go, FlockOperation::LockExclusive).expect("the start is held back");
        let mut writers: Vec<_> = (0..WRITERS)
            .map(|_| {
                Command::new(&program)
                    .args(["lock_race::writer", "--exact", "--ignored", "--test-threads=1", "--quiet"])
                    .env(FOLDER, dir.path())
                    .stdout(Stdio::null())
                    .spawn()
                    .expect("a writer starts")
            })
            .collect();
        wait_until("the writers to start", || named(dir.path(), "ready-").len() == WRITERS);
        // Each says it is ready just before it waits: a moment for the last to get there.
        std::thread::sleep(Duration::from_millis(5));
        flock(&go, FlockOperation::Unlock).expect("go");
        wait_until("every writer's outcome", || {
            named(dir.path(), "outcome-").iter().filter(|p| p.extension().is_none()).count() == WRITERS
        });
        let outcomes: Vec<(u32, String)> = named(dir.path(), "outcome-")
            .iter()
            .map(|path| {
                let name = path.file_name().and_then(|n| n.to_str()).expect("name");
                let pid = name.trim_start_matches("outcome-").parse().expect("a process id");
                (pid, fs::read_to_string(path).expect("read"))
            })
            .collect();
        let winners: Vec<u32> = outcomes.iter().filter(|(_, o)| o == "acquired").map(|(pid, _)| *pid).collect();
        assert_eq!(winners.len(), 1, "trial {trial}: exactly one takes the lock: {outcomes:?}");
        let winner = winners[0];
        for (pid, outcome) in &outcomes {
            if *pid != winner {
                assert_eq!(outcome, &format!("held by {winner}"), "trial {trial}: writer {pid} refuses");
            }
        }
        let holder = lock::read_lock(&paths::lock_path(&ws)).expect("readable").expect("locked");
        assert_eq!(holder.pid, winner, "trial {trial}: the lock on disk is the winner's");
        let saved = dir.path().join(format!("saved-{winner}"));
        wait_until("the winner's save", || saved.exists());
        assert_eq!(fs::read_to_string(&saved).expect("read"), "saved", "trial {trial}");
        signal(&dir.path().join("done"), "");
        for writer in &mut writers {
            assert!(writer.wait().expect("the writer ends").success(), "trial {trial}: a writer failed");
        }
        // One save, the winner's: its version in place, the original the only backup.
        let saved = store::load(&ws).expect("loads").decoded.workspace;
        let names: Vec<_> = saved.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, [format!("Saved by {winner}")], "trial {trial}");
        assert_eq!(fs::read(paths::backup_path(&ws, 1)).expect("backup"), original, "trial {trial}");
        assert!(!paths::backup_path(&ws, 2).exists(), "trial {trial}: a second save happened");
        assert!(!paths::lock_path(&ws).exists(), "trial {trial}: the winner released the lock");
    }
}

#[test]
fn a_lock_that_another_program_is_taking_over_is_left_to_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = workspace_in(dir.path());
    store::save(&ws, &Workspace::named("Shop")).expect("saves");
    let original = fs::read(&ws).expect("read");
    let lock_path = paths::lock_path(&ws);
    let gone = lock::LockInfo { pid: u32::MAX - 7, ..lock::LockInfo::here() };
    fs::write(&lock_path, ron::to_string(&gone).expect("ron")).expect("write");
    // This test is the other program, in the middle of taking the lock over: it holds the
    // system's lock on the lock file while it checks and replaces it.
    let taking = fs::File::open(&lock_path).expect("open");
    flock(&taking, FlockOperation::LockExclusive).expect("the system's lock");
    fs::write(dir.path().join("go"), "").expect("write");
    signal(&dir.path().join("done"), "");
    let mut writer = Command::new(std::env::current_exe().expect("this test binary"))
        .args(["lock_race::writer", "--exact", "--ignored", "--test-threads=1", "--quiet"])
        .env(FOLDER, dir.path())
        .stdout(Stdio::null())
        .spawn()
        .expect("a writer starts");
    wait_until("the writer to start", || named(dir.path(), "ready-").len() == 1);
    // Time for the writer to find the gone program's lock and to wait for the system's lock.
    std::thread::sleep(Duration::from_millis(300));
    assert!(named(dir.path(), "outcome-").is_empty(), "the writer waits while the lock is being taken over");
    let part = dir.path().join("taking-over");
    fs::write(&part, ron::to_string(&lock::LockInfo::here()).expect("ron")).expect("write");
    fs::rename(&part, &lock_path).expect("rename");
    drop(taking);
    wait_until("the writer's outcome", || named(dir.path(), "outcome-").iter().any(|p| p.extension().is_none()));
    let outcome = fs::read_to_string(&named(dir.path(), "outcome-")[0]).expect("read");
    assert_eq!(outcome, format!("held by {}", std::process::id()), "the writer finds the lock taken, by this test");
    assert!(writer.wait().expect("the writer ends").success());
    assert_eq!(fs::read(&ws).expect("read"), original, "the writer did not save");
    assert_eq!(lock::read_lock(&lock_path).expect("readable").map(|h| h.pid), Some(std::process::id()));
}

#[test]
#[ignore = "a writer of the lock race, started by it as a program of its own"]
fn writer() {
    let Some(dir) = std::env::var_os(FOLDER).map(PathBuf::from) else { return };
    let ws = workspace_in(&dir);
    let pid = std::process::id();
    let go = fs::File::open(dir.join("go")).expect("open");
    signal(&dir.join(format!("ready-{pid}")), "");
    flock(&go, FlockOperation::LockShared).expect("the start");
    let outcome = dir.join(format!("outcome-{pid}"));
    let held = match lock::acquire(&ws) {
        Ok(lock::LockOutcome::Acquired(held)) => held,
        Ok(lock::LockOutcome::HeldHere(holder)) => return signal(&outcome, &format!("held by {}", holder.pid)),
        other => return signal(&outcome, &format!("{other:?}")),
    };
    signal(&outcome, "acquired");
    // Saved as `kindred import` and `demo` save, while the lock is held.
    let mut workspace = Workspace::named("Shop");
    workspace.people.push(Person::named(format!("Saved by {pid}")));
    let saved = store::save(&ws, &workspace).map_or_else(|e| e.to_string(), |_| "saved".to_owned());
    signal(&dir.join(format!("saved-{pid}")), &saved);
    wait_until("the end of the trial", || dir.join("done").exists());
    drop(held);
}
