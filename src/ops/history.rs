//! Undo and redo.

use super::edit::{Counted, Edit, EditError, apply_counted};
use crate::model::{OrganisationId, PersonId, Workspace};
use std::collections::VecDeque;

/// How many steps undo remembers.
pub const UNDO_LIMIT: usize = 500;

/// How many changes of state [`Changes::between`] can look back over.
const CHANGES_KEPT: usize = 64;

/// What changed between two states of a workspace, for the views that derive figures per
/// person: they bring only those people's figures up to date instead of all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Changed {
    /// Only these people's records, each in the same place in the list; nothing else.
    People(Vec<PersonId>),
    /// People and organisations added, removed or replaced (these ids), and nothing else: every
    /// other person and organisation is the record it was, though perhaps at another place in
    /// its list (an import, and its undo).
    Records { people: Vec<PersonId>, organisations: Vec<OrganisationId> },
    /// Only journey maps: their cards, phases or lanes moved, or maps replaced, added or
    /// removed; no person, organisation, link or setting.
    Maps,
    /// Anything else, or not known: everything derived must be derived again.
    Everything,
}

impl Changed {
    /// What an edit changed, read from its inverse (which puts back exactly what it changed):
    /// people replaced where they are, people and organisations added, removed or replaced, or
    /// everything.
    fn undone_by(inverse: &Edit) -> Self {
        /// What the edit touched; false for anything that is not a person or organisation.
        #[derive(Default)]
        struct Touched {
            people: Vec<PersonId>,
            organisations: Vec<OrganisationId>,
            in_place: bool,
            maps: bool,
        }
        fn walk(edit: &Edit, into: &mut Touched) -> bool {
            match edit {
                Edit::ReplacePerson(person) => into.people.push(person.id),
                Edit::InsertPerson { person, .. } => {
                    into.people.push(person.id);
                    into.in_place = false;
                }
                Edit::RemovePerson(id) => {
                    into.people.push(*id);
                    into.in_place = false;
                }
                Edit::InsertOrganisation { organisation, .. } | Edit::ReplaceOrganisation(organisation) => {
                    into.organisations.push(organisation.id);
                    into.in_place = false;
                }
                Edit::RemoveOrganisation(id) => {
                    into.organisations.push(*id);
                    into.in_place = false;
                }
                Edit::MoveCard { .. }
                | Edit::MovePhase { .. }
                | Edit::MoveLane { .. }
                | Edit::ReplaceJourney(_)
                | Edit::InsertJourney { .. }
                | Edit::RemoveJourney(_) => into.maps = true,
                Edit::Batch(edits) => return edits.iter().all(|edit| walk(edit, into)),
                _ => return false,
            }
            true
        }
        let mut touched = Touched { in_place: true, ..Touched::default() };
        if !walk(inverse, &mut touched) {
            return Changed::Everything;
        }
        if touched.maps {
            let only_maps = touched.people.is_empty() && touched.organisations.is_empty();
            return if only_maps { Changed::Maps } else { Changed::Everything };
        }
        if touched.in_place {
            Changed::People(touched.people)
        } else {
            Changed::Records { people: touched.people, organisations: touched.organisations }
        }
    }

    /// Both changes together.
    fn and(self, other: Changed) -> Changed {
        fn merged<T: Ord>(mut a: Vec<T>, b: Vec<T>) -> Vec<T> {
            a.extend(b);
            a.sort_unstable();
            a.dedup();
            a
        }
        match (self, other) {
            (Changed::Maps, Changed::Maps) => Changed::Maps,
            (Changed::Maps, Changed::People(a)) | (Changed::People(a), Changed::Maps) if a.is_empty() => Changed::Maps,
            (Changed::People(a), Changed::People(b)) => Changed::People(merged(a, b)),
            (Changed::People(a), Changed::Records { people, organisations })
            | (Changed::Records { people, organisations }, Changed::People(a)) => {
                Changed::Records { people: merged(a, people), organisations }
            }
            (Changed::Records { people: a, organisations: x }, Changed::Records { people: b, organisations: y }) => {
                Changed::Records { people: merged(a, b), organisations: merged(x, y) }
            }
            _ => Changed::Everything,
        }
    }
}

/// The undo and redo stacks of one open workspace, and which state is saved.
///
/// Every state the workspace passes through gets a number; the workspace is unsaved when the
/// current number differs from the saved one, so undoing back to the saved state makes it
/// clean again. The numbers are unique in the whole process, not only within one history, so
/// a view that caches what it computed for a state number never mistakes a reloaded or
/// restored workspace for the one it saw before.
#[derive(Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    current: u64,
    saved: Option<u64>,
    /// The last changes of state: from, to, and what changed.
    changes: Changes,
    /// Every id of the workspace counted at a state ([`History::counting`]), kept up to date
    /// by each edit, undo and redo: an import's hundreds of edits then never go through
    /// everyone. Counts for another state than the current are not used.
    counted: Option<(u64, Counted)>,
}

