//! The Milestones view: what is coming up in the next year — today, this week, this month,
//! later — and a one-click log that we congratulated.
//!
//! The occurrences come from [`crate::ops::upcoming`], computed once per workspace revision and
//! day: after an edit of some people only theirs are found again; the first time, on a new day
//! or after a change of everything, the year is found [`super::PEOPLE_PER_FRAME`] people a
//! frame, the year before (if any) shown meanwhile marked as updating. The list is virtualised,
//! so a year of milestones at 10,000 people scrolls smoothly.
//! Above them, while anyone is due, the retention review ([`review`]).

mod review;

use crate::i18n::{self, Lang};
use crate::model::{Person, PersonId, Workspace};
use crate::ops::agenda::{self, congratulation_note, is_congratulated};
use crate::ops::merging::Merging;
use crate::ops::upcoming::{self, Bucket, Occurrence};
use crate::ops::{Changed, Edit};
use crate::t;
use crate::ui::Intent;
use chrono::{Datelike, NaiveDate};
use egui::{RichText, TextEdit};
use std::cell::OnceCell;

/// The edit that logs a congratulation on `occurrence` as a personal contact today.
pub fn congratulate(person: &Person, occurrence: &Occurrence, today: NaiveDate) -> Intent {
    Intent::Edit {
        label: t!("milestones-congratulated-person", name = upcoming::display_name(person).into_owned()),
        edit: Edit::ReplacePerson(Box::new(agenda::congratulate(person, occurrence, today))),
    }
}

/// The start-up banner's line for what is due (`upcoming::due`), or `None` when nothing is:
/// "Today: Mette Kjærgaard turns 50 · 3 more in their reminder window".
pub fn banner_text(due: &[Occurrence], today: NaiveDate) -> Option<String> {
    let first = due.first()?;
    let today_count = due.iter().filter(|o| o.date <= today).count();
    // Built again in the language of now, not the one the list was found in.
    let sentence = first.sentence();
    let what = sentence.as_str();
    let mut line = match today_count {
        0 => t!("milestones-banner-soon", what = what, date = i18n::date_short(first.date)),
        1 => t!("milestones-banner-today", what = what),
        n => t!("milestones-banner-today-more", what = what, count = n - 1),
    };
    let rest = due.len() - today_count.max(1);
    if rest > 0 {
        line.push_str(" · ");
        line.push_str(&t!("milestones-banner-rest", count = rest));
    }
    Some(line)
}

/// One row of the virtualised list.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Row {
    Heading(Bucket, usize),
    Empty,
    Line(usize),
}

/// The workspace's revision and size, the day and the language the occurrences were found for.
type Key = (u64, usize, NaiveDate, Lang);

/// A year of occurrences, with what the view needs to draw them quickly.
///
/// The occurrences stay where they were put (a year at 100,000 people holds some 320,000, and
/// moving them all for one person's change took longer than a frame); `order` lists the
/// current ones in the order of [`upcoming::order`], each with whose it is, so that one
/// person's change finds theirs in one pass over `order` without reading the occurrences. Their
/// places are freed and taken by their new ones, put in order by binary search. The vectors
/// beside `occurrences` go with it, index for index.
struct Year {
    occurrences: Vec<Occurrence>,
    order: Vec<Listed>,
    /// Places in `occurrences` no longer listed, to be taken by the next new ones.
    free: Vec<usize>,
    /// Each person's occurrences, by their places in `occurrences`.
    owned: Owned,
    buckets: Vec<Bucket>,
    /// Whether each occurrence of today and this week was congratulated already.
    congratulated: Vec<bool>,
    /// Each occurrence's sentence, and the same in lower case for the search, worded when
    /// first shown or searched: a year at 10,000 people holds some 30,000 occurrences.
    texts: Vec<OnceCell<String>>,
    lowered: Vec<OnceCell<String>>,
    /// When each falls ("tomorrow, 6 Dec"), worded when first shown.
    whens: Vec<OnceCell<String>>,
    /// Changes (to one never used before) whenever the order or the words change: the rows
    /// listed for it stay right until then (a congratulation changes neither).
    arranged: u64,
}

/// An occurrence of the year in its place in the order: where it is in `Year::occurrences`, and
/// whose it is (`None` for an organisation's own day).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Listed {
    index: usize,
    person: Option<PersonId>,
}

impl Listed {
    fn of(index: usize, occurrence: &Occurrence) -> Self {
        Listed { index, person: occurrence.organisation.is_none().then_some(occurrence.person) }
    }
}

#[derive(Default)]
pub struct MilestonesView {
    search: String,
    round_only: bool,
    year: Option<(Key, Year)>,
    /// The year being found, while it is: `year` is then an older one, or none.
    pending: Option<super::Slices<Key, upcoming::Finding>>,
    /// The year found, its occurrences being merged in order and put in the year a part a
    /// frame (after `pending`, before `year`).
    merging: Option<(Key, Merging<Occurrence>, Year)>,
    /// The year the last one replaced, let go in the next frame: its 30,000 occurrences take a
    /// few milliseconds to free, not to be added to the frame that makes and first draws the new.
    retired: Option<Year>,
    rows: Vec<Row>,
    /// What the rows were listed for: the year's arrangement, the search and the filter.
    rows_key: Option<(u64, String, bool)>,
    /// The workspace's last changes (the shell sets them each frame): after an edit of a few
    /// people only their occurrences are found again.
    pub changes: crate::ops::Changes,
    /// The retention review, above the milestones while anyone is due.
    review: review::Review,
}

