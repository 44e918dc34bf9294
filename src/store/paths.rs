//! Where a workspace's companion files live: all beside the workspace, named after it.
//!
//! For `workspace.kindred`:
//! - `workspace.kindred.lock` — who has it open (process id, host, user, time);
//! - `workspace.kindred.recovery` — unsaved work, autosaved while editing;
//! - `workspace.kindred.bak1` … `.bak5` — the previous versions, `bak1` the newest;
//! - `workspace.kindred.tmp-<process id>` — a save in progress, renamed over the workspace
//!   when complete.
//!
//! A workspace path that is a symbolic link (a common way to keep the file in a sync folder)
//! has its companions beside the link's target, where the file really is: [`resolved`].

use std::path::{Path, PathBuf};

/// How many earlier versions are kept.
pub const BACKUPS: usize = 5;

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// How many symbolic links [`resolved`] follows before it gives up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Where the file at `path` really is: `path` itself, or, when it is a symbolic link, the file
/// the link (and any link that points to) leads to, whether that exists yet or not. Only the
/// last part of the path is followed; the folders above are the system's to resolve. A loop
/// of links gives `path` back, and opening it then reports the loop.
pub fn resolved(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let is_link = std::fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return current;
        }
        let Ok(target) = std::fs::read_link(&current) else { return current };
        // A relative link is relative to the folder the link is in.
        current = match current.parent() {
            Some(folder) if target.is_relative() => folder.join(target),
            _ => target,
        };
    }
    path.to_path_buf()
}

/// The lock file of the workspace at `workspace` (beside its link's target).
pub fn lock_path(workspace: &Path) -> PathBuf {
    with_suffix(&resolved(workspace), ".lock")
}

/// The recovery file of the workspace at `workspace` (beside its link's target).
pub fn recovery_path(workspace: &Path) -> PathBuf {
    with_suffix(&resolved(workspace), ".recovery")
}

/// Backup `n` of the workspace at `workspace`, from 1 (the newest) to [`BACKUPS`] (beside its
/// link's target).
pub fn backup_path(workspace: &Path, n: usize) -> PathBuf {
    with_suffix(&resolved(workspace), &format!(".bak{n}"))
}

/// The temporary file a save of `file` writes first: beside `file` itself (a link is not
/// followed here; the save decides what it writes).
pub fn temp_path(file: &Path) -> PathBuf {
    with_suffix(file, &format!(".tmp-{}", std::process::id()))
}

/// The workspace opened when none is named: `kindred/workspace.kindred` in the user's data
/// directory (on Linux `$XDG_DATA_HOME`, usually `~/.local/share`).
pub fn default_workspace() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.data_dir().join("kindred").join("workspace.kindred"))
}

/// UI preferences: `kindred/settings.ron` in the user's config directory.
pub fn settings_file() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.config_dir().join("kindred").join("settings.ron"))
}

/// Where this computer keeps what it remembers for itself (not in the workspace, and not beside
/// it where a sync tool would carry it to another computer): `kindred` in the user's state
/// folder (on Linux `$XDG_STATE_HOME`, usually `~/.local/state`), or in the local data folder
/// where a system has no state folder. `KINDRED_STATE_DIR` names another folder (tests do).
pub fn state_folder() -> Option<PathBuf> {
    if let Some(folder) = std::env::var_os("KINDRED_STATE_DIR").filter(|f| !f.is_empty()) {
        return Some(PathBuf::from(folder));
    }
    let dirs = directories::BaseDirs::new()?;
    Some(dirs.state_dir().unwrap_or(dirs.data_local_dir()).join("kindred"))
}

/// The desktop's autostart entry that reminds at login: `<app id>-remind.desktop` in
/// `$XDG_CONFIG_HOME/autostart` (usually `~/.config/autostart`).
pub fn autostart_file() -> Option<PathBuf> {
    directories::BaseDirs::new()
        .map(|dirs| dirs.config_dir().join("autostart").join(format!("{}-remind.desktop", crate::APP_ID)))
}

/// Why a calendar feed's name is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedName {
    /// The name holds a folder (a `/` or `\`), or is `.` or `..`.
    NotAFileName,
    /// The name does not end in `.ics`, which calendars look for.
    NotIcs,
}

/// The calendar feed named `name` of the workspace at `workspace`: a file beside it (beside its
/// link's target, as every companion), named by the person — a file name ending in `.ics`, not
/// a path, so that the feed stays in the workspace's (synced) folder.
pub fn feed_path(workspace: &Path, name: &str) -> Result<PathBuf, FeedName> {
    let name = name.trim();
    if name.is_empty() || name == "." || name == ".." || name.contains(['/', '\\']) || name.contains('\0') {
        return Err(FeedName::NotAFileName);
    }
    if !name.to_lowercase().ends_with(".ics") || name.len() == ".ics".len() {
        return Err(FeedName::NotIcs);
    }
    Ok(resolved(workspace).with_file_name(name))
}

