//! Ids are unique: the rule, where a workspace breaks it, and fresh ids for what joins one.
//!
//! **The rule.** An id is held by one record of its kind in the whole workspace: one person,
//! one relative, one milestone, one incident, one idea, one log entry, one organisation, one
//! link between people, one journey map, one phase, one lane, one card. An organisation's
//! milestones are milestones like a person's: one id among them all, since each becomes a
//! calendar event. Kinds are apart (a person and a milestone may not clash, but
//! they never meet). Records of a person count across the workspace, not only within their
//! person, because they travel: a merge moves them to another person, an import brings them
//! from another file, and the calendar export makes a milestone's id its event's UID, which
//! must be one event's only. Phases, lanes and cards count across the workspace too: a place on
//! a board, an incident and an idea name a phase by its map and its id, and no map Kindred makes
//! (a template, a duplicate, an import) shares one with another. One set of ids per kind is
//! also the cheapest rule to check.
//!
//! Nothing is ever done to "the first" of two records that share an id: a workspace that
//! breaks the rule is reported ([`duplicate_ids`]) and opened read-only until its duplicates get
//! fresh ids ([`renumbered`]), and a record that joins a workspace claims its ids
//! ([`IdSet::claim`]) so that it never brings one already used.
//!
//! **A new kind of id** is an entry in `record!` (its type and kind) and one in its owner's
//! `owner!` (its list); the check, the repair and imports then cover it. A new owner (a
//! top-level list of the workspace, such as organisations) is also a line in [`each_owner`]
//! and an `impl Owner`; links to a record go in its owner's `follow`.

use super::follow_up::{FollowUp, Snoozed};
use super::id::{JourneyId, PhaseId};
use super::journey::{Card, JourneyMap, Lane, Phase};
use super::lifecycle::PhaseMove;
use super::organisation::{Link, Organisation};
use super::person::{CriticalIncident, FamilyMember, Idea, Interaction, Milestone, Person};
use super::shared::Conflict;
use super::workspace::Workspace;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// What an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdKind {
    Person,
    Relative,
    Milestone,
    Incident,
    Idea,
    /// An entry of a person's interaction log.
    Interaction,
    /// A follow-up of a person.
    FollowUp,
    /// An entry of a person's phase history.
    PhaseMove,
    /// An organisation (an account).
    Organisation,
    /// A link between two people.
    Link,
    Journey,
    Phase,
    Lane,
    Card,
    /// A conflict a merge recorded.
    Conflict,
}

/// A record with an id of its own.
pub trait Record {
    const KIND: IdKind;
    fn id_bits(&self) -> Uuid;
    fn id_bits_mut(&mut self) -> &mut Uuid;
}

macro_rules! record {
    ($($ty:ident: $kind:ident),* $(,)?) => {$(
        impl Record for $ty {
            const KIND: IdKind = IdKind::$kind;
            fn id_bits(&self) -> Uuid {
                self.id.0
            }
            fn id_bits_mut(&mut self) -> &mut Uuid {
                &mut self.id.0
            }
        }
    )*};
}

record!(
    Person: Person,
    FamilyMember: Relative,
    Milestone: Milestone,
    CriticalIncident: Incident,
    Idea: Idea,
    Interaction: Interaction,
    FollowUp: FollowUp,
    PhaseMove: PhaseMove,
    Organisation: Organisation,
    Link: Link,
    JourneyMap: Journey,
    Phase: Phase,
    Lane: Lane,
    Card: Card,
    Conflict: Conflict,
);

/// Looks at one list of records.
pub trait Visit {
    fn list<R: Record>(&mut self, records: &[R]);
}

/// Changes one list of records.
pub trait VisitMut {
    fn list<R: Record>(&mut self, records: &mut [R]);
}

/// An entry of one of the workspace's top-level lists (a person, a journey map): it has a
/// name a person knows it by, and lists of records of its own.
pub trait Owner: Record + Clone {
    fn name(&self) -> &str;
    fn records(&self, visit: &mut impl Visit);
    fn records_mut(&mut self, visit: &mut impl VisitMut);
    /// Makes the owner's links to its own records follow records that got a new id.
    fn follow(&mut self, renamed: &Renamed);
}