impl MilestonesView {
    /// Draws the view for `today`; returns edits (congratulations) and requests to open people.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        super::repaint_at_midnight(ui.ctx());
        let key = (revision, workspace.people.len(), today, i18n::language());
        self.refresh(workspace, key, today);
        if self.retired.is_some() {
            ui.ctx().request_repaint();
        }
        intents.extend(self.review.ui(ui, workspace, revision, today, editable));
        let finding = self.finding();
        let Self { search, round_only, year, rows, .. } = self;
        let Some((_, year)) = year.as_ref() else {
            ui.heading(t!("milestones-heading"));
            if let Some(done) = finding {
                super::counting_ui(ui, done, workspace.people.len());
            }
            return intents;
        };
        // An older year is shown while the new one is found: marked so, and not to be acted on.
        let editable = editable && finding.is_none();

        ui.heading(t!("milestones-heading"));
        if finding.is_some() {
            super::updating_ui(ui);
        }
        ui.horizontal(|ui| {
            let label = ui.label(t!("milestones-search"));
            ui.add(TextEdit::singleline(search).hint_text(t!("milestones-search-hint")).desired_width(240.0))
                .labelled_by(label.id);
            ui.checkbox(round_only, t!("milestones-round-only"));
            ui.separator();
            leap_day_ui(ui, workspace, editable, &mut intents);
        });
        ui.separator();
        let filtered = *round_only || !search.trim().is_empty();
        if filtered && !rows.iter().any(|r| matches!(r, Row::Line(_))) {
            ui.label(t!("milestones-no-match"));
        }

        let heading_height = ui.text_style_height(&egui::TextStyle::Heading);
        let row_height = ui.spacing().interact_size.y.max(heading_height) + 2.0;
        let round_colour = ui.visuals().warn_fg_color;
        egui::ScrollArea::vertical().auto_shrink(false).show_rows(ui, row_height, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    match *row {
                        Row::Heading(bucket, count) => {
                            ui.heading(format!("{} ({count})", bucket.label()));
                        }
                        Row::Empty => {
                            ui.add_space(16.0);
                            ui.weak(t!("milestones-nothing"));
                        }
                        Row::Line(index) => {
                            let (Some(occurrence), Some(bucket)) =
                                (year.occurrences.get(index), year.buckets.get(index).copied())
                            else {
                                return;
                            };
                            let congratulated = year.congratulated.get(index).copied().unwrap_or(false);
                            line_ui(
                                ui,
                                workspace,
                                (occurrence, year.text(index), year.when(index, today)),
                                bucket,
                                congratulated,
                                today,
                                editable,
                                round_colour,
                                &mut intents,
                            );
                        }
                    }
                });
            }
        });
        intents
    }

    /// While a year is being found, how many people's occurrences are found (all of them while
    /// they are merged).
    fn finding(&self) -> Option<usize> {
        super::Slices::progress(self.pending.as_ref(), self.merging.as_ref().map(|(key, _, _)| key.1))
    }

    fn refresh(&mut self, workspace: &Workspace, key: Key, today: NaiveDate) {
        self.retired = None;
        match self.year.take() {
            Some((cached, year)) if cached == key => self.year = Some((cached, year)),
            // The same day, and only some people and organisations changed: only theirs are
            // found again. The occurrences hold no words of the language: another language
            // words them again as they are shown.
            Some((cached, mut year)) if cached.2 == key.2 && self.finding().is_none() => {
                let few = match self.changes.between(cached.0, key.0) {
                    Changed::People(ids) => Some((ids, false)),
                    Changed::Records { people, organisations } => Some((people, !organisations.is_empty())),
                    // Maps hold no milestones.
                    Changed::Maps => Some((Vec::new(), false)),
                    Changed::Everything => None,
                };
                if let Some((people, organisations)) = few {
                    if cached.3 != key.3 {
                        year.unword();
                    }
                    year.update(workspace, today, (people.as_slice(), organisations));
                    self.year = Some((key, year));
                } else {
                    self.year = Some((cached, year));
                    self.find(workspace, key, today);
                }
            }
            older => {
                self.year = older;
                self.find(workspace, key, today);
            }
        }
        let Some((_, year)) = &self.year else { return };
        let rows_key = (year.arranged, self.search.clone(), self.round_only);
        if self.rows_key.as_ref() == Some(&rows_key) {
            return;
        }
        let needle = self.search.trim().to_lowercase();
        self.rows.clear();
        // In order, the occurrences are in order of date, so each bucket's are together.
        let mut start = 0;
        for bucket in Bucket::ALL {
            let heading = self.rows.len();
            self.rows.push(Row::Heading(bucket, 0));
            let mut count = 0;
            let end = start + year.order[start..].partition_point(|l| year.buckets.get(l.index) == Some(&bucket));
            let filtered = self.round_only || !needle.is_empty();
            for &Listed { index, .. } in &year.order[start..end] {
                // Unfiltered, every occurrence is a line: none is read (a year holds tens of thousands).
                if filtered {
                    let Some(occurrence) = year.occurrences.get(index) else { continue };
                    if (self.round_only && !occurrence.round)
                        || !(needle.is_empty() || year.lowered(index).contains(&needle))
                    {
                        continue;
                    }
                }
                self.rows.push(Row::Line(index));
                count += 1;
            }
            self.rows[heading] = Row::Heading(bucket, count);
            if count == 0 {
                self.rows.push(Row::Empty);
            }
            start = end;
        }
        self.rows_key = Some(rows_key);
    }

    /// Finds the next part of the year for `key` (starting again when the key is new): a slice
    /// of people's occurrences a frame, then their runs merged and put in the year a part a
    /// frame (at 100,000 people, a year of some 320,000 made in one frame took 40 ms). A
    /// workspace counted in one slice has its year made in one frame.
    fn find(&mut self, workspace: &Workspace, key: Key, today: NaiveDate) {
        if let Some((merging_key, mut merging, mut year)) = self.merging.take()
            && merging_key == key
        {
            let placing = upcoming::Buckets::of(today);
            let parts = OCCURRENCES_PER_FRAME / OCCURRENCES_PER_PART;
            let done = super::parts_of_a_frame(parts, || {
                merging.step(OCCURRENCES_PER_PART);
                year.extend(workspace, &placing, merging.take_merged());
                merging.done()
            });
            if done {
                self.replace_year(key, year);
            } else {
                self.merging = Some((key, merging, year));
            }
            return;
        }
        let begin = || upcoming::Finding::new(today, horizon_days(today));
        let add = |finding: &mut upcoming::Finding, slice: &[Person]| finding.add(workspace, slice);
        if let Some(finding) = super::Slices::step(&mut self.pending, key, &workspace.people, begin, add) {
            let merging = finding.merging(workspace);
            if workspace.people.len() <= super::PEOPLE_PER_FRAME {
                self.replace_year(key, Year::of(workspace, today, merging.finish()));
            } else {
                let year = Year::with_capacity(workspace.people.len(), merging.total());
                self.merging = Some((key, merging, year));
            }
        }
    }

    fn replace_year(&mut self, key: Key, year: Year) {
        self.retired = self.year.replace((key, year)).map(|(_, older)| older);
    }
}

