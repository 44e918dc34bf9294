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
//!
//! A new person (Add person, Ctrl+Shift+N) is a draft outside the workspace, its name field
//! focused: it enters the workspace, as one undo step "Add …", when its first change is
//! committed (the name typed and the field left, or anything else entered). A new person left
//! with nothing entered — another person picked, another view, Esc, Add person again — was never
//! added, so neither the list nor the undo history keeps a trace of it.

use crate::i18n::Lang;
use crate::model::{
    Channel, CriticalIncident, Driver, FamilyMember, FamilyMemberId, FitDecision, Idea, IdeaStatus, Interaction,
    JourneyId, Labelled, Milestone, MilestoneKind, NeedRecognised, PartialDate, Person, PersonId, PhaseId, Recurrence,
    Relation, Status, Valence, Workspace,
};
use crate::ops::Edit;
use crate::ops::knowledge::{self, Fact};
use crate::ops::names;
use crate::t;
use crate::ui::Intent;
use crate::ui::widgets::{DateField, DateResponse, money, photo};
use chrono::NaiveDate;
use egui::{Align, CollapsingHeader, ComboBox, DragValue, Response, RichText, ScrollArea, TextEdit, Ui};
use std::hash::{Hash, Hasher};

/// What an edit changed, for its undo step ("Edit Mette Kjærgaard's interests").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Name,
    Organisation,
    Role,
    Status,
    KeyAccount,
    Purpose,
    Tags,
    Emails,
    Phones,
    Address,
    Website,
    Photo,
    Family,
    Interests,
    WhatMatters,
    ProudOf,
    Preferences,
    Notes,
    Milestones,
    Needs,
    Fit,
    Incidents,
    Ideas,
    Log,
}

impl Part {
    /// The undo step's label for an edit of this part of `person`.
    fn edit_label(self, person: &Person) -> String {
        let name = display_name(person);
        let owner = if person.name.trim().is_empty() { t!("profile-this-persons") } else { names::possessive(&name) };
        let (name, owner) = (name.as_str(), owner.as_str());
        match self {
            Part::Name => t!("profile-edited-name", owner = owner, name = name),
            Part::Organisation => t!("profile-edited-organisation", owner = owner, name = name),
            Part::Role => t!("profile-edited-role", owner = owner, name = name),
            Part::Status => t!("profile-edited-status", owner = owner, name = name),
            Part::KeyAccount => t!("profile-edited-key-account", owner = owner, name = name),
            Part::Purpose => t!("profile-edited-purpose", owner = owner, name = name),
            Part::Tags => t!("profile-edited-tags", owner = owner, name = name),
            Part::Emails => t!("profile-edited-emails", owner = owner, name = name),
            Part::Phones => t!("profile-edited-phones", owner = owner, name = name),
            Part::Address => t!("profile-edited-address", owner = owner, name = name),
            Part::Website => t!("profile-edited-website", owner = owner, name = name),
            Part::Photo => t!("profile-edited-photo", owner = owner, name = name),
            Part::Family => t!("profile-edited-family", owner = owner, name = name),
            Part::Interests => t!("profile-edited-interests", owner = owner, name = name),
            Part::WhatMatters => t!("profile-edited-what-matters", owner = owner, name = name),
            Part::ProudOf => t!("profile-edited-proud-of", owner = owner, name = name),
            Part::Preferences => t!("profile-edited-preferences", owner = owner, name = name),
            Part::Notes => t!("profile-edited-notes", owner = owner, name = name),
            Part::Milestones => t!("profile-edited-milestones", owner = owner, name = name),
            Part::Needs => t!("profile-edited-needs", owner = owner, name = name),
            Part::Fit => t!("profile-edited-fit", owner = owner, name = name),
            Part::Incidents => t!("profile-edited-incidents", owner = owner, name = name),
            Part::Ideas => t!("profile-edited-ideas", owner = owner, name = name),
            Part::Log => t!("profile-edited-log", owner = owner, name = name),
        }
    }
}

/// A form's refusal, shown beside its button in the current language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormError {
    RelativeNeedsName,
    MilestoneNeedsDate,
    OnceNeedsYear,
    IdeaNeedsText,
}

impl FormError {
    fn text(self) -> String {
        match self {
            FormError::RelativeNeedsName => t!("profile-relative-needs-name"),
            FormError::MilestoneNeedsDate => t!("profile-milestone-needs-date"),
            FormError::OnceNeedsYear => t!("profile-once-needs-year"),
            FormError::IdeaNeedsText => t!("profile-idea-needs-text"),
        }
    }
}

/// What the profile asks of the People view.
pub enum ProfileRequest {
    /// Ask before deleting this person.
    Delete(PersonId),
    /// Ask before erasing this person for good (from the file, and on request its backups).
    Erase(PersonId),
    /// Start a new person (the empty workspace's button).
    AddPerson,
    /// Open the import flow (the empty workspace's button).
    ImportContacts,
}

#[derive(Default)]
pub struct ProfileView {
    /// The selected person being edited, and the person as it was when the draft was taken:
    /// when the workspace's copy moves away from `base` (undo, redo), the draft is retaken.
    draft: Option<(Person, Person)>,
    /// The draft is of a new person, not yet in the workspace: its first commit inserts it.
    draft_is_new: bool,
    /// The name field takes the focus when next drawn (a new person).
    focus_name: bool,
    /// The person shown in the last frame: another one starts at the top of the profile.
    shown: Option<PersonId>,
    /// The forms for new entries, for the person in `forms.person`.
    forms: Forms,
    /// A missing fact the person clicked: its section opens and its field takes the focus.
    focus: Option<Fact>,
    /// The decoded photo of the shown person: (person, hash of the photo and of the language
    /// an error is written in, texture or error).
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
    error: Option<(Section, FormError)>,
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
    commit: Option<Part>,
    /// The fact whose field takes the focus when drawn.
    focus: Option<Fact>,
    /// The name field takes the focus when drawn.
    focus_name: bool,
}

impl Pass<'_> {
    fn commit(&mut self, what: Part) {
        self.commit = Some(what);
    }

    fn commit_if(&mut self, yes: bool, what: Part) {
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

    /// Whether a section must open this frame because its fact was clicked (or it holds the
    /// name, for a new person).
    fn opens(&self, section: Section) -> bool {
        self.focus.is_some_and(|fact| Section::of(fact) == section) || (self.focus_name && section == Section::Contact)
    }
}

impl ProfileView {
    /// The name field takes the focus when the profile is next drawn (a new person).
    pub fn focus_name(&mut self) {
        self.focus_name = true;
    }

