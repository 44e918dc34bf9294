//! What a sync with a calendar or contacts server remembers on this computer (`sync::state`:
//! what Kindred put on the server, the cards read, the sync token), one file for each
//! workspace and collection in `kindred/sync/` of the user's data folder: per computer, never
//! in the workspace (which may be synced to another computer that keeps its own), and never
//! with a password in it. Written like a companion file: atomically, readable only by the user.

use super::save::{self, FileKind};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The file for the sync of the workspace at `workspace` with the collection at `collection`,
/// in the user's data folder; `None` when the system has none.
pub fn location(workspace: &Path, collection: &str) -> Option<PathBuf> {
    let folder = directories::BaseDirs::new()?.data_dir().join("kindred").join("sync");
    Some(location_in(&folder, workspace, collection))
}

fn location_in(folder: &Path, workspace: &Path, collection: &str) -> PathBuf {
    // The workspace's real path, so that a link to it or a relative name is the same file.
    let workspace = std::fs::canonicalize(workspace).unwrap_or_else(|_| workspace.to_path_buf());
    let mut hasher = Sha256::new();
    hasher.update(workspace.to_string_lossy().as_bytes());
    hasher.update(b"\n");
    hasher.update(collection.trim().trim_end_matches('/').as_bytes());
    let name: String = hasher.finalize().iter().take(12).map(|byte| format!("{byte:02x}")).collect();
    folder.join(format!("{name}.ron"))
}

/// What the file at `path` holds; nothing when it is not there or cannot be read (a sync then
/// starts afresh, which finds Kindred's own events by their UIDs).
pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

/// Writes the file at `path`, making its folder first.
pub fn write(path: &Path, text: &str) -> Result<(), String> {
    super::create_folder_for(path)?;
    save::save_file(&mut save::RealDisk, path, text.as_bytes(), 0, FileKind::Companion)
        .map(|_| ())
        .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_for_each_workspace_and_collection_and_it_round_trips() {
        let dir = tempfile::tempdir().expect("dir");
        let (a, b) = (dir.path().join("a.kindred"), dir.path().join("b.kindred"));
        let here = location_in(dir.path(), &a, "https://d/cal/");
        assert_eq!(here, location_in(dir.path(), &a, "https://d/cal"), "the trailing / does not count");
        assert_ne!(here, location_in(dir.path(), &b, "https://d/cal/"));
        assert_ne!(here, location_in(dir.path(), &a, "https://d/contacts/"));
        let state = dir.path().join("sync").join("x.ron");
        assert!(read(&state).is_empty());
        write(&state, "(sync_token: Some(\"1\"))").expect("written");
        assert_eq!(read(&state), b"(sync_token: Some(\"1\"))");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&state).expect("there").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only the user reads it");
        }
    }
}
