//! What is coming: the milestones of the next days, each on the day it falls in that year.
//!
//! Occurrences come from each person's milestones and from the birthdays in their family list
//! (a relative that already has a `FamilyBirthday` milestone is not listed twice). Yearly
//! milestones recur on their day (29 February by the workspace's [`LeapDay`] rule); one-off
//! ones show on their date only, never in the past.
//!
//! Choices made here, where the capability leaves room:
//! - The count of years is the year of the occurrence minus the year of the date; without a
//!   known year there is no count. Year 0 is the date itself: for birthdays and anniversaries
//!   of every kind it is not an anniversary and is left out (and so is any year before the
//!   date); a yearly `Custom` or `LifeEvent` shows on its first date too, without a count.
//! - A `Custom` yearly milestone whose label names a wedding or the start as a customer counts
//!   as that kind (see [`recognise`]); labels of other kinds are not part of the text (the
//!   profile shows them), so every text reads the same way.
//! - A `Birthday` milestone linked to a relative is that relative's birthday.
//! - Round birthdays: 18 (coming of age) and every ten years from 30. Not 25. Round marriages:
//!   10, 12½, 25, 40, 50, 60, 70 years; round years at work or as a customer: 10, 25, 40, 50.
//!   12½ years married is its own occurrence, six months after the 12th anniversary; it has no
//!   whole count of years (`years` is `None`) but is round.
//! - People of every status are included; a view may filter.

use crate::model::{
    FamilyMember, FamilyMemberId, LeapDay, Milestone, MilestoneId, MilestoneKind, PartialDate, Person, PersonId,
    Recurrence, Workspace,
};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use std::cmp::Ordering;

/// A round milestone is reminded of at least this many days ahead.
pub const ROUND_REMIND_DAYS: u16 = 30;

/// How many days ahead a relative's birthday known only from the family list is reminded of.
pub const FAMILY_REMIND_DAYS: u16 = 7;

/// Months from a wedding to the "12½ years married" (kobberbryllup) day.
const HALF_ROUND_MONTHS: u32 = 12 * 12 + 6;

/// What kind of day an occurrence marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum What {
    Birthday,
    Anniversary,
    CustomerSince,
    WorkAnniversary,
    FamilyBirthday,
    LifeEvent,
    Custom,
}

impl What {
    pub const ALL: [What; 7] = [
        What::Birthday,
        What::Anniversary,
        What::CustomerSince,
        What::WorkAnniversary,
        What::FamilyBirthday,
        What::LifeEvent,
        What::Custom,
    ];

    /// The kind as a person reads it in a filter, in English.
    pub fn label(self) -> &'static str {
        match self {
            What::Birthday => "Birthday",
            What::Anniversary => "Wedding anniversary",
            What::CustomerSince => "Customer since",
            What::WorkAnniversary => "Work anniversary",
            What::FamilyBirthday => "Family birthday",
            What::LifeEvent => "Life event",
            What::Custom => "Custom",
        }
    }

    /// The kind a milestone's occurrences have.
    pub fn of(milestone: &Milestone) -> What {
        match milestone.kind {
            MilestoneKind::Birthday if milestone.family_member.is_some() => What::FamilyBirthday,
            MilestoneKind::Birthday => What::Birthday,
            MilestoneKind::WeddingAnniversary => What::Anniversary,
            MilestoneKind::CustomerSince => What::CustomerSince,
            MilestoneKind::WorkAnniversary => What::WorkAnniversary,
            MilestoneKind::FamilyBirthday => What::FamilyBirthday,
            MilestoneKind::LifeEvent => What::LifeEvent,
            MilestoneKind::Custom if milestone.recurrence == Recurrence::Yearly => {
                recognise(&milestone.label).unwrap_or(What::Custom)
            }
            MilestoneKind::Custom => What::Custom,
        }
    }

    /// Whether the day counts years of something that began on the date (so year 0 and the
    /// years before it are not occurrences).
    fn counts_from_date(self) -> bool {
        !matches!(self, What::LifeEvent | What::Custom)
    }
}

