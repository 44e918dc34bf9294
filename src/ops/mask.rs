//! The privacy mask of present mode: a copy of the workspace with what must not reach a
//! projector replaced, and the edits that may still be made through it.
//!
//! The views draw only from the workspace they are given, so a masked copy is what keeps
//! masked values off the screen, out of tooltips, the clipboard and the accessibility tree:
//! they are not there to show. Masked text becomes [`MASK`] rather than nothing, so that what
//! is *known* still counts (the knowledge score, the workshop's known/unknown grid) while
//! *what* it is stays hidden.
//!
//! Masked: contact details (e-mails, phones, address, website), the family (names, relations,
//! birthdays, notes), the years of milestones (and with them every age), the notes, what
//! matters, proud of and preferences, the interaction log's notes and minutes, what the
//! follow-ups say (their days stay, as the log's do), the details of critical incidents, and
//! the words of why someone moved on a board (their phase history keeps its dates, phases and
//! the kind of reason). With `initials`, names become initials and photos are left out.
//!
//! Masked too is everything that *judges* a person, what we decided or concluded about them
//! rather than what they told us: the fit figures (time spent, yearly value), whether they
//! recognise the need, what drives them, the fit decision and its reason, the reason for their
//! status, why we keep their data (`purpose`), and *Declined by us*. A choice becomes its
//! neutral value (the need and the driver *unknown*, the decision *undecided*); *Declined by
//! us* shows as *Former customer*, the status of everyone else we no longer serve, which every
//! count (contact, retention) already treats alike; texts become [`MASK`]. The Board, which
//! flags a person's unresolved incidents on their card, leaves the flag off under the mask
//! (`BoardView::masked`): the room sees how many incidents a phase has, never whose they are.
//!
//! Organisations are masked alike: their fit (time spent, yearly value, the judgements), their
//! notes, their contact details and the reason for their status; *Declined by us* shows as
//! *Former customer*. Links between people that tell of their private lives (partners, family,
//! friends, the user's own words) show as a masked word; colleagues, managers and who referred
//! whom stay. How a person came to us keeps its kind; its words (an event, a name) are masked.
//!
//! Kept: names (or initials), organisations' names, tags and days, roles and parts in an
//! account, tags, the statuses prospect, customer and former customer, interests, stated needs,
//! ideas (the customers' own suggestions, which the workshop works with), the journey maps,
//! where people stand on them and since when, and who of the team changed a person last (a
//! colleague's name, not the customer's data).
//!
//! Left out: the conflicts a merge recorded, whose values are any of the above, masked or not
//! (the copy holds none; the list is not offered in present mode either).

use super::Edit;
use crate::model::{
    Driver, Fit, FitDecision, Labelled, Link, LinkKind, NeedRecognised, Organisation, Person, Status, Workspace,
};

/// What masked text shows.
pub const MASK: &str = "••••";

fn mask(text: &mut String) {
    if !text.trim().is_empty() {
        *text = MASK.to_owned();
    }
}

fn mask_all(items: &mut [Labelled]) {
    for item in items {
        item.label.clear();
        mask(&mut item.value);
    }
}

/// One person as present mode may show them.
pub fn redact_person(person: &Person, initials: bool) -> Person {
    let mut p = person.clone();
    if initials {
        p.name = p.initials();
        p.photo = None;
    }
    mask_all(&mut p.contact.emails);
    mask_all(&mut p.contact.phones);
    mask(&mut p.contact.address);
    mask(&mut p.contact.website);
    for member in &mut p.life.family {
        mask(&mut member.name);
        member.relation = crate::model::Relation::Other(MASK.to_owned());
        member.birthday = None;
        mask(&mut member.notes);
    }
    for milestone in &mut p.milestones {
        // The day stays (a birthday is coming up); the year, and so the age, does not.
        if let Some(day) = crate::model::PartialDate::md(milestone.date.month(), milestone.date.day()) {
            milestone.date = day;
        }
        if milestone.family_member.is_some() {
            mask(&mut milestone.label);
        }
    }
    mask(&mut p.life.notes);
    mask(&mut p.life.what_matters);
    mask(&mut p.life.proud_of);
    mask(&mut p.life.preferences);
    for interaction in &mut p.interactions {
        mask(&mut interaction.note);
        interaction.minutes = 0;
    }
    for follow_up in &mut p.follow_ups {
        mask(&mut follow_up.text);
    }
    mask_fit(&mut p.fit);
    if p.status == Status::DeclinedByUs {
        p.status = Status::FormerCustomer;
    }
    mask(&mut p.status_reason);
    mask(&mut p.purpose);
    for entry in &mut p.phase_history {
        mask(&mut entry.why.text);
    }
    mask(&mut p.referral.detail);
    for incident in &mut p.incidents {
        mask(&mut incident.touchpoint);
        mask(&mut incident.expected);
        mask(&mut incident.happened);
        mask(&mut incident.response);
    }
    p
}

