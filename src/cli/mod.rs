//! The command line: `kindred [FILE]` opens the app; subcommands work headless.

/// Prints a line on standard output. A reader that has gone away (`kindred upcoming F | head`)
/// is no error of ours: the line is dropped rather than the process brought down.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod check;
mod dav;
mod demo;
mod export;
mod import;
mod log;
mod merge;
mod remind;
mod sync;
mod task;
mod today;
mod upcoming;
mod writing;

use crate::i18n::{Conventions, Lang};
use crate::interop::{formats, journey_template};
use crate::ops::upcoming::{self as milestones, Bucket, What};
use crate::store::crypt::{CryptError, Passphrase};
use crate::store::{self, lock};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use serde::Serialize;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "kindred", version, about = "Know your customers as people.", args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The workspace to open (default: kindred/workspace.kindred in your data directory).
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a workspace file can be read and that its ids are unique. Exit status: 0 valid,
    /// 1 invalid (fields this version does not know, or ids held twice), 2 unreadable, 3 written
    /// by a newer version, 4 encrypted and the passphrase missing or wrong.
    Check { file: PathBuf },
    /// Write a generated workspace for trying things out and for benchmarks. Exit status: 0
    /// written, 1 not written (open in Kindred, or the save failed), 2 bad option.
    Demo {
        /// How many people to generate.
        #[arg(long, default_value_t = 100, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=demo::MAX_DEMO_PEOPLE))]
        people: usize,
        /// How many organisations they belong to (default: one for every five people); the first
        /// person of each is its owner, and about one in seven belongs to none.
        #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=demo::MAX_DEMO_PEOPLE))]
        organisations: Option<usize>,
        /// The day the workspace is made for (default: today on this computer's clock); the
        /// same size and day always give the same bytes.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        today: Option<NaiveDate>,
        file: PathBuf,
    },
    /// List the milestones coming up: birthdays, anniversaries, relatives' birthdays and life
    /// events. Exit status: 0 listed, 1 invalid file, 2 unreadable file or bad option, 3 written
    /// by a newer version, 4 encrypted and the passphrase missing or wrong.
    Upcoming {
        file: PathBuf,
        /// How many days ahead to look, up to ten years; today and the last day are both
        /// included.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(0..=upcoming::MAX_DAYS))]
        days: u32,
        /// The day to look from (default: today on this computer's clock).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        today: Option<NaiveDate>,
        /// Print a JSON array instead of text.
        #[arg(long)]
        json: bool,
        /// The language of the text: en, da or nb (dates stay YYYY-MM-DD).
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Write a workspace, or part of it, in another format: people as vCard or CSV, the
    /// organisations as CSV (--format organisations-csv), milestones as iCalendar, a journey map
    /// as a Markdown or HTML handout, a PNG picture or a template, a journey's board as CSV (a
    /// .csv with --journey), HTML or PNG (--format board-html, board-png), one person (--person)
    /// as Markdown or JSON, the workspace as JSON or as a copy. Never
    /// written over the workspace itself or a workspace open in Kindred; a copy written over
    /// another workspace keeps the version it replaces as a backup. Exit status: 0 written,
    /// 1 not written (an invalid workspace, or the file refused or not written), 2 unreadable
    /// workspace or bad option, 3 written by a newer version, 4 encrypted and the passphrase
    /// missing or wrong.
    Export {
        file: PathBuf,
        /// Where to write; the format comes from the extension (.vcf .csv .ics .md .html .png
        /// .json .kindred .kindred-journey) unless --format gives it (organisations-csv: the
        /// organisations, not the people, as a .csv).
        #[arg(long, value_name = "PATH")]
        to: PathBuf,
        #[arg(long, value_parser = format_parser())]
        format: Option<formats::Format>,
        /// The journey map for .md, .html, .png and .kindred-journey, and the one whose board a
        /// .csv holds (without it, a .csv holds the people), by name; needed when the workspace
        /// has several.
        #[arg(long, value_name = "NAME")]
        journey: Option<String>,
        /// Export only this person (by name): .md and .json hold everything about them, .vcf
        /// .csv and .ics their card, row or milestones.
        #[arg(long, value_name = "NAME")]
        person: Option<String>,
        /// The language whose spreadsheet conventions CSV follows (en: `,`; da, nb, sv: `;`).
        #[arg(long, default_value = "en", value_parser = parse_conventions)]
        lang: Conventions,
        /// Write a .kindred copy of an encrypted workspace without its passphrase, in plain
        /// text (a copy keeps the passphrase unless this is given).
        #[arg(long)]
        plain: bool,
    },
    /// Add what a file holds to a workspace, saving it safely: contacts from vCard or CSV,
    /// another workspace (merged), or a journey map template. People already in the workspace
    /// (same e-mail, or same name and organisation) are updated, not added again. Prints what
    /// was imported, updated, unchanged and skipped, with reasons. Exit status: 0 something was
    /// readable (or nothing to change), 1 nothing was readable, the workspace is invalid (or holds
    /// ids twice) or open in Kindred, or it was not saved, 2 unreadable workspace, fields this version does not know
    /// or bad option, 3 written by a newer version, 4 encrypted and the passphrase missing or
    /// wrong.
    Import {
        file: PathBuf,
        /// The file to read; the format comes from the extension unless --format gives it.
        #[arg(long, value_name = "PATH")]
        from: PathBuf,
        #[arg(long, value_parser = format_parser())]
        format: Option<formats::Format>,
        /// The language ambiguous CSV dates (3/4/1980) are read by when nothing else tells:
        /// en month first; da, nb, sv day first.
        #[arg(long, default_value = "en", value_parser = parse_conventions)]
        lang: Conventions,
    },
    /// Milestones to a calendar and contacts from an address book on a CalDAV or CardDAV
    /// server (Nextcloud, Fastmail, iCloud, Radicale…).
    Dav {
        #[command(subcommand)]
        command: dav::DavCommand,
    },
    /// Merge three versions of a workspace (git's merge driver: `kindred merge %O %A %B`).
    ///
    /// Each side's changes since BASE are kept, record by record; where both changed one thing
    /// differently, OURS's value is kept and the conflict is recorded in the result (and
    /// printed). The result goes to OURS, or OUT. Exit codes: 0 merged cleanly, 1 merged with
    /// conflicts recorded (the result is a valid workspace), 2 an input cannot be read. An
    /// empty BASE (git's, when there is no common version) keeps every difference as a conflict.
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        out: Option<PathBuf>,
    },
    /// Merge the conflict copies a sync tool left beside a workspace into it.
    ///
    /// Syncthing's `NAME.sync-conflict-…`, Dropbox's and Nextcloud's `NAME (… conflicted copy
    /// …)`, OneDrive's `NAME-COMPUTER`: each copy of this workspace is merged in against the
    /// common version this computer kept, then moved to the backups. Prints the conflicts the
    /// workspace holds. Exit codes: 0 no conflicts, 1 conflicts to look at (or it could not be
    /// changed), 2 unreadable, 3 newer, 4 encrypted.
    Sync { file: PathBuf },
    /// What to do today, as Today shows it: follow-ups due or overdue, milestones inside their
    /// reminder windows and people due for contact. Exit status: 0 listed, 1 invalid file, 2
    /// unreadable file or bad option, 3 written by a newer version, 4 encrypted and the
    /// passphrase missing or wrong.
    Today {
        file: PathBuf,
        /// The day to look from (default: today on this computer's clock).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        today: Option<NaiveDate>,
        /// Print one JSON array, sorted by date and then person, instead of text.
        #[arg(long)]
        json: bool,
        /// The language of the text: en, da or nb (dates stay YYYY-MM-DD).
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Remind of what to do today: printed, or with --notify sent as desktop notifications, once
    /// a day per workspace on this computer (a second run that day sends nothing and says so,
    /// unless --again). Exit status: 0 done (also when there is nothing to remind of, or it was
    /// reminded of already), 1 no notification service answered, 2 the workspace cannot be read
    /// or a bad option, 3 written by a newer version, 4 encrypted and the passphrase missing or
    /// wrong.
    Remind {
        /// The workspace (default: kindred/workspace.kindred in your data directory).
        file: Option<PathBuf>,
        /// Send desktop notifications instead of printing.
        #[arg(long)]
        notify: bool,
        /// The day to remind of (default: today on this computer's clock); also the day the
        /// once-a-day record counts.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        today: Option<NaiveDate>,
        /// Send the notifications even when this workspace was reminded of today already.
        #[arg(long)]
        again: bool,
        /// With --notify: offer "Open Kindred" on the notifications, where the desktop supports
        /// it, and wait up to MINUTES for it to be clicked (the login reminder waits 480).
        #[arg(long, value_name = "MINUTES", value_parser = clap::value_parser!(u32).range(0..=1440))]
        wait: Option<u32>,
        /// The language of the text: en, da or nb (default: the system's, else English).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Follow-ups: what to do about a person.
    #[command(subcommand)]
    Task(TaskCommand),
    /// The interaction log: contacts with a person.
    #[command(subcommand)]
    Log(LogCommand),
}

#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a follow-up to a person and save the workspace safely, as import does. The person is
    /// named by their name or an e-mail address; a name that fits no one or several people is
    /// refused with the candidates. Exit status: 0 added, 1 not added (no such person, several,
    /// an invalid workspace, open in Kindred, or not saved), 2 unreadable workspace, fields
    /// this version does not know or bad option, 3 written by a newer version, 4 encrypted and
    /// the passphrase missing or wrong.
    Add {
        file: PathBuf,
        /// Who it is about: a name, or an e-mail address.
        #[arg(long, value_name = "NAME")]
        person: String,
        /// When it is due (without a day it waits in the profile).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        due: Option<NaiveDate>,
        /// What to do.
        text: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Log a contact with a person and save the workspace safely, as import does. The person is
    /// named by their name or an e-mail address; a name that fits no one or several people is
    /// refused with the candidates. Exit status: 0 logged, 1 not logged (no such person,
    /// several, an invalid workspace, open in Kindred, or not saved), 2 unreadable workspace,
    /// fields this version does not know or bad option, 3 written by a newer version, 4
    /// encrypted and the passphrase missing or wrong.
    Add {
        file: PathBuf,
        /// Who it was with: a name, or an e-mail address.
        #[arg(long, value_name = "NAME")]
        person: String,
        /// A personal, human contact (it resets their rhythm's clock), not an invoice or a
        /// newsletter.
        #[arg(long)]
        personal: bool,
        /// The day of the contact (default: today on this computer's clock).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_today)]
        date: Option<NaiveDate>,
        /// How: meeting, phone, email, message, visit, event or other.
        #[arg(long, default_value = "other", value_parser = parse_channel)]
        channel: crate::model::Channel,
        /// What it was about.
        text: String,
    },
}

/// `--format`: one of the names [`formats::Format::name`] gives.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = formats::Format> {
    use clap::builder::TypedValueParser;
    let names: Vec<&'static str> = formats::Format::ALL.iter().map(|f| f.name()).collect();
    clap::builder::PossibleValuesParser::new(names)
        .try_map(|name| formats::Format::from_name(&name).ok_or_else(|| format!("unknown format {name}")))
}

