//! The demo's customer lifecycle: a filled-in map from the Customer lifecycle template, most
//! people placed on it with a phase history over the last two years (why they moved, often),
//! stall limits per phase, and the two other maps naming their segment as a tag, so that the
//! board's days and stalled cards, Insights' flow and its segments show at once. The places on
//! the other maps get the day they were made, so that every placed card of every board shows
//! its days.
//!
//! A random stream of its own, so that the rest of the demo is what it would be without it.

use super::Rng;
use crate::model::*;
use crate::ops::moves::ORDER_STEP;
use chrono::{Duration, NaiveDate};

/// The segment tags of the Customer journey and Sales process maps (tags the demo gives people).
const SEGMENT_TAGS: [&str; 2] = ["Office", "Hospitality"];
/// How far back a phase history reaches, in days.
const HISTORY_DAYS: usize = 730;

/// Adds the map, and places people on it with their histories.
pub(super) fn add(workspace: &mut Workspace, today: NaiveDate) {
    let mut rng = Rng::new(0x11FE_C7C1 ^ workspace.people.len() as u64);
    for (map, tag) in workspace.journeys.iter_mut().zip(SEGMENT_TAGS) {
        map.segment_tag = Some(tag.to_owned());
    }
    let earliest = NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(today);
    for person in &mut workspace.people {
        for position in person.positions.clone() {
            let date = (today - Duration::days(rng.below(HISTORY_DAYS) as i64)).max(earliest);
            person.phase_history.push(PhaseMove {
                id: PhaseMoveId::from_u128(rng.uuid()),
                date,
                journey: position.journey,
                from: None,
                to: Some(position.phase),
                why: MoveWhy::default(),
            });
        }
    }
    let map = lifecycle_map(&mut rng);
    let mut column_sizes = vec![0u32; map.phases.len()];
    for person in &mut workspace.people {
        if rng.chance(85) {
            place(&mut rng, person, &map, today, &mut column_sizes);
        }
    }
    workspace.journeys.push(map);
}

/// Where a person of this status ends up: prospects early, customers in the middle, those we
/// no longer serve at the end.
fn final_phase(rng: &mut Rng, status: Status) -> usize {
    match status {
        Status::Prospect => rng.below(4),
        Status::Customer => 3 + rng.below(3),
        Status::FormerCustomer | Status::DeclinedByUs => 6,
    }
}

/// A walk from an early phase to the person's last one on days over the last two years, mostly
/// forward and now and then a step back, each move with why (more often than not).
fn place(rng: &mut Rng, person: &mut Person, map: &JourneyMap, today: NaiveDate, column_sizes: &mut [u32]) {
    let last = final_phase(rng, person.status);
    let mut path = vec![rng.below(2).min(last)];
    while let Some(&at) = path.last() {
        if at == last {
            break;
        }
        let next = if at > 0 && rng.chance(10) { at - 1 } else { (at + 1 + rng.below(2)).min(last) };
        path.push(next);
    }
    let earliest = NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(today);
    let start = (today - Duration::days(1 + rng.below(HISTORY_DAYS) as i64)).max(earliest);
    let span = (today - start).num_days().max(1) as usize;
    let mut offsets: Vec<usize> = (0..path.len()).map(|n| if n == 0 { 0 } else { rng.below(span) }).collect();
    offsets.sort_unstable();
    let mut from = None;
    for (phase, offset) in path.into_iter().zip(offsets) {
        let to = Some(map.phases[phase].id);
        let why = if rng.chance(65) { why(rng, phase) } else { MoveWhy::default() };
        person.phase_history.push(PhaseMove {
            id: PhaseMoveId::from_u128(rng.uuid()),
            date: (start + Duration::days(offset as i64)).min(today),
            journey: map.id,
            from,
            to,
            why,
        });
        from = to;
    }
    if let Some(phase) = from.and_then(|id| map.phases.iter().position(|p| p.id == id)) {
        let order = column_sizes[phase].saturating_mul(ORDER_STEP);
        column_sizes[phase] += 1;
        person.positions.push(JourneyPosition { journey: map.id, phase: map.phases[phase].id, order });
    }
}

/// Why someone moved into the phase at `phase`.
fn why(rng: &mut Rng, phase: usize) -> MoveWhy {
    let (kind, texts): (WhyKind, &[&str]) = match rng.below(10) {
        0..=3 => (WhyKind::TriggerPoint, TRIGGER_POINTS[phase]),
        4..=7 => (WhyKind::Touchpoint, TOUCHPOINTS),
        8 => (WhyKind::Driver, DRIVERS),
        _ => (WhyKind::Barrier, BARRIERS),
    };
    MoveWhy { kind, text: rng.pick(texts).to_string() }
}

/// The trigger points that move people into each phase.
const TRIGGER_POINTS: [&[&str]; 7] = [
    &["Moved to town"],
    &["Tasted our bread at a café", "A neighbour recommended us", "Saw the stand at the market"],
    &["Their supplier let them down", "Opened a new shop", "A new chef started"],
    &["The tasting box convinced them", "A fair trial price"],
    &["First delivery arrived on time"],
    &["We remembered their birthday", "Helped out on a Sunday"],
    &["Closed the business", "Moved to a cheaper supplier"],
];
const TOUCHPOINTS: &[&str] = &["Website", "Tasting visit", "Phone call", "First delivery", "Newsletter", "Invoice"];
const DRIVERS: &[&str] = &["Fresh, local bread", "Delivery before 8", "Personal contact"];
const BARRIERS: &[&str] = &["Price", "Minimum order too high", "Late delivery"];

