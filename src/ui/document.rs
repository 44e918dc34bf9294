//! One open workspace: the data, its undo history, and its file. Connects `ops` and `store`
//! for the UI; draws nothing.
//!
//! Saving and the recovery autosave write on their own thread, so the window never waits for
//! the disk: the workspace is shared with the writer (`Arc`), which makes its own copy on its
//! thread and lets go of the window's. An edit made while a save is copying copies it first
//! (`Arc::make_mut`), so the writer always writes the state it was given; an edit made while an
//! autosave is copying asks the autosave to give way ([`GiveWay`]) and it starts again later,
//! so an edit never waits for an autosave to copy the whole workspace. The shell
//! collects the outcome with [`Document::poll_writing`]; a document that goes away waits for
//! its write to finish (before its lock is released).

use crate::model::codec::ReadOnlyFile;
use crate::model::{DuplicateId, Person, PersonId, Workspace, duplicate_ids};
use crate::ops::{Edit, History};
use crate::store::crypt::Passphrase;
use crate::store::erase::Companions;
use crate::store::save::{Disk, FailingDisk, RealDisk, SaveError, Step};
use crate::store::{self, DiskStamp, DiskState, OpenError, lock};
use crate::t;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

mod merge;
mod write;
pub use merge::{Incoming, Taken};
use write::{GiveWay, WriteJob, join_deletion, mutable};

/// How long after the last autosave unsaved work is written to the recovery file again.
pub const RECOVERY_INTERVAL: Duration = Duration::from_secs(10);

/// After this many autosaves in a row that streamed the workspace and gave way to an edit, the
/// next one copies it first (and gives way only while copying), so that it is written.
const STREAMED_GIVING_WAY: u8 = 2;

/// An autosave that gave way to an edit starts again this long after it gave way, not in the
/// edit's own frames: the person who has just edited is the one waiting on those frames, and a
/// write of the whole workspace on the other core slows them (at 10,000 people the undo of an
/// import took a third longer with one beside it). Editing on keeps it waiting no longer than
/// [`STREAMED_GIVING_WAY`] allows.
const PAUSE_AFTER_GIVING_WAY: Duration = Duration::from_millis(250);

pub struct Document {
    /// Shared with a writer thread while one writes it.
    pub workspace: Arc<Workspace>,
    pub history: History,
    /// `None` until the workspace is first saved.
    pub path: Option<PathBuf>,
    /// Why the workspace cannot be edited, if it cannot.
    pub read_only: Option<ReadOnly>,
    /// Whether ids were given fresh values here: undoing that brings the duplicates back, so
    /// they are looked for again after an undo.
    renewed_ids: bool,
    stamp: Option<DiskStamp>,
    lock: Option<lock::Lock>,
    /// The history state last written to the recovery file, and when.
    recovered: Option<(u64, Instant)>,
    /// The write under way on its own thread, if one is.
    writing: Option<Writing>,
    /// The recovery file being deleted on its own thread (deleting a file of tens of megabytes
    /// takes the disk a frame or two); the next write waits for it on its own thread, and
    /// waiting for a write waits for it too.
    removing: Option<std::thread::JoinHandle<()>>,
    /// When writing the recovery file last failed: tried again only after an interval, not
    /// every frame.
    recovery_failed: Option<Instant>,
    /// How many autosaves in a row gave the workspace back to an edit before they were done:
    /// after [`STREAMED_GIVING_WAY`] the next one copies the workspace and writes the copy.
    gave_way_in_a_row: u8,
    /// When the last autosave gave way to an edit: the next waits [`PAUSE_AFTER_GIVING_WAY`].
    gave_way_at: Option<Instant>,
    /// Failures tests inject into the writes.
    faults: Faults,
    /// The passphrase the file (and its backups and recovery file) is encrypted with, if it is.
    passphrase: Option<Passphrase>,
    /// What the last rewriting of the backups did, until the shell takes it.
    companions: Option<Companions>,
    /// Why the last save did not write the calendar feed, until the shell takes it.
    feed_problem: Option<String>,
    /// Sharing the workspace with other computers ([`merge`]).
    shared: merge::Shared,
}

/// Why a workspace cannot be edited: what happened, worded when it is shown (so that it
/// follows a change of language).
#[derive(Debug)]
pub enum ReadOnly {
    /// The file's own reason: a newer format, fields this version does not know.
    File(ReadOnlyFile),
    /// Another window or program has it open.
    Locked(lock::LockInfo),
    /// Its lock file cannot be read (or a dead program's lock not taken over).
    LockUnreadable(lock::Unreadable),
    /// Its lock file cannot be written.
    LockUnwritable(std::io::Error),
    /// Records share ids (each later holder with the first). Nothing is done by an id that
    /// could mean either; [`Document::renew_duplicate_ids`] gives them fresh ones.
    DuplicateIds(Vec<DuplicateId>),
}

impl ReadOnly {
    /// The workspace's duplicate ids as a reason, if it has any.
    fn duplicates_in(workspace: &Workspace) -> Option<Self> {
        let found = duplicate_ids(workspace);
        (!found.is_empty()).then_some(ReadOnly::DuplicateIds(found))
    }

    /// Whether the reason is ids held twice (which the person may repair here).
    pub fn is_duplicate_ids(&self) -> bool {
        matches!(self, ReadOnly::DuplicateIds(_))
    }

    /// The reason without any person's name, for present mode's privacy mask.
    pub fn masked(&self) -> String {
        match self {
            ReadOnly::DuplicateIds(found) => t!("error-read-only-duplicate-ids-masked", count = found.len()),
            other => other.to_string(),
        }
    }
}

/// In the thread's language, after "Read-only: ".
impl fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ReadOnly::File(reason) => reason.to_string(),
            ReadOnly::Locked(holder) => holder.read_only_reason(),
            ReadOnly::LockUnreadable(reason) => reason.to_string(),
            ReadOnly::LockUnwritable(error) => lock::unwritable_reason(error),
            ReadOnly::DuplicateIds(found) => {
                let first = found.first().map(crate::ops::ids::describe).unwrap_or_default();
                t!("error-read-only-duplicate-ids", first = first, more = found.len().saturating_sub(1))
            }
        };
        f.write_str(&text)
    }
}

