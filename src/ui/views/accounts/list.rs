//! The Accounts list: one precomputed row per organisation, rebuilt once per workspace state
//! (its people, their knowledge, its value and time come from `ops::accounts` in one pass over
//! the people), and the filtered, sorted order of those rows, rebuilt when the query changes. A
//! frame draws the rows on screen, each exactly [`ROW_HEIGHT`] high.

use crate::model::{OrganisationId, Status, Workspace};
use crate::ops::{Changed, accounts, knowledge, names};
use crate::t;
use chrono::NaiveDate;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Response, Sense, Ui, pos2, vec2};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub const ROW_HEIGHT: f32 = 28.0;

/// What the list can be ordered by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Name,
    People,
    Value,
    Time,
    Knowledge,
}

impl SortBy {
    pub const ALL: [SortBy; 5] = [SortBy::Name, SortBy::People, SortBy::Value, SortBy::Time, SortBy::Knowledge];

    pub fn label(self) -> String {
        match self {
            SortBy::Name => t!("accounts-sort-name"),
            SortBy::People => t!("accounts-sort-people"),
            SortBy::Value => t!("accounts-sort-value"),
            SortBy::Time => t!("accounts-sort-time"),
            SortBy::Knowledge => t!("accounts-sort-knowledge"),
        }
    }
}

/// The search text, the filters and the order the person chose (as in the People list).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub status: Option<Status>,
    pub tag: Option<String>,
    pub key_accounts: bool,
    pub low_knowledge: bool,
    pub sort: SortBy,
    pub descending: bool,
}

/// What the list shows of one organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: OrganisationId,
    /// Where the organisation is in `workspace.organisations`.
    pub index: usize,
    pub name: String,
    pub people: usize,
    pub status: Status,
    pub key_account: bool,
    pub value: Option<i64>,
    pub minutes: u32,
    pub knowledge: Option<u8>,
    name_key: String,
    /// The key's first bytes, for sorting ([`first_bytes`](crate::ui::views::first_bytes)).
    name_first: (u128, bool),
    tags: Vec<String>,
    /// The name, tags, notes and its people's names, lowercase, one a line.
    haystack: String,
    /// Its people's places in `workspace.people`, in order: an edit of some of them counts
    /// only their accounts again.
    members: Vec<usize>,
}

impl Row {
    fn of(workspace: &Workspace, account: accounts::Account) -> Option<Row> {
        let organisation = workspace.organisations.get(account.index)?;
        let tags: Vec<String> = organisation.tags.iter().map(|t| t.to_lowercase()).collect();
        let name_key = organisation.name.to_lowercase();
        let mut haystack = format!("{}\n{}\n{}\n", organisation.name, tags.join("\n"), organisation.notes);
        for &n in &account.people {
            if let Some(person) = workspace.people.get(n) {
                haystack.push_str(&person.name);
                haystack.push('\n');
            }
        }
        Some(Row {
            id: account.id,
            index: account.index,
            name: organisation.name.clone(),
            people: account.people.len(),
            status: organisation.status,
            key_account: organisation.key_account,
            value: account.value,
            minutes: account.minutes,
            knowledge: account.knowledge,
            name_first: crate::ui::views::first_bytes(&name_key),
            name_key,
            tags,
            haystack: haystack.to_lowercase(),
            members: account.people,
        })
    }
}

/// What the rows are counted for: the workspace's state and its numbers of people and
/// organisations, and the day (knowledge fades with time).
type Key = (u64, usize, usize, NaiveDate);

/// At most this many people and organisations changed are counted again in their accounts;
/// more are counted with everyone.
const FEW: usize = 64;

/// At most this many rows are made of the count in a frame, in parts of [`ROWS_PER_PART`]
/// (fewer once the frame's budget has passed): at 100,000 people, 20,000 organisations' rows
/// made in one frame, each with the lowercase names of its people, made that frame the
/// Accounts view's longest.
const ROWS_PER_FRAME: usize = 4_000;
const ROWS_PER_PART: usize = 500;