    /// Draws the profile of `person` (or a hint when none is selected). `new`: the person is a
    /// new one, not yet in the workspace (see the module documentation). `masked`: present
    /// mode's privacy mask is on, so `workspace` is the masked copy; the profile is then shown
    /// read-only, saying why, since an edit would write masked values back.
    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        person: Option<&Person>,
        new: bool,
        editable: bool,
        masked: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<ProfileRequest> {
        let editable = editable && !masked;
        self.leave_draft(workspace, person.map(|p| p.id), editable, intents);
        let Some(person) = person else {
            self.draft = None;
            self.shown = None;
            return empty_ui(ui, workspace, editable);
        };
        if self.draft.as_ref().is_none_or(|(_, base)| base != person) {
            self.draft = Some((person.clone(), person.clone()));
            self.draft_is_new = new;
        }
        if self.forms.person != Some(person.id) {
            self.forms = Forms { person: Some(person.id), ..Forms::default() };
            self.focus = None;
        }
        let today = chrono::Local::now().date_naive();
        let texture = self.photo_texture(ui.ctx(), person);
        // A profile opened (another person, or one opened again) starts at its top.
        let opened = self.shown != Some(person.id);
        self.shown = Some(person.id);
        let Self { draft, draft_is_new, forms, focus, focus_name, .. } = self;
        let (draft, _) = draft.as_mut()?;
        let mut pass = Pass { workspace, today, commit: None, focus: focus.take(), focus_name: *focus_name };
        let mut request = None;
        if masked {
            ui.colored_label(ui.visuals().warn_fg_color, t!("profile-masked"));
            ui.add_space(4.0);
        }
        let mut area = ScrollArea::vertical().id_salt("profile").auto_shrink(false);
        if opened {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            header_ui(ui, person, *draft_is_new, texture.as_ref(), editable, &mut pass, forms);
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
            // A new person is not in the workspace yet: there is nothing to delete.
            let deletable = editable && !*draft_is_new;
            ui.horizontal_wrapped(|ui| {
                if ui.add_enabled(deletable, egui::Button::new(t!("profile-delete-person"))).clicked() {
                    request = Some(ProfileRequest::Delete(person.id));
                }
                let erase = ui
                    .add_enabled(deletable, egui::Button::new(t!("profile-erase-person")))
                    .on_hover_text(t!("profile-erase-person-hint"));
                if erase.clicked() {
                    request = Some(ProfileRequest::Erase(person.id));
                }
            });
        });
        // A fact whose field was not drawn yet (its section was closed) keeps waiting.
        *focus = pass.focus;
        *focus_name = pass.focus_name;
        if let Some(what) = pass.commit
            && editable
            && draft != person
        {
            intents.push(if *draft_is_new {
                add_new(workspace, draft)
            } else {
                Intent::Edit { label: what.edit_label(person), edit: Edit::ReplacePerson(Box::new(draft.clone())) }
            });
        }
        request
    }

    /// When the profile moves to another person (or to none) while its draft holds something
    /// not yet committed — a field being typed in — the draft is kept: picking another person
    /// leaves the field, and leaving a field keeps what was typed. A new person with nothing
    /// entered is simply let go.
    fn leave_draft(&self, workspace: &Workspace, now: Option<PersonId>, editable: bool, intents: &mut Vec<Intent>) {
        let Some((draft, base)) = &self.draft else { return };
        if Some(draft.id) == now || draft == base || !editable {
            return;
        }
        if self.draft_is_new {
            if workspace.person(draft.id).is_none() {
                intents.push(add_new(workspace, draft));
            }
        } else if workspace.person(base.id) == Some(base) {
            intents.push(Intent::Edit {
                label: t!("profile-edited-person", name = display_name(base)),
                edit: Edit::ReplacePerson(Box::new(draft.clone())),
            });
        }
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
        // An error is a sentence in the language: a change of language writes it again.
        crate::i18n::language().hash(&mut hasher);
        let hash = hasher.finish();
        if !self.photo.as_ref().is_some_and(|(id, h, _)| *id == person.id && *h == hash) {
            let texture = photo::to_color_image(photo)
                .map(|image| ctx.load_texture(format!("photo-{}", person.id), image, egui::TextureOptions::LINEAR));
            self.photo = Some((person.id, hash, texture));
        }
        self.photo.as_ref().map(|(_, _, texture)| texture.clone())
    }
}

/// The edit that adds a new person with what was entered: one undo step, "Add Ingrid Holm".
/// A person given no name is called "New person", so that the list shows them.
fn add_new(workspace: &Workspace, draft: &Person) -> Intent {
    let mut person = draft.clone();
    person.name = person.name.trim().to_owned();
    if person.name.is_empty() {
        person.name = t!("people-new-person");
    }
    Intent::Edit {
        label: t!("profile-added-person", name = person.name.as_str()),
        edit: Edit::InsertPerson { index: workspace.people.len(), person: Box::new(person) },
    }
}

/// No person shown: a hint, and in an empty workspace the two ways to begin.
fn empty_ui(ui: &mut Ui, workspace: &Workspace, editable: bool) -> Option<ProfileRequest> {
    if !workspace.people.is_empty() {
        ui.centered_and_justified(|ui| ui.label(t!("profile-select")));
        return None;
    }
    let mut request = None;
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() / 3.0);
        ui.label(t!("profile-no-people"));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.add_enabled(editable, egui::Button::new(t!("profile-add-first-person"))).clicked() {
                request = Some(ProfileRequest::AddPerson);
            }
            if ui.add_enabled(editable, egui::Button::new(t!("profile-import-contacts"))).clicked() {
                request = Some(ProfileRequest::ImportContacts);
            }
        });
    });
    request
}

fn display_name(person: &Person) -> String {
    let name = person.name.trim();
    if name.is_empty() { t!("profile-this-person") } else { name.to_owned() }
}

fn section_title(section: Section, person: &Person) -> String {
    match section {
        Section::Contact => t!("profile-section-contact"),
        Section::Photo => t!("profile-section-photo"),
        Section::Life => t!("profile-section-life"),
        Section::Milestones => t!("profile-section-milestones", count = person.milestones.len()),
        Section::Needs => t!("profile-section-needs"),
        Section::Fit => t!("profile-section-fit"),
        Section::Incidents => t!("profile-section-incidents", count = person.incidents.len()),
        Section::Ideas => t!("profile-section-ideas", count = person.ideas.len()),
        Section::Log => t!("profile-section-log", count = person.interactions.len()),
    }
}