/// Failures to inject into a document's writes, for tests: the workspace file's saves and the
/// recovery file's writes each fail at a step when given.
#[doc(hidden)]
#[derive(Clone, Debug, Default)]
pub struct Faults {
    pub save: Option<FailingDisk>,
    pub recovery: Option<FailingDisk>,
}

/// A write of the workspace on its own thread.
struct Writing {
    /// The workspace file (a save), or `None` for the recovery file.
    file: Option<PathBuf>,
    /// The history state being written, and when it was started.
    state: u64,
    started: Instant,
    /// Why the save this recovery write follows failed: the work is written to the recovery
    /// file at once, not at the next autosave.
    rescue: Option<String>,
    done: mpsc::Receiver<Done>,
    /// How to ask an autosave to give the workspace back; `None` for a save.
    give_way: Option<Arc<GiveWay>>,
}

/// How a write on its own thread ended.
struct Done {
    result: Result<Option<DiskStamp>, WriteError>,
    /// The autosave gave the workspace back before it wrote anything: nothing to tell.
    gave_way: bool,
    /// What rewriting the backups after the save did, when it was asked for.
    companions: Option<Companions>,
    /// Why the calendar feed was not written with the save, when it was not.
    feed: Option<String>,
}

/// What to do to the backups once a save is on disk, on the same thread.
#[derive(Clone, Debug)]
pub enum Afterwards {
    /// Erase this person from them.
    Erase(PersonId),
    /// Rewrite them with the workspace's (new) passphrase; `old` opens them now.
    Reseal { old: Option<Passphrase> },
}

/// A write that failed: why, and for a save whose new version is in place all the same (only
/// syncing the folder failed) what the file now is.
struct WriteError {
    message: String,
    in_place: Option<DiskStamp>,
}

impl WriteError {
    fn of(error: &SaveError, file: &Path) -> Self {
        let in_place = if error.step == Step::SyncFolder { store::stamp_of(file).ok() } else { None };
        Self { message: error.to_string(), in_place }
    }
}

/// What a finished write was.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// The workspace file is saved.
    Saved,
    /// Unsaved work is in the recovery file.
    Recovery,
    /// A save failed (its message here), and the unsaved work was then written to the recovery
    /// file (or, when the result is an error, not even there).
    Rescue(String),
}

/// What saving found.
#[derive(Debug)]
pub enum SaveOutcome {
    Saved,
    /// The workspace has no file yet: ask where to save it.
    NeedsPath,
    /// Someone else changed the file since it was loaded; nothing was written.
    ChangedOnDisk,
}

impl Document {
    /// A workspace that has no file yet.
    pub fn untitled(workspace: Workspace) -> Self {
        Self {
            history: History::counting(&workspace),
            workspace: Arc::new(workspace),
            path: None,
            read_only: None,
            renewed_ids: false,
            stamp: None,
            lock: None,
            recovered: None,
            removing: None,
            writing: None,
            recovery_failed: None,
            gave_way_in_a_row: 0,
            gave_way_at: None,
            faults: Faults::default(),
            passphrase: None,
            companions: None,
            feed_problem: None,
            shared: merge::Shared::default(),
        }
    }

    /// Reads a workspace file. The caller locks it with [`Document::lock`].
    pub fn open(path: &Path) -> Result<Self, OpenError> {
        Self::open_with(path, None)
    }

    /// Reads a workspace file, decrypting it with the passphrase when it is encrypted; it is
    /// then saved encrypted with the same passphrase.
    pub fn open_with(path: &Path, passphrase: Option<Passphrase>) -> Result<Self, OpenError> {
        let loaded = store::load_with(path, passphrase.as_ref())?;
        let document = Self::loaded(path, loaded, passphrase);
        // On the reading thread: this computer keeps what it read as a common version.
        document.keep_version();
        Ok(document)
    }

    /// A document of a workspace read from `path` (with the passphrase that opened it).
    pub fn loaded(path: &Path, loaded: store::Loaded, passphrase: Option<Passphrase>) -> Self {
        let read_only = match loaded.decoded.read_only() {
            Some(reason) => Some(ReadOnly::File(reason)),
            None => ReadOnly::duplicates_in(&loaded.decoded.workspace),
        };
        let shared = merge::Shared::read_as(loaded.revision.clone());
        Self {
            history: History::counting(&loaded.decoded.workspace),
            workspace: Arc::new(loaded.decoded.workspace),
            path: Some(path.to_path_buf()),
            read_only,
            renewed_ids: false,
            stamp: Some(loaded.stamp),
            lock: None,
            recovered: None,
            removing: None,
            writing: None,
            recovery_failed: None,
            gave_way_in_a_row: 0,
            gave_way_at: None,
            faults: Faults::default(),
            passphrase: if loaded.encrypted { passphrase } else { None },
            companions: None,
            feed_problem: None,
            shared,
        }
    }

    /// The passphrase the workspace is encrypted with, if it is.
    pub fn passphrase(&self) -> Option<&Passphrase> {
        self.passphrase.as_ref()
    }

    /// Creates a file for a new workspace and opens it, locked.
    pub fn create(path: &Path, workspace: Workspace) -> Result<Self, String> {
        let mut document = Self::untitled(workspace);
        match lock::acquire(path) {
            Ok(lock::LockOutcome::Acquired(held)) => document.lock = Some(held),
            Ok(_) => return Err(t!("interop-document-held", path = path.display().to_string())),
            Err(error) => {
                return Err(t!(
                    "interop-document-cannot-lock",
                    path = path.display().to_string(),
                    error = store::io_reason(&error)
                ));
            }
        }
        let stamp = store::save(path, &document.workspace).map_err(|e| e.to_string())?;
        document.path = Some(path.to_path_buf());
        document.stamp = Some(stamp);
        Ok(document)
    }

