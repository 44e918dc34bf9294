//! The Today view: what to do today, about whom — the follow-ups due or overdue, the
//! milestones inside their reminder windows and the people due for contact
//! ([`crate::ops::agenda`]), each with what to do about it in one click: done, congratulated,
//! a contact logged, snoozed for a day or a week, or the person opened. Every click is one
//! undoable edit of that person. Above the list, a follow-up for anyone can be added ([`add`]).
//!
//! The agenda is worked out once per workspace state, day and language: after an edit of some
//! people only their items; the first time, on a new day or after a change of everything,
//! [`super::PEOPLE_PER_FRAME`] people a frame, the older agenda (if any) shown meanwhile marked
//! as updating. The list is virtualised (rows of one height), so a 10,000-person workspace's long list of people due
//! for contact scrolls as smoothly as a short one.

mod add;

use crate::i18n::{self, Lang};
use crate::model::{Channel, Labelled, OrganisationIndex, PersonId, Workspace};
use crate::ops::Edit;
use crate::ops::agenda::{self, Agenda, Item, SnoozeFor, What};
use crate::t;
use crate::ui::Intent;
use chrono::NaiveDate;
use egui::{RichText, Ui};
use std::collections::HashMap;

/// The width of the column that says when an item was due ("3 days overdue").
const WHEN_WIDTH: f32 = 140.0;

/// The state, day and language the agenda was worked out for.
type Key = (u64, NaiveDate, Lang);

/// One row of the virtualised list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Heading(Part),
    Item(Part, usize),
}

/// The three parts of the day, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Tasks,
    Milestones,
    Contacts,
}

impl Part {
    const ALL: [Part; 3] = [Part::Tasks, Part::Milestones, Part::Contacts];

    fn items(self, agenda: &Agenda) -> &[Item] {
        match self {
            Part::Tasks => &agenda.tasks,
            Part::Milestones => &agenda.milestones,
            Part::Contacts => &agenda.contacts,
        }
    }

    fn heading(self, count: usize) -> String {
        match self {
            Part::Tasks => t!("today-heading-tasks", count = count),
            Part::Milestones => t!("today-heading-milestones", count = count),
            Part::Contacts => t!("today-heading-contacts", count = count),
        }
    }
}

/// The day's agenda and what the rows show besides it.
struct Day {
    key: Key,
    agenda: Agenda,
    rows: Vec<Row>,
    /// Each person's e-mail addresses and phone numbers, for the links of their rows.
    reach: Reach,
}

#[derive(Default)]
pub struct TodayView {
    /// The workspace's last changes (the shell sets them each frame): after an edit of a few
    /// people only their items are found again.
    pub changes: crate::ops::Changes,
    day: Option<Day>,
    /// The agenda being gathered, while it is, and the first person of the next slice: `day`
    /// is then an older one, or none.
    pending: Option<super::Slices<Key, Gathering>>,
    /// The agenda gathered, its runs being merged a part a frame (after `pending`, before
    /// `day`), with how to reach its people.
    merging: Option<(Key, agenda::Merging, Reach)>,
    add: add::AddForm,
}

