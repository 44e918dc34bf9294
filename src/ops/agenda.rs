//! The day's agenda: what to do today, about whom. One pure function, [`agenda`], that the
//! Today view, `kindred today`, `kindred remind`, the desktop notification and the calendar
//! feed all read, and the changes its one-click actions make to a person.
//!
//! What is on it:
//! - **Follow-ups** that are open, have a due day on or before today and are not snoozed past
//!   today: the longest overdue first. A follow-up without a due day waits in the profile.
//! - **Milestones** inside their reminder windows ([`upcoming::due`]: today's first, round
//!   ones marked), but not those we congratulated already ([`is_congratulated`]) nor those
//!   snoozed for that day's occurrence.
//! - **People due for contact**: whose last *personal* contact (the interaction log's entries
//!   marked personal, up to today) is older than their rhythm, or who never had one. The
//!   rhythm is the person's own ([`Rhythm::EveryDays`], [`Rhythm::Never`]) or, by default,
//!   the workspace's for their kind ([`RhythmDefaults`]): key accounts, customers, prospects;
//!   former customers and people we declined are never due by default. Key accounts first,
//!   then the longest overdue; someone never contacted is due from today. A person counts as
//!   a key account when they are marked so or their organisation is one, as on the board
//!   ([`Workspace::is_key_account`]).
//!
//! Each item has a date: the due day, the milestone's day, the day contact became due (today
//! for someone never contacted); [`Item::overdue`] counts the days since (negative for a
//! milestone still ahead). Snoozes hide an item until their day ([`Snooze`]).

use crate::i18n::{self, Lang};
use crate::model::{
    Channel, FollowUpId, Interaction, OrganisationIndex, Person, PersonId, Repeat, Rhythm, RhythmDefaults, Snooze,
    Snoozed, Status, Workspace,
};
use crate::ops::merging;
use crate::ops::upcoming::{self, Occurrence};
use crate::t;
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::borrow::Cow;

/// What kind of thing an agenda item is (the `kind` of `kindred today --json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Task,
    Milestone,
    Contact,
}

/// What an item is about.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// An open follow-up.
    Task { follow_up: FollowUpId, text: String, repeat: Option<Repeat> },
    /// A milestone inside its reminder window.
    Milestone(Box<Occurrence>),
    /// Due for contact: the last personal contact (if any) and the rhythm in days.
    Contact { last: Option<NaiveDate>, every: u16 },
}

/// One thing to do today.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The due day, the milestone's day, or the day contact became due (today for someone
    /// never contacted).
    pub date: NaiveDate,
    pub person: PersonId,
    /// The person's name as written (trimmed); [`Item::name`] words a person without one.
    pub person_name: String,
    /// Whether the person counts as a key account, themselves or through their organisation.
    pub key_account: bool,
    pub what: What,
}

impl Item {
    pub fn kind(&self) -> Kind {
        match self.what {
            What::Task { .. } => Kind::Task,
            What::Milestone(_) => Kind::Milestone,
            What::Contact { .. } => Kind::Contact,
        }
    }

    /// Days past the item's date: 0 on the day, negative for a milestone still ahead.
    pub fn overdue(&self, today: NaiveDate) -> i64 {
        (today - self.date).num_days()
    }

    /// The person's name, or the words for a person without one in the thread's language.
    pub fn name(&self) -> Cow<'_, str> {
        if self.person_name.is_empty() {
            Cow::Owned(t!("milestones-unnamed-person"))
        } else {
            Cow::Borrowed(&self.person_name)
        }
    }

    /// What the item is, without the person's name, in the thread's language: the follow-up's
    /// words, "turns 50", "last personal contact 3 Sep (every 30 days)".
    pub fn text(&self) -> String {
        match &self.what {
            What::Task { text, .. } => text.trim().to_owned(),
            What::Milestone(occurrence) => {
                let text = occurrence.short_text();
                if text.trim().is_empty() { occurrence.what.label() } else { text }
            }
            What::Contact { last: Some(last), every } => {
                t!("agenda-contact-last", date = i18n::date_short_year(*last), every = *every)
            }
            What::Contact { last: None, every } => t!("agenda-contact-never", every = *every),
        }
    }

    /// How the item stands on `today`, in the thread's language: "3 days overdue", "today",
    /// "tomorrow", "in 5 days".
    pub fn when(&self, today: NaiveDate) -> String {
        match self.overdue(today) {
            0 => t!("agenda-today"),
            -1 => t!("agenda-tomorrow"),
            days if days < 0 => t!("agenda-in-days", count = -days),
            days => t!("agenda-days-overdue", count = days),
        }
    }

    /// Whether the item marks a round milestone (a 50th birthday, 25 years as a customer).
    pub fn is_round(&self) -> bool {
        matches!(&self.what, What::Milestone(o) if o.round)
    }
}

