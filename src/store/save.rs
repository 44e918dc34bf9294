//! Atomic save: the file on disk is always either the old or the new version, never a mix.
//!
//! The steps: write a temporary file in the same folder, sync it, keep the current file as
//! backup 1 (rotating the older backups), rename the temporary file over the target, sync the
//! folder. A failure at any step leaves the target as it was and removes the temporary file.
//! The disk is reached through [`Disk`] so that tests can make any step fail.
//!
//! What a save writes is never reached through a symbolic link or someone else's file: the
//! temporary file and a copied backup are created exclusively (a link or file in their place
//! stops the save with the reason), and a rename replaces a link rather than writing through
//! it. A workspace (or export) whose own path is a link is saved to the link's target, the link
//! kept; see [`FileKind`]. On Unix the new version keeps the replaced file's mode and, where
//! the system allows, its owner; what Kindred creates beside it is readable only by the user.

use super::paths::{backup_path, temp_path};
use crate::t;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What a save writes, which decides where a symbolic link leads and who may read the result
/// (on Unix; elsewhere the system's defaults apply).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A workspace (or the person's own settings): saved through a symbolic link to its
    /// target, the link kept. The new version keeps the file's mode (a read-only `0444` file
    /// stays read-only) and owner; a new file is readable only by the user (`0600`).
    Workspace,
    /// A file for other programs (an export): like a workspace, except that a new file gets
    /// the system's default mode (the umask's), as any program's would.
    Export,
    /// A file Kindred keeps beside a workspace (the recovery file, a rewritten backup, a copy
    /// of another's version): never through a link (a link in its place is replaced, what it
    /// points to untouched) and always readable only by the user.
    Companion,
}

/// One step of a save, named in error messages and used to inject faults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Create,
    Write,
    Sync,
    Backup,
    Rename,
    SyncFolder,
}

impl Step {
    pub const ALL: [Step; 6] = [Step::Create, Step::Write, Step::Sync, Step::Backup, Step::Rename, Step::SyncFolder];

    /// What the step does, in the thread's language: "creating the temporary file".
    fn doing(self) -> String {
        match self {
            Step::Create => t!("error-save-step-create"),
            Step::Write => t!("error-save-step-write"),
            Step::Sync => t!("error-save-step-sync"),
            Step::Backup => t!("error-save-step-backup"),
            Step::Rename => t!("error-save-step-rename"),
            Step::SyncFolder => t!("error-save-step-sync-folder"),
        }
    }
}

