//! What is coming: the milestones of the next days, each on the day it falls in that year.
//!
//! Occurrences come from each person's milestones and from the birthdays in their family list
//! (a relative that already has a `FamilyBirthday` milestone is not listed twice), and from each
//! organisation's own days (named after the organisation, marked [`Occurrence::organisation`]). Yearly
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
//!
//! The texts are in the thread's language ([`crate::i18n`]): the UI thread's and the command
//! line's. Relatives are named by their relation in a possessive ("Mette Kjærgaard's daughter",
//! "Mette Kjærgaards datter", "Lars' søn"); see [`possessive`] and [`relation_word`].

use crate::model::{
    FamilyMember, FamilyMemberId, LeapDay, Milestone, MilestoneId, MilestoneKind, OrganisationId, PartialDate, Person,
    PersonId, Recurrence, Relation, Workspace,
};
use crate::ops::merging::Merging;
use crate::ops::names::possessive;
use crate::t;
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use std::borrow::Cow;
use std::cmp::Ordering;

/// A round milestone is reminded of at least this many days ahead.
pub const ROUND_REMIND_DAYS: u16 = 30;

/// How many days ahead a relative's birthday known only from the family list is reminded of,
/// unless the workspace says otherwise (`WorkspaceSettings::family_remind_days`).
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

    /// The kind as a person reads it in a filter, in the thread's language.
    pub fn label(self) -> String {
        match self {
            What::Birthday => t!("milestones-what-birthday"),
            What::Anniversary => t!("milestones-what-anniversary"),
            What::CustomerSince => t!("milestones-what-customer-since"),
            What::WorkAnniversary => t!("milestones-what-work-anniversary"),
            What::FamilyBirthday => t!("milestones-what-family-birthday"),
            What::LifeEvent => t!("milestones-what-life-event"),
            What::Custom => t!("milestones-what-custom"),
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
    /// The person's name as written (trimmed); empty for a person without one, whom
    /// [`Occurrence::name`] words when asked (an occurrence may be kept while the language
    /// changes: the start-up banner's are).
    pub person_name: String,
    /// `None` for a relative's birthday known only from the family list.
    pub milestone: Option<MilestoneId>,
    pub family_member: Option<FamilyMemberId>,
    pub what: What,
    /// The relative's name, for a family birthday.
    pub about: Option<String>,
    /// The relative's relation, for a family birthday of a relative in the family list.
    pub relation: Option<Relation>,
    /// The milestone's own words (trimmed; empty when it has none).
    pub label: String,
    /// The age or the years it marks; `None` when the year is unknown, for one-off events and
    /// for 12½ years married.
    pub years: Option<u32>,
    /// A round milestone (see [`is_round`]; 12½ years married is round too).
    pub round: bool,
    /// The effective reminder window in days ([`ROUND_REMIND_DAYS`] at least for round ones).
    pub remind_days: u16,
    /// For an organisation's own day (its anniversary, the shop's opening day), the
    /// organisation: `person` is then no one (the nil id) and `person_name` its name.
    pub organisation: Option<OrganisationId>,
}

impl Occurrence {
    /// The line for this occurrence in the thread's language: "Mette Kjærgaard turns 50",
    /// "Ida (Mette Kjærgaards datter) fylder 7". Worded when asked for, not when found: a year
    /// of a big workspace holds tens of thousands of occurrences, and a view shows a screenful.
    pub fn sentence(&self) -> String {
        describe(self, Some(&self.name()))
    }

    /// The person's name, or the words for a person without one in the thread's language.
    pub fn name(&self) -> Cow<'_, str> {
        if self.person_name.is_empty() {
            Cow::Owned(t!("milestones-unnamed-person"))
        } else {
            Cow::Borrowed(&self.person_name)
        }
    }

    /// The line without the person's name, for narrow places: "turns 50", "Ida turns 7",
    /// "10 years as a customer".
    pub fn short_text(&self) -> String {
        describe(self, None)
    }
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

    /// The heading, in the thread's language.
    pub fn label(self) -> String {
        match self {
            Bucket::Today => t!("milestones-bucket-today"),
            Bucket::ThisWeek => t!("milestones-bucket-this-week"),
            Bucket::ThisMonth => t!("milestones-bucket-this-month"),
            Bucket::Later => t!("milestones-bucket-later"),
        }
    }
}

/// The bucket of `date` seen from `today`. Weeks start on Monday; a week that runs into the
/// next month stays "this week". A date before today (overdue) counts as today.
pub fn bucket(date: NaiveDate, today: NaiveDate) -> Bucket {
    Buckets::of(today).bucket(date)
}

