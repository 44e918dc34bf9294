//! People out as CSV: the columns Kindred writes, the separator each language's Excel
//! expects, and the escaping that keeps every cell from running as a formula in a spreadsheet
//! (OWASP's advice against CSV injection), undone again on reading.

use super::{LIFE_EVENT, MULTI, ONCE};
use crate::i18n::Conventions;
use crate::interop::text;
use crate::model::{
    Driver, FitDecision, Labelled, MilestoneKind, NeedRecognised, OrganisationIndex, Person, Recurrence, Workspace,
};
use std::borrow::Cow;

/// The separator a language's Excel expects: `;` where the decimal mark is a comma.
pub fn separator_for(conventions: Conventions) -> u8 {
    match conventions {
        Conventions::En => b',',
        Conventions::Da | Conventions::Nb | Conventions::Sv => b';',
    }
}

/// The header row Kindred writes (see the module documentation).
pub const EXPORT_HEADERS: [&str; 22] = [
    "Name",
    "First name",
    "Last name",
    "Organisation",
    "Title",
    "E-mail",
    "Other e-mails",
    "Phone",
    "Other phones",
    "Address",
    "Website",
    "Tags",
    "Status",
    "Key account",
    "Birthday",
    "Wedding anniversary",
    "Customer since",
    "Work anniversary",
    "Other dates",
    "Family",
    "Notes",
    "Phase history",
];

/// Writes people as CSV with a BOM, CRLF line ends and `delimiter` between fields. Every cell
/// goes through [`escape_cell`], and is quoted (RFC 4180) when it holds a quote, a line break
/// or any separator a spreadsheet might split on (`,` `;` tab), not only `delimiter`: a file
/// written with `,` and opened where `;` separates must not split a cell in two, which would
/// start a new cell in the middle of one.
///
/// A person's phase history names the maps and phases of `workspace`.
pub fn encode(workspace: &Workspace, people: &[Person], delimiter: u8) -> String {
    let organisations = OrganisationIndex::of(workspace);
    let rows = people.iter().map(|p| export_row(workspace, p, organisations.name(workspace, p)));
    encode_rows(&EXPORT_HEADERS, rows, delimiter)
}

/// Writes a header row and rows as [`encode`] writes people: a BOM, CRLF line ends, every cell
/// escaped and quoted where it must be.
pub fn encode_rows(headers: &[&str], rows: impl Iterator<Item = Vec<String>>, delimiter: u8) -> String {
    let delimiter = char::from(delimiter);
    let mut out = String::with_capacity(256);
    out.push('\u{feff}');
    write_row(&mut out, headers.iter().copied(), delimiter);
    for row in rows {
        write_row(&mut out, row.iter().map(String::as_str), delimiter);
    }
    out
}

/// The header row of the organisations' CSV (`--format organisations-csv`).
pub const ORGANISATION_HEADERS: [&str; 15] = [
    "Name",
    "Website",
    "Address",
    "Phone",
    "Tags",
    "Status",
    "Key account",
    "People",
    "Yearly value",
    "Minutes spent",
    "Need recognised",
    "Driver",
    "Decision",
    "Decision reason",
    "Notes",
];

