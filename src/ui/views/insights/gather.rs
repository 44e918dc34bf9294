//! Insights' figures counted a slice of people at a time ([`Gathering`]), each slice's lists
//! sorted as they come, then put together a part a frame ([`Finishing`]): the lists merged in
//! order from their runs (at 100,000 people sorting them in one frame took some 18 ms), the
//! rest made at the end.

use super::flow;
use super::{Figures, FitFigures, FitPoint, IdeaRow, KeyAccount, NoContact, PhaseIncidents, Unresolved, fit_dots};
use crate::model::{
    IdeaStatus, JourneyId, NeedRecognised, OrganisationId, OrganisationIndex, PhaseId, Status, Valence, Workspace,
};
use crate::ops::knowledge;
use crate::ops::merging::Merging;
use crate::t;
use chrono::NaiveDate;
use std::cmp::Ordering;
use std::collections::HashMap;

impl FitFigures {
    /// With the points in [`point_order`]: finds the medians, flags who takes more time than
    /// the median for less value than the median without a recognised need, puts them first
    /// (each group keeping its order), and bins the scatter's dots.
    fn flag_and_bin(&mut self) {
        self.median_hours = median(&mut self.points.iter().map(|p| p.hours).collect::<Vec<_>>());
        self.median_value = median(&mut self.points.iter().map(|p| p.value as f64).collect::<Vec<_>>());
        let (median_hours, median_value) = (self.median_hours, self.median_value);
        for point in &mut self.points {
            point.flagged = point.hours > median_hours
                && (point.value as f64) < median_value
                && matches!(point.need, NeedRecognised::No | NeedRecognised::Unknown);
        }
        let (mut flagged, rest): (Vec<FitPoint>, Vec<FitPoint>) =
            std::mem::take(&mut self.points).into_iter().partition(|p| p.flagged);
        flagged.extend(rest);
        self.points = flagged;
        self.dots = fit_dots(&self.points);
    }
}

/// Each journey's phases with their incidents better and worse than expected (`counts`, by
/// journey and phase), and a last row for those whose phase is unset or no longer in the map.
fn incidents_by_phase(
    workspace: &Workspace,
    counts: &HashMap<(JourneyId, Option<PhaseId>), (usize, usize)>,
) -> HashMap<JourneyId, Vec<PhaseIncidents>> {
    let mut incidents = HashMap::new();
    for journey in &workspace.journeys {
        let mut rows: Vec<PhaseIncidents> = journey
            .phases
            .iter()
            .map(|phase| {
                let (better, worse) = counts.get(&(journey.id, Some(phase.id))).copied().unwrap_or_default();
                PhaseIncidents { phase: Some(phase.id), name: phase.name.clone(), better, worse }
            })
            .collect();
        let (better, worse) = counts
            .iter()
            .filter(|((j, p), _)| *j == journey.id && !p.is_some_and(|p| journey.phases.iter().any(|x| x.id == p)))
            .fold((0, 0), |(b, w), (_, (nb, nw))| (b + nb, w + nw));
        if better + worse > 0 {
            rows.push(PhaseIncidents { phase: None, name: t!("insights-not-placed").to_owned(), better, worse });
        }
        incidents.insert(journey.id, rows);
    }
    incidents
}

/// The median, found without sorting them all.
fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mid = values.len() / 2;
    let odd = values.len() % 2 == 1;
    let (below, at, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    let upper = *at;
    if odd {
        return upper;
    }
    let lower = below.iter().copied().max_by(f64::total_cmp).unwrap_or(upper);
    (lower + upper) / 2.0
}

/// Key accounts lowest score first, then by name.
fn key_account_order(a: &KeyAccount, b: &KeyAccount) -> Ordering {
    a.percent.cmp(&b.percent).then_with(|| a.name.cmp(&b.name))
}

/// Never contacted first, then the longest ago, then by name.
fn no_contact_order(a: &NoContact, b: &NoContact) -> Ordering {
    a.last.cmp(&b.last).then_with(|| a.name.cmp(&b.name))
}

/// Newest first, then by name.
fn unresolved_order(a: &Unresolved, b: &Unresolved) -> Ordering {
    b.date.cmp(&a.date).then_with(|| a.name.cmp(&b.name))
}

/// By status (its place in [`IdeaStatus::ALL`]), newest first, then by name.
fn idea_order(a: &(usize, IdeaRow), b: &(usize, IdeaRow)) -> Ordering {
    a.0.cmp(&b.0).then_with(|| b.1.date.cmp(&a.1.date)).then_with(|| a.1.name.cmp(&b.1.name))
}

