//! A merged workspace as one edit of the workspace it was merged into: so that a merge in the
//! window is one undo step, which costs what changed (the people and maps that differ), not a
//! copy of the workspace.

use super::super::Edit;
use crate::model::{Step, Workspace};
use serde_json::Value;

/// The fields of the workspace that are not data a person edits (its format, identity and
/// revisions) or are edited by record (people, maps).
const NOT_AS_FIELDS: [&str; 5] = ["format_version", "id", "revisions", "people", "journeys"];

/// The edit that makes `ours` hold what `merged` holds: its people and maps replaced, added
/// and removed by id, every other field of the workspace put as a whole where it differs. Its
/// format, identity and revisions are not edits; the caller takes them over.
pub fn edits_between(ours: &Workspace, merged: &Workspace) -> Edit {
    let mut edits = Vec::new();
    // Removals first, so that an addition's place is its place in the merged list.
    for person in ours.people.iter().filter(|p| merged.person(p.id).is_none()) {
        edits.push(Edit::RemovePerson(person.id));
    }
    for map in ours.journeys.iter().filter(|j| merged.journey(j.id).is_none()) {
        edits.push(Edit::RemoveJourney(map.id));
    }
    for (index, person) in merged.people.iter().enumerate() {
        match ours.person(person.id) {
            None => edits.push(Edit::InsertPerson { index, person: Box::new(person.clone()) }),
            Some(before) if before != person => edits.push(Edit::ReplacePerson(Box::new(person.clone()))),
            Some(_) => {}
        }
    }
    for (index, map) in merged.journeys.iter().enumerate() {
        match ours.journey(map.id) {
            None => edits.push(Edit::InsertJourney { index, journey: Box::new(map.clone()) }),
            Some(before) if before != map => edits.push(Edit::ReplaceJourney(Box::new(map.clone()))),
            Some(_) => {}
        }
    }
    let fields = |ws: &Workspace| -> serde_json::Map<String, Value> {
        match serde_json::to_value(ws) {
            Ok(Value::Object(mut object)) => {
                for name in NOT_AS_FIELDS {
                    object.remove(name);
                }
                object
            }
            _ => serde_json::Map::new(),
        }
    };
    let (before, after) = (fields(ours), fields(merged));
    for (name, value) in &after {
        if before.get(name) != Some(value) {
            edits.push(Edit::SetAt {
                at: vec![Step::Field(name.clone())],
                value: Some(value.to_string()),
                place: None,
            });
        }
    }
    Edit::Batch(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Template};

    #[test]
    fn the_edit_makes_ours_what_was_merged_and_undoes_exactly() {
        let mut ours = Workspace::named("Shop");
        ours.people = vec![Person::named("Anna"), Person::named("Bo"), Person::named("Carl")];
        ours.journeys.push(Template::CustomerJourney.create());
        let mut merged = ours.clone();
        merged.people[0].role = "Owner".into();
        merged.people.remove(1);
        merged.people.push(Person::named("Dina"));
        merged.journeys[0].name = "Renamed".into();
        merged.journeys.push(Template::SalesProcess.create());
        merged.name = "Bageriet".into();
        merged.settings.remind_days = 3;
        let mut changed = ours.clone();
        let inverse = crate::ops::apply(&mut changed, edits_between(&ours, &merged)).expect("applies");
        assert_eq!(changed, merged);
        crate::ops::apply(&mut changed, inverse).expect("undoes");
        assert_eq!(changed, ours);
        assert_eq!(edits_between(&ours, &ours), Edit::Batch(Vec::new()));
    }
}
