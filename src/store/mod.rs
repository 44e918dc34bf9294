//! The workspace file on disk (its text is `model::codec`): atomic save, backups, recovery, lock and the check for
//! changes made by others. The only layer that touches the disk.

pub mod autostart;
pub mod base;
pub mod copies;
pub mod crypt;
pub mod erase;
pub mod lock;
pub mod paths;
pub mod reminded;
pub mod save;
pub mod stream;
pub mod sync_state;

use crate::model::Workspace;
use crate::model::codec::{self, DecodeError, Decoded};
use crate::t;
use crypt::{CryptError, Passphrase};
use save::{Disk, FileKind, RealDisk, SaveError};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a file was when we read or wrote it, to notice that someone else changed it since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
    /// The revision of the version (the hash of its text, [`base::revision_of`]), when known.
    revision: Option<String>,
}

impl DiskStamp {
    fn new(bytes: &[u8], metadata: Option<&fs::Metadata>) -> Self {
        let (len, modified) = (bytes.len() as u64, metadata.and_then(|m| m.modified().ok()));
        Self { len, modified, hash: content_hash(bytes), revision: None }
    }

    /// The revision of the version the file held or was given, when known: what a version made
    /// from it descends from.
    pub fn revision(&self) -> Option<&str> {
        self.revision.as_deref()
    }
}

/// A hash to tell two versions of one file apart (not against an adversary), eight bytes at a
/// time: a byte-at-a-time hash took 40 ms of a 10,000-person load.
fn content_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    let mut hash = chunks.by_ref().fold(0xcbf2_9ce4_8422_2325, |hash, chunk| {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        step(hash, u64::from_le_bytes(word))
    });
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut word = [0u8; 8];
        word[..tail.len()].copy_from_slice(tail);
        hash = step(hash, u64::from_le_bytes(word));
    }
    step(hash, bytes.len() as u64)
}

/// A workspace that could not be opened.
#[derive(Debug)]
pub enum OpenError {
    Read {
        path: PathBuf,
        source: io::Error,
    },
    Invalid {
        path: PathBuf,
        error: DecodeError,
    },
    /// The file is encrypted, and the passphrase is missing or does not open it.
    Encrypted {
        path: PathBuf,
        error: CryptError,
    },
    /// The file is larger than [`MAX_WORKSPACE_BYTES`]; it was not read.
    TooLarge {
        path: PathBuf,
        size: u64,
    },
}

impl OpenError {
    /// The exit code of `kindred check` for this error: 1 invalid, 2 unreadable, 3 newer,
    /// 4 encrypted (no passphrase, or a wrong one).
    pub fn exit_code(&self) -> u8 {
        match self {
            OpenError::Read { .. } | OpenError::TooLarge { .. } => 2,
            OpenError::Encrypted { error: CryptError::Damaged(_), .. } => 2,
            OpenError::Encrypted { .. } => 4,
            OpenError::Invalid { error, .. } if error.newer_version.is_some() => 3,
            OpenError::Invalid { .. } => 1,
        }
    }
}

/// In the thread's language, as the decode error's message is.
impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Read { path, source } => {
                let text = t!("error-open-unreadable", path = path.display().to_string(), error = io_reason(source));
                f.write_str(&text)
            }
            OpenError::Invalid { path, error } => write!(f, "{}:{error}", path.display()),
            OpenError::Encrypted { path, error } => write!(f, "{}: {error}", path.display()),
            OpenError::TooLarge { path, size } => {
                let text = t!("error-workspace-too-large", size = size >> 20, most = MAX_WORKSPACE_BYTES >> 20);
                write!(f, "{}: {text}", path.display())
            }
        }
    }
}

impl std::error::Error for OpenError {}