/// The rows being made of a finished count, a part a frame, with what is found of them (so that
/// the frame that shows them has only to put them in order).
struct Making {
    key: Key,
    accounts: std::vec::IntoIter<accounts::Account>,
    rows: Vec<Row>,
    by_id: HashMap<OrganisationId, usize>,
    /// No two rows so far hold one id.
    exact: bool,
    /// The tags of the organisations made so far ([`add_tags`]).
    tags: BTreeMap<String, String>,
}

#[derive(Default)]
pub struct AccountsIndex {
    built_for: Option<Key>,
    /// The rows being counted, a slice of the people a frame, while they are: the rows are then
    /// older ones (shown, marked as updating), or none.
    pending: Option<super::super::Slices<Key, accounts::Counting>>,
    /// The rows being made of a count once it is done (the rows shown are then older, or none).
    making: Option<Making>,
    rows: Vec<Row>,
    by_id: HashMap<OrganisationId, usize>,
    /// No two organisations hold one id: an edit of a few can be counted in their rows.
    exact: bool,
    tags: Vec<String>,
    shown_for: Option<Query>,
    shown: Vec<usize>,
}

impl AccountsIndex {
    /// Brings the rows up to date with `workspace` (once per state and day: after an edit of a
    /// few people or organisations only their accounts, otherwise everyone counted
    /// [`super::super::PEOPLE_PER_FRAME`] people a frame) and the order with `query`.
    pub fn refresh(
        &mut self,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        query: &Query,
        changes: &crate::ops::Changes,
    ) {
        let key = (revision, workspace.people.len(), workspace.organisations.len(), today);
        if self.built_for != Some(key) {
            if !(self.pending.is_none() && self.making.is_none() && self.patch(workspace, key, changes)) {
                self.count(workspace, key);
            }
            if self.built_for == Some(key) {
                self.shown_for = None;
            }
        }
        self.order(query);
    }

    /// Brings the order of the rows up to date with `query` (the rows as they are).
    pub fn order(&mut self, query: &Query) {
        if self.shown_for.as_ref() != Some(query) {
            self.reorder(query);
            self.shown_for = Some(query.clone());
        }
    }

    /// Whether the rows are older than the workspace, being counted again; `None` when there
    /// are none yet, else how many people are counted.
    pub fn counting(&self) -> Option<Option<usize>> {
        let counted = match (&self.pending, &self.making) {
            (Some(pending), _) => pending.next,
            // Everyone counted; the rows are being made.
            (None, Some(making)) => making.key.1,
            (None, None) => return None,
        };
        Some(self.built_for.is_none().then_some(counted))
    }

    /// Counts the next slice of everyone for `key`; once the last is in, makes the rows a part
    /// a frame, and when they are all made shows them.
    fn count(&mut self, workspace: &Workspace, key: Key) {
        let mut made = match self.making.take() {
            Some(making) if making.key == key => making,
            _ => {
                let begin = || accounts::Counting::new(workspace);
                let add = |counting: &mut accounts::Counting, slice: &[crate::model::Person]| {
                    counting.add(workspace, slice, key.3);
                };
                let Some(counting) = super::super::Slices::step(&mut self.pending, key, &workspace.people, begin, add)
                else {
                    return;
                };
                let accounts = counting.finish();
                Making {
                    key,
                    rows: Vec::with_capacity(accounts.len()),
                    by_id: HashMap::with_capacity(accounts.len()),
                    exact: true,
                    tags: BTreeMap::new(),
                    accounts: accounts.into_iter(),
                }
            }
        };
        if !make_rows(workspace, &mut made, super::super::FRAME_BUDGET) {
            self.making = Some(made);
            return;
        }
        self.rows = made.rows;
        self.by_id = made.by_id;
        self.exact = made.exact;
        self.tags = made.tags.into_values().collect();
        self.built_for = Some(key);
    }