macro_rules! owner {
    ([$($($field:ident).+),* $(,)?]) => {
        fn name(&self) -> &str {
            &self.name
        }
        #[allow(unused_variables)]
        fn records(&self, visit: &mut impl Visit) {
            $(visit.list(&self.$($field).+);)*
        }
        #[allow(unused_variables)]
        fn records_mut(&mut self, visit: &mut impl VisitMut) {
            $(visit.list(&mut self.$($field).+);)*
        }
    };
}

impl Owner for Person {
    owner!([life.family, milestones, incidents, ideas, interactions, follow_ups, phase_history]);

    fn follow(&mut self, renamed: &Renamed) {
        for milestone in &mut self.milestones {
            if let Some(relative) = &mut milestone.family_member {
                renamed.follow(IdKind::Relative, &mut relative.0);
            }
        }
        for snooze in &mut self.snoozed {
            if let Snoozed::Milestone { milestone, relative, .. } = &mut snooze.what {
                if let Some(milestone) = milestone {
                    renamed.follow(IdKind::Milestone, &mut milestone.0);
                }
                if let Some(relative) = relative {
                    renamed.follow(IdKind::Relative, &mut relative.0);
                }
            }
        }
    }
}

impl Owner for Organisation {
    owner!([milestones]);

    fn follow(&mut self, _: &Renamed) {}
}

/// A link has no name of its own nor records; the people it joins are named where it is shown.
impl Owner for Link {
    fn name(&self) -> &str {
        ""
    }
    fn records(&self, _: &mut impl Visit) {}
    fn records_mut(&mut self, _: &mut impl VisitMut) {}
    fn follow(&mut self, _: &Renamed) {}
}

impl Owner for JourneyMap {
    owner!([phases, lanes, cards]);

    fn follow(&mut self, renamed: &Renamed) {
        for card in &mut self.cards {
            renamed.follow(IdKind::Phase, &mut card.phase.0);
            renamed.follow(IdKind::Lane, &mut card.lane.0);
        }
    }
}

impl Owner for Conflict {
    owner!([]);

    fn follow(&mut self, _renamed: &Renamed) {}
}

/// Looks at the workspace's top-level lists, each of owners of one type.
pub trait VisitOwners {
    fn owners<O: Owner>(&mut self, owners: &[O]);
}

/// Every top-level list of the workspace whose entries have ids, in the file's order.
pub fn each_owner(workspace: &Workspace, visit: &mut impl VisitOwners) {
    visit.owners(&workspace.people);
    visit.owners(&workspace.organisations);
    visit.owners(&workspace.links);
    visit.owners(&workspace.journeys);
    visit.owners(&workspace.conflicts);
}

/// Where an id is held: an owner (its kind, its 0-based position in its list, its name), and
/// which of its records when the id is a record's rather than the owner's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub owner: IdKind,
    pub index: usize,
    pub name: String,
    /// The record's 0-based position in its list (the list of the duplicate's kind).
    pub record: Option<usize>,
}

/// Two records of one kind with one id: the first holder in the file's order and another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateId {
    pub kind: IdKind,
    pub id: Uuid,
    pub first: Place,
    pub second: Place,
}

/// Where one id is, without the owner's name (cheap to keep for every id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct At {
    owner: IdKind,
    index: usize,
    record: Option<usize>,
}

/// Calls `each` with every id of the workspace, its kind, where it is and its owner's name.
fn each_id(workspace: &Workspace, each: impl FnMut(IdKind, Uuid, At, &str)) {
    struct Owners<F>(F);
    struct Lists<'a, F> {
        each: &'a mut F,
        owner: IdKind,
        index: usize,
        name: &'a str,
    }
    impl<F: FnMut(IdKind, Uuid, At, &str)> Visit for Lists<'_, F> {
        fn list<R: Record>(&mut self, records: &[R]) {
            for (n, record) in records.iter().enumerate() {
                let at = At { owner: self.owner, index: self.index, record: Some(n) };
                (self.each)(R::KIND, record.id_bits(), at, self.name);
            }
        }
    }
    impl<F: FnMut(IdKind, Uuid, At, &str)> VisitOwners for Owners<F> {
        fn owners<O: Owner>(&mut self, owners: &[O]) {
            for (index, owner) in owners.iter().enumerate() {
                (self.0)(O::KIND, owner.id_bits(), At { owner: O::KIND, index, record: None }, owner.name());
                owner.records(&mut Lists { each: &mut self.0, owner: O::KIND, index, name: owner.name() });
            }
        }
    }
    each_owner(workspace, &mut Owners(each));
}