/// The buckets' last days seen from one day, for placing many dates ([`bucket`] for one).
#[derive(Clone, Copy, Debug)]
pub struct Buckets {
    today: NaiveDate,
    week_end: NaiveDate,
    month_end: NaiveDate,
}

impl Buckets {
    pub fn of(today: NaiveDate) -> Self {
        let to_sunday = 6 - u64::from(today.weekday().num_days_from_monday());
        let month_end = today
            .with_day(1)
            .and_then(|first| first.checked_add_months(Months::new(1)))
            .and_then(|next| next.pred_opt())
            .unwrap_or(NaiveDate::MAX);
        Buckets { today, week_end: add_days(today, to_sunday), month_end }
    }

    /// The bucket of `date` (see [`bucket`]).
    pub fn bucket(&self, date: NaiveDate) -> Bucket {
        if date <= self.today {
            Bucket::Today
        } else if date <= self.week_end {
            Bucket::ThisWeek
        } else if date <= self.month_end {
            Bucket::ThisMonth
        } else {
            Bucket::Later
        }
    }
}

/// Every occurrence from `today` to `today + days`, both included, sorted by date, person
/// name and kind. The milestones' own reminder windows do not filter this.
pub fn upcoming(workspace: &Workspace, today: NaiveDate, days: u32) -> Vec<Occurrence> {
    let mut finding = Finding::new(today, days);
    finding.add(workspace, &workspace.people);
    finding.finish(workspace)
}

/// A year of occurrences found a slice of people at a time, for a window that must not spend
/// more than a frame at once: [`Finding::add`] the people in slices, then [`Finding::finish`]
/// (which adds the organisations' days). The result is what [`upcoming`] gives. Each slice's
/// occurrences are sorted as they are found and kept as a run, so that a slice's frame never
/// moves what earlier slices found; the last step merges all the runs in one pass, each
/// occurrence moved once (merging them two at a time as they came moved the earlier ones again
/// and again, and took a frame of its own at 10,000 people).
#[derive(Debug)]
pub struct Finding {
    scope: Scope,
    today: NaiveDate,
    runs: Vec<Vec<Occurrence>>,
}

impl Finding {
    pub fn new(today: NaiveDate, days: u32) -> Self {
        Finding { scope: Scope::Until(add_days(today, u64::from(days))), today, runs: Vec::new() }
    }

    /// Adds the occurrences of `people` (people of `workspace` not added before).
    pub fn add(&mut self, workspace: &Workspace, people: &[Person]) {
        let mut fresh = Vec::new();
        for person in people {
            collect(person, self.today, self.scope, Rules::of(workspace), &mut fresh);
        }
        sort(&mut fresh);
        self.runs.push(fresh);
    }

    /// The occurrences, with the organisations' days, sorted.
    pub fn finish(self, workspace: &Workspace) -> Vec<Occurrence> {
        self.merging(workspace).finish()
    }

    /// The organisations' days found, and the occurrences ready to be merged in [`order`] a
    /// part at a time.
    pub fn merging(self, workspace: &Workspace) -> Merging<Occurrence> {
        let mut organisations = Vec::new();
        collect_organisations(workspace, self.today, self.scope, &mut organisations);
        sort(&mut organisations);
        let mut runs = self.runs;
        runs.push(organisations);
        Merging::of(runs, order)
    }
}

/// Two lists sorted in [`order`] as one.
fn merge(kept: Vec<Occurrence>, fresh: Vec<Occurrence>) -> Vec<Occurrence> {
    if kept.is_empty() {
        return fresh;
    }
    let mut fresh = fresh.into_iter().peekable();
    let mut merged = Vec::with_capacity(kept.len() + fresh.len());
    for occurrence in kept {
        while let Some(new) = fresh.next_if(|new| order(new, &occurrence) == Ordering::Less) {
            merged.push(new);
        }
        merged.push(occurrence);
    }
    merged.extend(fresh);
    merged
}

