//! Accounts: organisations and the people in them. Finding an organisation by name (the way a
//! person reads names: without case, accents or company form), joining a person to one, merging
//! two, and the figures of each account (its people, their knowledge, its value and time).

use super::Edit;
use super::knowledge;
use crate::model::{
    Organisation, OrganisationId, OrganisationIndex, Person, PersonId, Status, Workspace, combined_fit,
    organisation_key,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The organisation of this name in the workspace (compared by [`organisation_key`]), the first
/// if several.
pub fn named<'w>(workspace: &'w Workspace, name: &str) -> Option<&'w Organisation> {
    let key = organisation_key(name);
    if key.is_empty() {
        return None;
    }
    workspace.organisations.iter().find(|o| organisation_key(&o.name) == key)
}

/// The organisations whose name holds what is typed (compared as names are, and without a
/// company form typed at its end), those that begin with it first, then by name; at most
/// `limit`.
pub fn suggestions<'w>(workspace: &'w Workspace, typed: &str, limit: usize) -> Vec<&'w Organisation> {
    let (folded, key) = (crate::model::fold(typed), organisation_key(typed));
    if folded.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(bool, String, &Organisation)> = workspace
        .organisations
        .iter()
        .filter_map(|o| {
            let name = crate::model::fold(&o.name);
            let at = name.find(&folded).or_else(|| organisation_key(&o.name).find(&key).filter(|_| !key.is_empty()))?;
            Some((at != 0, name, o))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    found.into_iter().take(limit).map(|(_, _, o)| o).collect()
}

/// Joins `person` (a copy being edited) to the organisation named `name`: the one of that name
/// here, else a new one (which takes the person's status and key-account mark). What belongs to
/// the account moves there: a fit the person holds of their own joins the organisation's. An
/// empty name leaves the organisation. Returns the edits to make before the person is replaced
/// (a new organisation, or the organisation with the fit it gained).
pub fn join(workspace: &Workspace, person: &mut Person, name: &str) -> Vec<Edit> {
    let name = name.trim();
    if name.is_empty() {
        person.organisation = None;
        return Vec::new();
    }
    let own_fit = std::mem::take(&mut person.fit);
    match named(workspace, name) {
        Some(organisation) => {
            person.organisation = Some(organisation.id);
            if own_fit == Default::default() {
                return Vec::new();
            }
            let mut changed = organisation.clone();
            absorb_fit(&mut changed, &person.name, own_fit);
            vec![Edit::ReplaceOrganisation(Box::new(changed))]
        }
        None => {
            let organisation = Organisation {
                status: person.status,
                key_account: person.key_account,
                fit: own_fit,
                ..Organisation::named(name)
            };
            person.organisation = Some(organisation.id);
            vec![Edit::InsertOrganisation { index: usize::MAX, organisation: Box::new(organisation) }]
        }
    }
}

/// Adds `fit` (whose is `name`) to the organisation's, as [`combined_fit`] does; a note of
/// answers that disagree goes into the organisation's notes.
fn absorb_fit(organisation: &mut Organisation, name: &str, fit: crate::model::Fit) {
    let ours = std::mem::take(&mut organisation.fit);
    let (fit, note) = combined_fit(vec![(organisation.name.clone(), ours), (name.to_owned(), fit)]);
    organisation.fit = fit;
    join_text(&mut organisation.notes, &note);
}

fn join_text(mine: &mut String, other: &str) {
    let other = other.trim();
    if other.is_empty() || mine.contains(other) {
        return;
    }
    if !mine.trim().is_empty() {
        mine.push_str("\n\n");
    }
    mine.push_str(other);
}

/// One edit that merges organisation `other` into `keep`: `keep` gains what `other` held (its
/// details where `keep` has none, else in the notes; its tags and milestones; its fit added to
/// `keep`'s), `other`'s people belong to `keep`, and `other` is gone. The links between people
/// are not touched: they join people, whatever their organisation. `None` when either is missing
/// or they are one.
pub fn merge(workspace: &Workspace, keep: OrganisationId, other: OrganisationId) -> Option<Edit> {
    if keep == other {
        return None;
    }
    let (kept, theirs) = (workspace.organisation(keep)?, workspace.organisation(other)?);
    let mut merged = kept.clone();
    let also = |field: String, value: &str| crate::t!("interop-also-recorded", field = field, value = value.trim());
    let mut notes: Vec<String> = Vec::new();
    for (field, mine, their) in [
        (crate::t!("accounts-field-website"), &mut merged.website, &theirs.website),
        (crate::t!("accounts-field-address"), &mut merged.address, &theirs.address),
        (crate::t!("accounts-field-phone"), &mut merged.phone, &theirs.phone),
        (crate::t!("accounts-field-status-reason"), &mut merged.status_reason, &theirs.status_reason),
    ] {
        if their.trim().is_empty() || mine.trim() == their.trim() {
            continue;
        }
        if mine.trim().is_empty() {
            mine.clone_from(their);
        } else {
            notes.push(also(field, their));
        }
    }
    if organisation_key(&theirs.name) != organisation_key(&kept.name) {
        notes.push(also(crate::t!("accounts-field-name"), &theirs.name));
    }
    for tag in &theirs.tags {
        if !merged.tags.iter().any(|t| t.trim().eq_ignore_ascii_case(tag.trim())) {
            merged.tags.push(tag.clone());
        }
    }
    merged.key_account |= theirs.key_account;
    if liveliness(theirs.status) > liveliness(merged.status) {
        merged.status = theirs.status;
    }
    for milestone in &theirs.milestones {
        if !merged
            .milestones
            .iter()
            .any(|m| m.id == milestone.id || (m.kind == milestone.kind && m.date == milestone.date))
        {
            merged.milestones.push(milestone.clone());
        }
    }
    let (fit, note) =
        combined_fit(vec![(kept.name.clone(), kept.fit.clone()), (theirs.name.clone(), theirs.fit.clone())]);
    merged.fit = fit;
    join_text(&mut merged.notes, &theirs.notes);
    join_text(&mut merged.notes, &note);
    for line in notes {
        join_text(&mut merged.notes, &line);
    }
    let mut edits = vec![Edit::ReplaceOrganisation(Box::new(merged))];
    for person in workspace.people.iter().filter(|p| p.organisation == Some(other)) {
        let mut moved = person.clone();
        moved.organisation = Some(keep);
        edits.push(Edit::ReplacePerson(Box::new(moved)));
    }
    edits.push(Edit::RemoveOrganisation(other));
    Some(Edit::Batch(edits))
}

/// How much an account is going on: a customer most, then a prospect, a former customer, one
/// we declined.
fn liveliness(status: Status) -> u8 {
    match status {
        Status::Customer => 3,
        Status::Prospect => 2,
        Status::FormerCustomer => 1,
        Status::DeclinedByUs => 0,
    }
}

/// What the Accounts list shows of one organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Account {
    pub id: OrganisationId,
    /// Where the organisation is in the workspace's list.
    pub index: usize,
    /// Its people, in the workspace's order (places in `workspace.people`).
    pub people: Vec<usize>,
    /// How well we know its people: the mean of their knowledge scores; `None` without people.
    pub knowledge: Option<u8>,
    pub value: Option<i64>,
    pub minutes: u32,
}

