//! The figures of a customer lifecycle, from where people stand on a board and their phase
//! history: how long someone has been in their phase and whether they have stalled there; each
//! column's count, yearly value and median days; the people who entered each phase per month,
//! how many moved on and how fast; segments of one map side by side; and the answers to "why
//! did they move?" as evidence on the map.
//!
//! Pure functions over the workspace. The views compute them once per state number (and day),
//! never per frame, and draw from what they return.

use super::moves::column_of;
use crate::model::{
    JourneyId, JourneyMap, Organisation, OrganisationId, Person, PhaseId, PhaseMove, WhyKind, Workspace,
};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

/// A person's changes of phase on one map, oldest first (entries of one day in the order they
/// were recorded).
pub fn history_on(person: &Person, journey: JourneyId) -> Vec<&PhaseMove> {
    let mut moves: Vec<&PhaseMove> = person.phase_history.iter().filter(|m| m.journey == journey).collect();
    moves.sort_by_key(|m| m.date);
    moves
}

/// Since when the person stands in the column they stand in on `map`'s board: the day of their
/// last change of phase there, when it took them to that column. `None` when the history does
/// not tell (they were placed before Kindred kept one, or their place changed otherwise).
pub fn since(person: &Person, map: &JourneyMap) -> Option<NaiveDate> {
    // The last of `history_on` (the latest day; of one day, the last written), without
    // gathering and sorting the history: the board asks this of every card it builds.
    let last = person.phase_history.iter().filter(|m| m.journey == map.id).max_by_key(|m| m.date)?;
    (last.to == column_of(person, map)).then_some(last.date)
}

/// How many days the person has been in their column on `map`'s board by `today` (see
/// [`since`]); never below 0.
pub fn days_in_phase(person: &Person, map: &JourneyMap, today: NaiveDate) -> Option<i64> {
    since(person, map).map(|since| (today - since).num_days().max(0))
}

/// Whether someone `days` in `phase` has stalled: longer there than the phase's limit. Never
/// without a limit, in "not placed", or when the days are not known.
pub fn stalled(map: &JourneyMap, phase: Option<PhaseId>, days: Option<i64>) -> bool {
    let limit = phase.and_then(|phase| map.phase(phase)).and_then(|phase| phase.stall_days);
    matches!((limit, days), (Some(limit), Some(days)) if days > i64::from(limit))
}

/// The middle value (the mean of the two middle ones for an even count); `None` for none.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 0 { (values[mid - 1] + values[mid]) / 2.0 } else { values[mid] })
}

/// The sum of what `shares` bring, `None` when nobody has one (a sum that would pass the
/// largest amount stays there). A person in an organisation brings the account's value, counted
/// once however many of its people are among them; a person without one brings their own.
fn sum_of<'a>(shares: impl IntoIterator<Item = &'a Share>) -> Option<i64> {
    let mut counted = std::collections::HashSet::new();
    shares
        .into_iter()
        .filter_map(|share| match share.account {
            Some(account) => counted.insert(account).then_some(share.value).flatten(),
            None => share.value,
        })
        .fold(None, |sum, value| Some(sum.unwrap_or(0i64).saturating_add(value)))
}

/// What a board column's header says about the people in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ColumnFigures {
    pub people: usize,
    /// The sum of their yearly values, in the workspace's currency; `None` when nobody in it
    /// has one.
    pub value: Option<i64>,
    /// The median of their days in the phase, among those whose days are known.
    pub median_days: Option<f64>,
}

/// What one person brings to the figures of the column they stand in: kept beside their card,
/// so a column's figures can be counted again from its cards when a few of them change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    /// Their organisation, whose value they bring (once per account, however many of its
    /// people stand in the column).
    account: Option<OrganisationId>,
    /// The account's yearly value, or their own when they have no organisation.
    value: Option<i64>,
    /// Their days in the phase, when known.
    days: Option<i64>,
}

impl Share {
    /// What `person` of `organisation` brings, with their days in the phase.
    pub fn of(organisation: Option<&Organisation>, person: &Person, days: Option<i64>) -> Self {
        match organisation {
            Some(account) => Share { account: Some(account.id), value: account.fit.yearly_value, days },
            None => Share { account: None, value: person.fit.yearly_value, days },
        }
    }
}

/// The figures of one column of `map`'s board, from the people standing in it.
pub fn column_figures<'a>(
    workspace: &Workspace,
    people: impl IntoIterator<Item = &'a Person>,
    map: &JourneyMap,
    today: NaiveDate,
) -> ColumnFigures {
    let organisations = crate::model::OrganisationIndex::of(workspace);
    let shares: Vec<Share> = people
        .into_iter()
        .map(|p| Share::of(organisations.of_person(workspace, p), p, days_in_phase(p, map, today)))
        .collect();
    figures_of(&shares)
}