// ---------------------------------------------------------------------------------------------
// Header

#[allow(clippy::too_many_arguments)]
fn header_ui(
    ui: &mut Ui,
    person: &Person,
    new: bool,
    texture: Option<&Result<egui::TextureHandle, String>>,
    editable: bool,
    pass: &mut Pass<'_>,
    forms: &mut Forms,
) {
    ui.horizontal(|ui| {
        avatar_ui(ui, person, texture, 64.0);
        ui.vertical(|ui| {
            if new && person.name.trim().is_empty() {
                ui.heading(RichText::new(t!("people-new-person")).weak());
            } else {
                ui.heading(RichText::new(&person.name).strong());
            }
            let organisation = if person.organisation.is_empty() {
                t!("profile-no-organisation")
            } else {
                person.organisation.clone()
            };
            let mut line = format!("{} · {organisation}", names::status(person.status));
            if person.key_account {
                line.push_str(&format!(" · {}", t!("profile-key-account-mark")));
            }
            ui.label(line);
        });
    });
    let knowledge = knowledge::of(person, pass.today);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("profile-knowledge", percent = knowledge.percent())).strong());
        ui.add(egui::ProgressBar::new(f32::from(knowledge.percent()) / 100.0).desired_width(120.0));
        if knowledge.missing.is_empty() {
            ui.weak(t!("profile-all-known"));
            return;
        }
        ui.label(t!("profile-missing"));
        for &fact in &knowledge.missing {
            let button = ui.add_enabled(editable, egui::Button::new(format!("+ {}", fact.name())).small());
            if button.on_hover_text(t!("profile-fill-in")).clicked() {
                open_for(fact, forms, pass.today, pass.workspace.settings.remind_days);
                pass.focus = Some(fact);
            }
        }
    });
}

