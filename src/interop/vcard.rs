//! vCard: 2.1, 3.0 and 4.0 in (as Google, Apple, Outlook, Thunderbird, Android and Monica
//! write them), 3.0 or 4.0 out.
//!
//! The syntax is read here rather than by a general vCard crate because the quirks of real
//! exports sit below the text level: vCard 2.1 gives each value its own `CHARSET` and
//! quoted-printable soft line breaks whose next line is not indented, so lines must be joined
//! and decoded as bytes before they are text. What each property means for Kindred (Apple's
//! `itemN.X-ABDATE` with its `X-ABLabel`, `X-MS-ANNIVERSARY`, year-less birthdays, relations)
//! is mapped in [`card_to_person`].
//!
//! Written cards carry the relatives' birthdays as an `X-KINDRED-BIRTHDAY` parameter on the
//! relation (other programs ignore it) so that Kindred → vCard → Kindred keeps them, and in
//! 4.0 an `X-KINDRED-RELATION` parameter where `RELATED`'s types have no word for the relation;
//! `X-KINDRED-KIND` and `X-KINDRED-ONCE` on a date keep a life event and a one-off date.

use super::people::{
    add_milestone, add_note, add_relative, milestone, milestone_from_label, parse_iso_date, relation_from,
};
use super::text;
use crate::i18n::grouped;
use crate::model::{Labelled, MilestoneKind, Person, Photo, Recurrence, Relation};
use crate::ops::import::{Incoming, Parsed, Skipped};
use crate::ops::upcoming::relation_word;
use crate::t;

mod write;

pub use write::{Version, encode, encode_for_server};

/// A logical line longer than this is not read (a photo of a few megabytes fits easily).
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;
/// A photo larger than this (decoded) is dropped, with a note.
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;
/// The parameter that carries a relative's birthday in the cards Kindred writes.
const BIRTHDAY_PARAM: &str = "X-KINDRED-BIRTHDAY";
/// The parameter that keeps a relation vCard 4.0 has no type for ("daughter", "godson").
const RELATION_PARAM: &str = "X-KINDRED-RELATION";

/// One content line: `group.NAME;PARAM=x:value`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Property {
    /// Lower-case, without the dot.
    group: Option<String>,
    /// Upper-case.
    name: String,
    /// Upper-case names; bare 2.1 parameters become `TYPE` (or `ENCODING`).
    params: Vec<(String, String)>,
    /// Decoded from quoted-printable and the character set, still vCard-escaped.
    value: String,
    line: usize,
}

impl Property {
    fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn types(&self) -> impl Iterator<Item = String> + '_ {
        self.params.iter().filter(|(n, _)| n == "TYPE").map(|(_, v)| v.to_lowercase())
    }

    fn text(&self) -> String {
        unescape(&self.value)
    }
}

/// A card as read: its properties and where it began.
struct RawCard {
    line: usize,
    properties: Vec<Property>,
    ended: bool,
    /// Lines past [`MAX_CARD_LINES`], not read.
    cut: usize,
}

/// Reads every card of a file. Parts that cannot be read are listed in `skipped`; the file is
/// an error only when it holds no card at all.
pub fn decode(bytes: &[u8]) -> Result<Parsed, String> {
    decode_with_progress(bytes, None)
}

/// [`decode`], counting the cards read into `progress`.
pub fn decode_with_progress(bytes: &[u8], progress: Option<&super::Progress>) -> Result<Parsed, String> {
    let owned;
    let bytes = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => rest,
        _ => {
            let decoded = text::decode(bytes);
            if decoded.encoding.starts_with("UTF-16") {
                owned = decoded.text.into_bytes();
                &owned
            } else {
                bytes
            }
        }
    };
    let mut parsed = Parsed { format: "vCard".to_owned(), ..Parsed::default() };
    let cards = read_cards(bytes, &mut parsed.skipped)?;
    if cards.is_empty() {
        return Err(t!("interop-vcard-none"));
    }
    super::Progress::start(progress, cards.len());
    for (n, card) in cards.into_iter().enumerate() {
        super::Progress::step(progress, n);
        let source = t!("interop-vcard-card", number = n + 1, line = card.line);
        match card_to_person(&card) {
            Ok((person, organisation, mut notes)) => {
                if !card.ended {
                    notes.push(t!("interop-vcard-cut-off"));
                }
                parsed.people.push(Incoming { person, organisation, source, notes });
            }
            Err(reason) => parsed.skipped.push(Skipped { source, reason }),
        }
    }
    Ok(parsed)
}

/// Physical lines as (line number, bytes), at CRLF, LF, CR or CR CR LF, read as they are
/// needed (a file of millions of short lines is never held as a list).
struct PhysicalLines<'a> {
    bytes: &'a [u8],
    at: usize,
    number: usize,
}

