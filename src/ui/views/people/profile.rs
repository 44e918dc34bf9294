//! The profile of one person: every section of what we know, edited in place.
//!
//! Editing model: the profile edits a draft copy of the person. A change is committed as one
//! `Edit::ReplacePerson` (one undo step, labelled "Edit Mette Kjærgaard's interests") when a
//! text field is left, a checkbox or choice changes, or an add or remove button is clicked.
//! Text being typed stays in the draft until then; a date or amount the field refuses never
//! reaches the draft. When the workspace's copy moves away from the one the draft was taken
//! from (undo, redo, another person), the draft is taken again.
//!
//! New relatives, milestones, incidents, ideas and log entries are filled in a small form first
//! and enter the person only with its "Add …" button, so nothing half-filled is saved.

use super::status_label;
use crate::model::{
    Channel, CriticalIncident, Driver, FamilyMember, FamilyMemberId, FitDecision, Idea, IdeaStatus, Interaction,
    JourneyId, Labelled, Milestone, MilestoneKind, NeedRecognised, PartialDate, Person, PersonId, PhaseId, Recurrence,
    Relation, Status, Valence, Workspace,
};
use crate::ops::Edit;
use crate::ops::knowledge::{self, Fact};
use crate::ui::Intent;
use crate::ui::widgets::{DateField, money, photo};
use chrono::NaiveDate;
use egui::{Align, CollapsingHeader, ComboBox, DragValue, Response, RichText, ScrollArea, TextEdit, Ui};
use std::hash::{Hash, Hasher};

/// The profile's words, in one place for the translations to come.
mod text {
    pub const NO_PEOPLE: &str = "No people yet. Add the first with \"Add person\".";
    pub const SELECT: &str = "Select a person in the list.";
    pub const NO_ORGANISATION: &str = "no organisation";
    pub const KEY_ACCOUNT_MARK: &str = " · ★ key account";
    pub const KNOWLEDGE: &str = "Knowledge";
    pub const MISSING: &str = "Missing:";
    pub const ALL_KNOWN: &str = "Every human fact on the list is known.";
    pub const NAME: &str = "Name";
    pub const ORGANISATION: &str = "Organisation";
    pub const ROLE: &str = "Role";
    pub const STATUS: &str = "Status";
    /// The status combo's accessible name, apart from the list's status filter.
    pub const PERSON_STATUS: &str = "Status of this person";
    pub const STATUS_REASON: &str = "Reason";
    pub const STATUS_REASON_HINT: &str = "why we parted ways";
    pub const KEY_ACCOUNT: &str = "Key account";
    pub const TAGS: &str = "Tags";
    pub const NEW_TAG: &str = "New tag";
    pub const ADD_TAG: &str = "Add tag";
    pub const EMAILS: &str = "E-mails";
    pub const NEW_EMAIL: &str = "New e-mail";
    pub const ADD_EMAIL: &str = "Add e-mail";
    pub const PHONES: &str = "Phones";
    pub const NEW_PHONE: &str = "New phone";
    pub const ADD_PHONE: &str = "Add phone";
    pub const LABEL_HINT: &str = "work, home, mobile";
    pub const ADDRESS: &str = "Address";
    pub const WEBSITE: &str = "Website";
    pub const NO_PHOTO: &str = "No photo; the initials are shown instead.";
    pub const CHOOSE_PHOTO: &str = "Choose photo…";
    pub const CHANGE_PHOTO: &str = "Change photo…";
    pub const REMOVE_PHOTO: &str = "Remove photo";
    pub const PHOTO_FILE: &str = "Photo file";
    pub const PHOTO_FILE_HINT: &str = "path to a PNG or JPEG";
    pub const USE_PHOTO: &str = "Use";
    pub const PHOTO_FILTER: &str = "PNG or JPEG image";
    pub const FAMILY: &str = "Family";
    pub const ADD_RELATIVE: &str = "Add relative";
    pub const RELATIVE_NEEDS_NAME: &str = "Give the relative's name";
    pub const INTERESTS: &str = "Interests";
    pub const NEW_INTEREST: &str = "New interest";
    pub const ADD_INTEREST: &str = "Add interest";
    pub const WHAT_MATTERS: &str = "What matters to them";
    pub const PROUD_OF: &str = "Proud of";
    pub const PREFERENCES: &str = "Preferences";
    pub const NOTES: &str = "Notes";
    pub const ADD_MILESTONE: &str = "Add milestone";
    pub const MILESTONE_NEEDS_DATE: &str = "Give the milestone's date";
    pub const ONCE_NEEDS_YEAR: &str = "A one-off event needs its year";
    pub const NO_RELATIVE: &str = "(no relative)";
    pub const STATED: &str = "Stated need";
    pub const MOTIVATION: &str = "Motivation behind it";
    pub const CHALLENGE: &str = "How we challenged it";
    pub const SOLUTION: &str = "Agreed solution";
    pub const NEED_RECOGNISED: &str = "Need recognised";
    pub const DRIVER: &str = "Driver";
    pub const MINUTES_SPENT: &str = "Time spent";
    pub const YEARLY_VALUE: &str = "Yearly value";
    pub const DECISION: &str = "Decision";
    pub const DECISION_REASON: &str = "Reason for the decision";
    pub const ADD_INCIDENT: &str = "Add incident";
    pub const ADD_IDEA: &str = "Add idea";
    pub const IDEA_NEEDS_TEXT: &str = "Write the idea";
    pub const ADD_ENTRY: &str = "Add entry";
    pub const NO_JOURNEY: &str = "(no journey)";
    pub const NO_PHASE: &str = "(no phase)";
    pub const MISSING_JOURNEY: &str = "(deleted journey)";
    pub const CANCEL: &str = "Cancel";
    pub const DELETE_PERSON: &str = "Delete person…";
    pub const NOTHING_YET: &str = "Nothing recorded yet.";
    pub const MINUTES: &str = " min";
    pub const DAYS_AHEAD: &str = " days ahead";
}

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
    /// The forms for new entries, for the person in `forms.person`.
    forms: Forms,
    /// A missing fact the person clicked: its section opens and its field takes the focus.
    focus: Option<Fact>,
    /// The decoded photo of the shown person: (person, hash of the photo, texture or error).
    photo: Option<(PersonId, u64, Result<egui::TextureHandle, String>)>,
}

/// Entries being written, not yet part of the person.
#[derive(Default)]
struct Forms {
    person: Option<PersonId>,
    tag: String,
    interest: String,
    email: Labelled,
    phone: Labelled,
    relative: Option<FamilyMember>,
    milestone: Option<MilestoneForm>,
    incident: Option<CriticalIncident>,
    idea: Option<Idea>,
    entry: Option<Interaction>,
    photo_path: String,
    photo_error: Option<String>,
    /// A form's refusal ("Give the relative's name"), shown beside its button.
    error: Option<(Section, String)>,
}

/// A milestone being added; the date starts empty.
struct MilestoneForm {
    milestone: Milestone,
    date: Option<PartialDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Section {
    Contact,
    Photo,
    Life,
    Milestones,
    Needs,
    Fit,
    Incidents,
    Ideas,
    Log,
}

impl Section {
    fn default_open(self) -> bool {
        matches!(self, Section::Contact | Section::Life)
    }

