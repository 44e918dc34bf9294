//! The sidecar lock file that keeps two programs from editing one workspace.

use super::paths::lock_path;
use crate::t;
use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Who holds a workspace open. Written as RON into the lock file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub pid: u32,
    pub host: String,
    pub user: String,
    /// When the lock was taken, RFC 3339 local time.
    pub since: String,
}

impl LockInfo {
    /// This process, now.
    pub fn here() -> Self {
        Self {
            pid: std::process::id(),
            host: this_host(),
            user: std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default(),
            since: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        }
    }

    fn is_this_host(&self) -> bool {
        self.host == this_host()
    }

    /// Why a workspace this holder has open is read-only here, in the thread's language:
    /// "it is open in Kindred by mette on laptop (process 4242) since 22 Nov 2026 14:05".
    pub fn read_only_reason(&self) -> String {
        t!("error-lock-held", holder = self.to_string())
    }
}

/// Who holds the lock, in the thread's language: "mette on laptop (process 4242) since
/// 22 Nov 2026 14:05".
impl fmt::Display for LockInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let user = if self.user.is_empty() { t!("error-lock-someone") } else { self.user.clone() };
        let since = DateTime::parse_from_rfc3339(&self.since)
            .map(|t| {
                let date = crate::i18n::date_short_year(t.date_naive());
                t!("error-lock-since", date = date, time = t.format("%H:%M").to_string())
            })
            .unwrap_or_else(|_| self.since.clone());
        let text = t!("error-lock-holder", user = user, host = self.host.as_str(), pid = self.pid, since = since);
        f.write_str(&text)
    }
}

/// Who holds a lock whose file cannot be read, in the thread's language: "an unknown program
/// (…)", `reason` being what [`LockOutcome::Unreadable`] says.
pub fn unknown_holder(reason: &str) -> String {
    t!("error-lock-unknown-holder", reason = reason)
}

/// Why a workspace is read-only when its lock file cannot be written, in the thread's language.
pub fn unwritable_reason(error: &io::Error) -> String {
    t!("error-lock-cannot-write", error = super::io_reason(error))
}

fn this_host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    info: LockInfo,
}

impl Lock {
    fn new(path: PathBuf, info: LockInfo) -> Self {
        held_here(|held| *held.entry(path.clone()).or_default() += 1);
        Self { path, info }
    }

