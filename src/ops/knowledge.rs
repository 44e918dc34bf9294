//! How well we know a person: the human facts we hold, and which are missing.
//!
//! "How well do you really know your customers?" is answered with a short list of human facts,
//! defined once here and shown in the README and in the app. A person's score is the share of
//! them we know; the workspace's score is the mean over its people.

use crate::model::{MilestoneKind, Person, Workspace};
use chrono::{Duration, NaiveDate};

/// Below this score (in percent) a person counts as "low knowledge".
pub const LOW: u8 = 50;

/// A personal contact longer ago than this many days no longer counts as recent.
pub const CONTACT_DAYS: i64 = 90;

/// One human fact we may know about a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fact {
    /// Their birthday (the day; the year is not needed).
    Birthday,
    /// At least one family member by name.
    Family,
    /// At least one interest.
    Interests,
    /// What matters to them.
    WhatMatters,
    /// A story they would be proud to tell.
    ProudOf,
    /// How they like to be dealt with.
    Preferences,
    /// Their need, as they state it.
    Needs,
    /// A personal contact within the last [`CONTACT_DAYS`] days.
    PersonalContact,
}

impl Fact {
    pub const ALL: [Fact; 8] = [
        Fact::Birthday,
        Fact::Family,
        Fact::Interests,
        Fact::WhatMatters,
        Fact::ProudOf,
        Fact::Preferences,
        Fact::Needs,
        Fact::PersonalContact,
    ];

    /// The fact's short name, in the current language (a column head of the exercise, a
    /// missing fact in Insights).
    pub fn name(self) -> String {
        match self {
            Fact::Birthday => crate::t!("fact-birthday"),
            Fact::Family => crate::t!("fact-family"),
            Fact::Interests => crate::t!("fact-interests"),
            Fact::WhatMatters => crate::t!("fact-what-matters"),
            Fact::ProudOf => crate::t!("fact-proud-of"),
            Fact::Preferences => crate::t!("fact-preferences"),
            Fact::Needs => crate::t!("fact-needs"),
            Fact::PersonalContact => crate::t!("fact-contact"),
        }
    }

    /// The fact in English, as the README's checklist words it (the app shows [`Fact::name`]).
    pub fn label(self) -> &'static str {
        match self {
            Fact::Birthday => "Birthday",
            Fact::Family => "Family",
            Fact::Interests => "Interests",
            Fact::WhatMatters => "What matters to them",
            Fact::ProudOf => "A story they are proud of",
            Fact::Preferences => "Preferences",
            Fact::Needs => "Their stated need",
            Fact::PersonalContact => "Personal contact in the last 90 days",
        }
    }

    /// Whether we know this fact about `person`, seen from `today`.
    pub fn is_known(self, person: &Person, today: NaiveDate) -> bool {
        let filled = |text: &str| !text.trim().is_empty();
        let life = &person.life;
        match self {
            Fact::Birthday => person.milestones.iter().any(|m| m.kind == MilestoneKind::Birthday),
            Fact::Family => life.family.iter().any(|f| filled(&f.name)),
            Fact::Interests => life.interests.iter().any(|i| filled(i)),
            Fact::WhatMatters => filled(&life.what_matters),
            Fact::ProudOf => filled(&life.proud_of),
            Fact::Preferences => filled(&life.preferences),
            Fact::Needs => filled(&person.needs.stated),
            Fact::PersonalContact => {
                last_personal_contact(person).is_some_and(|d| d <= today && today - d <= Duration::days(CONTACT_DAYS))
            }
        }
    }
}

/// What we know of one person, and what is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Knowledge {
    pub known: Vec<Fact>,
    pub missing: Vec<Fact>,
}

impl Knowledge {
    /// The share of facts known, 0 to 100, rounded to the nearest whole percent.
    pub fn percent(&self) -> u8 {
        let total = self.known.len() + self.missing.len();
        if total == 0 {
            return 0;
        }
        ((self.known.len() * 200 + total) / (2 * total)) as u8
    }
}