/// The file operations a save needs.
pub trait Disk {
    /// Creates a new file for writing, exclusively: fails when anything (a file, a link) is
    /// already at `path`. On Unix it is readable only by the user.
    fn create(&mut self, path: &Path) -> io::Result<File>;
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    fn sync(&mut self, file: &File) -> io::Result<()>;
    /// Keeps `current` as `backup` (which does not exist).
    fn backup(&mut self, current: &Path, backup: &Path) -> io::Result<()>;
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    fn sync_folder(&mut self, folder: &Path) -> io::Result<()>;
    /// Makes `to` (which does not exist) a second name of `from` (a hard link): how a lock
    /// file is put in place whole or not at all.
    fn link(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        fs::hard_link(from, to)
    }
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn create(&mut self, path: &Path) -> io::Result<File> {
        // `create_new` fails on anything already there, a symbolic link included (even one
        // pointing nowhere): the file written is always one this save made.
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(path)
    }

    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync(&mut self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn backup(&mut self, current: &Path, backup: &Path) -> io::Result<()> {
        // A hard link costs nothing and cannot be half-written, but it is the file itself,
        // with its mode: it is used when only the user may read the file. Otherwise, and where
        // the file system has no links (FAT, some network shares), the backup is a copy made
        // like the temporary file (new, only the user's) and synced.
        if is_private(current) {
            match fs::hard_link(current, backup) {
                Ok(()) => return Ok(()),
                // Something is in the backup's place after all: not ours to write through.
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => return Err(error),
                Err(_) => {}
            }
        }
        let mut from = File::open(current)?;
        let mut to = self.create(backup)?;
        let copied = io::copy(&mut from, &mut to).and_then(|_| to.sync_all());
        if copied.is_err() {
            drop(to);
            let _ = fs::remove_file(backup);
        }
        copied
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_folder(&mut self, folder: &Path) -> io::Result<()> {
        sync_folder(folder)
    }
}

/// Whether only the user may read the file at `path` (always so where there are no modes).
fn is_private(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        true
    }
}

/// Gives an open file `mode` (on Unix; nothing elsewhere), when it has another.
pub(super) fn set_mode(file: &File, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if file.metadata()?.permissions().mode() & 0o7777 != mode {
            file.set_permissions(fs::Permissions::from_mode(mode))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (file, mode);
    Ok(())
}

/// Removes a temporary file of this process id that an earlier process with the same id left
/// (killed in the middle of a save), so that the file can be created anew — only when it is a
/// plain file: a link or a folder there is left alone, and creating the file then fails.
pub(super) fn remove_own_leftover(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_file() => fs::remove_file(path),
        _ => Ok(()),
    }
}

/// The error of a file that could not be created because something not Kindred's is at its
/// path (a link, a folder, another program's file).
pub(super) fn in_the_way(path: &Path) -> io::Error {
    io::Error::other(t!("error-in-the-way", path = path.display().to_string()))
}

/// Gives the new version of a file the replaced version's mode and, where the system allows
/// it (a user may not give a file away; root may), its owner and group — or, for a new file,
/// the mode its kind says.
fn keep_access(file: &File, kind: FileKind, replaced: Option<&fs::Metadata>) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, fchown};
        let mode = match (kind, replaced) {
            // Created readable only by the user, and so it stays.
            (FileKind::Companion, _) | (FileKind::Workspace, None) => return Ok(()),
            (_, Some(old)) => {
                let now = file.metadata()?;
                if (now.uid(), now.gid()) != (old.uid(), old.gid()) {
                    // Failing to keep the owner is not a reason to lose a save: the user who
                    // saves owns the new version then, as with any editor.
                    let _ =
                        fchown(file, Some(old.uid()), Some(old.gid())).or_else(|_| fchown(file, None, Some(old.gid())));
                }
                old.mode() & 0o777
            }
            (FileKind::Export, None) => 0o666 & !umask(),
        };
        set_mode(file, mode)
    }
    #[cfg(not(unix))]
    {
        let _ = (file, kind, replaced);
        Ok(())
    }
}

/// The process's umask (Linux says it in `/proc/self/status`; elsewhere the common `022`).
#[cfg(unix)]
fn umask() -> u32 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find_map(|line| line.strip_prefix("Umask:"))?;
            u32::from_str_radix(line.trim(), 8).ok()
        })
        .unwrap_or(0o022)
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    // Windows has no way to sync a directory; its rename is already durable on NTFS.
    Ok(())
}

/// The real disk, but one step fails: to test that every failure leaves the old file intact.
#[derive(Clone, Debug)]
pub struct FailingDisk {
    pub fail_at: Step,
    pub error: io::ErrorKind,
}

impl FailingDisk {
    /// Fails at `step` with an error of `kind`.
    pub fn at(step: Step, kind: io::ErrorKind) -> Self {
        Self { fail_at: step, error: kind }
    }

    fn check(&self, step: Step) -> io::Result<()> {
        if step != self.fail_at {
            return Ok(());
        }
        // The system's own error where there is one for the kind, so that it is reported just
        // as the real failure would be ("the disk is full (os error 28)").
        Err(match os_code(self.error) {
            Some(code) => io::Error::from_raw_os_error(code),
            None => io::Error::new(self.error, format!("injected failure while {}", step.doing())),
        })
    }
}

