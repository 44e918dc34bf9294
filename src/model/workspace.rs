//! The workspace: everything one `.kindred` file holds.

use super::id::*;
use super::journey::JourneyMap;
use super::organisation::{Link, Organisation};
use super::person::{Fit, Person};
use serde::{Deserialize, Serialize};

/// The version of the file format this build writes. A file with a larger number was written
/// by a newer Kindred and is opened read-only.
pub const FORMAT_VERSION: u32 = 2;

/// [`Workspace::holders`] looks up at least this many ids one by one.
const FEW_HOLDERS: usize = 64;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// Always written first, so that it can be read before the rest.
    pub format_version: u32,
    /// The workspace's identity, the same on every computer that shares it (its common
    /// versions are kept under it); given on the first save where a file has none (so a file
    /// without one reads as none, never as a new one at each reading).
    #[serde(default)]
    pub id: Option<WorkspaceId>,
    /// The versions this one descends from, as hashes of their text, oldest first: where two
    /// versions meet, their common version is found (`ops::sync`).
    pub revisions: Vec<String>,
    /// The business the workspace is for; shown in the window title.
    pub name: String,
    /// ISO 4217 code of the currency yearly values are in.
    pub currency: String,
    #[serde(deserialize_with = "super::progress::people")]
    pub people: Vec<Person>,
    /// The organisations people belong to (accounts), each person linking to theirs.
    pub organisations: Vec<Organisation>,
    /// Links between two people (partners, a manager, who referred whom).
    pub links: Vec<Link>,
    pub journeys: Vec<JourneyMap>,
    /// Choices that belong to the business rather than to one computer.
    pub settings: WorkspaceSettings,
    /// What merging with another computer's version found changed differently on both sides,
    /// until someone chooses.
    pub conflicts: Vec<super::shared::Conflict>,
    /// Where each person is in `people`, for looking them up by id (never written).
    #[serde(skip)]
    pub places: super::places::Places,
}

/// Settings kept in the workspace, so that everyone who opens it sees the same.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceSettings {
    /// Where 29 February birthdays fall in common years.
    pub leap_day: crate::model::LeapDay,
    /// The column mappings chosen for CSV files, remembered by their header row.
    pub csv_mappings: Vec<CsvMapping>,
    /// Whether present mode's privacy mask shows people by their initials.
    pub present_initials: bool,
    /// How many days ahead a new milestone reminds (the profile and imports give it this).
    pub remind_days: u16,
    /// How many days ahead a relative's birthday is among the reminders.
    pub family_remind_days: u16,
    /// After how many months without contact former customers and people we declined come up
    /// for review, whether to keep their data; 0 is never (the default).
    pub retention_months: u16,
    /// How often people of each kind are due for contact (`Person::rhythm` may say otherwise).
    pub rhythms: crate::model::RhythmDefaults,
    /// The calendar file every save rewrites beside the workspace (a file name, no folder),
    /// with the milestones and the dated follow-ups; empty for none.
    pub calendar_feed: String,
}

impl WorkspaceSettings {
    /// The longest reminder the settings take, in days.
    pub const MAX_REMIND_DAYS: u16 = 90;
}

impl Default for WorkspaceSettings {
    fn default() -> Self {
        Self {
            leap_day: crate::model::LeapDay::default(),
            csv_mappings: Vec::new(),
            present_initials: false,
            remind_days: 7,
            family_remind_days: 7,
            retention_months: 0,
            rhythms: crate::model::RhythmDefaults::default(),
            calendar_feed: String::new(),
        }
    }
}

/// How the columns of CSV files with one header row map to Kindred's fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CsvMapping {
    /// The header row, as the file has it.
    pub headers: Vec<String>,
    /// One field per header.
    pub fields: Vec<CsvField>,
}

