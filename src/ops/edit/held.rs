//! The ids a batch of edits names, or every id of a workspace, counted so that an edit asks a
//! small table instead of going through everyone.

use super::Edit;
use crate::model::{Link, OrganisationId, Person, PersonId, Workspace};

/// How many people and organisations hold each id, how many people each organisation has and
/// how many links each person is in: counted in one pass over the workspace and kept up to
/// date by each edit applied with them. An edit then asks a small table instead of going
/// through everyone, which for a batch of hundreds at 10,000 people took milliseconds.
///
/// Counted for a batch ([`Held::of`]), only the ids the batch names are counted: asked of any
/// other, an edit goes through everyone as it would alone. Counted for a workspace
/// ([`Held::every`]), every id is, and the counts are kept from edit to edit ([`Counted`]).
pub(super) struct Held {
    pub(super) people: Counts<PersonId>,
    pub(super) organisations: Counts<OrganisationId>,
    pub(super) members: Counts<OrganisationId>,
    /// How many links each person is in.
    pub(super) links: Counts<PersonId>,
}

impl Held {
    /// A batch of at least this many edits counts the ids first.
    pub(super) const MANY: usize = 16;

    /// The ids `edits` name, counted.
    pub(super) fn of(workspace: &Workspace, edits: &[Edit]) -> Self {
        let mut held = Self::counting(false);
        for edit in edits {
            held.name(edit);
        }
        held.count(workspace);
        held
    }

    /// Every id of `workspace`, counted.
    pub(super) fn every(workspace: &Workspace) -> Self {
        let mut held = Self::counting(true);
        held.count(workspace);
        held
    }

    fn counting(every: bool) -> Self {
        Held {
            people: Counts::new(every),
            organisations: Counts::new(every),
            members: Counts::new(every),
            links: Counts::new(every),
        }
    }

    fn count(&mut self, workspace: &Workspace) {
        for person in &workspace.people {
            self.came(person);
        }
        for organisation in &workspace.organisations {
            self.organisations.add(organisation.id);
        }
        for link in &workspace.links {
            self.linked(link, true);
        }
    }

    /// Whether every id is counted, not only a batch's.
    pub(super) fn counts_every(&self) -> bool {
        self.people.every
    }

    /// Counts `link` in (`add`) or out of the links of the two it joins.
    pub(super) fn linked(&mut self, link: &Link, add: bool) {
        for person in [link.from, link.to] {
            if add {
                self.links.add(person);
            } else {
                self.links.remove(person);
            }
        }
    }

    /// Counts the ids `edit` names.
    fn name(&mut self, edit: &Edit) {
        match edit {
            Edit::InsertPerson { person, .. } | Edit::ReplacePerson(person) => {
                self.people.track(person.id);
                if let Some(organisation) = person.organisation {
                    self.members.track(organisation);
                }
            }
            Edit::RemovePerson(id) => {
                self.people.track(*id);
                self.links.track(*id);
            }
            Edit::AnswerWhy { person: id, .. } | Edit::Regroup { person: id, .. } => self.people.track(*id),
            Edit::InsertOrganisation { organisation, .. } | Edit::ReplaceOrganisation(organisation) => {
                self.organisations.track(organisation.id);
                self.members.track(organisation.id);
            }
            Edit::RemoveOrganisation(id) => {
                self.organisations.track(*id);
                self.members.track(*id);
            }
            Edit::Batch(edits) => edits.iter().for_each(|e| self.name(e)),
            _ => {}
        }
    }

    pub(super) fn came(&mut self, person: &Person) {
        self.people.add(person.id);
        if let Some(organisation) = person.organisation {
            self.members.add(organisation);
        }
    }

    pub(super) fn went(&mut self, person: &Person) {
        self.people.remove(person.id);
        if let Some(organisation) = person.organisation {
            self.members.remove(organisation);
        }
    }

    /// The counts as a plain table, ids held no more left out: for comparing in tests.
    #[cfg(test)]
    pub(super) fn tables(&self) -> Tables {
        fn plain<K: Copy + Ord>(counts: &Counts<K>) -> Vec<(K, u32)> {
            let mut table: Vec<(K, u32)> =
                counts.counts.iter().filter(|(_, n)| **n > 0).map(|(k, n)| (*k, *n)).collect();
            table.sort_unstable();
            table
        }
        (plain(&self.people), plain(&self.organisations), plain(&self.members), plain(&self.links))
    }
}

