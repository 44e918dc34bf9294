//! The sample workspace offered on first run (`assets/sample.kindred`): it must open cleanly,
//! be saved back unchanged, show a dozen customers with varied, human content, and hold
//! together: every reference points at something that exists.

use chrono::NaiveDate;
use kindred::model::codec;
use kindred::model::*;
use std::collections::{HashMap, HashSet};

const SAMPLE: &[u8] = include_bytes!("../../assets/sample.kindred");

fn sample() -> Workspace {
    codec::decode(SAMPLE).expect("the sample workspace decodes").workspace
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// The day the sample was written for; its logs end by then.
fn written_on() -> NaiveDate {
    date(2026, 11, 23)
}

fn journey_named(workspace: &Workspace, template: Template) -> &JourneyMap {
    workspace
        .journeys
        .iter()
        .find(|j| j.name == template.name())
        .unwrap_or_else(|| panic!("the sample has a `{}` map", template.name()))
}

/// How much of a person we know, as a count of filled-in facts (their account's fit counts).
fn known_facts(workspace: &Workspace, person: &Person) -> usize {
    let fit = workspace.fit_of(person);
    let texts = [
        &person.role,
        &person.contact.address,
        &person.life.what_matters,
        &person.life.proud_of,
        &person.life.preferences,
        &person.life.notes,
        &person.needs.stated,
        &person.needs.motivation,
        &person.needs.challenge,
        &person.needs.agreed_solution,
    ];
    let lists = [
        person.contact.emails.is_empty(),
        person.contact.phones.is_empty(),
        person.tags.is_empty(),
        person.life.family.is_empty(),
        person.life.interests.is_empty(),
        person.milestones.is_empty(),
        person.interactions.is_empty(),
    ];
    texts.iter().filter(|t| !t.trim().is_empty()).count()
        + lists.iter().filter(|empty| !**empty).count()
        + usize::from(fit.need_recognised != NeedRecognised::Unknown)
        + usize::from(fit.driver != Driver::Unknown)
        + usize::from(fit.yearly_value.is_some())
}

#[test]
fn opens_cleanly_and_writable() {
    let decoded = codec::decode(SAMPLE).expect("the sample workspace decodes");
    assert_eq!(decoded.version, FORMAT_VERSION);
    assert!(decoded.unknown_fields.is_empty(), "unknown fields: {:?}", decoded.unknown_fields);
    assert_eq!(decoded.read_only_reason(), None);
    assert_eq!(decoded.workspace.name, "Bageriet Dahl");
    assert_eq!(decoded.workspace.currency, "DKK");
}

#[test]
fn saving_it_again_changes_nothing() {
    let text = std::str::from_utf8(SAMPLE).expect("the sample is UTF-8");
    let encoded = codec::encode(&sample());
    if encoded != text {
        let line = encoded.lines().zip(text.lines()).position(|(a, b)| a != b).map_or_else(
            || format!("the files differ in length ({} and {} lines)", encoded.lines().count(), text.lines().count()),
            |i| {
                format!(
                    "line {}: the file has\n{}\nbut encoding gives\n{}",
                    i + 1,
                    text.lines().nth(i).unwrap_or_default(),
                    encoded.lines().nth(i).unwrap_or_default()
                )
            },
        );
        panic!("assets/sample.kindred is not what Kindred would save (decode and encode it again); {line}");
    }
}

#[test]
fn a_dozen_customers_with_a_spread_of_content() {
    let workspace = sample();
    let people = &workspace.people;
    assert_eq!(people.len(), 12);
    for person in people {
        assert!(!person.name.trim().is_empty(), "every person has a name");
        assert!(!workspace.organisation_name(person).trim().is_empty(), "{} has an organisation", person.name);
        assert!(!person.contact.emails.is_empty(), "{} can be written to", person.name);
        assert!(person.contact.emails.iter().chain(&person.contact.phones).all(|l| !l.label.is_empty()));
        assert!(!person.tags.is_empty(), "{} has a segment", person.name);
        assert!(!person.interactions.is_empty(), "{} has been in touch", person.name);
    }
    let names: HashSet<_> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 12, "names are distinct");
    assert!(names.iter().any(|n| n.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å'])), "Danish letters survive");

    let count = |f: &dyn Fn(&Person) -> bool| people.iter().filter(|p| f(p)).count();
    assert!(count(&|p| !p.life.family.is_empty()) >= 8, "most have family");
    assert!(count(&|p| !p.milestones.is_empty()) >= 8, "most have milestones");
    assert!(count(&|p| !p.incidents.is_empty()) >= 6, "many have critical incidents");
    assert!(count(&|p| !p.ideas.is_empty()) >= 8, "most gave ideas");
    assert!(count(&|p| !p.life.what_matters.is_empty()) >= 8, "we know what matters to most");
    assert!(count(&|p| workspace.fit_of(p).yearly_value.is_some()) >= 8, "most have a yearly value");
    assert!(count(&|p| p.interactions.len() >= 3) >= 9, "most have a real history");

    assert_eq!(count(&|p| p.status == Status::Prospect), 2);
    assert_eq!(count(&|p| p.status == Status::FormerCustomer), 1);
    assert!(count(&|p| p.status == Status::Customer) >= 7);
    let declined: Vec<_> = people.iter().filter(|p| p.status == Status::DeclinedByUs).collect();
    assert_eq!(declined.len(), 1);
    assert!(!declined[0].status_reason.is_empty(), "we say why we declined");
    assert_eq!(workspace.fit_of(declined[0]).decision, FitDecision::LetGo);
    assert!(!workspace.fit_of(declined[0]).decision_reason.is_empty());
    assert!(people.iter().filter(|p| p.status == Status::FormerCustomer).all(|p| !p.status_reason.is_empty()));
    assert!((3..=4).contains(&count(&|p| p.key_account)), "a few key accounts");

    // How well we know them varies, from barely a name to the whole story.
    let known: Vec<_> = people.iter().map(|p| known_facts(&workspace, p)).collect();
    let (least, most) = (known.iter().min().copied().unwrap_or(0), known.iter().max().copied().unwrap_or(0));
    assert!(least <= 6, "someone is barely known ({known:?})");
    assert!(most >= 19, "someone is well known ({known:?})");
    assert!(known.iter().filter(|&&k| k >= 17).count() >= 4, "several are well known ({known:?})");
}

#[test]
fn the_exercise_has_questions_about_key_accounts() {
    use kindred::ops::knowledge::{self, Fact};
    let workspace = sample();
    // Facts that do not wear off with the days (a recent personal contact does).
    let gaps = |person: &Person| -> Vec<Fact> {
        knowledge::of(person, written_on()).missing.into_iter().filter(|f| *f != Fact::PersonalContact).collect()
    };
    let keys: Vec<(&str, Vec<Fact>)> =
        workspace.people.iter().filter(|p| p.key_account).map(|p| (p.name.as_str(), gaps(p))).collect();
    let asking = keys.iter().filter(|(_, missing)| !missing.is_empty()).count();
    assert!(asking >= 2, "at least two key accounts have something for the room to answer: {keys:?}");
    assert!(keys.iter().any(|(_, missing)| missing.is_empty()), "and one is known through and through: {keys:?}");
    let asked: HashSet<Fact> = keys.iter().flat_map(|(_, missing)| missing.iter().copied()).collect();
    assert!(asked.len() >= 3, "the questions vary: {asked:?}");
}

#[test]
fn every_kind_of_record_is_shown() {
    let workspace = sample();
    let people = &workspace.people;
    let milestones: Vec<_> = people.iter().flat_map(|p| &p.milestones).collect();
    for kind in [
        MilestoneKind::Birthday,
        MilestoneKind::WorkAnniversary,
        MilestoneKind::CustomerSince,
        MilestoneKind::WeddingAnniversary,
        MilestoneKind::FamilyBirthday,
        MilestoneKind::LifeEvent,
        MilestoneKind::Custom,
    ] {
        assert!(milestones.iter().any(|m| m.kind == kind), "a {kind:?} milestone");
    }
    assert!(milestones.iter().any(|m| m.kind == MilestoneKind::LifeEvent && m.recurrence == Recurrence::Once));
    let incidents: Vec<_> = people.iter().flat_map(|p| &p.incidents).collect();
    for valence in [Valence::Better, Valence::Worse] {
        assert!(incidents.iter().filter(|i| i.valence == valence).count() >= 3, "{valence:?} incidents");
    }
    assert!(incidents.iter().any(|i| i.resolved) && incidents.iter().any(|i| !i.resolved));
    let ideas: Vec<_> = people.iter().flat_map(|p| &p.ideas).collect();
    for status in
        [IdeaStatus::New, IdeaStatus::Considering, IdeaStatus::Planned, IdeaStatus::Done, IdeaStatus::Declined]
    {
        assert!(ideas.iter().any(|i| i.status == status), "a {status:?} idea");
    }
    assert!(ideas.iter().filter(|i| i.phase.is_some()).count() >= ideas.len() / 2, "ideas linked to phases");
    let interactions: Vec<_> = people.iter().flat_map(|p| &p.interactions).collect();
    assert!(interactions.iter().any(|i| i.personal) && interactions.iter().any(|i| !i.personal));
    let channels: HashSet<_> = interactions.iter().map(|i| i.channel).collect();
    assert!(channels.len() >= 5, "varied channels: {channels:?}");
    let fits: Vec<&Fit> = people.iter().map(|p| workspace.fit_of(p)).collect();
    for decision in [FitDecision::Undecided, FitDecision::Keep, FitDecision::LetGo] {
        assert!(fits.iter().any(|f| f.decision == decision), "a {decision:?} decision");
    }
    for driver in [Driver::Value, Driver::Price, Driver::Speed, Driver::Unknown] {
        assert!(fits.iter().any(|f| f.driver == driver), "a {driver:?} driver");
    }
    for recognised in [NeedRecognised::Yes, NeedRecognised::Partly, NeedRecognised::No, NeedRecognised::Unknown] {
        assert!(fits.iter().any(|f| f.need_recognised == recognised), "need recognised {recognised:?}");
    }
}

#[test]
fn accounts_and_relationships_are_shown() {
    let workspace = sample();
    let people = &workspace.people;
    assert_eq!(workspace.organisations.len(), 12, "each customer's organisation is an account");
    assert!(people.iter().all(|p| p.fit == Fit::default()), "the accounts hold the fit");
    let key: Vec<&str> = workspace.organisations.iter().filter(|o| o.key_account).map(|o| o.name.as_str()).collect();
    assert!((3..=4).contains(&key.len()), "a few key accounts: {key:?}");
    let detailed = workspace.organisations.iter().filter(|o| !o.website.is_empty() && !o.phone.is_empty()).count();
    assert!(detailed >= 2, "some accounts have their own details");
    assert!(workspace.organisations.iter().any(|o| !o.milestones.is_empty()), "an account has a day of its own");
    for role in [AccountRole::Owner, AccountRole::Buyer, AccountRole::User, AccountRole::Bookkeeper] {
        assert!(people.iter().any(|p| p.account_role == role), "someone is a {role:?}");
    }
    assert!(people.iter().any(|p| matches!(p.account_role, AccountRole::Other(_))), "a part in their own words");
    for source in [ReferralSource::Person, ReferralSource::Event, ReferralSource::Search, ReferralSource::WalkIn] {
        assert!(people.iter().any(|p| p.referral.source == source), "someone came to us by {source:?}");
    }
    let referrers = kindred::ops::links::referrers(&workspace);
    assert!(referrers.first().is_some_and(|r| r.customers >= 2), "someone brought several customers: {referrers:?}");
    assert!(workspace.links.iter().any(|l| !l.kind.symmetric()), "a link worded differently on each side");
    assert!(workspace.links.iter().any(|l| l.kind.symmetric()), "and one alike");
    for link in &workspace.links {
        assert!(workspace.person(link.from).is_some() && workspace.person(link.to).is_some(), "{link:?}");
        if link.kind == LinkKind::Referred {
            let referred = workspace.person(link.to).expect("there");
            assert_eq!(referred.referral.source, ReferralSource::Person, "{} was referred", referred.name);
        }
    }
}

#[test]
fn dates_are_recent_and_include_the_awkward_ones() {
    let workspace = sample();
    let today = written_on();
    let from = date(2025, 1, 1);
    for person in &workspace.people {
        let logged = person
            .interactions
            .iter()
            .map(|i| i.date)
            .chain(person.incidents.iter().map(|i| i.date))
            .chain(person.ideas.iter().map(|i| i.date));
        for day in logged {
            assert!((from..=today).contains(&day), "{}: {day} is not in 2025–2026 up to {today}", person.name);
        }
    }
    let dates: Vec<PartialDate> = workspace
        .people
        .iter()
        .flat_map(|p| p.milestones.iter().map(|m| m.date).chain(p.life.family.iter().filter_map(|f| f.birthday)))
        .collect();
    assert!(dates.iter().any(|d| d.year().is_none()), "a date without a year");
    assert!(
        workspace.people.iter().flat_map(|p| &p.milestones).any(|m| m.kind == MilestoneKind::Birthday
            && m.date.year().is_some()
            && (m.date.month(), m.date.day()) == (2, 29)),
        "someone born on 29 February"
    );
    // Something to look forward to in the weeks after the sample was written.
    let upcoming = workspace
        .people
        .iter()
        .flat_map(|p| &p.milestones)
        .filter(|m| m.recurrence == Recurrence::Yearly || m.date.year() == Some(2026))
        .filter(|m| {
            let next = m.date.in_year(2026);
            next >= today && next <= date(2026, 12, 31)
        })
        .count();
    assert!(upcoming >= 5, "only {upcoming} milestones before the new year");
}

#[test]
fn every_map_follows_its_template_and_is_filled_in() {
    let workspace = sample();
    let names: Vec<_> = workspace.journeys.iter().map(|j| j.name.as_str()).collect();
    let templates = [Template::CustomerJourney, Template::SalesProcess, Template::CustomerLifecycle];
    assert_eq!(names, templates.map(Template::name));
    for template in templates {
        let map = journey_named(&workspace, template);
        let phases: Vec<_> = map.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(phases, template.phase_names(), "{} phases", map.name);
        let lanes: Vec<_> = map.lanes.iter().map(|l| (l.name.as_str(), l.kind)).collect();
        assert_eq!(lanes, DEFAULT_LANES, "{} lanes", map.name);
        assert!(!map.segment.trim().is_empty(), "{} has a segment", map.name);
        for phase in &map.phases {
            let emotion = phase.emotion.unwrap_or_else(|| panic!("{} / {} has an emotion", map.name, phase.name));
            assert!((-2..=2).contains(&emotion), "{} / {}: emotion {emotion}", map.name, phase.name);
        }
        let emotions: HashSet<_> = map.phases.iter().filter_map(|p| p.emotion).collect();
        assert!(emotions.len() >= 3, "{}: the emotion curve goes up and down", map.name);

        let lane_kinds: HashMap<_, _> = map.lanes.iter().map(|l| (l.id, l.kind)).collect();
        for card in &map.cards {
            assert!(map.phase(card.phase).is_some(), "{}: card `{}` in an existing phase", map.name, card.text);
            let kind = lane_kinds.get(&card.lane);
            assert!(kind.is_some(), "{}: card `{}` in an existing lane", map.name, card.text);
            assert_ne!(kind, Some(&LaneKind::Emotions), "{}: no cards in the emotions lane", map.name);
            assert!(!card.text.trim().is_empty());
        }
        let card_lanes: Vec<_> = map.lanes.iter().filter(|l| l.kind != LaneKind::Emotions).collect();
        let cells = card_lanes.len() * map.phases.len();
        let filled = card_lanes
            .iter()
            .flat_map(|lane| map.phases.iter().map(move |phase| (phase.id, lane.id)))
            .filter(|&(phase, lane)| map.cell(phase, lane).next().is_some())
            .count();
        assert!(filled * 4 >= cells * 3, "{}: {filled} of {cells} cells have cards", map.name);
        assert!(map.cards.iter().filter(|c| c.votes > 0).count() >= 5, "{}: cards with votes", map.name);
        let colours: HashSet<_> = map.cards.iter().map(|c| c.colour).collect();
        assert!(colours.len() >= 4, "{}: varied colours", map.name);
        let placed = workspace.people.iter().filter(|p| p.position_in(map.id).is_some()).count();
        assert!(placed >= 9, "{}: only {placed} people placed", map.name);
    }
}

/// The Customer lifecycle map: most people on it, with a phase history over the last two years
/// that leads to where they stand, why they moved said more often than not, and some stalled,
/// so that the board's days and amber cards, the map's evidence and Insights' flow show at once.
#[test]
fn the_lifecycle_has_histories_over_two_years_and_stalled_customers() {
    use kindred::ops::lifecycle;
    let workspace = sample();
    let map = journey_named(&workspace, Template::CustomerLifecycle);
    let today = written_on();
    let placed: Vec<&Person> = workspace.people.iter().filter(|p| p.position_in(map.id).is_some()).collect();
    assert!(placed.len() >= 10, "most people are on the lifecycle: {}", placed.len());
    for person in &placed {
        assert!(lifecycle::since(person, map).is_some(), "{}: the history leads to their place", person.name);
        for entry in &person.phase_history {
            assert_eq!(entry.journey, map.id);
            assert!((date(2024, 11, 23)..=today).contains(&entry.date), "{}: {} is recent", person.name, entry.date);
            for phase in [entry.from, entry.to].into_iter().flatten() {
                assert!(map.phase(phase).is_some(), "{}: a move to an existing phase", person.name);
            }
        }
    }
    let moves: Vec<_> = placed.iter().flat_map(|p| &p.phase_history).collect();
    let answered = moves.iter().filter(|m| !m.why.is_empty()).count();
    assert!(answered * 3 >= moves.len() * 2, "why is said for most moves: {answered} of {}", moves.len());
    for kind in [WhyKind::TriggerPoint, WhyKind::Touchpoint, WhyKind::Barrier] {
        assert!(moves.iter().any(|m| m.why.kind == kind), "a {kind:?} among the reasons");
    }
    let stalled: Vec<&str> = placed
        .iter()
        .filter(|p| {
            let column = kindred::ops::moves::column_of(p, map);
            lifecycle::stalled(map, column, lifecycle::days_in_phase(p, map, today))
        })
        .map(|p| p.name.as_str())
        .collect();
    assert!((2..placed.len() / 2).contains(&stalled.len()), "some have stalled: {stalled:?}");
    assert!(map.phases.iter().filter(|p| p.stall_days.is_some()).count() >= 3, "limits on the middle phases");
    let flow = lifecycle::flow(&workspace.people, map, today, 24);
    assert!(flow.phases.iter().filter(|p| p.moved_on > 0).count() >= 4, "people moved on from most phases");
    assert!(workspace.journeys.iter().filter(|j| j.segment_tag.is_some()).count() >= 2, "maps name their segment");
}

#[test]
fn every_reference_resolves() {
    let workspace = sample();
    let phase_of =
        |journey: JourneyId, phase: PhaseId| workspace.journey(journey).and_then(|j| j.phase(phase)).is_some();
    let mut placed_in_both = 0;
    let mut columns: HashMap<(JourneyId, PhaseId), Vec<u32>> = HashMap::new();
    for person in &workspace.people {
        let name = &person.name;
        if let Some(organisation) = person.organisation {
            assert!(workspace.organisation(organisation).is_some(), "{name}: their organisation exists");
        }
        for position in &person.positions {
            assert!(phase_of(position.journey, position.phase), "{name}: position in an existing phase");
            columns.entry((position.journey, position.phase)).or_default().push(position.order);
        }
        let journeys: HashSet<_> = person.positions.iter().map(|p| p.journey).collect();
        assert_eq!(journeys.len(), person.positions.len(), "{name}: one position per map");
        placed_in_both += usize::from(journeys.len() == workspace.journeys.len());

        for incident in &person.incidents {
            let (Some(journey), Some(phase)) = (incident.journey, incident.phase) else {
                panic!("{name}: incident of {} has a journey and a phase", incident.date);
            };
            assert!(phase_of(journey, phase), "{name}: incident of {} in an existing phase", incident.date);
        }
        for idea in &person.ideas {
            match (idea.journey, idea.phase) {
                (Some(journey), Some(phase)) => assert!(phase_of(journey, phase), "{name}: idea `{}`", idea.text),
                (None, None) => {}
                _ => panic!("{name}: idea `{}` has a journey without a phase or the other way round", idea.text),
            }
        }
        let relatives: HashSet<_> = person.life.family.iter().map(|f| f.id).collect();
        for milestone in &person.milestones {
            if let Some(relative) = milestone.family_member {
                assert!(relatives.contains(&relative), "{name}: `{}` belongs to their relative", milestone.label);
            }
            if milestone.kind == MilestoneKind::FamilyBirthday {
                assert!(milestone.family_member.is_some(), "{name}: `{}` names the relative", milestone.label);
            }
        }
    }
    assert!(placed_in_both >= 8, "most people are placed in every map");
    assert!(placed_in_both < workspace.people.len(), "some are placed in one map only");
    for ((_, phase), mut orders) in columns {
        orders.sort_unstable();
        let expected: Vec<u32> = (0..orders.len() as u32).collect();
        assert_eq!(orders, expected, "column {phase}: orders are 0, 1, 2, …");
    }
}

#[test]
fn ids_are_unique_uuids() {
    let workspace = sample();
    let mut ids = Vec::new();
    for person in &workspace.people {
        ids.push(person.id.0);
        ids.extend(person.life.family.iter().map(|f| f.id.0));
        ids.extend(person.milestones.iter().map(|m| m.id.0));
        ids.extend(person.incidents.iter().map(|i| i.id.0));
        ids.extend(person.ideas.iter().map(|i| i.id.0));
        ids.extend(person.interactions.iter().map(|i| i.id.0));
        ids.extend(person.phase_history.iter().map(|m| m.id.0));
    }
    for journey in &workspace.journeys {
        ids.push(journey.id.0);
        ids.extend(journey.phases.iter().map(|p| p.id.0));
        ids.extend(journey.lanes.iter().map(|l| l.id.0));
        ids.extend(journey.cards.iter().map(|c| c.id.0));
    }
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "every id appears once");
    for id in &ids {
        assert_eq!(id.get_version_num(), 4, "{id} is a version-4 UUID");
        assert_eq!(id.get_variant(), uuid::Variant::RFC4122, "{id} has the RFC 4122 variant");
    }
}

/// The sample as a format-1 file would hold it (each person's organisation as its name, the
/// account's fit on its person, no links) migrates to the sample's organisations: the same ids,
/// names, fits, key accounts and statuses.
#[test]
fn the_sample_written_in_format_1_migrates_to_its_organisations() {
    let sample = sample();
    let mut old = sample.clone();
    old.links.clear();
    for person in &mut old.people {
        let organisation = sample.organisation_of(person).expect("everyone has one");
        person.fit = organisation.fit.clone();
        person.account_role = AccountRole::default();
        person.referral = Referral::default();
    }
    old.organisations.clear();
    let mut text = codec::encode(&old).replacen("format_version: 2", "format_version: 1", 1);
    for organisation in &sample.organisations {
        let name = organisation.name.replace('\'', "\\'");
        text =
            text.replace(&format!("organisation: Some(\"{}\")", organisation.id), &format!("organisation: \"{name}\""));
    }
    assert!(!text.contains("organisation: Some("), "every link is a name again");
    let decoded = codec::decode(text.as_bytes()).expect("the format-1 sample reads");
    assert_eq!(decoded.version, 1);
    let expected: Vec<Organisation> = sample
        .organisations
        .iter()
        .map(|o| Organisation {
            id: o.id,
            name: o.name.clone(),
            key_account: o.key_account,
            status: o.status,
            fit: o.fit.clone(),
            ..Organisation::default()
        })
        .collect();
    assert_eq!(decoded.workspace.organisations, expected, "one per name, each with its person's fit");
    let links: Vec<Option<OrganisationId>> = decoded.workspace.people.iter().map(|p| p.organisation).collect();
    assert_eq!(links, sample.people.iter().map(|p| p.organisation).collect::<Vec<_>>(), "each linked as in the sample");
    assert!(decoded.workspace.people.iter().all(|p| p.fit == Fit::default()), "the fit is the account's");
}
