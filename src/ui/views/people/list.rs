//! The People list: one precomputed row per person, rebuilt once per workspace revision, and the
//! filtered, sorted order of those rows, rebuilt when the query changes.
//!
//! Nothing here runs per person per frame: knowledge, next milestone, the organisation's name
//! (through one index of the organisations) and the lowercase search text are computed when the
//! workspace changes; a keystroke only scans the prepared text; a frame draws the few rows on
//! screen, each exactly [`ROW_HEIGHT`] high. Grouped by organisation, the list is the same rows
//! under a heading line per organisation (those without one last), each as high as a row.

use crate::model::{OrganisationId, OrganisationIndex, Person, PersonId, Status, Workspace};
use crate::ops::{Changed, Changes, knowledge, upcoming};
use chrono::{Datelike, NaiveDate};
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Align2, Color32, FontId, Rect, Response, Sense, TextureHandle, Ui, pos2, vec2};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

mod order;
mod search;
use order::compare;
use search::{Filter, Texts};

/// Every row of the list is exactly this high: one line, never wrapped.
pub const ROW_HEIGHT: f32 = 28.0;
const AVATAR: f32 = 22.0;

/// What the list can be ordered by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Name,
    Organisation,
    Knowledge,
    LastContact,
    NextMilestone,
}

impl SortBy {
    pub const ALL: [SortBy; 5] =
        [SortBy::Name, SortBy::Organisation, SortBy::Knowledge, SortBy::LastContact, SortBy::NextMilestone];

    /// The order's name in the current language.
    pub fn label(self) -> String {
        match self {
            SortBy::Name => crate::t!("sort-name"),
            SortBy::Organisation => crate::t!("sort-organisation"),
            SortBy::Knowledge => crate::t!("sort-knowledge"),
            SortBy::LastContact => crate::t!("sort-last-contact"),
            SortBy::NextMilestone => crate::t!("sort-next-milestone"),
        }
    }
}

/// The search text, the filters and the order the person chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub status: Option<Status>,
    pub tag: Option<String>,
    pub key_accounts: bool,
    pub low_knowledge: bool,
    pub no_recent_contact: bool,
    pub sort: SortBy,
    pub descending: bool,
    /// The people under a heading per organisation.
    pub group: bool,
}

/// What the list shows of one person, computed once per workspace revision.
pub struct Row {
    pub id: PersonId,
    /// Where the person is in `workspace.people`.
    pub index: usize,
    pub initials: String,
    pub knowledge: u8,
    pub last_contact: Option<NaiveDate>,
    pub recent_personal_contact: bool,
    /// The next milestone within a year, worded when shown (so that a change of language
    /// makes no row again): `next_text` gives its short text ("turns 50").
    pub next: Option<Box<upcoming::Occurrence>>,
    /// How many of their follow-ups are overdue (the ⏰ badge).
    pub overdue: usize,
    /// The organisation's name; empty without one.
    pub organisation: String,
    /// The person or their organisation is a key account.
    pub key_account: bool,
    /// The organisation's id, if any (its people's rows are made again when it changes).
    account: Option<OrganisationId>,
    status: Status,
    name_key: String,
    organisation_key: String,
    /// The keys' first bytes, for sorting ([`first_bytes`](crate::ui::views::first_bytes)).
    name_first: (u128, bool),
    organisation_first: (u128, bool),
    /// The tags, lowercase, for the tag filter.
    tags: Vec<String>,
    /// The tags as written, for the list of every tag.
    written_tags: Vec<String>,
}

/// The rows of a workspace and the order the current query shows them in.
#[derive(Default)]
pub struct PeopleIndex {
    /// The revision, the number of people and the day the rows were built for.
    built_for: Option<(u64, usize, NaiveDate)>,
    rows: Vec<Row>,
    /// Each row's search text, by the row's place.
    texts: Texts,
    by_id: HashMap<PersonId, usize>,
    /// Each organisation's people, by their rows.
    members: HashMap<OrganisationId, Vec<usize>>,
    tags: Vec<String>,
    /// How many times each tag is held, by its sort key (lowercase, then as written).
    tag_counts: BTreeMap<String, (String, usize)>,
    shown_for: Option<Query>,
    /// Indices into `rows`, in the order shown.
    shown: Vec<usize>,
    /// Grouped, what is drawn line by line: the rows of `shown` and a heading before each
    /// organisation's. Empty when not grouped: each line is then the row shown at its place.
    lines: Vec<Line>,
    grouped: bool,
    /// How many times everyone was sorted: a test tells a patched order from a sorted one.
    #[cfg(test)]
    sorts: usize,
}

/// A line of the list as drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    /// The person shown at this position (of [`PeopleIndex::shown_at`]).
    Person(usize),
    /// A heading: the organisation of the person shown at this position (none for those
    /// without one), and how many follow from there.
    Group(usize, usize),
}

impl PeopleIndex {
    /// Brings the rows up to date with `workspace` (once per revision and day) and the order up to
    /// date with `query`. Returns whether the rows were rebuilt.
    ///
    /// When only some people changed since the rows were built (`changes` says so), only their
    /// rows are made again.
    pub fn refresh(
        &mut self,
        workspace: &Workspace,
        (revision, changes): (u64, &Changes),
        today: NaiveDate,
        query: &Query,
    ) -> bool {
        // No row holds words of the language (the next milestone is worded when shown).
        let key = (revision, workspace.people.len(), today);
        let rebuilt = self.built_for != Some(key);
        if rebuilt {
            // The same people, day and language: only the changed rows are made again.
            let changed = match self.built_for {
                Some((built, _, day)) if day == key.2 => changes.between(built, revision),
                _ => Changed::Everything,
            };
            let shown_for = self.shown_for.take();
            match changed {
                Changed::People(ids) if self.rows.len() == workspace.people.len() => {
                    // Rows made again in place: the order shown moves only them.
                    if self.update(workspace, today, &ids) && shown_for.as_ref() == Some(query) {
                        let rows: Vec<usize> = ids.iter().filter_map(|id| self.by_id.get(id).copied()).collect();
                        self.shown_for = shown_for.filter(|_| self.patch_shown(query, rows));
                    }
                }
                Changed::Records { people, organisations } => {
                    // People added or taken out at the end (an import, its undo): the rows before
                    // stay where they were, and so does their order.
                    match self.renew_at_end(workspace, today, &people, &organisations) {
                        Some(rows) if shown_for.as_ref() == Some(query) => {
                            self.shown_for = shown_for.filter(|_| self.patch_shown(query, rows));
                        }
                        Some(_) => {}
                        None => self.renew(workspace, today, &people, &organisations),
                    }
                }
                // No row shows anything of a map.
                Changed::Maps => self.shown_for = shown_for,
                Changed::People(_) | Changed::Everything => self.rebuild(workspace, today),
            }
            self.built_for = Some(key);
        }
        if self.shown_for.as_ref() != Some(query) {
            match self.shown_for.take() {
                // Only the direction changed: the same order, the other way round.
                Some(shown) if query.reverses(&shown) => {
                    order::reverse(&self.rows, query, &mut self.shown);
                    self.make_lines(query);
                }
                // A letter typed: those shown who still match, in the same order.
                Some(shown) if query.narrows(&shown) => {
                    let (filter, rows, texts) = (Filter::of(query), &self.rows, &self.texts);
                    if self.shown.len() < rows.len() / 8 {
                        self.shown.retain(|&at| filter.admits_at(rows, texts, at));
                    } else {
                        // Most are shown: every row read in its own order, as their texts lie
                        // in memory (the order shown jumps about in it).
                        let admitted = filter.admitted(rows, texts);
                        self.shown.retain(|&at| admitted.get(at).copied().unwrap_or(false));
                    }
                    self.make_lines(query);
                }
                // A letter taken back: those who match now and did not, put in among them.
                Some(shown) if shown.narrows(query) => self.widen(&shown, query),
                _ => self.reorder(query),
            }
            self.shown_for = Some(query.clone());
        }
        rebuilt
    }

