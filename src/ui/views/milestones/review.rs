//! The retention review, shown at the top of the Milestones view while anyone is due: former
//! customers and people we declined with no contact for the months chosen in the settings
//! ([`crate::ops::retention`]). Each can be kept — the review is recorded and they leave the
//! list until that many months have passed again — or opened, to erase them from the profile.

use crate::model::{PersonId, Workspace};
use crate::ops::Edit;
use crate::ops::retention::{self, Due};
use crate::t;
use crate::ui::Intent;
use chrono::NaiveDate;

/// The people due, found again when the workspace or the day changes.
#[derive(Default)]
pub struct Review {
    key: Option<(u64, NaiveDate)>,
    due: Vec<Due>,
}

impl Review {
    /// Draws the review when anyone is due; nothing otherwise.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        if self.key != Some((revision, today)) {
            self.key = Some((revision, today));
            self.due = retention::due(workspace, today);
        }
        let mut intents = Vec::new();
        if self.due.is_empty() {
            return intents;
        }
        ui.heading(t!("review-heading", count = self.due.len()));
        ui.label(t!("review-explained", months = workspace.settings.retention_months));
        egui::Grid::new("retention_review").num_columns(6).striped(true).show(ui, |ui| {
            for due in &self.due {
                let Some(person) = workspace.person(due.person) else { continue };
                let name = if person.name.trim().is_empty() { t!("review-unnamed") } else { person.name.clone() };
                if ui.link(&name).on_hover_text(t!("review-open")).clicked() {
                    intents.push(Intent::OpenPerson(person.id));
                }
                ui.label(crate::ops::names::status(person.status));
                ui.label(match due.last_contact {
                    Some(day) => t!("review-last-contact", date = crate::i18n::date_short_year(day)),
                    None => t!("review-no-contact"),
                });
                // What the data was kept for: the question the review asks.
                if person.purpose.trim().is_empty() {
                    ui.weak(t!("review-no-purpose"));
                } else {
                    ui.label(person.purpose.trim()).on_hover_text(t!("profile-purpose"));
                }
                // Each row's button says whose data it keeps, for a screen reader.
                let keep = ui
                    .add_enabled(editable, egui::Button::new(t!("review-keep")))
                    .on_hover_text(t!("review-keep-hint"))
                    .accessible_name(t!("review-keep-label", name = name.as_str()));
                if keep.clicked() {
                    intents.push(keep_intent(workspace, person.id, today, &name));
                }
                let erase = ui
                    .add_enabled(editable, egui::Button::new(t!("review-erase")))
                    .on_hover_text(t!("review-erase-hint"))
                    .accessible_name(t!("review-erase-label", name = name.as_str()));
                if erase.clicked() {
                    intents.push(Intent::ErasePerson(person.id));
                }
                ui.end_row();
            }
        });
        ui.separator();
        intents
    }
}

/// Records that the person's data was reviewed and kept today.
fn keep_intent(workspace: &Workspace, id: PersonId, today: NaiveDate, name: &str) -> Intent {
    let mut person = workspace.person(id).cloned().unwrap_or_default();
    person.retention_reviewed = Some(today);
    Intent::Edit { label: t!("review-keep-label", name = name), edit: Edit::ReplacePerson(Box::new(person)) }
}
