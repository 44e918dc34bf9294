//! Milestones as iCalendar (RFC 5545), for calendar programs.
//!
//! Every yearly milestone is an all-day event recurring every year; a one-off one is a single
//! all-day event (one without a year has no day and is left out, and counted). Relatives'
//! birthdays known only from the family list are yearly events too. Each event has:
//! - a UID made from the milestone's (or the relative's) id, so exporting again updates the
//!   same events in a calendar instead of adding copies;
//! - `DTSTART;VALUE=DATE` on the date (the year 2000 when the year is not known, since
//!   calendars need one) and `DTEND` the day after, as RFC 5545 makes DTEND exclusive (on
//!   31 December 9999, whose next day has no four-digit year, `DURATION:P1D` instead);
//! - for 29 February, `RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1` (the last day of February:
//!   the 28th in common years), or `BYYEARDAY=60` (1 March in common years) when the workspace
//!   places the day there;
//! - a display alarm the milestone's reminder days ahead.
//!
//! [`feed`] is the calendar feed a save writes beside the workspace: the same events and the
//! dated follow-ups.
//!
//! Lines are folded at 75 octets, text escaped, lines end in CRLF. The words people read (the
//! calendar's name, the events' titles) are in the thread's language: the app's, or
//! `kindred export --lang`'s.

use super::text::{escape, push_folded};
use crate::model::{FamilyMember, LeapDay, Milestone, MilestoneKind, PartialDate, Person, Recurrence, Workspace};
use crate::ops::names::possessive;
use crate::ops::upcoming::{What, display_name, relation_word};
use crate::t;
use chrono::{DateTime, Days, NaiveDate, Utc};

/// The year given to dates without one.
const YEARLESS: i32 = 2000;

/// The calendar and how many one-off milestones without a year were left out.
pub struct Calendar {
    pub text: String,
    pub events: usize,
    pub left_out: usize,
}

/// Writes the milestones of `people` as a calendar; `stamp` is the DTSTAMP of every event.
pub fn encode(workspace: &Workspace, people: &[Person], stamp: DateTime<Utc>) -> Calendar {
    let name = calendar_name(workspace);
    let mut out = begin(people.len(), &t!("error-ics-calendar-name", name = name));
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let Events { list, left_out } = events(workspace, people);
    for event in &list {
        event.write(&mut out, &stamp);
    }
    push_folded(&mut out, "END:VCALENDAR");
    Calendar { text: out, events: list.len(), left_out }
}

/// The calendar feed a save writes beside the workspace (`WorkspaceSettings::calendar_feed`):
/// [`feed_events`], every milestone as [`encode`] writes them and every dated open follow-up.
pub fn feed(workspace: &Workspace, stamp: DateTime<Utc>) -> Calendar {
    let name = calendar_name(workspace);
    let mut out = begin(workspace.people.len(), &t!("feed-calendar-name", name = name));
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let Events { list, left_out } = feed_events(workspace);
    for event in &list {
        event.write(&mut out, &stamp);
    }
    push_folded(&mut out, "END:VCALENDAR");
    Calendar { text: out, events: list.len(), left_out }
}

/// The events Kindred makes for `people` of `workspace`, each with its stable UID, and how
/// many one-off milestones without a year were left out. The calendar file, the calendar feed
/// and the push to a CalDAV server (one resource an event) are all made of these.
pub struct Events {
    pub list: Vec<Event>,
    pub left_out: usize,
}

/// The events of `people`: their milestones and their relatives' birthdays.
pub fn events(workspace: &Workspace, people: &[Person]) -> Events {
    let (list, left_out) = milestone_events(workspace, people);
    Events { list, left_out }
}

