//! The moves of the Journeys and Board views: a card to a cell, a phase or a lane to another
//! place, a person to a place on a phase board (and the entry of their phase history that a
//! change of phase adds), a person to another swimlane of a board.
//!
//! Each kind of move is one pure function. The views record where a drag started and ended
//! while they draw, return an [`Edit`](super::Edit) naming the move, and `ops::apply` calls the
//! function here after the frame. The keyboard moves (`step_*`) only work out the target; the
//! same functions then carry them out.

use super::edit::EditError;
use crate::model::{
    CardId, JourneyId, JourneyMap, JourneyPosition, LaneId, LaneKind, Person, PersonId, PhaseId, PhaseMove,
    PhaseMoveId, Status, Workspace,
};
use chrono::NaiveDate;

/// Where a card goes: a cell, and a slot among the cell's cards as they are shown before the
/// move (0 = first; the number of cards = last). Dropping a card on its own slot, or on the slot
/// just after it, leaves it where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardPlace {
    pub phase: PhaseId,
    pub lane: LaneId,
    pub slot: usize,
}

/// Where a person goes on the board of one journey: a phase and a slot in its column as shown
/// before the move (see [`CardPlace`]), or `None` for "not placed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoardPlace {
    pub phase: PhaseId,
    pub slot: usize,
}

/// What a board showed around a drop, so that the move need not go through everyone: where the
/// person stands in the workspace's list, and the places and ids of the two they land between
/// in the column (the person left out). Checked against the workspace before it is used; when
/// it does not hold, or there is no room between the two, the move is worked out from everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Near {
    pub at: usize,
    pub before: Option<(usize, PersonId)>,
    pub after: Option<(usize, PersonId)>,
}

impl Near {
    /// The neighbours of a drop at `to` in `column` (its people in board order), where `places`
    /// (each person's place in the list) says they are; `None` if someone is missing there.
    pub fn of(
        person: PersonId,
        to: BoardPlace,
        column: &[PersonId],
        place: impl Fn(PersonId) -> Option<usize>,
    ) -> Option<Self> {
        let own = column.iter().position(|&id| id == person);
        let slot = to.slot.min(column.len());
        let slot = match own {
            Some(own) if own < slot => slot - 1,
            _ => slot,
        };
        let others: Vec<PersonId> = column.iter().copied().filter(|&id| id != person).collect();
        let with_place = |id: PersonId| place(id).map(|at| (at, id));
        let before = match slot.checked_sub(1).and_then(|n| others.get(n)) {
            Some(&id) => Some(with_place(id)?),
            None => None,
        };
        let after = match others.get(slot) {
            Some(&id) => Some(with_place(id)?),
            None => None,
        };
        Some(Near { at: place(person)?, before, after })
    }
}

/// A keyboard move: Ctrl + an arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Left,
    Right,
    Up,
    Down,
}

/// The gap left between neighbours' board orders, so that a person can usually be put between
/// two others by changing only that person.
pub const ORDER_STEP: u32 = 1024;

/// Moves a card to `to`. Returns whether anything changed; on error the map is unchanged.
pub fn move_card(map: &mut JourneyMap, card: CardId, to: CardPlace) -> Result<bool, EditError> {
    if map.phase(to.phase).is_none() {
        return Err(EditError::NoSuchPhase(to.phase));
    }
    match map.lanes.iter().find(|l| l.id == to.lane) {
        None => return Err(EditError::NoSuchLane(to.lane)),
        Some(lane) if lane.kind == LaneKind::Emotions => return Err(EditError::NotACardLane(to.lane)),
        Some(_) => {}
    }
    let from = map.cards.iter().position(|c| c.id == card).ok_or(EditError::NoSuchCard(card))?;
    // The global positions of the target cell's cards, the moved card included.
    let cell: Vec<usize> = map
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| c.phase == to.phase && c.lane == to.lane)
        .map(|(i, _)| i)
        .collect();
    let slot = to.slot.min(cell.len());
    if let Some(own) = cell.iter().position(|&i| i == from)
        && (slot == own || slot == own + 1)
    {
        return Ok(false);
    }
    // Insert before the card now in that slot; after the cell's last card; or, into an empty
    // cell, where the card already stands in the list.
    let before = match cell.get(slot) {
        Some(&i) => i,
        None => cell.last().map_or(from, |&last| last + 1),
    };
    let mut moved = map.cards.remove(from);
    moved.phase = to.phase;
    moved.lane = to.lane;
    let at = if before > from { before - 1 } else { before };
    map.cards.insert(at.min(map.cards.len()), moved);
    Ok(true)
}

/// Moves a phase (column) to index `to` (clamped). Returns whether anything changed.
pub fn move_phase(map: &mut JourneyMap, phase: PhaseId, to: usize) -> Result<bool, EditError> {
    let from = map.phases.iter().position(|p| p.id == phase).ok_or(EditError::NoSuchPhase(phase))?;
    Ok(move_within(&mut map.phases, from, to))
}

/// Moves a lane (row) to index `to` (clamped). Returns whether anything changed.
pub fn move_lane(map: &mut JourneyMap, lane: LaneId, to: usize) -> Result<bool, EditError> {
    let from = map.lanes.iter().position(|l| l.id == lane).ok_or(EditError::NoSuchLane(lane))?;
    Ok(move_within(&mut map.lanes, from, to))
}