/// Writes the workspace's organisations as CSV, one row each, as [`encode`] writes people: its
/// details, how many people it has, and its fit (the kinds as English words, as the people's
/// status is written; the yearly value as a whole number in the workspace's currency).
pub fn encode_organisations(workspace: &Workspace, delimiter: u8) -> String {
    let delimiter = char::from(delimiter);
    let mut out = String::with_capacity(workspace.organisations.len() * 160 + 256);
    out.push('\u{feff}');
    write_row(&mut out, ORGANISATION_HEADERS.iter().copied(), delimiter);
    let mut people: std::collections::HashMap<crate::model::OrganisationId, usize> = std::collections::HashMap::new();
    for id in workspace.people.iter().filter_map(|p| p.organisation) {
        *people.entry(id).or_default() += 1;
    }
    for organisation in &workspace.organisations {
        let fit = &organisation.fit;
        let row = [
            organisation.name.clone(),
            organisation.website.clone(),
            organisation.address.clone(),
            organisation.phone.clone(),
            organisation.tags.join(MULTI),
            organisation.status.label().to_owned(),
            if organisation.key_account { "yes" } else { "" }.to_owned(),
            people.get(&organisation.id).copied().unwrap_or(0).to_string(),
            fit.yearly_value.map(|v| v.to_string()).unwrap_or_default(),
            if fit.minutes_spent > 0 { fit.minutes_spent.to_string() } else { String::new() },
            match fit.need_recognised {
                NeedRecognised::Yes => "Yes",
                NeedRecognised::Partly => "Partly",
                NeedRecognised::No => "No",
                NeedRecognised::Unknown => "",
            }
            .to_owned(),
            match fit.driver {
                Driver::Value => "Value",
                Driver::Price => "Price",
                Driver::Speed => "Speed",
                Driver::Unknown => "",
            }
            .to_owned(),
            match fit.decision {
                FitDecision::Keep => "Keep",
                FitDecision::LetGo => "Let go",
                FitDecision::Undecided => "",
            }
            .to_owned(),
            fit.decision_reason.clone(),
            organisation.notes.clone(),
        ];
        write_row(&mut out, row.iter().map(String::as_str), delimiter);
    }
    out
}

fn write_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>, delimiter: char) {
    for (n, cell) in cells.enumerate() {
        if n > 0 {
            out.push(delimiter);
        }
        let cell = escape_cell(cell);
        if cell.contains(['"', ',', ';', '\t', '\r', '\n', delimiter]) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// Where a spreadsheet may begin a cell: after `,` `;` or a tab (whichever it splits on, which
/// need not be the separator the file was written with: the quotes of a cell then no longer
/// hold it together) and after a line break.
const CELL_BREAKS: [char; 5] = [',', ';', '\t', '\r', '\n'];

/// The places in `text` where a spreadsheet may begin a cell: its start, and after each of
/// [`CELL_BREAKS`].
fn cell_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices(CELL_BREAKS).map(|(at, found)| at + found.len()))
}

/// Whether a spreadsheet runs a cell that begins with `rest` as a formula (OWASP's "CSV
/// Injection"): it begins with `=`, `+`, `-` or `@`, or with a tab, a carriage return or a line
/// feed. Spaces and quotes in front are looked past, as some programs trim them.
fn runs_as_formula(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\'', '"']);
    rest.starts_with(['\t', '\r', '\n']) || rest.trim_start().starts_with(['=', '+', '-', '@'])
}

/// A cell as Kindred writes it: without bidirectional formatting and control characters other
/// than line breaks and tabs (which a reader drops anyway), and with a `'` wherever a cell that
/// a spreadsheet would run as a formula could begin ([`cell_starts`], [`runs_as_formula`]):
/// OWASP's advice against CSV injection, so `=HYPERLINK(…)`, `+45 20 30 40 50` and `--04-15`
/// are text in Excel and LibreOffice. Quotes already there before such a character get one
/// more, so that [`unescape_cell`] gives back exactly what was written.
pub fn escape_cell(value: &str) -> Cow<'_, str> {
    let unwanted = |c: char| (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || text::is_bidi_control(c);
    let clean: Cow<'_, str> = if value.chars().any(unwanted) {
        value.chars().filter(|&c| !unwanted(c)).collect::<String>().into()
    } else {
        value.into()
    };
    let marks: Vec<usize> = cell_starts(&clean).filter(|&at| runs_as_formula(&clean[at..])).collect();
    if marks.is_empty() {
        return clean;
    }
    let mut out = String::with_capacity(clean.len() + marks.len());
    let mut from = 0;
    for at in marks {
        out.push_str(&clean[from..at]);
        out.push('\'');
        from = at;
    }
    out.push_str(&clean[from..]);
    out.into()
}

