//! The board's columns, built from the workspace, and brought up to date after an edit of a few
//! people without building them again: those people leave the column they stood in and join
//! the one they stand in now, in board order, and only those columns count their figures again.

use super::card::Card;
use super::swimlanes::{self, RowsBy};
use super::{Board, BoardKey, Column, Filter};
use crate::model::{JourneyMap, OrganisationIndex, Person, PersonId, PhaseId, Workspace};
use crate::ops::moves;
use crate::t;
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

/// What a board is built with, besides the workspace and the map.
pub(super) struct Build<'a> {
    pub filter: &'a Filter,
    pub rows: RowsBy,
    pub masked: bool,
    pub today: NaiveDate,
}

/// Every column of `map`'s board, built whole in one go.
#[cfg(test)]
pub(super) fn build(workspace: &Workspace, map: &JourneyMap, key: BoardKey, with: &Build<'_>) -> Board {
    let mut building = Building::new(workspace);
    building.add(workspace, map, with, &workspace.people);
    building.finish(workspace, map, key, with)
}

/// How many people a [`Finishing`] puts in their columns at a time, and at most in a frame.
const MEMBERS_PER_PART: usize = 1_000;
pub(super) const MEMBERS_PER_FRAME: usize = 5_000;

/// A board being built a slice of the people at a time (see [`crate::ui::views::Slices`]), so
/// that no frame makes every card of 10,000 people: each person's column and card (their days
/// in the phase, what they bring to the figures) as their slice comes, the columns put in order
/// when the last is in. The slices are of one state of the workspace (the board's key holds it).
/// One in a column being built: their order in the phase, name, id, place in the workspace's
/// list, and card when the filter shows them.
type Member = (u32, String, PersonId, usize, Option<Card>);

pub(super) struct Building {
    organisations: OrganisationIndex,
    /// Per column, its members.
    members: Vec<Vec<Member>>,
    /// How many people are in: the place of the next slice's first.
    counted: usize,
}

impl Building {
    pub(super) fn new(workspace: &Workspace) -> Self {
        Building { organisations: OrganisationIndex::of(workspace), members: Vec::new(), counted: 0 }
    }

    /// Puts the next `slice` of the workspace's people on the board.
    pub(super) fn add(&mut self, workspace: &Workspace, map: &JourneyMap, with: &Build<'_>, slice: &[Person]) {
        self.members.resize_with(map.phases.len() + 1, Vec::new);
        for (n, person) in slice.iter().enumerate() {
            let (column, order) = moves::board_place(person, map);
            let organisation = self.organisations.of_person(workspace, person);
            let card = with
                .filter
                .admits(person, organisation)
                .then(|| Card::new(person, organisation, self.organisations.place_of_person(person), map, with.today));
            if let Some(members) = self.members.get_mut(column) {
                members.push((order, person.name.clone(), person.id, self.counted + n, card));
            }
        }
        self.counted += slice.len();
    }

    /// The board, once every person is in: each column in board order, its figures, the
    /// swimlanes, made in one go.
    #[cfg(test)]
    pub(super) fn finish(self, workspace: &Workspace, map: &JourneyMap, key: BoardKey, with: &Build<'_>) -> Board {
        let mut finishing = self.finishing(map, key);
        while !finishing.part() {}
        finishing.board(workspace, with)
    }

    /// The board to be made of everyone, now that every person is in: see [`Finishing`].
    pub(super) fn finishing(mut self, map: &JourneyMap, key: BoardKey) -> Box<Finishing> {
        self.members.resize_with(map.phases.len() + 1, Vec::new);
        let titles: Vec<_> = std::iter::once((None, t!("board-not-placed").to_owned()))
            .chain(map.phases.iter().map(|p| (Some(p.id), p.name.clone())))
            .collect();
        Box::new(Finishing {
            key,
            left: titles.into_iter().zip(self.members).collect::<Vec<_>>().into_iter(),
            column: None,
            columns: Vec::with_capacity(map.phases.len() + 1),
            places: HashMap::with_capacity(self.counted),
            exact: true,
        })
    }
}