/// Sorts `occurrences` in [`order`]. A year at 10,000 people holds some 30,000 of them; a sort
/// of the occurrences themselves moved each many times and compared names all along. Here each
/// distinct name is ranked once (one person's occurrences come together, so there are about as
/// many names as people), the occurrences' indices are sorted by day and rank, two numbers,
/// with the rest of the order only between those of one name on one day, and each occurrence is
/// then moved once.
fn sort(occurrences: &mut Vec<Occurrence>) {
    let Some(first) = occurrences.iter().map(|o| o.date).min() else { return };
    let names: Vec<Cow<'_, str>> = occurrences.iter().map(Occurrence::name).collect();
    // The runs of one name, ranked by name.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (index, name) in names.iter().enumerate() {
        match runs.last_mut() {
            Some((start, end)) if names[*start] == *name => *end = index + 1,
            _ => runs.push((index, index + 1)),
        }
    }
    runs.sort_unstable_by(|a, b| names[a.0].cmp(&names[b.0]));
    let mut keys: Vec<(u64, usize)> = vec![(0, 0); occurrences.len()];
    let mut rank = 0u64;
    for (n, (start, end)) in runs.iter().enumerate() {
        if n > 0 && names[runs[n - 1].0] != names[*start] {
            rank += 1;
        }
        for index in *start..*end {
            // Days from the first fit in 32 bits: any two dates are under 100 million days apart.
            let day = u64::try_from((occurrences[index].date - first).num_days()).unwrap_or(u64::MAX >> 32);
            keys[index] = (day << 32 | rank, index);
        }
    }
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| order(&occurrences[a.1], &occurrences[b.1])));
    let mut taken: Vec<Option<Occurrence>> = std::mem::take(occurrences).into_iter().map(Some).collect();
    *occurrences = keys.iter().filter_map(|(_, index)| taken[*index].take()).collect();
}

/// Brings `occurrences`, found by [`upcoming`] for `today` and `days`, up to date after only the
/// people `changed` changed, were added or were removed (and, when `organisations` is true,
/// organisations too): their occurrences are found again and merged in, the rest kept. The
/// same list [`upcoming`] would give, for a few people's work instead of everyone's.
pub fn update_upcoming(
    occurrences: &mut Vec<Occurrence>,
    workspace: &Workspace,
    changed: (&[PersonId], bool),
    today: NaiveDate,
    days: u32,
) {
    let fresh = found_again(workspace, changed, today, days);
    replace_found(occurrences, changed, fresh);
}

/// Takes the occurrences of the people `changed` (and organisations, when the flag is true)
/// out of `occurrences` and merges in `fresh`, their occurrences found again
/// ([`found_again`]): the rest of [`update_upcoming`], for a caller that has them already.
pub fn replace_found(occurrences: &mut Vec<Occurrence>, changed: (&[PersonId], bool), fresh: Vec<Occurrence>) {
    let mut kept = std::mem::take(occurrences);
    let stale = Stale::of(changed);
    kept.retain(|o| !stale.holds(o));
    *occurrences = merge(kept, fresh);
}

/// The occurrences, sorted, of the people `changed` (those still in the workspace) and, when
/// the flag is true, of the organisations: what [`update_upcoming`] merges in.
pub fn found_again(
    workspace: &Workspace,
    (changed, organisations): (&[PersonId], bool),
    today: NaiveDate,
    days: u32,
) -> Vec<Occurrence> {
    let people = workspace.holders(changed);
    found_for(workspace, &people, organisations, today, days)
}

/// [`found_again`] for the changed `people`, found already.
pub fn found_for(
    workspace: &Workspace,
    people: &[&Person],
    organisations: bool,
    today: NaiveDate,
    days: u32,
) -> Vec<Occurrence> {
    let scope = Scope::Until(add_days(today, u64::from(days)));
    let mut fresh = Vec::new();
    for person in people {
        collect(person, today, scope, Rules::of(workspace), &mut fresh);
    }
    if organisations {
        collect_organisations(workspace, today, scope, &mut fresh);
    }
    sort(&mut fresh);
    fresh
}

/// Which occurrences a change of some people (and perhaps the organisations) leaves out of date.
pub struct Stale {
    /// Sorted, to be searched: asked of every occurrence of a year, a hash cost more.
    people: Vec<PersonId>,
    organisations: bool,
}

impl Stale {
    pub fn of((changed, organisations): (&[PersonId], bool)) -> Self {
        let mut people = changed.to_vec();
        people.sort_unstable();
        Stale { people, organisations }
    }

    fn changed(&self, person: &PersonId) -> bool {
        self.people.binary_search(person).is_ok()
    }

    /// Whether the occurrences of `person` (or, for `None`, of the organisations) are to be
    /// found again.
    pub fn holds_owner(&self, person: Option<PersonId>) -> bool {
        match person {
            Some(person) => self.changed(&person),
            None => self.organisations,
        }
    }

    /// Whether `occurrence` is to be found again.
    pub fn holds(&self, occurrence: &Occurrence) -> bool {
        match occurrence.organisation {
            Some(_) => self.organisations,
            None => self.changed(&occurrence.person),
        }
    }
}

/// Every occurrence that is today or within its own reminder window, sorted as [`upcoming`].
pub fn due(workspace: &Workspace, today: NaiveDate) -> Vec<Occurrence> {
    let mut out = Vec::new();
    for person in &workspace.people {
        collect(person, today, Scope::Reminders, Rules::of(workspace), &mut out);
    }
    collect_organisations(workspace, today, Scope::Reminders, &mut out);
    sort(&mut out);
    out
}

