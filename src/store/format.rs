//! The `.kindred` text format: RON, pretty, deterministic, versioned.
//!
//! Pure text ↔ model; reading and writing files is done elsewhere in `store`.

use crate::model::{FORMAT_VERSION, Workspace};
use ron::ser::PrettyConfig;
use std::fmt;

/// The workspace as a `.kindred` file's text.
///
/// Tabs and a depth limit keep the file diff-able (one field of a person a line) while nested
/// values stay on one line, which keeps a 10,000-person file compact. Strings are escaped, so
/// no raw line breaks or control characters reach the file.
pub fn encode(workspace: &Workspace) -> String {
    let config = PrettyConfig::new().indentor("\t").depth_limit(3).escape_strings(true).struct_names(false);
    let mut text = ron::ser::to_string_pretty(workspace, config)
        .unwrap_or_else(|error| unreachable!("the model always serialises: {error}"));
    text.push('\n');
    text
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
    pub fn read_only_reason(&self) -> Option<String> {
        if self.version > FORMAT_VERSION {
            Some(format!(
                "this file was written by a newer Kindred (format {}; this version reads format {FORMAT_VERSION}); \
                 it is open read-only so that nothing in it is lost",
                self.version
            ))
        } else if !self.unknown_fields.is_empty() {
            Some(format!(
                "this file has fields Kindred does not know: {}; it is open read-only so that they are not lost",
                self.unknown_fields.join(", ")
            ))
        } else {
            None
        }
    }
}

/// Why text is not a workspace. `line` and `column` are 1-based; 0 when not known.
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
        return Err(error_at(1, 1, "the file is empty"));
    }
    let version = declared_version(text)?;
    if version == 0 {
        return Err(error_at(1, 1, "format version 0 does not exist; the first format is 1"));
    }
    // Older formats are migrated here once there are any; format 1 is the first.
    let result = parse(text);
    if version > FORMAT_VERSION {
        return match result {
            Ok((workspace, unknown_fields)) => Ok(Decoded { workspace, version, unknown_fields }),
            Err(mut error) => {
                error.message = format!(
                    "written by a newer Kindred (format {version}; this version reads format {FORMAT_VERSION}) \
                     and cannot be read by this version: {}",
                    error.message
                );
                error.newer_version = Some(version);
                Err(error)
            }
        };
    }
    let (workspace, unknown_fields) = result?;
    Ok(Decoded { workspace, version, unknown_fields })
}

fn as_text(bytes: &[u8]) -> Result<&str, DecodeError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let (line, column) = position_of(bytes, error.valid_up_to());
            return Err(error_at(line, column, "this is not a Kindred workspace: the file is not UTF-8 text"));
        }
    };
    if let Some(offset) = text.find('\0') {
        let (line, column) = position_of(bytes, offset);
        return Err(error_at(line, column, "this is not a Kindred workspace: the file holds binary data"));
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
        return Err(error_at(1, 1, "this is not a Kindred workspace: it has no `format_version`"));
    };
    let rest = text[start + KEY.len()..].trim_start();
    let (line, column) = position_of(text.as_bytes(), start);
    let Some(rest) = rest.strip_prefix(':') else {
        return Err(error_at(line, column, "`format_version` must be followed by `:` and a number"));
    };
    let digits: String = rest.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().map_err(|_| error_at(line, column, "`format_version` must be a whole number"))
}

fn parse(text: &str) -> Result<(Workspace, Vec<String>), DecodeError> {
    let spanned =
        |error: ron::error::SpannedError| error_at(error.span.start.line, error.span.start.col, error.code.to_string());
    let mut deserializer = ron::de::Deserializer::from_str(text).map_err(spanned)?;
    let mut unknown = Vec::new();
    let workspace = serde_ignored::deserialize(&mut deserializer, |path| unknown.push(path.to_string()));
    let workspace: Workspace = match workspace {
        Ok(workspace) => workspace,
        Err(error) => return Err(spanned(deserializer.span_error(error))),
    };
    deserializer.end().map_err(|error| spanned(deserializer.span_error(error)))?;
    Ok((workspace, unknown))
}
