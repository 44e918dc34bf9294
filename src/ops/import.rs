//! What an import would change, shown before it does: each person read is new, an update of
//! someone already here, unchanged, or skipped with the reason; applied, the whole import is
//! one undo step.
//!
//! A person read matches someone in the workspace (or earlier in the same file) who has one of
//! their e-mail addresses, or else the same name and organisation (compared folded: case,
//! accents and punctuation ignored, see [`merge::fold`]; organisations also without their
//! company form, see [`crate::model::organisation_key`]). A match is merged with
//! [`merge::merge`], which never loses a fact; when that adds nothing the person is unchanged,
//! so importing the same file twice adds nobody. The importing file's status is not taken over
//! (a contact list knows nothing about whether someone is a customer).
//!
//! A person read with an organisation's name is linked to the workspace's organisation of that
//! name (compared the same way), or to one the import adds: one new organisation per name, however
//! many people of the file name it. A person merged into someone here who has an organisation
//! keeps it; another name read for them is noted, as merging notes any other value. A workspace
//! imported brings its organisations' details (and their milestones) with the ones it adds, and
//! its links between people with the people they join.
//!
//! For an update the preview says what changes ([`changes`]): the parts of the person it adds
//! to, and the parts the file has too that stay as they are here.
//!
//! An import never brings an id the workspace already uses ([`crate::model::unique`]): a new
//! person, a map, or a record a merge adds to someone here whose id is taken (by someone else,
//! or by an earlier part of the same file) gets a fresh one, and what links to it within the
//! person or map follows. Ids a person here already has stay theirs: that is how the same
//! record read again is known.

use super::Edit;
use super::merge::{self, fold};
use crate::model::unique::MovedPhases;
use crate::model::{
    IdSet, JourneyMap, Link, MilestoneKind, Organisation, OrganisationId, Person, PersonId, Workspace, organisation_key,
};
use crate::t;
use std::collections::HashMap;

/// What an importer read from a file: the input of an import, built by `interop`'s readers
/// (and by [`from_workspace`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The format's name, for the report: "vCard", "CSV (Google Contacts)".
    pub format: String,
    pub people: Vec<Incoming>,
    /// Organisations with their details (a workspace's), which the people read name by
    /// [`Incoming::organisation`]; one is added with its details when no organisation here has
    /// its name.
    pub organisations: Vec<Organisation>,
    /// Links between the people read, by the ids they have in the file (a workspace's).
    pub links: Vec<Link>,
    pub journeys: Vec<JourneyMap>,
    pub skipped: Vec<Skipped>,
    /// Notes about the whole file: its encoding, how ambiguous dates were read, …
    pub notes: Vec<String>,
    /// Whether the file says how far ahead each milestone reminds (a workspace does; contact
    /// lists do not, and their milestones take the workspace's default).
    pub has_reminders: bool,
}

impl Parsed {
    /// Whether anything at all could be read.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.journeys.is_empty()
    }
}

/// One person read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The person as read; their `organisation` is not read (it is linked by name, below).
    pub person: Person,
    /// The name of the organisation the file gives them (vCard's ORG, a CSV's Company or
    /// Firma column); empty without one.
    pub organisation: String,
    /// Where in the file: "card 3 (line 14)", "row 5".
    pub source: String,
    /// What was noticed while reading it: a date kept as text, a photo dropped, …
    pub notes: Vec<String>,
}

/// A part of a file that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub source: String,
    pub reason: String,
}

/// What the import does with one person read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    New,
    /// Merged into this person, who gains something.
    Updated(PersonId),
    /// This person already holds everything read.
    Unchanged(PersonId),
    Skipped(String),
}

/// One line of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub source: String,
    /// The person's name as read (empty for a skipped part).
    pub name: String,
    pub outcome: Outcome,
    /// Notes from reading the row (a date kept as text, an ambiguous date, …).
    pub notes: Vec<String>,
    /// What an update changes (empty for the other outcomes).
    pub changes: Changes,
}

/// A part of a person that an import adds to, or finds already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Organisation,
    Role,
    Email,
    Phone,
    Address,
    Website,
    Photo,
    Tags,
    KeyAccount,
    Purpose,
    StatusReason,
    Family,
    Interests,
    Birthday,
    Milestones,
    WhatMatters,
    ProudOf,
    Preferences,
    Notes,
    Needs,
    Fit,
    Incidents,
    Ideas,
    Log,
    Journeys,
}

impl Field {
    pub const ALL: [Field; 26] = [
        Field::Name,
        Field::Organisation,
        Field::Role,
        Field::Email,
        Field::Phone,
        Field::Address,
        Field::Website,
        Field::Photo,
        Field::Tags,
        Field::KeyAccount,
        Field::Purpose,
        Field::StatusReason,
        Field::Family,
        Field::Interests,
        Field::Birthday,
        Field::Milestones,
        Field::WhatMatters,
        Field::ProudOf,
        Field::Preferences,
        Field::Notes,
        Field::Needs,
        Field::Fit,
        Field::Incidents,
        Field::Ideas,
        Field::Log,
        Field::Journeys,
    ];