fn move_within<T>(items: &mut Vec<T>, from: usize, to: usize) -> bool {
    let to = to.min(items.len().saturating_sub(1));
    if from == to {
        return false;
    }
    let item = items.remove(from);
    items.insert(to, item);
    true
}

/// The people standing in one column of a journey's board, in board order (see
/// [`board_columns`]). `None` is the "not placed" column.
pub fn board_column(workspace: &Workspace, map: &JourneyMap, phase: Option<PhaseId>) -> Vec<PersonId> {
    let index = match phase {
        None => 0,
        Some(phase) => match map.phases.iter().position(|p| p.id == phase) {
            Some(i) => i + 1,
            None => return Vec::new(),
        },
    };
    let mut column: Vec<(u32, &str, PersonId)> = workspace
        .people
        .iter()
        .filter_map(|person| {
            let (at, order) = board_place(person, map);
            (at == index).then_some((order, person.name.as_str(), person.id))
        })
        .collect();
    column.sort_unstable();
    column.into_iter().map(|(_, _, id)| id).collect()
}

/// Where `person` stands on `map`'s board: the column (0 is "not placed", then the phases in
/// map order) and their order in it (0 when not placed). Within a column the board goes by
/// this order, then the name, then the id (see [`board_columns`]).
pub fn board_place(person: &Person, map: &JourneyMap) -> (usize, u32) {
    person
        .position_in(map.id)
        .and_then(|p| map.phases.iter().position(|ph| ph.id == p.phase).map(|i| (i + 1, p.order)))
        .unwrap_or((0, 0))
}

/// Every column of a journey's board in one pass: first "not placed" (by name; it also holds
/// people whose phase no longer exists in the map), then one per phase in map order, each by
/// the people's order, then name, then id.
pub fn board_columns(workspace: &Workspace, map: &JourneyMap) -> Vec<Vec<PersonId>> {
    let mut columns: Vec<Vec<(u32, &str, PersonId)>> = vec![Vec::new(); map.phases.len() + 1];
    for person in &workspace.people {
        let (column, order) = board_place(person, map);
        columns[column].push((order, &person.name, person.id));
    }
    columns
        .into_iter()
        .map(|mut column| {
            column.sort_unstable();
            column.into_iter().map(|(_, _, id)| id).collect()
        })
        .collect()
}

/// The new board positions a move of `person` to `to` on `journey`'s board gives: the person's,
/// and, when the column has no room between the two neighbours, every renumbered neighbour's.
/// `None` as a position means "not placed". Empty when the move changes nothing.
pub fn move_person(
    workspace: &Workspace,
    person: PersonId,
    journey: JourneyId,
    to: Option<BoardPlace>,
) -> Result<Vec<(PersonId, Option<JourneyPosition>)>, EditError> {
    plan_move(workspace, person, journey, to).map(|planned| planned.moved)
}

/// A move of a person on a board worked out ([`plan_move`]).
pub struct PlannedMove {
    /// Where the person is in the workspace's list: the one who holds their id.
    pub at: usize,
    /// The new board positions ([`move_person`]).
    pub moved: Vec<(PersonId, Option<JourneyPosition>)>,
}

/// [`move_person`], with where the person is in the list, found in the same pass over everyone
/// as the column they are dropped in; an id two people hold names neither.
pub fn plan_move(
    workspace: &Workspace,
    person: PersonId,
    journey: JourneyId,
    to: Option<BoardPlace>,
) -> Result<PlannedMove, EditError> {
    let map = workspace.journey(journey).ok_or(EditError::NoSuchJourney(journey))?;
    let Some(to) = to else {
        let at = super::edit::person_at(workspace, person)?;
        let placed = workspace.people[at].position_in(journey).is_some();
        return Ok(PlannedMove { at, moved: if placed { vec![(person, None)] } else { Vec::new() } });
    };
    if map.phase(to.phase).is_none() {
        return Err(EditError::NoSuchPhase(to.phase));
    }
    // The column's people by their board keys (order, name, id), unsorted: the person's place
    // and the neighbours they land between are found by counting and selecting, not by
    // sorting a column of thousands. The person is found in the same pass.
    // The phase is in the map: those placed in it stand in its column (see [`board_place`]).
    let mut holders = Vec::with_capacity(1);
    let mut others: Vec<(u32, &str, PersonId)> = Vec::new();
    for (at, p) in workspace.people.iter().enumerate() {
        if p.id == person {
            holders.push(at);
        }
        if let Some(place) = p.positions.iter().find(|place| place.journey == journey)
            && place.phase == to.phase
        {
            others.push((place.order, p.name.as_str(), p.id));
        }
    }
    let at = super::edit::one_holder(holders.into_iter(), person)?;
    let slot = to.slot.min(others.len());
    let own = others.iter().position(|m| m.2 == person);
    let own_rank = own.map(|at| others.iter().filter(|m| **m < others[at]).count());
    if !moves_from(own_rank, slot) {
        return Ok(PlannedMove { at, moved: Vec::new() });
    }
    // The neighbours the person lands between, leaving the person out of the column.
    let slot = match (own, own_rank) {
        (Some(at), Some(rank)) => {
            others.swap_remove(at);
            if rank < slot { slot - 1 } else { slot }
        }
        _ => slot,
    };
    let mut nth = |n: usize| (n < others.len()).then(|| others.select_nth_unstable(n).1.0);
    let before = slot.checked_sub(1).and_then(&mut nth);
    let after = nth(slot);
    let position = |order| JourneyPosition { journey, phase: to.phase, order };
    if let Some(order) = order_between(before, after) {
        return Ok(PlannedMove { at, moved: vec![(person, Some(position(order)))] });
    }
    // No room: renumber the whole column with the person in its new place.
    others.sort_unstable();
    let mut column: Vec<PersonId> = others.into_iter().map(|(_, _, id)| id).collect();
    column.insert(slot, person);
    let moved =
        column.into_iter().zip((0..).step_by(ORDER_STEP as usize)).map(|(id, order)| (id, Some(position(order))));
    Ok(PlannedMove { at, moved: moved.collect() })
}