/// The Customer lifecycle map, its ids from `rng`, every lane but the emotions filled.
fn lifecycle_map(rng: &mut Rng) -> JourneyMap {
    let mut map = Template::CustomerLifecycle.create();
    map.id = JourneyId::from_u128(rng.uuid());
    map.segment = "Every customer, from first glance to farewell".to_owned();
    let limits = [None, Some(60), Some(30), Some(14), Some(120), Some(365), None];
    let emotions = [0, 1, 0, -1, 1, 2, -2];
    for ((phase, limit), emotion) in map.phases.iter_mut().zip(limits).zip(emotions) {
        phase.id = PhaseId::from_u128(rng.uuid());
        phase.stall_days = limit;
        phase.emotion = Some(emotion);
    }
    for lane in &mut map.lanes {
        lane.id = LaneId::from_u128(rng.uuid());
    }
    let colours = [CardColour::Yellow, CardColour::Blue, CardColour::Green, CardColour::Pink, CardColour::Orange];
    for (lane, texts) in map.lanes.clone().iter().zip(LIFECYCLE_CARDS) {
        for (phase, text) in map.phases.clone().iter().zip(texts.iter()) {
            for line in text.split('|').filter(|t| !t.is_empty()) {
                map.cards.push(Card {
                    id: CardId::from_u128(rng.uuid()),
                    phase: phase.id,
                    lane: lane.id,
                    text: line.to_owned(),
                    colour: *rng.pick(&colours),
                    votes: 0,
                });
            }
        }
    }
    map
}

// One row per lane in `DEFAULT_LANES` order; one entry per phase; `|` separates cards of a cell.
const LIFECYCLE_CARDS: [[&str; 7]; 9] = [
    [
        "Buys bread at the supermarket",
        "Notices our name on a café's menu",
        "Asks for prices and samples",
        "Places a first order",
        "Orders every week",
        "Recommends us to others",
        "Stops ordering",
    ],
    ["", "Café menu|Market stand", "Website|Phone", "Web shop", "Delivery|Invoice", "Birthday card", "Last invoice"],
    ["Moves to town", "A taste at a café", "A let-down by their supplier", "A tasting box", "", "Sunday help", ""],
    ["", "Local and fresh", "A tasting visit", "Delivery before 8", "Personal contact", "Being known by name", ""],
    ["Does not know we exist", "Thinks we are too small", "Price list hard to find", "Minimum order", "", "", "Price"],
    ["", "", "", "", "", "", ""],
    ["", "", "Slow answer to an e-mail", "Late first delivery", "", "Remembered an allergy", ""],
    [
        "",
        "Baked here every morning",
        "Taste before you decide",
        "Order by 14, here by 8",
        "",
        "Thank you",
        "Welcome back",
    ],
    [
        "Sign at the bus stop",
        "Tasting box",
        "Order by text message",
        "",
        "Loyalty card",
        "Refer a friend",
        "Win-back offer",
    ],
];

#[cfg(test)]
mod tests {
    use super::super::generate;
    use super::*;

    #[test]
    fn most_people_walk_the_lifecycle_over_two_years_and_some_stall() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let ws = generate(1000, today);
        let map = ws.journeys.iter().find(|j| j.name == "Customer lifecycle").expect("the lifecycle map");
        let placed: Vec<&Person> = ws.people.iter().filter(|p| p.position_in(map.id).is_some()).collect();
        assert!((800..950).contains(&placed.len()), "most are placed: {}", placed.len());
        for person in &placed {
            assert!(
                crate::ops::lifecycle::since(person, map).is_some(),
                "{}: the history leads to their place",
                person.name
            );
            let history = crate::ops::lifecycle::history_on(person, map.id);
            assert!(
                history.iter().all(|m| m.date <= today && m.date >= today - Duration::days(HISTORY_DAYS as i64 + 1))
            );
        }
        let stalled = placed
            .iter()
            .filter(|p| {
                let days = crate::ops::lifecycle::days_in_phase(p, map, today);
                crate::ops::lifecycle::stalled(map, crate::ops::moves::column_of(p, map), days)
            })
            .count();
        assert!(stalled > 50 && stalled < placed.len(), "some have stalled: {stalled}");
        let answered = placed.iter().flat_map(|p| &p.phase_history).filter(|m| !m.why.is_empty()).count();
        assert!(answered > 500, "why is often answered: {answered}");
        let flow = crate::ops::lifecycle::flow(&ws.people, map, today, 12);
        assert!(flow.phases.iter().all(|p| p.entered_per_month.iter().sum::<usize>() > 0), "every phase has entries");
        assert_eq!(ws.journeys[0].segment_tag.as_deref(), Some("Office"));
        for map in &ws.journeys {
            for person in ws.people.iter().filter(|p| p.position_in(map.id).is_some()) {
                assert!(crate::ops::lifecycle::since(person, map).is_some(), "{}: days on {}", person.name, map.name);
            }
        }
    }
}