/// The Unix error number of the errors a save commonly meets.
fn os_code(kind: io::ErrorKind) -> Option<i32> {
    if !cfg!(unix) {
        return None;
    }
    match kind {
        io::ErrorKind::PermissionDenied => Some(13),
        io::ErrorKind::StorageFull => Some(28),
        io::ErrorKind::ReadOnlyFilesystem => Some(30),
        io::ErrorKind::QuotaExceeded => Some(122),
        _ => None,
    }
}

impl Disk for FailingDisk {
    fn create(&mut self, path: &Path) -> io::Result<File> {
        self.check(Step::Create)?;
        RealDisk.create(path)
    }

    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.fail_at == Step::Write {
            // Fail half-way, as a full disk does.
            RealDisk.write(file, &bytes[..bytes.len() / 2])?;
        }
        self.check(Step::Write)?;
        RealDisk.write(file, bytes)
    }

    fn sync(&mut self, file: &File) -> io::Result<()> {
        self.check(Step::Sync)?;
        RealDisk.sync(file)
    }

    fn backup(&mut self, current: &Path, backup: &Path) -> io::Result<()> {
        self.check(Step::Backup)?;
        RealDisk.backup(current, backup)
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Step::Rename)?;
        RealDisk.rename(from, to)
    }

    fn sync_folder(&mut self, folder: &Path) -> io::Result<()> {
        self.check(Step::SyncFolder)?;
        RealDisk.sync_folder(folder)
    }
}

/// A save that did not happen (or, at [`Step::SyncFolder`], may not be durable yet). Shown in
/// the language of the thread that shows it.
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub step: Step,
    pub source: io::Error,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let outcome =
            if self.step == Step::SyncFolder { t!("error-save-not-durable") } else { t!("error-save-unchanged") };
        // Refused before anything was written: the reason, not a failed step.
        if let Some(reason) = self.source.get_ref().and_then(|e| e.downcast_ref::<super::TooLargeToOpen>()) {
            let path = self.path.display().to_string();
            let text = t!("error-save-refused", path = path, reason = reason.to_string(), outcome = outcome);
            return f.write_str(&text);
        }
        let text = t!(
            "error-save-failed",
            path = self.path.display().to_string(),
            step = self.step.doing(),
            error = super::io_reason(&self.source),
            outcome = outcome
        );
        f.write_str(&text)
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Writes `bytes` to `target` atomically as a [`FileKind::Workspace`], keeping up to `backups`
/// earlier versions.
pub fn save_atomic(disk: &mut dyn Disk, target: &Path, bytes: &[u8], backups: usize) -> Result<(), SaveError> {
    save_file(disk, target, bytes, backups, FileKind::Workspace)
}

/// Writes `bytes` to `target` atomically, keeping up to `backups` earlier versions, as `kind`
/// says (through a link or not, with which mode).
pub fn save_file(
    disk: &mut dyn Disk,
    target: &Path,
    bytes: &[u8],
    backups: usize,
    kind: FileKind,
) -> Result<(), SaveError> {
    save_file_with(disk, target, backups, kind, &mut |disk, file| disk.write(file, bytes))
}

/// [`save_file`] with what the file holds written by `fill` into the new file (through the
/// disk, as it is made): an error of `fill` leaves `target` as it was.
pub fn save_file_with(
    disk: &mut dyn Disk,
    target: &Path,
    backups: usize,
    kind: FileKind,
    fill: &mut dyn FnMut(&mut dyn Disk, &mut File) -> io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |step, source| SaveError { path: target.to_path_buf(), step, source };
    // The file really replaced: a workspace's or export's link leads to it.
    let real = if kind == FileKind::Companion { target.to_path_buf() } else { super::paths::resolved(target) };
    let there = fs::symlink_metadata(&real).ok();
    if kind != FileKind::Companion && there.as_ref().is_some_and(|m| m.file_type().is_symlink()) {
        // A link that leads nowhere it can be followed (a loop): refused, never replaced.
        let error = fs::metadata(&real).err().unwrap_or_else(|| io::ErrorKind::InvalidInput.into());
        return Err(fail(Step::Create, error));
    }
    let replaced = there.filter(fs::Metadata::is_file);
    let temp = temp_path(&real);
    let result = write_temp(disk, &temp, fill, kind, replaced.as_ref());
    let result = result.and_then(|()| {
        if backups > 0 && replaced.is_some() {
            rotate_backups(disk, &real, backups).map_err(|e| (Step::Backup, e))?;
        }
        disk.rename(&temp, &real).map_err(|e| (Step::Rename, e))
    });
    if let Err((step, source)) = result {
        // The temporary file is useless now; removing it is a courtesy that may fail too. When
        // it could not be created, what is in its place is not ours.
        if step != Step::Create || !matches!(source.kind(), io::ErrorKind::AlreadyExists) {
            let _ = remove_own_leftover(&temp);
        }
        let source = match source.kind() {
            io::ErrorKind::AlreadyExists if step == Step::Create => in_the_way(&temp),
            _ => source,
        };
        return Err(fail(step, source));
    }
    let folder = match real.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    disk.sync_folder(folder).map_err(|source| fail(Step::SyncFolder, source))
}