/// The full name of the account this runs as, from the system's list of accounts (the GECOS
/// field of `/etc/passwd`, up to its first comma), else the account's name (`$USER`): what this
/// computer's changes are stamped with until the person names themselves in the settings.
pub fn account_name() -> String {
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    #[cfg(unix)]
    {
        let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
        // Without `$USER` (a service, a container), the account this process runs as.
        let user = if user.is_empty() { own_account(&passwd).unwrap_or_default() } else { user.clone() };
        if let Some(full) = full_name_in(&passwd, &user) {
            return full;
        }
        if !user.is_empty() {
            return user;
        }
    }
    user
}

/// The name of the account this process runs as (by its user id, from `/proc`).
#[cfg(unix)]
fn own_account(passwd: &str) -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let uid = status.lines().find_map(|line| line.strip_prefix("Uid:"))?.split_whitespace().next()?.to_owned();
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.get(2) == Some(&uid.as_str())).then(|| fields[0].to_owned())
    })
}

/// The full name of `user` in the text of a `passwd` file.
fn full_name_in(passwd: &str, user: &str) -> Option<String> {
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        let gecos = fields.get(4)?.split(',').next()?.trim();
        (fields.first() == Some(&user) && !user.is_empty() && !gecos.is_empty()).then(|| gecos.to_owned())
    })
}

/// A path shown to a person: relative names stay as given.
pub fn display(path: &Path) -> String {
    path.display().to_string()
}

/// The user's home folder (on Linux `$HOME`).
pub fn home_folder() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf())
}

/// Where exports are offered when none has been made yet: the user's Documents folder, else
/// their home folder (never the hidden data folder the default workspace lives in).
pub fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf())
}

/// A path as a person typed it, with `~` read as their home folder, as a shell reads it: `~`
/// alone and `~/…` (on Windows `~\…` too). Anything else, `~user/…` included, stays as typed.
pub fn expand_home(typed: &str) -> PathBuf {
    expand_home_in(typed, home_folder().as_deref())
}

fn expand_home_in(typed: &str, home: Option<&Path>) -> PathBuf {
    let separators: &[char] = if cfg!(windows) { &['/', '\\'] } else { &['/'] };
    match (home, typed.strip_prefix('~')) {
        (Some(home), Some("")) => home.to_path_buf(),
        (Some(home), Some(rest)) if rest.starts_with(separators) => home.join(rest.trim_start_matches(separators)),
        _ => PathBuf::from(typed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_is_a_calendar_file_beside_the_workspace() {
        let workspace = Path::new("/sync/shop.kindred");
        assert_eq!(feed_path(workspace, " shop.ics "), Ok(PathBuf::from("/sync/shop.ics")));
        assert_eq!(feed_path(workspace, "Kunder.ICS"), Ok(PathBuf::from("/sync/Kunder.ICS")));
        for name in ["", "..", "../shop.ics", "sub/shop.ics", "a\\b.ics", "/tmp/shop.ics"] {
            assert_eq!(feed_path(workspace, name), Err(FeedName::NotAFileName), "{name}");
        }
        for name in ["shop.kindred", "shop", ".ics", "shop.ics.txt"] {
            assert_eq!(feed_path(workspace, name), Err(FeedName::NotIcs), "{name}");
        }
    }

    #[test]
    fn the_full_name_is_the_gecos_field_up_to_its_first_comma() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\nanna:x:1000:1000:Anna Dahl,,,:/home/anna:/bin/bash\nbo:x:1001:1001::/home/bo:/bin/sh\n";
        assert_eq!(full_name_in(passwd, "anna").as_deref(), Some("Anna Dahl"));
        assert_eq!(full_name_in(passwd, "bo"), None, "no full name: the account's name is used");
        assert_eq!(full_name_in(passwd, "carl"), None);
        assert_eq!(full_name_in(passwd, ""), None);
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = Path::new("/home/mette");
        assert_eq!(expand_home_in("~", Some(home)), home);
        assert_eq!(expand_home_in("~/", Some(home)), home);
        assert_eq!(expand_home_in("~/people.csv", Some(home)), home.join("people.csv"));
        assert_eq!(expand_home_in("~//Documents/x.csv", Some(home)), home.join("Documents/x.csv"));
        for typed in ["/tmp/x.csv", "x.csv", "~lars/x.csv", "a/~/x.csv", "~x"] {
            assert_eq!(expand_home_in(typed, Some(home)), PathBuf::from(typed), "{typed} stays as typed");
        }
        assert_eq!(expand_home_in("~/x.csv", None), PathBuf::from("~/x.csv"), "no home: as typed");
    }
}
