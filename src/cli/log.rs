//! `kindred log add`: a contact logged with a person, from a script or a mail filter.

use super::*;

/// What `log add` logs.
pub(super) struct Contact<'a> {
    pub personal: bool,
    /// The day; today when not given.
    pub date: Option<NaiveDate>,
    pub channel: crate::model::Channel,
    pub text: &'a str,
}

pub(super) fn add(file: &Path, name: &str, contact: &Contact<'_>) -> ExitCode {
    let day = contact.date.unwrap_or_else(|| chrono::Local::now().date_naive());
    change_person(file, name, |person| {
        let mut changed = person.clone();
        changed.interactions.push(crate::model::Interaction {
            date: day,
            channel: contact.channel,
            note: crate::interop::text::without_controls(contact.text.trim()).into_owned(),
            personal: contact.personal,
            ..crate::model::Interaction::default()
        });
        let kind = if contact.personal { "a personal contact" } else { "a contact" };
        Ok((changed, format!("logged {kind} with {} on {}", person.name.trim(), day.format("%Y-%m-%d"))))
    })
}