    /// Whether `person` holds something in this part.
    fn filled(self, person: &Person) -> bool {
        let text = |t: &str| !t.trim().is_empty();
        match self {
            Field::Name => text(&person.name),
            Field::Organisation => person.organisation.is_some(),
            Field::Role => text(&person.role),
            Field::Email => !person.contact.emails.is_empty(),
            Field::Phone => !person.contact.phones.is_empty(),
            Field::Address => text(&person.contact.address),
            Field::Website => text(&person.contact.website),
            Field::Photo => person.photo.is_some(),
            Field::Tags => !person.tags.is_empty(),
            Field::KeyAccount => person.key_account,
            Field::Purpose => text(&person.purpose),
            Field::StatusReason => text(&person.status_reason),
            Field::Family => !person.life.family.is_empty(),
            Field::Interests => !person.life.interests.is_empty(),
            Field::Birthday => person.milestones.iter().any(is_birthday),
            Field::Milestones => person.milestones.iter().any(|m| !is_birthday(m)),
            Field::WhatMatters => text(&person.life.what_matters),
            Field::ProudOf => text(&person.life.proud_of),
            Field::Preferences => text(&person.life.preferences),
            Field::Notes => text(&person.life.notes),
            Field::Needs => person.needs != Default::default(),
            Field::Fit => person.fit != Default::default(),
            Field::Incidents => !person.incidents.is_empty(),
            Field::Ideas => !person.ideas.is_empty(),
            Field::Log => !person.interactions.is_empty(),
            Field::Journeys => !person.positions.is_empty() || !person.phase_history.is_empty(),
        }
    }

    /// Whether this part is the same in `a` and `b`.
    fn same(self, a: &Person, b: &Person) -> bool {
        let milestones = |p: &Person, birthday: bool| {
            p.milestones.iter().filter(|m| is_birthday(m) == birthday).cloned().collect::<Vec<_>>()
        };
        match self {
            Field::Name => a.name == b.name,
            Field::Organisation => a.organisation == b.organisation,
            Field::Role => a.role == b.role,
            Field::Email => a.contact.emails == b.contact.emails,
            Field::Phone => a.contact.phones == b.contact.phones,
            Field::Address => a.contact.address == b.contact.address,
            Field::Website => a.contact.website == b.contact.website,
            Field::Photo => a.photo == b.photo,
            Field::Tags => a.tags == b.tags,
            Field::KeyAccount => a.key_account == b.key_account,
            Field::Purpose => a.purpose == b.purpose,
            Field::StatusReason => a.status_reason == b.status_reason,
            Field::Family => a.life.family == b.life.family,
            Field::Interests => a.life.interests == b.life.interests,
            Field::Birthday => milestones(a, true) == milestones(b, true),
            Field::Milestones => milestones(a, false) == milestones(b, false),
            Field::WhatMatters => a.life.what_matters == b.life.what_matters,
            Field::ProudOf => a.life.proud_of == b.life.proud_of,
            Field::Preferences => a.life.preferences == b.life.preferences,
            Field::Notes => a.life.notes == b.life.notes,
            Field::Needs => a.needs == b.needs,
            Field::Fit => a.fit == b.fit,
            Field::Incidents => a.incidents == b.incidents,
            Field::Ideas => a.ideas == b.ideas,
            Field::Log => a.interactions == b.interactions,
            Field::Journeys => a.positions == b.positions && a.phase_history == b.phase_history,
        }
    }
}

fn is_birthday(milestone: &crate::model::Milestone) -> bool {
    milestone.kind == MilestoneKind::Birthday
}

/// What an update does to a person, part by part, in [`Field::ALL`]'s order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// The parts the update adds to or fills in.
    pub adds: Vec<Field>,
    /// The parts the file has too that stay as they are here (the same value, or one kept over
    /// the file's: merging then notes the file's value). Not the name, which the preview shows.
    pub keeps: Vec<Field>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.adds.is_empty() && self.keeps.is_empty()
    }
}

/// What merging `read` into `before` changed, given the result `after`.
pub fn changes(before: &Person, read: &Person, after: &Person) -> Changes {
    let mut changes = Changes::default();
    for field in Field::ALL {
        if !field.same(before, after) {
            changes.adds.push(field);
        } else if field != Field::Name && field.filled(read) && field.filled(before) {
            changes.keeps.push(field);
        }
    }
    changes
}

/// The preview of an import and the edit that carries it out.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub format: String,
    pub rows: Vec<Row>,
    /// Journey maps the file adds (a template or another workspace's maps), by name.
    pub journeys: Vec<String>,
    /// Notes about the whole file.
    pub notes: Vec<String>,
    /// Everything in one edit: one undo step. Empty when nothing changes.
    pub edit: Edit,
}

/// Counts of a plan's outcomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
}

