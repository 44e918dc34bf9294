//! `kindred check`: whether a workspace file can be read, and what it holds.

use super::*;

pub(super) fn check(file: &Path) -> ExitCode {
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
                "{}: valid Kindred workspace (format {}): {} people, {} organisations, {} links between people, {} journey maps",
                file.display(),
                decoded.version,
                ws.people.len(),
                ws.organisations.len(),
                ws.links.len(),
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
pub(super) const DUPLICATES_SHOWN: usize = 100;

/// Where the workspace holds ids twice, each later holder with the first, by number and name.
pub(super) fn report_duplicates(file: &Path, duplicates: &[crate::model::DuplicateId]) {
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
