//! The retention review: former customers and people we declined whose data we may no longer
//! need. With `WorkspaceSettings::retention_months` set, a person with one of those statuses
//! comes up for review once there has been no contact with them for that many months (or
//! never any contact); the user then keeps the data (marking the review) or erases the person.

use crate::model::{PersonId, Status, Workspace};
use chrono::{Months, NaiveDate};

/// A person up for review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub person: PersonId,
    /// The last contact of any kind, if there was one.
    pub last_contact: Option<NaiveDate>,
}

/// Whether a status is one the review is about.
pub fn applies_to(status: Status) -> bool {
    matches!(status, Status::FormerCustomer | Status::DeclinedByUs)
}

/// The people up for review on `today`, longest without contact first; none while the
/// setting is off.
pub fn due(workspace: &Workspace, today: NaiveDate) -> Vec<Due> {
    let months = workspace.settings.retention_months;
    if months == 0 {
        return Vec::new();
    }
    let Some(cutoff) = today.checked_sub_months(Months::new(u32::from(months))) else {
        return Vec::new();
    };
    let mut due: Vec<Due> = workspace
        .people
        .iter()
        .filter(|person| applies_to(person.status))
        .filter_map(|person| {
            let last_contact = crate::ops::knowledge::last_contact(person);
            let since = last_contact.max(person.retention_reviewed);
            since.is_none_or(|day| day <= cutoff).then_some(Due { person: person.id, last_contact })
        })
        .collect();
    due.sort_by_key(|d| d.last_contact);
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Interaction, Person};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    fn person(name: &str, status: Status, contact: Option<NaiveDate>) -> Person {
        let mut person = Person::named(name);
        person.status = status;
        if let Some(date) = contact {
            person.interactions.push(Interaction { date, ..Interaction::default() });
        }
        person
    }

    #[test]
    fn former_and_declined_people_without_recent_contact_come_up_oldest_first() {
        let today = day(2026, 12, 1);
        let mut ws = Workspace::named("Bakery");
        ws.people = vec![
            person("Recent former", Status::FormerCustomer, Some(day(2026, 6, 1))),
            person("Old former", Status::FormerCustomer, Some(day(2024, 1, 5))),
            person("Declined, never met", Status::DeclinedByUs, None),
            person("Old customer", Status::Customer, Some(day(2020, 1, 1))),
            person("Exactly a year", Status::DeclinedByUs, Some(day(2025, 12, 1))),
        ];
        assert!(due(&ws, today).is_empty(), "off by default");
        ws.settings.retention_months = 12;
        let names: Vec<&str> = due(&ws, today)
            .iter()
            .filter_map(|d| ws.people.iter().find(|p| p.id == d.person).map(|p| p.name.as_str()))
            .collect();
        assert_eq!(names, ["Declined, never met", "Old former", "Exactly a year"]);
    }

    #[test]
    fn a_review_counts_like_a_contact() {
        let today = day(2026, 12, 1);
        let mut ws = Workspace::named("Bakery");
        let mut kept = person("Kept", Status::FormerCustomer, Some(day(2023, 1, 1)));
        kept.retention_reviewed = Some(day(2026, 11, 1));
        ws.people = vec![kept];
        ws.settings.retention_months = 6;
        assert!(due(&ws, today).is_empty());
        assert_eq!(due(&ws, day(2027, 5, 2)).len(), 1, "until the review is as old as the setting");
    }
}
