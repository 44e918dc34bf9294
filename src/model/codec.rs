//! The `.kindred` text format: RON, pretty, deterministic, versioned.
//!
//! Pure text ↔ model, here beside the types it writes so that both the `store` (which reads and
//! writes the files) and `interop` (a workspace merged as an import, a template's syntax errors)
//! use it without one depending on the other.

use crate::model::{FORMAT_VERSION, LaneKind, Workspace};
use crate::t;
use ron::ser::PrettyConfig;
use std::fmt;

/// The workspace as a `.kindred` file's text.
///
/// Tabs and a depth limit keep the file diff-able (one field of a person a line) while nested
/// values stay on one line, which keeps a 10,000-person file compact. Strings are escaped, so
/// no raw line breaks or control characters reach the file.
pub fn encode(workspace: &Workspace) -> String {
    let mut text = String::new();
    encode_to(workspace, &mut text).unwrap_or_else(|error| unreachable!("the model always serialises: {error}"));
    text
}

/// The text [`encode`] gives, written to `out` as it is made, so that a large workspace's text
/// need not be held whole (the recovery autosave streams it to its file). Fails only when `out`
/// does.
pub fn encode_to(workspace: &Workspace, out: &mut impl fmt::Write) -> fmt::Result {
    let config = PrettyConfig::new().indentor("\t").depth_limit(3).escape_strings(true).struct_names(false);
    ron::ser::to_writer_pretty(&mut *out, workspace, config).map_err(|_| fmt::Error)?;
    out.write_char('\n')
}

/// A workspace read from text, with what the reader must know about it.
#[derive(Debug)]
pub struct Decoded {
    pub workspace: Workspace,
    /// The format version the file declares.
    pub version: u32,
    /// Fields this build does not know, as paths (`people.3.life.hobbies`). They are not in
    /// `workspace`, so such a file must not be saved over.
    pub unknown_fields: Vec<String>,
}

impl Decoded {
    /// Why the file must be opened read-only, if it must.
    pub fn read_only(&self) -> Option<ReadOnlyFile> {
        if self.version > FORMAT_VERSION {
            Some(ReadOnlyFile::Newer(self.version))
        } else if !self.unknown_fields.is_empty() {
            Some(ReadOnlyFile::UnknownFields(self.unknown_fields.clone()))
        } else {
            None
        }
    }

    /// Why the file must be opened read-only, if it must, in this thread's language.
    pub fn read_only_reason(&self) -> Option<String> {
        self.read_only().map(|reason| reason.to_string())
    }
}

/// Why a file must be opened read-only: kept as what it is, worded when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnlyFile {
    /// Written by a newer Kindred, in this format version.
    Newer(u32),
    /// Fields this build does not know, as paths.
    UnknownFields(Vec<String>),
}

/// In this thread's language.
impl fmt::Display for ReadOnlyFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ReadOnlyFile::Newer(version) => t!("error-read-only-newer", version = *version, reads = FORMAT_VERSION),
            ReadOnlyFile::UnknownFields(fields) => t!("error-read-only-unknown-fields", fields = fields.join(", ")),
        };
        f.write_str(&text)
    }
}

/// Why text is not a workspace. `line` and `column` are 1-based; 0 when not known. The message
/// is in the language of the thread that decoded (the app's on the UI thread and the import
/// thread; English on the command line); the file parser's own words stay English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The file declares a newer format than this build reads, and could not be read.
    pub newer_version: Option<u32>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for DecodeError {}

fn error_at(line: usize, column: usize, message: impl Into<String>) -> DecodeError {
    DecodeError { line, column, message: message.into(), newer_version: None }
}

/// Reads a workspace from the bytes of a file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let text = as_text(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(error_at(1, 1, t!("error-file-empty")));
    }
    let version = declared_version(text)?;
    if version == 0 {
        return Err(error_at(1, 1, t!("error-decode-version-zero")));
    }
    let (result, names) = super::legacy::collecting(|| parse(text));
    if version > FORMAT_VERSION {
        return match result {
            Ok((workspace, unknown_fields)) => Ok(Decoded { workspace, version, unknown_fields }),
            Err(mut error) => {
                error.message = t!(
                    "error-decode-newer-unreadable",
                    version = version,
                    reads = FORMAT_VERSION,
                    detail = error.message
                );
                error.newer_version = Some(version);
                Err(error)
            }
        };
    }
    let (workspace, unknown_fields) = result?;
    Ok(Decoded { workspace: migrate(workspace, version, names), version, unknown_fields })
}