/// The last changes of state of a workspace (from, to, what changed), shared cheaply with the
/// views: they ask what changed from the state their figures were derived for.
#[derive(Clone, Debug, Default)]
pub struct Changes {
    current: u64,
    log: std::sync::Arc<VecDeque<(u64, u64, Changed)>>,
}

impl Changes {
    /// What changed from state `from` to state `to`: `People` when every step between was a
    /// change of people in their places (none when they are the same state), `Everything` when
    /// any step was more, or the way from one to the other is not known (`to` is not the
    /// current state, say: the masked copy of present mode).
    pub fn between(&self, from: u64, to: u64) -> Changed {
        if from == to {
            return Changed::People(Vec::new());
        }
        if to != self.current {
            return Changed::Everything;
        }
        let mut changed = Changed::People(Vec::new());
        let mut at = to;
        for (before, after, what) in self.log.iter().rev() {
            if *after != at {
                return Changed::Everything;
            }
            changed = changed.and(what.clone());
            at = *before;
            if at == from {
                return changed;
            }
        }
        Changed::Everything
    }
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

/// The next state number of the process.
fn fresh_state() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Debug)]
struct Step {
    label: String,
    /// The edit that takes the workspace back to `state_before`.
    inverse: Edit,
    state_before: u64,
}

impl History {
    /// A history whose current state is the saved one.
    pub fn new() -> Self {
        let state = fresh_state();
        let changes = Changes { current: state, log: Default::default() };
        Self { undo: Vec::new(), redo: Vec::new(), current: state, saved: Some(state), changes, counted: None }
    }

    /// [`History::new`] for `workspace`, with its ids counted: one pass over it, when it is
    /// read rather than in the frame of its first edit.
    pub fn counting(workspace: &Workspace) -> Self {
        let mut history = Self::new();
        history.counted = Some((history.current, Counted::of(workspace)));
        history
    }

    /// Applies `edit` with the ids counted, if they are for the current state; they are then
    /// for the state the edit makes (`next`), or for the current one still if it was refused.
    fn apply_counting(&mut self, workspace: &mut Workspace, edit: Edit, next: u64) -> Result<Edit, EditError> {
        let current = self.current;
        let mut counted = self.counted.take().filter(|(state, _)| *state == current).map(|(_, counted)| counted);
        let applied = apply_counted(workspace, edit, &mut counted);
        let state = if applied.is_ok() { next } else { current };
        self.counted = counted.map(|counted| (state, counted));
        applied
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, workspace: &mut Workspace, label: impl Into<String>, edit: Edit) -> Result<(), EditError> {
        let next = fresh_state();
        let inverse = self.apply_counting(workspace, edit, next)?;
        self.undo.push(Step { label: label.into(), inverse, state_before: self.current });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        let before = self.current;
        self.current = next;
        let changed = self.undo.last().map_or(Changed::Everything, |step| Changed::undone_by(&step.inverse));
        self.record(before, changed);
        Ok(())
    }

    /// Records that the step to the current state from `before` changed `changed`.
    fn record(&mut self, before: u64, changed: Changed) {
        let log = std::sync::Arc::make_mut(&mut self.changes.log);
        if log.len() == CHANGES_KEPT {
            log.pop_front();
        }
        log.push_back((before, self.current, changed));
        self.changes.current = self.current;
    }

    /// Adds `people` to what the last step changed (a stamp of who changed them, set beside
    /// the edit).
    pub fn also_changed(&mut self, people: &[PersonId]) {
        let current = self.current;
        let log = std::sync::Arc::make_mut(&mut self.changes.log);
        if let Some((_, to, changed)) = log.back_mut()
            && *to == current
        {
            *changed = std::mem::replace(changed, Changed::Everything).and(Changed::People(people.to_vec()));
        }
    }

    /// The last changes of state, for the views.
    pub fn changes(&self) -> Changes {
        self.changes.clone()
    }

    /// Undoes the last step and returns its label.
    pub fn undo(&mut self, workspace: &mut Workspace) -> Option<String> {
        let step = self.undo.pop()?;
        self.replay(workspace, step, true)
    }

    /// Redoes the last undone step and returns its label.
    pub fn redo(&mut self, workspace: &mut Workspace) -> Option<String> {
        let step = self.redo.pop()?;
        self.replay(workspace, step, false)
    }