/// What a CSV column holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CsvField {
    #[default]
    Ignore,
    Name,
    FirstName,
    MiddleName,
    LastName,
    NamePrefix,
    NameSuffix,
    Nickname,
    Organisation,
    Department,
    Title,
    Email,
    /// The label of the e-mail column that follows (Google's "E-mail 1 - Label").
    EmailLabel,
    Phone,
    PhoneLabel,
    MobilePhone,
    WorkPhone,
    HomePhone,
    Address,
    Street,
    City,
    PostalCode,
    Region,
    Country,
    Website,
    Birthday,
    Anniversary,
    CustomerSince,
    WorkAnniversary,
    /// The label of the date column that follows (Google's "Event 1 - Label").
    EventLabel,
    EventDate,
    /// `label: date` entries, as Kindred writes its "Other dates" column.
    OtherDates,
    Notes,
    Tags,
    Spouse,
    /// One or more children's names, separated by commas.
    Children,
    /// The relation of the relative in the column that follows (Google's "Relation 1 - Label").
    RelationLabel,
    Relative,
    /// `Name (relation, date)` entries, as Kindred writes its "Family" column.
    Family,
    Status,
    KeyAccount,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            // Given on the first save that makes a version (`Workspace::descend_from`).
            id: None,
            revisions: Vec::new(),
            name: String::new(),
            currency: "DKK".to_owned(),
            people: Vec::new(),
            organisations: Vec::new(),
            links: Vec::new(),
            journeys: Vec::new(),
            settings: WorkspaceSettings::default(),
            conflicts: Vec::new(),
            places: super::places::Places::default(),
        }
    }
}

impl Workspace {
    /// A copy of the workspace, made a few people at a time and given up as soon as `stop` says
    /// so: for a thread that copies what another may want back at any moment. Given up, it
    /// returns the people copied so far, for the caller to drop once it has let the workspace
    /// go (dropping thousands of people takes a while, and the other is waiting).
    pub fn copy_unless(&self, stop: impl Fn() -> bool) -> Result<Workspace, Vec<Person>> {
        // Every field named, so that a field added later is not left out of the copy.
        let Workspace {
            format_version,
            id,
            revisions,
            name,
            currency,
            people,
            organisations,
            links,
            journeys,
            settings,
            conflicts,
            places,
        } = self;
        let mut copied = Vec::with_capacity(people.len());
        for chunk in people.chunks(64) {
            if stop() {
                return Err(copied);
            }
            copied.extend_from_slice(chunk);
        }
        if stop() {
            return Err(copied);
        }
        Ok(Workspace {
            format_version: *format_version,
            id: *id,
            revisions: revisions.clone(),
            name: name.clone(),
            currency: currency.clone(),
            people: copied,
            organisations: organisations.clone(),
            links: links.clone(),
            journeys: journeys.clone(),
            settings: settings.clone(),
            conflicts: conflicts.clone(),
            places: places.clone(),
        })
    }

    pub fn named(name: impl Into<String>) -> Self {
        Self { name: name.into(), ..Self::default() }
    }

