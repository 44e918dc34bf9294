//! The app shell: the frame, its screens and the navigation between views, and the loop that
//! carries out what the person asked for once the frame is drawn.
//!
//! Whatever is drawn — a view, a menu, a dialog, a screen — only says what the person chose:
//! an [`Action`] for the shell, an [`Intent`] from a view. Both are gathered while the frame
//! draws ([`Asked`]) and carried out after it by [`KindredApp::perform`] and
//! [`KindredApp::apply_intent`]. One file per concern:
//! - `menus`: the menu bar, the keyboard's shortcuts, the command palette;
//! - `dialogs`: the modal dialogs' contents, each answering with actions;
//! - `settings`: the settings dialog, and the preferences it and the menus change;
//! - `files`: opening (on a thread), saving, recovery, backups, locks, a file changed on disk;
//! - `transfer`: import and export, files dropped on the window;
//! - `file_dialogs`: the system's file dialogs and the path entry that stands in for them;
//! - `privacy_dialogs`: erasing a person and the passphrase, and hearing how their save went;
//! - `present_mode`: entering and leaving, its bar, what passes its mask;
//! - `sync`: the calendar and contacts server: its settings, the sync on a thread.

mod conflicts;
mod dialogs;
mod file_dialogs;
mod files;
mod menus;
mod merging;
mod present_mode;
mod privacy_dialogs;
mod reminders;
mod settings;
mod sync;
mod transfer;

use super::action::{Action, Then, View};
use super::document::{Document, ReadOnly};
use super::import::ImportSession;
use super::palette::Palette;
use super::present::Present;
use super::privacy;
use super::settings::Settings;
use super::views::accounts::AccountsView;
use super::views::exercise::ExerciseView;
use super::views::insights::InsightsView;
use super::views::milestones::{self, MilestonesView};
use super::views::today::TodayView;
use super::views::{board::BoardView, journeys::JourneysView, people::PeopleView};
use super::{Intent, sample_workspace};
use crate::model::Workspace;
use crate::ops::Edit;
use crate::ops::upcoming::Occurrence;
use crate::store::OpenError;
use crate::store::crypt::Passphrase;
use crate::store::paths;
use crate::t;
use dialogs::Dialog;
use file_dialogs::PathPurpose;
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
/// What the reading thread makes ready beside a workspace it read, so that the frame that first
/// shows it does not go through everyone: the People list's rows and the milestones due (for the
/// banner), for the state and the day it was read on.
struct Prepared {
    revision: u64,
    today: chrono::NaiveDate,
    due: Vec<Occurrence>,
    rows: super::views::people::PreparedRows,
}

impl Prepared {
    fn of(document: &Document) -> Self {
        let (revision, today) = (document.history.state(), chrono::Local::now().date_naive());
        Prepared {
            revision,
            today,
            due: crate::ops::upcoming::due(&document.workspace, today),
            rows: super::views::people::PreparedRows::of(&document.workspace, revision, today),
        }
    }
}

struct Loading {
    path: PathBuf,
    /// People read so far.
    read: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    done: std::sync::mpsc::Receiver<(Result<Document, OpenError>, Option<Prepared>)>,
    /// The passphrase tried, if the file is encrypted.
    passphrase: Option<Passphrase>,
}

struct Message {
    text: String,
    error: bool,
    /// The view it was said in: a note ("Undone: …") goes when another view is shown; an
    /// error stays until dismissed.
    view: View,
}

/// What the person asked for while a frame was drawn, carried out after it.
#[derive(Default)]
struct Asked {
    actions: Vec<Action>,
    intents: Vec<Intent>,
}

/// The views of an open workspace, each with what it keeps between frames.
#[derive(Default)]
struct Views {
    today: TodayView,
    people: PeopleView,
    accounts: AccountsView,
    milestones: MilestonesView,
    journeys: JourneysView,
    board: BoardView,
    insights: InsightsView,
    exercise: ExerciseView,
}