impl TodayView {
    /// The form for a new follow-up takes the focus when next drawn (the command palette's
    /// *Add follow-up…*).
    pub fn focus_add(&mut self) {
        self.add.focus();
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        super::repaint_at_midnight(ui.ctx());
        ui.heading(t!("today-heading", date = i18n::capitalised(&i18n::date_long(today))));
        if workspace.people.is_empty() {
            empty_ui(ui, editable, &mut intents);
            return intents;
        }
        self.refresh(workspace, (revision, today, i18n::language()));
        let gathering = self.gathering(workspace.people.len());
        let Self { day, add, .. } = self;
        let Some(day) = day.as_ref() else {
            if let Some(done) = gathering {
                super::counting_ui(ui, done, workspace.people.len());
            }
            return intents;
        };
        // An older agenda is shown while the new one is gathered: marked so, not to be acted on.
        let editable = editable && gathering.is_none();
        if gathering.is_some() {
            super::updating_ui(ui);
        }
        ui.label(day.agenda.summary());
        ui.add_space(4.0);
        add.ui(ui, workspace, revision, today, editable, &mut intents);
        ui.separator();
        if day.agenda.is_empty() {
            ui.add_space(8.0);
            ui.label(t!("today-nothing"));
            return intents;
        }
        let row_height = 2.0 * ui.spacing().interact_size.y + 3.0 * ui.spacing().item_spacing.y;
        egui::ScrollArea::vertical().id_salt("today_rows").auto_shrink(false).show_rows(
            ui,
            row_height,
            day.rows.len(),
            |ui, range| {
                for row in &day.rows[range] {
                    ui.allocate_ui(egui::vec2(ui.available_width(), row_height), |ui| {
                        ui.set_min_height(row_height);
                        match *row {
                            Row::Heading(part) => {
                                ui.add_space(ui.spacing().item_spacing.y * 2.0);
                                ui.heading(part.heading(part.items(&day.agenda).len()));
                            }
                            Row::Item(part, index) => {
                                if let Some(item) = part.items(&day.agenda).get(index) {
                                    item_ui(ui, workspace, day, item, today, editable, &mut intents);
                                }
                            }
                        }
                    });
                }
            },
        );
        intents
    }

    /// The day's agenda, worked out again when the workspace, the day or the language changed.
    fn refresh(&mut self, workspace: &Workspace, key: Key) {
        if self.day.as_ref().is_some_and(|day| day.key == key) {
            return;
        }
        match self.day.take() {
            // The same day and language, and only some people changed (or came or went, their
            // organisations the same): only their items are found again.
            Some(Day { key: (built, day, lang), mut agenda, mut reach, rows })
                if (day, lang) == (key.1, key.2) && self.gathering(0).is_none() =>
            {
                let few = match self.changes.between(built, key.0) {
                    crate::ops::Changed::People(ids) => Some(ids),
                    // Maps are not part of the day.
                    crate::ops::Changed::Maps => Some(Vec::new()),
                    crate::ops::Changed::Records { people, organisations } if organisations.is_empty() => Some(people),
                    crate::ops::Changed::Records { .. } | crate::ops::Changed::Everything => None,
                };
                let Some(ids) = few else {
                    self.day = Some(Day { key: (built, day, lang), agenda, reach, rows });
                    return self.gather(workspace, key);
                };
                agenda::update_agenda(&mut agenda, workspace, &ids, key.1);
                for id in &ids {
                    reach.remove(id);
                }
                let wanted = agenda.items().map(|i| i.person).filter(|id| ids.contains(id)).collect();
                reach.extend(reach_of(workspace, wanted));
                self.day = Some(Day::of(key, agenda, reach));
            }
            older => {
                self.day = older;
                self.gather(workspace, key);
            }
        }
    }

    /// While an agenda is gathered: how many people are (all of them while it is merged).
    fn gathering(&self, people: usize) -> Option<usize> {
        super::Slices::progress(self.pending.as_ref(), self.merging.as_ref().map(|_| people))
    }

    /// Gathers the next slice of the agenda for `key` (starting again when the key is new),
    /// each slice's items sorted as a run; then, from the frame that hands the runs over,
    /// merges them a part a frame, and replaces the day when the last is merged.
    fn gather(&mut self, workspace: &Workspace, key: Key) {
        let (mut merging, reach) = match self.merging.take() {
            Some((merging_key, merging, reach)) if merging_key == key => (merging, reach),
            _ => match self.slice(workspace, key) {
                Some((runs, reach)) => (runs.merging(), reach),
                None => return,
            },
        };
        let parts = ITEMS_PER_FRAME / ITEMS_PER_PART;
        if super::parts_of_a_frame(parts, || {
            merging.step(ITEMS_PER_PART);
            merging.done()
        }) {
            self.day = Some(Day::of(key, merging.finish(), reach));
        } else {
            self.merging = Some((key, merging, reach));
        }
    }

