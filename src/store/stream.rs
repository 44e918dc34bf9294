//! The recovery file written as its text is made: the `.kindred` text of an unencrypted
//! workspace goes to the disk in chunks, never held whole, and the write can be asked to stop
//! every few people's text (an edit wants the workspace back), leaving the recovery file as it
//! was.
//! At 100,000 people the text is some 400 MB: held whole beside the workspace it took the
//! window's process past 1.5 GB while an autosave wrote.

use super::save::{self, Disk, FileKind, SaveError};
use super::{MAX_WORKSPACE_BYTES, paths};
use crate::model::Workspace;
use crate::model::codec;
use std::fmt;
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::Arc;

/// How much text is gathered before it goes to the disk. An edit that asks for the workspace
/// while a chunk is being written waits for the write: a megabyte took the disk's cache a
/// quarter of a millisecond here, 128 KB some 30 µs.
const CHUNK: usize = 128 << 10;

/// How much text is made between two askings of `stop`: about one person's (some 4 KB). An
/// edit waits for the write to stop: a chunk's text took 3 to 8 ms to make, and the whole text
/// of a workspace of 100 people, in one chunk, was asked only at its end; with 16 KB between
/// askings the edit still waited 0.05 to 0.19 ms.
const ASK_EVERY: usize = 4 << 10;

/// Why a streamed write ended early: it was asked to stop. The file it replaces is as it was.
#[derive(Debug)]
pub struct GaveWay;

impl fmt::Display for GaveWay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the write gave way to an edit")
    }
}

impl std::error::Error for GaveWay {}

impl GaveWay {
    /// Whether `error` is a write that gave way.
    pub fn is(error: &SaveError) -> bool {
        error.source.get_ref().is_some_and(|inner| inner.is::<GaveWay>())
    }
}

/// Writes the recovery file of the workspace at `path` from `workspace` (unencrypted), its text
/// going to the disk a chunk at a time; `stop` is asked every [`ASK_EVERY`] bytes of text made
/// and before each chunk goes, and when it says so
/// the write ends with [`GaveWay`] and the recovery file is as it was. A text larger than
/// [`MAX_WORKSPACE_BYTES`] is refused like [`super::write_recovery_with`] refuses it.
///
/// `workspace` is let go, and then `let_go` called, as soon as its text is made (or given up):
/// before the file is synced and put in place. Syncing the 400 MB of a workspace of 100,000
/// people takes tens of milliseconds, which an edit waiting for the workspace waited too.
pub fn write_recovery(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: Arc<Workspace>,
    stop: &dyn Fn() -> bool,
    let_go: &mut dyn FnMut(),
) -> Result<(), SaveError> {
    write_recovery_at_most(disk, path, workspace, (stop, let_go), MAX_WORKSPACE_BYTES)
}

fn write_recovery_at_most(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: Arc<Workspace>,
    (stop, let_go): (&dyn Fn() -> bool, &mut dyn FnMut()),
    limit: u64,
) -> Result<(), SaveError> {
    let recovery = paths::recovery_path(path);
    if let Some(photos) = super::photos_past(&workspace, limit) {
        let source = super::too_large(&workspace, photos, limit);
        return Err(SaveError { path: recovery, step: save::Step::Write, source });
    }
    let mut held = Some(workspace);
    let mut fill = |disk: &mut dyn Disk, file: &mut File| {
        let workspace = held.take().ok_or_else(|| io::Error::other("the workspace was written already"))?;
        let mut chunks = Chunks {
            disk,
            file,
            text: String::with_capacity(CHUNK),
            asked_at: 0,
            written: 0,
            limit,
            stop,
            error: None,
        };
        let made = codec::encode_to(&workspace, &mut chunks);
        let result = match (chunks.error.take(), made) {
            (Some(error), _) => Err(error),
            (None, Err(_)) => Err(io::Error::other("the workspace could not be made into text")),
            (None, Ok(())) => Ok(()),
        }
        .map_err(|error| match error.get_ref().and_then(|e| e.downcast_ref::<TooLarge>()) {
            Some(TooLarge(size)) => super::too_large(&workspace, *size, limit),
            None => error,
        });
        drop(workspace);
        let_go();
        // The last of the text, made already, goes after the workspace was let go.
        result.and_then(|()| chunks.send_made())
    };
    save::save_file_with(disk, &recovery, 0, FileKind::Companion, &mut fill)
}

/// The text grown past the limit: at least this many bytes.
#[derive(Debug)]
struct TooLarge(u64);

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at least {} bytes", self.0)
    }
}

impl std::error::Error for TooLarge {}

/// The text as it is made, sent to the disk a chunk at a time.
struct Chunks<'a> {
    disk: &'a mut dyn Disk,
    file: &'a mut File,
    text: String,
    /// How long `text` was when `stop` was last asked.
    asked_at: usize,
    written: u64,
    limit: u64,
    stop: &'a dyn Fn() -> bool,
    /// Why a chunk could not be sent (the text is then made no further).
    error: Option<io::Error>,
}

impl Chunks<'_> {
    /// Sends the text gathered so far, unless asked to stop or past the limit.
    fn send(&mut self) -> io::Result<()> {
        self.ask()?;
        self.send_made()
    }

    /// Sends the text gathered so far, unless past the limit: all of the text is made, and the
    /// write no longer gives way.
    fn send_made(&mut self) -> io::Result<()> {
        self.written += self.text.len() as u64;
        if self.written > self.limit {
            return Err(io::Error::new(io::ErrorKind::FileTooLarge, TooLarge(self.written)));
        }
        self.disk.write(self.file, self.text.as_bytes())?;
        self.text.clear();
        self.asked_at = 0;
        Ok(())
    }

    /// Whether to go on: `stop` asked.
    fn ask(&mut self) -> io::Result<()> {
        self.asked_at = self.text.len();
        if (self.stop)() {
            return Err(io::Error::new(io::ErrorKind::Interrupted, GaveWay));
        }
        Ok(())
    }
}

