//! Two computers, one workspace: the three-way merge of two versions against their common
//! version, the conflicts it records, choosing between them, and what came in.
//!
//! The merge works on the workspace's data as a tree ([`tree`]): every list of records with
//! ids is merged record by record, so a list added to the model later is merged without this
//! module knowing it. Conflicts are recorded in the merged workspace itself
//! ([`crate::model::Conflict`], with ids), so a merged file carries them to whoever opens it
//! next; choosing a side is an [`Edit::SetAt`] (undoable) that also takes the conflict away.
//!
//! The common version is found by the workspaces' [`Workspace::revisions`] (the hashes of the
//! versions each descends from) among the versions a computer keeps (`store::base`).

mod diff;
pub mod tree;
mod words;

use super::Edit;
use crate::model::{Conflict, ConflictId, IdKind, IdSet, Stamp, Step, Workspace};
pub use diff::edits_between;
use serde_json::Value;
pub use words::{Report, changed_by, describe, field_words, note, value_words};

/// A merged workspace and what the merge found.
#[derive(Clone, Debug)]
pub struct Merged {
    pub workspace: Workspace,
    /// The conflicts this merge recorded (also in `workspace.conflicts`).
    pub new_conflicts: usize,
    /// What the other side brought, by kind of record.
    pub report: Report,
}

/// Why two versions could not be merged (a model that does not go through its own data: not
/// expected, but never a panic).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeError(pub String);

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The fields of the workspace that are not merged as data: its format (ours), its identity
/// (ours, else theirs) and its revisions (both sides').
const OWN: [&str; 3] = ["format_version", "id", "revisions"];

/// Merges `ours` and `theirs`, two versions that both come from `base` (`None` when the common
/// version is not known: then nothing counts as deleted, and every difference is a conflict).
/// Each side's changes since `base` are kept; where both changed one thing differently, ours is
/// kept and a conflict is recorded. The result descends from both.
pub fn merge(base: Option<&Workspace>, ours: &Workspace, theirs: &Workspace) -> Result<Merged, MergeError> {
    let value = |ws: &Workspace| serde_json::to_value(ws).map_err(|e| MergeError(e.to_string()));
    let (mut o, mut t) = (value(ours)?, value(theirs)?);
    let mut b = base.map(value).transpose()?;
    for field in OWN {
        for side in [Some(&mut o), Some(&mut t), b.as_mut()].into_iter().flatten() {
            if let Some(object) = side.as_object_mut() {
                object.remove(field);
            }
        }
    }
    let mut found = Vec::new();
    let merged = tree::merge(b.as_ref(), &o, &t, &mut Vec::new(), &mut found);
    let mut workspace: Workspace = serde_json::from_value(merged).map_err(|e| MergeError(e.to_string()))?;
    workspace.format_version = ours.format_version.max(theirs.format_version);
    workspace.id = ours.id.or(theirs.id);
    workspace.revisions = ours.revisions.clone();
    for revision in &theirs.revisions {
        workspace.descend_from(revision);
    }
    let new_conflicts = record(&mut workspace, ours, theirs, found);
    // What is left of the two versions once people, maps and organisations are set aside tells
    // whether anything else came in.
    for side in [Some(&mut t), b.as_mut()].into_iter().flatten() {
        if let Some(object) = side.as_object_mut() {
            for field in ["people", "journeys", "organisations", "conflicts"] {
                object.remove(field);
            }
        }
    }
    let report = words::report(base, theirs, &b.unwrap_or_default(), &t);
    Ok(Merged { workspace, new_conflicts, report })
}

