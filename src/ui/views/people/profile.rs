//! The profile of one person: every section of what we know, edited in place.

use super::status_label;
use crate::model::{Person, PersonId, Workspace};
use crate::ops::Edit;
use crate::ui::Intent;
use egui::{RichText, ScrollArea, TextEdit};

/// What the profile asks of the People view.
pub enum ProfileRequest {
    /// Ask before deleting this person.
    Delete(PersonId),
}

#[derive(Default)]
pub struct ProfileView {
    /// The selected person being edited, and the person as it was when the draft was taken:
    /// when the workspace's copy moves away from `base` (undo, redo), the draft is retaken.
    draft: Option<(Person, Person)>,
}

impl ProfileView {
    /// Draws the profile of `person` (or a hint when none is selected).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        person: Option<&Person>,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<ProfileRequest> {
        let mut request = None;
        let Some(person) = person else {
            self.draft = None;
            ui.centered_and_justified(|ui| {
                ui.label(if workspace.people.is_empty() {
                    "No people yet. Add the first with \"Add person\"."
                } else {
                    "Select a person in the list."
                });
            });
            return None;
        };
        if self.draft.as_ref().is_none_or(|(_, base)| base != person) {
            self.draft = Some((person.clone(), person.clone()));
        }
        let (draft, _) = self.draft.as_mut()?;
        ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            ui.heading(RichText::new(&person.name).strong());
            ui.label(format!(
                "{} · {}{}",
                status_label(person.status),
                if person.organisation.is_empty() { "no organisation" } else { &person.organisation },
                if person.key_account { " · ★ key account" } else { "" }
            ));
            ui.add_space(8.0);
            let mut commit = false;
            egui::Grid::new("person_fields").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                for (caption, value) in
                    [("Name", &mut draft.name), ("Organisation", &mut draft.organisation), ("Role", &mut draft.role)]
                {
                    let label = ui.label(caption);
                    let response = ui
                        .add_enabled(editable, TextEdit::singleline(value).desired_width(320.0))
                        .labelled_by(label.id);
                    commit |= response.lost_focus();
                    ui.end_row();
                }
            });
            if commit && draft != person {
                intents.push(Intent::Edit {
                    label: "Edit person".into(),
                    edit: Edit::ReplacePerson(Box::new(draft.clone())),
                });
            }
            ui.add_space(8.0);
            summary_ui(ui, person);
            ui.add_space(12.0);
            if ui.add_enabled(editable, egui::Button::new("Delete person…")).clicked() {
                request = Some(ProfileRequest::Delete(person.id));
            }
        });
        request
    }
}

/// What is known about the person, section by section (read-only in this view for now).
fn summary_ui(ui: &mut egui::Ui, person: &Person) {
    let life = &person.life;
    let section = |ui: &mut egui::Ui, title: &str, lines: Vec<String>| {
        egui::CollapsingHeader::new(format!("{title} ({})", lines.len())).default_open(!lines.is_empty()).show(
            ui,
            |ui| {
                if lines.is_empty() {
                    ui.weak("Nothing recorded yet.");
                }
                for line in lines {
                    ui.label(line);
                }
            },
        );
    };
    let mut contact: Vec<String> = person.contact.emails.iter().map(|e| format!("✉ {}", e.value)).collect();
    contact.extend(person.contact.phones.iter().map(|p| format!("☎ {}", p.value)));
    section(ui, "Contact", contact);
    let mut life_lines: Vec<String> = life
        .family
        .iter()
        .map(|f| match f.birthday {
            Some(date) => format!("{} ({:?}), born {date}", f.name, f.relation),
            None => format!("{} ({:?})", f.name, f.relation),
        })
        .collect();
    if !life.interests.is_empty() {
        life_lines.push(format!("Interests: {}", life.interests.join(", ")));
    }
    for (caption, text) in [("What matters", &life.what_matters), ("Proud of", &life.proud_of), ("Notes", &life.notes)]
    {
        if !text.is_empty() {
            life_lines.push(format!("{caption}: {text}"));
        }
    }
    section(ui, "Life & family", life_lines);
    section(
        ui,
        "Milestones",
        person.milestones.iter().map(|m| format!("{:?} {} {}", m.kind, m.label, m.date)).collect(),
    );
    section(
        ui,
        "Incidents & ideas",
        person
            .incidents
            .iter()
            .map(|i| format!("{} {:?} than expected: {}", i.date, i.valence, i.happened))
            .chain(person.ideas.iter().map(|i| format!("Idea ({:?}): {}", i.status, i.text)))
            .collect(),
    );
    section(
        ui,
        "Log",
        person
            .interactions
            .iter()
            .map(|i| format!("{} {:?}, {} min: {}", i.date, i.channel, i.minutes, i.note))
            .collect(),
    );
}