/// The format named by `--format`, or else by the file's extension.
fn format_of(given: Option<formats::Format>, path: &Path) -> Result<formats::Format, String> {
    if let Some(format) = given {
        return Ok(format);
    }
    formats::Format::from_path(path).ok_or_else(|| {
        format!(
            "{}: cannot tell the format from the extension; use one of .vcf .csv .ics .md .html .png \
             .json .kindred .{}, or --format",
            path.display(),
            journey_template::EXTENSION
        )
    })
}

/// Runs a subcommand and returns the process's exit status.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { file } => check::check(&file),
        Command::Demo { people, organisations, today, file } => demo::demo(people, organisations, today, &file),
        Command::Upcoming { file, days, today, json, lang } => upcoming::upcoming(&file, days, today, json, lang),
        Command::Export { file, to, format, journey, person, lang, plain } => {
            let what = export::ExportOptions {
                format,
                journey: journey.as_deref(),
                person: person.as_deref(),
                conventions: lang,
                plain,
            };
            export::export(&file, &to, &what)
        }
        Command::Import { file, from, format, lang } => import::import(&file, &from, format, lang),
        Command::Dav { command } => dav::run(command),
        Command::Today { file, today: day, json, lang } => today::today(&file, day, json, lang),
        Command::Remind { file, notify, today: day, again, wait, lang } => {
            remind::remind(file, &remind::Options { notify, today: day, again, wait, lang })
        }
        Command::Task(TaskCommand::Add { file, person, due, text }) => task::add(&file, &person, due, &text),
        Command::Log(LogCommand::Add { file, person, personal, date, channel, text }) => {
            log::add(&file, &person, &log::Contact { personal, date, channel, text: &text })
        }
        Command::Merge { base, ours, theirs, out } => merge::merge(&base, &ours, &theirs, out.as_deref()),
        Command::Sync { file } => sync::sync(&file),
    }
}