impl<'a> Iterator for PhysicalLines<'a> {
    type Item = (usize, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.bytes.get(self.at..).filter(|rest| !rest.is_empty())?;
        let number = self.number;
        self.number += 1;
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(end) => {
                let after = &rest[end..];
                // A break is CRLF, LF, CR, or CR CR LF.
                let width = if after.starts_with(b"\r\r\n") {
                    3
                } else if after.starts_with(b"\r\n") {
                    2
                } else {
                    1
                };
                self.at += end + width;
                Some((number, &rest[..end]))
            }
            None => {
                self.at = self.bytes.len();
                Some((number, rest))
            }
        }
    }
}

/// Logical lines: folded lines (a following line starting with a space or tab) and
/// quoted-printable soft line breaks (a line ending in `=` in a quoted-printable value) joined.
struct LogicalLines<'a> {
    physical: std::iter::Peekable<PhysicalLines<'a>>,
}

impl<'a> LogicalLines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { physical: PhysicalLines { bytes, at: 0, number: 1 }.peekable() }
    }

    /// The next non-empty logical line and the number of its first physical line. A line or a
    /// value longer than [`MAX_LINE_BYTES`] is skipped, and said so in `skips`.
    fn next_line(&mut self, skips: &mut LineSkips) -> Option<(usize, Vec<u8>)> {
        loop {
            let (number, first) = self.physical.next()?;
            if first.is_empty() {
                continue;
            }
            if first.len() > MAX_LINE_BYTES {
                skips.push(number, || t!("interop-vcard-line-too-long", size = first.len() >> 20));
                continue;
            }
            let mut line = first.to_vec();
            let mut overflowed = false;
            // Whether the line's head asks for quoted-printable, once the head is complete.
            let mut quoted_printable: Option<bool> = None;
            while let Some(&(_, next)) = self.physical.peek() {
                if next.is_empty() {
                    self.physical.next();
                    continue;
                }
                let continues = matches!(next[0], b' ' | b'\t');
                let soft_break =
                    !overflowed && line.ends_with(b"=") && is_quoted_printable(&line, &mut quoted_printable);
                if !continues && !soft_break {
                    break;
                }
                self.physical.next();
                if overflowed {
                    continue;
                }
                if soft_break {
                    line.pop();
                    line.extend_from_slice(next);
                } else {
                    line.extend_from_slice(&next[1..]);
                }
                if line.len() > MAX_LINE_BYTES {
                    overflowed = true;
                    line = Vec::new();
                }
            }
            if overflowed {
                skips.push(number, || t!("interop-vcard-value-too-long"));
            } else if !line.is_empty() {
                return Some((number, line));
            }
        }
    }
}

/// The lines of a file that could not be read: the first [`MAX_LISTED_LINES`] named, the rest
/// counted, so that a file of millions of broken lines does not fill the memory with reasons.
#[derive(Default)]
struct LineSkips {
    listed: Vec<Skipped>,
    more: usize,
}

/// How many unreadable lines an import names one by one.
const MAX_LISTED_LINES: usize = 1_000;
/// A card with more lines than this is cut there (real cards have a few dozen).
const MAX_CARD_LINES: usize = 1_000;

impl LineSkips {
    /// Notes a line that could not be read; its reason is worded only if it is listed.
    fn push(&mut self, number: usize, reason: impl FnOnce() -> String) {
        if self.listed.len() < MAX_LISTED_LINES {
            self.listed.push(Skipped { source: t!("interop-vcard-line", number = number), reason: reason() });
        } else {
            self.more += 1;
        }
    }

    fn into_list(mut self) -> Vec<Skipped> {
        if self.more > 0 {
            let source = t!("interop-vcard-more-lines-source");
            self.listed.push(Skipped { source, reason: t!("interop-vcard-more-lines", count = self.more) });
        }
        self.listed
    }
}

/// Whether a line's head (before the `:`) asks for quoted-printable. The answer is kept in
/// `known` once the head is complete (a `:` is found, or the line is longer than any head), so
/// a long value that runs on over many soft breaks is not searched again at each.
fn is_quoted_printable(line: &[u8], known: &mut Option<bool>) -> bool {
    const LONGEST_HEAD: usize = 4096;
    if let Some(answer) = *known {
        return answer;
    }
    let window = &line[..line.len().min(LONGEST_HEAD)];
    let colon = window.iter().position(|&b| b == b':');
    let head = &window[..colon.unwrap_or(window.len())];
    let answer = head.windows(16).any(|w| w.eq_ignore_ascii_case(b"QUOTED-PRINTABLE"));
    if colon.is_some() || line.len() >= LONGEST_HEAD {
        *known = Some(answer);
    }
    answer
}