    fn of(fact: Fact) -> Section {
        match fact {
            Fact::Birthday => Section::Milestones,
            Fact::Family | Fact::Interests | Fact::WhatMatters | Fact::ProudOf | Fact::Preferences => Section::Life,
            Fact::Needs => Section::Needs,
            Fact::PersonalContact => Section::Log,
        }
    }
}

/// What one frame of the profile collects while drawing.
struct Pass<'w> {
    workspace: &'w Workspace,
    today: NaiveDate,
    /// What was edited, when the draft is to be committed after this frame.
    commit: Option<&'static str>,
    /// The fact whose field takes the focus when drawn.
    focus: Option<Fact>,
}

impl Pass<'_> {
    fn commit(&mut self, what: &'static str) {
        self.commit = Some(what);
    }

    fn commit_if(&mut self, yes: bool, what: &'static str) {
        if yes {
            self.commit(what);
        }
    }

    /// Gives `response` the focus when it is the field for the fact the person clicked.
    fn focus_here(&mut self, fact: Fact, response: &Response) {
        if self.focus == Some(fact) {
            response.request_focus();
            response.scroll_to_me(Some(Align::Center));
            self.focus = None;
        }
    }

    /// Whether a section must open this frame because its fact was clicked.
    fn opens(&self, section: Section) -> bool {
        self.focus.is_some_and(|fact| Section::of(fact) == section)
    }
}

impl ProfileView {
    /// Draws the profile of `person` (or a hint when none is selected).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        person: Option<&Person>,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<ProfileRequest> {
        let Some(person) = person else {
            self.draft = None;
            ui.centered_and_justified(|ui| {
                ui.label(if workspace.people.is_empty() { text::NO_PEOPLE } else { text::SELECT });
            });
            return None;
        };
        if let Some((draft, base)) = &self.draft
            && draft.id != person.id
            && draft != base
            && editable
            && workspace.person(base.id) == Some(base)
        {
            // Another person was picked while a field was being typed in: picking leaves the
            // field, and leaving a field keeps what was typed.
            intents.push(Intent::Edit {
                label: format!("Edit {}", display_name(base)),
                edit: Edit::ReplacePerson(Box::new(draft.clone())),
            });
        }
        if self.draft.as_ref().is_none_or(|(_, base)| base != person) {
            self.draft = Some((person.clone(), person.clone()));
        }
        if self.forms.person != Some(person.id) {
            self.forms = Forms { person: Some(person.id), ..Forms::default() };
            self.focus = None;
        }
        let today = chrono::Local::now().date_naive();
        let texture = self.photo_texture(ui.ctx(), person);
        let Self { draft, forms, focus, .. } = self;
        let (draft, _) = draft.as_mut()?;
        let mut pass = Pass { workspace, today, commit: None, focus: focus.take() };
        let mut request = None;
        // Each person has their own scroll position: a newly opened profile starts at the top.
        ScrollArea::vertical().id_salt(("profile", person.id)).auto_shrink(false).show(ui, |ui| {
            header_ui(ui, person, texture.as_ref(), editable, &mut pass, forms);
            ui.add_space(8.0);
            for section in [
                Section::Contact,
                Section::Photo,
                Section::Life,
                Section::Milestones,
                Section::Needs,
                Section::Fit,
                Section::Incidents,
                Section::Ideas,
                Section::Log,
            ] {
                let title = section_title(section, draft);
                CollapsingHeader::new(title)
                    .id_salt(("profile_section", section))
                    .default_open(section.default_open())
                    .open(pass.opens(section).then_some(true))
                    .show(ui, |ui| {
                        ui.add_enabled_ui(editable, |ui| match section {
                            Section::Contact => contact_ui(ui, draft, forms, &mut pass),
                            Section::Photo => photo_ui(ui, draft, forms, texture.as_ref(), &mut pass),
                            Section::Life => life_ui(ui, draft, forms, &mut pass),
                            Section::Milestones => milestones_ui(ui, draft, forms, &mut pass),
                            Section::Needs => needs_ui(ui, draft, &mut pass),
                            Section::Fit => fit_ui(ui, draft, &mut pass),
                            Section::Incidents => incidents_ui(ui, draft, forms, &mut pass),
                            Section::Ideas => ideas_ui(ui, draft, forms, &mut pass),
                            Section::Log => log_ui(ui, draft, forms, &mut pass),
                        });
                    });
            }
            ui.add_space(12.0);
            if ui.add_enabled(editable, egui::Button::new(text::DELETE_PERSON)).clicked() {
                request = Some(ProfileRequest::Delete(person.id));
            }
        });
        // A fact whose field was not drawn yet (its section was closed) keeps waiting.
        *focus = pass.focus;
        if let Some(what) = pass.commit
            && editable
            && draft != person
        {
            intents.push(Intent::Edit {
                label: format!("Edit {}'s {what}", display_name(person)),
                edit: Edit::ReplacePerson(Box::new(draft.clone())),
            });
        }
        request
    }

    /// The texture of `person`'s photo, decoded once per photo.
    fn photo_texture(&mut self, ctx: &egui::Context, person: &Person) -> Option<Result<egui::TextureHandle, String>> {
        let Some(photo) = &person.photo else {
            self.photo = None;
            return None;
        };
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        photo.mime.hash(&mut hasher);
        photo.base64.hash(&mut hasher);
        let hash = hasher.finish();
        if !self.photo.as_ref().is_some_and(|(id, h, _)| *id == person.id && *h == hash) {
            let texture = photo::to_color_image(photo)
                .map(|image| ctx.load_texture(format!("photo-{}", person.id), image, egui::TextureOptions::LINEAR));
            self.photo = Some((person.id, hash, texture));
        }
        self.photo.as_ref().map(|(_, _, texture)| texture.clone())
    }
}

fn display_name(person: &Person) -> &str {
    let name = person.name.trim();
    if name.is_empty() { "this person" } else { name }
}

fn section_title(section: Section, person: &Person) -> String {
    match section {
        Section::Contact => "Contact & organisation".to_owned(),
        Section::Photo => "Photo".to_owned(),
        Section::Life => "Life & family".to_owned(),
        Section::Milestones => format!("Milestones ({})", person.milestones.len()),
        Section::Needs => "Needs".to_owned(),
        Section::Fit => "Fit".to_owned(),
        Section::Incidents => format!("Critical incidents ({})", person.incidents.len()),
        Section::Ideas => format!("Ideas ({})", person.ideas.len()),
        Section::Log => format!("Interaction log ({})", person.interactions.len()),
    }
}

// ---------------------------------------------------------------------------------------------
// Header

fn header_ui(
    ui: &mut Ui,
    person: &Person,
    texture: Option<&Result<egui::TextureHandle, String>>,
    editable: bool,
    pass: &mut Pass<'_>,
    forms: &mut Forms,
) {
    ui.horizontal(|ui| {
        avatar_ui(ui, person, texture, 64.0);
        ui.vertical(|ui| {
            ui.heading(RichText::new(&person.name).strong());
            let organisation =
                if person.organisation.is_empty() { text::NO_ORGANISATION } else { person.organisation.as_str() };
            ui.label(format!(
                "{} · {organisation}{}",
                status_label(person.status),
                if person.key_account { text::KEY_ACCOUNT_MARK } else { "" }
            ));
        });
    });
    let knowledge = knowledge::of(person, pass.today);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{} {} %", text::KNOWLEDGE, knowledge.percent())).strong());
        ui.add(egui::ProgressBar::new(f32::from(knowledge.percent()) / 100.0).desired_width(120.0));
        if knowledge.missing.is_empty() {
            ui.weak(text::ALL_KNOWN);
            return;
        }
        ui.label(text::MISSING);
        for &fact in &knowledge.missing {
            let button = ui.add_enabled(editable, egui::Button::new(format!("+ {}", fact.label()).as_str()).small());
            if button.on_hover_text("Fill this in").clicked() {
                open_for(fact, forms, pass.today);
                pass.focus = Some(fact);
            }
        }
    });
}