    pub fn info(&self) -> &LockInfo {
        &self.info
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        held_here(|held| {
            if let Some(count) = held.get_mut(&self.path) {
                *count -= 1;
                if *count == 0 {
                    held.remove(&self.path);
                }
            }
        });
        // Remove the file only while it is still ours: someone may have taken it over.
        if read_lock(&self.path).ok().flatten().as_ref() == Some(&self.info) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// The lock files this process holds now (a count each): a lock naming this process is a
/// leftover only when none of its own [`Lock`]s holds it, else a second window on one file.
fn held_here<T>(with: impl FnOnce(&mut std::collections::HashMap<PathBuf, usize>) -> T) -> T {
    static HELD: std::sync::Mutex<Option<std::collections::HashMap<PathBuf, usize>>> = std::sync::Mutex::new(None);
    let mut held = HELD.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    with(held.get_or_insert_with(Default::default))
}

/// What trying to lock a workspace found.
#[derive(Debug)]
pub enum LockOutcome {
    Acquired(Lock),
    /// A running program on this computer has it open.
    HeldHere(LockInfo),
    /// A program on another computer has (or had) it open: it may be gone, only the person
    /// can tell, so they decide whether to take the lock over.
    HeldElsewhere(LockInfo),
    /// The lock file is there but unreadable; the person decides.
    Unreadable(String),
}

/// Tries to lock the workspace at `workspace`. A lock left by a process of this computer that
/// no longer runs is taken over.
pub fn acquire(workspace: &Path) -> io::Result<LockOutcome> {
    let path = lock_path(workspace);
    let info = LockInfo::here();
    match create_lock(&path, &info) {
        Ok(()) => {
            remove_stale_temporaries(workspace);
            return Ok(LockOutcome::Acquired(Lock::new(path, info)));
        }
        Err(error) if error.kind() != io::ErrorKind::AlreadyExists => return Err(error),
        Err(_) => {}
    }
    let holder = match read_lock(&path) {
        Ok(Some(holder)) => holder,
        // Removed between our two looks: try once more.
        Ok(None) => return acquire_fresh(workspace, &path, info),
        Err(reason) => return Ok(LockOutcome::Unreadable(reason)),
    };
    if holder.is_this_host() {
        let ours_and_free = holder.pid == info.pid && !held_here(|held| held.contains_key(&path));
        if ours_and_free || (holder.pid != info.pid && !process_is_running(holder.pid)) {
            return take_over(workspace);
        }
        return Ok(LockOutcome::HeldHere(holder));
    }
    Ok(LockOutcome::HeldElsewhere(holder))
}

fn acquire_fresh(workspace: &Path, path: &Path, info: LockInfo) -> io::Result<LockOutcome> {
    create_lock(path, &info)?;
    remove_stale_temporaries(workspace);
    Ok(LockOutcome::Acquired(Lock::new(path.to_path_buf(), info)))
}

/// Takes the lock whoever holds it: after the person decided the holder is gone.
pub fn take_over(workspace: &Path) -> io::Result<LockOutcome> {
    let path = lock_path(workspace);
    let info = LockInfo::here();
    let text = ron::to_string(&info).map_err(io::Error::other)?;
    super::save::save_atomic(&mut super::save::RealDisk, &path, text.as_bytes(), 0).map_err(|e| e.source)?;
    remove_stale_temporaries(workspace);
    Ok(LockOutcome::Acquired(Lock::new(path, info)))
}

/// Creates the lock file whole or not at all: written to a temporary file first, then linked
/// into place (a link fails when the lock exists). A program killed half-way therefore never
/// leaves an empty lock behind. Where the file system has no links, the file is created in
/// place.
fn create_lock(path: &Path, info: &LockInfo) -> io::Result<()> {
    let text = ron::to_string(info).map_err(io::Error::other)?;
    let temp = super::paths::temp_path(path);
    let written = (|| {
        let mut file = OpenOptions::new().write(true).create(true).truncate(true).open(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()
    })();
    let linked = written.and_then(|()| fs::hard_link(&temp, path));
    let _ = fs::remove_file(&temp);
    match linked {
        Err(error) if error.kind() != io::ErrorKind::AlreadyExists => {
            let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()
        }
        other => other,
    }
}

/// Removes the temporary files that programs killed in the middle of a save left beside the
/// workspace (`NAME.tmp-PID`, `NAME.lock.tmp-PID`). Called only while holding the lock, when no
/// one else may be saving; files of processes that still run are left alone.
fn remove_stale_temporaries(workspace: &Path) {
    let (Some(folder), Some(name)) = (workspace.parent(), workspace.file_name().and_then(|n| n.to_str())) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    let Ok(entries) = fs::read_dir(folder) else { return };
    let own = std::process::id();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(name)) else { continue };
        let pid = rest.strip_prefix(".tmp-").or_else(|| rest.strip_prefix(".lock.tmp-"));
        if let Some(pid) = pid.and_then(|p| p.parse::<u32>().ok())
            && pid != own
            && !process_is_running(pid)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The lock's holder; `Ok(None)` when there is no lock file.
pub fn read_lock(path: &Path) -> Result<Option<LockInfo>, String> {
    match fs::read_to_string(path) {
        Ok(text) => ron::from_str(&text)
            .map(Some)
            .map_err(|e| t!("error-lock-damaged", path = path.display().to_string(), error = e.to_string())),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => {
            Err(t!("error-lock-unreadable", path = path.display().to_string(), error = super::io_reason(&error)))
        }
    }
}

/// Whether a process of this computer is running. When it cannot be told, it is taken to be
/// running: a wrong "yes" asks the person, a wrong "no" would let two programs edit one file.
fn process_is_running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        // A zombie (state Z: exited, not yet reaped by its parent) holds nothing any more.
        return match fs::read_to_string(format!("/proc/{pid}/stat")) {
            Ok(stat) => stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().next()) != Some("Z"),
            Err(error) => error.kind() != io::ErrorKind::NotFound,
        };
    }
    if cfg!(unix) {
        return std::process::Command::new("kill")
            .args(["-0", &pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .map_or(true, |status| status.success());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_holder(workspace: &Path, holder: &LockInfo) {
        fs::write(lock_path(workspace), ron::to_string(holder).expect("ron")).expect("write");
    }

    #[test]
    fn second_lock_is_refused_while_the_holder_runs() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        // The parent of this test runs for as long as the test does.
        let holder = LockInfo { pid: std::os::unix::process::parent_id(), ..LockInfo::here() };
        write_holder(&ws, &holder);
        match acquire(&ws).expect("io") {
            LockOutcome::HeldHere(info) => assert_eq!(info, holder),
            other => panic!("expected HeldHere, got {other:?}"),
        }
    }

    #[test]
    fn a_second_lock_in_this_process_is_refused_until_the_first_goes() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let LockOutcome::Acquired(first) = acquire(&ws).expect("io") else { panic!("not acquired") };
        match acquire(&ws).expect("io") {
            LockOutcome::HeldHere(info) => assert_eq!(&info, first.info()),
            other => panic!("expected HeldHere, got {other:?}"),
        }
        drop(first);
        // A lock file naming this process that no Lock holds is a leftover: taken over.
        write_holder(&ws, &LockInfo::here());
        assert!(matches!(acquire(&ws).expect("io"), LockOutcome::Acquired(_)));
    }

    #[test]
    fn a_dead_process_lock_is_taken_over_and_released_on_drop() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        write_holder(&ws, &LockInfo { pid: u32::MAX - 7, ..LockInfo::here() });
        let LockOutcome::Acquired(lock) = acquire(&ws).expect("io") else { panic!("not acquired") };
        assert_eq!(lock.info().pid, std::process::id());
        drop(lock);
        assert!(!lock_path(&ws).exists());
    }

