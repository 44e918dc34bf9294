//! Edits of a workspace, each with its exact inverse.
//!
//! Undo keeps inverse edits, never copies of the workspace: the inverse of changing one person
//! holds that one person as it was, so an edit costs the same at 10 people as at 10,000.

use super::moves::{self, BoardPlace, CardPlace, Row};
use crate::model::{
    CardId, Conflict, Interaction, JourneyId, JourneyMap, LaneId, Link, LinkId, MoveWhy, Organisation, OrganisationId,
    Person, PersonId, PhaseId, PhaseMoveId, Workspace,
};
use crate::t;
use chrono::NaiveDate;
use held::Held;
use std::fmt;

mod held;

pub use held::Counted;

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
    /// Take a person out, and the links they are in (their inverse puts both back).
    RemovePerson(PersonId),
    /// Replace the person with the same id.
    ReplacePerson(Box<Person>),
    /// Put an organisation at a place in the list (clamped to its length).
    InsertOrganisation {
        index: usize,
        organisation: Box<Organisation>,
    },
    /// Take an organisation out; its people no longer belong to it.
    RemoveOrganisation(OrganisationId),
    /// Replace the organisation with the same id.
    ReplaceOrganisation(Box<Organisation>),
    /// Put a link between two people at a place in the list (clamped to its length).
    InsertLink {
        index: usize,
        link: Box<Link>,
    },
    RemoveLink(LinkId),
    /// Replace the link with the same id.
    ReplaceLink(Box<Link>),
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
    /// ([`moves::move_person`]). A change of phase adds the entry [`moves::phase_move`] gives
    /// (dated `date`, with the id `entry`) to their phase history, in the same step.
    MovePerson {
        person: PersonId,
        journey: JourneyId,
        to: Option<BoardPlace>,
        date: NaiveDate,
        entry: PhaseMoveId,
        /// What the board showed around the drop, if it says ([`moves::Near`]): checked, then
        /// used instead of going through everyone.
        near: Option<Box<moves::Near>>,
    },
    /// Say why a person moved: the answer goes into the entry of their phase history, and the
    /// line `log`, when given, into their interaction log.
    AnswerWhy {
        person: PersonId,
        entry: PhaseMoveId,
        why: MoveWhy,
        log: Option<Box<Interaction>>,
    },
    /// Move a person from one swimlane of a board to another ([`moves::regroup`]).
    Regroup {
        person: PersonId,
        from: Row,
        to: Row,
    },
    /// Replace people, organisations, links and journey maps by their place in their lists,
    /// where an id cannot say which is meant: giving ids held twice fresh values
    /// ([`super::ids::repair`]).
    ReplaceAt {
        people: Vec<(usize, Person)>,
        organisations: Vec<(usize, Organisation)>,
        links: Vec<(usize, Link)>,
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
    NoSuchPhaseMove(PhaseMoveId),
    /// Two people hold the id: an edit by id cannot say which is meant, and does nothing.
    SharedPersonId(PersonId),
    SharedJourneyId(JourneyId),
    /// No person (journey map) at this 0-based place in the list.
    NoPersonAt(usize),
    NoJourneyAt(usize),
    NoSuchOrganisation(OrganisationId),
    DuplicateOrganisation(OrganisationId),
    SharedOrganisationId(OrganisationId),
    NoOrganisationAt(usize),
    NoSuchLink(LinkId),
    DuplicateLink(LinkId),
    SharedLinkId(LinkId),
    NoLinkAt(usize),
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
            EditError::NoSuchPhaseMove(id) => t!("error-edit-no-phase-move", id = id.to_string()),
            EditError::SharedPersonId(id) => t!("error-edit-shared-person", id = id.to_string()),
            EditError::SharedJourneyId(id) => t!("error-edit-shared-journey", id = id.to_string()),
            EditError::NoPersonAt(index) => t!("error-edit-no-person-at", number = index + 1),
            EditError::NoJourneyAt(index) => t!("error-edit-no-journey-at", number = index + 1),
            EditError::NoSuchOrganisation(id) => t!("error-edit-no-organisation", id = id.to_string()),
            EditError::DuplicateOrganisation(id) => t!("error-edit-duplicate-organisation", id = id.to_string()),
            EditError::SharedOrganisationId(id) => t!("error-edit-shared-organisation", id = id.to_string()),
            EditError::NoOrganisationAt(index) => t!("error-edit-no-organisation-at", number = index + 1),
            EditError::NoSuchLink(id) => t!("error-edit-no-link", id = id.to_string()),
            EditError::DuplicateLink(id) => t!("error-edit-duplicate-link", id = id.to_string()),
            EditError::SharedLinkId(id) => t!("error-edit-shared-link", id = id.to_string()),
            EditError::NoLinkAt(index) => t!("error-edit-no-link-at", number = index + 1),
            EditError::NoPlace(place) => t!("error-edit-no-place", place = place.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for EditError {}

/// Applies an edit and returns the edit that undoes it. On error the workspace is unchanged.
pub fn apply(workspace: &mut Workspace, edit: Edit) -> Result<Edit, EditError> {
    apply_in(workspace, edit, &mut None)
}

/// [`apply`], with every id of the workspace counted (`counted`), which the edit keeps up to
/// date: it then never goes through everyone to learn whether an id is held. Counts missing, or
/// dropped by an edit that may change ids any way (a value set by its path), are counted again
/// for a batch of many edits, which would otherwise go through everyone for its own.
pub fn apply_counted(workspace: &mut Workspace, edit: Edit, counted: &mut Option<Counted>) -> Result<Edit, EditError> {
    let mut held = Counted::take_for(counted, workspace);
    if held.is_none() && matches!(&edit, Edit::Batch(edits) if edits.len() >= Held::MANY) {
        held = Some(Held::every(workspace));
    }
    let applied = apply_in(workspace, edit, &mut held);
    *counted = Counted::keep(held, workspace);
    applied
}

/// [`apply`], with the ids counted for a batch of many edits, if they are.
fn apply_in(workspace: &mut Workspace, edit: Edit, held: &mut Option<Held>) -> Result<Edit, EditError> {
    Ok(match edit {
        Edit::RenameWorkspace(name) => Edit::RenameWorkspace(std::mem::replace(&mut workspace.name, name)),
        Edit::SetCurrency(code) => Edit::SetCurrency(std::mem::replace(&mut workspace.currency, code)),
        Edit::ChangeSettings(settings) => {
            Edit::ChangeSettings(Box::new(std::mem::replace(&mut workspace.settings, *settings)))
        }
        Edit::InsertPerson { index, person } => insert_person(workspace, index, *person, held)?,
        Edit::RemovePerson(id) => remove_person(workspace, id, held)?,
        Edit::ReplacePerson(person) => replace_person(workspace, *person, held)?,
        Edit::InsertOrganisation { index, organisation } => insert_organisation(workspace, index, *organisation, held)?,
        Edit::RemoveOrganisation(id) => remove_organisation(workspace, id, held)?,
        Edit::ReplaceOrganisation(organisation) => {
            let index = organisation_at_in(workspace, organisation.id, held)?;
            Edit::ReplaceOrganisation(Box::new(std::mem::replace(&mut workspace.organisations[index], *organisation)))
        }
        Edit::InsertLink { index, link } => insert_link(workspace, index, *link, held)?,
        Edit::RemoveLink(id) => {
            let index = link_at(workspace, id)?;
            let link = workspace.links.remove(index);
            if let Some(held) = held {
                held.linked(&link, false);
            }
            Edit::InsertLink { index, link: Box::new(link) }
        }
        Edit::ReplaceLink(link) => {
            let index = link_at(workspace, link.id)?;
            if let Some(held) = held {
                held.linked(&workspace.links[index], false);
                held.linked(&link, true);
            }
            Edit::ReplaceLink(Box::new(std::mem::replace(&mut workspace.links[index], *link)))
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
        Edit::MovePerson { person, journey, to, date, entry, near } => {
            let near = near.map(|near| *near).zip(to);
            move_person(workspace, person, journey, (to, near), (date, entry), held)?
        }
        Edit::AnswerWhy { person, entry, why, log } => {
            let index = person_at_in(workspace, person, held)?;
            let person = &mut workspace.people[index];
            let before = person.clone();
            let answered =
                person.phase_history.iter_mut().find(|e| e.id == entry).ok_or(EditError::NoSuchPhaseMove(entry))?;
            answered.why = why;
            person.interactions.extend(log.map(|line| *line));
            Edit::ReplacePerson(Box::new(before))
        }
        Edit::Regroup { person, from, to } => {
            let index = person_at_in(workspace, person, held)?;
            let before = workspace.people[index].clone();
            moves::regroup(&mut workspace.people[index], &from, &to);
            Edit::ReplacePerson(Box::new(before))
        }
        Edit::ReplaceAt { people, organisations, links, journeys, conflicts } => {
            replace_all_at(workspace, people, organisations, links, journeys, conflicts, held)?
        }
        // A value set by its path may be any id.
        Edit::SetAt { at, value, place } => {
            *held = None;
            super::sync::set_at(workspace, at, value, place)?
        }
        Edit::Batch(edits) => {
            if held.is_none() && edits.len() >= Held::MANY {
                *held = Some(Held::of(workspace, &edits));
            }
            let mut inverses = Vec::with_capacity(edits.len());
            for edit in edits {
                match apply_in(workspace, edit, held) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(error) => {
                        // Roll back what this batch already did, so a failed batch changes
                        // nothing; the counts follow. An inverse fits the state its edit
                        // produced, so this cannot fail; if it did, the counts are not trusted.
                        for inverse in inverses.into_iter().rev() {
                            if apply_in(workspace, inverse, held).is_err() {
                                *held = None;
                            }
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

/// Puts `link` in at `index` (the end when past it); refused when its id is held.
fn insert_link(
    workspace: &mut Workspace,
    index: usize,
    link: Link,
    held: &mut Option<Held>,
) -> Result<Edit, EditError> {
    if workspace.link_index(link.id).is_some() {
        return Err(EditError::DuplicateLink(link.id));
    }
    let id = link.id;
    let index = index.min(workspace.links.len());
    if let Some(held) = held {
        held.linked(&link, true);
    }
    workspace.links.insert(index, link);
    Ok(Edit::RemoveLink(id))
}

/// Puts `person` in at `index` (the end when past it); refused when their id is held.
fn insert_person(
    workspace: &mut Workspace,
    index: usize,
    person: Person,
    held: &mut Option<Held>,
) -> Result<Edit, EditError> {
    let counted = held.as_ref().and_then(|held| held.people.count(person.id));
    let taken = counted.map_or_else(|| workspace.person_index(person.id).is_some(), |n| n > 0);
    if taken {
        return Err(EditError::DuplicatePerson(person.id));
    }
    if let Some(held) = held {
        held.came(&person);
    }
    let id = person.id;
    let index = index.min(workspace.people.len());
    workspace.people.insert(index, person);
    moved_from(workspace, index + 1);
    Ok(Edit::RemovePerson(id))
}

/// After a person came or went: everyone from `first_moved` on moved one place (which moved
/// them all in memory already), so where everyone is is learnt again now, not by the next
/// edit's look-up in a frame of its own. A person added or taken at the end moved no one.
fn moved_from(workspace: &Workspace, first_moved: usize) {
    if first_moved < workspace.people.len() {
        workspace.learn_places();
    }
}

/// Puts `person` in place of the one person with their id.
fn replace_person(workspace: &mut Workspace, person: Person, held: &mut Option<Held>) -> Result<Edit, EditError> {
    let index = person_at_in(workspace, person.id, held)?;
    if let Some(held) = held {
        held.went(&workspace.people[index]);
        held.came(&person);
    }
    Ok(Edit::ReplacePerson(Box::new(std::mem::replace(&mut workspace.people[index], person))))
}

/// Puts `organisation` in at `index` (the end when past it); refused when its id is held.
fn insert_organisation(
    workspace: &mut Workspace,
    index: usize,
    organisation: Organisation,
    held: &mut Option<Held>,
) -> Result<Edit, EditError> {
    let counted = held.as_ref().and_then(|held| held.organisations.count(organisation.id));
    let taken = counted.map_or_else(|| workspace.organisation_index(organisation.id).is_some(), |n| n > 0);
    if taken {
        return Err(EditError::DuplicateOrganisation(organisation.id));
    }
    if let Some(held) = held {
        held.organisations.add(organisation.id);
    }
    let id = organisation.id;
    let index = index.min(workspace.organisations.len());
    workspace.organisations.insert(index, organisation);
    Ok(Edit::RemoveOrganisation(id))
}

/// Where the one person with this id is. An id two people hold names neither: acting on the
/// first would change or remove someone the edit was not made for.
pub(super) fn person_at(workspace: &Workspace, id: PersonId) -> Result<usize, EditError> {
    one_holder(workspace.people.iter().enumerate().filter(|(_, p)| p.id == id).map(|(index, _)| index), id)
}

/// The one place of `holders` (those holding `person`'s id): none, or two, is a refusal.
pub(super) fn one_holder(mut holders: impl Iterator<Item = usize>, person: PersonId) -> Result<usize, EditError> {
    match (holders.next(), holders.next()) {
        (Some(at), None) => Ok(at),
        (None, _) => Err(EditError::NoSuchPerson(person)),
        (Some(_), Some(_)) => Err(EditError::SharedPersonId(person)),
    }
}

/// Takes a person out, and the links they are in; the inverse puts both back, each link at its
/// place.
fn remove_person(workspace: &mut Workspace, id: PersonId, held: &mut Option<Held>) -> Result<Edit, EditError> {
    let index = person_at_in(workspace, id, held)?;
    let person = workspace.people.remove(index);
    moved_from(workspace, index);
    if let Some(held) = held {
        held.went(&person);
    }
    let put_back = Edit::InsertPerson { index, person: Box::new(person) };
    let mut at = 0;
    let mut links = Vec::new();
    // Counted for a batch, someone in no link is not looked for in every link.
    let linked = held.as_ref().and_then(|held| held.links.count(id)).is_none_or(|n| n > 0);
    if linked {
        workspace.links.retain(|link| {
            let theirs = link.from == id || link.to == id;
            if theirs {
                links.push(Edit::InsertLink { index: at, link: Box::new(link.clone()) });
            }
            at += 1;
            !theirs
        });
    }
    if let Some(held) = held {
        for link in &links {
            if let Edit::InsertLink { link, .. } = link {
                held.linked(link, false);
            }
        }
    }
    Ok(if links.is_empty() { put_back } else { Edit::Batch(std::iter::once(put_back).chain(links).collect()) })
}

/// Takes an organisation out; its people no longer belong to it. The inverse puts it back and
/// them in it.
fn remove_organisation(
    workspace: &mut Workspace,
    id: OrganisationId,
    held: &mut Option<Held>,
) -> Result<Edit, EditError> {
    let index = organisation_at_in(workspace, id, held)?;
    let organisation = workspace.organisations.remove(index);
    let mut inverse = vec![Edit::InsertOrganisation { index, organisation: Box::new(organisation) }];
    // Counted for a batch, an organisation nobody is in is not looked for in everyone; its
    // people, if any, are in none after this.
    let members = held.as_ref().and_then(|held| held.members.count(id)).is_none_or(|n| n > 0);
    if let Some(held) = held {
        held.organisations.remove(id);
        held.members.clear(id);
    }
    for person in workspace.people.iter_mut().filter(|p| members && p.organisation == Some(id)) {
        inverse.push(Edit::ReplacePerson(Box::new(person.clone())));
        person.organisation = None;
    }
    Ok(if inverse.len() == 1 { inverse.remove(0) } else { Edit::Batch(inverse) })
}

/// [`Edit::ReplaceAt`]: every place must exist, or nothing changes.
fn replace_all_at(
    workspace: &mut Workspace,
    people: Vec<(usize, Person)>,
    organisations: Vec<(usize, Organisation)>,
    links: Vec<(usize, Link)>,
    journeys: Vec<(usize, JourneyMap)>,
    conflicts: Vec<(usize, Conflict)>,
    held: &mut Option<Held>,
) -> Result<Edit, EditError> {
    if let Some(index) = beyond(&people, workspace.people.len()) {
        return Err(EditError::NoPersonAt(index));
    }
    if let Some(index) = beyond(&organisations, workspace.organisations.len()) {
        return Err(EditError::NoOrganisationAt(index));
    }
    if let Some(index) = beyond(&links, workspace.links.len()) {
        return Err(EditError::NoLinkAt(index));
    }
    if let Some(index) = beyond(&journeys, workspace.journeys.len()) {
        return Err(EditError::NoJourneyAt(index));
    }
    if let Some(held) = held {
        people.iter().for_each(|(_, person)| held.came(person));
        organisations.iter().for_each(|(_, organisation)| held.organisations.add(organisation.id));
        links.iter().for_each(|(_, link)| held.linked(link, true));
    }
    let people = replace_at(&mut workspace.people, people);
    let organisations = replace_at(&mut workspace.organisations, organisations);
    let links = replace_at(&mut workspace.links, links);
    // What was in their places is counted out: the ids counted stay those held.
    if let Some(held) = held {
        people.iter().for_each(|(_, person)| held.went(person));
        organisations.iter().for_each(|(_, organisation)| held.organisations.remove(organisation.id));
        links.iter().for_each(|(_, link)| held.linked(link, false));
    }
    Ok(Edit::ReplaceAt {
        people,
        organisations,
        links,
        journeys: replace_at(&mut workspace.journeys, journeys),
        // A conflict chosen meanwhile is gone: nothing to give a fresh id.
        conflicts: {
            let known = workspace.conflicts.len();
            replace_at(&mut workspace.conflicts, conflicts.into_iter().filter(|(index, _)| *index < known).collect())
        },
    })
}

/// The first place in `entries` past a list of `len`.
fn beyond<T>(entries: &[(usize, T)], len: usize) -> Option<usize> {
    entries.iter().map(|(index, _)| *index).find(|index| *index >= len)
}

/// Puts each entry at its place (all places exist); what was there, in reverse, so that a
/// place given twice is undone to what it first was.
fn replace_at<T>(list: &mut [T], entries: Vec<(usize, T)>) -> Vec<(usize, T)> {
    let mut old: Vec<(usize, T)> =
        entries.into_iter().map(|(index, entry)| (index, std::mem::replace(&mut list[index], entry))).collect();
    old.reverse();
    old
}

/// Where the one organisation with this id is; see [`person_at`].
fn organisation_at(workspace: &Workspace, id: OrganisationId) -> Result<usize, EditError> {
    let mut holders = workspace.organisations.iter().enumerate().filter(|(_, o)| o.id == id).map(|(index, _)| index);
    match (holders.next(), holders.next()) {
        (Some(index), None) => Ok(index),
        (None, _) => Err(EditError::NoSuchOrganisation(id)),
        (Some(_), Some(_)) => Err(EditError::SharedOrganisationId(id)),
    }
}

/// [`person_at`], asked of the ids counted for a batch when they are: the one holder of the id
/// is then looked up in the workspace's table of places (which looks for one it has not
/// learnt from the end, where an import's people are).
fn person_at_in(workspace: &Workspace, id: PersonId, held: &Option<Held>) -> Result<usize, EditError> {
    match held.as_ref().and_then(|held| held.people.count(id)) {
        None => person_at(workspace, id),
        Some(0) => Err(EditError::NoSuchPerson(id)),
        Some(1) => workspace.person_index(id).ok_or(EditError::NoSuchPerson(id)),
        Some(_) => Err(EditError::SharedPersonId(id)),
    }
}

/// [`organisation_at`], asked of the ids counted for a batch when they are.
fn organisation_at_in(workspace: &Workspace, id: OrganisationId, held: &Option<Held>) -> Result<usize, EditError> {
    match held.as_ref().and_then(|held| held.organisations.count(id)) {
        None => organisation_at(workspace, id),
        Some(0) => Err(EditError::NoSuchOrganisation(id)),
        Some(1) => workspace.organisations.iter().rposition(|o| o.id == id).ok_or(EditError::NoSuchOrganisation(id)),
        Some(_) => Err(EditError::SharedOrganisationId(id)),
    }
}

/// Where the one link with this id is; see [`person_at`].
fn link_at(workspace: &Workspace, id: LinkId) -> Result<usize, EditError> {
    let mut holders = workspace.links.iter().enumerate().filter(|(_, l)| l.id == id).map(|(index, _)| index);
    match (holders.next(), holders.next()) {
        (Some(index), None) => Ok(index),
        (None, _) => Err(EditError::NoSuchLink(id)),
        (Some(_), Some(_)) => Err(EditError::SharedLinkId(id)),
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

/// Moves a person on a board ([`moves::move_person`]), recording a change of phase in their
/// history ([`moves::phase_move`]); the inverse is everyone it moved as they were.
fn move_person(
    workspace: &mut Workspace,
    moved_person: PersonId,
    journey: JourneyId,
    (to, near): (Option<BoardPlace>, Option<(moves::Near, BoardPlace)>),
    (date, entry): (NaiveDate, PhaseMoveId),
    held: &Option<Held>,
) -> Result<Edit, EditError> {
    // From what the board showed, for someone whose id no one else holds (the counts say so);
    // else the person is found in the same pass as the column they go to.
    let unique = held.as_ref().and_then(|held| held.people.count(moved_person)) == Some(1);
    let shown = near
        .filter(|_| unique)
        .and_then(|(near, to)| moves::plan_move_near(workspace, moved_person, journey, to, &near));
    let planned = match shown {
        Some(planned) => planned,
        None => moves::plan_move(workspace, moved_person, journey, to)?,
    };
    let mut record = moves::phase_move(workspace, &workspace.people[planned.at], journey, to, date, entry);
    // Every person is looked up before anything changes, so a refusal changes nothing.
    let places = planned
        .moved
        .into_iter()
        .map(|(id, position)| {
            let index = if id == moved_person { Ok(planned.at) } else { person_at_in(workspace, id, held) };
            index.map(|index| (index, position))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut inverses = Vec::with_capacity(places.len());
    for (index, position) in places {
        let person = &mut workspace.people[index];
        inverses.push(Edit::ReplacePerson(Box::new(person.clone())));
        match (person.positions.iter_mut().find(|p| p.journey == journey), position) {
            (Some(slot), Some(position)) => *slot = position,
            (None, Some(position)) => person.positions.push(position),
            (_, None) => person.positions.retain(|p| p.journey != journey),
        }
        if person.id == moved_person {
            person.phase_history.extend(record.take());
        }
    }
    Ok(Edit::Batch(inverses))
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
    use crate::model::{Link, Organisation};

    #[test]
    fn everyone_s_place_is_learnt_with_the_counts_and_again_by_an_edit_that_moves_them() {
        let mut ws =
            Workspace { people: (0..50).map(|n| Person::named(format!("P{n}"))).collect(), ..Workspace::default() };
        let learnt =
            |ws: &Workspace| ws.people.iter().enumerate().all(|(at, p)| ws.places.known_place(p.id) == Some(at));
        let mut counted = Some(Counted::of(&ws));
        assert!(learnt(&ws), "learnt in the pass that counts");
        let middle = ws.people[10].id;
        let undo = apply_counted(&mut ws, Edit::RemovePerson(middle), &mut counted).expect("removed");
        assert!(learnt(&ws), "everyone after moved: learnt again");
        apply_counted(&mut ws, undo, &mut counted).expect("put back");
        assert!(learnt(&ws) && ws.places.known_place(middle) == Some(10), "put back in the middle");
        // At the end, no one moves: the table is as it was, and the new person is learnt when
        // first asked for.
        let last = Person::named("Last");
        let id = last.id;
        apply_counted(&mut ws, Edit::InsertPerson { index: 50, person: Box::new(last) }, &mut counted).expect("added");
        assert_eq!(ws.places.known_place(id), None);
        assert_eq!(ws.person_index(id), Some(50));
        assert!(learnt(&ws));
    }

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
        let history_entry = PhaseMoveId::new();
        ws.people[1].phase_history.push(crate::model::PhaseMove {
            id: history_entry,
            journey: journey_id,
            to: Some(phase),
            ..Default::default()
        });
        // An organisation of two of them, and links between them.
        let kringle = Organisation::named("Café Kringle");
        ws.people[0].organisation = Some(kringle.id);
        ws.people[2].organisation = Some(kringle.id);
        ws.organisations.push(kringle.clone());
        let (anna, bo, carl) = (ws.people[0].id, ws.people[1].id, ws.people[2].id);
        let link = |from, to, kind| Link { from, to, kind, ..Link::default() };
        ws.links = vec![
            link(anna, bo, crate::model::LinkKind::Partner),
            link(carl, anna, crate::model::LinkKind::Referred),
            link(bo, carl, crate::model::LinkKind::Friend),
        ];
        let original = ws.clone();
        let mut changed = ws.people[1].clone();
        changed.name = "Bo Berg".into();
        let mut map = ws.journeys[0].clone();
        map.name = "Renamed".into();
        let mut renamed = kringle.clone();
        renamed.name = "Kringle".into();
        let mut relinked = ws.links[1].clone();
        relinked.kind = crate::model::LinkKind::Colleague;
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
            Edit::MovePerson {
                person: ws.people[2].id,
                journey: journey_id,
                to: Some(BoardPlace { phase, slot: 0 }),
                date: NaiveDate::from_ymd_opt(2026, 3, 4).unwrap_or_default(),
                entry: PhaseMoveId::new(),
                near: None,
            },
            Edit::AnswerWhy {
                person: ws.people[1].id,
                entry: history_entry,
                why: MoveWhy { kind: crate::model::WhyKind::TriggerPoint, text: "A tasting".into() },
                log: Some(Box::new(Interaction { note: "Moved".into(), ..Interaction::default() })),
            },
            Edit::Regroup { person: ws.people[0].id, from: Row::Tag(None), to: Row::Tag(Some("Cafés".into())) },
            Edit::InsertOrganisation { index: 0, organisation: Box::new(Organisation::named("Dahl Bageri")) },
            Edit::RemoveOrganisation(kringle.id),
            Edit::ReplaceOrganisation(Box::new(renamed)),
            Edit::InsertLink { index: 1, link: Box::new(link(bo, anna, crate::model::LinkKind::Colleague)) },
            Edit::RemoveLink(ws.links[0].id),
            Edit::ReplaceLink(Box::new(relinked)),
            Edit::ReplaceAt {
                people: vec![(2, Person::named("Carl again")), (0, Person::named("Anna again"))],
                organisations: vec![(0, Organisation::named("Kringle again"))],
                links: vec![(2, link(anna, carl, crate::model::LinkKind::Friend))],
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
    fn a_move_records_its_history_entry_and_undo_and_redo_restore_it_exactly() {
        let mut ws = workspace_with(&["Anna"]);
        let map = crate::model::Template::CustomerLifecycle.create();
        let (journey, phases) = (map.id, map.phases.iter().map(|p| p.id).collect::<Vec<_>>());
        ws.journeys.push(map);
        let anna = ws.people[0].id;
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
        let move_to = |phase: Option<PhaseId>, d, entry| Edit::MovePerson {
            person: anna,
            journey,
            to: phase.map(|phase| BoardPlace { phase, slot: 0 }),
            date: day(d),
            entry,
            near: None,
        };
        let (first, second) = (PhaseMoveId::new(), PhaseMoveId::new());
        let before = ws.clone();
        let undo_first = apply(&mut ws, move_to(Some(phases[1]), 2, first)).expect("placed");
        let after_first = ws.clone();
        let undo_second = apply(&mut ws, move_to(Some(phases[3]), 9, second)).expect("moved on");
        let history: Vec<_> = ws.people[0].phase_history.iter().map(|e| (e.id, e.date, e.from, e.to)).collect();
        assert_eq!(
            history,
            [(first, day(2), None, Some(phases[1])), (second, day(9), Some(phases[1]), Some(phases[3]))]
        );
        let after_second = ws.clone();
        // Within a column: a place changes, the history does not.
        apply(&mut ws, move_to(Some(phases[3]), 10, PhaseMoveId::new())).expect("reordered");
        assert_eq!(ws.people[0].phase_history, after_second.people[0].phase_history);
        let mut ws = after_second.clone();
        let redo_second = apply(&mut ws, undo_second).expect("undo");
        assert_eq!(ws, after_first, "undo takes the entry away with the move");
        apply(&mut ws, redo_second).expect("redo");
        assert_eq!(ws, after_second, "redo brings the very same entry back");
        let mut ws = after_first;
        apply(&mut ws, undo_first).expect("undo");
        assert_eq!(ws, before);
    }

    #[test]
    fn an_answer_goes_into_its_history_entry_and_the_log_and_is_undone_whole() {
        let mut ws = workspace_with(&["Anna"]);
        let entry = crate::model::PhaseMove::default();
        let id = entry.id;
        ws.people[0].phase_history.push(entry);
        let before = ws.clone();
        let why = MoveWhy { kind: crate::model::WhyKind::Touchpoint, text: "A tasting".into() };
        let log = Interaction { note: "Moved to Aware — touchpoint: A tasting".into(), ..Interaction::default() };
        let answer = Edit::AnswerWhy { person: ws.people[0].id, entry: id, why: why.clone(), log: Some(Box::new(log)) };
        let undo = apply(&mut ws, answer).expect("answered");
        assert_eq!(ws.people[0].phase_history[0].why, why);
        assert_eq!(ws.people[0].interactions.len(), 1);
        apply(&mut ws, undo).expect("undo");
        assert_eq!(ws, before);
        let unknown = PhaseMoveId::new();
        let stale = Edit::AnswerWhy { person: ws.people[0].id, entry: unknown, why, log: None };
        assert_eq!(apply(&mut ws, stale), Err(EditError::NoSuchPhaseMove(unknown)));
        assert_eq!(ws, before, "an answer to a move undone meanwhile changes nothing");
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
        let beyond = Edit::ReplaceAt {
            people: vec![(3, Person::named("Nobody"))],
            organisations: Vec::new(),
            links: Vec::new(),
            journeys: Vec::new(),
            conflicts: Vec::new(),
        };
        assert_eq!(apply(&mut ws, beyond), Err(EditError::NoPersonAt(3)));
        assert_eq!(ws, before);
    }

    #[test]
    fn removing_a_person_takes_their_links_and_undo_puts_them_back_in_place() {
        let mut ws = workspace_with(&["Anna", "Bo", "Carl"]);
        let (anna, bo, carl) = (ws.people[0].id, ws.people[1].id, ws.people[2].id);
        let link = |from, to| Link { from, to, ..Link::default() };
        ws.links = vec![link(anna, bo), link(bo, carl), link(carl, anna), link(bo, anna)];
        let before = ws.clone();
        let inverse = apply(&mut ws, Edit::RemovePerson(anna)).expect("removed");
        assert_eq!(ws.links, [before.links[1].clone()], "Bo and Carl's link stays");
        apply(&mut ws, inverse).expect("undone");
        assert_eq!(ws, before, "every link back at its place");
    }

    #[test]
    fn removing_an_organisation_leaves_its_people_without_one() {
        let mut ws = workspace_with(&["Anna", "Bo"]);
        let kringle = Organisation::named("Kringle");
        ws.people[0].organisation = Some(kringle.id);
        ws.organisations.push(kringle.clone());
        let before = ws.clone();
        let inverse = apply(&mut ws, Edit::RemoveOrganisation(kringle.id)).expect("removed");
        assert_eq!((ws.organisations.len(), ws.people[0].organisation), (0, None));
        apply(&mut ws, inverse).expect("undone");
        assert_eq!(ws, before);
        ws.organisations.push(kringle.clone());
        let shared = apply(&mut ws, Edit::ReplaceOrganisation(Box::new(kringle.clone())));
        assert_eq!(shared, Err(EditError::SharedOrganisationId(kringle.id)), "never the first of two");
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

    #[test]
    fn a_batch_of_many_edits_counts_the_ids_once_and_does_what_each_edit_alone_would() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let base = crate::ops::demo::generate_with(60, 12, today);
        // One at a time (batches too small to count) and all in one batch: the same workspace
        // and the same inverse.
        let newcomers: Vec<Person> = (0..Held::MANY + 4).map(|n| Person::named(format!("New {n}"))).collect();
        let mut edits: Vec<Edit> =
            newcomers.iter().map(|p| Edit::InsertPerson { index: usize::MAX, person: Box::new(p.clone()) }).collect();
        // The person taken out is in two links, one made in the same batch; a third link
        // joins two others.
        let link = |from: &Person, to: &Person| crate::model::Link {
            id: crate::model::LinkId::new(),
            from: from.id,
            to: to.id,
            kind: crate::model::LinkKind::Colleague,
        };
        edits.push(Edit::InsertLink { index: 0, link: Box::new(link(&base.people[5], &base.people[6])) });
        edits.push(Edit::InsertLink { index: 1, link: Box::new(link(&base.people[8], &base.people[5])) });
        edits.push(Edit::InsertLink { index: 1, link: Box::new(link(&base.people[8], &base.people[9])) });
        edits.push(Edit::RemovePerson(base.people[5].id));
        edits.push(Edit::RemovePerson(base.people[9].id));
        edits.extend(base.organisations.iter().take(6).map(|o| Edit::RemoveOrganisation(o.id)));
        let mut renamed = base.people[7].clone();
        renamed.name = "Renamed".into();
        edits.push(Edit::ReplacePerson(Box::new(renamed)));
        let mut alone = base.clone();
        let mut inverses: Vec<Edit> =
            edits.iter().map(|e| apply(&mut alone, e.clone()).expect("each applies")).collect();
        inverses.reverse();
        let mut batched = base.clone();
        let inverse = apply(&mut batched, Edit::Batch(edits.clone())).expect("the batch applies");
        assert!(batched == alone, "the same workspace");
        assert!(inverse == Edit::Batch(inverses), "the same inverse");
        // Its inverse, a batch as long, gives back the workspace as it was.
        apply(&mut batched, inverse).expect("undone");
        assert_eq!(batched, base);

        // A refusal inside a long batch changes nothing, as in a short one.
        let refused = |workspace: &Workspace, last: Edit| {
            let mut edits: Vec<Edit> = newcomers
                .iter()
                .map(|p| Edit::InsertPerson { index: usize::MAX, person: Box::new(p.clone()) })
                .collect();
            edits.push(last);
            let mut tried = workspace.clone();
            let error = apply(&mut tried, Edit::Batch(edits)).expect_err("refused");
            assert_eq!(&tried, workspace, "nothing changed");
            error
        };
        let again = Edit::InsertPerson { index: 0, person: Box::new(newcomers[3].clone()) };
        assert_eq!(refused(&base, again), EditError::DuplicatePerson(newcomers[3].id));
        let existing = Edit::InsertPerson { index: 0, person: Box::new(base.people[9].clone()) };
        assert_eq!(refused(&base, existing), EditError::DuplicatePerson(base.people[9].id));
        let mut shared = base.clone();
        shared.people[1].id = shared.people[0].id;
        let id = shared.people[0].id;
        assert_eq!(refused(&shared, Edit::RemovePerson(id)), EditError::SharedPersonId(id));
        let gone = PersonId::new();
        assert_eq!(refused(&base, Edit::RemovePerson(gone)), EditError::NoSuchPerson(gone));
    }

    #[test]
    fn every_id_counted_stays_counted_through_edits_undo_and_a_sync_and_gives_what_no_counts_give() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let base = crate::ops::demo::generate_with(60, 12, today);
        let link = |from: PersonId, to: PersonId| crate::model::Link {
            id: crate::model::LinkId::new(),
            from,
            to,
            kind: crate::model::LinkKind::Colleague,
        };
        let import = |n: usize| {
            let people: Vec<Person> = (0..n).map(|n| Person::named(format!("New {n}"))).collect();
            let mut edits: Vec<Edit> =
                people.iter().map(|p| Edit::InsertPerson { index: usize::MAX, person: Box::new(p.clone()) }).collect();
            edits.push(Edit::InsertLink { index: 0, link: Box::new(link(people[0].id, base.people[3].id)) });
            (people, Edit::Batch(edits))
        };
        let (newcomers, first) = import(Held::MANY + 4);
        let member = base.people.iter().find(|p| p.organisation.is_some()).expect("someone in an organisation");
        let mut moved = member.clone();
        moved.organisation = base.organisations.last().map(|o| o.id);
        let emptied = member.organisation.expect("theirs");
        let mut swapped = base.people[2].clone();
        swapped.id = PersonId::new();
        let renamed_link = base.links.first().map(|l| (0, link(l.from, swapped.id)));
        let replaced = Edit::ReplaceAt {
            people: vec![(2, swapped), (2, base.people[4].clone())],
            organisations: Vec::new(),
            links: renamed_link.into_iter().collect(),
            journeys: Vec::new(),
            conflicts: Vec::new(),
        };
        let (_, second) = import(Held::MANY);
        let named = vec![crate::model::Step::Field("name".into())];
        let steps = vec![
            first,
            Edit::ReplacePerson(Box::new(moved)),
            Edit::RemoveOrganisation(emptied),
            replaced,
            Edit::InsertPerson { index: 0, person: Box::new(newcomers[1].clone()) },
            Edit::Batch(vec![Edit::RemovePerson(newcomers[2].id); Held::MANY + 1]),
            Edit::RemovePerson(newcomers[0].id),
            Edit::SetAt { at: named, value: Some("\"Renamed\"".into()), place: None },
            second,
        ];
        let mut counted_ws = base.clone();
        let mut plain_ws = base.clone();
        let mut counted = Some(Counted::of(&counted_ws));
        let mut undo = Vec::new();
        for (n, step) in steps.into_iter().enumerate() {
            let by_counts = apply_counted(&mut counted_ws, step.clone(), &mut counted);
            let plainly = apply(&mut plain_ws, step);
            assert_eq!(by_counts, plainly, "step {n}: the same outcome");
            assert!(counted_ws == plain_ws, "step {n}: the same workspace");
            let set_at = matches!(plainly, Ok(Edit::SetAt { .. }));
            assert_eq!(counted.is_none(), set_at, "step {n}: counts dropped only by a value set by its path");
            if let Some(counted) = &counted {
                assert_eq!(counted.tables(), Held::every(&counted_ws).tables(), "step {n}: the counts hold");
            }
            undo.extend(plainly.ok());
        }
        // Undone, each inverse with the counts kept, back to the workspace as it was.
        for (n, inverse) in undo.into_iter().rev().enumerate() {
            apply_counted(&mut counted_ws, inverse, &mut counted).expect("an inverse fits");
            if let Some(counted) = &counted {
                assert_eq!(counted.tables(), Held::every(&counted_ws).tables(), "undo {n}: the counts hold");
            }
        }
        assert_eq!(counted_ws, base);
        // Counts made for a workspace of another size are not trusted.
        let mut other = Some(Counted::of(&base));
        let mut smaller = base.clone();
        smaller.people.pop();
        let held_id = smaller.people[0].id;
        let refused = apply_counted(&mut smaller, Edit::RemovePerson(PersonId::new()), &mut other);
        assert!(matches!(refused, Err(EditError::NoSuchPerson(_))));
        assert!(other.is_none(), "dropped, and not counted again for one edit");
        let mut shared = base.clone();
        shared.people[1].id = held_id;
        shared.people[0].id = held_id;
        let mut counted = Some(Counted::of(&shared));
        let shared_refusal = apply_counted(&mut shared, Edit::RemovePerson(held_id), &mut counted);
        assert_eq!(shared_refusal, Err(EditError::SharedPersonId(held_id)));
    }
}