    /// Brings the rows built for an older state up to date when only maps, or a few people in
    /// their places and organisations in theirs, changed since: only their accounts are counted
    /// again. False (the rows untouched) when it cannot.
    fn patch(&mut self, workspace: &Workspace, key: Key, changes: &crate::ops::Changes) -> bool {
        let Some(built) = self.built_for.filter(|b| (b.1, b.2, b.3) == (key.1, key.2, key.3)) else {
            return false;
        };
        let (people, organisations) = match changes.between(built.0, key.0) {
            Changed::Maps => (Vec::new(), Vec::new()),
            Changed::People(people) => (people, Vec::new()),
            Changed::Records { people, organisations } if people.is_empty() => (people, organisations),
            _ => return false,
        };
        if !self.exact || self.rows.len() != workspace.organisations.len() || people.len() + organisations.len() > FEW {
            return false;
        }
        let mut touched = BTreeSet::new();
        for id in &organisations {
            let Some(&r) = self.by_id.get(id) else { return false };
            if self.rows.get(r).and_then(|row| workspace.organisations.get(row.index)).is_none_or(|o| o.id != *id) {
                return false;
            }
            touched.insert(r);
        }
        // Where each changed person is, the row they were counted in and the row they belong to now.
        let mut moves = Vec::with_capacity(people.len());
        for id in &people {
            let Some(at) = workspace.person_index(*id) else { return false };
            let from = self.rows.iter().position(|row| row.members.binary_search(&at).is_ok());
            let to = workspace.people.get(at).and_then(|p| p.organisation).and_then(|o| self.by_id.get(&o).copied());
            moves.push((at, from, to));
        }
        for (at, from, to) in moves {
            if from != to {
                if let Some(row) = from.and_then(|r| self.rows.get_mut(r)) {
                    row.members.retain(|&n| n != at);
                }
                if let Some(row) = to.and_then(|r| self.rows.get_mut(r)) {
                    let slot = row.members.partition_point(|&n| n < at);
                    row.members.insert(slot, at);
                }
            }
            touched.extend(from.into_iter().chain(to));
        }
        for r in touched {
            let Some(row) = self.rows.get_mut(r) else { continue };
            let account = accounts::Account::of(workspace, row.index, row.members.clone(), key.3);
            if let Some(new) = account.and_then(|account| Row::of(workspace, account)) {
                *row = new;
            }
        }
        if !organisations.is_empty() {
            self.tags = tags(workspace);
        }
        self.built_for = Some(key);
        true
    }

    fn reorder(&mut self, query: &Query) {
        let words: Vec<String> = query.text.to_lowercase().split_whitespace().map(str::to_owned).collect();
        let tag = query.tag.as_ref().map(|t| t.to_lowercase());
        self.shown = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                query.status.is_none_or(|s| r.status == s)
                    && (!query.key_accounts || r.key_account)
                    && (!query.low_knowledge || r.knowledge.is_none_or(|k| k < knowledge::LOW))
                    && tag.as_ref().is_none_or(|t| r.tags.contains(t))
                    && words.iter().all(|w| r.haystack.contains(w.as_str()))
            })
            .map(|(i, _)| i)
            .collect();
        sort(&self.rows, query.sort, &mut self.shown);
        if query.descending {
            self.shown.reverse();
        }
    }

    pub fn shown_len(&self) -> usize {
        self.shown.len()
    }

    pub fn shown_at(&self, position: usize) -> Option<&Row> {
        self.shown.get(position).and_then(|&i| self.rows.get(i))
    }

    /// The rows in the order shown.
    #[cfg(test)]
    pub fn shown(&self) -> impl Iterator<Item = &Row> + '_ {
        self.shown.iter().filter_map(|&i| self.rows.get(i))
    }

    pub fn row(&self, id: OrganisationId) -> Option<&Row> {
        self.by_id.get(&id).and_then(|&i| self.rows.get(i))
    }

    pub fn position_of(&self, id: OrganisationId) -> Option<usize> {
        let row = *self.by_id.get(&id)?;
        self.shown.iter().position(|&i| i == row)
    }

    /// Every tag of an organisation, once, in alphabetical order.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }
}