    /// Makes this document's later writes fail as `faults` says: for tests.
    #[doc(hidden)]
    pub fn inject_faults(&mut self, faults: Faults) {
        self.faults = faults;
    }

    /// Makes the workspace read-only for `reason`, unless it already is for another reason
    /// than duplicate ids: those can be repaired here, so a reason that cannot (the file is
    /// open elsewhere) takes their place, lest the repair make it editable.
    pub fn make_read_only(&mut self, reason: ReadOnly) {
        if self.read_only.as_ref().is_none_or(ReadOnly::is_duplicate_ids) {
            self.read_only = Some(reason);
        }
    }

    /// Gives every id held twice a fresh value in all its holders but the first, as one undo
    /// step ([`crate::ops::ids::repair`]); the workspace can then be edited and saved. Only
    /// when duplicate ids are why it is read-only. Returns how many ids were renewed.
    pub fn renew_duplicate_ids(&mut self, label: &str) -> Result<usize, String> {
        match &self.read_only {
            Some(ReadOnly::DuplicateIds(_)) => {}
            Some(reason) => return Err(t!("interop-document-read-only", reason = reason.to_string())),
            None => return Ok(0),
        }
        let renewed = match crate::ops::ids::repair(&self.workspace) {
            Some((edit, renewed)) => {
                self.history
                    .apply(mutable(&mut self.workspace, self.writing.as_ref()), label, edit)
                    .map_err(|e| e.to_string())?;
                renewed
            }
            None => 0,
        };
        self.renewed_ids = true;
        self.read_only = None;
        Ok(renewed)
    }

    /// After an undo or redo that may have brought back duplicate ids: read-only again if so.
    fn look_for_duplicates_again(&mut self) {
        if self.renewed_ids {
            self.look_for_duplicates();
        }
    }

    /// Read-only if the workspace (new in this document) holds an id twice, editable if it
    /// does not; other reasons stay.
    fn look_for_duplicates(&mut self) {
        if self.read_only.as_ref().is_none_or(ReadOnly::is_duplicate_ids) {
            self.read_only = ReadOnly::duplicates_in(&self.workspace);
        }
    }

    /// Holds the lock of this document's file, once the caller has one.
    pub fn hold_lock(&mut self, lock: lock::Lock) {
        self.lock = Some(lock);
    }

    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// The name shown in the title: the workspace's own, else the file's.
    pub fn display_name(&self) -> String {
        if !self.workspace.name.trim().is_empty() {
            return self.workspace.name.clone();
        }
        self.path
            .as_deref()
            .and_then(Path::file_stem)
            .map_or_else(|| t!("interop-document-untitled"), |s| s.to_string_lossy().into_owned())
    }

    /// "Kindred — Bageriet Dahl", with a `*` while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let mut title = format!("Kindred — {}", self.display_name());
        if self.history.is_dirty() {
            title.push_str(" *");
        }
        if self.read_only.is_some() {
            title.push(' ');
            title.push_str(&t!("interop-document-read-only-mark"));
        }
        title
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Applies an edit as one undo step; refused while read-only.
    pub fn apply(&mut self, label: &str, edit: Edit) -> Result<(), String> {
        if let Some(reason) = &self.read_only {
            return Err(t!("interop-document-read-only", reason = reason.to_string()));
        }
        let touched = crate::ops::sync::Touched::of(&edit);
        let stamp = crate::sharing::stamp_now(&self.shared.who);
        let mut edit = edit;
        let named = crate::ops::sync::Touched::stamp_carried(&mut edit, &stamp);
        let workspace = mutable(&mut self.workspace, self.writing.as_ref());
        self.history.apply(workspace, label, edit).map_err(|e| format!("{label}: {e}"))?;
        named.stamp(workspace, &stamp);
        self.history.also_changed(touched.people());
        Ok(())
    }

    pub fn undo(&mut self) -> Option<String> {
        if self.read_only.is_some() {
            return None;
        }
        let undone = self.history.undo(mutable(&mut self.workspace, self.writing.as_ref()));
        self.look_for_duplicates_again();
        undone
    }

    pub fn redo(&mut self) -> Option<String> {
        if self.read_only.is_some() {
            return None;
        }
        let redone = self.history.redo(mutable(&mut self.workspace, self.writing.as_ref()));
        self.look_for_duplicates_again();
        redone
    }

    /// Saves to the document's file, unless someone else changed it since it was loaded. The
    /// writing goes on on its own thread; [`Document::poll_writing`] tells how it ended.
    pub fn save(&mut self) -> Result<SaveOutcome, String> {
        let Some(path) = self.path.clone() else { return Ok(SaveOutcome::NeedsPath) };
        if let Some(reason) = &self.read_only {
            return Err(t!("interop-document-not-saved", reason = reason.to_string()));
        }
        if let Some(stamp) = &self.stamp {
            match store::disk_state(&path, stamp) {
                Ok(DiskState::Unchanged | DiskState::Missing) => {}
                Ok(DiskState::Changed) => return Ok(SaveOutcome::ChangedOnDisk),
                Err(error) => {
                    let path = path.display().to_string();
                    return Err(t!("interop-document-cannot-check", path = path, error = store::io_reason(&error)));
                }
            }
        }
        self.write(&path)?;
        Ok(SaveOutcome::Saved)
    }

    /// Saves over whatever is on disk: after the person chose to keep their version.
    pub fn save_overwriting(&mut self) -> Result<(), String> {
        let path = self.path.clone().ok_or_else(|| t!("interop-document-no-file-yet"))?;
        self.write(&path)
    }

