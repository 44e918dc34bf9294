//! One open workspace: the data, its undo history, and its file. Connects `ops` and `store`
//! for the UI; draws nothing.

use crate::model::Workspace;
use crate::ops::{Edit, History};
use crate::store::{self, DiskStamp, DiskState, OpenError, lock};
use crate::t;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long after the last autosave unsaved work is written to the recovery file again.
pub const RECOVERY_INTERVAL: Duration = Duration::from_secs(10);

pub struct Document {
    pub workspace: Workspace,
    pub history: History,
    /// `None` until the workspace is first saved.
    pub path: Option<PathBuf>,
    /// Why the workspace cannot be edited, if it cannot.
    pub read_only: Option<String>,
    stamp: Option<DiskStamp>,
    lock: Option<lock::Lock>,
    /// The history state last written to the recovery file, and when.
    recovered: Option<(u64, Instant)>,
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
            workspace,
            history: History::new(),
            path: None,
            read_only: None,
            stamp: None,
            lock: None,
            recovered: None,
        }
    }

    /// Reads a workspace file. The caller locks it with [`Document::lock`].
    pub fn open(path: &Path) -> Result<Self, OpenError> {
        let loaded = store::load(path)?;
        let read_only = loaded.decoded.read_only_reason();
        Ok(Self {
            workspace: loaded.decoded.workspace,
            history: History::new(),
            path: Some(path.to_path_buf()),
            read_only,
            stamp: Some(loaded.stamp),
            lock: None,
            recovered: None,
        })
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
                    error = error.to_string()
                ));
            }
        }
        let stamp = store::save(path, &document.workspace).map_err(|e| e.to_string())?;
        document.path = Some(path.to_path_buf());
        document.stamp = Some(stamp);
        Ok(document)
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
            return Err(t!("interop-document-read-only", reason = reason.as_str()));
        }
        self.history.apply(&mut self.workspace, label, edit).map_err(|e| format!("{label}: {e}"))
    }

    pub fn undo(&mut self) -> Option<String> {
        if self.read_only.is_some() {
            return None;
        }
        self.history.undo(&mut self.workspace)
    }

    pub fn redo(&mut self) -> Option<String> {
        if self.read_only.is_some() {
            return None;
        }
        self.history.redo(&mut self.workspace)
    }

    /// Saves to the document's file, unless someone else changed it since it was loaded.
    pub fn save(&mut self) -> Result<SaveOutcome, String> {
        let Some(path) = self.path.clone() else { return Ok(SaveOutcome::NeedsPath) };
        if let Some(reason) = &self.read_only {
            return Err(t!("interop-document-not-saved", reason = reason.as_str()));
        }
        if let Some(stamp) = &self.stamp {
            match store::disk_state(&path, stamp) {
                Ok(DiskState::Unchanged | DiskState::Missing) => {}
                Ok(DiskState::Changed) => return Ok(SaveOutcome::ChangedOnDisk),
                Err(error) => {
                    let path = path.display().to_string();
                    return Err(t!("interop-document-cannot-check", path = path, error = error.to_string()));
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
                Ok(lock::LockOutcome::Unreadable(reason)) => return Err(reason),
                Err(error) => {
                    let path = path.display().to_string();
                    return Err(t!("interop-document-cannot-lock", path = path, error = error.to_string()));
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
        self.read_only = None;
        Ok(())
    }

    fn write(&mut self, path: &Path) -> Result<(), String> {
        let stamp = store::save(path, &self.workspace).map_err(|e| e.to_string())?;
        self.stamp = Some(stamp);
        self.history.mark_saved();
        // The work is on disk now; a recovery file would only offer it back needlessly.
        let _ = store::remove_recovery(path);
        self.recovered = None;
        Ok(())
    }

    /// Writes unsaved work to the recovery file when it changed and the last write is old
    /// enough. Returns an error message when writing failed.
    pub fn autosave_recovery(&mut self, now: Instant) -> Result<bool, String> {
        let (Some(path), None, true) = (&self.path, &self.read_only, self.holds_lock()) else { return Ok(false) };
        if !self.is_dirty() {
            // Undone back to the saved state: what the recovery file holds is not wanted.
            if self.recovered.take().is_some() {
                store::remove_recovery(path).map_err(|e| e.to_string())?;
            }
            return Ok(false);
        }
        let state = self.history.state();
        if let Some((written, at)) = self.recovered {
            if written == state || now.duration_since(at) < RECOVERY_INTERVAL {
                return Ok(false);
            }
        }
        store::write_recovery(path, &self.workspace).map_err(|e| e.to_string())?;
        self.recovered = Some((state, now));
        Ok(true)
    }

    /// Replaces the workspace with unsaved work from the recovery file; it stays unsaved.
    pub fn restore_recovery(&mut self) -> Result<(), String> {
        let path = self.path.clone().ok_or_else(|| t!("interop-document-no-file"))?;
        let recovery = store::paths::recovery_path(&path);
        let loaded = store::load(&recovery).map_err(|e| e.to_string())?;
        self.workspace = loaded.decoded.workspace;
        self.history = History::new();
        self.history.mark_unsaved();
        Ok(())
    }

    /// Drops unsaved work: the recovery file goes.
    pub fn discard_recovery(&mut self) {
        if let Some(path) = &self.path {
            let _ = store::remove_recovery(path);
        }
    }

    /// Time to wait before the next autosave is due, while there is unsaved work.
    pub fn next_autosave_in(&self, now: Instant) -> Option<Duration> {
        if !self.is_dirty() || self.read_only.is_some() || self.path.is_none() {
            return None;
        }
        match self.recovered {
            Some((state, _)) if state == self.history.state() => None,
            Some((_, at)) => Some(RECOVERY_INTERVAL.saturating_sub(now.duration_since(at))),
            None => Some(Duration::ZERO),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn the_title_and_refusals_are_worded_in_the_language() {
        let mut document = Document::untitled(Workspace::default());
        document.read_only = Some("x".into());
        let refusal = |document: &mut Document| {
            document.apply("Rename", Edit::RenameWorkspace("y".into())).expect_err("read-only")
        };
        set_language(Lang::Da);
        assert_eq!(document.window_title(), "Kindred — Unavngivet (skrivebeskyttet)");
        assert_eq!(refusal(&mut document), "Arbejdsområdet er skrivebeskyttet: x");
        set_language(Lang::Nb);
        assert_eq!(document.window_title(), "Kindred — Uten navn (skrivebeskyttet)");
        assert_eq!(document.save_overwriting().expect_err("no file"), "arbeidsområdet har ingen fil ennå");
        set_language(Lang::En);
        assert_eq!(document.window_title(), "Kindred — Untitled (read-only)");
        assert_eq!(refusal(&mut document), "This workspace is read-only: x");
    }
}