/// What went wrong with a file, for a person, in the thread's language: the system's common
/// errors in words with the system's number; any other error as it describes itself.
pub fn io_reason(error: &io::Error) -> String {
    use io::ErrorKind as Kind;
    let Some(code) = error.raw_os_error() else { return error.to_string() };
    let reason = match error.kind() {
        Kind::NotFound => t!("error-io-not-found"),
        Kind::PermissionDenied => t!("error-io-permission-denied"),
        Kind::AlreadyExists => t!("error-io-already-exists"),
        Kind::StorageFull => t!("error-io-storage-full"),
        Kind::QuotaExceeded => t!("error-io-quota-exceeded"),
        Kind::ReadOnlyFilesystem => t!("error-io-read-only-filesystem"),
        Kind::FileTooLarge => t!("error-io-file-too-large"),
        Kind::ResourceBusy => t!("error-io-busy"),
        Kind::IsADirectory => t!("error-io-is-a-directory"),
        Kind::NotADirectory => t!("error-io-not-a-directory"),
        Kind::InvalidFilename => t!("error-io-invalid-filename"),
        Kind::TimedOut => t!("error-io-timed-out"),
        _ => return error.to_string(),
    };
    t!("error-io-os", reason = reason, code = code)
}

/// A workspace read from disk.
#[derive(Debug)]
pub struct Loaded {
    pub decoded: Decoded,
    pub stamp: DiskStamp,
    /// The revision of the version read: the hash of its text ([`base::revision_of`]).
    pub revision: String,
    /// The file was encrypted (and the passphrase given opened it).
    pub encrypted: bool,
}

/// The largest workspace file Kindred opens: over twenty times a workspace of 10,000 people
/// (23 MB), and small enough that reading it cannot exhaust a laptop's memory.
pub const MAX_WORKSPACE_BYTES: u64 = 512 * 1024 * 1024;

/// A file's bytes and metadata when it holds at most `limit` bytes, or `Ok(Err(size))` when it
/// is larger: refused from its size before it is read, or as soon as it has grown past the
/// limit while being read (never more than `limit + 1` bytes are read).
fn read_at_most(path: &Path, limit: u64) -> io::Result<Result<(Vec<u8>, fs::Metadata), u64>> {
    use std::io::Read;
    let file = fs::File::open(path)?;
    let metadata = file.metadata()?;
    if metadata.len() > limit {
        return Ok(Err(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok((bytes, metadata)))
}

/// Reads and decodes a workspace file that is not encrypted. The file is never modified.
pub fn load(path: &Path) -> Result<Loaded, OpenError> {
    load_with(path, None)
}

/// Reads and decodes a workspace file, decrypting it with the passphrase when it is
/// encrypted. The file is never modified.
pub fn load_with(path: &Path, passphrase: Option<&Passphrase>) -> Result<Loaded, OpenError> {
    let read = read_at_most(path, MAX_WORKSPACE_BYTES)
        .map_err(|source| OpenError::Read { path: path.to_path_buf(), source })?;
    let (bytes, metadata) = read.map_err(|size| OpenError::TooLarge { path: path.to_path_buf(), size })?;
    let mut stamp = DiskStamp::new(&bytes, Some(&metadata));
    let encrypted = crypt::is_encrypted(&bytes);
    let (decoded, revision) = if encrypted {
        let refused = |error| OpenError::Encrypted { path: path.to_path_buf(), error };
        let key = passphrase.ok_or_else(|| refused(CryptError::NeedsPassphrase))?;
        let plain = crypt::decrypt(&bytes, key).map_err(refused)?;
        drop(bytes);
        (codec::decode(&plain), base::revision_of(&plain))
    } else {
        (codec::decode(&bytes), format!("{:016x}", stamp.hash))
    };
    let decoded = decoded.map_err(|error| OpenError::Invalid { path: path.to_path_buf(), error })?;
    stamp.revision = Some(revision.clone());
    Ok(Loaded { decoded, stamp, encrypted, revision })
}

/// A workspace as the bytes of its file: its text, encrypted when there is a passphrase.
pub fn file_bytes(workspace: &Workspace, passphrase: Option<&Passphrase>) -> io::Result<Vec<u8>> {
    let text = codec::encode(workspace).into_bytes();
    match passphrase {
        Some(key) => crypt::encrypt(&text, key),
        None => Ok(text),
    }
}

/// Whether the file still is what `stamp` describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskState {
    Unchanged,
    Changed,
    Missing,
}

pub fn disk_state(path: &Path, stamp: &DiskStamp) -> io::Result<DiskState> {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(DiskState::Missing),
        Err(error) => return Err(error),
    };
    if metadata.len() == stamp.len && metadata.modified().ok() == stamp.modified {
        return Ok(DiskState::Unchanged);
    }
    // Times change without the content changing (a sync tool touching the file): compare.
    let bytes = fs::read(path)?;
    Ok(if bytes.len() as u64 == stamp.len && content_hash(&bytes) == stamp.hash {
        DiskState::Unchanged
    } else {
        DiskState::Changed
    })
}