    #[test]
    fn leftovers_of_killed_saves_go_when_the_lock_is_taken() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let dead = dir.path().join(format!("w.kindred.tmp-{}", u32::MAX - 7));
        let dead_lock = dir.path().join(format!("w.kindred.lock.tmp-{}", u32::MAX - 8));
        let running = dir.path().join("w.kindred.tmp-1");
        let other = dir.path().join(format!("other.kindred.tmp-{}", u32::MAX - 7));
        for path in [&dead, &dead_lock, &running, &other] {
            fs::write(path, "half a save").expect("write");
        }
        let LockOutcome::Acquired(_lock) = acquire(&ws).expect("io") else { panic!("not acquired") };
        assert!(!dead.exists() && !dead_lock.exists(), "leftovers of dead processes are removed");
        assert!(running.exists(), "a running process's save is left alone");
        assert!(other.exists(), "another workspace's files are not ours");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 3, "only the lock was added: {names:?}");
    }

    #[test]
    fn another_host_is_reported_for_the_person_to_decide() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        write_holder(&ws, &LockInfo { host: "laptop-at-the-office".into(), ..LockInfo::here() });
        let LockOutcome::HeldElsewhere(info) = acquire(&ws).expect("io") else { panic!("expected HeldElsewhere") };
        assert!(info.to_string().contains("laptop-at-the-office"));
        assert!(matches!(take_over(&ws).expect("io"), LockOutcome::Acquired(_)));
    }

    #[test]
    fn the_holder_is_named_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let holder = LockInfo {
            pid: 4242,
            host: "kontor-pc".into(),
            user: "mette".into(),
            since: "2026-11-22T14:05:00+01:00".into(),
        };
        set_language(Lang::Da);
        assert_eq!(
            holder.read_only_reason(),
            "det er åbent i Kindred hos mette på kontor-pc (proces 4242) siden 22. nov. 2026 kl. 14:05"
        );
        let nobody = LockInfo { user: String::new(), ..holder.clone() };
        assert!(nobody.to_string().starts_with("en ukendt bruger på kontor-pc"), "{nobody}");
        set_language(Lang::Nb);
        assert_eq!(holder.to_string(), "mette på kontor-pc (prosess 4242) siden 22. nov. 2026 kl. 14:05");
        let error = io::Error::from_raw_os_error(13);
        assert_eq!(
            unwritable_reason(&error),
            "arbeidsområdets låsefil kan ikke skrives (ingen tilgang (systemfeil 13))"
        );
        set_language(Lang::En);
        assert_eq!(holder.to_string(), "mette on kontor-pc (process 4242) since 22 Nov 2026 14:05");
        assert_eq!(unknown_holder("damaged"), "an unknown program (damaged)");
    }

    #[test]
    fn a_damaged_lock_file_is_reported() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        fs::write(lock_path(&ws), "garbage").expect("write");
        assert!(matches!(acquire(&ws).expect("io"), LockOutcome::Unreadable(_)));
    }
}
