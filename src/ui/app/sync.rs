//! The sync with the workspace's calendar and contacts server, in the window: the settings
//! form (`ui::sync`), and the work on a thread of its own, heard back after each frame as
//! saves are. A push follows each save and a push and pull follow opening the workspace;
//! *Sync now* does both at once. The window never waits: the thread reads the keyring, talks
//! to the server and keeps what a push remembers; what a pull read is applied here, as one
//! undoable edit matched as an import matches, and remembered once the workspace is saved
//! with it (so a crash or a discarded change reads the same cards again, matched again). A server that cannot
//! be reached, or answers that it is failing, is tried again later (from a minute up to a
//! quarter of an hour); nothing of the workspace is ever lost, since every push starts from
//! the workspace as it is.

use super::KindredApp;
use crate::model::Workspace;
use crate::store::sync_state;
use crate::sync::discover::Found;
use crate::sync::pull::Pulled;
use crate::sync::push::Summary;
use crate::sync::state::State;
use crate::sync::{self, Client, Credentials, Error};
use crate::t;
use crate::ui::sync::{Keyring, ServerAsk, ServerForm, ServerSettings, Status};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// The first wait before a server that could not be reached is tried again; it doubles up to
/// [`LONGEST_WAIT`].
const FIRST_WAIT: Duration = Duration::from_secs(60);
const LONGEST_WAIT: Duration = Duration::from_secs(15 * 60);

/// The sync's state in the app.
#[derive(Default)]
pub(super) struct SyncState {
    /// The settings form, while it is open.
    form: Option<ServerForm>,
    job: Option<Job>,
    status: Option<Status>,
    keyring: Keyring,
    /// Passwords typed in this run, by user and server: what is used when there is no keyring.
    typed: HashMap<String, String>,
    /// Whether the keyring is left alone (tests, and a system without one).
    no_keyring: bool,
    /// When to try again, what, and the wait after that.
    retry: Option<(Instant, Work, Duration)>,
    /// A push asked for while another job ran.
    push_waiting: bool,
    /// What a pull applied read, to remember once the workspace is saved with it (the
    /// workspace's path, the address book, the state).
    pulled: Option<(PathBuf, String, State)>,
}

/// What a job does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Work {
    Find,
    Push,
    Both,
}

struct Job {
    work: Work,
    /// The workspace it is for.
    path: PathBuf,
    heard: mpsc::Receiver<Heard>,
}

/// What the thread says.
enum Heard {
    /// The keyring could not be reached (why).
    NoKeyring(String),
    NoPassword,
    Found(Result<Found, Error>),
    Pushed(Result<Summary, Error>),
    Pulled(Result<Pulled, Error>),
}

/// What a job needs, handed to its thread.
struct Order {
    work: Work,
    settings: ServerSettings,
    workspace: Arc<Workspace>,
    path: PathBuf,
    /// A password typed in this run, if any.
    typed: Option<String>,
    /// Whether a password typed is to be kept in the keyring, and one looked up there.
    keyring: bool,
    lang: crate::i18n::Lang,
}

fn password_key(settings: &ServerSettings) -> String {
    format!("{}\u{1f}{}", settings.user.trim(), settings.address.trim())
}

impl KindredApp {
    /// The open workspace's path and its server's settings, if it has a server.
    fn server(&self) -> Option<(PathBuf, ServerSettings)> {
        let path = self.document()?.path.clone()?;
        let settings = self.settings.servers.get(&server_key(&path))?.clone();
        Some((path, settings))
    }

    /// Opens the settings form of the open workspace's server.
    pub(super) fn open_server_settings(&mut self) {
        let Some(path) = self.document().and_then(|d| d.path.clone()) else { return };
        self.dialog = None;
        let settings = self.settings.servers.get(&server_key(&path)).cloned().unwrap_or_default();
        self.sync.form = Some(ServerForm::new(settings));
    }

    /// Leaves the keyring alone: a password typed is kept only until the app closes (for
    /// tests, which must not write to the keyring of the computer they run on).
    #[doc(hidden)]
    pub fn without_keyring(&mut self) {
        self.sync.no_keyring = true;
        self.sync.keyring = Keyring::Missing(t!("server-keyring-off"));
    }