/// Saves atomically with rotating backups and returns the new stamp. The caller checks
/// [`disk_state`] first; this overwrites.
pub fn save(path: &Path, workspace: &Workspace) -> Result<DiskStamp, SaveError> {
    write_workspace(&mut RealDisk, path, workspace, None)
}

/// [`save`] through a given disk, for fault injection.
pub fn save_with(disk: &mut dyn Disk, path: &Path, workspace: &Workspace) -> Result<DiskStamp, SaveError> {
    write_workspace(disk, path, workspace, None)
}

/// Saves through a given disk, encrypted when there is a passphrase: what [`save`] and
/// [`save_with`] do. A workspace whose file would be larger than [`MAX_WORKSPACE_BYTES`] (so
/// that Kindred would refuse to open it again) is not written: the error says so and names
/// whose photos are largest.
pub fn write_workspace(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
) -> Result<DiskStamp, SaveError> {
    write_workspace_at_most(disk, path, workspace, passphrase, MAX_WORKSPACE_BYTES)
}

/// [`write_workspace`] with the largest file allowed given: `limit`.
fn write_workspace_at_most(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
    limit: u64,
) -> Result<DiskStamp, SaveError> {
    let (bytes, revision) = workspace_bytes(path, workspace, passphrase, limit)?;
    save::save_file(disk, path, &bytes, paths::BACKUPS, FileKind::Workspace)?;
    let mut stamp = DiskStamp::new(&bytes, fs::metadata(path).ok().as_ref());
    stamp.revision = Some(revision);
    Ok(stamp)
}

/// The bytes of a workspace's file, when they are few enough to be opened again (`limit`), and
/// the revision of its text.
fn workspace_bytes(
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
    limit: u64,
) -> Result<(Vec<u8>, String), SaveError> {
    let refused = |source| SaveError { path: path.to_path_buf(), step: save::Step::Write, source };
    let too_large = |size| refused(too_large(workspace, size, limit));
    // The photos alone are less than the file (encrypted or not): when they are too many
    // bytes already, the file is refused without being made, in no time and no memory.
    if let Some(photos) = photos_past(workspace, limit) {
        return Err(too_large(photos));
    }
    let text = codec::encode(workspace).into_bytes();
    let revision = base::revision_of(&text);
    let bytes = match passphrase {
        Some(key) => crypt::encrypt(&text, key).map_err(refused)?,
        None => text,
    };
    let size = bytes.len() as u64;
    if size > limit {
        drop(bytes);
        return Err(too_large(size));
    }
    Ok((bytes, revision))
}

/// Why a file of `size` bytes is not written when Kindred opens at most `limit`: the error
/// names whose photos are largest.
fn too_large(workspace: &Workspace, size: u64, limit: u64) -> io::Error {
    let reason = TooLargeToOpen { size, most: limit, photos: largest_photos(workspace, PHOTOS_NAMED) };
    io::Error::new(io::ErrorKind::FileTooLarge, reason)
}

/// The bytes of the workspace's photos, when they alone are more than `limit`: the file, which
/// holds them, would be too large, and need not be made to know it.
fn photos_past(workspace: &Workspace, limit: u64) -> Option<u64> {
    let photos: u64 = workspace.people.iter().filter_map(|p| p.photo.as_ref()).map(|p| p.base64.len() as u64).sum();
    (photos > limit).then_some(photos)
}

