//! The command line: `kindred [FILE]` opens the app; subcommands work headless.

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
        #[arg(long, default_value_t = 100, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=MAX_DEMO_PEOPLE))]
        people: usize,
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
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(0..=MAX_DAYS))]
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
    /// Write a workspace, or part of it, in another format: people as vCard or CSV, milestones
    /// as iCalendar, a journey map as a Markdown or HTML handout, a PNG picture or a template,
    /// one person (--person) as Markdown or JSON, the workspace as JSON or as a copy. Never
    /// written over the workspace itself or a workspace open in Kindred; a copy written over
    /// another workspace keeps the version it replaces as a backup. Exit status: 0 written,
    /// 1 not written (an invalid workspace, or the file refused or not written), 2 unreadable
    /// workspace or bad option, 3 written by a newer version, 4 encrypted and the passphrase
    /// missing or wrong.
    Export {
        file: PathBuf,
        /// Where to write; the format comes from the extension (.vcf .csv .ics .md .html .png
        /// .json .kindred .kindred-journey) unless --format gives it.
        #[arg(long, value_name = "PATH")]
        to: PathBuf,
        #[arg(long, value_parser = format_parser())]
        format: Option<formats::Format>,
        /// The journey map for .md, .html, .png and .kindred-journey, by name; needed when
        /// the workspace has several.
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

/// The longest look ahead `kindred upcoming` accepts: ten years, more than anyone plans
/// birthdays for. A hundred years at 10,000 people took 17 s and 1.8 GB for a list nobody reads.
const MAX_DAYS: i64 = 3_660;

/// The most people `kindred demo` generates: twice the 100,000 the performance work uses, and
/// few enough that the file (some 2.6 kB a person) stays under the 512 MB a workspace may
/// have. A far larger number once ended in an allocation failure that left a lock behind.
const MAX_DEMO_PEOPLE: u64 = 200_000;

/// Prints a line on standard output. A reader that has gone away (`kindred upcoming F | head`)
/// is no error of ours: the line is dropped rather than the process brought down.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Runs a subcommand and returns the process's exit status.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { file } => check(&file),
        Command::Demo { people, today, file } => demo(people, today, &file),
        Command::Upcoming { file, days, today, json, lang } => upcoming(&file, days, today, json, lang),
        Command::Export { file, to, format, journey, person, lang, plain } => {
            let what = ExportOptions {
                format,
                journey: journey.as_deref(),
                person: person.as_deref(),
                conventions: lang,
                plain,
            };
            export(&file, &to, &what)
        }
        Command::Import { file, from, format, lang } => import(&file, &from, format, lang),
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

/// What `kindred export` is asked to write.
struct ExportOptions<'a> {
    format: Option<formats::Format>,
    journey: Option<&'a str>,
    person: Option<&'a str>,
    conventions: Conventions,
    plain: bool,
}

