//! `kindred merge BASE OURS THEIRS [-o OUT]`: a three-way merge of three workspace files, as
//! git's merge driver (`git config merge.kindred.driver "kindred merge %O %A %B"`). Writes the
//! result to OURS (or OUT); exit 0 when clean, 1 when conflicts were recorded (the result is a
//! valid workspace that carries them), 2 when an input cannot be read.

use super::*;
use crate::model::Workspace;

pub(super) fn merge(base: &Path, ours: &Path, theirs: &Path, out: Option<&Path>) -> ExitCode {
    let read = |path: &Path| -> Result<(store::Loaded, Option<Passphrase>), ExitCode> {
        let (loaded, passphrase) = open_workspace(path).map_err(|error| {
            eprintln!("{error}");
            ExitCode::from(2)
        })?;
        if let Some(reason) = loaded.decoded.read_only_reason() {
            eprintln!("{}: {reason}", path.display());
            return Err(ExitCode::from(2));
        }
        Ok((loaded, passphrase))
    };
    // git gives an empty file as the common version when there is none.
    let base = match std::fs::metadata(base) {
        Ok(metadata) if metadata.len() == 0 => None,
        _ => match read(base) {
            Ok((loaded, _)) => Some(loaded.decoded.workspace),
            Err(code) => return code,
        },
    };
    let ((mine, passphrase), (other, _)) = match (read(ours), read(theirs)) {
        (Ok(mine), Ok(other)) => (mine, other),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let merged = match crate::ops::sync::merge(base.as_ref(), &mine.decoded.workspace, &other.decoded.workspace) {
        Ok(merged) => merged,
        Err(error) => {
            eprintln!("kindred merge: {error}");
            return ExitCode::from(2);
        }
    };
    let mut workspace = merged.workspace;
    for revision in [&mine.revision, &other.revision] {
        workspace.descend_from(revision);
    }
    let target = out.unwrap_or(ours);
    let written = store::file_bytes(&workspace, passphrase.as_ref())
        .map_err(|e| e.to_string())
        .and_then(|bytes| store::write_file(target, &bytes).map_err(|e| e.to_string()));
    if let Err(error) = written {
        eprintln!("{error}");
        return ExitCode::from(2);
    }
    let lines = conflict_lines(&workspace);
    if base.is_none() {
        eprintln!("kindred merge: no common version; every difference is kept as a conflict");
    }
    for line in &lines {
        out!("{line}");
    }
    if lines.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// Each conflict the workspace holds, in a line: `conflict: Mette Kjærgaard: role: "Owner"
/// (Anna) / "Baker" (Jonas)`.
pub(super) fn conflict_lines(workspace: &Workspace) -> Vec<String> {
    use crate::ops::sync::{describe, value_words};
    workspace
        .conflicts
        .iter()
        .map(|conflict| {
            let side = |value: Option<&str>, by: Option<&crate::model::Stamp>| {
                let value = value_words(value);
                match by {
                    Some(stamp) if !stamp.who.is_empty() => format!("\"{value}\" ({})", stamp.who),
                    _ => format!("\"{value}\""),
                }
            };
            format!(
                "conflict: {}: {} / {}",
                describe(workspace, conflict),
                side(conflict.ours.as_deref(), conflict.ours_by.as_ref()),
                side(conflict.theirs.as_deref(), conflict.theirs_by.as_ref())
            )
        })
        .collect()
}
