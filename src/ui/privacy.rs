//! The privacy dialogs of the shell: erasing a person for good (what goes, what stays and
//! where), and the workspace's passphrase. They draw and say what the person chose; the shell
//! (`ui/app/privacy_dialogs.rs`) does it through `Document::erase_person` and `Document::set_passphrase`, whose
//! saves and rewriting of the backups run on the writer thread.

use super::action::Action;
use crate::model::{PersonId, Workspace};
use crate::ops::erase::{Field, Mention, Place};
use crate::store::crypt::Passphrase;
use crate::store::erase::Companions;
use crate::t;
use std::path::{Path, PathBuf};

/// Erasing one person, from the question to the report.
pub struct Erasure {
    id: PersonId,
    name: String,
    /// Where others still mention them, found when asked.
    mentions: Vec<Mention>,
    /// How many links to others go with them.
    links: usize,
    /// The workspace's file, if it has one.
    path: Option<PathBuf>,
    /// How many backups there are (when asked; once saved, after the save).
    backups: usize,
    /// Copies of the workspace beside it that Kindred does not touch.
    copies: Vec<PathBuf>,
    from_backups: bool,
    stage: Stage,
}

enum Stage {
    Confirm,
    /// Saving, then rewriting the backups, on the writer thread.
    Working,
    /// `saved`: `None` when the workspace has no file yet.
    Done {
        saved: Option<Result<(), String>>,
        companions: Option<Companions>,
    },
}

/// What the person chose in the erase dialog.
pub enum Choice {
    Stay,
    Close,
    Erase { id: PersonId, from_backups: bool },
}

impl Erasure {
    /// Asks about erasing `id` of the workspace at `path` (if it has a file).
    pub fn ask(workspace: &Workspace, path: Option<&Path>, id: PersonId) -> Option<Self> {
        let person = workspace.person(id)?;
        let (backups, copies) = match path {
            Some(path) => (crate::store::erase::backup_files(path).len(), crate::store::erase::other_copies(path)),
            None => (0, Vec::new()),
        };
        Some(Self {
            id,
            name: crate::ops::upcoming::display_name(person).into_owned(),
            mentions: crate::ops::erase::mentions(workspace, person),
            links: workspace.links_of(id).count(),
            path: path.map(Path::to_path_buf),
            backups,
            copies,
            from_backups: false,
            stage: Stage::Confirm,
        })
    }

    /// The erase was started: its save is under way, or there is no file to save.
    pub fn started(&mut self, has_file: bool) {
        self.stage = if has_file { Stage::Working } else { Stage::Done { saved: None, companions: None } };
    }

    /// Whether it waits for its save.
    pub fn is_working(&self) -> bool {
        matches!(self.stage, Stage::Working)
    }

    /// The save (and the rewriting of the backups, if asked for) ended.
    pub fn saved(&mut self, result: Result<(), String>, companions: Option<Companions>) {
        // The save kept the version before the erase as a backup too.
        self.backups = self.path.as_deref().map_or(0, |path| crate::store::erase::backup_files(path).len());
        self.stage = Stage::Done { saved: Some(result), companions };
    }

    /// Draws the dialog's contents.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Choice {
        match &self.stage {
            Stage::Confirm => self.confirm_ui(ui),
            Stage::Working => {
                ui.heading(t!("erase-title", name = self.name.as_str()));
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("erase-working"));
                });
                Choice::Stay
            }
            Stage::Done { saved, companions } => report_ui(ui, self, saved.as_ref(), companions.as_ref()),
        }
    }

    fn confirm_ui(&mut self, ui: &mut egui::Ui) -> Choice {
        ui.heading(t!("erase-title", name = self.name.as_str()));
        ui.label(t!("erase-what-goes"));
        ui.label(t!("erase-no-undo"));
        if self.backups > 0 {
            ui.checkbox(&mut self.from_backups, t!("erase-from-backups"));
        }
        if !self.mentions.is_empty() {
            ui.add_space(6.0);
            ui.label(t!("erase-mentions-before", count = self.mentions.len()));
            mentions_ui(ui, &self.mentions);
        }
        ui.add_space(6.0);
        let mut choice = Choice::Stay;
        ui.horizontal(|ui| {
            let erase = egui::Button::new(egui::RichText::new(t!("erase-confirm")).strong());
            if ui.add(erase).clicked() {
                choice = Choice::Erase { id: self.id, from_backups: self.from_backups };
            }
            if ui.button(t!("button-cancel")).clicked() {
                choice = Choice::Close;
            }
        });
        choice
    }
}