fn write_temp(
    disk: &mut dyn Disk,
    temp: &Path,
    fill: &mut dyn FnMut(&mut dyn Disk, &mut File) -> io::Result<()>,
    kind: FileKind,
    replaced: Option<&fs::Metadata>,
) -> Result<(), (Step, io::Error)> {
    remove_own_leftover(temp).map_err(|e| (Step::Create, e))?;
    let mut file = disk.create(temp).map_err(|e| (Step::Create, e))?;
    // Before a byte is written: the file never says more to anyone than the old one did.
    keep_access(&file, kind, replaced).map_err(|e| (Step::Write, e))?;
    fill(disk, &mut file).map_err(|e| (Step::Write, e))?;
    disk.sync(&file).map_err(|e| (Step::Sync, e))
}

fn rotate_backups(disk: &mut dyn Disk, target: &Path, backups: usize) -> io::Result<()> {
    shift_backups(target, backups)?;
    disk.backup(target, &backup_path(target, 1))
}

/// Moves each backup one place older (backup 1 becomes 2 …), forgetting the oldest, so that
/// backup 1 is free.
pub(super) fn shift_backups(target: &Path, backups: usize) -> io::Result<()> {
    // `symlink_metadata`: a link among the backups is moved or removed itself, never followed.
    let there = |path: &Path| fs::symlink_metadata(path).is_ok();
    let oldest = backup_path(target, backups);
    if there(&oldest) {
        fs::remove_file(&oldest)?;
    }
    for n in (1..backups).rev() {
        let from = backup_path(target, n);
        if there(&from) {
            fs::rename(&from, backup_path(target, n + 1))?;
        }
    }
    Ok(())
}

/// The real disk with a few of its steps watched or changed, for tests: a test's disk says only
/// what differs ([`Disk`] for it forwards everything else to [`RealDisk`]).
#[cfg(test)]
pub(crate) trait RealDiskBut {
    fn on_write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        RealDisk.write(file, bytes)
    }
    fn on_sync(&mut self, file: &File) -> io::Result<()> {
        RealDisk.sync(file)
    }
    fn on_link(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.link(from, to)
    }
}