/// Opens the form a missing fact is filled in with.
fn open_for(fact: Fact, forms: &mut Forms, today: NaiveDate) {
    match fact {
        Fact::Birthday => {
            let milestone = Milestone { kind: MilestoneKind::Birthday, ..Milestone::default() };
            forms.milestone = Some(MilestoneForm { milestone, date: None });
        }
        Fact::Family => {
            forms.relative.get_or_insert_with(FamilyMember::default);
        }
        Fact::PersonalContact => {
            let entry = forms.entry.get_or_insert_with(|| new_entry(today));
            entry.personal = true;
        }
        Fact::Interests | Fact::WhatMatters | Fact::ProudOf | Fact::Preferences | Fact::Needs => {}
    }
}

/// The photo, or the initials on a coloured disc.
fn avatar_ui(ui: &mut Ui, person: &Person, texture: Option<&Result<egui::TextureHandle, String>>, size: f32) {
    if let Some(Ok(texture)) = texture {
        ui.add(
            egui::Image::new(texture)
                .fit_to_exact_size(egui::vec2(size, size))
                .corner_radius(size / 2.0)
                .alt_text(format!("Photo of {}", person.name)),
        );
        return;
    }
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    person.id.hash(&mut hasher);
    let hue = (hasher.finish() % 360) as f32 / 360.0;
    let colour = egui::Color32::from(egui::ecolor::Hsva::new(hue, 0.45, 0.6, 1.0));
    ui.painter().circle_filled(rect.center(), size / 2.0, colour);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        person.initials(),
        egui::FontId::proportional(size * 0.4),
        egui::Color32::WHITE,
    );
}

// ---------------------------------------------------------------------------------------------
// Field helpers

/// Names a widget for screen readers and tests when no visible label fits.
fn name_widget(ui: &Ui, response: &Response, name: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name.to_owned()));
}

/// A caption and a one-line text field in a grid row; true when the field was left.
fn line_row(ui: &mut Ui, caption: &str, value: &mut String, hint: &str) -> Response {
    let label = ui.label(caption);
    let response = ui.add(TextEdit::singleline(value).hint_text(hint).desired_width(320.0)).labelled_by(label.id);
    ui.end_row();
    response
}

/// A caption and a multi-line text field in a grid row.
fn lines_row(ui: &mut Ui, caption: &str, value: &mut String) -> Response {
    let label = ui.label(caption);
    let response = ui.add(TextEdit::multiline(value).desired_rows(2).desired_width(320.0)).labelled_by(label.id);
    ui.end_row();
    response
}

/// A one-line text field named `name`.
fn line(ui: &mut Ui, value: &mut String, name: &str, width: f32) -> Response {
    let response = ui.add(TextEdit::singleline(value).hint_text(name).desired_width(width));
    name_widget(ui, &response, name);
    response
}

/// A combo box choosing one of `options`; true when the choice changed.
fn choice<T: PartialEq + Clone>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: &str,
    value: &mut T,
    options: &[T],
    label: impl Fn(&T) -> String,
) -> bool {
    let before = value.clone();
    let response = ComboBox::from_id_salt(id_salt).selected_text(label(value)).show_ui(ui, |ui| {
        for option in options {
            ui.selectable_value(value, option.clone(), label(option));
        }
    });
    name_widget(ui, &response.response, name);
    *value != before
}

/// A whole number by dragging or typing; true when a change is complete (drag ended, field
/// left, or a step without dragging).
fn number<T: egui::emath::Numeric>(
    ui: &mut Ui,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
    suffix: &str,
    name: &str,
) -> bool {
    let response = ui.add(DragValue::new(value).range(range).suffix(suffix));
    name_widget(ui, &response, name);
    response.drag_stopped()
        || response.lost_focus()
        || (response.changed() && !response.dragged() && !response.has_focus())
}

/// A small remove button named "Remove …"; true when clicked.
fn remove_button(ui: &mut Ui, name: &str) -> bool {
    let response = ui.small_button("🗑");
    name_widget(ui, &response, name);
    response.on_hover_text(name).clicked()
}

fn form_error_ui(ui: &mut Ui, error: &Option<(Section, String)>, section: Section) {
    if let Some((at, message)) = error
        && *at == section
    {
        ui.colored_label(ui.visuals().error_fg_color, message);
    }
}

/// Chips of `items` with a remove button each, and a field with an add button.
fn chips_ui(
    ui: &mut Ui,
    items: &mut Vec<String>,
    new: &mut String,
    (noun, field_name, add): (&str, &str, &str),
) -> (bool, Response) {
    let mut changed = false;
    let mut remove = None;
    ui.horizontal_wrapped(|ui| {
        for (index, item) in items.iter().enumerate() {
            let chip = ui.add(egui::Button::new(format!("{item}  ×").as_str()).small().corner_radius(8.0));
            name_widget(ui, &chip, &format!("Remove {noun} {item}"));
            if chip.on_hover_text(format!("Remove {noun} “{item}”")).clicked() {
                remove = Some(index);
            }
        }
    });
    if let Some(index) = remove {
        items.remove(index);
        changed = true;
    }
    let field = ui
        .horizontal(|ui| {
            let field = line(ui, new, field_name, 200.0);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(add).clicked() || entered) && !new.trim().is_empty() {
                let item = new.trim().to_owned();
                if !items.contains(&item) {
                    items.push(item);
                    changed = true;
                }
                new.clear();
                if entered {
                    field.request_focus();
                }
            }
            field
        })
        .inner;
    (changed, field)
}

// ---------------------------------------------------------------------------------------------
// Sections

fn contact_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    egui::Grid::new("profile_contact").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let left = line_row(ui, text::NAME, &mut draft.name, "").lost_focus();
        pass.commit_if(left, "name");
        let left = line_row(ui, text::ORGANISATION, &mut draft.organisation, "").lost_focus();
        pass.commit_if(left, "organisation");
        let left = line_row(ui, text::ROLE, &mut draft.role, "").lost_focus();
        pass.commit_if(left, "role");

        ui.label(text::STATUS);
        let changed = choice(ui, "profile_status", text::PERSON_STATUS, &mut draft.status, &Status::ALL, |s| {
            status_label(*s).to_owned()
        });
        pass.commit_if(changed, "status");
        ui.end_row();
        if matches!(draft.status, Status::FormerCustomer | Status::DeclinedByUs) || !draft.status_reason.is_empty() {
            let left = line_row(ui, text::STATUS_REASON, &mut draft.status_reason, text::STATUS_REASON_HINT);
            pass.commit_if(left.lost_focus(), "status");
        }

        ui.label("");
        let changed = ui.checkbox(&mut draft.key_account, text::KEY_ACCOUNT).changed();
        pass.commit_if(changed, "key account mark");
        ui.end_row();

        ui.label(text::TAGS);
        let (changed, _) = ui
            .vertical(|ui| chips_ui(ui, &mut draft.tags, &mut forms.tag, ("tag", text::NEW_TAG, text::ADD_TAG)))
            .inner;
        pass.commit_if(changed, "tags");
        ui.end_row();

        ui.label(text::EMAILS);
        let changed = ui
            .vertical(|ui| {
                labelled_list_ui(
                    ui,
                    &mut draft.contact.emails,
                    &mut forms.email,
                    ("e-mail", text::NEW_EMAIL, text::ADD_EMAIL),
                )
            })
            .inner;
        pass.commit_if(changed, "e-mails");
        ui.end_row();

        ui.label(text::PHONES);
        let changed = ui
            .vertical(|ui| {
                labelled_list_ui(
                    ui,
                    &mut draft.contact.phones,
                    &mut forms.phone,
                    ("phone", text::NEW_PHONE, text::ADD_PHONE),
                )
            })
            .inner;
        pass.commit_if(changed, "phones");
        ui.end_row();

        let left = lines_row(ui, text::ADDRESS, &mut draft.contact.address).lost_focus();
        pass.commit_if(left, "address");
        let left = line_row(ui, text::WEBSITE, &mut draft.contact.website, "https://").lost_focus();
        pass.commit_if(left, "website");
    });
}