    /// Saves to a new file, which becomes the document's file (locked, editable).
    pub fn save_as(&mut self, path: &Path) -> Result<(), String> {
        let new_lock = if self.path.as_deref() == Some(path) {
            None
        } else {
            match lock::acquire(path) {
                Ok(lock::LockOutcome::Acquired(held)) => Some(held),
                Ok(lock::LockOutcome::HeldHere(holder) | lock::LockOutcome::HeldElsewhere(holder)) => {
                    return Err(t!(
                        "interop-document-open-by",
                        path = path.display().to_string(),
                        holder = holder.to_string()
                    ));
                }
                Ok(lock::LockOutcome::Unreadable(reason)) => return Err(reason.to_string()),
                Err(error) => {
                    let path = path.display().to_string();
                    return Err(t!("interop-document-cannot-lock", path = path, error = store::io_reason(&error)));
                }
            }
        };
        self.write(path)?;
        let old_path = self.path.replace(path.to_path_buf());
        if let Some(held) = new_lock {
            if let Some(old) = old_path {
                let _ = store::remove_recovery(&old);
            }
            self.lock = Some(held);
        }
        // The copy is this version's own file, open here alone; ids held twice stay a reason.
        self.read_only = ReadOnly::duplicates_in(&self.workspace);
        Ok(())
    }

    /// Starts writing the workspace to `path` on its own thread (after any write under way).
    fn write(&mut self, path: &Path) -> Result<(), String> {
        // Writes under way end first (a failed save's rescue too). How they ended does not
        // stop this save: a failing recovery file must not keep the work from its own file.
        while self.finish().is_some() {}
        self.descend();
        self.start_writing(Some(path.to_path_buf()), None);
        Ok(())
    }

    /// Writes the workspace to `file` (a save) or, with `None`, to the recovery file, on its
    /// own thread; after a save, does `afterwards` to the backups on the same thread.
    fn start_writing(&mut self, file: Option<PathBuf>, afterwards: Option<Afterwards>) {
        self.start_writing_after(file, None, afterwards);
    }

    /// Starts a write; `rescue` is the message of the failed save a recovery write follows.
    fn start_writing_after(&mut self, file: Option<PathBuf>, rescue: Option<String>, afterwards: Option<Afterwards>) {
        let Some(path) = self.path.clone().or_else(|| file.clone()) else { return };
        // A recovery write gives way to an edit; a save the person asked for does not, nor the
        // rescue of a failed one (whose outcome the person is told).
        let give_way =
            (file.is_none() && rescue.is_none()).then(|| Arc::new(GiveWay::new(Arc::clone(&self.workspace))));
        let job = WriteJob {
            file: file.clone(),
            workspace_path: path,
            // An autosave's is in `give_way`, to be taken back before the copy begins.
            workspace: if give_way.is_some() { Arc::default() } else { Arc::clone(&self.workspace) },
            passphrase: self.passphrase.clone(),
            afterwards,
            faults: self.faults.clone(),
            bases: self.shared.bases.clone(),
            give_way: give_way.clone(),
            stream: self.gave_way_in_a_row < STREAMED_GIVING_WAY,
        };
        // A channel of one place, made here: the writer's thread allocates nothing the window's
        // thread later frees. (Freeing a block the writer made, after it had freed a copy of the
        // workspace, made the allocator give that memory back to the system on the window's
        // thread, some milliseconds in the frame after an edit.)
        let (send, done) = mpsc::sync_channel(1);
        let (sender, threads_job) = (send.clone(), job.clone());
        // A recovery file being deleted is gone before anything is written: waited for on the
        // writer's thread, not the window's.
        let removing = Arc::new(std::sync::Mutex::new(self.removing.take()));
        let threads_removing = Arc::clone(&removing);
        // Error messages in the app's language.
        let spawned = crate::ui::background::spawn("kindred-save", move || {
            let _ = sender.send(threads_job.run(|| join_deletion(&threads_removing)));
        });
        if let Err(error) = spawned {
            // No thread to be had: write here, now.
            log::warn!("writing on the window's thread: {error}");
            let _ = send.send(job.run(|| join_deletion(&removing)));
        }
        self.writing =
            Some(Writing { file, state: self.history.state(), started: Instant::now(), rescue, done, give_way });
    }

    /// Whether a write is under way.
    pub fn is_writing(&self) -> bool {
        self.writing.is_some()
    }

    /// How a write under way ended, once it has: what it wrote, and whether it succeeded;
    /// `None` while it goes on or when there is none.
    pub fn poll_writing(&mut self) -> Option<(Written, Result<(), String>)> {
        let result = self.writing.as_ref()?.done.try_recv();
        match result {
            Ok(done) => self.written(done),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => self.written(Done::lost()),
        }
    }

    /// Waits for a write under way to end; `Ok` when there was none or it succeeded.
    pub fn finish_writing(&mut self) -> Result<(), String> {
        self.finish().map_or(Ok(()), |(_, result)| result)
    }

    /// Waits for a write under way to end; what it was and how it ended, if there was one.
    pub fn finish(&mut self) -> Option<(Written, Result<(), String>)> {
        let Some(writing) = self.writing.as_ref() else {
            self.join_removal();
            return None;
        };
        let done = writing.done.recv().unwrap_or_else(|_| Done::lost());
        let heard = self.written(done);
        self.join_removal();
        heard
    }

    /// Deletes the recovery file of `path` on its own thread, after any deletion before it.
    fn remove_recovery_aside(&mut self, path: &Path) {
        self.join_removal();
        let path = path.to_path_buf();
        let remove = move || {
            if let Err(error) = store::remove_recovery(&path) {
                log::warn!("the recovery file of {} was not removed: {error}", path.display());
            }
        };
        match crate::ui::background::spawn("kindred-remove", remove.clone()) {
            Ok(handle) => self.removing = Some(handle),
            Err(_) => remove(),
        }
    }

    /// Waits for the recovery file's deletion under way, if one is.
    fn join_removal(&mut self) {
        if let Some(handle) = self.removing.take() {
            let _ = handle.join();
        }
    }

    /// Why the last save did not write the calendar feed, once, if it did not.
    pub fn take_feed_problem(&mut self) -> Option<String> {
        self.feed_problem.take()
    }

