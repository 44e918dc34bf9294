//! The workspace's own file: creating, opening (on a thread, with its lock, its recovery file
//! and its passphrase), saving and saving as, hearing back from the writer thread, backups,
//! a file changed on disk (reload, keep mine, compare), and unsaved changes before leaving.

use super::dialogs::Dialog;
use super::file_dialogs::{NativeDialog, PathPurpose, with_extension};
use super::{KindredApp, Loading, Screen, Then, sample_workspace};
use crate::model::Workspace;
use crate::ops::compare;
use crate::store::crypt::{CryptError, Passphrase};
use crate::store::{self, OpenError, lock, paths};
use crate::t;
use crate::ui::document::{Document, ReadOnly, SaveOutcome, Written};
use std::path::Path;
use std::time::Duration;

impl KindredApp {
    /// Asks about unsaved changes first, if there are any; else goes on with `then`.
    pub(super) fn ask_unsaved_then(&mut self, then: Then) {
        if self.document().is_some_and(Document::is_dirty) {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            match then {
                Then::Quit => {}
                other => self.continue_with_now(other),
            }
        }
    }

    /// Goes on once unsaved changes are dealt with (quitting is confirmed for good).
    pub(super) fn continue_with(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::Quit => {
                self.quit_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            other => self.continue_with_now(other),
        }
    }

    fn continue_with_now(&mut self, then: Then) {
        match then {
            Then::New => {
                self.set_document(Document::untitled(Workspace::named("")));
                self.info(t!("shell-new-workspace"));
            }
            Then::Open(path) => self.open_now(&path),
            Then::PickAndOpen => self.pick_open_path(),
            Then::Quit => {}
        }
    }

    /// Creates the workspace file at `path`: empty, or the sample.
    pub(super) fn create_workspace(&mut self, path: &Path, sample: bool) {
        let workspace = if sample {
            match sample_workspace() {
                Ok(sample) => sample,
                Err(error) => {
                    self.error(t!("welcome-sample-failed", error = error.to_string()));
                    return;
                }
            }
        } else {
            Workspace::named("")
        };
        if let Err(error) = store::create_folder_for(path) {
            self.error(error);
            return;
        }
        match Document::create(path, workspace) {
            Ok(document) => {
                self.remember(path);
                self.set_document(document);
            }
            Err(error) => self.error(error),
        }
    }

    /// Opens a workspace file, taking its lock and offering its recovery file.
    pub fn open_now(&mut self, path: &Path) {
        if !path.exists() {
            self.screen = Screen::Welcome { path: path.to_path_buf() };
            return;
        }
        let result = Document::open(path);
        self.opened(path, None, result);
    }

    /// Starts reading a workspace file on its own thread; [`KindredApp::poll_loading`] goes on
    /// when it is read.
    pub(super) fn begin_open(&mut self, path: &Path) {
        self.begin_open_with(path, None);
    }

    /// [`KindredApp::begin_open`] with the passphrase of an encrypted workspace (decrypting
    /// takes a moment: it happens on the reading thread too).
    fn begin_open_with(&mut self, path: &Path, passphrase: Option<Passphrase>) {
        if !path.exists() {
            self.screen = Screen::Welcome { path: path.to_path_buf() };
            return;
        }
        let read = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (send, done) = std::sync::mpsc::channel();
        let (counter, file) = (read.clone(), path.to_path_buf());
        let key = passphrase.clone();
        let spawned = crate::ui::background::spawn("kindred-open", move || {
            let result = crate::model::progress::counting(counter, || Document::open_with(&file, key));
            let prepared = result.as_ref().ok().map(super::Prepared::of);
            let _ = send.send((result, prepared));
        });
        match spawned {
            Ok(_) => {
                let loading = Loading { path: path.to_path_buf(), read, done, passphrase };
                self.screen = Screen::Loading(Box::new(loading));
            }
            Err(_) => {
                let result = Document::open_with(path, passphrase.clone());
                self.opened(path, passphrase.as_ref(), result);
            }
        }
    }

