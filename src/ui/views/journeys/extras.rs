//! What the people bring to a map's lanes besides its cards: their incidents and ideas per
//! phase, and the touchpoints and trigger points named when they moved into each phase;
//! gathered once per workspace state, [`crate::ui::views::PEOPLE_PER_FRAME`] people a frame
//! (the older ones shown meanwhile, marked as updating), and only the entries a cell shows
//! worded.

use super::Linked;
use crate::model::{JourneyId, JourneyMap, Person, PhaseId, Valence, WhyKind, Workspace};
use crate::ops::{Changed, Changes, lifecycle};
use crate::t;
use std::collections::{HashMap, HashSet};

/// What the extras are gathered for: the state, the map, the language and how many entries a
/// cell shows.
pub(super) type ExtrasKey = (u64, JourneyId, crate::i18n::Lang, usize);

/// An entry by its date and where it is: the person's place in the workspace's list and the
/// entry's in theirs.
type Dated = (chrono::NaiveDate, (usize, usize));

/// The incidents and ideas per phase of one map, and the touchpoints and trigger points named
/// when people moved into each phase.
#[derive(Default)]
pub(super) struct Extras {
    pub key: Option<ExtrasKey>,
    /// The map's phases they were gathered for: a change of maps only (a card moved) that
    /// leaves them as they were leaves these as they were too, since they come from the people.
    phases: Vec<PhaseId>,
    incidents: HashMap<PhaseId, Vec<Linked>>,
    ideas: HashMap<PhaseId, Vec<Linked>>,
    moved: HashMap<(PhaseId, WhyKind), Vec<Linked>>,
    /// Every tag of the workspace's people, by name: what a map's segment tag is chosen from.
    pub tags: Vec<String>,
    /// The extras being gathered, a slice of the people a frame, while they are: those above
    /// are then older ones, or none.
    pending: Option<super::super::Slices<ExtrasKey, Gathering>>,
}

/// The people's part of a map's lanes, gathered a slice of the people at a time.
#[derive(Default)]
struct Gathering {
    /// Per phase, the incidents and how many of them were better than expected.
    incidents: HashMap<PhaseId, (Vec<Dated>, usize)>,
    ideas: HashMap<PhaseId, Vec<Dated>>,
    evidence: lifecycle::EvidenceFound,
    tags: HashSet<String>,
    /// How many people are in: the place of the next slice's first.
    counted: usize,
}

impl Gathering {
    fn add(&mut self, map: &JourneyMap, slice: &[Person]) {
        let in_map = |phase: Option<PhaseId>| phase.filter(|p| map.phase(*p).is_some());
        for (n, person) in slice.iter().enumerate() {
            let n = self.counted + n;
            for (k, incident) in person.incidents.iter().enumerate() {
                if let Some(phase) = in_map(incident.phase) {
                    let (all, better) = self.incidents.entry(phase).or_default();
                    all.push((incident.date, (n, k)));
                    *better += usize::from(incident.valence == Valence::Better);
                }
            }
            for (k, idea) in person.ideas.iter().enumerate() {
                if let Some(phase) = in_map(idea.phase) {
                    self.ideas.entry(phase).or_default().push((idea.date, (n, k)));
                }
            }
            for tag in &person.tags {
                if !self.tags.contains(tag.as_str()) {
                    self.tags.insert(tag.clone());
                }
            }
        }
        self.evidence.add(slice, map);
        self.counted += slice.len();
    }
}

impl Extras {
    /// What a lane of `kind` shows in `phase` besides its cards.
    pub fn linked(&self, kind: crate::model::LaneKind, phase: PhaseId) -> Option<&Vec<Linked>> {
        match kind {
            crate::model::LaneKind::Incidents => self.incidents.get(&phase),
            crate::model::LaneKind::Opportunities => self.ideas.get(&phase),
            _ => kind.why().and_then(|why| self.moved.get(&(phase, why))),
        }
    }

    /// Whether newer extras are being gathered: `Some(None)` while older ones are shown,
    /// `Some(Some(people counted))` while there are none yet.
    pub fn gathering(&self) -> Option<Option<usize>> {
        let pending = self.pending.as_ref()?;
        Some(self.key.is_none().then_some(pending.next))
    }

    pub fn refresh(
        &mut self,
        workspace: &Workspace,
        map: &JourneyMap,
        (revision, changes): (u64, &Changes),
        shown: usize,
    ) {
        let key = (revision, map.id, crate::i18n::language(), shown);
        if self.key == Some(key) {
            self.pending = None;
            return;
        }
        let phases: Vec<PhaseId> = map.phases.iter().map(|p| p.id).collect();
        if self.pending.is_none()
            && let Some((built, map_id, language, was_shown)) = self.key
            && (map_id, language, was_shown) == (key.1, key.2, key.3)
            && phases == self.phases
            && matches!(changes.between(built, revision), Changed::Maps)
        {
            self.key = Some(key);
            return;
        }
        // Another map's entries are not shown meanwhile, nor entries with words where a
        // projector shows only counts (present mode).
        if self.key.is_some_and(|(_, map_id, _, was_shown)| (map_id, was_shown) != (key.1, key.3)) {
            *self = Extras { pending: self.pending.take(), ..Extras::default() };
        }
        let add = |gathering: &mut Gathering, slice: &[Person]| gathering.add(map, slice);
        let people = &workspace.people;
        if let Some(gathering) = super::super::Slices::step(&mut self.pending, key, people, Gathering::default, add) {
            self.put(workspace, gathering, shown);
            self.key = Some(key);
            self.phases = phases;
        }
    }

