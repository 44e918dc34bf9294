//! Edits of a workspace, each with its exact inverse.
//!
//! Undo keeps inverse edits, never copies of the workspace: the inverse of changing one person
//! holds that one person as it was, so an edit costs the same at 10 people as at 10,000.

use super::moves::{self, BoardPlace, CardPlace};
use crate::model::{CardId, Conflict, JourneyId, JourneyMap, LaneId, Person, PersonId, PhaseId, Workspace};
use crate::t;
use std::fmt;

/// One change to a workspace. Views produce these; [`apply`] carries them out.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    RenameWorkspace(String),
    /// The ISO 4217 code yearly values are in.
    SetCurrency(String),
    /// Replace the workspace's own settings (the 29 February rule, …).
    ChangeSettings(Box<crate::model::WorkspaceSettings>),
    /// Put a person at a place in the list (clamped to its length).
    InsertPerson {
        index: usize,
        person: Box<Person>,
    },
    RemovePerson(PersonId),
    /// Replace the person with the same id.
    ReplacePerson(Box<Person>),
    InsertJourney {
        index: usize,
        journey: Box<JourneyMap>,
    },
    RemoveJourney(JourneyId),
    /// Replace the journey map with the same id.
    ReplaceJourney(Box<JourneyMap>),
    /// Move a card of a journey map to a cell and a place in it ([`moves::move_card`]).
    MoveCard {
        journey: JourneyId,
        card: CardId,
        to: CardPlace,
    },
    /// Move a phase (column) of a journey map to an index ([`moves::move_phase`]).
    MovePhase {
        journey: JourneyId,
        phase: PhaseId,
        to: usize,
    },
    /// Move a lane (row) of a journey map to an index ([`moves::move_lane`]).
    MoveLane {
        journey: JourneyId,
        lane: LaneId,
        to: usize,
    },
    /// Move a person on a journey's phase board; `None` takes them off it
    /// ([`moves::move_person`]).
    MovePerson {
        person: PersonId,
        journey: JourneyId,
        to: Option<BoardPlace>,
    },
    /// Replace people and journey maps by their place in their lists, where an id cannot say
    /// which is meant: giving ids held twice fresh values ([`super::ids::repair`]).
    ReplaceAt {
        people: Vec<(usize, Person)>,
        journeys: Vec<(usize, JourneyMap)>,
        conflicts: Vec<(usize, Conflict)>,
    },
    /// Put a value at a path through the workspace's data (JSON text; `None` removes a record
    /// of a list), a new record of a list at `place` if given: choosing a side of a merge's
    /// conflict ([`super::sync::choose`]). Its inverse puts back what was there.
    SetAt {
        at: Vec<crate::model::Step>,
        value: Option<String>,
        place: Option<usize>,
    },
    /// Several edits as one undo step, applied in order.
    Batch(Vec<Edit>),
}

/// An edit that does not fit the workspace it was applied to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchPerson(PersonId),
    NoSuchJourney(JourneyId),
    DuplicatePerson(PersonId),
    DuplicateJourney(JourneyId),
    NoSuchCard(CardId),
    NoSuchPhase(PhaseId),
    NoSuchLane(LaneId),
    NotACardLane(LaneId),
    /// Two people hold the id: an edit by id cannot say which is meant, and does nothing.
    SharedPersonId(PersonId),
    SharedJourneyId(JourneyId),
    /// No person (journey map) at this 0-based place in the list.
    NoPersonAt(usize),
    NoJourneyAt(usize),
    /// A conflict's choice goes to a place (its fields, in words) the workspace no longer has,
    /// or holds a value that does not fit there.
    NoPlace(String),
}