/// The day's agenda, in its three parts, each in the order the Today view shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Agenda {
    pub tasks: Vec<Item>,
    pub milestones: Vec<Item>,
    pub contacts: Vec<Item>,
}

impl Agenda {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> usize {
        self.tasks.len() + self.milestones.len() + self.contacts.len()
    }

    /// Every item: the follow-ups, the milestones, then the people due for contact.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.tasks.iter().chain(&self.milestones).chain(&self.contacts)
    }

    /// Every item sorted by date, then person (and kind and text, so the order is stable):
    /// `kindred today --json`'s order.
    pub fn by_date(&self) -> Vec<&Item> {
        let mut items: Vec<&Item> = self.items().collect();
        items.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then_with(|| a.name().cmp(&b.name()))
                .then(a.person.cmp(&b.person))
                .then(a.kind().cmp(&b.kind()))
                .then_with(|| a.text().cmp(&b.text()))
        });
        items
    }

    /// "2 follow-ups · 1 milestone · 3 people to keep in touch with", in the thread's language;
    /// the parts with nothing are left out.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if !self.tasks.is_empty() {
            parts.push(t!("agenda-count-tasks", count = self.tasks.len()));
        }
        if !self.milestones.is_empty() {
            parts.push(t!("agenda-count-milestones", count = self.milestones.len()));
        }
        if !self.contacts.is_empty() {
            parts.push(t!("agenda-count-contacts", count = self.contacts.len()));
        }
        if parts.is_empty() { t!("agenda-nothing") } else { parts.join(" · ") }
    }
}

/// What to do on `today` about the people of `workspace`.
pub fn agenda(workspace: &Workspace, today: NaiveDate) -> Agenda {
    let mut agenda = Agenda::default();
    gather(&mut agenda, workspace, &OrganisationIndex::of(workspace), &workspace.people, today);
    agenda.sort();
    agenda
}

/// Adds the items of `people` (people of `workspace` not gathered before) to `agenda`,
/// unsorted: for a window that gathers a big workspace's agenda a slice of people at a time
/// and then sorts it ([`Agenda::sort`]), which gives what [`agenda`] gives. `organisations` is
/// the workspace's index, made once for all the slices (made for each, it took most of a
/// slice's time at 100,000 people).
pub fn gather(
    agenda: &mut Agenda,
    workspace: &Workspace,
    organisations: &OrganisationIndex,
    people: &[Person],
    today: NaiveDate,
) {
    for person in people {
        person_items(workspace, organisations, person, today, agenda);
    }
}

/// Brings `agenda`, found for `today`, up to date after only the people `changed` changed, came
/// or went (their organisations the same): their items are found again, the rest kept. The same agenda
/// [`agenda`] would give, for a few people's work instead of everyone's.
pub fn update_agenda(agenda: &mut Agenda, workspace: &Workspace, changed: &[PersonId], today: NaiveDate) {
    for items in [&mut agenda.tasks, &mut agenda.milestones, &mut agenda.contacts] {
        items.retain(|item| !changed.contains(&item.person));
    }
    let people = workspace.holders(changed);
    let accounts: Vec<_> = people.iter().filter_map(|p| p.organisation).collect();
    let organisations = OrganisationIndex::of_some(workspace, &accounts);
    // Their items found apart and each put in its place: the rest stay sorted.
    let mut fresh = Agenda::default();
    for person in people {
        person_items(workspace, &organisations, person, today, &mut fresh);
    }
    agenda.merge(fresh);
}

/// The items of one person on `today`, added to `agenda` unsorted.
fn person_items(
    workspace: &Workspace,
    organisations: &OrganisationIndex,
    person: &Person,
    today: NaiveDate,
    agenda: &mut Agenda,
) {
    let key_account = organisations.is_key_account(workspace, person);
    let item = |date: NaiveDate, what: What| Item {
        date,
        person: person.id,
        person_name: person.name.trim().to_owned(),
        key_account,
        what,
    };
    for follow_up in &person.follow_ups {
        let Some(due) = follow_up.due.filter(|due| *due <= today) else { continue };
        if !follow_up.is_open() || follow_up.is_snoozed(today) {
            continue;
        }
        let what = What::Task { follow_up: follow_up.id, text: follow_up.text.clone(), repeat: follow_up.repeat };
        agenda.tasks.push(item(due, what));
    }
    if let Some((date, last, every)) = contact_due(person, key_account, &workspace.settings.rhythms, today)
        && !is_snoozed(person, &Snoozed::Contact, today)
    {
        agenda.contacts.push(item(date, What::Contact { last, every }));
    }
    for occurrence in upcoming::due_for(workspace, person, today) {
        if is_snoozed(person, &snoozed_milestone(&occurrence), today) || is_congratulated(person, &occurrence) {
            continue;
        }
        agenda.milestones.push(item(occurrence.date, What::Milestone(Box::new(occurrence))));
    }
}

