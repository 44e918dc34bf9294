//! Every format Kindred reads or writes, by name and by file extension, and the one place that
//! turns a file's bytes into a [`Parsed`] import and a workspace into a file's bytes: the
//! command line and the app both go through here.

use super::{csv, handout, ics, journey_template, lifecycle, vcard};
use crate::i18n::Conventions;
use crate::model::{CsvMapping, Person, Workspace};
use crate::ops::import::{Parsed, from_workspace};
use crate::t;

/// A file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// vCard 3.0 out; any version in.
    Vcf,
    /// vCard 4.0 out; any version in.
    Vcf4,
    Csv,
    /// The organisations as CSV (export only, by name: a `.csv` is people).
    OrganisationsCsv,
    /// Milestones as iCalendar (export only).
    Ics,
    /// A journey map handout, or with a person, that person (export only).
    Md,
    /// A journey map handout (export only).
    Html,
    /// A journey map picture (export only).
    Png,
    /// The workspace, or with a person, that person (export only).
    Json,
    /// A Kindred workspace: merged into the open one on import, a copy on export.
    Kindred,
    KindredJourney,
    /// A journey's board, one row a person (export only; a `.csv` with a journey map named).
    BoardCsv,
    /// A journey's board as a handout page (export only).
    BoardHtml,
    /// A journey's board as a picture (export only).
    BoardPng,
}

impl Format {
    pub const ALL: [Format; 14] = [
        Format::Vcf,
        Format::Vcf4,
        Format::Csv,
        Format::OrganisationsCsv,
        Format::Ics,
        Format::Md,
        Format::Html,
        Format::Png,
        Format::Json,
        Format::Kindred,
        Format::KindredJourney,
        Format::BoardCsv,
        Format::BoardHtml,
        Format::BoardPng,
    ];

    /// The format a file's extension names (`.vcf` is vCard 3.0).
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_lowercase();
        Some(match ext.as_str() {
            "vcf" | "vcard" => Format::Vcf,
            "csv" | "tsv" | "txt" => Format::Csv,
            "ics" | "ical" => Format::Ics,
            "md" | "markdown" => Format::Md,
            "html" | "htm" => Format::Html,
            "png" => Format::Png,
            "json" => Format::Json,
            "kindred" => Format::Kindred,
            e if e == journey_template::EXTENSION => Format::KindredJourney,
            _ => return None,
        })
    }

    /// The extension files of this format get.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Vcf | Format::Vcf4 => "vcf",
            Format::Csv | Format::BoardCsv | Format::OrganisationsCsv => "csv",
            Format::Ics => "ics",
            Format::Md => "md",
            Format::Html | Format::BoardHtml => "html",
            Format::Png | Format::BoardPng => "png",
            Format::Json => "json",
            Format::Kindred => "kindred",
            Format::KindredJourney => journey_template::EXTENSION,
        }
    }

    /// The format's name on the command line (`--format vcf4`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Vcf => "vcf",
            Format::Vcf4 => "vcf4",
            Format::Csv => "csv",
            Format::OrganisationsCsv => "organisations-csv",
            Format::Ics => "ics",
            Format::Md => "md",
            Format::Html => "html",
            Format::Png => "png",
            Format::Json => "json",
            Format::Kindred => "kindred",
            Format::KindredJourney => "kindred-journey",
            Format::BoardCsv => "board-csv",
            Format::BoardHtml => "board-html",
            Format::BoardPng => "board-png",
        }
    }

    /// The format a command-line name gives.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// The format's name for people, in the current language.
    pub fn describe(self) -> String {
        let name = match self {
            Format::Vcf => "vCard 3.0",
            Format::Vcf4 => "vCard 4.0",
            Format::Csv => "CSV",
            Format::Ics => "iCalendar",
            Format::Md => "Markdown",
            Format::Html => "HTML",
            Format::Json => "JSON",
            Format::Png => return t!("interop-format-png"),
            Format::OrganisationsCsv => return t!("interop-format-organisations-csv"),
            Format::Kindred => return t!("interop-format-workspace"),
            Format::KindredJourney => return t!("interop-format-template"),
            Format::BoardCsv => return t!("interop-format-board-csv"),
            Format::BoardHtml => return t!("interop-format-board-html"),
            Format::BoardPng => return t!("interop-format-board-png"),
        };
        name.to_owned()
    }

    /// Whether files of this format can be imported.
    pub fn imports(self) -> bool {
        matches!(self, Format::Vcf | Format::Vcf4 | Format::Csv | Format::Kindred | Format::KindredJourney)
    }
}