/// The kind a yearly custom milestone's label names, if it names one: a wedding ("wedding",
/// "married", "marriage", Danish/Norwegian "bryllup") or becoming a customer ("customer
/// since", "started as customer", "became a customer", "kunde siden"). Case is ignored.
/// Nothing else is guessed: "Café Kringle's anniversary" stays custom.
pub fn recognise(label: &str) -> Option<What> {
    const CUSTOMER: [&str; 5] =
        ["customer since", "started as customer", "started as a customer", "became a customer", "kunde siden"];
    const WEDDING: [&str; 4] = ["wedding", "married", "marriage", "bryllup"];
    let label = label.to_lowercase();
    if CUSTOMER.iter().any(|words| label.contains(words)) {
        Some(What::CustomerSince)
    } else if WEDDING.iter().any(|words| label.contains(words)) {
        Some(What::Anniversary)
    } else {
        None
    }
}

/// One milestone on the day it falls.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    /// The day it falls on in that year.
    pub date: NaiveDate,
    pub person: PersonId,
    pub person_name: String,
    /// `None` for a relative's birthday known only from the family list.
    pub milestone: Option<MilestoneId>,
    pub family_member: Option<FamilyMemberId>,
    pub what: What,
    /// The relative's name, for a family birthday.
    pub about: Option<String>,
    /// The age or the years it marks; `None` when the year is unknown, for one-off events and
    /// for 12½ years married.
    pub years: Option<u32>,
    /// A round milestone (see [`is_round`]; 12½ years married is round too).
    pub round: bool,
    /// The effective reminder window in days ([`ROUND_REMIND_DAYS`] at least for round ones).
    pub remind_days: u16,
    /// "Mette Kjærgaard turns 50" and the like, in English.
    pub text: String,
}

/// Where an occurrence belongs in the Milestones view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bucket {
    Today,
    /// The rest of the week (Monday to Sunday) that holds today.
    ThisWeek,
    /// The rest of the calendar month after this week.
    ThisMonth,
    Later,
}

impl Bucket {
    pub const ALL: [Bucket; 4] = [Bucket::Today, Bucket::ThisWeek, Bucket::ThisMonth, Bucket::Later];

    /// The heading, in English.
    pub fn label(self) -> &'static str {
        match self {
            Bucket::Today => "Today",
            Bucket::ThisWeek => "This week",
            Bucket::ThisMonth => "This month",
            Bucket::Later => "Later",
        }
    }
}

/// The bucket of `date` seen from `today`. Weeks start on Monday; a week that runs into the
/// next month stays "this week". A date before today (overdue) counts as today.
pub fn bucket(date: NaiveDate, today: NaiveDate) -> Bucket {
    if date <= today {
        return Bucket::Today;
    }
    let to_sunday = 6 - u64::from(today.weekday().num_days_from_monday());
    if date <= add_days(today, to_sunday) {
        return Bucket::ThisWeek;
    }
    let month_end = today
        .with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.pred_opt())
        .unwrap_or(NaiveDate::MAX);
    if date <= month_end { Bucket::ThisMonth } else { Bucket::Later }
}

/// Every occurrence from `today` to `today + days`, both included, sorted by date, person
/// name and kind. The milestones' own reminder windows do not filter this.
pub fn upcoming(workspace: &Workspace, today: NaiveDate, days: u32) -> Vec<Occurrence> {
    let scope = Scope::Until(add_days(today, u64::from(days)));
    let mut out = Vec::new();
    for person in &workspace.people {
        collect(person, today, scope, workspace.settings.leap_day, &mut out);
    }
    out.sort_by(order);
    out
}

/// Every occurrence that is today or within its own reminder window, sorted as [`upcoming`].
pub fn due(workspace: &Workspace, today: NaiveDate) -> Vec<Occurrence> {
    let mut out = Vec::new();
    for person in &workspace.people {
        collect(person, today, Scope::Reminders, workspace.settings.leap_day, &mut out);
    }
    out.sort_by(order);
    out
}

/// The person's next occurrence within a year from `today` (today included).
pub fn next_for(person: &Person, today: NaiveDate, rule: LeapDay) -> Option<Occurrence> {
    let mut out = Vec::new();
    collect(person, today, Scope::Until(add_days(today, 366)), rule, &mut out);
    out.into_iter().min_by(order)
}

/// Whether `years` of `what` is a round milestone (whole years; 12½ years married is marked on
/// its own occurrence).
pub fn is_round(what: What, years: u32) -> bool {
    match what {
        What::Birthday | What::FamilyBirthday => years == 18 || (years >= 30 && years % 10 == 0),
        What::Anniversary => matches!(years, 10 | 25 | 40 | 50 | 60 | 70),
        What::CustomerSince | What::WorkAnniversary => matches!(years, 10 | 25 | 40 | 50),
        What::LifeEvent | What::Custom => false,
    }
}