#[cfg(test)]
impl<T: RealDiskBut> Disk for T {
    fn create(&mut self, path: &Path) -> io::Result<File> {
        RealDisk.create(path)
    }
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        self.on_write(file, bytes)
    }
    fn sync(&mut self, file: &File) -> io::Result<()> {
        self.on_sync(file)
    }
    fn backup(&mut self, current: &Path, backup: &Path) -> io::Result<()> {
        RealDisk.backup(current, backup)
    }
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename(from, to)
    }
    fn sync_folder(&mut self, folder: &Path) -> io::Result<()> {
        RealDisk.sync_folder(folder)
    }
    fn link(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.on_link(from, to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failing_step_before_the_rename_keeps_the_old_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("w.kindred");
        fs::write(&target, b"old").expect("write");
        for step in [Step::Create, Step::Write, Step::Sync, Step::Backup, Step::Rename] {
            let mut disk = FailingDisk { fail_at: step, error: io::ErrorKind::StorageFull };
            let error = save_atomic(&mut disk, &target, b"new version", 5).expect_err("fails");
            assert_eq!(error.step, step);
            assert_eq!(fs::read(&target).expect("read"), b"old", "{step:?}");
            assert!(!temp_path(&target).exists(), "temporary file left after {step:?}");
            assert!(error.to_string().contains("unchanged"), "{error}");
        }
    }

    #[test]
    fn backups_rotate_and_keep_five() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("w.kindred");
        for version in 0..8 {
            save_atomic(&mut RealDisk, &target, format!("v{version}").as_bytes(), 5).expect("saves");
        }
        assert_eq!(fs::read_to_string(&target).expect("read"), "v7");
        for n in 1..=5 {
            assert_eq!(fs::read_to_string(backup_path(&target, n)).expect("backup"), format!("v{}", 7 - n));
        }
        assert!(!backup_path(&target, 6).exists());
    }

    #[test]
    fn a_backup_is_not_changed_by_the_next_save() {
        // The backup is a hard link to the old file; the rename must replace the link, not
        // write through it.
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("w.kindred");
        save_atomic(&mut RealDisk, &target, b"one", 5).expect("saves");
        save_atomic(&mut RealDisk, &target, b"two", 5).expect("saves");
        save_atomic(&mut RealDisk, &target, b"three", 5).expect("saves");
        assert_eq!(fs::read(backup_path(&target, 1)).expect("read"), b"two");
        assert_eq!(fs::read(backup_path(&target, 2)).expect("read"), b"one");
    }

    /// The permission bits of a file (not following a link).
    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::symlink_metadata(path).expect("there").permissions().mode() & 0o7777
    }

    #[cfg(unix)]
    fn chmod(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
    }

    /// The real disk, noting the temporary file's mode when its bytes are written.
    #[cfg(unix)]
    struct Watching(Vec<u32>);

    #[cfg(unix)]
    impl RealDiskBut for Watching {
        fn on_write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
            use std::os::unix::fs::PermissionsExt;
            self.0.push(file.metadata()?.permissions().mode() & 0o7777);
            RealDisk.write(file, bytes)
        }
    }

    #[test]
    #[cfg(unix)]
    fn a_save_keeps_the_files_mode_and_what_it_creates_is_the_users_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("w.kindred");
        // A new workspace is the user's alone, from its first byte.
        let mut disk = Watching(Vec::new());
        save_atomic(&mut disk, &target, b"one", 5).expect("saves");
        assert_eq!((mode(&target), disk.0.as_slice()), (0o600, &[0o600][..]));
        // Each mode the person gave the file stays; a read-only file stays read-only (the
        // folder may be written, so the save itself goes ahead).
        for given in [0o600, 0o640, 0o644, 0o664, 0o444, 0o400, 0o755] {
            chmod(&target, given);
            let before = fs::read(&target).expect("read");
            let mut disk = Watching(Vec::new());
            save_atomic(&mut disk, &target, format!("{given:o}").as_bytes(), 5).expect("saves");
            assert_eq!(fs::read_to_string(&target).expect("read"), format!("{given:o}"));
            assert_eq!(mode(&target), given, "a {given:o} file");
            assert_eq!(disk.0, [given], "the temporary file of a {given:o} file, when written");
            // Backup 1, the version replaced, is the user's alone: a copy, when the file was
            // readable by others; the file itself (a hard link, its mode) when it was not.
            let private = if given & 0o077 == 0 { given } else { 0o600 };
            assert_eq!(mode(&backup_path(&target, 1)), private, "backup of a {given:o} file");
            assert_eq!(fs::read(backup_path(&target, 1)).expect("read"), before, "the very bytes replaced");
        }
        // The recovery file and other companions are the user's alone, whatever was there.
        let recovery = dir.path().join("w.kindred.recovery");
        fs::write(&recovery, "old").expect("write");
        chmod(&recovery, 0o644);
        save_file(&mut RealDisk, &recovery, b"work", 0, FileKind::Companion).expect("saves");
        assert_eq!(mode(&recovery), 0o600);
        // An export is a file like any program's: new, it gets the umask's mode; existing, it
        // keeps its own.
        let export = dir.path().join("people.csv");
        save_file(&mut RealDisk, &export, b"a", 0, FileKind::Export).expect("saves");
        assert_eq!(mode(&export), 0o666 & !umask());
        chmod(&export, 0o640);
        save_file(&mut RealDisk, &export, b"b", 0, FileKind::Export).expect("saves");
        assert_eq!(mode(&export), 0o640);
    }

    #[test]
    #[cfg(unix)]
    fn a_save_keeps_the_files_owner_where_the_system_allows_it() {
        use std::os::unix::fs::{MetadataExt, chown};
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("w.kindred");
        save_atomic(&mut RealDisk, &target, b"one", 5).expect("saves");
        let own = fs::metadata(&target).expect("there");
        // Root may give a file away (and the tests run as root in CI); a user may not, and then
        // the save goes ahead with the user as owner.
        let given = if own.uid() == 0 { (65534, 65534) } else { (own.uid(), own.gid()) };
        chown(&target, Some(given.0), Some(given.1)).expect("chown");
        chmod(&target, 0o640);
        save_atomic(&mut RealDisk, &target, b"two", 5).expect("saves");
        let now = fs::metadata(&target).expect("there");
        assert_eq!((now.uid(), now.gid(), now.mode() & 0o777), (given.0, given.1, 0o640));
        assert_eq!(fs::read(&target).expect("read"), b"two");
    }

    #[test]
    #[cfg(unix)]
    fn a_link_at_the_temporary_files_name_is_never_written_through() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("w.kindred");
        let victim = dir.path().join("victim.txt");
        fs::write(&target, "old").expect("write");
        fs::write(&victim, "keep me").expect("write");
        let temp = temp_path(&target);
        for planted in [victim.clone(), dir.path().join("nowhere")] {
            std::os::unix::fs::symlink(&planted, &temp).expect("link");
            let error = save_atomic(&mut RealDisk, &target, b"new", 5).expect_err("refused");
            assert_eq!(error.step, Step::Create);
            let shown = temp.display().to_string();
            assert!(
                error.to_string().contains(&format!("{shown} is in the way: it is not a file Kindred left")),
                "{error}"
            );
            assert!(error.to_string().ends_with("(the file on disk is unchanged)"), "{error}");
            assert_eq!(fs::read_to_string(&victim).expect("read"), "keep me");
            assert!(!dir.path().join("nowhere").exists(), "a link to nowhere creates nothing there");
            assert_eq!(fs::read_to_string(&target).expect("read"), "old");
            assert!(fs::symlink_metadata(&temp).expect("there").file_type().is_symlink(), "not ours to remove");
            fs::remove_file(&temp).expect("remove the link");
        }
        // A plain file there is a leftover of a killed save by a process of this id: replaced.
        fs::write(&temp, "half a save").expect("write");
        save_atomic(&mut RealDisk, &target, b"new", 5).expect("saves");
        assert_eq!(fs::read_to_string(&target).expect("read"), "new");
        assert!(!temp.exists());
    }

    #[test]
    #[cfg(unix)]
    fn a_workspace_that_is_a_link_is_saved_to_its_target_and_stays_a_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let synced = dir.path().join("Sync");
        fs::create_dir(&synced).expect("folder");
        let real = synced.join("shop.kindred");
        fs::write(&real, "one").expect("write");
        chmod(&real, 0o640);
        let link = dir.path().join("w.kindred");
        std::os::unix::fs::symlink("Sync/shop.kindred", &link).expect("link");
        // A link to a link, too.
        let again = dir.path().join("again.kindred");
        std::os::unix::fs::symlink(&link, &again).expect("link");
        save_atomic(&mut RealDisk, &link, b"two", 5).expect("saves");
        save_atomic(&mut RealDisk, &again, b"three", 5).expect("saves");
        for path in [&link, &again] {
            assert!(fs::symlink_metadata(path).expect("there").file_type().is_symlink(), "{path:?} stays a link");
        }
        assert_eq!(fs::read_to_string(&real).expect("read"), "three");
        assert_eq!(mode(&real), 0o640);
        assert_eq!(fs::read_to_string(synced.join("shop.kindred.bak1")).expect("read"), "two");
        assert_eq!(fs::read_to_string(synced.join("shop.kindred.bak2")).expect("read"), "one");
        let beside_link: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(beside_link.len(), 3, "nothing beside the links: {beside_link:?}");
        assert_eq!(fs::read_dir(&synced).expect("list").count(), 3, "the file and two backups");
        // Links in a loop lead nowhere: refused with the system's reason, and left as they are.
        let (one, two) = (dir.path().join("one.kindred"), dir.path().join("two.kindred"));
        std::os::unix::fs::symlink(&two, &one).expect("link");
        std::os::unix::fs::symlink(&one, &two).expect("link");
        let error = save_atomic(&mut RealDisk, &one, b"lost", 5).expect_err("refused");
        assert!(error.to_string().contains("symbolic links"), "{error}");
        assert!(fs::symlink_metadata(&one).expect("there").file_type().is_symlink());
        fs::remove_file(&one).expect("remove");
        fs::remove_file(&two).expect("remove");
        // A link to a file not there yet: the file is made there.
        let fresh = dir.path().join("fresh.kindred");
        std::os::unix::fs::symlink("Sync/new.kindred", &fresh).expect("link");
        save_atomic(&mut RealDisk, &fresh, b"first", 5).expect("saves");
        assert_eq!(fs::read_to_string(synced.join("new.kindred")).expect("read"), "first");
        assert!(fs::symlink_metadata(&fresh).expect("there").file_type().is_symlink());
    }

    #[test]
    #[cfg(unix)]
    fn a_link_in_a_companions_place_is_replaced_not_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let recovery = dir.path().join("w.kindred.recovery");
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "keep me").expect("write");
        std::os::unix::fs::symlink(&victim, &recovery).expect("link");
        save_file(&mut RealDisk, &recovery, b"work", 0, FileKind::Companion).expect("saves");
        assert_eq!(fs::read_to_string(&victim).expect("read"), "keep me");
        assert!(fs::symlink_metadata(&recovery).expect("there").file_type().is_file());
        assert_eq!(fs::read_to_string(&recovery).expect("read"), "work");
    }
}

