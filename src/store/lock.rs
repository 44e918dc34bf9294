//! The sidecar lock file that keeps two programs from editing one workspace.
//!
//! The lock file is created whole or not at all (written to a temporary file, then linked into
//! place, which fails when a lock is there). A lock whose holder is gone is replaced only while
//! the system's own lock on that very file is held and the file is still the one found gone,
//! so of several programs that find the same dead lock exactly one takes it; the others see
//! the winner's lock and refuse, as for any running holder.

use super::paths::{self, lock_path, temp_path};
use super::save::{Disk, RealDisk};
use crate::t;
use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Who holds a workspace open. Written as RON into the lock file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub pid: u32,
    pub host: String,
    pub user: String,
    /// When the lock was taken, RFC 3339 local time.
    pub since: String,
    /// When the holding process started, in the system's clock ticks since boot (Linux: field
    /// 22 of `/proc/PID/stat`): a later process that was given the same id is not the holder.
    /// Locks written by earlier versions, and on systems that do not say, have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<u64>,
}

impl LockInfo {
    /// This process, now.
    pub fn here() -> Self {
        let pid = std::process::id();
        Self {
            pid,
            host: this_host(),
            user: std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default(),
            since: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            started: start_time(pid),
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
pub fn unknown_holder(reason: impl fmt::Display) -> String {
    t!("error-lock-unknown-holder", reason = reason.to_string())
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
        let _turn = one_at_a_time();
        held_here(|held| {
            if let Some(count) = held.get_mut(&self.path) {
                *count -= 1;
                if *count == 0 {
                    held.remove(&self.path);
                }
            }
        });
        release(&self.path, &self.info);
    }
}

/// Removes the lock file only while it is still ours: a person may have taken it over. The
/// check and the removal happen under the system's lock on the file, as a take-over does.
fn release(path: &Path, info: &LockInfo) {
    let Ok(file) = File::open(path) else { return };
    match lock_file(&file) {
        Ok(()) if !same_file(&file, path) => return,
        Ok(()) => {}
        // Someone is taking it over right now: it is theirs.
        Err(Locking::Busy) => return,
        // The system cannot lock files here: check as well as can be done without.
        Err(Locking::Unsupported(_)) => {}
    }
    if holder_in(&file, path).ok().flatten().as_ref() == Some(info) {
        let _ = fs::remove_file(path);
    }
}

/// One look at or change of a lock file at a time in this process. The system's lock on the
/// file keeps programs apart; this keeps the threads of one program apart, so that a lock naming
/// this process is always seen with [`held_here`] complete (two windows opening one workspace
/// at once: one gets it, the other finds it held).
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
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
    Unreadable(Unreadable),
}

/// Why a lock file cannot be read, or a dead program's lock not taken over: kept as what it
/// is and worded when shown, since a workspace stays read-only for it while the language may
/// change. Each says how to clear it where the person can.
#[derive(Debug)]
pub enum Unreadable {
    /// The lock file is a symbolic link, which is never followed.
    Link(PathBuf),
    /// It cannot be read: the system's reason.
    Io(PathBuf, io::Error),
    /// It holds no lock Kindred wrote: the parser's words (English).
    Damaged(PathBuf, String),
    /// The system's lock on it could not be had, so a dead program's lock is not taken over.
    CannotTakeOver(PathBuf, io::Error),
}

/// In the thread's language.
impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Unreadable::Link(path) => {
                t!("error-lock-unreadable", path = path.display().to_string(), error = t!("error-lock-is-link"))
            }
            Unreadable::Io(path, error) => {
                t!("error-lock-unreadable", path = path.display().to_string(), error = super::io_reason(error))
            }
            Unreadable::Damaged(path, detail) => {
                t!("error-lock-damaged", path = path.display().to_string(), error = detail.as_str())
            }
            Unreadable::CannotTakeOver(path, error) => {
                t!("error-lock-cannot-take-over", path = path.display().to_string(), error = super::io_reason(error))
            }
        };
        f.write_str(&text)
    }
}

