//! Dates whose year may be unknown.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date whose year may be unknown ("15 April"), as birthdays often are.
///
/// Written in the file as ISO 8601 text: `1980-04-15`, or `--04-15` without a year (the
/// form vCard uses). The day is always valid for the month; 29 February is allowed without a
/// year and in leap years only. A year is one of [`PartialDate::YEARS`], the four digits that ISO 8601's
/// basic form, vCard (RFC 6350) and iCalendar (RFC 5545) carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: Option<i32>,
    month: u32,
    day: u32,
}

/// Why a date was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

impl PartialDate {
    /// The years a date may have: four digits, from 1 to 9999. Year 0 in a file means the year
    /// is not known (as in vCard); a later year cannot be written in the formats Kindred
    /// exchanges.
    pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

    /// The last day a date can fall on: 31 December 9999.
    pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
        Some(day) => day,
        None => NaiveDate::MAX,
    };

    /// A date with a known year; `None` when it does not exist (30 February, month 13) or its
    /// year is not one of [`Self::YEARS`].
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !Self::YEARS.contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Self { year: Some(year), month, day })
    }

    /// A day of a year not known; `None` when no year has that day.
    pub fn md(month: u32, day: u32) -> Option<Self> {
        // 2000 is a leap year, so 29 February passes and 30 February does not.
        NaiveDate::from_ymd_opt(2000, month, day)?;
        Some(Self { year: None, month, day })
    }

    /// A full date; `None` when its year is not one of [`Self::YEARS`].
    pub fn from_naive(date: NaiveDate) -> Option<Self> {
        Self::ymd(date.year(), date.month(), date.day())
    }

    pub fn year(&self) -> Option<i32> {
        self.year
    }

    pub fn month(&self) -> u32 {
        self.month
    }

    pub fn day(&self) -> u32 {
        self.day
    }

    /// The full date, when the year is known.
    pub fn to_naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }

    /// Parses `YYYY-MM-DD` or `--MM-DD`. The year `0000` means that the year is not known,
    /// as vCard has it: `0000-04-15` is `--04-15`.
    pub fn parse_iso(text: &str) -> Result<Self, DateError> {
        let text = text.trim();
        let invalid = || DateError(format!("`{text}` is not a date (expected YYYY-MM-DD or --MM-DD)"));
        let missing = || DateError(format!("`{text}` names a day that does not exist"));
        if let Some(rest) = text.strip_prefix("--") {
            let (m, d) = rest.split_once('-').ok_or_else(invalid)?;
            let month = parse_part(m, 2).ok_or_else(invalid)?;
            let day = parse_part(d, 2).ok_or_else(invalid)?;
            return Self::md(month, day).ok_or_else(missing);
        }
        let mut parts = text.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(invalid());
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let year: i32 = y.parse().map_err(|_| invalid())?;
        let month = parse_part(m, 2).ok_or_else(invalid)?;
        let day = parse_part(d, 2).ok_or_else(invalid)?;
        if year == 0 {
            return Self::md(month, day).ok_or_else(missing);
        }
        Self::ymd(year, month, day).ok_or_else(missing)
    }

    /// The date this recurs on in `year`. 29 February falls on 28 February in common years,
    /// the day most people celebrate it.
    pub fn in_year(&self, year: i32) -> NaiveDate {
        self.in_year_with(year, LeapDay::February28)
    }

    /// The date this recurs on in `year`, with 29 February placed by `rule` in common years.
    pub fn in_year_with(&self, year: i32, rule: LeapDay) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| match rule {
                LeapDay::February28 => NaiveDate::from_ymd_opt(year, 2, 28),
                LeapDay::March1 => NaiveDate::from_ymd_opt(year, 3, 1),
            })
            .unwrap_or(NaiveDate::MIN)
    }
}

/// Where a 29 February milestone falls in years without one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum LeapDay {
    /// The last day of February, as most people celebrate it.
    #[default]
    February28,
    /// The day after 28 February.
    March1,
}

fn parse_part(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse_iso(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_both_forms() {
        for text in ["1980-04-15", "--04-15", "2024-02-29", "--02-29"] {
            let date = PartialDate::parse_iso(text).expect(text);
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn refuses_days_that_do_not_exist() {
        for text in ["2023-02-29", "--02-30", "2026-13-01", "2026-00-10", "tomorrow", "", "--4-15", "80-04-15"] {
            assert!(PartialDate::parse_iso(text).is_err(), "{text} should be refused");
        }
    }

    #[test]
    fn years_are_four_digits_from_1_to_9999() {
        assert!(PartialDate::ymd(9999, 12, 31).is_some() && PartialDate::ymd(1, 1, 1).is_some());
        for year in [10_000, 0, -1, 262_000] {
            assert_eq!(PartialDate::ymd(year, 1, 1), None, "year {year}");
        }
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).expect("date");
        assert_eq!(PartialDate::LAST_DAY, last);
        assert_eq!(PartialDate::from_naive(last).map(|d| d.to_string()).as_deref(), Some("9999-12-31"));
        let past = last.succ_opt().expect("chrono goes further");
        assert_eq!(PartialDate::from_naive(past), None, "not printed as {past}");
        for text in ["10000-01-01", "+10000-01-01", "99999-01-01", "-001-01-01"] {
            assert!(PartialDate::parse_iso(text).is_err(), "{text} should be refused");
        }
        // Year 0 is vCard's "not known".
        assert_eq!(PartialDate::parse_iso("0000-04-15"), Ok(PartialDate::md(4, 15).expect("date")));
        assert!(PartialDate::parse_iso("0000-02-30").is_err());
    }

    #[test]
    fn leap_day_recurs_on_the_28th_in_common_years() {
        let date = PartialDate::md(2, 29).expect("leap day");
        assert_eq!(date.in_year(2027), NaiveDate::from_ymd_opt(2027, 2, 28).expect("date"));
        assert_eq!(date.in_year(2028), NaiveDate::from_ymd_opt(2028, 2, 29).expect("date"));
        assert_eq!(date.in_year_with(2027, LeapDay::March1), NaiveDate::from_ymd_opt(2027, 3, 1).expect("date"));
        assert_eq!(date.in_year_with(2028, LeapDay::March1), NaiveDate::from_ymd_opt(2028, 2, 29).expect("date"));
    }
}
