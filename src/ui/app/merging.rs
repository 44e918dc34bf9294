//! The workspace shared with other computers, in the window: every few seconds the file (and
//! the sync tools' conflict copies beside it) is looked at on a thread; another computer's
//! version is merged into the unsaved work as one undo step, with a one-line note of what came
//! in, and the conflicts it leaves are listed (the banner, *File → Conflicts…*). Nothing waits
//! for the disk: the window draws on while the thread reads and merges, and a merge made while
//! the person edited is made again from their newest work.

use super::KindredApp;
use super::dialogs::Dialog;
use crate::model::ConflictId;
use crate::t;
use crate::ui::document::{Document, Incoming, Taken};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How often the file is looked at while the window is open.
pub const WATCH_INTERVAL: Duration = Duration::from_secs(2);

/// The look at the disk under way, and when the next is due.
#[derive(Default)]
pub(super) struct Merging {
    running: Option<mpsc::Receiver<Incoming>>,
    next: Option<Instant>,
    /// Save once the merge under way is taken (a save found the file changed).
    save_after: bool,
    /// No look by the clock, only when asked ([`KindredApp::look_at_disk`]) or by a save:
    /// tests, whose steps must not race a look that a slow machine's clock starts between them.
    by_hand: bool,
}

impl KindredApp {
    /// Starts a look at the disk when one is due, and takes what a finished one found.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        self.poll_merge();
        if self.merging.by_hand || self.document().is_none_or(|d| d.path.is_none()) {
            return;
        }
        let now = Instant::now();
        let Some(next) = self.merging.next else {
            // The first look a while after opening: the file was just read.
            self.merging.next = Some(now + WATCH_INTERVAL);
            ctx.request_repaint_after(WATCH_INTERVAL);
            return;
        };
        if now >= next && self.merging.running.is_none() && self.may_merge() {
            self.look_at_disk_with(Some(ctx.clone()));
        }
        if self.merging.running.is_none() {
            // An idle window wakes for the next look; the thread asks for a frame when it is done.
            ctx.request_repaint_after(WATCH_INTERVAL);
        }
    }

    /// Whether a merge may start: a file open for editing, no question about the file open.
    fn may_merge(&self) -> bool {
        let asking = matches!(self.dialog, Some(Dialog::ChangedOnDisk | Dialog::Compare(_) | Dialog::Unsaved(_)));
        !asking && self.import.is_none() && self.document().is_some_and(|d| d.read_only.is_none() && d.path.is_some())
    }

    /// Looks at the disk only when asked (tests): never by the clock.
    #[doc(hidden)]
    pub fn watch_disk_by_hand(&mut self) {
        self.merging.by_hand = true;
    }

    /// Starts looking at the disk now, on a thread (not when a look is under way).
    pub fn look_at_disk(&mut self) {
        self.look_at_disk_with(None);
    }

    /// [`KindredApp::look_at_disk`]; the thread asks `ctx` for a frame when it is done.
    fn look_at_disk_with(&mut self, ctx: Option<egui::Context>) {
        self.merging.next = Some(Instant::now() + WATCH_INTERVAL);
        if self.merging.running.is_some() {
            return;
        }
        let Some(watch) = self.document().and_then(Document::watch) else { return };
        let (send, done) = mpsc::channel();
        let spawned = crate::ui::background::spawn("kindred-merge", move || {
            let _ = send.send(watch.run());
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        match spawned {
            Ok(_) => self.merging.running = Some(done),
            Err(error) => log::warn!("no thread to look at the disk: {error}"),
        }
    }

    /// Waits for a look under way and takes what it found: for tests, and before leaving.
    pub fn finish_merging(&mut self) {
        if let Some(done) = self.merging.running.take() {
            if let Ok(incoming) = done.recv() {
                self.heard_merge(incoming);
            }
        }
    }

    /// Takes what a finished look found, if it has finished.
    fn poll_merge(&mut self) {
        let Some(done) = &self.merging.running else { return };
        match done.try_recv() {
            Ok(incoming) => {
                self.merging.running = None;
                self.heard_merge(incoming);
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => self.merging.running = None,
        }
    }

    fn heard_merge(&mut self, incoming: Incoming) {
        match incoming {
            Incoming::Nothing => self.saved_after_merge(),
            // The work changed as the look began: look again at the newer work.
            Incoming::Again => self.look_at_disk(),
            Incoming::Failed(reason) => {
                self.merging.save_after = false;
                self.error(t!("merge-failed", reason = reason));
            }
            Incoming::NoCommonVersion { state, stamp } => {
                self.merging.save_after = false;
                let Some(document) = self.document_mut() else { return };
                if document.history.state() == state {
                    document.asked_about(stamp);
                    // As before merges: keep mine, take theirs, or compare.
                    self.dialog = Some(Dialog::ChangedOnDisk);
                }
            }
            Incoming::Merged(merged) => {
                let note = merged.note();
                let came_in = merged.changes_anything();
                let conflicts = merged.new_conflicts;
                let Some(document) = self.document_mut() else { return };
                match document.take_merge(*merged, &t!("merge-step", note = note.as_str())) {
                    Ok(Taken::Stale) => {
                        // The person edited meanwhile: merge again into their newest work.
                        self.merging.next = Some(Instant::now());
                    }
                    Ok(Taken::Merged { save }) => {
                        // The views follow by the state number; a profile being edited keeps its
                        // draft unless its person changed (then it is taken again, as after undo).
                        if came_in {
                            self.info(note);
                        }
                        if conflicts > 0 && self.present.is_none() && self.dialog.is_none() {
                            self.dialog = Some(Dialog::Conflicts);
                        }
                        if save {
                            self.merging.save_after = true;
                        }
                        self.saved_after_merge();
                    }
                    Err(error) => self.error(t!("merge-failed", reason = error)),
                }
            }
        }
    }

    /// The save a merge was waiting for, now.
    fn saved_after_merge(&mut self) {
        if std::mem::take(&mut self.merging.save_after) {
            self.save_now();
        }
    }

    /// A save found the file changed by someone else: merge first, then save.
    pub(super) fn merge_then_save(&mut self) {
        self.merging.save_after = true;
        if self.merging.running.is_none() {
            self.look_at_disk();
        }
    }

    /// Settles a conflict as the person chose, as one undo step.
    pub(super) fn choose_conflict(&mut self, conflict: ConflictId, theirs: bool) {
        let Some(document) = self.document() else { return };
        let Some(edit) = crate::ops::sync::choose(&document.workspace, conflict, theirs) else { return };
        let label = match document.workspace.conflicts.iter().find(|c| c.id == conflict) {
            Some(found) => t!("conflicts-step", what = crate::ops::sync::describe(&document.workspace, found)),
            None => return,
        };
        let result = self.document_mut().map(|d| d.apply(&label, edit));
        if let Some(Err(error)) = result {
            self.error(error);
        }
        if self.document().is_some_and(|d| !d.workspace.conflicts.is_empty()) {
            self.dialog = Some(Dialog::Conflicts);
        }
    }
}

/// The banner while the workspace holds conflicts: how many, and a button to look at them.
pub(super) fn conflicts_banner_ui(ui: &mut egui::Ui, count: usize, actions: &mut Vec<crate::ui::action::Action>) {
    if count == 0 {
        return;
    }
    egui::Panel::top("conflicts_banner").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(t!("conflicts-banner", count = count));
            if ui.button(t!("conflicts-look")).clicked() {
                actions.push(crate::ui::action::Action::Conflicts);
            }
        });
    });
}