/// A column's figures kept up to date as people join and leave it, without going through the
/// rest: the board's columns after a drop (a column at 10,000 people holds thousands). The same
/// figures as [`figures_of`] the people in it.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    people: usize,
    /// Each account in the column: how many of its people, and its value.
    accounts: HashMap<OrganisationId, (usize, Option<i64>)>,
    /// The values of the people without an account: their sum, and how many have one.
    own: (i128, usize),
    /// The values of the accounts (each once): their sum, and how many have one; kept as
    /// accounts come and go, so the figures do not go through them all.
    shared: (i128, usize),
    /// The days of those whose days are known, sorted.
    days: Vec<i64>,
}

impl Tally {
    pub fn of<'a>(shares: impl IntoIterator<Item = &'a Share>) -> Self {
        let mut tally = Tally::default();
        for share in shares {
            tally.add_unsorted(share);
        }
        tally.sort_days();
        tally
    }

    /// [`Tally::add`] for one of many: the days are sorted once all are in, by
    /// [`Tally::sort_days`], not kept sorted one by one.
    pub fn add_unsorted(&mut self, share: &Share) {
        self.add(&Share { days: None, ..*share });
        self.days.extend(share.days);
    }

    /// Puts the days of the shares added with [`Tally::add_unsorted`] in order.
    pub fn sort_days(&mut self) {
        self.days.sort_unstable();
    }

    pub fn add(&mut self, share: &Share) {
        self.people += 1;
        match share.account {
            Some(account) => {
                let entry = self.accounts.entry(account).or_insert((0, None));
                let before = std::mem::replace(entry, (entry.0 + 1, share.value)).1;
                self.shared = counted_out(counted_in(self.shared, share.value), before);
            }
            None => self.own = counted_in(self.own, share.value),
        }
        if let Some(days) = share.days {
            let at = self.days.partition_point(|d| *d < days);
            self.days.insert(at, days);
        }
    }

    /// Takes out one who was [`add`](Self::add)ed with `share`.
    pub fn remove(&mut self, share: &Share) {
        self.people = self.people.saturating_sub(1);
        match share.account {
            Some(account) => {
                if let Some(entry) = self.accounts.get_mut(&account) {
                    entry.0 -= 1;
                    if entry.0 == 0 {
                        let value = entry.1;
                        self.accounts.remove(&account);
                        self.shared = counted_out(self.shared, value);
                    }
                }
            }
            None => self.own = counted_out(self.own, share.value),
        }
        if let Some(days) = share.days
            && let Ok(at) = self.days.binary_search(&days)
        {
            self.days.remove(at);
        }
    }

    pub fn figures(&self) -> ColumnFigures {
        let (sum, counted) = (self.own.0 + self.shared.0, self.own.1 + self.shared.1);
        // A sum past the largest amount stays there.
        let value = (counted > 0).then(|| sum.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64);
        let median_days = match self.days.len() {
            0 => None,
            n if n % 2 == 0 => Some((self.days[n / 2 - 1] as f64 + self.days[n / 2] as f64) / 2.0),
            n => Some(self.days[n / 2] as f64),
        };
        ColumnFigures { people: self.people, value, median_days }
    }
}

/// A sum of values and how many there are, with `value` (if any) in.
fn counted_in((sum, n): (i128, usize), value: Option<i64>) -> (i128, usize) {
    value.map_or((sum, n), |value| (sum + i128::from(value), n + 1))
}

/// A sum of values and how many there are, with `value` (if any) out.
fn counted_out((sum, n): (i128, usize), value: Option<i64>) -> (i128, usize) {
    value.map_or((sum, n), |value| (sum - i128::from(value), n.saturating_sub(1)))
}

/// A column's figures from what each of its people brings.
pub fn figures_of<'a>(shares: impl IntoIterator<Item = &'a Share> + Clone) -> ColumnFigures {
    let mut days: Vec<f64> = shares.clone().into_iter().filter_map(|s| s.days).map(|d| d as f64).collect();
    ColumnFigures { people: shares.clone().into_iter().count(), value: sum_of(shares), median_days: median(&mut days) }
}

/// What became of one entry into a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    /// No later move: still there.
    Stayed,
    /// On to a later phase of the map, after this many days.
    On(i64),
    /// Back to an earlier phase.
    Back,
    /// Off the board, or to a phase no longer in the map.
    Left,
}