/// [`plan_move`] from what the board showed (`near`), for a person whose id no one else holds:
/// `None` when `near` does not hold for the workspace, or the two have no room between them.
pub fn plan_move_near(
    workspace: &Workspace,
    person: PersonId,
    journey: JourneyId,
    to: BoardPlace,
    near: &Near,
) -> Option<PlannedMove> {
    let map = workspace.journey(journey)?;
    map.phase(to.phase)?;
    workspace.people.get(near.at).filter(|p| p.id == person)?;
    // Each neighbour is who the board said, in the column, and not the person: their order.
    let order_of = |neighbour: Option<(usize, PersonId)>| -> Option<Option<(u32, &str, PersonId)>> {
        let Some((at, id)) = neighbour else { return Some(None) };
        let p = workspace.people.get(at).filter(|p| p.id == id && id != person)?;
        let place =
            p.positions.iter().find(|place| place.journey == journey).filter(|place| place.phase == to.phase)?;
        Some(Some((place.order, p.name.as_str(), id)))
    };
    let (before, after) = (order_of(near.before)?, order_of(near.after)?);
    if let (Some(b), Some(a)) = (before, after)
        && b >= a
    {
        return None;
    }
    let order = order_between(before.map(|b| b.0), after.map(|a| a.0))?;
    Some(PlannedMove { at: near.at, moved: vec![(person, Some(JourneyPosition { journey, phase: to.phase, order }))] })
}

/// The order between two neighbours' (either may be missing), if there is room.
fn order_between(before: Option<u32>, after: Option<u32>) -> Option<u32> {
    match (before, after) {
        (None, None) => Some(0),
        (Some(b), None) => b.checked_add(ORDER_STEP),
        (None, Some(a)) => a.checked_sub(ORDER_STEP).or((a > 0).then_some(0)),
        (Some(b), Some(a)) => (a > b.saturating_add(1)).then(|| b + (a - b) / 2),
    }
}

/// Whether a person at `own` in a column (in board order; `None` when they stand elsewhere)
/// moves when dropped at `slot` of it: not when dropped just before or after themselves.
fn moves_from(own: Option<usize>, slot: usize) -> bool {
    !own.is_some_and(|own| slot == own || slot == own + 1)
}

/// Whether [`move_person`] would change anything, for a view that keeps the target column in
/// board order already (`column`, as [`board_column`] gives it): asked as a person is dropped,
/// without going through everyone.
pub fn moves_within(who: &Person, map: &JourneyMap, to: Option<BoardPlace>, column: &[PersonId]) -> bool {
    match to {
        None => who.position_in(map.id).is_some(),
        Some(to) => {
            map.phase(to.phase).is_some()
                && moves_from(column.iter().position(|&id| id == who.id), to.slot.min(column.len()))
        }
    }
}

/// The column a person stands in on `map`'s board: their phase, or `None` ("not placed") when
/// they have no place there or their phase is no longer in the map.
pub fn column_of(person: &Person, map: &JourneyMap) -> Option<PhaseId> {
    person.position_in(map.id).map(|p| p.phase).filter(|phase| map.phase(*phase).is_some())
}

/// The entry of `person`'s phase history that moving them to `to` on `journey`'s board records:
/// from the column they stand in to the one they go to, on `date`, with the id `id` (given, so
/// that redoing the move records the very same entry). `None` when the move changes no phase
/// (a move within a column), or the person or map is not there.
pub fn phase_move(
    workspace: &Workspace,
    person: &Person,
    journey: JourneyId,
    to: Option<BoardPlace>,
    date: NaiveDate,
    id: PhaseMoveId,
) -> Option<PhaseMove> {
    let map = workspace.journey(journey)?;
    let from = column_of(person, map);
    let to = to.map(|place| place.phase);
    (from != to).then(|| PhaseMove { id, date, journey, from, to, why: Default::default() })
}

/// A swimlane of a board: the people with a tag (`None`: without any), of a status, or key
/// accounts (`true`) and the others.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Row {
    Tag(Option<String>),
    Status(Status),
    KeyAccount(bool),
}

/// Moves a person from the swimlane `from` to `to`: the new row's tag takes the place of the
/// old row's (a person with several tags keeps the others; the "no tag" row takes the old one
/// away, or gives nothing to take the new one's place), or the status or key account becomes
/// the new row's. Rows of different kinds change nothing. Whether anything changed.
pub fn regroup(person: &mut Person, from: &Row, to: &Row) -> bool {
    match (from, to) {
        (Row::Tag(old), Row::Tag(new)) => {
            if old == new {
                return false;
            }
            let before = person.tags.clone();
            let at = old.as_ref().and_then(|old| person.tags.iter().position(|t| t == old));
            if let Some(old) = old {
                person.tags.retain(|t| t != old);
            }
            if let Some(new) = new.as_ref().filter(|new| !person.tags.contains(new)) {
                let at = at.unwrap_or(person.tags.len()).min(person.tags.len());
                person.tags.insert(at, new.clone());
            }
            person.tags != before
        }
        (Row::Status(_), Row::Status(status)) => {
            let changed = person.status != *status;
            person.status = *status;
            changed
        }
        (Row::KeyAccount(_), Row::KeyAccount(key)) => {
            let changed = person.key_account != *key;
            person.key_account = *key;
            changed
        }
        _ => false,
    }
}

