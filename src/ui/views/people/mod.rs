//! The People view: a searchable list and the profile of the selected person.

mod profile;

use crate::model::{Person, PersonId, Status, Workspace};
use crate::ops::Edit;
use crate::ui::Intent;
use egui::{ScrollArea, TextEdit};
use profile::{ProfileRequest, ProfileView};

#[derive(Default)]
pub struct PeopleView {
    filter: String,
    selected: Option<PersonId>,
    profile: ProfileView,
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
            let selected = self.selected.and_then(|id| workspace.person(id));
            if let Some(ProfileRequest::Delete(id)) = self.profile.ui(ui, workspace, selected, editable, &mut intents) {
                self.confirm_delete = Some(id);
            }
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