/// Every entry of `person` into a phase of `map` (the phase's index in the map and the day),
/// with what followed it.
fn entries(
    person: &Person,
    map: &JourneyMap,
    index: &HashMap<PhaseId, usize>,
    mut each: impl FnMut(usize, NaiveDate, Next),
) {
    let moves = history_on(person, map.id);
    for (n, entry) in moves.iter().enumerate() {
        let Some(phase) = entry.to.and_then(|to| index.get(&to).copied()) else { continue };
        let next = match moves.get(n + 1) {
            None => Next::Stayed,
            Some(later) => match later.to.and_then(|to| index.get(&to).copied()) {
                Some(to) if to > phase => Next::On((later.date - entry.date).num_days().max(0)),
                Some(to) if to < phase => Next::Back,
                Some(_) => Next::Stayed,
                None => Next::Left,
            },
        };
        each(phase, entry.date, next);
    }
}

/// The flow of one phase of a map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PhaseFlow {
    pub phase: PhaseId,
    pub name: String,
    /// People who entered the phase in each month of [`Flow::months`].
    pub entered_per_month: Vec<usize>,
    /// Entries into the phase, all told.
    pub entered: usize,
    /// Of those, how many moved on to a later phase next …
    pub moved_on: usize,
    /// … went back to an earlier one …
    pub moved_back: usize,
    /// … or left the board.
    pub left: usize,
    /// The median days from entering the phase to moving on.
    pub median_days_to_move_on: Option<f64>,
}

impl PhaseFlow {
    /// The share of entries that moved on, in per cent; `None` without entries.
    pub fn moved_on_percent(&self) -> Option<f64> {
        (self.entered > 0).then(|| self.moved_on as f64 * 100.0 / self.entered as f64)
    }
}

/// A map's flow: per phase, who entered it per month, and what became of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flow {
    /// The first day of each month shown, oldest first, the month of `today` last.
    pub months: Vec<NaiveDate>,
    /// One per phase of the map, in its order.
    pub phases: Vec<PhaseFlow>,
}

/// The first days of the `count` months up to and including `today`'s, oldest first.
pub fn months_until(today: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let mut months = Vec::with_capacity(count);
    let mut month = today.with_day(1);
    while let Some(first) = month {
        if months.len() == count {
            break;
        }
        months.push(first);
        month = first.pred_opt().and_then(|last| last.with_day(1));
    }
    months.reverse();
    months
}

/// The flow of `map` among `people`, with entries per month for the `months` months up to
/// `today`'s, from the recorded phase history.
pub fn flow<'a>(
    people: impl IntoIterator<Item = &'a Person>,
    map: &JourneyMap,
    today: NaiveDate,
    months: usize,
) -> Flow {
    let index = phase_index(map);
    let mut count = FlowCount::new(map, today, months);
    for person in people {
        count.add(person, map, &index);
    }
    count.finish()
}

/// Each phase's place in `map`.
fn phase_index(map: &JourneyMap) -> HashMap<PhaseId, usize> {
    map.phases.iter().enumerate().map(|(n, p)| (p.id, n)).collect()
}

/// A map's [`flow`] while the people are gone through.
#[derive(Debug)]
struct FlowCount {
    months: Vec<NaiveDate>,
    month_index: HashMap<(i32, u32), usize>,
    phases: Vec<PhaseFlow>,
    days: Vec<Vec<f64>>,
}

impl FlowCount {
    fn new(map: &JourneyMap, today: NaiveDate, months: usize) -> Self {
        let months = months_until(today, months);
        let month_index = months.iter().enumerate().map(|(n, m)| ((m.year(), m.month()), n)).collect();
        let phases = map
            .phases
            .iter()
            .map(|p| PhaseFlow {
                phase: p.id,
                name: p.name.clone(),
                entered_per_month: vec![0; months.len()],
                ..PhaseFlow::default()
            })
            .collect();
        FlowCount { months, month_index, phases, days: vec![Vec::new(); map.phases.len()] }
    }

    fn add(&mut self, person: &Person, map: &JourneyMap, index: &HashMap<PhaseId, usize>) {
        let FlowCount { month_index, phases, days, .. } = self;
        entries(person, map, index, |phase, date, next| {
            let (Some(flow), Some(days)) = (phases.get_mut(phase), days.get_mut(phase)) else { return };
            flow.entered += 1;
            if let Some(&month) = month_index.get(&(date.year(), date.month())) {
                flow.entered_per_month[month] += 1;
            }
            match next {
                Next::Stayed => {}
                Next::On(after) => {
                    flow.moved_on += 1;
                    days.push(after as f64);
                }
                Next::Back => flow.moved_back += 1,
                Next::Left => flow.left += 1,
            }
        });
    }

