//! Sharing a workspace with other computers, for one open document: the revision it was read
//! or last saved as (what its next version descends from), who its edits are by, and the look
//! at the disk that merges another computer's version and the sync tools' conflict copies into
//! the unsaved work, on a thread, into one undoable edit.

use super::Document;
use crate::model::Workspace;
use crate::ops::Edit;
use crate::ops::sync::{self, Report};
use crate::sharing::{self, CopyMerged, Version};
use crate::store::base::Bases;
use crate::store::crypt::Passphrase;
use crate::store::{self, DiskStamp, DiskState};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a document knows for sharing.
#[derive(Debug)]
pub(super) struct Shared {
    /// The revision it was read or last saved as.
    parent: Option<String>,
    /// Where this computer keeps the common versions.
    pub(super) bases: Option<Bases>,
    /// Whom its edits are stamped with (from the settings; empty: the account's full name).
    pub(super) who: String,
    /// Conflict copies merged in, moved to the backups once the result is saved.
    copies: Vec<CopyMerged>,
    /// The version on disk the person was asked about (no common version was found), so that
    /// they are not asked again about the same one.
    asked: Option<DiskStamp>,
}

impl Default for Shared {
    fn default() -> Self {
        Self { parent: None, bases: Bases::here(), who: String::new(), copies: Vec::new(), asked: None }
    }
}

impl Shared {
    pub(super) fn read_as(revision: String) -> Self {
        Self { parent: Some(revision), ..Self::default() }
    }

    pub(super) fn saved(&mut self, revision: Option<&str>) {
        if let Some(revision) = revision {
            self.parent = Some(revision.to_owned());
        }
    }
}

/// A look at the disk, handed to a thread: everything it needs, nothing of the document's.
pub struct Watch {
    path: PathBuf,
    stamp: Option<DiskStamp>,
    /// The window's workspace, held weakly: a look that finds nothing to merge (nearly every
    /// look, every two seconds) never holds it, so an edit meanwhile never copies all of it on
    /// the window's thread, and nothing is copied here either.
    ours: std::sync::Weak<Workspace>,
    parent: Option<String>,
    passphrase: Option<Passphrase>,
    bases: Option<Bases>,
    dirty: bool,
    state: u64,
    asked: Option<DiskStamp>,
}

/// What a look at the disk found.
#[derive(Debug)]
pub enum Incoming {
    /// Nothing new.
    Nothing,
    /// Another version, conflict copies or both, merged: the edit that brings them in.
    Merged(Box<Merged>),
    /// The file changed and its common version with the unsaved work is not known: the person
    /// chooses, as before there were merges (keep mine, take theirs, compare).
    NoCommonVersion { state: u64, stamp: DiskStamp },
    /// It could not be read or merged: why.
    Failed(String),
    /// There was something to merge, but the work changed while the look began: look again.
    Again,
}

/// Another version merged in.
#[derive(Debug)]
pub struct Merged {
    /// The history state it was merged into: taken only if the work has not changed since.
    state: u64,
    edit: Edit,
    /// The merged workspace's revisions and identity (not edits).
    revisions: Vec<String>,
    id: Option<crate::model::WorkspaceId>,
    /// The version on disk now, when it changed.
    disk: Option<(DiskStamp, String)>,
    /// Whether there was unsaved work when the look began.
    dirty: bool,
    pub report: Report,
    pub new_conflicts: usize,
    copies: Vec<CopyMerged>,
}

impl Merged {
    /// The one-line note: "Anna changed 3 people, added 1 map".
    pub fn note(&self) -> String {
        sync::note(&self.report, self.new_conflicts)
    }

    /// Whether anything came in (not only a new stamp for the same data).
    pub fn changes_anything(&self) -> bool {
        !matches!(&self.edit, Edit::Batch(edits) if edits.is_empty()) || !self.copies.is_empty()
    }
}