/// Every organisation's figures, in the workspace's order: one pass over the people.
pub fn accounts(workspace: &Workspace, today: NaiveDate) -> Vec<Account> {
    let mut counting = Counting::new(workspace);
    counting.add(workspace, &workspace.people, today);
    counting.finish()
}

impl Account {
    /// The figures of the organisation at `index` in the workspace's list, whose people are at
    /// the places `people` (in order) in the workspace's list.
    pub fn of(workspace: &Workspace, index: usize, people: Vec<usize>, today: NaiveDate) -> Option<Account> {
        let organisation = workspace.organisations.get(index)?;
        let known: u32 = people
            .iter()
            .filter_map(|&n| workspace.people.get(n))
            .map(|p| u32::from(knowledge::of(p, today).percent()))
            .sum();
        Some(Account {
            id: organisation.id,
            index,
            knowledge: mean(known, people.len()),
            people,
            value: organisation.fit.yearly_value,
            minutes: organisation.fit.minutes_spent,
        })
    }
}

/// The mean of `count` knowledge scores summing to `known`, rounded; `None` of none.
fn mean(known: u32, count: usize) -> Option<u8> {
    let count = count as u32;
    (count > 0).then(|| ((known + count / 2) / count) as u8)
}

/// Every organisation's figures counted a slice of the people at a time (a view counts a slice
/// a frame): [`Counting::add`] the workspace's people in order, then [`Counting::finish`].
pub struct Counting {
    index: OrganisationIndex,
    /// Each organisation's first place, by id: where its people count.
    at: HashMap<OrganisationId, usize>,
    accounts: Vec<Account>,
    /// The sum of each account's people's knowledge scores so far.
    known: Vec<u32>,
    /// How many people are in: the place of the next slice's first.
    counted: usize,
}