/// The events of the whole workspace a calendar follows (the feed, a CalDAV calendar): the
/// milestones as [`events`] has them, and every open follow-up with a due day as an all-day
/// event on that day (phones' calendars show events, not to-dos), reminding at 9 in the
/// morning, its UID made from the follow-up's id. A done follow-up leaves; the next one of a
/// repeating follow-up joins with an id (and UID) of its own.
pub fn feed_events(workspace: &Workspace) -> Events {
    let Events { mut list, left_out } = events(workspace, &workspace.people);
    let rule = workspace.settings.leap_day;
    for person in &workspace.people {
        let who = display_name(person);
        for follow_up in person.follow_ups.iter().filter(|f| f.is_open()) {
            let Some(due) = follow_up.due.and_then(PartialDate::from_naive) else { continue };
            list.push(Event {
                uid: format!("{}@kindred", follow_up.id),
                date: due,
                once: true,
                remind: Remind::Morning,
                summary: t!("feed-follow-up", name = who.as_ref(), text = follow_up.text.trim()),
                rule,
                year_unknown: String::new(),
            });
        }
    }
    Events { list, left_out }
}

/// The workspace's name for a calendar's name ("Kindred" when it has none).
fn calendar_name(workspace: &Workspace) -> &str {
    if workspace.name.trim().is_empty() { "Kindred" } else { workspace.name.trim() }
}

/// A calendar's first lines, up to its name.
fn begin(people: usize, name: &str) -> String {
    let mut out = String::with_capacity(people * 900 + 512);
    push_folded(&mut out, "BEGIN:VCALENDAR");
    push_folded(&mut out, "VERSION:2.0");
    push_folded(&mut out, &format!("PRODID:-//Kindred//Kindred {}//EN", env!("CARGO_PKG_VERSION")));
    push_folded(&mut out, "CALSCALE:GREGORIAN");
    push_folded(&mut out, "METHOD:PUBLISH");
    push_folded(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    out
}

fn milestone_events(workspace: &Workspace, people: &[Person]) -> (Vec<Event>, usize) {
    let rule = workspace.settings.leap_day;
    let year_unknown = escape(&t!("error-ics-year-unknown"));
    let mut events = Vec::with_capacity(people.len() * 2);
    let mut left_out = 0;
    for person in people {
        for milestone in &person.milestones {
            let relative = milestone.family_member.and_then(|id| person.life.family.iter().find(|m| m.id == id));
            let summary = summary(person, Some(milestone), relative);
            let once = milestone.recurrence == Recurrence::Once;
            if once && milestone.date.year().is_none() {
                left_out += 1;
                continue;
            }
            events.push(Event {
                uid: format!("{}@kindred", milestone.id),
                date: milestone.date,
                once,
                remind: Remind::DaysBefore(milestone.remind_days_before),
                summary,
                rule,
                year_unknown: year_unknown.clone(),
            });
        }
        for member in &person.life.family {
            let Some(birthday) = member.birthday else { continue };
            let covered = person
                .milestones
                .iter()
                .any(|m| m.family_member == Some(member.id) && What::of(m) == What::FamilyBirthday);
            if covered {
                continue;
            }
            events.push(Event {
                uid: format!("{}-{}-birthday@kindred", person.id, member.id),
                date: birthday,
                once: false,
                remind: Remind::DaysBefore(workspace.settings.family_remind_days),
                summary: summary(person, None, Some(member)),
                rule,
                year_unknown: year_unknown.clone(),
            });
        }
    }
    (events, left_out)
}

/// "Mette Kjærgaard: birthday", "Ida (Mette Kjærgaard's daughter): birthday"; in Danish
/// "Ida (Mette Kjærgaards datter): fødselsdag".
fn summary(person: &Person, milestone: Option<&Milestone>, relative: Option<&FamilyMember>) -> String {
    let who = display_name(person);
    if let Some(member) = relative {
        return t!(
            "error-ics-relative-birthday",
            relative = member.name.trim(),
            owner = possessive(&who),
            relation = relation_word(&member.relation)
        );
    }
    let what = match milestone.map(|m| (&m.kind, m.label.trim())) {
        None | Some((MilestoneKind::Birthday, _)) => t!("error-ics-birthday"),
        Some((MilestoneKind::WeddingAnniversary, _)) => t!("error-ics-wedding-anniversary"),
        Some((MilestoneKind::WorkAnniversary, _)) => t!("error-ics-work-anniversary"),
        Some((MilestoneKind::CustomerSince, _)) => t!("error-ics-customer-anniversary"),
        Some((MilestoneKind::FamilyBirthday, "")) => t!("error-ics-family-birthday"),
        Some((_, "")) => t!("error-ics-milestone"),
        Some((_, label)) => label.to_owned(),
    };
    t!("error-ics-summary", name = who.as_ref(), what = what)
}

/// One all-day event of a milestone: what a calendar file holds, and what a CalDAV server
/// keeps as one resource ([`Event::resource`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Kindred's stable UID: the same milestone is the same event in every export and push.
    pub uid: String,
    date: PartialDate,
    once: bool,
    remind: Remind,
    summary: String,
    /// The workspace's rule for 29 February in common years.
    rule: LeapDay,
    /// The escaped description of a date without a year, in the language of the moment.
    year_unknown: String,
}

