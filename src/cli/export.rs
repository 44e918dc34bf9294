//! `kindred export`: a workspace, or part of it, in another format; never over a workspace by
//! mistake.

use super::*;

/// What `kindred export` is asked to write.
pub(super) struct ExportOptions<'a> {
    pub(super) format: Option<formats::Format>,
    pub(super) journey: Option<&'a str>,
    pub(super) person: Option<&'a str>,
    pub(super) conventions: Conventions,
    pub(super) plain: bool,
}

pub(super) fn export(file: &Path, to: &Path, options: &ExportOptions<'_>) -> ExitCode {
    let format = match format_of(options.format, to) {
        // A `.csv` of one journey is its board; without one, the people.
        Ok(formats::Format::Csv) if options.journey.is_some() && options.person.is_none() => formats::Format::BoardCsv,
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
            | (
                formats::Format::Html
                    | formats::Format::Png
                    | formats::Format::KindredJourney
                    | formats::Format::BoardCsv
                    | formats::Format::BoardHtml
                    | formats::Format::BoardPng,
                _
            )
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
        (formats::Format::BoardCsv | formats::Format::BoardHtml | formats::Format::BoardPng, _, Some(map)) => {
            format!("the board of \"{}\" as {}: {} people", map.name, format.describe(), workspace.people.len())
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
pub(super) struct ExportTarget {
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
pub(super) fn export_target(source: &Path, to: &Path, format: formats::Format) -> Result<ExportTarget, String> {
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