/// The most hours first, then by name (the flagged are put first at the end).
fn point_order(a: &FitPoint, b: &FitPoint) -> Ordering {
    b.hours.total_cmp(&a.hours).then_with(|| a.name.cmp(&b.name))
}

fn sorted<T>(mut items: Vec<T>, order: fn(&T, &T) -> Ordering) -> Vec<T> {
    items.sort_by(order);
    items
}

#[cfg(test)]
impl Figures {
    /// Computes every figure of the view from `workspace`, seen from `today`, at once.
    pub fn compute(workspace: &Workspace, today: NaiveDate) -> Self {
        let mut gathering = Gathering::new(workspace);
        gathering.add(workspace, &workspace.people, today);
        gathering.finish(workspace)
    }
}

/// The lists of each slice counted, each sorted.
#[derive(Debug, Default)]
struct Runs {
    key_accounts: Vec<Vec<KeyAccount>>,
    no_contact: Vec<Vec<NoContact>>,
    unresolved: Vec<Vec<Unresolved>>,
    ideas: Vec<Vec<(usize, IdeaRow)>>,
    points: Vec<Vec<FitPoint>>,
}

/// The figures while they are counted, a slice of people at a time (the view counts
/// [`super::super::PEOPLE_PER_FRAME`] people a frame): [`Gathering::add`] the workspace's
/// people in their order, then [`Gathering::finishing`] (or [`Gathering::finish`] at once).
/// The slices make no difference to the result.
#[derive(Debug, Default)]
pub struct Gathering {
    figures: Figures,
    known_facts: usize,
    incident_counts: HashMap<(JourneyId, Option<PhaseId>), (usize, usize)>,
    /// The slice's ideas, each with its status's place in [`IdeaStatus::ALL`].
    ideas: Vec<(usize, IdeaRow)>,
    /// The organisations plotted: an account is one point, where its first person comes.
    plotted: std::collections::HashSet<OrganisationId>,
    /// Who referred whom, found as the people come.
    referring: crate::ops::links::Referring,
    /// How many moves each map has recorded, for the busiest.
    moves: HashMap<JourneyId, usize>,
    /// The workspace's organisations, indexed once for all the slices.
    organisations: OrganisationIndex,
    runs: Runs,
}

impl Gathering {
    pub fn new(workspace: &Workspace) -> Self {
        let figures = Figures { currency: workspace.currency.clone(), ..Figures::default() };
        let referring = crate::ops::links::Referring::new(workspace);
        let organisations = OrganisationIndex::of(workspace);
        Gathering { figures, referring, organisations, ..Gathering::default() }
    }

    /// Counts `people`, the next of `workspace`'s people in their order.
    pub fn add(&mut self, workspace: &Workspace, people: &[crate::model::Person], today: NaiveDate) {
        let Gathering { figures, known_facts, incident_counts, ideas, plotted, referring, moves, organisations, runs } =
            self;
        let phase_names: HashMap<PhaseId, &str> =
            workspace.journeys.iter().flat_map(|j| j.phases.iter().map(|p| (p.id, p.name.as_str()))).collect();
        referring.add(workspace, organisations, people);
        for person in people {
            let known = knowledge::of(person, today);
            *known_facts += known.known.len();
            let percent = known.percent();
            figures.histogram[usize::from(percent / 10).min(9)] += 1;
            let organisation = organisations.of_person(workspace, person);
            if person.key_account || organisation.is_some_and(|o| o.key_account) {
                figures.key_accounts.push(KeyAccount {
                    person: person.id,
                    name: person.name.clone(),
                    percent,
                    missing: known.missing.clone(),
                });
            }
            if matches!(person.status, Status::Prospect | Status::Customer)
                && known.missing.contains(&knowledge::Fact::PersonalContact)
            {
                figures.no_contact.push(NoContact {
                    person: person.id,
                    name: person.name.clone(),
                    last: knowledge::last_personal_contact(person),
                });
            }
            let (fit, account, name, status) = match organisation {
                Some(o) => (&o.fit, Some(o.id), &o.name, o.status),
                None => (&person.fit, None, &person.name, person.status),
            };
            if let Some(value) = fit.yearly_value
                && account.is_none_or(|id| plotted.insert(id))
            {
                figures.fit.points.push(FitPoint {
                    person: person.id,
                    account,
                    name: name.clone(),
                    status,
                    hours: f64::from(fit.minutes_spent) / 60.0,
                    value,
                    need: fit.need_recognised,
                    flagged: false,
                });
            }
            for incident in &person.incidents {
                if let Some(journey) = incident.journey {
                    let counts = incident_counts.entry((journey, incident.phase)).or_default();
                    match incident.valence {
                        Valence::Better => counts.0 += 1,
                        Valence::Worse => counts.1 += 1,
                    }
                }
                if incident.valence == Valence::Worse && !incident.resolved {
                    let what = [&incident.happened, &incident.touchpoint, &incident.expected]
                        .into_iter()
                        .find(|t| !t.trim().is_empty())
                        .cloned()
                        .unwrap_or_default();
                    let phase =
                        incident.phase.and_then(|p| phase_names.get(&p)).map(|n| (*n).to_owned()).unwrap_or_default();
                    figures.unresolved.push(Unresolved {
                        person: person.id,
                        name: person.name.clone(),
                        date: incident.date,
                        what,
                        phase,
                    });
                }
            }
            for entry in &person.phase_history {
                *moves.entry(entry.journey).or_default() += 1;
            }
            for idea in &person.ideas {
                let place = IdeaStatus::ALL.iter().position(|s| *s == idea.status).unwrap_or(IdeaStatus::ALL.len());
                ideas.push((
                    place,
                    IdeaRow { person: person.id, name: person.name.clone(), date: idea.date, text: idea.text.clone() },
                ));
            }
        }
        runs.key_accounts.push(sorted(std::mem::take(&mut figures.key_accounts), key_account_order));
        runs.no_contact.push(sorted(std::mem::take(&mut figures.no_contact), no_contact_order));
        runs.unresolved.push(sorted(std::mem::take(&mut figures.unresolved), unresolved_order));
        runs.ideas.push(sorted(std::mem::take(ideas), idea_order));
        runs.points.push(sorted(std::mem::take(&mut figures.fit.points), point_order));
    }
    /// The figures, once every person is counted, made at once.
    #[cfg(test)]
    pub fn finish(self, workspace: &Workspace) -> Figures {
        let mut finishing = self.finishing(workspace);
        finishing.step(usize::MAX);
        finishing.finish()
    }