impl Watch {
    /// Looks at the file and the copies beside it, and merges what is new (on a thread).
    pub fn run(self) -> Incoming {
        let changed = match &self.stamp {
            Some(stamp) => match store::disk_state(&self.path, stamp) {
                Ok(state) => state == DiskState::Changed,
                Err(error) => return Incoming::Failed(store::io_reason(&error)),
            },
            None => false,
        };
        let found = store::copies::conflict_copies(&self.path).unwrap_or_default();
        if !changed && found.is_empty() {
            return Incoming::Nothing;
        }
        // Something to merge: the workspace as it was when the look began, if it still is.
        let Some(ours) = self.ours.upgrade() else { return Incoming::Again };
        let mut from_disk = None;
        if changed {
            match self.merged_from_disk(&ours) {
                Ok(Some(found)) => from_disk = Some(found),
                Ok(None) => return Incoming::Nothing,
                Err(incoming) => return incoming,
            }
        }
        let (current, disk, report, conflicts) = match from_disk {
            Some((merged, disk)) => (Some(merged.workspace), Some(disk), merged.report, merged.new_conflicts),
            None => (None, None, Report::default(), 0),
        };
        let had = current.is_some();
        let mut result = current.unwrap_or_else(|| (*ours).clone());
        let revision =
            disk.as_ref().map(|(_, revision): &(DiskStamp, String)| revision.as_str()).or(self.parent.as_deref());
        let copies = if found.is_empty() {
            sharing::Copies::default()
        } else {
            sharing::merge_copies(self.bases.as_ref(), &self.path, &mut result, revision, self.passphrase.as_ref())
        };
        for (copy, why) in &copies.skipped {
            log::warn!("{} not merged: {why}", copy.display());
        }
        if !had && copies.merged.is_empty() {
            return Incoming::Nothing;
        }
        let (mut report, mut conflicts) = (report, conflicts);
        for merged in &copies.merged {
            report = add(report, &merged.report);
            conflicts += merged.new_conflicts;
        }
        Incoming::Merged(Box::new(Merged {
            state: self.state,
            edit: sync::edits_between(&ours, &result),
            revisions: result.revisions,
            id: result.id,
            disk,
            dirty: self.dirty,
            report,
            new_conflicts: conflicts,
            copies: copies.merged,
        }))
    }

    /// The version on disk merged into ours, with its stamp and revision; `None` when it is the
    /// one the person was already asked about.
    #[allow(clippy::type_complexity)]
    fn merged_from_disk(&self, ours: &Workspace) -> Result<Option<(sync::Merged, (DiskStamp, String))>, Incoming> {
        let loaded =
            store::load_with(&self.path, self.passphrase.as_ref()).map_err(|e| Incoming::Failed(e.to_string()))?;
        if self.asked.as_ref() == Some(&loaded.stamp) {
            return Ok(None);
        }
        if let Some(reason) = loaded.decoded.read_only_reason() {
            return Err(Incoming::Failed(reason));
        }
        let theirs = &loaded.decoded.workspace;
        sharing::keep_version(self.bases.as_ref(), &self.path, theirs, &loaded.revision);
        let mine = Version { workspace: ours, revision: self.parent.as_deref() };
        let other = Version { workspace: theirs, revision: Some(&loaded.revision) };
        let merged = if self.dirty {
            if sharing::common(self.bases.as_ref(), &self.path, mine, other, self.passphrase.as_ref()).is_none() {
                return Err(Incoming::NoCommonVersion { state: self.state, stamp: loaded.stamp });
            }
            sharing::merge_in(self.bases.as_ref(), &self.path, mine, other, self.passphrase.as_ref())
        } else {
            // Nothing unsaved: what we have is the common version, and the result is theirs.
            sync::merge(Some(ours), ours, theirs).map(|mut merged| {
                merged.workspace.revisions.clone_from(&theirs.revisions);
                merged
            })
        };
        let merged = merged.map_err(|e| Incoming::Failed(e.to_string()))?;
        Ok(Some((merged, (loaded.stamp, loaded.revision))))
    }
}

/// Two reports as one.
fn add(a: Report, b: &Report) -> Report {
    Report {
        people_added: a.people_added + b.people_added,
        people_changed: a.people_changed + b.people_changed,
        people_removed: a.people_removed + b.people_removed,
        maps_added: a.maps_added + b.maps_added,
        maps_changed: a.maps_changed + b.maps_changed,
        maps_removed: a.maps_removed + b.maps_removed,
        organisations_added: a.organisations_added + b.organisations_added,
        organisations_changed: a.organisations_changed + b.organisations_changed,
        organisations_removed: a.organisations_removed + b.organisations_removed,
        other: a.other || b.other,
        who: a.who.or_else(|| b.who.clone()),
        known: a.known || b.known,
    }
}