fn export(file: &Path, to: &Path, options: &ExportOptions<'_>) -> ExitCode {
    let format = match format_of(options.format, to) {
        Ok(format) => format,
        Err(message) => {
            eprintln!("kindred export: {message}");
            return ExitCode::from(2);
        }
    };
    if options.plain && format != formats::Format::Kindred {
        eprintln!("kindred export: --plain is for a .kindred copy; a {} file is never encrypted", format.describe());
        return ExitCode::from(2);
    }
    // Handouts are written in this language (sv has none: English).
    crate::i18n::set_language(options.conventions.text_language());
    let (decoded, passphrase) = match load_for_command(file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let workspace = &decoded.workspace;
    let person = match options.person.map(|name| pick_person(workspace, name)).transpose() {
        Ok(person) => person,
        Err(message) => {
            eprintln!("kindred export: {}: {message}", file.display());
            return ExitCode::from(2);
        }
    };
    let needs_map = matches!(
        (format, person),
        (formats::Format::Md, None)
            | (formats::Format::Html | formats::Format::Png | formats::Format::KindredJourney, _)
    );
    let map = if needs_map {
        match workspace.pick_journey(options.journey) {
            Ok(map) => Some(map),
            Err(message) => {
                eprintln!("kindred export: {}: {message}", file.display());
                return ExitCode::from(2);
            }
        }
    } else {
        None
    };
    let target = match export_target(file, to, format) {
        Ok(target) => target,
        Err(message) => {
            eprintln!("kindred export: {message}");
            return ExitCode::from(1);
        }
    };
    let written = if format == formats::Format::Kindred {
        // A copy is saved as the app saves: the lock held, the version it replaces kept as a
        // backup, and encrypted with the same passphrase unless a plain copy is asked for.
        let key = passphrase.as_ref().filter(|_| !options.plain);
        store::write_workspace(&mut store::save::RealDisk, &target.path, workspace, key).map(drop)
    } else {
        let what = formats::ExportWhat { journey: map, person, conventions: options.conventions };
        let bytes = match formats::write(workspace, format, &what) {
            Ok(bytes) => bytes,
            Err(message) => {
                eprintln!("kindred export: {message}");
                return ExitCode::from(1);
            }
        };
        store::write_file(&target.path, &bytes)
    };
    if let Err(error) = written {
        eprintln!("kindred export: {error}");
        return ExitCode::from(1);
    }
    let what = match (format, person, map) {
        (formats::Format::Kindred, _, _) => {
            let copy = if passphrase.is_some() && !options.plain {
                "an encrypted copy (same passphrase)"
            } else {
                "a plain, unencrypted copy"
            };
            format!(
                "{copy} of the workspace: {} people, {} journey maps",
                workspace.people.len(),
                workspace.journeys.len()
            )
        }
        (_, Some(person), _) => format!("{} as {}", person.name, format.describe()),
        (_, None, Some(map)) => format!("the journey map \"{}\" as {}", map.name, format.describe()),
        (_, None, None) => format!("{} people as {}", workspace.people.len(), format.describe()),
    };
    out!("{}: wrote {what}", to.display());
    if target.replaced_workspace {
        let backup = store::paths::backup_path(&target.path, 1);
        out!("{}: the version it replaced is kept as {}", to.display(), backup.display());
    }
    if passphrase.is_some() && format != formats::Format::Kindred {
        out!(
            "{}: note: not encrypted; {} is, but a {} file cannot be",
            to.display(),
            file.display(),
            format.describe()
        );
    }
    ExitCode::SUCCESS
}

/// Where an export writes: the file `--to` names (when that is a link, the file it points to),
/// with the locks held when it is, or becomes, a workspace.
struct ExportTarget {
    path: PathBuf,
    /// An existing workspace is being replaced by a copy.
    replaced_workspace: bool,
    _locks: Vec<lock::Lock>,
}

/// Where an export may write, or why not: never over the workspace being exported (by any
/// name: another path, a link, a hard link), never over a workspace open in Kindred (its lock
/// is taken, under the name given and the name of the file a link points to, so nobody opens
/// it while it is written), and over an existing workspace only with a copy of a workspace,
/// whose save keeps the old version as a backup.
fn export_target(source: &Path, to: &Path, format: formats::Format) -> Result<ExportTarget, String> {
    let shown = to.display();
    let io_error = |error: std::io::Error| format!("{shown}: {}", store::io_reason(&error));
    if store::same_file(source, to).map_err(io_error)? {
        return Err(format!("{shown}: is the workspace being exported ({}); export to another file", source.display()));
    }
    let resolved = store::existing_file(to).map_err(io_error)?;
    let exists = resolved.is_some();
    // Where `to` would be if it were no link: its folder's own path and its name.
    let folder = to.parent().filter(|f| !f.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let unlinked = store::existing_file(folder).map_err(io_error)?.zip(to.file_name()).map(|(f, n)| f.join(n));
    let linked = resolved.filter(|file| Some(file) != unlinked.as_ref());
    let path = linked.clone().unwrap_or_else(|| to.to_path_buf());
    let names: Vec<&Path> = match &linked {
        Some(file) => vec![to, file],
        None => vec![to],
    };
    let kindred = |name: &&Path| formats::Format::from_path(name) == Some(formats::Format::Kindred);
    let is_workspace = names.iter().any(kindred);
    let locked = names.iter().any(|name| !matches!(lock::read_lock(&store::paths::lock_path(name)), Ok(None)));
    let copy = format == formats::Format::Kindred;
    let mut locks = Vec::new();
    if copy || is_workspace || locked {
        // A link's companions are beside the file it names: its lock is that file's lock.
        let mut lock_paths = Vec::new();
        for name in &names {
            let lock_path = store::paths::lock_path(name);
            if !lock_paths.contains(&lock_path) {
                locks.push(lock_for_writing(name)?);
                lock_paths.push(lock_path);
            }
        }
    }
    if exists && (is_workspace || locked) && !copy {
        return Err(format!(
            "{shown}: is a Kindred workspace; only a .kindred copy may replace it (keeping it as a backup); \
             export to another file"
        ));
    }
    Ok(ExportTarget { replaced_workspace: exists && copy, path, _locks: locks })
}

/// `--lang` of `export` and `import`: the languages whose file conventions the command line
/// knows (Swedish too, which has no text of its own).
fn parse_conventions(code: &str) -> Result<Conventions, String> {
    Conventions::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Conventions::ALL.iter().map(|c| c.code()).collect();
        format!("unknown language `{code}`; available: {}", known.join(", "))
    })
}

