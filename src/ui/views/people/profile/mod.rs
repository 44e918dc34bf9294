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
//!
//! The person's organisation is typed by name (the organisations of a like name are offered);
//! leaving the field links the person to the organisation of that name, or to a new one, in the
//! same undo step as the change of the person. A person in an organisation shares its fit, which
//! the account page edits. Links to other people are the workspace's, not the person's: their
//! section asks for its own edits, as does turning a relative into a person.
//!
//! The folder: `header` (photo, name, the knowledge score and its missing facts), a module a
//! section (`contact` with the photo and the organisation, `follow_ups` with the rhythm,
//! `life`, `milestones`, `fit` with the needs, `links` with how they came to us, `incidents`,
//! `ideas`, `log`, `history`: the phase history as a timeline), `fields` (what the sections are
//! made of) and `entries`, the one list section that draws every list of entries with its add
//! form. A new list is an [`entries::Entries`] of its own, a `Section`, a `Part` and a form slot
//! in `Forms`.

mod contact;
mod entries;
mod fields;
mod fit;
mod follow_ups;
mod header;
mod history;
mod ideas;
mod incidents;
mod life;
mod links;
mod log;
mod milestones;
#[cfg(test)]
mod tests;

use crate::model::{CriticalIncident, FamilyMember, Idea, Interaction, Labelled, Person, PersonId, Workspace};
use crate::ops::Edit;
use crate::ops::knowledge::Fact;
use crate::ops::names;
use crate::t;
use crate::ui::Intent;
use crate::ui::widgets::photo;
use chrono::NaiveDate;
use egui::{Align, CollapsingHeader, Response, ScrollArea, Ui};
use entries::{Pending, list_ui};
use milestones::{MilestoneForm, Milestones};
use std::hash::{Hash, Hasher};

/// What an edit changed, for its undo step ("Edit Mette Kjærgaard's interests").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Name,
    Organisation,
    Role,
    AccountRole,
    Referral,
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
    FollowUps,
    Rhythm,
    PhaseHistory,
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
            Part::AccountRole => t!("profile-edited-account-role", owner = owner, name = name),
            Part::Referral => t!("profile-edited-referral", owner = owner, name = name),
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
            Part::FollowUps => t!("profile-edited-follow-ups", owner = owner, name = name),
            Part::Rhythm => t!("profile-edited-rhythm", owner = owner, name = name),
            Part::PhaseHistory => t!("profile-edited-phase-history", owner = owner, name = name),
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
    email: Option<Pending<Labelled>>,
    phone: Option<Pending<Labelled>>,
    relative: Option<Pending<FamilyMember>>,
    milestone: Option<Pending<MilestoneForm>>,
    incident: Option<Pending<CriticalIncident>>,
    idea: Option<Pending<Idea>>,
    entry: Option<Pending<Interaction>>,
    follow_up: Option<Pending<follow_ups::FollowUpForm>>,
    photo_path: String,
    photo_error: Option<String>,
    /// The organisation's name being typed (`None`: the field shows the organisation's).
    organisation: Option<String>,
    /// The organisation field was left with the pointer down: what is typed is taken once the
    /// pointer is up, unless an organisation offered was picked.
    organisation_left: bool,
    /// The account's fit being edited, and as it was when taken (see `fit`).
    account_fit: Option<(crate::model::Fit, crate::model::Fit)>,
    link: links::LinkForm,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Section {
    Contact,
    FollowUps,
    Photo,
    Life,
    Milestones,
    Needs,
    Fit,
    Links,
    Incidents,
    Ideas,
    Log,
    PhaseHistory,
}

impl Section {
    /// The sections in the order they are shown.
    const ALL: [Section; 12] = [
        Section::Contact,
        Section::FollowUps,
        Section::Photo,
        Section::Life,
        Section::Milestones,
        Section::Needs,
        Section::Fit,
        Section::Links,
        Section::Incidents,
        Section::Ideas,
        Section::Log,
        Section::PhaseHistory,
    ];

