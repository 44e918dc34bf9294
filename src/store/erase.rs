//! Rewriting a workspace's backups: erasing a person from them, and encrypting or decrypting
//! them when the workspace's passphrase changes. The workspace file itself is saved by the
//! caller first; that save removes the recovery file, so it is not rewritten here.

use super::crypt::Passphrase;
use super::paths::{BACKUPS, backup_path};
use super::save::{FileKind, RealDisk, save_file};
use crate::model::{PersonId, Workspace};
use std::fs;
use std::path::{Path, PathBuf};

/// What rewriting the companion files did, file by file.
#[derive(Debug, Default)]
pub struct Companions {
    /// Files rewritten (without the person; with the new passphrase).
    pub cleaned: Vec<PathBuf>,
    /// Files that needed nothing (did not hold the person: written before they were added).
    pub without: Vec<PathBuf>,
    /// Files that could not be read or rewritten, with why: the person may still be in them.
    pub failed: Vec<(PathBuf, String)>,
}

/// The backups of `workspace` that exist, newest first.
pub fn backup_files(workspace: &Path) -> Vec<PathBuf> {
    (1..=BACKUPS).map(|n| backup_path(workspace, n)).filter(|path| path.exists()).collect()
}

/// Rewrites each backup of `workspace` without the person, each
/// atomically (a file is either as it was or without the person, never half-written), with
/// the workspace's passphrase if it has one.
pub fn erase_from_companions(workspace: &Path, id: PersonId, passphrase: Option<&Passphrase>) -> Companions {
    rewrite_companions(workspace, passphrase, passphrase, |ws| ws.erase_person(id).is_some())
}

/// Rewrites each backup with the workspace's new passphrase (encrypted
/// with `new`, or plain when `None`), after the workspace itself was saved so. A file that
/// `old` does not open is reported, not touched.
pub fn reseal_companions(workspace: &Path, old: Option<&Passphrase>, new: Option<&Passphrase>) -> Companions {
    rewrite_companions(workspace, old, new, |_| true)
}

/// Reads each companion file (plain, or with `old`), lets `change` change it (`false`:
/// nothing to change) and writes it back atomically, encrypted with `new` when given.
fn rewrite_companions(
    workspace: &Path,
    old: Option<&Passphrase>,
    new: Option<&Passphrase>,
    mut change: impl FnMut(&mut Workspace) -> bool,
) -> Companions {
    let mut report = Companions::default();
    // The recovery file is not among them: the save before this removes it.
    for path in backup_files(workspace) {
        let loaded = match super::load_with(&path, old) {
            Ok(loaded) => loaded,
            Err(error) => {
                report.failed.push((path, error.to_string()));
                continue;
            }
        };
        let mut workspace = loaded.decoded.workspace;
        if !change(&mut workspace) {
            report.without.push(path);
            continue;
        }
        // A backup's time says when its version was saved: the rewritten file keeps it.
        let saved_at = fs::metadata(&path).and_then(|m| m.modified()).ok();
        let written = super::file_bytes(&workspace, new).map_err(|error| super::io_reason(&error)).and_then(|bytes| {
            save_file(&mut RealDisk, &path, &bytes, 0, FileKind::Companion).map_err(|error| error.to_string())
        });
        if let (Ok(()), Some(time)) = (&written, saved_at) {
            let _ = fs::File::options().write(true).open(&path).and_then(|file| file.set_modified(time));
        }
        match written {
            Ok(()) => report.cleaned.push(path),
            Err(error) => report.failed.push((path, error)),
        }
    }
    report
}