/// Reads a workspace for a command: the decoded file and the passphrase that opened it (to
/// save it encrypted again), or the exit status after saying why not.
fn load_for_command(file: &Path) -> Result<(crate::model::codec::Decoded, Option<Passphrase>), ExitCode> {
    let (loaded, passphrase) = open_workspace(file).map_err(|error| {
        eprintln!("{error}");
        ExitCode::from(error.exit_code())
    })?;
    refuse_newer(file, loaded.decoded.version)?;
    Ok((loaded.decoded, passphrase))
}

/// Reads a workspace file; an encrypted one with the passphrase in `KINDRED_PASSPHRASE`, else
/// one typed at the terminal (not echoed).
fn open_workspace(file: &Path) -> Result<(store::Loaded, Option<Passphrase>), store::OpenError> {
    match store::load(file) {
        Err(store::OpenError::Encrypted { error: CryptError::NeedsPassphrase, path }) => {
            let Some(passphrase) = passphrase_for(file) else {
                return Err(store::OpenError::Encrypted { path, error: CryptError::NeedsPassphrase });
            };
            store::load_with(file, Some(&passphrase)).map(|loaded| (loaded, Some(passphrase)))
        }
        other => other.map(|loaded| (loaded, None)),
    }
}

/// The passphrase of an encrypted workspace: `KINDRED_PASSPHRASE`, else asked for on the
/// terminal; `None` when neither is there (a script without the variable).
fn passphrase_for(file: &Path) -> Option<Passphrase> {
    if let Some(text) = std::env::var_os("KINDRED_PASSPHRASE") {
        return Some(Passphrase::new(&text.to_string_lossy()));
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        eprintln!("{}: encrypted; give its passphrase in KINDRED_PASSPHRASE", file.display());
        return None;
    }
    let prompt = format!("Passphrase for {}: ", file.display());
    rpassword::prompt_password(prompt).ok().map(|text| Passphrase::new(&text))
}