    /// The rows of `workspace` as it is at `revision` on `today`, in the order `query` shows
    /// them, made away from the window (on the reading thread, as a workspace is opened): the
    /// list's first frame then has nothing to make. An index for another revision, size or day
    /// is made again when shown, and another query puts the rows in its order.
    pub fn built(workspace: &Workspace, revision: u64, today: NaiveDate, query: &Query) -> Self {
        let mut index = Self::default();
        index.rebuild(workspace, today);
        index.built_for = Some((revision, workspace.people.len(), today));
        index.reorder(query);
        index.shown_for = Some(query.clone());
        index
    }

    fn rebuild(&mut self, workspace: &Workspace, today: NaiveDate) {
        let rule = workspace.settings.leap_day;
        let organisations = OrganisationIndex::of(workspace);
        self.texts = Texts::default();
        let texts = &mut self.texts;
        self.rows = workspace
            .people
            .iter()
            .enumerate()
            .map(|(index, p)| {
                let (row, text) = row(index, p, workspace, &organisations, today, rule);
                texts.push(&text);
                row
            })
            .collect();
        self.index_rows();
    }

    /// Makes the rows again after `people` and `organisations` were added, removed or replaced
    /// (an import, say): everyone else's row is kept as it was, at their place now.
    fn renew(
        &mut self,
        workspace: &Workspace,
        today: NaiveDate,
        people: &[PersonId],
        organisations: &[OrganisationId],
    ) {
        if self.by_id.len() != self.rows.len() {
            // Two rows held one id: which is whose cannot be told.
            return self.rebuild(workspace, today);
        }
        let people: HashSet<PersonId> = people.iter().copied().collect();
        let accounts: HashSet<OrganisationId> = organisations.iter().copied().collect();
        let rule = workspace.settings.leap_day;
        let index = OrganisationIndex::of(workspace);
        let mut old: Vec<Option<Row>> = std::mem::take(&mut self.rows).into_iter().map(Some).collect();
        let old_texts = std::mem::take(&mut self.texts);
        let texts = &mut self.texts;
        self.rows = workspace
            .people
            .iter()
            .enumerate()
            .map(|(at, person)| {
                let same = !people.contains(&person.id) && !person.organisation.is_some_and(|o| accounts.contains(&o));
                let was = self.by_id.get(&person.id).copied().filter(|_| same);
                match was.and_then(|i| old.get_mut(i)).and_then(Option::take).zip(was) {
                    Some((mut kept, was)) => {
                        kept.index = at;
                        texts.set(at, old_texts.get(was));
                        kept
                    }
                    None => {
                        let (made, text) = row(at, person, workspace, &index, today, rule);
                        tally(&mut self.tag_counts, &made, true);
                        texts.set(at, &text);
                        made
                    }
                }
            })
            .collect();
        // The rows not kept are gone, or made again above: their tags are counted out.
        for gone in old.iter().flatten() {
            tally(&mut self.tag_counts, gone, false);
        }
        self.by_id = self.rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        self.list_members();
        self.list_tags();
    }

    /// Each organisation's people, from the rows.
    fn list_members(&mut self) {
        self.members.clear();
        for (at, row) in self.rows.iter().enumerate() {
            enlist(&mut self.members, row, at, true);
        }
    }

    /// Finds the rows by id and counts their tags, once the rows are made.
    fn index_rows(&mut self) {
        self.by_id = self.rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        self.list_members();
        self.tag_counts.clear();
        for at in 0..self.rows.len() {
            self.count_tags(at, true);
        }
        self.list_tags();
    }

    /// Makes the rows of `changed` people again, each in its place; the rest stay. Returns
    /// `false` when the rows were all made again instead (a row was not where it said).
    fn update(&mut self, workspace: &Workspace, today: NaiveDate, changed: &[PersonId]) -> bool {
        let rule = workspace.settings.leap_day;
        let accounts: Vec<OrganisationId> = changed
            .iter()
            .filter_map(|id| self.by_id.get(id).and_then(|&at| self.rows.get(at)))
            .filter_map(|row| workspace.people.get(row.index).and_then(|p| p.organisation))
            .collect();
        let organisations = OrganisationIndex::of_some(workspace, &accounts);
        for id in changed {
            let Some(&at) = self.by_id.get(id) else { continue };
            let Some(index) = self.rows.get(at).map(|r| r.index) else { continue };
            match workspace.people.get(index).filter(|p| p.id == *id) {
                Some(person) => {
                    self.count_tags(at, false);
                    enlist(&mut self.members, &self.rows[at], at, false);
                    let text;
                    (self.rows[at], text) = row(index, person, workspace, &organisations, today, rule);
                    self.texts.set(at, &text);
                    enlist(&mut self.members, &self.rows[at], at, true);
                    self.count_tags(at, true);
                }
                // Not where the row says: not a change in place after all.
                None => {
                    self.rebuild(workspace, today);
                    return false;
                }
            }
        }
        self.list_tags();
        true
    }