    /// What the last rewriting of the backups (after an erase or a new passphrase) did, once.
    pub fn take_companions(&mut self) -> Option<Companions> {
        self.companions.take()
    }

    fn written(&mut self, done: Done) -> Option<(Written, Result<(), String>)> {
        let Done { result, companions, feed, gave_way } = done;
        if companions.is_some() {
            self.companions = companions;
        }
        self.feed_problem = feed;
        let writing = self.writing.take()?;
        if gave_way {
            // An edit came first; the next autosave writes what it made.
            self.gave_way_in_a_row = self.gave_way_in_a_row.saturating_add(1);
            self.gave_way_at = Some(Instant::now());
            return None;
        }
        if writing.file.is_none() {
            self.gave_way_in_a_row = 0;
        }
        let what = match (&writing.file, writing.rescue) {
            (Some(_), _) => Written::Saved,
            (None, None) => Written::Recovery,
            (None, Some(failed)) => Written::Rescue(failed),
        };
        Some(match (result, writing.file) {
            (Ok(stamp), Some(file)) => {
                self.saved(stamp, writing.state, &file);
                (what, Ok(()))
            }
            (Ok(_), None) => {
                self.recovered = Some((writing.state, writing.started));
                self.recovery_failed = None;
                (what, Ok(()))
            }
            // The new version is in place; only its durability is in doubt.
            (Err(WriteError { message, in_place: Some(stamp) }), Some(file)) => {
                self.saved(Some(stamp), writing.state, &file);
                (what, Err(message))
            }
            (Err(error), Some(_)) => {
                // The work is only in memory now: write it to the recovery file at once.
                if self.holds_lock() && self.read_only.is_none() && self.path.is_some() && self.is_dirty() {
                    self.start_writing_after(None, Some(error.message.clone()), None);
                }
                (what, Err(error.message))
            }
            (Err(error), None) => {
                self.recovery_failed = Some(writing.started);
                (what, Err(error.message))
            }
        })
    }

    fn saved(&mut self, stamp: Option<DiskStamp>, state: u64, file: &Path) {
        self.shared.saved(stamp.as_ref().and_then(DiskStamp::revision));
        for (copy, why) in self.file_copies(file) {
            log::warn!("{} was merged but not moved to the backups: {why}", copy.display());
        }
        self.stamp = stamp;
        // What was written is the state when the save began; edits since stay unsaved.
        self.history.mark_saved_at(state);
        // The work is on disk now; a recovery file would only offer it back needlessly.
        self.remove_recovery_aside(file);
        self.recovered = None;
    }

    /// Starts writing unsaved work to the recovery file when it changed and the last write is
    /// old enough (not while another write is under way). Returns whether it started; how it
    /// ends comes from [`Document::poll_writing`].
    pub fn autosave_recovery(&mut self, now: Instant) -> Result<bool, String> {
        if self.writing.is_some() {
            return Ok(false);
        }
        let (Some(path), None, true) = (&self.path, &self.read_only, self.holds_lock()) else { return Ok(false) };
        if !self.is_dirty() {
            // Undone back to the saved state: what the recovery file holds is not wanted.
            if self.recovered.take().is_some() {
                let path = path.clone();
                self.remove_recovery_aside(&path);
            }
            return Ok(false);
        }
        let state = self.history.state();
        if self.recovery_failed.is_some_and(|at| now.duration_since(at) < RECOVERY_INTERVAL) {
            return Ok(false);
        }
        if self.gave_way_at.is_some_and(|at| now.saturating_duration_since(at) < PAUSE_AFTER_GIVING_WAY) {
            return Ok(false);
        }
        if let Some((written, at)) = self.recovered {
            if written == state || now.duration_since(at) < RECOVERY_INTERVAL {
                return Ok(false);
            }
        }
        self.start_writing(None, None);
        Ok(true)
    }

    /// Replaces the workspace with unsaved work from the recovery file; it stays unsaved.
    pub fn restore_recovery(&mut self) -> Result<(), String> {
        let path = self.path.clone().ok_or_else(|| t!("interop-document-no-file"))?;
        let recovery = store::paths::recovery_path(&path);
        let loaded = store::load_with(&recovery, self.passphrase.as_ref()).map_err(|e| e.to_string())?;
        self.finish_writing()?;
        self.workspace = Arc::new(loaded.decoded.workspace);
        self.history = History::counting(&self.workspace);
        self.history.mark_unsaved();
        self.look_for_duplicates();
        Ok(())
    }

    /// Replaces the workspace with backup `number` of its file, as unsaved work: saving it
    /// keeps the version it replaces as backup 1, so nothing is lost.
    pub fn restore_backup(&mut self, number: usize) -> Result<(), String> {
        let path = self.path.clone().ok_or_else(|| t!("interop-document-no-file"))?;
        if let Some(reason) = &self.read_only {
            return Err(t!("interop-document-read-only", reason = reason.to_string()));
        }
        let backup = store::paths::backup_path(&path, number);
        let loaded = store::load_with(&backup, self.passphrase.as_ref()).map_err(|e| e.to_string())?;
        if let Some(reason) = loaded.decoded.read_only_reason() {
            return Err(reason);
        }
        self.finish_writing()?;
        self.workspace = Arc::new(loaded.decoded.workspace);
        self.history = History::counting(&self.workspace);
        self.history.mark_unsaved();
        self.look_for_duplicates();
        Ok(())
    }

    /// Erases a person for good: out of the workspace, and out of the undo history, which is
    /// cleared because its steps would hold them; then saves at once (on its own thread, as
    /// any save). Refused while someone else's version is on disk: that version may hold the
    /// person too, and must be looked at first. With `from_backups`, the backups are
    /// rewritten without them once the save is on disk ([`Document::take_companions`] tells
    /// how that went); the recovery file goes with any successful save.
    pub fn erase_person(&mut self, id: PersonId, from_backups: bool) -> Result<Person, String> {
        self.may_rewrite()?;
        let person =
            crate::ops::erase::erase(mutable(&mut self.workspace, self.writing.as_ref()), id).map_err(|refused| {
                match refused {
                    crate::ops::erase::Refused::Missing => t!("erase-refused-missing"),
                    crate::ops::erase::Refused::Shared => t!("erase-refused-shared"),
                }
            })?;
        self.history = History::counting(&self.workspace);
        self.history.mark_unsaved();
        if let Some(path) = self.path.clone() {
            self.start_writing(Some(path), from_backups.then_some(Afterwards::Erase(id)));
        }
        Ok(person)
    }