    /// The line of the sync's status at the bottom of the window, while there is one.
    pub(super) fn sync_status_ui(&mut self, ui: &mut egui::Ui) {
        let Some(status) = &self.sync.status else { return };
        if self.present.is_some() || self.sync.form.is_some() {
            return;
        }
        let mut dismiss = false;
        egui::Panel::bottom("sync_status").show(ui, |ui| {
            ui.horizontal(|ui| {
                crate::ui::sync::status_ui(ui, status);
                dismiss = ui.small_button(t!("button-dismiss")).accessible_name(t!("server-dismiss-status")).clicked();
            });
        });
        if dismiss {
            self.sync.status = None;
        }
    }

    /// The settings form, while it is open.
    pub(super) fn sync_form_ui(&mut self, ctx: &egui::Context) {
        let Some(mut form) = self.sync.form.take() else { return };
        let busy = self.sync.job.is_some();
        let (status, keyring) = (self.sync.status.as_ref(), &self.sync.keyring);
        let mut asked = None;
        let modal = egui::Modal::new(egui::Id::unique("server_settings")).show(ctx, |ui| {
            ui.set_max_width(620.0);
            asked = form.ui(ui, status, keyring, busy);
        });
        if modal.should_close() && asked.is_none() {
            asked = Some(ServerAsk::Close);
        }
        match asked {
            None => self.sync.form = Some(form),
            Some(ServerAsk::Close) => {}
            Some(ServerAsk::Keep(settings, password)) => {
                self.keep_server(settings, password);
            }
            Some(ServerAsk::Find(settings, password)) => {
                self.keep_server(settings, password);
                self.sync.form = Some(form);
                self.start_sync(Work::Find);
            }
            Some(ServerAsk::SyncNow(settings, password)) => {
                self.keep_server(settings, password);
                self.sync.form = Some(form);
                self.start_sync(Work::Both);
            }
        }
    }

    /// Keeps the open workspace's server settings, and a password typed for this run (the
    /// thread puts it in the keyring).
    fn keep_server(&mut self, settings: ServerSettings, password: Option<String>) {
        let Some(path) = self.document().and_then(|d| d.path.clone()) else { return };
        if let Some(password) = password {
            self.sync.typed.insert(password_key(&settings), password);
        }
        if self.settings.servers.get(&server_key(&path)) != Some(&settings) {
            self.settings.servers.insert(server_key(&path), settings);
            self.settings_dirty = true;
        }
    }

    /// *Sync now*: push and pull.
    pub(super) fn sync_now(&mut self) {
        if self.server().is_some_and(|(_, s)| s.is_set()) {
            self.start_sync(Work::Both);
        } else {
            self.open_server_settings();
        }
    }

    /// After a save: what a pull added is remembered once it is on disk, and the changes go to
    /// the calendar (and the people to the address book).
    pub(super) fn push_after_save(&mut self) {
        let saved_clean = self.document().is_some_and(|d| !d.is_dirty());
        let path = self.document().and_then(|d| d.path.clone());
        if saved_clean && self.sync.pulled.as_ref().is_some_and(|(at, _, _)| Some(at) == path.as_ref()) {
            if let Some((workspace, book, state)) = self.sync.pulled.take() {
                remember(workspace, book, state);
            }
        }
        if !self.server().is_some_and(|(_, s)| s.is_set()) {
            return;
        }
        if self.sync.job.is_some() {
            self.sync.push_waiting = true;
        } else {
            self.start_sync(Work::Push);
        }
    }

    /// When a workspace opens: whatever was not sent yet, and what the address book has new.
    pub(super) fn sync_at_start(&mut self) {
        self.sync.retry = None;
        self.sync.status = None;
        if self.server().is_some_and(|(_, s)| s.is_set()) && self.sync.job.is_none() {
            self.start_sync(Work::Both);
        }
    }

    fn start_sync(&mut self, work: Work) {
        let Some((path, settings)) = self.server() else { return };
        let Some(document) = self.document() else { return };
        if self.sync.job.is_some() {
            return;
        }
        let order = Order {
            work,
            typed: self.sync.typed.get(&password_key(&settings)).cloned(),
            settings,
            workspace: Arc::clone(&document.workspace),
            path: path.clone(),
            keyring: !self.sync.no_keyring,
            lang: crate::i18n::language(),
        };
        let (tell, heard) = mpsc::channel();
        let spawned = crate::ui::background::spawn("kindred-sync", move || work_on(order, &tell));
        match spawned {
            Ok(_) => {
                self.sync.job = Some(Job { work, path, heard });
                self.sync.status = Some(Status::Working);
            }
            Err(error) => log::error!("the sync's thread did not start: {error}"),
        }
    }