impl Counting {
    pub fn new(workspace: &Workspace) -> Self {
        let mut at: HashMap<OrganisationId, usize> = HashMap::with_capacity(workspace.organisations.len());
        let mut accounts: Vec<Account> = Vec::with_capacity(workspace.organisations.len());
        for (n, organisation) in workspace.organisations.iter().enumerate() {
            at.entry(organisation.id).or_insert(n);
            accounts.push(Account {
                id: organisation.id,
                index: n,
                people: Vec::new(),
                knowledge: None,
                value: organisation.fit.yearly_value,
                minutes: organisation.fit.minutes_spent,
            });
        }
        let known = vec![0; accounts.len()];
        Counting { index: OrganisationIndex::of(workspace), at, accounts, known, counted: 0 }
    }

    /// Counts the next `slice` of the workspace's people.
    pub fn add(&mut self, workspace: &Workspace, slice: &[Person], today: NaiveDate) {
        for (n, person) in slice.iter().enumerate() {
            let organisation = person.organisation.and_then(|id| self.index.get(workspace, id));
            let Some(&account) = organisation.and_then(|o| self.at.get(&o.id)) else { continue };
            if let (Some(account), Some(known)) = (self.accounts.get_mut(account), self.known.get_mut(account)) {
                account.people.push(self.counted + n);
                *known += u32::from(knowledge::of(person, today).percent());
            }
        }
        self.counted += slice.len();
    }

    /// Every organisation's figures, once every person is counted.
    pub fn finish(mut self) -> Vec<Account> {
        for (account, known) in self.accounts.iter_mut().zip(self.known) {
            account.knowledge = mean(known, account.people.len());
        }
        self.accounts
    }
}

/// The people of an organisation, in the workspace's order.
pub fn people_of(workspace: &Workspace, id: OrganisationId) -> Vec<&Person> {
    workspace.people.iter().filter(|p| p.organisation == Some(id)).collect()
}

/// Who stands in one phase (its place in its map), and on one map (its place in the
/// workspace) who stands in which phase.
pub type PhasePlaces = (usize, Vec<PersonId>);
pub type BoardPlaces = (usize, Vec<PhasePlaces>);