    /// Gathers the next slice of people for `key`; the runs of everyone once all are in.
    fn slice(&mut self, workspace: &Workspace, key: Key) -> Option<(agenda::Runs, Reach)> {
        let add = |(runs, reach, organisations): &mut Gathering, slice: &[crate::model::Person]| {
            let mut found = Agenda::default();
            agenda::gather(&mut found, workspace, organisations, slice, key.1);
            // How to reach the people of this slice's items, found in the slice: found for
            // everyone's items at the end, it went through everyone in the frame that first
            // drew the day.
            let added: std::collections::HashSet<PersonId> = found.items().map(|item| item.person).collect();
            for person in slice.iter().filter(|p| added.contains(&p.id)) {
                reach.insert(person.id, (person.contact.emails.clone(), person.contact.phones.clone()));
            }
            runs.push(found);
        };
        let begin = || (agenda::Runs::default(), Reach::new(), OrganisationIndex::of(workspace));
        let (runs, reach, _) = super::Slices::step(&mut self.pending, key, &workspace.people, begin, add)?;
        Some((runs, reach))
    }
}

/// How many items of an agenda gathered a slice at a time are merged in order in one frame at
/// most, a part at a time until the frame's time is up.
const ITEMS_PER_FRAME: usize = 8_000;
const ITEMS_PER_PART: usize = 1_000;

impl Day {
    fn of(key: Key, agenda: Agenda, reach: Reach) -> Self {
        let mut rows = Vec::new();
        for part in Part::ALL {
            let items = part.items(&agenda);
            if !items.is_empty() {
                rows.push(Row::Heading(part));
                rows.extend((0..items.len()).map(|index| Row::Item(part, index)));
            }
        }
        Day { key, agenda, rows, reach }
    }
}

/// Each person's e-mail addresses and phone numbers, by id.
type Reach = HashMap<PersonId, (Vec<Labelled>, Vec<Labelled>)>;

/// The agenda while it is gathered a slice of people at a time (each slice's items a sorted
/// run), with how to reach its people and the workspace's organisations, indexed once for the
/// whole count.
type Gathering = (agenda::Runs, Reach, OrganisationIndex);

/// How to reach the `wanted` people, those an edit changed: looked up by their places, not
/// looked for among everyone.
fn reach_of(workspace: &Workspace, wanted: Vec<PersonId>) -> Reach {
    if wanted.is_empty() {
        return Reach::new();
    }
    workspace
        .holders(&wanted)
        .into_iter()
        .map(|p| (p.id, (p.contact.emails.clone(), p.contact.phones.clone())))
        .collect()
}

/// A new or empty workspace: what Today will show, and the way to begin.
fn empty_ui(ui: &mut Ui, editable: bool, intents: &mut Vec<Intent>) {
    ui.add_space(12.0);
    ui.label(t!("today-empty-1"));
    ui.label(t!("today-empty-2"));
    ui.add_space(8.0);
    if ui.add_enabled(editable, egui::Button::new(t!("today-import-contacts"))).clicked() {
        intents.push(Intent::ImportContacts);
    }
}

/// One item: when, who and what on the first line; how to reach them and what to do on the
/// second.
fn item_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    day: &Day,
    item: &Item,
    today: NaiveDate,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let name = item.name();
    ui.horizontal(|ui| {
        let overdue = item.overdue(today) > 0;
        let when = RichText::new(item.when(today));
        let when = if overdue { when.color(ui.visuals().warn_fg_color) } else { when };
        let size = egui::vec2(WHEN_WIDTH, ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
            ui.set_min_width(WHEN_WIDTH);
            ui.label(when);
        });
        let who = if item.key_account { format!("★ {name}") } else { name.to_string() };
        let open = ui.add(egui::Link::new(RichText::new(who).strong())).on_hover_text(t!("today-open-hint"));
        if open.clicked() {
            intents.push(Intent::OpenPerson(item.person));
        }
        ui.add(egui::Label::new(item.text()).truncate());
        if item.is_round() {
            ui.colored_label(ui.visuals().warn_fg_color, RichText::new(t!("today-round")).strong());
        }
        if let What::Task { repeat: Some(repeat), .. } = &item.what {
            ui.weak(format!("↻ {}", crate::ops::names::repeat(*repeat)));
        }
    });
    ui.horizontal(|ui| {
        ui.add_space(WHEN_WIDTH + ui.spacing().item_spacing.x);
        actions_ui(ui, workspace, item, today, editable, intents);
        if let Some((emails, phones)) = day.reach.get(&item.person) {
            ui.add_space(12.0);
            super::reach_links(ui, emails, phones);
        }
    });
}

