//! `kindred task add`: a follow-up for a person, from a script or a mail filter.

use super::*;

pub(super) fn add(file: &Path, name: &str, due: Option<NaiveDate>, text: &str) -> ExitCode {
    change_person(file, name, |person| {
        let text = crate::interop::text::without_controls(text.trim());
        if text.is_empty() {
            return Err("kindred task add: the follow-up needs words: what is to be done".to_owned());
        }
        let mut changed = person.clone();
        changed.follow_ups.push(crate::model::FollowUp::new(text.into_owned(), due));
        let when = due.map(|due| format!(", due {}", due.format("%Y-%m-%d"))).unwrap_or_default();
        Ok((changed, format!("added a follow-up for {}{when}", person.name.trim())))
    })
}