/// Where Ctrl + an arrow key takes a card: left and right to the neighbouring phase (at the
/// end of the cell there), up and down within its cell, and past the cell's top or bottom into
/// the nearest card lane above or below (the emotion lane holds no cards). `None` at the map's
/// edge.
pub fn step_card(map: &JourneyMap, card: CardId, step: Step) -> Option<CardPlace> {
    let this = map.cards.iter().find(|c| c.id == card)?;
    let phase = map.phases.iter().position(|p| p.id == this.phase)?;
    let lane = map.lanes.iter().position(|l| l.id == this.lane)?;
    let cell: Vec<CardId> = map.cell(this.phase, this.lane).map(|c| c.id).collect();
    let own = cell.iter().position(|&id| id == card)?;
    let end_of = |phase: PhaseId, lane: LaneId| map.cell(phase, lane).count();
    match step {
        Step::Left | Step::Right => {
            let phase = if step == Step::Left { phase.checked_sub(1)? } else { phase + 1 };
            let phase = map.phases.get(phase)?.id;
            Some(CardPlace { phase, lane: this.lane, slot: end_of(phase, this.lane) })
        }
        Step::Up if own > 0 => Some(CardPlace { phase: this.phase, lane: this.lane, slot: own - 1 }),
        Step::Down if own + 1 < cell.len() => Some(CardPlace { phase: this.phase, lane: this.lane, slot: own + 2 }),
        Step::Up => {
            let lane = map.lanes[..lane].iter().rev().find(|l| l.kind != LaneKind::Emotions)?.id;
            Some(CardPlace { phase: this.phase, lane, slot: end_of(this.phase, lane) })
        }
        Step::Down => {
            let lane = map.lanes[lane + 1..].iter().find(|l| l.kind != LaneKind::Emotions)?.id;
            Some(CardPlace { phase: this.phase, lane, slot: 0 })
        }
    }
}

