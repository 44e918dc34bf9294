//! Crash trials: the real binary is killed with SIGKILL at random moments while it writes a
//! workspace, and the file is then always the old version or a complete new one — never a mix,
//! never cut off. The lock and the half-written temporary file a killed process leaves behind
//! must not stop the next run.
//!
//! Each scenario first runs once uninterrupted, to know the new version and how long a run
//! takes; each trial then kills a run after a delay drawn from that time. The seed is printed;
//! `KINDRED_CRASH_SEED=<seed>` replays a run, and `KINDRED_CRASH_TRIALS=<n>` sets the number of
//! kills per scenario for a longer run (the default keeps this file to a few seconds):
//!
//! ```text
//! KINDRED_CRASH_TRIALS=340 cargo test --test cli crash -- --nocapture
//! ```

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Kills per scenario when `KINDRED_CRASH_TRIALS` is not set: three scenarios, 54 kills.
const DEFAULT_TRIALS: usize = 18;
const TODAY: &str = "2026-12-01";

/// A small seeded generator (xorshift64), so that a failure can be replayed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}

fn seed(scenario: &str) -> u64 {
    let seed = std::env::var("KINDRED_CRASH_SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or_else(|| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos());
        (nanos as u64) ^ u64::from(std::process::id())
    });
    println!("crash trials, {scenario}: KINDRED_CRASH_SEED={seed}");
    seed.max(1)
}

fn trials() -> usize {
    std::env::var("KINDRED_CRASH_TRIALS").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_TRIALS)
}

fn arg(path: &Path) -> OsString {
    path.as_os_str().to_owned()
}

fn run(args: &[OsString]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kindred")).args(args).output().expect("the binary runs")
}

/// What a new version must be.
enum New {
    /// Exactly these bytes (the run is deterministic).
    Bytes(Vec<u8>),
    /// A workspace with this many people.
    People(usize),
}

/// One kind of write to kill: the file it writes, the old version put back before each trial,
/// and the command that writes the new one.
struct Scenario {
    name: &'static str,
    file: PathBuf,
    old: Vec<u8>,
    args: Vec<OsString>,
    /// Whether the command locks the file (and so clears the leftovers of killed runs).
    locks: bool,
}

/// Where a kill landed.
#[derive(Default, Debug)]
struct Tally {
    /// Nothing written yet: the old version and no temporary file.
    before: usize,
    /// The temporary file was there: killed between creating it and the rename.
    writing: usize,
    /// The new version was in place, the process still running.
    after: usize,
    /// The process had ended before the kill.
    finished: usize,
    /// Trials that began with a lock left by a killed run.
    stale_locks: usize,
}

impl Scenario {
    fn reset(&self) {
        fs::write(&self.file, &self.old).expect("the old version is put back");
    }

