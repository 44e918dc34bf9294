//! A merge in words: what came in ("Anna changed 3 people, added 1 map") and each conflict (the
//! person or map, the field, the two values).

use crate::model::{Conflict, Step, Workspace};
use crate::t;
use serde_json::Value;
use std::collections::HashMap;

/// What the other side changed since the common version, by kind of record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub people_added: usize,
    pub people_changed: usize,
    pub people_removed: usize,
    pub maps_added: usize,
    pub maps_changed: usize,
    pub maps_removed: usize,
    pub organisations_added: usize,
    pub organisations_changed: usize,
    pub organisations_removed: usize,
    /// Anything else changed (the workspace's name, settings, links, other lists).
    pub other: bool,
    /// Who made most of those changes, when the records say.
    pub who: Option<String>,
    /// Whether the common version was known (without it, what came in is not counted).
    pub known: bool,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.known
            && self.people_added + self.people_changed + self.people_removed == 0
            && self.maps_added + self.maps_changed + self.maps_removed == 0
            && self.organisations_added + self.organisations_changed + self.organisations_removed == 0
            && !self.other
    }
}

/// What `theirs` changed since `base`.
/// `base_rest` and `theirs_rest` are the two versions' data without their people, maps and
/// organisations (nor
/// what is not merged as data), to tell whether anything else changed.
pub(super) fn report(base: Option<&Workspace>, theirs: &Workspace, base_rest: &Value, theirs_rest: &Value) -> Report {
    let Some(base) = base else { return Report::default() };
    let mut who: HashMap<String, usize> = HashMap::new();
    let mut count = |stamp: Option<&crate::model::Stamp>| {
        if let Some(stamp) = stamp.filter(|s| !s.who.trim().is_empty()) {
            *who.entry(stamp.who.clone()).or_default() += 1;
        }
    };
    let mut report = Report { known: true, ..Report::default() };
    for person in &theirs.people {
        match base.person(person.id) {
            None => report.people_added += 1,
            Some(before) if before != person => report.people_changed += 1,
            Some(_) => continue,
        }
        count(person.changed.as_ref());
    }
    report.people_removed = base.people.iter().filter(|p| theirs.person(p.id).is_none()).count();
    for map in &theirs.journeys {
        match base.journey(map.id) {
            None => report.maps_added += 1,
            Some(before) if before != map => report.maps_changed += 1,
            Some(_) => continue,
        }
        count(map.changed.as_ref());
    }
    report.maps_removed = base.journeys.iter().filter(|j| theirs.journey(j.id).is_none()).count();
    for organisation in &theirs.organisations {
        match base.organisation(organisation.id) {
            None => report.organisations_added += 1,
            Some(before) if before != organisation => report.organisations_changed += 1,
            Some(_) => {}
        }
    }
    report.organisations_removed = base.organisations.iter().filter(|o| theirs.organisation(o.id).is_none()).count();
    report.other = base_rest != theirs_rest;
    report.who = who.into_iter().max_by_key(|(name, n)| (*n, std::cmp::Reverse(name.clone()))).map(|(name, _)| name);
    report
}

/// The one-line note of a merge: "Anna changed 3 people, added 1 map; 2 conflicts to look at".
pub fn note(report: &Report, conflicts: usize) -> String {
    let mut parts = Vec::new();
    let mut part = |count: usize, text: String| {
        if count > 0 {
            parts.push(text);
        }
    };
    part(report.people_added, t!("sync-people-added", count = report.people_added));
    part(report.people_changed, t!("sync-people-changed", count = report.people_changed));
    part(report.people_removed, t!("sync-people-removed", count = report.people_removed));
    part(report.maps_added, t!("sync-maps-added", count = report.maps_added));
    part(report.maps_changed, t!("sync-maps-changed", count = report.maps_changed));
    part(report.maps_removed, t!("sync-maps-removed", count = report.maps_removed));
    part(report.organisations_added, t!("sync-organisations-added", count = report.organisations_added));
    part(report.organisations_changed, t!("sync-organisations-changed", count = report.organisations_changed));
    part(report.organisations_removed, t!("sync-organisations-removed", count = report.organisations_removed));
    part(usize::from(report.other), t!("sync-other-changed"));
    let what = parts.join(", ");
    let came_in = match (&report.who, what.is_empty(), report.known) {
        (_, _, false) => t!("sync-note-unknown-base"),
        (_, true, true) => t!("sync-note-nothing"),
        (Some(who), false, true) => t!("sync-note-who", who = who.as_str(), what = what),
        (None, false, true) => t!("sync-note", what = what),
    };
    if conflicts > 0 { t!("sync-note-conflicts", note = came_in, count = conflicts) } else { came_in }
}