    fn finish(mut self) -> Flow {
        for (flow, days) in self.phases.iter_mut().zip(&mut self.days) {
            flow.median_days_to_move_on = median(days);
        }
        Flow { months: self.months, phases: self.phases }
    }
}

/// A map's flow and its segments (Insights' lifecycle section) counted a slice of people at a
/// time, for a window that must not spend more than a frame at once: [`Counting::add`] the
/// workspace's people in their order, then [`Counting::finish`]. The result is [`flow`] and
/// [`segments`] of everyone, whatever the slices.
#[derive(Debug)]
pub struct Counting {
    index: HashMap<PhaseId, usize>,
    flow: FlowCount,
    segments: SegmentCount,
    /// The workspace's organisations, indexed once for all the slices.
    organisations: crate::model::OrganisationIndex,
}

impl Counting {
    /// A count of `map` in `workspace` (the workspace whose people [`Counting::add`] is given).
    pub fn new(workspace: &Workspace, map: &JourneyMap, tags: &[String], today: NaiveDate, months: usize) -> Self {
        Counting {
            index: phase_index(map),
            flow: FlowCount::new(map, today, months),
            segments: SegmentCount::new(map, tags),
            organisations: crate::model::OrganisationIndex::of(workspace),
        }
    }

    /// Counts `people`, the next of `workspace`'s people, on `map` (the map it was made for).
    pub fn add(&mut self, workspace: &Workspace, map: &JourneyMap, people: &[Person]) {
        for person in people {
            self.flow.add(person, map, &self.index);
            self.segments.add(workspace, &self.organisations, person, map, &self.index);
        }
    }

    pub fn finish(self) -> (Flow, Vec<SegmentRow>) {
        (self.flow.finish(), self.segments.finish())
    }
}

/// The segments Insights compares: the tags the maps name as their segment, in the maps' order;
/// without any, every tag of the workspace, by name.
pub fn segment_tags(workspace: &Workspace) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in workspace.journeys.iter().filter_map(|m| m.segment_tag.as_ref()) {
        if !tag.trim().is_empty() && !tags.contains(tag) {
            tags.push(tag.clone());
        }
    }
    if tags.is_empty() {
        let all: std::collections::BTreeSet<&String> = workspace.people.iter().flat_map(|p| &p.tags).collect();
        tags = all.into_iter().cloned().collect();
    }
    tags
}

/// One segment of a map, beside the others.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SegmentRow {
    /// The segment's tag; `None` for everyone.
    pub tag: Option<String>,
    /// People of the segment standing in a phase of the map.
    pub placed: usize,
    /// How many stand in each phase, in the map's order.
    pub per_phase: Vec<usize>,
    /// The sum of the placed people's yearly values.
    pub value: Option<i64>,
    /// Entries into phases, and how many of them moved on, from the history.
    pub entered: usize,
    pub moved_on: usize,
    /// The median days from entering a phase to moving on.
    pub median_days_to_move_on: Option<f64>,
}

/// Everyone, then each of `tags`, on `map`: where they stand, what they are worth and how
/// they move.
pub fn segments(workspace: &Workspace, map: &JourneyMap, tags: &[String]) -> Vec<SegmentRow> {
    let index = phase_index(map);
    let organisations = crate::model::OrganisationIndex::of(workspace);
    let mut count = SegmentCount::new(map, tags);
    for person in &workspace.people {
        count.add(workspace, &organisations, person, map, &index);
    }
    count.finish()
}

/// The [`segments`] while the people are gone through: row 0 is everyone, row n + 1 the people
/// tagged `tags[n]`; each person is counted into every row they belong to.
#[derive(Debug)]
struct SegmentCount {
    tags: Vec<String>,
    rows_of_tag: HashMap<String, Vec<usize>>,
    tallies: Vec<SegmentTally>,
    /// Room for one person's rows and days, kept between people.
    rows: Vec<usize>,
    days: Vec<f64>,
}

/// One row's counts.
#[derive(Debug)]
struct SegmentTally {
    per_phase: Vec<usize>,
    placed: Vec<Share>,
    entered: usize,
    days: Vec<f64>,
}

impl SegmentCount {
    fn new(map: &JourneyMap, tags: &[String]) -> Self {
        let mut rows_of_tag: HashMap<String, Vec<usize>> = HashMap::new();
        for (n, tag) in tags.iter().enumerate() {
            rows_of_tag.entry(tag.clone()).or_default().push(n + 1);
        }
        let tallies = (0..=tags.len())
            .map(|_| SegmentTally {
                per_phase: vec![0; map.phases.len()],
                placed: Vec::new(),
                entered: 0,
                days: Vec::new(),
            })
            .collect();
        SegmentCount { tags: tags.to_vec(), rows_of_tag, tallies, rows: Vec::new(), days: Vec::new() }
    }