    /// After people came or went only at the end of the workspace's list (an import adds its
    /// people there, and its undo takes them away): everyone before keeps their row, and their
    /// place, unless they or their organisation changed; the rows past the end go and the new
    /// people's are added. Returns the rows made (to be put in the order shown), or `None`
    /// when the people before the end are not where their rows say.
    fn renew_at_end(
        &mut self,
        workspace: &Workspace,
        today: NaiveDate,
        people: &[PersonId],
        organisations: &[OrganisationId],
    ) -> Option<Vec<usize>> {
        let kept = self.rows.len().min(workspace.people.len());
        if self.by_id.len() != self.rows.len() {
            return None;
        }
        let mut changed = people.to_vec();
        changed.sort_unstable();
        // Everyone unchanged is where their row is, without going through them all: a changed
        // person with a row before the end is still there, and everyone past the end (in the
        // workspace, or in the rows) changed. Someone put in or taken out before the end would
        // have moved an unchanged person past it, or a changed one from their row.
        let mut again = Vec::new();
        for id in &changed {
            match self.by_id.get(id) {
                Some(&at) if at < kept => {
                    if workspace.people.get(at).is_none_or(|p| p.id != *id) {
                        return None;
                    }
                    again.push(at);
                }
                _ => {}
            }
        }
        let is_changed = |id: &PersonId| changed.binary_search(id).is_ok();
        if !workspace.people[kept..].iter().all(|p| is_changed(&p.id))
            || !self.rows[kept..].iter().all(|r| is_changed(&r.id))
        {
            return None;
        }
        // And the people of a changed organisation.
        again.extend(organisations.iter().filter_map(|o| self.members.get(o)).flatten().filter(|&&at| at < kept));
        again.sort_unstable();
        again.dedup();
        self.texts.truncate(kept);
        for (at, gone) in self.rows.drain(kept..).enumerate() {
            tally(&mut self.tag_counts, &gone, false);
            enlist(&mut self.members, &gone, kept + at, false);
            self.by_id.remove(&gone.id);
        }
        let rule = workspace.settings.leap_day;
        let remade: Vec<(usize, &Person)> = again
            .into_iter()
            .chain(kept..workspace.people.len())
            .filter_map(|at| workspace.people.get(at).map(|p| (at, p)))
            .collect();
        // The organisations of the people whose rows are made, changed or not (someone an
        // import updated is still in theirs); none after an undo that only took people away.
        let accounts: Vec<OrganisationId> = remade.iter().filter_map(|(_, p)| p.organisation).collect();
        let index = OrganisationIndex::of_some(workspace, &accounts);
        let mut made = Vec::new();
        for (at, person) in remade {
            let (row, text) = row(at, person, workspace, &index, today, rule);
            self.texts.set(at, &text);
            if let Some(old) = self.rows.get(at).filter(|_| at < kept) {
                tally(&mut self.tag_counts, old, false);
                enlist(&mut self.members, old, at, false);
            }
            tally(&mut self.tag_counts, &row, true);
            enlist(&mut self.members, &row, at, true);
            if at < kept {
                self.rows[at] = row;
            } else {
                self.by_id.insert(person.id, at);
                self.rows.push(row);
            }
            made.push(at);
        }
        self.list_tags();
        Some(made)
    }

    /// Puts the `rows` made again (or new) where `query` now shows them (or out of the list),
    /// the rest keeping their order, and drops the rows past the end: a binary search each
    /// instead of sorting everyone. Returns `false` when too many changed, the order then left
    /// to be made again.
    fn patch_shown(&mut self, query: &Query, mut rows: Vec<usize>) -> bool {
        /// More rows than this are sorted with the rest.
        const FEW: usize = 1024;
        rows.sort_unstable();
        rows.dedup();
        if rows.len() > FEW {
            return false;
        }
        let len = self.rows.len();
        self.shown.retain(|i| *i < len && rows.binary_search(i).is_err());
        let filter = Filter::of(query);
        let mut fresh: Vec<usize> =
            rows.into_iter().filter(|&at| filter.admits_at(&self.rows, &self.texts, at)).collect();
        let all = &self.rows;
        fresh.sort_unstable_by(|a, b| compare(all, query, *a, *b));
        // Each one's place among the rest, in order; then the rest and them, merged in one pass.
        let places: Vec<usize> =
            fresh.iter().map(|&at| self.shown.partition_point(|&i| compare(all, query, i, at).is_lt())).collect();
        let mut merged = Vec::with_capacity(self.shown.len() + fresh.len());
        let mut from = 0;
        for (&at, &place) in fresh.iter().zip(&places) {
            merged.extend_from_slice(&self.shown[from..place]);
            merged.push(at);
            from = place;
        }
        merged.extend_from_slice(&self.shown[from..]);
        self.shown = merged;
        self.make_lines(query);
        true
    }

    /// Counts the tags of the row at `at` in (`add`) or out of the workspace's tags.
    fn count_tags(&mut self, at: usize, add: bool) {
        if let Some(row) = self.rows.get(at) {
            tally(&mut self.tag_counts, row, add);
        }
    }

    /// Every tag of the workspace, once, in alphabetical order.
    fn list_tags(&mut self) {
        self.tags = self.tag_counts.values().map(|(tag, _)| tag.clone()).collect();
    }

    fn reorder(&mut self, query: &Query) {
        let admitted = Filter::of(query).admitted(&self.rows, &self.texts);
        self.shown = admitted.iter().enumerate().filter(|(_, shown)| **shown).map(|(at, _)| at).collect();
        order::sort(&self.rows, query, &mut self.shown);
        self.make_lines(query);
        #[cfg(test)]
        {
            self.sorts += 1;
        }
    }

    /// From the order shown for `before` to `query`'s, which shows everyone it did and more:
    /// only those it adds are sorted, then merged in.
    fn widen(&mut self, before: &Query, query: &Query) {
        let (rows, texts) = (&self.rows, &self.texts);
        let (was, is) = (Filter::of(before).admitted(rows, texts), Filter::of(query).admitted(rows, texts));
        let mut added: Vec<usize> =
            was.iter().zip(&is).enumerate().filter(|(_, (was, is))| **is && !**was).map(|(at, _)| at).collect();
        order::sort(&self.rows, query, &mut added);
        self.shown = order::merge(&self.rows, query, &self.shown, &added);
        self.make_lines(query);
    }

    /// The lines drawn for the order shown: grouped, a heading before each organisation's.
    fn make_lines(&mut self, query: &Query) {
        self.grouped = query.group;
        self.lines = Vec::new();
        if !query.group {
            return;
        }
        self.lines.reserve(self.shown.len());
        let mut position = 0;
        while position < self.shown.len() {
            let key = &self.rows[self.shown[position]].organisation_key;
            let count = self.shown[position..].iter().take_while(|&&r| self.rows[r].organisation_key == *key).count();
            self.lines.push(Line::Group(position, count));
            self.lines.extend((position..position + count).map(Line::Person));
            position += count;
        }
    }

    /// How many lines are drawn: the rows and, grouped, the headings.
    pub fn lines_len(&self) -> usize {
        if self.grouped { self.lines.len() } else { self.shown.len() }
    }

    pub fn line_at(&self, line: usize) -> Option<Line> {
        if self.grouped {
            self.lines.get(line).copied()
        } else {
            (line < self.shown.len()).then_some(Line::Person(line))
        }
    }

    /// The line the person shown at `position` is drawn on.
    pub fn line_of(&self, position: usize) -> usize {
        if !self.grouped {
            return position;
        }
        // The lines follow the positions: a heading comes before the person at its position.
        let line = self.lines.partition_point(|l| match *l {
            Line::Person(at) => at < position,
            Line::Group(first, _) => first <= position,
        });
        if self.lines.get(line) == Some(&Line::Person(position)) { line } else { position }
    }

    /// A heading's organisation: the name shown (empty for those without one).
    pub fn heading(&self, first: usize) -> &str {
        self.shown_at(first).map_or("", |row| row.organisation.as_str())
    }