/// Makes the next rows of `making` ([`ROWS_PER_FRAME`] at most, fewer once `budget` has
/// passed). Returns whether every row is made.
fn make_rows(workspace: &Workspace, making: &mut Making, budget: Option<std::time::Duration>) -> bool {
    let started = std::time::Instant::now();
    let mut made = 0;
    while made < ROWS_PER_FRAME {
        let part: Vec<accounts::Account> = making.accounts.by_ref().take(ROWS_PER_PART).collect();
        if part.is_empty() {
            return true;
        }
        made += part.len();
        for row in part.into_iter().filter_map(|account| Row::of(workspace, account)) {
            if let Some(organisation) = workspace.organisations.get(row.index) {
                add_tags(&mut making.tags, organisation);
            }
            // The first of two rows with one id is the one found by it.
            match making.by_id.entry(row.id) {
                std::collections::hash_map::Entry::Occupied(_) => making.exact = false,
                std::collections::hash_map::Entry::Vacant(vacant) => {
                    vacant.insert(making.rows.len());
                }
            }
            making.rows.push(row);
        }
        if budget.is_some_and(|budget| started.elapsed() >= budget) {
            break;
        }
    }
    making.accounts.len() == 0
}

/// The order of the rows at `a` and `b` (ascending): by what `by` chooses, then by name, then by
/// place, so that no two rows are equal.
fn compare(rows: &[Row], by: SortBy, a: usize, b: usize) -> Ordering {
    let (x, y) = (&rows[a], &rows[b]);
    let first = match by {
        SortBy::Name => Ordering::Equal,
        SortBy::People => x.people.cmp(&y.people),
        SortBy::Value => x.value.cmp(&y.value),
        SortBy::Time => x.minutes.cmp(&y.minutes),
        SortBy::Knowledge => x.knowledge.cmp(&y.knowledge),
    };
    first.then_with(|| x.name_key.cmp(&y.name_key)).then(a.cmp(&b))
}

/// Puts `shown` in [`compare`]'s order. What decides it is laid out beside each place first (the
/// figure chosen as a number, the name's first 16 bytes) and compared there; the names are read
/// only where those tie and a name is longer. At 100,000 people, sorting 20,000 organisations by
/// [`compare`] alone, a pointer to follow for each side's row and another for its name, took
/// most of the frame that first shows them.
fn sort(rows: &[Row], by: SortBy, shown: &mut [usize]) {
    let figure = |row: &Row| -> u128 {
        match by {
            SortBy::Name => 0,
            SortBy::People => row.people as u128,
            // No value first, then the values in order.
            SortBy::Value => row.value.map_or(0, |v| (i128::from(v) - i128::from(i64::MIN) + 1).unsigned_abs()),
            SortBy::Time => u128::from(row.minutes),
            SortBy::Knowledge => row.knowledge.map_or(0, |k| u128::from(k) + 1),
        }
    };
    let mut keys: Vec<(u128, u128, usize)> =
        shown.iter().filter_map(|&at| rows.get(at).map(|row| (figure(row), row.name_first.0, at))).collect();
    if keys.len() != shown.len() {
        // A place past the rows (never made so): the order itself says where it goes.
        return shown.sort_unstable_by(|a, b| compare(rows, by, *a, *b));
    }
    keys.sort_unstable_by(|x, y| {
        x.0.cmp(&y.0)
            .then(x.1.cmp(&y.1))
            .then_with(|| {
                let (a, b) = (&rows[x.2], &rows[y.2]);
                // The same first bytes, and both names no longer: the same name.
                if a.name_first.1 && b.name_first.1 { Ordering::Equal } else { a.name_key.cmp(&b.name_key) }
            })
            .then(x.2.cmp(&y.2))
    });
    for (place, (_, _, at)) in shown.iter_mut().zip(keys) {
        *place = at;
    }
}