/// `--lang` of `export` and `import`: the languages whose file conventions the command line
/// knows (Swedish too, which has no text of its own).
fn parse_conventions(code: &str) -> Result<Conventions, String> {
    Conventions::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Conventions::ALL.iter().map(|c| c.code()).collect();
        format!("unknown language `{code}`; available: {}", known.join(", "))
    })
}

/// `--channel` of `log add`: how a contact was made.
fn parse_channel(name: &str) -> Result<crate::model::Channel, String> {
    use crate::model::Channel;
    let names = ["meeting", "phone", "email", "message", "visit", "event", "other"];
    names
        .iter()
        .zip(Channel::ALL)
        .find(|(n, _)| **n == name.to_lowercase())
        .map(|(_, c)| c)
        .ok_or_else(|| format!("unknown channel `{name}`; available: {}", names.join(", ")))
}

/// `--lang` of `upcoming`: the languages Kindred's text is written in.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::ALL.into_iter().find(|lang| lang.code() == code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("unknown language `{code}`; available: {}", known.join(", "))
    })
}

/// How many candidates an error about a name lists.
const CANDIDATES: usize = 10;

/// The one person `name` names: by their name exactly, else ignoring case and accents, else by
/// one of their e-mail addresses. The error lists the candidates: the people it fits when it
/// fits several (with what tells them apart), those whose names hold its words when it fits
/// none.
fn pick_person<'a>(workspace: &'a crate::model::Workspace, name: &str) -> Result<&'a crate::model::Person, String> {
    use crate::ops::merge::fold;
    let wanted = name.trim();
    let folded = fold(wanted);
    let exact: Vec<_> = workspace.people.iter().filter(|p| p.name.trim() == wanted).collect();
    let found = if !exact.is_empty() {
        exact
    } else {
        let alike: Vec<_> = workspace.people.iter().filter(|p| fold(&p.name) == folded).collect();
        if alike.is_empty() {
            let lower = wanted.to_lowercase();
            workspace
                .people
                .iter()
                .filter(|p| p.contact.emails.iter().any(|e| e.value.trim().to_lowercase() == lower))
                .collect()
        } else {
            alike
        }
    };
    let described = |people: &[&crate::model::Person]| {
        let mut listed: Vec<String> = people.iter().take(CANDIDATES).map(|p| describe_person(workspace, p)).collect();
        if people.len() > CANDIDATES {
            listed.push(format!("and {} more", people.len() - CANDIDATES));
        }
        listed.join("; ")
    };
    match found.as_slice() {
        [one] => Ok(one),
        [] => {
            let words: Vec<&str> = folded.split_whitespace().collect();
            let near: Vec<_> = workspace
                .people
                .iter()
                .filter(|p| {
                    let name = fold(&p.name);
                    !words.is_empty() && words.iter().all(|w| name.contains(w))
                })
                .collect();
            match near.is_empty() {
                true => Err(format!("no person is named \"{name}\"")),
                false => Err(format!("no person is named \"{name}\"; did you mean: {}", described(&near))),
            }
        }
        several => Err(format!(
            "{} people are named \"{name}\": {}; give a fuller name, or one's e-mail address",
            several.len(),
            described(several)
        )),
    }
}