/// Who of the account's people stands where on each map: per map (in the workspace's order),
/// per phase (in the map's order), the people there. Maps none of them is on are left out.
pub fn places_on_boards(workspace: &Workspace, people: &[&Person]) -> Vec<BoardPlaces> {
    let mut boards = Vec::new();
    for (m, map) in workspace.journeys.iter().enumerate() {
        let mut phases: Vec<PhasePlaces> = Vec::new();
        for (p, phase) in map.phases.iter().enumerate() {
            let here: Vec<PersonId> = people
                .iter()
                .filter(|person| person.position_in(map.id).is_some_and(|pos| pos.phase == phase.id))
                .map(|person| person.id)
                .collect();
            if !here.is_empty() {
                phases.push((p, here));
            }
        }
        if !phases.is_empty() {
            boards.push((m, phases));
        }
    }
    boards
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Fit, FitDecision, Link, LinkKind, Milestone};
    use crate::ops::{History, apply};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    #[test]
    fn a_name_typed_finds_the_organisation_whatever_its_case_accents_or_company_form() {
        let mut ws = Workspace::named("Shop");
        ws.organisations = vec![Organisation::named("Kjærgaard Tømrer ApS"), Organisation::named("Café Kringle")];
        for typed in ["kjaergaard toemrer", "KJÆRGAARD TØMRER A/S", "Kjærgaard Tømrer"] {
            assert_eq!(named(&ws, typed).map(|o| o.name.as_str()), Some("Kjærgaard Tømrer ApS"), "{typed}");
        }
        assert!(named(&ws, "Kjærgaard").is_none(), "a part of a name is no match");
        let offered: Vec<&str> = suggestions(&ws, "kr", 5).iter().map(|o| o.name.as_str()).collect();
        assert_eq!(offered, ["Café Kringle"]);
        let offered: Vec<&str> = suggestions(&ws, "k", 5).iter().map(|o| o.name.as_str()).collect();
        assert_eq!(offered, ["Kjærgaard Tømrer ApS", "Café Kringle"], "those that begin with it first");
        let offered: Vec<&str> = suggestions(&ws, "CAFE KRINGLE A/S", 5).iter().map(|o| o.name.as_str()).collect();
        assert_eq!(offered, ["Café Kringle"], "a company form typed is no obstacle");
    }

    #[test]
    fn joining_links_or_makes_one_organisation_and_the_fit_moves_to_the_account() {
        let mut ws = Workspace::named("Shop");
        let mut mette = Person::named("Mette");
        mette.fit = Fit { minutes_spent: 60, yearly_value: Some(1000), ..Fit::default() };
        let mut changed = mette.clone();
        ws.people.push(mette);
        let edits = join(&ws, &mut changed, "Café Kringle ApS");
        assert_eq!(changed.fit, Fit::default(), "the account's now");
        let [Edit::InsertOrganisation { organisation, .. }] = edits.as_slice() else { panic!("a new one: {edits:?}") };
        assert_eq!((organisation.name.as_str(), organisation.fit.yearly_value), ("Café Kringle ApS", Some(1000)));
        assert_eq!(changed.organisation, Some(organisation.id));
        let edit = Edit::Batch(edits.into_iter().chain([Edit::ReplacePerson(Box::new(changed))]).collect());
        apply(&mut ws, edit).expect("applies");

        let mut jonas = Person::named("Jonas");
        jonas.fit = Fit { minutes_spent: 30, yearly_value: Some(500), ..Fit::default() };
        let edits = join(&ws, &mut jonas, "cafe kringle");
        assert_eq!(jonas.organisation, Some(ws.organisations[0].id), "no second Café Kringle");
        let [Edit::ReplaceOrganisation(organisation)] = edits.as_slice() else { panic!("the fit joins: {edits:?}") };
        assert_eq!((organisation.fit.minutes_spent, organisation.fit.yearly_value), (90, Some(1500)));
        let mut ida = Person::named("Ida");
        assert!(join(&ws, &mut ida, "Café Kringle").is_empty(), "nothing to move");
        assert!(join(&ws, &mut ida, "  ").is_empty());
        assert_eq!(ida.organisation, None, "an empty name leaves");
    }

    #[test]
    fn merging_two_organisations_keeps_every_person_their_links_and_the_accounts_figures() {
        let mut ws = Workspace::named("Shop");
        let mut kringle = Organisation::named("Café Kringle");
        kringle.fit =
            Fit { minutes_spent: 60, yearly_value: Some(1000), decision: FitDecision::Keep, ..Fit::default() };
        let mut other = Organisation::named("Kringle Café & Bakery");
        other.fit = Fit { minutes_spent: 30, yearly_value: Some(400), decision: FitDecision::Keep, ..Fit::default() };
        other.website = "https://kringle.example".into();
        other.tags = vec!["Café".into()];
        other.milestones.push(Milestone::default());
        let (keep, gone) = (kringle.id, other.id);
        ws.organisations = vec![kringle, other];
        let mut mette = Person::named("Mette");
        mette.organisation = Some(keep);
        let mut lars = Person::named("Lars");
        lars.organisation = Some(gone);
        ws.people = vec![mette, lars];
        ws.links.push(Link { from: ws.people[0].id, to: ws.people[1].id, kind: LinkKind::Partner, ..Link::default() });
        let before = ws.clone();

        let mut history = History::new();
        let edit = merge(&ws, keep, gone).expect("two to merge");
        history.apply(&mut ws, "Merge", edit).expect("applies");
        assert_eq!(ws.organisations.len(), 1);
        let merged = &ws.organisations[0];
        assert_eq!(
            (merged.fit.minutes_spent, merged.fit.yearly_value, merged.fit.decision),
            (90, Some(1400), FitDecision::Keep)
        );
        assert_eq!(
            (merged.website.as_str(), merged.tags.len(), merged.milestones.len()),
            ("https://kringle.example", 1, 1)
        );
        assert!(merged.notes.contains("Kringle Café & Bakery"), "the other name is kept: {}", merged.notes);
        assert!(ws.people.iter().all(|p| p.organisation == Some(keep)), "everyone is in the kept one");
        assert_eq!(ws.links, before.links, "their links stay");
        history.undo(&mut ws);
        assert_eq!(ws, before);
        assert!(merge(&ws, keep, keep).is_none());
    }

    #[test]
    fn an_accounts_figures_come_from_its_people_and_its_own_fit() {
        let mut ws = crate::ops::demo::generate_with(200, 40, day());
        ws.organisations[0].fit.yearly_value = Some(12_345);
        let figures = accounts(&ws, day());
        assert_eq!(figures.len(), 40);
        assert_eq!(figures[0].value, Some(12_345));
        let counted: usize = figures.iter().map(|a| a.people.len()).sum();
        assert_eq!(counted, ws.people.iter().filter(|p| p.organisation.is_some()).count());
        for account in &figures {
            assert!(account.people.iter().all(|&n| ws.people[n].organisation == Some(account.id)));
            assert_eq!(account.knowledge.is_some(), !account.people.is_empty());
        }
        let first = &figures[0];
        let people = people_of(&ws, first.id);
        let mean = people.iter().map(|p| u32::from(knowledge::of(p, day()).percent())).sum::<u32>() as f64
            / people.len() as f64;
        assert_eq!(first.knowledge, Some(mean.round() as u8));
    }
}