impl Views {
    /// Draws `view` of `workspace` (the masked copy in present mode); what it asks for.
    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: View,
        workspace: &Workspace,
        revision: u64,
        editable: bool,
    ) -> Vec<Intent> {
        let today = chrono::Local::now().date_naive();
        let central = |ui: &mut egui::Ui, draw: &mut dyn FnMut(&mut egui::Ui) -> Vec<Intent>| {
            egui::CentralPanel::default().show(ui, |ui| draw(ui)).inner
        };
        match view {
            View::Today => central(ui, &mut |ui| self.today.ui(ui, workspace, revision, today, editable)),
            // People lays out its own panels (the list beside the profile).
            View::People => self.people.ui(ui, workspace, revision, editable),
            // Accounts lays out its own panels too (the list beside the account page).
            View::Accounts => self.accounts.ui(ui, workspace, revision, today, editable),
            View::Milestones => central(ui, &mut |ui| self.milestones.ui(ui, workspace, revision, today, editable)),
            View::Journeys => central(ui, &mut |ui| self.journeys.ui(ui, workspace, revision, today, editable)),
            View::Board => central(ui, &mut |ui| self.board.ui(ui, workspace, revision, today, editable)),
            View::Exercise => central(ui, &mut |ui| self.exercise.ui(ui, workspace, revision, today, editable)),
            View::Insights => central(ui, &mut |ui| self.insights.ui(ui, workspace, revision, today)),
        }
    }
}