/// Every card of the file, or why the file is refused: more than [`super::MAX_RECORDS`] cards.
/// What cannot be read is added to `skipped`.
fn read_cards(bytes: &[u8], skipped: &mut Vec<Skipped>) -> Result<Vec<RawCard>, String> {
    let mut cards: Vec<RawCard> = Vec::new();
    let mut current: Option<RawCard> = None;
    let mut stray = 0usize;
    let mut first_stray = 0usize;
    let mut skips = LineSkips::default();
    let mut lines = LogicalLines::new(bytes);
    let keep = |cards: &mut Vec<RawCard>, card: RawCard, skips: &mut LineSkips| {
        if card.cut > 0 {
            skips.push(card.line, || {
                t!("interop-vcard-card-cut", most = grouped(MAX_CARD_LINES), count = grouped(card.cut))
            });
        }
        if cards.len() >= super::MAX_RECORDS {
            return Err(t!("interop-vcard-too-many", most = grouped(super::MAX_RECORDS)));
        }
        cards.push(card);
        Ok(())
    };
    while let Some((number, line)) = lines.next_line(&mut skips) {
        let trimmed = line.trim_ascii();
        if trimmed.eq_ignore_ascii_case(b"BEGIN:VCARD") {
            if let Some(open) = current.take() {
                keep(&mut cards, open, &mut skips)?;
            }
            current = Some(RawCard { line: number, properties: Vec::new(), ended: false, cut: 0 });
            continue;
        }
        if trimmed.eq_ignore_ascii_case(b"END:VCARD") {
            if let Some(mut card) = current.take() {
                card.ended = true;
                keep(&mut cards, card, &mut skips)?;
            }
            continue;
        }
        let Some(card) = current.as_mut() else {
            if stray == 0 {
                first_stray = number;
            }
            stray += 1;
            continue;
        };
        if card.properties.len() >= MAX_CARD_LINES {
            card.cut += 1;
            continue;
        }
        match parse_property(number, &line) {
            Some(property) if property.name != "PHOTO" && property.value.len() > super::MAX_VALUE_BYTES => {
                let size = property.value.len() / 1000;
                skips.push(number, || t!("interop-value-too-long", field = property.name, size = size));
            }
            Some(property) => card.properties.push(property),
            None => {
                skips.push(number, || {
                    let excerpt = text::excerpt(&String::from_utf8_lossy(&line), 40);
                    t!("interop-vcard-not-a-line", text = excerpt)
                });
            }
        }
    }
    if let Some(open) = current {
        keep(&mut cards, open, &mut skips)?;
    }
    skipped.extend(skips.into_list());
    if stray > 0 && !cards.is_empty() {
        skipped.push(Skipped {
            source: t!("interop-vcard-line", number = first_stray),
            reason: t!("interop-vcard-stray-lines", count = stray),
        });
    }
    Ok(cards)
}

/// Splits `bytes` at `sep`, except inside double quotes.
fn split_unquoted(bytes: &[u8], sep: u8) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == sep && !quoted {
            parts.push(&bytes[start..i]);
            start = i + 1;
        }
    }
    parts.push(&bytes[start..]);
    parts
}

fn parse_property(line: usize, bytes: &[u8]) -> Option<Property> {
    let mut quoted = false;
    let colon = bytes.iter().position(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == b':' && !quoted
    })?;
    let (head, raw_value) = (&bytes[..colon], &bytes[colon + 1..]);
    let mut parts = split_unquoted(head, b';').into_iter();
    let full_name = String::from_utf8_lossy(parts.next()?.trim_ascii()).into_owned();
    let (group, name) = match full_name.rsplit_once('.') {
        Some((group, name)) => (Some(group.to_lowercase()), name.to_uppercase()),
        None => (None, full_name.to_uppercase()),
    };
    let mut params = Vec::new();
    for part in parts {
        let part = String::from_utf8_lossy(part.trim_ascii()).into_owned();
        if part.is_empty() {
            continue;
        }
        let (key, value) = match part.split_once('=') {
            Some((key, value)) => (key.trim().to_uppercase(), value.trim().trim_matches('"').to_owned()),
            None => {
                let upper = part.to_uppercase();
                if matches!(upper.as_str(), "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" | "B") {
                    ("ENCODING".to_owned(), upper)
                } else {
                    ("TYPE".to_owned(), part)
                }
            }
        };
        if key == "TYPE" {
            params.extend(value.split(',').map(|v| ("TYPE".to_owned(), v.trim().to_owned())));
        } else {
            params.push((key, value));
        }
    }
    let encoding = params.iter().find(|(n, _)| n == "ENCODING").map(|(_, v)| v.to_uppercase());
    let decoded_bytes;
    let value_bytes = if encoding.as_deref() == Some("QUOTED-PRINTABLE") {
        decoded_bytes = decode_quoted_printable(raw_value);
        &decoded_bytes[..]
    } else {
        raw_value
    };
    let charset = params.iter().find(|(n, _)| n == "CHARSET").map(|(_, v)| v.as_str());
    let value = text::decode_labelled(value_bytes, charset);
    let value = match text::without_controls(&value) {
        std::borrow::Cow::Borrowed(_) => value,
        std::borrow::Cow::Owned(clean) => clean,
    };
    Some(Property { group, name, params, value, line })
}