/// The name shown for a person; a person without one still gets a readable line.
pub fn display_name(person: &Person) -> &str {
    let name = person.name.trim();
    if name.is_empty() { "Unnamed person" } else { name }
}

fn order(a: &Occurrence, b: &Occurrence) -> Ordering {
    a.date
        .cmp(&b.date)
        .then_with(|| a.person_name.cmp(&b.person_name))
        .then(a.what.cmp(&b.what))
        .then_with(|| a.about.cmp(&b.about))
        .then_with(|| a.text.cmp(&b.text))
        .then(a.person.cmp(&b.person))
}

fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}

/// Which occurrences to collect.
#[derive(Clone, Copy)]
enum Scope {
    /// Every occurrence from today to this day.
    Until(NaiveDate),
    /// Those within their own reminder window.
    Reminders,
}

impl Scope {
    /// The last day a source with this reminder window can have an occurrence to collect.
    fn end(self, today: NaiveDate, remind: u16) -> NaiveDate {
        match self {
            Scope::Until(end) => end,
            Scope::Reminders => add_days(today, u64::from(remind.max(ROUND_REMIND_DAYS))),
        }
    }

    fn keeps(self, today: NaiveDate, date: NaiveDate, remind: u16) -> bool {
        match self {
            Scope::Until(_) => true,
            Scope::Reminders => (date - today).num_days() <= i64::from(remind),
        }
    }
}

/// Where occurrences come from: a milestone, or a relative's birthday from the family list.
struct Source<'a> {
    milestone: Option<MilestoneId>,
    relative: Option<&'a FamilyMember>,
    what: What,
    date: PartialDate,
    once: bool,
    remind: u16,
    label: &'a str,
}

fn collect(person: &Person, today: NaiveDate, scope: Scope, rule: LeapDay, out: &mut Vec<Occurrence>) {
    let relative = |id: Option<FamilyMemberId>| id.and_then(|id| person.life.family.iter().find(|f| f.id == id));
    for milestone in &person.milestones {
        let source = Source {
            milestone: Some(milestone.id),
            relative: relative(milestone.family_member),
            what: What::of(milestone),
            date: milestone.date,
            once: milestone.recurrence == Recurrence::Once,
            remind: milestone.remind_days_before,
            label: &milestone.label,
        };
        occurrences(person, &source, today, scope, rule, out);
    }
    for member in &person.life.family {
        let Some(birthday) = member.birthday else { continue };
        let has_milestone =
            person.milestones.iter().any(|m| m.family_member == Some(member.id) && What::of(m) == What::FamilyBirthday);
        if has_milestone {
            continue;
        }
        let source = Source {
            milestone: None,
            relative: Some(member),
            what: What::FamilyBirthday,
            date: birthday,
            once: false,
            remind: FAMILY_REMIND_DAYS,
            label: "",
        };
        occurrences(person, &source, today, scope, rule, out);
    }
}

fn occurrences(
    person: &Person,
    source: &Source<'_>,
    today: NaiveDate,
    scope: Scope,
    rule: LeapDay,
    out: &mut Vec<Occurrence>,
) {
    let end = scope.end(today, source.remind);
    let in_window = |date: NaiveDate| today <= date && date <= end;
    if source.once {
        // A one-off event without a year has no day to fall on.
        if let Some(date) = source.date.to_naive().filter(|d| in_window(*d))
            && scope.keeps(today, date, source.remind)
        {
            out.push(occurrence(person, source, date, None, false));
        }
        return;
    }
    for year in today.year()..=end.year() {
        let date = source.date.in_year_with(year, rule);
        if !in_window(date) {
            continue;
        }
        let years = match source.date.year().map(|start| year - start) {
            Some(n) if n < 0 => continue,
            Some(0) if source.what.counts_from_date() => continue,
            Some(0) | None => None,
            Some(n) => u32::try_from(n).ok(),
        };
        let round = years.is_some_and(|n| is_round(source.what, n));
        if scope.keeps(today, date, remind(source.remind, round)) {
            out.push(occurrence(person, source, date, years, round));
        }
    }
    if source.what == What::Anniversary
        && let Some(half) = source.date.to_naive().and_then(|d| d.checked_add_months(Months::new(HALF_ROUND_MONTHS)))
        && in_window(half)
        && scope.keeps(today, half, remind(source.remind, true))
    {
        let mut occurrence = occurrence(person, source, half, None, true);
        occurrence.text = format!("{} — 12½ years married", display_name(person));
        out.push(occurrence);
    }
}

