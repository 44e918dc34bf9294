//! Other programs' formats and Kindred's exchange files, as pure conversions between bytes and
//! the model: no egui, no disk (the `store` reads and writes the files, `ops::import` decides
//! what an import changes).
//!
//! - [`text`]: encodings (UTF-8, UTF-16, Windows-1252), line folding and escaping.
//! - [`vcard`]: vCard 2.1, 3.0 and 4.0 in, 3.0 or 4.0 out.
//! - [`csv`]: contact lists from Google, Outlook, Excel and anything else with a column
//!   mapping; people out as CSV.
//! - [`ics`]: milestones as iCalendar events.
//! - [`dav`]: CalDAV and CardDAV: the events and cards kept on a server, the XML spoken there.
//! - [`handout`]: a journey map as Markdown, HTML, SVG and PNG; one person as Markdown.
//! - [`journey_template`]: a journey map as a `.kindred-journey` template.
//! - [`lifecycle`]: a journey's board as CSV, HTML and PNG; a person's phase history in words.
//! - [`people`]: what the importers build people with (milestones, relatives, notes, the words
//!   for relations and labelled dates, ISO dates) and dates and relations in words.
//! - [`formats`]: every format by name and extension; the one entry for reading and writing.
//!
//! Every importer returns an [`ops::import::Parsed`](crate::ops::import::Parsed): the people
//! and maps it could read, each with where in the file it came from, and the parts it could not
//! read with the reason. It never fails for a part of a file; only a file with nothing readable
//! in it is an error. `ops::import` decides what it changes; `interop` may use `ops`, never the
//! other way round.

pub mod csv;
pub mod dav;
pub mod formats;
pub mod handout;
pub mod ics;
pub mod journey_template;
pub mod lifecycle;
pub mod people;
pub mod text;
pub mod vcard;

/// The most cards, rows or journey-map parts one import reads: far more than any real contact
/// list, and few enough that the preview of an import stays in memory comfortably. A file with
/// more is refused with a message that says so (never cut short without a word).
pub const MAX_RECORDS: usize = 100_000;

/// The most cells (phases × lanes) of a journey map that a handout, a picture or a template
/// holds, read or written: a hundred phases of a hundred lanes, far more than a wall of sticky
/// notes. A map of thousands of phases once made a picture of billions of pixels; such a map is
/// refused with the reason before anything is laid out.
pub const MAX_MAP_CELLS: usize = 10_000;

/// Whether a journey map of `phases`, `lanes` and `cards` is small enough for a handout, a
/// picture or a template ([`MAX_MAP_CELLS`] cells, [`MAX_RECORDS`] cards), or why not.
pub fn check_map_size(name: &str, phases: usize, lanes: usize, cards: usize) -> Result<(), String> {
    use crate::i18n::grouped;
    let cells = phases.saturating_mul(lanes);
    if cells > MAX_MAP_CELLS {
        return Err(crate::t!(
            "interop-map-too-large",
            name = name.trim(),
            phases = grouped(phases),
            lanes = grouped(lanes),
            cells = grouped(cells),
            most = grouped(MAX_MAP_CELLS)
        ));
    }
    if cards > MAX_RECORDS {
        return Err(crate::t!(
            "interop-map-too-many-cards",
            name = name.trim(),
            cards = grouped(cards),
            most = grouped(MAX_RECORDS)
        ));
    }
    Ok(())
}

/// The longest text value an import takes into a field (a photo aside): some 30 pages, more
/// than any real note, and short enough that the window can lay it out without stalling.
pub const MAX_VALUE_BYTES: usize = 100_000;

/// How far a long read has come, shared with the window that shows it: `done` of `total`
/// cards or rows.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: std::sync::atomic::AtomicUsize,
    pub total: std::sync::atomic::AtomicUsize,
}

impl Progress {
    pub(crate) fn start(progress: Option<&Progress>, total: usize) {
        if let Some(p) = progress {
            p.total.store(total, std::sync::atomic::Ordering::Relaxed);
            p.done.store(0, std::sync::atomic::Ordering::Relaxed);
        }
    }

    pub(crate) fn step(progress: Option<&Progress>, done: usize) {
        if let Some(p) = progress
            && done % 64 == 0
        {
            p.done.store(done, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// The share done, 0 to 1.
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(std::sync::atomic::Ordering::Relaxed);
        let done = self.done.load(std::sync::atomic::Ordering::Relaxed);
        if total == 0 { 0.0 } else { (done as f32 / total as f32).min(1.0) }
    }
}