/// How often a look at the lock is repeated when it changes under us (another program took
/// or freed it in between) before giving up.
const ATTEMPTS: usize = 20;

/// How long to wait for another program that holds the system's lock on the lock file (it
/// is taking the lock over or releasing it: a matter of milliseconds).
const PATIENCE: Duration = Duration::from_secs(2);

/// Tries to lock the workspace at `workspace`. A lock left by a process of this computer that
/// no longer runs is taken over; of several programs doing so at once, one wins and the others
/// find it held.
pub fn acquire(workspace: &Path) -> io::Result<LockOutcome> {
    acquire_with(&mut RealDisk, workspace)
}

/// [`acquire`] through a given disk: to test a lock that cannot be written whole.
pub fn acquire_with(disk: &mut dyn Disk, workspace: &Path) -> io::Result<LockOutcome> {
    let _turn = one_at_a_time();
    acquire_in_turn(disk, workspace)
}

/// [`acquire_with`], in this process's turn.
fn acquire_in_turn(disk: &mut dyn Disk, workspace: &Path) -> io::Result<LockOutcome> {
    let real = paths::resolved(workspace);
    let path = lock_path(&real);
    let info = LockInfo::here();
    for _ in 0..ATTEMPTS {
        match create_lock(disk, &path, &info, lock_mode(&real)) {
            Ok(()) => return Ok(acquired(&real, path, info)),
            Err(error) if error.kind() != io::ErrorKind::AlreadyExists => return Err(error),
            Err(_) => {}
        }
        let holder = match read_lock(&path) {
            Ok(Some(holder)) => holder,
            // Removed between our two looks: try again.
            Ok(None) => continue,
            Err(reason) => return Ok(LockOutcome::Unreadable(reason)),
        };
        if !holder.is_this_host() {
            return Ok(LockOutcome::HeldElsewhere(holder));
        }
        let gone = if holder.pid == info.pid {
            // Ours, but no window of this process holds it: left by an earlier run.
            !held_here(|held| held.contains_key(&path))
        } else {
            !holder_runs(&holder)
        };
        if !gone {
            return Ok(LockOutcome::HeldHere(holder));
        }
        match replace_if_unchanged(disk, &path, Some(&holder), &info, lock_mode(&real), false)? {
            Replaced::Done => return Ok(acquired(&real, path, info)),
            // Someone else changed it first (took it over, or freed it): look again.
            Replaced::Changed => {}
            Replaced::CannotLock(error) => return Ok(LockOutcome::Unreadable(Unreadable::CannotTakeOver(path, error))),
        }
    }
    Err(io::Error::other(t!("error-lock-keeps-changing")))
}

fn acquired(real: &Path, path: PathBuf, info: LockInfo) -> LockOutcome {
    remove_stale_temporaries(real);
    LockOutcome::Acquired(Lock::new(path, info))
}

/// Takes the lock over after the person decided that its holder is gone: `seen` is the holder
/// they were shown, `None` when the lock file could not be read. It is replaced only while it
/// is still what they saw; when it changed meanwhile (another program took it, or it was freed)
/// the outcome is what [`acquire`] finds now.
pub fn take_over(workspace: &Path, seen: Option<&LockInfo>) -> io::Result<LockOutcome> {
    let _turn = one_at_a_time();
    let disk = &mut RealDisk;
    let real = paths::resolved(workspace);
    let path = lock_path(&real);
    let info = LockInfo::here();
    match replace_if_unchanged(disk, &path, seen, &info, lock_mode(&real), true)? {
        Replaced::Done => Ok(acquired(&real, path, info)),
        Replaced::Changed | Replaced::CannotLock(_) => acquire_in_turn(disk, workspace),
    }
}