    /// Words the entries each cell shows, and counts the rest.
    fn put(&mut self, workspace: &Workspace, gathering: Gathering, shown: usize) {
        let incident = |&(n, k): &(usize, usize)| {
            let person = workspace.people.get(n)?;
            let incident = person.incidents.get(k)?;
            let better = incident.valence == Valence::Better;
            let what = if incident.happened.is_empty() { &incident.touchpoint } else { &incident.happened };
            let text = if better {
                t!("journeys-incident-better", name = person.name.as_str(), what = what.as_str())
            } else {
                t!("journeys-incident-worse", name = person.name.as_str(), what = what.as_str())
            };
            Some(Linked { person: Some(person.id), text, better: Some(better) })
        };
        let idea = |&(n, k): &(usize, usize)| {
            let person = workspace.people.get(n)?;
            let idea = person.ideas.get(k)?;
            let text = format!("💡 {} ({})", idea.text, person.name);
            Some(Linked { person: Some(person.id), text, better: None })
        };
        self.incidents = gathering
            .incidents
            .into_iter()
            .map(|(phase, (all, better))| {
                let worse = all.len() - better;
                let rest = |more: usize| {
                    if shown == 0 {
                        t!("journeys-incidents-count", count = more, better = better, worse = worse)
                    } else {
                        t!("journeys-incidents-more", count = more, better = better, worse = worse)
                    }
                };
                (phase, latest(all, shown, incident, rest))
            })
            .collect();
        self.ideas = gathering
            .ideas
            .into_iter()
            .map(|(phase, all)| {
                let rest = |more: usize| {
                    if shown == 0 {
                        t!("journeys-ideas-count", count = more)
                    } else {
                        t!("journeys-ideas-more", count = more)
                    }
                };
                (phase, latest(all, shown, idea, rest))
            })
            .collect();
        self.moved = evidence(gathering.evidence, shown);
        let mut tags: Vec<String> = gathering.tags.into_iter().collect();
        tags.sort_unstable();
        self.tags = tags;
    }
}

/// The reasons named when people moved into each phase, the most moving first, and a line
/// counting the rest (on a projector only the count: the room sees how many, not whose words).
fn evidence(found: lifecycle::EvidenceFound, shown: usize) -> HashMap<(PhaseId, WhyKind), Vec<Linked>> {
    let linked = |text| Linked { person: None, text, better: None };
    found
        .finish()
        .into_iter()
        .map(|(key, found)| {
            let mut lines: Vec<Linked> = found
                .iter()
                .take(shown)
                .map(|e| linked(t!("journeys-moved-by", what = e.text.as_str(), count = e.people)))
                .collect();
            let rest: usize = found.iter().skip(shown).map(|e| e.people).sum();
            if rest > 0 {
                lines.push(linked(if shown == 0 {
                    t!("journeys-moved-count", count = rest)
                } else {
                    t!("journeys-moved-more", count = rest)
                }));
            }
            (key, lines)
        })
        .collect()
}