impl Plan {
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for row in &self.rows {
            match row.outcome {
                Outcome::New => counts.new += 1,
                Outcome::Updated(_) => counts.updated += 1,
                Outcome::Unchanged(_) => counts.unchanged += 1,
                Outcome::Skipped(_) => counts.skipped += 1,
            }
        }
        counts
    }

    /// Whether applying the plan changes the workspace.
    pub fn changes_anything(&self) -> bool {
        !matches!(&self.edit, Edit::Batch(edits) if edits.is_empty())
    }

    /// One line for a status bar or the command line, in the current language: "3 new, 1
    /// updated, 2 unchanged, 1 skipped".
    pub fn summary(&self) -> String {
        let c = self.counts();
        let (new, updated, unchanged, skipped) = (c.new, c.updated, c.unchanged, c.skipped);
        match self.journeys.len() {
            0 => t!("import-summary", new = new, updated = updated, unchanged = unchanged, skipped = skipped),
            maps => t!(
                "import-summary-maps",
                new = new,
                updated = updated,
                unchanged = unchanged,
                skipped = skipped,
                maps = maps
            ),
        }
    }
}

/// Where people of the workspace are found by e-mail and by name and organisation.
struct Index {
    by_email: HashMap<String, usize>,
    by_name: HashMap<(String, String), usize>,
}

impl Index {
    /// `organisation` is the person's organisation's name ([`organisation_key`] compares it).
    fn add(&mut self, person: &Person, organisation: &str, at: usize) {
        for email in &person.contact.emails {
            let key = email.value.trim().to_lowercase();
            if !key.is_empty() {
                self.by_email.entry(key).or_insert(at);
            }
        }
        let name = fold(&person.name);
        if !name.is_empty() {
            self.by_name.entry((name, organisation_key(organisation))).or_insert(at);
        }
    }

    fn find(&self, person: &Person, organisation: &str) -> Option<usize> {
        person
            .contact
            .emails
            .iter()
            .find_map(|e| self.by_email.get(&e.value.trim().to_lowercase()))
            .or_else(|| self.by_name.get(&(fold(&person.name), organisation_key(organisation))))
            .copied()
    }
}

/// The workspace's organisations by name, and those the import adds.
struct Organisations<'w> {
    workspace: &'w Workspace,
    /// The first organisation of each name ([`organisation_key`]), here or added.
    by_key: HashMap<String, OrganisationId>,
    /// Organisations of the file with their details, by their name.
    read: HashMap<String, Organisation>,
    added: Vec<Organisation>,
}

impl<'w> Organisations<'w> {
    fn new(workspace: &'w Workspace, read: Vec<Organisation>) -> Self {
        let mut by_key = HashMap::new();
        for organisation in &workspace.organisations {
            by_key.entry(organisation_key(&organisation.name)).or_insert(organisation.id);
        }
        let mut details = HashMap::new();
        for organisation in read {
            details.entry(organisation_key(&organisation.name)).or_insert(organisation);
        }
        Self { workspace, by_key, read: details, added: Vec::new() }
    }

    /// The name of an organisation here or added.
    fn name(&self, id: Option<OrganisationId>) -> &str {
        let Some(id) = id else { return "" };
        self.workspace
            .organisation(id)
            .or_else(|| self.added.iter().find(|o| o.id == id))
            .map_or("", |o| o.name.as_str())
    }

    /// The organisation named `name`: the one here or added already, else a new one (with the
    /// file's details for it, and ids no one here has).
    fn link(&mut self, name: &str, taken: &mut IdSet) -> Option<OrganisationId> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let key = organisation_key(name);
        if let Some(id) = self.by_key.get(&key) {
            return Some(*id);
        }
        let mut organisation = self
            .read
            .remove(&key)
            .unwrap_or_else(|| Organisation { id: OrganisationId::new(), ..Organisation::named(name) });
        taken.claim(&mut organisation, &IdSet::default());
        self.by_key.insert(key, organisation.id);
        let id = organisation.id;
        self.added.push(organisation);
        Some(id)
    }
}

/// Where a matched person is: in the workspace, or among the new people of this import.
#[derive(Clone, Copy)]
enum Slot {
    Existing(usize),
    Added(usize),
}