impl Year {
    /// Brings the year up to date after only the people `changed` changed, came or went (and
    /// the organisations, when the flag is true): their occurrences leave and their new ones
    /// are put in their places, each other occurrence keeping its bucket, mark and words. Many
    /// new ones (an import) are merged in and the year made again.
    fn update(&mut self, workspace: &Workspace, today: NaiveDate, changed: (&[PersonId], bool)) {
        /// More new occurrences than this are merged, not put in one at a time.
        const FEW: usize = 32;
        let days = horizon_days(today);
        let stale = upcoming::Stale::of(changed);
        // The changed people, found once by their places: their occurrences, and whether those
        // of today and this week were congratulated, are asked of them.
        let people = workspace.holders(changed.0);
        let fresh = upcoming::found_for(workspace, &people, changed.1, today, days);
        if fresh.len() > FEW {
            let mut occurrences = self.listed();
            upcoming::replace_found(&mut occurrences, changed, fresh);
            *self = Year::of(workspace, today, occurrences);
            return;
        }
        let marked = |occurrence: &Occurrence, bucket: Bucket| {
            offers_congratulation(bucket)
                && people.iter().find(|p| p.id == occurrence.person).is_some_and(|p| is_congratulated(p, occurrence))
        };
        // The same occurrences as theirs now (after a congratulation, and most edits of a
        // person): only whether each was congratulated may have changed. Theirs are found by
        // whose they are, without going through the year.
        if !changed.1 {
            let mut slots: Vec<usize> = changed.0.iter().flat_map(|id| self.owned.places(*id)).collect();
            slots.sort_unstable_by(|a, b| match (self.occurrences.get(*a), self.occurrences.get(*b)) {
                (Some(x), Some(y)) => upcoming::order(x, y),
                _ => a.cmp(b),
            });
            slots.dedup();
            if slots.len() == fresh.len() && slots.iter().zip(&fresh).all(|(&i, o)| self.occurrences.get(i) == Some(o))
            {
                for index in slots {
                    if let (Some(occurrence), Some(&bucket)) = (self.occurrences.get(index), self.buckets.get(index)) {
                        self.congratulated[index] = marked(occurrence, bucket);
                    }
                }
                return;
            }
        }
        // Where theirs are in the order now.
        let listed: Vec<usize> =
            self.order.iter().enumerate().filter(|(_, l)| stale.holds_owner(l.person)).map(|(at, _)| at).collect();
        // Each new one's place in the order as it is (theirs still in it), found before their
        // places are taken by the new ones.
        let places: Vec<usize> = fresh
            .iter()
            .map(|o| {
                self.order
                    .partition_point(|l| self.occurrences.get(l.index).is_some_and(|x| upcoming::order(x, o).is_lt()))
            })
            .collect();
        self.free.extend(listed.iter().map(|&at| self.order[at].index));
        for id in changed.0 {
            self.owned.forget(*id);
        }
        let mut entries = Vec::with_capacity(fresh.len());
        for occurrence in fresh {
            let bucket = upcoming::bucket(occurrence.date, today);
            let congratulated = marked(&occurrence, bucket);
            let person = Listed::of(0, &occurrence).person;
            let index = match self.free.pop() {
                Some(index) if index < self.occurrences.len() => {
                    self.occurrences[index] = occurrence;
                    self.buckets[index] = bucket;
                    self.congratulated[index] = congratulated;
                    self.texts[index] = OnceCell::new();
                    self.lowered[index] = OnceCell::new();
                    self.whens[index] = OnceCell::new();
                    index
                }
                _ => self.push(occurrence, bucket, congratulated),
            };
            if let Some(person) = person {
                self.owned.add(person, index);
            }
            entries.push(Listed { index, person });
        }
        // The order again in one pass: theirs left out, the new ones in their places (one
        // insertion at a time moved a year's order for each).
        let old = std::mem::take(&mut self.order);
        let kept = |l: &&Listed| !stale.holds_owner(l.person);
        let mut order = Vec::with_capacity(old.len() - listed.len() + entries.len());
        let mut from = 0;
        for (entry, place) in entries.into_iter().zip(places) {
            order.extend(old[from..place].iter().filter(kept));
            order.push(entry);
            from = place;
        }
        order.extend(old[from..].iter().filter(kept));
        self.order = order;
        self.arranged = arrangement();
    }

