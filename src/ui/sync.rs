//! Settings → *Calendar and contacts server*: the form of a workspace's CalDAV and CardDAV
//! server (its address, the user, the password, which calendar and address book, whether
//! people are sent too), and the status line of the sync. The form answers with what the
//! person asked for ([`ServerAsk`]); the shell's `app/sync.rs` carries it out on a thread.

use crate::sync::discover::{Collection, Found};
use crate::sync::push::Summary;
use crate::t;
use serde::{Deserialize, Serialize};

/// A workspace's server, kept with the app's preferences on this computer (the password is
/// in the system's keyring, never here).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServerSettings {
    /// The server's address as typed: `dav.example.com`, or a URL.
    pub address: String,
    pub user: String,
    /// The calendar the milestones go to (a URL); empty: none.
    pub calendar: String,
    /// The address book contacts come from (a URL); empty: none.
    pub address_book: String,
    /// Whether the workspace's people are sent to the address book too.
    pub send_people: bool,
}

impl ServerSettings {
    /// Whether there is anything to sync with.
    pub fn is_set(&self) -> bool {
        !self.user.trim().is_empty() && (!self.calendar.trim().is_empty() || !self.address_book.trim().is_empty())
    }
}

/// What the form asks the shell for.
#[derive(Clone, PartialEq, Eq)]
pub enum ServerAsk {
    /// Keep these settings (and this password, when one was typed).
    Keep(ServerSettings, Option<String>),
    /// Find the calendars and address books at the server's address.
    Find(ServerSettings, Option<String>),
    /// Keep the settings and sync now: push, then pull.
    SyncNow(ServerSettings, Option<String>),
    Close,
}

impl std::fmt::Debug for ServerAsk {
    /// Never the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (name, settings) = match self {
            ServerAsk::Keep(settings, _) => ("Keep", Some(settings)),
            ServerAsk::Find(settings, _) => ("Find", Some(settings)),
            ServerAsk::SyncNow(settings, _) => ("SyncNow", Some(settings)),
            ServerAsk::Close => ("Close", None),
        };
        f.debug_tuple(name).field(&settings).finish_non_exhaustive()
    }
}

/// Where the sync stands, kept as what it means and worded when drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Working,
    Found {
        calendars: usize,
        address_books: usize,
    },
    Pushed(Summary),
    /// What a pull brought: new, updated, unchanged people; and what the push before it in the
    /// same sync did, if there was one.
    Pulled {
        new: usize,
        updated: usize,
        unchanged: usize,
        pushed: Option<Summary>,
    },
    /// A pull read, not applied: the workspace cannot be changed now.
    PullNotApplied,
    /// The server refused or could not be reached; `retry`: it is tried again later.
    Failed {
        error: crate::sync::Error,
        retry: bool,
    },
    /// No password: none typed, none in the keyring, none in `KINDRED_DAV_PASSWORD`.
    NoPassword,
}

impl Status {
    pub fn words(&self) -> String {
        match self {
            Status::Working => t!("server-status-working"),
            Status::Found { calendars, address_books } => {
                t!("server-status-found", calendars = calendars, address_books = address_books)
            }
            Status::Pushed(summary) => t!("server-status-pushed", summary = summary.words()),
            Status::Pulled { new, updated, unchanged, pushed: None } => {
                t!("server-status-pulled", new = new, updated = updated, unchanged = unchanged)
            }
            Status::Pulled { new, updated, unchanged, pushed: Some(summary) } => t!(
                "server-status-synced",
                summary = summary.words(),
                new = new,
                updated = updated,
                unchanged = unchanged
            ),
            Status::PullNotApplied => t!("server-status-pull-not-applied"),
            Status::Failed { error, retry: true } => t!("server-status-retry", error = error.to_string()),
            Status::Failed { error, retry: false } => t!("server-status-failed", error = error.to_string()),
            Status::NoPassword => t!("server-status-no-password"),
        }
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Status::Failed { .. } | Status::NoPassword)
    }
}

/// Whether the password is kept in the system's keyring, and if not, why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Keyring {
    #[default]
    Unknown,
    Works,
    /// No keyring could be reached (the reason): a password typed is kept until Kindred closes.
    Missing(String),
}

/// The form's drafts and what was found on the server.
#[derive(Default)]
pub struct ServerForm {
    draft: ServerSettings,
    password: String,
    found: Option<Found>,
}

impl ServerForm {
    pub fn new(settings: ServerSettings) -> Self {
        Self { draft: settings, password: String::new(), found: None }
    }

