//! Bytes from other programs as text: the encodings their exports come in, and the small
//! text helpers every format here shares.
//!
//! A file is read as UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode
//! text") or plainly is UTF-16 (every other byte zero), as UTF-8 when it is valid UTF-8 (with
//! or without a BOM), and otherwise as Windows-1252, which is what Danish and Norwegian Excel
//! and Outlook write. Nothing is ever dropped: a byte that fits no encoding becomes U+FFFD.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text decoded from a file, and the encoding it was read as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedText {
    pub text: String,
    /// The encoding's name, for reports: "UTF-8", "UTF-16LE", "windows-1252".
    pub encoding: &'static str,
}

/// Decodes a whole file (see the module documentation for the rules).
pub fn decode(bytes: &[u8]) -> DecodedText {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return DecodedText { text: text.into_owned(), encoding: encoding.name() };
    }
    if let Some(encoding) = bare_utf16(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return DecodedText { text: text.into_owned(), encoding: encoding.name() };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => DecodedText { text: text.to_owned(), encoding: UTF_8.name() },
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            DecodedText { text: text.into_owned(), encoding: WINDOWS_1252.name() }
        }
    }
}

/// UTF-16 without a byte-order mark: most odd (LE) or even (BE) bytes of the start are zero.
fn bare_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(512) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_odd = sample.chunks_exact(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_even = sample.chunks_exact(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_odd * 10 >= pairs * 9 {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 9 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes one value whose source named its character set (vCard 2.1's `CHARSET=`). Valid
/// UTF-8 with non-ASCII letters wins over a label that says otherwise: programs that write
/// UTF-8 but keep an old `CHARSET=Windows-1252` are common, and the reverse is vanishingly rare.
pub fn decode_labelled(bytes: &[u8], charset: Option<&str>) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    let encoding = charset.and_then(|label| Encoding::for_label(label.trim().as_bytes())).unwrap_or(WINDOWS_1252);
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Shortens `text` to at most `max` characters for a report, with an ellipsis when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Folds a content line at 75 octets as vCard and iCalendar want (RFC 6350 §3.2, RFC 5545
/// §3.1): CRLF, then one space, never inside a UTF-8 character. Appends the line and its CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut start = 0;
    let mut budget = LIMIT;
    while line.len() - start > budget {
        let mut cut = start + budget;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&line[start..cut]);
        out.push_str("\r\n ");
        start = cut;
        budget = LIMIT - 1;
    }
    out.push_str(&line[start..]);
    out.push_str("\r\n");
}

/// Whether `c` is one of Unicode's bidirectional formatting characters: the embeddings and
/// overrides (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E, U+200F,
/// U+061C). They change the order in which the text around them is shown, so a name holding
/// U+202E can show as something else in a calendar, an address book or a spreadsheet. They are
/// left out of every file Kindred writes for other programs and of what it reads from them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `c` has no place in text another program reads: a control character other than a
/// line break or a tab, or a bidirectional formatting character.
fn is_unwanted(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// Text for a file another program shows, without the bidirectional formatting characters
/// ([`is_bidi_control`]).
pub fn without_bidi(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_bidi_control) {
        text.chars().filter(|&c| !is_bidi_control(c)).collect::<String>().into()
    } else {
        text.into()
    }
}

/// Escapes a text value for vCard and iCalendar: backslash, comma, semicolon and newlines.
/// Other control characters (NUL, escape, …) may not appear in a value at all (RFC 5545
/// §3.3.11, RFC 6350 §3.3) and are left out, as are the bidirectional formatting characters
/// ([`is_bidi_control`]); a tab stays.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A text value read from another program's file without the control characters that have
/// no place in text (NUL, escape, …) and without bidirectional formatting characters
/// ([`is_bidi_control`]); line breaks and tabs stay.
pub fn without_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_unwanted) {
        text.chars().filter(|&c| !is_unwanted(c)).collect::<String>().into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_a_value() {
        assert_eq!(escape("Sigrid\0\u{1b}\u{7f} Aas;\tx\r\ny"), "Sigrid Aas\\;\tx\\ny");
        assert_eq!(without_controls("Sigrid\0 Aas\nline\ttab"), "Sigrid Aas\nline\ttab");
        assert!(matches!(without_controls("clean"), std::borrow::Cow::Borrowed("clean")));
    }

    #[test]
    fn bidirectional_formatting_never_reaches_a_value() {
        let every = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}";
        let name = format!("Anne{every} Lund\u{202E}fdp.exe");
        assert_eq!(escape(&name), "Anne Lundfdp.exe");
        assert_eq!(without_controls(&name), "Anne Lundfdp.exe");
        assert_eq!(without_bidi(&format!("{name}\n\t")), "Anne Lundfdp.exe\n\t");
        // Letters of right-to-left scripts are text, not formatting.
        assert_eq!(escape("سارة כהן"), "سارة כהן");
        assert!(matches!(without_bidi("سارة"), std::borrow::Cow::Borrowed(_)));
        // The neighbours of the ranges are ordinary characters.
        for c in ['\u{2029}', '\u{202F}', '\u{2065}', '\u{206A}', '\u{200D}', '\u{2010}', '\u{061B}'] {
            assert!(!is_bidi_control(c), "{:04X}", u32::from(c));
        }
    }

    #[test]
    fn encodings_are_recognised() {
        assert_eq!(decode(b"\xEF\xBB\xBFNavn").text, "Navn");
        assert_eq!(decode("Søren".as_bytes()).encoding, "UTF-8");
        let cp1252 = decode(b"S\xF8ren \xC6blegaard");
        assert_eq!((cp1252.text.as_str(), cp1252.encoding), ("Søren Æblegaard", "windows-1252"));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Åse;Lund".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&utf16).text, "Åse;Lund");
        let bare: Vec<u8> = "Name\tFirma\r\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&bare).text, "Name\tFirma\r\n");
        let be: Vec<u8> = "Name,Firma".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).encoding, "UTF-16BE");
    }

    #[test]
    fn labelled_values_prefer_valid_utf8() {
        assert_eq!(decode_labelled(b"K\xE6re", Some("Windows-1252")), "Kære");
        assert_eq!(decode_labelled("Kære".as_bytes(), Some("Windows-1252")), "Kære");
        assert_eq!(decode_labelled(b"K\xE6re", Some("no-such-charset")), "Kære");
    }

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let line = format!("NOTE:{}", "æ".repeat(100));
        let mut out = String::new();
        push_folded(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded: String =
            out.split("\r\n").enumerate().map(|(i, l)| if i == 0 { l } else { &l[1.min(l.len())..] }).collect();
        assert_eq!(unfolded, line);
    }

    #[test]
    fn escaping_covers_the_special_characters() {
        assert_eq!(escape("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(excerpt("  abcdef ", 3), "abc…");
    }
}