    /// One run to its end, watched: how long it took, when its temporary file appeared and
    /// when the new version took the old one's place (the file's inode changed).
    fn watched_run(&self) -> (Duration, Duration, Duration) {
        use std::os::unix::fs::MetadataExt;
        let inode = || fs::metadata(&self.file).map(|m| m.ino()).ok();
        let old_inode = inode();
        let started = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_kindred"))
            .args(&self.args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let temp = self.temp_of(child.id());
        let (mut writes_from, mut renamed) = (None, None);
        let status = loop {
            if writes_from.is_none() && temp.exists() {
                writes_from = Some(started.elapsed());
            }
            if renamed.is_none() && inode() != old_inode {
                renamed = Some(started.elapsed());
            }
            if let Some(status) = child.try_wait().expect("the child's state") {
                break status;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        let took = started.elapsed();
        assert!(status.success(), "{}: an uninterrupted run failed", self.name);
        (took, writes_from.unwrap_or(took), renamed.unwrap_or(took))
    }

    fn temp_of(&self, pid: u32) -> PathBuf {
        let name = self.file.file_name().and_then(|n| n.to_str()).expect("a name");
        self.file.with_file_name(format!("{name}.tmp-{pid}"))
    }

    fn is_new(&self, bytes: &[u8], new: &New) -> bool {
        match new {
            New::Bytes(expected) => bytes == expected.as_slice(),
            New::People(count) => {
                kindred::model::codec::decode(bytes).is_ok_and(|d| d.workspace.people.len() == *count)
            }
        }
    }

    /// Runs the trials; the tally of where the kills landed.
    fn run_trials(&self, new_of: impl Fn(&[u8]) -> New) -> Tally {
        // Uninterrupted runs: what the new version is, how long a run takes and when its
        // temporary file appears (the shortest of two, so that few runs end before their kill).
        let (mut took, mut writes_from, mut renamed) = (Duration::MAX, Duration::MAX, Duration::MAX);
        let mut written = Vec::new();
        for _ in 0..2 {
            self.reset();
            let (run_took, run_writes_from, run_renamed) = self.watched_run();
            took = took.min(run_took);
            writes_from = writes_from.min(run_writes_from);
            renamed = renamed.min(run_renamed);
            written = fs::read(&self.file).expect("written");
        }
        assert_ne!(written, self.old, "{}: the new version differs from the old", self.name);
        let new = new_of(&written);
        assert!(self.is_new(&written, &new));
        let started = Instant::now();

        let mut rng = XorShift(seed(self.name));
        let mut tally = Tally::default();
        let lock = kindred::store::paths::lock_path(&self.file);
        let whole = took.as_micros() as u64;
        // How long the writing lasts (temporary file to rename), and half as long again.
        let writing = renamed.saturating_sub(writes_from).as_micros() as u64 * 3 / 2;
        for trial in 0..trials() {
            self.reset();
            if lock.exists() {
                tally.stale_locks += 1;
            }
            let mut child = Command::new(env!("CARGO_BIN_EXE_kindred"))
                .args(&self.args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("the binary starts");
            // Every other kill lands anywhere in the run. A run's time varies by more than its
            // writing lasts, so the others wait for the temporary file to appear and land in
            // the writing that follows, where a mix or a cut-off file would come from.
            let delay = if trial % 2 == 0 {
                Duration::from_micros(rng.below(whole))
            } else {
                let temp = self.temp_of(child.id());
                while !temp.exists() && child.try_wait().expect("the child's state").is_none() {
                    std::thread::sleep(Duration::from_micros(100));
                }
                Duration::from_micros(rng.below(writing))
            };
            std::thread::sleep(delay);
            let ended = child.try_wait().expect("the child's state");
            if ended.is_none() {
                // SIGKILL on Unix: no destructor, no lock released, no temporary file removed.
                child.kill().expect("killed");
            }
            let status = child.wait().expect("reaped");
            let temp = self.temp_of(child.id());
            let bytes = fs::read(&self.file).expect("the file is still there");
            let what = format!("{} trial {trial} (killed after {delay:?})", self.name);
            kindred::store::load(&self.file).unwrap_or_else(|e| panic!("{what}: does not load: {e}"));
            if let Some(status) = ended {
                assert!(status.success(), "{what}: a run that was not killed failed: a leftover stopped it?");
                assert!(self.is_new(&bytes, &new), "{what}: finished, but the file is not the new version");
                tally.finished += 1;
            } else if bytes == self.old {
                if temp.exists() { tally.writing += 1 } else { tally.before += 1 }
            } else {
                assert!(
                    self.is_new(&bytes, &new),
                    "{what}: neither the old nor a complete new version ({} bytes; {status})",
                    bytes.len()
                );
                tally.after += 1;
            }
        }

        // The leftovers of the killed runs stop nothing: a last run succeeds and, where it
        // locks, clears them.
        self.reset();
        let output = run(&self.args);
        assert!(output.status.success(), "{}: after the kills: {}", self.name, String::from_utf8_lossy(&output.stderr));
        assert!(self.is_new(&fs::read(&self.file).expect("written"), &new));
        if self.locks {
            assert!(!lock.exists(), "{}: the lock is released after a run", self.name);
            let folder = self.file.parent().expect("a folder");
            let name = self.file.file_name().and_then(|n| n.to_str()).expect("a name");
            let leftovers: Vec<_> = fs::read_dir(folder)
                .expect("listed")
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(&format!("{name}.tmp-")) || n.starts_with(&format!("{name}.lock.tmp-")))
                .collect();
            assert!(leftovers.is_empty(), "{}: leftovers of killed runs remain: {leftovers:?}", self.name);
        }
        println!(
            "crash trials, {}: {} kills in {:.1?} (an uninterrupted run took {took:.1?}, writing from \
             {writes_from:.1?} to {renamed:.1?}): {} before writing, {} during writing, {} after the rename, {} runs ended before \
             their kill; {} trials began with a stale lock",
            self.name,
            tally.before + tally.writing + tally.after,
            started.elapsed(),
            tally.before,
            tally.writing,
            tally.after,
            tally.finished,
            tally.stale_locks,
        );
        tally
    }
}

/// A demo workspace written over an existing one: the same size and day give the same bytes.
#[test]
fn a_killed_demo_leaves_the_old_or_the_complete_new_workspace() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("demo.kindred");
    let old = kindred::model::codec::encode(&kindred::ops::demo::generate(3, crate::common::date(2025, 1, 1)));
    let args = ["demo", "--people", "1500", "--today", TODAY].map(OsString::from).into_iter().chain([arg(&file)]);
    let scenario = Scenario { name: "demo", file, old: old.into_bytes(), args: args.collect(), locks: true };
    // The new version is known before any run: the demo for that size and day.
    let expected = kindred::model::codec::encode(&kindred::ops::demo::generate(1500, crate::common::date(2026, 12, 1)));
    scenario.run_trials(|bytes| {
        assert!(bytes == expected.as_bytes(), "a completed run writes the demo of that size and day");
        New::Bytes(bytes.to_vec())
    });
}

/// Contacts imported into a workspace: new ids each run, so the new version is known by its
/// people.
#[test]
fn a_killed_import_leaves_the_old_or_the_complete_new_workspace() {
    let dir = tempfile::tempdir().expect("dir");
    let source = dir.path().join("source.kindred");
    let contacts = dir.path().join("contacts.vcf");
    let made =
        run(&[OsString::from("demo"), "--people".into(), "1500".into(), "--today".into(), TODAY.into(), arg(&source)]);
    assert!(made.status.success());
    let exported = run(&["export".into(), arg(&source), "--to".into(), arg(&contacts)]);
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
    let file = dir.path().join("shop.kindred");
    let old = kindred::model::codec::encode(&crate::common::full_workspace());
    let args = vec!["import".into(), arg(&file), "--from".into(), arg(&contacts)];
    let scenario = Scenario { name: "import", file, old: old.into_bytes(), args, locks: true };
    scenario.run_trials(|bytes| {
        let people = kindred::model::codec::decode(bytes).expect("decodes").workspace.people.len();
        assert!(people > 1000, "the contacts were added: {people}");
        New::People(people)
    });
}

/// A workspace written as a copy over an existing file (`export --to copy.kindred`): the same
/// atomic write without backups.
#[test]
fn a_killed_copy_leaves_the_old_or_the_complete_new_file() {
    let dir = tempfile::tempdir().expect("dir");
    let source = dir.path().join("source.kindred");
    let made =
        run(&[OsString::from("demo"), "--people".into(), "1500".into(), "--today".into(), TODAY.into(), arg(&source)]);
    assert!(made.status.success());
    let file = dir.path().join("copy.kindred");
    let old = kindred::model::codec::encode(&crate::common::full_workspace());
    let args = vec!["export".into(), arg(&source), "--to".into(), arg(&file)];
    let scenario = Scenario { name: "copy", file, old: old.into_bytes(), args, locks: false };
    scenario.run_trials(|bytes| New::Bytes(bytes.to_vec()));
}