/// The settings an import reads with.
#[derive(Clone, Copy, Debug)]
pub struct ImportOptions<'a> {
    /// The CSV column mapping chosen by the user, if they chose one.
    pub csv_mapping: Option<&'a [crate::model::CsvField]>,
    /// The workspace's remembered CSV mappings.
    pub remembered: &'a [CsvMapping],
    /// The conventions ambiguous CSV dates fall back to.
    pub conventions: Conventions,
    /// Where to count the cards or rows read.
    pub progress: Option<&'a super::Progress>,
}

/// Reads a file of a format for import. An error means nothing at all could be read.
pub fn read(bytes: &[u8], format: Format, options: &ImportOptions<'_>) -> Result<Parsed, String> {
    let parsed = match format {
        Format::Vcf | Format::Vcf4 => vcard::decode_with_progress(bytes, options.progress)?,
        Format::Csv => {
            let options = csv::Options {
                mapping: options.csv_mapping,
                remembered: options.remembered,
                conventions: options.conventions,
                progress: options.progress,
            };
            csv::decode(bytes, &options)?.0
        }
        Format::Kindred => {
            let decoded = crate::model::codec::decode(bytes).map_err(|e| e.to_string())?;
            if let Some(reason) = decoded.read_only_reason() {
                return Err(reason);
            }
            let mut parsed = from_workspace(decoded.workspace);
            if !decoded.unknown_fields.is_empty() {
                parsed.notes.push(t!("interop-unknown-fields", fields = decoded.unknown_fields.join(", ")));
            }
            parsed
        }
        Format::KindredJourney => {
            let map = journey_template::decode(bytes).map_err(|e| e.to_string())?;
            Parsed { format: Format::KindredJourney.describe(), journeys: vec![map], ..Parsed::default() }
        }
        other => return Err(t!("interop-export-only", format = other.describe())),
    };
    if parsed.is_empty() {
        return Err(match parsed.skipped.first() {
            Some(first) => {
                t!("interop-nothing-readable-because", source = first.source.as_str(), reason = first.reason.as_str())
            }
            None => t!("interop-nothing-readable"),
        });
    }
    Ok(parsed)
}

/// What to export.
#[derive(Clone, Copy, Debug)]
pub struct ExportWhat<'a> {
    /// The journey map for `.md`, `.html`, `.png`, `.kindred-journey` and the board's formats.
    pub journey: Option<&'a crate::model::JourneyMap>,
    /// The person for `.md` and `.json`.
    pub person: Option<&'a Person>,
    /// The conventions a CSV's separator follows.
    pub conventions: Conventions,
}

