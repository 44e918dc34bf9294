//! Handouts: a journey map as Markdown, as a self-contained HTML page (the emotion curve
//! drawn in it; printed, one A4 landscape page), as SVG and as a PNG image rendered on the CPU; and everything
//! about one person as Markdown.
//!
//! A journey handout holds the map's own content (phases, lanes, cards with their dot votes,
//! the emotion of each phase) and, for incident and opportunity lanes, only how many incidents
//! and ideas people have linked to each phase: handouts go round a workshop, and what a person
//! told us stays in their profile.

use super::people::date_words;
use super::text::without_bidi;
use crate::model::{
    Card, CardColour, Channel, JourneyId, JourneyMap, Lane, LaneId, LaneKind, MilestoneKind, Person, Phase, PhaseId,
    Recurrence, Valence, Workspace,
};
use crate::ops::upcoming::relation_word;
use crate::t;
use std::collections::HashMap;
use std::fmt::Write;

/// How many critical incidents and ideas people have linked to each phase of a map: one pass
/// over the people, whatever the number of phases.
fn linked_counts(workspace: &Workspace, map: &JourneyMap) -> Vec<(usize, usize)> {
    let index: HashMap<PhaseId, usize> = map.phases.iter().enumerate().map(|(n, p)| (p.id, n)).collect();
    let mut counts = vec![(0, 0); map.phases.len()];
    let at = |journey: Option<JourneyId>, phase: Option<PhaseId>| {
        phase.filter(|_| journey == Some(map.id)).and_then(|p| index.get(&p).copied())
    };
    for person in &workspace.people {
        for n in person.incidents.iter().filter_map(|i| at(i.journey, i.phase)) {
            counts[n].0 += 1;
        }
        for n in person.ideas.iter().filter_map(|i| at(i.journey, i.phase)) {
            counts[n].1 += 1;
        }
    }
    counts
}

/// The cards of each cell of a map, in the map's order, gathered in one pass rather than by
/// looking through every card for every cell.
struct Cells<'a> {
    cards: HashMap<(PhaseId, LaneId), Vec<&'a Card>>,
}

impl<'a> Cells<'a> {
    fn of(map: &'a JourneyMap) -> Self {
        let mut cards: HashMap<(PhaseId, LaneId), Vec<&Card>> = HashMap::new();
        for card in &map.cards {
            cards.entry((card.phase, card.lane)).or_default().push(card);
        }
        Cells { cards }
    }

    fn get(&self, phase: &Phase, lane: &Lane) -> &[&'a Card] {
        self.cards.get(&(phase.id, lane.id)).map_or(&[], Vec::as_slice)
    }
}

/// Whether the map is small enough for a handout ([`super::check_map_size`]).
fn check_size(map: &JourneyMap) -> Result<(), String> {
    super::check_map_size(&map.name, map.phases.len(), map.lanes.len(), map.cards.len())
}

fn emotion_words(score: Option<i8>) -> String {
    match score {
        Some(2..) => t!("interop-emotion-very-positive"),
        Some(1) => t!("interop-emotion-positive"),
        Some(0) => t!("interop-emotion-neutral"),
        Some(-1) => t!("interop-emotion-negative"),
        Some(..=-2) => t!("interop-emotion-very-negative"),
        None => t!("interop-emotion-not-scored"),
    }
}

/// " (3 votes)" after a card's text; nothing without votes.
fn votes_text(votes: u32) -> String {
    match votes {
        0 => String::new(),
        n => format!(" {}", t!("interop-handout-votes", count = n)),
    }
}

/// The lines a lane shows in a phase besides its cards.
fn linked_line(kind: LaneKind, counts: (usize, usize)) -> Option<String> {
    match kind {
        LaneKind::Incidents if counts.0 > 0 => Some(t!("interop-handout-incidents", count = counts.0)),
        LaneKind::Opportunities if counts.1 > 0 => Some(t!("interop-handout-ideas", count = counts.1)),
        _ => None,
    }
}

/// A journey map as a Markdown handout: one section a phase, in the current language; refused
/// for a map over [`super::MAX_MAP_CELLS`] cells or [`super::MAX_RECORDS`] cards.
pub fn markdown(workspace: &Workspace, map: &JourneyMap) -> Result<String, String> {
    check_size(map)?;
    let counts = linked_counts(workspace, map);
    let cells = Cells::of(map);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_escape(&map.name));
    if !map.segment.trim().is_empty() {
        let _ = writeln!(out, "{}\n", t!("interop-handout-segment", segment = md_escape(map.segment.trim())));
    }
    let names = map.phases.iter().map(|p| md_escape(&p.name)).collect::<Vec<_>>().join(" → ");
    let _ = writeln!(out, "{}\n", t!("interop-handout-phases", count = map.phases.len(), names = names));
    for (index, phase) in map.phases.iter().enumerate() {
        let _ = writeln!(out, "## {}. {}\n", index + 1, md_escape(&phase.name));
        for lane in &map.lanes {
            if lane.kind == LaneKind::Emotions {
                let score = match phase.emotion {
                    Some(0) => "0 ".to_owned(),
                    Some(e) => format!("{e:+} "),
                    None => String::new(),
                };
                let _ = writeln!(out, "**{}:** {score}({})\n", md_escape(&lane.name), emotion_words(phase.emotion));
                continue;
            }
            let cards = cells.get(phase, lane);
            let linked = linked_line(lane.kind, counts[index]);
            if cards.is_empty() && linked.is_none() {
                continue;
            }
            let _ = writeln!(out, "**{}**\n", md_escape(&lane.name));
            for card in cards {
                let text = md_escape(card.text.trim()).replace('\n', " ");
                let _ = writeln!(out, "- {text}{}", votes_text(card.votes));
            }
            if let Some(line) = linked {
                let _ = writeln!(out, "- _{line}_");
            }
            out.push('\n');
        }
    }
    Ok(without_bidi(&out).into_owned())
}