/// How many of the largest photos a refused save names.
const PHOTOS_NAMED: usize = 3;

/// Why a workspace was not written: its file would be larger than Kindred opens. Worded in the
/// thread's language; a [`SaveError`] carrying it says "not saved" rather than what failed.
#[derive(Debug)]
pub struct TooLargeToOpen {
    /// Bytes the file would have had: at least this many (when the photos alone are too many,
    /// the rest is not counted).
    pub size: u64,
    /// The most a workspace may have.
    pub most: u64,
    /// The people with the largest photos, largest first, with the bytes each photo takes in
    /// the file.
    pub photos: Vec<(String, u64)>,
}

impl fmt::Display for TooLargeToOpen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Rounded up: a file just over the most must not read as the most itself.
        let (size, most) = (self.size.div_ceil(1 << 20), self.most >> 20);
        let text = if self.photos.is_empty() {
            t!("error-save-too-large", size = size, most = most)
        } else {
            let photos: Vec<String> = self
                .photos
                .iter()
                .map(|(name, bytes)| t!("error-save-photo", name = name.as_str(), size = megabytes(*bytes)))
                .collect();
            t!("error-save-too-large-photos", size = size, most = most, photos = photos.join(", "))
        };
        f.write_str(&text)
    }
}

impl std::error::Error for TooLargeToOpen {}

/// Megabytes (MiB) with one decimal, as the thread's language writes it: "2.5", "2,5".
fn megabytes(bytes: u64) -> String {
    let text = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    match crate::i18n::language() {
        crate::i18n::Lang::En => text,
        crate::i18n::Lang::Da | crate::i18n::Lang::Nb => text.replace('.', ","),
    }
}

/// The `count` people whose photos take the most room in the file, largest first, with that
/// room in bytes.
fn largest_photos(workspace: &Workspace, count: usize) -> Vec<(String, u64)> {
    let mut photos: Vec<(String, u64)> = workspace
        .people
        .iter()
        .filter_map(|person| {
            let photo = person.photo.as_ref()?;
            let name = if person.name.trim().is_empty() { t!("review-unnamed") } else { person.name.clone() };
            Some((name, (photo.base64.len() + photo.mime.len()) as u64))
        })
        .collect();
    photos.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
    photos.truncate(count);
    photos
}

/// Keeps the version on disk as a copy beside it, named with the time
/// (`workspace (theirs 2026-11-22 14.05).kindred`), and returns the copy's path.
pub fn keep_copy_of_disk_version(path: &Path) -> io::Result<PathBuf> {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let time = chrono::Local::now().format("%Y-%m-%d %H.%M.%S").to_string();
    let name = t!("error-theirs-copy-name", name = stem, time = time);
    let mut copy = path.with_file_name(format!("{name}.kindred"));
    let mut n = 2;
    while copy.exists() {
        copy = path.with_file_name(format!("{name} {n}.kindred"));
        n += 1;
    }
    let bytes = fs::read(path)?;
    save::save_file(&mut RealDisk, &copy, &bytes, 0, FileKind::Companion).map_err(|e| e.source)?;
    Ok(copy)
}

/// The largest file [`read_file`] takes in: far more than any template or contact export, far
/// less than would strain memory.
pub const MAX_READ_BYTES: u64 = 64 * 1024 * 1024;

/// Writes an exported file atomically (temporary file, sync, rename), without backups: through
/// a symbolic link to its target; an existing file keeps its mode, a new one gets the system's
/// default.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    save::save_file(&mut save::RealDisk, path, bytes, 0, FileKind::Export)
}

/// Why the calendar feed was not written.
#[derive(Debug)]
pub enum FeedError {
    /// The name in the workspace's settings is no calendar file's name.
    Name(paths::FeedName),
    Save(SaveError),
}