/// A column not begun: its phase and title, and its people in no order.
type Unbegun = ((Option<PhaseId>, String), Vec<Member>);

/// The board being made of everyone, a part at a time, once every person is in: each column's
/// people put in board order, then into the column a part at a time (their places, cards and
/// what they bring to the figures), then the swimlanes. At 100,000 people making the whole
/// board in one frame took some 40 ms.
pub(super) struct Finishing {
    pub key: BoardKey,
    /// The columns not begun: each one's phase and title, and its people in no order.
    left: std::vec::IntoIter<Unbegun>,
    /// The column being filled, and its people not in it yet, in board order.
    column: Option<(Column, std::vec::IntoIter<Member>)>,
    columns: Vec<Column>,
    places: HashMap<PersonId, (usize, usize)>,
    /// No id is held twice: an edit of a few people can be patched in. Two people with one id
    /// (a damaged file, open read-only) are shown, but never patched.
    exact: bool,
}

impl Finishing {
    /// The next parts, until the board is made, [`MEMBERS_PER_FRAME`] people are in their
    /// columns, or the frame's time is up; the board, once it is made.
    pub(super) fn step(mut self: Box<Self>, workspace: &Workspace, with: &Build<'_>) -> Result<Board, Box<Self>> {
        if super::super::parts_of_a_frame(MEMBERS_PER_FRAME / MEMBERS_PER_PART, || self.part()) {
            Ok((*self).board(workspace, with))
        } else {
            Err(self)
        }
    }

    /// The next part: [`MEMBERS_PER_PART`] people put in their columns, each column's people
    /// put in board order when it is begun. Whether every column is made.
    fn part(&mut self) -> bool {
        let mut room = MEMBERS_PER_PART;
        while room > 0 {
            if self.column.is_none() {
                let Some(((phase, title), mut members)) = self.left.next() else { return true };
                members.sort_unstable_by(|a, b| (a.0, &a.1, a.2, a.3).cmp(&(b.0, &b.1, b.2, b.3)));
                let column = Column {
                    phase,
                    title,
                    all: Vec::with_capacity(members.len()),
                    keys: Vec::with_capacity(members.len()),
                    cards: Vec::new(),
                    tally: Default::default(),
                    figures: Default::default(),
                };
                self.column = Some((column, members.into_iter()));
            }
            let Some((column, members)) = &mut self.column else { return true };
            let index = self.columns.len();
            for (order, name, id, at, card) in members.by_ref().take(room) {
                room -= 1;
                self.exact &= self.places.insert(id, (at, index)).is_none();
                if let Some(card) = card {
                    column.tally.add_unsorted(&card.share);
                    column.cards.push((column.all.len(), Rc::new(card)));
                }
                column.all.push(id);
                column.keys.push((order, name, id));
            }
            if members.len() == 0
                && let Some((mut column, _)) = self.column.take()
            {
                column.tally.sort_days();
                column.figures = column.tally.figures();
                self.columns.push(column);
            }
        }
        self.column.is_none() && self.left.len() == 0
    }

    /// The board of the columns made, with its swimlanes.
    fn board(self, workspace: &Workspace, with: &Build<'_>) -> Board {
        let Finishing { key, columns, places, exact, .. } = self;
        let swimlanes = swimlanes::swimlanes(with.rows, &columns, &people_by_id(workspace, with.rows), with.masked);
        Board { key, columns, swimlanes, places, exact, currency: workspace.currency.clone() }
    }
}

