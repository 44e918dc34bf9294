//! The daily loop's data: what we mean to do about a person (follow-ups), how often we want to
//! be in touch with them (their rhythm), and what was put off for a while (snoozes).
//!
//! All of it lives in the person, so that every machine that opens the workspace agrees on
//! what is due today.

use super::id::{FamilyMemberId, FollowUpId, MilestoneId};
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Something to do about a person: "Send the offer", "Call about the new shop".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub text: String,
    /// When it should be done; without a day it waits in the profile and never comes up on
    /// its own.
    pub due: Option<NaiveDate>,
    /// The day it was done; `None` while it is open.
    pub done: Option<NaiveDate>,
    /// Done again every so often: marking it done adds the next one.
    pub repeat: Option<Repeat>,
    /// Put off until this day: until then it does not come up.
    pub snoozed_until: Option<NaiveDate>,
}

/// How often a follow-up comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Repeat {
    /// At least 1.
    pub every: u16,
    pub unit: RepeatUnit,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RepeatUnit {
    Days,
    #[default]
    Weeks,
    Months,
}

impl RepeatUnit {
    /// Every unit, in the order pickers offer them.
    pub const ALL: [RepeatUnit; 3] = [RepeatUnit::Days, RepeatUnit::Weeks, RepeatUnit::Months];
}

impl Repeat {
    /// The most a repeat counts in one step (ten years of days).
    pub const MAX_EVERY: u16 = 3_660;

    /// `date` moved on by `times` steps of this repeat; `None` past the last day a date has.
    pub fn after(self, date: NaiveDate, times: u32) -> Option<NaiveDate> {
        let count = u32::from(self.every.max(1)).checked_mul(times)?;
        match self.unit {
            RepeatUnit::Days => date.checked_add_days(Days::new(u64::from(count))),
            RepeatUnit::Weeks => date.checked_add_days(Days::new(u64::from(count) * 7)),
            RepeatUnit::Months => date.checked_add_months(Months::new(count)),
        }
    }
}

impl FollowUp {
    /// A new open follow-up.
    pub fn new(text: impl Into<String>, due: Option<NaiveDate>) -> Self {
        Self { text: text.into(), due, ..Self::default() }
    }

    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    /// Whether it is open, has a due day before `today` and is not put off past today.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today) && !self.is_snoozed(today)
    }

    /// Whether it is put off past `today`.
    pub fn is_snoozed(&self, today: NaiveDate) -> bool {
        self.snoozed_until.is_some_and(|until| until > today)
    }

    /// The next one of a repeating follow-up done on `done`: the same words, due one step after
    /// its own due day, or more steps when that day is not after the day it was done (a weekly
    /// call done late is not due in the past again). A follow-up without a due day repeats from
    /// the day it was done. `None` for one that does not repeat.
    pub fn next_after(&self, done: NaiveDate) -> Option<FollowUp> {
        let repeat = self.repeat?;
        let from = self.due.unwrap_or(done);
        // Stepped from the same day each time (31 January, 31 March…), not from the last step;
        // the search starts at a count of steps that cannot pass `done` (a month has at most
        // 31 days), so a follow-up years overdue costs a step or two, not one per period.
        let longest_step = u64::from(repeat.every.max(1))
            * match repeat.unit {
                RepeatUnit::Days => 1,
                RepeatUnit::Weeks => 7,
                RepeatUnit::Months => 31,
            };
        let behind = u64::try_from((done - from).num_days()).unwrap_or(0);
        let start = u32::try_from(behind / longest_step).unwrap_or(u32::MAX).max(1);
        let due = (start..=start.saturating_add(400)).map_while(|n| repeat.after(from, n)).find(|day| *day > done)?;
        Some(FollowUp {
            id: FollowUpId::new(),
            text: self.text.clone(),
            due: Some(due),
            done: None,
            repeat: Some(repeat),
            snoozed_until: None,
        })
    }
}

/// How often we want a personal contact with a person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rhythm {
    /// As the workspace's settings say for people of their kind (key account, customer,
    /// prospect; former customers and people we declined never).
    #[default]
    ByKind,
    /// Every so many days (at least 1).
    EveryDays(u16),
    /// Never due for contact.
    Never,
}

/// How often people of each kind are due for contact, in days; 0 is never. Former customers
/// and people we declined are never due unless they have a rhythm of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RhythmDefaults {
    pub key_accounts: u16,
    pub customers: u16,
    pub prospects: u16,
}

impl Default for RhythmDefaults {
    fn default() -> Self {
        Self { key_accounts: 30, customers: 90, prospects: 60 }
    }
}

impl RhythmDefaults {
    /// The longest rhythm the settings take, in days (two years).
    pub const MAX_DAYS: u16 = 730;
}

/// Something put off until a day: being due for contact, or one milestone's reminder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snooze {
    pub what: Snoozed,
    /// The first day it comes up again.
    pub until: NaiveDate,
}

/// What a snooze puts off.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Snoozed {
    /// Being due for contact.
    Contact,
    /// The reminder of one occurrence of a milestone (or of a relative's birthday known only
    /// from the family list): the day it falls on that year.
    Milestone { milestone: Option<MilestoneId>, relative: Option<FamilyMemberId>, day: NaiveDate },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a test date")
    }

    #[test]
    fn a_repeat_steps_from_its_own_due_day() {
        let monthly = Repeat { every: 1, unit: RepeatUnit::Months };
        let mut call = FollowUp { repeat: Some(monthly), ..FollowUp::new("Call", Some(day(2026, 1, 31))) };
        let next = call.next_after(day(2026, 1, 31)).expect("repeats");
        assert_eq!(next.due, Some(day(2026, 2, 28)), "the end of a shorter month");
        assert!(next.is_open() && next.id != call.id && next.text == "Call");
        let late = call.next_after(day(2026, 3, 5)).expect("repeats");
        assert_eq!(late.due, Some(day(2026, 3, 31)), "done late: the first step after the day it was done");
        call.repeat = Some(Repeat { every: 2, unit: RepeatUnit::Weeks });
        call.due = None;
        assert_eq!(call.next_after(day(2026, 12, 24)).and_then(|n| n.due), Some(day(2027, 1, 7)));
        call.repeat = None;
        assert_eq!(call.next_after(day(2026, 12, 24)), None);
    }

    #[test]
    fn overdue_is_open_past_and_not_put_off() {
        let today = day(2026, 12, 1);
        let mut task = FollowUp::new("Send the offer", Some(day(2026, 11, 30)));
        assert!(task.is_overdue(today));
        assert!(!FollowUp::new("Today", Some(today)).is_overdue(today), "due today is not overdue");
        task.snoozed_until = Some(day(2026, 12, 2));
        assert!(!task.is_overdue(today));
        assert!(task.is_overdue(day(2026, 12, 2)), "back on the day the snooze ends");
        task.done = Some(today);
        assert!(!task.is_overdue(day(2026, 12, 2)));
    }
}