/// Every id the workspace holds more than once: each later holder paired with the first, in
/// the file's order. Empty for a sound workspace, which costs one pass over its ids.
pub fn duplicate_ids(workspace: &Workspace) -> Vec<DuplicateId> {
    let mut seen: HashSet<(IdKind, Uuid)> = HashSet::new();
    let mut repeated: HashSet<(IdKind, Uuid)> = HashSet::new();
    each_id(workspace, |kind, id, _, _| {
        if !seen.insert((kind, id)) {
            repeated.insert((kind, id));
        }
    });
    if repeated.is_empty() {
        return Vec::new();
    }
    drop(seen);
    let place =
        |at: At, name: &str| Place { owner: at.owner, index: at.index, name: name.to_owned(), record: at.record };
    let mut first: HashMap<(IdKind, Uuid), Place> = HashMap::new();
    let mut found = Vec::new();
    each_id(workspace, |kind, id, at, name| {
        if !repeated.contains(&(kind, id)) {
            return;
        }
        match first.get(&(kind, id)) {
            Some(earlier) => found.push(DuplicateId { kind, id, first: earlier.clone(), second: place(at, name) }),
            None => {
                first.insert((kind, id), place(at, name));
            }
        }
    });
    found
}

/// Ids that got a fresh value, old to new, kept only for the record an owner's links to the
/// old id meant (the first with that id in the owner): those links follow it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Renamed(HashMap<(IdKind, Uuid), Uuid>);

impl Renamed {
    /// Points `id` (of `kind`) at its record's new id, if that record got one.
    pub fn follow(&self, kind: IdKind, id: &mut Uuid) {
        if let Some(new) = self.0.get(&(kind, *id)) {
            *id = *new;
        }
    }

    /// The new id of the record that had `old`, if it got one.
    pub fn get(&self, kind: IdKind, old: Uuid) -> Option<Uuid> {
        self.0.get(&(kind, old)).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// What claiming an owner's ids did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Claimed {
    /// How many ids got a fresh value.
    pub fresh: usize,
    pub renamed: Renamed,
}

/// The ids in use, by kind: what a record joining the workspace must not bring.
#[derive(Clone, Debug, Default)]
pub struct IdSet(HashSet<(IdKind, Uuid)>);

impl IdSet {
    /// Every id the workspace holds.
    pub fn of_workspace(workspace: &Workspace) -> Self {
        let mut set = HashSet::new();
        each_id(workspace, |kind, id, _, _| {
            set.insert((kind, id));
        });
        Self(set)
    }

    /// The owner's id and its records' ids.
    pub fn of<O: Owner>(owner: &O) -> Self {
        struct Collect<'a>(&'a mut HashSet<(IdKind, Uuid)>);
        impl Visit for Collect<'_> {
            fn list<R: Record>(&mut self, records: &[R]) {
                self.0.extend(records.iter().map(|r| (R::KIND, r.id_bits())));
            }
        }
        let mut set = HashSet::from([(O::KIND, owner.id_bits())]);
        owner.records(&mut Collect(&mut set));
        Self(set)
    }

    pub fn contains(&self, kind: IdKind, id: Uuid) -> bool {
        self.0.contains(&(kind, id))
    }

    /// A random id of `kind` not in use, now taken.
    fn fresh(&mut self, kind: IdKind) -> Uuid {
        loop {
            let id = Uuid::new_v4();
            if self.0.insert((kind, id)) {
                return id;
            }
        }
    }

    /// Takes the owner's ids. An id already taken — by another owner, or by an earlier record
    /// of this one — gets a fresh value, unless it is among `own` (the ids the owner already
    /// has in the workspace: a person an import updates). The owner's links to its own
    /// records follow the first record of each old id in the owner; links from elsewhere (a
    /// place on a board naming a renamed phase) are the caller's to follow, with what is
    /// returned.
    pub fn claim<O: Owner>(&mut self, owner: &mut O, own: &IdSet) -> Claimed {
        struct Claim<'a> {
            taken: &'a mut IdSet,
            own: &'a IdSet,
            /// Ids met in this owner so far.
            here: HashSet<(IdKind, Uuid)>,
            claimed: Claimed,
        }
        impl Claim<'_> {
            fn one(&mut self, kind: IdKind, id: &mut Uuid) {
                let old = *id;
                if !self.here.insert((kind, old)) {
                    // A second record with this id in the owner: its links meant the first.
                    *id = self.taken.fresh(kind);
                    self.claimed.fresh += 1;
                } else if !self.own.contains(kind, old) && !self.taken.0.insert((kind, old)) {
                    *id = self.taken.fresh(kind);
                    self.claimed.fresh += 1;
                    self.claimed.renamed.0.insert((kind, old), *id);
                }
            }
        }
        impl VisitMut for Claim<'_> {
            fn list<R: Record>(&mut self, records: &mut [R]) {
                for record in records {
                    self.one(R::KIND, record.id_bits_mut());
                }
            }
        }
        let mut claim = Claim { taken: self, own, here: HashSet::new(), claimed: Claimed::default() };
        claim.one(O::KIND, owner.id_bits_mut());
        owner.records_mut(&mut claim);
        let claimed = claim.claimed;
        if !claimed.renamed.is_empty() {
            owner.follow(&claimed.renamed);
        }
        claimed
    }
}