/// E-mails or phones: label and value per row, a remove button, and a row to add one.
/// True when a change is complete.
fn labelled_list_ui(
    ui: &mut Ui,
    items: &mut Vec<Labelled>,
    new: &mut Labelled,
    (noun, new_name, add): (&str, &str, &str),
) -> bool {
    let mut commit = false;
    let mut remove = None;
    for (index, item) in items.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let n = index + 1;
            commit |= line(ui, &mut item.label, &format!("Label of {noun} {n}"), 70.0).lost_focus();
            commit |= line(ui, &mut item.value, &format!("{} {n}", capitalised(noun)), 220.0).lost_focus();
            if remove_button(ui, &format!("Remove {noun} {}", item.value)) {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        items.remove(index);
        commit = true;
    }
    ui.horizontal(|ui| {
        let label = ui.add(TextEdit::singleline(&mut new.label).hint_text(text::LABEL_HINT).desired_width(70.0));
        name_widget(ui, &label, &format!("{new_name} label"));
        let value = line(ui, &mut new.value, new_name, 220.0);
        let entered = value.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(add).clicked() || entered) && !new.value.trim().is_empty() {
            items.push(Labelled { label: new.label.trim().to_owned(), value: new.value.trim().to_owned() });
            *new = Labelled::default();
            commit = true;
        }
    });
    commit
}

fn photo_ui(
    ui: &mut Ui,
    draft: &mut Person,
    forms: &mut Forms,
    texture: Option<&Result<egui::TextureHandle, String>>,
    pass: &mut Pass<'_>,
) {
    ui.horizontal(|ui| {
        avatar_ui(ui, draft, texture, 96.0);
        ui.vertical(|ui| {
            match texture {
                None => {
                    ui.weak(text::NO_PHOTO);
                }
                Some(Err(message)) => {
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
                Some(Ok(_)) => {}
            }
            ui.horizontal(|ui| {
                let choose = if draft.photo.is_some() { text::CHANGE_PHOTO } else { text::CHOOSE_PHOTO };
                if ui.button(choose).clicked()
                    && let Some(path) = rfd::FileDialog::new()
                        .add_filter(text::PHOTO_FILTER, &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"])
                        .pick_file()
                {
                    set_photo(draft, forms, &path, pass);
                }
                if draft.photo.is_some() && ui.button(text::REMOVE_PHOTO).clicked() {
                    draft.photo = None;
                    forms.photo_error = None;
                    pass.commit("photo");
                }
            });
            // Where no native dialog exists (no desktop portal), a path typed by hand.
            ui.horizontal(|ui| {
                let label = ui.label(text::PHOTO_FILE);
                let field = ui
                    .add(
                        TextEdit::singleline(&mut forms.photo_path)
                            .hint_text(text::PHOTO_FILE_HINT)
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(text::USE_PHOTO).clicked() || entered) && !forms.photo_path.trim().is_empty() {
                    let path = std::path::PathBuf::from(forms.photo_path.trim());
                    set_photo(draft, forms, &path, pass);
                }
            });
            if let Some(message) = &forms.photo_error {
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
        });
    });
}

fn set_photo(draft: &mut Person, forms: &mut Forms, path: &std::path::Path, pass: &mut Pass<'_>) {
    match photo::from_file(path) {
        Ok(photo) => {
            draft.photo = Some(photo);
            forms.photo_error = None;
            forms.photo_path.clear();
            pass.commit("photo");
        }
        Err(message) => forms.photo_error = Some(message),
    }
}

fn life_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    ui.label(RichText::new(text::FAMILY).strong());
    family_ui(ui, draft, forms, pass);
    ui.add_space(6.0);

    ui.label(RichText::new(text::INTERESTS).strong());
    let (changed, field) = chips_ui(
        ui,
        &mut draft.life.interests,
        &mut forms.interest,
        ("interest", text::NEW_INTEREST, text::ADD_INTEREST),
    );
    pass.focus_here(Fact::Interests, &field);
    pass.commit_if(changed, "interests");
    ui.add_space(6.0);

    egui::Grid::new("profile_life").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let life = &mut draft.life;
        for (fact, caption, value, what) in [
            (Some(Fact::WhatMatters), text::WHAT_MATTERS, &mut life.what_matters, "what matters"),
            (Some(Fact::ProudOf), text::PROUD_OF, &mut life.proud_of, "story to be proud of"),
            (Some(Fact::Preferences), text::PREFERENCES, &mut life.preferences, "preferences"),
            (None, text::NOTES, &mut life.notes, "notes"),
        ] {
            let response = lines_row(ui, caption, value);
            if let Some(fact) = fact {
                pass.focus_here(fact, &response);
            }
            pass.commit_if(response.lost_focus(), what);
        }
    });
}