/// Brings `board` up to date with `workspace` after an edit that changed only the people
/// `changed`, each in their place in the workspace's list. False when it cannot (someone is new,
/// gone or elsewhere in the list), and the board is then as it was: it must be built whole.
pub(super) fn patch(
    board: &mut Board,
    workspace: &Workspace,
    map: &JourneyMap,
    changed: &[PersonId],
    with: &Build<'_>,
) -> bool {
    if !board.exact || board.columns.len() != map.phases.len() + 1 || !in_place(board, workspace, changed) {
        return false;
    }
    // The changed people's organisations: where their cards found them while they are still
    // theirs (an edit of people leaves the organisations where they were), else looked for
    // among all of them, once.
    let accounts: Vec<_> = changed
        .iter()
        .filter_map(|id| board.places.get(id))
        .filter_map(|&(at, _)| workspace.people.get(at).and_then(|p| p.organisation))
        .collect();
    let mut organisations: Option<OrganisationIndex> = None;
    let mut find_organisation = |person: &Person, carded: Option<usize>| -> Option<usize> {
        let id = person.organisation?;
        carded.filter(|&at| workspace.organisations.get(at).is_some_and(|o| o.id == id)).or_else(|| {
            organisations
                .get_or_insert_with(|| OrganisationIndex::of_some(workspace, &accounts))
                .place_of_person(person)
        })
    };
    let mut recount = BTreeSet::new();
    for &id in changed {
        let Some(&(at, from)) = board.places.get(&id) else { return false };
        let Some(person) = workspace.people.get(at).filter(|p| p.id == id) else { return false };
        let Some(column) = board.columns.get_mut(from) else { return false };
        let Some(slot) = column.all.iter().position(|&p| p == id) else { return false };
        column.all.remove(slot);
        column.keys.remove(slot);
        // The cards are in slot order.
        let k = column.cards.partition_point(|(i, _)| *i < slot);
        let mut carded = None;
        if column.cards.get(k).is_some_and(|(i, _)| *i == slot) {
            let (_, card) = column.cards.remove(k);
            column.tally.remove(&card.share);
            carded = card.organisation_at();
        }
        for (i, _) in &mut column.cards[k..] {
            *i -= 1;
        }
        recount.insert(from);
        let (to, order) = moves::board_place(person, map);
        let Some(column) = board.columns.get_mut(to) else { return false };
        let slot =
            column.keys.partition_point(|(o, name, i)| (*o, name.as_str(), *i) < (order, person.name.as_str(), id));
        column.all.insert(slot, id);
        column.keys.insert(slot, (order, person.name.clone(), id));
        let k = column.cards.partition_point(|(i, _)| *i < slot);
        for (i, _) in &mut column.cards[k..] {
            *i += 1;
        }
        let organisation_at = find_organisation(person, carded);
        let organisation = organisation_at.and_then(|at| workspace.organisations.get(at));
        if with.filter.admits(person, organisation) {
            let card = Card::new(person, organisation, organisation_at, map, with.today);
            column.tally.add(&card.share);
            column.cards.insert(k, (slot, Rc::new(card)));
        }
        board.places.insert(id, (at, to));
        recount.insert(to);
    }
    for index in recount {
        if let Some(column) = board.columns.get_mut(index) {
            column.figures = column.tally.figures();
        }
    }
    board.swimlanes = swimlanes::swimlanes(with.rows, &board.columns, &people_by_id(workspace, with.rows), with.masked);
    true
}

/// Whether everyone `changed` is where the board has them and is still that person: checked
/// before anything is moved, so that a board that cannot be patched is left whole (and shown,
/// marked as updating, while the new one is built). Each column they stand in is looked
/// through once, however many of its people changed (an undo may renumber a whole column).
fn in_place(board: &Board, workspace: &Workspace, changed: &[PersonId]) -> bool {
    let wanted: HashSet<PersonId> = changed.iter().copied().collect();
    let mut per_column: HashMap<usize, usize> = HashMap::new();
    for id in &wanted {
        let Some(&(at, column)) = board.places.get(id) else { return false };
        if workspace.people.get(at).is_none_or(|p| p.id != *id) {
            return false;
        }
        *per_column.entry(column).or_default() += 1;
    }
    per_column.into_iter().all(|(column, count)| {
        board.columns.get(column).is_some_and(|c| c.all.iter().filter(|id| wanted.contains(id)).count() == count)
    })
}