/// Other copies of the workspace in its folder that Kindred made or that look like it
/// (`shop (theirs 2026-11-22 14.05).kindred`, a sync tool's `shop (conflicted copy).kindred`):
/// they are not touched, only named, so that the person knows where else data may be.
pub fn other_copies(workspace: &Path) -> Vec<PathBuf> {
    let (Some(stem), Some(folder)) = (workspace.file_stem().and_then(|s| s.to_str()), workspace.parent()) else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    let Ok(entries) = fs::read_dir(folder) else { return Vec::new() };
    let prefix = format!("{stem} (");
    let mut copies: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with(&prefix) && path.extension().is_some_and(|e| e == "kindred")
        })
        .collect();
    copies.sort();
    copies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Workspace;
    use crate::ops::demo;
    use crate::store::paths::recovery_path;

    #[test]
    fn backups_are_rewritten_without_the_person_and_other_copies_are_named() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut ws = demo::generate(5, chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"));
        let victim = ws.people[2].id;
        let early = Workspace { people: ws.people[..1].to_vec(), ..ws.clone() };
        super::super::save(&path, &early).expect("saves");
        super::super::save(&path, &ws).expect("saves");
        super::super::save(&path, &ws).expect("saves");
        super::super::write_recovery(&path, &ws).expect("recovery");
        // Rotated to backup 4 by the save below.
        fs::write(backup_path(&path, 3), "not a workspace").expect("write");
        fs::write(dir.path().join("shop (theirs 2026-12-01 10.00.00).kindred"), "x").expect("write");
        fs::write(dir.path().join("shopping.kindred"), "x").expect("write");
        ws.remove_person(victim);
        super::super::save(&path, &ws).expect("saves without them");

        let saved_at = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        let touch = fs::File::options().write(true).open(backup_path(&path, 2)).and_then(|f| f.set_modified(saved_at));
        touch.expect("an old time");
        let report = erase_from_companions(&path, victim, None);
        assert_eq!(report.cleaned, vec![backup_path(&path, 1), backup_path(&path, 2)]);
        assert!(recovery_path(&path).exists(), "the recovery file is the save's to remove");
        assert_eq!(report.without, vec![backup_path(&path, 3)], "the oldest was written before they came");
        assert_eq!(report.failed.len(), 1);
        assert_eq!(report.failed[0].0, backup_path(&path, 4));
        for file in report.cleaned.iter().chain([&path]) {
            // (The recovery file written above still holds them: the app's save removes it.)
            let text = fs::read_to_string(file).expect("read");
            assert!(!text.contains(&victim.to_string()), "{} still holds them", file.display());
            assert!(super::super::load(file).is_ok(), "{} still opens", file.display());
        }
        assert_eq!(super::super::load(&backup_path(&path, 1)).expect("loads").decoded.workspace.people.len(), 4);
        let kept = fs::metadata(backup_path(&path, 2)).and_then(|m| m.modified()).expect("time");
        assert_eq!(kept, saved_at, "a rewritten backup keeps the time its version was saved");
        let copies = other_copies(&path);
        assert_eq!(copies, vec![dir.path().join("shop (theirs 2026-12-01 10.00.00).kindred")]);
    }

    #[test]
    fn turning_encryption_on_encrypts_the_backups_and_off_decrypts_them() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let ws = demo::generate(3, chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"));
        let key = Passphrase::new("kanelsnegl");
        super::super::save(&path, &ws).expect("saves");
        super::super::save(&path, &ws).expect("saves");
        super::super::write_workspace(&mut RealDisk, &path, &ws, Some(&key)).expect("saves encrypted");
        let report = reseal_companions(&path, None, Some(&key));
        assert_eq!(report.cleaned.len(), 2, "{report:?}");
        for file in backup_files(&path).iter().chain([&path]) {
            let bytes = fs::read(file).expect("read");
            assert!(super::super::crypt::is_encrypted(&bytes), "{} is not encrypted", file.display());
            let loaded = super::super::load_with(file, Some(&key)).expect("opens with the passphrase");
            assert_eq!(loaded.decoded.workspace, ws);
            assert!(loaded.encrypted);
        }
        let report = reseal_companions(&path, Some(&key), None);
        assert_eq!(report.cleaned.len(), 2, "{report:?}");
        assert!(super::super::load(&backup_path(&path, 1)).is_ok(), "plain again");
        // A backup the passphrase does not open is named and left as it is.
        let other = super::super::file_bytes(&ws, Some(&Passphrase::new("en anden"))).expect("encrypts");
        fs::write(backup_path(&path, 2), &other).expect("write");
        let report = reseal_companions(&path, None, Some(&key));
        assert_eq!(report.failed.len(), 1);
        assert_eq!(fs::read(backup_path(&path, 2)).expect("read"), other, "untouched");
    }
}