/// What was erased where, and what remains where.
fn report_ui(
    ui: &mut egui::Ui,
    erasure: &Erasure,
    saved: Option<&Result<(), String>>,
    companions: Option<&Companions>,
) -> Choice {
    ui.heading(t!("erase-done-title", name = erasure.name.as_str()));
    let mut gone = vec![t!("erase-gone-workspace")];
    if erasure.links > 0 {
        gone.push(t!("erase-gone-links", count = erasure.links));
    }
    let mut remains = Vec::new();
    match saved {
        Some(Ok(())) => gone.push(t!("erase-gone-file")),
        Some(Err(error)) => remains.push(t!("erase-remains-not-saved", error = error.as_str())),
        None => {}
    }
    if let Some(companions) = companions {
        if !companions.cleaned.is_empty() {
            gone.push(t!("erase-gone-backups", count = companions.cleaned.len()));
        }
        for (path, reason) in &companions.failed {
            remains.push(t!("erase-remains-failed", path = file_name(path), reason = reason.as_str()));
        }
    } else if erasure.backups > 0 && matches!(saved, Some(Ok(()))) {
        remains.push(t!("erase-remains-backups", count = erasure.backups));
    }
    for copy in &erasure.copies {
        remains.push(t!("erase-remains-copy", path = file_name(copy)));
    }
    ui.label(t!("erase-gone-heading"));
    for line in &gone {
        ui.label(format!("  • {line}"));
    }
    ui.add_space(6.0);
    ui.label(t!("erase-remains-heading"));
    for line in &remains {
        ui.label(format!("  • {line}"));
    }
    if !erasure.mentions.is_empty() {
        ui.label(format!("  • {}", t!("erase-remains-mentions", count = erasure.mentions.len())));
        mentions_ui(ui, &erasure.mentions);
    }
    ui.label(format!("  • {}", t!("erase-remains-outside")));
    ui.add_space(6.0);
    if ui.button(t!("button-close")).clicked() { Choice::Close } else { Choice::Stay }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// The mentions, one a line: where, and the words.
fn mentions_ui(ui: &mut egui::Ui, mentions: &[Mention]) {
    egui::ScrollArea::vertical().max_height(160.0).id_salt("erase_mentions").show(ui, |ui| {
        for mention in mentions {
            let place = match &mention.place {
                Place::Person { name, field, .. } => {
                    t!("erase-mention-person", name = name.as_str(), field = field_name(*field))
                }
                Place::Organisation { name, .. } => t!("erase-mention-organisation", name = name.as_str()),
                Place::Card { map, .. } => t!("erase-mention-card", map = map.as_str()),
            };
            ui.label(format!("    {place}: “{}”", mention.excerpt));
        }
    });
}

fn field_name(field: Field) -> String {
    match field {
        Field::Family => t!("erase-field-family"),
        Field::WhatMatters => t!("erase-field-what-matters"),
        Field::ProudOf => t!("erase-field-proud-of"),
        Field::Preferences => t!("erase-field-preferences"),
        Field::Notes => t!("erase-field-notes"),
        Field::StatusReason => t!("erase-field-status-reason"),
        Field::Purpose => t!("erase-field-purpose"),
        Field::Needs => t!("erase-field-needs"),
        Field::FitReason => t!("erase-field-fit-reason"),
        Field::Incident => t!("erase-field-incident"),
        Field::Idea => t!("erase-field-idea"),
        Field::Interaction => t!("erase-field-interaction"),
        Field::FollowUp => t!("erase-field-follow-up"),
        Field::PhaseHistory => t!("erase-field-phase-history"),
        Field::Milestone => t!("erase-field-milestone"),
        Field::Referral => t!("erase-field-referral"),
    }
}

/// The passphrase dialog: encrypt the workspace, change its passphrase, or stop encrypting it.
#[derive(Default)]
pub struct PassphraseForm {
    new: String,
    repeat: String,
    problem: Option<String>,
    /// Saving and rewriting the backups; then what that did.
    working: bool,
    done: Option<(Result<(), String>, Option<Companions>)>,
}

/// What the person chose in the passphrase dialog.
pub enum PassphraseChoice {
    Stay,
    Close,
    /// Encrypt with this passphrase (`None`: stop encrypting).
    Set(Option<Passphrase>),
}

/// The shortest passphrase taken: the file's only protection, tried offline at leisure.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

impl PassphraseForm {
    pub fn started(&mut self) {
        self.working = true;
    }

    pub fn is_working(&self) -> bool {
        self.working
    }

    pub fn saved(&mut self, result: Result<(), String>, companions: Option<Companions>) {
        self.working = false;
        self.done = Some((result, companions));
    }

    /// Draws the dialog's contents for a workspace that is `encrypted` or not.
    pub fn ui(&mut self, ui: &mut egui::Ui, encrypted: bool) -> PassphraseChoice {
        ui.heading(t!("passphrase-title"));
        if let Some((result, companions)) = &self.done {
            match result {
                Ok(()) if encrypted => ui.label(t!("passphrase-done-encrypted")),
                Ok(()) => ui.label(t!("passphrase-done-plain")),
                Err(error) => ui.colored_label(ui.visuals().error_fg_color, error.as_str()),
            };
            if let Some(companions) = companions {
                if !companions.cleaned.is_empty() {
                    ui.label(t!("passphrase-done-backups", count = companions.cleaned.len()));
                }
                for (path, reason) in &companions.failed {
                    let text = t!("passphrase-backup-failed", path = file_name(path), reason = reason.as_str());
                    ui.colored_label(ui.visuals().warn_fg_color, text);
                }
            }
            return if ui.button(t!("button-close")).clicked() {
                PassphraseChoice::Close
            } else {
                PassphraseChoice::Stay
            };
        }
        if self.working {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("passphrase-working"));
            });
            return PassphraseChoice::Stay;
        }
        ui.label(if encrypted { t!("passphrase-is-encrypted") } else { t!("passphrase-is-plain") });
        ui.label(t!("passphrase-explained"));
        ui.colored_label(ui.visuals().warn_fg_color, t!("passphrase-forget-warning"));
        let mut choice = PassphraseChoice::Stay;
        egui::Grid::new("passphrase_fields").num_columns(2).show(ui, |ui| {
            let label = ui.label(t!("passphrase-new"));
            ui.add(egui::TextEdit::singleline(&mut self.new).password(true).desired_width(260.0)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("passphrase-repeat"));
            ui.add(egui::TextEdit::singleline(&mut self.repeat).password(true).desired_width(260.0))
                .labelled_by(label.id);
            ui.end_row();
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem.as_str());
        }
        ui.horizontal(|ui| {
            let set = if encrypted { t!("passphrase-change") } else { t!("passphrase-encrypt") };
            if ui.button(set).clicked() {
                match self.check() {
                    Ok(passphrase) => choice = PassphraseChoice::Set(Some(passphrase)),
                    Err(problem) => self.problem = Some(problem),
                }
            }
            if encrypted && ui.button(t!("passphrase-remove")).clicked() {
                choice = PassphraseChoice::Set(None);
            }
            if ui.button(t!("button-cancel")).clicked() {
                choice = PassphraseChoice::Close;
            }
        });
        choice
    }

    /// The passphrase typed, if it is long enough and typed the same twice.
    fn check(&self) -> Result<Passphrase, String> {
        if self.new.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(t!("passphrase-too-short", chars = MIN_PASSPHRASE_CHARS));
        }
        if self.new != self.repeat {
            return Err(t!("passphrase-mismatch"));
        }
        Ok(Passphrase::new(&self.new))
    }
}

/// Asks for the passphrase of the encrypted workspace `name`; `problem`: why the last one
/// did not open it. What the person chose: [`Action::Unlock`] (with the passphrase in `text`)
/// or [`Action::CancelUnlock`].
pub fn unlock_ui(ui: &mut egui::Ui, name: &str, text: &mut String, problem: Option<&str>) -> Option<Action> {
    let mut choice = None;
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(t!("unlock-title", file = name));
        ui.label(t!("unlock-explained"));
        ui.add_space(8.0);
        let label = ui.label(t!("unlock-passphrase"));
        let field = ui.add(egui::TextEdit::singleline(text).password(true).desired_width(280.0)).labelled_by(label.id);
        if ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        let entered = ui.input(|i| i.key_pressed(egui::Key::Enter)) && (field.lost_focus() || field.has_focus());
        if let Some(problem) = problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        // One under the other: a row would not be centred.
        ui.add_space(4.0);
        if ui.add_enabled(!text.is_empty(), egui::Button::new(Action::Unlock.label())).clicked()
            || (entered && !text.is_empty())
        {
            choice = Some(Action::Unlock);
        }
        if ui.button(Action::CancelUnlock.label()).clicked() {
            choice = Some(Action::CancelUnlock);
        }
    });
    choice
}
