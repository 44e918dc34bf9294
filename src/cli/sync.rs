//! `kindred sync FILE`: merges the conflict copies a sync tool left beside the workspace into
//! it, lists the conflicts it holds, and moves the copies to the backups.

use super::writing::Opened;
use super::*;

pub(super) fn sync(file: &Path) -> ExitCode {
    let opened = match Opened::open(file) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let merged = opened.merged_copies();
    let report = merge::conflict_lines(&opened.workspace);
    if merged {
        if let Err(error) = opened.save(file) {
            eprintln!("{error}");
            return ExitCode::from(1);
        }
        out!("{}: saved", file.display());
    } else {
        out!("{}: no conflict copies beside it", file.display());
    }
    for line in &report {
        out!("{line}");
    }
    if report.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