/// The order of one part of the agenda.
type Order = fn(&Item, &Item) -> std::cmp::Ordering;

fn task_order(a: &Item, b: &Item) -> std::cmp::Ordering {
    a.date.cmp(&b.date).then_with(|| a.name().cmp(&b.name())).then(a.person.cmp(&b.person))
}

fn milestone_order(a: &Item, b: &Item) -> std::cmp::Ordering {
    match (&a.what, &b.what) {
        (What::Milestone(x), What::Milestone(y)) => upcoming::order(x, y),
        _ => std::cmp::Ordering::Equal,
    }
}

fn contact_order(a: &Item, b: &Item) -> std::cmp::Ordering {
    b.key_account
        .cmp(&a.key_account)
        .then(a.date.cmp(&b.date))
        .then_with(|| a.name().cmp(&b.name()))
        .then(a.person.cmp(&b.person))
}

impl Agenda {
    /// Each part in its order: follow-ups by date and name, milestones as
    /// [`upcoming::upcoming`] sorts them, people due for contact key accounts first, then by
    /// date and name; the person's id settles ties, so that the order is the same however the
    /// items were gathered.
    pub fn sort(&mut self) {
        self.tasks.sort_by(task_order);
        self.milestones.sort_by(milestone_order);
        self.contacts.sort_by(contact_order);
    }

    /// Puts the items of `fresh` in their places in this sorted agenda, each after those it
    /// ties with, in the order given: the same as adding them and sorting again.
    fn merge(&mut self, fresh: Agenda) {
        let parts: [(&mut Vec<Item>, Vec<Item>, Order); 3] = [
            (&mut self.tasks, fresh.tasks, task_order),
            (&mut self.milestones, fresh.milestones, milestone_order),
            (&mut self.contacts, fresh.contacts, contact_order),
        ];
        for (items, fresh, order) in parts {
            for item in fresh {
                let at = items.partition_point(|x| order(x, &item).is_le());
                items.insert(at, item);
            }
        }
    }
}

/// An agenda gathered a slice of people at a time, each slice's items sorted as they come
/// ([`Runs::push`]), then merged in order a part at a time ([`Runs::merging`]): what
/// [`agenda`] gives, without sorting everyone's items in one go (at 100,000 people the people
/// due for contact took some 20 ms to sort).
#[derive(Debug, Default)]
pub struct Runs {
    tasks: Vec<Vec<Item>>,
    milestones: Vec<Vec<Item>>,
    contacts: Vec<Vec<Item>>,
}

impl Runs {
    /// Adds the items of a slice of people, the next in the workspace's order, as [`gather`]
    /// found them.
    pub fn push(&mut self, mut slice: Agenda) {
        slice.sort();
        self.tasks.push(slice.tasks);
        self.milestones.push(slice.milestones);
        self.contacts.push(slice.contacts);
    }

    /// The runs, to be merged a part at a time.
    pub fn merging(self) -> Merging {
        Merging {
            tasks: merging::Merging::of(self.tasks, task_order),
            milestones: merging::Merging::of(self.milestones, milestone_order),
            contacts: merging::Merging::of(self.contacts, contact_order),
        }
    }
}

/// The [`Runs`] of an agenda merged a part at a time: [`Merging::step`] until it is done, then
/// [`Merging::finish`].
#[derive(Debug)]
pub struct Merging {
    tasks: merging::Merging<Item>,
    milestones: merging::Merging<Item>,
    contacts: merging::Merging<Item>,
}

impl Merging {
    /// Merges up to `count` more items.
    pub fn step(&mut self, count: usize) {
        let mut left = count;
        self.tasks.step_sharing(&mut left);
        self.milestones.step_sharing(&mut left);
        self.contacts.step_sharing(&mut left);
    }

    pub fn done(&self) -> bool {
        self.tasks.done() && self.milestones.done() && self.contacts.done()
    }

    /// The agenda, what is left merged first.
    pub fn finish(self) -> Agenda {
        Agenda { tasks: self.tasks.finish(), milestones: self.milestones.finish(), contacts: self.contacts.finish() }
    }
}

/// How often `person` is due for contact, in days; `None` for never. `key_account` is whether
/// they count as one, themselves or through their organisation ([`Workspace::is_key_account`]).
pub fn rhythm_days(person: &Person, key_account: bool, defaults: &RhythmDefaults) -> Option<u16> {
    let days = match person.rhythm {
        Rhythm::EveryDays(days) => days,
        Rhythm::Never => 0,
        Rhythm::ByKind => match person.status {
            Status::FormerCustomer | Status::DeclinedByUs => 0,
            _ if key_account => defaults.key_accounts,
            Status::Customer => defaults.customers,
            Status::Prospect => defaults.prospects,
        },
    };
    (days > 0).then_some(days)
}