/// Opens the form a missing fact is filled in with.
fn open_for(fact: Fact, forms: &mut Forms, today: NaiveDate, remind_days: u16) {
    match fact {
        Fact::Birthday => {
            let milestone =
                Milestone { kind: MilestoneKind::Birthday, remind_days_before: remind_days, ..Milestone::default() };
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
                .alt_text(t!("profile-photo-of", name = person.name.as_str())),
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

/// The width of a text field beside its caption: 320 points, less in a narrow window.
fn field_width(ui: &Ui) -> f32 {
    ui.available_width().clamp(120.0, 320.0)
}

/// A caption and a one-line text field in a grid row; true when the field was left.
fn line_row(ui: &mut Ui, caption: &str, value: &mut String, hint: &str) -> Response {
    let label = ui.label(caption);
    let response =
        ui.add(TextEdit::singleline(value).hint_text(hint).desired_width(field_width(ui))).labelled_by(label.id);
    ui.end_row();
    response
}

/// A caption and a multi-line text field in a grid row.
fn lines_row(ui: &mut Ui, caption: &str, value: &mut String) -> Response {
    let label = ui.label(caption);
    let response =
        ui.add(TextEdit::multiline(value).desired_rows(2).desired_width(field_width(ui))).labelled_by(label.id);
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

/// A form's one message, beside its buttons (where it moves none of them): why its date field
/// refuses what was typed, else the form's own refusal.
fn form_error_ui(ui: &mut Ui, date: Option<&str>, error: &Option<(Section, FormError)>, section: Section) {
    let form = error.filter(|(at, _)| *at == section).map(|(_, error)| error.text());
    if let Some(message) = date.map(str::to_owned).or(form) {
        ui.colored_label(ui.visuals().error_fg_color, message);
    }
}

/// What a row of chips holds.
#[derive(Clone, Copy)]
enum Chips {
    Tags,
    Interests,
}

impl Chips {
    /// The field a new one is typed in.
    fn new_name(self) -> String {
        match self {
            Chips::Tags => t!("profile-new-tag"),
            Chips::Interests => t!("profile-new-interest"),
        }
    }

    fn add(self) -> String {
        match self {
            Chips::Tags => t!("profile-add-tag"),
            Chips::Interests => t!("profile-add-interest"),
        }
    }

    /// A chip's accessible name, and its tooltip.
    fn remove(self, item: &str) -> (String, String) {
        match self {
            Chips::Tags => (t!("profile-remove-tag", item = item), t!("profile-remove-tag-hint", item = item)),
            Chips::Interests => {
                (t!("profile-remove-interest", item = item), t!("profile-remove-interest-hint", item = item))
            }
        }
    }
}

/// Chips of `items` with a remove button each, and a field with an add button.
fn chips_ui(ui: &mut Ui, items: &mut Vec<String>, new: &mut String, kind: Chips) -> (bool, Response) {
    let mut changed = false;
    let mut remove = None;
    ui.horizontal_wrapped(|ui| {
        for (index, item) in items.iter().enumerate() {
            let chip = ui.add(egui::Button::new(format!("{item}  ×").as_str()).small().corner_radius(8.0));
            let (name, hint) = kind.remove(item);
            name_widget(ui, &chip, &name);
            if chip.on_hover_text(hint).clicked() {
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
            let field = line(ui, new, &kind.new_name(), 200.0);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(kind.add()).clicked() || entered) && !new.trim().is_empty() {
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
        let name = line_row(ui, &t!("profile-name"), &mut draft.name, "");
        if pass.focus_name {
            name.request_focus();
            name.scroll_to_me(None);
            pass.focus_name = false;
        }
        pass.commit_if(name.lost_focus(), Part::Name);
        let left = line_row(ui, &t!("profile-organisation"), &mut draft.organisation, "").lost_focus();
        pass.commit_if(left, Part::Organisation);
        let left = line_row(ui, &t!("profile-role"), &mut draft.role, "").lost_focus();
        pass.commit_if(left, Part::Role);

        ui.label(t!("profile-status"));
        let changed =
            choice(ui, "profile_status", &t!("profile-person-status"), &mut draft.status, &Status::ALL, |s| {
                names::status(*s)
            });
        pass.commit_if(changed, Part::Status);
        ui.end_row();
        if matches!(draft.status, Status::FormerCustomer | Status::DeclinedByUs) || !draft.status_reason.is_empty() {
            let left =
                line_row(ui, &t!("profile-status-reason"), &mut draft.status_reason, &t!("profile-status-reason-hint"));
            pass.commit_if(left.lost_focus(), Part::Status);
        }

        ui.label("");
        let changed = ui.checkbox(&mut draft.key_account, t!("profile-key-account")).changed();
        pass.commit_if(changed, Part::KeyAccount);
        ui.end_row();

        let left = line_row(ui, &t!("profile-purpose"), &mut draft.purpose, &t!("profile-purpose-hint"));
        pass.commit_if(left.lost_focus(), Part::Purpose);

        ui.label(t!("profile-tags"));
        let (changed, _) = ui.vertical(|ui| chips_ui(ui, &mut draft.tags, &mut forms.tag, Chips::Tags)).inner;
        pass.commit_if(changed, Part::Tags);
        ui.end_row();

        ui.label(t!("profile-emails"));
        let changed =
            ui.vertical(|ui| labelled_list_ui(ui, &mut draft.contact.emails, &mut forms.email, Reach::Email)).inner;
        pass.commit_if(changed, Part::Emails);
        ui.end_row();

        ui.label(t!("profile-phones"));
        let changed =
            ui.vertical(|ui| labelled_list_ui(ui, &mut draft.contact.phones, &mut forms.phone, Reach::Phone)).inner;
        pass.commit_if(changed, Part::Phones);
        ui.end_row();

        let left = lines_row(ui, &t!("profile-address"), &mut draft.contact.address).lost_focus();
        pass.commit_if(left, Part::Address);
        let left = line_row(ui, &t!("profile-website"), &mut draft.contact.website, "https://").lost_focus();
        pass.commit_if(left, Part::Website);
    });
}

/// E-mails or phones: the words of one list.
#[derive(Clone, Copy)]
enum Reach {
    Email,
    Phone,
}

impl Reach {
    /// Tells apart the ids of the two lists' fields.
    fn salt(self) -> &'static str {
        match self {
            Reach::Email => "email",
            Reach::Phone => "phone",
        }
    }

    /// The field a new one is typed in.
    fn new_name(self) -> String {
        match self {
            Reach::Email => t!("profile-new-email"),
            Reach::Phone => t!("profile-new-phone"),
        }
    }

    /// The field of a new one's label ("work").
    fn new_label_name(self) -> String {
        match self {
            Reach::Email => t!("profile-new-email-label"),
            Reach::Phone => t!("profile-new-phone-label"),
        }
    }

    fn add(self) -> String {
        match self {
            Reach::Email => t!("profile-add-email"),
            Reach::Phone => t!("profile-add-phone"),
        }
    }

    /// The names of the `n`th one's label and value fields.
    fn row_names(self, n: usize) -> (String, String) {
        match self {
            Reach::Email => (t!("profile-email-label-n", n = n), t!("profile-email-n", n = n)),
            Reach::Phone => (t!("profile-phone-label-n", n = n), t!("profile-phone-n", n = n)),
        }
    }

    fn remove(self, value: &str) -> String {
        match self {
            Reach::Email => t!("profile-remove-email", value = value),
            Reach::Phone => t!("profile-remove-phone", value = value),
        }
    }
}

/// The width of an e-mail's or phone's label field.
const LABEL_WIDTH: f32 = 90.0;

/// The width of an e-mail or phone beside its label and its button: up to 220 points, less in a
/// narrow window, so that the row keeps within the profile.
fn value_width(ui: &Ui) -> f32 {
    let spacing = ui.spacing().item_spacing.x;
    (ui.available_width() - LABEL_WIDTH - 3.0 * spacing - ui.spacing().interact_size.y).clamp(120.0, 220.0)
}

/// The label of an e-mail or phone ("work"), shown in the interface language when address
/// books write it (see [`super::labels`]): the field shows the translation, and only what the
/// person types in it is stored; a label left as shown stays as it was read.
fn label_field(ui: &mut Ui, salt: impl Hash + std::fmt::Debug, label: &mut String, name: &str) -> Response {
    let id = ui.make_persistent_id(("contact_label", salt));
    let shown = super::labels::shown(label);
    // While the field is being typed in, what is typed; otherwise the label as shown.
    let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_else(|| shown.clone());
    let response = ui.add(TextEdit::singleline(&mut text).id(id).hint_text(name).desired_width(LABEL_WIDTH));
    name_widget(ui, &response, name);
    if response.changed() {
        label.clone_from(&text);
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    response
}

/// E-mails or phones: label and value per row, a remove button, and a row to add one.
/// True when a change is complete.
fn labelled_list_ui(ui: &mut Ui, items: &mut Vec<Labelled>, new: &mut Labelled, kind: Reach) -> bool {
    let mut commit = false;
    let mut remove = None;
    for (index, item) in items.iter_mut().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let (label_name, value_name) = kind.row_names(index + 1);
            commit |= label_field(ui, (kind.salt(), index), &mut item.label, &label_name).lost_focus();
            commit |= line(ui, &mut item.value, &value_name, value_width(ui)).lost_focus();
            if remove_button(ui, &kind.remove(&item.value)) {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        items.remove(index);
        commit = true;
    }
    ui.horizontal_wrapped(|ui| {
        let label =
            ui.add(TextEdit::singleline(&mut new.label).hint_text(t!("profile-label-hint")).desired_width(LABEL_WIDTH));
        name_widget(ui, &label, &kind.new_label_name());
        let value = line(ui, &mut new.value, &kind.new_name(), value_width(ui));
        let entered = value.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(kind.add()).clicked() || entered) && !new.value.trim().is_empty() {
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
                    ui.weak(t!("profile-no-photo"));
                }
                Some(Err(message)) => {
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
                Some(Ok(_)) => {}
            }
            ui.horizontal(|ui| {
                let choose =
                    if draft.photo.is_some() { t!("profile-change-photo") } else { t!("profile-choose-photo") };
                if ui.button(choose).clicked()
                    && let Some(path) = rfd::FileDialog::new()
                        .add_filter(t!("profile-photo-filter"), &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"])
                        .pick_file()
                {
                    set_photo(draft, forms, &path, pass);
                }
                if draft.photo.is_some() && ui.button(t!("profile-remove-photo")).clicked() {
                    draft.photo = None;
                    forms.photo_error = None;
                    pass.commit(Part::Photo);
                }
            });
            // Where no native dialog exists (no desktop portal), a path typed by hand.
            ui.horizontal(|ui| {
                let label = ui.label(t!("profile-photo-file"));
                let field = ui
                    .add(
                        TextEdit::singleline(&mut forms.photo_path)
                            .hint_text(t!("profile-photo-file-hint"))
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(t!("profile-use-photo")).clicked() || entered) && !forms.photo_path.trim().is_empty() {
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
            pass.commit(Part::Photo);
        }
        Err(message) => forms.photo_error = Some(message),
    }
}

fn life_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    ui.label(RichText::new(t!("profile-family")).strong());
    family_ui(ui, draft, forms, pass);
    ui.add_space(6.0);

    ui.label(RichText::new(t!("profile-interests")).strong());
    let (changed, field) = chips_ui(ui, &mut draft.life.interests, &mut forms.interest, Chips::Interests);
    pass.focus_here(Fact::Interests, &field);
    pass.commit_if(changed, Part::Interests);
    ui.add_space(6.0);

    egui::Grid::new("profile_life").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let life = &mut draft.life;
        for (fact, caption, value, what) in [
            (Some(Fact::WhatMatters), t!("profile-what-matters"), &mut life.what_matters, Part::WhatMatters),
            (Some(Fact::ProudOf), t!("profile-proud-of"), &mut life.proud_of, Part::ProudOf),
            (Some(Fact::Preferences), t!("profile-preferences"), &mut life.preferences, Part::Preferences),
            (None, t!("profile-notes"), &mut life.notes, Part::Notes),
        ] {
            let response = lines_row(ui, &caption, value);
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
        ui.horizontal_wrapped(|ui| {
            commit |= line(ui, &mut member.name, &t!("profile-relative-name-n", n = n), 140.0).lost_focus();
            let relation_name = t!("profile-relative-relation-n", n = n);
            commit |= relation_ui(ui, ("relation", member.id), &mut member.relation, &relation_name);
            let date = DateField::new(("relative_birthday", member.id), &mut member.birthday)
                .allow_no_year(true)
                .name(t!("profile-relative-birthday-n", n = n))
                .show(ui);
            commit |= date.changed;
            if remove_button(ui, &t!("profile-remove-relative", name = member.name.as_str())) {
                remove = Some(index);
            }
        });
    }
    if draft.life.family.is_empty() && forms.relative.is_none() {
        ui.weak(t!("profile-nothing-yet"));
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
    pass.commit_if(commit, Part::Family);

    let mut date_refused = false;
    let Some(member) = &mut forms.relative else {
        let button = ui.button(t!("profile-add-relative"));
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
        let date = ui
            .horizontal_wrapped(|ui| {
                let name = line(ui, &mut member.name, &t!("profile-relative-name"), 140.0);
                pass.focus_here(Fact::Family, &name);
                relation_ui(ui, (member.id, "relation"), &mut member.relation, &t!("profile-relative-relation"));
                // The form's own id keeps a cancelled form's text out of the next one.
                DateField::new((member.id, "birthday"), &mut member.birthday)
                    .allow_no_year(true)
                    .name(t!("profile-relative-birthday"))
                    .message_shown_by_caller()
                    .show(ui)
            })
            .inner;
        date_refused = date.error.is_some();
        ui.horizontal_wrapped(|ui| {
            add = ui.button(t!("profile-add-relative")).clicked();
            cancel = ui.button(t!("button-cancel")).clicked();
            form_error_ui(ui, date.error.as_deref(), &forms.error, Section::Life);
        });
    });
    if cancel {
        forms.relative = None;
        forms.error = None;
    } else if add && date_refused {
        // The birthday typed is refused, and its message shows: the relative waits for it.
    } else if add {
        if member.name.trim().is_empty() {
            forms.error = Some((Section::Life, FormError::RelativeNeedsName));
        } else {
            let mut member = std::mem::take(member);
            member.name = member.name.trim().to_owned();
            draft.life.family.push(member);
            forms.relative = None;
            forms.error = None;
            pass.commit(Part::Family);
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
            if ui.selectable_label(other, t!("profile-relation-other-choice")).clicked() && !other {
                *relation = Relation::Other(String::new());
                commit = true;
            }
        });
    name_widget(ui, &response.response, name);
    if let Relation::Other(words) = relation {
        commit |= line(ui, words, &t!("profile-in-words", what = name), 100.0).lost_focus();
    }
    commit
}

/// A visible caption and a one-line field whose accessible name is `name`.
fn caption_line(ui: &mut Ui, caption: &str, value: &mut String, name: &str) -> Response {
    ui.label(caption);
    let response = ui.add(TextEdit::singleline(value).desired_width(field_width(ui)));
    name_widget(ui, &response, name);
    ui.end_row();
    response
}

/// A visible caption and a multi-line field whose accessible name is `name`.
fn caption_lines(ui: &mut Ui, caption: &str, value: &mut String, name: &str) -> Response {
    ui.label(caption);
    let response = ui.add(TextEdit::multiline(value).desired_rows(2).desired_width(field_width(ui)));
    name_widget(ui, &response, name);
    ui.end_row();
    response
}

fn milestones_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let family: Vec<(FamilyMemberId, String)> = draft.life.family.iter().map(|f| (f.id, f.name.clone())).collect();
    let mut remove = None;
    let mut commit = false;
    for (index, milestone) in draft.milestones.iter_mut().enumerate() {
        let prefix = t!("profile-milestone-n", n = index + 1);
        ui.horizontal_wrapped(|ui| {
            let mut date = Some(milestone.date);
            let (changed, _) = milestone_fields(ui, milestone, &mut date, &family, &prefix, false);
            if let Some(date) = date {
                milestone.date = date;
            }
            commit |= changed;
            if remove_button(ui, &t!("profile-remove", what = prefix.as_str())) {
                remove = Some(index);
            }
        });
    }
    if draft.milestones.is_empty() && forms.milestone.is_none() {
        ui.weak(t!("profile-nothing-yet"));
    }
    if let Some(index) = remove {
        draft.milestones.remove(index);
        commit = true;
    }
    pass.commit_if(commit, Part::Milestones);

    let Some(form) = &mut forms.milestone else {
        if ui.button(t!("profile-add-milestone")).clicked() {
            // New milestones remind as the workspace's settings say; the form can change it.
            let milestone =
                Milestone { remind_days_before: pass.workspace.settings.remind_days, ..Milestone::default() };
            forms.milestone = Some(MilestoneForm { milestone, date: None });
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    let mut date_refused = false;
    ui.group(|ui| {
        let date = ui
            .horizontal_wrapped(|ui| {
                let prefix = t!("profile-new-milestone");
                let (_, date) = milestone_fields(ui, &mut form.milestone, &mut form.date, &family, &prefix, true);
                pass.focus_here(Fact::Birthday, &date.response);
                date
            })
            .inner;
        date_refused = date.error.is_some();
        ui.horizontal_wrapped(|ui| {
            add = ui.button(t!("profile-add-milestone")).clicked();
            cancel = ui.button(t!("button-cancel")).clicked();
            form_error_ui(ui, date.error.as_deref(), &forms.error, Section::Milestones);
        });
    });
    if cancel {
        forms.milestone = None;
        forms.error = None;
    } else if add && !date_refused {
        match form.date {
            None => forms.error = Some((Section::Milestones, FormError::MilestoneNeedsDate)),
            Some(date) if form.milestone.recurrence == Recurrence::Once && date.year().is_none() => {
                forms.error = Some((Section::Milestones, FormError::OnceNeedsYear));
            }
            Some(date) => {
                let mut milestone = form.milestone.clone();
                milestone.date = date;
                milestone.label = milestone.label.trim().to_owned();
                draft.milestones.push(milestone);
                forms.milestone = None;
                forms.error = None;
                pass.commit(Part::Milestones);
            }
        }
    }
}

/// The fields of one milestone; the date is edited through `date`. Returns whether a change is
/// complete, and the date field's response (the field a missing birthday focuses). `in_form`:
/// the form shows the date's refusal beside its buttons.
fn milestone_fields(
    ui: &mut Ui,
    milestone: &mut Milestone,
    date: &mut Option<PartialDate>,
    family: &[(FamilyMemberId, String)],
    prefix: &str,
    in_form: bool,
) -> (bool, DateResponse) {
    let salt = milestone.id;
    let mut commit = choice(
        ui,
        (salt, "kind"),
        &t!("profile-kind-of", what = prefix),
        &mut milestone.kind,
        &MilestoneKind::ALL,
        kind_label,
    );
    let hint = match milestone.kind {
        MilestoneKind::LifeEvent | MilestoneKind::Custom => t!("profile-milestone-what-hint"),
        _ => t!("profile-milestone-label-hint"),
    };
    let label = ui.add(TextEdit::singleline(&mut milestone.label).hint_text(hint).desired_width(140.0));
    name_widget(ui, &label, &t!("profile-label-of", what = prefix));
    commit |= label.lost_focus();
    let yearly = milestone.recurrence == Recurrence::Yearly;
    let mut field = DateField::new((salt, "date"), date)
        .allow_no_year(yearly)
        .required(true)
        .name(t!("profile-date-of", what = prefix));
    if in_form {
        field = field.message_shown_by_caller();
    }
    let field = field.show(ui);
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
                    .on_disabled_hover_text(t!("profile-once-needs-year"));
            });
        });
    name_widget(ui, &recurrence.response, &t!("profile-recurrence-of", what = prefix));
    commit |= milestone.recurrence != before;
    ui.label(t!("profile-remind"));
    let days = format!(" {}", t!("profile-days-ahead", count = milestone.remind_days_before));
    commit |= number(ui, &mut milestone.remind_days_before, 0..=365, &days, &t!("profile-reminder-of", what = prefix));
    if milestone.kind == MilestoneKind::FamilyBirthday {
        let no_relative = t!("profile-no-relative");
        let shown = milestone
            .family_member
            .and_then(|id| family.iter().find(|(f, _)| *f == id))
            .map_or(no_relative.as_str(), |(_, name)| name.as_str());
        let before = milestone.family_member;
        let relative = ComboBox::from_id_salt((salt, "relative")).selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut milestone.family_member, None, no_relative.as_str());
            for (id, name) in family {
                ui.selectable_value(&mut milestone.family_member, Some(*id), name);
            }
        });
        name_widget(ui, &relative.response, &t!("profile-relative-of", what = prefix));
        commit |= milestone.family_member != before;
    }
    (commit, field)
}

fn needs_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    egui::Grid::new("profile_needs").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let needs = &mut draft.needs;
        let stated = lines_row(ui, &t!("profile-stated"), &mut needs.stated);
        pass.focus_here(Fact::Needs, &stated);
        let mut left = stated.lost_focus();
        left |= lines_row(ui, &t!("profile-motivation"), &mut needs.motivation).lost_focus();
        left |= lines_row(ui, &t!("profile-challenge"), &mut needs.challenge).lost_focus();
        left |= lines_row(ui, &t!("profile-solution"), &mut needs.agreed_solution).lost_focus();
        pass.commit_if(left, Part::Needs);
    });
}

