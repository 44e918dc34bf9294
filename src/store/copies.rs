//! The copies sync tools leave beside a workspace when two computers changed it at once, found
//! so that they can be merged in, and then moved to the workspace's backups (never deleted).
//!
//! For `shop.kindred`:
//! - Syncthing: `shop.sync-conflict-20261205-143000-ABCDEFG.kindred`;
//! - Dropbox: `shop (Anna's conflicted copy 2026-12-05).kindred`, `… (1).kindred`;
//! - Nextcloud and ownCloud: `shop (conflicted copy 2026-12-05 143000).kindred`, and
//!   ownCloud's older `shop_conflict-20261205-143000.kindred`;
//! - OneDrive: `shop-LAPTOP.kindred`, `shop-LAPTOP-2.kindred` (the computer's name).
//!
//! Only `.kindred` files count, so no copy of a companion (a lock, the recovery file, a backup:
//! `shop.kindred.sync-conflict-….lock`) is ever taken for a copy of the workspace. A name alone
//! is not enough: OneDrive's pattern is also what a person might call another workspace
//! (`shop-old.kindred`), so the caller merges only a copy that is the same workspace (its
//! identity, or a common revision).

use super::paths::{self, BACKUPS};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Whether `name` is a sync tool's name for a conflict copy of the workspace named `workspace`
/// (both file names, with their extension).
pub fn is_conflict_copy(workspace: &str, name: &str) -> bool {
    let extension = |n: &str| n.rsplit_once('.').map(|(stem, ext)| (stem.to_owned(), ext.to_ascii_lowercase()));
    let (Some((stem, ext)), Some((copy, copy_ext))) = (extension(workspace), extension(name)) else { return false };
    if ext != "kindred" || copy_ext != "kindred" || copy == stem {
        return false;
    }
    let Some(rest) = copy.strip_prefix(stem.as_str()) else { return false };
    let lower = rest.to_lowercase();
    let syncthing = lower.strip_prefix(".sync-conflict-").is_some_and(|tail| {
        let parts: Vec<&str> = tail.splitn(3, '-').collect();
        parts.len() == 3 && digits(parts[0], 8) && digits(parts[1], 6) && !parts[2].is_empty()
    });
    let bracketed = rest.starts_with(" (") && rest.contains(')') && lower.contains("conflicted copy");
    let owncloud =
        lower.strip_prefix("_conflict-").is_some_and(|tail| tail.chars().all(|c| c.is_ascii_digit() || c == '-'));
    let onedrive = rest.strip_prefix('-').is_some_and(|computer| {
        !computer.is_empty()
            && computer.len() <= 63
            && computer.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && computer.chars().any(|c| c.is_ascii_alphabetic())
    });
    syncthing || bracketed || owncloud || onedrive
}

fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.chars().all(|c| c.is_ascii_digit())
}

/// The conflict copies beside the workspace at `path` (beside its link's target), oldest first.
pub fn conflict_copies(path: &Path) -> io::Result<Vec<PathBuf>> {
    let real = paths::resolved(path);
    let Some(name) = real.file_name().map(|n| n.to_string_lossy().into_owned()) else { return Ok(Vec::new()) };
    let folder = match real.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut found: Vec<(Option<std::time::SystemTime>, PathBuf)> = fs::read_dir(&folder)?
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| is_conflict_copy(&name, &entry.file_name().to_string_lossy()))
        .map(|entry| (entry.metadata().ok().and_then(|m| m.modified().ok()), entry.path()))
        .collect();
    found.sort();
    Ok(found.into_iter().map(|(_, path)| path).collect())
}

/// Moves a conflict copy that was merged into the workspace at `workspace` to its backups: it
/// becomes backup 1 (the others one older), where *File → Backups…* shows it.
pub fn move_to_backups(workspace: &Path, copy: &Path) -> io::Result<PathBuf> {
    let real = paths::resolved(workspace);
    super::save::shift_backups(&real, BACKUPS)?;
    let backup = paths::backup_path(&real, 1);
    fs::rename(copy, &backup)?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sync_tools_conflict_copy_is_known_and_nothing_else() {
        for copy in [
            "shop.sync-conflict-20261205-143000-ABCDEFG.kindred",
            "shop (Anna's conflicted copy 2026-12-05).kindred",
            "shop (Anna's conflicted copy 2026-12-05) (1).kindred",
            "shop (conflicted copy 2026-12-05 143000).kindred",
            "shop_conflict-20261205-143000.kindred",
            "shop-LAPTOP.kindred",
            "shop-DESKTOP-AB12CD-2.kindred",
            "shop.sync-conflict-20261205-143000-ABCDEFG.KINDRED",
        ] {
            assert!(is_conflict_copy("shop.kindred", copy), "{copy}");
        }
        for other in [
            "shop.kindred",
            "shop.kindred.lock",
            "shop.kindred.recovery",
            "shop.kindred.bak1",
            "shop.kindred.tmp-4242",
            "shop.kindred.sync-conflict-20261205-143000-ABCDEFG.lock",
            "shop.kindred.sync-conflict-20261205-143000-ABCDEFG.bak1",
            "shop.kindred.sync-conflict-20261205-143000-ABCDEFG.recovery",
            "shop (theirs 2026-12-05 14.30.00).csv",
            "shopping.kindred",
            "shop-2.kindred",
            "shop.sync-conflict-2026-143000-X.kindred",
            "other (conflicted copy 2026-12-05 143000).kindred",
        ] {
            assert!(!is_conflict_copy("shop.kindred", other), "{other}");
        }
    }

    #[test]
    fn copies_are_found_beside_the_file_and_moved_to_its_backups() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        fs::write(&path, "mine").expect("write");
        fs::write(paths::backup_path(&path, 1), "old").expect("write");
        let copy = dir.path().join("shop.sync-conflict-20261205-143000-ABCDEFG.kindred");
        fs::write(&copy, "theirs").expect("write");
        fs::write(dir.path().join("shop.kindred.sync-conflict-20261205-143000-ABCDEFG.lock"), "x").expect("write");
        assert_eq!(conflict_copies(&path).expect("listed"), std::slice::from_ref(&copy));
        let backup = move_to_backups(&path, &copy).expect("moved");
        assert_eq!(backup, paths::backup_path(&path, 1));
        assert_eq!(fs::read_to_string(&backup).expect("read"), "theirs");
        assert_eq!(fs::read_to_string(paths::backup_path(&path, 2)).expect("read"), "old");
        assert!(!copy.exists());
        assert!(conflict_copies(&path).expect("listed").is_empty());
    }
}