    /// The rows in the order shown.
    #[cfg(test)]
    pub fn shown(&self) -> impl ExactSizeIterator<Item = &Row> + '_ {
        self.shown.iter().map(|&i| &self.rows[i])
    }

    /// Whether rows were made for some workspace.
    pub fn is_built(&self) -> bool {
        self.built_for.is_some()
    }

    pub fn shown_len(&self) -> usize {
        self.shown.len()
    }

    /// The row shown at `position`.
    pub fn shown_at(&self, position: usize) -> Option<&Row> {
        self.shown.get(position).and_then(|&i| self.rows.get(i))
    }

    /// Where the person is in the shown order.
    pub fn position_of(&self, id: PersonId) -> Option<usize> {
        let row = *self.by_id.get(&id)?;
        self.shown.iter().position(|&i| i == row)
    }

    pub fn row(&self, id: PersonId) -> Option<&Row> {
        self.by_id.get(&id).and_then(|&i| self.rows.get(i))
    }

    pub fn contains(&self, id: PersonId) -> bool {
        self.by_id.contains_key(&id)
    }

    /// Every tag in the workspace, once, in alphabetical order.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }
}

/// Counts the row at `at` in (`add`) or out of its organisation's people.
fn enlist(members: &mut HashMap<OrganisationId, Vec<usize>>, row: &Row, at: usize, add: bool) {
    let Some(account) = row.account else { return };
    if add {
        members.entry(account).or_default().push(at);
    } else if let Some(rows) = members.get_mut(&account) {
        rows.retain(|&r| r != at);
        if rows.is_empty() {
            members.remove(&account);
        }
    }
}

/// Counts the tags of `row` in (`add`) or out of `counts`, by their sort key (lowercase, then
/// as written).
fn tally(counts: &mut BTreeMap<String, (String, usize)>, row: &Row, add: bool) {
    for (tag, lower) in row.written_tags.iter().zip(&row.tags) {
        if tag.trim().is_empty() {
            continue;
        }
        let key = format!("{lower}\u{0}{tag}");
        if add {
            counts.entry(key).or_insert_with(|| (tag.clone(), 0)).1 += 1;
        } else if let Some((_, count)) = counts.get_mut(&key) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&key);
            }
        }
    }
}

fn row(
    index: usize,
    person: &Person,
    workspace: &Workspace,
    organisations: &OrganisationIndex,
    today: NaiveDate,
    rule: crate::model::LeapDay,
) -> (Row, String) {
    let organisation = organisations.of_person(workspace, person);
    let organisation_name = organisation.map(|o| o.name.clone()).unwrap_or_default();
    let tags: Vec<String> = person.tags.iter().map(|t| t.to_lowercase()).collect();
    let mut haystack = tags.join("\n");
    haystack.push('\n');
    let life = &person.life;
    let fields = [&person.name, &organisation_name, &person.role, &life.notes];
    for text in fields.into_iter().chain(&life.interests).chain(life.family.iter().map(|f| &f.name)) {
        haystack.push_str(&text.to_lowercase());
        haystack.push('\n');
    }
    for email in &person.contact.emails {
        haystack.push_str(&email.value.to_lowercase());
        haystack.push('\n');
    }
    let last_personal = knowledge::last_personal_contact(person);
    let (name_key, organisation_key) = (person.name.to_lowercase(), organisation_name.to_lowercase());
    let row = Row {
        id: person.id,
        index,
        initials: person.initials(),
        knowledge: knowledge::of(person, today).percent(),
        last_contact: knowledge::last_contact(person),
        recent_personal_contact: last_personal
            .is_some_and(|d| d <= today && (today - d).num_days() <= knowledge::CONTACT_DAYS),
        next: upcoming::next_for(person, today, rule).map(Box::new),
        overdue: crate::ops::agenda::overdue_follow_ups(person, today),
        name_first: crate::ui::views::first_bytes(&name_key),
        organisation_first: crate::ui::views::first_bytes(&organisation_key),
        name_key,
        organisation_key,
        organisation: organisation_name,
        tags,
        written_tags: person.tags.clone(),
        status: person.status,
        key_account: person.key_account || organisation.is_some_and(|o| o.key_account),
        account: person.organisation,
    };
    (row, haystack)
}

impl Row {
    /// The next milestone within a year, as a day and a short text for the list, in the
    /// thread's language: "turns 50", "Ida turns 7", "fylder 50".
    pub fn next_text(&self) -> Option<(NaiveDate, String)> {
        let next = self.next.as_ref()?;
        let text = next.short_text();
        let text = if text.trim().is_empty() { next.what.label() } else { text };
        Some((next.date, text))
    }
}

/// "4 Dec" for a day ("4. dec." in Danish).
pub fn short_date(date: NaiveDate) -> String {
    crate::i18n::day_month_short(date.day(), date.month())
}

/// What one row draws besides the row's own data.
pub struct RowLook<'a> {
    pub name: &'a str,
    pub organisation: &'a str,
    pub status: &'a str,
    pub key_account: bool,
    pub marked: bool,
    pub cursor: bool,
    pub photo: Option<&'a TextureHandle>,
}

/// Draws one row, exactly [`ROW_HEIGHT`] high, every text cut to its column on one line.
pub fn row_ui(ui: &mut Ui, row: &Row, look: &RowLook<'_>) -> Response {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::hover());
    let response = ui.interact(rect, egui::Id::unique(("people_row", row.id)), Sense::click());
    let label = look.name.to_owned();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::ListItem, true, look.marked, &label));
    if row.overdue > 0 {
        let badge = crate::t!("people-overdue-badge", count = row.overdue);
        ui.ctx().accesskit_node_builder(response.id, |node| node.set_description(badge));
    }
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    if look.marked {
        painter.rect_filled(rect, 2.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if look.cursor {
        painter.rect_stroke(rect.shrink(1.0), 2.0, visuals.selection.stroke, egui::StrokeKind::Inside);
    }
    let text_color = if look.marked { visuals.selection.stroke.color } else { visuals.text_color() };
    let weak = if look.marked { text_color } else { visuals.weak_text_color() };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());

    let centre_y = rect.center().y;
    let avatar = Rect::from_center_size(pos2(rect.left() + 4.0 + AVATAR / 2.0, centre_y), vec2(AVATAR, AVATAR));
    match look.photo {
        Some(texture) => {
            egui::Image::from_texture(texture).corner_radius(AVATAR / 2.0).paint_at(ui, avatar);
        }
        None => {
            painter.circle_filled(avatar.center(), AVATAR / 2.0, avatar_colour(row.id));
            painter.text(avatar.center(), Align2::CENTER_CENTER, &row.initials, small.clone(), Color32::WHITE);
        }
    }

    // Columns: name and organisation share what the fixed columns leave.
    let left = avatar.right() + 8.0;
    // A narrow list (a projector at 2×) gives up the next milestone, then the status, before
    // names become unreadable.
    let (mut status_w, star_w, knowledge_w, mut next_w) = (104.0, 18.0, 44.0, 128.0);
    let badge_w = 22.0;
    let room = rect.right() - left - star_w - badge_w - knowledge_w;
    if room - status_w - next_w < NAMES_AT_LEAST {
        next_w = 0.0;
    }
    if room - status_w - next_w < NAMES_AT_LEAST {
        status_w = 0.0;
    }
    let flexible = (room - status_w - next_w).max(60.0);
    let name_w = flexible * 0.5;
    let mut x = left;
    let mut cell = |text: &str, width: f32, font: &FontId, color: Color32, right_aligned: bool| {
        if width > 4.0 && !text.is_empty() {
            let galley = painter.layout_job(one_line(text, font.clone(), color, width - 6.0));
            let gx = if right_aligned { x + width - 6.0 - galley.size().x } else { x };
            painter.galley(pos2(gx, centre_y - galley.size().y / 2.0), galley, color);
        }
        x += width;
    };
    cell(look.name, name_w, &font, text_color, false);
    cell(look.organisation, flexible - name_w, &font, weak, false);
    cell(look.status, status_w, &small, weak, false);
    cell(if look.key_account { "★" } else { "" }, star_w, &font, Color32::from_rgb(0xE0, 0xA0, 0x20), false);
    cell(if row.overdue > 0 { "⏰" } else { "" }, badge_w, &font, visuals.warn_fg_color, false);
    cell(&format!("{} %", row.knowledge), knowledge_w, &small, text_color, true);
    let next = row.next_text().map(|(date, text)| format!("{} · {text}", short_date(date))).unwrap_or_default();
    cell(&next, next_w, &small, weak, false);
    response
}

