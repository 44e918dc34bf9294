//! Two computers, one workspace, for the window and the command line alike: finding the common
//! version of two versions among those this computer kept (`store::base`), merging another
//! version in (`ops::sync`), the sync tools' conflict copies beside the file, and who this
//! computer's changes are by. Only `cli` and `ui` use it; it uses `store` and `ops`.

use crate::model::{Stamp, Workspace};
use crate::ops::sync::{self, MergeError, Merged, Report};
use crate::store::base::Bases;
use crate::store::crypt::Passphrase;
use crate::store::{self, copies};
use std::path::{Path, PathBuf};

/// One version of the workspace and where it stands: the revision it was read as (its own), or
/// for a version being edited the revision it was read or last saved as (its parent).
#[derive(Clone, Copy, Debug)]
pub struct Version<'a> {
    pub workspace: &'a Workspace,
    pub revision: Option<&'a str>,
}

/// The revisions a version descends from, and its own (or its parent's), newest last.
fn ancestry(version: Version<'_>) -> Vec<String> {
    let mut all = version.workspace.revisions.clone();
    if let Some(own) = version.revision {
        all.retain(|r| r != own);
        all.push(own.to_owned());
    }
    all
}

/// The newest version both come from that this computer kept, if any.
pub fn common(
    bases: Option<&Bases>,
    path: &Path,
    ours: Version<'_>,
    theirs: Version<'_>,
    passphrase: Option<&Passphrase>,
) -> Option<Workspace> {
    let bases = bases?;
    let theirs_all = ancestry(theirs);
    let shared: Vec<String> = ancestry(ours).into_iter().filter(|r| theirs_all.contains(r)).collect();
    let id = ours.workspace.id.or(theirs.workspace.id);
    bases.find(id, path, &shared, passphrase)
}

/// Merges `theirs` into `ours` against their common version (found among `bases`); the result
/// descends from both. Without a common version nothing is lost: every difference is a conflict.
pub fn merge_in(
    bases: Option<&Bases>,
    path: &Path,
    ours: Version<'_>,
    theirs: Version<'_>,
    passphrase: Option<&Passphrase>,
) -> Result<Merged, MergeError> {
    let base = common(bases, path, ours, theirs, passphrase);
    let mut merged = sync::merge(base.as_ref(), ours.workspace, theirs.workspace)?;
    for revision in [ours.revision, theirs.revision].into_iter().flatten() {
        merged.workspace.descend_from(revision);
    }
    Ok(merged)
}

/// Whether two versions are of one workspace: the same identity, or a revision in common.
pub fn same_workspace(a: Version<'_>, b: Version<'_>) -> bool {
    match (a.workspace.id, b.workspace.id) {
        (Some(x), Some(y)) => x == y,
        _ => {
            let theirs = ancestry(b);
            ancestry(a).iter().any(|r| theirs.contains(r))
        }
    }
}

/// A conflict copy merged in.
#[derive(Debug)]
pub struct CopyMerged {
    pub copy: PathBuf,
    pub report: Report,
    pub new_conflicts: usize,
}

/// What merging the conflict copies beside a workspace did.
#[derive(Debug, Default)]
pub struct Copies {
    pub merged: Vec<CopyMerged>,
    /// Copies left where they are, and why (unreadable, another workspace, a newer format).
    pub skipped: Vec<(PathBuf, String)>,
}

/// Merges every conflict copy a sync tool left beside the workspace at `path` into `ours` (the
/// workspace read from `path`, as revision `revision`), oldest first; `ours` then descends from
/// each. The copies stay where they are: once the result is saved, [`file_copies`] moves them
/// to the backups, so nothing is lost if the save fails.
pub fn merge_copies(
    bases: Option<&Bases>,
    path: &Path,
    ours: &mut Workspace,
    revision: Option<&str>,
    passphrase: Option<&Passphrase>,
) -> Copies {
    let mut result = Copies::default();
    let found = match copies::conflict_copies(path) {
        Ok(found) => found,
        Err(error) => {
            result.skipped.push((path.to_path_buf(), store::io_reason(&error)));
            return result;
        }
    };
    for copy in found {
        let loaded = match store::load_with(&copy, passphrase) {
            Ok(loaded) => loaded,
            Err(error) => {
                result.skipped.push((copy, error.to_string()));
                continue;
            }
        };
        if let Some(reason) = loaded.decoded.read_only_reason() {
            result.skipped.push((copy, reason));
            continue;
        }
        let theirs = Version { workspace: &loaded.decoded.workspace, revision: Some(&loaded.revision) };
        let mine = Version { workspace: ours, revision };
        if !same_workspace(mine, theirs) {
            result.skipped.push((copy, crate::t!("sync-copy-other-workspace")));
            continue;
        }
        match merge_in(bases, path, mine, theirs, passphrase) {
            Ok(merged) => {
                *ours = merged.workspace;
                result.merged.push(CopyMerged { copy, report: merged.report, new_conflicts: merged.new_conflicts });
            }
            Err(error) => result.skipped.push((copy, error.to_string())),
        }
    }
    result
}

/// Moves the merged copies to the workspace's backups, once what they were merged into is
/// saved; the copies that could not be moved, and why.
pub fn file_copies(path: &Path, merged: &[CopyMerged]) -> Vec<(PathBuf, String)> {
    merged
        .iter()
        .filter_map(|m| copies::move_to_backups(path, &m.copy).err().map(|e| (m.copy.clone(), store::io_reason(&e))))
        .collect()
}

/// Keeps the version at `path` (just read or written as `revision`) among this computer's
/// common versions. A failure only means a later merge may find no common version.
pub fn keep_version(bases: Option<&Bases>, path: &Path, workspace: &Workspace, revision: &str) {
    let Some(bases) = bases else { return };
    let Ok(mut file) = std::fs::File::open(store::paths::resolved(path)) else { return };
    if let Err(error) = bases.keep(workspace.id, path, revision, &mut file) {
        log::warn!("the common version of {} was not kept: {error}", path.display());
    }
}

/// This computer's stamp for a change made now: the name the person goes by here (`name`, from
/// the settings; else the account's full name).
pub fn stamp_now(name: &str) -> Stamp {
    let who = if name.trim().is_empty() { store::paths::account_name() } else { name.trim().to_owned() };
    Stamp { who, when: chrono::Utc::now() }
}