    /// What the thread said since the last frame; a retry when its time has come.
    pub(super) fn poll_sync(&mut self, ctx: &egui::Context) {
        let Some(job) = self.sync.job.take() else {
            self.retry_when_due(ctx);
            return;
        };
        let mut finished = false;
        loop {
            match job.heard.try_recv() {
                Ok(heard) => self.heard_sync(&job, heard),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    finished = true;
                    break;
                }
            }
        }
        if !finished {
            self.sync.job = Some(job);
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        if std::mem::take(&mut self.sync.push_waiting) && self.sync.retry.is_none() {
            self.start_sync(Work::Push);
        }
        self.retry_when_due(ctx);
    }

    fn retry_when_due(&mut self, ctx: &egui::Context) {
        let Some((when, work, _)) = self.sync.retry else { return };
        let now = Instant::now();
        if when <= now {
            self.start_sync(work);
        } else {
            ctx.request_repaint_after(when - now);
        }
    }

    fn heard_sync(&mut self, job: &Job, heard: Heard) {
        match heard {
            Heard::NoKeyring(reason) => self.sync.keyring = Keyring::Missing(reason),
            Heard::NoPassword => self.sync.status = Some(Status::NoPassword),
            Heard::Found(Ok(found)) => {
                let (calendars, address_books) = (found.calendars.len(), found.address_books.len());
                if let Some(form) = self.sync.form.as_mut() {
                    form.found(found);
                }
                self.sync.status = Some(Status::Found { calendars, address_books });
            }
            Heard::Pushed(Ok(summary)) => {
                if self.sync.keyring == Keyring::Unknown {
                    self.sync.keyring = Keyring::Works;
                }
                self.sync.retry = None;
                self.sync.status = Some(Status::Pushed(summary));
            }
            Heard::Pulled(Ok(pulled)) => {
                self.sync.retry = None;
                self.apply_pulled(&job.path, pulled);
            }
            Heard::Found(Err(error)) | Heard::Pushed(Err(error)) | Heard::Pulled(Err(error)) => {
                let retry = error.is_passing() && job.work != Work::Find;
                if retry {
                    let wait = self.sync.retry.map_or(FIRST_WAIT, |(_, _, wait)| (wait * 2).min(LONGEST_WAIT));
                    self.sync.retry = Some((Instant::now() + wait, job.work, wait));
                }
                self.sync.status = Some(Status::Failed { error, retry });
            }
        }
    }

    /// Applies what a pull read to the workspace it was read for, as one undoable edit; what
    /// was read is remembered once the workspace is saved with it.
    fn apply_pulled(&mut self, path: &Path, pulled: Pulled) {
        let Pulled { parsed, state, .. } = pulled;
        let Some(document) = self.document_mut() else { return };
        if document.path.as_deref() != Some(path) || document.read_only.is_some() {
            self.sync.status = Some(Status::PullNotApplied);
            return;
        }
        let plan = crate::ops::import::plan(&document.workspace, parsed);
        let counts = plan.counts();
        let plan_changed = plan.changes_anything();
        if plan_changed {
            if let Err(error) = document.apply(&t!("server-pull-label"), plan.edit) {
                self.error(error);
                return;
            }
        }
        // The push of the same sync, said first.
        let pushed = match self.sync.status {
            Some(Status::Pushed(summary)) => Some(summary),
            _ => None,
        };
        let status = Status::Pulled { new: counts.new, updated: counts.updated, unchanged: counts.unchanged, pushed };
        self.sync.status = Some(status);
        let Some((_, settings)) = self.server() else { return };
        if plan_changed {
            // Remembered once saved: a crash or a discarded change reads the cards again.
            self.sync.pulled = Some((path.to_path_buf(), settings.address_book, state));
        } else {
            remember(path.to_path_buf(), settings.address_book, state);
        }
    }
}