/// What replacing a lock file did.
enum Replaced {
    Done,
    /// The lock file is no longer the one expected; nothing was written.
    Changed,
    /// The system could not lock the file; nothing was written.
    CannotLock(io::Error),
}

/// Replaces the lock file at `path` with `info`'s, provided it still holds `expected` (`None`:
/// still cannot be read as a lock). The check and the replacement happen while the system's
/// lock on the file is held, and the file locked is checked to be still the one at `path`, so
/// two programs never both replace one lock. `without_os_lock`: where the system cannot lock
/// the file (or it cannot be opened), replace it anyway after the check (a person decided).
fn replace_if_unchanged(
    disk: &mut dyn Disk,
    path: &Path,
    expected: Option<&LockInfo>,
    info: &LockInfo,
    mode: u32,
    without_os_lock: bool,
) -> io::Result<Replaced> {
    // A link in the lock's place is not opened (it may lead anywhere); it is replaced.
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let opened = if is_link { Err(io::Error::from(io::ErrorKind::InvalidInput)) } else { File::open(path) };
    let file = match opened {
        Ok(file) => Some(file),
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Replaced::Changed),
        Err(_) if without_os_lock => None,
        Err(error) => return Ok(Replaced::CannotLock(error)),
    };
    let now = match &file {
        Some(file) => {
            match lock_file(file) {
                Ok(()) if !same_file(file, path) => return Ok(Replaced::Changed),
                Ok(()) => {}
                Err(Locking::Busy) => return Err(io::Error::other(t!("error-lock-keeps-changing"))),
                Err(Locking::Unsupported(_)) if without_os_lock => {}
                Err(Locking::Unsupported(error)) => return Ok(Replaced::CannotLock(error)),
            }
            holder_in(file, path)
        }
        None => read_lock(path),
    };
    let unchanged = match expected {
        Some(expected) => now.as_ref().ok().and_then(Option::as_ref) == Some(expected),
        None => now.is_err(),
    };
    if !unchanged {
        return Ok(Replaced::Changed);
    }
    let text = ron::to_string(info).map_err(io::Error::other)?;
    let temp = temp_path(path);
    write_temporary(disk, &temp, text.as_bytes(), mode)?;
    // A rename replaces whatever is at `path` (a link too, never written through) in one step.
    if let Err(error) = disk.rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(error);
    }
    drop(file);
    Ok(Replaced::Done)
}

/// Why the system's lock on a file could not be had.
enum Locking {
    /// Another program held it for longer than [`PATIENCE`].
    Busy,
    /// The system or the file system cannot lock files.
    Unsupported(io::Error),
}

/// Takes the system's exclusive lock on `file` (released when it is closed, also when the
/// process dies), waiting up to [`PATIENCE`] for another holder.
fn lock_file(file: &File) -> Result<(), Locking> {
    let started = Instant::now();
    loop {
        match try_lock(file) {
            Ok(true) => return Ok(()),
            Ok(false) if started.elapsed() < PATIENCE => std::thread::sleep(Duration::from_millis(1)),
            Ok(false) => return Err(Locking::Busy),
            Err(error) => return Err(Locking::Unsupported(error)),
        }
    }
}