pub(super) fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(super) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// A card's colour as CSS and SVG write it: the app's own sticky-note colour.
fn colour(colour: CardColour) -> String {
    let [r, g, b] = colour.rgb();
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The emotion curve as an SVG fragment across `columns` of `width` starting at `x`, in a band
/// from `top` of `height`: a point at each scored phase, lines between neighbours, and the
/// score written above each point in `font`-sized text. The highest point leaves room for its
/// label above it and the lowest for its point below it, so nothing is drawn outside the band
/// (an HTML page clips its picture there).
fn curve(map: &JourneyMap, x: f32, width: f32, top: f32, height: f32, font: f32) -> String {
    let mut out = String::new();
    let radius = font / 2.0;
    let gap = font * 0.3;
    let (above, below) = (font + gap + radius, radius + gap);
    let step = (height - above - below).max(0.0) / 4.0;
    let mid = top + above + 2.0 * step;
    let y_of = |score: i8| mid - f32::from(score.clamp(-2, 2)) * step;
    let _ = write!(
        out,
        r##"<line x1="{x}" y1="{mid:.1}" x2="{x2}" y2="{mid:.1}" stroke="#999" stroke-dasharray="4 4" stroke-width="1"/>"##,
        x2 = x + width * map.phases.len() as f32
    );
    let points: Vec<Option<(f32, f32)>> = map
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| p.emotion.map(|e| (x + width * (i as f32 + 0.5), y_of(e))))
        .collect();
    let mut path = String::new();
    for pair in points.windows(2) {
        if let [Some(a), Some(b)] = pair {
            let _ = write!(path, "M{:.1} {:.1} L{:.1} {:.1} ", a.0, a.1, b.0, b.1);
        }
    }
    if !path.is_empty() {
        let stroke = font / 4.0;
        let _ = write!(out, r##"<path d="{}" fill="none" stroke="#1f5fbf" stroke-width="{stroke:.1}"/>"##, path.trim());
    }
    for (point, phase) in points.iter().zip(&map.phases) {
        if let (Some((px, py)), Some(e)) = (point, phase.emotion) {
            let fill = if e >= 0 { "#2e8b57" } else { "#c0392b" };
            let _ = write!(out, r#"<circle cx="{px:.1}" cy="{py:.1}" r="{radius:.1}" fill="{fill}"/>"#);
            let score = if e == 0 { "0".to_owned() } else { format!("{e:+}") };
            let _ = write!(
                out,
                r##"<text x="{px:.1}" y="{:.1}" font-size="{font:.1}" text-anchor="middle" fill="#222">{score}</text>"##,
                py - radius - gap
            );
        }
    }
    out
}

/// The printable part of an A4 landscape page with the handout's margins, in millimetres.
const PRINT_WIDTH_MM: f32 = 297.0 - 2.0 * PRINT_MARGIN_MM;
const PRINT_HEIGHT_MM: f32 = 210.0 - 2.0 * PRINT_MARGIN_MM;
const PRINT_MARGIN_MM: f32 = 10.0;
/// The print text sizes tried, largest first; below the smallest a map is too large for one
/// page to be read, and the table goes on over further pages, its phase row repeated.
const PRINT_LARGEST_PT: f32 = 11.0;
const PRINT_SMALLEST_PT: f32 = 6.0;
/// Millimetres in a typographic point.
const MM_PER_PT: f32 = 25.4 / 72.0;
/// The lane names' share of the table's width.
const LANE_SHARE: f32 = 0.11;
/// The height of the emotion curve, in ems of the page's text.
const CURVE_EMS: f32 = 7.0;
/// How wide a character is on average, in ems, in plain and in bold text: DejaVu Sans's
/// (the widest of the usual sans-serif fonts) with a margin, so that a narrower font fits too.
const CHAR_EMS: f32 = 0.55;
const BOLD_CHAR_EMS: f32 = 0.64;
/// The share of the page the estimate may fill, for what it cannot know (rounding, fonts).
const PRINT_FILL: f32 = 0.92;

/// How many lines `text` takes in a box `width` characters wide: its own line breaks, words
/// wrapped, a word longer than the box broken (the page's `overflow-wrap: anywhere`).
fn line_count(text: &str, width: usize) -> usize {
    let width = width.max(1);
    let mut lines = 0;
    for paragraph in text.split('\n') {
        lines += 1;
        let mut current = 0;
        for word in paragraph.split_whitespace() {
            let length = word.chars().count();
            if current > 0 && current + 1 + length <= width {
                current += 1 + length;
                continue;
            }
            lines += usize::from(current > 0) + (length - 1) / width;
            current = (length - 1) % width + 1;
        }
    }
    lines
}

/// The text size, in points, at which the HTML handout of `map` prints on one A4 landscape
/// page: the largest of the sizes tried at which an estimate of its height (every text's
/// lines at a generous character width, the paddings and borders the page's CSS gives) fits
/// the page; the smallest size when none does.
fn print_text_size(map: &JourneyMap, cells: &Cells<'_>, linked: &[(usize, usize)]) -> f32 {
    let mut size = PRINT_LARGEST_PT;
    while size > PRINT_SMALLEST_PT && print_height_mm(map, cells, linked, size) > PRINT_HEIGHT_MM * PRINT_FILL {
        size -= 0.25;
    }
    size.max(PRINT_SMALLEST_PT)
}

/// The estimated height of the printed handout at `size` points, in millimetres; the sizes
/// follow the CSS of [`html`].
fn print_height_mm(map: &JourneyMap, cells: &Cells<'_>, linked: &[(usize, usize)], size: f32) -> f32 {
    let em = size * MM_PER_PT;
    let line = 1.25 * em;
    let border = 0.3;
    // How many characters of text `ems` wide (a character's width in ems of the page's text)
    // a line of `width_mm` holds.
    let chars = |width_mm: f32, ems: f32| (width_mm / (ems * em)).floor().max(1.0) as usize;
    let title_em = 1.8 * em;
    let title =
        line_count(&map.name, chars(PRINT_WIDTH_MM, 1.8 * BOLD_CHAR_EMS)) as f32 * 1.2 * title_em + 0.2 * title_em;
    let segment = if map.segment.trim().is_empty() {
        0.0
    } else {
        let text = t!("interop-handout-segment", segment = map.segment.trim());
        line_count(&text, chars(PRINT_WIDTH_MM, CHAR_EMS)) as f32 * line + 0.6 * em
    };
    let phases = map.phases.len().max(1) as f32;
    let lane_width = PRINT_WIDTH_MM * LANE_SHARE - 0.6 * em;
    let column = PRINT_WIDTH_MM * (1.0 - LANE_SHARE) / phases;
    let cell_text = column - 0.6 * em - border;
    let card_text = cell_text - 0.8 * em - 2.0 * border;
    let cell = |lines: usize| lines as f32 * line + 0.6 * em + border;
    let header = map.phases.iter().map(|p| line_count(&p.name, chars(cell_text, BOLD_CHAR_EMS))).max().unwrap_or(1);
    let mut height = title + segment + cell(header);
    for lane in &map.lanes {
        let name = cell(line_count(&lane.name, chars(lane_width, BOLD_CHAR_EMS)));
        if lane.kind == LaneKind::Emotions {
            height += name.max(CURVE_EMS * em + border);
            continue;
        }
        let mut tallest = name;
        for (index, phase) in map.phases.iter().enumerate() {
            let mut content = 0.0;
            for card in cells.get(phase, lane) {
                let text = format!("{}{}", card.text.trim(), if card.votes > 0 { " ● 000" } else { "" });
                content += line_count(&text, chars(card_text, CHAR_EMS)) as f32 * line + 0.7 * em + 2.0 * border;
            }
            if let Some(words) = linked.get(index).and_then(|&counts| linked_line(lane.kind, counts)) {
                content += line_count(&words, chars(cell_text, CHAR_EMS)) as f32 * line;
            }
            tallest = tallest.max(content + 0.6 * em + border);
        }
        height += tallest;
    }
    height
}

/// A journey map as one self-contained HTML page: no scripts, fonts or images from elsewhere;
/// in the current language. Refused for a map too large, as [`markdown`]. Printed, it asks for
/// an A4 landscape page and sets its text at the size that fits the whole map on that one page
/// ([`print_text_size`]).
pub fn html(workspace: &Workspace, map: &JourneyMap) -> Result<String, String> {
    check_size(map)?;
    let counts = linked_counts(workspace, map);
    let cells = Cells::of(map);
    let print_pt = print_text_size(map, &cells, &counts);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
@page {{ size: A4 landscape; margin: {PRINT_MARGIN_MM}mm; }}
html {{ font-size: 10pt; }}
body {{ font-family: system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif; color: #111; margin: 16px; line-height: 1.25;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
h1 {{ font-size: 1.8em; line-height: 1.2; margin: 0 0 0.2em; }} .segment {{ color: #444; margin: 0 0 0.6em; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 1px solid #999; padding: 0.3em; vertical-align: top; overflow-wrap: anywhere; }}
thead th {{ background: #263238; color: #fff; }} th.lane {{ background: #eceff1; text-align: left; width: {lane_share}%; }}
td.curve {{ padding: 0; }}
.card {{ border-radius: 0.3em; padding: 0.2em 0.4em; margin: 0 0 0.3em; border: 1px solid #bbb; break-inside: avoid; }}
.votes {{ font-weight: bold; white-space: nowrap; }} .linked {{ color: #555; font-style: italic; }}
svg {{ display: block; width: 100%; height: auto; }} tr {{ break-inside: avoid; }}
@media print {{ html {{ font-size: {print_pt}pt; }} body {{ margin: 0; }} }}
</style></head><body>
<h1>{title}</h1>
"#,
        title = xml(&map.name),
        lang = crate::i18n::language().code(),
        lane_share = LANE_SHARE * 100.0,
    );
    if !map.segment.trim().is_empty() {
        let segment = t!("interop-handout-segment", segment = map.segment.trim());
        let _ = writeln!(out, r#"<p class="segment">{}</p>"#, xml(&segment));
    }
    out.push_str("<table><thead><tr><th class=\"lane\"></th>");
    for phase in &map.phases {
        let _ = write!(out, "<th>{}</th>", xml(&phase.name));
    }
    out.push_str("</tr></thead><tbody>\n");
    for lane in &map.lanes {
        let _ = write!(out, "<tr><th class=\"lane\">{}</th>", xml(&lane.name));
        if lane.kind == LaneKind::Emotions {
            // In CSS pixels of the printed page, so the labels print at the text's size.
            let px_per_mm = 96.0 / 25.4;
            let phases = map.phases.len().max(1);
            let font = print_pt * 4.0 / 3.0;
            let width = PRINT_WIDTH_MM * (1.0 - LANE_SHARE) * px_per_mm / phases as f32;
            let height = CURVE_EMS * font;
            let _ = write!(
                out,
                r#"<td class="curve" colspan="{phases}"><svg viewBox="0 0 {:.1} {height:.1}" role="img" aria-label="{}">{}</svg></td>"#,
                width * phases as f32,
                xml(&t!("interop-handout-emotion-curve")),
                curve(map, 0.0, width, 0.0, height, font)
            );
            out.push_str("</tr>\n");
            continue;
        }
        for (index, phase) in map.phases.iter().enumerate() {
            out.push_str("<td>");
            for card in cells.get(phase, lane) {
                let votes = if card.votes > 0 {
                    format!(r#" <span class="votes">●&nbsp;{}</span>"#, card.votes)
                } else {
                    String::new()
                };
                let _ = write!(
                    out,
                    r#"<div class="card" style="background:{}">{}{votes}</div>"#,
                    colour(card.colour),
                    xml(card.text.trim()).replace('\n', "<br>")
                );
            }
            if let Some(line) = linked_line(lane.kind, counts[index]) {
                let _ = write!(out, r#"<div class="linked">{}</div>"#, xml(&line));
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n</body></html>\n");
    Ok(without_bidi(&out).into_owned())
}

/// Splits text into at most `max_lines` lines of about `width` characters, the last one cut
/// with an ellipsis when the text is longer.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    lines
}

/// The cards of one cell as drawn: their wrapped lines, colour and votes (`u32::MAX` marks the
/// line that counts linked incidents or ideas).
type Cell = Vec<(Vec<String>, CardColour, u32)>;

/// The sizes of the picture of a map, in SVG units.
const LANE_W: f32 = 170.0;
const COL_W: f32 = 230.0;
const HEAD_H: f32 = 44.0;
const TITLE_H: f32 = 56.0;
const CARD_LINE: f32 = 16.0;
const CURVE_H: f32 = 130.0;

/// A map laid out for its picture: the size, and each lane's height and cells.
struct Picture {
    width: f32,
    height: f32,
    rows: Vec<(f32, Vec<Cell>)>,
}

/// Lays a map out: every card's text wrapped, each lane as tall as its fullest cell.
fn layout(workspace: &Workspace, map: &JourneyMap) -> Picture {
    let counts = linked_counts(workspace, map);
    let cards = Cells::of(map);
    let phases = map.phases.len().max(1);
    let width = LANE_W + COL_W * phases as f32 + 20.0;
    let mut rows: Vec<(f32, Vec<Cell>)> = Vec::new();
    for lane in &map.lanes {
        if lane.kind == LaneKind::Emotions {
            rows.push((CURVE_H, Vec::new()));
            continue;
        }
        let mut cells = Vec::new();
        let mut tallest: f32 = 40.0;
        for (index, phase) in map.phases.iter().enumerate() {
            let mut cell = Vec::new();
            let mut height = 8.0;
            for card in cards.get(phase, lane) {
                let mut lines = wrap(card.text.trim(), 30, 4);
                if lines.is_empty() {
                    lines.push(String::new());
                }
                height += lines.len() as f32 * CARD_LINE + 14.0;
                cell.push((lines, card.colour, card.votes));
            }
            if let Some(line) = linked_line(lane.kind, counts[index]) {
                height += CARD_LINE + 6.0;
                cell.push((vec![line], CardColour::Grey, u32::MAX));
            }
            tallest = tallest.max(height);
            cells.push(cell);
        }
        rows.push((tallest, cells));
    }
    let height = TITLE_H + HEAD_H + rows.iter().map(|(h, _)| h).sum::<f32>() + 20.0;
    Picture { width, height, rows }
}

/// A journey map as an SVG picture: the grid, the cards and the emotion curve. Refused for a
/// map too large, as [`markdown`].
pub fn svg(workspace: &Workspace, map: &JourneyMap) -> Result<String, String> {
    check_size(map)?;
    Ok(draw(map, &layout(workspace, map)))
}

/// The SVG text of a laid-out map.
fn draw(map: &JourneyMap, picture: &Picture) -> String {
    let Picture { width, height, rows } = picture;
    let phases = map.phases.len().max(1);
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Ubuntu, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let segment = if map.segment.trim().is_empty() { String::new() } else { format!(" — {}", map.segment.trim()) };
    let _ =
        write!(out, r##"<text x="10" y="36" font-size="26" fill="#111">{}{}</text>"##, xml(&map.name), xml(&segment));
    let mut y = TITLE_H;
    for (i, phase) in map.phases.iter().enumerate() {
        let x = LANE_W + COL_W * i as f32;
        let _ =
            write!(out, r##"<rect x="{x}" y="{y}" width="{COL_W}" height="{HEAD_H}" fill="#263238" stroke="#fff"/>"##);
        let name: String = wrap(&phase.name, 26, 1).join("");
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="16" fill="#ffffff" text-anchor="middle">{}</text>"##,
            x + COL_W / 2.0,
            y + 28.0,
            xml(&name)
        );
    }
    y += HEAD_H;
    for (lane, (row_h, cells)) in map.lanes.iter().zip(rows) {
        let _ =
            write!(out, r##"<rect x="0" y="{y}" width="{LANE_W}" height="{row_h}" fill="#eceff1" stroke="#999"/>"##);
        for (n, line) in wrap(&lane.name, 18, 3).iter().enumerate() {
            let _ = write!(
                out,
                r##"<text x="8" y="{}" font-size="15" fill="#111">{}</text>"##,
                y + 22.0 + n as f32 * 18.0,
                xml(line)
            );
        }
        for i in 0..phases {
            let x = LANE_W + COL_W * i as f32;
            let _ =
                write!(out, r##"<rect x="{x}" y="{y}" width="{COL_W}" height="{row_h}" fill="none" stroke="#999"/>"##);
        }
        if lane.kind == LaneKind::Emotions {
            out.push_str(&curve(map, LANE_W, COL_W, y, *row_h, 12.0));
        }
        for (i, cell) in cells.iter().enumerate() {
            let x = LANE_W + COL_W * i as f32 + 6.0;
            let mut cy = y + 6.0;
            for (lines, card_colour, votes) in cell {
                let linked = *votes == u32::MAX;
                let h = lines.len() as f32 * CARD_LINE + if linked { 6.0 } else { 8.0 };
                if !linked {
                    let _ = write!(
                        out,
                        r##"<rect x="{x}" y="{cy}" width="{}" height="{h}" rx="4" fill="{}" stroke="#aaa"/>"##,
                        COL_W - 12.0,
                        colour(*card_colour)
                    );
                }
                for (n, line) in lines.iter().enumerate() {
                    let style = if linked { r##" fill="#555" font-style="italic""## } else { r##" fill="#111""## };
                    let _ = write!(
                        out,
                        r##"<text x="{}" y="{}" font-size="13"{style}>{}</text>"##,
                        x + 5.0,
                        cy + 15.0 + n as f32 * CARD_LINE,
                        xml(line)
                    );
                }
                if !linked && *votes > 0 {
                    let _ = write!(
                        out,
                        r##"<circle cx="{}" cy="{}" r="9" fill="#d81b60"/><text x="{}" y="{}" font-size="11" fill="#fff" text-anchor="middle">{votes}</text>"##,
                        x + COL_W - 24.0,
                        cy + 11.0,
                        x + COL_W - 24.0,
                        cy + 15.0
                    );
                }
                cy += h + 6.0;
            }
        }
        y += row_h;
    }
    out.push_str("</svg>");
    without_bidi(&out).into_owned()
}

/// How many pixels a PNG has per SVG unit: twice the screen size, sharp when printed; less for
/// a picture that would otherwise pass [`MAX_PICTURE_PIXELS`], but never less than one.
const PNG_SCALE: f32 = 2.0;

/// The most pixels a PNG picture of a map has: 40 million (a picture of some 7,700 × 5,200
/// pixels, 160 MB while it is drawn). A map of thousands of phases once asked for billions,
/// over 20 GB of memory; the size is now worked out, and refused with the reason, before a
/// pixel is allocated.
pub const MAX_PICTURE_PIXELS: u64 = 40_000_000;

/// The pixels of a picture of `width` × `height` SVG units drawn at `scale`.
fn pixels(width: f32, height: f32, scale: f32) -> (u32, u32) {
    let side = |units: f32| (units * scale).ceil().clamp(1.0, u32::MAX as f32) as u32;
    (side(width), side(height))
}

/// The scale a picture of `width` × `height` is drawn at: [`PNG_SCALE`], or the largest one
/// down to 1 that stays within [`MAX_PICTURE_PIXELS`]; `None` when even 1 does not.
fn png_scale(width: f32, height: f32) -> Option<f32> {
    let fits = |scale: f32| {
        let (w, h) = pixels(width, height, scale);
        u64::from(w) * u64::from(h) <= MAX_PICTURE_PIXELS
    };
    if fits(PNG_SCALE) {
        return Some(PNG_SCALE);
    }
    let area = f64::from(width) * f64::from(height);
    // A hair under the exact root, so that rounding up the sides cannot pass the limit.
    let scale = ((MAX_PICTURE_PIXELS as f64 / area).sqrt() * 0.999) as f32;
    (scale >= 1.0 && fits(scale)).then_some(scale)
}

/// A journey map as a PNG picture rendered on the CPU at twice its size (less for a large
/// map), with the font egui ships (no system fonts, no GPU, no display). Refused for a map too
/// large, as [`markdown`], and for a picture over [`MAX_PICTURE_PIXELS`] even at its smallest,
/// before any of it is drawn.
pub fn png(workspace: &Workspace, map: &JourneyMap) -> Result<Vec<u8>, String> {
    check_size(map)?;
    let picture = layout(workspace, map);
    let (width, height) = (picture.width, picture.height);
    let svg_text = draw(map, &picture);
    drop(picture);
    svg_to_png(&svg_text, width, height, &map.name)
}

/// A picture of `width` × `height` SVG units (of the map or board `name`) as a PNG, drawn on
/// the CPU at [`png_scale`], or refused before a pixel is allocated.
pub(super) fn svg_to_png(svg_text: &str, width: f32, height: f32, name: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let scale = png_scale(width, height).ok_or_else(|| {
        let (width, height) = pixels(width, height, 1.0);
        t!(
            "interop-png-too-many-pixels",
            name = name.trim(),
            width = width,
            height = height,
            most = MAX_PICTURE_PIXELS / 1_000_000
        )
    })?;
    let mut options = usvg::Options { font_family: "Ubuntu".to_owned(), ..usvg::Options::default() };
    options.fontdb_mut().load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    options.fontdb_mut().load_font_data(epaint_default_fonts::NOTO_EMOJI_REGULAR.to_vec());
    let tree =
        usvg::Tree::from_str(svg_text, &options).map_err(|e| t!("interop-png-cannot-draw", error = e.to_string()))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or_else(|| t!("interop-png-no-size"))?;
    let too_large = || t!("interop-png-too-large", width = size.width(), height = size.height());
    if u64::from(size.width()) * u64::from(size.height()) > MAX_PICTURE_PIXELS {
        return Err(too_large());
    }
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(too_large)?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| t!("interop-png-cannot-encode", error = e.to_string()))
}

/// Everything Kindred holds about one person, as Markdown: for a person who asks what is
/// stored about them. Written in the current language, dated today.
pub fn person_markdown(workspace: &Workspace, person: &Person) -> String {
    person_markdown_on(workspace, person, chrono::Local::now().date_naive())
}

fn person_markdown_on(workspace: &Workspace, person: &Person, today: chrono::NaiveDate) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_escape(person.name.trim()));
    let intro =
        t!("interop-person-intro", workspace = md_escape(&workspace.name), date = crate::i18n::date_long(today));
    let _ = writeln!(out, "{intro}\n");
    let _ = writeln!(out, "## {}\n", t!("interop-person-details"));
    person_details(&mut out, workspace, person);
    heading(&mut out, t!("interop-person-life"));
    person_life(&mut out, person);
    heading(&mut out, t!("interop-person-milestones"));
    for m in &person.milestones {
        let kind = if m.label.trim().is_empty() { milestone_name(&m.kind) } else { m.label.clone() };
        let date = match m.recurrence {
            Recurrence::Once => t!("interop-person-once", date = date_words(m.date)),
            Recurrence::Yearly => date_words(m.date),
        };
        field(&mut out, &kind, &date);
    }
    heading(&mut out, t!("interop-person-needs"));
    person_needs(&mut out, workspace, person);
    person_incidents(&mut out, workspace, person);
    person_records(&mut out, workspace, person);
    super::lifecycle::history_markdown(&mut out, workspace, person);
    without_bidi(&out).into_owned()
}

/// A line of a person's Markdown: the label and the value, when there is one.
fn field(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        let _ = writeln!(out, "- **{label}:** {}", md_escape(value.trim()).replace('\n', "  \n  "));
    }
}

fn heading(out: &mut String, text: String) {
    let _ = writeln!(out, "\n## {text}\n");
}

/// Who the person is and how to reach them.
fn person_details(out: &mut String, workspace: &Workspace, person: &Person) {
    field(out, &t!("interop-person-organisation"), workspace.organisation_name(person));
    field(out, &t!("interop-person-account-role"), &crate::ops::names::account_role(&person.account_role));
    field(out, &t!("interop-person-title"), &person.role);
    field(out, &t!("interop-person-status"), &crate::ops::names::status(person.status));
    field(out, &t!("interop-person-why"), &person.status_reason);
    let key_account = if person.key_account { t!("interop-person-yes") } else { String::new() };
    field(out, &t!("interop-person-key-account"), &key_account);
    field(out, &t!("interop-person-tags"), &person.tags.join(", "));
    for email in &person.contact.emails {
        field(out, &label_with(t!("interop-person-email"), &email.label), &email.value);
    }
    for phone in &person.contact.phones {
        field(out, &label_with(t!("interop-person-phone"), &phone.label), &phone.value);
    }
    field(out, &t!("interop-person-address"), &person.contact.address);
    field(out, &t!("interop-person-website"), &person.contact.website);
    let photo = if person.photo.is_some() { t!("interop-person-photo-stored") } else { String::new() };
    field(out, &t!("interop-person-photo"), &photo);
    let came = match person.referral.source {
        crate::model::ReferralSource::Unknown => person.referral.detail.trim().to_owned(),
        source => format!("{} {}", crate::ops::names::referral(source), person.referral.detail.trim()),
    };
    field(out, &t!("interop-person-referral"), came.trim());
    for link in workspace.links_of(person.id) {
        let other = link.other(person.id).and_then(|id| workspace.person(id));
        let name = other.map_or_else(|| t!("interop-person-link-gone"), |o| o.name.trim().to_owned());
        field(out, &crate::ops::links::word(link, person.id), &name);
    }
}

/// Their family and what matters to them.
fn person_life(out: &mut String, person: &Person) {
    for member in &person.life.family {
        let (name, relation) = (member.name.as_str(), relation_word(&member.relation));
        let who = match member.birthday {
            Some(date) => t!("interop-person-relative-born", name = name, relation = relation, date = date_words(date)),
            None => t!("interop-person-relative", name = name, relation = relation),
        };
        field(out, &t!("interop-person-family"), &format!("{who} {}", member.notes));
    }
    field(out, &t!("interop-person-interests"), &person.life.interests.join(", "));
    field(out, &t!("interop-person-what-matters"), &person.life.what_matters);
    field(out, &t!("interop-person-proud-of"), &person.life.proud_of);
    field(out, &t!("interop-person-preferences"), &person.life.preferences);
    field(out, &t!("interop-person-notes"), &person.life.notes);
}

/// What they need from us, and whether we fit.
fn person_needs(out: &mut String, workspace: &Workspace, person: &Person) {
    field(out, &t!("interop-person-stated-need"), &person.needs.stated);
    field(out, &t!("interop-person-motivation"), &person.needs.motivation);
    field(out, &t!("interop-person-challenge"), &person.needs.challenge);
    field(out, &t!("interop-person-agreed-solution"), &person.needs.agreed_solution);
    // The fit of the account the person belongs to, or their own.
    if let Some(organisation) = workspace.organisation_of(person) {
        field(out, &t!("interop-person-fit-of"), &organisation.name);
    }
    let fit = workspace.fit_of(person);
    field(out, &t!("interop-person-need-recognised"), &crate::ops::names::need(fit.need_recognised));
    field(out, &t!("interop-person-driver"), &crate::ops::names::driver(fit.driver));
    field(out, &t!("interop-person-minutes"), &fit.minutes_spent.to_string());
    field(
        out,
        &t!("interop-person-yearly-value"),
        &fit.yearly_value.map(|v| crate::i18n::money(v, &workspace.currency)).unwrap_or_default(),
    );
    let decision = format!("{} {}", crate::ops::names::decision(fit.decision), fit.decision_reason);
    field(out, &t!("interop-person-decision"), &decision);
}

/// The name of a journey map, empty for one that is gone.
fn journey_name(workspace: &Workspace, id: JourneyId) -> String {
    workspace.journey(id).map(|j| j.name.clone()).unwrap_or_default()
}

/// Their critical incidents, if any.
fn person_incidents(out: &mut String, workspace: &Workspace, person: &Person) {
    if person.incidents.is_empty() {
        return;
    }
    heading(out, t!("interop-person-incidents"));
    for i in &person.incidents {
        let (date, valence) = (crate::i18n::date_short_year(i.date), valence_name(i.valence));
        let (expected, happened, response) = (md_escape(&i.expected), md_escape(&i.happened), md_escape(&i.response));
        let mut line = match i.journey {
            Some(id) => t!(
                "interop-person-incident-in",
                date = date,
                valence = valence,
                journey = md_escape(&journey_name(workspace, id)),
                expected = expected,
                happened = happened,
                response = response
            ),
            None => t!(
                "interop-person-incident",
                date = date,
                valence = valence,
                expected = expected,
                happened = happened,
                response = response
            ),
        };
        if i.resolved {
            let _ = write!(line, "; {}", t!("interop-person-resolved"));
        }
        let _ = writeln!(out, "- {line}");
    }
}

/// Their ideas, the interaction log and where they stand on boards, each if there is any.
fn person_records(out: &mut String, workspace: &Workspace, person: &Person) {
    if !person.ideas.is_empty() {
        heading(out, t!("interop-person-ideas"));
        for idea in &person.ideas {
            let date = crate::i18n::date_short_year(idea.date);
            let _ =
                writeln!(out, "- {date} ({}): {}", crate::ops::names::idea_status(idea.status), md_escape(&idea.text));
        }
    }
    if !person.interactions.is_empty() {
        heading(out, t!("interop-person-interactions"));
        for i in &person.interactions {
            let line = t!(
                "interop-person-interaction",
                date = crate::i18n::date_short_year(i.date),
                channel = channel_name(i.channel),
                minutes = i.minutes,
                note = md_escape(&i.note).replace('\n', " ")
            );
            let _ = writeln!(out, "- {line}");
        }
    }
    if !person.positions.is_empty() {
        heading(out, t!("interop-person-boards"));
        for position in &person.positions {
            let map = workspace.journey(position.journey);
            let phase = map.and_then(|m| m.phases.iter().find(|p| p.id == position.phase)).map(|p| p.name.as_str());
            let name = journey_name(workspace, position.journey);
            let _ = writeln!(out, "- {}: {}", md_escape(&name), md_escape(phase.unwrap_or("?")));
        }
    }
}

fn label_with(base: String, label: &str) -> String {
    if label.trim().is_empty() { base } else { t!("interop-person-labelled", field = base, label = label.trim()) }
}

/// "Better than expected", "Worse than expected".
fn valence_name(valence: Valence) -> String {
    match valence {
        Valence::Better => t!("insights-better"),
        Valence::Worse => t!("insights-worse"),
    }
}

fn channel_name(channel: Channel) -> String {
    match channel {
        Channel::Meeting => t!("interop-channel-meeting"),
        Channel::Phone => t!("interop-channel-phone"),
        Channel::Email => t!("interop-channel-email"),
        Channel::Message => t!("interop-channel-message"),
        Channel::Visit => t!("interop-channel-visit"),
        Channel::Event => t!("interop-channel-event"),
        Channel::Other => t!("interop-channel-other"),
    }
}

/// A milestone's kind, for one without a label of its own.
fn milestone_name(kind: &MilestoneKind) -> String {
    match kind {
        MilestoneKind::Birthday => t!("interop-milestone-birthday"),
        MilestoneKind::WorkAnniversary => t!("interop-milestone-work-anniversary"),
        MilestoneKind::CustomerSince => t!("interop-milestone-customer-since"),
        MilestoneKind::WeddingAnniversary => t!("interop-milestone-wedding-anniversary"),
        MilestoneKind::FamilyBirthday => t!("interop-milestone-family-birthday"),
        MilestoneKind::LifeEvent => t!("interop-milestone-life-event"),
        MilestoneKind::Custom => t!("interop-milestone-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, PartialDate, Template};

    fn map() -> (Workspace, JourneyMap) {
        let mut map = Template::CustomerJourney.create();
        map.name = "Bakery <journey> & co".into();
        map.phases[0].emotion = Some(1);
        map.phases[1].emotion = Some(-2);
        map.phases[3].emotion = Some(2);
        let lane = map.lanes.iter().find(|l| l.kind == LaneKind::Cards).map(|l| l.id).expect("a card lane");
        map.cards.push(Card {
            phase: map.phases[0].id,
            lane,
            text: "Sees the *sign* | outside".into(),
            votes: 3,
            ..Card::default()
        });
        (Workspace::named("Shop"), map)
    }

    #[test]
    fn markdown_and_html_hold_the_map() {
        let (ws, map) = map();
        let md = markdown(&ws, &map).expect("small");
        assert!(md.contains("# Bakery \\<journey\\> & co"));
        assert!(md.contains("## 1. Awareness"));
        assert!(md.contains("- Sees the \\*sign\\* \\| outside (3 votes)"));
        assert!(md.contains("-2 (very negative)"));
        let page = html(&ws, &map).expect("small");
        assert!(page.contains("Bakery &lt;journey&gt; &amp; co"));
        assert!(page.contains("<svg") && page.contains("<path"));
        assert!(page.contains("@page"));
        for external in ["src=", "href=", "@import", "url("] {
            assert!(!page.contains(external), "the page must not load {external}");
        }
    }

    #[test]
    fn handouts_exported_in_danish_and_norwegian_are_in_that_language() {
        use crate::i18n::{Lang, set_language};
        use crate::model::{CriticalIncident, FamilyMember, Relation};
        let (mut ws, mut map) = map();
        map.segment = "Små kontorer".into();
        let mut mette = Person::named("Mette Kjærgaard");
        mette.key_account = true;
        mette.status = crate::model::Status::Customer;
        mette.life.family.push(FamilyMember {
            name: "Ida".into(),
            relation: Relation::Daughter,
            birthday: PartialDate::ymd(2015, 5, 3),
            ..FamilyMember::default()
        });
        mette.incidents.push(CriticalIncident {
            journey: Some(map.id),
            phase: Some(map.phases[1].id),
            valence: Valence::Better,
            expected: "ventetid".into(),
            happened: "ringede selv".into(),
            ..CriticalIncident::default()
        });
        ws.people.push(mette.clone());
        ws.journeys.push(map.clone());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");

        set_language(Lang::Da);
        let md = markdown(&ws, &map).expect("small");
        for danish in [
            "Segment: Små kontorer",
            "4 faser: Awareness → Consideration → Purchase → Loyalty",
            "- Sees the \\*sign\\* \\| outside (3 stemmer)",
            "-2 (meget negativ)",
            "(ikke vurderet)",
            "- _1 kritisk hændelse registreret hos personer_",
        ] {
            assert!(md.contains(danish), "{danish} in\n{md}");
        }
        for english in ["phases", "votes", "very", "not scored", "critical incident"] {
            assert!(!md.contains(english), "{english} in\n{md}");
        }
        let page = html(&ws, &map).expect("small");
        assert!(page.contains(r#"<html lang="da">"#) && page.contains(r#"aria-label="Følelseskurve""#));
        let person = person_markdown_on(&ws, &mette, today);
        for danish in [
            "Hvad arbejdsområdet “Shop” indeholder om denne person pr. 1. december 2026.",
            "## Oplysninger",
            "- **Status:** Kunde",
            "- **Nøglekunde:** ja",
            "## Livet",
            "- **Familie:** Ida (datter, født 3. maj 2015)",
            "## Mærkedage",
            "## Behov og egnethed",
            "- **Erkendt behov:** Ukendt",
            "- **Beslutning:** Ikke besluttet",
            "## Kritiske hændelser",
            r"(Bedre end ventet, Bakery \<journey\> & co): forventet: ventetid; skete: ringede selv",
        ] {
            assert!(person.contains(danish), "{danish} in\n{person}");
        }
        for english in ["Details", "## Life", "Milestones", "Needs and fit", "Key account", "daughter", "Undecided"] {
            assert!(!person.contains(english), "{english} in\n{person}");
        }

        set_language(Lang::Nb);
        let md = markdown(&ws, &map).expect("small");
        assert!(md.contains("4 faser:") && md.contains("(3 stemmer)") && md.contains("(svært negativ)"), "{md}");
        let person = person_markdown_on(&ws, &mette, today);
        assert!(person.contains("## Opplysninger") && person.contains("Ida (datter, født 3. mai 2015)"), "{person}");
        set_language(Lang::En);
        let person = person_markdown_on(&ws, &mette, today);
        assert!(person.contains("as of 1 December 2026") && person.contains("Ida (daughter, born 3 May 2015)"));
    }

    #[test]
    fn a_yearly_value_is_written_as_money_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let ws = Workspace { currency: "DKK".into(), ..Workspace::named("Shop") };
        let mut person = Person::named("Mette");
        person.fit.yearly_value = Some(185_000);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        for (lang, value) in [(Lang::En, "185,000 DKK"), (Lang::Da, "185.000 DKK"), (Lang::Nb, "185\u{a0}000 DKK")] {
            set_language(lang);
            let text = person_markdown_on(&ws, &person, today);
            assert!(text.contains(&format!(":** {value}\n")), "{value} in\n{text}");
        }
        set_language(Lang::En);
    }

    /// The numbers of an SVG attribute wherever it appears in `svg`.
    fn attribute_values(svg: &str, name: &str) -> Vec<f32> {
        svg.split(&format!(" {name}=\"")).skip(1).filter_map(|rest| rest.split('"').next()?.parse().ok()).collect()
    }

    #[test]
    fn the_curve_keeps_its_labels_and_points_inside_its_band() {
        let (_, map) = map();
        for (top, height, font) in [(0.0, 120.0, 12.0), (300.0, 130.0, 12.0), (0.0, 80.0, 11.3)] {
            let drawn = curve(&map, 0.0, 200.0, top, height, font);
            let labels = attribute_values(&drawn, "y");
            let points = attribute_values(&drawn, "cy");
            assert_eq!((labels.len(), points.len()), (3, 3), "{drawn}");
            for y in labels {
                assert!(y - font >= top, "a label's top at {} is above the band at {top}", y - font);
            }
            for y in points {
                assert!(y + font / 2.0 <= top + height, "a point reaches {} below the band's end", y + font / 2.0);
            }
        }
    }

    #[test]
    fn lines_are_counted_as_a_browser_wraps_them() {
        assert_eq!(line_count("", 10), 1);
        assert_eq!(line_count("one two three", 13), 1);
        assert_eq!(line_count("one two three", 12), 2);
        assert_eq!(line_count("one\ntwo", 80), 2);
        assert_eq!(line_count("abcdefghijklmnopqrstuvwxy", 10), 3, "a long word is broken");
        assert_eq!(line_count("ab abcdefghijklmnopqrstuvwxy", 10), 4);
    }

    #[test]
    fn the_print_size_shrinks_with_the_map_down_to_a_floor() {
        let (ws, mut map) = map();
        let counts = linked_counts(&ws, &map);
        assert_eq!(print_text_size(&map, &Cells::of(&map), &counts), PRINT_LARGEST_PT, "a small map prints large");
        let lane = map.lanes[0].id;
        let phase = map.phases[0].id;
        for n in 0..12 {
            let text = format!("Card {n}, which says what a customer did here in a sentence or two");
            map.cards.push(Card { phase, lane, text, ..Card::default() });
        }
        let crowded = print_text_size(&map, &Cells::of(&map), &counts);
        assert!(crowded < PRINT_LARGEST_PT && crowded > PRINT_SMALLEST_PT, "{crowded} pt");
        assert!(print_height_mm(&map, &Cells::of(&map), &counts, crowded) <= PRINT_HEIGHT_MM * PRINT_FILL);
        for n in 0..200 {
            map.cards.push(Card { phase, lane, text: format!("More {n}"), ..Card::default() });
        }
        assert_eq!(
            print_text_size(&map, &Cells::of(&map), &counts),
            PRINT_SMALLEST_PT,
            "past the floor the page does not shrink"
        );
        assert!(
            html(&ws, &map).expect("small enough").contains(&format!("html {{ font-size: {PRINT_SMALLEST_PT}pt; }}"))
        );
    }

    #[test]
    fn png_is_drawn_without_a_display() {
        let (ws, map) = map();
        let bytes = png(&ws, &map).expect("png");
        let image = image::load_from_memory(&bytes).expect("a PNG");
        assert!(image.width() > 1800 && image.height() > 600, "{}×{}", image.width(), image.height());
        // Text was drawn: the title row is not blank.
        let rgba = image.to_rgba8();
        let dark = (0..1200)
            .flat_map(|x| (20..100).map(move |y| (x, y)))
            .filter(|&(x, y)| rgba.get_pixel(x, y)[0] < 128)
            .count();
        assert!(dark > 100, "the title was drawn ({dark} dark pixels)");
    }
}
