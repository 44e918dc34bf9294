//! A write of the workspace on the writer's thread: the job handed over, the copy it makes of
//! the window's workspace (giving it back to an edit when it is an autosave), and the write.

use super::*;

/// Between the window and an autosave copying the workspace (or writing from it, its text
/// streamed, [`WriteJob::stream`]): the window asks for it back, the writer says when it no
/// longer holds it. Until the writer begins its copy the workspace waits
/// in `handed`, where the window takes it back itself: it never waits for the writer's thread
/// to start, or for anything the writer does before the copy.
#[derive(Debug)]
pub(super) struct GiveWay {
    pub(super) asked: std::sync::atomic::AtomicBool,
    /// Whether the writer may still hold the window's workspace; `let_go` wakes the window.
    copying: std::sync::Mutex<bool>,
    let_go: std::sync::Condvar,
    pub(super) handed: std::sync::Mutex<Option<Arc<Workspace>>>,
}

impl GiveWay {
    /// The workspace handed to an autosave.
    pub(super) fn new(workspace: Arc<Workspace>) -> Self {
        GiveWay {
            asked: false.into(),
            copying: true.into(),
            let_go: std::sync::Condvar::new(),
            handed: std::sync::Mutex::new(Some(workspace)),
        }
    }

    /// The writer no longer holds the window's workspace.
    pub(super) fn let_go(&self) {
        if let Ok(mut copying) = self.copying.lock() {
            *copying = false;
        }
        self.let_go.notify_all();
    }

    /// Waits, asleep, until the writer has let the workspace go. Asleep, not spinning: the
    /// writer runs below the window's priority (`ui::background`), and on the window's own core
    /// a window spinning there would keep it from the few steps it needs to stop.
    fn wait_until_let_go(&self) {
        let Ok(mut copying) = self.copying.lock() else { return };
        while *copying {
            match self.let_go.wait(copying) {
                Ok(still) => copying = still,
                Err(_) => return,
            }
        }
    }
}

/// Tells the window the writer no longer holds its workspace, however the copy or the write
/// ends (when dropped).
struct Released<'a>(&'a GiveWay);

impl Drop for Released<'_> {
    fn drop(&mut self) {
        self.0.let_go();
    }
}

/// The workspace to change. An autosave (`writing`) still copying it is asked to give it back,
/// and waited for the moment that takes, so the edit does not copy it all here; anyone else
/// holding it (a save under way) keeps theirs, and the edit changes a copy.
pub(super) fn mutable<'a>(workspace: &'a mut Arc<Workspace>, writing: Option<&Writing>) -> &'a mut Workspace {
    use std::sync::atomic::Ordering;
    if let Some(give_way) = writing.and_then(|w| w.give_way.as_ref())
        && Arc::strong_count(workspace) > 1
    {
        give_way.asked.store(true, Ordering::Release);
        // Not taken yet: taken back here, and the writer finds nothing to copy. The window
        // then does not wait for the writer's thread at all, which may not have been given a
        // core yet.
        let taken_back = give_way.handed.lock().ok().and_then(|mut handed| handed.take());
        if taken_back.is_none() {
            give_way.wait_until_let_go();
        }
    }
    Arc::make_mut(workspace)
}

/// Waits for the deletion of a recovery file handed over in `removing`, if there is one.
pub(super) fn join_deletion(removing: &std::sync::Mutex<Option<std::thread::JoinHandle<()>>>) {
    let handle = removing.lock().ok().and_then(|mut removing| removing.take());
    if let Some(handle) = handle {
        let _ = handle.join();
    }
}

/// A write that went away without a word (its thread ended).
fn lost() -> WriteError {
    WriteError { message: t!("interop-document-write-lost"), in_place: None }
}

impl Done {
    /// The writer thread went away without a word.
    pub(super) fn lost() -> Self {
        Done { result: Err(lost()), companions: None, feed: None, gave_way: false }
    }
}

/// One write of the workspace, as handed to the writer thread.
#[derive(Clone)]
pub(super) struct WriteJob {
    /// The file to save to; `None` for the recovery file of `workspace_path`.
    pub(super) file: Option<PathBuf>,
    pub(super) workspace_path: PathBuf,
    pub(super) workspace: Arc<Workspace>,
    pub(super) passphrase: Option<Passphrase>,
    pub(super) afterwards: Option<Afterwards>,
    /// Failures injected by tests: the writes go through these disks where there are some.
    pub(super) faults: Faults,
    /// How the window asks an autosave for its workspace back; `None` for a save.
    pub(super) give_way: Option<Arc<GiveWay>>,
    /// Where this computer keeps the common versions: a saved version goes there too.
    pub(super) bases: Option<crate::store::base::Bases>,
    /// An autosave of an unencrypted workspace writes from the window's workspace itself, its
    /// text streamed to the file, instead of copying it first; false after autosaves that gave
    /// way one after another, so that steady editing cannot keep the recovery file unwritten.
    pub(super) stream: bool,
}