pub struct KindredApp {
    settings: Settings,
    settings_path: Option<PathBuf>,
    settings_dirty: bool,
    screen: Screen,
    view: View,
    views: Views,
    /// What was due when the workspace opened ("Today: … turns 50"), and the day, until
    /// dismissed; the banner's text is made from it each frame, so that it follows a change of
    /// language.
    milestone_banner: Option<MilestoneBanner>,
    /// Made ready by the reading thread for the workspace it read, until it is shown.
    prepared: Option<Prepared>,
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
    /// `KINDRED_FRAME_LOG`'s file, when it asks for one (the app's own start only).
    frame_log: Option<super::frame_log::FrameLog>,
    /// The calendar and contacts server: its settings form, the sync's thread and status.
    sync: sync::SyncState,
    /// Whether opening a workspace sends the day's desktop notification (the app's own start;
    /// not tests and benches, which make the app with [`KindredApp::new`]).
    remind_on_open: bool,
    /// Looking at the file for other computers' changes, and merging them in.
    merging: merging::Merging,
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
            views: Views::default(),
            milestone_banner: None,
            prepared: None,
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
            frame_log: None,
            sync: sync::SyncState::default(),
            remind_on_open: false,
            merging: merging::Merging::default(),
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
        app.frame_log = super::frame_log::FrameLog::from_env();
        app.remind_on_open = true;
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
        let mut asked = Asked { actions: self.shortcuts(&ctx), intents: Vec::new() };
        if self.present.is_some() {
            self.present_bar_ui(ui, &mut asked.actions);
        } else {
            self.menu_ui(ui, &mut asked.actions);
        }
        self.message_ui(ui);
        self.sync_status_ui(ui);
        self.screen_ui(ui, &mut asked);
        self.dialog_ui(&ctx, &mut asked);
        self.privacy_ui(&ctx);
        self.palette_ui(&ctx, &mut asked);
        self.import_ui(&ctx);
        self.sync_form_ui(&ctx);
        self.dropped_files_ui(&ctx);
        self.handle_close_request(&ctx);
        for intent in asked.intents {
            match self.allowed_in_present_mode(intent) {
                Some(intent) => self.apply_intent(intent),
                None => self.info(t!("present-not-while-masked")),
            }
        }
        for action in asked.actions {
            self.perform(&ctx, action);
        }
        self.after_frame(&ctx);
    }

    /// What fills the window below the menus: a workspace's views, or a screen instead of one.
    fn screen_ui(&mut self, ui: &mut egui::Ui, asked: &mut Asked) {
        let actions = &mut asked.actions;
        match &mut self.screen {
            Screen::Welcome { path } => {
                egui::CentralPanel::default().show(ui, |ui| welcome_ui(ui, path, actions));
            }
            Screen::Failed { message } => {
                egui::CentralPanel::default().show(ui, |ui| failed_ui(ui, message, actions));
            }
            Screen::Unlock { path, text, problem } => {
                let name = file_name(path);
                let unlock = egui::CentralPanel::default()
                    .show(ui, |ui| privacy::unlock_ui(ui, &name, text, problem.as_deref()))
                    .inner;
                actions.extend(unlock);
            }
            Screen::Loading(loading) => {
                let read = loading.read.load(std::sync::atomic::Ordering::Relaxed);
                let name = file_name(&loading.path);
                egui::CentralPanel::default().show(ui, |ui| loading_ui(ui, &name, read));
            }
            Screen::Open(_) => self.workspace_ui(ui, asked),
        }
    }

    /// An open workspace: the navigation, the banners, the view shown.
    fn workspace_ui(&mut self, ui: &mut egui::Ui, asked: &mut Asked) {
        let Screen::Open(document) = &self.screen else { return };
        let presenting = self.present.is_some();
        let masked = self.present.as_ref().is_some_and(|present| present.masked);
        // Present mode has the views in its bar.
        if !presenting {
            navigation_ui(ui, self.view, &mut asked.actions);
        }
        if let Some(reason) = &document.read_only {
            read_only_ui(ui, reason, masked, presenting, &mut asked.actions);
        }
        if !presenting {
            milestone_banner_ui(ui, &mut self.milestone_banner, &mut asked.actions);
            if document.read_only.is_none() {
                merging::conflicts_banner_ui(ui, document.workspace.conflicts.len(), &mut asked.actions);
            }
        }
        let views = &mut self.views;
        views.journeys.fit_to_screen = presenting;
        views.people.masked = masked;
        let changes = document.history.changes();
        views.milestones.changes = changes.clone();
        views.today.changes = changes.clone();
        views.board.changes = changes.clone();
        views.journeys.changes = changes.clone();
        views.accounts.changes = changes.clone();
        views.people.changes = changes;
        views.accounts.masked = masked;
        views.board.masked = masked;
        views.insights.masked = masked;
        views.board.present = presenting;
        let editable = document.read_only.is_none();
        let (workspace, revision) = match self.present.as_mut() {
            Some(present) => present.workspace(&document.workspace, document.history.state()),
            None => (&*document.workspace, document.history.state()),
        };
        asked.intents.extend(views.ui(ui, self.view, workspace, revision, editable));
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

    /// The open dialog, if any; it stays open until its contents or Esc close it.
    fn dialog_ui(&mut self, ctx: &egui::Context, asked: &mut Asked) {
        let Some(mut dialog) = self.dialog.take() else { return };
        let mut keep = true;
        let (document, theme) = (self.document(), self.settings.theme);
        let modal = egui::Modal::new(egui::Id::unique("kindred_dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            keep = dialog.ui(ui, document, theme, asked);
        });
        if modal.should_close() && dialog.closes_outside() {
            keep = false;
        }
        if keep {
            self.dialog = Some(dialog);
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

    /// Carries out what a view asked for.
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
                self.views.people.select(id);
            }
            Intent::OpenOrganisation(id) => {
                self.view = View::Accounts;
                self.views.accounts.select(id);
            }
            Intent::ExportJourney(id) => {
                let target = self.export_target(crate::interop::formats::Format::KindredJourney, Some(id), None);
                self.pick_export(target);
            }
            Intent::ExportBoard(id, format) => self.pick_export(self.export_target(format, Some(id), None)),
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

    /// Carries out an action, from wherever it was asked for.
    fn perform(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => self.ask_unsaved_then(Then::New),
            Action::NewPerson => {
                if matches!(&self.screen, Screen::Open(d) if d.read_only.is_none()) {
                    self.view = View::People;
                    self.views.people.new_person();
                }
            }
            Action::AddFollowUp => {
                if matches!(&self.screen, Screen::Open(d) if d.read_only.is_none()) {
                    self.view = View::Today;
                    self.views.today.focus_add();
                }
            }
            Action::RemindAtLogin(on) => self.remind_at_login(on),
            Action::Open => self.ask_unsaved_then(Then::PickAndOpen),
            Action::OpenPath => self.dialog = Some(Dialog::path_entry(PathPurpose::Open, String::new())),
            Action::OpenFile(path) => self.ask_unsaved_then(Then::Open(path)),
            Action::CreateWorkspace { path, sample } => self.create_workspace(&path, sample),
            Action::Unlock => self.unlock(),
            Action::CancelUnlock => self.screen = Screen::Failed { message: t!("passphrase-not-opened") },
            Action::Save => {
                self.save_now();
            }
            Action::SaveAs => self.pick_save_path(),
            Action::SaveTo(path) => self.save_as(&path),
            Action::SaveThen(then) => {
                if self.save_now() && self.finish_writing() {
                    self.continue_with(ctx, then);
                }
            }
            Action::DiscardThen(then) => {
                self.discard_recovery();
                self.continue_with(ctx, then);
            }
            Action::RestoreRecovery => self.restore_recovery(),
            Action::DiscardRecovery => self.discard_recovery(),
            Action::TakeOverLock(seen) => self.take_over_lock(seen.as_ref()),
            Action::Reload => self.reload(),
            Action::KeepMine => self.keep_mine(),
            Action::CompareWithDisk => self.compare_with_disk(),
            Action::Backups => self.open_backups(),
            Action::RestoreBackup(number) => self.restore_backup(number),
            Action::RepairIds => self.ask_repair_ids(),
            Action::Conflicts => {
                if self.document().is_some_and(|d| d.read_only.is_none()) && self.present.is_none() {
                    self.dialog = Some(Dialog::Conflicts);
                }
            }
            Action::ChooseConflict { conflict, theirs } => self.choose_conflict(conflict, theirs),
            Action::RenewIds => self.renew_duplicate_ids(),
            Action::Import => self.pick_import(),
            Action::ImportFrom(path) => self.start_import(&path),
            Action::Export(target) => self.pick_export(target),
            Action::ExportTo(target, path) => self.export(&target, &path),
            Action::Passphrase => {
                if self.document().is_some_and(|d| d.read_only.is_none()) {
                    self.passphrase = Some(privacy::PassphraseForm::default());
                }
            }
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
            Action::SetZoom(zoom) => ctx.set_zoom_factor(zoom),
            Action::SetLanguage(lang) => self.set_language(lang),
            Action::SetTheme(choice) => self.set_theme(ctx, choice),
            Action::Settings => {
                let path = self.document().and_then(|d| d.path.as_deref());
                let dialog = settings::SettingsDialog::new(self.workspace(), path, &self.settings.user_name);
                self.dialog = Some(Dialog::Settings(dialog));
            }
            Action::SetUserName(name) => {
                if name != self.settings.user_name {
                    self.settings.user_name.clone_from(&name);
                    self.settings_dirty = true;
                }
                if let Some(document) = self.document_mut() {
                    document.set_user_name(&name);
                }
            }
            Action::About => self.dialog = Some(Dialog::About),
            Action::Palette => self.palette = Some(Palette::default()),
            Action::Present => match self.present {
                Some(_) => self.leave_present_mode(ctx),
                None => self.enter_present_mode(ctx),
            },
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::ServerSettings => self.open_server_settings(),
            Action::SyncNow => self.sync_now(),
        }
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

    fn set_document(&mut self, mut document: Document) {
        document.set_user_name(&self.settings.user_name);
        let exercise = std::mem::take(&mut self.views.exercise);
        self.views = Views { exercise, ..Views::default() };
        let today = chrono::Local::now().date_naive();
        // What the reading thread made ready, if it is for this state of the workspace and today.
        let prepared = self.prepared.take().filter(|p| p.revision == document.history.state() && p.today == today);
        let due = match prepared {
            Some(Prepared { due, rows, .. }) => {
                self.views.people.take_rows(rows);
                due
            }
            None => crate::ops::upcoming::due(&document.workspace, today),
        };
        self.milestone_banner = (!due.is_empty()).then_some(MilestoneBanner { due, today, worded: None });
        self.screen = Screen::Open(Box::new(document));
        self.sync_at_start();
        if self.remind_on_open {
            self.remind_once();
        }
    }

    /// Every view starts afresh (the journey map shown stays shown).
    fn reset_views(&mut self) {
        let journey = self.views.journeys.selected;
        self.views = Views::default();
        self.views.journeys.selected = journey;
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), error: false, view: self.view });
    }

    fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        log::error!("{text}");
        self.message = Some(Message { text, error: true, view: self.view });
    }

    /// What follows every frame: the title, the zoom kept, writes heard back from, autosave,
    /// the preferences saved.
    fn after_frame(&mut self, ctx: &egui::Context) {
        let title = self.document().map_or_else(|| "Kindred".to_owned(), Document::window_title);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let zoom = ctx.zoom_factor();
        if self.present.is_some() {
            self.keep_present_zoom(ctx);
        } else if (zoom - self.settings.zoom).abs() > f32::EPSILON {
            self.settings.zoom = zoom;
            self.settings_dirty = true;
        }
        // Other computers' changes, merged in on a thread.
        self.watch_disk(ctx);
        // Saves and autosaves write on their own thread; here is where they are heard back from.
        if let Some((written, result)) = self.document_mut().and_then(Document::poll_writing) {
            let saved = written == super::document::Written::Saved && result.is_ok();
            self.heard(written, result);
            if saved {
                self.push_after_save();
            }
        }
        self.poll_sync(ctx);
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

    /// Where the open workspace's common versions are kept (`None`: nowhere): for tests, a
    /// folder of their own rather than the user's data folder.
    #[doc(hidden)]
    pub fn use_bases(&mut self, bases: Option<crate::store::base::Bases>) {
        if let Some(document) = self.document_mut() {
            document.use_bases(bases);
        }
    }

    /// The window's title as last sent.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Makes the open workspace's later saves and recovery writes fail as `faults` says: for
    /// tests of what a person is told.
    #[doc(hidden)]
    pub fn inject_faults(&mut self, faults: super::document::Faults) {
        if let Some(document) = self.document_mut() {
            document.inject_faults(faults);
        }
    }

    /// The open workspace's state number (`History::state`): it changes with every edit, undo
    /// and redo. For benches and tests that must know an edit happened.
    #[doc(hidden)]
    pub fn state(&self) -> Option<u64> {
        self.document().map(|d| d.history.state())
    }

    /// Whether the open workspace has unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.document().is_some_and(Document::is_dirty)
    }

    /// Why the open workspace is read-only, if it is, in the current language.
    pub fn read_only(&self) -> Option<String> {
        self.document().and_then(|d| d.read_only.as_ref()).map(ToString::to_string)
    }

    /// The open workspace, for tests and tools.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.document().map(|d| &*d.workspace)
    }
}