/// Plans the import of what a file held into `workspace`.
pub fn plan(workspace: &Workspace, parsed: Parsed) -> Plan {
    let Parsed { format, people, organisations, links, journeys, skipped, mut notes, has_reminders } = parsed;
    let mut organisations = Organisations::new(workspace, organisations);
    let mut index = Index { by_email: HashMap::new(), by_name: HashMap::new() };
    let names = crate::model::OrganisationIndex::of(workspace);
    for (at, person) in workspace.people.iter().enumerate() {
        index.add(person, names.name(workspace, person), at);
    }
    // Slots past the workspace's people are the import's new people.
    let base = workspace.people.len();
    let mut taken = IdSet::of_workspace(workspace);
    let none = IdSet::default();
    // The maps first: a person read may stand on one whose phases get fresh ids.
    let mut moved = MovedPhases::default();
    let mut new_journeys = Vec::with_capacity(journeys.len());
    for mut journey in journeys {
        if let Some(existing) = workspace.journey(journey.id) {
            if existing == &journey {
                notes.push(t!("interop-map-already-here", name = journey.name.as_str()));
                continue;
            }
            // Another version of a map here: a copy beside it; the people read stay on the one here.
            journey = journey.duplicate(journey.name.clone());
        }
        let claimed = taken.claim(&mut journey, &none);
        moved.note(&journey, &claimed);
        new_journeys.push(journey);
    }
    let mut updated: HashMap<usize, Person> = HashMap::new();
    let mut added: Vec<Person> = Vec::new();
    let mut rows: Vec<Row> = Vec::with_capacity(people.len() + skipped.len());
    // Each person read, by the id the file gives them, as they are here after the import.
    let mut became: HashMap<PersonId, PersonId> = HashMap::new();
    for Incoming { mut person, organisation, source, notes } in people {
        let mut what_changes = Changes::default();
        if !has_reminders {
            for milestone in &mut person.milestones {
                milestone.remind_days_before = workspace.settings.remind_days;
            }
        }
        moved.follow(&mut person);
        person.organisation = None;
        let read_id = person.id;
        let name = person.name.clone();
        let slot = index
            .find(&person, &organisation)
            .map(|at| if at < base { Slot::Existing(at) } else { Slot::Added(at - base) });
        let outcome = match slot {
            None => {
                taken.claim(&mut person, &none);
                person.organisation = organisations.link(&organisation, &mut taken);
                index.add(&person, &organisation, base + added.len());
                became.insert(read_id, person.id);
                added.push(person);
                Outcome::New
            }
            Some(Slot::Added(at)) => {
                person.status = added[at].status;
                let mut merged = merge::merge(&added[at], &person);
                join_organisation(&mut merged, &organisation, &mut organisations, &mut taken);
                taken.claim(&mut merged, &IdSet::of(&added[at]));
                index.add(&merged, organisations.name(merged.organisation), base + at);
                became.insert(read_id, merged.id);
                added[at] = merged;
                Outcome::New
            }
            Some(Slot::Existing(at)) => {
                let current = updated.get(&at).unwrap_or(&workspace.people[at]);
                person.status = current.status;
                if person.id == current.id {
                    // The same record again (a workspace merged twice): only time spent since counts.
                    person.fit.minutes_spent = person.fit.minutes_spent.saturating_sub(current.fit.minutes_spent);
                }
                let mut merged = merge::merge(current, &person);
                join_organisation(&mut merged, &organisation, &mut organisations, &mut taken);
                // What the merge adds keeps its id only where no one else has it.
                taken.claim(&mut merged, &IdSet::of(current));
                let id = current.id;
                became.insert(read_id, id);
                // The organisation read counts as the person's for what the preview tells.
                person.organisation =
                    (!organisation.trim().is_empty()).then(|| crate::model::organisation_id_for(&organisation));
                what_changes = changes(current, &person, &merged);
                if &merged == current {
                    if updated.contains_key(&at) { Outcome::Updated(id) } else { Outcome::Unchanged(id) }
                } else {
                    index.add(&merged, organisations.name(merged.organisation), at);
                    updated.insert(at, merged);
                    Outcome::Updated(id)
                }
            }
        };
        if !matches!(outcome, Outcome::Updated(_)) {
            what_changes = Changes::default();
        }
        rows.push(Row { source, name, outcome, notes, changes: what_changes });
    }
    for Skipped { source, reason } in skipped {
        let outcome = Outcome::Skipped(reason);
        rows.push(Row { source, name: String::new(), outcome, notes: Vec::new(), changes: Changes::default() });
    }
    let new_links = links_joining(workspace, links, &became, &mut taken);
    let mut edits = people_edits(organisations.added, updated, added, new_links);
    let mut journey_names = Vec::new();
    let mut names: Vec<String> = workspace.journeys.iter().map(|j| j.name.clone()).collect();
    for mut journey in new_journeys {
        journey.name = unique_name(&names, &journey.name);
        names.push(journey.name.clone());
        journey_names.push(journey.name.clone());
        edits.push(Edit::InsertJourney { index: usize::MAX, journey: Box::new(journey) });
    }
    Plan { format, rows, journeys: journey_names, notes, edit: Edit::Batch(edits) }
}

/// The edits that bring the people in: the new organisations first, then those updated (in the
/// workspace's order), those added, and the links between them.
fn people_edits(
    organisations: Vec<Organisation>,
    updated: HashMap<usize, Person>,
    added: Vec<Person>,
    links: Vec<Link>,
) -> Vec<Edit> {
    let mut edits: Vec<Edit> = Vec::with_capacity(organisations.len() + updated.len() + added.len() + links.len());
    edits.extend(
        organisations
            .into_iter()
            .map(|organisation| Edit::InsertOrganisation { index: usize::MAX, organisation: Box::new(organisation) }),
    );
    let mut updated: Vec<(usize, Person)> = updated.into_iter().collect();
    updated.sort_by_key(|(at, _)| *at);
    edits.extend(updated.into_iter().map(|(_, person)| Edit::ReplacePerson(Box::new(person))));
    edits.extend(added.into_iter().map(|person| Edit::InsertPerson { index: usize::MAX, person: Box::new(person) }));
    edits.extend(links.into_iter().map(|link| Edit::InsertLink { index: usize::MAX, link: Box::new(link) }));
    edits
}

