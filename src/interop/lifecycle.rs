//! A journey's board for other programs and for the wall — as CSV (one row a person), as a
//! self-contained HTML page and as a PNG picture, each column with its figures and each person
//! with their days in the phase (stalled ones marked) — and a person's phase history in words,
//! as the people CSV, the person's Markdown and the JSON exports carry it.
//!
//! The board's CSV, like the people's, is a file format: its header row and its values (dates
//! as ISO, statuses and kinds of reason in English) stay the same in every language. The
//! handouts are written in the current language.

use super::csv::encode_rows;
use super::handout::{svg_to_png, xml};
use super::text::without_bidi;
use crate::model::{JourneyMap, Person, PhaseId, PhaseMove, Workspace};
use crate::ops::lifecycle::{self, ColumnFigures};
use crate::ops::moves::board_columns;
use crate::t;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt::Write;

/// The board CSV's header row.
pub const BOARD_HEADERS: [&str; 8] =
    ["Name", "Organisation", "Phase", "Since", "Days in phase", "Yearly value", "Status", "Tags"];

/// How the people CSV separates entries of one cell (as its other lists do).
const MULTI: &str = " ::: ";

/// One column of the board as exported: its phase (`None`: not placed), name, people in board
/// order and figures.
struct Column<'a> {
    phase: Option<PhaseId>,
    name: String,
    people: Vec<&'a Person>,
    figures: ColumnFigures,
}

/// The board's columns, "not placed" first, as the Board view shows them.
fn columns<'a>(workspace: &'a Workspace, map: &JourneyMap, today: NaiveDate) -> Vec<Column<'a>> {
    let index: HashMap<_, &Person> = workspace.people.iter().map(|p| (p.id, p)).collect();
    let names =
        std::iter::once((None, t!("board-not-placed"))).chain(map.phases.iter().map(|p| (Some(p.id), p.name.clone())));
    names
        .zip(board_columns(workspace, map))
        .map(|((phase, name), ids)| {
            let people: Vec<&Person> = ids.iter().filter_map(|id| index.get(id).copied()).collect();
            let figures = lifecycle::column_figures(workspace, people.iter().copied(), map, today);
            Column { phase, name, people, figures }
        })
        .collect()
}

/// The board of `map` as CSV: one row a person in the board's order, their phase (empty when
/// not placed), since when and how many days they have stood there (empty when the history
/// does not say), yearly value, status and tags.
pub fn board_csv(workspace: &Workspace, map: &JourneyMap, delimiter: u8, today: NaiveDate) -> String {
    let mut rows = Vec::with_capacity(workspace.people.len());
    for column in columns(workspace, map, today) {
        let phase = if column.phase.is_some() { column.name.clone() } else { String::new() };
        for person in column.people {
            let since = lifecycle::since(person, map);
            rows.push(vec![
                person.name.trim().to_owned(),
                workspace.organisation_name(person).to_owned(),
                phase.clone(),
                since.map(|d| d.to_string()).unwrap_or_default(),
                since.map(|d| (today - d).num_days().max(0).to_string()).unwrap_or_default(),
                workspace.fit_of(person).yearly_value.map(|v| v.to_string()).unwrap_or_default(),
                person.status.label().to_owned(),
                person.tags.join(MULTI),
            ]);
        }
    }
    encode_rows(&BOARD_HEADERS, rows.into_iter(), delimiter)
}

/// A phase of the workspace by id, with the map it belongs to, for naming history entries.
fn phase_name(map: Option<&JourneyMap>, phase: Option<PhaseId>) -> Option<&str> {
    let phase = phase?;
    Some(map?.phase(phase).map_or("?", |p| p.name.as_str()))
}

/// One entry of a phase history as a cell of the people CSV writes it, in English (a file
/// format): `2026-03-02 Customer lifecycle: Aware → Considering (trigger point: a tasting)`.
fn history_cell(workspace: &Workspace, entry: &PhaseMove) -> String {
    let map = workspace.journey(entry.journey);
    let side = |phase| phase_name(map, phase).unwrap_or("not placed");
    let mut text =
        format!("{} {}: {} → {}", entry.date, map.map_or("?", |m| m.name.as_str()), side(entry.from), side(entry.to));
    if !entry.why.is_empty() {
        let kind = entry.why.kind.label();
        let words = entry.why.text.trim();
        let why =
            if kind.is_empty() || words.is_empty() { format!("{kind}{words}") } else { format!("{kind}: {words}") };
        let _ = write!(text, " ({why})");
    }
    text
}