/// Where Ctrl + an arrow key takes a person on a board: left and right to the neighbouring
/// column (the first phase column from "not placed"; back to "not placed" from the first
/// phase), up and down within the column. `None` at an edge. `Some(None)` means "not placed".
pub fn step_person(
    workspace: &Workspace,
    map: &JourneyMap,
    person: PersonId,
    step: Step,
) -> Option<Option<BoardPlace>> {
    let who = workspace.person(person)?;
    let phase = who.position_in(map.id).and_then(|p| map.phases.iter().position(|ph| ph.id == p.phase));
    let end = |phase: PhaseId| board_column(workspace, map, Some(phase)).len();
    match (step, phase) {
        (Step::Left, None) | (Step::Up | Step::Down, None) => None,
        (Step::Left, Some(0)) => Some(None),
        (Step::Left, Some(i)) => {
            let phase = map.phases[i - 1].id;
            Some(Some(BoardPlace { phase, slot: end(phase) }))
        }
        (Step::Right, i) => {
            let phase = map.phases.get(i.map_or(0, |i| i + 1))?.id;
            Some(Some(BoardPlace { phase, slot: end(phase) }))
        }
        (Step::Up | Step::Down, Some(i)) => {
            let phase = map.phases[i].id;
            let column = board_column(workspace, map, Some(phase));
            let own = column.iter().position(|&id| id == person)?;
            let slot =
                if step == Step::Up { own.checked_sub(1)? } else { (own + 1 < column.len()).then_some(own + 2)? };
            Some(Some(BoardPlace { phase, slot }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Person, Template};

    #[test]
    fn one_column_is_that_column_of_the_whole_board() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let workspace = crate::ops::demo::generate(400, today);
        let map = &workspace.journeys[0];
        let columns = board_columns(&workspace, map);
        assert!(columns.iter().filter(|c| c.len() > 1).count() > 2, "a board with people in its columns");
        let phases = std::iter::once(None).chain(map.phases.iter().map(|p| Some(p.id)));
        for (phase, column) in phases.zip(&columns) {
            assert_eq!(&board_column(&workspace, map, phase), column);
        }
    }

    fn map_with_cards() -> JourneyMap {
        let mut map = Template::CustomerJourney.create();
        let (p0, p1, l0) = (map.phases[0].id, map.phases[1].id, map.lanes[0].id);
        for (text, phase) in [("a", p0), ("x", p1), ("b", p0), ("c", p0)] {
            map.cards.push(Card { text: text.into(), phase, lane: l0, ..Card::default() });
        }
        map
    }

    fn texts(map: &JourneyMap, phase: usize, lane: usize) -> Vec<&str> {
        map.cell(map.phases[phase].id, map.lanes[lane].id).map(|c| c.text.as_str()).collect()
    }

    fn card(map: &JourneyMap, text: &str) -> CardId {
        map.cards.iter().find(|c| c.text == text).map(|c| c.id).expect("card")
    }

    fn mv(map: &mut JourneyMap, text: &str, phase: usize, lane: usize, slot: usize) -> Result<bool, EditError> {
        let (card, to) = (card(map, text), place(map, phase, lane, slot));
        move_card(map, card, to)
    }

    fn place(map: &JourneyMap, phase: usize, lane: usize, slot: usize) -> CardPlace {
        CardPlace { phase: map.phases[phase].id, lane: map.lanes[lane].id, slot }
    }

    #[test]
    fn a_card_moves_within_its_cell() {
        let mut map = map_with_cards();
        assert_eq!(mv(&mut map, "c", 0, 0, 0), Ok(true));
        assert_eq!(texts(&map, 0, 0), ["c", "a", "b"]);
        assert_eq!(mv(&mut map, "c", 0, 0, 2), Ok(true));
        assert_eq!(texts(&map, 0, 0), ["a", "c", "b"]);
    }

    #[test]
    fn a_card_dropped_onto_itself_stays() {
        let mut map = map_with_cards();
        let before = map.clone();
        assert_eq!(mv(&mut map, "b", 0, 0, 1), Ok(false));
        assert_eq!(mv(&mut map, "b", 0, 0, 2), Ok(false), "the slot just after it is the same place");
        assert_eq!(map, before);
    }

    #[test]
    fn a_card_moves_to_another_cell_and_an_empty_one() {
        let mut map = map_with_cards();
        assert_eq!(mv(&mut map, "a", 1, 0, 0), Ok(true));
        assert_eq!(texts(&map, 1, 0), ["a", "x"]);
        assert_eq!(texts(&map, 0, 0), ["b", "c"]);
        assert_eq!(mv(&mut map, "b", 3, 6, 0), Ok(true));
        assert_eq!(texts(&map, 3, 6), ["b"]);
        assert_eq!(
            map.cards.iter().find(|c| c.text == "b").map(|c| (c.phase, c.lane)),
            Some((map.phases[3].id, map.lanes[6].id))
        );
    }

    #[test]
    fn a_slot_past_the_end_puts_the_card_last() {
        let mut map = map_with_cards();
        assert_eq!(mv(&mut map, "x", 0, 0, 99), Ok(true));
        assert_eq!(texts(&map, 0, 0), ["a", "b", "c", "x"]);
        assert_eq!(mv(&mut map, "a", 0, 0, 99), Ok(true));
        assert_eq!(texts(&map, 0, 0), ["b", "c", "x", "a"]);
    }

    #[test]
    fn a_card_cannot_move_into_another_map() {
        let mut map = map_with_cards();
        let other = Template::SalesProcess.create();
        let before = map.clone();
        let a = card(&map, "a");
        let foreign = CardPlace { phase: other.phases[0].id, lane: map.lanes[0].id, slot: 0 };
        assert_eq!(move_card(&mut map, a, foreign), Err(EditError::NoSuchPhase(other.phases[0].id)));
        let foreign = CardPlace { phase: map.phases[0].id, lane: other.lanes[0].id, slot: 0 };
        assert_eq!(move_card(&mut map, a, foreign), Err(EditError::NoSuchLane(other.lanes[0].id)));
        let stranger = Card::default().id;
        let to = place(&map, 0, 0, 0);
        assert_eq!(move_card(&mut map, stranger, to), Err(EditError::NoSuchCard(stranger)));
        assert_eq!(map, before);
    }

    #[test]
    fn phases_and_lanes_reorder_with_clamping() {
        let mut map = map_with_cards();
        let names = |m: &JourneyMap| m.phases.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        let loyalty = map.phases[3].id;
        assert_eq!(move_phase(&mut map, loyalty, 0), Ok(true));
        assert_eq!(names(&map), ["Loyalty", "Awareness", "Consideration", "Purchase"]);
        assert_eq!(move_phase(&mut map, loyalty, 99), Ok(true), "past the end is the end");
        assert_eq!(names(&map), ["Awareness", "Consideration", "Purchase", "Loyalty"]);
        assert_eq!(move_phase(&mut map, loyalty, 3), Ok(false), "onto itself");
        let emotions = map.lanes[5].id;
        assert_eq!(move_lane(&mut map, emotions, 0), Ok(true));
        assert_eq!(map.lanes[0].name, "Emotions");
        assert_eq!(texts(&map, 0, 1), ["a", "b", "c"], "cards stay in their cells");
        let other = Template::Blank.create();
        assert_eq!(move_phase(&mut map, other.phases[0].id, 0), Err(EditError::NoSuchPhase(other.phases[0].id)));
        assert_eq!(move_lane(&mut map, other.lanes[0].id, 0), Err(EditError::NoSuchLane(other.lanes[0].id)));
    }

    #[test]
    fn keyboard_steps_of_a_card() {
        let mut map = map_with_cards();
        let b = card(&map, "b");
        let step = |map: &JourneyMap, s| step_card(map, b, s);
        assert_eq!(step(&map, Step::Left), None, "no phase left of the first");
        assert_eq!(step(&map, Step::Up), Some(place(&map, 0, 0, 0)));
        assert_eq!(step(&map, Step::Down), Some(place(&map, 0, 0, 3)));
        assert_eq!(step(&map, Step::Right), Some(place(&map, 1, 0, 1)), "to the end of the next phase's cell");
        let to = step(&map, Step::Down).expect("down");
        move_card(&mut map, b, to).expect("moves");
        assert_eq!(texts(&map, 0, 0), ["a", "c", "b"]);
        assert_eq!(step(&map, Step::Down), Some(place(&map, 0, 1, 0)), "past the bottom into the lane below");
        let a = card(&map, "a");
        assert_eq!(step_card(&map, a, Step::Up), None, "no lane above the first");
        // Lane 4 is Barriers, lane 5 the emotion lane: a card steps over it.
        let barrier = CardPlace { phase: map.phases[0].id, lane: map.lanes[4].id, slot: 0 };
        move_card(&mut map, a, barrier).expect("moves");
        assert_eq!(step_card(&map, a, Step::Down), Some(place(&map, 0, 6, 0)));
        assert_eq!(mv(&mut map, "a", 0, 5, 0), Err(EditError::NotACardLane(map.lanes[5].id)));
    }

    fn board() -> (Workspace, JourneyId, Vec<PhaseId>) {
        let mut ws = Workspace::named("Board");
        let map = Template::CustomerJourney.create();
        let (journey, phases) = (map.id, map.phases.iter().map(|p| p.id).collect::<Vec<_>>());
        ws.journeys.push(map);
        for (name, order) in [("Anna", 0), ("Bo", 1024), ("Carl", 2048)] {
            let mut person = Person::named(name);
            person.positions.push(JourneyPosition { journey, phase: phases[0], order });
            ws.people.push(person);
        }
        ws.people.push(Person::named("Dina"));
        (ws, journey, phases)
    }

    fn column(ws: &Workspace, journey: JourneyId, phase: Option<PhaseId>) -> Vec<String> {
        let map = ws.journey(journey).expect("map");
        board_column(ws, map, phase).into_iter().filter_map(|id| ws.person(id)).map(|p| p.name.clone()).collect()
    }

    fn apply_moves(ws: &mut Workspace, journey: JourneyId, moves: Vec<(PersonId, Option<JourneyPosition>)>) {
        for (id, position) in moves {
            let person = ws.people.iter_mut().find(|p| p.id == id).expect("person");
            person.positions.retain(|p| p.journey != journey);
            person.positions.extend(position);
        }
    }

    fn id(ws: &Workspace, name: &str) -> PersonId {
        ws.people.iter().find(|p| p.name == name).map(|p| p.id).expect("person")
    }

    #[test]
    fn a_person_moves_between_columns_and_within_one() {
        let (mut ws, journey, phases) = board();
        let dina = id(&ws, "Dina");
        let moves = move_person(&ws, dina, journey, Some(BoardPlace { phase: phases[0], slot: 1 })).expect("moves");
        assert_eq!(moves.len(), 1, "there was room between Anna and Bo");
        apply_moves(&mut ws, journey, moves);
        assert_eq!(column(&ws, journey, Some(phases[0])), ["Anna", "Dina", "Bo", "Carl"]);
        let carl = id(&ws, "Carl");
        let moves = move_person(&ws, carl, journey, Some(BoardPlace { phase: phases[0], slot: 0 })).expect("moves");
        apply_moves(&mut ws, journey, moves);
        assert_eq!(column(&ws, journey, Some(phases[0])), ["Carl", "Anna", "Dina", "Bo"]);
        let moves = move_person(&ws, carl, journey, Some(BoardPlace { phase: phases[2], slot: 9 })).expect("moves");
        apply_moves(&mut ws, journey, moves);
        assert_eq!(column(&ws, journey, Some(phases[2])), ["Carl"], "into an empty column, past its end");
        let moves = move_person(&ws, carl, journey, None).expect("moves");
        apply_moves(&mut ws, journey, moves);
        assert_eq!(column(&ws, journey, None), ["Carl"]);
    }

    #[test]
    fn a_person_dropped_onto_their_own_place_stays() {
        let (ws, journey, phases) = board();
        let bo = id(&ws, "Bo");
        for slot in [1, 2] {
            assert_eq!(move_person(&ws, bo, journey, Some(BoardPlace { phase: phases[0], slot })), Ok(Vec::new()));
        }
        let dina = id(&ws, "Dina");
        assert_eq!(move_person(&ws, dina, journey, None), Ok(Vec::new()), "already not placed");
    }

    #[test]
    fn a_planned_move_says_where_the_person_is_and_refuses_an_id_two_hold() {
        let (mut ws, journey, phases) = board();
        let (bo, dina) = (id(&ws, "Bo"), id(&ws, "Dina"));
        let to = |slot| Some(BoardPlace { phase: phases[1], slot });
        for (person, at) in [(bo, 1), (dina, 3)] {
            for place in [to(0), None] {
                let planned = plan_move(&ws, person, journey, place).expect("planned");
                assert_eq!(planned.at, at);
                assert_eq!(Ok(planned.moved), move_person(&ws, person, journey, place));
            }
        }
        let nobody = PersonId::new();
        assert_eq!(plan_move(&ws, nobody, journey, to(0)).err(), Some(EditError::NoSuchPerson(nobody)));
        ws.people[2].id = bo;
        for place in [to(0), None] {
            assert_eq!(plan_move(&ws, bo, journey, place).err(), Some(EditError::SharedPersonId(bo)));
        }
    }

    #[test]
    fn a_move_from_what_the_board_showed_is_the_move_from_everyone_or_none() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let ws = crate::ops::demo::generate_with(80, 10, today);
        let map = ws.journeys.first().expect("a map");
        let place = |id: PersonId| ws.people.iter().position(|p| p.id == id);
        let mut shown = 0;
        for phase in map.phases.iter().map(|p| p.id) {
            let column = board_column(&ws, map, Some(phase));
            for person in ws.people.iter().step_by(7).map(|p| p.id) {
                for slot in 0..=column.len() {
                    let to = BoardPlace { phase, slot };
                    let everyone = plan_move(&ws, person, map.id, Some(to)).expect("planned");
                    let near = Near::of(person, to, &column, place).expect("everyone has a place");
                    let from_near = plan_move_near(&ws, person, map.id, to, &near);
                    match everyone.moved.len() {
                        // Dropped on their own place: the board does not ask.
                        0 => continue,
                        1 => {
                            let from_near = from_near.expect("the board's neighbours hold");
                            assert_eq!((from_near.at, from_near.moved), (everyone.at, everyone.moved));
                            shown += 1;
                        }
                        _ => assert!(from_near.is_none(), "no room: worked out from everyone"),
                    }
                }
            }
        }
        assert!(shown > 50, "{shown} moves compared");
        // What the board showed no longer holds: worked out from everyone.
        let column = board_column(&ws, map, Some(map.phases[1].id));
        let to = BoardPlace { phase: map.phases[1].id, slot: 1 };
        let person = ws.people.iter().map(|p| p.id).find(|id| !column.contains(id)).expect("someone elsewhere");
        let near = Near::of(person, to, &column, place).expect("placed");
        let stale = [
            Near { at: near.at + 1, ..near },
            Near { before: near.before.map(|(at, _)| (at, PersonId::new())), ..near },
            Near { before: near.after, after: near.before, ..near },
            Near { after: Some((near.at, person)), ..near },
        ];
        for stale in stale {
            assert!(plan_move_near(&ws, person, map.id, to, &stale).is_none(), "{stale:?}");
        }
        let other = BoardPlace { phase: map.phases[2].id, slot: 1 };
        assert!(plan_move_near(&ws, person, map.id, other, &near).is_none(), "neighbours of another column");
    }

    #[test]
    fn a_full_column_is_renumbered() {
        let (mut ws, journey, phases) = board();
        for (person, order) in ws.people.iter_mut().zip([0, 1, 2]) {
            person.positions[0].order = order;
        }
        let carl = id(&ws, "Carl");
        let moves = move_person(&ws, carl, journey, Some(BoardPlace { phase: phases[0], slot: 1 })).expect("moves");
        assert_eq!(moves.len(), 3, "no room between Anna (0) and Bo (1)");
        apply_moves(&mut ws, journey, moves);
        assert_eq!(column(&ws, journey, Some(phases[0])), ["Anna", "Carl", "Bo"]);
    }

    #[test]
    fn a_person_moved_on_one_map_keeps_their_place_on_another() {
        let (mut ws, journey, phases) = board();
        let other = Template::SalesProcess.create();
        let (other_id, other_phase) = (other.id, other.phases[2].id);
        ws.journeys.push(other);
        let anna = id(&ws, "Anna");
        let moves = move_person(&ws, anna, other_id, Some(BoardPlace { phase: other_phase, slot: 0 })).expect("moves");
        apply_moves(&mut ws, other_id, moves);
        assert_eq!(column(&ws, other_id, Some(other_phase)), ["Anna"]);
        assert_eq!(column(&ws, journey, Some(phases[0])), ["Anna", "Bo", "Carl"], "the first map is untouched");
        assert_eq!(
            move_person(&ws, anna, journey, Some(BoardPlace { phase: other_phase, slot: 0 })),
            Err(EditError::NoSuchPhase(other_phase)),
            "a phase of another map is refused"
        );
    }

    #[test]
    fn a_change_of_phase_is_an_entry_of_the_history_and_a_move_within_a_column_none() {
        let (mut ws, journey, phases) = board();
        let (anna, dina) = (id(&ws, "Anna"), id(&ws, "Dina"));
        let who = |ws: &Workspace, id| ws.person(id).cloned().expect("there");
        let day = NaiveDate::from_ymd_opt(2026, 3, 4).expect("a day");
        let entry = PhaseMoveId::new();
        let to = |phase: PhaseId, slot| Some(BoardPlace { phase, slot });
        let moved = phase_move(&ws, &who(&ws, anna), journey, to(phases[2], 0), day, entry).expect("a change of phase");
        assert_eq!(
            (moved.id, moved.date, moved.journey, moved.from, moved.to),
            (entry, day, journey, Some(phases[0]), Some(phases[2]))
        );
        assert!(moved.why.is_empty(), "nobody said why yet");
        assert_eq!(phase_move(&ws, &who(&ws, anna), journey, to(phases[0], 3), day, entry), None, "within the column");
        let placed = phase_move(&ws, &who(&ws, dina), journey, to(phases[1], 0), day, entry).expect("placed");
        assert_eq!((placed.from, placed.to), (None, Some(phases[1])), "from not placed");
        let off = phase_move(&ws, &who(&ws, anna), journey, None, day, entry).expect("taken off");
        assert_eq!((off.from, off.to), (Some(phases[0]), None));
        assert_eq!(phase_move(&ws, &who(&ws, dina), journey, None, day, entry), None, "not placed already");
        // A place in a phase that is gone is "not placed".
        ws.journeys[0].phases.remove(0);
        let gone = phase_move(&ws, &who(&ws, anna), journey, to(phases[1], 0), day, entry).expect("a change");
        assert_eq!(gone.from, None);
    }

    #[test]
    fn a_person_dragged_to_another_swimlane_takes_its_tag_status_or_key_account() {
        let mut person = Person::named("Anna");
        person.tags = vec!["Cafés".into(), "Wholesale".into()];
        let tag = |t: &str| Row::Tag(Some(t.into()));
        assert!(regroup(&mut person, &tag("Cafés"), &tag("Hotels")));
        assert_eq!(person.tags, ["Hotels", "Wholesale"], "in the place of the old one");
        assert!(!regroup(&mut person, &tag("Hotels"), &tag("Hotels")));
        assert!(regroup(&mut person, &tag("Hotels"), &tag("Wholesale")));
        assert_eq!(person.tags, ["Wholesale"], "a tag they already had is not doubled");
        assert!(regroup(&mut person, &tag("Wholesale"), &Row::Tag(None)));
        assert!(person.tags.is_empty(), "to the row without tags");
        assert!(regroup(&mut person, &Row::Tag(None), &tag("Cafés")));
        assert_eq!(person.tags, ["Cafés"]);
        assert!(regroup(&mut person, &Row::Status(Status::Prospect), &Row::Status(Status::Customer)));
        assert_eq!(person.status, Status::Customer);
        assert!(!regroup(&mut person, &Row::Status(Status::Prospect), &Row::Status(Status::Customer)));
        assert!(regroup(&mut person, &Row::KeyAccount(false), &Row::KeyAccount(true)));
        assert!(person.key_account);
        let before = person.clone();
        assert!(!regroup(&mut person, &Row::KeyAccount(true), &tag("Hotels")), "rows of different kinds");
        assert_eq!(person, before);
    }

    #[test]
    fn keyboard_steps_of_a_person() {
        let (ws, journey, phases) = board();
        let map = ws.journey(journey).expect("map");
        let (bo, dina) = (id(&ws, "Bo"), id(&ws, "Dina"));
        assert_eq!(step_person(&ws, map, bo, Step::Up), Some(Some(BoardPlace { phase: phases[0], slot: 0 })));
        assert_eq!(step_person(&ws, map, bo, Step::Down), Some(Some(BoardPlace { phase: phases[0], slot: 3 })));
        assert_eq!(step_person(&ws, map, bo, Step::Right), Some(Some(BoardPlace { phase: phases[1], slot: 0 })));
        assert_eq!(step_person(&ws, map, bo, Step::Left), Some(None), "back to not placed");
        assert_eq!(step_person(&ws, map, dina, Step::Right), Some(Some(BoardPlace { phase: phases[0], slot: 3 })));
        assert_eq!(step_person(&ws, map, dina, Step::Left), None);
        let carl = id(&ws, "Carl");
        assert_eq!(step_person(&ws, map, carl, Step::Down), None, "already last");
    }

    /// A move worked out the way it was before selecting: the column sorted whole.
    fn sorted_move(workspace: &Workspace, person: PersonId, map: &JourneyMap, to: BoardPlace) -> Vec<(PersonId, u32)> {
        let mut column = board_column(workspace, map, Some(to.phase));
        let slot = to.slot.min(column.len());
        let own = column.iter().position(|&id| id == person);
        if own.is_some_and(|own| slot == own || slot == own + 1) {
            return Vec::new();
        }
        let order_of = |id: PersonId| workspace.person(id).and_then(|p| p.position_in(map.id)).map_or(0, |p| p.order);
        let slot = match own {
            Some(own) => {
                column.remove(own);
                if own < slot { slot - 1 } else { slot }
            }
            None => slot,
        };
        let before = slot.checked_sub(1).map(|i| order_of(column[i]));
        let after = column.get(slot).map(|&id| order_of(id));
        let order = match (before, after) {
            (None, None) => Some(0),
            (Some(b), None) => b.checked_add(ORDER_STEP),
            (None, Some(a)) => a.checked_sub(ORDER_STEP).or((a > 0).then_some(0)),
            (Some(b), Some(a)) => (a > b.saturating_add(1)).then(|| b + (a - b) / 2),
        };
        match order {
            Some(order) => vec![(person, order)],
            None => {
                column.insert(slot, person);
                column.into_iter().zip((0..).step_by(ORDER_STEP as usize)).collect()
            }
        }
    }

    #[test]
    fn a_move_found_by_selecting_is_the_move_found_by_sorting_the_column() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let mut workspace = crate::ops::demo::generate(90, today);
        let map = workspace.journeys[0].clone();
        // Some people with the same order in one column (ties go by name and id), and a column
        // with no room between two neighbours.
        let crowded = map.phases[1].id;
        for (n, person) in workspace.people.iter_mut().enumerate().filter(|(n, _)| n % 4 == 0) {
            person.positions.retain(|p| p.journey != map.id);
            let order = if n % 8 == 0 { 7 } else { 8 };
            person.positions.push(JourneyPosition { journey: map.id, phase: crowded, order });
        }
        let mut checked = 0;
        for phase in &map.phases {
            let column = board_column(&workspace, &map, Some(phase.id));
            for who in workspace.people.iter().step_by(7) {
                for slot in 0..=column.len() + 1 {
                    let to = BoardPlace { phase: phase.id, slot };
                    let moved = move_person(&workspace, who.id, map.id, Some(to)).expect("moves");
                    let orders: Vec<(PersonId, u32)> =
                        moved.iter().map(|(id, p)| (*id, p.as_ref().map_or(u32::MAX, |p| p.order))).collect();
                    assert_eq!(orders, sorted_move(&workspace, who.id, &map, to), "{} to {slot}", who.name);
                    assert_eq!(moves_within(who, &map, Some(to), &column), !moved.is_empty());
                    checked += 1;
                }
            }
        }
        assert!(checked > 100);
    }
}