#[cfg(test)]
pub(crate) type Tables =
    (Vec<(PersonId, u32)>, Vec<(OrganisationId, u32)>, Vec<(OrganisationId, u32)>, Vec<(PersonId, u32)>);

/// Every id of a workspace counted ([`Held::every`]), kept between edits by whoever applies
/// them all (the undo history): an edit of a batch then never goes through everyone to learn
/// whether an id is held. The numbers of people, organisations and links they were counted at
/// are kept too: counts that no longer fit them are dropped rather than trusted.
pub struct Counted {
    held: Held,
    lens: [usize; 3],
}

impl Counted {
    /// Every id of `workspace`, counted: one pass over it.
    pub fn of(workspace: &Workspace) -> Self {
        // The same pass learns where everyone is, so that no edit's frame has to.
        workspace.learn_places();
        Self { held: Held::every(workspace), lens: lens(workspace) }
    }

    /// The counts, if they may be for `workspace`.
    pub(super) fn take_for(counted: &mut Option<Self>, workspace: &Workspace) -> Option<Held> {
        counted.take().filter(|c| c.lens == lens(workspace)).map(|c| c.held)
    }

    /// Keeps `held` for the next edit, if it counts every id.
    pub(super) fn keep(held: Option<Held>, workspace: &Workspace) -> Option<Self> {
        held.filter(Held::counts_every).map(|held| Self { held, lens: lens(workspace) })
    }

    #[cfg(test)]
    pub(crate) fn tables(&self) -> Tables {
        self.held.tables()
    }
}

impl std::fmt::Debug for Counted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Counted").field("lens", &self.lens).finish_non_exhaustive()
    }
}

fn lens(workspace: &Workspace) -> [usize; 3] {
    [workspace.people.len(), workspace.organisations.len(), workspace.links.len()]
}

/// How many times each id counted is held; `None` for an id not counted. Counting only some
/// ids, a bit for each (by 12 bits of the id, which is random) beside the table: the pass over
/// everyone asks the table only for the few ids whose bit is set. Counting every id, an id not
/// in the table is held by no one.
pub(super) struct Counts<K> {
    counts: ahash::AHashMap<K, u32>,
    bits: Vec<u64>,
    every: bool,
}

/// An id's 12 bits for [`Counts`].
pub(super) trait Bits {
    fn bits(&self) -> usize;
}

impl Bits for PersonId {
    fn bits(&self) -> usize {
        let bytes = self.0.as_bytes();
        (usize::from(bytes[15]) | usize::from(bytes[14]) << 8) & 0xfff
    }
}

impl Bits for OrganisationId {
    fn bits(&self) -> usize {
        let bytes = self.0.as_bytes();
        (usize::from(bytes[15]) | usize::from(bytes[14]) << 8) & 0xfff
    }
}

impl<K: std::hash::Hash + Eq + Bits> Counts<K> {
    fn new(every: bool) -> Self {
        Counts { counts: ahash::AHashMap::default(), bits: if every { Vec::new() } else { vec![0; 64] }, every }
    }

    /// Counts `id` from now on.
    fn track(&mut self, id: K) {
        if self.every {
            return;
        }
        let bit = id.bits();
        if let Some(word) = self.bits.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
        self.counts.entry(id).or_insert(0);
    }

    fn counted(&mut self, id: K) -> Option<&mut u32> {
        if self.every {
            return Some(self.counts.entry(id).or_insert(0));
        }
        let bit = id.bits();
        let set = self.bits.get(bit / 64).is_some_and(|word| word & (1 << (bit % 64)) != 0);
        if set { self.counts.get_mut(&id) } else { None }
    }

    pub(super) fn count(&self, id: K) -> Option<u32> {
        match self.counts.get(&id) {
            Some(count) => Some(*count),
            None => self.every.then_some(0),
        }
    }

    pub(super) fn add(&mut self, id: K) {
        if let Some(count) = self.counted(id) {
            *count += 1;
        }
    }

    pub(super) fn remove(&mut self, id: K) {
        if self.every {
            // An id held by no one leaves the table, which stays the size of the workspace.
            if let Some(count) = self.counts.get_mut(&id) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    self.counts.remove(&id);
                }
            }
        } else if let Some(count) = self.counted(id) {
            *count = count.saturating_sub(1);
        }
    }

    pub(super) fn clear(&mut self, id: K) {
        if self.every {
            self.counts.remove(&id);
        } else if let Some(count) = self.counted(id) {
            *count = 0;
        }
    }
}