/// A person's whole phase history as one cell of the people CSV (entries split by ` ::: `).
pub fn history_csv(workspace: &Workspace, person: &Person) -> String {
    person.phase_history.iter().map(|e| history_cell(workspace, e)).collect::<Vec<_>>().join(MULTI)
}

/// A person's phase history as the JSON exports give it: per entry its id, the date, the names
/// of the map and of the phases (`null` for not placed) and why (`null` when nobody said).
pub fn history_json(workspace: &Workspace, person: &Person) -> serde_json::Value {
    let entries = person.phase_history.iter().map(|entry| {
        let map = workspace.journey(entry.journey);
        let why = (!entry.why.is_empty())
            .then(|| serde_json::json!({ "kind": entry.why.kind.label(), "text": entry.why.text.trim() }));
        serde_json::json!({
            "id": entry.id,
            "date": entry.date,
            "journey": map.map(|m| m.name.as_str()),
            "from": phase_name(map, entry.from),
            "to": phase_name(map, entry.to),
            "why": why,
        })
    });
    serde_json::Value::Array(entries.collect())
}

/// The workspace as JSON: the structure of the file, each person's `phase_history` in words a
/// reader can read ([`history_json`]).
pub fn workspace_json(workspace: &Workspace) -> Result<String, String> {
    let mut value = serde_json::to_value(workspace).map_err(|e| e.to_string())?;
    if let Some(people) = value.get_mut("people").and_then(serde_json::Value::as_array_mut) {
        for (json, person) in people.iter_mut().zip(&workspace.people) {
            if let Some(object) = json.as_object_mut() {
                object.insert("phase_history".to_owned(), history_json(workspace, person));
            }
        }
    }
    serde_json::to_string_pretty(&value).map_err(|e| e.to_string())
}

/// A person's phase history as Markdown lines, in the current language; nothing without one.
pub fn history_markdown(out: &mut String, workspace: &Workspace, person: &Person) {
    if person.phase_history.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", t!("interop-person-phase-history"));
    let not_placed = t!("board-not-placed");
    for entry in &person.phase_history {
        let map = workspace.journey(entry.journey);
        let side = |phase| phase_name(map, phase).map_or(not_placed.clone(), str::to_owned);
        let mut line = t!(
            "interop-person-phase-move",
            date = crate::i18n::date_short_year(entry.date),
            journey = map.map_or("?", |m| m.name.as_str()),
            from = side(entry.from),
            to = side(entry.to)
        );
        if !entry.why.is_empty() {
            let _ = write!(line, " — {}", why_words(entry));
        }
        let _ = writeln!(out, "- {}", super::handout::md_escape(&line));
    }
}

/// Why someone moved, in the current language: "trigger point: a tasting".
fn why_words(entry: &PhaseMove) -> String {
    let kind = match entry.why.kind {
        crate::model::WhyKind::Unknown => String::new(),
        kind => crate::ops::names::why_kind(kind),
    };
    let words = entry.why.text.trim();
    match (kind.is_empty(), words.is_empty()) {
        (false, false) => format!("{}: {words}", kind.to_lowercase()),
        (true, _) => words.to_owned(),
        (false, true) => kind.to_lowercase(),
    }
}

/// What a column's header says under its name: the value and median days, when known.
fn figures_line(figures: &ColumnFigures, currency: &str) -> String {
    let mut parts = Vec::new();
    if let Some(value) = figures.value {
        parts.push(t!("board-column-value", value = crate::i18n::money(value, currency)));
    }
    if let Some(days) = figures.median_days {
        parts.push(t!("board-column-median", days = days.round() as i64));
    }
    parts.join(" · ")
}

/// A person's card: the name (★ for a key account), organisation and days in the phase.
struct Card {
    name: String,
    organisation: String,
    days: Option<String>,
    stalled: bool,
}

fn card(workspace: &Workspace, map: &JourneyMap, phase: Option<PhaseId>, person: &Person, today: NaiveDate) -> Card {
    let days = lifecycle::days_in_phase(person, map, today);
    Card {
        name: if person.key_account { format!("★ {}", person.name.trim()) } else { person.name.trim().to_owned() },
        organisation: workspace.organisation_name(person).trim().to_owned(),
        days: days.map(|days| t!("board-days", days = days)),
        stalled: lifecycle::stalled(map, phase, days),
    }
}