fn decode_quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            if let (Some(&h), Some(&l)) = (bytes.get(i + 1), bytes.get(i + 2))
                && let (Some(h), Some(l)) = (hex(h), hex(l))
            {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
            // A lone `=` (a soft break left at the end) is dropped; anything else is kept.
            if i + 1 == bytes.len() {
                break;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// Undoes vCard text escapes: `\n` `\N` newline, `\,` `\;` `\:` `\\`; an unknown escape
/// keeps its character.
pub fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    // Quoted-printable notes carry CRLF; the workspace keeps LF.
    if out.contains('\r') { out.replace("\r\n", "\n").replace('\r', "\n") } else { out }
}

/// Splits a structured value (N, ORG, ADR) at unescaped semicolons and unescapes each part.
fn components(value: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in value.chars() {
        if escaped {
            current.push('\\');
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == ';' {
            parts.push(unescape(&std::mem::take(&mut current)));
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

/// Apple's `_$!<Anniversary>!$_` as `Anniversary`; other labels as given.
fn clean_label(label: &str) -> String {
    let label = label.trim();
    label.strip_prefix("_$!<").and_then(|l| l.strip_suffix(">!$_")).unwrap_or(label).trim().to_owned()
}

fn label_of_types(types: impl Iterator<Item = String>) -> String {
    const NOISE: [&str; 6] = ["internet", "pref", "voice", "x400", "text", "msg"];
    let kept: Vec<String> = types
        .filter(|t| !NOISE.contains(&t.as_str()) && !t.is_empty())
        .map(|t| match t.as_str() {
            "cell" => "mobile".to_owned(),
            other => other.to_owned(),
        })
        .collect();
    kept.join(", ")
}

/// Maps one card to a person; the notes say what was kept in another form or dropped.
fn card_to_person(card: &RawCard) -> Result<(Person, String, Vec<String>), String> {
    let mut person = Person::default();
    let mut organisation = String::new();
    let mut units: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    let labels: std::collections::HashMap<&str, String> = card
        .properties
        .iter()
        .filter(|p| p.name == "X-ABLABEL")
        .filter_map(|p| Some((p.group.as_deref()?, clean_label(&p.text()))))
        .collect();
    let label_of = |p: &Property| p.group.as_deref().and_then(|g| labels.get(g)).cloned();
    let mut formatted = String::new();
    let mut structured = String::new();
    let mut nickname = String::new();
    for p in &card.properties {
        match p.name.as_str() {
            "FN" => formatted = p.text().trim().to_owned(),
            "N" => {
                let parts = components(&p.value);
                let at = |i: usize| parts.get(i).map(|s| s.trim()).unwrap_or_default();
                // family; given; additional; prefix; suffix
                structured = [at(3), at(1), at(2), at(0), at(4)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            "NICKNAME" => nickname = p.text().trim().to_owned(),
            "ORG" => {
                // The organisation's name, then its units: the person's department.
                let mut parts = components(&p.value).into_iter().map(|s| s.trim().to_owned());
                organisation = parts.next().unwrap_or_default();
                units = parts.filter(|s| !s.is_empty()).collect();
            }
            "TITLE" => person.role = p.text().trim().to_owned(),
            "ROLE" if person.role.is_empty() => person.role = p.text().trim().to_owned(),
            "EMAIL" => {
                let value = p.text().trim().trim_start_matches("mailto:").to_owned();
                if !value.is_empty() {
                    let label = label_of(p).unwrap_or_else(|| label_of_types(p.types()));
                    person.contact.emails.push(Labelled { label: label.to_lowercase(), value });
                }
            }
            "TEL" => {
                let value = p.text().trim().trim_start_matches("tel:").to_owned();
                if !value.is_empty() {
                    let label = label_of(p).unwrap_or_else(|| label_of_types(p.types()));
                    person.contact.phones.push(Labelled { label: label.to_lowercase(), value });
                }
            }
            "ADR" if person.contact.address.is_empty() => {
                let parts = components(&p.value);
                person.contact.address =
                    parts.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
            }
            "URL" if person.contact.website.is_empty() => person.contact.website = p.text().trim().to_owned(),
            "NOTE" => add_note(&mut person, &p.text()),
            "CATEGORIES" => {
                for tag in p.value.split(',').map(unescape) {
                    let tag = tag.trim();
                    if !tag.is_empty() && !person.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                        person.tags.push(tag.to_owned());
                    }
                }
            }
            "BDAY" => add_birthday(&mut person, p, &mut notes),
            "ANNIVERSARY" | "X-ANNIVERSARY" | "X-MS-ANNIVERSARY" | "X-EVOLUTION-ANNIVERSARY" | "X-ABDATE" => {
                add_dated(&mut person, p, label_of(p), &mut notes)
            }
            "RELATED" | "X-ABRELATEDNAMES" | "X-MS-SPOUSE" | "X-SPOUSE" | "X-EVOLUTION-SPOUSE" | "X-MS-CHILD"
            | "X-CHILD" => add_related(&mut person, p, label_of(p)),
            "PHOTO" => match photo(p) {
                Ok(Some(photo)) if person.photo.is_none() => person.photo = Some(photo),
                Ok(_) => {}
                Err(why) => notes.push(t!("interop-vcard-photo-dropped", line = p.line, reason = why)),
            },
            _ => {}
        }
    }
    person.name = if !formatted.is_empty() {
        formatted
    } else if !structured.is_empty() {
        structured
    } else if !nickname.is_empty() {
        std::mem::take(&mut nickname)
    } else if !organisation.is_empty() {
        notes.push(t!("interop-vcard-named-after-organisation"));
        organisation.clone()
    } else if let Some(email) = person.contact.emails.first() {
        notes.push(t!("interop-vcard-named-after-email"));
        email.value.clone()
    } else {
        return Err(t!("interop-vcard-no-name"));
    };
    if !nickname.is_empty() && nickname != person.name {
        // Written into the person's notes: in the language of the moment, like all they hold.
        add_note(&mut person, &t!("interop-note-goes-by", nickname = nickname.as_str()));
    }
    if !units.is_empty() {
        let department = units.join(", ");
        person.role = if person.role.is_empty() { department } else { format!("{}, {department}", person.role) };
    }
    Ok((person, organisation, notes))
}

/// A `BDAY` as the birthday, or kept in the notes when it is no date.
fn add_birthday(person: &mut Person, p: &Property, notes: &mut Vec<String>) {
    let omit = p.param("X-APPLE-OMIT-YEAR").and_then(|y| y.trim().parse().ok());
    match parse_iso_date(&p.text(), omit) {
        Some(date) => add_milestone(person, milestone(MilestoneKind::Birthday, String::new(), date)),
        None => {
            let text = p.text();
            add_note(person, &t!("interop-note-birthday", value = text.trim()));
            notes.push(t!("interop-vcard-birthday-not-a-date", line = p.line, value = text::excerpt(&text, 30)));
        }
    }
}

/// An anniversary or a labelled date (`label`: its `X-ABLabel`) as a milestone, or kept in the
/// notes when it is no date.
fn add_dated(person: &mut Person, p: &Property, label: Option<String>, notes: &mut Vec<String>) {
    let (kind, label) = match (p.name.as_str(), label) {
        ("X-ABDATE", Some(label)) => milestone_from_label(&label),
        ("X-ABDATE", None) => (MilestoneKind::Custom, t!("interop-milestone-other")),
        _ => (MilestoneKind::WeddingAnniversary, String::new()),
    };
    let kind = if p.param("X-KINDRED-KIND").is_some_and(|k| k.eq_ignore_ascii_case("life-event")) {
        MilestoneKind::LifeEvent
    } else {
        kind
    };
    let omit = p.param("X-APPLE-OMIT-YEAR").and_then(|y| y.trim().parse().ok());
    match parse_iso_date(&p.text(), omit) {
        Some(date) => {
            let mut new = milestone(kind, label, date);
            if p.param("X-KINDRED-ONCE").is_some() {
                new.recurrence = Recurrence::Once;
            }
            add_milestone(person, new)
        }
        None => {
            let text = p.text();
            let note = if label.is_empty() {
                t!("interop-note-anniversary", value = text.trim())
            } else {
                format!("{label}: {}", text.trim())
            };
            add_note(person, &note);
            notes.push(t!("interop-vcard-not-a-date", line = p.line, value = text::excerpt(&text, 30)));
        }
    }
}

/// A relative (`label`: the property's `X-ABLabel`); one given as a link rather than a name is
/// kept in the notes.
fn add_related(person: &mut Person, p: &Property, label: Option<String>) {
    let name = p.text();
    let relation = match p.name.as_str() {
        "X-MS-SPOUSE" | "X-SPOUSE" | "X-EVOLUTION-SPOUSE" => Relation::Spouse,
        "X-MS-CHILD" | "X-CHILD" => Relation::Child,
        "RELATED" => match p.param(RELATION_PARAM) {
            Some(words) => relation_from(words),
            None => relation_from(&p.types().next().unwrap_or_default()),
        },
        _ => relation_from(&label.unwrap_or_default()),
    };
    let is_uri = p.param("VALUE").is_none_or(|v| !v.eq_ignore_ascii_case("text"))
        && ["urn:", "http:", "https:", "mailto:", "tel:"].iter().any(|s| name.trim().starts_with(s));
    if is_uri {
        let relation = relation_word(&relation);
        add_note(person, &t!("interop-note-related", relation = relation, value = name.trim()));
        return;
    }
    let birthday = p.param(BIRTHDAY_PARAM).and_then(|d| parse_iso_date(d, None));
    add_relative(person, &name, relation, birthday);
}

/// A photo kept as the exact bytes the card holds, when they are a PNG or JPEG image.
fn photo(p: &Property) -> Result<Option<Photo>, String> {
    use base64::Engine;
    let value = p.value.trim();
    let inline = p.param("ENCODING").is_some_and(|e| matches!(e.to_uppercase().as_str(), "B" | "BASE64"));
    let data = if let Some(rest) = value.strip_prefix("data:") {
        match rest.split_once(";base64,") {
            Some((_, data)) => data,
            None => return Err(t!("interop-photo-not-base64")),
        }
    } else if inline {
        value
    } else if value.contains("://") {
        return Err(t!("interop-photo-link", link = text::excerpt(value, 40)));
    } else {
        value
    };
    let clean: String = data.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.len() / 4 * 3 > MAX_PHOTO_BYTES {
        return Err(t!("interop-photo-too-large", size = MAX_PHOTO_BYTES >> 20));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(clean.trim_end_matches('='))
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(clean.trim_end_matches('=')))
        .map_err(|_| t!("interop-photo-damaged"))?;
    let mime = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else {
        return Err(t!("interop-photo-not-image"));
    };
    Ok(Some(Photo::from_bytes(mime, &bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn one(text: &str) -> (Person, Vec<String>) {
        let parsed = decode(text.as_bytes()).expect("a card");
        assert_eq!(parsed.people.len(), 1, "{:?}", parsed.skipped);
        let incoming = parsed.people.into_iter().next().expect("one");
        (incoming.person, incoming.notes)
    }

    fn birthday(person: &Person) -> Option<PartialDate> {
        person.milestones.iter().find(|m| m.kind == MilestoneKind::Birthday).map(|m| m.date)
    }

    #[test]
    fn birthdays_in_every_form() {
        let forms = [
            ("BDAY:1980-04-15", PartialDate::ymd(1980, 4, 15)),
            ("BDAY:19800415", PartialDate::ymd(1980, 4, 15)),
            ("BDAY:--0415", PartialDate::md(4, 15)),
            ("BDAY:--04-15", PartialDate::md(4, 15)),
            ("BDAY;value=date:1980-04-15", PartialDate::ymd(1980, 4, 15)),
            ("BDAY;VALUE=DATE:1980-04-15T00:00:00Z", PartialDate::ymd(1980, 4, 15)),
            ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15", PartialDate::md(4, 15)),
        ];
        for (line, want) in forms {
            let (person, _) = one(&format!("BEGIN:VCARD\nVERSION:3.0\nFN:A\n{line}\nEND:VCARD\n"));
            assert_eq!(birthday(&person), want, "{line}");
        }
        let (person, notes) = one("BEGIN:VCARD\nVERSION:4.0\nFN:A\nBDAY;VALUE=text:circa 1980\nEND:VCARD\n");
        assert_eq!(birthday(&person), None);
        assert!(person.life.notes.contains("Birthday: circa 1980"));
        assert!(notes[0].contains("not a date"), "{notes:?}");
        let (person, _) = one("BEGIN:VCARD\nVERSION:3.0\nFN:A\nBDAY:1980-02-30\nEND:VCARD\n");
        assert_eq!(birthday(&person), None, "30 February is no date");
        assert!(person.life.notes.contains("1980-02-30"));
    }

    #[test]
    fn syntax_quirks_are_read() {
        let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252:S\u{f8}ren\r\nFN:S\\,ren\r\n\tHolm\r\n\
                    NOTE;ENCODING=QUOTED-PRINTABLE:Line one=0D=0Aline =\r\ntwo\r\nURL:http\\://x.example\r\nEND:VCARD\r\n";
        let (person, _) = one(card);
        assert_eq!(person.name, "S,renHolm");
        assert_eq!(person.life.notes, "Line one\nline two");
        assert_eq!(person.contact.website, "http://x.example");
        let mut cp1252 = b"BEGIN:VCARD\r\r\nVERSION:2.1\r\r\nFN;CHARSET=Windows-1252:S".to_vec();
        cp1252.extend_from_slice(b"\xF8ren\r\r\nNOTE;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:=C6ble\r\r\nEND:VCARD\r\r\n");
        let parsed = decode(&cp1252).expect("card");
        assert_eq!(parsed.people[0].person.name, "Søren");
        assert_eq!(parsed.people[0].person.life.notes, "Æble");
        let (person, _) =
            one("BEGIN:VCARD\rVERSION:3.0\rfn:Mixed\rItem1.EMAIL:a@b.example\riTem1.x-ablabel:Work\rEND:VCARD");
        assert_eq!(person.contact.emails, vec![Labelled { label: "work".into(), value: "a@b.example".into() }]);
    }

    #[test]
    fn relations_and_labelled_dates() {
        let (person, _) = one(
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nitem1.X-ABDATE:2001-06-16\nitem1.X-ABLabel:_$!<Anniversary>!$_\n\
             item2.X-ABRELATEDNAMES:Lars\nitem2.X-ABLabel:_$!<Spouse>!$_\nX-MS-SPOUSE:Lars\nX-SPOUSE:Kim\n\
             RELATED;TYPE=child;VALUE=text:Nora\nRELATED;TYPE=friend:urn:uuid:1234\n\
             X-EVOLUTION-ANNIVERSARY:2001-06-16\nitem3.X-ABDATE:2015-03-01\nitem3.X-ABLabel:Started as customer\nEND:VCARD\n",
        );
        let family: Vec<(&str, &Relation)> =
            person.life.family.iter().map(|m| (m.name.as_str(), &m.relation)).collect();
        assert_eq!(family, vec![("Lars", &Relation::Spouse), ("Kim", &Relation::Spouse), ("Nora", &Relation::Child)]);
        let kinds: Vec<&MilestoneKind> = person.milestones.iter().map(|m| &m.kind).collect();
        assert_eq!(kinds, vec![&MilestoneKind::WeddingAnniversary, &MilestoneKind::CustomerSince]);
        assert!(person.life.notes.contains("urn:uuid:1234"));
    }

    #[test]
    fn bad_cards_are_reported_and_the_good_ones_kept() {
        assert!(decode(&[0u8, 159, 146, 150, 255, 0, 1]).is_err());
        let parsed = decode(
            b"BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\nBEGIN:VCARD\nFN:Kept\nthis line has no colon\nBEGIN:VCARD\nFN:Cut",
        )
        .expect("cards");
        assert_eq!(parsed.people.iter().map(|p| p.person.name.as_str()).collect::<Vec<_>>(), ["Kept", "Cut"]);
        assert!(parsed.skipped.iter().any(|s| s.source == "card 1 (line 1)" && s.reason.contains("no name")));
        assert!(parsed.skipped.iter().any(|s| s.reason.contains("no `:`")));
        assert!(parsed.people[1].notes.iter().any(|n| n.contains("cut off")));
    }

    #[test]
    fn skip_reasons_and_notes_follow_the_language() {
        use crate::i18n::{Lang, set_language};
        let text = "BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n\
                    BEGIN:VCARD\nFN:Kept\nNICKNAME:K\nBDAY:someday\nEND:VCARD\nstray\n";
        set_language(Lang::Da);
        let parsed = decode(text.as_bytes()).expect("cards");
        let skipped: Vec<(&str, &str)> =
            parsed.skipped.iter().map(|s| (s.source.as_str(), s.reason.as_str())).collect();
        assert_eq!(
            skipped,
            [
                ("linje 10", "1 linje uden for et kort blev ignoreret"),
                ("kort 1 (linje 1)", "kortet har hverken navn (FN eller N), organisation eller e-mailadresse")
            ]
        );
        let kept = &parsed.people[0];
        assert_eq!(kept.notes, ["linje 8: fødselsdagen “someday” er ikke en dato; den er gemt i noterne"]);
        assert_eq!(kept.person.life.notes, "Fødselsdag: someday\n\nKaldes K");
        assert_eq!(
            decode(b"nothing here").expect_err("no card"),
            "filen indeholder intet vCard (ingen linje med BEGIN:VCARD)"
        );
        set_language(Lang::Nb);
        let parsed = decode(text.as_bytes()).expect("cards");
        assert_eq!(parsed.skipped[1].reason, "kortet har verken navn (FN eller N), organisasjon eller e-postadresse");
        assert_eq!(parsed.people[0].person.life.notes, "Fødselsdag: someday\n\nKalles K");
        set_language(Lang::En);
        let parsed = decode(text.as_bytes()).expect("cards");
        assert_eq!(parsed.skipped[1].source, "card 1 (line 1)");
        assert_eq!(parsed.people[0].person.life.notes, "Birthday: someday\n\nGoes by K");
    }

    #[test]
    fn photos_are_kept_exactly_or_dropped_with_a_reason() {
        use base64::Engine;
        let png = b"\x89PNG\r\n\x1a\nrest-of-image";
        let b64 = base64::engine::general_purpose::STANDARD.encode(png);
        let folded = format!("{}\n {}", &b64[..10], &b64[10..]);
        let (person, _) =
            one(&format!("BEGIN:VCARD\nVERSION:3.0\nFN:A\nPHOTO;ENCODING=b;TYPE=PNG:{folded}\nEND:VCARD\n"));
        assert_eq!(person.photo.as_ref().and_then(|p| p.bytes().ok()).as_deref(), Some(&png[..]));
        let (person, _) =
            one(&format!("BEGIN:VCARD\nVERSION:4.0\nFN:A\nPHOTO:data:image/png;base64,{b64}\nEND:VCARD\n"));
        assert!(person.photo.is_some());
        let (person, notes) =
            one("BEGIN:VCARD\nVERSION:3.0\nFN:A\nPHOTO;VALUE=uri:https://x.example/a.jpg\nEND:VCARD\n");
        assert!(person.photo.is_none());
        assert!(notes[0].contains("link"), "{notes:?}");
    }

    #[test]
    fn the_organisation_is_orgs_first_part_and_its_units_are_the_persons_department() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ida Berg\nTITLE:Buyer\nORG:Berg Regnskap AS;Lønn;Oslo\nEND:VCARD\n";
        let parsed = decode(text.as_bytes()).expect("a card");
        assert_eq!(parsed.people[0].organisation, "Berg Regnskap AS");
        assert_eq!(parsed.people[0].person.role, "Buyer, Lønn, Oslo");
        let text = "BEGIN:VCARD\nVERSION:3.0\nORG:Dahl Bageri\nEND:VCARD\n";
        let parsed = decode(text.as_bytes()).expect("a card named after its organisation");
        assert_eq!(
            (parsed.people[0].person.name.as_str(), parsed.people[0].organisation.as_str()),
            ("Dahl Bageri", "Dahl Bageri")
        );
    }

    #[test]
    fn written_cards_read_back() {
        let mut person = Person::named("Mette Kjærgaard");
        let organisation = crate::model::Organisation::named("Kjærgaard Tømrer; ApS");
        person.organisation = Some(organisation.id);
        person.contact.emails.push(Labelled { label: "work".into(), value: "mette@k.example".into() });
        person.milestones.push(milestone(
            MilestoneKind::Birthday,
            String::new(),
            PartialDate::md(2, 29).expect("date"),
        ));
        person.milestones.push(milestone(
            MilestoneKind::WeddingAnniversary,
            String::new(),
            PartialDate::ymd(2001, 6, 16).expect("date"),
        ));
        person.milestones.push(milestone(
            MilestoneKind::Custom,
            "Boat launch".into(),
            PartialDate::md(5, 1).expect("d"),
        ));
        add_relative(&mut person, "Ida", Relation::Daughter, PartialDate::ymd(2015, 5, 3));
        add_relative(&mut person, "Lars", Relation::Spouse, None);
        person.life.notes = "Loves sailing,\nand boats; a lot".into();
        person.role = "Owner".into();
        let ws = crate::model::Workspace {
            people: vec![person.clone()],
            organisations: vec![organisation],
            ..crate::model::Workspace::default()
        };
        for version in [Version::V3, Version::V4] {
            let text = encode(&ws, &ws.people, version);
            assert!(text.split("\r\n").all(|l| l.len() <= 75));
            let parsed = decode(text.as_bytes()).expect("a card");
            assert_eq!(parsed.people[0].organisation, "Kjærgaard Tømrer; ApS", "one organisation, its ';' kept");
            let (back, notes) = one(&text);
            assert!(notes.is_empty(), "{notes:?}");
            assert_eq!(back.name, person.name);
            assert_eq!(back.role, "Owner", "no department joined to the role");
            assert_eq!(back.life.notes, person.life.notes);
            assert_eq!(back.contact.emails, person.contact.emails);
            let dates =
                |p: &Person| p.milestones.iter().map(|m| (m.kind.clone(), m.date, m.label.clone())).collect::<Vec<_>>();
            assert_eq!(dates(&back), dates(&person), "{version:?}");
            let family = |p: &Person| {
                p.life.family.iter().map(|m| (m.name.clone(), m.relation.clone(), m.birthday)).collect::<Vec<_>>()
            };
            assert_eq!(family(&back), family(&person), "{version:?}");
        }
    }
}