/// Links a merged person to the organisation read for them when they have none; another name
/// than their organisation's is noted, as merging notes any other value.
fn join_organisation(merged: &mut Person, read: &str, organisations: &mut Organisations<'_>, taken: &mut IdSet) {
    if read.trim().is_empty() {
        return;
    }
    if merged.organisation.is_none() {
        merged.organisation = organisations.link(read, taken);
    } else if organisation_key(organisations.name(merged.organisation)) != organisation_key(read) {
        merge::note_also(merged, t!("interop-merge-organisation"), read);
    }
}

/// The links of the file whose two people are both here after the import (by the ids they
/// became), but for those already here; each with an id no one here has.
fn links_joining(
    workspace: &Workspace,
    links: Vec<Link>,
    became: &HashMap<PersonId, PersonId>,
    taken: &mut IdSet,
) -> Vec<Link> {
    let mut joined: Vec<Link> = Vec::new();
    for mut link in links {
        let (Some(&from), Some(&to)) = (became.get(&link.from), became.get(&link.to)) else { continue };
        if from == to {
            continue;
        }
        (link.from, link.to) = (from, to);
        let same = |l: &Link| {
            l.kind == link.kind && (l.from, l.to) == (from, to)
                || l.kind.symmetric() && l.kind == link.kind && l.joins(from, to)
        };
        if workspace.links.iter().any(same) || joined.iter().any(same) {
            continue;
        }
        taken.claim(&mut link, &IdSet::default());
        joined.push(link);
    }
    joined
}

fn unique_name(taken: &[String], base: &str) -> String {
    let free = |name: &str| !taken.iter().any(|t| t == name);
    if free(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base} ({n})")).find(|name| free(name)).unwrap_or_else(|| base.to_owned())
}

