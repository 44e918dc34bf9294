//! The once-a-day record of reminders: which day a workspace last reminded on this computer.
//!
//! `kindred remind --notify` at login and the window both send the day's notification, and a
//! day must never remind twice, so each first *claims* the day. A claim is one file per
//! workspace and day in [`paths::state_folder`]`/reminded`, created exclusively (`create_new`):
//! of two programs claiming at once, one creates it and the other finds it there. The record
//! belongs to this computer, not to the workspace: another computer that opens the same
//! (synced) workspace reminds its own person. A workspace is known by its real path (links
//! resolved, canonical), hashed into the file's name; the file holds the path, for a person
//! who looks.

use super::paths;
use chrono::NaiveDate;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What claiming a day found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// The day is ours: nothing reminded of it here before.
    First,
    /// The workspace reminded on this day already.
    Already,
}

/// Claims `day` for reminding of the workspace at `workspace`. The records of earlier days of
/// the same workspace are removed on the way.
pub fn claim(workspace: &Path, day: NaiveDate) -> io::Result<Claim> {
    claim_in(&records_folder()?, workspace, day)
}

/// Gives back a claimed day (the reminder could not be sent), so that a later run may try.
pub fn release(workspace: &Path, day: NaiveDate) -> io::Result<()> {
    release_in(&records_folder()?, workspace, day)
}

/// Where the records are: `reminded` in the state folder.
fn records_folder() -> io::Result<PathBuf> {
    paths::state_folder()
        .map(|folder| folder.join("reminded"))
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no home folder to keep the record in"))
}

/// [`claim`] with the records in `folder`.
fn claim_in(folder: &Path, workspace: &Path, day: NaiveDate) -> io::Result<Claim> {
    let key = key(workspace)?;
    create_folder(folder)?;
    let file = folder.join(format!("{key}-{}", day.format("%Y-%m-%d")));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(&file) {
        Ok(mut record) => {
            let shown = paths::resolved(workspace);
            writeln!(record, "{}", shown.display())?;
            forget_other_days(folder, &key, &file);
            Ok(Claim::First)
        }
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Ok(Claim::Already),
        Err(error) => Err(error),
    }
}

/// [`release`] with the records in `folder`.
fn release_in(folder: &Path, workspace: &Path, day: NaiveDate) -> io::Result<()> {
    let key = key(workspace)?;
    match fs::remove_file(folder.join(format!("{key}-{}", day.format("%Y-%m-%d")))) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// The workspace's key among the records: its real path, hashed.
fn key(workspace: &Path) -> io::Result<String> {
    let real = fs::canonicalize(paths::resolved(workspace))?;
    Ok(format!("{:016x}", super::content_hash(real.as_os_str().as_encoded_bytes())))
}

fn create_folder(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)
}

/// Removes the workspace's records of days other than `kept`; what cannot be removed stays
/// (a stale record only ever holds back an earlier day).
fn forget_other_days(folder: &Path, key: &str, kept: &Path) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    let prefix = format!("{key}-");
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = entry.file_name().to_str().is_some_and(|name| name.starts_with(&prefix));
        if ours && path != kept {
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_claimed_once_per_workspace_and_given_back_when_nothing_was_sent() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let dir = dir.path();
        let records = dir.join("state/reminded");
        let (shop, cafe) = (dir.join("shop.kindred"), dir.join("cafe.kindred"));
        fs::write(&shop, "x").expect("written");
        fs::write(&cafe, "x").expect("written");
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let claim = |path: &Path, day| claim_in(&records, path, day).expect("claimed");
        assert_eq!(claim(&shop, day), Claim::First);
        assert_eq!(claim(&shop, day), Claim::Already);
        assert_eq!(claim(&dir.join(".").join("shop.kindred"), day), Claim::Already, "one file, one record");
        assert_eq!(claim(&cafe, day), Claim::First, "another workspace");
        release_in(&records, &shop, day).expect("released");
        assert_eq!(claim(&shop, day), Claim::First);
        let next = day.succ_opt().expect("a day");
        assert_eq!(claim(&shop, next), Claim::First);
        assert_eq!(fs::read_dir(&records).expect("the folder").count(), 2, "the shop's earlier day is forgotten");
        assert!(claim_in(&records, &dir.join("missing.kindred"), day).is_err(), "no workspace, no record");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&records).expect("the folder").permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "the records are the user's alone");
        }
    }
}
