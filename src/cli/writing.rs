//! What every command that changes a workspace does around its change: the lock, the file read
//! with its revision, the sync tools' conflict copies merged in first, and afterwards the
//! workspace written as a version that descends from the one read, kept as this computer's
//! common version, with the merged copies moved to the backups.

use super::*;
use crate::model::Workspace;
use crate::sharing::{self, Copies};
use crate::store::base::Bases;

/// A workspace opened by a command to change it.
pub(super) struct Opened {
    pub workspace: Workspace,
    pub passphrase: Option<Passphrase>,
    /// The revision read, and what the file was then.
    revision: String,
    stamp: store::DiskStamp,
    /// The conflict copies merged in.
    copies: Copies,
    bases: Option<Bases>,
    /// `None` when another computer holds it (see [`Opened::open`]).
    _lock: Option<lock::Lock>,
}

impl Opened {
    /// Locks and reads `file`, refusing what must not be written (a newer format, fields this
    /// version does not know), and merges in the conflict copies beside it (said on the
    /// standard output).
    pub(super) fn open(file: &Path) -> Result<Self, ExitCode> {
        let lock = lock_or_share(file).map_err(|message| {
            eprintln!("{message}");
            ExitCode::from(1)
        })?;
        let (loaded, passphrase) = open_workspace(file).map_err(|error| {
            eprintln!("{error}");
            ExitCode::from(error.exit_code())
        })?;
        refuse_newer(file, loaded.decoded.version)?;
        if !loaded.decoded.unknown_fields.is_empty() {
            eprintln!(
                "{}: has fields this version does not know ({}); it is not changed, so that they are not lost",
                file.display(),
                loaded.decoded.unknown_fields.join(", ")
            );
            return Err(ExitCode::from(2));
        }
        let bases = Bases::here();
        let (revision, stamp) = (loaded.revision, loaded.stamp);
        let mut workspace = loaded.decoded.workspace;
        sharing::keep_version(bases.as_ref(), file, &workspace, &revision);
        let copies = sharing::merge_copies(bases.as_ref(), file, &mut workspace, Some(&revision), passphrase.as_ref());
        for merged in &copies.merged {
            let note = crate::ops::sync::note(&merged.report, merged.new_conflicts);
            out!("{}: merged in: {note}", merged.copy.display());
        }
        for (copy, why) in &copies.skipped {
            eprintln!("{}: not merged: {why}", copy.display());
        }
        Ok(Self { workspace, passphrase, revision, stamp, copies, bases, _lock: lock })
    }

    /// Whether conflict copies were merged in (so the workspace must be written even when the
    /// command itself changes nothing).
    pub(super) fn merged_copies(&self) -> bool {
        !self.copies.merged.is_empty()
    }

    /// Writes the workspace back (encrypted as it was), as a version made from the one read;
    /// keeps it as this computer's common version and moves the merged copies to the backups.
    ///
    /// A sync tool may have put another computer's version in place while the command ran
    /// (the lock keeps out Kindred, not the sync tool): that version is merged in first, so
    /// that the write never replaces changes it has not seen.
    pub(super) fn save(mut self, file: &Path) -> Result<(), String> {
        if store::disk_state(file, &self.stamp).map_err(|e| store::io_reason(&e))? == store::DiskState::Changed {
            let theirs = store::load_with(file, self.passphrase.as_ref()).map_err(|e| e.to_string())?;
            if let Some(reason) = theirs.decoded.read_only_reason() {
                return Err(format!("{}: changed meanwhile, and {reason}", file.display()));
            }
            sharing::keep_version(self.bases.as_ref(), file, &theirs.decoded.workspace, &theirs.revision);
            let mine = sharing::Version { workspace: &self.workspace, revision: Some(&self.revision) };
            let other = sharing::Version { workspace: &theirs.decoded.workspace, revision: Some(&theirs.revision) };
            let merged = sharing::merge_in(self.bases.as_ref(), file, mine, other, self.passphrase.as_ref())
                .map_err(|e| e.to_string())?;
            out!(
                "{}: changed meanwhile; merged in: {}",
                file.display(),
                crate::ops::sync::note(&merged.report, merged.new_conflicts)
            );
            self.workspace = merged.workspace;
            self.revision = theirs.revision;
        }
        self.workspace.descend_from(&self.revision);
        let saved =
            crate::remind::save_workspace(&mut store::save::RealDisk, file, &self.workspace, self.passphrase.as_ref())
                .map_err(|e| e.to_string())?;
        match saved.feed {
            Some(Ok(feed)) => out!("{}: calendar feed written", feed.display()),
            Some(Err(error)) => eprintln!("{}: warning: the calendar feed was not written: {error}", file.display()),
            None => {}
        }
        if let Some(revision) = saved.stamp.revision() {
            sharing::keep_version(self.bases.as_ref(), file, &self.workspace, revision);
        }
        for (copy, why) in sharing::file_copies(file, &self.copies.merged) {
            eprintln!("{}: merged, but not moved to the backups: {why}", copy.display());
        }
        Ok(())
    }
}

/// The workspace's lock; `None` when a Kindred on another computer holds it (its lock came
/// with the file through a sync tool, or the file is on a shared drive): the save merges what
/// that computer saves meanwhile, so it is no reason to stop. A program of this computer that
/// holds it still does.
fn lock_or_share(file: &Path) -> Result<Option<lock::Lock>, String> {
    let shown = file.display();
    match lock::acquire(file) {
        Ok(lock::LockOutcome::Acquired(lock)) => Ok(Some(lock)),
        Ok(lock::LockOutcome::HeldElsewhere(holder)) => {
            eprintln!("{shown}: also open in Kindred by {holder}; what it saves is merged");
            Ok(None)
        }
        Ok(lock::LockOutcome::HeldHere(holder)) => {
            Err(format!("{shown}: is open in Kindred by {holder}; close it there first"))
        }
        Ok(lock::LockOutcome::Unreadable(reason)) => Err(reason.to_string()),
        Err(error) => Err(format!("{shown}: cannot lock the workspace: {error}")),
    }
}

/// Who the command line's changes are by: `KINDRED_USER`, else the account's full name.
pub(super) fn stamp() -> crate::model::Stamp {
    sharing::stamp_now(&std::env::var("KINDRED_USER").unwrap_or_default())
}