fn family_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let mut remove = None;
    let mut commit = false;
    for (index, member) in draft.life.family.iter_mut().enumerate() {
        let n = index + 1;
        ui.horizontal(|ui| {
            commit |= line(ui, &mut member.name, &format!("Name of relative {n}"), 140.0).lost_focus();
            commit |=
                relation_ui(ui, ("relation", member.id), &mut member.relation, &format!("Relation of relative {n}"));
            let date = DateField::new(("relative_birthday", member.id), &mut member.birthday)
                .allow_no_year(true)
                .name(format!("Birthday of relative {n}"))
                .show(ui);
            commit |= date.changed;
            if remove_button(ui, &format!("Remove relative {}", member.name)) {
                remove = Some(index);
            }
        });
    }
    if draft.life.family.is_empty() && forms.relative.is_none() {
        ui.weak(text::NOTHING_YET);
    }
    if let Some(index) = remove {
        let removed = draft.life.family.remove(index);
        // A milestone pointing at the relative no longer has one.
        for milestone in &mut draft.milestones {
            if milestone.family_member == Some(removed.id) {
                milestone.family_member = None;
            }
        }
        commit = true;
    }
    pass.commit_if(commit, "family");

    let Some(member) = &mut forms.relative else {
        let button = ui.button(text::ADD_RELATIVE);
        pass.focus_here(Fact::Family, &button);
        if button.clicked() {
            forms.relative = Some(FamilyMember::default());
            pass.focus = Some(Fact::Family);
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    ui.group(|ui| {
        ui.horizontal(|ui| {
            let name = line(ui, &mut member.name, "Relative's name", 140.0);
            pass.focus_here(Fact::Family, &name);
            relation_ui(ui, (member.id, "relation"), &mut member.relation, "Relative's relation");
            // The form's own id keeps a cancelled form's text out of the next one.
            DateField::new((member.id, "birthday"), &mut member.birthday)
                .allow_no_year(true)
                .name("Relative's birthday")
                .show(ui);
        });
        ui.horizontal(|ui| {
            add = ui.button(text::ADD_RELATIVE).clicked();
            cancel = ui.button(text::CANCEL).clicked();
            form_error_ui(ui, &forms.error, Section::Life);
        });
    });
    if cancel {
        forms.relative = None;
        forms.error = None;
    } else if add {
        if member.name.trim().is_empty() {
            forms.error = Some((Section::Life, text::RELATIVE_NEEDS_NAME.to_owned()));
        } else {
            let mut member = std::mem::take(member);
            member.name = member.name.trim().to_owned();
            draft.life.family.push(member);
            forms.relative = None;
            forms.error = None;
            pass.commit("family");
        }
    }
}

/// The relation picker: the common relations and "Other" in the user's own words.
fn relation_ui(ui: &mut Ui, id_salt: impl egui::AsIdSalt + Copy, relation: &mut Relation, name: &str) -> bool {
    let other = matches!(relation, Relation::Other(_));
    let mut commit = false;
    let response =
        ComboBox::from_id_salt(id_salt).selected_text(relation_label(relation)).width(110.0).show_ui(ui, |ui| {
            for option in Relation::COMMON {
                let selected = *relation == option;
                if ui.selectable_label(selected, relation_label(&option)).clicked() && !selected {
                    *relation = option;
                    commit = true;
                }
            }
            if ui.selectable_label(other, "Other…").clicked() && !other {
                *relation = Relation::Other(String::new());
                commit = true;
            }
        });
    name_widget(ui, &response.response, name);
    if let Relation::Other(words) = relation {
        commit |= line(ui, words, &format!("{name} in words"), 100.0).lost_focus();
    }
    commit
}

/// A visible caption and a one-line field whose accessible name is `name`.
fn caption_line(ui: &mut Ui, caption: &str, value: &mut String, name: &str) -> Response {
    ui.label(caption);
    let response = ui.add(TextEdit::singleline(value).desired_width(320.0));
    name_widget(ui, &response, name);
    ui.end_row();
    response
}

/// A visible caption and a multi-line field whose accessible name is `name`.
fn caption_lines(ui: &mut Ui, caption: &str, value: &mut String, name: &str) -> Response {
    ui.label(caption);
    let response = ui.add(TextEdit::multiline(value).desired_rows(2).desired_width(320.0));
    name_widget(ui, &response, name);
    ui.end_row();
    response
}

const KINDS: [MilestoneKind; 7] = [
    MilestoneKind::Birthday,
    MilestoneKind::WorkAnniversary,
    MilestoneKind::CustomerSince,
    MilestoneKind::WeddingAnniversary,
    MilestoneKind::FamilyBirthday,
    MilestoneKind::LifeEvent,
    MilestoneKind::Custom,
];

fn milestones_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let family: Vec<(FamilyMemberId, String)> = draft.life.family.iter().map(|f| (f.id, f.name.clone())).collect();
    let mut remove = None;
    let mut commit = false;
    for (index, milestone) in draft.milestones.iter_mut().enumerate() {
        let prefix = format!("milestone {}", index + 1);
        ui.horizontal_wrapped(|ui| {
            let mut date = Some(milestone.date);
            let (changed, _) = milestone_fields(ui, milestone, &mut date, &family, &prefix);
            if let Some(date) = date {
                milestone.date = date;
            }
            commit |= changed;
            if remove_button(ui, &format!("Remove {prefix}")) {
                remove = Some(index);
            }
        });
    }
    if draft.milestones.is_empty() && forms.milestone.is_none() {
        ui.weak(text::NOTHING_YET);
    }
    if let Some(index) = remove {
        draft.milestones.remove(index);
        commit = true;
    }
    pass.commit_if(commit, "milestones");

    let Some(form) = &mut forms.milestone else {
        if ui.button(text::ADD_MILESTONE).clicked() {
            forms.milestone = Some(MilestoneForm { milestone: Milestone::default(), date: None });
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    ui.group(|ui| {
        ui.horizontal_wrapped(|ui| {
            let (_, date) = milestone_fields(ui, &mut form.milestone, &mut form.date, &family, "new milestone");
            pass.focus_here(Fact::Birthday, &date);
        });
        ui.horizontal(|ui| {
            add = ui.button(text::ADD_MILESTONE).clicked();
            cancel = ui.button(text::CANCEL).clicked();
            form_error_ui(ui, &forms.error, Section::Milestones);
        });
    });
    if cancel {
        forms.milestone = None;
        forms.error = None;
    } else if add {
        match form.date {
            None => forms.error = Some((Section::Milestones, text::MILESTONE_NEEDS_DATE.to_owned())),
            Some(date) if form.milestone.recurrence == Recurrence::Once && date.year().is_none() => {
                forms.error = Some((Section::Milestones, text::ONCE_NEEDS_YEAR.to_owned()));
            }
            Some(date) => {
                let mut milestone = form.milestone.clone();
                milestone.date = date;
                milestone.label = milestone.label.trim().to_owned();
                draft.milestones.push(milestone);
                forms.milestone = None;
                forms.error = None;
                pass.commit("milestones");
            }
        }
    }
}

/// The fields of one milestone; the date is edited through `date`. Returns whether a change is
/// complete, and the date field's response (the field a missing birthday focuses).
fn milestone_fields(
    ui: &mut Ui,
    milestone: &mut Milestone,
    date: &mut Option<PartialDate>,
    family: &[(FamilyMemberId, String)],
    prefix: &str,
) -> (bool, Response) {
    let salt = milestone.id;
    let mut commit = choice(ui, (salt, "kind"), &format!("Kind of {prefix}"), &mut milestone.kind, &KINDS, kind_label);
    let hint = match milestone.kind {
        MilestoneKind::LifeEvent | MilestoneKind::Custom => "what it is",
        _ => "label (optional)",
    };
    let label = ui.add(TextEdit::singleline(&mut milestone.label).hint_text(hint).desired_width(140.0));
    name_widget(ui, &label, &format!("Label of {prefix}"));
    commit |= label.lost_focus();
    let yearly = milestone.recurrence == Recurrence::Yearly;
    let field = DateField::new((salt, "date"), date)
        .allow_no_year(yearly)
        .required(true)
        .name(format!("Date of {prefix}"))
        .show(ui);
    commit |= field.changed;
    let has_year = date.is_some_and(|d| d.year().is_some());
    let before = milestone.recurrence;
    let recurrence = ComboBox::from_id_salt((salt, "recurrence"))
        .selected_text(recurrence_label(milestone.recurrence))
        .width(80.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut milestone.recurrence, Recurrence::Yearly, recurrence_label(Recurrence::Yearly));
            ui.add_enabled_ui(has_year, |ui| {
                ui.selectable_value(&mut milestone.recurrence, Recurrence::Once, recurrence_label(Recurrence::Once))
                    .on_disabled_hover_text(text::ONCE_NEEDS_YEAR);
            });
        });
    name_widget(ui, &recurrence.response, &format!("Recurrence of {prefix}"));
    commit |= milestone.recurrence != before;
    ui.label("remind");
    commit |=
        number(ui, &mut milestone.remind_days_before, 0..=365, text::DAYS_AHEAD, &format!("Reminder of {prefix}"));
    if milestone.kind == MilestoneKind::FamilyBirthday {
        let shown = milestone
            .family_member
            .and_then(|id| family.iter().find(|(f, _)| *f == id))
            .map_or(text::NO_RELATIVE, |(_, name)| name.as_str());
        let before = milestone.family_member;
        let relative = ComboBox::from_id_salt((salt, "relative")).selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut milestone.family_member, None, text::NO_RELATIVE);
            for (id, name) in family {
                ui.selectable_value(&mut milestone.family_member, Some(*id), name);
            }
        });
        name_widget(ui, &relative.response, &format!("Relative of {prefix}"));
        commit |= milestone.family_member != before;
    }
    (commit, field.response)
}

