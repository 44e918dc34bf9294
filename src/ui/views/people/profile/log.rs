//! The profile's interaction log: each contact's day, channel, whether it was personal, the
//! minutes it took and a note; the newest first, and the form for a new one above them.

use super::entries::{Entries, FormResponse, Refused, RowResponse};
use super::fields::{choice, name_widget, number, remove_button};
use super::{Part, Pass};
use crate::model::{Channel, Interaction, Person};
use crate::ops::knowledge::Fact;
use crate::t;
use crate::ui::widgets::DateField;
use chrono::NaiveDate;
use egui::{Response, TextEdit, Ui};

/// The person's interaction log.
pub(super) struct Log;

impl Entries for Log {
    type Entry = Interaction;
    type Form = Interaction;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<Interaction> {
        &mut person.interactions
    }

    fn part(&self) -> Part {
        Part::Log
    }

    fn add_text(&self) -> String {
        t!("profile-add-entry")
    }

    fn new_form(&self, pass: &mut Pass<'_>) -> Interaction {
        new_entry(pass.today)
    }

    /// The form first: the newest entry is the one most often written.
    fn form_first(&self) -> bool {
        true
    }

    /// Newest first; entries of the same day in the order they were written, latest on top.
    fn order(&self, list: &[Interaction]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..list.len()).collect();
        order.sort_by(|&a, &b| list[b].date.cmp(&list[a].date).then(b.cmp(&a)));
        order
    }

    fn row_ui(&self, ui: &mut Ui, entry: &mut Interaction, n: usize, _: &mut Pass<'_>) -> RowResponse {
        let mut remove = false;
        let changed = entry_fields(ui, entry, &t!("profile-entry-n", n = n), Some(&mut remove)).0;
        ui.add_space(6.0);
        RowResponse { changed, remove }
    }

    fn form_ui(&self, ui: &mut Ui, entry: &mut Interaction, pass: &mut Pass<'_>) -> FormResponse {
        let note = entry_fields(ui, entry, &t!("profile-new-entry"), None).1;
        pass.focus_here(Fact::PersonalContact, &note);
        FormResponse::default()
    }

    fn entry(&self, entry: &Interaction) -> Result<Interaction, Refused> {
        Ok(entry.clone())
    }
}

pub(super) fn new_entry(today: NaiveDate) -> Interaction {
    Interaction { date: today, ..Interaction::default() }
}

/// The fields of a log entry, and its remove button when `remove` is given (set when clicked):
/// date, channel, whether it was personal and minutes on one line, then the note on its own
/// lines, wrapped, so that a long one is read in full. Whether a change is complete, and the
/// note's response.
fn entry_fields(ui: &mut Ui, entry: &mut Interaction, prefix: &str, remove: Option<&mut bool>) -> (bool, Response) {
    let salt = entry.id;
    let mut commit = false;
    ui.horizontal_wrapped(|ui| {
        commit |= DateField::naive((salt, "date"), &mut entry.date)
            .name(t!("profile-date-of", what = prefix))
            .show(ui)
            .changed;
        let channel_name = t!("profile-channel-of", what = prefix);
        commit |=
            choice(ui, (salt, "channel"), &channel_name, &mut entry.channel, &Channel::ALL, |c| channel_label(*c));
        let personal = ui.checkbox(&mut entry.personal, t!("profile-personal"));
        name_widget(ui, &personal, &t!("profile-personal-of", what = prefix));
        commit |= personal.changed();
        let suffix = format!(" {}", t!("profile-minutes"));
        commit |= number(ui, &mut entry.minutes, 0..=100_000, &suffix, &t!("profile-minutes-of", what = prefix));
        if let Some(remove) = remove {
            *remove = remove_button(ui, &t!("profile-remove", what = prefix));
        }
    });
    let name = t!("profile-note-of", what = prefix);
    let width = ui.available_width().min(560.0);
    let note = ui.add(TextEdit::multiline(&mut entry.note).desired_rows(1).desired_width(width).hint_text(&name));
    name_widget(ui, &note, &name);
    commit |= note.lost_focus();
    (commit, note)
}

fn channel_label(channel: Channel) -> String {
    match channel {
        Channel::Meeting => t!("profile-channel-meeting"),
        Channel::Phone => t!("profile-channel-phone"),
        Channel::Email => t!("profile-channel-email"),
        Channel::Message => t!("profile-channel-message"),
        Channel::Visit => t!("profile-channel-visit"),
        Channel::Event => t!("profile-channel-event"),
        Channel::Other => t!("profile-channel-other"),
    }
}