impl eframe::App for KindredApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        match self.frame_log.take() {
            Some(mut log) => {
                log.time(self.view.code(), || self.show(ui));
                self.frame_log = Some(log);
            }
            None => self.show(ui),
        }
    }
}

/// The name of the file at `path`, for a heading.
fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The views, one under the other at the left.
fn navigation_ui(ui: &mut egui::Ui, shown: View, actions: &mut Vec<Action>) {
    egui::Panel::left("navigation").resizable(false).exact_size(120.0).show(ui, |ui| {
        ui.add_space(6.0);
        for view in View::ALL {
            if ui.selectable_label(shown == view, view.label()).clicked() {
                actions.push(Action::Show(view));
            }
        }
    });
}

/// Why the workspace is read-only; the repair of ids held twice, where it may be asked for.
fn read_only_ui(ui: &mut egui::Ui, reason: &ReadOnly, masked: bool, presenting: bool, actions: &mut Vec<Action>) {
    // Present mode's mask shows no one's name, nor a way to change people.
    let text = if masked { reason.masked() } else { reason.to_string() };
    let repairable = reason.is_duplicate_ids() && !presenting;
    egui::Panel::top("read_only_banner").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(ui.visuals().warn_fg_color, t!("shell-read-only", reason = text));
            if repairable && ui.button(Action::RepairIds.label()).clicked() {
                actions.push(Action::RepairIds);
            }
        });
    });
}

