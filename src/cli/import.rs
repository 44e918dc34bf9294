//! `kindred import`: what a file holds, added to a workspace and saved safely.

use super::*;

pub(super) fn import(file: &Path, from: &Path, format: Option<formats::Format>, conventions: Conventions) -> ExitCode {
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
    let mut opened = match writing::Opened::open(file) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let workspace = &mut opened.workspace;
    let duplicates = crate::model::duplicate_ids(workspace);
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
    let plan = crate::ops::import::plan(workspace, parsed);
    print_plan(from, &plan);
    if !plan.changes_anything() {
        out!("{}: nothing to change", file.display());
        if !opened.merged_copies() {
            return ExitCode::SUCCESS;
        }
    } else {
        let touched = crate::ops::sync::Touched::of(&plan.edit);
        if let Err(error) = crate::ops::apply(workspace, plan.edit) {
            eprintln!("kindred import: {error}");
            return ExitCode::from(1);
        }
        touched.stamp(workspace, &writing::stamp());
    }
    // An encrypted workspace stays encrypted, with the same passphrase.
    match opened.save(file) {
        Ok(()) => {
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
pub(super) fn print_plan(from: &Path, plan: &crate::ops::import::Plan) {
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