/// Phases of maps that got a new id, by the map's id and the old phase id: what a person's
/// place on a board, incident or idea that names the phase follows.
#[derive(Clone, Debug, Default)]
pub struct MovedPhases(HashMap<(JourneyId, PhaseId), PhaseId>);

impl MovedPhases {
    /// Notes the phases of `map` that claiming it renamed. A map that got a new id itself is
    /// no longer the one links to its old id mean, so its phases are not followed.
    pub fn note(&mut self, map: &JourneyMap, claimed: &Claimed) {
        if claimed.renamed.get(IdKind::Journey, map.id.0).is_some() {
            return;
        }
        for ((kind, old), new) in &claimed.renamed.0 {
            if *kind == IdKind::Phase {
                self.0.insert((map.id, PhaseId(*old)), PhaseId(*new));
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Points the person's places on boards, phase history, incidents and ideas at the phases'
    /// new ids. Whether anything changed.
    pub fn follow(&self, person: &mut Person) -> bool {
        if self.0.is_empty() {
            return false;
        }
        let mut changed = false;
        let mut one = |journey: Option<JourneyId>, phase: &mut PhaseId| {
            if let Some(new) = journey.and_then(|journey| self.0.get(&(journey, *phase))) {
                *phase = *new;
                changed = true;
            }
        };
        for position in &mut person.positions {
            one(Some(position.journey), &mut position.phase);
        }
        for entry in &mut person.phase_history {
            for phase in [&mut entry.from, &mut entry.to].into_iter().flatten() {
                one(Some(entry.journey), phase);
            }
        }
        for incident in &mut person.incidents {
            if let Some(phase) = &mut incident.phase {
                one(incident.journey, phase);
            }
        }
        for idea in &mut person.ideas {
            if let Some(phase) = &mut idea.phase {
                one(idea.journey, phase);
            }
        }
        changed
    }
}

/// The people, organisations, links and maps of a workspace that change when every repeated id
/// gets a fresh one, each with its position in its list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Renumbered {
    pub people: Vec<(usize, Person)>,
    pub organisations: Vec<(usize, Organisation)>,
    pub links: Vec<(usize, Link)>,
    pub journeys: Vec<(usize, JourneyMap)>,
    pub conflicts: Vec<(usize, Conflict)>,
    /// How many ids got a fresh value.
    pub fresh: usize,
}

/// Gives every id the workspace holds more than once a fresh value in all its holders but the
/// first (in the file's order), which keeps it. Links follow what they point at today, as
/// Kindred looks it up: a milestone's relative and a card's phase and lane within their own
/// person or map (the first there with the id); a place on a board, an incident's or idea's
/// map the first map with its id, and their phase the first with its id in that map; a
/// person's organisation and the people a link joins, the first with the id.
pub fn renumbered(workspace: &Workspace) -> Renumbered {
    let mut taken = IdSet::default();
    let none = IdSet::default();
    let mut result = Renumbered::default();
    let mut moved = MovedPhases::default();
    for (index, map) in workspace.journeys.iter().enumerate() {
        let mut map = map.clone();
        let claimed = taken.claim(&mut map, &none);
        if claimed.fresh > 0 {
            moved.note(&map, &claimed);
            result.fresh += claimed.fresh;
            result.journeys.push((index, map));
        }
    }
    for (index, person) in workspace.people.iter().enumerate() {
        let mut person = person.clone();
        let claimed = taken.claim(&mut person, &none);
        let followed = moved.follow(&mut person);
        if claimed.fresh > 0 || followed {
            result.fresh += claimed.fresh;
            result.people.push((index, person));
        }
    }
    renumber(&workspace.organisations, &mut taken, &mut result.fresh, &mut result.organisations);
    renumber(&workspace.links, &mut taken, &mut result.fresh, &mut result.links);
    for (index, conflict) in workspace.conflicts.iter().enumerate() {
        let mut conflict = conflict.clone();
        let claimed = taken.claim(&mut conflict, &none);
        if claimed.fresh > 0 {
            result.fresh += claimed.fresh;
            result.conflicts.push((index, conflict));
        }
    }
    result
}

/// Claims the ids of each owner in `owners`; those that got a fresh one, with their place.
fn renumber<O: Owner>(owners: &[O], taken: &mut IdSet, fresh: &mut usize, changed: &mut Vec<(usize, O)>) {
    let none = IdSet::default();
    for (index, owner) in owners.iter().enumerate() {
        let mut owner = owner.clone();
        let claimed = taken.claim(&mut owner, &none);
        if claimed.fresh > 0 {
            *fresh += claimed.fresh;
            changed.push((index, owner));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// A workspace of two people and two maps, every kind of record in each, all ids fresh.
    fn workspace() -> Workspace {
        let person = |name: &str| {
            let mut p = Person::named(name);
            let relative = FamilyMember { name: format!("{name}'s child"), ..FamilyMember::default() };
            p.milestones.push(Milestone {
                kind: MilestoneKind::FamilyBirthday,
                family_member: Some(relative.id),
                ..Milestone::default()
            });
            p.life.family.push(relative);
            p.incidents.push(CriticalIncident::default());
            p.ideas.push(Idea::default());
            p.interactions.push(Interaction::default());
            p.follow_ups.push(crate::model::FollowUp::new("Call", None));
            p.phase_history.push(PhaseMove::default());
            p
        };
        let map = |name: &str| {
            let mut map = Template::CustomerJourney.create();
            map.name = name.into();
            map.cards.push(Card { phase: map.phases[1].id, lane: map.lanes[2].id, ..Card::default() });
            map
        };
        Workspace {
            people: vec![person("Mette Kjærgaard"), person("Jonas Holm")],
            journeys: vec![map("Customer journey"), map("Sales")],
            ..Workspace::named("Shop")
        }
    }

    fn set<R: Record>(record: &mut R, to: Uuid) {
        *record.id_bits_mut() = to;
    }

    #[test]
    fn every_kind_of_id_held_twice_is_found_with_both_places() {
        let clean = workspace();
        assert_eq!(duplicate_ids(&clean), [], "fresh ids never clash");
        // Each kind, how to break the rule for it, and where the two holders are then.
        type Case = (IdKind, fn(&mut Workspace) -> Uuid, Place, Place);
        let cases: Vec<Case> = vec![
            (
                IdKind::Person,
                |ws| {
                    let id = ws.people[0].id.0;
                    set(&mut ws.people[1], id);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: None },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: None },
            ),
            (
                IdKind::Relative,
                |ws| {
                    let id = ws.people[0].life.family[0].id.0;
                    set(&mut ws.people[1].life.family[0], id);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: Some(0) },
            ),
            (
                IdKind::Milestone,
                |ws| {
                    let id = ws.people[0].milestones[0].id.0;
                    let mut again = ws.people[1].milestones[0].clone();
                    set(&mut again, id);
                    ws.people[1].milestones.push(again);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: Some(1) },
            ),
            (
                IdKind::Incident,
                |ws| {
                    let id = ws.people[1].incidents[0].id.0;
                    set(&mut ws.people[0].incidents[0], id);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: Some(0) },
            ),
            (
                IdKind::Idea,
                |ws| {
                    let twin = ws.people[0].ideas[0].clone();
                    ws.people[0].ideas.push(twin);
                    ws.people[0].ideas[0].id.0
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(1) },
            ),
            (
                IdKind::Interaction,
                |ws| {
                    let id = ws.people[0].interactions[0].id.0;
                    set(&mut ws.people[1].interactions[0], id);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: Some(0) },
            ),
            (
                IdKind::FollowUp,
                |ws| {
                    let id = ws.people[1].follow_ups[0].id.0;
                    set(&mut ws.people[0].follow_ups[0], id);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: Some(0) },
            ),
            (
                IdKind::PhaseMove,
                |ws| {
                    let id = ws.people[1].phase_history[0].id.0;
                    set(&mut ws.people[0].phase_history[0], id);
                    id
                },
                Place { owner: IdKind::Person, index: 0, name: "Mette Kjærgaard".into(), record: Some(0) },
                Place { owner: IdKind::Person, index: 1, name: "Jonas Holm".into(), record: Some(0) },
            ),
            (
                IdKind::Journey,
                |ws| {
                    let id = ws.journeys[0].id.0;
                    set(&mut ws.journeys[1], id);
                    id
                },
                Place { owner: IdKind::Journey, index: 0, name: "Customer journey".into(), record: None },
                Place { owner: IdKind::Journey, index: 1, name: "Sales".into(), record: None },
            ),
            (
                IdKind::Phase,
                |ws| {
                    let id = ws.journeys[0].phases[2].id.0;
                    set(&mut ws.journeys[1].phases[3], id);
                    id
                },
                Place { owner: IdKind::Journey, index: 0, name: "Customer journey".into(), record: Some(2) },
                Place { owner: IdKind::Journey, index: 1, name: "Sales".into(), record: Some(3) },
            ),
            (
                IdKind::Lane,
                |ws| {
                    let id = ws.journeys[1].lanes[0].id.0;
                    set(&mut ws.journeys[1].lanes[5], id);
                    id
                },
                Place { owner: IdKind::Journey, index: 1, name: "Sales".into(), record: Some(0) },
                Place { owner: IdKind::Journey, index: 1, name: "Sales".into(), record: Some(5) },
            ),
            (
                IdKind::Card,
                |ws| {
                    let id = ws.journeys[0].cards[0].id.0;
                    set(&mut ws.journeys[1].cards[0], id);
                    id
                },
                Place { owner: IdKind::Journey, index: 0, name: "Customer journey".into(), record: Some(0) },
                Place { owner: IdKind::Journey, index: 1, name: "Sales".into(), record: Some(0) },
            ),
        ];
        let mut kinds: Vec<IdKind> = cases.iter().map(|(kind, ..)| *kind).collect();
        kinds.dedup();
        assert_eq!(kinds.len(), 12, "every kind of id is tried");
        for (kind, break_it, first, second) in cases {
            let mut ws = clean.clone();
            let id = break_it(&mut ws);
            assert_eq!(duplicate_ids(&ws), [DuplicateId { kind, id, first, second }], "{kind:?}");
            // Given fresh ids, the workspace is sound again.
            let fixed = renumbered(&ws);
            assert_eq!(fixed.fresh, 1, "{kind:?}");
            for (index, person) in fixed.people {
                ws.people[index] = person;
            }
            for (index, map) in fixed.journeys {
                ws.journeys[index] = map;
            }
            assert_eq!(duplicate_ids(&ws), [], "{kind:?}");
        }
    }

    #[test]
    fn the_sample_and_generated_workspaces_keep_the_rule() {
        let sample = crate::model::codec::decode(include_bytes!("../../assets/sample.kindred")).expect("reads");
        assert_eq!(duplicate_ids(&sample.workspace), []);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        assert_eq!(duplicate_ids(&crate::ops::demo::generate(2_000, day)), []);
    }

    #[test]
    fn an_id_held_three_times_is_two_duplicates_of_the_first() {
        let mut ws = workspace();
        ws.people.push(Person { id: ws.people[0].id, ..Person::named("Third") });
        ws.people[1].id = ws.people[0].id;
        let found = duplicate_ids(&ws);
        let pairs: Vec<(usize, usize)> = found.iter().map(|d| (d.first.index, d.second.index)).collect();
        assert_eq!(pairs, [(0, 1), (0, 2)]);
    }

    #[test]
    fn links_stay_with_the_record_they_mean_today() {
        let mut ws = workspace();
        // Jonas's relative has Mette's relative's id: each person's milestone means their own.
        let mettes = ws.people[0].life.family[0].id;
        ws.people[1].life.family[0].id = mettes;
        ws.people[1].milestones[0].family_member = Some(mettes);
        // His reminder of that birthday was put off: the snooze means his milestone and child.
        let shared = ws.people[0].milestones[0].id;
        ws.people[1].milestones[0].id = shared;
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).expect("a day");
        ws.people[1].snoozed.push(Snooze {
            what: Snoozed::Milestone { milestone: Some(shared), relative: Some(mettes), day },
            until: day,
        });
        // A map copied whole: the same phases, lanes and cards, and a person placed on it.
        let mut copy = ws.journeys[1].clone();
        copy.id = JourneyId::new();
        let (phase, lane) = (copy.phases[1].id, copy.lanes[2].id);
        ws.people[1].positions.push(JourneyPosition { journey: copy.id, phase, order: 0 });
        ws.people[1].incidents[0].journey = Some(copy.id);
        ws.people[1].incidents[0].phase = Some(phase);
        ws.people[1].phase_history[0] = PhaseMove { journey: copy.id, to: Some(phase), ..PhaseMove::default() };
        // And one placed on the original.
        ws.people[0].positions.push(JourneyPosition { journey: ws.journeys[1].id, phase, order: 0 });
        ws.journeys.push(copy);

        let fixed = renumbered(&ws);
        assert_eq!(fixed.fresh, 2 + 4 + 9 + 1, "a relative and a milestone; the copy's phases, lanes and card");
        assert_eq!(fixed.journeys.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [2]);
        let (_, copy) = &fixed.journeys[0];
        let (new_phase, new_lane) = (copy.phases[1].id, copy.lanes[2].id);
        assert_ne!((new_phase, new_lane), (phase, lane));
        assert_eq!((copy.cards[0].phase, copy.cards[0].lane), (new_phase, new_lane), "its card stays in its cell");
        let indices: Vec<usize> = fixed.people.iter().map(|(i, _)| *i).collect();
        assert_eq!(indices, [1], "Mette keeps everything");
        let jonas = &fixed.people[0].1;
        assert_ne!(jonas.life.family[0].id, mettes);
        assert_eq!(jonas.milestones[0].family_member, Some(jonas.life.family[0].id), "his milestone, his child");
        assert_ne!(jonas.milestones[0].id, ws.people[0].milestones[0].id, "his milestone got a fresh id");
        let snoozed = Snoozed::Milestone {
            milestone: Some(jonas.milestones[0].id),
            relative: Some(jonas.life.family[0].id),
            day,
        };
        assert_eq!(jonas.snoozed[0].what, snoozed, "his snooze follows both");
        assert_eq!(jonas.positions[0].phase, new_phase, "his place is on the copy");
        assert_eq!(jonas.incidents[0].phase, Some(new_phase));
        assert_eq!(
            (jonas.phase_history[0].from, jonas.phase_history[0].to),
            (None, Some(new_phase)),
            "his history too"
        );
        assert_eq!(ws.people[0].positions[0].phase, phase, "hers is on the original, untouched");

        // Two relatives of one person with one id: the milestone meant the first.
        let mut ws = workspace();
        let mut twin = ws.people[0].life.family[0].clone();
        twin.name = "Twin".into();
        ws.people[0].life.family.push(twin);
        let fixed = renumbered(&ws);
        let mette = &fixed.people[0].1;
        assert_ne!(mette.life.family[0].id, mette.life.family[1].id);
        assert_eq!(mette.milestones[0].family_member, Some(mette.life.family[0].id));
    }

    #[test]
    fn claiming_keeps_what_is_ones_own_and_renames_what_is_taken() {
        let ws = workspace();
        let mut taken = IdSet::of_workspace(&ws);
        // Mette updated with a milestone that is Jonas's, and a relative of her own.
        let mut mette = ws.people[0].clone();
        let own = IdSet::of(&mette);
        let jonas_milestone = ws.people[1].milestones[0].clone();
        mette.milestones.push(jonas_milestone.clone());
        let claimed = taken.claim(&mut mette, &own);
        assert_eq!(claimed.fresh, 1);
        assert_eq!(mette.milestones[0], ws.people[0].milestones[0], "her own is kept");
        assert_ne!(mette.milestones[1].id, jonas_milestone.id);
        assert!(taken.contains(IdKind::Milestone, mette.milestones[1].id.0), "the new id is taken now");
    }
}