/// The last personal contact with `person` on or before `today` (a meeting planned in the log
/// for next week has not happened yet).
pub fn last_personal_contact(person: &Person, today: NaiveDate) -> Option<NaiveDate> {
    person.interactions.iter().filter(|i| i.personal && i.date <= today).map(|i| i.date).max()
}

/// When `person` is due for contact on `today`: the day it became due (today for someone
/// never contacted), their last personal contact and their rhythm in days; `None` when they
/// are not due.
pub fn contact_due(
    person: &Person,
    key_account: bool,
    defaults: &RhythmDefaults,
    today: NaiveDate,
) -> Option<(NaiveDate, Option<NaiveDate>, u16)> {
    let every = rhythm_days(person, key_account, defaults)?;
    let last = last_personal_contact(person, today);
    let due = match last {
        Some(last) => last.checked_add_days(Days::new(u64::from(every)))?,
        None => today,
    };
    (due <= today).then_some((due, last, every))
}

/// Whether `what` of `person` is snoozed past `today`.
pub fn is_snoozed(person: &Person, what: &Snoozed, today: NaiveDate) -> bool {
    person.snoozed.iter().any(|s| s.what == *what && s.until > today)
}

/// What snoozing an occurrence's reminder puts off: that one day of that milestone.
pub fn snoozed_milestone(occurrence: &Occurrence) -> Snoozed {
    Snoozed::Milestone { milestone: occurrence.milestone, relative: occurrence.family_member, day: occurrence.date }
}

/// How long a snooze puts something off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnoozeFor {
    Day,
    Week,
}

impl SnoozeFor {
    pub const ALL: [SnoozeFor; 2] = [SnoozeFor::Day, SnoozeFor::Week];

    /// The first day the item comes up again.
    pub fn until(self, today: NaiveDate) -> NaiveDate {
        let days = match self {
            SnoozeFor::Day => 1,
            SnoozeFor::Week => 7,
        };
        today.checked_add_days(Days::new(days)).unwrap_or(today)
    }
}

/// `person` with the item put off until `until`: a follow-up's own snooze, or a snooze of the
/// contact or a milestone's day. Snoozes that have run out by `today` are dropped on the way,
/// so that the list does not grow. `None` when the item is not the person's.
pub fn snooze(person: &Person, item: &Item, today: NaiveDate, until: NaiveDate) -> Option<Person> {
    let mut changed = person.clone();
    changed.snoozed.retain(|s| s.until > today);
    let what = match &item.what {
        What::Task { follow_up, .. } => {
            let task = changed.follow_ups.iter_mut().find(|f| f.id == *follow_up)?;
            task.snoozed_until = Some(until);
            return Some(changed);
        }
        What::Milestone(occurrence) => snoozed_milestone(occurrence),
        What::Contact { .. } => Snoozed::Contact,
    };
    changed.snoozed.retain(|s| s.what != what);
    changed.snoozed.push(Snooze { what, until });
    Some(changed)
}

/// `person` with the follow-up done on `today` and, for a repeating one, the next one added;
/// `None` when they have no such open follow-up.
pub fn complete(person: &Person, follow_up: FollowUpId, today: NaiveDate) -> Option<Person> {
    let mut changed = person.clone();
    let task = changed.follow_ups.iter_mut().find(|f| f.id == follow_up && f.is_open())?;
    task.done = Some(today);
    task.snoozed_until = None;
    let next = task.next_after(today);
    changed.follow_ups.extend(next);
    Some(changed)
}

/// `person` with a personal contact logged for `day`, with `note`.
pub fn log_contact(person: &Person, day: NaiveDate, channel: Channel, note: &str) -> Person {
    let mut changed = person.clone();
    changed.interactions.push(Interaction {
        date: day,
        channel,
        note: note.trim().to_owned(),
        personal: true,
        ..Interaction::default()
    });
    changed
}

/// A congratulation logged this many days before the day still counts for it.
const CONGRATULATED_WITHIN_DAYS: u64 = 31;
/// What a congratulation costs in the log, in minutes.
const CONGRATULATION_MINUTES: u32 = 5;

/// The note a congratulation is logged with, in the thread's language; it is recognised again
/// by this ([`is_congratulated`]).
pub fn congratulation_note(occurrence: &Occurrence) -> String {
    t!("milestones-congratulation-note", what = occurrence.sentence())
}

/// `person` with a congratulation on `occurrence` logged as a personal contact on `today`.
pub fn congratulate(person: &Person, occurrence: &Occurrence, today: NaiveDate) -> Person {
    let mut changed = person.clone();
    changed.interactions.push(Interaction {
        date: today,
        channel: Channel::Other,
        note: congratulation_note(occurrence),
        personal: true,
        minutes: CONGRATULATION_MINUTES,
        ..Interaction::default()
    });
    changed
}