    /// The current occurrences in order, taken out of the year.
    fn listed(&mut self) -> Vec<Occurrence> {
        let mut all: Vec<Option<Occurrence>> = std::mem::take(&mut self.occurrences).into_iter().map(Some).collect();
        self.order.iter().filter_map(|listed| all.get_mut(listed.index).and_then(Option::take)).collect()
    }

    /// Forgets the words made so far (another language words them again as they are shown).
    fn unword(&mut self) {
        self.texts = self.occurrences.iter().map(|_| OnceCell::new()).collect();
        self.lowered = self.occurrences.iter().map(|_| OnceCell::new()).collect();
        self.whens = self.occurrences.iter().map(|_| OnceCell::new()).collect();
        self.arranged = arrangement();
    }

    /// The year of `occurrences`, found for `today`.
    fn of(workspace: &Workspace, today: NaiveDate, occurrences: Vec<Occurrence>) -> Self {
        let mut year = Year::with_capacity(workspace.people.len(), occurrences.len());
        year.extend(workspace, &upcoming::Buckets::of(today), occurrences);
        year
    }

    /// A year with no occurrences yet, with room for `occurrences` of `people`.
    fn with_capacity(people: usize, occurrences: usize) -> Self {
        Self {
            occurrences: Vec::with_capacity(occurrences),
            order: Vec::with_capacity(occurrences),
            free: Vec::new(),
            owned: Owned::with_capacity(people, occurrences),
            buckets: Vec::with_capacity(occurrences),
            congratulated: Vec::with_capacity(occurrences),
            texts: Vec::with_capacity(occurrences),
            lowered: Vec::with_capacity(occurrences),
            whens: Vec::with_capacity(occurrences),
            arranged: arrangement(),
        }
    }

    /// Puts `occurrences`, the next in order, at the end of a year being made (one nothing has
    /// been taken out of), each in its bucket of `placing`. Only today's and this week's
    /// people's are asked whether they were congratulated, each looked up by id.
    fn extend(&mut self, workspace: &Workspace, placing: &upcoming::Buckets, occurrences: Vec<Occurrence>) {
        for occurrence in occurrences {
            let bucket = placing.bucket(occurrence.date);
            let listed = Listed::of(self.occurrences.len(), &occurrence);
            // An organisation's day is no one's to be congratulated on.
            let congratulated = offers_congratulation(bucket)
                && listed.person.and_then(|id| workspace.person(id)).is_some_and(|p| is_congratulated(p, &occurrence));
            if let Some(person) = listed.person {
                self.owned.add(person, listed.index);
            }
            self.order.push(listed);
            self.push(occurrence, bucket, congratulated);
        }
        self.arranged = arrangement();
    }

    /// Puts `occurrence` at the end of the occurrences, with its bucket and mark and no words
    /// yet; returns its index. Its place in the order and its owner are the caller's to add.
    fn push(&mut self, occurrence: Occurrence, bucket: Bucket, congratulated: bool) -> usize {
        self.occurrences.push(occurrence);
        self.buckets.push(bucket);
        self.congratulated.push(congratulated);
        self.texts.push(OnceCell::new());
        self.lowered.push(OnceCell::new());
        self.whens.push(OnceCell::new());
        self.occurrences.len() - 1
    }

    fn text(&self, index: usize) -> &str {
        match (self.texts.get(index), self.occurrences.get(index)) {
            (Some(text), Some(occurrence)) => text.get_or_init(|| occurrence.sentence()),
            _ => "",
        }
    }

    /// When the occurrence at `index` falls, from `today` (the day the year was found for).
    fn when(&self, index: usize, today: NaiveDate) -> &str {
        match (self.whens.get(index), self.occurrences.get(index)) {
            (Some(when), Some(occurrence)) => when.get_or_init(|| {
                let short = i18n::date_short(occurrence.date);
                match (occurrence.date - today).num_days() {
                    0 => short,
                    1 => t!("milestones-tomorrow", date = short),
                    n => t!("milestones-in-days", date = short, count = n),
                }
            }),
            _ => "",
        }
    }