/// Adds what the merge found as conflicts (but those already recorded as they are); how many.
fn record(workspace: &mut Workspace, ours: &Workspace, theirs: &Workspace, found: Vec<tree::Found>) -> usize {
    let mut ids = IdSet::of_workspace(workspace);
    let text = |v: Option<Value>| v.map(|v| v.to_string());
    let mut added = 0;
    for found in found {
        let (ours_text, theirs_text) = (text(found.ours), text(found.theirs));
        let known =
            workspace.conflicts.iter().any(|c| c.at == found.at && c.ours == ours_text && c.theirs == theirs_text);
        if known {
            continue;
        }
        let mut conflict = Conflict {
            id: conflict_id(&found.at, ours_text.as_deref(), theirs_text.as_deref()),
            ours_by: stamp_at(ours, &found.at),
            theirs_by: stamp_at(theirs, &found.at),
            name: words::record_name(workspace, &found.at)
                .or_else(|| words::record_name(theirs, &found.at))
                .unwrap_or_default(),
            at: found.at,
            ours: ours_text,
            theirs: theirs_text,
        };
        while ids.contains(IdKind::Conflict, conflict.id.0) {
            conflict.id = ConflictId::new();
        }
        ids.claim(&mut conflict, &IdSet::default());
        workspace.conflicts.push(conflict);
        added += 1;
    }
    added
}

/// Who last changed the top-level record a path leads into, on one side.
fn stamp_at(workspace: &Workspace, at: &[Step]) -> Option<Stamp> {
    match at {
        [Step::Field(list), Step::Id(id), ..] if list == "people" => {
            workspace.people.iter().find(|p| p.id.to_string() == *id)?.changed.clone()
        }
        [Step::Field(list), Step::Id(id), ..] if list == "journeys" => {
            workspace.journeys.iter().find(|j| j.id.to_string() == *id)?.changed.clone()
        }
        _ => None,
    }
}

/// The edit that settles a conflict: the chosen side's value put in place (`theirs`: the other
/// side's; else the one kept), and the conflict taken away, as one undo step. `None` when there
/// is no such conflict.
pub fn choose(workspace: &Workspace, conflict: ConflictId, theirs: bool) -> Option<Edit> {
    let found = workspace.conflicts.iter().find(|c| c.id == conflict)?;
    let chosen = if theirs { &found.theirs } else { &found.ours };
    let mut edits = Vec::new();
    let value = chosen.as_deref().map(serde_json::from_str::<Value>).transpose().ok()?;
    // A choice about a record that is gone since (a person deleted after the merge) only takes
    // the conflict away.
    let (_, parent) = found.at.split_last()?;
    let there = parent.is_empty() || place_exists(workspace, parent);
    if there && value_at(workspace, &found.at) != value {
        edits.push(Edit::SetAt { at: found.at.clone(), value: value.map(|v| v.to_string()), place: None });
    }
    let id = conflict.to_string();
    edits.push(Edit::SetAt { at: vec![Step::Field("conflicts".into()), Step::Id(id)], value: None, place: None });
    Some(Edit::Batch(edits))
}

/// Whether the workspace has the place `at` leads to: a list of people or maps is always there.
fn place_exists(workspace: &Workspace, at: &[Step]) -> bool {
    match at {
        [Step::Field(list)] if list == "people" || list == "journeys" => true,
        _ => value_at(workspace, at).is_some(),
    }
}

/// The value at `at` in the workspace now: through the one person or map the path leads into
/// where it leads into one.
pub fn value_at(workspace: &Workspace, at: &[Step]) -> Option<Value> {
    let one = |value: Option<Value>, rest: &[Step]| value.and_then(|v| tree::get(&v, rest).cloned());
    match at {
        [Step::Field(list), Step::Id(id), rest @ ..] if list == "people" => {
            let person = workspace.people.iter().find(|p| p.id.to_string() == *id)?;
            one(serde_json::to_value(person).ok(), rest)
        }
        [Step::Field(list), Step::Id(id), rest @ ..] if list == "journeys" => {
            let map = workspace.journeys.iter().find(|j| j.id.to_string() == *id)?;
            one(serde_json::to_value(map).ok(), rest)
        }
        _ => one(serde_json::to_value(workspace).ok(), at),
    }
}