/// A cell as read: each `'` that [`escape_cell`] put where a cell could begin taken away
/// again, so an export reads back as it was. A `'` before anything else is the text's own.
pub fn unescape_cell(cell: &str) -> Cow<'_, str> {
    let marks: Vec<usize> =
        cell_starts(cell).filter(|&at| cell[at..].starts_with('\'') && runs_as_formula(&cell[at + 1..])).collect();
    if marks.is_empty() {
        return cell.into();
    }
    let mut out = String::with_capacity(cell.len());
    let mut from = 0;
    for at in marks {
        out.push_str(&cell[from..at]);
        from = at + 1;
    }
    out.push_str(&cell[from..]);
    out.into()
}

fn export_row(workspace: &Workspace, person: &Person, organisation: &str) -> Vec<String> {
    let name = person.name.trim();
    let (first, last) = name.rsplit_once(' ').unwrap_or((name, ""));
    let joined = |items: &[Labelled]| items.iter().skip(1).map(|e| e.value.as_str()).collect::<Vec<_>>().join(MULTI);
    let first_of = |items: &[Labelled]| items.first().map(|e| e.value.clone()).unwrap_or_default();
    let date_of = |kind: MilestoneKind| {
        person
            .milestones
            .iter()
            .find(|m| m.kind == kind && m.family_member.is_none())
            .map(|m| m.date.to_string())
            .unwrap_or_default()
    };
    let main = [
        MilestoneKind::Birthday,
        MilestoneKind::WeddingAnniversary,
        MilestoneKind::CustomerSince,
        MilestoneKind::WorkAnniversary,
    ];
    let mut first_seen = std::collections::HashSet::new();
    let other_dates: Vec<String> = person
        .milestones
        .iter()
        .filter(|m| m.family_member.is_none() && m.kind != MilestoneKind::FamilyBirthday)
        .filter(|m| !(main.contains(&m.kind) && first_seen.insert(m.kind.clone())))
        .map(|m| {
            let label = match m.kind {
                MilestoneKind::Birthday => "Birthday".to_owned(),
                MilestoneKind::WeddingAnniversary => "Anniversary".to_owned(),
                MilestoneKind::CustomerSince => "Customer since".to_owned(),
                MilestoneKind::WorkAnniversary => "Work anniversary".to_owned(),
                _ if m.label.trim().is_empty() => "Other".to_owned(),
                _ => m.label.trim().replace([':', '(', ')'], " "),
            };
            let life = if m.kind == MilestoneKind::LifeEvent { LIFE_EVENT } else { "" };
            let once = if m.recurrence == Recurrence::Once { ONCE } else { "" };
            format!("{label}{life}{once}: {}", m.date)
        })
        .collect();
    let family: Vec<String> = person
        .life
        .family
        .iter()
        .map(|m| {
            let birthday =
                m.birthday.or_else(|| person.milestones.iter().find(|x| x.family_member == Some(m.id)).map(|x| x.date));
            match birthday {
                Some(date) => format!("{} ({}, {date})", m.name.trim(), m.relation.word()),
                None => format!("{} ({})", m.name.trim(), m.relation.word()),
            }
        })
        .collect();
    vec![
        name.to_owned(),
        first.to_owned(),
        last.to_owned(),
        organisation.to_owned(),
        person.role.clone(),
        first_of(&person.contact.emails),
        joined(&person.contact.emails),
        first_of(&person.contact.phones),
        joined(&person.contact.phones),
        person.contact.address.clone(),
        person.contact.website.clone(),
        person.tags.join(MULTI),
        person.status.label().to_owned(),
        if person.key_account { "yes" } else { "" }.to_owned(),
        date_of(MilestoneKind::Birthday),
        date_of(MilestoneKind::WeddingAnniversary),
        date_of(MilestoneKind::CustomerSince),
        date_of(MilestoneKind::WorkAnniversary),
        other_dates.join(MULTI),
        family.join(MULTI),
        person.life.notes.clone(),
        crate::interop::lifecycle::history_csv(workspace, person),
    ]
}