fn remind(base: u16, round: bool) -> u16 {
    if round { base.max(ROUND_REMIND_DAYS) } else { base }
}

fn occurrence(person: &Person, source: &Source<'_>, date: NaiveDate, years: Option<u32>, round: bool) -> Occurrence {
    let name = display_name(person);
    let about = source.relative.map(|r| r.name.trim()).filter(|n| !n.is_empty()).map(str::to_owned);
    Occurrence {
        date,
        person: person.id,
        person_name: name.to_owned(),
        milestone: source.milestone,
        family_member: source.relative.map(|r| r.id),
        what: source.what,
        about,
        years,
        round,
        remind_days: remind(source.remind, round),
        text: text(name, source, years),
    }
}

/// The line shown for an occurrence, in English.
fn text(name: &str, source: &Source<'_>, years: Option<u32>) -> String {
    let label = source.label.trim();
    match (source.what, years) {
        (What::Birthday, Some(n)) => format!("{name} turns {n}"),
        (What::Birthday, None) => format!("{name}'s birthday"),
        (What::FamilyBirthday, years) => match (source.relative, years) {
            (Some(relative), Some(n)) => format!("{} turns {n}", relative_subject(name, relative)),
            (Some(relative), None) => format!("{} has a birthday", relative_subject(name, relative)),
            (None, Some(n)) if !label.is_empty() => format!("{name}: {label} (turns {n})"),
            (None, None) if !label.is_empty() => format!("{name}: {label}"),
            (None, Some(n)) => format!("{name}'s relative turns {n}"),
            (None, None) => format!("{name}'s relative has a birthday"),
        },
        (What::Anniversary, Some(n)) => format!("{name} — {} married", count(n)),
        (What::Anniversary, None) => format!("{name}'s wedding anniversary"),
        (What::CustomerSince, Some(n)) => format!("{name} — {} as a customer", count(n)),
        (What::CustomerSince, None) => format!("{name} — anniversary as a customer"),
        (What::WorkAnniversary, Some(n)) => format!("{name} — {} at work", count(n)),
        (What::WorkAnniversary, None) => format!("{name}'s work anniversary"),
        (What::LifeEvent, _) if label.is_empty() => format!("{name}: a life event"),
        (What::Custom, _) if label.is_empty() => format!("{name}: a milestone"),
        (What::LifeEvent | What::Custom, _) => format!("{name}: {label}"),
    }
}

/// "Ida (Mette Kjærgaard's daughter)", or "Mette Kjærgaard's daughter" without a name.
fn relative_subject(name: &str, relative: &FamilyMember) -> String {
    let word = relative.relation.word().trim();
    let word = if word.is_empty() { "relative" } else { word };
    match relative.name.trim() {
        "" => format!("{name}'s {word}"),
        relative_name => format!("{relative_name} ({name}'s {word})"),
    }
}