/// The key of a workspace in the settings: its real path.
fn server_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Writes what a sync remembers, on a thread of its own (the window never waits for the disk).
fn remember(workspace: PathBuf, collection: String, state: State) {
    let write = move || {
        let collection = sync::as_collection(&collection);
        let Some(file) = sync_state::location(&workspace, &collection) else { return };
        if let Err(error) = sync_state::write(&file, &state.encode()) {
            log::warn!("{}: {error}", file.display());
        }
    };
    if let Err(error) = crate::ui::background::spawn("kindred-sync-state", write) {
        log::warn!("what the sync read is not remembered: {error}");
    }
}

/// The job, on its own thread.
fn work_on(order: Order, tell: &mpsc::Sender<Heard>) {
    crate::i18n::set_language(order.lang);
    let Some(password) = password(&order, tell) else {
        let _ = tell.send(Heard::NoPassword);
        return;
    };
    let settings = &order.settings;
    let client = Client::new(&Credentials { user: settings.user.trim().to_owned(), password });
    if order.work == Work::Find {
        let _ = tell.send(Heard::Found(sync::discover::discover(&client, &settings.address)));
        return;
    }
    let pushed = push(&client, &order);
    let failed = matches!(pushed, Some(Err(_)));
    if let Some(result) = pushed {
        let _ = tell.send(Heard::Pushed(result));
    }
    if order.work == Work::Both && !failed && !settings.address_book.trim().is_empty() {
        let book = sync::as_collection(&settings.address_book);
        let state = load_state(&order.path, &book);
        let _ = tell.send(Heard::Pulled(sync::pull::pull(&client, &book, &state)));
    }
}

/// The password: `KINDRED_DAV_PASSWORD`, else one typed (kept in the keyring), else the
/// keyring's.
fn password(order: &Order, tell: &mpsc::Sender<Heard>) -> Option<String> {
    if let Some(password) = sync::password::from_environment() {
        return Some(password);
    }
    let (address, user) = (order.settings.address.as_str(), order.settings.user.trim());
    if let Some(typed) = &order.typed {
        if order.keyring {
            if let Err(reason) = sync::password::save(address, user, typed) {
                let _ = tell.send(Heard::NoKeyring(reason));
            }
        }
        return Some(typed.clone());
    }
    if !order.keyring {
        return None;
    }
    match sync::password::load(address, user) {
        Ok(found) => found,
        Err(reason) => {
            let _ = tell.send(Heard::NoKeyring(reason));
            None
        }
    }
}

fn load_state(workspace: &Path, collection: &str) -> State {
    sync_state::location(workspace, collection).map(|file| State::decode(&sync_state::read(&file))).unwrap_or_default()
}

/// The events to the calendar, and the people to the address book when asked; what was done,
/// or `None` when there is nowhere to push to.
fn push(client: &Client, order: &Order) -> Option<Result<Summary, Error>> {
    let settings = &order.settings;
    let workspace = &order.workspace;
    let mut targets = Vec::new();
    if !settings.calendar.trim().is_empty() {
        let calendar = sync::as_collection(&settings.calendar);
        let name = t!("error-ics-calendar-name", name = workspace.name.trim());
        if let Err(error) = sync::push::ensure_calendar(client, &calendar, &name) {
            return Some(Err(error));
        }
        targets.push((calendar, crate::interop::dav::event_resources(workspace, chrono::Utc::now())));
    }
    if settings.send_people && !settings.address_book.trim().is_empty() {
        let book = sync::as_collection(&settings.address_book);
        let people = sync::push::people_to_send(workspace, &load_state(&order.path, &book));
        targets.push((book, crate::interop::dav::card_resources(workspace, &people)));
    }
    if targets.is_empty() {
        return None;
    }
    let mut total = Summary::default();
    for (collection, resources) in targets {
        let mut state = load_state(&order.path, &collection);
        let result = sync::push::push(client, &collection, &resources, &mut state, None);
        if let Some(file) = sync_state::location(&order.path, &collection) {
            if let Err(error) = sync_state::write(&file, &state.encode()) {
                log::warn!("{}: {error}", file.display());
            }
        }
        match result {
            Ok(summary) => total.add(summary),
            Err(error) => return Some(Err(error)),
        }
    }
    Some(Ok(total))
}