/// When an event's alarm goes off.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Remind {
    /// So many days before the day (none for 0).
    DaysBefore(u16),
    /// At 9 in the morning of the day.
    Morning,
}

impl Event {
    /// The event as a calendar object resource of its own (RFC 4791 §4.1: one component, no
    /// `METHOD`), as a CalDAV server keeps it.
    pub fn resource(&self, stamp: DateTime<Utc>) -> String {
        let mut out = String::with_capacity(600);
        push_folded(&mut out, "BEGIN:VCALENDAR");
        push_folded(&mut out, "VERSION:2.0");
        push_folded(&mut out, &format!("PRODID:-//Kindred//Kindred {}//EN", env!("CARGO_PKG_VERSION")));
        push_folded(&mut out, "CALSCALE:GREGORIAN");
        self.write(&mut out, &stamp.format("%Y%m%dT%H%M%SZ").to_string());
        push_folded(&mut out, "END:VCALENDAR");
        out
    }

    fn write(&self, out: &mut String, stamp: &str) {
        let (rule, year_unknown) = (self.rule, &self.year_unknown);
        let start = self.date.to_naive().unwrap_or_else(|| self.date.in_year(YEARLESS));
        let day = |d: NaiveDate| d.format("%Y%m%d").to_string();
        push_folded(out, "BEGIN:VEVENT");
        push_folded(out, &format!("UID:{}", self.uid));
        push_folded(out, &format!("DTSTAMP:{stamp}"));
        push_folded(out, &format!("DTSTART;VALUE=DATE:{}", day(start)));
        match start.checked_add_days(Days::new(1)).filter(|end| *end <= PartialDate::LAST_DAY) {
            Some(end) => push_folded(out, &format!("DTEND;VALUE=DATE:{}", day(end))),
            // The day after 31 December 9999 has no four-digit year: the one day is said as a
            // duration (RFC 5545 §3.6.1 gives an all-day event one day either way).
            None => push_folded(out, "DURATION:P1D"),
        }
        if !self.once {
            let rrule = match (self.date.month(), self.date.day(), rule) {
                (2, 29, LeapDay::February28) => "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
                (2, 29, LeapDay::March1) => "RRULE:FREQ=YEARLY;BYYEARDAY=60",
                _ => "RRULE:FREQ=YEARLY",
            };
            push_folded(out, rrule);
        }
        push_folded(out, &format!("SUMMARY:{}", escape(&self.summary)));
        if self.date.year().is_none() {
            push_folded(out, &format!("DESCRIPTION:{year_unknown}"));
        }
        push_folded(out, "TRANSP:TRANSPARENT");
        let trigger = match self.remind {
            Remind::DaysBefore(0) => None,
            Remind::DaysBefore(days) => Some(format!("TRIGGER:-P{days}D")),
            Remind::Morning => Some("TRIGGER:PT9H".to_owned()),
        };
        if let Some(trigger) = trigger {
            push_folded(out, "BEGIN:VALARM");
            push_folded(out, "ACTION:DISPLAY");
            push_folded(out, &format!("DESCRIPTION:{}", escape(&self.summary)));
            push_folded(out, &trigger);
            push_folded(out, "END:VALARM");
        }
        push_folded(out, "END:VEVENT");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::people::{add_relative, milestone};
    use crate::model::Relation;

    fn stamp() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    fn sample() -> Workspace {
        let mut ws = Workspace::named("Shop; Co");
        let mut person = Person::named("Mette Kjærgaard, the owner of a very long company name that needs folding");
        person.milestones.push(milestone(
            MilestoneKind::Birthday,
            String::new(),
            PartialDate::ymd(1988, 2, 29).expect("d"),
        ));
        let mut once =
            milestone(MilestoneKind::LifeEvent, "Moves house".into(), PartialDate::ymd(2027, 3, 1).expect("d"));
        once.recurrence = Recurrence::Once;
        person.milestones.push(once);
        let mut lost = milestone(MilestoneKind::LifeEvent, "Someday".into(), PartialDate::md(3, 1).expect("d"));
        lost.recurrence = Recurrence::Once;
        person.milestones.push(lost);
        add_relative(&mut person, "Ida", Relation::Daughter, PartialDate::md(7, 1));
        ws.people.push(person);
        ws
    }

    /// Checks the rules of RFC 5545 a calendar program relies on.
    fn check_rfc5545(text: &str) {
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
        assert!(lines.contains(&"VERSION:2.0"));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        let mut uids = std::collections::HashSet::new();
        for event in unfolded.split("BEGIN:VEVENT").skip(1) {
            let get = |name: &str| {
                event.split("\r\n").find_map(|l| l.strip_prefix(name)).unwrap_or_else(|| panic!("{name} missing"))
            };
            assert!(uids.insert(get("UID:").to_owned()), "UIDs repeat");
            assert_eq!(get("DTSTAMP:").len(), 16);
            let start = NaiveDate::parse_from_str(get("DTSTART;VALUE=DATE:"), "%Y%m%d").expect("start");
            if start == PartialDate::LAST_DAY {
                assert_eq!(get("DURATION:"), "P1D", "no DTEND in the year 10000");
            } else {
                let end = NaiveDate::parse_from_str(get("DTEND;VALUE=DATE:"), "%Y%m%d").expect("end");
                assert_eq!(end, start.succ_opt().expect("next"), "DTEND is exclusive");
            }
            assert!(event.contains("END:VEVENT"));
        }
    }

    #[test]
    fn calendar_follows_rfc_5545() {
        let ws = sample();
        let calendar = encode(&ws, &ws.people, stamp());
        check_rfc5545(&calendar.text);
        assert_eq!((calendar.events, calendar.left_out), (3, 1));
        assert!(calendar.text.contains("X-WR-CALNAME:Shop\\; Co: milestones"));
        assert!(calendar.text.contains("Mette Kjærgaard\\, the owner"));
    }

    #[test]
    fn leap_day_and_yearless_dates() {
        let mut ws = sample();
        let text = encode(&ws, &ws.people, stamp()).text;
        assert!(text.contains(
            "DTSTART;VALUE=DATE:19880229\r\nDTEND;VALUE=DATE:19880301\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
        ));
        assert!(text.contains("DTSTART;VALUE=DATE:20000701\r\nDTEND;VALUE=DATE:20000702\r\nRRULE:FREQ=YEARLY\r\n"));
        assert!(
            text.contains("DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302\r\nSUMMARY"),
            "one-off, no rule"
        );
        ws.settings.leap_day = LeapDay::March1;
        assert!(encode(&ws, &ws.people, stamp()).text.contains("RRULE:FREQ=YEARLY;BYYEARDAY=60"));
    }

    #[test]
    fn the_words_of_the_calendar_follow_the_language() {
        use crate::i18n::{Lang, set_language};
        let mut ws = sample();
        ws.people[0].name = "Mette Kjærgaard".into();
        let mut lars = Person::named("Lars Holm");
        lars.milestones.push(milestone(
            MilestoneKind::WorkAnniversary,
            String::new(),
            PartialDate::md(4, 1).expect("d"),
        ));
        add_relative(&mut lars, "Sofie", Relation::Other(String::new()), PartialDate::ymd(2015, 5, 2));
        ws.people.push(lars);
        let summaries = |text: &str| {
            text.replace("\r\n ", "")
                .split("\r\n")
                .filter_map(|l| l.strip_prefix("SUMMARY:").map(str::to_owned))
                .collect::<Vec<_>>()
        };
        set_language(Lang::Da);
        let danish = encode(&ws, &ws.people, stamp()).text;
        assert!(danish.contains("X-WR-CALNAME:Shop\\; Co: mærkedage"), "{danish}");
        assert_eq!(
            summaries(&danish),
            [
                "Mette Kjærgaard: fødselsdag",
                "Mette Kjærgaard: Moves house",
                "Ida (Mette Kjærgaards datter): fødselsdag",
                "Lars Holm: arbejdsjubilæum",
                "Sofie (Lars Holms slægtning): fødselsdag",
            ]
        );
        assert!(danish.contains("DESCRIPTION:Året kendes ikke."));
        assert!(!danish.contains(": birthday") && !danish.contains("not known"), "{danish}");
        set_language(Lang::Nb);
        let norwegian = encode(&ws, &ws.people, stamp()).text;
        assert!(summaries(&norwegian).contains(&"Ida (Mette Kjærgaards datter): bursdag".to_owned()));
        assert!(norwegian.contains("DESCRIPTION:Året er ikke kjent."));
        set_language(Lang::En);
        let english = encode(&ws, &ws.people, stamp()).text;
        assert_eq!(summaries(&english)[2], "Ida (Mette Kjærgaard's daughter): birthday");
        assert!(english.contains("DESCRIPTION:The year is not known."));
    }

    #[test]
    fn the_last_day_a_date_can_have_ends_without_a_five_digit_year() {
        let mut ws = Workspace::named("Shop");
        let mut person = Person::named("Nytår");
        let mut once =
            milestone(MilestoneKind::LifeEvent, "The end".into(), PartialDate::ymd(9999, 12, 31).expect("d"));
        once.recurrence = Recurrence::Once;
        person.milestones.push(once);
        ws.people.push(person);
        let text = encode(&ws, &ws.people, stamp()).text;
        check_rfc5545(&text);
        assert!(text.contains("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n"), "{text}");
        assert!(!text.contains("10000"), "{text}");
    }

    #[test]
    fn the_feed_has_the_milestones_and_the_open_dated_follow_ups() {
        use crate::model::FollowUp;
        let mut ws = sample();
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).expect("a day");
        let mette = &mut ws.people[0];
        mette.name = "Mette Kjærgaard".into();
        mette.follow_ups = vec![
            FollowUp::new("Send the offer; bring samples", Some(day(4))),
            FollowUp::new("Some day", None),
            FollowUp { done: Some(day(1)), ..FollowUp::new("Done", Some(day(2))) },
        ];
        let open = mette.follow_ups[0].id;
        let feed = feed(&ws, stamp());
        check_rfc5545(&feed.text);
        assert_eq!((feed.events, feed.left_out), (4, 1), "three milestones and one follow-up");
        assert!(feed.text.contains("X-WR-CALNAME:Shop\\; Co: milestones and follow-ups"));
        let event = format!(
            "UID:{open}@kindred\r\nDTSTAMP:20260921T141320Z\r\nDTSTART;VALUE=DATE:20261204\r\n\
             DTEND;VALUE=DATE:20261205\r\nSUMMARY:Mette Kjærgaard: Send the offer\\; bring samples\r\n\
             TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        );
        assert!(feed.text.contains(&event), "{}", feed.text);
        assert!(feed.text.contains("TRIGGER:PT9H\r\n"), "at 9 on the day");
        assert!(!feed.text.contains("Some day") && !feed.text.contains("SUMMARY:Mette Kjærgaard: Done"));
        assert_eq!(encode(&ws, &ws.people, stamp()).events, 3, "the export has no follow-ups");
    }

    #[test]
    fn uids_are_stable_between_exports() {
        let ws = sample();
        let uids =
            |text: &str| text.split("\r\n").filter(|l| l.starts_with("UID:")).map(str::to_owned).collect::<Vec<_>>();
        let later = stamp() + chrono::Duration::days(3);
        assert_eq!(uids(&encode(&ws, &ws.people, stamp()).text), uids(&encode(&ws, &ws.people, later).text));
    }
}