/// The judgements of a fit become their neutral values; its figures are gone.
fn mask_fit(fit: &mut Fit) {
    fit.minutes_spent = 0;
    fit.yearly_value = None;
    fit.need_recognised = NeedRecognised::Unknown;
    fit.driver = Driver::Unknown;
    fit.decision = FitDecision::Undecided;
    mask(&mut fit.decision_reason);
}

/// One organisation as present mode may show it.
pub fn redact_organisation(organisation: &Organisation) -> Organisation {
    let mut o = organisation.clone();
    mask_fit(&mut o.fit);
    mask(&mut o.notes);
    mask(&mut o.address);
    mask(&mut o.phone);
    mask(&mut o.website);
    mask(&mut o.status_reason);
    if o.status == Status::DeclinedByUs {
        o.status = Status::FormerCustomer;
    }
    o
}

/// One link as present mode may show it: a private one's words masked.
fn redact_link(link: &Link) -> Link {
    let mut l = link.clone();
    if l.kind.private() {
        l.kind = LinkKind::Other { from: MASK.to_owned(), to: MASK.to_owned() };
    }
    l
}

/// The whole workspace as present mode may show it.
pub fn redact(workspace: &Workspace) -> Workspace {
    let initials = workspace.settings.present_initials;
    Workspace {
        people: workspace.people.iter().map(|p| redact_person(p, initials)).collect(),
        organisations: workspace.organisations.iter().map(redact_organisation).collect(),
        links: workspace.links.iter().map(redact_link).collect(),
        conflicts: Vec::new(),
        ..workspace.clone()
    }
}

