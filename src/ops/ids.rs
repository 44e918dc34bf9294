//! Ids held twice ([`crate::model::unique`]): where they are, in words a person can find in the
//! app (positions in the lists and names), and the one edit that gives them fresh ids.

use super::Edit;
use crate::model::unique::{Place, renumbered};
use crate::model::{DuplicateId, IdKind, Workspace};
use crate::t;

/// "person 3 (Mette Kjærgaard) and person 17 (Jonas Holm) share the id 0f…", in the current
/// language.
pub fn describe(duplicate: &DuplicateId) -> String {
    t!(
        "ids-shared",
        first = place(duplicate.kind, &duplicate.first),
        second = place(duplicate.kind, &duplicate.second),
        id = duplicate.id.to_string()
    )
}

/// "milestone 2 of person 3 (Mette Kjærgaard)": numbered from 1, as the lists show them.
pub fn place(kind: IdKind, place: &Place) -> String {
    let number = place.index + 1;
    let name = if place.name.trim().is_empty() { t!("ids-no-name") } else { place.name.clone() };
    let name = name.as_str();
    let owner = || match place.owner {
        IdKind::Journey => t!("ids-place-journey", number = number, name = name),
        IdKind::Organisation => t!("ids-place-organisation", number = number, name = name),
        IdKind::Link => t!("ids-place-link", number = number),
        IdKind::Conflict => t!("ids-place-conflict", number = number, name = name),
        _ => t!("ids-place-person", number = number, name = name),
    };
    let Some(record) = place.record.map(|index| index + 1) else { return owner() };
    match kind {
        IdKind::Person | IdKind::Journey | IdKind::Organisation | IdKind::Link | IdKind::Conflict => owner(),
        IdKind::Relative => t!("ids-place-relative", record = record, number = number, name = name),
        IdKind::Milestone if place.owner == IdKind::Organisation => {
            t!("ids-place-organisation-milestone", record = record, number = number, name = name)
        }
        IdKind::Milestone => t!("ids-place-milestone", record = record, number = number, name = name),
        IdKind::Incident => t!("ids-place-incident", record = record, number = number, name = name),
        IdKind::Idea => t!("ids-place-idea", record = record, number = number, name = name),
        IdKind::Interaction => t!("ids-place-interaction", record = record, number = number, name = name),
        IdKind::FollowUp => t!("ids-place-follow-up", record = record, number = number, name = name),
        IdKind::PhaseMove => t!("ids-place-phase-move", record = record, number = number, name = name),
        IdKind::Phase => t!("ids-place-phase", record = record, number = number, name = name),
        IdKind::Lane => t!("ids-place-lane", record = record, number = number, name = name),
        IdKind::Card => t!("ids-place-card", record = record, number = number, name = name),
    }
}

/// The edit that gives every id held more than once a fresh value in all its holders but the
/// first ([`renumbered`]: links stay with what they point at today), and how many ids it
/// renews; `None` when no id is held twice.
pub fn repair(workspace: &Workspace) -> Option<(Edit, usize)> {
    let fixed = renumbered(workspace);
    let edit = Edit::ReplaceAt {
        people: fixed.people,
        organisations: fixed.organisations,
        links: fixed.links,
        journeys: fixed.journeys,
        conflicts: fixed.conflicts,
    };
    (fixed.fresh > 0).then_some((edit, fixed.fresh))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Milestone, Person, duplicate_ids};
    use crate::ops::History;

    #[test]
    fn both_places_are_named_by_number_and_name() {
        let mut ws = Workspace::named("Shop");
        ws.people = vec![Person::named("Mette Kjærgaard"), Person::named("Ida"), Person::named("")];
        ws.people[2].id = ws.people[0].id;
        let milestone = Milestone::default();
        ws.people[1].milestones = vec![Milestone::default(), milestone.clone()];
        ws.people[0].milestones.push(milestone.clone());
        let found: Vec<String> = duplicate_ids(&ws).iter().map(describe).collect();
        let (person, milestone) = (ws.people[0].id, milestone.id);
        assert_eq!(
            found,
            [
                format!(
                    "milestone 1 of person 1 (Mette Kjærgaard) and milestone 2 of person 2 (Ida) share the id {milestone}"
                ),
                format!("person 1 (Mette Kjærgaard) and person 3 (no name) share the id {person}"),
            ],
            "in the order the later holders come in the file"
        );
    }

    #[test]
    fn the_repair_is_one_step_that_undo_takes_back() {
        let mut ws = Workspace::named("Shop");
        ws.people = vec![Person::named("Mette"), Person::named("Jonas"), Person::named("Ida")];
        ws.people[2].id = ws.people[0].id;
        let mut map = crate::model::Template::Blank.create();
        map.phases[1].id = map.phases[0].id;
        ws.journeys.push(map);
        let before = ws.clone();
        let (edit, fresh) = repair(&ws).expect("something to repair");
        assert_eq!(fresh, 2);
        let mut history = History::new();
        history.apply(&mut ws, "New ids", edit).expect("applies");
        assert_eq!(duplicate_ids(&ws), []);
        assert_eq!(ws.people[0], before.people[0], "the first holder keeps its id");
        assert_eq!(ws.people[2].name, "Ida");
        assert_eq!(repair(&ws), None, "nothing left to repair");
        history.undo(&mut ws);
        assert_eq!(ws, before);
    }
}