/// Carries out [`Edit::SetAt`]: puts `value` (JSON text; `None` removes) at `at`, an entry of a
/// list new at `place` if given; the edit that puts back what was there. Only the record the
/// path leads into goes through the tree (a person, a map), or the workspace without its people
/// and maps for anything else, so a choice costs the same at 10 people as at 10,000.
pub fn set_at(
    workspace: &mut Workspace,
    at: Vec<Step>,
    value: Option<String>,
    place: Option<usize>,
) -> Result<Edit, super::EditError> {
    let nowhere = || super::EditError::NoPlace(field_words(&at));
    let value = value.as_deref().map(serde_json::from_str::<Value>).transpose().map_err(|_| nowhere())?;
    let put = match at.as_slice() {
        // A whole person or map: by its type, not through the whole workspace's data.
        [Step::Field(list), Step::Id(id)] if list == "people" => {
            whole(&mut workspace.people, |p| p.id.to_string() == *id, value, place).ok_or_else(nowhere)?
        }
        [Step::Field(list), Step::Id(id)] if list == "journeys" => {
            whole(&mut workspace.journeys, |j| j.id.to_string() == *id, value, place).ok_or_else(nowhere)?
        }
        _ => with_value(workspace, &at, |root, path| tree::put(root, path, value, place)).ok_or_else(nowhere)?,
    };
    let (old, old_place) = put;
    Ok(Edit::SetAt { at, value: old.map(|v| v.to_string()), place: old_place })
}

/// Puts a whole record of a list (`None` removes it), a new one at `place`; what was there and
/// where.
#[allow(clippy::type_complexity)]
fn whole<R: serde::Serialize + serde::de::DeserializeOwned>(
    list: &mut Vec<R>,
    is: impl Fn(&R) -> bool,
    value: Option<Value>,
    place: Option<usize>,
) -> Option<(Option<Value>, Option<usize>)> {
    let record = value.map(serde_json::from_value::<R>).transpose().ok()?;
    let index = list.iter().position(is);
    let old = index.and_then(|i| serde_json::to_value(&list[i]).ok());
    match (index, record) {
        (Some(i), Some(record)) => list[i] = record,
        (Some(i), None) => {
            list.remove(i);
        }
        (None, Some(record)) => list.insert(place.unwrap_or(list.len()).min(list.len()), record),
        (None, None) => {}
    }
    Some((old, index))
}

/// Runs `change` on the part of the workspace a path leads into, as a tree, with the rest of
/// the path; writes it back when `change` returns something.
fn with_value<T>(
    workspace: &mut Workspace,
    at: &[Step],
    change: impl FnOnce(&mut Value, &[Step]) -> Option<T>,
) -> Option<T> {
    match at {
        [Step::Field(list), Step::Id(id), rest @ ..] if list == "people" && !rest.is_empty() => {
            let person = workspace.people.iter_mut().find(|p| p.id.to_string() == *id)?;
            record_through(person, rest, change)
        }
        [Step::Field(list), Step::Id(id), rest @ ..] if list == "journeys" && !rest.is_empty() => {
            let map = workspace.journeys.iter_mut().find(|j| j.id.to_string() == *id)?;
            record_through(map, rest, change)
        }
        _ => {
            // The workspace without its people and maps, unless the path leads to one whole.
            let whole_list = matches!(at.first(), Some(Step::Field(l)) if l == "people" || l == "journeys");
            let people = if whole_list { Vec::new() } else { std::mem::take(&mut workspace.people) };
            let journeys = if whole_list { Vec::new() } else { std::mem::take(&mut workspace.journeys) };
            let result = record_through(workspace, at, change);
            if !whole_list {
                workspace.people = people;
                workspace.journeys = journeys;
            }
            result
        }
    }
}

fn record_through<R: serde::Serialize + serde::de::DeserializeOwned, T>(
    record: &mut R,
    rest: &[Step],
    change: impl FnOnce(&mut Value, &[Step]) -> Option<T>,
) -> Option<T> {
    let mut value = serde_json::to_value(&*record).ok()?;
    let result = change(&mut value, rest)?;
    *record = serde_json::from_value(value).ok()?;
    Some(result)
}

/// The people and maps an edit changes: to stamp them once it is applied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    people: Vec<crate::model::PersonId>,
    maps: Vec<crate::model::JourneyId>,
}

impl Touched {
    /// What `edit` changes. A choice in a conflict ([`Edit::SetAt`]) counts as nothing: it takes
    /// one side's change, it makes none.
    pub fn of(edit: &Edit) -> Self {
        let mut touched = Self::default();
        touched_by(edit, &mut touched.people, &mut touched.maps);
        touched
    }

