//! The order the list shows its rows in, and sorting everyone into it quickly.
//!
//! [`compare`] is the order itself. Sorting 100,000 rows with it alone follows two pointers per
//! side of every comparison (the row, then its text): about 50 ms, a visible hitch. [`sort`]
//! first lays out, side by side, what decides each row's place (the first 16 bytes of each text,
//! kept with the row when it is made, and the numbers and days as they are) and compares those;
//! only where they tie and a text is longer than its 16 bytes does it ask [`compare`]. The order
//! is exactly [`compare`]'s. Changing only the direction sorts nothing ([`reverse`]), nor does a
//! letter typed in the search ([`Query::narrows`]); a letter taken back sorts only those it
//! brings back, and [`merge`]s them in.

use super::{Query, Row, SortBy};
use std::cmp::Ordering;

/// The order `query` shows the rows at `a` and `b` in: grouped, by organisation first (those
/// without one last); then by the order chosen, reversed when descending, ties by name and
/// place so that no two rows are equal.
pub(super) fn compare(rows: &[Row], query: &Query, a: usize, b: usize) -> Ordering {
    let (x, y) = (&rows[a], &rows[b]);
    let group = if query.group {
        let (x, y) = (&x.organisation_key, &y.organisation_key);
        x.is_empty().cmp(&y.is_empty()).then_with(|| x.cmp(y))
    } else {
        Ordering::Equal
    };
    group.then_with(|| {
        let by = match query.sort {
            SortBy::Name => x.name_key.cmp(&y.name_key),
            SortBy::Organisation => {
                x.organisation_key.cmp(&y.organisation_key).then_with(|| x.name_key.cmp(&y.name_key))
            }
            SortBy::Knowledge => x.knowledge.cmp(&y.knowledge),
            SortBy::LastContact => x.last_contact.cmp(&y.last_contact),
            // Those without a coming milestone go last.
            SortBy::NextMilestone => match (&x.next, &y.next) {
                (Some(a), Some(b)) => a.date.cmp(&b.date),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        let order = by.then_with(|| x.name_key.cmp(&y.name_key)).then(a.cmp(&b));
        if query.descending { order.reverse() } else { order }
    })
}

/// Puts `shown` (places in `rows`) in the order `query` shows them: [`compare`]'s order.
pub(super) fn sort(rows: &[Row], query: &Query, shown: &mut Vec<usize>) {
    let mut keys: Vec<Key> = shown.iter().filter_map(|&at| Key::of(rows.get(at)?, at, query)).collect();
    if keys.len() != shown.len() {
        // A place past the rows (never made so): the order itself says where it goes.
        shown.sort_unstable_by(|a, b| compare(rows, query, *a, *b));
        return;
    }
    // The grouping is never reversed; the rest is, when descending.
    let reversed_from = usize::from(query.group);
    keys.sort_unstable_by(|x, y| {
        for part in 0..x.parts {
            let order = x.values[part].cmp(&y.values[part]);
            let order = if query.descending && part >= reversed_from { order.reverse() } else { order };
            if order.is_ne() {
                return order;
            }
            // Equal so far, but only as far as 16 bytes tell: the texts decide.
            if x.whole & y.whole & (1 << part) == 0 {
                return compare(rows, query, x.at as usize, y.at as usize);
            }
        }
        let order = x.at.cmp(&y.at);
        if query.descending { order.reverse() } else { order }
    });
    shown.clear();
    shown.extend(keys.iter().map(|key| key.at as usize));
}

impl Query {
    /// Whether this query is `before` the other way round, and nothing else changed.
    pub(super) fn reverses(&self, before: &Query) -> bool {
        *self == Query { descending: self.descending, ..before.clone() }
    }

    /// Whether this query shows some of those `before` showed, and in the same order: only its
    /// text is longer, starting with the text before (each word then holds the word before it,
    /// or is new). Compared as the search compares, in lowercase.
    pub(super) fn narrows(&self, before: &Query) -> bool {
        *self == Query { text: self.text.clone(), ..before.clone() }
            && self.text.len() > before.text.len()
            && self.text.to_lowercase().starts_with(&before.text.to_lowercase())
    }
}

/// The rows of `shown` and of `added`, each in `query`'s order and none in both, merged into
/// that order.
pub(super) fn merge(rows: &[Row], query: &Query, shown: &[usize], added: &[usize]) -> Vec<usize> {
    let mut merged = Vec::with_capacity(shown.len() + added.len());
    let (mut from, mut add) = (shown.iter().peekable(), added.iter().peekable());
    while let (Some(&&at), Some(&&new)) = (from.peek(), add.peek()) {
        if compare(rows, query, new, at).is_lt() {
            merged.push(new);
            add.next();
        } else {
            merged.push(at);
            from.next();
        }
    }
    merged.extend(from);
    merged.extend(add);
    merged
}

/// Turns `shown`, in the order of a query, into the order of the same query the other way round
/// (`query`): each group's rows reversed, the groups staying where they are. [`compare`]
/// reverses everything after the grouping, and no two rows are equal there.
pub(super) fn reverse(rows: &[Row], query: &Query, shown: &mut [usize]) {
    if !query.group {
        shown.reverse();
        return;
    }
    let organisation = |at: &usize| rows.get(*at).map(|row| row.organisation_key.as_str());
    for group in shown.chunk_by_mut(|a, b| organisation(a) == organisation(b)) {
        group.reverse();
    }
}

/// What decides one row's place, as far as it can be told without its texts: up to three
/// values, compared in turn. A text's value is its first 16 bytes; `whole` has a bit for each
/// value that is the whole of its text (or not a text), so that equal values there are equal texts.
struct Key {
    values: [u128; 3],
    parts: usize,
    whole: u8,
    at: u32,
}

impl Key {
    /// `None` for a place too far for the key (over four billion rows).
    fn of(row: &Row, at: usize, query: &Query) -> Option<Key> {
        let mut key = Key { values: [0; 3], parts: 0, whole: 0, at: u32::try_from(at).ok()? };
        if query.group {
            // Those without an organisation last: no text's first bytes are all 0xFF, which
            // UTF-8 never holds.
            match row.organisation_key.is_empty() {
                true => key.push((u128::MAX, true)),
                false => key.push(row.organisation_first),
            }
        }
        match query.sort {
            SortBy::Name => {}
            SortBy::Organisation => key.push(row.organisation_first),
            SortBy::Knowledge => key.push((u128::from(row.knowledge), true)),
            SortBy::LastContact => key.push((row.last_contact.map_or(0, |day| 1 + days(day)), true)),
            SortBy::NextMilestone => key.push((row.next.as_ref().map_or(u128::MAX, |next| days(next.date)), true)),
        }
        key.push(row.name_first);
        Some(key)
    }

    fn push(&mut self, (value, whole): (u128, bool)) {
        self.values[self.parts] = value;
        self.whole |= u8::from(whole) << self.parts;
        self.parts += 1;
    }
}

/// A day as a number in the days' order.
fn days(day: chrono::NaiveDate) -> u128 {
    use chrono::Datelike;
    // Every day's number from the common era's start, moved to start at zero.
    u128::from((i64::from(day.num_days_from_ce()) - i64::from(i32::MIN)).unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::super::PeopleIndex;
    use super::*;
    use crate::ops::Changes;

    #[test]
    fn sorting_by_the_texts_first_bytes_and_reversing_give_exactly_the_lists_order() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let mut ws = crate::ops::demo::generate(600, today);
        // Names that tie in their first 16 bytes, or are the same, or end where another goes
        // on, or hold a NUL; organisations likewise, and people without one.
        let tricky = [
            "Christoffer Alexander Berg",
            "Christoffer Alexander Bech",
            "Christoffer Alexander",
            "Christoffer Alexander",
            "christoffer alexander berg",
            "Ida\u{0}",
            "Ida",
            "",
            "Ærø Østergård Åberg Andersen",
            "Ærø Østergård Åberg Andersson",
        ];
        for (at, name) in tricky.iter().enumerate() {
            ws.people[at * 7].name = (*name).to_owned();
            ws.people[at * 7 + 1].organisation = None;
        }
        for (at, organisation) in ws.organisations.iter_mut().take(6).enumerate() {
            organisation.name = format!("Kjærgaard Tømrer og Snedker {}", at % 3);
        }
        let mut index = PeopleIndex::default();
        index.refresh(&ws, (1, &Changes::default()), today, &Query::default());
        let rows = &index.rows;
        let everyone: Vec<usize> = (0..rows.len()).rev().collect();
        let some: Vec<usize> = (0..rows.len()).filter(|at| at % 3 != 1).collect();
        for sort_by in SortBy::ALL {
            for (descending, group) in [(false, false), (true, false), (false, true), (true, true)] {
                let query = Query { sort: sort_by, descending, group, ..Query::default() };
                for shown in [&everyone, &some] {
                    let mut expected = shown.clone();
                    expected.sort_by(|a, b| compare(rows, &query, *a, *b));
                    let mut sorted = shown.clone();
                    sort(rows, &query, &mut sorted);
                    assert_eq!(sorted, expected, "{query:?}");
                    // The other way round.
                    let other = Query { descending: !descending, ..query.clone() };
                    reverse(rows, &other, &mut sorted);
                    expected.sort_by(|a, b| compare(rows, &other, *a, *b));
                    assert_eq!(sorted, expected, "reversed to {other:?}");
                }
            }
        }
    }

    #[test]
    fn typing_in_the_search_and_taking_letters_back_shows_what_searching_afresh_shows() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let ws = crate::ops::demo::generate(400, today);
        let steps = ["", "a", "an", "and", "ande", "and", "an", "an ", "an h", "an", "", "Æ", "", "x", "xq", ""];
        for (descending, group) in [(false, false), (true, true)] {
            let mut index = PeopleIndex::default();
            let mut before = Query { descending, group, ..Query::default() };
            index.refresh(&ws, (1, &Changes::default()), today, &before);
            for text in steps {
                let query = Query { text: text.to_owned(), ..before.clone() };
                let sorts = index.sorts;
                index.refresh(&ws, (1, &Changes::default()), today, &query);
                let mut afresh = PeopleIndex::default();
                afresh.refresh(&ws, (1, &Changes::default()), today, &query);
                assert_eq!((&index.shown, &index.lines), (&afresh.shown, &afresh.lines), "{query:?}");
                if text == "ande" {
                    assert!((1..ws.people.len() / 2).contains(&index.shown.len()), "some, not all");
                }
                // Neither a letter typed nor one taken back sorts everyone.
                assert_eq!(index.sorts, sorts, "{text:?} after {:?}", before.text);
                before = query;
            }
            assert_eq!(index.shown.len(), ws.people.len(), "everyone again");
        }
    }
}