    fn add(
        &mut self,
        workspace: &Workspace,
        organisations: &crate::model::OrganisationIndex,
        person: &Person,
        map: &JourneyMap,
        index: &HashMap<PhaseId, usize>,
    ) {
        let SegmentCount { rows_of_tag, tallies, rows, days, .. } = self;
        rows.clear();
        rows.push(0);
        for row in person.tags.iter().filter_map(|tag| rows_of_tag.get(tag.as_str())).flatten() {
            if !rows.contains(row) {
                rows.push(*row);
            }
        }
        let phase = column_of(person, map).and_then(|phase| index.get(&phase).copied());
        let share = phase.map(|_| Share::of(organisations.of_person(workspace, person), person, None));
        let mut entered = 0;
        days.clear();
        entries(person, map, index, |_, _, next| {
            entered += 1;
            if let Next::On(after) = next {
                days.push(after as f64);
            }
        });
        for row in rows.iter() {
            let Some(tally) = tallies.get_mut(*row) else { continue };
            if let (Some(phase), Some(share)) = (phase, share) {
                tally.per_phase[phase] += 1;
                tally.placed.push(share);
            }
            tally.entered += entered;
            tally.days.extend_from_slice(days);
        }
    }

    fn finish(self) -> Vec<SegmentRow> {
        let tags = self.tags;
        self.tallies
            .into_iter()
            .enumerate()
            .map(|(row, mut tally)| SegmentRow {
                tag: row.checked_sub(1).and_then(|n| tags.get(n)).cloned(),
                placed: tally.placed.len(),
                per_phase: tally.per_phase,
                value: sum_of(&tally.placed),
                entered: tally.entered,
                moved_on: tally.days.len(),
                median_days_to_move_on: median(&mut tally.days),
            })
            .collect()
    }
}

/// A reason named when people moved into a phase, and how many people it moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub text: String,
    pub people: usize,
}

/// The touchpoints and trigger points named when people moved into each phase of `map`, by
/// phase and kind: each reason once (the same words, whatever their case and spacing), with
/// the number of people it moved, most first.
pub fn evidence(workspace: &Workspace, map: &JourneyMap) -> HashMap<(PhaseId, WhyKind), Vec<Evidence>> {
    let mut found = EvidenceFound::default();
    found.add(&workspace.people, map);
    found.finish()
}

/// The reasons named for moves into a map's phases, gathered a slice of the people at a time
/// ([`EvidenceFound::add`] the people of one map, then [`EvidenceFound::finish`]): each
/// touchpoint or trigger point by phase and words (without case), with the people who named it.
#[derive(Default)]
pub struct EvidenceFound {
    found: HashMap<(PhaseId, WhyKind, String), (String, std::collections::HashSet<crate::model::PersonId>)>,
}

impl EvidenceFound {
    /// Gathers what `people` named when they moved into `map`'s phases.
    pub fn add(&mut self, people: &[Person], map: &JourneyMap) {
        for person in people {
            for entry in person.phase_history.iter().filter(|e| e.journey == map.id) {
                // Only touchpoints and trigger points with words count: checked before anything is
                // made of the words (most moves have none).
                if !matches!(entry.why.kind, WhyKind::Touchpoint | WhyKind::TriggerPoint)
                    || entry.why.text.trim().is_empty()
                {
                    continue;
                }
                let Some(phase) = entry.to.filter(|phase| map.phase(*phase).is_some()) else { continue };
                let text = entry.why.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let key = (phase, entry.why.kind, text.to_lowercase());
                self.found.entry(key).or_insert_with(|| (text, Default::default())).1.insert(person.id);
            }
        }
    }