/// The system's exclusive lock on `file` (`flock`), without waiting: `false` when another
/// program holds it.
#[cfg(unix)]
fn try_lock(file: &File) -> io::Result<bool> {
    use rustix::fs::{FlockOperation, flock};
    match flock(file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(true),
        Err(error) if error == rustix::io::Errno::WOULDBLOCK => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Elsewhere Kindred has no lock on files: a lock is not taken over without the person (on
/// Windows a holder is always taken to be running anyway).
#[cfg(not(unix))]
fn try_lock(_file: &File) -> io::Result<bool> {
    Err(io::ErrorKind::Unsupported.into())
}

/// Whether the open `file` is still the file at `path` (not replaced since it was opened).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(open), Ok(now)) => open.dev() == now.dev() && open.ino() == now.ino(),
        _ => false,
    }
}

/// Whether the open `file` is still the file at `path`: without the file's identity, by its
/// content (every lock file's content differs, by process id and time).
#[cfg(not(unix))]
fn same_file(file: &File, path: &Path) -> bool {
    use std::io::Seek;
    let mut file = file;
    let mut open = Vec::new();
    let read = file.rewind().and_then(|()| file.read_to_end(&mut open)).and_then(|_| file.rewind());
    read.is_ok() && fs::read(path).is_ok_and(|now| now == open)
}

/// The most of a lock file that is read: a lock is a line; anything longer is damaged.
const MAX_LOCK_BYTES: u64 = 64 * 1024;

/// The holder written in an open lock file; `Err` with the reason when it cannot be read.
fn holder_in(file: &File, path: &Path) -> Result<Option<LockInfo>, Unreadable> {
    let mut text = String::new();
    match file.take(MAX_LOCK_BYTES).read_to_string(&mut text) {
        Ok(_) => ron::from_str(&text).map(Some).map_err(|e| Unreadable::Damaged(path.to_path_buf(), e.to_string())),
        Err(error) => Err(Unreadable::Io(path.to_path_buf(), error)),
    }
}

/// The mode a new lock file gets (on Unix): readable and writable by the user, and readable by
/// whoever may read the workspace (so that they can see who has it open), never more.
fn lock_mode(workspace: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        0o600 | fs::metadata(workspace).map_or(0, |m| m.mode() & 0o044)
    }
    #[cfg(not(unix))]
    {
        let _ = workspace;
        0o600
    }
}

/// Writes `bytes` to a new file at `path` (created exclusively: a file there, another
/// program's lock included, is left alone and nothing is written through a link), with `mode`
/// on Unix, synced. A file that cannot be written whole is removed.
fn write_whole(disk: &mut dyn Disk, path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let mut file = disk.create(path)?;
    let written =
        super::save::set_mode(&file, mode).and_then(|()| disk.write(&mut file, bytes)).and_then(|()| disk.sync(&file));
    if written.is_err() {
        drop(file);
        let _ = fs::remove_file(path);
    }
    written
}

/// [`write_whole`] for a temporary file of this process: a leftover of an earlier process with
/// this id is removed first, if it is a plain file; anything else in its place (a link, a
/// folder) is reported as in the way, not as a lock that exists.
fn write_temporary(disk: &mut dyn Disk, temp: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    super::save::remove_own_leftover(temp)?;
    write_whole(disk, temp, bytes, mode).map_err(|error| match error.kind() {
        io::ErrorKind::AlreadyExists => super::save::in_the_way(temp),
        _ => error,
    })
}

/// Creates the lock file whole or not at all: written to a temporary file first, then linked
/// into place (a link fails when the lock exists). A program killed half-way, or a disk that
/// is full, therefore never leaves an empty lock behind. Where the file system has no links,
/// the file is created in place, and removed again when it cannot be written whole.
fn create_lock(disk: &mut dyn Disk, path: &Path, info: &LockInfo, mode: u32) -> io::Result<()> {
    let text = ron::to_string(info).map_err(io::Error::other)?;
    let temp = temp_path(path);
    write_temporary(disk, &temp, text.as_bytes(), mode)?;
    let linked = disk.link(&temp, path);
    let _ = fs::remove_file(&temp);
    match linked {
        Err(error) if error.kind() != io::ErrorKind::AlreadyExists => write_whole(disk, path, text.as_bytes(), mode),
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

/// The lock's holder; `Ok(None)` when there is no lock file. A damaged file's reason says how
/// to clear it.
pub fn read_lock(path: &Path) -> Result<Option<LockInfo>, Unreadable> {
    // A link is not followed: it may lead to anything (a device that never ends).
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Unreadable::Link(path.to_path_buf()));
    }
    let mut text = String::new();
    match File::open(path).and_then(|file| file.take(MAX_LOCK_BYTES).read_to_string(&mut text)) {
        Ok(_) => ron::from_str(&text).map(Some).map_err(|e| Unreadable::Damaged(path.to_path_buf(), e.to_string())),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(Unreadable::Io(path.to_path_buf(), error)),
    }
}