/// The name of the record a path leads into, as the workspace has it.
pub(super) fn record_name(workspace: &Workspace, at: &[Step]) -> Option<String> {
    match at {
        [Step::Field(list), Step::Id(id), ..] if list == "people" => {
            Some(workspace.people.iter().find(|p| p.id.to_string() == *id)?.name.clone())
        }
        [Step::Field(list), Step::Id(id), ..] if list == "journeys" => {
            Some(workspace.journeys.iter().find(|j| j.id.to_string() == *id)?.name.clone())
        }
        [Step::Field(list), Step::Id(id), ..] if list == "organisations" => {
            Some(workspace.organisations.iter().find(|o| o.id.to_string() == *id)?.name.clone())
        }
        [Step::Field(list), Step::Id(id), ..] if list == "links" => {
            // A link has no name of its own: the two people it joins name it.
            let link = workspace.links.iter().find(|l| l.id.to_string() == *id)?;
            let name = |person| workspace.person(person).map(|p| p.name.trim().to_owned()).filter(|n| !n.is_empty());
            let (from, to) = (name(link.from)?, name(link.to)?);
            Some(t!("sync-link-between", from = from, to = to))
        }
        _ => None,
    }
}

/// What a conflict is about, for a person: "Mette Kjærgaard: role", "Customer journey: cards ›
/// text", "Café Kringle: website" (an organisation), "the link between Anna and Bo: kind", "the
/// workspace: name". The record is named as the workspace has it now, else as it
/// was when the conflict was found.
pub fn describe(workspace: &Workspace, conflict: &Conflict) -> String {
    let record = record_name(workspace, &conflict.at)
        .filter(|n| !n.trim().is_empty())
        .or_else(|| Some(conflict.name.clone()).filter(|n| !n.trim().is_empty()));
    let (owner, fields) = match conflict.at.as_slice() {
        [Step::Field(list), Step::Id(_), rest @ ..] => {
            let kind = match list.as_str() {
                "people" => t!("sync-kind-person"),
                "journeys" => t!("sync-kind-map"),
                "organisations" => t!("sync-kind-organisation"),
                "links" => t!("sync-kind-link"),
                other => other.replace('_', " "),
            };
            (record.unwrap_or(kind), rest)
        }
        rest => (t!("sync-kind-workspace"), rest),
    };
    let fields = field_words(fields);
    if fields.is_empty() {
        t!("sync-conflict-record", record = owner)
    } else {
        t!("sync-conflict-field", record = owner, field = fields)
    }
}

/// The fields of a path as the file names them, joined: "life › notes".
pub fn field_words(at: &[Step]) -> String {
    at.iter()
        .filter_map(|step| match step {
            Step::Field(name) => Some(name.replace('_', " ")),
            Step::Id(_) => None,
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// One side's value for a person: a text as it is, a record by its name or text, a deleted
/// record as deleted, anything else as its data.
pub fn value_words(value: Option<&str>) -> String {
    let Some(text) = value else { return t!("sync-value-deleted") };
    let Ok(value) = serde_json::from_str::<Value>(text) else { return text.to_owned() };
    let shown = match &value {
        Value::Null => return t!("sync-value-empty"),
        Value::String(text) if text.is_empty() => return t!("sync-value-empty"),
        Value::String(text) => text.clone(),
        Value::Object(object) => ["name", "text", "note", "label", "value"]
            .iter()
            .find_map(|key| object.get(*key).and_then(Value::as_str).filter(|s| !s.is_empty()))
            .map_or_else(|| value.to_string(), str::to_owned),
        other => other.to_string(),
    };
    const MOST: usize = 300;
    match shown.char_indices().nth(MOST) {
        Some((cut, _)) => format!("{}…", &shown[..cut]),
        None => shown,
    }
}

/// Who changed a record and when, for a person: "changed by Anna today", "… on Tuesday", "… on
/// 3 Nov" (local days, counted from `today`).
pub fn changed_by(stamp: &crate::model::Stamp, today: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let day = stamp.when.with_timezone(&chrono::Local).date_naive();
    let who = if stamp.who.trim().is_empty() { t!("sync-someone") } else { stamp.who.clone() };
    let who = who.as_str();
    match (today - day).num_days() {
        0 => t!("sync-changed-today", who = who),
        1 => t!("sync-changed-yesterday", who = who),
        2..=6 => {
            let weekday = match day.weekday() {
                chrono::Weekday::Mon => t!("sync-monday"),
                chrono::Weekday::Tue => t!("sync-tuesday"),
                chrono::Weekday::Wed => t!("sync-wednesday"),
                chrono::Weekday::Thu => t!("sync-thursday"),
                chrono::Weekday::Fri => t!("sync-friday"),
                chrono::Weekday::Sat => t!("sync-saturday"),
                chrono::Weekday::Sun => t!("sync-sunday"),
            };
            t!("sync-changed-on", who = who, day = weekday)
        }
        _ => t!("sync-changed-on", who = who, day = crate::i18n::date_short(day)),
    }
}