/// What was clicked on an item's row.
enum Act {
    /// Done, congratulated or a contact logged: the item's own action.
    Own,
    Snooze(SnoozeFor),
    Open,
}

/// The one-click actions of an item; each is one undoable edit of its person (who is looked
/// up only when clicked: a frame draws many rows).
fn actions_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    item: &Item,
    today: NaiveDate,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let name = item.name();
    let button = |ui: &mut Ui, text: String, accessible: String| {
        ui.add_enabled(editable, egui::Button::new(text).small()).accessible_name(accessible)
    };
    let mut act = None;
    let (own, own_name) = match &item.what {
        What::Task { text, .. } => (t!("today-done"), t!("today-done-name", text = text.trim(), name = name.as_ref())),
        What::Milestone(occurrence) => (t!("today-congratulated"), agenda::congratulation_note(occurrence)),
        What::Contact { .. } => (t!("today-log-contact"), t!("today-log-contact-name", name = name.as_ref())),
    };
    if button(ui, own, own_name).clicked() {
        act = Some(Act::Own);
    }
    let what = snoozed_words(item);
    for snooze in SnoozeFor::ALL {
        let (text, accessible) = match snooze {
            SnoozeFor::Day => (t!("today-snooze-day"), t!("today-snooze-day-name", what = what.as_str())),
            SnoozeFor::Week => (t!("today-snooze-week"), t!("today-snooze-week-name", what = what.as_str())),
        };
        if button(ui, text, accessible).on_hover_text(t!("today-snooze-hint")).clicked() {
            act = Some(Act::Snooze(snooze));
        }
    }
    if button(ui, t!("today-open"), t!("today-open-name", name = name.as_ref())).clicked() {
        act = Some(Act::Open);
    }
    let Some(act) = act else { return };
    if let Act::Open = act {
        intents.push(Intent::OpenPerson(item.person));
        return;
    }
    let Some(person) = workspace.person(item.person) else { return };
    let changed = match (act, &item.what) {
        (Act::Own, What::Task { follow_up, text, .. }) => agenda::complete(person, *follow_up, today)
            .map(|changed| (changed, t!("today-done-label", text = text.trim(), name = name.as_ref()))),
        (Act::Own, What::Milestone(occurrence)) => Some((
            agenda::congratulate(person, occurrence, today),
            t!("milestones-congratulated-person", name = name.as_ref()),
        )),
        (Act::Own, What::Contact { .. }) => Some((
            agenda::log_contact(person, today, Channel::Other, &t!("today-contact-note")),
            t!("today-log-contact-label", name = name.as_ref()),
        )),
        (Act::Snooze(snooze), _) => agenda::snooze(person, item, today, snooze.until(today)).map(|changed| {
            let label = match snooze {
                SnoozeFor::Day => t!("today-snoozed-day-label", what = what.as_str()),
                SnoozeFor::Week => t!("today-snoozed-week-label", what = what.as_str()),
            };
            (changed, label)
        }),
        (Act::Open, _) => None,
    };
    if let Some((changed, label)) = changed {
        intents.push(Intent::Edit { label, edit: Edit::ReplacePerson(Box::new(changed)) });
    }
}