/// What was due when the workspace opened, and its line as last worded: in every frame until
/// it is shown or dismissed, it is worded again only in another language.
struct MilestoneBanner {
    due: Vec<Occurrence>,
    today: chrono::NaiveDate,
    worded: Option<(crate::i18n::Lang, Option<String>)>,
}

/// What was due when the workspace opened, until it is shown or dismissed.
fn milestone_banner_ui(ui: &mut egui::Ui, banner: &mut Option<MilestoneBanner>, actions: &mut Vec<Action>) {
    let Some(MilestoneBanner { due, today, worded }) = banner.as_mut() else { return };
    let language = crate::i18n::language();
    if worded.as_ref().is_none_or(|(lang, _)| *lang != language) {
        *worded = Some((language, milestones::banner_text(due, *today)));
    }
    let Some((_, Some(text))) = worded.as_ref() else { return };
    let (mut show, mut dismiss) = (false, false);
    egui::Panel::top("milestone_banner").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(format!("🎂 {text}"));
            show = ui.button(t!("button-show")).accessible_name(t!("shell-show-milestones")).clicked();
            dismiss = ui.small_button(t!("button-dismiss")).accessible_name(t!("shell-dismiss-reminder")).clicked();
        });
    });
    if show {
        actions.push(Action::Show(View::Milestones));
    }
    if show || dismiss {
        *banner = None;
    }
}

fn welcome_ui(ui: &mut egui::Ui, path: &Path, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.heading(t!("welcome-title"));
        ui.label(t!("welcome-line-1"));
        ui.label(t!("welcome-line-2"));
        ui.add_space(16.0);
        ui.label(t!("welcome-kept-in", path = paths::display(path)));
        ui.add_space(16.0);
        for sample in [false, true] {
            let create = Action::CreateWorkspace { path: path.to_path_buf(), sample };
            if ui.button(create.label()).clicked() {
                actions.push(create);
            }
        }
    });
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

fn loading_ui(ui: &mut egui::Ui, name: &str, read: usize) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(t!("loading-title", file = name));
        ui.add_space(8.0);
        ui.spinner();
        ui.label(t!("loading-people", count = read));
    });
}