/// Organisation names read as text, each with the id it was given (see `model::legacy`).
type OrganisationNames = Vec<(crate::model::OrganisationId, String)>;

/// A workspace read from a file of an older format, brought to this one. Each step takes one
/// version to the next; the file itself is written in the new format on the next save, and the
/// version it replaces is kept as the first backup, as every save keeps one.
fn migrate(mut workspace: Workspace, version: u32, names: OrganisationNames) -> Workspace {
    if version < 2 {
        workspace = from_1_to_2(workspace, names);
    } else if !names.is_empty() {
        // Written while format 2 was being made, before organisations were records of their own.
        workspace = super::legacy::organisations_from_names(workspace, names);
    }
    workspace.format_version = FORMAT_VERSION;
    workspace
}

/// Format 2 makes organisations records of their own: every organisation name becomes one
/// organisation (one per name compared without case, accents and company form), and what
/// belongs to the account moves there from its people (see `model::legacy`). It gives the
/// touchpoints lane kinds of its own: a card lane of a format-1 map named as the templates named
/// the touchpoints lane, in any of Kindred's languages, becomes one, so that the touchpoints
/// named when people move on a board show there. The other fields format 2 adds read as their
/// defaults.
fn from_1_to_2(mut workspace: Workspace, names: OrganisationNames) -> Workspace {
    for lane in workspace.journeys.iter_mut().flat_map(|map| &mut map.lanes) {
        let name = lane.name.trim().to_lowercase();
        if lane.kind == LaneKind::Cards && TOUCHPOINTS_LANE_NAMES.contains(&name.as_str()) {
            lane.kind = LaneKind::Touchpoints;
        }
    }
    super::legacy::organisations_from_names(workspace, names)
}

/// What the templates of format 1 named the touchpoints lane, in English, Danish and Norwegian
/// (the `lane-touchpoints` message of each), in lower case.
const TOUCHPOINTS_LANE_NAMES: [&str; 3] = ["touchpoints", "berøringspunkter", "kontaktpunkter"];

fn as_text(bytes: &[u8]) -> Result<&str, DecodeError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let (line, column) = position_of(bytes, error.valid_up_to());
            return Err(error_at(line, column, t!("error-decode-not-utf8")));
        }
    };
    if let Some(offset) = text.find('\0') {
        let (line, column) = position_of(bytes, offset);
        return Err(error_at(line, column, t!("error-decode-binary")));
    }
    Ok(text)
}

/// 1-based line and column (in characters) of a byte offset.
fn position_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = 1 + String::from_utf8_lossy(&before[line_start..]).chars().count();
    (line, column)
}

/// The `format_version` the file declares, found without parsing the rest, so that a file
/// from a newer version is recognised even when its body is not readable here.
fn declared_version(text: &str) -> Result<u32, DecodeError> {
    const KEY: &str = "format_version";
    // The field is written first; a hand-edited file may have moved it, so look further.
    let Some(start) = text.find(KEY) else {
        return Err(error_at(1, 1, t!("error-decode-no-version")));
    };
    let rest = text[start + KEY.len()..].trim_start();
    let (line, column) = position_of(text.as_bytes(), start);
    let Some(rest) = rest.strip_prefix(':') else {
        return Err(error_at(line, column, t!("error-decode-version-colon")));
    };
    let digits: String = rest.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().map_err(|_| error_at(line, column, t!("error-decode-version-number")))
}

/// The file parser's words (English) for what is wrong, introduced in this thread's language.
pub fn syntax_message(error: &ron::Error) -> String {
    match error {
        ron::Error::ExceededRecursionLimit => t!("error-decode-too-deep"),
        error => t!("error-decode-syntax", detail = error.to_string()),
    }
}

/// How many unknown fields a file's message names; the rest are counted.
const MAX_NAMED_UNKNOWN: usize = 20;