#[cfg(test)]
mod language_tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    fn failure(step: Step, kind: io::ErrorKind, code: Option<i32>) -> SaveError {
        let source = code.map_or_else(|| io::Error::new(kind, "test"), io::Error::from_raw_os_error);
        SaveError { path: PathBuf::from("butik.kindred"), step, source }
    }

    #[test]
    fn a_failed_save_names_its_step_and_outcome_in_the_language() {
        // ENOSPC and EACCES: the system's own errors are worded too.
        set_language(Lang::Da);
        assert_eq!(
            failure(Step::Create, io::ErrorKind::StorageFull, Some(28)).to_string(),
            "butik.kindred: kunne ikke gemmes: oprettelsen af den midlertidige fil mislykkedes: \
             disken er fuld (systemfejl 28) (filen på disken er uændret)"
        );
        set_language(Lang::Nb);
        assert_eq!(
            failure(Step::SyncFolder, io::ErrorKind::PermissionDenied, Some(13)).to_string(),
            "butik.kindred: kunne ikke lagres: overføringen av mappen til disken mislyktes: ingen tilgang \
             (systemfeil 13) (den nye versjonen er på plass, men overlever kanskje ikke et strømbrudd)"
        );
        set_language(Lang::En);
        assert_eq!(
            failure(Step::Rename, io::ErrorKind::Other, None).to_string(),
            "butik.kindred: could not save: replacing the file with the new version failed: test \
             (the file on disk is unchanged)"
        );
    }
}
