//! The app shell: menus, navigation, dialogs, and the loop that applies what views asked for.

use super::action::{Action, View};
use super::document::{Document, ReadOnly, SaveOutcome, Written};
use super::import::{Decision, ImportSession};
use super::palette::{Palette, Target};
use super::present::{self, Present};
use super::privacy;
use super::settings::{Settings, ThemeChoice};
use super::views::exercise::ExerciseView;
use super::views::insights::InsightsView;
use super::views::milestones::{self, MilestonesView};
use super::views::{board::BoardView, journeys::JourneysView, people::PeopleView};
use super::{Intent, sample_workspace};
use crate::interop::formats::{self, Format};
use crate::model::Workspace;
use crate::ops::{Comparison, Edit, compare};
use crate::store::crypt::{CryptError, Passphrase};
use crate::store::{self, OpenError, lock, paths};
use crate::t;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What fills the window.
enum Screen {
    /// The workspace file does not exist yet: offer an empty or the sample workspace.
    Welcome {
        path: PathBuf,
    },
    /// The file could not be opened; it is untouched and the app stays usable.
    Failed {
        message: String,
    },
    /// The file is being read on its own thread; the window shows how far it has come.
    Loading(Box<Loading>),
    /// The file is encrypted: its passphrase is asked for (again, after a wrong one).
    Unlock {
        path: PathBuf,
        text: String,
        problem: Option<String>,
    },
    Open(Box<Document>),
}

/// A workspace being read on its own thread.
struct Loading {
    path: PathBuf,
    /// People read so far.
    read: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    done: std::sync::mpsc::Receiver<Result<Document, OpenError>>,
    /// The passphrase tried, if the file is encrypted.
    passphrase: Option<Passphrase>,
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug)]
enum Then {
    New,
    Open(PathBuf),
    PickAndOpen,
    Quit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PathPurpose {
    Open,
    SaveAs,
    Export(ExportTarget),
    Import,
}

/// What an export writes: a format, and the journey map or person it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ExportTarget {
    format: Format,
    journey: Option<crate::model::JourneyId>,
    person: Option<crate::model::PersonId>,
}

impl ExportTarget {
    /// The menu entry, and the heading of the path dialog; `name` is the map's or the
    /// person's.
    fn label(self, name: &str) -> String {
        match (self.format, self.person.is_some()) {
            (Format::Md, true) => t!("export-person-md", name = name),
            (Format::Json, true) => t!("export-person-json", name = name),
            (Format::Csv, _) => t!("export-csv"),
            (Format::Vcf, _) => t!("export-vcf"),
            (Format::Vcf4, _) => t!("export-vcf4"),
            (Format::Ics, _) => t!("export-ics"),
            (Format::Md, false) => t!("export-journey-md", name = name),
            (Format::Html, _) => t!("export-journey-html", name = name),
            (Format::Png, _) => t!("export-journey-png", name = name),
            (Format::KindredJourney, _) => t!("export-journey-template", name = name),
            (Format::Json, false) => t!("export-workspace-json"),
            (Format::Kindred, _) => t!("export-workspace-copy"),
        }
    }
}

impl PathPurpose {
    fn heading(self, what: &str) -> String {
        match self {
            PathPurpose::Open => t!("path-open"),
            PathPurpose::SaveAs => t!("path-save-as"),
            PathPurpose::Export(_) => t!("path-export", what = what.trim_end_matches('…')),
            PathPurpose::Import => t!("path-import"),
        }
    }

    fn field(self) -> String {
        match self {
            PathPurpose::Open | PathPurpose::SaveAs => t!("path-field-workspace"),
            PathPurpose::Export(target) => t!("path-field-export", format = target.format.extension()),
            PathPurpose::Import => t!("path-field-import"),
        }
    }

    /// The extension added to a typed path without one (none for an import).
    fn extension(self) -> &'static str {
        match self {
            PathPurpose::Open | PathPurpose::SaveAs => "kindred",
            PathPurpose::Export(target) => target.format.extension(),
            PathPurpose::Import => "",
        }
    }
}

enum Dialog {
    Unsaved(Then),
    Recovery {
        written: String,
    },
    /// `foreign`: the holder may be gone (another computer, or an unreadable lock), so the
    /// person may take the lock over.
    Locked {
        holder: String,
        foreign: bool,
        /// The holder shown (`None`: the lock file could not be read): the lock is taken over
        /// only while it is still this one.
        seen: Option<lock::LockInfo>,
    },
    ChangedOnDisk,
    Compare(Comparison),
    /// The workspace's backups, read when the dialog opened.
    Backups(Vec<store::Backup>),
    PathEntry {
        purpose: PathPurpose,
        text: String,
    },
    About,
    /// Asks before giving ids held twice fresh values.
    RepairIds,
    /// The settings of the app and of the open workspace; the drafts of its text fields.
    Settings {
        name: String,
        currency: String,
    },
}

struct Message {
    text: String,
    error: bool,
    /// The view it was said in: a note ("Undone: …") goes when another view is shown; an
    /// error stays until dismissed.
    view: View,
}

pub struct KindredApp {
    settings: Settings,
    settings_path: Option<PathBuf>,
    settings_dirty: bool,
    screen: Screen,
    view: View,
    people: PeopleView,
    milestones: MilestonesView,
    journeys: JourneysView,
    board: BoardView,
    insights: InsightsView,
    exercise: ExerciseView,
    /// What is due when the workspace opened ("Today: … turns 50"), until dismissed.
    /// What was due when the workspace opened, and the day; the banner's text is made from it
    /// each frame, so that it follows a change of language.
    milestone_banner: Option<(Vec<crate::ops::upcoming::Occurrence>, chrono::NaiveDate)>,
    dialog: Option<Dialog>,
    message: Option<Message>,
    title: String,
    quit_confirmed: bool,
    native_dialogs: bool,
    /// Whether the first frame applied the saved theme and zoom.
    started: bool,
    /// The import window, while it is open.
    import: Option<ImportSession>,
    /// Present mode, while it is on.
    present: Option<Present>,
    /// The command palette, while it is open.
    palette: Option<Palette>,
    /// Erasing a person for good, from the question to the report.
    erasure: Option<privacy::Erasure>,
    /// The passphrase dialog, while it is open.
    passphrase: Option<privacy::PassphraseForm>,
}

impl KindredApp {
    /// Starts on a workspace file; `settings_path` is where preferences live (`None`: not kept).
    pub fn new(file: Option<PathBuf>, settings_path: Option<PathBuf>) -> Self {
        let settings = settings_path.as_deref().map(Settings::load).unwrap_or_default();
        // The chosen language, else the system's, else English.
        let lang = crate::i18n::Lang::from_code(&settings.language).or_else(crate::i18n::Lang::from_system);
        crate::i18n::set_language(lang.unwrap_or_default());
        let mut app = Self {
            settings,
            settings_path,
            settings_dirty: false,
            screen: Screen::Failed { message: t!("shell-no-workspace") },
            view: View::People,
            people: PeopleView::default(),
            milestones: MilestonesView::default(),
            journeys: JourneysView::default(),
            board: BoardView::default(),
            insights: InsightsView::default(),
            exercise: ExerciseView::default(),
            milestone_banner: None,
            dialog: None,
            message: None,
            title: String::new(),
            quit_confirmed: false,
            native_dialogs: std::env::var_os("KINDRED_NO_NATIVE_DIALOGS").is_none(),
            started: false,
            import: None,
            present: None,
            palette: None,
            erasure: None,
            passphrase: None,
        };
        match file {
            Some(path) => app.open_now(&path),
            None => app.screen = Screen::Failed { message: t!("shell-no-data-directory") },
        }
        app
    }

    /// Starts like [`KindredApp::new`], but reads the workspace on its own thread: the window
    /// draws its first frame at once and shows the reading's progress (the app's own start).
    pub fn loading(file: Option<PathBuf>, settings_path: Option<PathBuf>) -> Self {
        let mut app = Self::new(None, settings_path);
        match file {
            Some(path) => app.begin_open(&path),
            None => app.screen = Screen::Failed { message: t!("shell-no-data-directory") },
        }
        app
    }