    /// Encrypts the workspace with a new passphrase, or with `None` stops encrypting it: saves
    /// at once, then rewrites the backups to match on the same thread
    /// ([`Document::take_companions`] tells how that went).
    pub fn set_passphrase(&mut self, new: Option<Passphrase>) -> Result<(), String> {
        self.may_rewrite()?;
        let old = std::mem::replace(&mut self.passphrase, new);
        if let Some(path) = self.path.clone() {
            self.start_writing(Some(path), Some(Afterwards::Reseal { old }));
        }
        Ok(())
    }

    /// Whether the file may be rewritten at once: not read-only, and not changed by someone
    /// else since it was read (their version must be looked at first). Waits for a write
    /// under way, whose outcome the next save supersedes.
    fn may_rewrite(&mut self) -> Result<(), String> {
        if let Some(reason) = &self.read_only {
            return Err(t!("document-refused-read-only", reason = reason.to_string()));
        }
        if let (Some(path), Some(stamp)) = (&self.path, &self.stamp)
            && matches!(store::disk_state(path, stamp), Ok(DiskState::Changed))
        {
            return Err(t!("document-refused-changed"));
        }
        let _ = self.finish_writing();
        Ok(())
    }

    /// Drops unsaved work: the recovery file goes.
    pub fn discard_recovery(&mut self) {
        let _ = self.finish_writing();
        if let Some(path) = &self.path {
            let _ = store::remove_recovery(path);
        }
    }

    /// Time to wait before the next autosave is due, while there is unsaved work.
    pub fn next_autosave_in(&self, now: Instant) -> Option<Duration> {
        if !self.is_dirty() || self.read_only.is_some() || self.path.is_none() {
            return None;
        }
        if self.writing.is_some() {
            // Looked at again when the write ends.
            return Some(Duration::from_millis(50));
        }
        if let Some(at) = self.recovery_failed {
            return Some(RECOVERY_INTERVAL.saturating_sub(now.duration_since(at)));
        }
        let due = match self.recovered {
            Some((state, _)) if state == self.history.state() => return None,
            Some((_, at)) => RECOVERY_INTERVAL.saturating_sub(now.duration_since(at)),
            None => Duration::ZERO,
        };
        let pause = self.gave_way_at.map(|at| PAUSE_AFTER_GIVING_WAY.saturating_sub(now.saturating_duration_since(at)));
        Some(due.max(pause.unwrap_or_default()))
    }
}

impl Drop for Document {
    /// A write under way ends before the document (and its lock) goes.
    fn drop(&mut self) {
        let _ = self.finish_writing();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn a_save_writes_on_its_own_thread_the_state_it_began_with() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert!(matches!(document.save(), Ok(SaveOutcome::Saved)));
        // An edit while the writer writes: the writer keeps its own copy.
        document.apply("Rename", Edit::RenameWorkspace("Bakery and café".into())).expect("applies");
        assert_eq!(document.finish(), Some((Written::Saved, Ok(()))));
        let on_disk = store::load(&path).expect("loads").decoded.workspace;
        assert_eq!(on_disk.name, "Bakery", "the state when the save began");
        assert!(document.is_dirty(), "the later edit is not saved");
        document.undo();
        assert!(!document.is_dirty(), "undone back to what is on disk");
        assert!(!document.is_writing());
    }

