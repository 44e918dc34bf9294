//! The sample workspace offered on first run: it must read cleanly and show what Kindred is for.

use kindred::model::*;
use kindred::store::format;
use std::collections::HashSet;

const SAMPLE: &[u8] = include_bytes!("../assets/sample.kindred");

fn sample() -> Workspace {
    let decoded = format::decode(SAMPLE).expect("the sample decodes");
    assert!(decoded.unknown_fields.is_empty(), "unknown fields: {:?}", decoded.unknown_fields);
    assert_eq!(decoded.version, FORMAT_VERSION);
    decoded.workspace
}

#[test]
fn the_sample_is_canonical_so_saving_it_unchanged_changes_nothing() {
    assert_eq!(format::encode(&sample()).as_bytes(), SAMPLE);
}

#[test]
fn a_dozen_customers_known_as_people() {
    let workspace = sample();
    assert_eq!(workspace.name, "Bageriet Dahl");
    assert_eq!(workspace.people.len(), 12);
    let count = |f: &dyn Fn(&Person) -> bool| workspace.people.iter().filter(|p| f(p)).count();
    assert_eq!(count(&|p| !p.name.is_empty() && !p.organisation.is_empty()), 12);
    assert!(count(&|p| !p.life.family.is_empty()) >= 8, "families");
    assert!(count(&|p| !p.milestones.is_empty()) >= 10, "milestones");
    assert!(count(&|p| !p.incidents.is_empty()) >= 5, "critical incidents");
    assert!(count(&|p| !p.ideas.is_empty()) >= 5, "ideas");
    assert!(count(&|p| !p.interactions.is_empty()) >= 11, "interaction logs");
    assert!(count(&|p| p.key_account) >= 3, "key accounts");
    let statuses: HashSet<_> = workspace.people.iter().map(|p| p.status).collect();
    assert_eq!(statuses.len(), Status::ALL.len(), "every status appears");
    let incidents: Vec<_> = workspace.people.iter().flat_map(|p| &p.incidents).collect();
    assert!(incidents.iter().any(|i| i.valence == Valence::Better));
    assert!(incidents.iter().any(|i| i.valence == Valence::Worse && !i.resolved), "an unanswered flicker");
    let dates: Vec<_> = workspace
        .people
        .iter()
        .flat_map(|p| p.milestones.iter().map(|m| m.date).chain(p.life.family.iter().filter_map(|f| f.birthday)))
        .collect();
    assert!(dates.iter().any(|d| d.year().is_none()), "a birthday without a year");
    assert!(dates.iter().any(|d| d.month() == 2 && d.day() == 29), "a leap-day birthday");
    let declined = workspace.people.iter().find(|p| p.status == Status::DeclinedByUs).expect("declined");
    assert!(!declined.status_reason.is_empty() && declined.fit.decision == FitDecision::LetGo);
}

#[test]
fn both_templates_are_filled_in() {
    let workspace = sample();
    let names: Vec<_> = workspace.journeys.iter().map(|j| j.name.as_str()).collect();
    assert_eq!(names, ["Customer journey", "Sales process"]);
    for (map, template) in workspace.journeys.iter().zip([Template::CustomerJourney, Template::SalesProcess]) {
        let phases: Vec<_> = map.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(phases, template.phase_names());
        let lanes: Vec<_> = map.lanes.iter().map(|l| (l.name.as_str(), l.kind)).collect();
        assert_eq!(lanes, DEFAULT_LANES);
        assert!(map.phases.iter().all(|p| p.emotion.is_some_and(|e| (-2..=2).contains(&e))));
        assert!(map.cards.len() >= 5 * map.phases.len(), "{}: {} cards", map.name, map.cards.len());
        let emotions = map.lanes.iter().find(|l| l.kind == LaneKind::Emotions).map(|l| l.id);
        assert!(map.cards.iter().all(|c| Some(c.lane) != emotions && map.phase(c.phase).is_some()));
        assert!(map.cards.iter().all(|c| map.lanes.iter().any(|l| l.id == c.lane)));
        let placed = workspace.people.iter().filter(|p| p.position_in(map.id).is_some()).count();
        assert!(placed >= 9, "{}: {placed} people placed", map.name);
    }
}

#[test]
fn every_reference_resolves_and_every_id_is_unique() {
    let workspace = sample();
    let phase_of = |journey: JourneyId, phase: PhaseId| workspace.journey(journey).and_then(|j| j.phase(phase));
    let mut ids = HashSet::new();
    let mut unique = |id: uuid::Uuid| assert!(ids.insert(id), "id {id} used twice");
    for map in &workspace.journeys {
        unique(map.id.0);
        map.phases.iter().for_each(|p| unique(p.id.0));
        map.lanes.iter().for_each(|l| unique(l.id.0));
        map.cards.iter().for_each(|c| unique(c.id.0));
    }
    for person in &workspace.people {
        unique(person.id.0);
        person.life.family.iter().for_each(|f| unique(f.id.0));
        person.interactions.iter().for_each(|i| unique(i.id.0));
        for position in &person.positions {
            assert!(phase_of(position.journey, position.phase).is_some(), "{}: position", person.name);
        }
        for milestone in &person.milestones {
            unique(milestone.id.0);
            if let Some(relative) = milestone.family_member {
                assert!(person.life.family.iter().any(|f| f.id == relative), "{}: milestone relative", person.name);
            }
        }
        for incident in &person.incidents {
            unique(incident.id.0);
            let (Some(journey), Some(phase)) = (incident.journey, incident.phase) else { continue };
            assert!(phase_of(journey, phase).is_some(), "{}: incident phase", person.name);
        }
        for idea in &person.ideas {
            unique(idea.id.0);
            let (Some(journey), Some(phase)) = (idea.journey, idea.phase) else { continue };
            assert!(phase_of(journey, phase).is_some(), "{}: idea phase", person.name);
        }
    }
}