/// A heading line of the list grouped by organisation: the name and how many people follow,
/// exactly [`ROW_HEIGHT`] high.
pub fn group_ui(ui: &mut Ui, organisation: &str, count: usize) {
    let text = if organisation.trim().is_empty() {
        crate::t!("people-group-none", count = count)
    } else {
        crate::t!("people-group", name = organisation, count = count)
    };
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = painter.layout_job(one_line(&text, font, visuals.strong_text_color(), rect.width() - 12.0));
    painter.galley(
        pos2(rect.left() + 6.0, rect.center().y - galley.size().y / 2.0),
        galley,
        visuals.strong_text_color(),
    );
}

/// The width name and organisation share before other columns give way.
const NAMES_AT_LEAST: f32 = 200.0;

fn one_line(text: &str, font: FontId, color: Color32, width: f32) -> LayoutJob {
    let mut job = LayoutJob::single_section(text.replace(['\n', '\r'], " "), TextFormat::simple(font, color));
    job.wrap = TextWrapping::truncate_at_width(width.max(1.0));
    job
}

/// A calm colour per person, the same every time.
fn avatar_colour(id: PersonId) -> Color32 {
    const PALETTE: [Color32; 8] = [
        Color32::from_rgb(0x3B, 0x6E, 0xA5),
        Color32::from_rgb(0x5A, 0x8F, 0x5A),
        Color32::from_rgb(0xA5, 0x5A, 0x3B),
        Color32::from_rgb(0x7A, 0x5A, 0xA5),
        Color32::from_rgb(0x3B, 0x8F, 0x8F),
        Color32::from_rgb(0xA5, 0x3B, 0x6E),
        Color32::from_rgb(0x6E, 0x6E, 0x3B),
        Color32::from_rgb(0x4A, 0x4A, 0x7A),
    ];
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut hasher);
    PALETTE[(hasher.finish() % PALETTE.len() as u64) as usize]
}

/// Photos decoded once per person and photo, as small textures for the list.
#[derive(Default)]
pub struct PhotoCache {
    entries: HashMap<PersonId, PhotoEntry>,
}

struct PhotoEntry {
    /// The revision the entry was last checked against.
    revision: u64,
    fingerprint: u64,
    /// `None` when the photo could not be decoded: the list shows initials.
    texture: Option<TextureHandle>,
}

const PHOTO_CACHE_LIMIT: usize = 2_000;
const THUMBNAIL: u32 = 48;

impl PhotoCache {
    /// The texture of `person`'s photo, decoding it when the photo is new or has changed.
    pub fn get(&mut self, ctx: &egui::Context, person: &Person, revision: u64) -> Option<&TextureHandle> {
        let Some(photo) = &person.photo else {
            self.entries.remove(&person.id);
            return None;
        };
        let stale = match self.entries.get(&person.id) {
            Some(entry) if entry.revision == revision => false,
            Some(entry) => entry.fingerprint != fingerprint(&photo.base64),
            None => true,
        };
        if stale {
            if self.entries.len() >= PHOTO_CACHE_LIMIT {
                self.entries.clear();
            }
            let texture = decode(photo).map(|image| {
                ctx.load_texture(format!("person-photo-{}", person.id), image, egui::TextureOptions::LINEAR)
            });
            let entry = PhotoEntry { revision, fingerprint: fingerprint(&photo.base64), texture };
            self.entries.insert(person.id, entry);
        }
        let entry = self.entries.get_mut(&person.id)?;
        entry.revision = revision;
        entry.texture.as_ref()
    }
}