fn fit_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    let currency = pass.workspace.currency.clone();
    egui::Grid::new("profile_fit").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let fit = &mut draft.fit;
        let mut commit = false;
        let need_recognised = t!("profile-need-recognised");
        ui.label(&need_recognised);
        commit |= choice(ui, "fit_need", &need_recognised, &mut fit.need_recognised, &NeedRecognised::ALL, |need| {
            names::need(*need)
        });
        ui.end_row();
        let driver = t!("profile-driver");
        ui.label(&driver);
        commit |= choice(ui, "fit_driver", &driver, &mut fit.driver, &Driver::ALL, |d| names::driver(*d));
        ui.end_row();
        let minutes_spent = t!("profile-minutes-spent");
        ui.label(&minutes_spent);
        ui.horizontal(|ui| {
            let suffix = format!(" {}", t!("profile-minutes"));
            commit |= number(ui, &mut fit.minutes_spent, 0..=10_000_000, &suffix, &minutes_spent);
            if fit.minutes_spent >= 60 {
                ui.weak(t!("profile-hours", hours = one_decimal(f64::from(fit.minutes_spent) / 60.0)));
            }
        });
        ui.end_row();
        let label = ui.label(t!("profile-yearly-value"));
        commit |= money::amount_field(ui, "fit_value", &mut fit.yearly_value, &currency, label.id).changed;
        ui.end_row();
        let decision = t!("profile-decision");
        ui.label(&decision);
        commit |= choice(ui, "fit_decision", &decision, &mut fit.decision, &FitDecision::ALL, |d| names::decision(*d));
        ui.end_row();
        commit |= lines_row(ui, &t!("profile-decision-reason"), &mut fit.decision_reason).lost_focus();
        pass.commit_if(commit, Part::Fit);
    });
    if let Some(value) = draft.fit.yearly_value {
        ui.weak(t!("profile-yearly-value-is", value = names::money(value, &currency)));
    }
}

