//! The bodies of the fuzz targets in `fuzz/`: each takes arbitrary bytes, must never panic on
//! them, and checks what must hold of whatever they turn out to be. They live in the library so
//! that the seed corpus and every input a fuzzer once broke them with run as ordinary tests
//! (`tests/files/fuzz_inputs.rs`) on the stable toolchain, without a fuzzer.
//!
//! A panic here is a bug found: in a reader (bad input must be refused with a message), or in a
//! writer (what Kindred writes must read back, and a calendar must keep RFC 5545's rules).

use crate::i18n::Conventions;
use crate::interop::formats::{self, Format, ImportOptions};
use crate::interop::{csv, ics, journey_template, vcard};
use crate::model::codec;
use crate::model::{Organisation, Workspace, organisation_id_for};
use chrono::TimeZone;

/// A target's body: takes any bytes, panics only on a bug.
pub type Body = fn(&[u8]);

/// Every target by the name of its file in `fuzz/fuzz_targets/` and of its corpus folder.
pub const TARGETS: &[(&str, Body)] = &[
    ("workspace", workspace),
    ("vcard", vcard),
    ("csv", csv),
    ("ics_export", ics_export),
    ("journey_template", journey_template),
];

/// The files and folders, relative to the project, that seed a target's corpus: the test
/// fixtures, the shipped sample and `fuzz/seeds/<target>`, so that a fuzzer starts from
/// real-shaped files.
pub fn seeds(target: &str) -> &'static [&'static str] {
    match target {
        "workspace" => &[
            "tests/fixtures/format-1.kindred",
            "tests/fixtures/format-1-encrypted-by-age.kindred",
            "tests/fixtures/format-2.kindred",
            "assets/sample.kindred",
        ],
        "vcard" | "ics_export" => &["tests/fixtures/exports"],
        "csv" => &["tests/fixtures/exports", "tests/fixtures/kunder-ukendte-kolonner.csv"],
        "journey_template" => &["fuzz/seeds/journey_template"],
        _ => &[],
    }
}

fn import(bytes: &[u8], format: Format, conventions: Conventions) -> Result<crate::ops::import::Parsed, String> {
    formats::read(bytes, format, &ImportOptions { csv_mapping: None, remembered: &[], conventions, progress: None })
}

/// Everyone read, each linked to an organisation of the name read for them (one per name), as
/// a workspace; nobody is merged with anyone.
fn people_of(parsed: crate::ops::import::Parsed) -> Workspace {
    let mut workspace = Workspace::default();
    for incoming in parsed.people {
        let mut person = incoming.person;
        if !incoming.organisation.trim().is_empty() {
            let id = organisation_id_for(&incoming.organisation);
            if workspace.organisation(id).is_none() {
                let organisation = Organisation { id, ..Organisation::named(incoming.organisation) };
                workspace.organisations.push(organisation);
            }
            person.organisation = Some(id);
        }
        workspace.people.push(person);
    }
    workspace
}

/// A workspace file (and a workspace merged in by import): whatever decodes, encodes to text
/// that decodes to the same workspace, and encoding that again gives the same text.
pub fn workspace(data: &[u8]) {
    let _ = crate::store::crypt::is_encrypted(data);
    let _ = import(data, Format::Kindred, Conventions::En);
    let Ok(decoded) = codec::decode(data) else { return };
    let _ = crate::model::duplicate_ids(&decoded.workspace);
    let text = codec::encode(&decoded.workspace);
    let again = match codec::decode(text.as_bytes()) {
        Ok(again) => again,
        Err(error) => panic!("Kindred cannot read what it wrote: {error}\n{text}"),
    };
    assert_eq!(again.workspace, decoded.workspace, "a workspace changed on the way through its file");
    assert_eq!(codec::encode(&again.workspace), text, "saving again gave other bytes");
}

/// vCard in any version and dialect: whoever it yields, Kindred writes as vCard 3.0 and 4.0
/// and reads back, everyone again.
pub fn vcard(data: &[u8]) {
    let Ok(parsed) = import(data, Format::Vcf, Conventions::En) else { return };
    let workspace = people_of(parsed);
    let people = &workspace.people;
    for version in [vcard::Version::V3, vcard::Version::V4] {
        let text = vcard::encode(&workspace, people, version);
        match vcard::decode(text.as_bytes()) {
            Ok(back) => assert_eq!(back.people.len(), people.len(), "{version:?} lost people:\n{text}"),
            Err(error) => panic!("Kindred cannot read the {version:?} vCards it wrote: {error}\n{text}"),
        }
    }
}