/// One person's occurrences that are today or within their own reminder window, unsorted.
pub fn due_for(workspace: &Workspace, person: &Person, today: NaiveDate) -> Vec<Occurrence> {
    let mut out = Vec::new();
    collect(person, today, Scope::Reminders, Rules::of(workspace), &mut out);
    out
}

/// The organisations' own days, each named after its organisation.
fn collect_organisations(workspace: &Workspace, today: NaiveDate, scope: Scope, out: &mut Vec<Occurrence>) {
    for organisation in workspace.organisations.iter().filter(|o| !o.milestones.is_empty()) {
        // Its days as a person's, under no one's id, and then marked as the organisation's.
        let owner = Person {
            id: PersonId(uuid::Uuid::nil()),
            name: organisation.name.clone(),
            milestones: organisation.milestones.clone(),
            ..Person::default()
        };
        let from = out.len();
        collect(&owner, today, scope, Rules::of(workspace), out);
        for occurrence in &mut out[from..] {
            occurrence.organisation = Some(organisation.id);
        }
    }
}

/// The person's next occurrence within a year from `today` (today included).
pub fn next_for(person: &Person, today: NaiveDate, rule: LeapDay) -> Option<Occurrence> {
    let mut out = Vec::new();
    // Within a year every occurrence counts, whatever its reminder.
    let rules = Rules { leap_day: rule, family_remind: FAMILY_REMIND_DAYS };
    collect(person, today, Scope::Until(add_days(today, 366)), rules, &mut out);
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
pub fn display_name(person: &Person) -> Cow<'_, str> {
    let name = person.name.trim();
    if name.is_empty() { Cow::Owned(t!("milestones-unnamed-person")) } else { Cow::Borrowed(name) }
}

/// The word for a relation inside a sentence, lower-case, in the thread's language
/// ("daughter", "datter"); a relation in the user's own words stays as written, and one without
/// words is a "relative".
pub fn relation_word(relation: &Relation) -> String {
    match relation {
        Relation::Partner => t!("milestones-relation-partner"),
        Relation::Spouse => t!("milestones-relation-spouse"),
        Relation::Child => t!("milestones-relation-child"),
        Relation::Daughter => t!("milestones-relation-daughter"),
        Relation::Son => t!("milestones-relation-son"),
        Relation::Parent => t!("milestones-relation-parent"),
        Relation::Mother => t!("milestones-relation-mother"),
        Relation::Father => t!("milestones-relation-father"),
        Relation::Sibling => t!("milestones-relation-sibling"),
        Relation::Grandchild => t!("milestones-relation-grandchild"),
        Relation::Friend => t!("milestones-relation-friend"),
        Relation::Other(words) if !words.trim().is_empty() => words.trim().to_owned(),
        Relation::Other(_) => t!("milestones-relation-relative"),
    }
}

/// The order occurrences are listed in: by day, name, kind, …; a total order.
pub fn order(a: &Occurrence, b: &Occurrence) -> Ordering {
    a.date
        .cmp(&b.date)
        .then_with(|| a.name().cmp(&b.name()))
        .then(a.what.cmp(&b.what))
        .then_with(|| a.about.cmp(&b.about))
        .then_with(|| a.label.cmp(&b.label))
        .then(a.years.cmp(&b.years))
        .then(a.person.cmp(&b.person))
        .then(a.milestone.cmp(&b.milestone))
        .then(a.family_member.cmp(&b.family_member))
        .then(a.organisation.cmp(&b.organisation))
}

/// `days` after `date`, but no later than the last day a date can fall on (9999-12-31): what
/// lies beyond cannot be written as a date.
fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).map_or(PartialDate::LAST_DAY, |day| day.min(PartialDate::LAST_DAY))
}

/// Which occurrences to collect.
#[derive(Clone, Copy, Debug)]
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

/// The workspace's settings that decide occurrences.
#[derive(Clone, Copy)]
struct Rules {
    leap_day: LeapDay,
    /// How many days ahead a relative's birthday (without a milestone of its own) reminds.
    family_remind: u16,
}

impl Rules {
    fn of(workspace: &Workspace) -> Self {
        Rules { leap_day: workspace.settings.leap_day, family_remind: workspace.settings.family_remind_days }
    }
}

fn collect(person: &Person, today: NaiveDate, scope: Scope, rules: Rules, out: &mut Vec<Occurrence>) {
    let rule = rules.leap_day;
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
            remind: rules.family_remind,
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
        out.push(occurrence(person, source, half, None, true));
    }
}

fn remind(base: u16, round: bool) -> u16 {
    if round { base.max(ROUND_REMIND_DAYS) } else { base }
}

