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
//! matters, proud of and preferences, the interaction log's notes and minutes, and the details
//! of critical incidents. With `initials`, names become initials and photos are left out.
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
//! Kept: names (or initials), organisations, roles, tags, the statuses prospect, customer and
//! former customer, interests, stated needs, ideas (the customers' own suggestions, which the
//! workshop works with), the journey maps and where people stand on them, and who of the team
//! changed a person last (a colleague's name, not the customer's data).
//!
//! Left out: the conflicts a merge recorded, whose values are any of the above, masked or not
//! (the copy holds none; the list is not offered in present mode either).

use super::Edit;
use crate::model::{Driver, FitDecision, Labelled, NeedRecognised, Person, Status, Workspace};

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
    p.fit.minutes_spent = 0;
    p.fit.yearly_value = None;
    p.fit.need_recognised = NeedRecognised::Unknown;
    p.fit.driver = Driver::Unknown;
    p.fit.decision = FitDecision::Undecided;
    mask(&mut p.fit.decision_reason);
    if p.status == Status::DeclinedByUs {
        p.status = Status::FormerCustomer;
    }
    mask(&mut p.status_reason);
    mask(&mut p.purpose);
    for incident in &mut p.incidents {
        mask(&mut incident.touchpoint);
        mask(&mut incident.expected);
        mask(&mut incident.happened);
        mask(&mut incident.response);
    }
    p
}

/// The whole workspace as present mode may show it.
pub fn redact(workspace: &Workspace) -> Workspace {
    let initials = workspace.settings.present_initials;
    Workspace {
        people: workspace.people.iter().map(|p| redact_person(p, initials)).collect(),
        conflicts: Vec::new(),
        ..workspace.clone()
    }
}

/// The part of an edit that may be applied while views draw the masked copy: moves of cards,
/// phases, lanes and people, changes to journey maps and to the workspace's settings (which
/// hold no person's data).
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
        Edit::SetAt { .. } => None,
        Edit::InsertPerson { .. } | Edit::RemovePerson(_) | Edit::ReplacePerson(_) | Edit::ReplaceAt { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CriticalIncident, FamilyMember, Interaction, Milestone, PartialDate, PersonId};

    fn mette() -> Person {
        let mut p = Person::named("Mette Kjærgaard");
        p.organisation = "Café Kringle".into();
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
        ] {
            assert!(!text.contains(secret), "{secret} is still there");
        }
        assert_eq!(masked.status, Status::FormerCustomer, "declined by us reads as no longer served");
        assert_eq!(masked.fit.decision, FitDecision::Undecided);
        assert_eq!(masked.name, "Mette Kjærgaard");
        assert_eq!(masked.organisation, "Café Kringle");
        assert_eq!(masked.contact.emails.len(), 1);
        assert_eq!(masked.life.family.len(), 1);
        assert_eq!(masked.milestones[0].date, PartialDate::md(12, 4).expect("date"));
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
        let moved = Edit::MovePerson { person: PersonId::new(), journey, to: None };
        assert_eq!(allowed_while_masked(Edit::ReplacePerson(person.clone())), None);
        assert_eq!(allowed_while_masked(moved.clone()), Some(moved.clone()));
        let batch = Edit::Batch(vec![moved.clone(), Edit::ReplacePerson(person)]);
        assert_eq!(allowed_while_masked(batch), Some(Edit::Batch(vec![moved])));
    }
}