/// `--lang` of `upcoming`: the languages Kindred's text is written in.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::ALL.into_iter().find(|lang| lang.code() == code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("unknown language `{code}`; available: {}", known.join(", "))
    })
}

/// The one person named `name` (exactly, else ignoring case); the error lists near names.
fn pick_person<'a>(workspace: &'a crate::model::Workspace, name: &str) -> Result<&'a crate::model::Person, String> {
    let exact: Vec<_> = workspace.people.iter().filter(|p| p.name.trim() == name.trim()).collect();
    let found = if exact.is_empty() {
        workspace.people.iter().filter(|p| p.name.trim().to_lowercase() == name.trim().to_lowercase()).collect()
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("no person is named \"{name}\"")),
        several => Err(format!(
            "{} people are named \"{name}\" ({}); give a fuller name",
            several.len(),
            several.iter().map(|p| p.organisation.as_str()).filter(|o| !o.is_empty()).collect::<Vec<_>>().join(", ")
        )),
    }
}

fn import(file: &Path, from: &Path, format: Option<formats::Format>, conventions: Conventions) -> ExitCode {
    let format = match format_of(format, from) {
        Ok(format) if format.imports() => format,
        Ok(format) => {
            eprintln!("kindred import: {} files can be exported, not imported", format.describe());
            return ExitCode::from(2);
        }
        Err(message) => {
            eprintln!("kindred import: {message}");
            return ExitCode::from(2);
        }
    };
    let _lock = match lock_for_writing(file) {
        Ok(lock) => lock,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(1);
        }
    };
    let (mut workspace, passphrase) = match load_for_command(file) {
        Ok((decoded, _)) if !decoded.unknown_fields.is_empty() => {
            eprintln!(
                "{}: has fields this version does not know ({}); it is not changed, so that they are not lost",
                file.display(),
                decoded.unknown_fields.join(", ")
            );
            return ExitCode::from(2);
        }
        Ok((decoded, passphrase)) => (decoded.workspace, passphrase),
        Err(code) => return code,
    };
    let duplicates = crate::model::duplicate_ids(&workspace);
    if let Some(first) = duplicates.first() {
        // Matching would update whichever record an id finds first: perhaps the wrong one.
        eprintln!(
            "{}: is not changed: records in it share ids, so an import could update the wrong one ({}{}); \
             `kindred check` lists them, and Kindred gives them new ids when it opens the file",
            file.display(),
            crate::ops::ids::describe(first),
            match duplicates.len() - 1 {
                0 => String::new(),
                more => format!(", and {more} more"),
            }
        );
        return ExitCode::from(1);
    }
    let options = formats::ImportOptions {
        csv_mapping: None,
        remembered: &workspace.settings.csv_mappings,
        conventions,
        progress: None,
    };
    let read = store::read_file(from).map_err(|e| e.to_string());
    let parsed = match read.and_then(|bytes| formats::read(&bytes, format, &options)) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{}: {message}", from.display());
            return ExitCode::from(1);
        }
    };
    let plan = crate::ops::import::plan(&workspace, parsed);
    print_plan(from, &plan);
    if !plan.changes_anything() {
        out!("{}: nothing to change", file.display());
        return ExitCode::SUCCESS;
    }
    if let Err(error) = crate::ops::apply(&mut workspace, plan.edit) {
        eprintln!("kindred import: {error}");
        return ExitCode::from(1);
    }
    // An encrypted workspace stays encrypted, with the same passphrase.
    match store::write_workspace(&mut store::save::RealDisk, file, &workspace, passphrase.as_ref()) {
        Ok(_) => {
            out!("{}: saved", file.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// The import report: a summary line, the notes about the file, then the skipped parts with
/// their reasons and the rows with notes.
fn print_plan(from: &Path, plan: &crate::ops::import::Plan) {
    use crate::ops::import::Outcome;
    out!("{} ({}): {}", from.display(), plan.format, plan.summary());
    for note in &plan.notes {
        out!("  note: {note}");
    }
    for name in &plan.journeys {
        out!("  added the journey map \"{name}\"");
    }
    for row in &plan.rows {
        match &row.outcome {
            Outcome::Skipped(reason) => out!("  skipped {}: {reason}", row.source),
            _ => {
                for note in &row.notes {
                    out!("  {} ({}): {note}", row.source, row.name);
                }
            }
        }
    }
}

fn check(file: &Path) -> ExitCode {
    match open_workspace(file) {
        Ok((loaded, _)) => {
            let decoded = &loaded.decoded;
            if !decoded.unknown_fields.is_empty() {
                eprintln!("{}: unknown fields: {}", file.display(), decoded.unknown_fields.join(", "));
                return ExitCode::from(1);
            }
            if let Err(code) = refuse_newer(file, decoded.version) {
                return code;
            }
            let ws = &decoded.workspace;
            let duplicates = crate::model::duplicate_ids(ws);
            if !duplicates.is_empty() {
                report_duplicates(file, &duplicates);
                return ExitCode::from(1);
            }
            out!(
                "{}: valid Kindred workspace (format {}): {} people, {} journey maps",
                file.display(),
                decoded.version,
                ws.people.len(),
                ws.journeys.len()
            );
            if decoded.version < crate::model::FORMAT_VERSION {
                out!(
                    "{}: written by an older Kindred; it is saved as format {} when it is next changed, \
                     the format-{} file kept as its first backup",
                    file.display(),
                    crate::model::FORMAT_VERSION,
                    decoded.version
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(error.exit_code())
        }
    }
}

/// How many records sharing an id `check` names; the rest are counted.
const DUPLICATES_SHOWN: usize = 100;

/// Where the workspace holds ids twice, each later holder with the first, by number and name.
fn report_duplicates(file: &Path, duplicates: &[crate::model::DuplicateId]) {
    let count = duplicates.len();
    let (records, share) = if count == 1 { ("record", "shares") } else { ("records", "share") };
    eprintln!("{}: {count} {records} {share} an id with another, and an id must name one record:", file.display());
    for duplicate in duplicates.iter().take(DUPLICATES_SHOWN) {
        eprintln!("  {}", crate::ops::ids::describe(duplicate));
    }
    if count > DUPLICATES_SHOWN {
        eprintln!("  and {} more", count - DUPLICATES_SHOWN);
    }
    eprintln!("Kindred opens it read-only and offers to give the duplicates new ids.");
}

fn demo(people: usize, today: Option<NaiveDate>, file: &Path) -> ExitCode {
    let _lock = match lock_for_writing(file) {
        Ok(lock) => lock,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(1);
        }
    };
    let workspace = crate::ops::demo::generate(people, today.unwrap_or_else(|| chrono::Local::now().date_naive()));
    match store::save(file, &workspace) {
        Ok(_) => {
            out!("{}: wrote a demo workspace with {people} people", file.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// `--today`: a full date, refused with the reason when it does not exist.
fn parse_today(text: &str) -> Result<NaiveDate, String> {
    let date = crate::model::PartialDate::parse_iso(text).map_err(|e| e.to_string())?;
    date.to_naive().ok_or_else(|| format!("`{text}` has no year; give the day as YYYY-MM-DD"))
}

/// One line of `kindred upcoming --json`, its keys in this order.
#[derive(Serialize)]
struct UpcomingJson<'a> {
    date: String,
    person: Cow<'a, str>,
    what: What,
    about: Option<&'a str>,
    years: Option<u32>,
    text: String,
}

fn upcoming(file: &Path, days: u32, today: Option<NaiveDate>, json: bool, lang: Lang) -> ExitCode {
    // The sentences and headings are in this language; dates stay YYYY-MM-DD.
    crate::i18n::set_language(lang);
    let decoded = match load_for_command(file) {
        Ok((decoded, _)) => decoded,
        Err(code) => return code,
    };
    if !decoded.unknown_fields.is_empty() {
        // Reading is safe (the file is never changed); the app opens such a file read-only too.
        eprintln!("{}: warning: unknown fields ignored: {}", file.display(), decoded.unknown_fields.join(", "));
    }
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let found = milestones::upcoming(&decoded.workspace, today, days);
    if json {
        let lines: Vec<_> = found
            .iter()
            .map(|o| UpcomingJson {
                date: o.date.format("%Y-%m-%d").to_string(),
                person: o.name(),
                what: o.what,
                about: o.about.as_deref(),
                years: o.years,
                text: o.sentence(),
            })
            .collect();
        match serde_json::to_string_pretty(&lines) {
            Ok(text) => out!("{text}"),
            Err(error) => {
                eprintln!("kindred upcoming: cannot write JSON: {error}");
                return ExitCode::from(1);
            }
        }
        return ExitCode::SUCCESS;
    }
    if found.is_empty() {
        out!("{}", crate::t!("milestones-nothing-ahead", count = days));
        return ExitCode::SUCCESS;
    }
    let mut heading: Option<Bucket> = None;
    for occurrence in &found {
        let bucket = milestones::bucket(occurrence.date, today);
        if heading != Some(bucket) {
            if heading.is_some() {
                out!();
            }
            out!("{}", bucket.label());
            heading = Some(bucket);
        }
        out!("{}  {}", occurrence.date.format("%Y-%m-%d"), occurrence.sentence());
    }
    ExitCode::SUCCESS
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
