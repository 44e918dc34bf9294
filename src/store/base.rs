//! The common versions: the versions of a workspace this computer has read or written, kept
//! outside the folder the workspace is in (which a sync tool may share), so that a merge can
//! find the version two others come from.
//!
//! They live in the user's data directory (`kindred/bases/` in `$XDG_DATA_HOME` on Linux), one
//! folder a workspace — named by the workspace's identity ([`crate::model::Workspace::id`]), or
//! for a file without one by a hash of its path — and one file a version, named by its
//! revision: the hash of its text, which the versions made from it list in their `revisions`.
//! A version is kept as its file was (encrypted when the workspace is), readable by the user
//! alone. Each folder keeps its [`KEPT`] newest versions, and the [`WORKSPACES`] most recently
//! used folders are kept; so the folder stays small however many workspaces come and go.
//!
//! Nothing here is beside the workspace, so a sync tool never carries one computer's common
//! versions to another (each computer knows what it has seen), and nothing here is mistaken
//! for a workspace or a conflict copy.

use super::crypt::Passphrase;
use super::save::{self, FileKind, RealDisk};
use crate::model::{Workspace, WorkspaceId};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// How many versions of one workspace are kept.
pub const KEPT: usize = 8;

/// How many workspaces' versions are kept.
pub const WORKSPACES: usize = 64;

/// How much of a version is copied at a time.
const COPY_CHUNK: usize = 1 << 20;

/// The revision of a version: a hash of its text (the decrypted text of an encrypted file).
pub fn revision_of(text: &[u8]) -> String {
    format!("{:016x}", super::content_hash(text))
}

/// Where one computer keeps the common versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bases {
    root: PathBuf,
}

impl Bases {
    /// The user's: `kindred/bases` in their data directory.
    pub fn here() -> Option<Self> {
        directories::BaseDirs::new().map(|dirs| Self { root: dirs.data_dir().join("kindred").join("bases") })
    }

    /// In a folder of one's choosing (tests).
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The folder of one workspace's versions.
    fn folder(&self, id: Option<WorkspaceId>, path: &Path) -> PathBuf {
        match id {
            Some(id) => self.root.join(id.to_string()),
            None => {
                let full = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
                self.root.join(format!("path-{}", revision_of(full.to_string_lossy().as_bytes())))
            }
        }
    }

    /// Keeps a version (`contents`, as its file has them) of the workspace `id` at `path`, unless
    /// it is kept already (then `contents` is not read); then forgets the oldest beyond [`KEPT`]
    /// and the least recently used workspaces beyond [`WORKSPACES`]. The contents are copied a
    /// chunk at a time: a workspace of 100,000 people is a file of 400 MB, which would otherwise
    /// be in memory beside the workspace read from it.
    pub fn keep(
        &self,
        id: Option<WorkspaceId>,
        path: &Path,
        revision: &str,
        contents: &mut dyn io::Read,
    ) -> io::Result<()> {
        let folder = self.folder(id, path);
        fs::create_dir_all(&folder)?;
        private_folder(&folder);
        let file = folder.join(format!("{revision}.kindred"));
        if file.exists() {
            // Seen again: the newest now.
            let _ =
                fs::File::options().append(true).open(&file).and_then(|f| f.set_modified(std::time::SystemTime::now()));
        } else {
            let mut chunk = vec![0; COPY_CHUNK];
            let mut copy = |disk: &mut dyn save::Disk, out: &mut fs::File| loop {
                match contents.read(&mut chunk) {
                    Ok(0) => return Ok(()),
                    Ok(read) => disk.write(out, &chunk[..read])?,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                    Err(error) => return Err(error),
                }
            };
            save::save_file_with(&mut RealDisk, &file, 0, FileKind::Companion, &mut copy).map_err(|e| e.source)?;
        }
        prune(&folder, KEPT, |entry| entry.path().extension().is_some_and(|e| e == "kindred"))?;
        let _ = fs::File::open(&folder).and_then(|f| f.set_modified(std::time::SystemTime::now()));
        prune(&self.root, WORKSPACES, |entry| entry.file_type().is_ok_and(|t| t.is_dir()))
    }

    /// The newest of `revisions` (the newest last) kept for the workspace, read with the
    /// passphrase if it is encrypted; `None` when none is kept or none can be read.
    pub fn find(
        &self,
        id: Option<WorkspaceId>,
        path: &Path,
        revisions: &[String],
        passphrase: Option<&Passphrase>,
    ) -> Option<Workspace> {
        let folder = self.folder(id, path);
        revisions.iter().rev().find_map(|revision| {
            let file = folder.join(format!("{revision}.kindred"));
            if !file.exists() {
                return None;
            }
            let loaded = super::load_with(&file, passphrase).ok()?;
            (loaded.revision == *revision).then_some(loaded.decoded.workspace)
        })
    }
}

