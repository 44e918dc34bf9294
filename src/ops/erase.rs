//! Erasing a person for good: the person and everything kept under them (milestones, family,
//! needs and fit, critical incidents, ideas, the interaction log, their places on every board)
//! leave the workspace, and so do the links between them and others (and a relative's pointer
//! to them) and the conflicts a merge recorded about them or those links (which hold their
//! values and name). Their organisation stays: it is the account, and others may belong to it.
//! What others wrote about them in free text is not ours to delete silently, so it is found and
//! reported: their name or e-mail address in another person's notes, family or how they came to
//! us, in an organisation's notes, or on a journey map's card.

use crate::model::{CardId, JourneyId, Person, PersonId, Workspace};
use crate::ops::merge::fold;

/// Why a person was not erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Nobody has the id (any more).
    Missing,
    /// Two people have the id: which of them is meant cannot be told, and erasing the first
    /// could erase someone else, for good.
    Shared,
}

/// Removes the person from the workspace; the person as they were.
///
/// Unlike `Edit::RemovePerson` this is not an edit with an inverse: the caller also clears the
/// undo history, which would otherwise hold the person.
pub fn erase(workspace: &mut Workspace, id: PersonId) -> Result<Person, Refused> {
    match workspace.people.iter().filter(|p| p.id == id).count() {
        0 => Err(Refused::Missing),
        1 => workspace.erase_person(id).ok_or(Refused::Missing),
        _ => Err(Refused::Shared),
    }
}

/// Which part of another person's record mentions the erased person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Family,
    WhatMatters,
    ProudOf,
    Preferences,
    Notes,
    StatusReason,
    Purpose,
    Needs,
    FitReason,
    Incident,
    Idea,
    Interaction,
    Milestone,
    FollowUp,
    /// Why they moved on a board.
    PhaseHistory,
    /// How they came to us.
    Referral,
}

/// Where the erased person is still mentioned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// In another person's record.
    Person { person: PersonId, name: String, field: Field },
    /// In an organisation's notes.
    Organisation { organisation: crate::model::OrganisationId, name: String },
    /// On a card of a journey map.
    Card { journey: JourneyId, map: String, card: CardId },
}

/// One mention, with the text around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub place: Place,
    /// The mentioning text, shortened.
    pub excerpt: String,
}

/// The longest excerpt shown of a mentioning text.
const EXCERPT_CHARS: usize = 80;

/// Where `person` (erased, or about to be) is still mentioned in `workspace`: by full name or
/// e-mail address, compared without case and accents, as whole words. A first name alone is
/// not looked for: "Anne" is in too many notes that mean someone else.
pub fn mentions(workspace: &Workspace, person: &Person) -> Vec<Mention> {
    let mut needles: Vec<String> = std::iter::once(person.name.as_str())
        .chain(person.contact.emails.iter().map(|e| e.value.as_str()))
        .map(fold)
        .filter(|needle| !needle.is_empty())
        .map(|needle| format!(" {needle} "))
        .collect();
    needles.dedup();
    if needles.is_empty() {
        return Vec::new();
    }
    let mentioned = |text: &str| {
        !text.trim().is_empty() && {
            let folded = format!(" {} ", fold(text));
            needles.iter().any(|needle| folded.contains(needle.as_str()))
        }
    };
    let mut found = Vec::new();
    for other in workspace.people.iter().filter(|other| other.id != person.id) {
        for (field, text) in texts_of(other) {
            if mentioned(text) {
                let place = Place::Person { person: other.id, name: other.name.clone(), field };
                found.push(Mention { place, excerpt: excerpt(text) });
            }
        }
    }
    for organisation in &workspace.organisations {
        for text in [&organisation.notes, &organisation.status_reason, &organisation.fit.decision_reason] {
            if mentioned(text) {
                let place = Place::Organisation { organisation: organisation.id, name: organisation.name.clone() };
                found.push(Mention { place, excerpt: excerpt(text) });
            }
        }
    }
    for map in &workspace.journeys {
        for card in map.cards.iter().filter(|card| mentioned(&card.text)) {
            let place = Place::Card { journey: map.id, map: map.name.clone(), card: card.id };
            found.push(Mention { place, excerpt: excerpt(&card.text) });
        }
    }
    found
}