/// What we know of `person`, seen from `today`.
pub fn of(person: &Person, today: NaiveDate) -> Knowledge {
    let (known, missing) = Fact::ALL.iter().partition(|fact| fact.is_known(person, today));
    Knowledge { known, missing }
}

/// The day of the last personal contact (not counting today's future entries).
pub fn last_personal_contact(person: &Person) -> Option<NaiveDate> {
    person.interactions.iter().filter(|i| i.personal).map(|i| i.date).max()
}

/// The day of the last contact of any kind.
pub fn last_contact(person: &Person) -> Option<NaiveDate> {
    person.interactions.iter().map(|i| i.date).max()
}

/// The workspace's score: the mean of its people's scores; `None` without people.
pub fn workspace_percent(workspace: &Workspace, today: NaiveDate) -> Option<u8> {
    if workspace.people.is_empty() {
        return None;
    }
    let known: usize = workspace.people.iter().map(|p| Fact::ALL.iter().filter(|f| f.is_known(p, today)).count()).sum();
    mean_percent(known, workspace.people.len())
}

/// The workspace's score from the count of facts `known` over all of its `people`: for a view
/// that has each person's [`Knowledge`] at hand. `None` without people.
pub fn mean_percent(known: usize, people: usize) -> Option<u8> {
    let total = people.checked_mul(Fact::ALL.len()).filter(|total| *total > 0)?;
    Some(((known * 200 + total) / (2 * total)) as u8)
}

/// What the room answered in the workshop exercise: a day for the birthday, words otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Day(crate::model::PartialDate),
    Text(String),
}

