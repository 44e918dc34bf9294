//! Where a workspace's companion files live: all beside the workspace, named after it.
//!
//! For `workspace.kindred`:
//! - `workspace.kindred.lock` — who has it open (process id, host, user, time);
//! - `workspace.kindred.recovery` — unsaved work, autosaved while editing;
//! - `workspace.kindred.bak1` … `.bak5` — the previous versions, `bak1` the newest;
//! - `workspace.kindred.tmp-<process id>` — a save in progress, renamed over the workspace
//!   when complete.

use std::path::{Path, PathBuf};

/// How many earlier versions are kept.
pub const BACKUPS: usize = 5;

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

pub fn lock_path(workspace: &Path) -> PathBuf {
    with_suffix(workspace, ".lock")
}

pub fn recovery_path(workspace: &Path) -> PathBuf {
    with_suffix(workspace, ".recovery")
}

/// Backup `n`, from 1 (the newest) to [`BACKUPS`].
pub fn backup_path(workspace: &Path, n: usize) -> PathBuf {
    with_suffix(workspace, &format!(".bak{n}"))
}

pub fn temp_path(workspace: &Path) -> PathBuf {
    with_suffix(workspace, &format!(".tmp-{}", std::process::id()))
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

/// A path shown to a person: relative names stay as given.
pub fn display(path: &Path) -> String {
    path.display().to_string()
}