    /// Draws one frame and then carries out what the person asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.started {
            self.started = true;
            self.apply_theme(&ctx);
            ctx.set_zoom_factor(self.settings.zoom.clamp(0.5, 3.0));
        }
        self.poll_loading(&ctx);
        let mut actions = self.shortcuts(&ctx);
        let mut intents = Vec::new();
        if self.present.is_some() {
            self.present_bar_ui(ui, &mut actions);
        } else {
            self.menu_ui(ui, &mut actions);
        }
        self.message_ui(ui);
        match &mut self.screen {
            Screen::Welcome { path } => {
                let path = path.clone();
                egui::CentralPanel::default().show(ui, |ui| self.welcome_ui(ui, &path));
            }
            Screen::Failed { message } => {
                let message = message.clone();
                egui::CentralPanel::default().show(ui, |ui| failed_ui(ui, &message, &mut actions));
            }
            Screen::Unlock { path, text, problem } => {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let unlock = egui::CentralPanel::default()
                    .show(ui, |ui| privacy::unlock_ui(ui, &name, text, problem.as_deref()))
                    .inner;
                match unlock {
                    Some(privacy::Unlock::Open) => {
                        let (path, passphrase) = (path.clone(), Passphrase::new(text));
                        self.begin_open_with(&path, Some(passphrase));
                    }
                    Some(privacy::Unlock::Cancel) => {
                        self.screen = Screen::Failed { message: t!("passphrase-not-opened") };
                    }
                    None => {}
                }
            }
            Screen::Loading(loading) => {
                let read = loading.read.load(std::sync::atomic::Ordering::Relaxed);
                let name = loading.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.add_space(60.0);
                        ui.heading(t!("loading-title", file = name));
                        ui.add_space(8.0);
                        ui.spinner();
                        ui.label(t!("loading-people", count = read));
                    });
                });
            }
            Screen::Open(document) => {
                // Present mode has the views in its bar.
                if self.present.is_none() {
                    egui::Panel::left("navigation").resizable(false).exact_size(120.0).show(ui, |ui| {
                        ui.add_space(6.0);
                        for view in View::ALL {
                            if ui.selectable_label(self.view == view, view.label()).clicked() {
                                actions.push(Action::Show(view));
                            }
                        }
                    });
                }
                if let Some(reason) = &document.read_only {
                    // Present mode's mask shows no one's name, nor a way to change people.
                    let masked = self.present.as_ref().is_some_and(|present| present.masked);
                    let text = if masked { reason.masked() } else { reason.to_string() };
                    let repairable = reason.is_duplicate_ids() && self.present.is_none();
                    egui::Panel::top("read_only_banner").show(ui, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            ui.colored_label(ui.visuals().warn_fg_color, t!("shell-read-only", reason = text));
                            if repairable && ui.button(t!("shell-repair-ids")).clicked() {
                                self.dialog = Some(Dialog::RepairIds);
                            }
                        });
                    });
                }
                let banner =
                    self.milestone_banner.as_ref().and_then(|(due, today)| milestones::banner_text(due, *today));
                if let Some(banner) = banner.filter(|_| self.present.is_none()) {
                    let (mut show, mut dismiss) = (false, false);
                    egui::Panel::top("milestone_banner").show(ui, |ui| {
                        ui.horizontal(|ui| {
                            ui.label(format!("🎂 {banner}"));
                            show = ui.button(t!("button-show")).accessible_name(t!("shell-show-milestones")).clicked();
                            dismiss = ui
                                .small_button(t!("button-dismiss"))
                                .accessible_name(t!("shell-dismiss-reminder"))
                                .clicked();
                        });
                    });
                    if show {
                        actions.push(Action::Show(View::Milestones));
                    }
                    if show || dismiss {
                        self.milestone_banner = None;
                    }
                }
                let revision = document.history.state();
                let editable = document.read_only.is_none();
                self.journeys.fit_to_screen = self.present.is_some();
                self.people.masked = self.present.as_ref().is_some_and(|present| present.masked);
                self.board.masked = self.people.masked;
                self.insights.masked = self.people.masked;
                self.board.present = self.present.is_some();
                let (workspace, revision) = match self.present.as_mut() {
                    Some(present) => present.workspace(&document.workspace, revision),
                    None => (&*document.workspace, revision),
                };
                let today = chrono::Local::now().date_naive();
                match self.view {
                    View::People => intents.extend(self.people.ui(ui, workspace, revision, editable)),
                    View::Milestones => {
                        let shown = egui::CentralPanel::default()
                            .show(ui, |ui| self.milestones.ui(ui, workspace, revision, today, editable));
                        intents.extend(shown.inner);
                    }
                    View::Journeys => {
                        let shown = egui::CentralPanel::default()
                            .show(ui, |ui| self.journeys.ui(ui, workspace, revision, today, editable));
                        intents.extend(shown.inner);
                    }
                    View::Board => {
                        let shown = egui::CentralPanel::default()
                            .show(ui, |ui| self.board.ui(ui, workspace, revision, today, editable));
                        intents.extend(shown.inner);
                    }
                    View::Exercise => {
                        let shown = egui::CentralPanel::default()
                            .show(ui, |ui| self.exercise.ui(ui, workspace, revision, today, editable));
                        intents.extend(shown.inner);
                    }
                    View::Insights => {
                        let shown = egui::CentralPanel::default()
                            .show(ui, |ui| self.insights.ui(ui, workspace, revision, today));
                        intents.extend(shown.inner);
                    }
                }
            }
        }
        self.dialog_ui(&ctx, &mut actions);
        self.privacy_ui(&ctx);
        self.palette_ui(&ctx, &mut actions);
        self.import_ui(&ctx);
        self.dropped_files_ui(&ctx);
        self.handle_close_request(&ctx);
        for intent in intents {
            match self.allowed_in_present_mode(intent) {
                Some(intent) => self.apply_intent(intent),
                None => self.info(t!("present-not-while-masked")),
            }
        }
        for action in actions {
            self.perform(&ctx, action);
        }
        self.after_frame(&ctx);
    }

    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        if self.dialog.is_some() || self.palette.is_some() {
            return Vec::new();
        }
        // Present mode offers the views, undo and leaving; files stay closed.
        let presenting = self.present.is_some();
        ctx.input_mut(|input| {
            Action::WITH_SHORTCUTS
                .into_iter()
                .filter(|action| !presenting || action.in_present_mode())
                .filter(|action| action.shortcut().is_some_and(|s| input.consume_shortcut(&s)))
                .collect()
        })
    }

    fn document(&self) -> Option<&Document> {
        match &self.screen {
            Screen::Open(document) => Some(document),
            _ => None,
        }
    }

    fn document_mut(&mut self) -> Option<&mut Document> {
        match &mut self.screen {
            Screen::Open(document) => Some(document),
            _ => None,
        }
    }

    fn menu_button(ui: &mut egui::Ui, action: Action, enabled: bool, actions: &mut Vec<Action>) {
        let mut button = egui::Button::new(action.label());
        if let Some(shortcut) = action.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui.add_enabled(enabled, button).clicked() {
            actions.push(action);
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let document = self.document();
        let has_document = document.is_some();
        let has_file = document.is_some_and(|d| d.path.is_some());
        let editable = document.is_some_and(|d| d.read_only.is_none());
        let undo = document.filter(|_| editable).and_then(|d| d.history.undo_label()).map(str::to_owned);
        let redo = document.filter(|_| editable).and_then(|d| d.history.redo_label()).map(str::to_owned);
        let mut open_recent = None;
        let mut theme = None;
        let mut language = None;
        let exports = self.export_targets();
        let mut export = None;
        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button(t!("menu-file"), |ui| {
                    Self::menu_button(ui, Action::New, true, actions);
                    Self::menu_button(ui, Action::Open, true, actions);
                    Self::menu_button(ui, Action::OpenPath, true, actions);
                    ui.menu_button(t!("menu-open-recent"), |ui| {
                        if self.settings.recent.is_empty() {
                            ui.weak(t!("menu-no-recent"));
                        }
                        for path in &self.settings.recent {
                            if ui.button(path.display().to_string()).clicked() {
                                open_recent = Some(path.clone());
                            }
                        }
                    });
                    ui.separator();
                    Self::menu_button(ui, Action::Save, editable, actions);
                    Self::menu_button(ui, Action::SaveAs, has_document, actions);
                    Self::menu_button(ui, Action::Backups, editable && has_file, actions);
                    ui.separator();
                    Self::menu_button(ui, Action::Settings, true, actions);
                    Self::menu_button(ui, Action::Passphrase, editable, actions);
                    ui.separator();
                    Self::menu_button(ui, Action::Import, editable, actions);
                    ui.add_enabled_ui(has_document, |ui| {
                        ui.menu_button(t!("menu-export"), |ui| {
                            for (target, label) in &exports {
                                if ui.button(label).clicked() {
                                    export = Some(*target);
                                }
                            }
                        })
                    });
                    ui.separator();
                    Self::menu_button(ui, Action::Quit, true, actions);
                });
                ui.menu_button(t!("menu-edit"), |ui| {
                    Self::menu_button(ui, Action::NewPerson, editable, actions);
                    ui.separator();
                    let undo_text =
                        undo.as_ref().map_or(t!("action-undo"), |l| t!("menu-undo-named", label = l.as_str()));
                    let redo_text =
                        redo.as_ref().map_or(t!("action-redo"), |l| t!("menu-redo-named", label = l.as_str()));
                    for (action, text, enabled) in
                        [(Action::Undo, undo_text, undo.is_some()), (Action::Redo, redo_text, redo.is_some())]
                    {
                        let shortcut = action.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
                        if ui.add_enabled(enabled, egui::Button::new(text).shortcut_text(shortcut)).clicked() {
                            actions.push(action);
                        }
                    }
                });
                ui.menu_button(t!("menu-view"), |ui| {
                    for view in View::ALL {
                        Self::menu_button(ui, Action::Show(view), has_document, actions);
                    }
                    ui.separator();
                    Self::menu_button(ui, Action::Present, has_document, actions);
                    ui.separator();
                    for action in [Action::ZoomIn, Action::ZoomOut, Action::ZoomReset] {
                        Self::menu_button(ui, action, true, actions);
                    }
                    ui.menu_button(t!("menu-language"), |ui| {
                        for lang in crate::i18n::Lang::ALL {
                            if ui.radio(crate::i18n::language() == lang, lang.native_name()).clicked() {
                                language = Some(lang);
                            }
                        }
                    });
                    ui.menu_button(t!("menu-theme"), |ui| {
                        for choice in ThemeChoice::ALL {
                            if ui.radio(self.settings.theme == choice, choice.label()).clicked() {
                                theme = Some(choice);
                            }
                        }
                    });
                });
                ui.menu_button(t!("menu-help"), |ui| {
                    if ui.button(t!("menu-about")).clicked() {
                        self.dialog = Some(Dialog::About);
                    }
                });
                ui.separator();
                if ui.add_enabled(undo.is_some(), egui::Button::new(t!("action-undo"))).clicked() {
                    actions.push(Action::Undo);
                }
                if ui.add_enabled(redo.is_some(), egui::Button::new(t!("action-redo"))).clicked() {
                    actions.push(Action::Redo);
                }
            });
        });
        if let Some(path) = open_recent {
            self.ask_unsaved_then(Then::Open(path));
        }
        if let Some(target) = export {
            self.pick_export(target);
        }
        if let Some(lang) = language {
            crate::i18n::set_language(lang);
            self.settings.language = lang.code().to_owned();
            self.settings_dirty = true;
        }
        if let Some(choice) = theme {
            self.settings.theme = choice;
            self.settings_dirty = true;
            self.apply_theme(ui.ctx());
        }
    }

    fn message_ui(&mut self, ui: &mut egui::Ui) {
        if self.message.as_ref().is_some_and(|m| !m.error && m.view != self.view) {
            self.message = None;
        }
        let Some(message) = &self.message else { return };
        let mut dismiss = false;
        egui::Panel::bottom("message").show(ui, |ui| {
            ui.horizontal(|ui| {
                if message.error {
                    ui.colored_label(ui.visuals().error_fg_color, &message.text);
                } else {
                    ui.label(&message.text);
                }
                dismiss = ui.small_button(t!("button-dismiss")).clicked();
            });
        });
        if dismiss {
            self.message = None;
        }
    }

    fn welcome_ui(&mut self, ui: &mut egui::Ui, path: &Path) {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.heading(t!("welcome-title"));
            ui.label(t!("welcome-line-1"));
            ui.label(t!("welcome-line-2"));
            ui.add_space(16.0);
            ui.label(t!("welcome-kept-in", path = paths::display(path)));
            ui.add_space(16.0);
            if ui.button(t!("welcome-empty")).clicked() {
                self.create_workspace(path, Workspace::named(""));
            }
            if ui.button(t!("welcome-sample")).clicked() {
                match sample_workspace() {
                    Ok(sample) => self.create_workspace(path, sample),
                    Err(error) => self.error(t!("welcome-sample-failed", error = error.to_string())),
                }
            }
        });
    }

    fn create_workspace(&mut self, path: &Path, workspace: Workspace) {
        if let Err(error) = store::create_folder_for(path) {
            self.error(error);
            return;
        }
        match Document::create(path, workspace) {
            Ok(document) => {
                self.remember(path);
                self.set_document(document);
            }
            Err(error) => self.error(error),
        }
    }

    fn dialog_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(dialog) = self.dialog.take() else { return };
        let mut keep = true;
        let modal = egui::Modal::new(egui::Id::unique("kindred_dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            keep = self.dialog_contents(ui, &dialog, actions);
        });
        if modal.should_close() && !matches!(dialog, Dialog::Recovery { .. } | Dialog::Locked { .. }) {
            keep = false;
        }
        // The contents may have opened a new dialog; keep that one.
        if keep && self.dialog.is_none() {
            self.dialog = Some(dialog);
        }
    }

    /// Draws a dialog; returns whether it stays open.
    fn dialog_contents(&mut self, ui: &mut egui::Ui, dialog: &Dialog, actions: &mut Vec<Action>) -> bool {
        match dialog {
            Dialog::Unsaved(then) => {
                ui.heading(t!("unsaved-title"));
                ui.label(t!("unsaved-body"));
                let mut keep = true;
                ui.horizontal(|ui| {
                    if ui.button(t!("button-save")).clicked() {
                        keep = false;
                        if self.save_now() && self.finish_writing() {
                            self.continue_with(ui.ctx(), then.clone());
                        }
                    }
                    if ui.button(t!("button-dont-save")).clicked() {
                        keep = false;
                        if let Some(document) = self.document_mut() {
                            document.discard_recovery();
                        }
                        self.continue_with(ui.ctx(), then.clone());
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        keep = false;
                    }
                });
                keep
            }
            Dialog::Recovery { written } => {
                ui.heading(t!("recovery-title"));
                ui.label(t!("recovery-body", written = written.as_str()));
                let mut keep = true;
                ui.horizontal(|ui| {
                    if ui.button(t!("button-restore")).clicked() {
                        keep = false;
                        let result = self.document_mut().map(Document::restore_recovery);
                        match result {
                            Some(Ok(())) => self.info(t!("recovery-restored")),
                            Some(Err(error)) => self.error(t!("recovery-failed", error = error.to_string())),
                            None => {}
                        }
                    }
                    if ui.button(t!("button-discard")).clicked() {
                        keep = false;
                        if let Some(document) = self.document_mut() {
                            document.discard_recovery();
                        }
                    }
                });
                keep
            }
            Dialog::Locked { holder, foreign, seen } => {
                ui.heading(t!("locked-title"));
                ui.label(t!("locked-body", holder = holder.as_str()));
                if *foreign {
                    ui.label(t!("locked-foreign"));
                } else {
                    ui.label(t!("locked-here"));
                }
                let mut keep = true;
                ui.horizontal(|ui| {
                    if *foreign && ui.button(t!("locked-take-over")).clicked() {
                        keep = false;
                        self.take_over_lock(seen.as_ref());
                    }
                    if ui.button(t!("locked-open-read-only")).clicked() {
                        keep = false;
                    }
                });
                keep
            }
            Dialog::ChangedOnDisk => {
                ui.heading(t!("changed-title"));
                ui.label(t!("changed-body"));
                let mut keep = true;
                ui.vertical(|ui| {
                    if ui.button(t!("changed-reload")).clicked() {
                        keep = false;
                        self.reload();
                    }
                    if ui.button(t!("changed-keep-mine")).clicked() {
                        keep = false;
                        self.keep_mine();
                    }
                    if ui.button(t!("changed-compare")).clicked() {
                        self.compare_with_disk();
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        keep = false;
                    }
                });
                keep
            }
            Dialog::Compare(comparison) => {
                ui.heading(t!("compare-title"));
                comparison_ui(ui, comparison);
                let mut keep = true;
                ui.horizontal(|ui| {
                    if ui.button(t!("compare-reload")).clicked() {
                        keep = false;
                        self.reload();
                    }
                    if ui.button(t!("changed-keep-mine")).clicked() {
                        keep = false;
                        self.keep_mine();
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        keep = false;
                    }
                });
                keep
            }
            Dialog::Backups(backups) => self.backups_ui(ui, backups),
            Dialog::PathEntry { purpose, text } => {
                let mut text = text.clone();
                let what = match purpose {
                    PathPurpose::Export(target) => self.export_label(*target),
                    _ => String::new(),
                };
                ui.heading(purpose.heading(&what));
                let label = ui.label(purpose.field());
                let response = ui.add(egui::TextEdit::singleline(&mut text).desired_width(460.0)).labelled_by(label.id);
                let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                let entered = enter && (response.lost_focus() || response.has_focus());
                // Typing goes to the path at once, as in a native dialog (but Enter, which
                // gives the focus up, is not undone by taking it back).
                if !enter && ui.memory(|m| m.focused().is_none()) {
                    response.request_focus();
                }
                let mut keep = true;
                ui.horizontal(|ui| {
                    let ok = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(t!("button-ok"))).clicked();
                    if (ok || entered) && !text.trim().is_empty() {
                        keep = false;
                        // `~` is the home folder, as in a shell or a native dialog's path field.
                        let path = with_extension(paths::expand_home(text.trim()), purpose.extension());
                        match *purpose {
                            PathPurpose::Open => self.ask_unsaved_then(Then::Open(path)),
                            PathPurpose::SaveAs => self.save_as(&path),
                            PathPurpose::Export(target) => self.export(target, &path),
                            PathPurpose::Import => self.start_import(&path),
                        }
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        keep = false;
                    }
                });
                if keep {
                    self.dialog = Some(Dialog::PathEntry { purpose: *purpose, text });
                }
                keep
            }
            Dialog::Settings { name, currency } => {
                let (mut name, mut currency) = (name.clone(), currency.clone());
                let close = self.settings_ui(ui, &mut name, &mut currency);
                if !close {
                    self.dialog = Some(Dialog::Settings { name, currency });
                }
                !close
            }
            Dialog::RepairIds => {
                let count = match self.document().and_then(|d| d.read_only.as_ref()) {
                    Some(ReadOnly::DuplicateIds(found)) => found.len(),
                    _ => return false,
                };
                ui.heading(t!("repair-ids-title"));
                ui.label(t!("repair-ids-body", count = count));
                ui.label(t!("repair-ids-links"));
                ui.label(t!("repair-ids-undo"));
                let mut keep = true;
                ui.horizontal(|ui| {
                    if ui.button(t!("repair-ids-confirm")).clicked() {
                        keep = false;
                        self.renew_duplicate_ids();
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        keep = false;
                    }
                });
                keep
            }
            Dialog::About => {
                ui.heading("Kindred");
                ui.label(t!("about-version", version = env!("CARGO_PKG_VERSION")));
                ui.label(t!("about-tagline"));
                let close = ui.button(t!("button-close")).clicked();
                let _ = actions;
                !close
            }
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.quit_confirmed {
            return;
        }
        if self.document().is_some_and(Document::is_dirty) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Then::Quit));
        }
    }

    fn apply_intent(&mut self, intent: Intent) {
        match intent {
            Intent::Edit { label, edit } => {
                let result = self.document_mut().map(|d| d.apply(&label, edit));
                if let Some(Err(error)) = result {
                    self.error(error);
                }
            }
            Intent::OpenPerson(id) => {
                self.view = View::People;
                self.people.select(id);
            }
            Intent::ExportJourney(id) => {
                self.pick_export(ExportTarget { format: Format::KindredJourney, journey: Some(id), person: None })
            }
            Intent::ImportJourney | Intent::ImportContacts => self.pick_import(),
            Intent::ErasePerson(id) => self.ask_erase(id),
            Intent::LearnFact { person, fact, answer } => {
                let today = chrono::Local::now().date_naive();
                let learnt = self
                    .document()
                    .and_then(|d| d.workspace.person(person))
                    .and_then(|real| crate::ops::knowledge::learn(real, fact, &answer, today));
                if let Some(changed) = learnt {
                    let label = t!("exercise-learnt-label", name = changed.name.as_str(), fact = fact.name());
                    self.apply_intent(Intent::Edit { label, edit: Edit::ReplacePerson(Box::new(changed)) });
                }
            }
        }
    }

    /// The exports the File menu offers now: people and milestones always; the journey map
    /// shown in Journeys (or the first); the person whose profile is open.
    fn export_targets(&self) -> Vec<(ExportTarget, String)> {
        let Some(workspace) = self.document().map(|d| &*d.workspace) else { return Vec::new() };
        let named = |target: ExportTarget| (target, self.export_label(target));
        let all = |format| ExportTarget { format, journey: None, person: None };
        let mut targets = vec![all(Format::Csv), all(Format::Vcf), all(Format::Vcf4), all(Format::Ics)];
        let journey = self.journeys.selected.filter(|id| workspace.journey(*id).is_some());
        if let Some(journey) = journey.or_else(|| workspace.journeys.first().map(|j| j.id)) {
            for format in [Format::Md, Format::Html, Format::Png, Format::KindredJourney] {
                targets.push(ExportTarget { format, journey: Some(journey), person: None });
            }
        }
        if let Some(person) = self.people.selected().filter(|id| workspace.person(*id).is_some()) {
            for format in [Format::Md, Format::Json] {
                targets.push(ExportTarget { format, journey: None, person: Some(person) });
            }
        }
        targets.push(all(Format::Json));
        targets.into_iter().map(named).collect()
    }

    /// An export's menu entry, with the name of its map or person.
    fn export_label(&self, target: ExportTarget) -> String {
        let workspace = self.document().map(|d| &*d.workspace);
        let name = match (target.journey, target.person) {
            (Some(id), _) => workspace.and_then(|w| w.journey(id)).map(|j| j.name.clone()),
            (None, Some(id)) => workspace.and_then(|w| w.person(id)).map(|p| p.name.clone()),
            (None, None) => None,
        };
        target.label(&name.unwrap_or_default())
    }

    /// The file name an export suggests.
    fn export_file_name(&self, target: ExportTarget) -> String {
        let workspace = self.document().map(|d| &*d.workspace);
        let base = match (target.person, target.journey, target.format) {
            (Some(id), _, _) => workspace.and_then(|w| w.person(id)).map(|p| p.name.clone()),
            (None, Some(id), _) => workspace.and_then(|w| w.journey(id)).map(|j| j.name.clone()),
            (None, None, Format::Ics) => Some("milestones".to_owned()),
            (None, None, Format::Json | Format::Kindred) => Some("workspace".to_owned()),
            _ => Some("people".to_owned()),
        };
        let base: String = base
            .unwrap_or_default()
            .chars()
            .map(|c| if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') { c } else { '_' })
            .collect();
        let base = if base.trim().is_empty() { "export".to_owned() } else { base.trim().to_owned() };
        format!("{base}.{}", target.format.extension())
    }

    fn pick_export(&mut self, target: ExportTarget) {
        let file_name = self.export_file_name(target);
        // Where the last export went, else the Documents folder: a place the person finds
        // again, not the hidden folder the default workspace lives in.
        let folder = self.settings.export_folder();
        let purpose = PathPurpose::Export(target);
        let picked = self.native_dialog(purpose, |dialog| {
            let dialog = dialog.set_file_name(&file_name);
            match &folder {
                Some(folder) => dialog.set_directory(folder),
                None => dialog,
            }
            .save_file()
        });
        match picked {
            NativeDialog::Picked(path) => self.export(target, &with_extension(path, purpose.extension())),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => {
                let text = folder.map_or(file_name.clone(), |f| f.join(&file_name).display().to_string());
                self.dialog = Some(Dialog::PathEntry { purpose, text });
            }
        }
    }

    fn pick_import(&mut self) {
        let purpose = PathPurpose::Import;
        match self.native_dialog(purpose, |dialog| dialog.pick_file()) {
            NativeDialog::Picked(path) => self.start_import(&path),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => self.dialog = Some(Dialog::PathEntry { purpose, text: String::new() }),
        }
    }

    /// Writes an export (atomically; the workspace is not touched).
    fn export(&mut self, target: ExportTarget, path: &Path) {
        let Some(document) = self.document() else { return };
        if let Some(refusal) = store::export_refusal(document.path.as_deref(), path) {
            self.error(t!("export-failed", error = refusal));
            return;
        }
        let workspace = &*document.workspace;
        let what = formats::ExportWhat {
            journey: target.journey.and_then(|id| workspace.journey(id)),
            person: target.person.and_then(|id| workspace.person(id)),
            conventions: crate::i18n::language().into(),
        };
        let written = formats::write(workspace, target.format, &what)
            .and_then(|bytes| crate::store::write_file(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => {
                self.settings.remember_export(path);
                self.settings_dirty = true;
                self.info(t!("export-done", path = paths::display(path)));
            }
            Err(error) => self.error(t!("export-failed", error = error)),
        }
    }

    /// Opens the import window on a file (read-only workspaces take no imports).
    fn start_import(&mut self, path: &Path) {
        let Some(document) = self.document().filter(|d| d.read_only.is_none()) else {
            self.error(t!("import-read-only"));
            return;
        };
        self.import = Some(ImportSession::start(path, &document.workspace, crate::i18n::language().into()));
    }

    fn import_ui(&mut self, ctx: &egui::Context) {
        let Some(mut session) = self.import.take() else { return };
        let Some(workspace) = self.document().map(|d| &*d.workspace) else { return };
        let mut decision = Decision::Open;
        let modal = egui::Modal::new(egui::Id::unique("import_window")).show(ctx, |ui| {
            ui.set_width(720.0_f32.min(ctx.content_rect().width() - 60.0));
            decision = session.ui(ui, workspace);
        });
        if modal.should_close() && matches!(decision, Decision::Open) {
            decision = Decision::Cancel;
        }
        match decision {
            Decision::Open => self.import = Some(session),
            Decision::Cancel => {}
            Decision::Import { label, edit, summary } => {
                let result = self.document_mut().map(|d| d.apply(&label, edit));
                match result {
                    Some(Err(error)) => self.error(t!("import-failed", error = error)),
                    _ => self.info(t!("import-done", summary = summary)),
                }
            }
        }
    }

    /// Files dropped on the window are imported, one at a time, through the same window.
    fn dropped_files_ui(&mut self, ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop_hint")));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                t!("import-drop-hint"),
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if let Some(path) = dropped.first() {
            if self.import.is_some() {
                self.error(t!("import-busy"));
            } else {
                self.start_import(path);
                if dropped.len() > 1 {
                    self.info(t!("import-several-dropped", count = dropped.len()));
                }
            }
        }
    }

    fn perform(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => self.ask_unsaved_then(Then::New),
            Action::NewPerson => {
                if matches!(&self.screen, Screen::Open(d) if d.read_only.is_none()) {
                    self.view = View::People;
                    self.people.new_person();
                }
            }
            Action::Open => self.ask_unsaved_then(Then::PickAndOpen),
            Action::Import => self.pick_import(),
            Action::Palette => self.palette = Some(Palette::default()),
            Action::Settings => {
                let workspace = self.document().map(|d| &*d.workspace);
                self.dialog = Some(Dialog::Settings {
                    name: workspace.map(|w| w.name.clone()).unwrap_or_default(),
                    currency: workspace.map(|w| w.currency.clone()).unwrap_or_default(),
                });
            }
            Action::OpenPath => {
                self.dialog = Some(Dialog::PathEntry { purpose: PathPurpose::Open, text: String::new() })
            }
            Action::Passphrase => {
                if self.document().is_some_and(|d| d.read_only.is_none()) {
                    self.passphrase = Some(privacy::PassphraseForm::default());
                }
            }
            Action::Save => {
                self.save_now();
            }
            Action::SaveAs => self.pick_save_path(),
            Action::Backups => self.open_backups(),
            Action::Undo => {
                if let Some(label) = self.document_mut().and_then(Document::undo) {
                    self.info(t!("shell-undone", label = label));
                }
            }
            Action::Redo => {
                if let Some(label) = self.document_mut().and_then(Document::redo) {
                    self.info(t!("shell-redone", label = label));
                }
            }
            Action::Show(view) => self.view = view,
            Action::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            Action::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            Action::ZoomReset => ctx.set_zoom_factor(1.0),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Present => match self.present {
                Some(_) => self.leave_present_mode(ctx),
                None => self.enter_present_mode(ctx),
            },
        }
    }

    fn ask_unsaved_then(&mut self, then: Then) {
        if self.document().is_some_and(Document::is_dirty) {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            match then {
                Then::Quit => {}
                other => self.continue_with_now(other),
            }
        }
    }

    fn continue_with(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::Quit => {
                self.quit_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            other => self.continue_with_now(other),
        }
    }

    fn continue_with_now(&mut self, then: Then) {
        match then {
            Then::New => {
                self.set_document(Document::untitled(Workspace::named("")));
                self.info(t!("shell-new-workspace"));
            }
            Then::Open(path) => self.open_now(&path),
            Then::PickAndOpen => self.pick_open_path(),
            Then::Quit => {}
        }
    }

    /// Opens a workspace file, taking its lock and offering its recovery file.
    pub fn open_now(&mut self, path: &Path) {
        if !path.exists() {
            self.screen = Screen::Welcome { path: path.to_path_buf() };
            return;
        }
        let result = Document::open(path);
        self.opened(path, None, result);
    }

    /// Starts reading a workspace file on its own thread; [`KindredApp::poll_loading`] goes on
    /// when it is read.
    fn begin_open(&mut self, path: &Path) {
        self.begin_open_with(path, None);
    }

    /// [`KindredApp::begin_open`] with the passphrase of an encrypted workspace (decrypting
    /// takes a moment: it happens on the reading thread too).
    fn begin_open_with(&mut self, path: &Path, passphrase: Option<Passphrase>) {
        if !path.exists() {
            self.screen = Screen::Welcome { path: path.to_path_buf() };
            return;
        }
        let read = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (send, done) = std::sync::mpsc::channel();
        let (counter, file, language) = (read.clone(), path.to_path_buf(), crate::i18n::language());
        let key = passphrase.clone();
        let spawned = std::thread::Builder::new().name("kindred-open".into()).spawn(move || {
            crate::i18n::set_language(language);
            let result = crate::model::progress::counting(counter, || Document::open_with(&file, key));
            let _ = send.send(result);
        });
        match spawned {
            Ok(_) => {
                let loading = Loading { path: path.to_path_buf(), read, done, passphrase };
                self.screen = Screen::Loading(Box::new(loading));
            }
            Err(_) => {
                let result = Document::open_with(path, passphrase.clone());
                self.opened(path, passphrase.as_ref(), result);
            }
        }
    }

    /// Goes on with a workspace read on its own thread, once it is; asks for frames meanwhile.
    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Screen::Loading(loading) = &self.screen else { return };
        match loading.done.try_recv() {
            Ok(result) => {
                let (path, passphrase) = (loading.path.clone(), loading.passphrase.clone());
                self.opened(&path, passphrase.as_ref(), result);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(50)),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.screen = Screen::Failed { message: t!("loading-lost") };
            }
        }
    }

    /// Goes on with a workspace read (or not): its lock, its recovery file, the views. An
    /// encrypted one without its passphrase asks for it (`tried`: the one that did not open it).
    fn opened(&mut self, path: &Path, tried: Option<&Passphrase>, result: Result<Document, OpenError>) {
        self.opened_locked(path, tried, result, || lock::acquire(path));
    }

    /// [`KindredApp::opened`], with what locking it found.
    fn opened_locked(
        &mut self,
        path: &Path,
        tried: Option<&Passphrase>,
        result: Result<Document, OpenError>,
        acquire: impl FnOnce() -> std::io::Result<lock::LockOutcome>,
    ) {
        let mut document = match result {
            Ok(document) => document,
            Err(OpenError::Encrypted {
                error: error @ (CryptError::NeedsPassphrase | CryptError::WrongPassphrase),
                ..
            }) => {
                let problem = tried.map(|_| error.to_string());
                self.screen = Screen::Unlock { path: path.to_path_buf(), text: String::new(), problem };
                return;
            }
            Err(error) => {
                self.screen = Screen::Failed { message: error.to_string() };
                return;
            }
        };
        self.remember(path);
        match acquire() {
            Ok(lock::LockOutcome::Acquired(held)) => document.hold_lock(held),
            Ok(lock::LockOutcome::HeldHere(holder)) => {
                self.dialog =
                    Some(Dialog::Locked { holder: holder.to_string(), foreign: false, seen: Some(holder.clone()) });
                document.make_read_only(ReadOnly::Locked(holder));
            }
            Ok(lock::LockOutcome::HeldElsewhere(holder)) => {
                self.dialog =
                    Some(Dialog::Locked { holder: holder.to_string(), foreign: true, seen: Some(holder.clone()) });
                document.make_read_only(ReadOnly::Locked(holder));
            }
            Ok(lock::LockOutcome::Unreadable(reason)) => {
                self.dialog = Some(Dialog::Locked { holder: lock::unknown_holder(&reason), foreign: true, seen: None });
                document.make_read_only(ReadOnly::LockUnreadable(reason));
            }
            Err(error) => {
                document.make_read_only(ReadOnly::LockUnwritable(error));
            }
        }
        // Unsaved work is offered back to a workspace with ids held twice too: it may have none.
        if document.holds_lock() && document.read_only.as_ref().is_none_or(ReadOnly::is_duplicate_ids) {
            if let Some((_, written)) = store::find_recovery(path) {
                let written = written.map_or_else(
                    || t!("recovery-autosaved"),
                    |time| {
                        let time = chrono::DateTime::<chrono::Local>::from(time).naive_local();
                        t!(
                            "recovery-autosaved-at",
                            date = crate::i18n::date_short_year(time.date()),
                            time = time.format("%H:%M").to_string()
                        )
                    },
                );
                self.dialog = Some(Dialog::Recovery { written });
            }
        }
        self.set_document(document);
    }

    fn set_document(&mut self, document: Document) {
        self.people = PeopleView::default();
        self.milestones = MilestonesView::default();
        self.journeys = JourneysView::default();
        self.board = BoardView::default();
        self.insights = InsightsView::default();
        let today = chrono::Local::now().date_naive();
        let due = crate::ops::upcoming::due(&document.workspace, today);
        self.milestone_banner = (!due.is_empty()).then_some((due, today));
        self.screen = Screen::Open(Box::new(document));
    }

    /// Gives ids held twice fresh values, as one undo step, with the person's consent.
    fn renew_duplicate_ids(&mut self) {
        let Some(document) = self.document_mut() else { return };
        match document.renew_duplicate_ids(&t!("repair-ids-step")) {
            Ok(count) => self.info(t!("repair-ids-done", count = count)),
            Err(error) => self.error(t!("repair-ids-failed", error = error)),
        }
    }

    fn take_over_lock(&mut self, seen: Option<&lock::LockInfo>) {
        let Some(document) = self.document_mut() else { return };
        let Some(path) = document.path.clone() else { return };
        match lock::take_over(&path, seen) {
            Ok(outcome @ lock::LockOutcome::Acquired(_)) => {
                // Reopen so that the file's own read-only reasons (a newer format) still hold,
                // with the lock just taken (asking again would find it held, by this window).
                let passphrase = document.passphrase().cloned();
                let result = Document::open_with(&path, passphrase.clone());
                self.opened_locked(&path, passphrase.as_ref(), result, || Ok(outcome));
            }
            Ok(_) => self.error(t!("locked-take-over-failed")),
            Err(error) => self.error(t!("locked-take-over-error", error = error.to_string())),
        }
    }

    /// Saves; returns whether the workspace is now saved.
    fn save_now(&mut self) -> bool {
        let Some(document) = self.document_mut() else { return false };
        match document.save() {
            Ok(SaveOutcome::Saved) => {
                // Written on its own thread; "Saved." comes when it is on disk.
                self.info(t!("shell-saving"));
                true
            }
            Ok(SaveOutcome::NeedsPath) => {
                self.pick_save_path();
                false
            }
            Ok(SaveOutcome::ChangedOnDisk) => {
                self.dialog = Some(Dialog::ChangedOnDisk);
                false
            }
            Err(error) => {
                self.error(error);
                false
            }
        }
    }

    fn reload(&mut self) {
        let Some(path) = self.document().and_then(|d| d.path.clone()) else { return };
        // Release our lock first: reopening takes it again.
        self.screen = Screen::Failed { message: String::new() };
        self.open_now(&path);
        self.info(t!("changed-reloaded"));
    }

    fn keep_mine(&mut self) {
        let Some(document) = self.document_mut() else { return };
        let Some(path) = document.path.clone() else { return };
        let copy = match store::keep_copy_of_disk_version(&path) {
            Ok(copy) => copy,
            Err(error) => {
                self.error(t!("changed-copy-failed", error = error.to_string()));
                return;
            }
        };
        match document.save_overwriting() {
            Ok(()) => self.info(t!("changed-kept", path = paths::display(&copy))),
            Err(error) => self.error(error),
        }
    }

    fn compare_with_disk(&mut self) {
        let Some(document) = self.document() else { return };
        let Some(path) = document.path.clone() else { return };
        match store::load_with(&path, document.passphrase()) {
            Ok(theirs) => {
                let comparison = compare(&document.workspace, &theirs.decoded.workspace);
                self.dialog = Some(Dialog::Compare(comparison));
            }
            Err(error) => self.error(t!("changed-unreadable", error = error.to_string())),
        }
    }

    fn open_backups(&mut self) {
        let Some(document) = self.document().filter(|d| d.read_only.is_none()) else { return };
        let Some(path) = document.path.clone() else { return };
        self.dialog = Some(Dialog::Backups(store::list_backups(&path, document.passphrase())));
    }

    /// The backups dialog; returns whether it stays open.
    fn backups_ui(&mut self, ui: &mut egui::Ui, backups: &[store::Backup]) -> bool {
        ui.heading(t!("backups-title"));
        if backups.is_empty() {
            ui.label(t!("backups-none"));
        } else {
            ui.label(t!("backups-body"));
        }
        let mut restore = None;
        egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
            for backup in backups {
                let saved = backup.modified.map_or_else(
                    || t!("backups-time-unknown"),
                    |time| {
                        let time = chrono::DateTime::<chrono::Local>::from(time).naive_local();
                        t!(
                            "backups-saved-at",
                            date = crate::i18n::date_short_year(time.date()),
                            time = time.format("%H:%M").to_string()
                        )
                    },
                );
                let kilobytes = backup.size.div_ceil(1024);
                ui.separator();
                ui.horizontal(|ui| match &backup.people {
                    Ok(people) => {
                        ui.label(t!(
                            "backups-entry",
                            number = backup.number,
                            saved = saved,
                            people = *people,
                            kilobytes = kilobytes
                        ));
                        if ui.button(t!("backups-restore", number = backup.number)).clicked() {
                            restore = Some(backup.number);
                        }
                    }
                    Err(reason) => {
                        ui.label(t!(
                            "backups-unreadable",
                            number = backup.number,
                            saved = saved,
                            reason = reason.as_str()
                        ));
                    }
                });
            }
        });
        ui.add_space(8.0);
        let close = ui.button(t!("button-close")).clicked();
        if let Some(number) = restore {
            let result = self.document_mut().map(|d| d.restore_backup(number));
            match result {
                Some(Ok(())) => {
                    self.reset_views();
                    self.info(t!("backups-restored", number = number));
                }
                Some(Err(error)) => self.error(t!("backups-restore-failed", number = number, error = error)),
                None => {}
            }
            return false;
        }
        !close
    }

    fn save_as(&mut self, path: &Path) {
        let Some(document) = self.document_mut() else { return };
        match document.save_as(path) {
            Ok(()) => {
                self.remember(path);
                self.info(t!("shell-saved-as", path = paths::display(path)));
            }
            Err(error) => self.error(error),
        }
    }

    fn pick_open_path(&mut self) {
        let picked = self.native_dialog(PathPurpose::Open, |dialog| dialog.pick_file());
        match picked {
            NativeDialog::Picked(path) => self.open_now(&path),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => {
                self.dialog = Some(Dialog::PathEntry { purpose: PathPurpose::Open, text: String::new() });
            }
        }
    }

    fn pick_save_path(&mut self) {
        let picked =
            self.native_dialog(PathPurpose::SaveAs, |dialog| dialog.set_file_name("workspace.kindred").save_file());
        match picked {
            NativeDialog::Picked(path) => self.save_as(&with_extension(path, "kindred")),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => {
                let text =
                    self.document().and_then(|d| d.path.as_ref()).map(|p| p.display().to_string()).unwrap_or_default();
                self.dialog = Some(Dialog::PathEntry { purpose: PathPurpose::SaveAs, text });
            }
        }
    }

    /// Shows the system's file dialog. Without a desktop portal it returns at once with
    /// nothing; an answer faster than a person can give is taken to mean the dialog was never
    /// shown, and the in-app path entry is offered instead.
    fn native_dialog(
        &self,
        purpose: PathPurpose,
        show: impl FnOnce(rfd::FileDialog) -> Option<PathBuf>,
    ) -> NativeDialog {
        if !self.native_dialogs {
            return NativeDialog::Unavailable;
        }
        let started = Instant::now();
        let dialog = match purpose {
            PathPurpose::Open | PathPurpose::SaveAs => {
                rfd::FileDialog::new().add_filter(t!("filter-workspace"), &[purpose.extension()])
            }
            PathPurpose::Export(target) => {
                rfd::FileDialog::new().add_filter(target.format.describe(), &[purpose.extension()])
            }
            PathPurpose::Import => {
                let extensions: Vec<&str> =
                    Format::ALL.iter().filter(|f| f.imports()).map(|f| f.extension()).chain(["vcard"]).collect();
                rfd::FileDialog::new().add_filter(t!("filter-import"), &extensions)
            }
        };
        match show(dialog) {
            Some(path) => NativeDialog::Picked(path),
            None if started.elapsed() < Duration::from_millis(300) => NativeDialog::Unavailable,
            None => NativeDialog::Cancelled,
        }
    }

    fn remember(&mut self, path: &Path) {
        self.settings.remember(path);
        self.settings_dirty = true;
    }

    /// Asks whether to erase a person for good (not in present mode, not read-only).
    fn ask_erase(&mut self, id: crate::model::PersonId) {
        if self.present.is_some() {
            return;
        }
        let Some(document) = self.document().filter(|d| d.read_only.is_none()) else { return };
        self.erasure = privacy::Erasure::ask(&document.workspace, document.path.as_deref(), id);
    }

    /// The erase and passphrase dialogs, over everything else.
    fn privacy_ui(&mut self, ctx: &egui::Context) {
        if let Some(mut erasure) = self.erasure.take() {
            let shown = egui::Modal::new(egui::Id::unique("kindred_erase")).show(ctx, |ui| {
                ui.set_max_width(560.0);
                erasure.ui(ui)
            });
            let working = erasure.is_working();
            match shown.inner {
                privacy::Choice::Stay if shown.should_close() && !working => {}
                privacy::Choice::Stay => self.erasure = Some(erasure),
                privacy::Choice::Close => {}
                privacy::Choice::Erase { id, from_backups } => {
                    let Some(document) = self.document_mut() else { return };
                    match document.erase_person(id, from_backups) {
                        Ok(_) => {
                            erasure.started(document.path.is_some());
                            self.erasure = Some(erasure);
                        }
                        Err(error) => self.error(error),
                    }
                }
            }
        }
        if let Some(mut form) = self.passphrase.take() {
            let encrypted = self.document().is_some_and(|d| d.passphrase().is_some());
            let shown = egui::Modal::new(egui::Id::unique("kindred_passphrase")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                form.ui(ui, encrypted)
            });
            let working = form.is_working();
            match shown.inner {
                privacy::PassphraseChoice::Stay if shown.should_close() && !working => {}
                privacy::PassphraseChoice::Stay => self.passphrase = Some(form),
                privacy::PassphraseChoice::Close => {}
                privacy::PassphraseChoice::Set(passphrase) => {
                    let Some(document) = self.document_mut() else { return };
                    let has_file = document.path.is_some();
                    match document.set_passphrase(passphrase) {
                        Ok(()) if has_file => {
                            form.started();
                            self.passphrase = Some(form);
                        }
                        Ok(()) => form.saved(Ok(()), None),
                        Err(error) => self.error(error),
                    }
                }
            }
        }
        if self.erasure.as_ref().is_some_and(privacy::Erasure::is_working)
            || self.passphrase.as_ref().is_some_and(privacy::PassphraseForm::is_working)
        {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
    }

    /// A save ended: an erase or a new passphrase waiting for it hears how it went, with what
    /// rewriting the backups did.
    fn privacy_saved(&mut self, result: &Result<(), String>) {
        let companions = self.document_mut().and_then(Document::take_companions);
        if let Some(erasure) = self.erasure.as_mut().filter(|e| e.is_working()) {
            erasure.saved(result.clone(), companions);
        } else if let Some(form) = self.passphrase.as_mut().filter(|f| f.is_working()) {
            form.saved(result.clone(), companions);
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), error: false, view: self.view });
    }

    fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        log::error!("{text}");
        self.message = Some(Message { text, error: true, view: self.view });
    }

    /// Full screen, large, high contrast, the mask on; every view starts afresh, so that nothing
    /// a view held from before (a profile being edited) is shown.
    fn enter_present_mode(&mut self, ctx: &egui::Context) {
        if self.document().is_none() {
            return;
        }
        self.present = Some(Present::new(ctx.zoom_factor()));
        self.reset_views();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        ctx.set_visuals_of(egui::Theme::Light, present::visuals());
        ctx.set_theme(egui::ThemePreference::Light);
        ctx.set_zoom_factor(present::ZOOM);
    }

    /// Back to the window, theme and zoom from before.
    fn leave_present_mode(&mut self, ctx: &egui::Context) {
        let Some(present) = self.present.take() else { return };
        self.reset_views();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        self.apply_theme(ctx);
        ctx.set_zoom_factor(present.zoom_before);
    }

    /// The command palette: it searches what the views show (the masked copy in present mode).
    fn palette_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(mut palette) = self.palette.take() else { return };
        let (workspace, state) = match (&self.screen, self.present.as_mut()) {
            (Screen::Open(document), Some(present)) => {
                let (workspace, state) = present.workspace(&document.workspace, document.history.state());
                (Some(workspace), state)
            }
            (Screen::Open(document), None) => (Some(&*document.workspace), document.history.state()),
            _ => (None, 0),
        };
        let (chosen, close) = palette.ui(ctx, workspace, state);
        if !close {
            self.palette = Some(palette);
        }
        match chosen {
            Some(Target::Action(action)) if self.present.is_none() || action.in_present_mode() => actions.push(action),
            Some(Target::Action(_)) => self.info(t!("palette-not-in-present-mode")),
            Some(Target::Person(id)) => self.apply_intent(Intent::OpenPerson(id)),
            Some(Target::Journey(id)) => {
                self.journeys.selected = Some(id);
                self.view = View::Journeys;
            }
            Some(Target::Card(map, card)) => {
                self.journeys.select_card(map, card);
                self.view = View::Journeys;
            }
            None => {}
        }
    }

    fn reset_views(&mut self) {
        let journey = self.journeys.selected;
        self.people = PeopleView::default();
        self.milestones = MilestonesView::default();
        self.journeys = JourneysView::default();
        self.journeys.selected = journey;
        self.board = BoardView::default();
        self.insights = InsightsView::default();
        self.exercise = ExerciseView::default();
    }

    /// What a view asked for, as far as present mode allows it: with the mask on, only edits
    /// without a person's data (moves, journey maps), and nothing that opens a file dialog.
    fn allowed_in_present_mode(&self, intent: Intent) -> Option<Intent> {
        let Some(present) = &self.present else { return Some(intent) };
        match intent {
            Intent::Edit { label, edit } if present.masked => {
                crate::ops::mask::allowed_while_masked(edit).map(|edit| Intent::Edit { label, edit })
            }
            Intent::ExportJourney(_) | Intent::ImportJourney => None,
            other => Some(other),
        }
    }

    fn present_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(present) = self.present.as_mut() else { return };
        let view = self.view;
        let outcome = egui::Panel::top("present_bar").show(ui, |ui| present::bar_ui(ui, present, view)).inner;
        if let Some(view) = outcome.show {
            actions.push(Action::Show(view));
        }
        let escape = self.dialog.is_none()
            && self.import.is_none()
            && !ui.ctx().text_edit_focused()
            && ui.input(|i| i.key_pressed(egui::Key::Escape));
        if outcome.leave || escape {
            actions.push(Action::Present);
        }
    }

    /// The settings screen: the app's (language, theme, zoom) and the open workspace's (name,
    /// currency, the 29 February rule, initials in present mode). Each change applies at once;
    /// the workspace's are undoable edits. Returns whether to close.
    fn settings_ui(&mut self, ui: &mut egui::Ui, name: &mut String, currency: &mut String) -> bool {
        use crate::i18n::{self, Lang};
        use crate::model::LeapDay;
        ui.heading(t!("settings-title"));
        ui.add_space(4.0);
        ui.strong(t!("settings-app"));
        let mut theme = self.settings.theme;
        let mut language = i18n::language();
        egui::Grid::new("settings_app").num_columns(2).show(ui, |ui| {
            let label = ui.label(t!("menu-language"));
            egui::ComboBox::from_id_salt("settings_language")
                .selected_text(language.native_name())
                .show_ui(ui, |ui| {
                    for lang in Lang::ALL {
                        ui.selectable_value(&mut language, lang, lang.native_name());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            ui.label(t!("menu-theme"));
            ui.horizontal(|ui| {
                for choice in ThemeChoice::ALL {
                    ui.radio_value(&mut theme, choice, choice.label());
                }
            });
            ui.end_row();
            let label = ui.label(t!("settings-zoom"));
            let mut zoom = ui.ctx().zoom_factor();
            let slider = ui.add(egui::Slider::new(&mut zoom, 0.5..=3.0).step_by(0.1).suffix("×")).labelled_by(label.id);
            if slider.changed() {
                ui.ctx().set_zoom_factor(zoom);
            }
            ui.end_row();
        });
        if language != i18n::language() {
            i18n::set_language(language);
            self.settings.language = language.code().to_owned();
            self.settings_dirty = true;
        }
        if theme != self.settings.theme {
            self.settings.theme = theme;
            self.settings_dirty = true;
            self.apply_theme(ui.ctx());
        }
        ui.add_space(8.0);
        let document = self.document().filter(|d| d.read_only.is_none());
        let mut edits: Vec<(String, Edit)> = Vec::new();
        if let Some(workspace) = document.map(|d| &d.workspace) {
            ui.strong(t!("settings-workspace"));
            egui::Grid::new("settings_workspace").num_columns(2).show(ui, |ui| {
                let label = ui.label(t!("settings-name"));
                let field = ui.text_edit_singleline(name).labelled_by(label.id);
                if field.lost_focus() && name.trim() != workspace.name {
                    edits.push((t!("settings-name-label"), Edit::RenameWorkspace(name.trim().to_owned())));
                }
                ui.end_row();
                let label = ui.label(t!("settings-currency"));
                let field = ui
                    .add(egui::TextEdit::singleline(currency).char_limit(3).desired_width(60.0))
                    .labelled_by(label.id)
                    .on_hover_text(t!("settings-currency-hint"));
                let code = currency.trim().to_uppercase();
                if field.lost_focus() && code != workspace.currency {
                    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
                        edits.push((t!("settings-currency-label"), Edit::SetCurrency(code)));
                    } else {
                        *currency = workspace.currency.clone();
                    }
                }
                ui.end_row();
                let mut settings = workspace.settings.clone();
                let label = ui.label(t!("settings-leap-day"));
                let rule_name =
                    |rule| if rule == LeapDay::March1 { t!("settings-march-1") } else { t!("settings-february-28") };
                egui::ComboBox::from_id_salt("settings_leap_day")
                    .selected_text(rule_name(settings.leap_day))
                    .show_ui(ui, |ui| {
                        for rule in [LeapDay::February28, LeapDay::March1] {
                            ui.selectable_value(&mut settings.leap_day, rule, rule_name(rule));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
                ui.label(t!("settings-present"));
                ui.checkbox(&mut settings.present_initials, t!("settings-initials"));
                ui.end_row();
                let days = 0..=crate::model::WorkspaceSettings::MAX_REMIND_DAYS;
                let label = ui.label(t!("settings-remind"));
                ui.add(
                    egui::DragValue::new(&mut settings.remind_days)
                        .range(days.clone())
                        .suffix(t!("settings-days-suffix")),
                )
                .labelled_by(label.id)
                .on_hover_text(t!("settings-remind-hint"));
                ui.end_row();
                let label = ui.label(t!("settings-family-remind"));
                ui.add(
                    egui::DragValue::new(&mut settings.family_remind_days)
                        .range(days)
                        .suffix(t!("settings-days-suffix")),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t!("settings-retention"));
                let months_name = |months: u16| {
                    if months == 0 {
                        t!("settings-retention-off")
                    } else {
                        t!("settings-retention-months", count = months)
                    }
                };
                egui::ComboBox::from_id_salt("settings_retention")
                    .selected_text(months_name(settings.retention_months))
                    .show_ui(ui, |ui| {
                        for months in [0, 6, 12, 24, 36, 60] {
                            ui.selectable_value(&mut settings.retention_months, months, months_name(months));
                        }
                    })
                    .response
                    .labelled_by(label.id)
                    .on_hover_text(t!("settings-retention-hint"));
                ui.end_row();
                if settings != workspace.settings {
                    edits.push((t!("settings-workspace-label"), Edit::ChangeSettings(Box::new(settings))));
                }
            });
        } else {
            ui.weak(t!("settings-no-workspace"));
        }
        for (label, edit) in edits {
            self.apply_intent(Intent::Edit { label, edit });
        }
        ui.add_space(8.0);
        ui.button(t!("button-close")).clicked()
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        let high_contrast = self.settings.theme == ThemeChoice::HighContrast;
        ctx.set_visuals_of(egui::Theme::Light, if high_contrast { present::visuals() } else { egui::Visuals::light() });
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light | ThemeChoice::HighContrast => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }

    fn after_frame(&mut self, ctx: &egui::Context) {
        let title = self.document().map_or_else(|| "Kindred".to_owned(), Document::window_title);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let zoom = ctx.zoom_factor();
        // The zoom set on entering present mode takes effect next frame: not checked before.
        let entering = self.present.as_mut().is_some_and(|p| std::mem::take(&mut p.entering));
        if self.present.is_some() {
            // Present mode keeps to its range, and its zoom is not the one remembered.
            let clamped = zoom.clamp(*present::ZOOM_RANGE.start(), *present::ZOOM_RANGE.end());
            if !entering && (clamped - zoom).abs() > f32::EPSILON {
                ctx.set_zoom_factor(clamped);
            }
        } else if (zoom - self.settings.zoom).abs() > f32::EPSILON {
            self.settings.zoom = zoom;
            self.settings_dirty = true;
        }
        // Saves and autosaves write on their own thread; here is where they are heard back from.
        if let Some((written, result)) = self.document_mut().and_then(Document::poll_writing) {
            self.heard(written, result);
        }
        if self.document().is_some_and(Document::is_writing) {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
        let now = Instant::now();
        let autosave = self.document_mut().map(|d| (d.autosave_recovery(now), d.next_autosave_in(now)));
        if let Some((result, next)) = autosave {
            if let Err(error) = result {
                self.error(t!("shell-autosave-failed", error = error.to_string()));
            }
            if let Some(wait) = next {
                ctx.request_repaint_after(wait.max(Duration::from_millis(100)));
            }
        }
        if self.settings_dirty {
            self.settings_dirty = false;
            if let Some(path) = &self.settings_path {
                if let Err(error) = self.settings.save(path) {
                    log::warn!("settings not saved: {error}");
                }
            }
        }
    }

    /// The window's title as last sent.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The open workspace, for tests and tools.
    /// Waits for a save or autosave under way to be on disk; whether it got there (an error is
    /// shown when it did not). Before leaving a workspace, and in tests.
    pub fn finish_writing(&mut self) -> bool {
        let mut all_well = true;
        // A failed save starts writing the recovery file: that is waited for too.
        while let Some((written, result)) = self.document_mut().and_then(Document::finish) {
            all_well &= self.heard(written, result);
        }
        all_well
    }

    /// Tells the person how a write ended; whether it succeeded.
    fn heard(&mut self, written: Written, result: Result<(), String>) -> bool {
        if written == Written::Saved {
            self.privacy_saved(&result);
        }
        let recovery = self.document().and_then(|d| d.path.as_deref()).map(paths::recovery_path);
        match (written, result) {
            (Written::Saved, Ok(())) => {
                self.info(t!("shell-saved"));
                true
            }
            (Written::Saved, Err(error)) => {
                self.error(error);
                false
            }
            (Written::Recovery, Err(error)) => {
                self.error(t!("shell-autosave-failed", error = error));
                false
            }
            (Written::Recovery, Ok(())) => true,
            (Written::Rescue(failed), Ok(())) => {
                let kept = recovery.map(|p| paths::display(&p)).unwrap_or_default();
                self.error(t!("shell-save-failed-rescued", error = failed, recovery = kept));
                false
            }
            (Written::Rescue(failed), Err(error)) => {
                self.error(t!("shell-save-failed-memory-only", error = failed, recovery = error));
                false
            }
        }
    }

    /// Makes the open workspace's later saves and recovery writes fail as `faults` says: for
    /// tests of what a person is told.
    #[doc(hidden)]
    pub fn inject_faults(&mut self, faults: super::document::Faults) {
        if let Some(document) = self.document_mut() {
            document.inject_faults(faults);
        }
    }

    /// Whether the open workspace has unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.document().is_some_and(Document::is_dirty)
    }

    /// Why the open workspace is read-only, if it is, in the current language.
    pub fn read_only(&self) -> Option<String> {
        self.document().and_then(|d| d.read_only.as_ref()).map(ToString::to_string)
    }

    pub fn workspace(&self) -> Option<&Workspace> {
        self.document().map(|d| &*d.workspace)
    }
}

enum NativeDialog {
    Picked(PathBuf),
    Cancelled,
    Unavailable,
}

/// `path`, with `extension` added when it has none.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension(extension) }
}

fn failed_ui(ui: &mut egui::Ui, message: &str, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(t!("failed-title"));
        ui.add_space(8.0);
        ui.label(message);
        ui.label(t!("failed-unchanged"));
        ui.add_space(16.0);
        // One under the other, centred under the message (a row would sit at the left edge).
        for action in [Action::Open, Action::OpenPath, Action::New] {
            if ui.button(action.label()).clicked() {
                actions.push(action);
            }
        }
    });
}

fn comparison_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    if comparison.is_empty() {
        ui.label(t!("compare-same"));
        return;
    }
    if comparison.name_changed {
        ui.label(t!("compare-name"));
    }
    let groups = [
        (&comparison.people_only_mine, t!("compare-people-mine", count = comparison.people_only_mine.len())),
        (&comparison.people_only_theirs, t!("compare-people-theirs", count = comparison.people_only_theirs.len())),
        (&comparison.people_changed, t!("compare-people-changed", count = comparison.people_changed.len())),
        (&comparison.journeys_only_mine, t!("compare-maps-mine", count = comparison.journeys_only_mine.len())),
        (&comparison.journeys_only_theirs, t!("compare-maps-theirs", count = comparison.journeys_only_theirs.len())),
        (&comparison.journeys_changed, t!("compare-maps-changed", count = comparison.journeys_changed.len())),
    ];
    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
        for (names, title) in groups {
            if !names.is_empty() {
                ui.strong(title);
                ui.label(names.join(", "));
            }
        }
    });
}

impl eframe::App for KindredApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