/// What a snooze of the item puts off, for its button's name and its undo step: "Mette
/// Kjærgaard: Send the offer", "Mette Kjærgaard turns 50", "the contact with Mette Kjærgaard".
fn snoozed_words(item: &Item) -> String {
    match &item.what {
        What::Task { .. } => t!("today-snoozed-task", name = item.name(), text = item.text()),
        What::Milestone(occurrence) => occurrence.sentence(),
        What::Contact { .. } => t!("today-snoozed-contact", name = item.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FollowUp, Person};
    use crate::ops::History;
    use crate::ui::views::PEOPLE_PER_FRAME;

    #[test]
    fn a_big_agenda_is_gathered_a_slice_a_frame_and_a_person_added_is_found_alone() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let mut workspace = crate::ops::demo::generate_with(PEOPLE_PER_FRAME + 300, 100, today);
        let mut history = History::new();
        let mut view = TodayView { changes: history.changes(), ..TodayView::default() };
        let key = (history.state(), today, Lang::En);
        view.refresh(&workspace, key);
        assert!(view.day.is_none(), "nothing to show yet");
        assert_eq!(view.pending.as_ref().map(|p| p.next), Some(PEOPLE_PER_FRAME));
        view.refresh(&workspace, key);
        assert_eq!(view.pending.as_ref().map(|p| p.next), Some(workspace.people.len()), "made in the next frame");
        assert!(view.day.is_none());
        view.refresh(&workspace, key);
        assert!(view.pending.is_none());
        let agenda = |view: &TodayView| view.day.as_ref().map(|day| day.agenda.clone());
        assert!(agenda(&view) == Some(agenda::agenda(&workspace, today)), "the agenda gathered at once");
        assert!(view.day.as_ref().is_some_and(|day| day.rows.len() > 10));
        // How to reach them, found with each slice: as found for everyone's items at once.
        let reach = |view: &TodayView| view.day.as_ref().map(|day| day.reach.clone()).unwrap_or_default();
        let everyone = agenda(&view).map(|a| a.items().map(|i| i.person).collect()).unwrap_or_default();
        let at_once = reach_of(&workspace, everyone);
        assert!(at_once.len() > 10 && reach(&view) == at_once, "{} people to reach", at_once.len());

        // A person added (as an import adds them) with a follow-up due today: found alone.
        let mut new = Person::named("Ny Kunde");
        new.follow_ups.push(FollowUp { text: "Call".into(), due: Some(today), ..FollowUp::default() });
        let id = new.id;
        let edit = Edit::InsertPerson { index: 7, person: Box::new(new) };
        history.apply(&mut workspace, "Import", edit).expect("applies");
        view.changes = history.changes();
        view.refresh(&workspace, (history.state(), today, Lang::En));
        assert!(view.pending.is_none(), "not gathered again");
        assert!(agenda(&view) == Some(agenda::agenda(&workspace, today)));
        assert!(view.day.as_ref().is_some_and(|day| day.agenda.tasks.iter().any(|t| t.person == id)));
    }

    #[test]
    fn a_long_agenda_is_merged_in_order_a_part_a_frame_once_everyone_is_gathered() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let mut workspace = crate::ops::demo::generate_with(PEOPLE_PER_FRAME + 300, 100, today);
        // Everyone with follow-ups due on each of the last fourteen days: many items, many ties.
        for person in &mut workspace.people {
            for n in 0..14 {
                let due = today - chrono::Days::new(n);
                person.follow_ups.push(FollowUp { text: format!("Call {n}"), due: Some(due), ..FollowUp::default() });
            }
        }
        let whole = agenda::agenda(&workspace, today);
        assert!(whole.len() > 2 * ITEMS_PER_FRAME, "{} items", whole.len());
        let people = workspace.people.len();
        let mut view = TodayView::default();
        let key = (1, today, Lang::En);
        view.refresh(&workspace, key);
        view.refresh(&workspace, key);
        assert_eq!(view.pending.as_ref().map(|p| p.next), Some(people), "everyone gathered");
        let mut frames = 0;
        while view.day.is_none() && frames < 100 {
            view.refresh(&workspace, key);
            frames += 1;
            let merged = view.day.is_none().then_some(people);
            assert_eq!(view.gathering(people), merged, "shown as counted until merged");
        }
        assert_eq!(frames, whole.len().div_ceil(ITEMS_PER_FRAME), "a part a frame");
        assert!(view.day.as_ref().is_some_and(|day| day.agenda == whole), "the agenda gathered at once");
    }
}