fn count(years: u32) -> String {
    if years == 1 { "1 year".to_owned() } else { format!("{years} years") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Relation;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d} is a test date"))
    }

    fn ymd(y: i32, m: u32, d: u32) -> PartialDate {
        PartialDate::ymd(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d} is a test date"))
    }

    fn md(m: u32, d: u32) -> PartialDate {
        PartialDate::md(m, d).unwrap_or_else(|| panic!("--{m}-{d} is a test date"))
    }

    fn milestone(kind: MilestoneKind, date: PartialDate) -> Milestone {
        Milestone { kind, date, ..Milestone::default() }
    }

    fn person(name: &str, milestones: Vec<Milestone>) -> Person {
        Person { milestones, ..Person::named(name) }
    }

    fn workspace(people: Vec<Person>) -> Workspace {
        Workspace { people, ..Workspace::default() }
    }

    fn texts(occurrences: &[Occurrence]) -> Vec<(NaiveDate, &str)> {
        occurrences.iter().map(|o| (o.date, o.text.as_str())).collect()
    }

    #[test]
    fn leap_day_birthdays_follow_the_workspace_rule() {
        let mut ws =
            workspace(vec![person("Søren Østergaard", vec![milestone(MilestoneKind::Birthday, ymd(1988, 2, 29))])]);
        let found = upcoming(&ws, day(2027, 2, 1), 40);
        assert_eq!(texts(&found), [(day(2027, 2, 28), "Søren Østergaard turns 39")]);
        ws.settings.leap_day = LeapDay::March1;
        let found = upcoming(&ws, day(2027, 2, 1), 40);
        assert_eq!(texts(&found), [(day(2027, 3, 1), "Søren Østergaard turns 39")]);
        let found = upcoming(&ws, day(2028, 2, 1), 40);
        assert_eq!(texts(&found), [(day(2028, 2, 29), "Søren Østergaard turns 40")], "leap years keep the day");
        assert!(found[0].round);
    }

    #[test]
    fn the_turn_of_the_year_brings_both_years() {
        let ws = workspace(vec![
            person("Nye År", vec![milestone(MilestoneKind::Birthday, ymd(1980, 1, 1))]),
            person("Nytår Aften", vec![milestone(MilestoneKind::Birthday, ymd(1980, 12, 31))]),
        ]);
        let found = upcoming(&ws, day(2026, 12, 20), 14);
        assert_eq!(texts(&found), [(day(2026, 12, 31), "Nytår Aften turns 46"), (day(2027, 1, 1), "Nye År turns 47")]);
        assert_eq!(found.iter().map(|o| o.years).collect::<Vec<_>>(), [Some(46), Some(47)]);
        assert_eq!(
            bucket(found[0].date, day(2026, 12, 20)),
            Bucket::ThisMonth,
            "Sunday 20 December: the week ends today"
        );
        assert_eq!(bucket(found[1].date, day(2026, 12, 20)), Bucket::Later);
        let next = next_for(&ws.people[0], day(2026, 12, 20), LeapDay::February28).expect("within a year");
        assert_eq!((next.date, next.years), (day(2027, 1, 1), Some(47)));
    }

    #[test]
    fn unknown_years_give_no_age() {
        let mut mette = person("Mette Kjærgaard", vec![milestone(MilestoneKind::Birthday, md(12, 4))]);
        mette.milestones.push(milestone(MilestoneKind::WeddingAnniversary, md(12, 5)));
        mette.milestones.push(milestone(MilestoneKind::CustomerSince, md(12, 6)));
        mette.milestones.push(milestone(MilestoneKind::WorkAnniversary, md(12, 7)));
        let found = upcoming(&workspace(vec![mette]), day(2026, 12, 1), 30);
        assert_eq!(
            texts(&found),
            [
                (day(2026, 12, 4), "Mette Kjærgaard's birthday"),
                (day(2026, 12, 5), "Mette Kjærgaard's wedding anniversary"),
                (day(2026, 12, 6), "Mette Kjærgaard — anniversary as a customer"),
                (day(2026, 12, 7), "Mette Kjærgaard's work anniversary"),
            ]
        );
        assert!(found.iter().all(|o| o.years.is_none() && !o.round));
        assert_eq!(found[0].what, What::Birthday);
        assert_eq!(found[1].what, What::Anniversary);
    }

    #[test]
    fn texts_count_years_and_name_relatives() {
        let ida = FamilyMember {
            name: "Ida".into(),
            relation: Relation::Daughter,
            birthday: Some(ymd(2019, 12, 11)),
            ..FamilyMember::default()
        };
        let emil = FamilyMember {
            name: "Emil".into(),
            relation: Relation::Son,
            birthday: Some(md(12, 12)),
            ..FamilyMember::default()
        };
        let mut mette = person(
            "Mette Kjærgaard",
            vec![
                milestone(MilestoneKind::WeddingAnniversary, ymd(2025, 12, 2)),
                milestone(MilestoneKind::CustomerSince, ymd(2016, 12, 3)),
                milestone(MilestoneKind::WorkAnniversary, ymd(2001, 12, 4)),
                Milestone {
                    label: "The new canteen opens".into(),
                    recurrence: Recurrence::Once,
                    ..milestone(MilestoneKind::LifeEvent, ymd(2026, 12, 5))
                },
                Milestone {
                    label: "Kindergarten's 40th anniversary".into(),
                    ..milestone(MilestoneKind::Custom, ymd(1986, 12, 6))
                },
            ],
        );
        mette.life.family = vec![ida, emil];
        let found = upcoming(&workspace(vec![mette]), day(2026, 12, 1), 30);
        assert_eq!(
            texts(&found),
            [
                (day(2026, 12, 2), "Mette Kjærgaard — 1 year married"),
                (day(2026, 12, 3), "Mette Kjærgaard — 10 years as a customer"),
                (day(2026, 12, 4), "Mette Kjærgaard — 25 years at work"),
                (day(2026, 12, 5), "Mette Kjærgaard: The new canteen opens"),
                (day(2026, 12, 6), "Mette Kjærgaard: Kindergarten's 40th anniversary"),
                (day(2026, 12, 11), "Ida (Mette Kjærgaard's daughter) turns 7"),
                (day(2026, 12, 12), "Emil (Mette Kjærgaard's son) has a birthday"),
            ]
        );
        assert_eq!(found[5].about.as_deref(), Some("Ida"));
        assert_eq!(found[5].milestone, None);
        assert_eq!(found[5].remind_days, FAMILY_REMIND_DAYS);
        assert_eq!(found[4].years, Some(40), "a custom yearly milestone counts its years");
        assert_eq!(found[3].years, None, "one-off");
    }

    #[test]
    fn custom_labels_naming_a_wedding_or_a_start_as_customer_count_as_those() {
        assert_eq!(recognise("Started as customer"), Some(What::CustomerSince));
        assert_eq!(recognise("Customer since the café opened"), Some(What::CustomerSince));
        assert_eq!(recognise("Wedding day"), Some(What::Anniversary));
        assert_eq!(recognise("Café Kringle's anniversary (opened 2015)"), None);
        let henrik = person(
            "Henrik Dahl",
            vec![Milestone {
                label: "Started as customer".into(),
                ..milestone(MilestoneKind::Custom, ymd(2016, 3, 1))
            }],
        );
        let found = upcoming(&workspace(vec![henrik]), day(2026, 3, 1), 0);
        assert_eq!(texts(&found), [(day(2026, 3, 1), "Henrik Dahl — 10 years as a customer")]);
        assert_eq!((found[0].what, found[0].round), (What::CustomerSince, true));
    }

    #[test]
    fn one_off_events_show_once_and_never_in_the_past() {
        let event = |date| Milestone {
            label: "The hotel reopens".into(),
            recurrence: Recurrence::Once,
            ..milestone(MilestoneKind::LifeEvent, date)
        };
        let ws = workspace(vec![person(
            "Ingrid Hansen",
            vec![event(ymd(2026, 11, 1)), event(ymd(2027, 3, 15)), event(md(3, 16))],
        )]);
        let found = upcoming(&ws, day(2026, 11, 23), 3 * 366);
        assert_eq!(
            texts(&found),
            [(day(2027, 3, 15), "Ingrid Hansen: The hotel reopens")],
            "once, and only the future one"
        );
        assert!(upcoming(&ws, day(2027, 3, 16), 400).is_empty(), "gone the day after");
        assert_eq!(upcoming(&ws, day(2027, 3, 15), 0).len(), 1, "still there on the day");
    }

    #[test]
    fn year_zero_and_earlier_are_not_anniversaries() {
        let ws = workspace(vec![person(
            "Anne Marie Lund",
            vec![
                milestone(MilestoneKind::WeddingAnniversary, ymd(2026, 6, 13)),
                milestone(MilestoneKind::CustomerSince, ymd(2027, 1, 10)),
                Milestone { label: "Shop opens".into(), ..milestone(MilestoneKind::Custom, ymd(2026, 6, 14)) },
            ],
        )]);
        let found = upcoming(&ws, day(2026, 6, 1), 365);
        assert_eq!(texts(&found), [(day(2026, 6, 14), "Anne Marie Lund: Shop opens")]);
        assert_eq!(found[0].years, None);
        let found = upcoming(&ws, day(2027, 6, 1), 30);
        assert_eq!(
            texts(&found),
            [(day(2027, 6, 13), "Anne Marie Lund — 1 year married"), (day(2027, 6, 14), "Anne Marie Lund: Shop opens")]
        );
    }

    #[test]
    fn round_milestones() {
        for n in [18, 30, 40, 50, 60, 70, 80, 90, 100] {
            assert!(is_round(What::Birthday, n), "{n}");
            assert!(is_round(What::FamilyBirthday, n), "{n}");
        }
        for n in [1, 7, 17, 20, 25, 35, 45, 51] {
            assert!(!is_round(What::Birthday, n), "{n}");
        }
        for n in [10, 25, 40, 50, 60, 70] {
            assert!(is_round(What::Anniversary, n), "{n}");
        }
        for n in [10, 25, 40, 50] {
            assert!(is_round(What::CustomerSince, n) && is_round(What::WorkAnniversary, n), "{n}");
        }
        for n in [5, 12, 13, 15, 20, 30, 60] {
            assert!(!is_round(What::CustomerSince, n) && !is_round(What::WorkAnniversary, n), "{n}");
        }
        assert!(!is_round(What::Anniversary, 12) && !is_round(What::Custom, 50) && !is_round(What::LifeEvent, 10));
    }

    #[test]
    fn twelve_and_a_half_years_married_is_its_own_round_day() {
        let wedding =
            Milestone { remind_days_before: 3, ..milestone(MilestoneKind::WeddingAnniversary, ymd(2014, 8, 31)) };
        let ws = workspace(vec![person("Ole Kristensen", vec![wedding])]);
        // 31 August 2014 + 12½ years = 28 February 2027 (the month has no 31st).
        let found = upcoming(&ws, day(2026, 8, 1), 366);
        assert_eq!(
            texts(&found),
            [
                (day(2026, 8, 31), "Ole Kristensen — 12 years married"),
                (day(2027, 2, 28), "Ole Kristensen — 12½ years married")
            ]
        );
        assert!(!found[0].round && found[1].round);
        assert_eq!((found[1].years, found[1].what, found[1].remind_days), (None, What::Anniversary, 30));
        assert_eq!(found[0].remind_days, 3);
        let unknown_year = workspace(vec![person("X", vec![milestone(MilestoneKind::WeddingAnniversary, md(8, 31))])]);
        assert_eq!(upcoming(&unknown_year, day(2026, 8, 1), 366).len(), 1, "no 12½ without a year");
    }

    #[test]
    fn due_uses_each_reminder_window_and_at_least_thirty_days_for_round_ones() {
        let ws = workspace(vec![
            person(
                "Seven Days",
                vec![Milestone { remind_days_before: 7, ..milestone(MilestoneKind::Birthday, ymd(1990, 12, 8)) }],
            ),
            person(
                "Too Early",
                vec![Milestone { remind_days_before: 7, ..milestone(MilestoneKind::Birthday, ymd(1990, 12, 9)) }],
            ),
            person(
                "Round Fifty",
                vec![Milestone { remind_days_before: 7, ..milestone(MilestoneKind::Birthday, ymd(1976, 12, 31)) }],
            ),
            person("Round Too Far", vec![milestone(MilestoneKind::Birthday, ymd(1977, 1, 1))]),
            person(
                "Long Window",
                vec![Milestone { remind_days_before: 60, ..milestone(MilestoneKind::CustomerSince, ymd(2020, 1, 20)) }],
            ),
            person(
                "Today Zero",
                vec![Milestone { remind_days_before: 0, ..milestone(MilestoneKind::Birthday, md(12, 1)) }],
            ),
        ]);
        let today = day(2026, 12, 1);
        let found = due(&ws, today);
        let names: Vec<_> = found.iter().map(|o| o.person_name.as_str()).collect();
        assert_eq!(names, ["Today Zero", "Seven Days", "Round Fifty", "Long Window"]);
        assert_eq!(found[2].remind_days, 30);
        // 1 January 2027 is 31 days away: outside even a round window.
        assert!(upcoming(&ws, today, 31).iter().any(|o| o.person_name == "Round Too Far"));
    }

    #[test]
    fn relatives_birthdays_come_once() {
        let ida = FamilyMember {
            name: "Ida".into(),
            relation: Relation::Daughter,
            birthday: Some(ymd(2012, 12, 11)),
            ..FamilyMember::default()
        };
        let nameless = FamilyMember {
            name: " ".into(),
            relation: Relation::Other(String::new()),
            birthday: Some(md(12, 12)),
            ..FamilyMember::default()
        };
        let mut mette = person(
            "Mette Kjærgaard",
            vec![Milestone {
                family_member: Some(ida.id),
                remind_days_before: 14,
                ..milestone(MilestoneKind::FamilyBirthday, ymd(2012, 12, 11))
            }],
        );
        let milestone_id = mette.milestones[0].id;
        mette.life.family = vec![ida.clone(), nameless];
        let found = upcoming(&workspace(vec![mette]), day(2026, 12, 1), 30);
        assert_eq!(
            texts(&found),
            [
                (day(2026, 12, 11), "Ida (Mette Kjærgaard's daughter) turns 14"),
                (day(2026, 12, 12), "Mette Kjærgaard's relative has a birthday")
            ]
        );
        assert_eq!(found[0].milestone, Some(milestone_id));
        assert_eq!(found[0].family_member, Some(ida.id));
        assert_eq!(found[0].remind_days, 14);
        assert_eq!(found[1].about, None);
    }

    #[test]
    fn buckets_follow_monday_weeks_and_calendar_months() {
        let wednesday = day(2026, 11, 25);
        assert_eq!(bucket(wednesday, wednesday), Bucket::Today);
        assert_eq!(bucket(day(2026, 11, 26), wednesday), Bucket::ThisWeek);
        assert_eq!(bucket(day(2026, 11, 29), wednesday), Bucket::ThisWeek, "Sunday ends the week");
        assert_eq!(bucket(day(2026, 11, 30), wednesday), Bucket::ThisMonth, "Monday starts the next");
        assert_eq!(bucket(day(2026, 12, 1), wednesday), Bucket::Later, "the month ends on the 30th");
        let sunday = day(2026, 11, 22);
        assert_eq!(bucket(day(2026, 11, 23), sunday), Bucket::ThisMonth, "on a Sunday, Monday is next week");
        let monday = day(2026, 11, 30);
        assert_eq!(bucket(day(2026, 12, 6), monday), Bucket::ThisWeek, "a week running into the next month");
        assert_eq!(bucket(day(2026, 12, 7), monday), Bucket::Later);
        let first = day(2026, 12, 1);
        assert_eq!(bucket(day(2026, 12, 31), first), Bucket::ThisMonth);
        assert_eq!(bucket(day(2027, 1, 1), first), Bucket::Later);
        assert_eq!(bucket(day(2026, 11, 1), first), Bucket::Today, "overdue counts as today");
    }

    #[test]
    fn sorted_by_date_then_person_then_kind() {
        let a = person(
            "Bo",
            vec![
                milestone(MilestoneKind::CustomerSince, ymd(2020, 5, 1)),
                milestone(MilestoneKind::Birthday, ymd(1980, 5, 1)),
            ],
        );
        let b = person("Al", vec![milestone(MilestoneKind::WorkAnniversary, ymd(2020, 5, 1))]);
        let c = person("Cy", vec![milestone(MilestoneKind::Birthday, ymd(1980, 4, 30))]);
        let found = upcoming(&workspace(vec![a, b, c]), day(2026, 4, 30), 1);
        let keys: Vec<_> = found.iter().map(|o| (o.date.day(), o.person_name.as_str(), o.what)).collect();
        assert_eq!(
            keys,
            [
                (30, "Cy", What::Birthday),
                (1, "Al", What::WorkAnniversary),
                (1, "Bo", What::Birthday),
                (1, "Bo", What::CustomerSince)
            ]
        );
    }

    #[test]
    fn window_includes_its_last_day_and_next_for_looks_a_year_ahead() {
        let ws = workspace(vec![person("Ella", vec![milestone(MilestoneKind::Birthday, ymd(1990, 12, 11))])]);
        assert_eq!(upcoming(&ws, day(2026, 12, 1), 10).len(), 1);
        assert!(upcoming(&ws, day(2026, 12, 1), 9).is_empty());
        let next = next_for(&ws.people[0], day(2026, 12, 12), LeapDay::February28).expect("next year");
        assert_eq!((next.date, next.years), (day(2027, 12, 11), Some(37)));
        assert_eq!(next_for(&Person::named("Nobody"), day(2026, 1, 1), LeapDay::February28), None);
    }

    #[test]
    fn ten_thousand_people_are_quick() {
        let today = day(2026, 11, 23);
        let ws = crate::ops::demo::generate(10_000, today);
        let start = std::time::Instant::now();
        let month = upcoming(&ws, today, 30);
        let year = upcoming(&ws, today, 365);
        let reminders = due(&ws, today);
        let elapsed = start.elapsed();
        assert!(!month.is_empty() && year.len() > month.len() && !reminders.is_empty());
        // Generous for unoptimised test builds on a busy machine; a release build takes ms.
        assert!(elapsed.as_secs() < 5, "took {elapsed:?}");
    }
}