/// Everyone by id, for the swimlanes; nothing when there are none.
fn people_by_id(workspace: &Workspace, rows: RowsBy) -> HashMap<PersonId, &Person> {
    match rows {
        RowsBy::None => HashMap::new(),
        _ => workspace.people.iter().map(|p| (p.id, p)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PhaseMoveId, Status};
    use crate::ops::lifecycle;
    use crate::ops::moves::BoardPlace;
    use crate::ops::{Edit, apply};

    /// One column as seen: everyone in order, the cards (by slot and person), and the figures.
    type Seen = (Vec<PersonId>, Vec<(usize, PersonId)>, String);

    /// What a board shows, column by column.
    fn seen(board: &Board) -> Vec<Seen> {
        board
            .columns
            .iter()
            .map(|c| {
                assert_eq!(c.all, c.keys.iter().map(|k| k.2).collect::<Vec<_>>(), "the keys go with `all`");
                (c.all.clone(), c.cards.iter().map(|(i, card)| (*i, card.id)).collect(), format!("{:?}", c.figures))
            })
            .collect()
    }

    #[test]
    fn a_patched_board_is_the_board_built_again() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let mut workspace = crate::ops::demo::generate(300, today);
        let map = workspace.journeys[0].clone();
        let filters = [
            Filter::default(),
            Filter { status: Some(Status::Customer), ..Filter::default() },
            Filter { key_only: true, ..Filter::default() },
        ];
        for (turn, filter) in filters.iter().enumerate() {
            let rows = [RowsBy::None, RowsBy::Status, RowsBy::Tag][turn];
            let with = Build { filter, rows, masked: false, today };
            let key = (0, today, map.id, filter.clone(), rows, crate::i18n::language(), false);
            let mut board = build(&workspace, &map, key.clone(), &with);
            // Moves: into a column, to its top, back out of the board, and a change of status.
            let people: Vec<PersonId> = workspace.people.iter().step_by(37).map(|p| p.id).take(6).collect();
            for (n, &person) in people.iter().enumerate() {
                let to = match n % 3 {
                    0 => Some(BoardPlace { phase: map.phases[1].id, slot: 0 }),
                    1 => Some(BoardPlace { phase: map.phases[n % map.phases.len()].id, slot: 3 }),
                    _ => None,
                };
                let before = workspace.clone();
                let edit = Edit::MovePerson {
                    person,
                    journey: map.id,
                    to,
                    date: today,
                    entry: PhaseMoveId::new(),
                    near: None,
                };
                if apply(&mut workspace, edit).is_err() {
                    continue;
                }
                if let Some(p) = workspace.people.iter_mut().find(|p| p.id == person) {
                    p.status = if n % 2 == 0 { Status::Customer } else { Status::Prospect };
                }
                // Everyone the move renumbered changed too.
                let changed: Vec<PersonId> = workspace
                    .people
                    .iter()
                    .zip(&before.people)
                    .filter(|(after, before)| after != before)
                    .map(|(after, _)| after.id)
                    .collect();
                assert!(patch(&mut board, &workspace, &map, &changed, &with), "a change in place is patched");
                assert_eq!(seen(&board), seen(&build(&workspace, &map, key.clone(), &with)), "move {n} of turn {turn}");
                for column in &board.columns {
                    let shown =
                        column.cards.iter().filter_map(|(_, card)| workspace.people.iter().find(|p| p.id == card.id));
                    let counted = lifecycle::column_figures(&workspace, shown, &map, today);
                    assert_eq!(column.figures, counted, "the cards' shares make the column's figures");
                }
            }
        }
    }

    #[test]
    fn someone_new_or_gone_is_built_again_and_the_board_left_as_it_was() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let mut workspace = crate::ops::demo::generate(40, today);
        let map = workspace.journeys[0].clone();
        let filter = Filter::default();
        let with = Build { filter: &filter, rows: RowsBy::None, masked: false, today };
        let key = (0, today, map.id, filter.clone(), RowsBy::None, crate::i18n::language(), false);
        let mut board = build(&workspace, &map, key, &with);
        let before = seen(&board);
        let moved = workspace.people[3].id;
        let column = board.places.get(&moved).map(|p| p.1);
        // One person moved (which alone could be patched) and one new: nothing is moved.
        let edit = Edit::MovePerson {
            person: moved,
            journey: map.id,
            to: Some(BoardPlace { phase: map.phases[2].id, slot: 0 }),
            date: today,
            entry: PhaseMoveId::new(),
            near: None,
        };
        apply(&mut workspace, edit).expect("moves");
        let new = Person::named("Someone New");
        let changed = [moved, new.id];
        workspace.people.push(new);
        assert!(!patch(&mut board, &workspace, &map, &changed, &with));
        assert_eq!(seen(&board), before, "the board is whole, as it was");
        assert_eq!(board.places.get(&moved).map(|p| p.1), column, "still where the board had them");
        assert!(!patch(&mut board, &workspace, &map, &changed[1..], &with), "someone new alone");
        let gone = workspace.people.remove(0).id;
        assert!(!patch(&mut board, &workspace, &map, &[gone], &with), "someone gone");
        assert_eq!(seen(&board), before);
    }

    #[test]
    fn a_board_built_a_slice_at_a_time_is_the_board_built_at_once() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let workspace = crate::ops::demo::generate(500, today);
        let map = &workspace.journeys[0];
        for (filter, rows) in [
            (Filter::default(), RowsBy::None),
            (Filter { key_only: true, ..Filter::default() }, RowsBy::Status),
            (Filter { status: Some(Status::Customer), ..Filter::default() }, RowsBy::Tag),
        ] {
            let with = Build { filter: &filter, rows, masked: false, today };
            let key = (0, today, map.id, filter.clone(), rows, crate::i18n::language(), false);
            let whole = build(&workspace, map, key.clone(), &with);
            for size in [1, 7, 128, 499] {
                let mut building = Building::new(&workspace);
                for slice in workspace.people.chunks(size) {
                    building.add(&workspace, map, &with, slice);
                }
                let sliced = building.finish(&workspace, map, key.clone(), &with);
                assert_eq!(seen(&sliced), seen(&whole), "slices of {size}");
                assert_eq!(sliced.places, whole.places);
                assert_eq!(sliced.swimlanes.len(), whole.swimlanes.len());
            }
        }
    }

    #[test]
    fn a_big_board_is_made_a_part_a_frame_and_is_the_board_made_at_once() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let workspace = crate::ops::demo::generate_with(MEMBERS_PER_FRAME + 300, 400, today);
        let map = &workspace.journeys[0];
        let filter = Filter::default();
        let with = Build { filter: &filter, rows: RowsBy::Status, masked: false, today };
        let key = (0, today, map.id, filter.clone(), RowsBy::Status, crate::i18n::language(), false);
        let mut building = Building::new(&workspace);
        building.add(&workspace, map, &with, &workspace.people);
        let finishing = building.finishing(map, key.clone());
        let Err(finishing) = finishing.step(&workspace, &with) else { panic!("a frame's part made, not all") };
        let Ok(board) = finishing.step(&workspace, &with) else { panic!("the rest made in the next frame") };
        let whole = build(&workspace, map, key, &with);
        assert_eq!(seen(&board), seen(&whole));
        assert_eq!(board.places, whole.places);
        assert_eq!(board.exact, whole.exact);
        assert_eq!(board.swimlanes.len(), whole.swimlanes.len());
    }
}