    /// The person holding `id`, asked of the table of places ([`super::places::Places`]).
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.person_index(id).and_then(|at| self.people.get(at))
    }

    /// Where the person holding `id` is in `people`.
    pub fn person_index(&self, id: PersonId) -> Option<usize> {
        self.places.find(&self.people, id)
    }

    /// Learns where everyone is now ([`super::places::Places::learn`]).
    pub fn learn_places(&self) {
        self.places.learn(&self.people);
    }

    /// The people holding `ids` (one each, as [`Workspace::person`] finds them), in the
    /// workspace's order, each once: looked up one by one when they are few (up to 64, or a
    /// sixteenth of everyone: an import's hundred at 10,000), found in one pass through
    /// everyone when they are many.
    pub fn holders(&self, ids: &[PersonId]) -> Vec<&Person> {
        if ids.len() > FEW_HOLDERS && ids.len() > self.people.len() / 16 {
            // Searched once for each person: a sorted list costs less than a hash.
            let mut wanted = ids.to_vec();
            wanted.sort_unstable();
            wanted.dedup();
            let mut found = vec![false; wanted.len()];
            return self
                .people
                .iter()
                .filter(|p| {
                    wanted
                        .binary_search(&p.id)
                        .ok()
                        .and_then(|at| found.get_mut(at))
                        .is_some_and(|seen| !std::mem::replace(seen, true))
                })
                .collect();
        }
        let mut places: Vec<usize> = ids.iter().filter_map(|id| self.person_index(*id)).collect();
        places.sort_unstable();
        places.dedup();
        places.into_iter().filter_map(|at| self.people.get(at)).collect()
    }

    /// Takes the person out, with everything kept under them (their milestones, incidents,
    /// ideas, log and places on the boards all live in the person) and everything that points
    /// at them (the links they are in, a relative's pointer to the person they became); the
    /// person, if there.
    pub fn remove_person(&mut self, id: PersonId) -> Option<Person> {
        let index = self.person_index(id)?;
        self.links.retain(|link| link.from != id && link.to != id);
        for member in self.people.iter_mut().flat_map(|p| &mut p.life.family) {
            if member.person == Some(id) {
                member.person = None;
            }
        }
        Some(self.people.remove(index))
    }

    /// Takes the person out for good: as [`Workspace::remove_person`], and with them the
    /// conflicts a merge recorded about them or about a link they were in, whose values (and
    /// the name kept with each) are theirs. A removal that can be undone keeps those.
    pub fn erase_person(&mut self, id: PersonId) -> Option<Person> {
        let links: Vec<String> =
            self.links.iter().filter(|l| l.from == id || l.to == id).map(|l| l.id.to_string()).collect();
        let person = self.remove_person(id)?;
        let person_id = id.to_string();
        self.conflicts.retain(|conflict| match conflict.at.as_slice() {
            [super::Step::Field(list), super::Step::Id(at), ..] if list == "people" => *at != person_id,
            [super::Step::Field(list), super::Step::Id(at), ..] if list == "links" => !links.contains(at),
            _ => true,
        });
        Some(person)
    }

    pub fn organisation(&self, id: OrganisationId) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn organisation_index(&self, id: OrganisationId) -> Option<usize> {
        self.organisations.iter().position(|o| o.id == id)
    }

    /// The organisation `person` belongs to, looked up in the list: for one person at a time.
    /// What looks up many people builds an [`OrganisationIndex`] once.
    pub fn organisation_of(&self, person: &Person) -> Option<&Organisation> {
        person.organisation.and_then(|id| self.organisation(id))
    }

    /// The name of `person`'s organisation; empty without one.
    pub fn organisation_name(&self, person: &Person) -> &str {
        self.organisation_of(person).map_or("", |o| o.name.as_str())
    }

    /// The fit that counts for `person`: their organisation's, which the account's people share,
    /// or their own when they have none.
    pub fn fit_of<'a>(&'a self, person: &'a Person) -> &'a Fit {
        self.organisation_of(person).map_or(&person.fit, |o| &o.fit)
    }

    /// Whether `person` counts as a key account: marked so themselves, or belonging to an
    /// organisation that is one. The board, Today and the contact rhythms all ask this.
    pub fn is_key_account(&self, person: &Person) -> bool {
        person.key_account || self.organisation_of(person).is_some_and(|o| o.key_account)
    }

    /// The links `person` is in, in the workspace's order.
    pub fn links_of(&self, person: PersonId) -> impl Iterator<Item = &Link> + '_ {
        self.links.iter().filter(move |l| l.from == person || l.to == person)
    }

    pub fn link_index(&self, id: LinkId) -> Option<usize> {
        self.links.iter().position(|l| l.id == id)
    }

    pub fn journey(&self, id: JourneyId) -> Option<&JourneyMap> {
        self.journeys.iter().find(|j| j.id == id)
    }

    pub fn journey_index(&self, id: JourneyId) -> Option<usize> {
        self.journeys.iter().position(|j| j.id == id)
    }

    /// The one map a command works on: the map named `name` (exactly, else ignoring case), or
    /// without a name the only map. The error says why and lists the names to choose from.
    pub fn pick_journey(&self, name: Option<&str>) -> Result<&JourneyMap, String> {
        let names = || self.journeys.iter().map(|j| format!("\"{}\"", j.name)).collect::<Vec<_>>().join(", ");
        if self.journeys.is_empty() {
            return Err("this workspace has no journey maps".to_owned());
        }
        match name {
            Some(name) => self
                .journeys
                .iter()
                .find(|j| j.name == name)
                .or_else(|| self.journeys.iter().find(|j| j.name.to_lowercase() == name.to_lowercase()))
                .ok_or_else(|| format!("no journey map is named \"{name}\"; the maps are: {}", names())),
            None if self.journeys.len() == 1 => Ok(&self.journeys[0]),
            None => Err(format!(
                "this workspace has {} journey maps; pick one with --journey NAME: {}",
                self.journeys.len(),
                names()
            )),
        }
    }

    /// `base`, or `base (2)`, `base (3)`, … — the first name no journey map has.
    pub fn unique_journey_name(&self, base: &str) -> String {
        let taken = |name: &str| self.journeys.iter().any(|j| j.name == name);
        if !taken(base) {
            return base.to_owned();
        }
        (2..).map(|n| format!("{base} ({n})")).find(|name| !taken(name)).unwrap_or_else(|| base.to_owned())
    }
}

