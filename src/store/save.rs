//! Atomic save: the file on disk is always either the old or the new version, never a mix.
//!
//! The steps: write a temporary file in the same folder, sync it, keep the current file as
//! backup 1 (rotating the older backups), rename the temporary file over the target, sync the
//! folder. A failure at any step leaves the target as it was and removes the temporary file.
//! The disk is reached through [`Disk`] so that tests can make any step fail.

use super::paths::{backup_path, temp_path};
use crate::t;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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
    fn create(&mut self, path: &Path) -> io::Result<File>;
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    fn sync(&mut self, file: &File) -> io::Result<()>;
    /// Keeps `current` as `backup` (which does not exist).
    fn backup(&mut self, current: &Path, backup: &Path) -> io::Result<()>;
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    fn sync_folder(&mut self, folder: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn create(&mut self, path: &Path) -> io::Result<File> {
        // A leftover from a crashed save of this same process id is ours to replace.
        OpenOptions::new().write(true).create(true).truncate(true).open(path)
    }

    fn write(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync(&mut self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn backup(&mut self, current: &Path, backup: &Path) -> io::Result<()> {
        // A hard link costs nothing and cannot be half-written; where the file system has
        // none (FAT, some network shares), copy and sync instead.
        if fs::hard_link(current, backup).is_ok() {
            return Ok(());
        }
        fs::copy(current, backup)?;
        File::open(backup)?.sync_all()
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_folder(&mut self, folder: &Path) -> io::Result<()> {
        sync_folder(folder)
    }
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

/// Writes `bytes` to `target` atomically, keeping up to `backups` earlier versions.
pub fn save_atomic(disk: &mut dyn Disk, target: &Path, bytes: &[u8], backups: usize) -> Result<(), SaveError> {
    let fail = |step, source| SaveError { path: target.to_path_buf(), step, source };
    let temp = temp_path(target);
    let result = write_temp(disk, &temp, bytes);
    let result = result.and_then(|()| {
        if backups > 0 && target.exists() {
            rotate_backups(disk, target, backups).map_err(|e| (Step::Backup, e))?;
        }
        disk.rename(&temp, target).map_err(|e| (Step::Rename, e))
    });
    if let Err((step, source)) = result {
        // The temporary file is useless now; removing it is a courtesy that may fail too.
        let _ = fs::remove_file(&temp);
        return Err(fail(step, source));
    }
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    disk.sync_folder(folder).map_err(|source| fail(Step::SyncFolder, source))
}

fn write_temp(disk: &mut dyn Disk, temp: &Path, bytes: &[u8]) -> Result<(), (Step, io::Error)> {
    let mut file = disk.create(temp).map_err(|e| (Step::Create, e))?;
    disk.write(&mut file, bytes).map_err(|e| (Step::Write, e))?;
    disk.sync(&file).map_err(|e| (Step::Sync, e))
}

fn rotate_backups(disk: &mut dyn Disk, target: &Path, backups: usize) -> io::Result<()> {
    let oldest = backup_path(target, backups);
    if oldest.exists() {
        fs::remove_file(&oldest)?;
    }
    for n in (1..backups).rev() {
        let from = backup_path(target, n);
        if from.exists() {
            fs::rename(&from, backup_path(target, n + 1))?;
        }
    }
    disk.backup(target, &backup_path(target, 1))
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