fn occurrence(person: &Person, source: &Source<'_>, date: NaiveDate, years: Option<u32>, round: bool) -> Occurrence {
    let about = source.relative.map(|r| r.name.trim()).filter(|n| !n.is_empty()).map(str::to_owned);
    Occurrence {
        date,
        person: person.id,
        person_name: person.name.trim().to_owned(),
        milestone: source.milestone,
        family_member: source.relative.map(|r| r.id),
        what: source.what,
        about,
        relation: source.relative.map(|r| r.relation.clone()),
        label: source.label.trim().to_owned(),
        years,
        round,
        remind_days: remind(source.remind, round),
        organisation: None,
    }
}

/// The line for an occurrence in the thread's language, with the person's `name`, or without
/// it (the short form) when `name` is `None`. 12½ years married is the round anniversary
/// without a count of years.
fn describe(o: &Occurrence, name: Option<&str>) -> String {
    // "Mette Kjærgaard — 10 years as a customer", or "10 years as a customer".
    let dash = |what: String| match name {
        Some(name) => t!("milestones-name-dash", name = name, what = what),
        None => what,
    };
    // "Mette Kjærgaard: The new canteen opens", or "The new canteen opens".
    let colon = |what: String| match name {
        Some(name) => t!("milestones-name-colon", name = name, what = what),
        None => what,
    };
    let label = o.label.as_str();
    match (o.what, o.years) {
        (What::Birthday, Some(n)) => match name {
            Some(name) => t!("milestones-turns", name = name, count = n),
            None => t!("milestones-short-turns", count = n),
        },
        (What::Birthday, None) => match name {
            Some(name) => t!("milestones-birthday", owner = possessive(name)),
            None => t!("milestones-short-birthday"),
        },
        (What::FamilyBirthday, years) => family_birthday(o, name, years),
        (What::Anniversary, None) if o.round => dash(t!("milestones-short-married-half")),
        (What::Anniversary, Some(n)) => dash(t!("milestones-short-married", count = n)),
        (What::Anniversary, None) => match name {
            Some(name) => t!("milestones-wedding-anniversary", owner = possessive(name)),
            None => t!("milestones-short-wedding-anniversary"),
        },
        (What::CustomerSince, Some(n)) => dash(t!("milestones-short-customer-years", count = n)),
        (What::CustomerSince, None) => dash(t!("milestones-short-customer-anniversary")),
        (What::WorkAnniversary, Some(n)) => dash(t!("milestones-short-work-years", count = n)),
        (What::WorkAnniversary, None) => match name {
            Some(name) => t!("milestones-work-anniversary", owner = possessive(name)),
            None => t!("milestones-short-work-anniversary"),
        },
        (What::LifeEvent, _) if label.is_empty() => colon(t!("milestones-short-life-event")),
        (What::Custom, _) if label.is_empty() => colon(t!("milestones-short-custom")),
        (What::LifeEvent | What::Custom, _) => colon(label.to_owned()),
    }
}