fn incidents_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let mut remove = None;
    let mut commit = false;
    for (index, incident) in draft.incidents.iter_mut().enumerate() {
        let prefix = t!("profile-incident-n", n = index + 1);
        ui.group(|ui| {
            commit |= incident_fields(ui, incident, pass.workspace, &prefix);
            if remove_button(ui, &t!("profile-remove", what = prefix.as_str())) {
                remove = Some(index);
            }
        });
    }
    if draft.incidents.is_empty() && forms.incident.is_none() {
        ui.weak(t!("profile-nothing-yet"));
    }
    if let Some(index) = remove {
        draft.incidents.remove(index);
        commit = true;
    }
    pass.commit_if(commit, Part::Incidents);

    let Some(incident) = &mut forms.incident else {
        if ui.button(t!("profile-add-incident")).clicked() {
            forms.incident = Some(CriticalIncident { date: pass.today, ..CriticalIncident::default() });
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    ui.group(|ui| {
        incident_fields(ui, incident, pass.workspace, &t!("profile-new-incident"));
        ui.horizontal(|ui| {
            add = ui.button(t!("profile-add-incident")).clicked();
            cancel = ui.button(t!("button-cancel")).clicked();
        });
    });
    if cancel {
        forms.incident = None;
    } else if add {
        draft.incidents.push(incident.clone());
        forms.incident = None;
        pass.commit(Part::Incidents);
    }
}

fn incident_fields(ui: &mut Ui, incident: &mut CriticalIncident, workspace: &Workspace, prefix: &str) -> bool {
    let salt = incident.id;
    let mut commit = false;
    egui::Grid::new((salt, "incident")).num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
        ui.label(t!("profile-date"));
        commit |= DateField::naive((salt, "date"), &mut incident.date)
            .name(t!("profile-date-of", what = prefix))
            .show(ui)
            .changed;
        ui.end_row();
        ui.label(t!("profile-where-in-journey"));
        ui.horizontal(|ui| {
            commit |= journey_phase_ui(ui, workspace, salt, prefix, &mut incident.journey, &mut incident.phase);
        });
        ui.end_row();
        let name = t!("profile-touchpoint-of", what = prefix);
        commit |= caption_line(ui, &t!("profile-touchpoint"), &mut incident.touchpoint, &name).lost_focus();
        ui.label(t!("profile-than-expected"));
        commit |= choice(
            ui,
            (salt, "valence"),
            &t!("profile-valence-of", what = prefix),
            &mut incident.valence,
            &Valence::ALL,
            valence_label,
        );
        ui.end_row();
        let name = t!("profile-expected-of", what = prefix);
        commit |= caption_lines(ui, &t!("profile-expected"), &mut incident.expected, &name).lost_focus();
        let name = t!("profile-happened-of", what = prefix);
        commit |= caption_lines(ui, &t!("profile-happened"), &mut incident.happened, &name).lost_focus();
        let name = t!("profile-response-of", what = prefix);
        commit |= caption_lines(ui, &t!("profile-response"), &mut incident.response, &name).lost_focus();
        ui.label("");
        let resolved = ui.checkbox(&mut incident.resolved, t!("profile-resolved"));
        name_widget(ui, &resolved, &t!("profile-resolved-of", what = prefix));
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
        None => t!("profile-no-journey"),
        Some(id) => workspace.journey(*id).map_or_else(|| t!("profile-missing-journey"), |j| j.name.clone()),
    };
    let response = ComboBox::from_id_salt((salt, "journey")).selected_text(shown).show_ui(ui, |ui| {
        if ui.selectable_label(journey.is_none(), t!("profile-no-journey")).clicked() && journey.is_some() {
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
    name_widget(ui, &response.response, &t!("profile-journey-of", what = prefix));
    if let Some(map) = journey.and_then(|id| workspace.journey(id)) {
        let no_phase = t!("profile-no-phase");
        let shown = phase.and_then(|id| map.phases.iter().find(|p| p.id == id)).map_or(no_phase.as_str(), |p| &p.name);
        let response = ComboBox::from_id_salt((salt, "phase")).selected_text(shown).show_ui(ui, |ui| {
            if ui.selectable_label(phase.is_none(), no_phase.as_str()).clicked() && phase.is_some() {
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
        name_widget(ui, &response.response, &t!("profile-phase-of", what = prefix));
    }
    changed
}

fn ideas_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let mut remove = None;
    let mut commit = false;
    for (index, idea) in draft.ideas.iter_mut().enumerate() {
        let prefix = t!("profile-idea-n", n = index + 1);
        ui.horizontal_wrapped(|ui| {
            commit |= idea_fields(ui, idea, pass.workspace, &prefix);
            if remove_button(ui, &t!("profile-remove", what = prefix.as_str())) {
                remove = Some(index);
            }
        });
    }
    if draft.ideas.is_empty() && forms.idea.is_none() {
        ui.weak(t!("profile-nothing-yet"));
    }
    if let Some(index) = remove {
        draft.ideas.remove(index);
        commit = true;
    }
    pass.commit_if(commit, Part::Ideas);

    let Some(idea) = &mut forms.idea else {
        if ui.button(t!("profile-add-idea")).clicked() {
            forms.idea = Some(Idea { date: pass.today, ..Idea::default() });
        }
        return;
    };
    let mut add = false;
    let mut cancel = false;
    ui.group(|ui| {
        ui.horizontal_wrapped(|ui| {
            idea_fields(ui, idea, pass.workspace, &t!("profile-new-idea"));
        });
        ui.horizontal(|ui| {
            add = ui.button(t!("profile-add-idea")).clicked();
            cancel = ui.button(t!("button-cancel")).clicked();
            form_error_ui(ui, None, &forms.error, Section::Ideas);
        });
    });
    if cancel {
        forms.idea = None;
        forms.error = None;
    } else if add {
        if idea.text.trim().is_empty() {
            forms.error = Some((Section::Ideas, FormError::IdeaNeedsText));
        } else {
            draft.ideas.push(idea.clone());
            forms.idea = None;
            forms.error = None;
            pass.commit(Part::Ideas);
        }
    }
}

fn idea_fields(ui: &mut Ui, idea: &mut Idea, workspace: &Workspace, prefix: &str) -> bool {
    let salt = idea.id;
    let mut commit =
        DateField::naive((salt, "date"), &mut idea.date).name(t!("profile-date-of", what = prefix)).show(ui).changed;
    commit |= line(ui, &mut idea.text, &t!("profile-text-of", what = prefix), 260.0).lost_focus();
    let status_name = t!("profile-status-of", what = prefix);
    commit |=
        choice(ui, (salt, "status"), &status_name, &mut idea.status, &IdeaStatus::ALL, |s| names::idea_status(*s));
    commit |= journey_phase_ui(ui, workspace, salt, prefix, &mut idea.journey, &mut idea.phase);
    commit
}

fn new_entry(today: NaiveDate) -> Interaction {
    Interaction { date: today, ..Interaction::default() }
}

fn log_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    // The form first: the newest entry is the one most often written.
    match &mut forms.entry {
        None => {
            let button = ui.button(t!("profile-add-entry"));
            if button.clicked() {
                forms.entry = Some(new_entry(pass.today));
            }
        }
        Some(entry) => {
            let mut add = false;
            let mut cancel = false;
            ui.group(|ui| {
                let note = entry_fields(ui, entry, &t!("profile-new-entry"), None).1;
                pass.focus_here(Fact::PersonalContact, &note);
                ui.horizontal(|ui| {
                    add = ui.button(t!("profile-add-entry")).clicked();
                    cancel = ui.button(t!("button-cancel")).clicked();
                });
            });
            if cancel {
                forms.entry = None;
            } else if add {
                draft.interactions.push(entry.clone());
                forms.entry = None;
                pass.commit(Part::Log);
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
        let prefix = t!("profile-entry-n", n = row + 1);
        let mut removed = false;
        commit |= entry_fields(ui, entry, &prefix, Some(&mut removed)).0;
        if removed {
            remove = Some(index);
        }
        ui.add_space(6.0);
    }
    if draft.interactions.is_empty() && forms.entry.is_none() {
        ui.weak(t!("profile-nothing-yet"));
    }
    if let Some(index) = remove {
        draft.interactions.remove(index);
        commit = true;
    }
    pass.commit_if(commit, Part::Log);
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

// ---------------------------------------------------------------------------------------------
// Words for the model's choices

/// A number with one decimal, written with the language's decimal separator ("1.5", "1,5").
fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    if crate::i18n::language() == Lang::En { text } else { text.replace('.', ",") }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn relation_label(relation: &Relation) -> String {
    match relation {
        Relation::Partner => t!("profile-relation-partner"),
        Relation::Spouse => t!("profile-relation-spouse"),
        Relation::Child => t!("profile-relation-child"),
        Relation::Daughter => t!("profile-relation-daughter"),
        Relation::Son => t!("profile-relation-son"),
        Relation::Parent => t!("profile-relation-parent"),
        Relation::Mother => t!("profile-relation-mother"),
        Relation::Father => t!("profile-relation-father"),
        Relation::Sibling => t!("profile-relation-sibling"),
        Relation::Grandchild => t!("profile-relation-grandchild"),
        Relation::Friend => t!("profile-relation-friend"),
        // The user's own words.
        Relation::Other(words) if !words.trim().is_empty() => capitalised(words),
        Relation::Other(_) => t!("profile-relation-other"),
    }
}

fn kind_label(kind: &MilestoneKind) -> String {
    match kind {
        MilestoneKind::Birthday => t!("profile-kind-birthday"),
        MilestoneKind::WorkAnniversary => t!("profile-kind-work-anniversary"),
        MilestoneKind::CustomerSince => t!("profile-kind-customer-since"),
        MilestoneKind::WeddingAnniversary => t!("profile-kind-wedding-anniversary"),
        MilestoneKind::FamilyBirthday => t!("profile-kind-family-birthday"),
        MilestoneKind::LifeEvent => t!("profile-kind-life-event"),
        MilestoneKind::Custom => t!("profile-kind-custom"),
    }
}

fn recurrence_label(recurrence: Recurrence) -> String {
    match recurrence {
        Recurrence::Yearly => t!("profile-yearly"),
        Recurrence::Once => t!("profile-once"),
    }
}

fn valence_label(valence: &Valence) -> String {
    match valence {
        Valence::Better => t!("profile-better"),
        Valence::Worse => t!("profile-worse"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    struct State {
        view: ProfileView,
        workspace: Workspace,
        editable: bool,
        /// Present mode's privacy mask is on.
        masked: bool,
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
        let state =
            State { view: ProfileView::default(), workspace, editable, masked: false, shown: 0, edits: Vec::new() };
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 2400.0)).build_ui_state(
            |ui, state: &mut State| {
                let mut intents = Vec::new();
                let person = state.workspace.people.get(state.shown);
                state.view.ui(ui, &state.workspace, person, false, state.editable, state.masked, &mut intents);
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
        harness.get_by_label("Status of this person").click();
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
        harness.get_by_label("Yearly value").focus();
        harness.run();
        harness.get_by_label("Yearly value").type_text("lots");
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        harness.get_by_label("“lots” is not a whole amount (for example 185,000)");
        assert!(take_edits(&mut harness).is_empty());
        harness.get_by_label("Yearly value").focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.run();
        harness.get_by_label("Yearly value").type_text("185000");
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

    #[test]
    fn under_the_mask_nothing_can_be_edited_and_the_profile_says_why() {
        let mut harness = harness(Person::named("Jonas Berg"), true);
        harness.state_mut().masked = true;
        harness.run();
        harness.get_by_label(
            "Personal details are masked in present mode; leave present mode or switch the mask off to edit.",
        );
        assert!(harness.get_by_label("Role").accesskit_node().is_disabled());
        assert!(harness.get_by_label("Delete person…").accesskit_node().is_disabled());
        harness.get_by_label("Key account").click();
        harness.run();
        assert!(take_edits(&mut harness).is_empty());
        // The sections still open and close.
        harness.get_by_label_contains("Interaction log").click();
        harness.run();
        assert!(harness.get_by_label("Add entry").accesskit_node().is_disabled());
        harness.state_mut().masked = false;
        harness.run();
        assert!(!harness.get_by_label("Role").accesskit_node().is_disabled());
        assert!(harness.query_by_label_contains("masked in present mode").is_none());
    }

    #[test]
    fn undo_steps_name_the_person_in_the_language() {
        let mut ingrid = Person::named("Ingrid Holm");
        assert_eq!(Part::Interests.edit_label(&ingrid), "Edit Ingrid Holm's interests");
        crate::i18n::set_language(Lang::Da);
        assert_eq!(Part::Interests.edit_label(&ingrid), "Rediger Ingrid Holms interesser");
        assert_eq!(Part::WhatMatters.edit_label(&ingrid), "Rediger det, der betyder noget for Ingrid Holm");
        ingrid.name = "Lars".into();
        assert_eq!(Part::Phones.edit_label(&ingrid), "Rediger Lars' telefonnumre");
        ingrid.name = " ".into();
        assert_eq!(Part::Role.edit_label(&ingrid), "Rediger denne persons rolle");
        crate::i18n::set_language(Lang::Nb);
        ingrid.name = "Ingrid Holm".into();
        assert_eq!(Part::Log.edit_label(&ingrid), "Rediger Ingrid Holms kontaktlogg");
        assert_eq!(one_decimal(1.5), "1,5");
        crate::i18n::set_language(Lang::En);
        assert_eq!(one_decimal(1.5), "1.5");
    }
}