/// Whether the holder of a lock of this computer still runs: its process runs, and is the one
/// that took the lock — started when the lock says, or, for a lock that does not say, a
/// Kindred at all (named as this program is, or `kindred`). A process id the system gave to
/// another program since is not the holder.
fn holder_runs(holder: &LockInfo) -> bool {
    if !process_is_running(holder.pid) {
        return false;
    }
    match holder.started {
        Some(started) => start_time(holder.pid).is_none_or(|now| now == started),
        None => process_name(holder.pid)
            .is_none_or(|name| name == "kindred" || process_name(std::process::id()).is_some_and(|own| own == name)),
    }
}

/// When a process of this computer started, in clock ticks since boot (field 22 of
/// `/proc/PID/stat`), as [`LockInfo::started`] records it; `None` where the system does not say.
pub fn start_time(pid: u32) -> Option<u64> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The name (field 2) is in parentheses and may hold spaces; field 3 follows the last ')'.
    let (_, rest) = stat.rsplit_once(')')?;
    rest.split_whitespace().nth(22 - 3)?.parse().ok()
}

/// The name a process of this computer runs under (`/proc/PID/comm`); `None` where the system
/// does not say.
fn process_name(pid: u32) -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    fs::read_to_string(format!("/proc/{pid}/comm")).ok().map(|name| name.trim_end().to_owned())
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
        let parent = std::os::unix::process::parent_id();
        let holder = LockInfo { pid: parent, started: start_time(parent), ..LockInfo::here() };
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
        assert!(matches!(take_over(&ws, Some(&info)).expect("io"), LockOutcome::Acquired(_)));
    }

    #[test]
    fn the_holder_is_named_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let holder = LockInfo {
            pid: 4242,
            host: "kontor-pc".into(),
            user: "mette".into(),
            since: "2026-11-22T14:05:00+01:00".into(),
            started: None,
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
    fn why_a_lock_cannot_be_read_is_worded_when_shown_in_the_language_of_the_moment() {
        use crate::i18n::{Lang, set_language};
        // A workspace stays read-only for it while the language may change.
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        fs::write(lock_path(&ws), "garbage").expect("write");
        set_language(Lang::En);
        let LockOutcome::Unreadable(reason) = acquire(&ws).expect("io") else { panic!("expected Unreadable") };
        let lock = lock_path(&ws).display().to_string();
        set_language(Lang::Da);
        assert!(reason.to_string().starts_with(&format!("{lock}: låsefilen er beskadiget (")), "{reason}");
        set_language(Lang::Nb);
        assert!(reason.to_string().starts_with(&format!("{lock}: låsefilen er skadet (")), "{reason}");
        set_language(Lang::En);
        #[cfg(unix)]
        {
            fs::remove_file(lock_path(&ws)).expect("remove");
            std::os::unix::fs::symlink(dir.path().join("elsewhere"), lock_path(&ws)).expect("link");
            let reason = read_lock(&lock_path(&ws)).expect_err("a link");
            set_language(Lang::Da);
            assert_eq!(
                reason.to_string(),
                format!("{lock}: låsefilen kan ikke læses (det er et symbolsk link, ikke en fil)")
            );
            set_language(Lang::En);
        }
    }

    #[test]
    fn a_damaged_lock_file_is_reported() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        fs::write(lock_path(&ws), "garbage").expect("write");
        assert!(matches!(acquire(&ws).expect("io"), LockOutcome::Unreadable(_)));
    }

    #[test]
    fn a_damaged_lock_says_how_to_clear_it() {
        // An empty lock, as a full disk left one in earlier versions.
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        fs::write(lock_path(&ws), "").expect("write");
        let LockOutcome::Unreadable(reason) = acquire(&ws).expect("io") else { panic!("expected Unreadable") };
        let reason = reason.to_string();
        let lock = lock_path(&ws).display().to_string();
        assert!(reason.starts_with(&format!("{lock}: the lock file is damaged (")), "{reason}");
        assert!(
            reason.ends_with(&format!(
                "if no Kindred has this workspace open, on this computer or another, delete {lock} and open the \
                 workspace again"
            )),
            "{reason}"
        );
    }

    /// The real disk, except that it has no hard links (as FAT and some network shares) and
    /// fills up after `room` writes.
    struct NoLinksFillingUp {
        room: usize,
    }

    impl super::super::save::RealDiskBut for NoLinksFillingUp {
        fn on_write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
            if self.room == 0 {
                // Half of it fits, as on a disk that fills up.
                RealDisk.write(file, &bytes[..bytes.len() / 2])?;
                return Err(io::Error::from_raw_os_error(28));
            }
            self.room -= 1;
            RealDisk.write(file, bytes)
        }
        fn on_link(&mut self, _from: &Path, _to: &Path) -> io::Result<()> {
            Err(io::Error::from_raw_os_error(1))
        }
    }

    #[test]
    fn a_lock_that_cannot_be_written_whole_is_not_left_behind() {
        use super::super::save::{FailingDisk, Step};
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let files = || fs::read_dir(dir.path()).expect("list").count();
        // The disk is full while the lock is written: no lock, no temporary file.
        for step in [Step::Create, Step::Write, Step::Sync] {
            let error = acquire_with(&mut FailingDisk::at(step, io::ErrorKind::StorageFull), &ws).expect_err("full");
            assert_eq!(error.raw_os_error(), Some(28), "{step:?}: {error}");
            assert_eq!(files(), 0, "{step:?} left a file behind");
        }
        // Without links the lock is written in place: it fills up there, and goes again.
        let error = acquire_with(&mut NoLinksFillingUp { room: 1 }, &ws).expect_err("full");
        assert_eq!(error.raw_os_error(), Some(28), "{error}");
        assert_eq!(files(), 0, "a half-written lock is removed");
        // With space again, the workspace is locked at once.
        let LockOutcome::Acquired(lock) = acquire_with(&mut NoLinksFillingUp { room: 9 }, &ws).expect("io") else {
            panic!("not acquired")
        };
        assert_eq!(read_lock(&lock_path(&ws)).expect("readable"), Some(lock.info().clone()));
        // Without links, a lock that is there stays: held, by this window or another program.
        assert!(matches!(acquire_with(&mut NoLinksFillingUp { room: 9 }, &ws).expect("io"), LockOutcome::HeldHere(_)));
        drop(lock);
        let parent = std::os::unix::process::parent_id();
        let holder = LockInfo { pid: parent, started: start_time(parent), ..LockInfo::here() };
        write_holder(&ws, &holder);
        match acquire_with(&mut NoLinksFillingUp { room: 9 }, &ws).expect("io") {
            LockOutcome::HeldHere(info) => assert_eq!(info, holder),
            other => panic!("expected HeldHere, got {other:?}"),
        }
        assert_eq!(read_lock(&lock_path(&ws)).expect("readable"), Some(holder));
    }

    #[test]
    fn a_lock_whose_process_id_now_belongs_to_another_start_is_taken_over() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let parent = std::os::unix::process::parent_id();
        let started = start_time(parent).expect("Linux says when a process started");
        assert_eq!(LockInfo::here().started, start_time(std::process::id()), "the lock records its start");
        // The process with that id runs, but started at another time: the id was given again.
        write_holder(&ws, &LockInfo { pid: parent, started: Some(started + 1), ..LockInfo::here() });
        let LockOutcome::Acquired(lock) = acquire(&ws).expect("io") else { panic!("not acquired") };
        drop(lock);
        write_holder(&ws, &LockInfo { pid: parent, started: Some(started), ..LockInfo::here() });
        assert!(matches!(acquire(&ws).expect("io"), LockOutcome::HeldHere(_)), "the same start: the holder");
    }

    #[test]
    fn a_lock_without_a_start_time_is_held_only_by_a_program_named_as_kindred() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        // An earlier version's lock file, without the start time, still reads.
        let old =
            format!("(pid: 4242, host: \"{}\", user: \"mette\", since: \"2026-11-22T14:05:00+01:00\")", this_host());
        fs::write(lock_path(&ws), &old).expect("write");
        assert_eq!(read_lock(&lock_path(&ws)).expect("readable").expect("there").started, None);
        // The system names a process after the file it runs: a link called `kindred` to
        // `sleep` runs as "kindred".
        let sleep = ["/bin/sleep", "/usr/bin/sleep"].into_iter().find(|p| Path::new(p).exists()).expect("sleep");
        let named = dir.path().join("kindred");
        std::os::unix::fs::symlink(sleep, &named).expect("link");
        for (program, held) in [(named.as_path(), true), (Path::new(sleep), false)] {
            let mut child = std::process::Command::new(program).arg("30").spawn().expect("runs");
            let holder = LockInfo { pid: child.id(), started: None, ..LockInfo::here() };
            // Until the system has replaced the forked test with the program, it has our name.
            let deadline = Instant::now() + Duration::from_secs(5);
            while process_name(child.id()).as_deref() != program.file_name().and_then(|n| n.to_str()) {
                assert!(Instant::now() < deadline, "the program did not start");
                std::thread::sleep(Duration::from_millis(2));
            }
            write_holder(&ws, &holder);
            let outcome = acquire(&ws).expect("io");
            let _ = child.kill();
            let _ = child.wait();
            match outcome {
                LockOutcome::HeldHere(info) if held => assert_eq!(info, holder),
                LockOutcome::Acquired(_) if !held => {}
                other => panic!("{program:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_person_takes_over_only_the_lock_they_were_shown() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let office = LockInfo { host: "laptop-at-the-office".into(), ..LockInfo::here() };
        write_holder(&ws, &office);
        let LockOutcome::HeldElsewhere(seen) = acquire(&ws).expect("io") else { panic!("expected HeldElsewhere") };
        // Meanwhile the office's laptop came back and its Kindred took its lock again.
        let again = LockInfo { pid: office.pid + 1, ..office.clone() };
        write_holder(&ws, &again);
        match take_over(&ws, Some(&seen)).expect("io") {
            LockOutcome::HeldElsewhere(info) => assert_eq!(info, again, "the new holder is shown"),
            other => panic!("expected HeldElsewhere, got {other:?}"),
        }
        assert_eq!(read_lock(&lock_path(&ws)).expect("readable"), Some(again.clone()), "not replaced");
        // A damaged lock the person saw is taken; one that became a proper lock since is not.
        fs::write(lock_path(&ws), "garbage").expect("write");
        let LockOutcome::Unreadable(_) = acquire(&ws).expect("io") else { panic!("expected Unreadable") };
        write_holder(&ws, &again);
        assert!(matches!(take_over(&ws, None).expect("io"), LockOutcome::HeldElsewhere(_)));
        fs::write(lock_path(&ws), "garbage").expect("write");
        let LockOutcome::Acquired(lock) = take_over(&ws, None).expect("io") else { panic!("not acquired") };
        assert_eq!(read_lock(&lock_path(&ws)).expect("readable").as_ref(), Some(lock.info()));
        // A lock gone by the time the person decides is simply taken.
        drop(lock);
        let LockOutcome::Acquired(_lock) = take_over(&ws, Some(&again)).expect("io") else { panic!("not acquired") };
    }

    #[test]
    fn a_lock_is_readable_by_those_who_may_read_the_workspace_and_no_one_else() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let mode = |path: &Path| fs::metadata(path).expect("there").permissions().mode() & 0o777;
        // A new workspace: the lock is the user's alone.
        let LockOutcome::Acquired(lock) = acquire(&ws).expect("io") else { panic!("not acquired") };
        assert_eq!(mode(&lock_path(&ws)), 0o600);
        drop(lock);
        for (workspace, expected) in [(0o600, 0o600), (0o640, 0o640), (0o666, 0o644), (0o400, 0o600)] {
            fs::write(&ws, "x").expect("write");
            fs::set_permissions(&ws, fs::Permissions::from_mode(workspace)).expect("chmod");
            let LockOutcome::Acquired(lock) = acquire(&ws).expect("io") else { panic!("not acquired") };
            assert_eq!(mode(&lock_path(&ws)), expected, "the lock of a {workspace:o} workspace");
            drop(lock);
            // And so is a lock taken over from a program that is gone.
            write_holder(&ws, &LockInfo { pid: u32::MAX - 7, ..LockInfo::here() });
            fs::set_permissions(lock_path(&ws), fs::Permissions::from_mode(0o666)).expect("chmod");
            let LockOutcome::Acquired(lock) = acquire(&ws).expect("io") else { panic!("not acquired") };
            assert_eq!(mode(&lock_path(&ws)), expected, "the taken lock of a {workspace:o} workspace");
            drop(lock);
            fs::remove_file(&ws).expect("remove");
        }
    }

    #[test]
    fn a_link_planted_at_the_lock_or_its_temporary_file_is_never_written_through() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = dir.path().join("w.kindred");
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "keep me").expect("write");
        // At the temporary file: locking fails with the reason; the victim is untouched.
        let temp = temp_path(&lock_path(&ws));
        std::os::unix::fs::symlink(&victim, &temp).expect("link");
        let error = acquire(&ws).expect_err("a link is in the way");
        let shown = temp.display().to_string();
        assert!(
            error.to_string().starts_with(&format!("{shown} is in the way: it is not a file Kindred left")),
            "{error}"
        );
        assert_eq!(fs::read_to_string(&victim).expect("read"), "keep me");
        assert!(!lock_path(&ws).exists());
        fs::remove_file(&temp).expect("remove the link");
        // At the lock itself: it cannot be read as a lock (the person decides), and taking it
        // over replaces the link, not what it points to.
        std::os::unix::fs::symlink(&victim, lock_path(&ws)).expect("link");
        let LockOutcome::Unreadable(_) = acquire(&ws).expect("io") else { panic!("expected Unreadable") };
        let LockOutcome::Acquired(_lock) = take_over(&ws, None).expect("io") else { panic!("not acquired") };
        assert_eq!(fs::read_to_string(&victim).expect("read"), "keep me");
        assert!(!fs::symlink_metadata(lock_path(&ws)).expect("there").file_type().is_symlink());
    }

    #[test]
    fn a_workspace_that_is_a_link_is_locked_beside_its_target() {
        let dir = tempfile::tempdir().expect("dir");
        let synced = dir.path().join("sync");
        fs::create_dir(&synced).expect("folder");
        let target = synced.join("shop.kindred");
        fs::write(&target, "x").expect("write");
        let link = dir.path().join("w.kindred");
        std::os::unix::fs::symlink("sync/shop.kindred", &link).expect("link");
        let LockOutcome::Acquired(lock) = acquire(&link).expect("io") else { panic!("not acquired") };
        assert!(synced.join("shop.kindred.lock").exists(), "beside the file itself");
        assert!(!dir.path().join("w.kindred.lock").exists());
        // The same file by its own name is the same workspace: held.
        assert!(matches!(acquire(&target).expect("io"), LockOutcome::HeldHere(_)));
        drop(lock);
        assert!(!synced.join("shop.kindred.lock").exists());
    }
}
