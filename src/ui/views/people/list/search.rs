//! What a search reads, and which rows a query shows.
//!
//! Every row's search text (everything searchable about the person, lowercase, one field a line)
//! lies in one block, one after another in the rows' order: a keystroke that checks everyone
//! reads memory from start to end instead of following a pointer per row to wherever its text
//! was put. At 10,000 people, texts of their own were scattered over the heap by the time a
//! person had used the window a while, and reaching each one cost more than searching it.
//!
//! A row made again takes its old text's place when the new one fits, or goes at the end; what
//! no row uses any more is dropped when it is half the block, the rest laid out in order again.
//!
//! Beside each text lies the set of bytes it holds ([`bytes_of`]). A word needs all of its own:
//! a row without one of them is passed over without reading its text, and a word of one letter
//! is answered by the set alone (the first letter typed checks everyone, and keeps most).

use super::{Query, Row};
use crate::ops::knowledge;
use std::ops::Range;

/// Below this many unused bytes the block is never laid out again.
const SMALL: usize = 64 * 1024;

/// The rows' search texts, in one block.
#[derive(Default)]
pub(super) struct Texts {
    block: Vec<u8>,
    /// Where each row's text lies in `block`, by the row's place.
    spans: Vec<Range<usize>>,
    /// The bytes each row's text holds ([`bytes_of`]), by the row's place.
    held: Vec<u128>,
    /// How many bytes of `block` are no row's text.
    unused: usize,
}

impl Texts {
    /// The text of the row at `at` (empty past the rows).
    pub fn get(&self, at: usize) -> &[u8] {
        self.spans.get(at).and_then(|span| self.block.get(span.clone())).unwrap_or_default()
    }

    /// The bytes the text of the row at `at` holds.
    fn held(&self, at: usize) -> u128 {
        self.held.get(at).copied().unwrap_or_default()
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// The next row's text.
    pub fn push(&mut self, text: impl AsRef<[u8]>) {
        let text = text.as_ref();
        let start = self.block.len();
        self.block.extend_from_slice(text);
        self.spans.push(start..self.block.len());
        self.held.push(bytes_of(text));
    }

    /// The text of the row at `at`, made again (or the next row's, at the end).
    pub fn set(&mut self, at: usize, text: impl AsRef<[u8]>) {
        let text = text.as_ref();
        let Some(span) = self.spans.get_mut(at) else {
            // Rows are only ever added at the end: any between are empty.
            while self.spans.len() < at {
                self.push([]);
            }
            return self.push(text);
        };
        if let Some(held) = self.held.get_mut(at) {
            *held = bytes_of(text);
        }
        let old = span.len();
        if text.len() <= old {
            if let Some(place) = self.block.get_mut(span.start..span.start + text.len()) {
                place.copy_from_slice(text);
                span.end = span.start + text.len();
                self.unused += old - text.len();
                return;
            }
        }
        let start = self.block.len();
        self.block.extend_from_slice(text);
        *span = start..self.block.len();
        self.unused += old;
        self.tidy();
    }

    /// Only the first `len` rows' texts kept.
    pub fn truncate(&mut self, len: usize) {
        self.unused += self.spans.iter().skip(len).map(Range::len).sum::<usize>();
        self.spans.truncate(len);
        self.held.truncate(len);
        self.tidy();
    }

    /// Lays the texts out again, in the rows' order and with nothing between them, once half
    /// the block is unused.
    fn tidy(&mut self) {
        if self.unused <= SMALL || self.unused * 2 <= self.block.len() {
            return;
        }
        let mut block = Vec::with_capacity(self.block.len() - self.unused);
        let mut spans = Vec::with_capacity(self.spans.len());
        for at in 0..self.spans.len() {
            let start = block.len();
            block.extend_from_slice(self.get(at));
            spans.push(start..block.len());
        }
        (self.block, self.spans, self.unused) = (block, spans, 0);
    }
}

/// The set of bytes `text` holds: a bit for each byte below 127, and bit 127 for any other.
fn bytes_of(text: &[u8]) -> u128 {
    text.iter().fold(0, |set, &byte| set | 1 << byte.min(127))
}

/// Which rows a query shows.
pub(super) struct Filter<'q> {
    query: &'q Query,
    /// Each word of the search, lowercase.
    words: Vec<Word>,
    tag: Option<String>,
}

