//! `kindred demo`: a generated workspace for trying things out and for benchmarks.

use super::*;

/// The most people `kindred demo` generates: twice the 100,000 the performance work uses, and
/// few enough that the file (some 2.6 kB a person) stays under the 512 MB a workspace may
/// have. A far larger number once ended in an allocation failure that left a lock behind.
pub(super) const MAX_DEMO_PEOPLE: u64 = 200_000;

pub(super) fn demo(people: usize, organisations: Option<usize>, today: Option<NaiveDate>, file: &Path) -> ExitCode {
    let _lock = match lock_for_writing(file) {
        Ok(lock) => lock,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(1);
        }
    };
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let organisations = organisations.unwrap_or(people / 5);
    let workspace = crate::ops::demo::generate_with(people, organisations, today);
    match save_changed(file, &workspace, None) {
        Ok(()) => {
            out!("{}: wrote a demo workspace with {people} people in {organisations} organisations", file.display());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