fn parse(text: &str) -> Result<(Workspace, Vec<String>), DecodeError> {
    let spanned = |error: ron::error::SpannedError| {
        error_at(error.span.start.line, error.span.start.col, syntax_message(&error.code))
    };
    let mut deserializer = ron::de::Deserializer::from_str(text).map_err(spanned)?;
    let mut unknown = Vec::new();
    let mut more = 0usize;
    let workspace = serde_ignored::deserialize(&mut deserializer, |path| {
        if unknown.len() < MAX_NAMED_UNKNOWN {
            unknown.push(path.to_string());
        } else {
            more += 1;
        }
    });
    let workspace: Workspace = match workspace {
        Ok(workspace) => workspace,
        Err(error) => return Err(spanned(deserializer.span_error(error))),
    };
    deserializer.end().map_err(|error| spanned(deserializer.span_error(error)))?;
    if more > 0 {
        unknown.push(t!("error-decode-more-unknown", count = more));
    }
    Ok((workspace, unknown))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn a_format_1_touchpoints_lane_becomes_one_in_every_language() {
        for lang in [Lang::En, Lang::Da, Lang::Nb] {
            set_language(lang);
            assert!(TOUCHPOINTS_LANE_NAMES.contains(&t!("lane-touchpoints").to_lowercase().as_str()), "{lang:?}");
        }
        set_language(Lang::En);
        let mut map = crate::model::Template::Blank.create();
        map.lanes = ["Touchpoints", " kontaktpunkter ", "Berøringspunkter", "Drivers"]
            .iter()
            .map(|name| crate::model::Lane { name: (*name).into(), kind: LaneKind::Cards, ..Default::default() })
            .collect();
        map.lanes.push(crate::model::Lane {
            name: "Touchpoints".into(),
            kind: LaneKind::Incidents,
            ..Default::default()
        });
        let mut old = Workspace { format_version: 1, ..Workspace::default() };
        old.journeys.push(map);
        let decoded = decode(encode(&old).as_bytes()).expect("format 1 reads");
        let kinds: Vec<LaneKind> = decoded.workspace.journeys[0].lanes.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [LaneKind::Touchpoints, LaneKind::Touchpoints, LaneKind::Touchpoints, LaneKind::Cards, LaneKind::Incidents],
            "card lanes named so become touchpoint lanes; other lanes stay"
        );
        let mut current = old.clone();
        current.format_version = FORMAT_VERSION;
        let kept = decode(encode(&current).as_bytes()).expect("format 2 reads");
        assert_eq!(kept.workspace.journeys[0].lanes, current.journeys[0].lanes, "a format-2 map is as written");
    }

    #[test]
    fn errors_are_worded_in_the_language_and_keep_their_place() {
        let broken = b"(\n\tformat_version: 1,\n\tname: oops,\n)";
        set_language(Lang::Da);
        let error = decode(broken).expect_err("broken");
        assert_eq!(error.line, 3);
        let text = error.to_string();
        assert!(text.starts_with(&format!("3:{}: fejl i filens tekst: ", error.column)), "{text}");
        assert_eq!(decode(b" \n").expect_err("empty").to_string(), "1:1: filen er tom");
        assert_eq!(
            decode(b"(format_version: \"one\")").expect_err("not a number").to_string(),
            "1:2: `format_version` skal være et helt tal"
        );
        set_language(Lang::Nb);
        assert_eq!(
            decode(b"BEGIN:VCARD").expect_err("foreign").message,
            "dette er ikke et Kindred-arbeidsområde: filen mangler `format_version`"
        );
        let newer = decode(b"(format_version: 9)").expect("readable");
        assert_eq!(
            newer.read_only_reason().expect("read-only"),
            "filen er skrevet av en nyere versjon av Kindred (format 9; denne versjonen leser format 2); \
             den er åpnet skrivebeskyttet, slik at ingenting i den går tapt"
        );
        let unreadable = decode(b"(format_version: 9, people: {})").expect_err("newer and unreadable");
        assert!(unreadable.message.starts_with("skrevet av en nyere versjon av Kindred (format 9;"), "{unreadable}");
        set_language(Lang::En);
        let error = decode(broken).expect_err("broken");
        assert!(!error.message.contains("fejl"), "English has no lead-in: {error}");
        assert_eq!(decode(b"").expect_err("empty").to_string(), "1:1: the file is empty");
    }
}
