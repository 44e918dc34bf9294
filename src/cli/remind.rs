//! `kindred remind`: the day's agenda printed, or sent as desktop notifications once a day.
//!
//! With `--notify` the day is claimed in the once-a-day record (`store::reminded`) before
//! anything is sent, and given back when nothing could be: so neither a second run nor the
//! window sends the same day again, and a run that found no notification service leaves the
//! day to a later one. The *Open* action needs this process to hear the click, so it is offered
//! only with `--wait` (the login entry waits a working day); clicking it starts Kindred on the
//! workspace and ends the wait.

use super::*;
use crate::ops::agenda;
use crate::remind::notify;
use crate::store::reminded::{self, Claim};
use std::time::Duration;

/// What `kindred remind` was asked for.
pub(super) struct Options {
    pub notify: bool,
    pub today: Option<NaiveDate>,
    pub again: bool,
    /// Minutes to wait for *Open* to be clicked.
    pub wait: Option<u32>,
    pub lang: Option<Lang>,
}

pub(super) fn remind(file: Option<PathBuf>, options: &Options) -> ExitCode {
    crate::i18n::set_language(options.lang.or_else(Lang::from_system).unwrap_or_default());
    let Some(file) = file.or_else(store::paths::default_workspace) else {
        eprintln!("kindred remind: no workspace named, and no data folder to find the default one in");
        return ExitCode::from(2);
    };
    // 1 is "no notification service" here: a workspace that cannot be read is 2.
    let decoded = match load_for_command(&file) {
        Ok((decoded, _)) => decoded,
        Err(code) if code == ExitCode::from(1) => return ExitCode::from(2),
        Err(code) => return code,
    };
    if !decoded.unknown_fields.is_empty() {
        eprintln!("{}: warning: unknown fields ignored: {}", file.display(), decoded.unknown_fields.join(", "));
    }
    let today = options.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let found = agenda::agenda(&decoded.workspace, today);
    if !options.notify {
        super::today::print_agenda(&found, today);
        return ExitCode::SUCCESS;
    }
    if found.is_empty() {
        out!("{}: nothing to remind of today", file.display());
        return ExitCode::SUCCESS;
    }
    let claimed = match reminded::claim(&file, today) {
        Ok(Claim::First) => true,
        Ok(Claim::Already) if !options.again => {
            eprintln!(
                "{}: already reminded of {} on this computer; nothing sent (--again sends it anyway)",
                file.display(),
                today.format("%Y-%m-%d")
            );
            return ExitCode::SUCCESS;
        }
        Ok(Claim::Already) => false,
        Err(error) => {
            eprintln!("{}: warning: the day's reminder cannot be recorded ({error}); sending anyway", file.display());
            false
        }
    };
    let notices = notify::notices(&found, today);
    let open = options.wait.filter(|minutes| *minutes > 0).map(|_| crate::t!("notify-open"));
    let shown = match notify::send(&notices, open.as_deref()) {
        Ok(shown) => shown,
        Err(error) => {
            if claimed {
                let _ = reminded::release(&file, today);
            }
            eprintln!("kindred remind: {error}");
            return ExitCode::from(1);
        }
    };
    out!("{}: {} — {} notification(s) sent", file.display(), found.summary(), notices.len());
    if let Some(minutes) = options.wait.filter(|_| shown.open_offered) {
        if shown.wait_for_open(Duration::from_secs(u64::from(minutes) * 60)) {
            open_kindred(&file);
        }
    }
    ExitCode::SUCCESS
}

/// Starts Kindred on the workspace, and leaves it running: this program, or the one
/// `KINDRED_OPEN_PROGRAM` names (a test's stand-in for the window).
fn open_kindred(file: &Path) {
    let program = std::env::var_os("KINDRED_OPEN_PROGRAM").map(PathBuf::from).or_else(|| std::env::current_exe().ok());
    let Some(program) = program else {
        eprintln!("kindred remind: cannot tell where Kindred is to open {}", file.display());
        return;
    };
    let started = std::process::Command::new(&program)
        .arg(file)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match started {
        Ok(_) => out!("{}: opened in Kindred", file.display()),
        Err(error) => eprintln!("kindred remind: {} could not be started: {error}", program.display()),
    }
}