/// Whether `person`'s log shows that we congratulated them on `occurrence`: an interaction
/// whose note is the congratulation note (in any language, so that switching languages does
/// not forget it), dated up to a month before the day.
pub fn is_congratulated(person: &Person, occurrence: &Occurrence) -> bool {
    let from = occurrence.date.checked_sub_days(Days::new(CONGRATULATED_WITHIN_DAYS)).unwrap_or(occurrence.date);
    let mut recent = person.interactions.iter().filter(|i| i.date >= from && i.date <= occurrence.date).peekable();
    if recent.peek().is_none() {
        return false;
    }
    let notes = congratulation_notes(occurrence);
    recent.any(|i| notes.iter().any(|note| i.note.starts_with(note.as_str())))
}

/// The congratulation note on `occurrence` in every language.
fn congratulation_notes(occurrence: &Occurrence) -> Vec<String> {
    /// Gives the thread its language back, also if formatting panics.
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            i18n::set_language(self.0);
        }
    }
    let current = Restore(i18n::language());
    let mut notes = vec![congratulation_note(occurrence)];
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != current.0) {
        i18n::set_language(lang);
        notes.push(congratulation_note(occurrence));
    }
    notes
}

/// How many of `person`'s open follow-ups are past their due day on `today` and not snoozed:
/// the badge in the People list and on board cards.
pub fn overdue_follow_ups(person: &Person, today: NaiveDate) -> usize {
    person.follow_ups.iter().filter(|f| f.is_overdue(today)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FollowUp, Milestone, MilestoneKind, PartialDate, RepeatUnit};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d} is a test date"))
    }

    /// Someone whose rhythm never makes them due, to test the other parts alone.
    fn quiet(name: &str) -> Person {
        Person { rhythm: Rhythm::Never, ..Person::named(name) }
    }

    fn customer(name: &str, last_personal: Option<NaiveDate>) -> Person {
        let mut person = Person { status: Status::Customer, ..Person::named(name) };
        if let Some(date) = last_personal {
            person.interactions.push(Interaction { date, personal: true, ..Interaction::default() });
        }
        person
    }

    fn workspace(people: Vec<Person>) -> Workspace {
        Workspace { people, ..Workspace::default() }
    }

    /// Each item as (kind, date, name, text, days overdue), in the order given.
    fn lines<'a>(
        items: impl IntoIterator<Item = &'a Item>,
        today: NaiveDate,
    ) -> Vec<(Kind, NaiveDate, String, String, i64)> {
        items.into_iter().map(|i| (i.kind(), i.date, i.name().into_owned(), i.text(), i.overdue(today))).collect()
    }

    #[test]
    fn an_agenda_gathered_in_sorted_runs_and_merged_a_part_at_a_time_is_the_agenda() {
        let today = day(2026, 12, 4);
        let workspace = crate::ops::demo::generate_with(700, 120, today);
        let organisations = OrganisationIndex::of(&workspace);
        let whole = agenda(&workspace, today);
        assert!(!whole.tasks.is_empty() && !whole.milestones.is_empty() && whole.contacts.len() > 100);
        for (slice, part) in [(1, 7), (64, 1), (300, 50), (700, 100_000)] {
            let mut runs = Runs::default();
            for people in workspace.people.chunks(slice) {
                let mut found = Agenda::default();
                gather(&mut found, &workspace, &organisations, people, today);
                runs.push(found);
            }
            let mut merging = runs.merging();
            let mut steps = 0;
            while !merging.done() {
                merging.step(part);
                steps += 1;
            }
            assert_eq!(steps, whole.len().div_ceil(part), "{part} at a time, through the three parts");
            assert!(merging.finish() == whole, "slices of {slice}, parts of {part}");
        }
    }

    #[test]
    fn overdue_and_due_follow_ups_come_up_oldest_first_and_the_rest_wait() {
        let today = day(2026, 12, 1);
        let mut mette = quiet("Mette Kjærgaard");
        mette.follow_ups = vec![
            FollowUp::new("Send the offer", Some(day(2026, 11, 28))),
            FollowUp::new("Call about the new shop", Some(today)),
            FollowUp::new("Next week", Some(day(2026, 12, 8))),
            FollowUp::new("Some day", None),
            FollowUp { done: Some(day(2026, 11, 20)), ..FollowUp::new("Done already", Some(day(2026, 11, 1))) },
        ];
        let mut henrik = quiet("Henrik Dahl");
        henrik.follow_ups = vec![FollowUp::new("Bring the samples", Some(day(2026, 11, 30)))];
        let agenda = agenda(&workspace(vec![mette, henrik]), today);
        assert_eq!(
            lines(&agenda.tasks, today),
            [
                (Kind::Task, day(2026, 11, 28), "Mette Kjærgaard".into(), "Send the offer".into(), 3),
                (Kind::Task, day(2026, 11, 30), "Henrik Dahl".into(), "Bring the samples".into(), 1),
                (Kind::Task, today, "Mette Kjærgaard".into(), "Call about the new shop".into(), 0),
            ]
        );
        assert!(agenda.milestones.is_empty() && agenda.contacts.is_empty());
        assert_eq!(agenda.summary(), "3 follow-ups");
        let when: Vec<String> = agenda.tasks.iter().map(|i| i.when(today)).collect();
        assert_eq!(when, ["3 days overdue", "1 day overdue", "today"]);
    }

    #[test]
    fn a_repeating_follow_up_done_comes_back_and_undoing_is_the_person_as_before() {
        let today = day(2026, 12, 1);
        let mut mette = quiet("Mette");
        let weekly = FollowUp {
            repeat: Some(Repeat { every: 1, unit: RepeatUnit::Weeks }),
            ..FollowUp::new("Check the standing order", Some(day(2026, 11, 24)))
        };
        let id = weekly.id;
        mette.follow_ups.push(weekly);
        let done = complete(&mette, id, today).expect("an open follow-up");
        assert_eq!(done.follow_ups[0].done, Some(today));
        assert_eq!(done.follow_ups.len(), 2);
        let next = &done.follow_ups[1];
        assert_eq!(
            (next.text.as_str(), next.due, next.done),
            ("Check the standing order", Some(day(2026, 12, 8)), None)
        );
        let ws = workspace(vec![done.clone()]);
        assert!(agenda(&ws, today).is_empty(), "done today, next due in a week");
        assert_eq!(lines(&agenda(&ws, day(2026, 12, 8)).tasks, day(2026, 12, 8)).len(), 1, "back a week later");
        assert_eq!(complete(&done, id, today), None, "done once");
    }

    #[test]
    fn a_snooze_hides_an_item_until_its_day() {
        let today = day(2026, 12, 1);
        let mut mette = customer("Mette", None);
        mette.follow_ups.push(FollowUp::new("Send the offer", Some(day(2026, 11, 28))));
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1976, 12, 4).expect("a date"),
            ..Milestone::default()
        });
        let ws = workspace(vec![mette.clone()]);
        let before = agenda(&ws, today);
        assert_eq!(before.len(), 3, "{before:?}");
        let mut snoozed = mette;
        for item in before.items() {
            let until = if item.kind() == Kind::Task { SnoozeFor::Week } else { SnoozeFor::Day }.until(today);
            snoozed = snooze(&snoozed, item, today, until).expect("the person's own item");
        }
        let ws = workspace(vec![snoozed]);
        assert!(agenda(&ws, today).is_empty(), "all put off");
        let tomorrow = agenda(&ws, day(2026, 12, 2));
        assert_eq!((tomorrow.tasks.len(), tomorrow.milestones.len(), tomorrow.contacts.len()), (0, 1, 1));
        assert_eq!(agenda(&ws, day(2026, 12, 8)).tasks.len(), 1, "the follow-up a week later");
        // Snoozing again drops the snoozes that ran out rather than piling them up.
        let item = &agenda(&ws, day(2026, 12, 2)).contacts[0];
        let again = snooze(&ws.people[0], item, day(2026, 12, 2), day(2026, 12, 3)).expect("theirs");
        assert_eq!(again.snoozed.len(), 1, "{:?}", again.snoozed);
    }

    #[test]
    fn rhythms_come_from_the_kind_unless_the_person_has_their_own() {
        let today = day(2026, 12, 1);
        let defaults = RhythmDefaults { key_accounts: 30, customers: 90, prospects: 60 };
        let ws = |person: Person| Workspace {
            people: vec![person],
            settings: crate::model::WorkspaceSettings { rhythms: defaults, ..Default::default() },
            ..Workspace::default()
        };
        let days_ago = |n: u64| today.checked_sub_days(Days::new(n));
        let due = |person: Person| agenda(&ws(person), today).contacts.len() == 1;
        assert!(!due(customer("Customer, 89 days", days_ago(89))));
        assert!(due(customer("Customer, 90 days", days_ago(90))), "due on the day the rhythm runs out");
        let key = Person { key_account: true, ..customer("Key account, 31 days", days_ago(31)) };
        assert!(due(key.clone()));
        let prospect = |n| {
            let mut p = customer("Prospect", days_ago(n));
            p.status = Status::Prospect;
            p
        };
        assert!(!due(prospect(59)) && due(prospect(60)));
        assert!(!due(Person { rhythm: Rhythm::EveryDays(45), ..key.clone() }), "her own rhythm, not the kind's");
        assert!(due(Person { rhythm: Rhythm::EveryDays(14), ..customer("Weekly-ish", days_ago(20)) }));
        assert!(!due(Person { rhythm: Rhythm::Never, ..key }));
        let mut no_rhythm = ws(customer("Customer", days_ago(400)));
        no_rhythm.settings.rhythms.customers = 0;
        assert!(agenda(&no_rhythm, today).contacts.is_empty(), "0 days is never");
    }

    #[test]
    fn former_customers_and_declined_people_are_never_due_by_default() {
        let today = day(2026, 12, 1);
        let long_ago = Some(day(2020, 1, 1));
        let mut former = customer("Former", long_ago);
        former.status = Status::FormerCustomer;
        former.key_account = true;
        let mut declined = customer("Declined", None);
        declined.status = Status::DeclinedByUs;
        let ws = workspace(vec![former.clone(), declined]);
        assert!(agenda(&ws, today).contacts.is_empty());
        former.rhythm = Rhythm::EveryDays(365);
        assert_eq!(agenda(&workspace(vec![former]), today).contacts.len(), 1, "a rhythm of their own still counts");
    }

    #[test]
    fn a_personal_contact_resets_the_clock_and_others_do_not() {
        let today = day(2026, 12, 1);
        let mut mette = customer("Mette", Some(day(2026, 8, 1)));
        let ws = |p: &Person| workspace(vec![p.clone()]);
        let contact = &agenda(&ws(&mette), today).contacts[0];
        assert_eq!(contact.date, day(2026, 10, 30), "90 days after the last personal contact");
        assert_eq!(contact.overdue(today), 32);
        assert_eq!(contact.text(), "last personal contact 1 Aug 2026 (every 90 days)");
        // An invoice by e-mail is no personal contact; a meeting planned for next week is not
        // one yet.
        mette.interactions.push(Interaction { date: day(2026, 11, 30), personal: false, ..Interaction::default() });
        mette.interactions.push(Interaction { date: day(2026, 12, 8), personal: true, ..Interaction::default() });
        assert_eq!(agenda(&ws(&mette), today).contacts.len(), 1);
        let called = log_contact(&mette, today, Channel::Phone, "Asked about the holidays");
        assert!(agenda(&ws(&called), today).contacts.is_empty(), "the clock starts again");
        assert!(agenda(&ws(&called), day(2027, 3, 7)).contacts.is_empty());
        let later = agenda(&ws(&called), day(2027, 3, 8));
        assert_eq!(later.contacts[0].date, day(2027, 3, 8), "90 days after the meeting of 8 December, once held");
        assert_eq!(crate::ops::knowledge::last_personal_contact(&called), Some(day(2026, 12, 8)), "the score's log");
    }

    #[test]
    fn key_accounts_come_first_then_the_longest_overdue_and_someone_never_met_is_due_today() {
        let today = day(2026, 12, 1);
        let mut key = customer("Ingrid Holm", Some(day(2026, 10, 1)));
        key.key_account = true;
        let ws = workspace(vec![
            customer("Camilla Strand", Some(day(2026, 8, 1))),
            customer("Anders Berg", Some(day(2026, 5, 1))),
            customer("Bo Lund", None),
            key,
        ]);
        let agenda = agenda(&ws, today);
        let names: Vec<String> = agenda.contacts.iter().map(|i| i.name().into_owned()).collect();
        assert_eq!(names, ["Ingrid Holm", "Anders Berg", "Camilla Strand", "Bo Lund"]);
        assert_eq!(agenda.contacts[3].date, today);
        assert_eq!(agenda.contacts[3].text(), "no personal contact yet (every 90 days)");
    }

    #[test]
    fn a_person_of_a_key_account_is_one_for_the_rhythm_and_the_order() {
        let today = day(2026, 12, 1);
        let kringle = crate::model::Organisation { key_account: true, ..crate::model::Organisation::named("Kringle") };
        let plain = crate::model::Organisation::named("Bageriet");
        // Both last met 40 days ago: past a key account's 30 days, well within a customer's 90.
        let met = Some(day(2026, 10, 22));
        let of = |name: &str, organisation: &crate::model::Organisation| Person {
            organisation: Some(organisation.id),
            ..customer(name, met)
        };
        let ws = Workspace {
            people: vec![
                customer("Anders Berg", Some(day(2026, 5, 1))),
                of("Mette Kjærgaard", &kringle),
                of("Henrik Dahl", &plain),
            ],
            organisations: vec![kringle.clone(), plain],
            ..Workspace::default()
        };
        assert!(ws.is_key_account(&ws.people[1]) && !ws.is_key_account(&ws.people[2]));
        let found = agenda(&ws, today);
        let names: Vec<(String, bool)> =
            found.contacts.iter().map(|i| (i.name().into_owned(), i.key_account)).collect();
        assert_eq!(
            names,
            [("Mette Kjærgaard".to_owned(), true), ("Anders Berg".to_owned(), false)],
            "her account's rhythm makes her due, and she comes first; Henrik's account is no key account"
        );
        assert_eq!(found.contacts[0].text(), "last personal contact 22 Oct 2026 (every 30 days)");
        let defaults = RhythmDefaults::default();
        assert_eq!(rhythm_days(&ws.people[1], ws.is_key_account(&ws.people[1]), &defaults), Some(30));
        assert_eq!(rhythm_days(&ws.people[2], ws.is_key_account(&ws.people[2]), &defaults), Some(90));
    }

    #[test]
    fn milestones_in_their_window_until_we_congratulate() {
        let today = day(2026, 12, 1);
        let mut mette = quiet("Mette Kjærgaard");
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1976, 12, 4).expect("a date"),
            ..Milestone::default()
        });
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            label: "Far too far".into(),
            date: PartialDate::ymd(1980, 12, 30).expect("a date"),
            remind_days_before: 7,
            ..Milestone::default()
        });
        let ws = workspace(vec![mette.clone()]);
        let found = agenda(&ws, today);
        assert_eq!(
            lines(&found.milestones, today),
            [(Kind::Milestone, day(2026, 12, 4), "Mette Kjærgaard".into(), "turns 50".into(), -3)]
        );
        assert!(found.milestones[0].is_round());
        assert_eq!(found.milestones[0].when(today), "in 3 days");
        let occurrence = match &found.milestones[0].what {
            What::Milestone(o) => o.as_ref().clone(),
            other => panic!("a milestone, not {other:?}"),
        };
        let congratulated = congratulate(&mette, &occurrence, today);
        assert!(agenda(&workspace(vec![congratulated]), today).milestones.is_empty(), "done for this year");
    }

    #[test]
    fn the_turn_of_the_year() {
        let new_year = day(2027, 1, 1);
        let mut mette = customer("Mette", Some(day(2026, 10, 3)));
        mette.follow_ups.push(FollowUp {
            repeat: Some(Repeat { every: 1, unit: RepeatUnit::Months }),
            ..FollowUp::new("Monthly order check", Some(day(2026, 12, 31)))
        });
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1980, 1, 3).expect("a date"),
            ..Milestone::default()
        });
        let ws = workspace(vec![mette.clone()]);
        let before = agenda(&ws, day(2026, 12, 29));
        assert_eq!(before.milestones[0].date, day(2027, 1, 3), "next year's birthday inside its window");
        assert_eq!(before.milestones[0].text(), "turns 47");
        let found = agenda(&ws, new_year);
        assert_eq!(found.tasks[0].overdue(new_year), 1, "31 December is yesterday");
        assert_eq!(found.contacts[0].date, new_year, "3 October and 90 days");
        let id = mette.follow_ups[0].id;
        let done = complete(&mette, id, new_year).expect("open");
        assert_eq!(done.follow_ups[1].due, Some(day(2027, 1, 31)));
    }

    #[test]
    fn the_json_order_is_by_date_then_person() {
        let today = day(2026, 12, 1);
        let mut bo = customer("Bo", None);
        bo.follow_ups.push(FollowUp::new("Call", Some(day(2026, 11, 1))));
        let mut anna = quiet("Anna");
        anna.follow_ups.push(FollowUp::new("Write", Some(today)));
        let found = agenda(&workspace(vec![bo, anna]), today);
        let order: Vec<(Kind, String)> = found.by_date().iter().map(|i| (i.kind(), i.name().into_owned())).collect();
        assert_eq!(order, [(Kind::Task, "Bo".into()), (Kind::Task, "Anna".into()), (Kind::Contact, "Bo".into())]);
        assert_eq!(found.summary(), "2 follow-ups · 1 person to keep in touch with");
    }

    #[test]
    fn overdue_follow_ups_are_counted_for_the_badges() {
        let today = day(2026, 12, 1);
        let mut mette = quiet("Mette");
        mette.follow_ups = vec![
            FollowUp::new("Late", Some(day(2026, 11, 1))),
            FollowUp::new("Today", Some(today)),
            FollowUp { snoozed_until: Some(day(2026, 12, 5)), ..FollowUp::new("Put off", Some(day(2026, 11, 2))) },
        ];
        assert_eq!(overdue_follow_ups(&mette, today), 1);
    }

    #[test]
    fn updating_the_items_of_changed_people_gives_what_the_whole_agenda_gives() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let mut workspace = crate::ops::demo::generate(300, today);
        let mut agenda = agenda(&workspace, today);
        let due = agenda.tasks.first().map(|item| item.person).expect("a follow-up due in the demo");
        let person = workspace.people.iter_mut().find(|p| p.id == due).expect("the person");
        for follow_up in &mut person.follow_ups {
            follow_up.done = Some(today);
        }
        person.name = "Aaron First".into();
        let other = workspace.people[7].id;
        workspace.people[7].key_account = !workspace.people[7].key_account;
        update_agenda(&mut agenda, &workspace, &[due, other], today);
        assert_eq!(agenda, super::agenda(&workspace, today));
        assert!(!agenda.tasks.iter().any(|item| item.person == due), "the follow-ups done are gone");
    }
}