/// The latest `count` entries, worded by `word` (the latest first, those of one day in the
/// order of their words), and a line counting the rest. Only the latest are worded, and those of
/// the day the last of them falls on.
fn latest<T>(
    mut all: Vec<(chrono::NaiveDate, T)>,
    count: usize,
    word: impl Fn(&T) -> Option<Linked>,
    rest: impl Fn(usize) -> String,
) -> Vec<Linked> {
    let more = all.len().saturating_sub(count);
    let mut shown: Vec<(chrono::NaiveDate, Linked)> = Vec::new();
    if count > 0 {
        if all.len() > count {
            all.select_nth_unstable_by(count - 1, |a, b| b.0.cmp(&a.0));
        }
        // The day of the last one shown: whoever else has that day competes by their words.
        let last = all.iter().take(count).map(|(date, _)| *date).min();
        shown = all
            .iter()
            .filter(|(date, _)| Some(*date) >= last)
            .filter_map(|(date, entry)| Some((*date, word(entry)?)))
            .collect();
        shown.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.text.cmp(&b.1.text)));
        shown.truncate(count);
    }
    let mut shown: Vec<Linked> = shown.into_iter().map(|(_, linked)| linked).collect();
    if more > 0 {
        shown.push(Linked { person: None, text: rest(more), better: None });
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::super::LINKED_SHOWN;
    use super::*;
    use crate::model::PersonId;
    use crate::ops::Edit;
    use chrono::NaiveDate;

    #[test]
    fn a_change_of_maps_that_keeps_the_phases_keeps_what_came_from_the_people() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let mut ws = crate::ops::demo::generate_with(300, 60, today);
        let mut history = crate::ops::History::new();
        let mut extras = Extras::default();
        let map = ws.journeys[0].clone();
        let count = |extras: &Extras| extras.incidents.values().map(Vec::len).sum::<usize>();
        extras.refresh(&ws, &map, (history.state(), &history.changes()), 3);
        let found = count(&extras);
        assert!(found > 0, "the demo has incidents on its first map");
        // The people's incidents gone behind the history's back, so that gathering again shows.
        for person in &mut ws.people {
            person.incidents.clear();
        }
        let renamed = JourneyMap { name: "Renamed".into(), ..map.clone() };
        history.apply(&mut ws, "rename", Edit::ReplaceJourney(Box::new(renamed.clone()))).expect("applies");
        extras.refresh(&ws, &renamed, (history.state(), &history.changes()), 3);
        assert_eq!(count(&extras), found, "a map renamed: kept");
        let mut fewer = renamed;
        fewer.phases.pop();
        history.apply(&mut ws, "phase", Edit::ReplaceJourney(Box::new(fewer.clone()))).expect("applies");
        extras.refresh(&ws, &fewer, (history.state(), &history.changes()), 3);
        assert_eq!(count(&extras), 0, "another set of phases: gathered again");
    }

    #[test]
    fn a_cell_shows_the_latest_entries_and_counts_the_rest() {
        let entry = |day: u32| (NaiveDate::from_ymd_opt(2026, 1, day).unwrap_or_default(), format!("day {day}"));
        let word = |text: &String| Some(Linked { person: Some(PersonId::new()), text: text.clone(), better: None });
        let more = |more| format!("{more} more");
        // Out of order, and two of the last day shown: they come in the order of their words.
        let mut all: Vec<_> = [3, 8, 1, 6, 2, 7, 5, 4].into_iter().map(entry).collect();
        all.push((NaiveDate::from_ymd_opt(2026, 1, 4).unwrap_or_default(), "a day 4".into()));
        let shown = latest(all, LINKED_SHOWN, word, more);
        let texts: Vec<_> = shown.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["day 8", "day 7", "day 6", "day 5", "a day 4", "4 more"]);
        assert!(shown[5].person.is_none(), "the count is not a link");
        assert_eq!(
            latest((1..=2).map(entry).collect(), LINKED_SHOWN, word, more).len(),
            2,
            "no count line when all fit"
        );
        assert_eq!(latest((1..=9).map(entry).collect(), 0, word, more).len(), 1, "only the count");
    }

    /// Everything an `Extras` shows, in a comparable form.
    fn seen(extras: &Extras) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for (phase, lines) in extras.incidents.iter().chain(&extras.ideas) {
            seen.push(format!(
                "{phase:?} {:?}",
                lines.iter().map(|l| (&l.text, l.person, l.better)).collect::<Vec<_>>()
            ));
        }
        for ((phase, why), lines) in &extras.moved {
            seen.push(format!("{phase:?} {why:?} {:?}", lines.iter().map(|l| &l.text).collect::<Vec<_>>()));
        }
        seen.sort();
        seen.push(extras.tags.join(","));
        seen
    }

    #[test]
    fn many_people_are_gathered_a_slice_a_frame_and_another_map_or_a_projector_shows_nothing_older() {
        use crate::ui::views::PEOPLE_PER_FRAME;
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let ws = crate::ops::demo::generate_with(2 * PEOPLE_PER_FRAME + 100, 300, today);
        let changes = Changes::default();
        let map = &ws.journeys[0];
        let mut extras = Extras::default();
        extras.refresh(&ws, map, (1, &changes), LINKED_SHOWN);
        assert_eq!(extras.gathering(), Some(Some(PEOPLE_PER_FRAME)), "nothing to show yet");
        extras.refresh(&ws, map, (1, &changes), LINKED_SHOWN);
        extras.refresh(&ws, map, (1, &changes), LINKED_SHOWN);
        assert_eq!(extras.gathering(), Some(Some(ws.people.len())), "every slice in: worded in the next frame");
        extras.refresh(&ws, map, (1, &changes), LINKED_SHOWN);
        assert_eq!(extras.gathering(), None);
        // The same as gathering everyone at once.
        let mut whole = Gathering::default();
        whole.add(map, &ws.people);
        let mut at_once = Extras::default();
        at_once.put(&ws, whole, LINKED_SHOWN);
        assert!(!extras.incidents.is_empty() && !extras.tags.is_empty());
        assert_eq!(seen(&extras), seen(&at_once));

        // A newer state: the older entries are shown meanwhile.
        extras.refresh(&ws, map, (2, &changes), LINKED_SHOWN);
        assert_eq!(extras.gathering(), Some(None));
        assert_eq!(seen(&extras), seen(&at_once));
        // A projector shows counts only: the entries with words are not shown meanwhile.
        extras.refresh(&ws, map, (2, &changes), 0);
        assert_eq!(extras.gathering(), Some(Some(PEOPLE_PER_FRAME)));
        assert!(extras.incidents.is_empty() && extras.moved.is_empty());
    }
}