/// What taking a merge did.
#[derive(Debug, PartialEq, Eq)]
pub enum Taken {
    /// Merged into the work; `save`: it should be saved now (conflict copies came into work
    /// that had nothing unsaved, so that the other computers get the result).
    Merged { save: bool },
    /// The work changed meanwhile: look again.
    Stale,
}

impl Document {
    /// Keeps the version this document was read as among this computer's common versions.
    pub(super) fn keep_version(&self) {
        if let (Some(path), Some(revision)) = (&self.path, &self.shared.parent) {
            sharing::keep_version(self.shared.bases.as_ref(), path, &self.workspace, revision);
        }
    }

    /// Before a save of unsaved work: the new version descends from the one read or last saved.
    pub(super) fn descend(&mut self) {
        if let (true, Some(parent)) = (self.is_dirty(), self.shared.parent.clone()) {
            Arc::make_mut(&mut self.workspace).descend_from(&parent);
        }
    }

    /// Whom this document's edits are stamped with (empty: the account's full name).
    pub fn set_user_name(&mut self, who: &str) {
        who.clone_into(&mut self.shared.who);
    }

    /// Where the common versions are kept (`None`: nowhere): for tests, a folder of their own.
    #[doc(hidden)]
    pub fn use_bases(&mut self, bases: Option<Bases>) {
        self.shared.bases = bases;
        self.keep_version();
    }

    /// A look at the disk to hand to a thread, when there is something to look at: a file,
    /// editable, not being written.
    pub fn watch(&self) -> Option<Watch> {
        let path = self.path.clone()?;
        // While a save writes the file, what is on disk is our own version on its way; a
        // recovery write leaves the file alone, so a look (a save's, say) goes ahead.
        if self.read_only.is_some() || self.writing.as_ref().is_some_and(|w| w.file.is_some()) {
            return None;
        }
        Some(Watch {
            path,
            stamp: self.stamp.clone(),
            ours: Arc::downgrade(&self.workspace),
            parent: self.shared.parent.clone(),
            passphrase: self.passphrase.clone(),
            bases: self.shared.bases.clone(),
            dirty: self.is_dirty(),
            state: self.history.state(),
            asked: self.shared.asked.clone(),
        })
    }

    /// Takes a merge into the work as one undo step labelled `label`, unless the work changed
    /// since the look began.
    pub fn take_merge(&mut self, merged: Merged, label: &str) -> Result<Taken, String> {
        if merged.state != self.history.state() || self.read_only.is_some() {
            return Ok(Taken::Stale);
        }
        let Merged { edit, revisions, id, disk, dirty, copies, .. } = merged;
        if !matches!(&edit, Edit::Batch(edits) if edits.is_empty()) {
            self.history.apply(Arc::make_mut(&mut self.workspace), label, edit).map_err(|e| e.to_string())?;
        }
        let workspace = Arc::make_mut(&mut self.workspace);
        workspace.revisions = revisions;
        workspace.id = workspace.id.or(id);
        let from_disk = disk.is_some();
        if let Some((stamp, revision)) = disk {
            self.stamp = Some(stamp);
            self.shared.parent = Some(revision);
        }
        if !dirty && from_disk && copies.is_empty() {
            // What is on disk now, with nothing unsaved: saved.
            self.history.mark_saved_at(self.history.state());
        }
        let save = !copies.is_empty() && !dirty;
        self.shared.copies.extend(copies);
        Ok(Taken::Merged { save })
    }

    /// The person was asked to choose (no common version) about the version now on disk.
    pub fn asked_about(&mut self, stamp: DiskStamp) {
        self.shared.asked = Some(stamp);
    }

    /// Moves the conflict copies merged into what was just saved to the backups; the copies
    /// that could not be moved, and why.
    pub(super) fn file_copies(&mut self, file: &Path) -> Vec<(PathBuf, String)> {
        let copies = std::mem::take(&mut self.shared.copies);
        sharing::file_copies(file, &copies)
    }
}