/// A relative's birthday: "Ida (Mette Kjærgaard's daughter) turns 7", "Mette Kjærgaard's
/// relative has a birthday"; short: "Ida turns 7", "Ida's birthday", "daughter turns 7".
fn family_birthday(o: &Occurrence, name: Option<&str>, years: Option<u32>) -> String {
    let label = o.label.as_str();
    let subject = match (&o.relation, name) {
        // A milestone not linked to a relative: its label says whose birthday it is.
        (None, _) if !label.is_empty() => {
            let what = match years {
                Some(n) => t!("milestones-short-label-turns", label = label, count = n),
                None => label.to_owned(),
            };
            return match name {
                Some(name) => t!("milestones-name-colon", name = name, what = what),
                None => what,
            };
        }
        (_, None) if o.about.is_some() => {
            let about = o.about.as_deref().unwrap_or_default();
            return match years {
                Some(n) => t!("milestones-turns", name = about, count = n),
                None => t!("milestones-birthday", owner = possessive(about)),
            };
        }
        (relation, None) => relation.as_ref().map_or_else(|| t!("milestones-relation-relative"), relation_word),
        (relation, Some(name)) => {
            let word = relation.as_ref().map_or_else(|| t!("milestones-relation-relative"), relation_word);
            match o.about.as_deref() {
                Some(about) => {
                    t!("milestones-relative-named", relative = about, owner = possessive(name), relation = word)
                }
                None => t!("milestones-relative", owner = possessive(name), relation = word),
            }
        }
    };
    match years {
        Some(n) => t!("milestones-turns", name = subject, count = n),
        None => t!("milestones-has-birthday", name = subject),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
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

    /// The dates and sentences, to compare with literals (leaked: a test's few lines).
    fn texts(occurrences: &[Occurrence]) -> Vec<(NaiveDate, &'static str)> {
        occurrences.iter().map(|o| (o.date, &*o.sentence().leak())).collect()
    }

    #[test]
    fn the_sort_by_day_gives_the_order_of_a_comparison_sort() {
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(400, 80, today);
        let mut found = Vec::new();
        for person in &ws.people {
            collect(person, today, Scope::Until(add_days(today, 800)), Rules::of(&ws), &mut found);
        }
        // Same names on the same day, and an unnamed person, are ordered by what follows the name.
        let mut twin = found[0].clone();
        twin.person = PersonId::new();
        found.push(twin);
        found.push(Occurrence { person_name: String::new(), ..found[1].clone() });
        // Reversed, and a name split in two runs, so the sort has work to do.
        found.reverse();
        let split = found.remove(found.len() / 2);
        found.push(split);
        let mut expected = found.clone();
        expected.sort_by(order);
        sort(&mut found);
        assert!(found.len() > 1000, "a big year: {}", found.len());
        assert!(found == expected, "the same order");
        // Dates as far apart as dates go.
        let mut far = vec![found[3].clone(), found[0].clone(), found[1].clone()];
        far[0].date = PartialDate::LAST_DAY;
        far[2].date = NaiveDate::MIN;
        let mut expected = far.clone();
        expected.sort_by(order);
        sort(&mut far);
        assert!(far == expected);
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
    fn nothing_falls_past_the_last_day_a_date_can_have() {
        let ws = workspace(vec![person("Nye År", vec![milestone(MilestoneKind::Birthday, ymd(1980, 1, 1))])]);
        let found = upcoming(&ws, day(9999, 12, 20), 30);
        assert!(found.is_empty(), "1 January 10000 is no date to print: {:?}", texts(&found));
        let found = upcoming(&ws, day(9998, 12, 20), 30);
        assert_eq!(texts(&found), [(day(9999, 1, 1), "Nye År turns 8019")]);
        assert_eq!(next_for(&ws.people[0], day(9999, 12, 20), LeapDay::February28), None);
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
    fn a_relatives_birthday_reminds_as_the_workspace_says() {
        let ida = FamilyMember { name: "Ida".into(), birthday: Some(md(12, 11)), ..FamilyMember::default() };
        let mut mette = person("Mette", vec![]);
        mette.life.family.push(ida);
        let mut ws = workspace(vec![mette]);
        let today = day(2026, 12, 1);
        assert!(due(&ws, today).is_empty(), "ten days ahead is outside the default week");
        ws.settings.family_remind_days = 14;
        let found = due(&ws, today);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].remind_days, 14);
        assert_eq!(upcoming(&ws, today, 30).len(), 1, "the list of what is coming does not depend on it");
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

    /// Mette's birthday (50), her daughter Ida's (7), Lars's son's (no name, 12), ten years as
    /// a customer, a wedding 12½ years back, a work anniversary and a birthday without a year,
    /// all in December 2026.
    fn family_and_customers() -> Workspace {
        let ida = FamilyMember {
            name: "Ida".into(),
            relation: Relation::Daughter,
            birthday: Some(ymd(2019, 12, 11)),
            ..FamilyMember::default()
        };
        let son =
            FamilyMember { relation: Relation::Son, birthday: Some(ymd(2014, 12, 12)), ..FamilyMember::default() };
        let mut mette = person(
            "Mette Kjærgaard",
            vec![
                milestone(MilestoneKind::Birthday, ymd(1976, 12, 4)),
                milestone(MilestoneKind::WorkAnniversary, md(12, 20)),
            ],
        );
        mette.life.family = vec![ida];
        let mut lars = person(
            "Lars",
            vec![
                milestone(MilestoneKind::CustomerSince, ymd(2016, 12, 3)),
                milestone(MilestoneKind::WeddingAnniversary, ymd(2014, 6, 5)),
                milestone(MilestoneKind::Birthday, md(12, 24)),
            ],
        );
        lars.life.family = vec![son];
        let mut nameless = person(" ", vec![milestone(MilestoneKind::WeddingAnniversary, ymd(2025, 12, 30))]);
        nameless.life.family = vec![FamilyMember {
            name: "Åse".into(),
            relation: Relation::Other("Kusine".into()),
            birthday: Some(md(12, 31)),
            ..FamilyMember::default()
        }];
        workspace(vec![mette, lars, nameless])
    }

    fn texts_in(lang: Lang) -> Vec<(NaiveDate, String)> {
        crate::i18n::set_language(lang);
        let found = upcoming(&family_and_customers(), day(2026, 12, 1), 30);
        let short: Vec<String> = found.iter().map(Occurrence::short_text).collect();
        let mut texts: Vec<(NaiveDate, String)> = found.iter().map(|o| (o.date, o.sentence())).collect();
        texts.extend(short.into_iter().map(|s| (day(1, 1, 1), s)));
        crate::i18n::set_language(Lang::En);
        texts
    }

    #[test]
    fn a_person_without_a_name_is_named_when_the_occurrence_is_worded() {
        // Occurrences are kept while the language changes (the start-up banner's are).
        crate::i18n::set_language(Lang::En);
        let found = upcoming(&family_and_customers(), day(2026, 12, 30), 0);
        crate::i18n::set_language(Lang::Da);
        let texts: Vec<String> = found.iter().map(Occurrence::sentence).collect();
        crate::i18n::set_language(Lang::En);
        assert_eq!(texts, ["Unavngiven person — gift i 1 år"]);
    }

    fn owned(list: &[(NaiveDate, &str)]) -> Vec<(NaiveDate, String)> {
        list.iter().map(|(d, t)| (*d, (*t).to_owned())).collect()
    }

    #[test]
    fn texts_in_english_danish_and_norwegian() {
        let short = day(1, 1, 1);
        assert_eq!(
            texts_in(Lang::En),
            owned(&[
                (day(2026, 12, 3), "Lars — 10 years as a customer"),
                (day(2026, 12, 4), "Mette Kjærgaard turns 50"),
                (day(2026, 12, 5), "Lars — 12½ years married"),
                (day(2026, 12, 11), "Ida (Mette Kjærgaard's daughter) turns 7"),
                (day(2026, 12, 12), "Lars's son turns 12"),
                (day(2026, 12, 20), "Mette Kjærgaard's work anniversary"),
                (day(2026, 12, 24), "Lars's birthday"),
                (day(2026, 12, 30), "Unnamed person — 1 year married"),
                (day(2026, 12, 31), "Åse (Unnamed person's Kusine) has a birthday"),
                (short, "10 years as a customer"),
                (short, "turns 50"),
                (short, "12½ years married"),
                (short, "Ida turns 7"),
                (short, "son turns 12"),
                (short, "work anniversary"),
                (short, "birthday"),
                (short, "1 year married"),
                (short, "Åse's birthday"),
            ])
        );
        assert_eq!(
            texts_in(Lang::Da),
            owned(&[
                (day(2026, 12, 3), "Lars — 10 år som kunde"),
                (day(2026, 12, 4), "Mette Kjærgaard fylder 50"),
                (day(2026, 12, 5), "Lars — gift i 12½ år (kobberbryllup)"),
                (day(2026, 12, 11), "Ida (Mette Kjærgaards datter) fylder 7"),
                (day(2026, 12, 12), "Lars' søn fylder 12"),
                (day(2026, 12, 20), "Mette Kjærgaards arbejdsjubilæum"),
                (day(2026, 12, 24), "Lars' fødselsdag"),
                (day(2026, 12, 30), "Unavngiven person — gift i 1 år"),
                (day(2026, 12, 31), "Åse (Unavngiven persons Kusine) har fødselsdag"),
                (short, "10 år som kunde"),
                (short, "fylder 50"),
                (short, "gift i 12½ år (kobberbryllup)"),
                (short, "Ida fylder 7"),
                (short, "søn fylder 12"),
                (short, "arbejdsjubilæum"),
                (short, "fødselsdag"),
                (short, "gift i 1 år"),
                (short, "Åses fødselsdag"),
            ])
        );
        assert_eq!(
            texts_in(Lang::Nb),
            owned(&[
                (day(2026, 12, 3), "Lars — 10 år som kunde"),
                (day(2026, 12, 4), "Mette Kjærgaard fyller 50"),
                (day(2026, 12, 5), "Lars — gift i 12½ år (kobberbryllup)"),
                (day(2026, 12, 11), "Ida (Mette Kjærgaards datter) fyller 7"),
                (day(2026, 12, 12), "Lars' sønn fyller 12"),
                (day(2026, 12, 20), "Mette Kjærgaards jobbjubileum"),
                (day(2026, 12, 24), "Lars' bursdag"),
                (day(2026, 12, 30), "Person uten navn — gift i 1 år"),
                (day(2026, 12, 31), "Åse (Person uten navns Kusine) har bursdag"),
                (short, "10 år som kunde"),
                (short, "fyller 50"),
                (short, "gift i 12½ år (kobberbryllup)"),
                (short, "Ida fyller 7"),
                (short, "sønn fyller 12"),
                (short, "jobbjubileum"),
                (short, "bursdag"),
                (short, "gift i 1 år"),
                (short, "Åses bursdag"),
            ])
        );
    }

    #[test]
    fn possessives_relations_kinds_and_buckets_follow_the_language() {
        use crate::i18n::set_language;
        set_language(Lang::Da);
        assert_eq!(possessive("Mette"), "Mettes");
        assert_eq!(possessive("Lars"), "Lars'");
        assert_eq!(possessive("Max"), "Max'");
        assert_eq!(possessive("Inez"), "Inez'");
        assert_eq!(relation_word(&Relation::Spouse), "ægtefælle");
        assert_eq!(relation_word(&Relation::Other("  ".into())), "slægtning");
        assert_eq!(What::CustomerSince.label(), "Kunde siden");
        assert_eq!(Bucket::ALL.map(Bucket::label), ["I dag", "Denne uge", "Denne måned", "Senere"]);
        set_language(Lang::Nb);
        assert_eq!(possessive("Lars"), "Lars'");
        assert_eq!(relation_word(&Relation::Son), "sønn");
        assert_eq!(Bucket::ALL.map(Bucket::label), ["I dag", "Denne uken", "Denne måneden", "Senere"]);
        set_language(Lang::En);
        assert_eq!(possessive("Lars"), "Lars's");
        assert_eq!(relation_word(&Relation::Grandchild), "grandchild");
        assert_eq!(Bucket::ALL.map(Bucket::label), ["Today", "This week", "This month", "Later"]);
        assert_eq!(What::ALL.map(What::label)[0], "Birthday");
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

    #[test]
    fn updating_after_people_and_organisations_came_and_went_gives_what_finding_all_gives() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let mut workspace = crate::ops::demo::generate_with(400, 80, today);
        let mut occurrences = upcoming(&workspace, today, 364);
        // An import brought a person, its undo took one away; an organisation's days changed.
        let gone = workspace.people.remove(7).id;
        let mut new = Person::named("Ny Kunde");
        new.milestones.push(milestone(MilestoneKind::Birthday, ymd(1990, 3, 12)));
        workspace.people.insert(20, new.clone());
        let organisation = workspace.organisations.iter_mut().find(|o| !o.milestones.is_empty());
        organisation.expect("the demo's organisations have days").milestones.clear();
        update_upcoming(&mut occurrences, &workspace, (&[gone, new.id], true), today, 364);
        assert!(occurrences == upcoming(&workspace, today, 364));
        assert!(occurrences.iter().any(|o| o.person == new.id) && !occurrences.iter().any(|o| o.person == gone));
    }

    #[test]
    fn a_year_found_in_slices_is_the_year_found_at_once() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let workspace = crate::ops::demo::generate_with(500, 100, today);
        let mut finding = Finding::new(today, 364);
        for slice in workspace.people.chunks(77) {
            finding.add(&workspace, slice);
        }
        assert!(finding.finish(&workspace) == upcoming(&workspace, today, 364));
    }

    #[test]
    fn runs_merged_a_part_at_a_time_are_merged_as_at_once() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let workspace = crate::ops::demo::generate_with(400, 100, today);
        let at_once = upcoming(&workspace, today, 364);
        for (slice, part) in [(1, 1), (50, 7), (77, 500), (400, 3)] {
            let mut finding = Finding::new(today, 364);
            // Some slices with no occurrences at all, so some runs are empty.
            finding.add(&workspace, &[]);
            for people in workspace.people.chunks(slice) {
                finding.add(&workspace, people);
            }
            let mut merging = finding.merging(&workspace);
            let mut parts = 0;
            while !merging.done() {
                let before = merging.merged();
                merging.step(part);
                assert!(merging.merged() - before == part.min(at_once.len() - before), "{part} at a time");
                parts += 1;
            }
            assert_eq!(parts, at_once.len().div_ceil(part));
            assert!(merging.finish() == at_once, "slices of {slice}, parts of {part}");
        }
    }

    #[test]
    fn updating_the_occurrences_of_changed_people_gives_what_finding_all_gives() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let mut workspace = crate::ops::demo::generate(300, today);
        let mut occurrences = upcoming(&workspace, today, 364);
        // One person renamed and given a milestone tomorrow, another's milestones taken away.
        let (first, second) = (workspace.people[3].id, workspace.people[40].id);
        workspace.people[3].name = "Zelda Changed".into();
        let tomorrow = PartialDate::ymd(2020, 3, 11).expect("a date");
        workspace.people[3].milestones.push(milestone(MilestoneKind::Birthday, tomorrow));
        workspace.people[40].milestones.clear();
        update_upcoming(&mut occurrences, &workspace, (&[first, second], false), today, 364);
        assert_eq!(occurrences, upcoming(&workspace, today, 364));
        assert!(occurrences.iter().any(|o| o.person == first && o.person_name == "Zelda Changed"));
    }
}