/// The board of `map` as one self-contained HTML page in the current language: a column per
/// phase with its count and figures, every person's card in board order, stalled ones amber.
pub fn board_html(workspace: &Workspace, map: &JourneyMap, today: NaiveDate) -> String {
    let columns = columns(workspace, map, today);
    let title = t!("interop-board-title", name = map.name.trim());
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
@page {{ size: A4 landscape; margin: 10mm; }}
body {{ font-family: system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif; color: #111; margin: 16px; line-height: 1.25;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
h1 {{ font-size: 1.6em; margin: 0 0 0.2em; }} .segment, .day {{ color: #444; margin: 0 0 0.6em; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 1px solid #999; padding: 0.3em; vertical-align: top; overflow-wrap: anywhere; }}
thead th {{ background: #263238; color: #fff; text-align: left; }} .figures {{ font-weight: normal; font-size: 0.85em; }}
.card {{ border: 1px solid #bbb; border-radius: 0.3em; padding: 0.2em 0.4em; margin: 0 0 0.3em; background: #f5f5f5; break-inside: avoid; }}
.card.stalled {{ background: #ffe0a3; border-color: #c77700; }} .org, .days {{ color: #555; font-size: 0.85em; }}
.days {{ float: right; }} .stalled .days {{ color: #8a4b00; font-weight: bold; }}
</style></head><body>
<h1>{title}</h1>
"#,
        lang = crate::i18n::language().code(),
        title = xml(&title),
    );
    if !map.segment.trim().is_empty() {
        let segment = t!("interop-handout-segment", segment = map.segment.trim());
        let _ = writeln!(out, r#"<p class="segment">{}</p>"#, xml(&segment));
    }
    let day = t!("interop-board-day", date = crate::i18n::date_long(today), count = workspace.people.len());
    let _ = writeln!(out, r#"<p class="day">{}</p>"#, xml(&day));
    out.push_str("<table><thead><tr>");
    for column in &columns {
        let name = format!("{} ({})", column.name, column.people.len());
        let figures = figures_line(&column.figures, &workspace.currency);
        let _ = write!(out, r#"<th>{}<br><span class="figures">{}</span></th>"#, xml(&name), xml(&figures));
    }
    out.push_str("</tr></thead><tbody><tr>\n");
    for column in &columns {
        out.push_str("<td>");
        for person in &column.people {
            let card = card(workspace, map, column.phase, person, today);
            let class = if card.stalled { "card stalled" } else { "card" };
            let days = card.days.map(|d| format!(r#"<span class="days">{}</span>"#, xml(&d))).unwrap_or_default();
            let _ = write!(
                out,
                r#"<div class="{class}">{days}<b>{}</b><br><span class="org">{}</span></div>"#,
                xml(&card.name),
                xml(&card.organisation)
            );
        }
        out.push_str("</td>");
    }
    out.push_str("</tr></tbody></table>\n</body></html>\n");
    without_bidi(&out).into_owned()
}

/// How many cards a column of the picture shows; a line counts the rest (a wall shows where
/// people stand, not a list of thousands).
pub const PICTURE_CARDS: usize = 40;
const COL_W: f32 = 230.0;
const HEAD_H: f32 = 58.0;
const TITLE_H: f32 = 64.0;
const CARD_H: f32 = 44.0;
const GAP: f32 = 6.0;

/// The first `chars` characters of `text`, an ellipsis after when it is longer.
fn cut(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The board of `map` as an SVG picture: the columns with their counts and figures, up to
/// [`PICTURE_CARDS`] cards each.
pub fn board_svg(workspace: &Workspace, map: &JourneyMap, today: NaiveDate) -> (String, f32, f32) {
    let columns = columns(workspace, map, today);
    let tallest = columns.iter().map(|c| c.people.len().min(PICTURE_CARDS + 1)).max().unwrap_or(0);
    let width = COL_W * columns.len().max(1) as f32 + 20.0;
    let height = TITLE_H + HEAD_H + tallest as f32 * (CARD_H + GAP) + 20.0;
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Ubuntu, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let title = t!("interop-board-title", name = map.name.trim());
    let day = t!("interop-board-day", date = crate::i18n::date_long(today), count = workspace.people.len());
    let _ = write!(out, r##"<text x="10" y="32" font-size="24" fill="#111">{}</text>"##, xml(&cut(&title, 90)));
    let _ = write!(out, r##"<text x="10" y="54" font-size="13" fill="#444">{}</text>"##, xml(&day));
    for (i, column) in columns.iter().enumerate() {
        let x = 10.0 + COL_W * i as f32;
        let y = TITLE_H;
        let _ =
            write!(out, r##"<rect x="{x}" y="{y}" width="{COL_W}" height="{HEAD_H}" fill="#263238" stroke="#fff"/>"##);
        let name = cut(&format!("{} ({})", column.name, column.people.len()), 26);
        let figures = cut(&figures_line(&column.figures, &workspace.currency), 34);
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="15" fill="#ffffff">{}</text>"##,
            x + 8.0,
            y + 24.0,
            xml(&name)
        );
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="11" fill="#cfd8dc">{}</text>"##,
            x + 8.0,
            y + 44.0,
            xml(&figures)
        );
        let mut cy = TITLE_H + HEAD_H + GAP;
        for person in column.people.iter().take(PICTURE_CARDS) {
            let card = card(workspace, map, column.phase, person, today);
            let (fill, stroke) = if card.stalled { ("#ffe0a3", "#c77700") } else { ("#f5f5f5", "#bbbbbb") };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{cy}" width="{}" height="{CARD_H}" rx="4" fill="{fill}" stroke="{stroke}"/>"##,
                x + 4.0,
                COL_W - 8.0
            );
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="13" fill="#111">{}</text>"##,
                x + 10.0,
                cy + 18.0,
                xml(&cut(&card.name, 26))
            );
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="11" fill="#555">{}</text>"##,
                x + 10.0,
                cy + 35.0,
                xml(&cut(&card.organisation, 22))
            );
            if let Some(days) = &card.days {
                let colour = if card.stalled { "#8a4b00" } else { "#555" };
                let _ = write!(
                    out,
                    r##"<text x="{}" y="{}" font-size="11" fill="{colour}" text-anchor="end">{}</text>"##,
                    x + COL_W - 10.0,
                    cy + 35.0,
                    xml(days)
                );
            }
            cy += CARD_H + GAP;
        }
        let more = column.people.len().saturating_sub(PICTURE_CARDS);
        if more > 0 {
            let line = t!("interop-board-more", count = more);
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="12" fill="#555" font-style="italic">{}</text>"##,
                x + 10.0,
                cy + 18.0,
                xml(&line)
            );
        }
    }
    out.push_str("</svg>");
    (without_bidi(&out).into_owned(), width, height)
}

/// The board of `map` as a PNG picture, drawn as a journey map's picture is.
pub fn board_png(workspace: &Workspace, map: &JourneyMap, today: NaiveDate) -> Result<Vec<u8>, String> {
    let (svg, width, height) = board_svg(workspace, map, today);
    svg_to_png(&svg, width, height, &map.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};
    use crate::model::{JourneyPosition, MoveWhy, Status, Template, WhyKind};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// A lifecycle board: Anna in Buying for 40 days (stalled past 30), Bo placed without a
    /// history, Carl not placed.
    fn board() -> (Workspace, JourneyMap) {
        let mut map = Template::CustomerLifecycle.create();
        map.phases[3].stall_days = Some(30);
        let mut anna = Person::named("Anna Berg");
        let berg = crate::model::Organisation {
            fit: crate::model::Fit { yearly_value: Some(12_000), ..Default::default() },
            ..crate::model::Organisation::named("=Berg, Kaffe & Co")
        };
        anna.organisation = Some(berg.id);
        anna.status = Status::Customer;
        anna.tags = vec!["Cafés".into(), "Key".into()];
        anna.key_account = true;
        anna.positions.push(JourneyPosition { journey: map.id, phase: map.phases[3].id, order: 0 });
        anna.phase_history.push(PhaseMove {
            date: day(2026, 1, 20),
            journey: map.id,
            from: Some(map.phases[2].id),
            to: Some(map.phases[3].id),
            why: MoveWhy { kind: WhyKind::TriggerPoint, text: "A tasting".into() },
            ..PhaseMove::default()
        });
        let mut bo = Person::named("Bo Holm");
        bo.positions.push(JourneyPosition { journey: map.id, phase: map.phases[1].id, order: 0 });
        let ws = Workspace {
            people: vec![anna, bo, Person::named("Carl Lund")],
            journeys: vec![map.clone()],
            organisations: vec![berg],
            ..Workspace::default()
        };
        (ws, map)
    }

    #[test]
    fn the_board_csv_has_a_row_a_person_in_board_order() {
        set_language(Lang::En);
        let (ws, map) = board();
        let text = board_csv(&ws, &map, b',', day(2026, 3, 1));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines,
            [
                "Name,Organisation,Phase,Since,Days in phase,Yearly value,Status,Tags",
                "Carl Lund,,,,,,Prospect,",
                "Bo Holm,,Aware,,,,Prospect,",
                "Anna Berg,\"'=Berg, Kaffe & Co\",Buying,2026-01-20,40,12000,Customer,Cafés ::: Key",
            ],
            "not placed first, as on the board; a cell that could run as a formula is escaped"
        );
        let semicolons = board_csv(&ws, &map, b';', day(2026, 3, 1));
        assert!(semicolons.contains("Name;Organisation;Phase"), "the separator of the language");
    }

    #[test]
    fn the_history_in_words_for_csv_json_and_markdown() {
        let (mut ws, map) = board();
        ws.people[0].phase_history.push(PhaseMove {
            date: day(2026, 2, 1),
            journey: map.id,
            from: Some(map.phases[3].id),
            to: None,
            ..PhaseMove::default()
        });
        assert_eq!(
            history_csv(&ws, &ws.people[0]),
            "2026-01-20 Customer lifecycle: Considering → Buying (trigger point: A tasting) ::: \
             2026-02-01 Customer lifecycle: Buying → not placed"
        );
        let json = history_json(&ws, &ws.people[0]);
        assert_eq!(json[0]["date"], "2026-01-20");
        assert_eq!(json[0]["journey"], "Customer lifecycle");
        assert_eq!((json[0]["from"].as_str(), json[0]["to"].as_str()), (Some("Considering"), Some("Buying")));
        assert_eq!(json[0]["why"], serde_json::json!({ "kind": "trigger point", "text": "A tasting" }));
        assert_eq!((json[1]["to"].is_null(), json[1]["why"].is_null()), (true, true));
        let whole: serde_json::Value = serde_json::from_str(&workspace_json(&ws).expect("json")).expect("parses");
        assert_eq!(whole["people"][0]["phase_history"], json, "the workspace JSON carries the same");
        assert_eq!(whole["people"][0]["name"], "Anna Berg", "and the file's structure otherwise");
        set_language(Lang::Da);
        let mut markdown = String::new();
        history_markdown(&mut markdown, &ws, &ws.people[0]);
        assert!(markdown.contains("Fasehistorik"), "{markdown}");
        assert!(markdown.contains("Considering → Buying — triggerpunkt: A tasting"), "{markdown}");
        assert!(markdown.contains("Buying → Ikke placeret"), "{markdown}");
        set_language(Lang::En);
    }

    #[test]
    fn the_people_csv_read_back_leaves_the_history_out_and_says_so() {
        set_language(Lang::En);
        let (ws, _) = board();
        let text = crate::interop::csv::encode(&ws, &ws.people, b',');
        assert!(text.contains("Considering → Buying (trigger point: A tasting)"), "{text}");
        let options = crate::interop::formats::ImportOptions {
            csv_mapping: None,
            remembered: &[],
            conventions: crate::i18n::Conventions::En,
            progress: None,
        };
        let parsed = crate::interop::formats::read(text.as_bytes(), crate::interop::formats::Format::Csv, &options)
            .expect("reads");
        assert_eq!(parsed.people.len(), 3);
        assert!(parsed.people.iter().all(|p| p.person.phase_history.is_empty()), "histories name maps of their own");
        assert!(parsed.notes.iter().any(|n| n.contains("Phase history")), "{:?}", parsed.notes);
    }

    #[test]
    fn the_board_as_a_page_and_a_picture_marks_who_has_stalled() {
        set_language(Lang::En);
        let (ws, map) = board();
        let html = board_html(&ws, &map, day(2026, 3, 1));
        assert!(html.contains("Buying (1)<br><span class=\"figures\">Σ 12,000 DKK · median 40 d</span>"), "{html}");
        assert!(html.contains(r#"<div class="card stalled"><span class="days">40 d</span><b>★ Anna Berg</b>"#));
        assert!(html.contains("<b>Bo Holm</b>") && !html.contains("<script"));
        let (svg, ..) = board_svg(&ws, &map, day(2026, 3, 1));
        assert!(svg.contains("#ffe0a3") && svg.contains("Anna Berg"));
        let png = board_png(&ws, &map, day(2026, 3, 1)).expect("a picture");
        assert!(png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn a_column_of_thousands_shows_its_first_cards_and_counts_the_rest() {
        set_language(Lang::En);
        let (mut ws, map) = board();
        for n in 0..(PICTURE_CARDS + 5) {
            let mut p = Person::named(format!("P{n}"));
            p.positions.push(JourneyPosition { journey: map.id, phase: map.phases[0].id, order: n as u32 });
            ws.people.push(p);
        }
        let (svg, _, height) = board_svg(&ws, &map, day(2026, 3, 1));
        assert!(svg.contains("and 5 more"), "{svg}");
        assert!(height < TITLE_H + HEAD_H + (PICTURE_CARDS as f32 + 2.0) * (CARD_H + GAP) + 20.0);
    }
}