/// Where each organisation is in a workspace's list: what a view that looks up the organisation
/// of every person builds once per state of the workspace, so that each lookup is one hash (a
/// fast one, `ahash`: indexing every organisation is part of the first frame of many views).
#[derive(Clone, Debug, Default)]
pub struct OrganisationIndex {
    at: ahash::AHashMap<OrganisationId, usize>,
}

impl OrganisationIndex {
    /// The first organisation with each id, as [`Workspace::organisation`] finds it.
    pub fn of(workspace: &Workspace) -> Self {
        let mut at = ahash::AHashMap::with_capacity(workspace.organisations.len());
        for (index, organisation) in workspace.organisations.iter().enumerate() {
            at.entry(organisation.id).or_insert(index);
        }
        Self { at }
    }

    /// The organisations with the ids `wanted` only (the first with each id): for a few
    /// people's rows, one pass over the organisations instead of a hash of every one.
    pub fn of_some(workspace: &Workspace, wanted: &[OrganisationId]) -> Self {
        let mut wanted = wanted.to_vec();
        wanted.sort_unstable();
        wanted.dedup();
        let mut at = ahash::AHashMap::with_capacity(wanted.len());
        if !wanted.is_empty() {
            // A few are looked for one by one, more (an import's) by halving their sorted list.
            let few = wanted.len() <= 16;
            for (index, organisation) in workspace.organisations.iter().enumerate() {
                let is_wanted = if few {
                    wanted.contains(&organisation.id)
                } else {
                    wanted.binary_search(&organisation.id).is_ok()
                };
                if is_wanted {
                    at.entry(organisation.id).or_insert(index);
                }
            }
        }
        Self { at }
    }

