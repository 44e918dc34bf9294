//! Where each person is in a workspace's list, so that a look-up by id asks a table instead of
//! going through everyone.

use super::id::PersonId;
use super::person::Person;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Each person's place in `Workspace::people`, learnt in one pass the first time a person is
/// looked for and kept with the workspace.
///
/// The list is public and changed in many ways, so the table is never trusted: an answer is
/// given only after the person at that place is seen to hold the id. A person who moved since
/// (someone before them was taken out) is found by going through the list, as without a table,
/// and every place is then learnt again; a person added since is learnt when found. An id no
/// one holds costs a pass through the list, as it always did. An id held twice (a damaged
/// file, which the window opens read-only) answers with one of its holders: the first, when
/// both were there as the places were learnt.
///
/// A copy of the workspace takes the table with it; two workspaces compare equal whatever
/// their tables hold, and the table is never written to a file.
#[derive(Default)]
pub struct Places(Mutex<Table>);

type Table = ahash::AHashMap<PersonId, u32>;

impl Places {
    /// The place of the person holding `id` in `people`, the list the table is kept for.
    pub(super) fn find(&self, people: &[Person], id: PersonId) -> Option<usize> {
        let hint = self.table().get(&id).copied();
        if let Some(at) = hint.and_then(|at| usize::try_from(at).ok())
            && people.get(at).is_some_and(|p| p.id == id)
        {
            return Some(at);
        }
        let learnt_none = self.table().is_empty();
        // Someone the table has not learnt came after it was made, most often at the end (an
        // import, a new person): they are looked for from there.
        let at = if hint.is_none() && !learnt_none {
            people.iter().rposition(|p| p.id == id)?
        } else {
            people.iter().position(|p| p.id == id)?
        };
        if hint.is_some() || learnt_none {
            // Someone before them came or went: many others moved too.
            self.learn(people);
        } else if let Ok(place) = u32::try_from(at) {
            self.table().insert(id, place);
        }
        Some(at)
    }

    /// Learns every place of `people` now, in one pass: for a thread that has time (the one
    /// reading the file), or an edit that moved everyone after a place and went through them
    /// doing so, rather than the next look-up in the frame of another edit.
    pub(super) fn learn(&self, people: &[Person]) {
        // Made without holding the lock, so that another thread asking meanwhile is not kept
        // waiting for a pass through everyone.
        let table = learn(people);
        *self.table() = table;
    }

    /// The place known for `id`, unchecked (for tests).
    #[cfg(test)]
    pub(crate) fn known_place(&self, id: PersonId) -> Option<usize> {
        self.table().get(&id).and_then(|at| usize::try_from(*at).ok())
    }

    /// How many places are known (for tests, and for `Debug`).
    fn known(&self) -> usize {
        self.table().len()
    }

    fn table(&self) -> MutexGuard<'_, Table> {
        // A thread that panicked while holding the lock left a table whose answers are still
        // checked before they are given.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Every person's place; the first holder's for an id held twice.
fn learn(people: &[Person]) -> Table {
    let mut table = Table::with_capacity(people.len());
    for (at, person) in people.iter().enumerate() {
        let Ok(place) = u32::try_from(at) else { break };
        table.entry(person.id).or_insert(place);
    }
    table
}

impl Clone for Places {
    fn clone(&self) -> Self {
        Places(Mutex::new(self.table().clone()))
    }
}

impl PartialEq for Places {
    /// Places are not part of what a workspace holds: any two compare equal.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Places {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Places({} known)", self.known())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Workspace;

    fn workspace(count: usize) -> Workspace {
        Workspace { people: (0..count).map(|n| Person::named(format!("P{n}"))).collect(), ..Workspace::default() }
    }

    /// Whether every person, and an id no one holds, is found where going through the list
    /// finds them.
    fn agrees(ws: &Workspace) {
        for (at, person) in ws.people.iter().enumerate() {
            assert_eq!(ws.person_index(person.id), Some(at), "{}", person.name);
            assert_eq!(ws.person(person.id).map(|p| &p.name), Some(&person.name));
        }
        assert_eq!(ws.person_index(PersonId::new()), None);
    }

    #[test]
    fn people_are_found_after_every_kind_of_change_to_the_list() {
        let mut ws = workspace(40);
        agrees(&ws);
        assert_eq!(ws.places.known(), 40, "learnt in one pass");
        // Replaced in their place, pushed, inserted, removed, swapped, sorted, given another id.
        let first = ws.people[0].id;
        ws.people[3] = Person::named("Replaced");
        agrees(&ws);
        ws.people.push(Person::named("Pushed"));
        agrees(&ws);
        ws.people.insert(5, Person::named("Inserted"));
        agrees(&ws);
        ws.people.remove(0);
        assert_eq!(ws.person(first), None, "gone");
        agrees(&ws);
        ws.people.swap(1, 30);
        agrees(&ws);
        ws.people.sort_by(|a, b| b.name.cmp(&a.name));
        agrees(&ws);
        let renamed = ws.people[7].id;
        ws.people[7].id = PersonId::new();
        assert_eq!(ws.person(renamed), None, "the old id is no one's");
        agrees(&ws);
        ws.people.truncate(10);
        agrees(&ws);
        ws.people.clear();
        assert_eq!(ws.person(renamed), None);
    }

    #[test]
    fn a_copy_and_a_workspace_made_from_another_find_their_own_people() {
        let ws = workspace(20);
        agrees(&ws);
        let copy = ws.clone();
        assert_eq!(copy.places.known(), 20, "the copy takes the table");
        agrees(&copy);
        // Another's table with these people: every answer is checked, none is wrong.
        let other = Workspace { people: workspace(25).people, ..ws.clone() };
        agrees(&other);
        assert_eq!(other, Workspace { places: Places::default(), ..other.clone() }, "tables are not compared");
    }

    #[test]
    fn holders_are_those_a_pass_through_everyone_finds_in_its_order_few_or_many() {
        let ws = workspace(300);
        for count in [0, 1, 5, 64, 65, 200] {
            // Every third person, backwards, each named twice, and an id no one holds.
            let mut ids: Vec<PersonId> = ws.people.iter().step_by(3).take(count).map(|p| p.id).rev().collect();
            ids.extend(ids.clone());
            ids.push(PersonId::new());
            let names: Vec<&str> = ws.holders(&ids).iter().map(|p| p.name.as_str()).collect();
            let passed: Vec<&str> = ws.people.iter().filter(|p| ids.contains(&p.id)).map(|p| p.name.as_str()).collect();
            assert_eq!(names, passed, "{count} asked");
        }
    }

    #[test]
    fn an_id_held_twice_answers_with_its_first_holder() {
        let mut ws = workspace(10);
        let shared = ws.people[2].id;
        ws.people[8].id = shared;
        assert_eq!(ws.person_index(shared), Some(2));
        assert_eq!(ws.person_index(ws.people[9].id), Some(9), "learnt with the rest");
        assert_eq!(ws.person_index(shared), Some(2));
    }

    #[test]
    fn the_table_is_not_written_and_a_read_workspace_learns_its_places() {
        let ws = workspace(5);
        agrees(&ws);
        let text = crate::model::codec::encode(&ws);
        assert!(!text.contains("places"), "{text}");
        let read = crate::model::codec::decode(text.as_bytes()).expect("read").workspace;
        assert_eq!(read.places.known(), 0);
        agrees(&read);
    }
}
