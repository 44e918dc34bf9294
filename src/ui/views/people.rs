//! The People view: a searchable list and the profile of the selected person.

use crate::model::{Person, PersonId, Status, Workspace};
use crate::ops::Edit;
use crate::ui::Intent;
use egui::{RichText, ScrollArea, TextEdit};

#[derive(Default)]
pub struct PeopleView {
    filter: String,
    selected: Option<PersonId>,
    /// The selected person being edited, and the person as it was when the draft was taken:
    /// when the workspace's copy moves away from `base` (undo, redo), the draft is retaken.
    draft: Option<(Person, Person)>,
    /// Indices of the people matching `filter`, for the workspace revision it was built on.
    matches: Vec<usize>,
    matches_key: Option<(String, u64, usize)>,
    confirm_delete: Option<PersonId>,
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Prospect => "Prospect",
        Status::Customer => "Customer",
        Status::FormerCustomer => "Former customer",
        Status::DeclinedByUs => "Declined by us",
    }
}

impl PeopleView {
    pub fn ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, revision: u64, editable: bool) -> Vec<Intent> {
        let mut intents = Vec::new();
        self.refresh_matches(workspace, revision);
        egui::Panel::left("people_list").resizable(true).default_size(300.0).show(ui, |ui| {
            self.list_ui(ui, workspace, editable, &mut intents);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            self.profile_ui(ui, workspace, editable, &mut intents);
        });
        self.confirm_delete_ui(ui, workspace, &mut intents);
        intents
    }

    fn refresh_matches(&mut self, workspace: &Workspace, revision: u64) {
        let key = (self.filter.clone(), revision, workspace.people.len());
        if self.matches_key.as_ref() == Some(&key) {
            return;
        }
        let needle = self.filter.trim().to_lowercase();
        self.matches = workspace
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                needle.is_empty()
                    || p.name.to_lowercase().contains(&needle)
                    || p.organisation.to_lowercase().contains(&needle)
            })
            .map(|(i, _)| i)
            .collect();
        self.matches_key = Some(key);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, editable: bool, intents: &mut Vec<Intent>) {
        ui.horizontal(|ui| {
            let label = ui.label("Search");
            ui.add(
                TextEdit::singleline(&mut self.filter).hint_text("name or organisation").desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            ui.label(format!("{} of {} people", self.matches.len(), workspace.people.len()));
            if ui.add_enabled(editable, egui::Button::new("Add person")).clicked() {
                let person = Person::named("New person");
                self.selected = Some(person.id);
                intents.push(Intent::Edit {
                    label: "Add person".into(),
                    edit: Edit::InsertPerson { index: workspace.people.len(), person: Box::new(person) },
                });
            }
        });
        ui.separator();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y + 4.0;
        ScrollArea::vertical().auto_shrink(false).show_rows(ui, row_height, self.matches.len(), |ui, rows| {
            for &index in &self.matches[rows] {
                let Some(person) = workspace.people.get(index) else { continue };
                let key = if person.key_account { " ★" } else { "" };
                let text = format!("{}  {}{key} · {}", person.initials(), person.name, person.organisation);
                let selected = self.selected == Some(person.id);
                if ui.selectable_label(selected, text).clicked() {
                    self.selected = Some(person.id);
                }
            }
        });
    }

    fn profile_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, editable: bool, intents: &mut Vec<Intent>) {
        let Some(person) = self.selected.and_then(|id| workspace.person(id)) else {
            self.draft = None;
            ui.centered_and_justified(|ui| {
                ui.label(if workspace.people.is_empty() {
                    "No people yet. Add the first with \"Add person\"."
                } else {
                    "Select a person in the list."
                });
            });
            return;
        };
        if self.draft.as_ref().is_none_or(|(_, base)| base != person) {
            self.draft = Some((person.clone(), person.clone()));
        }
        let Some((draft, _)) = self.draft.as_mut() else { return };
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
                self.confirm_delete = Some(person.id);
            }
        });
    }

    fn confirm_delete_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Some(id) = self.confirm_delete else { return };
        let Some(person) = workspace.person(id) else {
            self.confirm_delete = None;
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("confirm_delete_person")).show(ui.ctx(), |ui| {
            ui.heading("Delete this person?");
            ui.label(format!(
                "{} and everything known about them will be deleted. Undo brings them back.",
                person.name
            ));
            ui.horizontal(|ui| {
                if ui.button("Delete").clicked() {
                    intents
                        .push(Intent::Edit { label: format!("Delete {}", person.name), edit: Edit::RemovePerson(id) });
                    self.selected = None;
                    self.confirm_delete = None;
                }
                if ui.button("Cancel").clicked() {
                    self.confirm_delete = None;
                }
            });
        });
        if modal.should_close() {
            self.confirm_delete = None;
        }
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