    /// Once every person is counted: the figures of everyone, their lists to be merged a part
    /// at a time.
    pub fn finishing(self, workspace: &Workspace) -> Finishing {
        let Gathering { mut figures, known_facts, incident_counts, referring, moves, runs, .. } = self;
        figures.referrers = referring.finish();
        figures.busiest = flow::busiest(&workspace.journeys, &moves);
        figures.workspace_percent = knowledge::mean_percent(known_facts, workspace.people.len());
        figures.incidents = incidents_by_phase(workspace, &incident_counts);
        Finishing {
            figures,
            key_accounts: Merging::of(runs.key_accounts, key_account_order),
            no_contact: Merging::of(runs.no_contact, no_contact_order),
            unresolved: Merging::of(runs.unresolved, unresolved_order),
            ideas: Merging::of(runs.ideas, idea_order),
            points: Merging::of(runs.points, point_order),
        }
    }
}

/// The figures of everyone counted, their lists being merged in order a part at a time:
/// [`Finishing::step`] until it says all are merged, then [`Finishing::finish`].
#[derive(Debug)]
pub struct Finishing {
    figures: Figures,
    key_accounts: Merging<KeyAccount>,
    no_contact: Merging<NoContact>,
    unresolved: Merging<Unresolved>,
    ideas: Merging<(usize, IdeaRow)>,
    points: Merging<FitPoint>,
}

impl Finishing {
    /// Merges up to `count` more of the lists' entries; whether all are merged.
    pub fn step(&mut self, count: usize) -> bool {
        let mut left = count;
        let done = [
            self.key_accounts.step_sharing(&mut left),
            self.no_contact.step_sharing(&mut left),
            self.unresolved.step_sharing(&mut left),
            self.ideas.step_sharing(&mut left),
            self.points.step_sharing(&mut left),
        ];
        done.iter().all(|d| *d)
    }

    /// The figures, what is left merged first: the ideas grouped by status, the fit's points
    /// flagged and binned.
    pub fn finish(self) -> Figures {
        let Finishing { mut figures, key_accounts, no_contact, unresolved, ideas, points } = self;
        figures.key_accounts = key_accounts.finish();
        figures.no_contact = no_contact.finish();
        figures.unresolved = unresolved.finish();
        let mut groups: Vec<(IdeaStatus, Vec<IdeaRow>)> = IdeaStatus::ALL.iter().map(|s| (*s, Vec::new())).collect();
        for (place, row) in ideas.finish() {
            if let Some((_, rows)) = groups.get_mut(place) {
                rows.push(row);
            }
        }
        figures.ideas = groups;
        figures.fit.points = points.finish();
        figures.fit.flag_and_bin();
        figures
    }
}