/// In the thread's language: the app shows it when an edit no longer fits (the data changed
/// underneath); the command line's import prints it in English.
impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            EditError::NoSuchPerson(id) => t!("error-edit-no-person", id = id.to_string()),
            EditError::NoSuchJourney(id) => t!("error-edit-no-journey", id = id.to_string()),
            EditError::DuplicatePerson(id) => t!("error-edit-duplicate-person", id = id.to_string()),
            EditError::DuplicateJourney(id) => t!("error-edit-duplicate-journey", id = id.to_string()),
            EditError::NoSuchCard(id) => t!("error-edit-no-card", id = id.to_string()),
            EditError::NoSuchPhase(id) => t!("error-edit-no-phase", id = id.to_string()),
            EditError::NoSuchLane(id) => t!("error-edit-no-lane", id = id.to_string()),
            EditError::NotACardLane(id) => t!("error-edit-not-card-lane", id = id.to_string()),
            EditError::SharedPersonId(id) => t!("error-edit-shared-person", id = id.to_string()),
            EditError::SharedJourneyId(id) => t!("error-edit-shared-journey", id = id.to_string()),
            EditError::NoPersonAt(index) => t!("error-edit-no-person-at", number = index + 1),
            EditError::NoJourneyAt(index) => t!("error-edit-no-journey-at", number = index + 1),
            EditError::NoPlace(place) => t!("error-edit-no-place", place = place.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for EditError {}

/// Applies an edit and returns the edit that undoes it. On error the workspace is unchanged.
pub fn apply(workspace: &mut Workspace, edit: Edit) -> Result<Edit, EditError> {
    Ok(match edit {
        Edit::RenameWorkspace(name) => Edit::RenameWorkspace(std::mem::replace(&mut workspace.name, name)),
        Edit::SetCurrency(code) => Edit::SetCurrency(std::mem::replace(&mut workspace.currency, code)),
        Edit::ChangeSettings(settings) => {
            Edit::ChangeSettings(Box::new(std::mem::replace(&mut workspace.settings, *settings)))
        }
        Edit::InsertPerson { index, person } => {
            if workspace.person_index(person.id).is_some() {
                return Err(EditError::DuplicatePerson(person.id));
            }
            let id = person.id;
            let index = index.min(workspace.people.len());
            workspace.people.insert(index, *person);
            Edit::RemovePerson(id)
        }
        Edit::RemovePerson(id) => {
            let index = person_at(workspace, id)?;
            let person = workspace.people.remove(index);
            Edit::InsertPerson { index, person: Box::new(person) }
        }
        Edit::ReplacePerson(person) => {
            let index = person_at(workspace, person.id)?;
            Edit::ReplacePerson(Box::new(std::mem::replace(&mut workspace.people[index], *person)))
        }
        Edit::InsertJourney { index, journey } => {
            if workspace.journey_index(journey.id).is_some() {
                return Err(EditError::DuplicateJourney(journey.id));
            }
            let id = journey.id;
            let index = index.min(workspace.journeys.len());
            workspace.journeys.insert(index, *journey);
            Edit::RemoveJourney(id)
        }
        Edit::RemoveJourney(id) => {
            let index = journey_at(workspace, id)?;
            let journey = workspace.journeys.remove(index);
            Edit::InsertJourney { index, journey: Box::new(journey) }
        }
        Edit::ReplaceJourney(journey) => {
            let index = journey_at(workspace, journey.id)?;
            Edit::ReplaceJourney(Box::new(std::mem::replace(&mut workspace.journeys[index], *journey)))
        }
        // A move's inverse is the map or the people as they were: exact, and the size of one map.
        Edit::MoveCard { journey, card, to } => move_in_map(workspace, journey, |map| moves::move_card(map, card, to))?,
        Edit::MovePhase { journey, phase, to } => {
            move_in_map(workspace, journey, |map| moves::move_phase(map, phase, to))?
        }
        Edit::MoveLane { journey, lane, to } => move_in_map(workspace, journey, |map| moves::move_lane(map, lane, to))?,
        Edit::MovePerson { person, journey, to } => {
            let moved = moves::move_person(workspace, person, journey, to)?;
            let mut inverses = Vec::with_capacity(moved.len());
            for (id, position) in moved {
                let index = person_at(workspace, id)?;
                let person = &mut workspace.people[index];
                inverses.push(Edit::ReplacePerson(Box::new(person.clone())));
                match (person.positions.iter_mut().find(|p| p.journey == journey), position) {
                    (Some(slot), Some(position)) => *slot = position,
                    (None, Some(position)) => person.positions.push(position),
                    (_, None) => person.positions.retain(|p| p.journey != journey),
                }
            }
            Edit::Batch(inverses)
        }
        Edit::ReplaceAt { people, journeys, conflicts } => {
            if let Some((index, _)) = people.iter().find(|(index, _)| *index >= workspace.people.len()) {
                return Err(EditError::NoPersonAt(*index));
            }
            if let Some((index, _)) = journeys.iter().find(|(index, _)| *index >= workspace.journeys.len()) {
                return Err(EditError::NoJourneyAt(*index));
            }
            // In reverse, so that a place given twice is undone to what it first was.
            let mut old_people: Vec<(usize, Person)> = people
                .into_iter()
                .map(|(index, person)| (index, std::mem::replace(&mut workspace.people[index], person)))
                .collect();
            old_people.reverse();
            let mut old_journeys: Vec<(usize, JourneyMap)> = journeys
                .into_iter()
                .map(|(index, journey)| (index, std::mem::replace(&mut workspace.journeys[index], journey)))
                .collect();
            old_journeys.reverse();
            let known = workspace.conflicts.len();
            let mut old_conflicts: Vec<(usize, Conflict)> = conflicts
                .into_iter()
                .filter(|(index, _)| *index < known)
                .map(|(index, conflict)| (index, std::mem::replace(&mut workspace.conflicts[index], conflict)))
                .collect();
            old_conflicts.reverse();
            Edit::ReplaceAt { people: old_people, journeys: old_journeys, conflicts: old_conflicts }
        }
        Edit::SetAt { at, value, place } => super::sync::set_at(workspace, at, value, place)?,
        Edit::Batch(edits) => {
            let mut inverses = Vec::with_capacity(edits.len());
            for edit in edits {
                match apply(workspace, edit) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(error) => {
                        // Roll back what this batch already did, so a failed batch changes nothing.
                        for inverse in inverses.into_iter().rev() {
                            // An inverse fits the state its edit produced, so this cannot fail.
                            let _ = apply(workspace, inverse);
                        }
                        return Err(error);
                    }
                }
            }
            inverses.reverse();
            Edit::Batch(inverses)
        }
    })
}