impl fmt::Write for Chunks<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if self.error.is_some() {
            return Err(fmt::Error);
        }
        self.text.push_str(text);
        let went_on = if self.text.len() >= CHUNK {
            self.send()
        } else if self.text.len() - self.asked_at >= ASK_EVERY {
            self.ask()
        } else {
            Ok(())
        };
        if let Err(error) = went_on {
            self.error = Some(error);
            return Err(fmt::Error);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::TooLargeToOpen;
    use crate::store::save::RealDisk;
    use std::cell::Cell;

    fn workspace(people: usize) -> Workspace {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        crate::ops::demo::generate(people, today)
    }

    #[test]
    fn the_streamed_recovery_is_the_text_of_the_workspace() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("shop.kindred");
        // More than a few chunks of text.
        let ws = Arc::new(workspace(1_500));
        let asked = Cell::new(0);
        let stop = || {
            asked.set(asked.get() + 1);
            false
        };
        write_recovery(&mut RealDisk, &path, ws.clone(), &stop, &mut || {}).expect("written");
        let written = std::fs::read_to_string(paths::recovery_path(&path)).expect("read");
        assert!(written == codec::encode(&ws), "the same text as encoded whole");
        let often = written.len() / ASK_EVERY;
        assert!(asked.get() >= often, "asked every {ASK_EVERY} bytes: {} times, not {often}", asked.get());
        let entries = std::fs::read_dir(folder.path()).expect("listed").count();
        assert_eq!(entries, 1, "no temporary file left");
    }

    /// The real disk, noting at the file's sync whether the workspace was let go.
    struct Syncing<'a> {
        workspace: std::sync::Weak<Workspace>,
        let_go: &'a Cell<bool>,
        at_sync: Option<(usize, bool)>,
    }

    impl save::RealDiskBut for Syncing<'_> {
        fn on_sync(&mut self, file: &File) -> io::Result<()> {
            self.at_sync = Some((self.workspace.strong_count(), self.let_go.get()));
            RealDisk.sync(file)
        }
    }

    #[test]
    fn the_workspace_is_let_go_once_its_text_is_made_before_the_file_is_synced() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("shop.kindred");
        let ws = workspace(1_500);
        let text = codec::encode(&ws);
        let ws = Arc::new(ws);
        let let_go = Cell::new(false);
        let mut disk = Syncing { workspace: Arc::downgrade(&ws), let_go: &let_go, at_sync: None };
        write_recovery(&mut disk, &path, ws, &|| false, &mut || let_go.set(true)).expect("written");
        assert_eq!(disk.at_sync, Some((0, true)), "no one holds the workspace, and the window was told");
        let written = std::fs::read_to_string(paths::recovery_path(&path)).expect("read");
        assert!(written == text, "the whole text, its last chunk sent after the workspace was let go");
    }

    #[test]
    fn a_write_asked_to_stop_leaves_the_recovery_file_as_it_was() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("shop.kindred");
        let before = Workspace::named("Before");
        write_recovery(&mut RealDisk, &path, Arc::new(before), &|| false, &mut || {}).expect("written");
        let was = std::fs::read(paths::recovery_path(&path)).expect("read");
        // Stops at the third asking.
        let asked = Cell::new(0);
        let stop = || {
            asked.set(asked.get() + 1);
            asked.get() >= 3
        };
        let error =
            write_recovery(&mut RealDisk, &path, Arc::new(workspace(1_500)), &stop, &mut || {}).expect_err("gave way");
        assert!(GaveWay::is(&error), "{error}");
        assert_eq!(std::fs::read(paths::recovery_path(&path)).expect("read"), was, "as it was");
        assert_eq!(std::fs::read_dir(folder.path()).expect("listed").count(), 1, "no temporary file left");
    }

    #[test]
    fn a_write_of_less_than_a_chunk_stops_when_asked_before_its_end() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("shop.kindred");
        let small = workspace(20);
        assert!(codec::encode(&small).len() < CHUNK, "one chunk's text");
        // Asked to stop the second time it asks: after some 8 KB of text, not at the end.
        let asked = Cell::new(0);
        let stop = || {
            asked.set(asked.get() + 1);
            asked.get() >= 2
        };
        let error = write_recovery(&mut RealDisk, &path, Arc::new(small), &stop, &mut || {}).expect_err("gave way");
        assert!(GaveWay::is(&error), "{error}");
        assert_eq!(asked.get(), 2);
        assert!(store_is_empty(folder.path()), "nothing written, no temporary file left");
    }

    fn store_is_empty(folder: &Path) -> bool {
        std::fs::read_dir(folder).map(|entries| entries.count() == 0).unwrap_or(false)
    }

    #[test]
    fn a_text_past_the_limit_is_refused_and_nothing_is_left() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("shop.kindred");
        let error =
            write_recovery_at_most(&mut RealDisk, &path, Arc::new(workspace(1_500)), (&|| false, &mut || {}), 100_000)
                .expect_err("too large");
        assert!(!GaveWay::is(&error));
        let reason = error.source.get_ref().and_then(|e| e.downcast_ref::<TooLargeToOpen>());
        assert!(reason.is_some_and(|r| r.size > 100_000 && r.most == 100_000), "{error}");
        assert_eq!(std::fs::read_dir(folder.path()).expect("listed").count(), 0, "nothing written");
    }
}