    fn lowered(&self, index: usize) -> &str {
        match self.lowered.get(index) {
            Some(lowered) => lowered.get_or_init(|| self.text(index).to_lowercase()),
            None => "",
        }
    }
}

/// Each person's places in a year's occurrences, as a chain through the places: a table of
/// each person's last place, and beside each place the one before it of the same person. No
/// list per person is made (a year at 10,000 people holds some 30,000 occurrences).
struct Owned {
    last: ahash::AHashMap<PersonId, usize>,
    before: Vec<Option<usize>>,
}

impl Owned {
    fn with_capacity(people: usize, places: usize) -> Self {
        Owned { last: ahash::AHashMap::with_capacity(people), before: Vec::with_capacity(places) }
    }

    fn add(&mut self, person: PersonId, place: usize) {
        if self.before.len() <= place {
            self.before.resize(place + 1, None);
        }
        self.before[place] = self.last.insert(person, place);
    }

    /// `person`'s places, the last first.
    fn places(&self, person: PersonId) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.last.get(&person).copied(), |&place| self.before.get(place).copied().flatten())
    }

    fn forget(&mut self, person: PersonId) {
        self.last.remove(&person);
    }
}

/// How many occurrences of a year found a slice at a time are merged in order and put in the
/// year in one frame at most, a part at a time until the frame's time is up (8,000 took some
/// 7 ms at 100,000 people).
const OCCURRENCES_PER_FRAME: usize = 8_000;
const OCCURRENCES_PER_PART: usize = 1_000;

/// A number no year's arrangement had before (see `Year::arranged`).
fn arrangement() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Up to the day before the same date next year: a yearly milestone shows once, and a
/// 29 February in the coming twelve months is not missed.
fn horizon_days(today: NaiveDate) -> u32 {
    let next_year = today.year() + 1;
    NaiveDate::from_ymd_opt(next_year, today.month(), today.day())
        .or_else(|| NaiveDate::from_ymd_opt(next_year, 3, 1))
        .and_then(|same_day| same_day.pred_opt())
        .map_or(364, |end| u32::try_from((end - today).num_days()).unwrap_or(364))
}

/// Today and this week offer a "Congratulated" button; later ones are too far off.
fn offers_congratulation(bucket: Bucket) -> bool {
    matches!(bucket, Bucket::Today | Bucket::ThisWeek)
}

#[allow(clippy::too_many_arguments)] // one line of the list needs all of these
fn line_ui(
    ui: &mut egui::Ui,
    workspace: &Workspace,
    (occurrence, text, date): (&Occurrence, &str, &str),
    bucket: Bucket,
    congratulated: bool,
    today: NaiveDate,
    editable: bool,
    round_colour: egui::Color32,
    intents: &mut Vec<Intent>,
) {
    ui.add_space(16.0);
    ui.add_sized([150.0, ui.spacing().interact_size.y], egui::Label::new(date));
    let mut line = RichText::new(text);
    if occurrence.round {
        line = line.strong();
    }
    // Tooltips and accessible names are worded when shown or asked for, not for every line
    // drawn in every frame.
    let open = ui.add(egui::Link::new(line)).on_hover_ui(|ui| {
        ui.label(t!("milestones-open"));
    });
    if open.clicked() {
        intents.push(match occurrence.organisation {
            Some(organisation) => Intent::OpenOrganisation(organisation),
            None => Intent::OpenPerson(occurrence.person),
        });
    }
    if occurrence.round {
        ui.colored_label(round_colour, RichText::new(t!("milestones-round")).strong());
    }
    // An organisation's day is no one's to be congratulated on in the log.
    if !offers_congratulation(bucket) || occurrence.organisation.is_some() {
        return;
    }
    if congratulated {
        ui.label(t!("milestones-congratulated"));
    } else {
        let button = ui.add_enabled(editable, egui::Button::new(t!("milestones-congratulate")));
        ui.ctx().accesskit_node_builder(button.id, |node| node.set_label(congratulation_note(occurrence)));
        let clicked = button
            .on_hover_ui(|ui| {
                ui.label(t!("milestones-congratulate-hint"));
            })
            .clicked();
        if clicked {
            if let Some(person) = workspace.person(occurrence.person) {
                intents.push(congratulate(person, occurrence, today));
            }
        }
    }
}