    pub fn get<'w>(&self, workspace: &'w Workspace, id: OrganisationId) -> Option<&'w Organisation> {
        self.at.get(&id).and_then(|&index| workspace.organisations.get(index))
    }

    /// Where in the workspace's list the organisation `person` belongs to is.
    pub fn place_of_person(&self, person: &Person) -> Option<usize> {
        person.organisation.and_then(|id| self.at.get(&id).copied())
    }

    /// The organisation `person` belongs to.
    pub fn of_person<'w>(&self, workspace: &'w Workspace, person: &Person) -> Option<&'w Organisation> {
        person.organisation.and_then(|id| self.get(workspace, id))
    }

    /// The name of `person`'s organisation; empty without one.
    pub fn name<'w>(&self, workspace: &'w Workspace, person: &Person) -> &'w str {
        self.of_person(workspace, person).map_or("", |o| o.name.as_str())
    }

    /// Whether `person` counts as a key account (see [`Workspace::is_key_account`]).
    pub fn is_key_account(&self, workspace: &Workspace, person: &Person) -> bool {
        person.key_account || self.of_person(workspace, person).is_some_and(|o| o.key_account)
    }

    /// The fit that counts for `person` (see [`Workspace::fit_of`]).
    pub fn fit<'w>(&self, workspace: &'w Workspace, person: &'w Person) -> &'w Fit {
        self.of_person(workspace, person).map_or(&person.fit, |o| &o.fit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Template;

    #[test]
    fn some_organisations_are_found_as_the_index_of_all_finds_them() {
        let mut workspace = Workspace::named("Shop");
        workspace.organisations = (0..60).map(|n| Organisation::named(format!("Org {n}"))).collect();
        // An id two hold: the first is the one found.
        workspace.organisations[40].id = workspace.organisations[7].id;
        let all = OrganisationIndex::of(&workspace);
        for count in [0, 3, 16, 17, 25, 60] {
            let mut wanted: Vec<OrganisationId> =
                workspace.organisations.iter().step_by(2).take(count).map(|o| o.id).collect();
            let distinct: std::collections::HashSet<OrganisationId> = wanted.iter().copied().collect();
            wanted.push(OrganisationId::new());
            let some = OrganisationIndex::of_some(&workspace, &wanted);
            assert_eq!(some.at.len(), distinct.len(), "{count} wanted, each found once");
            for id in &wanted {
                let found = some.get(&workspace, *id).map(|o| o as *const Organisation);
                assert_eq!(found, all.get(&workspace, *id).map(|o| o as *const Organisation), "{count} wanted");
            }
        }
    }

    #[test]
    fn a_copy_is_the_workspace_or_nothing_when_stopped() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let ws = crate::ops::demo::generate(300, today);
        assert_eq!(ws.copy_unless(|| false).as_ref().ok(), Some(&ws));
        let asked = std::cell::Cell::new(0);
        let stopped = ws.copy_unless(|| {
            asked.set(asked.get() + 1);
            asked.get() > 2
        });
        assert_eq!(stopped.err().map(|copied| copied.len()), Some(128), "stopped part way through the people");
        assert_eq!(asked.get(), 3, "asked again as it goes");
    }

    #[test]
    fn one_journey_is_picked_by_name_or_because_it_is_the_only_one() {
        let mut ws = Workspace::named("Shop");
        assert_eq!(ws.pick_journey(None).map(|j| j.id), Err("this workspace has no journey maps".to_owned()));
        ws.journeys.push(Template::CustomerJourney.create());
        assert_eq!(ws.pick_journey(None).map(|j| j.name.as_str()), Ok("Customer journey"));
        ws.journeys.push(Template::SalesProcess.create());
        let several = ws.pick_journey(None).map(|j| j.id).expect_err("two maps need a name");
        assert!(several.contains("\"Customer journey\", \"Sales process\""), "{several}");
        assert_eq!(ws.pick_journey(Some("sales PROCESS")).map(|j| j.name.as_str()), Ok("Sales process"));
        let unknown = ws.pick_journey(Some("Onboarding")).map(|j| j.id).expect_err("no such map");
        assert!(unknown.contains("Onboarding") && unknown.contains("Sales process"), "{unknown}");
    }

    #[test]
    fn new_journey_names_do_not_clash() {
        let mut ws = Workspace::named("Shop");
        assert_eq!(ws.unique_journey_name("Sales process"), "Sales process");
        ws.journeys.push(Template::SalesProcess.create());
        assert_eq!(ws.unique_journey_name("Sales process"), "Sales process (2)");
        let mut second = Template::SalesProcess.create();
        second.name = "Sales process (2)".into();
        ws.journeys.push(second);
        assert_eq!(ws.unique_journey_name("Sales process"), "Sales process (3)");
    }
}