fn fingerprint(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

fn decode(photo: &crate::model::Photo) -> Option<egui::ColorImage> {
    let bytes = photo.bytes().ok()?;
    let image = image::load_from_memory(&bytes).ok()?.thumbnail(THUMBNAIL, THUMBNAIL).to_rgba8();
    let size = [image.width() as usize, image.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FamilyMember, Interaction};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn names(index: &PeopleIndex, workspace: &Workspace) -> Vec<String> {
        index.shown().map(|r| workspace.people[r.index].name.clone()).collect()
    }

    fn workspace() -> Workspace {
        let mut ws = Workspace::named("Test");
        let kjaergaard = crate::model::Organisation::named("Kjærgaard Tømrer");
        let bageriet = crate::model::Organisation::named("Bageriet");
        let mut mette = Person::named("Mette Kjærgaard");
        mette.organisation = Some(kjaergaard.id);
        mette.tags = vec!["Construction".into()];
        mette.key_account = true;
        mette.status = Status::Customer;
        mette.life.family.push(FamilyMember { name: "Ida".into(), ..FamilyMember::default() });
        mette.life.interests = vec!["Sailing".into()];
        mette.life.what_matters = "Her crew".into();
        mette.interactions.push(Interaction { date: day(2026, 11, 1), personal: true, ..Interaction::default() });
        let mut jonas = Person::named("Jonas Hansen");
        jonas.organisation = Some(bageriet.id);
        jonas.role = "Baker".into();
        jonas.tags = vec!["Retail".into(), "Construction site".into()];
        jonas.life.notes = "Loves jazz".into();
        let anna = Person::named("anna Berg");
        ws.people = vec![mette, jonas, anna];
        ws.organisations = vec![kjaergaard, bageriet];
        ws
    }

    #[test]
    fn grouped_by_organisation_each_has_a_heading_and_those_without_come_last() {
        let mut ws = workspace();
        let mut ida = Person::named("Ida Kjærgaard");
        ida.organisation = ws.people[0].organisation;
        ws.people.push(ida);
        let mut index = PeopleIndex::default();
        let query = Query { group: true, ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), day(2026, 11, 23), &query);
        let lines: Vec<String> = (0..index.lines_len())
            .filter_map(|l| index.line_at(l))
            .map(|line| match line {
                Line::Group(first, count) => format!("{} ({count})", index.heading(first)),
                Line::Person(position) => {
                    index.shown_at(position).map(|r| ws.people[r.index].name.clone()).unwrap_or_default()
                }
            })
            .collect();
        assert_eq!(
            lines,
            [
                "Bageriet (1)",
                "Jonas Hansen",
                "Kjærgaard Tømrer (2)",
                "Ida Kjærgaard",
                "Mette Kjærgaard",
                " (1)",
                "anna Berg"
            ]
        );
        assert_eq!(index.line_of(0), 1, "the first person is under the first heading");
        for position in 0..index.shown_len() {
            assert_eq!(index.line_at(index.line_of(position)), Some(Line::Person(position)), "{position}");
        }
        assert_eq!(names(&index, &ws), ["Jonas Hansen", "Ida Kjærgaard", "Mette Kjærgaard", "anna Berg"]);
        // Ungrouped, a line is a row.
        index.refresh(&ws, (1, &Changes::default()), day(2026, 11, 23), &Query::default());
        assert_eq!((index.lines_len(), index.line_of(2)), (4, 2));
        assert_eq!((index.line_at(3), index.line_at(4)), (Some(Line::Person(3)), None));
    }

    #[test]
    fn rows_made_before_the_list_is_shown_are_used_in_order_for_that_state_and_day_only() {
        let ws = workspace();
        let today = day(2026, 11, 23);
        let query = Query::default();
        let mut fresh = PeopleIndex::default();
        assert!(fresh.refresh(&ws, (1, &Changes::default()), today, &query));
        let mut built = PeopleIndex::built(&ws, 1, today, &query);
        let sorts = built.sorts;
        assert!(!built.refresh(&ws, (1, &Changes::default()), today, &query), "not made again");
        assert_eq!(built.sorts, sorts, "already in the query's order");
        assert_eq!(names(&built, &ws), names(&fresh, &ws));
        assert_eq!(built.tags(), fresh.tags());
        // Another query puts the rows in its own order; the other direction only turns it round.
        for (other, sorted) in [
            (Query { sort: SortBy::Knowledge, ..Query::default() }, 1),
            (Query { sort: SortBy::Knowledge, descending: true, ..Query::default() }, 1),
            (Query { sort: SortBy::Knowledge, descending: true, group: true, ..Query::default() }, 2),
            (Query { sort: SortBy::Knowledge, group: true, ..Query::default() }, 2),
        ] {
            built.refresh(&ws, (1, &Changes::default()), today, &other);
            let mut afresh = PeopleIndex::default();
            afresh.refresh(&ws, (1, &Changes::default()), today, &other);
            assert_eq!((built.sorts, names(&built, &ws)), (sorts + sorted, names(&afresh, &ws)), "{other:?}");
        }
        for (revision, on) in [(2, today), (1, day(2026, 11, 24))] {
            let mut other = PeopleIndex::built(&ws, 1, today, &query);
            assert!(other.refresh(&ws, (revision, &Changes::default()), on, &query), "made again");
        }
    }

    #[test]
    fn a_key_accounts_people_count_as_key_accounts() {
        let mut ws = workspace();
        ws.organisations[1].key_account = true;
        let mut index = PeopleIndex::default();
        index.refresh(
            &ws,
            (1, &Changes::default()),
            day(2026, 11, 23),
            &Query { key_accounts: true, ..Query::default() },
        );
        assert_eq!(names(&index, &ws), ["Jonas Hansen", "Mette Kjærgaard"]);
    }

    #[test]
    fn search_covers_every_field_and_ignores_case() {
        let ws = workspace();
        let today = day(2026, 11, 23);
        let mut index = PeopleIndex::default();
        let mut query = Query::default();
        for (text, expect) in [
            ("", vec!["anna Berg", "Jonas Hansen", "Mette Kjærgaard"]),
            ("KJÆR", vec!["Mette Kjærgaard"]),
            ("ida", vec!["Mette Kjærgaard"]),
            ("sailing", vec!["Mette Kjærgaard"]),
            ("baker", vec!["Jonas Hansen"]),
            ("JAZZ", vec!["Jonas Hansen"]),
            ("retail", vec!["Jonas Hansen"]),
            ("jonas bager", vec!["Jonas Hansen"]),
            ("nobody", vec![]),
        ] {
            query.text = text.into();
            index.refresh(&ws, (1, &Changes::default()), today, &query);
            assert_eq!(names(&index, &ws), expect, "searching {text:?}");
        }
    }

    #[test]
    fn filters_and_sorts() {
        let ws = workspace();
        let today = day(2026, 11, 23);
        let mut index = PeopleIndex::default();
        let query = Query { key_accounts: true, ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        assert_eq!(names(&index, &ws), ["Mette Kjærgaard"]);
        let query = Query { tag: Some("Construction".into()), ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        assert_eq!(names(&index, &ws), ["Mette Kjærgaard"], "a tag matches whole, not a part of another tag");
        let query = Query { status: Some(Status::Prospect), ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        assert_eq!(names(&index, &ws), ["anna Berg", "Jonas Hansen"]);
        let query = Query { no_recent_contact: true, ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        assert_eq!(names(&index, &ws), ["anna Berg", "Jonas Hansen"]);
        let query = Query { low_knowledge: true, sort: SortBy::Organisation, ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        assert_eq!(names(&index, &ws), ["anna Berg", "Jonas Hansen"], "Mette knows 4 of 8 facts: not low");
        let query = Query { sort: SortBy::Knowledge, descending: true, ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        assert_eq!(names(&index, &ws)[0], "Mette Kjærgaard");
        assert_eq!(index.tags(), ["Construction", "Construction site", "Retail"]);
    }

    #[test]
    fn the_next_milestone_is_short() {
        use crate::model::{Milestone, MilestoneKind, PartialDate, Relation};
        let today = day(2026, 11, 23);
        let mut ws = workspace();
        let mette = &mut ws.people[0];
        let ida = mette.life.family[0].id;
        mette.life.family[0].relation = Relation::Daughter;
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1976, 12, 4).unwrap_or_else(|| unreachable!()),
            ..Milestone::default()
        });
        mette.milestones.push(Milestone {
            kind: MilestoneKind::FamilyBirthday,
            family_member: Some(ida),
            date: PartialDate::ymd(2019, 11, 30).unwrap_or_else(|| unreachable!()),
            ..Milestone::default()
        });
        ws.people[1].milestones.push(Milestone {
            kind: MilestoneKind::CustomerSince,
            date: PartialDate::ymd(2017, 1, 10).unwrap_or_else(|| unreachable!()),
            ..Milestone::default()
        });
        let mut index = PeopleIndex::default();
        let query = Query { sort: SortBy::NextMilestone, ..Query::default() };
        index.refresh(&ws, (1, &Changes::default()), today, &query);
        let next: Vec<Option<(String, String)>> =
            index.shown().map(|r| r.next_text().map(|(d, t)| (short_date(d), t))).collect();
        assert_eq!(
            next,
            [
                Some(("30 Nov".into(), "Ida turns 7".into())),
                Some(("10 Jan".into(), "10 years as a customer".into())),
                None
            ]
        );

        // In Danish the same rows word it in Danish: no row is made again for a language.
        crate::i18n::set_language(crate::i18n::Lang::Da);
        assert!(!index.refresh(&ws, (1, &Changes::default()), today, &query), "a new language keeps the rows");
        let next: Vec<Option<(String, String)>> =
            index.shown().map(|r| r.next_text().map(|(d, t)| (short_date(d), t))).collect();
        crate::i18n::set_language(crate::i18n::Lang::En);
        assert_eq!(
            next,
            [
                Some(("30. nov.".into(), "Ida fylder 7".into())),
                Some(("10. jan.".into(), "10 år som kunde".into())),
                None
            ]
        );
    }

    #[test]
    fn photos_decode_to_small_thumbnails_and_damaged_ones_to_nothing() {
        let mut png = Vec::new();
        image::RgbaImage::from_pixel(200, 100, image::Rgba([200, 30, 30, 255]))
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap_or_else(|e| panic!("encodes: {e}"));
        let thumbnail = decode(&crate::model::Photo::from_bytes("image/png", &png));
        assert_eq!(thumbnail.map(|t| t.size), Some([48, 24]));
        assert!(decode(&crate::model::Photo::from_bytes("image/png", b"not an image")).is_none());
        let damaged = crate::model::Photo { mime: "image/png".into(), base64: "%%%".into() };
        assert!(decode(&damaged).is_none());
    }

    #[test]
    fn rows_are_rebuilt_per_revision_only() {
        let mut ws = workspace();
        let today = day(2026, 11, 23);
        let mut index = PeopleIndex::default();
        let query = Query::default();
        assert!(index.refresh(&ws, (1, &Changes::default()), today, &query));
        assert!(!index.refresh(&ws, (1, &Changes::default()), today, &query));
        ws.people[0].name = "Zelda".into();
        assert!(index.refresh(&ws, (2, &Changes::default()), today, &query));
        assert_eq!(names(&index, &ws).last().map(String::as_str), Some("Zelda"));
    }

    /// What the list shows of a row: name, score, next milestone, organisation, tags, search text.
    type Shown = (String, u8, Option<(NaiveDate, String)>, String, Vec<String>, String);

    /// What the list shows of each row, in the order shown.
    fn shown_rows(index: &PeopleIndex) -> Vec<Shown> {
        assert_eq!(index.texts.len(), index.rows.len(), "a search text for each row");
        index
            .shown
            .iter()
            .map(|&at| {
                let r = &index.rows[at];
                (
                    r.name_key.clone(),
                    r.knowledge,
                    r.next_text(),
                    r.organisation.clone(),
                    r.tags.clone(),
                    String::from_utf8_lossy(index.texts.get(at)).into_owned(),
                )
            })
            .collect()
    }

    /// The test workspace, a fresh history, no query, and the list built for `today`.
    fn built(today: NaiveDate) -> (Workspace, crate::ops::History, Query, PeopleIndex) {
        let ws = workspace();
        let history = crate::ops::History::new();
        let query = Query::default();
        let mut index = PeopleIndex::default();
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        (ws, history, query, index)
    }

    #[test]
    fn after_an_edit_of_one_person_only_their_row_is_made_again_and_the_list_is_as_if_rebuilt() {
        let today = day(2026, 11, 23);
        let (mut ws, mut history, query, mut index) = built(today);
        let mut jonas = ws.people[1].clone();
        jonas.name = "Aage Hansen".into();
        jonas.tags.push("Bakery".into());
        jonas.life.interests.push("Chess".into());
        history.apply(&mut ws, "edit", crate::ops::Edit::ReplacePerson(Box::new(jonas))).expect("applies");
        // A row of someone else, made stale on purpose: an update in place leaves it alone, so
        // the test can tell an update from a rebuild.
        index.rows[0].initials = "stale".into();
        assert!(index.refresh(&ws, (history.state(), &history.changes()), today, &query));
        assert_eq!(index.rows[0].initials, "stale", "only the changed person's row was made again");
        index.rows[0].initials = ws.people[0].initials();
        let mut rebuilt = PeopleIndex::default();
        rebuilt.refresh(&ws, (history.state(), &crate::ops::Changes::default()), today, &query);
        assert_eq!(shown_rows(&index), shown_rows(&rebuilt));
        assert_eq!(index.tags(), rebuilt.tags());
        assert_eq!(names(&index, &ws)[0], "Aage Hansen", "in its new place in the order");

        // Undone: the same again.
        history.undo(&mut ws);
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        let mut rebuilt = PeopleIndex::default();
        rebuilt.refresh(&ws, (history.state(), &crate::ops::Changes::default()), today, &query);
        assert_eq!(shown_rows(&index), shown_rows(&rebuilt));

        // An organisation renamed: its people's rows are made again, the others' kept.
        let account = ws.organisations[0].clone();
        let renamed = crate::model::Organisation { name: "Renamed".into(), ..account.clone() };
        history.apply(&mut ws, "rename", crate::ops::Edit::ReplaceOrganisation(Box::new(renamed))).expect("applies");
        for row in &mut index.rows {
            row.initials = "stale".into();
        }
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        for row in &index.rows {
            let member = ws.people[row.index].organisation == Some(account.id);
            assert_eq!(row.initials != "stale", member, "{}: made again when in the account", row.organisation);
        }
        assert!(index.rows.iter().any(|r| r.organisation == "Renamed"));
    }

    #[test]
    fn people_added_and_taken_out_keep_everyone_else_s_row_and_the_list_is_as_if_rebuilt() {
        let today = day(2026, 11, 23);
        let (mut ws, mut history, query, mut index) = built(today);
        let stale = |index: &mut PeopleIndex| {
            for row in &mut index.rows {
                row.initials = format!("kept {}", row.name_key);
            }
        };
        let as_built = |index: &PeopleIndex, ws: &Workspace, history: &crate::ops::History| {
            let mut rebuilt = PeopleIndex::default();
            rebuilt.refresh(ws, (history.state(), &crate::ops::Changes::default()), today, &query);
            assert_eq!(shown_rows(index), shown_rows(&rebuilt));
            let places =
                |index: &PeopleIndex| index.shown().map(|r| (r.id, r.index, r.key_account)).collect::<Vec<_>>();
            assert_eq!(places(index), places(&rebuilt));
            assert_eq!(index.tags(), rebuilt.tags());
        };
        // An import: a new organisation, someone in it and someone without one, at the top.
        let account = crate::model::Organisation::named("Brand New ApS");
        let mut newcomer = Person::named("Åse Ny");
        newcomer.organisation = Some(account.id);
        newcomer.tags.push("imported".into());
        let loner = Person::named("Bent Alene");
        let (newcomer_id, loner_id) = (newcomer.id, loner.id);
        let import = crate::ops::Edit::Batch(vec![
            crate::ops::Edit::InsertOrganisation { index: 0, organisation: Box::new(account) },
            crate::ops::Edit::InsertPerson { index: 0, person: Box::new(newcomer) },
            crate::ops::Edit::InsertPerson { index: usize::MAX, person: Box::new(loner) },
        ]);
        stale(&mut index);
        history.apply(&mut ws, "import", import).expect("applies");
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        for row in &index.rows {
            let new = row.id == newcomer_id || row.id == loner_id;
            assert_eq!(!row.initials.starts_with("kept "), new, "{}: made only when new", row.name_key);
            assert_eq!(ws.people[row.index].id, row.id, "each row knows its place now");
        }
        as_built(&index, &ws, &history);
        // Undone: they are gone, everyone else's row kept.
        stale(&mut index);
        history.undo(&mut ws);
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        assert!(index.rows.iter().all(|r| r.initials.starts_with("kept ")), "nobody made again");
        assert!(!index.contains(newcomer_id) && !index.contains(loner_id));
        as_built(&index, &ws, &history);
    }

    #[test]
    fn after_an_edit_of_a_few_people_the_order_shown_moves_only_them_and_is_as_if_sorted_again() {
        let today = day(2026, 12, 1);
        let mut queries = Vec::new();
        for sort in SortBy::ALL {
            for (descending, group) in [(false, false), (true, false), (false, true), (true, true)] {
                queries.push(Query { sort, descending, group, ..Query::default() });
            }
        }
        queries.push(Query { text: "a".into(), sort: SortBy::Knowledge, ..Query::default() });
        queries.push(Query { key_accounts: true, sort: SortBy::LastContact, descending: true, ..Query::default() });
        for query in &queries {
            let mut ws = crate::ops::demo::generate(120, today);
            let mut history = crate::ops::History::new();
            let mut index = PeopleIndex::default();
            index.refresh(&ws, (history.state(), &history.changes()), today, query);
            for step in 0..12 {
                let at = (step * 37) % ws.people.len();
                let mut person = ws.people[at].clone();
                match step % 4 {
                    0 => person.name = format!("Aaron {step}"),
                    1 => person.organisation = ws.organisations.get(step).map(|o| o.id),
                    2 => person.name = format!("Zoë {step} a"),
                    _ => person.key_account = !person.key_account,
                }
                let edit = crate::ops::Edit::ReplacePerson(Box::new(person));
                history.apply(&mut ws, "edit", edit).expect("applies");
                index.refresh(&ws, (history.state(), &history.changes()), today, query);
                // The order was patched, not sorted again.
                assert_eq!(index.sorts, 1, "{query:?}, step {step}");
                let mut sorted = PeopleIndex::default();
                sorted.refresh(&ws, (history.state(), &crate::ops::Changes::default()), today, query);
                assert_eq!(index.shown, sorted.shown, "{query:?}, step {step}");
                assert_eq!(index.lines, sorted.lines, "{query:?}, step {step}");
            }
        }
    }

    #[test]
    fn someone_updated_by_an_import_keeps_their_organisation_in_their_row() {
        // An import that adds people at the end and updates someone before it, who stays in
        // an organisation the import does not touch.
        let today = day(2026, 12, 1);
        let query = Query::default();
        let mut ws = crate::ops::demo::generate(80, today);
        let mut history = crate::ops::History::new();
        let mut index = PeopleIndex::default();
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        let at = ws.people.iter().position(|p| p.organisation.is_some()).expect("someone in an organisation");
        let mut updated = ws.people[at].clone();
        updated.life.notes.push_str(" Met at the fair.");
        let newcomer = Person::named("Zeb Imported");
        let import = crate::ops::Edit::Batch(vec![
            crate::ops::Edit::ReplacePerson(Box::new(updated)),
            crate::ops::Edit::InsertPerson { index: usize::MAX, person: Box::new(newcomer) },
        ]);
        let before = history.state();
        history.apply(&mut ws, "import", import).expect("applies");
        assert!(
            matches!(history.changes().between(before, history.state()), crate::ops::Changed::Records { .. }),
            "people replaced and added"
        );
        index.refresh(&ws, (history.state(), &history.changes()), today, &query);
        let mut rebuilt = PeopleIndex::default();
        rebuilt.refresh(&ws, (history.state(), &crate::ops::Changes::default()), today, &query);
        assert_eq!(shown_rows(&index), shown_rows(&rebuilt));
        let row = index.rows.iter().find(|r| r.index == at).expect("their row");
        assert_eq!(row.organisation, ws.organisation_name(&ws.people[at]));
    }

    #[test]
    fn people_added_at_the_end_and_taken_away_again_are_put_in_the_order_as_if_sorted_again() {
        let today = day(2026, 12, 1);
        for query in [
            Query::default(),
            Query { sort: SortBy::Organisation, descending: true, ..Query::default() },
            Query { group: true, sort: SortBy::Knowledge, ..Query::default() },
            Query { text: "e".into(), ..Query::default() },
        ] {
            let mut ws = crate::ops::demo::generate(80, today);
            let mut history = crate::ops::History::new();
            let mut index = PeopleIndex::default();
            index.refresh(&ws, (history.state(), &history.changes()), today, &query);
            let account = crate::model::Organisation::named("Aardvark Imports");
            let mut edits = vec![crate::ops::Edit::InsertOrganisation {
                index: usize::MAX,
                organisation: Box::new(account.clone()),
            }];
            for n in 0..12 {
                let mut person = Person::named(format!("{} Imported", ["Anna", "Zeb", "Mette"][n % 3]));
                person.organisation = (n % 2 == 0).then_some(account.id);
                person.tags.push("imported".into());
                edits.push(crate::ops::Edit::InsertPerson { index: usize::MAX, person: Box::new(person) });
            }
            history.apply(&mut ws, "import", crate::ops::Edit::Batch(edits)).expect("applies");
            let as_sorted = |index: &PeopleIndex, ws: &Workspace, history: &crate::ops::History| {
                assert_eq!(index.sorts, 1, "patched, not sorted again");
                let mut sorted = PeopleIndex::default();
                sorted.refresh(ws, (history.state(), &crate::ops::Changes::default()), today, &query);
                assert_eq!(shown_rows(index), shown_rows(&sorted), "{query:?}");
                assert_eq!(index.lines, sorted.lines);
                assert_eq!(index.tags(), sorted.tags());
                assert!(index.rows.iter().enumerate().all(|(at, r)| ws.people[r.index].id == r.id && r.index == at));
                let members = |index: &PeopleIndex| {
                    let mut members: Vec<(OrganisationId, Vec<usize>)> =
                        index.members.iter().map(|(o, rows)| (*o, rows.clone())).collect();
                    members.iter_mut().for_each(|(_, rows)| rows.sort_unstable());
                    members.sort_unstable();
                    members
                };
                assert_eq!(members(index), members(&sorted), "each organisation's people");
            };
            index.refresh(&ws, (history.state(), &history.changes()), today, &query);
            as_sorted(&index, &ws, &history);
            history.undo(&mut ws);
            index.refresh(&ws, (history.state(), &history.changes()), today, &query);
            as_sorted(&index, &ws, &history);
            assert!(!index.tags().iter().any(|t| t == "imported"));
            // Someone added with an organisation renamed in the same step: its people's rows
            // are made again in their places.
            let account = ws.people.iter().find_map(|p| p.organisation).expect("someone in an organisation");
            let mut renamed = ws.organisation(account).expect("there").clone();
            renamed.name = "Aaa Renamed".into();
            let step = crate::ops::Edit::Batch(vec![
                crate::ops::Edit::ReplaceOrganisation(Box::new(renamed)),
                crate::ops::Edit::InsertPerson { index: usize::MAX, person: Box::new(Person::named("Last One")) },
            ]);
            history.apply(&mut ws, "import", step).expect("applies");
            index.refresh(&ws, (history.state(), &history.changes()), today, &query);
            as_sorted(&index, &ws, &history);
            assert!(index.rows.iter().any(|r| r.organisation == "Aaa Renamed"));
        }
    }
}