    fn replay(&mut self, workspace: &mut Workspace, step: Step, undoing: bool) -> Option<String> {
        match self.apply_counting(workspace, step.inverse, step.state_before) {
            Ok(inverse) => {
                let changed = Changed::undone_by(&inverse);
                let before = self.current;
                let back = Step { label: step.label.clone(), inverse, state_before: self.current };
                if undoing {
                    self.redo.push(back)
                } else {
                    self.undo.push(back)
                }
                self.current = step.state_before;
                self.record(before, changed);
                Some(step.label)
            }
            Err(error) => {
                // An inverse always fits the state it was recorded for; if one does not, the
                // history no longer describes this workspace and is dropped rather than trusted.
                log::error!("undo history did not fit the workspace ({error}); history cleared");
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }

    /// A number for the workspace's current state: equal numbers, equal workspaces.
    pub fn state(&self) -> u64 {
        self.current
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Whether the workspace differs from what was last saved (or loaded).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.current)
    }

    /// Records that the current state is on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current);
    }

    /// Marks `state` as the saved one: a save that began in that state has ended, and edits
    /// made meanwhile stay unsaved.
    pub fn mark_saved_at(&mut self, state: u64) {
        self.saved = Some(state);
    }

    /// Records that the current state is not on disk (restored from recovery, say).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn ids_counted_when_read_stay_counted_through_an_import_its_undo_and_redo() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let mut ws = crate::ops::demo::generate_with(40, 8, today);
        let mut history = History::counting(&ws);
        let import = Edit::Batch(
            (0..20)
                .map(|n| Edit::InsertPerson { index: usize::MAX, person: Box::new(Person::named(format!("P{n}"))) })
                .collect(),
        );
        let holds = |history: &History, ws: &Workspace| {
            let (state, counted) = history.counted.as_ref().expect("still counted");
            assert_eq!(*state, history.state(), "for the current state");
            assert_eq!(counted.tables(), Counted::of(ws).tables());
        };
        history.apply(&mut ws, "Import", import).expect("applies");
        holds(&history, &ws);
        history.undo(&mut ws).expect("undone");
        holds(&history, &ws);
        assert_eq!(ws.people.len(), 40);
        history.redo(&mut ws).expect("redone");
        holds(&history, &ws);
        let again = Edit::InsertPerson { index: 0, person: Box::new(ws.people[0].clone()) };
        let refused = history.apply(&mut ws, "Again", again);
        assert!(refused.is_err());
        holds(&history, &ws);
    }

    #[test]
    fn undo_redo_and_the_saved_state() {
        let mut ws = Workspace::named("Shop");
        let mut history = History::new();
        assert!(!history.is_dirty());
        history
            .apply(&mut ws, "Add person", Edit::InsertPerson { index: 0, person: Box::new(Person::named("Anna")) })
            .expect("applies");
        history.apply(&mut ws, "Rename workspace", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert!(history.is_dirty());
        history.mark_saved();
        assert_eq!(history.undo(&mut ws).as_deref(), Some("Rename workspace"));
        assert_eq!(ws.name, "Shop");
        assert!(history.is_dirty());
        assert_eq!(history.redo_label(), Some("Rename workspace"));
        assert_eq!(history.redo(&mut ws).as_deref(), Some("Rename workspace"));
        assert_eq!(ws.name, "Bakery");
        assert!(!history.is_dirty(), "back at the saved state");
        history.undo(&mut ws);
        history.undo(&mut ws);
        assert!(ws.people.is_empty());
        assert_eq!(history.undo(&mut ws), None);
    }

    #[test]
    fn state_numbers_never_repeat_across_histories() {
        let mut ws = Workspace::named("Shop");
        let mut first = History::new();
        first.apply(&mut ws, "a", Edit::RenameWorkspace("A".into())).expect("applies");
        let second = History::new();
        assert_ne!(second.state(), first.state(), "a reloaded workspace is not the state a cache saw");
        assert!(!second.is_dirty());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut ws = Workspace::named("Shop");
        let mut history = History::new();
        history.apply(&mut ws, "a", Edit::RenameWorkspace("A".into())).expect("applies");
        history.undo(&mut ws);
        history.apply(&mut ws, "b", Edit::RenameWorkspace("B".into())).expect("applies");
        assert_eq!(history.redo_label(), None);
    }

    #[test]
    fn the_limit_drops_the_oldest_steps() {
        let mut ws = Workspace::named("0");
        let mut history = History::new();
        for i in 0..UNDO_LIMIT + 10 {
            history.apply(&mut ws, "rename", Edit::RenameWorkspace(i.to_string())).expect("applies");
        }
        let mut undone = 0;
        while history.undo(&mut ws).is_some() {
            undone += 1;
        }
        assert_eq!(undone, UNDO_LIMIT);
        assert_eq!(ws.name, "9");
    }

    #[test]
    fn a_change_of_maps_alone_says_so() {
        let mut ws = Workspace::named("Shop");
        let mut history = History::new();
        history
            .apply(&mut ws, "add", Edit::InsertPerson { index: 0, person: Box::new(Person::named("Anna")) })
            .expect("applies");
        let start = history.state();
        let map = crate::model::Template::Blank.create();
        history
            .apply(&mut ws, "map", Edit::InsertJourney { index: 0, journey: Box::new(map.clone()) })
            .expect("applies");
        let renamed = crate::model::JourneyMap { name: "Renamed".into(), ..map };
        history.apply(&mut ws, "rename", Edit::ReplaceJourney(Box::new(renamed))).expect("applies");
        let maps = history.state();
        assert_eq!(history.changes().between(start, maps), Changed::Maps, "two steps of maps");
        let anna = ws.people[0].clone();
        let renamed = Person { name: "Anne".into(), ..anna };
        history.apply(&mut ws, "rename", Edit::ReplacePerson(Box::new(renamed))).expect("applies");
        assert_eq!(history.changes().between(start, history.state()), Changed::Everything, "maps and a person");
        history.undo(&mut ws);
        history.undo(&mut ws);
        assert_eq!(history.changes().between(maps, history.state()), Changed::Maps, "its undo");
    }

    #[test]
    fn changes_say_which_people_changed_and_when_it_is_more() {
        let mut ws = Workspace::named("Shop");
        let mut history = History::new();
        let mut before_carl = history.state();
        for name in ["Anna", "Bo", "Carl"] {
            before_carl = history.state();
            let person = Box::new(Person::named(name));
            let index = ws.people.len();
            history.apply(&mut ws, "add", Edit::InsertPerson { index, person }).expect("applies");
        }
        let carl = ws.people[2].id;
        let added = history.state();
        let (anna, bo) = (ws.people[0].clone(), ws.people[1].clone());
        let renamed =
            |person: &Person, name: &str| Edit::ReplacePerson(Box::new(Person { name: name.into(), ..person.clone() }));
        history.apply(&mut ws, "rename", renamed(&anna, "Anne")).expect("applies");
        let one = history.state();
        history.apply(&mut ws, "rename", renamed(&bo, "Bob")).expect("applies");
        let two = history.state();
        let changes = history.changes();
        assert_eq!(changes.between(two, two), Changed::People(Vec::new()));
        assert_eq!(changes.between(one, two), Changed::People(vec![bo.id]));
        let mut both = vec![anna.id, bo.id];
        both.sort_unstable();
        assert_eq!(changes.between(added, two), Changed::People(both.clone()), "two steps together");
        let mut all = vec![anna.id, bo.id, carl];
        all.sort_unstable();
        assert_eq!(
            changes.between(before_carl, two),
            Changed::Records { people: all.clone(), organisations: Vec::new() },
            "an insertion is more than a change in place"
        );
        assert_eq!(changes.between(one, one), Changed::People(Vec::new()));
        assert_eq!(changes.between(one, 0), Changed::Everything, "not the current state: not known");
        assert_eq!(changes.between(12_345_678, two), Changed::Everything, "a state never seen");

        history.undo(&mut ws);
        let changes = history.changes();
        assert_eq!(history.state(), one);
        assert_eq!(changes.between(two, one), Changed::People(vec![bo.id]), "undo changes the same person back");
        history.redo(&mut ws);
        assert_eq!(history.changes().between(one, two), Changed::People(vec![bo.id]));
        assert_eq!(history.changes().between(added, two), Changed::People(both.clone()));

        let mut account = crate::model::Organisation::named("Bakery Ltd");
        let organisation = account.id;
        history
            .apply(&mut ws, "add", Edit::InsertOrganisation { index: 0, organisation: Box::new(account.clone()) })
            .expect("applies");
        assert_eq!(
            history.changes().between(added, history.state()),
            Changed::Records { people: both.clone(), organisations: vec![organisation] },
            "an organisation added"
        );
        account.name = "Bakery A/S".into();
        history.apply(&mut ws, "rename", Edit::ReplaceOrganisation(Box::new(account))).expect("applies");
        let renamed_account = history.state();
        history.undo(&mut ws);
        assert_eq!(
            history.changes().between(renamed_account, history.state()),
            Changed::Records { people: Vec::new(), organisations: vec![organisation] },
            "an organisation put back"
        );
        history.redo(&mut ws);
        let linked = crate::model::Link { from: anna.id, to: bo.id, ..crate::model::Link::default() };
        let before_link = history.state();
        history.apply(&mut ws, "link", Edit::InsertLink { index: 0, link: Box::new(linked) }).expect("applies");
        assert_eq!(history.changes().between(before_link, history.state()), Changed::Everything, "a link is more");
        history.apply(&mut ws, "name", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert_eq!(history.changes().between(two, history.state()), Changed::Everything);
    }
}