impl Bases {
    /// Forgets every version kept of the workspace: after a person is erased from it for good,
    /// or its passphrase changed (a version kept under the old one, or in the clear, must not
    /// stay behind).
    pub fn forget(&self, id: Option<WorkspaceId>, path: &Path) -> io::Result<()> {
        match fs::remove_dir_all(self.folder(id, path)) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }
}

/// Only the user may read the common versions.
fn private_folder(folder: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(folder, fs::Permissions::from_mode(0o700));
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// Removes all but the `keep` most recently changed entries of `folder` that `counts`.
fn prune(folder: &Path, keep: usize, counts: impl Fn(&fs::DirEntry) -> bool) -> io::Result<()> {
    let mut entries: Vec<(std::time::SystemTime, PathBuf, bool)> = fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter(|entry| counts(entry))
        .filter_map(|entry| {
            let metadata = entry.metadata().ok()?;
            Some((metadata.modified().ok()?, entry.path(), metadata.is_dir()))
        })
        .collect();
    if entries.len() <= keep {
        return Ok(());
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    for (_, path, is_dir) in entries.into_iter().skip(keep) {
        let _ = if is_dir { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec;

    #[test]
    fn versions_are_kept_by_revision_found_newest_first_and_pruned() {
        let dir = tempfile::tempdir().expect("dir");
        let bases = Bases::at(dir.path().join("bases"));
        let path = dir.path().join("shop.kindred");
        let ws = Workspace { id: Some(WorkspaceId::new()), ..Workspace::named("Shop") };
        let mut revisions = Vec::new();
        for n in 0..(KEPT + 2) {
            let text = codec::encode(&Workspace { name: format!("Shop {n}"), ..ws.clone() });
            let revision = revision_of(text.as_bytes());
            bases.keep(ws.id, &path, &revision, &mut text.as_bytes()).expect("kept");
            revisions.push(revision);
            std::thread::sleep(std::time::Duration::from_millis(15));
        }
        let found = bases.find(ws.id, &path, &revisions, None).expect("the newest is there");
        assert_eq!(found.name, format!("Shop {}", KEPT + 1));
        assert_eq!(bases.find(ws.id, &path, &revisions[..1], None), None, "the oldest are forgotten");
        assert_eq!(bases.find(ws.id, &path, &revisions[2..3], None).map(|w| w.name), Some("Shop 2".to_owned()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let folder = bases.folder(ws.id, &path);
            let mode = fs::metadata(&folder).expect("folder").permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        assert_eq!(bases.find(None, &path, &revisions, None), None, "another workspace's are apart");
        bases.forget(ws.id, &path).expect("forgotten");
        assert_eq!(bases.find(ws.id, &path, &revisions, None), None, "forgotten");
        bases.forget(ws.id, &path).expect("nothing to forget is no error");
    }

    /// Contents that fail when read: a version kept already is not read again.
    struct Unreadable;

    impl io::Read for Unreadable {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("read"))
        }
    }

    #[test]
    fn a_version_is_copied_whole_a_chunk_at_a_time_and_not_read_again_when_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let bases = Bases::at(dir.path().join("bases"));
        let path = dir.path().join("shop.kindred");
        let mut ws = Workspace::named("Shop");
        ws.name = "x".repeat(COPY_CHUNK * 2 + 17);
        let text = codec::encode(&ws);
        let revision = revision_of(text.as_bytes());
        bases.keep(None, &path, &revision, &mut text.as_bytes()).expect("kept");
        let kept = fs::read(bases.folder(None, &path).join(format!("{revision}.kindred"))).expect("kept");
        assert!(kept == text.as_bytes(), "the copy holds every chunk, in order");
        assert_eq!(bases.find(None, &path, std::slice::from_ref(&revision), None).map(|w| w.name), Some(ws.name));
        bases.keep(None, &path, &revision, &mut Unreadable).expect("kept already: nothing read");
        let error = bases.keep(None, &path, "0000000000000001", &mut Unreadable).expect_err("a failed read");
        assert_eq!(error.to_string(), "read");
        let left: Vec<_> =
            fs::read_dir(bases.folder(None, &path)).expect("folder").flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 1, "a copy that failed leaves nothing behind: {left:?}");
    }

    #[test]
    fn a_version_whose_text_is_not_its_revision_is_not_taken() {
        let dir = tempfile::tempdir().expect("dir");
        let bases = Bases::at(dir.path());
        let path = dir.path().join("shop.kindred");
        let text = codec::encode(&Workspace::named("Shop"));
        bases.keep(None, &path, "0000000000000000", &mut text.as_bytes()).expect("kept");
        assert_eq!(bases.find(None, &path, &["0000000000000000".to_owned()], None), None);
    }
}