fn needs_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    egui::Grid::new("profile_needs").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let needs = &mut draft.needs;
        let stated = lines_row(ui, text::STATED, &mut needs.stated);
        pass.focus_here(Fact::Needs, &stated);
        let mut left = stated.lost_focus();
        left |= lines_row(ui, text::MOTIVATION, &mut needs.motivation).lost_focus();
        left |= lines_row(ui, text::CHALLENGE, &mut needs.challenge).lost_focus();
        left |= lines_row(ui, text::SOLUTION, &mut needs.agreed_solution).lost_focus();
        pass.commit_if(left, "needs");
    });
}

fn fit_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    let currency = pass.workspace.currency.clone();
    egui::Grid::new("profile_fit").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let fit = &mut draft.fit;
        let mut commit = false;
        ui.label(text::NEED_RECOGNISED);
        let options = [NeedRecognised::Yes, NeedRecognised::Partly, NeedRecognised::No, NeedRecognised::Unknown];
        commit |= choice(ui, "fit_need", text::NEED_RECOGNISED, &mut fit.need_recognised, &options, need_label);
        ui.end_row();
        ui.label(text::DRIVER);
        let options = [Driver::Value, Driver::Price, Driver::Speed, Driver::Unknown];
        commit |= choice(ui, "fit_driver", text::DRIVER, &mut fit.driver, &options, driver_label);
        ui.end_row();
        ui.label(text::MINUTES_SPENT);
        ui.horizontal(|ui| {
            commit |= number(ui, &mut fit.minutes_spent, 0..=10_000_000, text::MINUTES, text::MINUTES_SPENT);
            if fit.minutes_spent >= 60 {
                ui.weak(format!("({:.1} hours)", f64::from(fit.minutes_spent) / 60.0));
            }
        });
        ui.end_row();
        let label = ui.label(text::YEARLY_VALUE);
        commit |= money::amount_field(ui, "fit_value", &mut fit.yearly_value, &currency, label.id).changed;
        ui.end_row();
        ui.label(text::DECISION);
        let options = [FitDecision::Undecided, FitDecision::Keep, FitDecision::LetGo];
        commit |= choice(ui, "fit_decision", text::DECISION, &mut fit.decision, &options, decision_label);
        ui.end_row();
        commit |= lines_row(ui, text::DECISION_REASON, &mut fit.decision_reason).lost_focus();
        pass.commit_if(commit, "fit");
    });
    if let Some(value) = draft.fit.yearly_value {
        ui.weak(format!("{}: {}", text::YEARLY_VALUE, money::format_amount(value, &currency)));
    }
}

fn incidents_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let mut remove = None;
    let mut commit = false;
    for (index, incident) in draft.incidents.iter_mut().enumerate() {
        let prefix = format!("incident {}", index + 1);
        ui.group(|ui| {
            commit |= incident_fields(ui, incident, pass.workspace, &prefix);
            if remove_button(ui, &format!("Remove {prefix}")) {
                remove = Some(index);
            }
        });
    }
    if draft.incidents.is_empty() && forms.incident.is_none() {
        ui.weak(text::NOTHING_YET);
    }
    if let Some(index) = remove {
        draft.incidents.remove(index);
        commit = true;
    }
    pass.commit_if(commit, "critical incidents");

    let Some(incident) = &mut forms.incident else {
        if ui.button(text::ADD_INCIDENT).clicked() {
            forms.incident = Some(CriticalIncident { date: pass.today, ..CriticalIncident::default() });
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    ui.group(|ui| {
        incident_fields(ui, incident, pass.workspace, "new incident");
        ui.horizontal(|ui| {
            add = ui.button(text::ADD_INCIDENT).clicked();
            cancel = ui.button(text::CANCEL).clicked();
        });
    });
    if cancel {
        forms.incident = None;
    } else if add {
        draft.incidents.push(incident.clone());
        forms.incident = None;
        pass.commit("critical incidents");
    }
}

fn incident_fields(ui: &mut Ui, incident: &mut CriticalIncident, workspace: &Workspace, prefix: &str) -> bool {
    let salt = incident.id;
    let mut commit = false;
    egui::Grid::new((salt, "incident")).num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
        ui.label("Date");
        commit |=
            DateField::naive((salt, "date"), &mut incident.date).name(format!("Date of {prefix}")).show(ui).changed;
        ui.end_row();
        ui.label("Where in the journey");
        ui.horizontal(|ui| {
            commit |= journey_phase_ui(ui, workspace, salt, prefix, &mut incident.journey, &mut incident.phase);
        });
        ui.end_row();
        commit |=
            caption_line(ui, "Touchpoint", &mut incident.touchpoint, &format!("Touchpoint of {prefix}")).lost_focus();
        ui.label("Than expected");
        commit |= choice(
            ui,
            (salt, "valence"),
            &format!("Better or worse, {prefix}"),
            &mut incident.valence,
            &[Valence::Better, Valence::Worse],
            valence_label,
        );
        ui.end_row();
        commit |= caption_lines(ui, "Expected", &mut incident.expected, &format!("Expected, {prefix}")).lost_focus();
        commit |= caption_lines(ui, "What happened", &mut incident.happened, &format!("What happened, {prefix}"))
            .lost_focus();
        commit |=
            caption_lines(ui, "Our response", &mut incident.response, &format!("Our response, {prefix}")).lost_focus();
        ui.label("");
        let resolved = ui.checkbox(&mut incident.resolved, "Resolved");
        name_widget(ui, &resolved, &format!("Resolved, {prefix}"));
        commit |= resolved.changed();
        ui.end_row();
    });
    commit
}