    /// Draws the section's fields for `draft`.
    fn ui(
        self,
        ui: &mut Ui,
        draft: &mut Person,
        forms: &mut Forms,
        texture: Option<&Result<egui::TextureHandle, String>>,
        pass: &mut Pass<'_>,
    ) {
        match self {
            Section::Contact => contact::contact_ui(ui, draft, forms, pass),
            Section::FollowUps => follow_ups::follow_ups_ui(ui, draft, forms, pass),
            Section::Photo => contact::photo_ui(ui, draft, forms, texture, pass),
            Section::Life => life::life_ui(ui, draft, forms, pass),
            Section::Milestones => list_ui(ui, &Milestones::of(draft), draft, &mut forms.milestone, pass),
            Section::Needs => fit::needs_ui(ui, draft, pass),
            Section::Fit => fit::fit_ui(ui, draft, &mut forms.account_fit, pass),
            Section::Links => links::links_ui(ui, draft, &mut forms.link, pass),
            Section::Incidents => list_ui(ui, &incidents::Incidents, draft, &mut forms.incident, pass),
            Section::Ideas => list_ui(ui, &ideas::Ideas, draft, &mut forms.idea, pass),
            Section::Log => list_ui(ui, &log::Log, draft, &mut forms.entry, pass),
            Section::PhaseHistory => history::history_ui(ui, draft, pass),
        }
    }

    /// The section's heading; a list's counts its entries.
    fn title(self, person: &Person, workspace: &Workspace, today: NaiveDate) -> String {
        match self {
            Section::Contact => t!("profile-section-contact"),
            Section::FollowUps => follow_ups::title(person, today),
            Section::Photo => t!("profile-section-photo"),
            Section::Life => t!("profile-section-life"),
            Section::Milestones => t!("profile-section-milestones", count = person.milestones.len()),
            Section::Needs => t!("profile-section-needs"),
            Section::Fit => t!("profile-section-fit"),
            Section::Links => t!("profile-section-links", count = workspace.links_of(person.id).count()),
            Section::Incidents => t!("profile-section-incidents", count = person.incidents.len()),
            Section::Ideas => t!("profile-section-ideas", count = person.ideas.len()),
            Section::Log => t!("profile-section-log", count = person.interactions.len()),
            Section::PhaseHistory => t!("profile-section-phase-history", count = person.phase_history.len()),
        }
    }

    fn default_open(self) -> bool {
        matches!(self, Section::Contact | Section::FollowUps | Section::Life)
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
    /// The person whose profile it is.
    person: PersonId,
    today: NaiveDate,
    /// What was edited, when the draft is to be committed after this frame.
    commit: Option<Part>,
    /// Edits the commit makes first, in the same undo step (a new organisation).
    before: Vec<Edit>,
    /// What the sections ask for besides the draft's commit: edits of the workspace's links, a
    /// relative made a person, another profile or an account opened.
    intents: Vec<Intent>,
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
        let mut pass = Pass {
            workspace,
            person: person.id,
            today,
            commit: None,
            before: Vec::new(),
            intents: Vec::new(),
            focus: focus.take(),
            focus_name: *focus_name,
        };
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
            header::header_ui(ui, person, *draft_is_new, texture.as_ref(), editable, &mut pass, forms);
            ui.add_space(8.0);
            for section in Section::ALL {
                CollapsingHeader::new(section.title(draft, workspace, today))
                    .id_salt(("profile_section", section))
                    .default_open(section.default_open())
                    .open(pass.opens(section).then_some(true))
                    .show(ui, |ui| {
                        let texture = texture.as_ref();
                        ui.add_enabled_ui(editable, |ui| section.ui(ui, draft, forms, texture, &mut pass));
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
            let commit = if *draft_is_new {
                add_new(workspace, draft)
            } else {
                Intent::Edit { label: what.edit_label(person), edit: Edit::ReplacePerson(Box::new(draft.clone())) }
            };
            intents.push(match commit {
                Intent::Edit { label, edit } if !pass.before.is_empty() => {
                    Intent::Edit { label, edit: Edit::Batch(pass.before.drain(..).chain([edit]).collect()) }
                }
                commit => commit,
            });
        }
        if editable {
            intents.append(&mut pass.intents);
        } else {
            // Read-only: only what opens another profile or account passes.
            intents.extend(pass.intents.into_iter().filter(|i| !matches!(i, Intent::Edit { .. })));
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