/// The bytes of an export, or why it cannot be made.
pub fn write(workspace: &Workspace, format: Format, what: &ExportWhat<'_>) -> Result<Vec<u8>, String> {
    let need_journey = || what.journey.ok_or_else(|| t!("interop-export-needs-map", format = format.describe()));
    Ok(match (format, what.person) {
        (Format::Md, Some(person)) => handout::person_markdown(workspace, person).into_bytes(),
        (Format::Json, Some(person)) => person_json(workspace, person)?.into_bytes(),
        (Format::Vcf, _) => vcard::encode(workspace, people(workspace, what), vcard::Version::V3).into_bytes(),
        (Format::Vcf4, _) => vcard::encode(workspace, people(workspace, what), vcard::Version::V4).into_bytes(),
        (Format::Csv, _) => {
            csv::encode(workspace, people(workspace, what), csv::separator_for(what.conventions)).into_bytes()
        }
        (Format::OrganisationsCsv, _) => {
            csv::encode_organisations(workspace, csv::separator_for(what.conventions)).into_bytes()
        }
        (Format::Ics, _) => ics::encode(workspace, people(workspace, what), chrono::Utc::now()).text.into_bytes(),
        (Format::Md, None) => handout::markdown(workspace, need_journey()?)?.into_bytes(),
        (Format::Html, _) => handout::html(workspace, need_journey()?)?.into_bytes(),
        (Format::Png, _) => handout::png(workspace, need_journey()?)?,
        (Format::Json, None) => lifecycle::workspace_json(workspace)?.into_bytes(),
        (Format::Kindred, _) => crate::model::codec::encode(workspace).into_bytes(),
        (Format::KindredJourney, _) => {
            // A template Kindred would refuse to read back is not written.
            let map = need_journey()?;
            super::check_map_size(&map.name, map.phases.len(), map.lanes.len(), map.cards.len())?;
            journey_template::encode(map).into_bytes()
        }
        (Format::BoardCsv, _) => {
            let separator = csv::separator_for(what.conventions);
            lifecycle::board_csv(workspace, need_journey()?, separator, today()).into_bytes()
        }
        (Format::BoardHtml, _) => lifecycle::board_html(workspace, need_journey()?, today()).into_bytes(),
        (Format::BoardPng, _) => lifecycle::board_png(workspace, need_journey()?, today())?,
    })
}

/// The day a board is exported on: days in a phase count to it.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The people an export covers: one person when one is given, else everybody.
fn people<'a>(workspace: &'a Workspace, what: &ExportWhat<'a>) -> &'a [Person] {
    match what.person {
        Some(person) => std::slice::from_ref(person),
        None => &workspace.people,
    }
}

/// One person as JSON, with their organisation, the people they are linked to (with what each
/// is to them), the names of the journey maps and phases they are placed in, and their phase
/// history in words.
fn person_json(workspace: &Workspace, person: &Person) -> Result<String, String> {
    let links: Vec<serde_json::Value> = workspace
        .links_of(person.id)
        .map(|link| {
            let other = link.other(person.id).and_then(|id| workspace.person(id));
            serde_json::json!({
                "person": link.other(person.id),
                "name": other.map(|o| o.name.as_str()),
                "is": crate::ops::links::word(link, person.id),
            })
        })
        .collect();
    let placed: Vec<serde_json::Value> = person
        .positions
        .iter()
        .map(|p| {
            let map = workspace.journey(p.journey);
            serde_json::json!({
                "journey": map.map(|m| m.name.as_str()),
                "phase": map.and_then(|m| m.phases.iter().find(|ph| ph.id == p.phase)).map(|ph| ph.name.as_str()),
            })
        })
        .collect();
    let mut person_value = serde_json::to_value(person).map_err(|e| e.to_string())?;
    if let Some(object) = person_value.as_object_mut() {
        object.insert("phase_history".to_owned(), lifecycle::history_json(workspace, person));
    }
    let value = serde_json::json!({
        "workspace": workspace.name,
        "person": person_value,
        "organisation": workspace.organisation_of(person),
        "links": links,
        "placed_on_boards": placed,
    });
    serde_json::to_string_pretty(&value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn formats_and_refusals_are_worded_in_the_language() {
        let options =
            ImportOptions { csv_mapping: None, remembered: &[], conventions: Conventions::Da, progress: None };
        let markdown = ExportWhat { journey: None, person: None, conventions: Conventions::Da };
        let ws = Workspace::named("Shop");
        set_language(Lang::Da);
        assert_eq!(Format::Png.describe(), "PNG-billede");
        assert_eq!(Format::KindredJourney.describe(), "kunderejseskabelon");
        assert_eq!(Format::Csv.describe(), "CSV");
        assert_eq!(
            read(b"", Format::Png, &options).expect_err("export only"),
            "filer i formatet PNG-billede kan eksporteres, men ikke importeres"
        );
        assert_eq!(
            write(&ws, Format::Md, &markdown).expect_err("which map?"),
            "en eksport som Markdown gælder én kunderejse; angiv hvilken"
        );
        set_language(Lang::Nb);
        assert_eq!(Format::Kindred.describe(), "Kindred-arbeidsområde");
        set_language(Lang::En);
        assert_eq!(Format::Png.describe(), "PNG image");
    }
}