    /// Per phase and kind, what was named, the most people first.
    pub fn finish(self) -> HashMap<(PhaseId, WhyKind), Vec<Evidence>> {
        let mut evidence: HashMap<(PhaseId, WhyKind), Vec<Evidence>> = HashMap::new();
        for ((phase, kind, _), (text, people)) in self.found {
            evidence.entry((phase, kind)).or_default().push(Evidence { text, people: people.len() });
        }
        for list in evidence.values_mut() {
            list.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.text.cmp(&b.text)));
        }
        evidence
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JourneyPosition, MoveWhy, Template};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// A person who went through `path` (phase index, or `None` for off the board) on the days
    /// given, and stands where the last step took them.
    fn walked(name: &str, map: &JourneyMap, path: &[(Option<usize>, NaiveDate)]) -> Person {
        let mut person = Person::named(name);
        let mut from = None;
        for (to, date) in path {
            let to = to.map(|n| map.phases[n].id);
            person.phase_history.push(PhaseMove { date: *date, journey: map.id, from, to, ..PhaseMove::default() });
            from = to;
        }
        if let Some(phase) = from {
            person.positions.push(JourneyPosition { journey: map.id, phase, order: 0 });
        }
        person
    }

    #[test]
    fn days_in_phase_come_from_the_last_change_that_led_there() {
        let mut map = Template::CustomerLifecycle.create();
        let today = day(2026, 3, 31);
        let anna = walked("Anna", &map, &[(Some(1), day(2026, 1, 1)), (Some(2), day(2026, 3, 1))]);
        assert_eq!(since(&anna, &map), Some(day(2026, 3, 1)));
        assert_eq!(days_in_phase(&anna, &map, today), Some(30));
        assert_eq!(days_in_phase(&anna, &map, day(2026, 2, 1)), Some(0), "never below nothing");
        let mut moved_otherwise = anna.clone();
        moved_otherwise.positions[0].phase = map.phases[4].id;
        assert_eq!(since(&moved_otherwise, &map), None, "the history does not say when they got there");
        assert_eq!(since(&Person::named("Bo"), &map), None, "no history");
        let off = walked("Carl", &map, &[(Some(1), day(2026, 1, 1)), (None, day(2026, 2, 1))]);
        assert_eq!(since(&off, &map), Some(day(2026, 2, 1)), "in not placed since taken off");
        // Stalled: past the phase's limit, not at it.
        let phase = Some(map.phases[2].id);
        assert!(!stalled(&map, phase, Some(30)), "no limit");
        map.phases[2].stall_days = Some(30);
        assert!(!stalled(&map, phase, Some(30)));
        assert!(stalled(&map, phase, Some(31)));
        assert!(!stalled(&map, phase, None), "unknown days never stall");
        assert!(!stalled(&map, None, Some(999)), "not placed has no limit");
    }

    #[test]
    fn a_column_counts_its_people_sums_their_value_and_takes_the_median_of_known_days() {
        let map = Template::CustomerLifecycle.create();
        let today = day(2026, 3, 31);
        let mut people: Vec<Person> = [10, 20, 40]
            .iter()
            .map(|back| walked("X", &map, &[(Some(2), today - chrono::Duration::days(*back))]))
            .collect();
        people[0].fit.yearly_value = Some(1000);
        people[1].fit.yearly_value = Some(-250);
        people.push(Person::named("Unknown since"));
        let figures = column_figures(&Workspace::default(), &people, &map, today);
        assert_eq!(figures, ColumnFigures { people: 4, value: Some(750), median_days: Some(20.0) });
        people.truncate(2);
        assert_eq!(
            column_figures(&Workspace::default(), &people, &map, today).median_days,
            Some(15.0),
            "the middle two's mean"
        );
        let nobody = column_figures(&Workspace::default(), std::iter::empty(), &map, today);
        assert_eq!(nobody, ColumnFigures { people: 0, value: None, median_days: None });
        let mut rich = Person::named("Rich");
        rich.fit.yearly_value = Some(i64::MAX);
        assert_eq!(
            column_figures(&Workspace::default(), [&rich, &rich], &map, today).value,
            Some(i64::MAX),
            "no overflow"
        );
    }

    #[test]
    fn the_flow_counts_entries_per_month_conversions_and_the_median_time_to_move_on() {
        let map = Template::CustomerLifecycle.create();
        let today = day(2026, 3, 15);
        let people = [
            // Aware in January, Considering 10 days later, Buying 20 days after that.
            walked("A", &map, &[(Some(1), day(2026, 1, 5)), (Some(2), day(2026, 1, 15)), (Some(3), day(2026, 2, 4))]),
            // Aware in February, back to Unaware after 3 days.
            walked("B", &map, &[(Some(1), day(2026, 2, 1)), (Some(0), day(2026, 2, 4))]),
            // Aware in March, Considering after 30 days, then off the board.
            walked("C", &map, &[(Some(1), day(2026, 1, 20)), (Some(2), day(2026, 2, 19)), (None, day(2026, 3, 1))]),
            // Aware long ago, still there.
            walked("D", &map, &[(Some(1), day(2024, 6, 1))]),
        ];
        let flow = flow(&people, &map, today, 3);
        assert_eq!(flow.months, [day(2026, 1, 1), day(2026, 2, 1), day(2026, 3, 1)]);
        let aware = &flow.phases[1];
        assert_eq!(aware.entered_per_month, [2, 1, 0], "D entered before the months shown");
        assert_eq!((aware.entered, aware.moved_on, aware.moved_back, aware.left), (4, 2, 1, 0));
        assert_eq!(aware.median_days_to_move_on, Some(20.0), "10 and 30 days");
        assert_eq!(aware.moved_on_percent(), Some(50.0));
        let considering = &flow.phases[2];
        assert_eq!((considering.entered, considering.moved_on, considering.left), (2, 1, 1));
        assert_eq!(considering.entered_per_month, [1, 1, 0]);
        assert_eq!(considering.median_days_to_move_on, Some(20.0));
        let buying = &flow.phases[3];
        assert_eq!((buying.entered, buying.moved_on, buying.median_days_to_move_on), (1, 0, None));
        assert_eq!(flow.phases[6].moved_on_percent(), None, "no entries, no share");
    }

    #[test]
    fn months_run_back_over_the_turn_of_the_year() {
        assert_eq!(months_until(day(2026, 2, 28), 3), [day(2025, 12, 1), day(2026, 1, 1), day(2026, 2, 1)]);
        assert_eq!(months_until(day(2026, 1, 31), 1), [day(2026, 1, 1)]);
        assert!(months_until(day(2026, 1, 31), 0).is_empty());
    }

    #[test]
    fn segments_are_compared_on_one_map() {
        let mut map = Template::CustomerLifecycle.create();
        map.segment_tag = Some("Cafés".into());
        let mut cafe = walked("Café", &map, &[(Some(1), day(2026, 1, 1)), (Some(2), day(2026, 1, 11))]);
        cafe.tags = vec!["Cafés".into()];
        cafe.fit.yearly_value = Some(5000);
        let mut office = walked("Office", &map, &[(Some(4), day(2026, 1, 1))]);
        office.tags = vec!["Offices".into()];
        office.fit.yearly_value = Some(9000);
        let ws = Workspace {
            people: vec![cafe, office, Person::named("Unplaced")],
            journeys: vec![map.clone()],
            ..Workspace::default()
        };
        assert_eq!(segment_tags(&ws), ["Cafés"], "the maps' segments");
        let rows = segments(&ws, &map, &["Cafés".into(), "Offices".into()]);
        let summary: Vec<_> = rows.iter().map(|r| (r.tag.clone(), r.placed, r.value, r.entered, r.moved_on)).collect();
        assert_eq!(
            summary,
            [
                (None, 2, Some(14000), 3, 1),
                (Some("Cafés".into()), 1, Some(5000), 2, 1),
                (Some("Offices".into()), 1, Some(9000), 1, 0)
            ]
        );
        assert_eq!(rows[1].per_phase, [0, 0, 1, 0, 0, 0, 0]);
        assert_eq!(rows[1].median_days_to_move_on, Some(10.0));
        let untagged = Workspace { journeys: vec![Template::Blank.create()], ..ws.clone() };
        assert_eq!(segment_tags(&untagged), ["Cafés", "Offices"], "without segments named, every tag");
    }

    #[test]
    fn a_segment_row_has_the_figures_of_everyone_in_a_workspace_of_only_its_people() {
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(600, 120, today);
        let map = &ws.journeys[0];
        let mut tags = segment_tags(&ws);
        tags.push(tags[0].clone());
        let rows = segments(&ws, map, &tags);
        assert_eq!(rows.len(), tags.len() + 1);
        assert!(rows[0].placed > 0 && rows[0].entered > 0, "the demo stands people on the map");
        for (row, tag) in rows.iter().skip(1).zip(&tags) {
            let only = Workspace {
                people: ws.people.iter().filter(|p| p.tags.contains(tag)).cloned().collect(),
                ..ws.clone()
            };
            let everyone = &segments(&only, map, &[])[0];
            assert_eq!(SegmentRow { tag: Some(tag.clone()), ..everyone.clone() }, *row, "{tag}");
        }
    }

    #[test]
    fn since_is_the_last_move_of_the_sorted_history() {
        let today = day(2026, 12, 4);
        let mut ws = crate::ops::demo::generate_with(300, 60, today);
        // Two moves on one day: the one written last counts.
        let map = ws.journeys[0].clone();
        if let Some(person) = ws.people.iter_mut().find(|p| p.phase_history.iter().any(|m| m.journey == map.id)) {
            let mut again = person.phase_history[0].clone();
            again.journey = map.id;
            again.to = map.phases.first().map(|p| p.id);
            again.date = today;
            person.phase_history.push(again.clone());
            again.to = map.phases.get(1).map(|p| p.id);
            person.phase_history.push(again);
        }
        let mut known = 0;
        for map in &ws.journeys {
            for person in &ws.people {
                let last = history_on(person, map.id).pop();
                let expected = last.and_then(|last| (last.to == column_of(person, map)).then_some(last.date));
                assert_eq!(since(person, map), expected, "{}", person.name);
                known += usize::from(expected.is_some());
            }
        }
        assert!(known > 10, "the demo's people have stood somewhere since a day");
    }

    #[test]
    fn a_flow_and_segments_counted_in_slices_are_those_of_everyone() {
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(500, 100, today);
        let tags = segment_tags(&ws);
        for map in &ws.journeys {
            let mut counting = Counting::new(&ws, map, &tags, today, 12);
            for slice in ws.people.chunks(73) {
                counting.add(&ws, map, slice);
            }
            let (flow_counted, segments_counted) = counting.finish();
            assert_eq!(flow_counted, flow(&ws.people, map, today, 12));
            assert_eq!(segments_counted, segments(&ws, map, &tags));
        }
        assert!(ws.journeys.iter().any(|map| flow(&ws.people, map, today, 12).phases.iter().any(|p| p.moved_on > 0)));
    }

    #[test]
    fn touchpoints_and_trigger_points_named_when_people_moved_are_evidence_in_their_phase() {
        let map = Template::CustomerLifecycle.create();
        let why = |kind, text: &str| MoveWhy { kind, text: text.into() };
        let mut people: Vec<Person> =
            (0..3).map(|n| walked(&format!("P{n}"), &map, &[(Some(2), day(2026, 1, 1))])).collect();
        people[0].phase_history[0].why = why(WhyKind::TriggerPoint, "Free tasting");
        people[1].phase_history[0].why = why(WhyKind::TriggerPoint, " free  TASTING ");
        people[2].phase_history[0].why = why(WhyKind::TriggerPoint, "A neighbour's word");
        let mut twice = people[0].clone();
        twice.phase_history.push(PhaseMove { id: Default::default(), ..people[0].phase_history[0].clone() });
        people[0] = twice;
        let mut touched = walked("T", &map, &[(Some(3), day(2026, 1, 1))]);
        touched.phase_history[0].why = why(WhyKind::Touchpoint, "Web shop");
        let mut driven = walked("D", &map, &[(Some(3), day(2026, 1, 1))]);
        driven.phase_history[0].why = why(WhyKind::Driver, "Price");
        people.extend([touched, driven]);
        let ws = Workspace { people, journeys: vec![map.clone()], ..Workspace::default() };
        let found = evidence(&ws, &map);
        let triggers = &found[&(map.phases[2].id, WhyKind::TriggerPoint)];
        assert_eq!(
            triggers,
            &[
                Evidence { text: "Free tasting".into(), people: 2 },
                Evidence { text: "A neighbour's word".into(), people: 1 }
            ],
            "the same words once, each person counted once"
        );
        assert_eq!(found[&(map.phases[3].id, WhyKind::Touchpoint)], [Evidence { text: "Web shop".into(), people: 1 }]);
        assert_eq!(found.len(), 2, "drivers are not evidence of touchpoints or trigger points");
    }

    #[test]
    fn a_tally_kept_as_people_come_and_go_has_the_figures_of_those_left() {
        let accounts: Vec<OrganisationId> = (0..4).map(|_| OrganisationId::new()).collect();
        // An account's people all bring its value (none for the last account).
        let share = |n: usize| match n % 3 {
            0 => Share {
                account: Some(accounts[n % 4]),
                value: (n % 4 != 3).then_some((n % 4) as i64 * 1000 + 500),
                days: (n % 4 != 1).then_some(n as i64 % 11),
            },
            _ => Share {
                account: None,
                value: (n % 5 != 0).then_some((n as i64 % 7) * 1000),
                days: (n % 4 != 1).then_some(n as i64 % 11),
            },
        };
        let mut tally = Tally::default();
        let mut present = Vec::new();
        for step in 0..200usize {
            if step % 3 == 2 && !present.is_empty() {
                let out: Share = present.remove((step * 7) % present.len());
                tally.remove(&out);
            } else {
                let s = share(step);
                tally.add(&s);
                present.push(s);
            }
            assert_eq!(tally.figures(), figures_of(&present), "step {step}");
        }
        assert_eq!(Tally::of(&present).figures(), figures_of(&present));
    }
}