/// In the thread's language.
impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedError::Name(paths::FeedName::NotAFileName) => f.write_str(&t!("feed-name-not-a-file-name")),
            FeedError::Name(paths::FeedName::NotIcs) => f.write_str(&t!("feed-name-not-ics")),
            FeedError::Save(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for FeedError {}

/// Writes the calendar feed named `name` beside the workspace at `workspace`
/// ([`paths::feed_path`]) atomically, as an export (through a link to it, with the mode a
/// calendar or sync program can read); where it was written.
pub fn write_feed(workspace: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, FeedError> {
    let path = paths::feed_path(workspace, name).map_err(FeedError::Name)?;
    save::save_file(&mut RealDisk, &path, bytes, 0, FileKind::Export).map_err(FeedError::Save)?;
    Ok(path)
}

/// Reads a file to import, refusing one larger than [`MAX_READ_BYTES`].
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    match read_at_most(path, MAX_READ_BYTES)? {
        Ok((bytes, _)) => Ok(bytes),
        Err(_) => Err(io::Error::other(t!("error-file-too-large", megabytes = MAX_READ_BYTES / (1024 * 1024)))),
    }
}

/// The file a path names, through any links, as one absolute path; `None` when there is none.
pub fn existing_file(path: &Path) -> io::Result<Option<PathBuf>> {
    match fs::canonicalize(path) {
        Ok(file) => Ok(Some(file)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// Whether two paths name one existing file: by the same path, another path to it, a link or
/// (on Unix, the same device and inode) a hard link.
pub fn same_file(a: &Path, b: &Path) -> io::Result<bool> {
    let (Some(first), Some(second)) = (existing_file(a)?, existing_file(b)?) else { return Ok(false) };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let (a, b) = (fs::metadata(&first)?, fs::metadata(&second)?);
        if (a.dev(), a.ino()) == (b.dev(), b.ino()) {
            return Ok(true);
        }
    }
    Ok(first == second)
}

/// Whether `path` names a Kindred workspace that is there: a `.kindred` file, or any file with a
/// lock beside it (open in Kindred now, or left so by a program that stopped).
pub fn holds_a_workspace(path: &Path) -> bool {
    let kindred = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("kindred"));
    path.exists() && (kindred || paths::lock_path(path).exists())
}

/// Why an export from the window may not write to `to`, in the thread's language: it is the
/// open workspace itself (by any name), or another workspace, which an export would replace
/// without its lock or a backup.
pub fn export_refusal(source: Option<&Path>, to: &Path) -> Option<String> {
    let shown = to.display().to_string();
    if let Some(source) = source {
        match same_file(source, to) {
            Ok(true) => return Some(t!("error-export-onto-source", path = shown)),
            Ok(false) => {}
            Err(error) => return Some(t!("error-export-unreadable", path = shown, error = io_reason(&error))),
        }
    }
    holds_a_workspace(to).then(|| t!("error-export-onto-workspace", path = shown))
}

/// Creates the folder a workspace file goes in, for a first run.
pub fn create_folder_for(path: &Path) -> Result<(), String> {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => fs::create_dir_all(folder)
            .map_err(|e| t!("error-create-folder", path = folder.display().to_string(), error = io_reason(&e))),
        _ => Ok(()),
    }
}

/// Autosaves unsaved work beside the workspace, atomically and without backups.
pub fn write_recovery(path: &Path, workspace: &Workspace) -> Result<(), SaveError> {
    write_recovery_with(&mut RealDisk, path, workspace, None)
}

/// [`write_recovery`] through a given disk (for fault injection), encrypted when there is a
/// passphrase (the workspace is encrypted). Readable only by the user; refused, like a save,
/// when it would be too large to open.
pub fn write_recovery_with(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
) -> Result<(), SaveError> {
    write_recovery_at_most(disk, path, workspace, passphrase, MAX_WORKSPACE_BYTES)
}

fn write_recovery_at_most(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
    limit: u64,
) -> Result<(), SaveError> {
    let recovery = paths::recovery_path(path);
    let (bytes, _) = workspace_bytes(&recovery, workspace, passphrase, limit)?;
    save::save_file(disk, &recovery, &bytes, 0, FileKind::Companion)
}

/// What the file is now, read again: after a save whose new version is in place though a later
/// step (syncing the folder) failed.
pub fn stamp_of(path: &Path) -> io::Result<DiskStamp> {
    let bytes = fs::read(path)?;
    let mut stamp = DiskStamp::new(&bytes, fs::metadata(path).ok().as_ref());
    if !crypt::is_encrypted(&bytes) {
        stamp.revision = Some(format!("{:016x}", stamp.hash));
    }
    Ok(stamp)
}

/// One earlier version of a workspace, kept beside it by [`save`].
#[derive(Debug)]
pub struct Backup {
    /// 1 is the newest.
    pub number: usize,
    pub path: PathBuf,
    pub modified: Option<SystemTime>,
    pub size: u64,
    /// How many people it holds, or why it cannot be restored.
    pub people: Result<usize, String>,
}

/// The backups of a workspace that exist, newest first, read with the workspace's passphrase
/// if it has one. Each is read (to count its people and to know it can be restored): called
/// when a person asks to see them, not every frame.
pub fn list_backups(path: &Path, passphrase: Option<&Passphrase>) -> Vec<Backup> {
    (1..=paths::BACKUPS)
        .filter_map(|number| {
            let backup = paths::backup_path(path, number);
            let metadata = fs::metadata(&backup).ok()?;
            let people = load_with(&backup, passphrase).map_err(|e| e.to_string()).and_then(|loaded| {
                match loaded.decoded.read_only_reason() {
                    Some(reason) => Err(reason),
                    None => Ok(loaded.decoded.workspace.people.len()),
                }
            });
            Some(Backup { number, modified: metadata.modified().ok(), size: metadata.len(), people, path: backup })
        })
        .collect()
}

/// The recovery file of a workspace and when it was written, if there is one.
pub fn find_recovery(path: &Path) -> Option<(PathBuf, Option<SystemTime>)> {
    let recovery = paths::recovery_path(path);
    let metadata = fs::metadata(&recovery).ok()?;
    Some((recovery, metadata.modified().ok()))
}

/// Removes the recovery file once its work is saved or discarded.
pub fn remove_recovery(path: &Path) -> io::Result<()> {
    match fs::remove_file(paths::recovery_path(path)) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_hash_changes_with_any_byte_and_with_the_length() {
        let bytes: Vec<u8> = (0..37u8).collect();
        let original = content_hash(&bytes);
        for at in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[at] ^= 1;
            assert_ne!(content_hash(&changed), original, "a change at byte {at} goes unnoticed");
        }
        assert_ne!(content_hash(&bytes[..36]), original);
        let mut padded = bytes.clone();
        padded.push(0);
        assert_ne!(content_hash(&padded), original, "a trailing zero byte changes the length");
    }

    #[test]
    fn disk_state_notices_another_writer_and_ignores_a_touch() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("w.kindred");
        let stamp = save(&path, &Workspace::named("Mine")).expect("saves");
        assert_eq!(disk_state(&path, &stamp).expect("io"), DiskState::Unchanged);
        // Same bytes, new time: a sync tool rewrote the same content.
        let same = fs::read(&path).expect("read");
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&path, &same).expect("write");
        assert_eq!(disk_state(&path, &stamp).expect("io"), DiskState::Unchanged);
        fs::write(&path, codec::encode(&Workspace::named("Theirs"))).expect("write");
        assert_eq!(disk_state(&path, &stamp).expect("io"), DiskState::Changed);
        fs::remove_file(&path).expect("remove");
        assert_eq!(disk_state(&path, &stamp).expect("io"), DiskState::Missing);
    }

    #[test]
    fn opening_errors_are_worded_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let dir = tempfile::tempdir().expect("dir");
        let missing = dir.path().join("væk.kindred");
        let shown = missing.display().to_string();
        set_language(Lang::Da);
        let error = load(&missing).expect_err("missing");
        assert_eq!(
            error.to_string(),
            format!("{shown}: kan ikke læses: filen eller mappen findes ikke (systemfejl 2)")
        );
        let broken = dir.path().join("i stykker.kindred");
        fs::write(&broken, "(\n\tformat_version: 1,\n\tname: oops,\n)").expect("write");
        let error = load(&broken).expect_err("broken");
        assert!(error.to_string().starts_with(&format!("{}:3:", broken.display())), "{error}");
        assert!(error.to_string().contains(": fejl i filens tekst: "), "{error}");
        set_language(Lang::Nb);
        let error = load(&missing).expect_err("missing");
        assert_eq!(
            error.to_string(),
            format!("{shown}: kan ikke leses: filen eller mappen finnes ikke (systemfeil 2)")
        );
        set_language(Lang::En);
        let error = load(&missing).expect_err("missing");
        assert_eq!(
            error.to_string(),
            format!("{shown}: cannot be read: the file or folder does not exist (os error 2)")
        );
        // An error that is not the system's keeps its own words.
        assert_eq!(io_reason(&io::Error::other("the file is odd")), "the file is odd");
    }

    #[test]
    fn backups_are_listed_newest_first_with_their_people_or_why_not() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("w.kindred");
        assert!(list_backups(&path, None).is_empty());
        let mut workspace = Workspace::named("Shop");
        for n in 0..3 {
            workspace.people.push(crate::model::Person::named(format!("P{n}")));
            save(&path, &workspace).expect("saves");
        }
        fs::write(paths::backup_path(&path, 4), "(format_version: 1, people: [oops])").expect("write");
        let backups = list_backups(&path, None);
        let numbers: Vec<_> = backups.iter().map(|b| b.number).collect();
        assert_eq!(numbers, [1, 2, 4]);
        assert_eq!(backups[0].people, Ok(2));
        assert_eq!(backups[1].people, Ok(1));
        assert!(backups[0].size > 0 && backups[0].modified.is_some());
        let reason = backups[2].people.as_ref().expect_err("damaged");
        assert!(reason.contains("w.kindred.bak4:1:"), "{reason}");
    }

    #[test]
    fn a_copy_of_theirs_is_kept_beside() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("w.kindred");
        fs::write(&path, "theirs").expect("write");
        let copy = keep_copy_of_disk_version(&path).expect("copy");
        assert_eq!(fs::read_to_string(&copy).expect("read"), "theirs");
        assert!(copy.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("w (theirs ")));
        let second = keep_copy_of_disk_version(&path).expect("copy");
        assert_ne!(copy, second);
    }

    fn with_photos(photos: &[(&str, usize)]) -> Workspace {
        let mut workspace = Workspace::named("Shop");
        for (name, bytes) in photos {
            let mut person = crate::model::Person::named(*name);
            if *bytes > 0 {
                let base64 = "A".repeat(*bytes - "image/jpeg".len());
                person.photo = Some(crate::model::Photo { mime: "image/jpeg".into(), base64 });
            }
            workspace.people.push(person);
        }
        workspace
    }

    #[test]
    fn a_save_too_large_to_open_again_is_refused_before_writing_and_names_the_largest_photos() {
        use crate::i18n::{Lang, set_language};
        const MB: usize = 1 << 20;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("w.kindred");
        save(&path, &Workspace::named("Shop")).expect("saves");
        let old = fs::read(&path).expect("read");
        let workspace = with_photos(&[
            ("Anna Berg", MB),
            ("Bo Ek", 2 * MB + MB / 2),
            ("No Photo", 0),
            ("Carl Dahl", 2 * MB),
            ("Dorte Friis", MB / 4),
        ]);
        let key = crypt::Passphrase::new("correct horse");
        let photos = (MB + 2 * MB + MB / 2 + 2 * MB + MB / 4 - 4 * "image/jpeg".len()) as u64;
        // Refused from the photos alone (over 5 MB), and from the whole file (the photos fit,
        // the rest does not): both say the same.
        let cases = [(5 * MB as u64, None), (photos + 100, None), (photos + 100, Some(&key))];
        for (limit, passphrase) in cases {
            let error =
                write_workspace_at_most(&mut RealDisk, &path, &workspace, passphrase, limit).expect_err("refused");
            let refused = error.source.get_ref().and_then(|e| e.downcast_ref::<TooLargeToOpen>()).expect("the reason");
            assert!(refused.size > limit && refused.size < limit + MB as u64, "{refused:?}");
            let named: Vec<_> = refused.photos.iter().map(|(name, size)| (name.as_str(), *size as usize)).collect();
            assert_eq!(named, [("Bo Ek", 2 * MB + MB / 2), ("Carl Dahl", 2 * MB), ("Anna Berg", MB)]);
            set_language(Lang::En);
            assert_eq!(
                error.to_string(),
                format!(
                    "{}: not saved: the file would be 6 MB, more than the 5 MB Kindred can open again; the largest \
                     photos are of Bo Ek (2.5 MB), Carl Dahl (2.0 MB), Anna Berg (1.0 MB) (the file on disk is unchanged)",
                    path.display()
                )
            );
            set_language(Lang::Da);
            assert!(
                error.to_string().contains("de største billeder er af Bo Ek (2,5 MB), Carl Dahl (2,0 MB)"),
                "{error}"
            );
            set_language(Lang::En);
            // Nor is the recovery file written: it would not open either.
            let error =
                write_recovery_at_most(&mut RealDisk, &path, &workspace, passphrase, limit).expect_err("refused");
            assert!(error.to_string().contains(": not saved: the file would be 6 MB"), "{error}");
        }
        assert_eq!(fs::read(&path).expect("read"), old, "the file is unchanged");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, ["w.kindred"], "no temporary file, backup or recovery file");
        // Without photos, the reason alone; at the limit itself, saved.
        let text = with_photos(&[("Anna Berg", 0)]);
        let size = file_bytes(&text, None).expect("bytes").len() as u64;
        let error = write_workspace_at_most(&mut RealDisk, &path, &text, None, size - 1).expect_err("refused");
        assert!(
            error.to_string().ends_with("more than the 0 MB Kindred can open again (the file on disk is unchanged)")
        );
        write_workspace_at_most(&mut RealDisk, &path, &text, None, size).expect("saves at the limit");
    }

    #[test]
    #[cfg(unix)]
    fn a_workspace_that_is_a_link_keeps_its_companions_beside_the_file_it_points_to() {
        let dir = tempfile::tempdir().expect("dir");
        let synced = dir.path().join("Sync");
        fs::create_dir(&synced).expect("folder");
        let link = dir.path().join("w.kindred");
        std::os::unix::fs::symlink("Sync/shop.kindred", &link).expect("link");
        let mut workspace = Workspace::named("Shop");
        save(&link, &workspace).expect("saves");
        workspace.people.push(crate::model::Person::named("Anna"));
        let stamp = save(&link, &workspace).expect("saves");
        write_recovery(&link, &workspace).expect("recovery");
        assert!(fs::symlink_metadata(&link).expect("there").file_type().is_symlink(), "still a link");
        assert_eq!(disk_state(&link, &stamp).expect("io"), DiskState::Unchanged);
        assert_eq!(load(&link).expect("loads").decoded.workspace.people.len(), 1);
        let (recovery, _) = find_recovery(&link).expect("found");
        assert_eq!(recovery, synced.join("shop.kindred.recovery"));
        let backups = list_backups(&link, None);
        assert_eq!(backups.iter().map(|b| b.path.clone()).collect::<Vec<_>>(), [synced.join("shop.kindred.bak1")]);
        assert_eq!(backups[0].people, Ok(0));
        remove_recovery(&link).expect("removed");
        assert!(!synced.join("shop.kindred.recovery").exists());
        let beside_link: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(beside_link.len(), 2, "only the link and the folder: {beside_link:?}");
    }
}