    /// The people the edit changes.
    pub fn people(&self) -> &[crate::model::PersonId] {
        &self.people
    }

    /// Marks them as changed by `stamp` (after the edit is applied): who changed what, for a
    /// merge's note and a conflict. Undoing the edit brings back the records as they were,
    /// stamps included.
    pub fn stamp(&self, workspace: &mut Workspace, stamp: &Stamp) {
        // Searched once for each person: an import touches hundreds of a workspace's thousands.
        // The search stops when each is found (of an id two hold, only the first is stamped:
        // such a workspace is read-only in the window).
        let mut people = self.people.clone();
        people.sort_unstable();
        people.dedup();
        let mut left = people.len();
        for person in workspace.people.iter_mut() {
            if left == 0 {
                break;
            }
            if people.binary_search(&person.id).is_ok() {
                person.changed = Some(stamp.clone());
                left -= 1;
            }
        }
        for map in workspace.journeys.iter_mut().filter(|j| self.maps.contains(&j.id)) {
            map.changed = Some(stamp.clone());
        }
    }
}

impl Touched {
    /// Stamps the people and maps `edit` carries whole (put in or in place of another) before
    /// it is applied, as [`Touched::stamp`] would after; returns what it names only by id, to be
    /// stamped after. An import's people are then stamped without going through everyone.
    pub fn stamp_carried(edit: &mut Edit, stamp: &Stamp) -> Self {
        let mut rest = Self::default();
        carried(edit, stamp, &mut rest);
        rest
    }
}

fn carried(edit: &mut Edit, stamp: &Stamp, rest: &mut Touched) {
    match edit {
        Edit::InsertPerson { person, .. } | Edit::ReplacePerson(person) => person.changed = Some(stamp.clone()),
        Edit::InsertJourney { journey, .. } | Edit::ReplaceJourney(journey) => journey.changed = Some(stamp.clone()),
        Edit::Batch(edits) => edits.iter_mut().for_each(|e| carried(e, stamp, rest)),
        other => touched_by(other, &mut rest.people, &mut rest.maps),
    }
}

fn touched_by(edit: &Edit, people: &mut Vec<crate::model::PersonId>, maps: &mut Vec<crate::model::JourneyId>) {
    match edit {
        Edit::InsertPerson { person, .. } | Edit::ReplacePerson(person) => people.push(person.id),
        Edit::MovePerson { person, .. } | Edit::AnswerWhy { person, .. } | Edit::Regroup { person, .. } => {
            people.push(*person);
        }
        Edit::InsertJourney { journey, .. } | Edit::ReplaceJourney(journey) => maps.push(journey.id),
        Edit::MoveCard { journey, .. } | Edit::MovePhase { journey, .. } | Edit::MoveLane { journey, .. } => {
            maps.push(*journey);
        }
        Edit::Batch(edits) => edits.iter().for_each(|e| touched_by(e, people, maps)),
        Edit::RenameWorkspace(_)
        | Edit::SetCurrency(_)
        | Edit::ChangeSettings(_)
        | Edit::RemovePerson(_)
        | Edit::RemoveJourney(_)
        | Edit::ReplaceAt { .. }
        | Edit::SetAt { .. }
        // Organisations and links carry no stamp of who changed them.
        | Edit::InsertOrganisation { .. }
        | Edit::RemoveOrganisation(_)
        | Edit::ReplaceOrganisation(_)
        | Edit::InsertLink { .. }
        | Edit::RemoveLink(_)
        | Edit::ReplaceLink(_) => {}
    }
}

/// A conflict's id from what it is, so that two computers merging the same two versions record
/// the same conflict (and their results are the same file).
fn conflict_id(at: &[Step], ours: Option<&str>, theirs: Option<&str>) -> ConflictId {
    // FNV-1a, 128 bits: stable across builds and computers (not against an adversary).
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    let text = format!("{at:?}\u{0}{ours:?}\u{0}{theirs:?}");
    for byte in text.bytes() {
        hash = (hash ^ u128::from(byte)).wrapping_mul(PRIME);
    }
    ConflictId::from_u128(hash)
}

#[cfg(test)]
mod tests;