/// Pickers for a journey map and one of its phases; true when either changed.
fn journey_phase_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    salt: impl egui::AsIdSalt + Copy,
    prefix: &str,
    journey: &mut Option<JourneyId>,
    phase: &mut Option<PhaseId>,
) -> bool {
    let mut changed = false;
    let shown = match journey {
        None => text::NO_JOURNEY.to_owned(),
        Some(id) => workspace.journey(*id).map_or_else(|| text::MISSING_JOURNEY.to_owned(), |j| j.name.clone()),
    };
    let response = ComboBox::from_id_salt((salt, "journey")).selected_text(shown).show_ui(ui, |ui| {
        if ui.selectable_label(journey.is_none(), text::NO_JOURNEY).clicked() && journey.is_some() {
            (*journey, *phase) = (None, None);
            changed = true;
        }
        for map in &workspace.journeys {
            let selected = *journey == Some(map.id);
            if ui.selectable_label(selected, &map.name).clicked() && !selected {
                (*journey, *phase) = (Some(map.id), None);
                changed = true;
            }
        }
    });
    name_widget(ui, &response.response, &format!("Journey of {prefix}"));
    if let Some(map) = journey.and_then(|id| workspace.journey(id)) {
        let shown = phase.and_then(|id| map.phases.iter().find(|p| p.id == id)).map_or(text::NO_PHASE, |p| &p.name);
        let response = ComboBox::from_id_salt((salt, "phase")).selected_text(shown).show_ui(ui, |ui| {
            if ui.selectable_label(phase.is_none(), text::NO_PHASE).clicked() && phase.is_some() {
                *phase = None;
                changed = true;
            }
            for candidate in &map.phases {
                let selected = *phase == Some(candidate.id);
                if ui.selectable_label(selected, &candidate.name).clicked() && !selected {
                    *phase = Some(candidate.id);
                    changed = true;
                }
            }
        });
        name_widget(ui, &response.response, &format!("Phase of {prefix}"));
    }
    changed
}

const IDEA_STATUSES: [IdeaStatus; 5] =
    [IdeaStatus::New, IdeaStatus::Considering, IdeaStatus::Planned, IdeaStatus::Done, IdeaStatus::Declined];

fn ideas_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let mut remove = None;
    let mut commit = false;
    for (index, idea) in draft.ideas.iter_mut().enumerate() {
        let prefix = format!("idea {}", index + 1);
        ui.horizontal_wrapped(|ui| {
            commit |= idea_fields(ui, idea, pass.workspace, &prefix);
            if remove_button(ui, &format!("Remove {prefix}")) {
                remove = Some(index);
            }
        });
    }
    if draft.ideas.is_empty() && forms.idea.is_none() {
        ui.weak(text::NOTHING_YET);
    }
    if let Some(index) = remove {
        draft.ideas.remove(index);
        commit = true;
    }
    pass.commit_if(commit, "ideas");

    let Some(idea) = &mut forms.idea else {
        if ui.button(text::ADD_IDEA).clicked() {
            forms.idea = Some(Idea { date: pass.today, ..Idea::default() });
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    ui.group(|ui| {
        ui.horizontal_wrapped(|ui| {
            idea_fields(ui, idea, pass.workspace, "new idea");
        });
        ui.horizontal(|ui| {
            add = ui.button(text::ADD_IDEA).clicked();
            cancel = ui.button(text::CANCEL).clicked();
            form_error_ui(ui, &forms.error, Section::Ideas);
        });
    });
    if cancel {
        forms.idea = None;
        forms.error = None;
    } else if add {
        if idea.text.trim().is_empty() {
            forms.error = Some((Section::Ideas, text::IDEA_NEEDS_TEXT.to_owned()));
        } else {
            draft.ideas.push(idea.clone());
            forms.idea = None;
            forms.error = None;
            pass.commit("ideas");
        }
    }
}

fn idea_fields(ui: &mut Ui, idea: &mut Idea, workspace: &Workspace, prefix: &str) -> bool {
    let salt = idea.id;
    let mut commit =
        DateField::naive((salt, "date"), &mut idea.date).name(format!("Date of {prefix}")).show(ui).changed;
    commit |= line(ui, &mut idea.text, &format!("Text of {prefix}"), 260.0).lost_focus();
    commit |= choice(ui, (salt, "status"), &format!("Status of {prefix}"), &mut idea.status, &IDEA_STATUSES, |s| {
        idea_status_label(*s)
    });
    commit |= journey_phase_ui(ui, workspace, salt, prefix, &mut idea.journey, &mut idea.phase);
    commit
}

const CHANNELS: [Channel; 7] = [
    Channel::Meeting,
    Channel::Phone,
    Channel::Email,
    Channel::Message,
    Channel::Visit,
    Channel::Event,
    Channel::Other,
];

fn new_entry(today: NaiveDate) -> Interaction {
    Interaction { date: today, ..Interaction::default() }
}

fn log_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    // The form first: the newest entry is the one most often written.
    match &mut forms.entry {
        None => {
            let button = ui.button(text::ADD_ENTRY);
            if button.clicked() {
                forms.entry = Some(new_entry(pass.today));
            }
        }
        Some(entry) => {
            let mut add = false;
            let mut cancel = false;
            ui.group(|ui| {
                ui.horizontal_wrapped(|ui| {
                    let note = entry_fields(ui, entry, "new entry").1;
                    pass.focus_here(Fact::PersonalContact, &note);
                });
                ui.horizontal(|ui| {
                    add = ui.button(text::ADD_ENTRY).clicked();
                    cancel = ui.button(text::CANCEL).clicked();
                });
            });
            if cancel {
                forms.entry = None;
            } else if add {
                draft.interactions.push(entry.clone());
                forms.entry = None;
                pass.commit("interaction log");
            }
        }
    }
    // Newest first; entries of the same day in the order they were written, latest on top.
    let mut order: Vec<usize> = (0..draft.interactions.len()).collect();
    order.sort_by(|&a, &b| draft.interactions[b].date.cmp(&draft.interactions[a].date).then(b.cmp(&a)));
    let mut remove = None;
    let mut commit = false;
    for (row, &index) in order.iter().enumerate() {
        let Some(entry) = draft.interactions.get_mut(index) else { continue };
        let prefix = format!("entry {}", row + 1);
        ui.horizontal_wrapped(|ui| {
            commit |= entry_fields(ui, entry, &prefix).0;
            if remove_button(ui, &format!("Remove {prefix}")) {
                remove = Some(index);
            }
        });
    }
    if draft.interactions.is_empty() && forms.entry.is_none() {
        ui.weak(text::NOTHING_YET);
    }
    if let Some(index) = remove {
        draft.interactions.remove(index);
        commit = true;
    }
    pass.commit_if(commit, "interaction log");
}

/// The fields of a log entry; whether a change is complete, and the note's response.
fn entry_fields(ui: &mut Ui, entry: &mut Interaction, prefix: &str) -> (bool, Response) {
    let salt = entry.id;
    let mut commit =
        DateField::naive((salt, "date"), &mut entry.date).name(format!("Date of {prefix}")).show(ui).changed;
    commit |= choice(ui, (salt, "channel"), &format!("Channel of {prefix}"), &mut entry.channel, &CHANNELS, |c| {
        channel_label(*c).to_owned()
    });
    let personal = ui.checkbox(&mut entry.personal, "Personal");
    name_widget(ui, &personal, &format!("Personal, {prefix}"));
    commit |= personal.changed();
    commit |= number(ui, &mut entry.minutes, 0..=100_000, text::MINUTES, &format!("Minutes of {prefix}"));
    let note = line(ui, &mut entry.note, &format!("Note of {prefix}"), 260.0);
    commit |= note.lost_focus();
    (commit, note)
}

// ---------------------------------------------------------------------------------------------
// Words for the model's choices

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn relation_label(relation: &Relation) -> String {
    match relation {
        Relation::Other(words) if words.trim().is_empty() => "Other".to_owned(),
        other => capitalised(other.word()),
    }
}

