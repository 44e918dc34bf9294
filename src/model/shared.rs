//! What two computers sharing one workspace need in its file: who changed a record and when
//! ([`Stamp`]), the versions a workspace descends from ([`Workspace::revisions`]), and the
//! conflicts a merge recorded ([`Conflict`]) until someone chooses.
//!
//! A conflict says where it is as a path through the workspace's data ([`Step`]s: a field's
//! name, or a record of a list by its id), so that it covers every record the workspace has,
//! including lists added after this was written; the two values are kept as JSON text of that
//! part of the data. `ops::sync` makes them and words them.

use super::id::ConflictId;
use super::workspace::Workspace;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who last changed a record, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stamp {
    /// The name the person who changed it goes by on their computer.
    pub who: String,
    pub when: DateTime<Utc>,
}

/// One step of a path through a workspace's data.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Step {
    /// A field of a record (or of the workspace).
    Field(String),
    /// The record of a list whose id (or other key) is this.
    Id(String),
}

/// Where the two sides of a merge disagree. `ours` is what the workspace holds now; `theirs`
/// what the other side had. `None` is a record one side deleted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conflict {
    pub id: ConflictId,
    pub at: Vec<Step>,
    /// The value kept, as JSON text; `None` when the record is gone here.
    pub ours: Option<String>,
    /// The other value, as JSON text; `None` when the other side deleted the record.
    pub theirs: Option<String>,
    /// Who made each side's change, when known.
    pub ours_by: Option<Stamp>,
    pub theirs_by: Option<Stamp>,
    /// The record's name when the conflict was found (it may be gone since).
    pub name: String,
}

/// How many versions back a workspace remembers where it came from.
pub const MAX_REVISIONS: usize = 64;

impl Workspace {
    /// Records that this workspace descends from the version with the given revision (the hash
    /// of that version's text): the last of its [`Workspace::revisions`], unless it already is.
    /// The oldest are forgotten past [`MAX_REVISIONS`].
    pub fn descend_from(&mut self, revision: &str) {
        if self.revisions.last().map(String::as_str) != Some(revision) {
            self.revisions.retain(|r| r != revision);
            self.revisions.push(revision.to_owned());
        }
        let extra = self.revisions.len().saturating_sub(MAX_REVISIONS);
        self.revisions.drain(..extra);
        if self.id.is_none() {
            self.id = Some(super::WorkspaceId::new());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workspace_remembers_its_recent_ancestors_once_each() {
        let mut ws = Workspace::named("Shop");
        ws.id = None;
        ws.descend_from("a");
        ws.descend_from("a");
        ws.descend_from("b");
        ws.descend_from("a");
        assert_eq!(ws.revisions, ["b", "a"]);
        assert!(ws.id.is_some(), "a workspace that is saved gets an identity");
        for n in 0..100 {
            ws.descend_from(&n.to_string());
        }
        assert_eq!(ws.revisions.len(), MAX_REVISIONS);
        assert_eq!(ws.revisions.last().map(String::as_str), Some("99"));
    }
}
