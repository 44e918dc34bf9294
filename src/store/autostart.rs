//! *Remind me when I log in*: the desktop's autostart entry (the XDG Autostart specification,
//! [`paths::autostart_file`]) that runs `kindred remind --notify` on a workspace when the
//! person logs in. The entry itself is the setting: written when ticked, removed when not, so
//! that what the settings show is what the desktop will do. Which workspace it reminds of is
//! kept in the entry too (`X-Kindred-Workspace`), to be read back.

use super::paths;
use super::save::{self, FileKind, RealDisk, SaveError};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// How long the login reminder waits for its *Open* button to be clicked, in minutes: a
/// working day.
pub const WAIT_MINUTES: u32 = 480;

/// The key that names the workspace the entry reminds of.
const WORKSPACE_KEY: &str = "X-Kindred-Workspace=";

/// Why the entry cannot be written.
#[derive(Debug)]
pub enum AutostartError {
    /// The system has no home folder to put it in.
    NoFolder,
    /// A path the entry must name cannot be written in a desktop entry (not UTF-8, or with a
    /// line break or control character).
    Unwritable(PathBuf),
    Save(SaveError),
}

impl std::fmt::Display for AutostartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AutostartError::NoFolder => f.write_str(&crate::t!("autostart-no-folder")),
            AutostartError::Unwritable(path) => {
                f.write_str(&crate::t!("autostart-unwritable-path", path = path.display().to_string()))
            }
            AutostartError::Save(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for AutostartError {}

/// Writes the entry that reminds of `workspace` at login by running `program` (this Kindred);
/// where it was written.
pub fn enable(program: &Path, workspace: &Path) -> Result<PathBuf, AutostartError> {
    let file = paths::autostart_file().ok_or(AutostartError::NoFolder)?;
    enable_at(&file, program, workspace)?;
    Ok(file)
}

/// Removes the entry; whether there was one.
pub fn disable() -> io::Result<bool> {
    match paths::autostart_file() {
        Some(file) => disable_at(&file),
        None => Ok(false),
    }
}

/// The workspace the entry reminds of, if there is an entry.
pub fn current() -> Option<PathBuf> {
    current_at(&paths::autostart_file()?)
}

fn enable_at(file: &Path, program: &Path, workspace: &Path) -> Result<(), AutostartError> {
    let text = entry(program, workspace)?;
    if let Some(folder) = file.parent() {
        fs::create_dir_all(folder).map_err(|source| {
            AutostartError::Save(SaveError { path: folder.to_path_buf(), step: save::Step::Create, source })
        })?;
    }
    save::save_file(&mut RealDisk, file, text.as_bytes(), 0, FileKind::Export).map_err(AutostartError::Save)
}

fn disable_at(file: &Path) -> io::Result<bool> {
    match fs::remove_file(file) {
        Ok(()) => Ok(true),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error),
    }
}

fn current_at(file: &Path) -> Option<PathBuf> {
    let text = fs::read_to_string(file).ok()?;
    let value = text.lines().find_map(|line| line.strip_prefix(WORKSPACE_KEY))?;
    Some(PathBuf::from(unescape_value(value)))
}

/// The entry's text.
fn entry(program: &Path, workspace: &Path) -> Result<String, AutostartError> {
    let text = |path: &Path| {
        path.to_str()
            .filter(|text| !text.chars().any(char::is_control))
            .map(str::to_owned)
            .ok_or_else(|| AutostartError::Unwritable(path.to_path_buf()))
    };
    let (program, workspace) = (text(program)?, text(workspace)?);
    let exec = [program.as_str(), "remind", "--notify", "--wait", &WAIT_MINUTES.to_string(), workspace.as_str()]
        .iter()
        .map(|arg| quote_arg(arg))
        .collect::<Vec<_>>()
        .join(" ");
    Ok(format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Kindred reminders\n\
         Comment=Today's follow-ups, milestones and people to keep in touch with\n\
         Exec={}\n\
         Icon={}\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n\
         {WORKSPACE_KEY}{}\n",
        escape_value(&exec),
        crate::APP_ID,
        escape_value(&workspace)
    ))
}

/// One argument of `Exec`, as the Desktop Entry specification quotes it: in double quotes,
/// with `"`, `` ` ``, `$` and `\` escaped by a backslash, and `%` (a field code) doubled.
/// Plain words stay as they are.
fn quote_arg(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '+' | ',' | ':' | '='));
    if plain {
        return arg.to_owned();
    }
    let mut quoted = String::with_capacity(arg.len() + 2);
    quoted.push('"');
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '%' => quoted.push_str("%%"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// A value of type string: a backslash is written `\\` (after [`quote_arg`], so that a literal
/// backslash in a quoted argument becomes four).
fn escape_value(value: &str) -> String {
    value.replace('\\', "\\\\")
}

fn unescape_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('s') => out.push(' '),
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_runs_the_reminder_on_the_workspace_and_names_it() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("autostart/kindred-remind.desktop");
        let workspace = Path::new("/home/mette/Dropbox/Bageriet \"Dahl\" 100% $HOME\\x.kindred");
        assert_eq!(current_at(&file), None);
        enable_at(&file, Path::new("/usr/bin/kindred"), workspace).expect("written");
        let text = fs::read_to_string(&file).expect("written");
        assert!(
            text.contains(
                "Exec=/usr/bin/kindred remind --notify --wait 480 \
                 \"/home/mette/Dropbox/Bageriet \\\\\"Dahl\\\\\" 100%% \\\\$HOME\\\\\\\\x.kindred\"\n"
            ),
            "{text}"
        );
        assert_eq!(current_at(&file).as_deref(), Some(workspace), "read back as written");
        assert!(disable_at(&file).expect("removed"));
        assert!(!file.exists());
        assert!(!disable_at(&file).expect("nothing to remove"));
        let broken = enable_at(&file, Path::new("/usr/bin/kindred"), Path::new("/tmp/a\nb.kindred"));
        assert!(matches!(broken, Err(AutostartError::Unwritable(_))), "{broken:?}");
        assert!(!file.exists(), "nothing half-written");
    }
}