fn kind_label(kind: &MilestoneKind) -> String {
    match kind {
        MilestoneKind::Birthday => "Birthday",
        MilestoneKind::WorkAnniversary => "Work anniversary",
        MilestoneKind::CustomerSince => "Customer since",
        MilestoneKind::WeddingAnniversary => "Wedding anniversary",
        MilestoneKind::FamilyBirthday => "Relative's birthday",
        MilestoneKind::LifeEvent => "Life event",
        MilestoneKind::Custom => "Other",
    }
    .to_owned()
}

fn recurrence_label(recurrence: Recurrence) -> &'static str {
    match recurrence {
        Recurrence::Yearly => "yearly",
        Recurrence::Once => "once",
    }
}

fn need_label(need: &NeedRecognised) -> String {
    match need {
        NeedRecognised::Yes => "Yes",
        NeedRecognised::Partly => "Partly",
        NeedRecognised::No => "No",
        NeedRecognised::Unknown => "Unknown",
    }
    .to_owned()
}

fn driver_label(driver: &Driver) -> String {
    match driver {
        Driver::Value => "Value",
        Driver::Price => "Price",
        Driver::Speed => "Speed",
        Driver::Unknown => "Unknown",
    }
    .to_owned()
}

fn decision_label(decision: &FitDecision) -> String {
    match decision {
        FitDecision::Undecided => "Undecided",
        FitDecision::Keep => "Keep",
        FitDecision::LetGo => "Let go",
    }
    .to_owned()
}

fn valence_label(valence: &Valence) -> String {
    match valence {
        Valence::Better => "Better",
        Valence::Worse => "Worse",
    }
    .to_owned()
}

use crate::ui::views::insights::idea_status_label;

fn channel_label(channel: Channel) -> &'static str {
    match channel {
        Channel::Meeting => "Meeting",
        Channel::Phone => "Phone",
        Channel::Email => "E-mail",
        Channel::Message => "Message",
        Channel::Visit => "Visit",
        Channel::Event => "Event",
        Channel::Other => "Other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    struct State {
        view: ProfileView,
        workspace: Workspace,
        editable: bool,
        /// Which of the workspace's people is shown.
        shown: usize,
        /// The edits asked for, applied after each frame as the shell does: (label, person after).
        edits: Vec<(String, Person)>,
    }

    fn harness(person: Person, editable: bool) -> Harness<'static, State> {
        harness_of(vec![person], editable)
    }

    fn harness_of(people: Vec<Person>, editable: bool) -> Harness<'static, State> {
        let mut workspace = Workspace::named("Test");
        workspace.people = people;
        let state = State { view: ProfileView::default(), workspace, editable, shown: 0, edits: Vec::new() };
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 2400.0)).build_ui_state(
            |ui, state: &mut State| {
                let mut intents = Vec::new();
                let person = state.workspace.people.get(state.shown);
                state.view.ui(ui, &state.workspace, person, state.editable, &mut intents);
                for intent in intents {
                    let Intent::Edit { label, edit } = intent else { continue };
                    let Edit::ReplacePerson(person) = &edit else { panic!("unexpected edit {edit:?}") };
                    state.edits.push((label, (**person).clone()));
                    crate::ops::apply(&mut state.workspace, edit).expect("applies");
                }
            },
            state,
        );
        harness.run();
        harness
    }

    fn take_edits(harness: &mut Harness<'_, State>) -> Vec<(String, Person)> {
        std::mem::take(&mut harness.state_mut().edits)
    }

    #[test]
    fn each_change_is_one_labelled_replace_person() {
        let mut harness = harness(Person::named("Ingrid Holm"), true);
        harness.get_by_label("New interest").focus();
        harness.run();
        harness.get_by_label("New interest").type_text("Sailing");
        harness.run();
        assert!(take_edits(&mut harness).is_empty(), "typing alone commits nothing");
        harness.get_by_label("Add interest").click();
        harness.run();
        let edits = take_edits(&mut harness);
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].0, "Edit Ingrid Holm's interests");
        assert_eq!(edits[0].1.life.interests, ["Sailing"]);

        harness.get_by_label("Role").focus();
        harness.run();
        harness.get_by_label("Role").type_text("Owner");
        harness.run();
        assert!(take_edits(&mut harness).is_empty(), "nothing half-typed is saved");
        harness.key_press(egui::Key::Enter);
        harness.run();
        let edits = take_edits(&mut harness);
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].0, "Edit Ingrid Holm's role");
        assert_eq!(edits[0].1.role, "Owner");
        assert_eq!(edits[0].1.life.interests, ["Sailing"], "the draft follows the workspace");
    }

    #[test]
    fn picking_another_person_keeps_what_was_typed() {
        let mut harness = harness_of(vec![Person::named("Ingrid Holm"), Person::named("Jonas Berg")], true);
        harness.get_by_label("Role").focus();
        harness.run();
        harness.get_by_label("Role").type_text("Baker");
        harness.run();
        assert!(take_edits(&mut harness).is_empty());
        harness.state_mut().shown = 1;
        harness.run();
        let edits = take_edits(&mut harness);
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].0, "Edit Ingrid Holm");
        assert_eq!(edits[0].1.role, "Baker");
        assert_eq!(harness.get_by_label("Role").value().as_deref(), Some(""), "Jonas's role is shown");
    }

    #[test]
    fn letting_go_is_a_status_with_a_reason() {
        let mut harness = harness(Person::named("Jonas Berg"), true);
        assert!(harness.query_by_label("Reason").is_none(), "no reason field for a prospect");
        harness.get_by_label(text::PERSON_STATUS).click();
        harness.run();
        harness.get_by_label("Declined by us").click();
        harness.run();
        let edits = take_edits(&mut harness);
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].1.status, Status::DeclinedByUs);
        harness.get_by_label("Reason").focus();
        harness.run();
        harness.get_by_label("Reason").type_text("Only the lowest price counts");
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        let edits = take_edits(&mut harness);
        assert_eq!(edits[0].1.status_reason, "Only the lowest price counts");
        assert_eq!(harness.state().workspace.people.len(), 1, "still there: not a deletion");
    }

    #[test]
    fn the_yearly_value_is_typed_and_shown_in_the_workspace_currency() {
        let mut harness = harness(Person::named("Jonas Berg"), true);
        harness.get_by_label_contains("Fit").click();
        harness.run();
        harness.get_by_label(text::YEARLY_VALUE).focus();
        harness.run();
        harness.get_by_label(text::YEARLY_VALUE).type_text("lots");
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        harness.get_by_label("“lots” is not a whole amount (for example 185,000)");
        assert!(take_edits(&mut harness).is_empty());
        harness.get_by_label(text::YEARLY_VALUE).focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.run();
        harness.get_by_label(text::YEARLY_VALUE).type_text("185000");
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        let edits = take_edits(&mut harness);
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].1.fit.yearly_value, Some(185_000));
        harness.run();
        harness.get_by_label("Yearly value: 185,000 DKK");
    }

    #[test]
    fn a_read_only_profile_changes_nothing() {
        let mut harness = harness(Person::named("Jonas Berg"), false);
        harness.get_by_label("Key account").click();
        harness.run();
        harness.get_by_label("Delete person…").click();
        harness.run();
        assert!(take_edits(&mut harness).is_empty());
        assert!(!harness.state().workspace.people[0].key_account);
    }
}