/// Where the one person with this id is. An id two people hold names neither: acting on the
/// first would change or remove someone the edit was not made for.
fn person_at(workspace: &Workspace, id: PersonId) -> Result<usize, EditError> {
    let mut holders = workspace.people.iter().enumerate().filter(|(_, p)| p.id == id).map(|(index, _)| index);
    match (holders.next(), holders.next()) {
        (Some(index), None) => Ok(index),
        (None, _) => Err(EditError::NoSuchPerson(id)),
        (Some(_), Some(_)) => Err(EditError::SharedPersonId(id)),
    }
}

/// Where the one journey map with this id is; see [`person_at`].
fn journey_at(workspace: &Workspace, id: JourneyId) -> Result<usize, EditError> {
    let mut holders = workspace.journeys.iter().enumerate().filter(|(_, j)| j.id == id).map(|(index, _)| index);
    match (holders.next(), holders.next()) {
        (Some(index), None) => Ok(index),
        (None, _) => Err(EditError::NoSuchJourney(id)),
        (Some(_), Some(_)) => Err(EditError::SharedJourneyId(id)),
    }
}

/// Applies `change` to one map; the inverse is the map as it was.
fn move_in_map(
    workspace: &mut Workspace,
    journey: JourneyId,
    change: impl FnOnce(&mut JourneyMap) -> Result<bool, EditError>,
) -> Result<Edit, EditError> {
    let index = journey_at(workspace, journey)?;
    let before = workspace.journeys[index].clone();
    change(&mut workspace.journeys[index])?;
    Ok(Edit::ReplaceJourney(Box::new(before)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace_with(names: &[&str]) -> Workspace {
        let mut ws = Workspace::named("Test");
        ws.people = names.iter().map(|n| Person::named(*n)).collect();
        ws
    }

    #[test]
    fn a_refused_edit_says_why_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let id = PersonId::new();
        let refusal = || apply(&mut workspace_with(&[]), Edit::RemovePerson(id)).expect_err("no one").to_string();
        set_language(Lang::Da);
        assert_eq!(refusal(), format!("ingen person med id {id}"));
        set_language(Lang::Nb);
        assert_eq!(refusal(), format!("ingen person med id {id}"));
        set_language(Lang::En);
        assert_eq!(refusal(), format!("no person with id {id}"));
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let mut ws = workspace_with(&["Anna", "Bo", "Carl"]);
        let mut journey = crate::model::Template::CustomerJourney.create();
        let (phase, lane) = (journey.phases[0].id, journey.lanes[0].id);
        let card = crate::model::Card { phase, lane, ..Default::default() };
        let card_id = card.id;
        journey.cards.push(card);
        let journey_id = journey.id;
        ws.journeys.push(journey);
        let original = ws.clone();
        let mut changed = ws.people[1].clone();
        changed.name = "Bo Berg".into();
        let mut map = ws.journeys[0].clone();
        map.name = "Renamed".into();
        let edits = vec![
            Edit::RenameWorkspace("Other".into()),
            Edit::SetCurrency("NOK".into()),
            Edit::ChangeSettings(Box::new(crate::model::WorkspaceSettings {
                leap_day: crate::model::LeapDay::March1,
                ..Default::default()
            })),
            Edit::InsertPerson { index: 1, person: Box::new(Person::named("Dina")) },
            Edit::RemovePerson(ws.people[0].id),
            Edit::ReplacePerson(Box::new(changed)),
            Edit::InsertJourney { index: 9, journey: Box::new(crate::model::Template::Blank.create()) },
            Edit::ReplaceJourney(Box::new(map)),
            Edit::RemoveJourney(ws.journeys[0].id),
            Edit::MoveCard {
                journey: journey_id,
                card: card_id,
                to: CardPlace { phase: ws.journeys[0].phases[2].id, lane, slot: 0 },
            },
            Edit::MovePhase { journey: journey_id, phase, to: 3 },
            Edit::MoveLane { journey: journey_id, lane, to: 1 },
            Edit::MovePerson { person: ws.people[2].id, journey: journey_id, to: Some(BoardPlace { phase, slot: 0 }) },
            Edit::ReplaceAt {
                people: vec![(2, Person::named("Carl again")), (0, Person::named("Anna again"))],
                journeys: vec![(0, crate::model::Template::Blank.create())],
                conflicts: Vec::new(),
            },
        ];
        for edit in edits {
            let mut copy = original.clone();
            let inverse = apply(&mut copy, edit.clone()).expect("edit applies");
            assert_ne!(copy, original, "{edit:?} changed nothing");
            apply(&mut copy, inverse).expect("inverse applies");
            assert_eq!(copy, original, "{edit:?} was not undone");
        }
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut ws = workspace_with(&["Anna"]);
        let before = ws.clone();
        let batch = Edit::Batch(vec![
            Edit::RenameWorkspace("New".into()),
            Edit::RemovePerson(ws.people[0].id),
            Edit::RemovePerson(PersonId::new()),
        ]);
        assert!(matches!(apply(&mut ws, batch), Err(EditError::NoSuchPerson(_))));
        assert_eq!(ws, before);
    }

    #[test]
    fn batch_inverse_restores_in_reverse_order() {
        let mut ws = workspace_with(&["Anna", "Bo"]);
        let before = ws.clone();
        let (a, b) = (ws.people[0].id, ws.people[1].id);
        let inverse = apply(&mut ws, Edit::Batch(vec![Edit::RemovePerson(a), Edit::RemovePerson(b)])).expect("applies");
        assert!(ws.people.is_empty());
        apply(&mut ws, inverse).expect("undo");
        assert_eq!(ws, before);
    }

    #[test]
    fn an_id_two_people_hold_changes_neither() {
        let mut ws = workspace_with(&["Anna", "Bo", "Carl"]);
        ws.people[2].id = ws.people[0].id;
        let shared = ws.people[0].id;
        let before = ws.clone();
        let mut renamed = ws.people[2].clone();
        renamed.name = "Carl Berg".into();
        for edit in [Edit::ReplacePerson(Box::new(renamed)), Edit::RemovePerson(shared)] {
            assert_eq!(apply(&mut ws, edit), Err(EditError::SharedPersonId(shared)));
            assert_eq!(ws, before, "neither Anna nor Carl changed");
        }
        let mut map = crate::model::Template::Blank.create();
        map.phases[1].id = map.phases[0].id;
        ws.journeys = vec![map.clone(), map.clone()];
        let before = ws.clone();
        assert_eq!(apply(&mut ws, Edit::RemoveJourney(map.id)), Err(EditError::SharedJourneyId(map.id)));
        assert_eq!(ws, before);
        let beyond =
            Edit::ReplaceAt { people: vec![(3, Person::named("Nobody"))], journeys: Vec::new(), conflicts: Vec::new() };
        assert_eq!(apply(&mut ws, beyond), Err(EditError::NoPersonAt(3)));
        assert_eq!(ws, before);
    }

    #[test]
    fn inserting_a_duplicate_id_is_refused() {
        let mut ws = workspace_with(&["Anna"]);
        let twin = ws.people[0].clone();
        assert!(matches!(
            apply(&mut ws, Edit::InsertPerson { index: 0, person: Box::new(twin) }),
            Err(EditError::DuplicatePerson(_))
        ));
    }
}