/// What another workspace holds, as something to import: its people with their organisations,
/// the links between them, and its journey maps.
pub fn from_workspace(other: Workspace) -> Parsed {
    let names = crate::model::OrganisationIndex::of(&other);
    let people = other
        .people
        .iter()
        .enumerate()
        .map(|(n, person)| Incoming {
            organisation: names.name(&other, person).to_owned(),
            person: person.clone(),
            source: t!("interop-source-person", number = n + 1),
            notes: Vec::new(),
        })
        .collect();
    Parsed {
        format: t!("interop-format-workspace"),
        people,
        organisations: other.organisations,
        links: other.links,
        journeys: other.journeys,
        has_reminders: true,
        ..Parsed::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Labelled, Link, Status, Template};
    use crate::ops::{History, apply};

    fn incoming(name: &str, org: &str, email: &str) -> Incoming {
        let mut person = Person::named(name);
        if !email.is_empty() {
            person.contact.emails.push(Labelled { label: String::new(), value: email.into() });
        }
        Incoming { person, organisation: org.into(), source: format!("row {name}"), notes: Vec::new() }
    }

    fn parsed(people: Vec<Incoming>) -> Parsed {
        Parsed { format: "test".into(), people, ..Parsed::default() }
    }

    #[test]
    fn milestones_of_a_contact_list_remind_as_the_workspace_says_and_a_workspaces_keep_theirs() {
        use crate::model::{Milestone, MilestoneKind};
        let mut ws = Workspace::named("Shop");
        ws.settings.remind_days = 3;
        let with_birthday = |name: &str| {
            let mut read = incoming(name, "", "");
            read.person.milestones.push(Milestone {
                kind: MilestoneKind::Birthday,
                remind_days_before: 9,
                ..Milestone::default()
            });
            read
        };
        let reminders = |file: Parsed| -> Vec<u16> {
            let Edit::Batch(edits) = plan(&ws, file).edit else { return Vec::new() };
            edits
                .iter()
                .filter_map(|e| match e {
                    Edit::InsertPerson { person, .. } => person.milestones.first().map(|m| m.remind_days_before),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(reminders(parsed(vec![with_birthday("Ada")])), [3], "a contact list says nothing of reminders");
        let other = Workspace { people: vec![with_birthday("Bo").person], ..Workspace::named("Other") };
        assert_eq!(reminders(from_workspace(other)), [9], "a workspace keeps its own");
    }

    #[test]
    fn the_preview_and_what_a_merge_writes_follow_the_language() {
        use crate::i18n::{Lang, set_language};
        let mut ws = Workspace::named("Shop");
        let mut mette = Person::named("Mette Kjærgaard");
        mette.role = "Ejer".into();
        mette.contact.emails.push(Labelled { label: String::new(), value: "mette@k.example".into() });
        ws.people.push(mette);
        ws.journeys.push(Template::SalesProcess.create());
        let mut read = incoming("Mette Kjærgaard", "", "mette@k.example");
        read.person.role = "Direktør".into();
        let file = Parsed { journeys: vec![ws.journeys[0].clone()], ..parsed(vec![read]) };

        set_language(Lang::Da);
        let preview = plan(&ws, file.clone());
        assert_eq!(preview.summary(), "0 nye, 1 opdateret, 0 uændret, 0 sprunget over");
        assert_eq!(preview.notes, ["kunderejsen “Sales process” findes allerede, uændret"]);
        let Edit::Batch(edits) = &preview.edit else { panic!("a batch") };
        let Some(Edit::ReplacePerson(merged)) = edits.first() else { panic!("Mette is updated") };
        assert_eq!(merged.life.notes, "Også registreret: rolle: Direktør", "written in the language of the moment");
        let other = Workspace { people: vec![Person::named("A"), Person::named("B")], ..Workspace::named("Other") };
        let from = from_workspace(other);
        assert_eq!((from.format.as_str(), from.people[1].source.as_str()), ("Kindred-arbejdsområde", "person 2"));
        assert_eq!(super::merge::Reason::SimilarName.describe(), "lignende navn");

        set_language(Lang::Nb);
        assert_eq!(super::merge::Reason::SameEmail("a@b.example".into()).describe(), "samme e-post (a@b.example)");
        let Edit::Batch(edits) = plan(&ws, file.clone()).edit else { panic!("a batch") };
        let Some(Edit::ReplacePerson(merged)) = edits.first() else { panic!("Mette is updated") };
        assert_eq!(merged.life.notes, "Også registrert: rolle: Direktør");

        set_language(Lang::En);
        assert_eq!(plan(&ws, file).summary(), "0 new, 1 updated, 0 unchanged, 0 skipped");
    }

    #[test]
    fn an_update_says_which_parts_it_adds_to_and_which_it_keeps() {
        use crate::model::{Milestone, PartialDate};
        let mut ws = Workspace::named("Shop");
        let mut mette = Person::named("Mette Kjærgaard");
        mette.role = "Owner".into();
        mette.contact.emails.push(Labelled { label: "work".into(), value: "mette@k.example".into() });
        ws.people.push(mette);
        let mut read = incoming("Mette Kjærgaard", "", "mette@k.example");
        read.person.role = "CEO".into();
        read.person.contact.phones.push(Labelled { label: "mobile".into(), value: "+45 20 30 40 50".into() });
        read.person.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::md(3, 14).expect("date"),
            ..Milestone::default()
        });
        let plan = plan(&ws, parsed(vec![read, incoming("Jonas Holm", "", "")]));
        let changes = &plan.rows[0].changes;
        // The other role is noted, not taken: the notes gain a line, the role stays.
        assert_eq!(changes.adds, [Field::Phone, Field::Birthday, Field::Notes]);
        assert_eq!(changes.keeps, [Field::Role, Field::Email]);
        assert!(plan.rows[1].changes.is_empty(), "a new person has no changes to tell");

        // The same file again: unchanged, nothing to tell.
        apply(&mut ws, plan.edit).expect("applies");
        let again = crate::ops::import::plan(&ws, parsed(vec![incoming("Mette Kjærgaard", "", "mette@k.example")]));
        assert_eq!(again.rows[0].outcome, Outcome::Unchanged(ws.people[0].id));
        assert!(again.rows[0].changes.is_empty());
    }

    #[test]
    fn changes_compare_each_part_alone() {
        let before = Person::named("Ada");
        let mut after = before.clone();
        after.key_account = true;
        after.life.interests.push("Sailing".into());
        let mut read = Person::named("Ada");
        read.key_account = true;
        read.life.interests.push("Sailing".into());
        let found = changes(&before, &read, &after);
        assert_eq!(found.adds, [Field::KeyAccount, Field::Interests]);
        assert!(found.keeps.is_empty(), "the name is not told: the preview shows it");
        read.role = "Owner".into();
        let mut before = before;
        before.role = "Partner".into();
        assert_eq!(changes(&before, &read, &before).keeps, [Field::Role]);
        assert!(changes(&before, &Person::default(), &before).is_empty(), "an empty record tells nothing");
    }

    #[test]
    fn the_same_file_twice_adds_nobody() {
        let mut ws = Workspace::named("Shop");
        let file = || {
            parsed(vec![incoming("Mette Kjærgaard", "Tømrer ApS", "mette@k.example"), incoming("Jonas Holm", "", "")])
        };
        let first = plan(&ws, file());
        assert_eq!(first.counts(), Counts { new: 2, ..Counts::default() });
        apply(&mut ws, first.edit).expect("applies");
        let second = plan(&ws, file());
        assert_eq!(second.counts(), Counts { unchanged: 2, ..Counts::default() });
        assert!(!second.changes_anything());
    }

    #[test]
    fn matches_by_email_or_by_name_and_organisation() {
        let mut ws = Workspace::named("Shop");
        let mut mette = Person::named("Mette Kjærgaard");
        let kjaergaard = Organisation::named("Kjærgaard Tømrer");
        mette.organisation = Some(kjaergaard.id);
        ws.organisations.push(kjaergaard);
        mette.status = Status::Customer;
        mette.contact.emails.push(Labelled { label: String::new(), value: "Mette@K.example".into() });
        ws.people.push(mette);
        let mut by_email = incoming("M. Kjærgaard", "", "mette@k.example");
        by_email.person.role = "Owner".into();
        let by_name = incoming("mette kjaergaard", "KJÆRGAARD TØMRER", "");
        let other = incoming("Mette Kjærgaard", "Another firm", "");
        let plan = plan(&ws, parsed(vec![by_email, by_name, other]));
        let id = ws.people[0].id;
        let outcomes: Vec<&Outcome> = plan.rows.iter().map(|r| &r.outcome).collect();
        assert_eq!(outcomes, [&Outcome::Updated(id), &Outcome::Updated(id), &Outcome::New]);
        apply(&mut ws, plan.edit).expect("applies");
        assert_eq!(ws.people.len(), 2);
        assert_eq!(ws.people[0].role, "Owner");
        assert_eq!(ws.people[0].status, Status::Customer, "a contact list does not change the status");
        assert_eq!(ws.organisation_name(&ws.people[1]), "Another firm");
    }

    #[test]
    fn people_read_are_linked_to_one_organisation_per_name() {
        let mut ws = Workspace::named("Shop");
        let kringle = Organisation::named("Café Kringle");
        ws.organisations.push(kringle.clone());
        let mut mette = Person::named("Mette");
        mette.contact.emails.push(Labelled { label: String::new(), value: "mette@k.example".into() });
        mette.organisation = Some(kringle.id);
        ws.people.push(mette);
        let file = parsed(vec![
            incoming("Jonas", "CAFE KRINGLE ApS", ""),
            incoming("Søren", "Nordvest Revision A/S", ""),
            incoming("Camilla", "nordvest revision", ""),
            incoming("Mette", "Dahl Bageri", "mette@k.example"),
            incoming("Ida", "", ""),
        ]);
        let (after, plan) = applied(&ws, file);
        assert_eq!(plan.counts(), Counts { new: 4, updated: 1, ..Counts::default() });
        let names: Vec<&str> = after.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Café Kringle", "Nordvest Revision A/S"], "one new organisation, under its first spelling");
        let of = |name: &str| {
            let person = after.people.iter().find(|p| p.name == name).expect("there");
            after.organisation_name(person).to_owned()
        };
        assert_eq!(of("Jonas"), "Café Kringle", "the one here, however it is written");
        assert_eq!((of("Søren"), of("Camilla")), ("Nordvest Revision A/S".into(), "Nordvest Revision A/S".into()));
        assert_eq!(of("Ida"), "");
        assert_eq!(of("Mette"), "Café Kringle", "a person here keeps their organisation");
        assert!(
            after.people[0].life.notes.contains("Also recorded: organisation: Dahl Bageri"),
            "and the other is noted"
        );
        assert_eq!(plan.rows[3].changes.keeps, [Field::Organisation, Field::Email]);
        // The same file again adds no organisation and nobody.
        let again = plan_again(&after);
        assert_eq!(again.counts().new, 0);
        assert!(!again.changes_anything());
    }

    fn plan_again(ws: &Workspace) -> Plan {
        plan(
            ws,
            parsed(vec![
                incoming("Jonas", "CAFE KRINGLE ApS", ""),
                incoming("Søren", "Nordvest Revision A/S", ""),
                incoming("Camilla", "nordvest revision", ""),
                incoming("Mette", "Dahl Bageri", "mette@k.example"),
                incoming("Ida", "", ""),
            ]),
        )
    }

    #[test]
    fn a_workspace_brings_its_organisations_and_links_with_its_people() {
        let mut theirs = Workspace::named("Theirs");
        let mut office = Organisation::named("Nordvest Revision");
        office.fit.yearly_value = Some(240_000);
        office.website = "https://nordvest.example".into();
        let mut søren = Person::named("Søren");
        søren.organisation = Some(office.id);
        let camilla = Person::named("Camilla");
        let link = Link { from: søren.id, to: camilla.id, kind: crate::model::LinkKind::Partner, ..Link::default() };
        theirs.organisations.push(office.clone());
        theirs.people = vec![søren, camilla];
        theirs.links.push(link);
        let ws = Workspace::named("Shop");
        let (after, _) = applied(&ws, from_workspace(theirs.clone()));
        assert_eq!(after.organisations.len(), 1);
        assert_eq!(
            (after.organisations[0].website.as_str(), after.organisations[0].fit.yearly_value),
            ("https://nordvest.example", Some(240_000)),
            "its details come along"
        );
        assert_eq!(after.organisation_name(&after.people[0]), "Nordvest Revision");
        assert_eq!(after.links.len(), 1);
        assert!(after.links[0].joins(after.people[0].id, after.people[1].id), "the link joins them here");
        // Imported twice, nothing more.
        let again = plan(&after, from_workspace(theirs));
        assert!(!again.changes_anything(), "{:?}", again.edit);
    }

    #[test]
    fn duplicates_within_the_file_become_one_person() {
        let ws = Workspace::named("Shop");
        let plan = plan(&ws, parsed(vec![incoming("A", "", "a@x.example"), incoming("A", "", "a@x.example")]));
        let Edit::Batch(edits) = &plan.edit else { panic!("a batch") };
        assert_eq!(edits.len(), 1);
    }

    /// Every id the workspace holds is held once, after the import is applied.
    fn applied(ws: &Workspace, file: Parsed) -> (Workspace, Plan) {
        let plan = plan(ws, file);
        let mut after = ws.clone();
        apply(&mut after, plan.edit.clone()).expect("applies");
        assert_eq!(crate::model::duplicate_ids(&after), [], "an import brought an id already used");
        (after, plan)
    }

    #[test]
    fn records_an_import_brings_never_take_an_id_already_used() {
        use crate::model::{FamilyMember, Milestone, MilestoneKind, PartialDate};
        // Bo was merged into Anna here; an older copy of the workspace still has Bo, with the
        // milestone and relative Anna now holds.
        let mut bo = Person::named("Bo Berg");
        let child = FamilyMember { name: "Ida".into(), ..FamilyMember::default() };
        bo.milestones.push(Milestone {
            kind: MilestoneKind::FamilyBirthday,
            family_member: Some(child.id),
            ..Milestone::default()
        });
        bo.life.family.push(child);
        let mut anna = merge::merge(&Person::named("Anna Holm"), &bo);
        anna.contact.emails.push(Labelled { label: String::new(), value: "anna@x.example".into() });
        let mut carl = Person::named("Carl");
        carl.milestones.push(Milestone { date: PartialDate::md(6, 1).expect("a day"), ..Milestone::default() });
        let ws = Workspace { people: vec![anna.clone(), carl.clone()], ..Workspace::named("Shop") };
        // The copy's Anna (matched by e-mail) holds a milestone with Carl's milestone's id.
        let mut anna_there = anna.clone();
        anna_there.milestones.push(carl.milestones[0].clone());
        let other = Workspace { people: vec![anna_there, bo], ..Workspace::named("Copy") };

        let (after, plan) = applied(&ws, from_workspace(other));
        assert_eq!(plan.counts(), Counts { new: 1, updated: 1, ..Counts::default() });
        assert_eq!(after.people[1], carl, "Carl keeps his milestone and its id");
        assert_eq!(after.people[0].milestones.len(), 2, "Anna gains the milestone from her copy");
        assert_ne!(after.people[0].milestones[1].id, carl.milestones[0].id, "with an id of its own");
        let bo_here = &after.people[2];
        assert_ne!(bo_here.milestones[0].id, anna.milestones[0].id, "Bo's milestone got a new id");
        assert_ne!(bo_here.life.family[0].id, anna.life.family[0].id, "and so did his daughter");
        assert_eq!(bo_here.milestones[0].family_member, Some(bo_here.life.family[0].id), "still hers");
    }

    #[test]
    fn people_and_maps_with_ids_used_here_get_new_ones_and_places_on_the_maps_follow() {
        use crate::model::{JourneyPosition, Template};
        let mut ws = Workspace::named("Shop");
        ws.people.push(Person::named("Mette"));
        ws.journeys.push(Template::SalesProcess.create());
        // Another workspace's map is new here but has this map's phases and lanes (a copy made
        // by hand), and its Jonas has Mette's id and stands on that map.
        let mut theirs = ws.journeys[0].clone();
        theirs.id = crate::model::JourneyId::new();
        theirs.name = "Their sales".into();
        let mut jonas = Person { id: ws.people[0].id, ..Person::named("Jonas") };
        let phase = theirs.phases[2].id;
        jonas.positions.push(JourneyPosition { journey: theirs.id, phase, order: 0 });
        let other = Workspace { people: vec![jonas], journeys: vec![theirs.clone()], ..Workspace::named("Other") };

        let (after, plan) = applied(&ws, from_workspace(other));
        assert_eq!(plan.counts(), Counts { new: 1, ..Counts::default() });
        assert_eq!(after.people[0], ws.people[0], "Mette is untouched");
        let map = after.journeys.iter().find(|j| j.id == theirs.id).expect("their map, with its own id");
        let jonas = &after.people[1];
        assert_eq!(jonas.positions[0].phase, map.phases[2].id, "Jonas stands where he stood");
        assert_ne!(map.phases[2].id, phase);
    }

    #[test]
    fn an_identical_copy_of_a_workspace_changes_nothing() {
        let ws = crate::ops::demo::generate(300, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day"));
        let plan = plan(&ws, from_workspace(ws.clone()));
        assert_eq!(plan.counts(), Counts { unchanged: 300, ..Counts::default() });
        assert!(!plan.changes_anything());
    }

    #[test]
    fn one_undo_removes_the_whole_import() {
        let mut ws = Workspace::named("Shop");
        ws.people.push(Person::named("Kept"));
        let before = ws.clone();
        let mut file = parsed(vec![incoming("A", "", ""), incoming("Kept", "", "kept@x.example")]);
        file.skipped.push(Skipped { source: "row 9".into(), reason: "no name".into() });
        file.journeys.push(Template::SalesProcess.create());
        let plan = plan(&ws, file);
        assert_eq!(plan.counts(), Counts { new: 1, updated: 1, unchanged: 0, skipped: 1 });
        let mut history = History::new();
        history.apply(&mut ws, "Import", plan.edit).expect("applies");
        assert_eq!((ws.people.len(), ws.journeys.len()), (2, 1));
        history.undo(&mut ws);
        assert_eq!(ws, before);
    }
}