/// The part of an edit that may be applied while views draw the masked copy: moves of cards,
/// phases, lanes and people (to another phase or swimlane, and why they moved: what the room
/// says, written to the real person without a masked value), changes to journey maps and to the
/// workspace's settings (which hold no person's data).
/// Anything that writes a person (which would write masked values back) is left out; `None`
/// when nothing is left.
pub fn allowed_while_masked(edit: Edit) -> Option<Edit> {
    match edit {
        // Settings and the workspace's own name and currency hold no person's data.
        Edit::RenameWorkspace(_) | Edit::SetCurrency(_) | Edit::ChangeSettings(_) => Some(edit),
        Edit::MoveCard { .. }
        | Edit::MovePhase { .. }
        | Edit::MoveLane { .. }
        | Edit::MovePerson { .. }
        | Edit::AnswerWhy { .. }
        | Edit::Regroup { .. }
        | Edit::ReplaceJourney(_)
        | Edit::InsertJourney { .. }
        | Edit::RemoveJourney(_) => Some(edit),
        Edit::Batch(edits) => {
            let kept: Vec<Edit> = edits.into_iter().filter_map(allowed_while_masked).collect();
            if kept.is_empty() { None } else { Some(Edit::Batch(kept)) }
        }
        // Giving ids held twice fresh values is not done from the masked copy (the repair
        // replaces whole people), nor choosing in a merge's conflict (the choice shows both
        // values, and the masked copy holds neither).
        // Organisations hold the accounts' figures and judgements, links people's private lives.
        Edit::SetAt { .. }
        | Edit::InsertPerson { .. }
        | Edit::RemovePerson(_)
        | Edit::ReplacePerson(_)
        | Edit::InsertOrganisation { .. }
        | Edit::RemoveOrganisation(_)
        | Edit::ReplaceOrganisation(_)
        | Edit::InsertLink { .. }
        | Edit::RemoveLink(_)
        | Edit::ReplaceLink(_)
        | Edit::ReplaceAt { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CriticalIncident, FamilyMember, Interaction, Milestone, PartialDate, PersonId};

    fn mette() -> Person {
        let mut p = Person::named("Mette Kjærgaard");
        p.organisation = Some(crate::model::organisation_id_for("Café Kringle"));
        p.referral.detail = "Her sister-in-law Lone".into();
        p.contact.emails.push(Labelled { label: "work".into(), value: "mette@kringle.example".into() });
        p.life.family.push(FamilyMember {
            name: "Ida".into(),
            birthday: PartialDate::ymd(2019, 5, 3),
            ..Default::default()
        });
        p.milestones.push(Milestone { date: PartialDate::ymd(1976, 12, 4).expect("date"), ..Milestone::default() });
        p.life.notes = "Divorced last year".into();
        p.interactions.push(Interaction {
            note: "Talked about her father's illness".into(),
            minutes: 30,
            ..Default::default()
        });
        p.fit.yearly_value = Some(185_000);
        p.incidents.push(CriticalIncident { happened: "Delivery came late".into(), ..Default::default() });
        p.fit.need_recognised = NeedRecognised::No;
        p.fit.driver = Driver::Price;
        p.fit.decision = FitDecision::LetGo;
        p.fit.decision_reason = "Haggles over every loaf".into();
        p.status = Status::DeclinedByUs;
        p.status_reason = "Wanted deliveries before dawn".into();
        p.purpose = "Agreed to birthday greetings".into();
        p.follow_ups.push(crate::model::FollowUp::new("Ask how the chemotherapy went", None));
        p.phase_history.push(crate::model::PhaseMove {
            why: crate::model::MoveWhy {
                kind: crate::model::WhyKind::TriggerPoint,
                text: "Her sister recommended us".into(),
            },
            ..Default::default()
        });
        p
    }

    /// Debug text without the random ids, whose hex digits could spell a secret ("1976").
    fn without_ids(text: &str) -> String {
        let is_id = |part: &str| {
            part.len() == 36
                && part
                    .char_indices()
                    .all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() })
        };
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while !rest.is_empty() {
            match rest.get(..36).filter(|part| is_id(part)) {
                Some(_) => rest = &rest[36..],
                None => {
                    let c = rest.chars().next().unwrap_or_default();
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        out
    }

    #[test]
    fn masked_values_are_gone_and_what_is_known_still_counts() {
        let person = mette();
        let masked = redact_person(&person, false);
        let text = without_ids(&format!("{masked:?}"));
        for secret in [
            "mette@kringle.example",
            "Ida",
            "1976",
            "2019",
            "Divorced",
            "father",
            "185000",
            "Delivery",
            "Haggles",
            "before dawn",
            "birthday greetings",
            "DeclinedByUs",
            "LetGo",
            "Price",
            "need_recognised: No",
            "chemotherapy",
            "sister",
            "sister-in-law",
        ] {
            assert!(!text.contains(secret), "{secret} is still there");
        }
        assert_eq!(masked.status, Status::FormerCustomer, "declined by us reads as no longer served");
        assert_eq!(masked.fit.decision, FitDecision::Undecided);
        assert_eq!(masked.name, "Mette Kjærgaard");
        assert_eq!(masked.organisation, person.organisation);
        assert_eq!(masked.contact.emails.len(), 1);
        assert_eq!(masked.life.family.len(), 1);
        assert_eq!(masked.milestones[0].date, PartialDate::md(12, 4).expect("date"));
        let entry = &masked.phase_history[0];
        assert_eq!(
            (entry.date, entry.to, entry.why.kind),
            (person.phase_history[0].date, None, person.phase_history[0].why.kind),
            "when and what kind stay"
        );
        let mut ws = Workspace::named("Shop");
        ws.people.push(person.clone());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("d");
        let known = crate::ops::knowledge::of(&ws.people[0], today);
        let masked_ws = redact(&ws);
        let still = crate::ops::knowledge::of(&masked_ws.people[0], today);
        assert_eq!(known.known, still.known, "the mask hides what, not whether");
        ws.settings.present_initials = true;
        assert_eq!(redact(&ws).people[0].name, "MK");
        ws.conflicts
            .push(crate::model::Conflict { ours: Some("\"mette@kringle.example\"".into()), ..Default::default() });
        assert!(redact(&ws).conflicts.is_empty(), "a merge's conflicts hold values of every kind");
    }

    #[test]
    fn only_edits_without_a_person_pass_the_mask() {
        let person = Box::new(mette());
        let journey = crate::model::JourneyId::new();
        let moved = Edit::MovePerson {
            person: PersonId::new(),
            journey,
            to: None,
            date: chrono::NaiveDate::default(),
            entry: crate::model::PhaseMoveId::new(),
            near: None,
        };
        assert_eq!(allowed_while_masked(Edit::ReplacePerson(person.clone())), None);
        assert_eq!(allowed_while_masked(moved.clone()), Some(moved.clone()));
        let answered = Edit::AnswerWhy {
            person: person.id,
            entry: crate::model::PhaseMoveId::new(),
            why: crate::model::MoveWhy::default(),
            log: None,
        };
        assert_eq!(allowed_while_masked(answered.clone()), Some(answered), "what the room says");
        let regrouped = Edit::Regroup {
            person: person.id,
            from: crate::ops::moves::Row::KeyAccount(false),
            to: crate::ops::moves::Row::KeyAccount(true),
        };
        assert_eq!(allowed_while_masked(regrouped.clone()), Some(regrouped), "a swimlane drag");
        let batch = Edit::Batch(vec![moved.clone(), Edit::ReplacePerson(person)]);
        assert_eq!(allowed_while_masked(batch), Some(Edit::Batch(vec![moved])));
    }

    #[test]
    fn an_accounts_figures_and_private_links_are_masked_and_the_rest_stays() {
        let mut ws = Workspace::named("Shop");
        let mut kringle = Organisation::named("Café Kringle");
        kringle.fit = Fit {
            yearly_value: Some(186_000),
            minutes_spent: 1260,
            decision: FitDecision::LetGo,
            decision_reason: "Pays late".into(),
            ..Fit::default()
        };
        kringle.notes = "The owner is going through a divorce".into();
        kringle.phone = "+45 86 12 34 56".into();
        kringle.status = Status::DeclinedByUs;
        kringle.tags = vec!["Café".into()];
        ws.organisations.push(kringle);
        let (mette, lars, søren) = (Person::named("Mette"), Person::named("Lars"), Person::named("Søren"));
        ws.links = vec![
            Link { from: mette.id, to: lars.id, kind: LinkKind::Partner, ..Link::default() },
            Link { from: søren.id, to: mette.id, kind: LinkKind::Referred, ..Link::default() },
            Link {
                from: mette.id,
                to: lars.id,
                kind: LinkKind::Other { from: "ex-wife".into(), to: "ex-husband".into() },
                ..Link::default()
            },
        ];
        ws.people = vec![mette, lars, søren];
        let masked = redact(&ws);
        let text = without_ids(&format!("{masked:?}"));
        for secret in
            ["186000", "1260", "Pays late", "divorce", "86 12 34", "LetGo", "DeclinedByUs", "ex-wife", "Partner"]
        {
            assert!(!text.contains(secret), "{secret} is still there");
        }
        assert_eq!((masked.organisations[0].name.as_str(), masked.organisations[0].tags.len()), ("Café Kringle", 1));
        assert_eq!(masked.links[1].kind, LinkKind::Referred, "who referred whom is no private matter");
        assert_eq!(masked.links.len(), 3, "that people are linked stays");
    }

    #[test]
    fn a_person_with_follow_ups_a_history_links_and_an_account_is_masked_in_every_part_and_today_still_works() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let mut ws = Workspace::named("Shop");
        let mut kringle = Organisation::named("Café Kringle");
        kringle.key_account = true;
        kringle.notes = "The owner is going through a divorce".into();
        kringle.fit.yearly_value = Some(186_000);
        let mut mette = mette();
        mette.organisation = Some(kringle.id);
        mette.follow_ups = vec![crate::model::FollowUp::new("Ask how the chemotherapy went", Some(today))];
        mette.phase_history[0].date = today;
        let lars = Person::named("Lars");
        ws.links = vec![
            Link { from: mette.id, to: lars.id, kind: LinkKind::Partner, ..Link::default() },
            Link { from: lars.id, to: mette.id, kind: LinkKind::Referred, ..Link::default() },
        ];
        ws.organisations.push(kringle);
        ws.people = vec![mette.clone(), lars];
        ws.conflicts.push(crate::model::Conflict {
            at: vec![crate::model::Step::Field("people".into()), crate::model::Step::Id(mette.id.to_string())],
            ours: Some("\"Divorced last year\"".into()),
            name: "Mette Kjærgaard".into(),
            ..Default::default()
        });
        let masked = redact(&ws);
        let text = without_ids(&format!("{masked:?}"));
        for secret in [
            "chemotherapy",
            "sister recommended",
            "sister-in-law",
            "divorce",
            "Divorced",
            "186000",
            "185000",
            "Partner",
            "mette@kringle",
        ] {
            assert!(!text.contains(secret), "{secret} is still there");
        }
        let p = &masked.people[0];
        assert_eq!(masked.organisation_name(p), "Café Kringle", "the account's name stays, and she is still in it");
        assert!(masked.is_key_account(p), "so is its key account");
        assert_eq!(
            (p.phase_history[0].date, p.phase_history[0].why.kind),
            (today, crate::model::WhyKind::TriggerPoint)
        );
        assert_eq!(masked.links[1].kind, LinkKind::Referred);
        assert!(masked.conflicts.is_empty(), "a conflict's values are hers");
        // Today drawn from the masked copy: the follow-up is due, its words are not shown.
        let agenda = crate::ops::agenda::agenda(&masked, today);
        let task = agenda.tasks.first().expect("her follow-up is due today");
        assert_eq!((task.person, task.date, task.text()), (mette.id, today, MASK.to_owned()));
        assert!(agenda.items().all(|item| item.key_account == (item.person == mette.id)));
    }

    #[test]
    fn no_edit_of_an_organisation_or_a_link_passes_the_mask() {
        let organisation = Box::new(Organisation::named("Kringle"));
        let link = Box::new(Link::default());
        for edit in [
            Edit::ReplaceOrganisation(organisation.clone()),
            Edit::InsertOrganisation { index: 0, organisation },
            Edit::InsertLink { index: 0, link: link.clone() },
            Edit::ReplaceLink(link),
        ] {
            assert_eq!(allowed_while_masked(edit), None);
        }
    }
}