/// A word of the search.
struct Word {
    /// A searcher, made once for every row.
    finder: memchr::memmem::Finder<'static>,
    /// The bytes the word holds: a text without all of them does not hold the word.
    needs: u128,
    /// The word is one byte below 127: a text holding that byte holds the word.
    byte: bool,
}

impl Word {
    fn of(word: &str) -> Self {
        let bytes = word.as_bytes();
        Word {
            finder: memchr::memmem::Finder::new(bytes).into_owned(),
            needs: bytes_of(bytes),
            byte: matches!(bytes, [byte] if *byte < 127),
        }
    }

    /// Whether `text`, which holds the bytes `held`, holds the word.
    fn in_text(&self, held: u128, text: &[u8]) -> bool {
        held & self.needs == self.needs && (self.byte || self.finder.find(text).is_some())
    }
}

impl<'q> Filter<'q> {
    pub fn of(query: &'q Query) -> Self {
        let text = query.text.to_lowercase();
        let words = text.split_whitespace().map(Word::of).collect();
        Filter { query, words, tag: query.tag.as_ref().map(|t| t.to_lowercase()) }
    }

    /// Whether the query shows `row`, whose search text is `text`, holding the bytes `held`.
    fn admits(&self, row: &Row, held: u128, text: &[u8]) -> bool {
        let query = self.query;
        query.status.is_none_or(|s| row.status == s)
            && (!query.key_accounts || row.key_account)
            && (!query.low_knowledge || row.knowledge < knowledge::LOW)
            && (!query.no_recent_contact || !row.recent_personal_contact)
            && self.tag.as_ref().is_none_or(|t| row.tags.contains(t))
            && self.words.iter().all(|word| word.in_text(held, text))
    }

    /// Whether the query shows the row at `at`.
    pub fn admits_at(&self, rows: &[Row], texts: &Texts, at: usize) -> bool {
        rows.get(at).is_some_and(|row| self.admits(row, texts.held(at), texts.get(at)))
    }

    /// Whether the query shows each row, by its place: every row read in order, as their texts
    /// lie in memory.
    pub fn admitted(&self, rows: &[Row], texts: &Texts) -> Vec<bool> {
        let spans = texts.spans.iter().zip(&texts.held);
        rows.iter()
            .zip(spans)
            .map(|(row, (span, &held))| self.admits(row, held, texts.block.get(span.clone()).unwrap_or_default()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_found_by_its_bytes_exactly_where_the_text_holds_it() {
        let texts = ["", "a", "ærø\nkaffe", "a\u{7f}b", "øl\nbåd", "abc\nxyz", "~{|}", "\u{7f}"];
        let words = ["a", "b", "æ", "ø", "å", "\u{7f}", "ab", "ba", "ærø", "l\nb", "~", "}", "x", "kaffe"];
        for text in texts {
            for word in words {
                let found = Word::of(word).in_text(bytes_of(text.as_bytes()), text.as_bytes());
                assert_eq!(found, text.contains(word), "{word:?} in {text:?}");
            }
        }
    }

    #[test]
    fn texts_made_again_added_and_taken_away_read_as_set_and_the_block_stays_small() {
        let mut texts = Texts::default();
        let mut expected: Vec<String> = Vec::new();
        let text = |n: usize| "x".repeat(n % 300) + &n.to_string();
        for n in 0..1000 {
            texts.push(text(n));
            expected.push(text(n));
        }
        for round in 0..2000 {
            let at = round * 7 % expected.len();
            expected[at] = text(round * 13);
            texts.set(at, &expected[at]);
            if round % 500 == 499 {
                expected.truncate(expected.len() - 100);
                texts.truncate(expected.len());
                let at = expected.len();
                expected.push(text(round));
                texts.set(at, &expected[at]);
            }
            if round % 100 == 0 {
                for (at, text) in expected.iter().enumerate() {
                    assert_eq!(texts.get(at), text.as_bytes(), "row {at} after {round} changes");
                    assert_eq!(texts.held(at), bytes_of(text.as_bytes()));
                }
            }
        }
        assert_eq!(texts.len(), expected.len());
        let used: usize = expected.iter().map(String::len).sum();
        assert!(texts.block.len() <= 2 * used + SMALL, "{} bytes for {used}", texts.block.len());
        assert_eq!(texts.get(expected.len()), b"", "nothing past the rows");
    }
}