/// `person` with what was learnt about one fact added (nothing they hold is replaced: text is
/// appended to text already there). `None` when the answer does not fit the fact (a birthday
/// needs a day) or is empty. A personal contact is logged for `today`.
pub fn learn(person: &Person, fact: Fact, answer: &Answer, today: NaiveDate) -> Option<Person> {
    use crate::model::{Channel, FamilyMember, Interaction, Milestone, Recurrence, Relation};
    let mut p = person.clone();
    let append = |field: &mut String, text: &str| {
        if field.trim().is_empty() {
            *field = text.to_owned();
        } else {
            field.push('\n');
            field.push_str(text);
        }
    };
    match (fact, answer) {
        (Fact::Birthday, Answer::Day(day)) => p.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: *day,
            recurrence: Recurrence::Yearly,
            ..Milestone::default()
        }),
        (_, Answer::Day(_)) | (Fact::Birthday, Answer::Text(_)) => return None,
        (_, Answer::Text(text)) if text.trim().is_empty() => return None,
        (Fact::Family, Answer::Text(text)) => p.life.family.push(FamilyMember {
            name: text.trim().to_owned(),
            // Data in the language of the moment, like the answer itself.
            relation: Relation::Other(crate::t!("interop-relation-relative")),
            ..FamilyMember::default()
        }),
        (Fact::Interests, Answer::Text(text)) => {
            p.life.interests.extend(text.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned))
        }
        (Fact::WhatMatters, Answer::Text(text)) => append(&mut p.life.what_matters, text.trim()),
        (Fact::ProudOf, Answer::Text(text)) => append(&mut p.life.proud_of, text.trim()),
        (Fact::Preferences, Answer::Text(text)) => append(&mut p.life.preferences, text.trim()),
        (Fact::Needs, Answer::Text(text)) => append(&mut p.needs.stated, text.trim()),
        (Fact::PersonalContact, Answer::Text(text)) => p.interactions.push(Interaction {
            date: today,
            channel: Channel::Meeting,
            note: text.trim().to_owned(),
            personal: true,
            ..Interaction::default()
        }),
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FamilyMember, Interaction, Milestone, PartialDate};

    #[test]
    fn every_fact_can_be_learnt_and_then_is_known() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let mut person = Person::named("Mette");
        for fact in Fact::ALL {
            assert!(!fact.is_known(&person, today));
            let answer = match fact {
                Fact::Birthday => Answer::Day(PartialDate::md(12, 4).expect("day")),
                _ => Answer::Text("from the room".into()),
            };
            person = learn(&person, fact, &answer, today).expect("fits");
            assert!(fact.is_known(&person, today), "{fact:?}");
        }
        assert_eq!(learn(&person, Fact::Birthday, &Answer::Text("soon".into()), today), None);
        assert_eq!(learn(&person, Fact::Needs, &Answer::Text("  ".into()), today), None);
        let again = learn(&person, Fact::WhatMatters, &Answer::Text("her crew".into()), today).expect("fits");
        assert_eq!(again.life.what_matters, "from the room\nher crew", "added, nothing replaced");
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn contact(date: NaiveDate, personal: bool) -> Interaction {
        Interaction { date, personal, ..Interaction::default() }
    }

    #[test]
    fn a_bare_name_scores_zero_and_misses_every_fact() {
        let knowledge = of(&Person::named("Camilla Strand"), day(2026, 11, 23));
        assert_eq!(knowledge.percent(), 0);
        assert_eq!(knowledge.missing, Fact::ALL);
    }

    #[test]
    fn each_fact_counts_once() {
        let today = day(2026, 11, 23);
        let mut person = Person::named("Mette Kjærgaard");
        person
            .milestones
            .push(Milestone { date: PartialDate::md(12, 4).unwrap_or_else(|| unreachable!()), ..Milestone::default() });
        assert_eq!(of(&person, today).known, [Fact::Birthday], "a year-less birthday is known");
        person.life.family.push(FamilyMember { name: "Ida".into(), ..FamilyMember::default() });
        person.life.family.push(FamilyMember { name: "Aksel".into(), ..FamilyMember::default() });
        person.life.interests = vec!["jazz".into()];
        person.life.what_matters = "Her café".into();
        assert_eq!(of(&person, today).percent(), 50);
        person.life.proud_of = "Kept her staff".into();
        person.life.preferences = "Phone before 8".into();
        person.needs.stated = "Bread by 6:30".into();
        person.interactions.push(contact(today - Duration::days(90), true));
        let knowledge = of(&person, today);
        assert_eq!(knowledge.percent(), 100);
        assert!(knowledge.missing.is_empty());
    }

    #[test]
    fn blank_text_is_not_knowledge() {
        let mut person = Person::named("Henrik Dahl");
        person.life.what_matters = "   ".into();
        person.life.interests = vec![String::new()];
        person.life.family.push(FamilyMember::default());
        assert_eq!(of(&person, day(2026, 1, 1)).percent(), 0);
    }

    #[test]
    fn personal_contact_must_be_personal_and_recent() {
        let today = day(2026, 11, 23);
        let mut person = Person::named("Ingrid Hansen");
        person.interactions.push(contact(today - Duration::days(2), false));
        person.interactions.push(contact(today - Duration::days(91), true));
        assert!(!Fact::PersonalContact.is_known(&person, today), "an invoice e-mail or an old visit is not enough");
        assert_eq!(last_personal_contact(&person), Some(today - Duration::days(91)));
        assert_eq!(last_contact(&person), Some(today - Duration::days(2)));
        person.interactions.push(contact(today - Duration::days(30), true));
        assert!(Fact::PersonalContact.is_known(&person, today));
        assert_eq!(of(&person, today).percent(), 13, "1 of 8 rounds to 13 %");
    }

    #[test]
    fn the_workspace_score_is_the_mean_over_people() {
        let today = day(2026, 11, 23);
        let mut workspace = Workspace::default();
        assert_eq!(workspace_percent(&workspace, today), None);
        let mut known = Person::named("A");
        known.life.what_matters = "x".into();
        known.life.proud_of = "y".into();
        workspace.people = vec![known, Person::named("B")];
        assert_eq!(workspace_percent(&workspace, today), Some(13), "2 of 16 facts");
    }
}
