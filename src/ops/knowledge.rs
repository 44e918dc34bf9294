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

    /// The fact as a person reads it in a checklist.
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
    let total = workspace.people.len() * Fact::ALL.len();
    Some(((known * 200 + total) / (2 * total)) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FamilyMember, Interaction, Milestone, PartialDate};

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