    /// What discovery found: the first address book is chosen, and a calendar called Kindred
    /// (found, or a new one in the user's calendar folder), when none was chosen yet.
    pub fn found(&mut self, found: Found) {
        if self.draft.address_book.trim().is_empty() {
            if let Some(book) = found.address_books.first() {
                self.draft.address_book = book.url.clone();
            }
        }
        if self.draft.calendar.trim().is_empty() {
            let named = found.calendars.iter().find(|c| c.name.eq_ignore_ascii_case("kindred"));
            if let Some(url) = named.map(|c| c.url.clone()).or_else(|| new_calendar(&found)) {
                self.draft.calendar = url;
            }
        }
        self.found = Some(found);
    }

    /// Draws the form; what the person asked for.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        status: Option<&Status>,
        keyring: &Keyring,
        busy: bool,
    ) -> Option<ServerAsk> {
        ui.heading(t!("server-title"));
        ui.label(t!("server-intro"));
        ui.add_space(6.0);
        let Self { draft, password, found } = self;
        egui::Grid::new("server_settings").num_columns(2).show(ui, |ui| {
            let label = ui.label(t!("server-address"));
            ui.add(
                egui::TextEdit::singleline(&mut draft.address)
                    .hint_text("https://dav.example.com")
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("server-user"));
            ui.add(egui::TextEdit::singleline(&mut draft.user).desired_width(320.0)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("server-password"));
            ui.add(egui::TextEdit::singleline(password).password(true).desired_width(320.0)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("server-calendar"));
            ui.add(egui::TextEdit::singleline(&mut draft.calendar).desired_width(320.0)).labelled_by(label.id);
            ui.end_row();
            if let Some(found) = found.as_ref() {
                let label = ui.label(t!("server-pick-calendar"));
                collection_picker(ui, "server_calendars", label.id, &calendars(found), &mut draft.calendar);
                ui.end_row();
            }
            let label = ui.label(t!("server-address-book"));
            ui.add(egui::TextEdit::singleline(&mut draft.address_book).desired_width(320.0)).labelled_by(label.id);
            ui.end_row();
            if let Some(found) = found.as_ref() {
                let label = ui.label(t!("server-pick-address-book"));
                collection_picker(ui, "server_address_books", label.id, &found.address_books, &mut draft.address_book);
                ui.end_row();
            }
        });
        ui.checkbox(&mut draft.send_people, t!("server-send-people"));
        ui.weak(t!("server-what-goes-where"));
        match keyring {
            Keyring::Missing(reason) => ui.weak(t!("server-no-keyring", reason = reason.as_str())),
            Keyring::Works | Keyring::Unknown => ui.weak(t!("server-keyring")),
        };
        if let Some(status) = status {
            status_ui(ui, status);
        }
        let mut asked = None;
        ui.horizontal(|ui| {
            let ready = !busy && !draft.address.trim().is_empty() && !draft.user.trim().is_empty();
            if ui.add_enabled(ready, egui::Button::new(t!("server-find"))).clicked() {
                asked = Some(ServerAsk::Find(draft.clone(), (!password.is_empty()).then(|| password.clone())));
            }
            if ui.add_enabled(!busy && draft.is_set(), egui::Button::new(t!("server-sync-now"))).clicked() {
                asked = Some(ServerAsk::SyncNow(draft.clone(), (!password.is_empty()).then(|| password.clone())));
            }
            if ui.button(t!("server-keep")).clicked() {
                asked = Some(ServerAsk::Keep(draft.clone(), (!password.is_empty()).then(|| password.clone())));
            }
            if ui.button(t!("button-close")).clicked() {
                asked = Some(ServerAsk::Close);
            }
        });
        if matches!(asked, Some(ServerAsk::Keep(..) | ServerAsk::Find(..) | ServerAsk::SyncNow(..))) {
            // Handed on once: the keyring keeps it from here.
            self.password.clear();
        }
        asked
    }
}

/// The status line: an error in the error colour.
pub fn status_ui(ui: &mut egui::Ui, status: &Status) {
    if status.is_error() {
        ui.colored_label(ui.visuals().error_fg_color, status.words());
    } else {
        ui.label(status.words());
    }
}

/// The calendars found, and a new one called Kindred in the user's calendar folder.
fn calendars(found: &Found) -> Vec<Collection> {
    let mut list = found.calendars.clone();
    if let Some(url) = new_calendar(found).filter(|url| !list.iter().any(|c| c.url == *url)) {
        list.push(Collection { url, name: t!("server-new-calendar") });
    }
    list
}

fn new_calendar(found: &Found) -> Option<String> {
    found.calendar_home.as_deref().map(|home| crate::sync::as_collection(&crate::sync::joined(home, "kindred/")))
}

fn collection_picker(ui: &mut egui::Ui, id: &str, label: egui::Id, list: &[Collection], url: &mut String) {
    let shown = list.iter().find(|c| c.url == *url).map_or_else(|| t!("server-typed"), |c| c.name.clone());
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(320.0)
        .show_ui(ui, |ui| {
            for collection in list {
                ui.selectable_value(url, collection.url.clone(), &collection.name);
            }
        })
        .response
        .labelled_by(label);
}