/// The mentioning text, trimmed and cut at [`EXCERPT_CHARS`].
fn excerpt(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Every free text of a person's record, with the part it belongs to.
fn texts_of(person: &Person) -> Vec<(Field, &str)> {
    let life = &person.life;
    let mut texts = vec![
        (Field::WhatMatters, life.what_matters.as_str()),
        (Field::ProudOf, life.proud_of.as_str()),
        (Field::Preferences, life.preferences.as_str()),
        (Field::Notes, life.notes.as_str()),
        (Field::StatusReason, person.status_reason.as_str()),
        (Field::Purpose, person.purpose.as_str()),
        (Field::Needs, person.needs.stated.as_str()),
        (Field::Needs, person.needs.motivation.as_str()),
        (Field::Needs, person.needs.challenge.as_str()),
        (Field::Needs, person.needs.agreed_solution.as_str()),
        (Field::FitReason, person.fit.decision_reason.as_str()),
        (Field::Referral, person.referral.detail.as_str()),
    ];
    for member in &life.family {
        texts.push((Field::Family, member.name.as_str()));
        texts.push((Field::Family, member.notes.as_str()));
    }
    for milestone in &person.milestones {
        texts.push((Field::Milestone, milestone.label.as_str()));
    }
    for incident in &person.incidents {
        for text in [&incident.touchpoint, &incident.expected, &incident.happened, &incident.response] {
            texts.push((Field::Incident, text.as_str()));
        }
    }
    for idea in &person.ideas {
        texts.push((Field::Idea, idea.text.as_str()));
    }
    for interaction in &person.interactions {
        texts.push((Field::Interaction, interaction.note.as_str()));
    }
    for follow_up in &person.follow_ups {
        texts.push((Field::FollowUp, follow_up.text.as_str()));
    }
    for entry in &person.phase_history {
        texts.push((Field::PhaseHistory, entry.why.text.as_str()));
    }
    // One mention per part is enough to point the person there.
    texts.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, FamilyMember, Labelled};
    use crate::ops::demo;

    fn workspace() -> Workspace {
        demo::generate(40, chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"))
    }

    #[test]
    fn erasing_takes_the_person_and_all_they_hold_and_leaves_everyone_else() {
        let mut ws = workspace();
        let victim = ws
            .people
            .iter()
            .find(|p| !p.positions.is_empty() && !p.incidents.is_empty())
            .cloned()
            .expect("a person on a board with incidents");
        let others: Vec<Person> = ws.people.iter().filter(|p| p.id != victim.id).cloned().collect();
        let erased = erase(&mut ws, victim.id).expect("was there");
        assert_eq!(erased, victim);
        assert_eq!(ws.people, others, "everyone else is exactly as before");
        assert!(ws.person(victim.id).is_none());
        let text = crate::model::codec::encode(&ws);
        assert!(!text.contains(&victim.id.to_string()), "no trace of the id is written");
        for incident in &victim.incidents {
            assert!(!text.contains(&incident.id.to_string()), "their incidents go with them");
        }
        assert_eq!(erase(&mut ws, victim.id), Err(Refused::Missing), "erasing twice finds no one");
    }

    #[test]
    fn a_person_whose_id_another_has_too_is_not_erased() {
        let mut ws = workspace();
        let shared = ws.people[2].id;
        ws.people[7].id = shared;
        let before = ws.clone();
        assert_eq!(erase(&mut ws, shared), Err(Refused::Shared));
        assert_eq!(ws, before, "neither of them is gone");
    }

    #[test]
    fn mentions_by_full_name_or_email_are_found_as_whole_words_without_case_or_accents() {
        let mut ws = workspace();
        ws.people.truncate(3);
        ws.journeys.truncate(1);
        ws.people[0].name = "Søren Æbelø".into();
        ws.people[0].contact.emails = vec![Labelled { label: String::new(), value: "soren@example.dk".into() }];
        let victim = ws.people[0].clone();
        let (other_id, other_name) = (ws.people[1].id, ws.people[1].name.clone());
        let other = &mut ws.people[1];
        other.life = Default::default();
        other.life.notes = "Knows SOEREN AEBELOE from the rowing club".into();
        other.life.family = vec![FamilyMember { name: "Søren Æbelø".into(), ..Default::default() }];
        other.interactions.clear();
        other.incidents.clear();
        other.ideas.clear();
        other.milestones.clear();
        other.needs = Default::default();
        other.fit.decision_reason = "Mail soren@example.dk first".into();
        other.status_reason = "Sørensen is someone else".into();
        ws.people[2] = Person { id: ws.people[2].id, name: "Unrelated".into(), ..Default::default() };
        let map = &mut ws.journeys[0];
        let (phase, lane) = (map.phases[0].id, map.lanes[0].id);
        let card = |text: &str| Card {
            id: CardId::new(),
            phase,
            lane,
            text: text.into(),
            colour: Default::default(),
            votes: 0,
        };
        map.cards = vec![card("Call Søren Æbelø back"), card("Søren alone is not enough")];
        let card = map.cards[0].id;
        let (journey, map_name) = (map.id, map.name.clone());
        let found = mentions(&ws, &victim);
        let places: Vec<&Place> = found.iter().map(|m| &m.place).collect();
        assert_eq!(
            places,
            vec![
                &Place::Person { person: other_id, name: other_name.clone(), field: Field::Notes },
                &Place::Person { person: other_id, name: other_name.clone(), field: Field::FitReason },
                &Place::Person { person: other_id, name: other_name, field: Field::Family },
                &Place::Card { journey, map: map_name, card },
            ]
        );
        assert_eq!(found[0].excerpt, "Knows SOEREN AEBELOE from the rowing club");
    }

    #[test]
    fn a_person_without_a_name_or_email_is_looked_for_nowhere() {
        let mut ws = workspace();
        let nobody = Person::default();
        ws.people[1].life.notes = String::new();
        assert!(mentions(&ws, &nobody).is_empty());
    }

    #[test]
    fn erasing_takes_their_links_and_says_where_their_name_remains() {
        use crate::model::{Link, LinkKind, Organisation, ReferralSource};
        let mut ws = Workspace::named("Shop");
        let søren = Person::named("Søren Dahl");
        let mut mette = Person::named("Mette");
        mette.referral.source = ReferralSource::Person;
        mette.referral.detail = "Søren Dahl told her about us".into();
        let mut lars = Person::named("Lars");
        lars.life
            .family
            .push(FamilyMember { name: "Søren Dahl".into(), person: Some(søren.id), ..Default::default() });
        let mut office = Organisation::named("Nordvest Revision");
        office.notes = "Søren Dahl signs the invoices".into();
        ws.organisations.push(office.clone());
        ws.links = vec![
            Link { from: søren.id, to: mette.id, kind: LinkKind::Referred, ..Link::default() },
            Link { from: mette.id, to: lars.id, kind: LinkKind::Partner, ..Link::default() },
            Link { from: lars.id, to: søren.id, kind: LinkKind::Friend, ..Link::default() },
        ];
        ws.people = vec![søren.clone(), mette.clone(), lars.clone()];
        let kept = ws.links[1].clone();

        let found = mentions(&ws, &søren);
        let places: Vec<&Place> = found.iter().map(|m| &m.place).collect();
        assert_eq!(
            places,
            [
                &Place::Person { person: mette.id, name: "Mette".into(), field: Field::Referral },
                &Place::Person { person: lars.id, name: "Lars".into(), field: Field::Family },
                &Place::Organisation { organisation: office.id, name: "Nordvest Revision".into() },
            ],
            "where their name remains, to be looked at"
        );
        erase(&mut ws, søren.id).expect("erased");
        assert_eq!(ws.links, [kept], "the links they were in are gone; others' stay");
        assert_eq!(ws.people[1].life.family[0].person, None, "a relative no longer points at them");
        assert!(!crate::model::codec::encode(&ws).contains(&søren.id.to_string()), "no trace of the id is written");
    }

    #[test]
    fn erasing_someone_with_follow_ups_a_history_links_an_account_and_conflicts_leaves_no_trace_of_them() {
        use crate::model::{Conflict, FollowUp, Link, LinkKind, MoveWhy, Organisation, PhaseMove, Step, WhyKind};
        let mut ws = Workspace::named("Shop");
        let kringle = Organisation::named("Café Kringle");
        let mut søren = Person::named("Søren Dahl");
        søren.organisation = Some(kringle.id);
        søren.follow_ups.push(FollowUp::new("Ask about the hip operation", None));
        søren.phase_history.push(PhaseMove {
            why: MoveWhy { kind: WhyKind::TriggerPoint, text: "His wife left the bakery".into() },
            ..PhaseMove::default()
        });
        let mette = Person { organisation: Some(kringle.id), ..Person::named("Mette") };
        let link = Link { from: søren.id, to: mette.id, kind: LinkKind::Partner, ..Link::default() };
        let conflict = |at: Vec<Step>, value: &str, name: &str| Conflict {
            id: crate::model::ConflictId::new(),
            at,
            ours: Some(format!("\"{value}\"")),
            theirs: Some("\"\"".into()),
            name: name.into(),
            ..Conflict::default()
        };
        let list = |list: &str, id: String, field: &str| {
            vec![Step::Field(list.into()), Step::Id(id), Step::Field(field.into())]
        };
        let about_kringle =
            conflict(list("organisations", kringle.id.to_string(), "notes"), "New owner", "Café Kringle");
        ws.conflicts = vec![
            conflict(list("people", søren.id.to_string(), "life"), "Grieving", "Søren Dahl"),
            conflict(list("links", link.id.to_string(), "kind"), "Partner", "the link between Søren Dahl and Mette"),
            about_kringle.clone(),
        ];
        ws.links = vec![link];
        ws.organisations.push(kringle);
        ws.people = vec![søren.clone(), mette.clone()];

        erase(&mut ws, søren.id).expect("erased");
        let text = crate::model::codec::encode(&ws);
        for trace in
            [søren.id.to_string(), "Søren".into(), "hip operation".into(), "wife left".into(), "Grieving".into()]
        {
            assert!(!text.contains(&trace), "{trace} is still in the file");
        }
        assert!(ws.links.is_empty());
        assert_eq!(ws.conflicts, [about_kringle], "the account's own conflict stays");
        assert_eq!(ws.organisation_name(&ws.people[0]), "Café Kringle", "the account stays with its other people");
    }

    #[test]
    fn removing_a_person_as_an_edit_keeps_the_conflicts_for_its_undo() {
        let mut ws = Workspace::named("Shop");
        let anna = Person::named("Anna");
        ws.conflicts.push(crate::model::Conflict {
            at: vec![crate::model::Step::Field("people".into()), crate::model::Step::Id(anna.id.to_string())],
            ..Default::default()
        });
        ws.people.push(anna.clone());
        let before = ws.clone();
        let undo = crate::ops::apply(&mut ws, crate::ops::Edit::RemovePerson(anna.id)).expect("removed");
        assert_eq!(ws.conflicts.len(), 1);
        crate::ops::apply(&mut ws, undo).expect("undone");
        assert_eq!(ws, before);
    }
}
