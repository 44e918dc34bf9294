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

/// Escapes a text value for vCard and iCalendar: backslash, comma, semicolon and newlines.
/// Other control characters (NUL, escape, …) may not appear in a value at all (RFC 5545
/// §3.3.11, RFC 6350 §3.3) and are left out; a tab stays.
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
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A text value read from another program's file without the control characters that have
/// no place in text (NUL, escape, …); line breaks and tabs stay.
pub fn without_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        text.chars().filter(|&c| !c.is_control() || c == '\n' || c == '\t').collect::<String>().into()
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