    #[test]
    fn a_look_at_the_disk_holds_the_workspace_only_when_there_is_something_to_merge() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        let watch = document.watch().expect("a file to look at");
        assert_eq!(Arc::strong_count(&document.workspace), 1, "the look does not hold it");
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert!(matches!(watch.run(), merge::Incoming::Nothing), "nothing changed on disk");
        // The file changed elsewhere, and the work changed as the look began: look again.
        let watch = document.watch().expect("a file to look at");
        document.apply("Rename", Edit::RenameWorkspace("Bakery and café".into())).expect("applies");
        store::save(&path, &Workspace::named("Changed elsewhere")).expect("saved");
        assert!(matches!(watch.run(), merge::Incoming::Again));
        let _ = document.finish();
    }

    #[test]
    fn the_recovery_autosave_writes_on_its_own_thread_too() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        let now = Instant::now();
        assert_eq!(document.autosave_recovery(now), Ok(true));
        assert_eq!(document.autosave_recovery(now), Ok(false), "not while a write is under way");
        assert_eq!(document.finish(), Some((Written::Recovery, Ok(()))));
        let (recovery, _) = store::find_recovery(&path).expect("written");
        assert_eq!(store::load(&recovery).expect("loads").decoded.workspace.name, "Bakery");
        assert_eq!(document.next_autosave_in(now), None, "nothing new to write");
    }

    #[test]
    fn an_edit_asks_an_autosave_copying_the_workspace_to_give_it_back() {
        use std::sync::atomic::Ordering;
        let mut workspace = Arc::new(Workspace::named("Shop"));
        let ours = Arc::as_ptr(&workspace);
        let give_way = Arc::new(GiveWay::new(Arc::clone(&workspace)));
        // The writer has taken the workspace handed to it: a copy that goes on until it is
        // asked to stop.
        let held = give_way.handed.lock().expect("not poisoned").take().expect("handed over");
        let theirs = Arc::clone(&give_way);
        let writer = std::thread::spawn(move || {
            while !theirs.asked.load(Ordering::Acquire) {
                std::thread::yield_now();
            }
            drop(held);
            theirs.let_go();
        });
        let (_send, done) = mpsc::channel();
        let writing =
            Writing { file: None, state: 0, started: Instant::now(), rescue: None, done, give_way: Some(give_way) };
        mutable(&mut workspace, Some(&writing)).name = "Bakery".into();
        assert_eq!(Arc::as_ptr(&workspace), ours, "changed in place, not copied");
        assert_eq!(workspace.name, "Bakery");
        writer.join().expect("the writer ended");
    }

    #[test]
    fn an_edit_before_the_autosave_s_thread_has_begun_takes_the_workspace_back_without_waiting_for_it() {
        // The workspace handed over, and no thread to take it (one not given a core yet): the
        // edit takes it back and changes it in place, at once.
        let (sent, answer) = mpsc::channel();
        std::thread::spawn(move || {
            let mut workspace = Arc::new(Workspace::named("Shop"));
            let ours = Arc::as_ptr(&workspace);
            let give_way = Arc::new(GiveWay::new(Arc::clone(&workspace)));
            let (_send, done) = mpsc::channel();
            let writing =
                Writing { file: None, state: 0, started: Instant::now(), rescue: None, done, give_way: Some(give_way) };
            mutable(&mut workspace, Some(&writing)).name = "Bakery".into();
            let _ = sent.send((Arc::as_ptr(&workspace) == ours, workspace.name.clone()));
        });
        let (in_place, name) = answer.recv_timeout(Duration::from_secs(20)).expect("the edit did not wait");
        assert!(in_place, "changed in place, not copied");
        assert_eq!(name, "Bakery");
    }

    #[test]
    fn an_edit_during_an_autosave_s_copy_takes_the_workspace_back_and_the_next_autosave_writes_it() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let mut document = Document::create(&path, crate::ops::demo::generate(3000, today)).expect("created");
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        let ours = Arc::as_ptr(&document.workspace);
        assert_eq!(document.autosave_recovery(Instant::now()), Ok(true));
        // At once, while the writer copies 3,000 people: the edit changes the window's own
        // workspace, never a copy of it made here.
        document.apply("Rename", Edit::RenameWorkspace("Bakery and café".into())).expect("applies");
        assert_eq!(Arc::as_ptr(&document.workspace), ours, "the window's workspace, not a copy");
        match document.finish() {
            // It gave way: nothing to tell, and nothing written yet.
            None => assert!(store::find_recovery(&path).is_none()),
            // It had made its copy already: it wrote the state it began with.
            Some(done) => assert_eq!(done, (Written::Recovery, Ok(()))),
        }
        // The next autosave writes the latest state.
        let later = Instant::now() + RECOVERY_INTERVAL;
        assert_eq!(document.autosave_recovery(later), Ok(true));
        assert_eq!(document.finish(), Some((Written::Recovery, Ok(()))));
        let (recovery, _) = store::find_recovery(&path).expect("written");
        assert_eq!(store::load(&recovery).expect("loads").decoded.workspace.name, "Bakery and café");
    }

    /// A recovery autosave under way that ends, having given way to an edit or not.
    fn autosave_ended(document: &mut Document, gave_way: bool) {
        let (_send, done) = mpsc::channel();
        let started = Instant::now();
        document.writing = Some(Writing { file: None, state: 0, started, rescue: None, done, give_way: None });
        document.written(Done { result: Ok(None), companions: None, feed: None, gave_way });
    }

    #[test]
    fn autosaves_that_gave_way_twice_in_a_row_make_the_next_one_copy_the_workspace() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        let ended = |document: &mut Document, gave_way: bool| {
            autosave_ended(document, gave_way);
            document.gave_way_in_a_row < STREAMED_GIVING_WAY
        };
        assert!(ended(&mut document, true), "one gave way: the next streams");
        assert!(!ended(&mut document, true), "two in a row: the next copies");
        assert!(!ended(&mut document, true));
        assert!(ended(&mut document, false), "one written: streaming again");
    }

    #[test]
    fn an_autosave_that_gave_way_to_an_edit_starts_again_after_a_pause_not_in_the_edits_frames() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        autosave_ended(&mut document, true);
        let now = Instant::now();
        let wait = document.next_autosave_in(now).expect("unsaved work");
        assert!(wait > Duration::ZERO && wait <= PAUSE_AFTER_GIVING_WAY, "{wait:?}");
        assert_eq!(document.autosave_recovery(now), Ok(false), "not in the frames right after the edit");
        let later = now + PAUSE_AFTER_GIVING_WAY;
        assert_eq!(document.next_autosave_in(later), Some(Duration::ZERO));
        assert_eq!(document.autosave_recovery(later), Ok(true), "written once the pause is over");
        assert_eq!(document.finish(), Some((Written::Recovery, Ok(()))));
        let (recovery, _) = store::find_recovery(&path).expect("written");
        assert_eq!(store::load(&recovery).expect("loads").decoded.workspace.name, "Bakery");
    }

    #[test]
    fn the_recovery_file_goes_when_the_work_is_saved_or_undone_back_to_what_is_saved() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        let recovery = store::paths::recovery_path(&path);
        let edit_and_autosave = |document: &mut Document| {
            document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
            assert_eq!(document.autosave_recovery(Instant::now()), Ok(true));
            assert_eq!(document.finish(), Some((Written::Recovery, Ok(()))));
            assert!(recovery.exists(), "the unsaved work is in the recovery file");
        };
        // Undone back to the saved state: the next autosave deletes it (on its own thread).
        edit_and_autosave(&mut document);
        document.undo();
        assert_eq!(document.autosave_recovery(Instant::now()), Ok(false), "nothing to write");
        assert_eq!(document.finish(), None);
        assert!(!recovery.exists(), "gone once waited for");
        // Saved: it goes with the save.
        edit_and_autosave(&mut document);
        assert!(matches!(document.save(), Ok(SaveOutcome::Saved)));
        assert_eq!(document.finish(), Some((Written::Saved, Ok(()))));
        assert!(!recovery.exists(), "gone with the save");
        // And a new recovery file written after a deletion is kept.
        edit_and_autosave(&mut document);
        document.undo();
        assert_eq!(document.autosave_recovery(Instant::now()), Ok(false));
        document.redo();
        assert_eq!(document.autosave_recovery(Instant::now()), Ok(true));
        assert_eq!(document.finish(), Some((Written::Recovery, Ok(()))));
        assert!(recovery.exists(), "the deletion before it did not take the new one");
    }

    #[test]
    fn a_failed_save_writes_the_work_to_the_recovery_file_at_once() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        let old = std::fs::read(&path).expect("read");
        let full = FailingDisk::at(Step::Rename, std::io::ErrorKind::StorageFull);
        document.inject_faults(Faults { save: Some(full), recovery: None });
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert!(matches!(document.save(), Ok(SaveOutcome::Saved)));
        let (what, result) = document.finish().expect("a save");
        assert_eq!(what, Written::Saved);
        let failed = result.expect_err("the save fails");
        assert!(document.is_writing(), "the recovery write starts at once");
        assert_eq!(document.finish(), Some((Written::Rescue(failed), Ok(()))));
        assert_eq!(std::fs::read(&path).expect("read"), old);
        assert!(document.is_dirty());
        let (recovery, _) = store::find_recovery(&path).expect("written");
        assert_eq!(store::load(&recovery).expect("loads").decoded.workspace.name, "Bakery");
    }

    #[test]
    fn a_save_whose_folder_sync_failed_is_in_place_and_counts_as_saved() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        let unsynced = FailingDisk::at(Step::SyncFolder, std::io::ErrorKind::Other);
        document.inject_faults(Faults { save: Some(unsynced), recovery: None });
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert!(matches!(document.save(), Ok(SaveOutcome::Saved)));
        let (what, result) = document.finish().expect("a save");
        assert_eq!(what, Written::Saved);
        assert!(result.is_err(), "the doubt is reported");
        assert!(!document.is_writing(), "no rescue: the work is in its file");
        assert!(!document.is_dirty());
        assert_eq!(store::load(&path).expect("loads").decoded.workspace.name, "Bakery");
        // The next save does not take the version it wrote for someone else's.
        document.inject_faults(Faults::default());
        document.apply("Rename", Edit::RenameWorkspace("Bakery and café".into())).expect("applies");
        assert!(matches!(document.save(), Ok(SaveOutcome::Saved)), "not ChangedOnDisk");
        assert_eq!(document.finish(), Some((Written::Saved, Ok(()))));
    }

    #[test]
    fn a_failing_recovery_file_does_not_stop_a_save_and_is_not_retried_every_frame() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut document = Document::create(&path, Workspace::named("Shop")).expect("created");
        let full = FailingDisk::at(Step::Write, std::io::ErrorKind::StorageFull);
        document.inject_faults(Faults { save: None, recovery: Some(full) });
        document.apply("Rename", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        let now = Instant::now();
        assert_eq!(document.autosave_recovery(now), Ok(true));
        assert!(matches!(document.finish(), Some((Written::Recovery, Err(_)))));
        assert_eq!(document.autosave_recovery(now), Ok(false), "not again at once");
        let later = Instant::now() + RECOVERY_INTERVAL;
        assert_eq!(document.autosave_recovery(later), Ok(true), "after the interval");
        assert!(matches!(document.save(), Ok(SaveOutcome::Saved)), "the save goes ahead");
        assert_eq!(document.finish(), Some((Written::Saved, Ok(()))));
        assert_eq!(store::load(&path).expect("loads").decoded.workspace.name, "Bakery");
    }

    #[test]
    fn a_lock_held_elsewhere_outweighs_duplicate_ids_so_the_repair_cannot_make_it_editable() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("shop.kindred");
        let mut ws = Workspace::named("Shop");
        ws.people = vec![Person::named("Anna"), Person::named("Bo")];
        ws.people[1].id = ws.people[0].id;
        store::save(&path, &ws).expect("saves");
        let mut document = Document::open(&path).expect("opens");
        assert!(document.read_only.as_ref().is_some_and(ReadOnly::is_duplicate_ids));
        let unreadable = |name: &str| ReadOnly::LockUnreadable(lock::Unreadable::Link(name.into()));
        document.make_read_only(unreadable("held"));
        assert!(document.renew_duplicate_ids("New ids").is_err());
        assert_eq!(*document.workspace, ws, "nothing renewed");
        document.make_read_only(unreadable("other"));
        let first = unreadable("held").to_string();
        assert_eq!(document.read_only.as_ref().map(ToString::to_string), Some(first), "the first stays");
    }

    #[test]
    fn the_title_and_refusals_are_worded_in_the_language() {
        let mut document = Document::untitled(Workspace::default());
        // The lock's reason is worded when shown too: in the language of the moment.
        document.read_only = Some(ReadOnly::LockUnreadable(lock::Unreadable::Link("x".into())));
        let refusal = |document: &mut Document| {
            document.apply("Rename", Edit::RenameWorkspace("y".into())).expect_err("read-only")
        };
        set_language(Lang::Da);
        assert_eq!(document.window_title(), "Kindred — Unavngivet (skrivebeskyttet)");
        assert_eq!(
            refusal(&mut document),
            "Arbejdsområdet er skrivebeskyttet: x: låsefilen kan ikke læses (det er et symbolsk link, ikke en fil)"
        );
        set_language(Lang::Nb);
        assert_eq!(document.window_title(), "Kindred — Uten navn (skrivebeskyttet)");
        assert_eq!(document.save_overwriting().expect_err("no file"), "arbeidsområdet har ingen fil ennå");
        set_language(Lang::En);
        assert_eq!(document.window_title(), "Kindred — Untitled (read-only)");
        assert_eq!(
            refusal(&mut document),
            "This workspace is read-only: x: the lock file cannot be read (it is a symbolic link, not a file)"
        );
    }
}