/// The workspace's rule for 29 February milestones in common years, changed as one undo step.
fn leap_day_ui(ui: &mut egui::Ui, workspace: &Workspace, editable: bool, intents: &mut Vec<Intent>) {
    use crate::model::{LeapDay, WorkspaceSettings};
    let name = |rule| if rule == LeapDay::March1 { i18n::day_month(1, 3) } else { i18n::day_month(28, 2) };
    let mut rule = workspace.settings.leap_day;
    let label = ui.label(t!("milestones-leap-day"));
    ui.add_enabled_ui(editable, |ui| {
        egui::ComboBox::from_id_salt("leap_day_rule")
            .selected_text(name(rule))
            .show_ui(ui, |ui| {
                for choice in [LeapDay::February28, LeapDay::March1] {
                    ui.selectable_value(&mut rule, choice, name(choice));
                }
            })
            .response
            .labelled_by(label.id);
    });
    if rule != workspace.settings.leap_day {
        let mut settings: WorkspaceSettings = workspace.settings.clone();
        settings.leap_day = rule;
        intents.push(Intent::Edit {
            label: t!("milestones-leap-day-changed", day = name(rule)),
            edit: crate::ops::Edit::ChangeSettings(Box::new(settings)),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Milestone, MilestoneKind, PartialDate, Recurrence};
    use crate::ops::upcoming::What;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// Mette Kjærgaard turns 50 on `date`.
    fn occurrence(date: NaiveDate) -> Occurrence {
        Occurrence {
            date,
            person: PersonId::new(),
            person_name: "Mette Kjærgaard".into(),
            milestone: None,
            family_member: None,
            what: What::Birthday,
            about: None,
            relation: None,
            label: String::new(),
            years: Some(50),
            round: true,
            remind_days: 30,
            organisation: None,
        }
    }

    #[test]
    fn the_banner_names_today_and_counts_the_rest() {
        let today = day(2026, 12, 4);
        assert_eq!(banner_text(&[], today), None);
        // The banner words each occurrence from what it is (so a change of language shows).
        let henrik = Occurrence {
            person_name: "Henrik Dahl".into(),
            what: What::CustomerSince,
            years: Some(10),
            ..occurrence(day(2026, 12, 10))
        };
        let due = [occurrence(today), henrik, occurrence(day(2026, 12, 20))];
        assert_eq!(
            banner_text(&due, today).as_deref(),
            Some("Today: Mette Kjærgaard turns 50 · 2 more in their reminder window")
        );
        assert_eq!(
            banner_text(&due[1..2], today).as_deref(),
            Some("Coming up: Henrik Dahl — 10 years as a customer (Thu 10 Dec)")
        );
        assert_eq!(banner_text(&due[..1], today).as_deref(), Some("Today: Mette Kjærgaard turns 50"),);
    }

    #[test]
    fn a_congratulation_is_logged_once_and_recognised() {
        let today = day(2026, 12, 1);
        let mut person = Person::named("Mette Kjærgaard");
        person.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1976, 12, 4).unwrap_or_else(|| unreachable!()),
            recurrence: Recurrence::Yearly,
            ..Milestone::default()
        });
        let occurrence = Occurrence { person: person.id, ..occurrence(day(2026, 12, 4)) };
        assert!(!is_congratulated(&person, &occurrence));
        let Intent::Edit { edit: Edit::ReplacePerson(changed), .. } = congratulate(&person, &occurrence, today) else {
            panic!("a congratulation replaces the person");
        };
        assert_eq!(changed.interactions.len(), 1);
        let logged = &changed.interactions[0];
        assert!(logged.personal);
        assert_eq!(logged.date, today);
        assert_eq!(logged.note, "Congratulated: Mette Kjærgaard turns 50");
        assert!(is_congratulated(&changed, &occurrence));
        let next_year = Occurrence { date: day(2027, 12, 4), ..occurrence.clone() };
        assert!(!is_congratulated(&changed, &next_year), "last year's congratulation does not count");
    }

    #[test]
    fn the_horizon_is_one_year_less_a_day() {
        assert_eq!(horizon_days(day(2026, 12, 2)), 364);
        assert_eq!(horizon_days(day(2027, 3, 1)), 365, "up to 29 February 2028");
        assert_eq!(horizon_days(day(2028, 2, 29)), 365, "to 28 February 2029");
    }

    #[test]
    fn rows_put_each_occurrence_under_its_heading_and_filter() {
        let today = day(2026, 12, 2); // a Wednesday
        let mut person = Person::named("Henrik Dahl");
        let milestone = |kind, date| Milestone { kind, date, recurrence: Recurrence::Yearly, ..Milestone::default() };
        person.milestones = vec![
            milestone(MilestoneKind::Birthday, PartialDate::ymd(1976, 12, 2).unwrap_or_else(|| unreachable!())),
            milestone(MilestoneKind::CustomerSince, PartialDate::ymd(2020, 12, 5).unwrap_or_else(|| unreachable!())),
        ];
        let mut workspace = Workspace::default();
        workspace.people.push(person);
        let mut view = MilestonesView::default();
        view.refresh(&workspace, (0, 1, today, Lang::En), today);
        let headings: Vec<(Bucket, usize)> =
            view.rows.iter().filter_map(|r| if let Row::Heading(b, n) = r { Some((*b, *n)) } else { None }).collect();
        assert_eq!(headings, [(Bucket::Today, 1), (Bucket::ThisWeek, 1), (Bucket::ThisMonth, 0), (Bucket::Later, 0)]);
        view.round_only = true;
        view.refresh(&workspace, (0, 1, today, Lang::En), today);
        let lines = view.rows.iter().filter(|r| matches!(r, Row::Line(_))).count();
        assert_eq!(lines, 1, "only the 50th birthday is round");
        view.round_only = false;
        view.search = "CUSTOMER".into();
        view.refresh(&workspace, (0, 1, today, Lang::En), today);
        let lines = view.rows.iter().filter(|r| matches!(r, Row::Line(_))).count();
        assert_eq!(lines, 1, "search ignores case");
    }

    #[test]
    fn a_year_updated_for_a_few_people_is_the_year_made_again() {
        use crate::model::{Milestone, MilestoneKind, PartialDate};
        let today = day(2026, 12, 2);
        let mut workspace = crate::ops::demo::generate_with(400, 80, today);
        let days = horizon_days(today);
        let mut year = Year::of(&workspace, today, upcoming::upcoming(&workspace, today, days));
        let parts = |year: &Year| {
            let listed =
                |index: &usize| (year.occurrences[*index].clone(), year.buckets[*index], year.congratulated[*index]);
            year.order.iter().map(|l| listed(&l.index)).collect::<Vec<_>>()
        };
        // A birthday today for one person, and congratulated; another's milestones gone; a third
        // person gone; an organisation's days changed.
        let first = workspace.people[3].id;
        let born = PartialDate::ymd(1980, 12, 2).expect("a date");
        workspace.people[3].milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: born,
            ..Milestone::default()
        });
        let birthday = upcoming::upcoming(&workspace, today, 0).into_iter().find(|o| o.person == first);
        let birthday = birthday.expect("the birthday today");
        workspace.people[3] = crate::ops::agenda::congratulate(&workspace.people[3], &birthday, today);
        let second = workspace.people[40].id;
        workspace.people[40].milestones.clear();
        let gone = workspace.people.remove(50).id;
        year.update(&workspace, today, (&[first, second, gone], false));
        let again = Year::of(&workspace, today, upcoming::upcoming(&workspace, today, days));
        assert!(parts(&year) == parts(&again), "the same as made again");
        assert!(parts(&year).iter().any(|(o, _, c)| o.person == first && *c));
        // Found again unchanged: their new occurrences take the places the old ones left.
        let places = year.occurrences.len();
        year.update(&workspace, today, (&[first, second], false));
        assert_eq!(year.occurrences.len(), places, "no place added");
        assert!(parts(&year) == parts(&again), "the same again");
        // Congratulated on a milestone of this week: the same occurrences, now marked.
        let due = year.order.iter().map(|l| l.index).find(|&i| {
            offers_congratulation(year.buckets[i])
                && !year.congratulated[i]
                && year.occurrences[i].organisation.is_none()
        });
        let index = due.expect("a milestone this week, not yet congratulated");
        let occurrence = year.occurrences[index].clone();
        let at = workspace.person_index(occurrence.person).expect("theirs");
        workspace.people[at] = crate::ops::agenda::congratulate(&workspace.people[at], &occurrence, today);
        year.update(&workspace, today, (&[occurrence.person], false));
        assert!(year.congratulated[index], "marked in place");
        let again = Year::of(&workspace, today, upcoming::upcoming(&workspace, today, days));
        assert!(parts(&year) == parts(&again), "as if made again");
        if let Some(organisation) = workspace.organisations.iter_mut().find(|o| !o.milestones.is_empty()) {
            organisation.milestones.clear();
        }
        year.update(&workspace, today, (&[], true));
        let again = Year::of(&workspace, today, upcoming::upcoming(&workspace, today, days));
        assert!(parts(&year) == parts(&again), "the organisations' days too");
        assert_eq!((year.texts.len(), year.lowered.len()), (year.occurrences.len(), year.occurrences.len()));
        assert_eq!(year.occurrences.len(), year.order.len() + year.free.len(), "each place listed or free");
    }

    #[test]
    fn a_big_year_is_found_a_slice_a_frame_with_the_older_one_shown_meanwhile() {
        use crate::ui::views::PEOPLE_PER_FRAME;
        let today = day(2026, 12, 2);
        let mut workspace = crate::ops::demo::generate_with(2 * PEOPLE_PER_FRAME + 500, 100, today);
        let people = workspace.people.len();
        let mut view = MilestonesView::default();
        let next = |view: &MilestonesView| view.pending.as_ref().map(|p| p.next);
        let first = (1, people, today, Lang::En);
        view.refresh(&workspace, first, today);
        assert!(view.year.is_none(), "nothing to show yet");
        assert_eq!(next(&view), Some(PEOPLE_PER_FRAME));
        view.refresh(&workspace, first, today);
        assert_eq!(next(&view), Some(2 * PEOPLE_PER_FRAME));
        view.refresh(&workspace, first, today);
        assert_eq!(next(&view), Some(people), "every slice in, merged from the next frame");
        assert!(view.year.is_none());
        view.refresh(&workspace, first, today);
        assert_eq!((next(&view), view.finding()), (None, Some(people)), "being merged");
        let merged = |view: &MilestonesView| {
            view.merging.as_ref().map(|(_, m, year)| (m.merged(), m.done(), year.occurrences.len()))
        };
        assert_eq!(merged(&view), Some((0, false, 0)), "the frame that hands over merges nothing");
        // Each frame merges a part and puts it in the year being made, which is shown once the
        // last part is in it.
        let mut frames = 0;
        while view.year.is_none() && frames < 100 {
            view.refresh(&workspace, first, today);
            frames += 1;
            if let Some((merged, done, made)) = merged(&view) {
                assert!(!done && made == merged, "what is merged is in the year");
                assert_eq!(merged, frames * OCCURRENCES_PER_FRAME, "a part a frame");
            }
        }
        let found = |view: &MilestonesView| view.year.as_ref().map(|(key, year)| (key.0, year.occurrences.clone()));
        let year = |workspace: &Workspace| upcoming::upcoming(workspace, today, horizon_days(today));
        let occurrences = year(&workspace).len();
        assert_eq!(frames, occurrences.div_ceil(OCCURRENCES_PER_FRAME), "{occurrences} occurrences");
        let made = view.year.as_ref().map(|(_, year)| year);
        let whole = Year::of(&workspace, today, year(&workspace));
        assert_eq!(made.map(|y| y.congratulated.clone()), Some(whole.congratulated), "made as a year made at once");
        assert_eq!(made.map(|y| (y.buckets.clone(), y.order.clone())), Some((whole.buckets, whole.order)));
        assert_eq!(view.finding(), None, "found");
        assert!(found(&view) == Some((1, year(&workspace))), "the year upcoming gives");
        assert!(view.rows.iter().filter(|r| matches!(r, Row::Line(_))).count() > 1000);

        // A change the view cannot follow (no change log here): the year is found again, the
        // older one kept meanwhile; a newer state in between starts the finding again.
        workspace.people.swap(0, 1);
        view.refresh(&workspace, (2, people, today, Lang::En), today);
        assert_eq!((next(&view), found(&view).map(|f| f.0)), (Some(PEOPLE_PER_FRAME), Some(1)));
        workspace.people[1].milestones.clear();
        let third = (3, people, today, Lang::En);
        view.refresh(&workspace, third, today);
        assert_eq!((next(&view), found(&view).map(|f| f.0)), (Some(PEOPLE_PER_FRAME), Some(1)), "started again");
        for _ in 0..frames + 2 {
            view.refresh(&workspace, third, today);
            assert!(found(&view).is_some_and(|f| f.0 == 1), "the older year shown while this is found");
        }
        assert!(view.merging.is_some());
        view.refresh(&workspace, third, today);
        assert!(found(&view) == Some((3, year(&workspace))));
        assert!(view.retired.as_ref().is_some_and(|y| y.occurrences.len() > 1000), "the older year let go later");
        let arranged = view.year.as_ref().map(|(_, year)| year.arranged);
        assert_eq!(view.rows_key.as_ref().map(|k| k.0), arranged, "the rows are of the new year");
        view.refresh(&workspace, third, today);
        assert!(view.retired.is_none(), "and in the next frame");
    }

    /// Mette turns 50 on 4 December 2026; her daughter Ida turns 7 on the 10th.
    fn mette_and_ida() -> Workspace {
        use crate::model::{FamilyMember, Relation};
        let mut mette = Person::named("Mette Kjærgaard");
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1976, 12, 4).unwrap_or_else(|| unreachable!()),
            ..Milestone::default()
        });
        mette.life.family.push(FamilyMember {
            name: "Ida".into(),
            relation: Relation::Daughter,
            birthday: PartialDate::ymd(2019, 12, 10),
            ..FamilyMember::default()
        });
        Workspace { people: vec![mette], ..Workspace::default() }
    }

    #[test]
    fn the_banner_and_the_dates_speak_danish_and_norwegian() {
        let today = day(2026, 12, 4);
        let workspace = mette_and_ida();
        i18n::set_language(Lang::Da);
        let due = upcoming::upcoming(&workspace, today, 30);
        assert_eq!(
            banner_text(&due, today).as_deref(),
            Some("I dag: Mette Kjærgaard fylder 50 · 1 mere inden for påmindelsestiden")
        );
        assert_eq!(
            banner_text(&due[1..], today).as_deref(),
            Some("Snart: Ida (Mette Kjærgaards datter) fylder 7 (tor. 10. dec.)")
        );
        assert_eq!(i18n::day_month_short(4, 12), "4. dec.");
        assert_eq!(i18n::day_month_short(17, 5), "17. maj");
        i18n::set_language(Lang::Nb);
        let due = upcoming::upcoming(&workspace, today, 30);
        assert_eq!(
            banner_text(&due, today).as_deref(),
            Some("I dag: Mette Kjærgaard fyller 50 · 1 til innenfor påminnelsestiden")
        );
        assert_eq!(i18n::day_month_short(4, 12), "4. des.");
        i18n::set_language(Lang::En);
        assert_eq!(i18n::day_month_short(4, 12), "4 Dec");
    }

    #[test]
    fn a_congratulation_logged_in_danish_is_recognised_in_english() {
        let today = day(2026, 12, 4);
        let workspace = mette_and_ida();
        let mette = &workspace.people[0];
        i18n::set_language(Lang::Da);
        let birthday = upcoming::upcoming(&workspace, today, 0).remove(0);
        let Intent::Edit { label, edit: Edit::ReplacePerson(changed) } = congratulate(mette, &birthday, today) else {
            panic!("a congratulation replaces the person");
        };
        assert_eq!(label, "Ønskede Mette Kjærgaard tillykke");
        assert_eq!(changed.interactions[0].note, "Ønsket tillykke: Mette Kjærgaard fylder 50");
        assert!(is_congratulated(&changed, &birthday));
        assert_eq!(i18n::language(), Lang::Da, "looking in every language gives the thread its own back");
        i18n::set_language(Lang::En);
        let birthday = upcoming::upcoming(&workspace, today, 0).remove(0);
        assert_eq!(birthday.sentence(), "Mette Kjærgaard turns 50");
        assert!(is_congratulated(&changed, &birthday), "the Danish note still counts");
        assert!(!is_congratulated(mette, &birthday));
    }
}