/// A person as a candidate in an error: "Mette Kjærgaard (Café Kringle, mette@kringle.dk)".
fn describe_person(workspace: &crate::model::Workspace, person: &crate::model::Person) -> String {
    let details: Vec<&str> = [workspace.organisation_name(person).trim()]
        .into_iter()
        .chain(person.contact.emails.first().map(|e| e.value.trim()))
        .filter(|d| !d.is_empty())
        .collect();
    match details.is_empty() {
        true => person.name.trim().to_owned(),
        false => format!("{} ({})", person.name.trim(), details.join(", ")),
    }
}

/// Changes the one person `name` names in the workspace at `file` as `change` says, and saves
/// it as `import` does: under the workspace's lock, refused for fields this version does not
/// know (they would be lost), through one edit that refuses an id two people hold, atomically
/// with a backup, encrypted as it was. `change` gives the changed person and what to say when
/// it is saved, or why it cannot be made (exit status 2).
fn change_person(
    file: &Path,
    name: &str,
    change: impl FnOnce(&crate::model::Person) -> Result<(crate::model::Person, String), String>,
) -> ExitCode {
    // As import opens and saves: the lock, conflict copies merged in first, a version a sync
    // tool put in place meanwhile merged before the write, the new version descending from the
    // one read (so another computer can merge it with its own changes).
    let mut opened = match writing::Opened::open(file) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let workspace = &mut opened.workspace;
    let person = match pick_person(workspace, name) {
        Ok(person) => person,
        Err(message) => {
            eprintln!("{}: {message}", file.display());
            return ExitCode::from(1);
        }
    };
    let (changed, said) = match change(person) {
        Ok(changed) => changed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let edit = crate::ops::Edit::ReplacePerson(Box::new(changed));
    let touched = crate::ops::sync::Touched::of(&edit);
    if let Err(error) = crate::ops::apply(workspace, edit) {
        eprintln!("{}: not changed: {error}", file.display());
        return ExitCode::from(1);
    }
    touched.stamp(workspace, &writing::stamp());
    match opened.save(file) {
        Ok(()) => {
            out!("{}: {said}", file.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// Saves a workspace a command changed, and its calendar feed (when it names one), and says
/// where the feed went or why it did not; a save that fails is said and is exit status 1.
fn save_changed(
    file: &Path,
    workspace: &crate::model::Workspace,
    passphrase: Option<&Passphrase>,
) -> Result<(), ExitCode> {
    match crate::remind::save_workspace(&mut store::save::RealDisk, file, workspace, passphrase) {
        Ok(saved) => {
            match saved.feed {
                Some(Ok(feed)) => out!("{}: calendar feed written", feed.display()),
                Some(Err(error)) => {
                    eprintln!("{}: warning: the calendar feed was not written: {error}", file.display());
                }
                None => {}
            }
            Ok(())
        }
        Err(error) => {
            eprintln!("{error}");
            Err(ExitCode::from(1))
        }
    }
}

/// `--today`: a full date, refused with the reason when it does not exist.
fn parse_today(text: &str) -> Result<NaiveDate, String> {
    let date = crate::model::PartialDate::parse_iso(text).map_err(|e| e.to_string())?;
    date.to_naive().ok_or_else(|| format!("`{text}` has no year; give the day as YYYY-MM-DD"))
}

/// Locks a workspace before a command writes it; refuses when anyone else holds it.
fn lock_for_writing(file: &Path) -> Result<lock::Lock, String> {
    let shown = file.display();
    match lock::acquire(file) {
        Ok(lock::LockOutcome::Acquired(lock)) => Ok(lock),
        Ok(lock::LockOutcome::HeldHere(holder)) => {
            Err(format!("{shown}: is open in Kindred by {holder}; close it there first"))
        }
        Ok(lock::LockOutcome::HeldElsewhere(holder)) => Err(format!(
            "{shown}: is open in Kindred by {holder}; if that program is gone, delete {} and try again",
            store::paths::lock_path(file).display()
        )),
        Ok(lock::LockOutcome::Unreadable(reason)) => Err(reason.to_string()),
        Err(error) => Err(format!("{shown}: cannot lock the workspace: {error}")),
    }
}

/// A file of a newer format than this build reads: says so, and gives exit status 3.
fn refuse_newer(file: &Path, version: u32) -> Result<(), ExitCode> {
    if version <= crate::model::FORMAT_VERSION {
        return Ok(());
    }
    eprintln!(
        "{}: written by a newer Kindred (format {version}); this version reads format {}",
        file.display(),
        crate::model::FORMAT_VERSION
    );
    Err(ExitCode::from(3))
}
