//! `kindred dav push` and `kindred dav pull`: a workspace's milestones to a calendar on a
//! CalDAV server, and contacts from an address book on a CardDAV server, as the window's
//! *Sync now* does, with the same state remembered on this computer.

use super::*;
use crate::interop::dav;
use crate::sync::state::State;
use crate::sync::{self, Client, Credentials};

#[derive(Debug, Subcommand)]
pub enum DavCommand {
    /// Write the workspace's milestones (birthdays, anniversaries, relatives' birthdays, life
    /// events) to a calendar on a CalDAV server, one event each: only what changed since the
    /// last push from this computer is sent, events of milestones no longer there are deleted,
    /// and events Kindred did not create are never touched. The password comes from
    /// KINDRED_DAV_PASSWORD or is asked for. Exit status: 0 done, 1 the server refused or could
    /// not be reached, 2 the workspace cannot be read (or no password was given).
    Push {
        file: PathBuf,
        /// The calendar collection, made if it is not there
        /// (https://dav.example.com/calendars/mette/kindred/).
        #[arg(long, value_name = "URL")]
        url: String,
        #[arg(long)]
        user: String,
        /// Also write the people, as vCard 3.0 cards, to this address book (people whose card
        /// another program already keeps there are not sent again).
        #[arg(long, value_name = "URL")]
        address_book: Option<String>,
        /// The language of the events' titles: en, da or nb.
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Add the contacts of an address book on a CardDAV server to the workspace, as `kindred
    /// import` adds a vCard file: only cards changed since the last pull from this computer
    /// are read; people already in the workspace (same e-mail, or same name and organisation)
    /// are updated, not added again. The password comes from KINDRED_DAV_PASSWORD or is asked
    /// for. Exit status: 0 done, 1 the server refused or could not be reached, 2 the workspace
    /// cannot be read or saved (or is open in Kindred, or no password was given).
    Pull {
        file: PathBuf,
        /// The address book collection (https://dav.example.com/addressbooks/mette/contacts/).
        #[arg(long, value_name = "URL")]
        url: String,
        #[arg(long)]
        user: String,
    },
}

pub(super) fn run(command: DavCommand) -> ExitCode {
    match command {
        DavCommand::Push { file, url, user, address_book, lang } => {
            crate::i18n::set_language(lang);
            push(&file, &url, &user, address_book.as_deref())
        }
        DavCommand::Pull { file, url, user } => pull(&file, &url, &user),
    }
}

/// The workspace's problem, said; exit status 2.
fn unreadable(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

/// The server's refusal or silence, said; exit status 1.
fn server_failed(error: &sync::Error) -> ExitCode {
    eprintln!("{error}");
    ExitCode::from(1)
}

/// The password: `KINDRED_DAV_PASSWORD`, else typed at the terminal (not echoed).
fn credentials(user: &str, url: &str) -> Option<Credentials> {
    let password = sync::password::from_environment().or_else(|| {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() {
            eprintln!("{url}: give the password of {user} in {}", sync::password::ENV);
            return None;
        }
        rpassword::prompt_password(format!("Password of {user} at {url}: ")).ok()
    })?;
    Some(Credentials { user: user.to_owned(), password })
}

/// Reads the workspace for a command; anything that keeps it from being read is exit status 2.
fn read_workspace(file: &Path) -> Result<(crate::model::Workspace, Option<Passphrase>), ExitCode> {
    let (loaded, passphrase) = open_workspace(file).map_err(unreadable)?;
    refuse_newer(file, loaded.decoded.version).map_err(|_| ExitCode::from(2))?;
    if !loaded.decoded.unknown_fields.is_empty() {
        return Err(unreadable(format!(
            "{}: has fields this version does not know ({}); it is not used, so that nothing is lost",
            file.display(),
            loaded.decoded.unknown_fields.join(", ")
        )));
    }
    Ok((loaded.decoded.workspace, passphrase))
}

/// The state kept on this computer for the sync of `file` with `collection`.
fn load_state(file: &Path, collection: &str) -> (Option<PathBuf>, State) {
    let path = store::sync_state::location(file, collection);
    let state = path.as_deref().map(|p| State::decode(&store::sync_state::read(p))).unwrap_or_default();
    (path, state)
}

fn keep_state(path: Option<&Path>, state: &State) {
    if let Some(path) = path {
        if let Err(error) = store::sync_state::write(path, &state.encode()) {
            eprintln!("{}: what was sent could not be remembered: {error}", path.display());
        }
    }
}

fn push(file: &Path, url: &str, user: &str, address_book: Option<&str>) -> ExitCode {
    let workspace = match read_workspace(file) {
        Ok((workspace, _)) => workspace,
        Err(code) => return code,
    };
    let Some(credentials) = credentials(user, url) else { return ExitCode::from(2) };
    let client = Client::new(&credentials);
    let calendar = sync::as_collection(url);
    let name = crate::t!("error-ics-calendar-name", name = workspace.name.trim());
    if let Err(error) = sync::push::ensure_calendar(&client, &calendar, &name) {
        return server_failed(&error);
    }
    let events = dav::event_resources(&workspace, chrono::Utc::now());
    if let Err(code) = push_to(file, &client, &calendar, &events) {
        return code;
    }
    if let Some(address_book) = address_book {
        let address_book = sync::as_collection(address_book);
        let (_, state) = load_state(file, &address_book);
        let cards = dav::card_resources(&workspace, &sync::push::people_to_send(&workspace, &state));
        if let Err(code) = push_to(file, &client, &address_book, &cards) {
            return code;
        }
    }
    ExitCode::SUCCESS
}

fn push_to(file: &Path, client: &Client, collection: &str, resources: &[dav::Resource]) -> Result<(), ExitCode> {
    let (path, mut state) = load_state(file, collection);
    let result = sync::push::push(client, collection, resources, &mut state, None);
    // What was done is remembered, also when the push stopped half-way.
    keep_state(path.as_deref(), &state);
    match result {
        Ok(summary) => {
            out!("{collection}: {}", summary.words());
            Ok(())
        }
        Err(error) => Err(server_failed(&error)),
    }
}

fn pull(file: &Path, url: &str, user: &str) -> ExitCode {
    // Opened and saved as import does: the lock, conflict copies merged first, the new version
    // descending from the one read, the calendar feed written with it.
    let mut opened = match writing::Opened::open(file) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    if let Some(first) = crate::model::duplicate_ids(&opened.workspace).first() {
        return unreadable(format!(
            "{}: is not changed: records in it share ids ({}); `kindred check` lists them",
            file.display(),
            crate::ops::ids::describe(first)
        ));
    }
    let Some(credentials) = credentials(user, url) else { return ExitCode::from(2) };
    let client = Client::new(&credentials);
    let address_book = sync::as_collection(url);
    let (path, state) = load_state(file, &address_book);
    let pulled = match sync::pull::pull(&client, &address_book, &state) {
        Ok(pulled) => pulled,
        Err(error) => return server_failed(&error),
    };
    let plan = crate::ops::import::plan(&opened.workspace, pulled.parsed);
    import::print_plan(Path::new(&address_book), &plan);
    out!("{address_book}: {} cards read, {} removed there since the last pull", pulled.cards, pulled.removed);
    if plan.changes_anything() || opened.merged_copies() {
        let touched = crate::ops::sync::Touched::of(&plan.edit);
        if let Err(error) = crate::ops::apply(&mut opened.workspace, plan.edit) {
            return unreadable(format!("kindred dav pull: {error}"));
        }
        touched.stamp(&mut opened.workspace, &writing::stamp());
        if let Err(error) = opened.save(file) {
            return unreadable(error);
        }
        out!("{}: saved", file.display());
    }
    // Remembered only once what was read is in the workspace: a pull not saved is read again.
    keep_state(path.as_deref(), &pulled.state);
    ExitCode::SUCCESS
}