impl WriteJob {
    /// Copies the workspace (an autosave), then `before_writing` (the wait for an old recovery
    /// file's deletion), then writes.
    pub(super) fn run(self, before_writing: impl FnOnce()) -> Done {
        // The window may go on editing while this writes: a copy of its own lets it, where
        // sharing the window's workspace would make the window's next edit copy all of it
        // first, on the window's thread, in the frame the person waits on. This copy is made
        // here, on the writer's thread, and the window's is let go as soon as it is made. An
        // autosave gives the window's back at once when an edit asks for it.
        let Some(give_way) = self.give_way.clone() else {
            let workspace = Arc::new(Arc::unwrap_or_clone(self.workspace));
            before_writing();
            return WriteJob { workspace, ..self }.write();
        };
        if self.stream && self.passphrase.is_none() && self.file.is_none() {
            return self.stream_recovery(&give_way, before_writing);
        }
        let released = Released(&give_way);
        let mut job = self;
        let shared = give_way.handed.lock().ok().and_then(|mut handed| handed.take());
        let asked = || give_way.asked.load(std::sync::atomic::Ordering::Acquire);
        let copy = match shared {
            Some(shared) => shared.copy_unless(asked),
            None => Err(Vec::new()),
        };
        // The window's workspace is let go (`shared` dropped above); the window goes on, and
        // only then is a copy given up dropped.
        drop(released);
        match copy {
            Ok(copy) => {
                job.workspace = Arc::new(copy);
                before_writing();
                job.write()
            }
            Err(partial) => {
                drop(partial);
                Done { result: Ok(None), companions: None, feed: None, gave_way: true }
            }
        }
    }

    /// An autosave that writes the window's workspace itself, no copy made, its text streamed
    /// to the recovery file a chunk at a time: when an edit asks for the workspace between two
    /// chunks the write stops, lets the workspace go, and the recovery file stays as it was (the
    /// next autosave writes the newer state).
    fn stream_recovery(self, give_way: &GiveWay, before_writing: impl FnOnce()) -> Done {
        use std::sync::atomic::Ordering;
        let released = Released(give_way);
        // Until the write begins the workspace waits in `handed`, where the window takes it
        // back itself.
        before_writing();
        let Some(shared) = give_way.handed.lock().ok().and_then(|mut handed| handed.take()) else {
            return Done { result: Ok(None), companions: None, feed: None, gave_way: true };
        };
        let asked = || give_way.asked.load(Ordering::Acquire);
        let mut disk: Box<dyn Disk> = match self.faults.recovery {
            Some(failing) => Box::new(failing),
            None => Box::new(RealDisk),
        };
        // The window's workspace is let go before the window is told, as soon as its text is
        // made: the window does not wait for the file's sync.
        let mut let_go = || give_way.let_go();
        let result = store::stream::write_recovery(disk.as_mut(), &self.workspace_path, shared, &asked, &mut let_go);
        drop(released);
        match result {
            Err(error) if store::stream::GaveWay::is(&error) => {
                Done { result: Ok(None), companions: None, feed: None, gave_way: true }
            }
            result => {
                let result = result.map(|()| None).map_err(|e| WriteError { message: e.to_string(), in_place: None });
                Done { result, companions: None, feed: None, gave_way: false }
            }
        }
    }

    fn write(self) -> Done {
        let passphrase = self.passphrase.as_ref();
        let Some(file) = &self.file else {
            let mut disk: Box<dyn Disk> = match self.faults.recovery {
                Some(failing) => Box::new(failing),
                None => Box::new(RealDisk),
            };
            let result = store::write_recovery_with(disk.as_mut(), &self.workspace_path, &self.workspace, passphrase);
            let result = result.map(|()| None).map_err(|e| WriteError { message: e.to_string(), in_place: None });
            return Done { result, companions: None, feed: None, gave_way: false };
        };
        let mut disk: Box<dyn Disk> = match self.faults.save {
            Some(failing) => Box::new(failing),
            None => Box::new(RealDisk),
        };
        // The calendar feed is rewritten with every save (`remind::save_workspace`).
        let mut feed = None;
        let result = crate::remind::save_workspace(disk.as_mut(), file, &self.workspace, passphrase)
            .map(|saved| {
                feed = saved.feed.and_then(Result::err).map(|error| error.to_string());
                Some(saved.stamp)
            })
            .map_err(|e| WriteError::of(&e, file));
        if let (Ok(Some(stamp)), Some(bases)) = (&result, &self.bases) {
            if matches!(self.afterwards, Some(Afterwards::Erase(_) | Afterwards::Reseal { .. })) {
                // Versions kept with the erased person, or under the old passphrase, go.
                if let Err(error) = bases.forget(self.workspace.id, file) {
                    log::warn!("the common versions of {} were not forgotten: {error}", file.display());
                }
            }
            if let Some(revision) = stamp.revision() {
                crate::sharing::keep_version(Some(bases), file, &self.workspace, revision);
            }
        }
        let companions = match (&result, self.afterwards) {
            (Ok(_), Some(Afterwards::Erase(id))) => Some(store::erase::erase_from_companions(file, id, passphrase)),
            (Ok(_), Some(Afterwards::Reseal { old })) => {
                Some(store::erase::reseal_companions(file, old.as_ref(), passphrase))
            }
            _ => None,
        };
        Done { result, companions, feed, gave_way: false }
    }
}