/// CSV as any program writes it, read in each language's date order: whoever it yields,
/// Kindred writes as CSV and reads back, everyone again.
pub fn csv(data: &[u8]) {
    let _ = csv::header(data);
    for conventions in [Conventions::En, Conventions::Da] {
        let Ok(parsed) = import(data, Format::Csv, conventions) else { continue };
        let workspace = people_of(parsed);
        let people = &workspace.people;
        let text = csv::encode(&workspace, people, csv::separator_for(conventions));
        match import(text.as_bytes(), Format::Csv, conventions) {
            Ok(back) => assert_eq!(back.people.len(), people.len(), "the CSV lost people:\n{text}"),
            Err(error) => panic!("Kindred cannot read the CSV it wrote: {error}\n{text}"),
        }
    }
}

/// The people of an arbitrary vCard file written as a calendar: the text keeps RFC 5545's
/// content-line rules whatever the names, notes and dates hold.
pub fn ics_export(data: &[u8]) {
    let Ok(parsed) = vcard::decode(data) else { return };
    let workspace = people_of(parsed);
    let Some(stamp) = chrono::Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).single() else { return };
    let calendar = ics::encode(&workspace, &workspace.people, stamp);
    if let Err(problem) = check_calendar(&calendar.text, calendar.events) {
        panic!("the calendar breaks RFC 5545: {problem}\n{}", calendar.text);
    }
}

/// The rules of RFC 5545 a calendar from Kindred must keep: CRLF line ends, no line over 75
/// octets, folds that start with a space, `NAME[;PARAM=…]:value` content lines, components that
/// open and close in order, and one event for each counted.
pub fn check_calendar(text: &str, events: usize) -> Result<(), String> {
    let body = text.strip_suffix("\r\n").ok_or("the text does not end in CRLF")?;
    let mut logical: Vec<String> = Vec::new();
    for (n, line) in body.split("\r\n").enumerate() {
        if line.len() > 75 {
            return Err(format!("line {} is {} octets long", n + 1, line.len()));
        }
        if line.contains(['\r', '\n']) {
            return Err(format!("line {} holds a bare line break", n + 1));
        }
        match (line.strip_prefix(' '), logical.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            (Some(_), None) => return Err("the text starts with a folded line".to_owned()),
            (None, _) => logical.push(line.to_owned()),
        }
    }
    let mut open: Vec<&str> = Vec::new();
    let mut counted = 0;
    for line in &logical {
        let head_end = line.find([':', ';']).ok_or_else(|| format!("no name before `:` in {line:?}"))?;
        let name = &line[..head_end];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(format!("{name:?} is not a property name"));
        }
        if line.chars().any(|c| c.is_control() && c != '\t') {
            return Err(format!("a control character in {line:?}"));
        }
        let value = line.split_once(':').map(|(_, v)| v).ok_or_else(|| format!("no `:` in {line:?}"))?;
        match name {
            "BEGIN" => {
                open.push(value);
                counted += usize::from(value == "VEVENT");
            }
            "END" => match open.pop() {
                Some(component) if component == value => {}
                other => return Err(format!("END:{value} closes {other:?}")),
            },
            _ if open.is_empty() => return Err(format!("{name} outside the calendar")),
            _ => {}
        }
    }
    if !open.is_empty() {
        return Err(format!("{open:?} never closed"));
    }
    if counted != events {
        return Err(format!("{counted} events written, {events} counted"));
    }
    Ok(())
}

/// A journey template: what reads, writes back to a template that reads to the same map
/// (new ids aside).
pub fn journey_template(data: &[u8]) {
    let _ = import(data, Format::KindredJourney, Conventions::En);
    let Ok(map) = journey_template::decode(data) else { return };
    let text = journey_template::encode(&map);
    let again = match journey_template::decode(text.as_bytes()) {
        Ok(again) => again,
        Err(error) => panic!("Kindred cannot read the template it wrote: {error}\n{text}"),
    };
    let shape = |m: &crate::model::JourneyMap| {
        let phases: Vec<_> = m.phases.iter().map(|p| (p.name.clone(), p.emotion)).collect();
        let lanes: Vec<_> = m.lanes.iter().map(|l| (l.name.clone(), l.kind)).collect();
        let cards: Vec<_> = m.cards.iter().map(|c| (c.text.clone(), c.colour)).collect();
        (m.name.clone(), phases, lanes, cards)
    };
    assert_eq!(shape(&again), shape(&map), "a template changed on the way through its file");
}