/// Every tag of an organisation, once, in alphabetical order (whatever its case).
fn tags(workspace: &Workspace) -> Vec<String> {
    let mut tags = BTreeMap::new();
    for organisation in &workspace.organisations {
        add_tags(&mut tags, organisation);
    }
    tags.into_values().collect()
}

/// Adds `organisation`'s tags to `tags`, each by its sort key (lowercase, then as written).
fn add_tags(tags: &mut BTreeMap<String, String>, organisation: &crate::model::Organisation) {
    for tag in organisation.tags.iter().filter(|tag| !tag.trim().is_empty()) {
        tags.entry(format!("{}\u{0}{tag}", tag.to_lowercase())).or_insert_with(|| tag.clone());
    }
}

/// The size of small text the columns' widths are made for.
const SMALL_TEXT: f32 = 9.0;
/// The least width (at [`SMALL_TEXT`]) a name keeps before other columns give way.
const NAME_AT_LEAST: f32 = 120.0;

/// Draws one row, exactly [`ROW_HEIGHT`] high: ★ and the name, how many people, the status,
/// the yearly value, the time spent and the knowledge of its people.
pub fn row_ui(ui: &mut Ui, row: &Row, selected: bool, currency: &str) -> Response {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::hover());
    let response = ui.interact(rect, egui::Id::unique(("account_row", row.id)), Sense::click());
    let label = row.name.clone();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::ListItem, true, selected, &label));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    if selected {
        painter.rect_filled(rect, 2.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let text = if selected { visuals.selection.stroke.color } else { visuals.text_color() };
    let weak = if selected { text } else { visuals.weak_text_color() };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let centre = rect.center().y;
    let mut x = rect.left() + 6.0;
    // The columns grow with the text (present mode's is larger); a narrow list gives up the
    // time spent, then the value, then how many people, then the status, before the name
    // becomes unreadable and the knowledge is pushed past the edge.
    let scale = small.size / SMALL_TEXT;
    let [star_w, people_w, status_w, value_w, time_w, known_w] =
        [18.0, 56.0, 104.0, 110.0, 56.0, 44.0].map(|w: f32| w * scale);
    let name_least = NAME_AT_LEAST * scale;
    let room = rect.width() - star_w - known_w - 6.0;
    // Time, value, people, status: the order they give way in.
    let mut widths = [time_w, value_w, people_w, status_w];
    for n in 0..widths.len() {
        if room - widths.iter().sum::<f32>() < name_least {
            widths[n] = 0.0;
        }
    }
    let [time_w, value_w, people_w, status_w] = widths;
    let name_w = (room - people_w - status_w - value_w - time_w).max(1.0);
    let mut cell = |content: &str, width: f32, font: &FontId, colour: Color32, right: bool| {
        if width > 4.0 && !content.is_empty() {
            let mut job =
                LayoutJob::single_section(content.replace(['\n', '\r'], " "), TextFormat::simple(font.clone(), colour));
            job.wrap = TextWrapping::truncate_at_width((width - 6.0).max(1.0));
            let galley = painter.layout_job(job);
            let gx = if right { x + width - 6.0 - galley.size().x } else { x };
            painter.galley(pos2(gx, centre - galley.size().y / 2.0), galley, colour);
        }
        x += width;
    };
    cell(if row.key_account { "★" } else { "" }, star_w, &font, Color32::from_rgb(0xE0, 0xA0, 0x20), false);
    cell(&row.name, name_w, &font, text, false);
    cell(&t!("accounts-people-count", count = row.people), people_w, &small, weak, true);
    cell(&names::status(row.status), status_w, &small, weak, false);
    let value = row.value.map(|v| crate::i18n::money(v, currency)).unwrap_or_default();
    cell(&value, value_w, &small, text, true);
    let hours = if row.minutes > 0 { t!("accounts-hours", hours = row.minutes.div_ceil(60)) } else { String::new() };
    cell(&hours, time_w, &small, weak, true);
    let known = row.knowledge.map(|k| format!("{k} %")).unwrap_or_default();
    cell(&known, known_w, &small, text, true);
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Organisation, Person};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    fn workspace() -> Workspace {
        let mut ws = Workspace::named("Shop");
        let mut kringle = Organisation::named("Café Kringle");
        kringle.fit.yearly_value = Some(186_000);
        kringle.fit.minutes_spent = 1260;
        kringle.key_account = true;
        kringle.status = Status::Customer;
        kringle.tags = vec!["Café".into()];
        let mut nordvest = Organisation::named("Nordvest Revision");
        nordvest.fit.yearly_value = Some(240_000);
        nordvest.fit.minutes_spent = 60;
        let dahl = Organisation::named("Dahl Bageri");
        let mut mette = Person::named("Mette Kjærgaard");
        mette.organisation = Some(kringle.id);
        mette.life.interests = vec!["Sailing".into()];
        let mut søren = Person::named("Søren Østergaard");
        søren.organisation = Some(nordvest.id);
        let mut camilla = Person::named("Camilla");
        camilla.organisation = Some(nordvest.id);
        ws.people = vec![mette, søren, camilla];
        ws.organisations = vec![kringle, nordvest, dahl];
        ws
    }

    fn names(index: &AccountsIndex) -> Vec<&str> {
        index.shown().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn sorted_by_value_time_people_and_knowledge() {
        let ws = workspace();
        let mut index = AccountsIndex::default();
        let mut query = Query::default();
        index.refresh(&ws, 1, day(), &query, &crate::ops::Changes::default());
        assert_eq!(names(&index), ["Café Kringle", "Dahl Bageri", "Nordvest Revision"]);
        for (sort, expected) in [
            (SortBy::Value, ["Nordvest Revision", "Café Kringle", "Dahl Bageri"]),
            (SortBy::Time, ["Café Kringle", "Nordvest Revision", "Dahl Bageri"]),
            (SortBy::People, ["Nordvest Revision", "Café Kringle", "Dahl Bageri"]),
            (SortBy::Knowledge, ["Café Kringle", "Nordvest Revision", "Dahl Bageri"]),
        ] {
            query = Query { sort, descending: true, ..Query::default() };
            index.refresh(&ws, 1, day(), &query, &crate::ops::Changes::default());
            assert_eq!(names(&index), expected, "{sort:?}");
        }
    }

    #[test]
    fn sorting_by_the_names_first_bytes_gives_exactly_the_lists_order() {
        let mut ws = workspace();
        // Names that tie in their first 16 bytes, repeat, end where another goes on or hold a
        // NUL, put in the workspace against their order; values and times that tie or are none.
        let names = [
            "Ask Accounting Horsens 1431",
            "Ask Accounting Horsens 1353",
            "Ask Accounting Horsens",
            "Ask Accounting H",
            "Ask Accounting H\u{0}",
            "Ask Accounting Horsens 1353",
            "ask accounting horsens",
            "Zebra",
            "",
        ];
        for (n, name) in names.into_iter().enumerate() {
            let mut organisation = Organisation::named(name);
            organisation.fit.yearly_value =
                [None, Some(-5), Some(0), Some(i64::MAX), Some(i64::MIN)].get(n % 5).copied().flatten();
            organisation.fit.minutes_spent = (n % 3) as u32 * 60;
            ws.organisations.push(organisation);
        }
        let rows = afresh(&ws).0;
        for by in [SortBy::Name, SortBy::People, SortBy::Value, SortBy::Time, SortBy::Knowledge] {
            let mut expected: Vec<usize> = (0..rows.len()).rev().collect();
            expected.sort_by(|a, b| compare(&rows, by, *a, *b));
            let mut sorted: Vec<usize> = (0..rows.len()).rev().collect();
            sort(&rows, by, &mut sorted);
            assert_eq!(sorted, expected, "{by:?}");
        }
    }

    #[test]
    fn filters_like_the_people_list_and_search_finds_its_people() {
        let ws = workspace();
        let mut index = AccountsIndex::default();
        for (query, expected) in [
            (Query { key_accounts: true, ..Query::default() }, vec!["Café Kringle"]),
            (Query { status: Some(Status::Customer), ..Query::default() }, vec!["Café Kringle"]),
            (Query { tag: Some("Café".into()), ..Query::default() }, vec!["Café Kringle"]),
            (Query { text: "camilla".into(), ..Query::default() }, vec!["Nordvest Revision"]),
            (
                Query { low_knowledge: true, ..Query::default() },
                vec!["Café Kringle", "Dahl Bageri", "Nordvest Revision"],
            ),
        ] {
            index.refresh(&ws, 1, day(), &query, &crate::ops::Changes::default());
            assert_eq!(names(&index), expected, "{query:?}");
        }
        assert_eq!(index.tags(), ["Café"]);
        let row = index.row(ws.organisations[1].id).expect("a row");
        assert_eq!((row.people, row.value, row.minutes), (2, Some(240_000), 60));
    }

    /// The rows as counted afresh for the workspace as it is.
    fn afresh(ws: &Workspace) -> (Vec<Row>, Vec<String>) {
        let mut index = AccountsIndex::default();
        index.refresh(ws, 0, day(), &Query::default(), &crate::ops::Changes::default());
        while index.counting().is_some() {
            index.refresh(ws, 0, day(), &Query::default(), &crate::ops::Changes::default());
        }
        (index.rows, index.tags)
    }

    #[test]
    fn many_people_are_counted_a_slice_a_frame_with_the_older_rows_shown_meanwhile() {
        use crate::ui::views::PEOPLE_PER_FRAME;
        let mut ws = crate::ops::demo::generate_with(PEOPLE_PER_FRAME + 300, 100, day());
        let mut history = crate::ops::History::new();
        let mut index = AccountsIndex::default();
        let query = Query::default();
        index.refresh(&ws, history.state(), day(), &query, &history.changes());
        assert_eq!(index.counting(), Some(Some(PEOPLE_PER_FRAME)), "nothing to show yet");
        assert_eq!(index.shown_len(), 0);
        index.refresh(&ws, history.state(), day(), &query, &history.changes());
        assert_eq!(index.counting(), Some(Some(ws.people.len())), "every slice in: the rows made in the next frame");
        index.refresh(&ws, history.state(), day(), &query, &history.changes());
        assert_eq!(index.counting(), None);
        assert_eq!(index.shown_len(), ws.organisations.len());
        assert!(index.rows == afresh(&ws).0);

        // Someone new: the older rows are shown, marked, while everyone is counted again.
        let mut new = Person::named("Ny Kunde");
        new.organisation = Some(ws.organisations[4].id);
        let edit = crate::ops::Edit::InsertPerson { index: 2, person: Box::new(new) };
        history.apply(&mut ws, "Import", edit).expect("inserts");
        index.refresh(&ws, history.state(), day(), &query, &history.changes());
        assert_eq!(index.counting(), Some(None), "the older rows, updating");
        assert_eq!(index.shown_len(), ws.organisations.len());
        index.refresh(&ws, history.state(), day(), &query, &history.changes());
        index.refresh(&ws, history.state(), day(), &query, &history.changes());
        assert_eq!(index.counting(), None);
        assert!(index.rows == afresh(&ws).0, "the new person counted");
    }

    #[test]
    fn the_rows_of_many_organisations_are_made_a_part_a_frame_once_everyone_is_counted() {
        use crate::ui::views::PEOPLE_PER_FRAME;
        let ws = crate::ops::demo::generate_with(PEOPLE_PER_FRAME + 300, ROWS_PER_FRAME + 100, day());
        assert_eq!(ws.organisations.len(), ROWS_PER_FRAME + 100);
        let (mut index, query, changes) = (AccountsIndex::default(), Query::default(), crate::ops::Changes::default());
        index.refresh(&ws, 0, day(), &query, &changes);
        index.refresh(&ws, 0, day(), &query, &changes);
        assert_eq!(index.counting(), Some(Some(ws.people.len())), "every slice in");
        index.refresh(&ws, 0, day(), &query, &changes);
        assert_eq!(index.counting(), Some(Some(ws.people.len())), "a frame's rows made, not all");
        assert_eq!(index.shown_len(), 0, "nothing shown until every row is made");
        index.refresh(&ws, 0, day(), &query, &changes);
        assert_eq!(index.counting(), None);
        assert_eq!(index.shown_len(), ws.organisations.len());
        assert!(index.rows == afresh(&ws).0);
        assert!(!index.tags.is_empty());
        assert_eq!(index.tags, tags(&ws), "the tags found as the rows were made are every tag");
        let found = ws.organisations.iter().all(|o| index.row(o.id).is_some_and(|row| row.id == o.id));
        assert!(found && index.exact, "each row found by its id");
    }

    #[test]
    fn an_edit_of_a_few_people_or_organisations_counts_only_their_accounts() {
        use crate::ops::Edit;
        // More than a frame's people: counting everyone again would take frames.
        let mut ws = crate::ops::demo::generate_with(crate::ui::views::PEOPLE_PER_FRAME + 100, 60, day());
        let mut history = crate::ops::History::new();
        let mut index = AccountsIndex::default();
        let query = Query::default();
        for _ in 0..3 {
            index.refresh(&ws, history.state(), day(), &query, &history.changes());
        }
        let (a, b) = (ws.organisations[3].id, ws.organisations[7].id);
        let with_organisation = |ws: &Workspace, id| ws.people.iter().position(|p| p.organisation == Some(id));
        let mut edits: Vec<(&str, Edit)> = Vec::new();
        // An account renamed, its value, tags and notes changed.
        let mut renamed = ws.organisations[3].clone();
        renamed.name = "Zebra Kaffe".into();
        renamed.fit.yearly_value = Some(12_345);
        renamed.tags.push("Nyt mærke".into());
        renamed.notes = "Ejes af familien Holm".into();
        edits.push(("rename", Edit::ReplaceOrganisation(Box::new(renamed))));
        // A person moved from one account to another, renamed, and with more known about them.
        let at = with_organisation(&ws, a).expect("someone at the account");
        let mut moved = ws.people[at].clone();
        moved.organisation = Some(b);
        moved.name = "Holger Danske".into();
        moved.life.interests.push("Roning".into());
        edits.push(("move", Edit::ReplacePerson(Box::new(moved))));
        // A person leaving every account, and one joining one.
        let at = with_organisation(&ws, b).expect("someone at the other");
        let mut left = ws.people[at].clone();
        left.organisation = None;
        edits.push(("leave", Edit::ReplacePerson(Box::new(left))));
        let mut joined = ws.people.iter().find(|p| p.organisation.is_none()).expect("someone without").clone();
        joined.organisation = Some(a);
        edits.push(("join", Edit::ReplacePerson(Box::new(joined))));
        // A map changed: no account.
        let mut map = ws.journeys[0].clone();
        map.name = "Ny rejse".into();
        edits.push(("map", Edit::ReplaceJourney(Box::new(map))));
        for (what, edit) in edits {
            history.apply(&mut ws, what, edit).expect("applies");
            index.refresh(&ws, history.state(), day(), &query, &history.changes());
            assert_eq!(index.counting(), None, "{what}: counted in the frame");
            let (rows, tags) = afresh(&ws);
            assert!(index.rows == rows, "{what}: the rows as counted afresh");
            assert_eq!(index.tags, tags, "{what}");
            assert_eq!(index.shown_len(), ws.organisations.len());
        }
        assert!(index.row(a).is_some_and(|r| r.name == "Zebra Kaffe" && r.value == Some(12_345)));
        assert!(index.row(b).is_some_and(|r| r.haystack.contains("holger danske")), "found by their new name");
        // Undone, one at a time.
        while history.undo(&mut ws).is_some() {
            index.refresh(&ws, history.state(), day(), &query, &history.changes());
            assert_eq!(index.counting(), None, "undone in the frame");
            assert!(index.rows == afresh(&ws).0, "undone");
        }
    }
}