    /// Opens the encrypted workspace of the unlock screen with the passphrase typed there.
    pub(super) fn unlock(&mut self) {
        let Screen::Unlock { path, text, .. } = &self.screen else { return };
        let (path, passphrase) = (path.clone(), Passphrase::new(text));
        self.begin_open_with(&path, Some(passphrase));
    }

    /// Goes on with a workspace read on its own thread, once it is; asks for frames meanwhile.
    pub(super) fn poll_loading(&mut self, ctx: &egui::Context) {
        let Screen::Loading(loading) = &self.screen else { return };
        match loading.done.try_recv() {
            Ok((result, prepared)) => {
                let (path, passphrase) = (loading.path.clone(), loading.passphrase.clone());
                self.prepared = prepared;
                self.opened(&path, passphrase.as_ref(), result);
                self.prepared = None;
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(50)),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.screen = Screen::Failed { message: t!("loading-lost") };
            }
        }
    }

    /// Goes on with a workspace read (or not): its lock, its recovery file, the views. An
    /// encrypted one without its passphrase asks for it (`tried`: the one that did not open it).
    fn opened(&mut self, path: &Path, tried: Option<&Passphrase>, result: Result<Document, OpenError>) {
        self.opened_locked(path, tried, result, || lock::acquire(path));
    }

    /// [`KindredApp::opened`], with what locking it found.
    fn opened_locked(
        &mut self,
        path: &Path,
        tried: Option<&Passphrase>,
        result: Result<Document, OpenError>,
        acquire: impl FnOnce() -> std::io::Result<lock::LockOutcome>,
    ) {
        let mut document = match result {
            Ok(document) => document,
            Err(OpenError::Encrypted {
                error: error @ (CryptError::NeedsPassphrase | CryptError::WrongPassphrase),
                ..
            }) => {
                let problem = tried.map(|_| error.to_string());
                self.screen = Screen::Unlock { path: path.to_path_buf(), text: String::new(), problem };
                return;
            }
            Err(error) => {
                self.screen = Screen::Failed { message: error.to_string() };
                return;
            }
        };
        self.remember(path);
        match acquire() {
            Ok(lock::LockOutcome::Acquired(held)) => document.hold_lock(held),
            Ok(lock::LockOutcome::HeldHere(holder)) => {
                self.dialog = Some(Dialog::Locked { seen: Ok(holder.clone()), foreign: false });
                document.make_read_only(ReadOnly::Locked(holder));
            }
            Ok(lock::LockOutcome::HeldElsewhere(holder)) => {
                // Another computer (its lock came with the file through a sync tool, or the
                // file is on a shared drive): what it saves is merged into the work here, so it
                // is no reason to stop editing. Without the lock, no recovery file is written
                // here: the name is the other computer's.
                self.info(t!("shared-open-elsewhere", holder = holder.to_string()));
            }
            Ok(lock::LockOutcome::Unreadable(reason)) => {
                // Worded now: the dialog is modal, so the language cannot change under it.
                self.dialog = Some(Dialog::Locked { seen: Err(reason.to_string()), foreign: true });
                document.make_read_only(ReadOnly::LockUnreadable(reason));
            }
            Err(error) => {
                document.make_read_only(ReadOnly::LockUnwritable(error));
            }
        }
        // Unsaved work is offered back to a workspace with ids held twice too: it may have none.
        if document.holds_lock() && document.read_only.as_ref().is_none_or(ReadOnly::is_duplicate_ids) {
            if let Some((_, written)) = store::find_recovery(path) {
                self.dialog = Some(Dialog::Recovery { written });
            }
        }
        self.set_document(document);
    }

    pub(super) fn take_over_lock(&mut self, seen: Option<&lock::LockInfo>) {
        let Some(document) = self.document_mut() else { return };
        let Some(path) = document.path.clone() else { return };
        match lock::take_over(&path, seen) {
            Ok(outcome @ lock::LockOutcome::Acquired(_)) => {
                // Reopen so that the file's own read-only reasons (a newer format) still hold,
                // with the lock just taken (asking again would find it held, by this window).
                let passphrase = document.passphrase().cloned();
                let result = Document::open_with(&path, passphrase.clone());
                self.opened_locked(&path, passphrase.as_ref(), result, || Ok(outcome));
            }
            Ok(_) => self.error(t!("locked-take-over-failed")),
            Err(error) => self.error(t!("locked-take-over-error", error = error.to_string())),
        }
    }

    pub(super) fn restore_recovery(&mut self) {
        let result = self.document_mut().map(Document::restore_recovery);
        match result {
            Some(Ok(())) => self.info(t!("recovery-restored")),
            Some(Err(error)) => self.error(t!("recovery-failed", error = error.to_string())),
            None => {}
        }
    }

    pub(super) fn discard_recovery(&mut self) {
        if let Some(document) = self.document_mut() {
            document.discard_recovery();
        }
    }

    /// Asks before giving ids held twice fresh values (the dialog closes when there are none).
    pub(super) fn ask_repair_ids(&mut self) {
        self.dialog = Some(Dialog::RepairIds);
    }

    /// Gives ids held twice fresh values, as one undo step, with the person's consent.
    pub(super) fn renew_duplicate_ids(&mut self) {
        let Some(document) = self.document_mut() else { return };
        match document.renew_duplicate_ids(&t!("repair-ids-step")) {
            Ok(count) => self.info(t!("repair-ids-done", count = count)),
            Err(error) => self.error(t!("repair-ids-failed", error = error)),
        }
    }

    /// Saves; returns whether the workspace is now saved.
    pub(super) fn save_now(&mut self) -> bool {
        let Some(document) = self.document_mut() else { return false };
        match document.save() {
            Ok(SaveOutcome::Saved) => {
                // Written on its own thread; "Saved." comes when it is on disk.
                self.info(t!("shell-saving"));
                true
            }
            Ok(SaveOutcome::NeedsPath) => {
                self.pick_save_path();
                false
            }
            Ok(SaveOutcome::ChangedOnDisk) => {
                // Someone else's version is on disk: merged in first, then saved.
                self.merge_then_save();
                false
            }
            Err(error) => {
                self.error(error);
                false
            }
        }
    }

    pub(super) fn save_as(&mut self, path: &Path) {
        let Some(document) = self.document_mut() else { return };
        match document.save_as(path) {
            Ok(()) => {
                self.remember(path);
                self.info(t!("shell-saved-as", path = paths::display(path)));
            }
            Err(error) => self.error(error),
        }
    }

    fn pick_open_path(&mut self) {
        let picked = self.native_dialog(&PathPurpose::Open, |dialog| dialog.pick_file());
        match picked {
            NativeDialog::Picked(path) => self.open_now(&path),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => self.dialog = Some(Dialog::path_entry(PathPurpose::Open, String::new())),
        }
    }

    pub(super) fn pick_save_path(&mut self) {
        let picked =
            self.native_dialog(&PathPurpose::SaveAs, |dialog| dialog.set_file_name("workspace.kindred").save_file());
        match picked {
            NativeDialog::Picked(path) => self.save_as(&with_extension(path, "kindred")),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => {
                let text =
                    self.document().and_then(|d| d.path.as_ref()).map(|p| p.display().to_string()).unwrap_or_default();
                self.dialog = Some(Dialog::path_entry(PathPurpose::SaveAs, text));
            }
        }
    }

    /// Waits for a save or autosave under way to be on disk; whether it got there (an error is
    /// shown when it did not). Before leaving a workspace, and in tests.
    pub fn finish_writing(&mut self) -> bool {
        let mut all_well = true;
        // A failed save starts writing the recovery file: that is waited for too.
        while let Some((written, result)) = self.document_mut().and_then(Document::finish) {
            all_well &= self.heard(written, result);
        }
        all_well
    }

    /// Tells the person how a write ended; whether it succeeded.
    pub(super) fn heard(&mut self, written: Written, result: Result<(), String>) -> bool {
        if written == Written::Saved {
            self.privacy_saved(&result);
        }
        let recovery = self.document().and_then(|d| d.path.as_deref()).map(paths::recovery_path);
        match (written, result) {
            (Written::Saved, Ok(())) => {
                match self.document_mut().and_then(Document::take_feed_problem) {
                    Some(problem) => self.error(t!("shell-saved-feed-failed", error = problem)),
                    None => self.info(t!("shell-saved")),
                }
                true
            }
            (Written::Saved, Err(error)) => {
                self.error(error);
                false
            }
            (Written::Recovery, Err(error)) => {
                self.error(t!("shell-autosave-failed", error = error));
                false
            }
            (Written::Recovery, Ok(())) => true,
            (Written::Rescue(failed), Ok(())) => {
                let kept = recovery.map(|p| paths::display(&p)).unwrap_or_default();
                self.error(t!("shell-save-failed-rescued", error = failed, recovery = kept));
                false
            }
            (Written::Rescue(failed), Err(error)) => {
                self.error(t!("shell-save-failed-memory-only", error = failed, recovery = error));
                false
            }
        }
    }

    /// Reloads the version on disk, dropping the changes made here.
    pub(super) fn reload(&mut self) {
        let Some(path) = self.document().and_then(|d| d.path.clone()) else { return };
        // Release our lock first: reopening takes it again.
        self.screen = Screen::Failed { message: String::new() };
        self.open_now(&path);
        self.info(t!("changed-reloaded"));
    }

    /// Copies the version on disk aside and saves this one over it.
    pub(super) fn keep_mine(&mut self) {
        let Some(document) = self.document_mut() else { return };
        let Some(path) = document.path.clone() else { return };
        let copy = match store::keep_copy_of_disk_version(&path) {
            Ok(copy) => copy,
            Err(error) => {
                self.error(t!("changed-copy-failed", error = error.to_string()));
                return;
            }
        };
        match document.save_overwriting() {
            Ok(()) => self.info(t!("changed-kept", path = paths::display(&copy))),
            Err(error) => self.error(error),
        }
    }

    pub(super) fn compare_with_disk(&mut self) {
        let Some(document) = self.document() else { return };
        let Some(path) = document.path.clone() else { return };
        match store::load_with(&path, document.passphrase()) {
            Ok(theirs) => {
                let comparison = compare(&document.workspace, &theirs.decoded.workspace);
                self.dialog = Some(Dialog::Compare(comparison));
            }
            Err(error) => self.error(t!("changed-unreadable", error = error.to_string())),
        }
    }

    pub(super) fn open_backups(&mut self) {
        let Some(document) = self.document().filter(|d| d.read_only.is_none()) else { return };
        let Some(path) = document.path.clone() else { return };
        self.dialog = Some(Dialog::Backups(store::list_backups(&path, document.passphrase())));
    }

    /// Makes a backup the open workspace, as unsaved work.
    pub(super) fn restore_backup(&mut self, number: usize) {
        let result = self.document_mut().map(|d| d.restore_backup(number));
        match result {
            Some(Ok(())) => {
                self.reset_views();
                self.info(t!("backups-restored", number = number));
            }
            Some(Err(error)) => self.error(t!("backups-restore-failed", number = number, error = error)),
            None => {}
        }
    }

    /// Puts a workspace at the top of File → Open recent.
    pub(super) fn remember(&mut self, path: &Path) {
        self.settings.remember(path);
        self.settings_dirty = true;
    }
}
