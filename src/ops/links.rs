//! Links between people: the word for each side, the choices a person picks from, a relative
//! turned into a person of their own, and who brings us customers.
//!
//! A link is stored once ([`crate::model::Link`]: `from`, `to` and a kind) and shown on both
//! profiles, each with what the *other* person is to the one whose profile it is: on a child's
//! profile the link to their parent says "Parent", on the parent's "Child". That word is
//! [`Side`]: the one shown, and the one a person picks when they add a link from a profile.

use super::Edit;
use crate::model::{
    FamilyMemberId, Link, LinkId, LinkKind, Milestone, MilestoneKind, OrganisationId, OrganisationIndex, Person,
    PersonId, Referral, ReferralSource, Relation, Status, Workspace,
};
use crate::t;
use std::collections::{HashMap, HashSet};

/// What the other person of a link is to the one whose profile shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Partner,
    Parent,
    Child,
    Colleague,
    Manager,
    /// Reports to the one whose profile it is.
    Report,
    /// Referred the one whose profile it is to us.
    ReferredBy,
    /// Came to us through the one whose profile it is.
    Referred,
    Friend,
    Relative,
    /// The user's own words.
    Own,
}

impl Side {
    /// Every side, in the order a picker offers them.
    pub const ALL: [Side; 11] = [
        Side::Partner,
        Side::Parent,
        Side::Child,
        Side::Colleague,
        Side::Manager,
        Side::Report,
        Side::ReferredBy,
        Side::Referred,
        Side::Friend,
        Side::Relative,
        Side::Own,
    ];

    /// The word, in the thread's language ("Parent", "Forælder"); for [`Side::Own`] what a
    /// picker shows for the user's own words.
    pub fn name(self) -> String {
        match self {
            Side::Partner => t!("link-partner"),
            Side::Parent => t!("link-parent"),
            Side::Child => t!("link-child"),
            Side::Colleague => t!("link-colleague"),
            Side::Manager => t!("link-manager"),
            Side::Report => t!("link-report"),
            Side::ReferredBy => t!("link-referred-by"),
            Side::Referred => t!("link-referred"),
            Side::Friend => t!("link-friend"),
            Side::Relative => t!("link-relative"),
            Side::Own => t!("link-own"),
        }
    }

    /// The link that makes `other` this to `me`. For [`Side::Own`], `words` are what `other` is
    /// to `me` and what `me` is to `other` (one may be empty: the same word on both sides).
    pub fn link(self, me: PersonId, other: PersonId, words: (&str, &str)) -> Link {
        // (kind, whether `other` is the link's `from`)
        let (kind, other_first) = match self {
            Side::Partner => (LinkKind::Partner, true),
            Side::Parent => (LinkKind::Parent, true),
            Side::Child => (LinkKind::Parent, false),
            Side::Colleague => (LinkKind::Colleague, true),
            Side::Manager => (LinkKind::Manager, true),
            Side::Report => (LinkKind::Manager, false),
            Side::ReferredBy => (LinkKind::Referred, true),
            Side::Referred => (LinkKind::Referred, false),
            Side::Friend => (LinkKind::Friend, true),
            Side::Relative => (LinkKind::Relative, true),
            Side::Own => {
                let kind = LinkKind::Other { from: words.0.trim().to_owned(), to: words.1.trim().to_owned() };
                (kind, true)
            }
        };
        let (from, to) = if other_first { (other, me) } else { (me, other) };
        Link { id: LinkId::new(), from, to, kind }
    }
}

/// What the other person of `link` is to `me`; `None` when `me` is not in it.
pub fn side(link: &Link, me: PersonId) -> Option<Side> {
    let other_first = if link.to == me {
        true
    } else if link.from == me {
        false
    } else {
        return None;
    };
    Some(match (&link.kind, other_first) {
        (LinkKind::Partner, _) => Side::Partner,
        (LinkKind::Parent, true) => Side::Parent,
        (LinkKind::Parent, false) => Side::Child,
        (LinkKind::Colleague, _) => Side::Colleague,
        (LinkKind::Manager, true) => Side::Manager,
        (LinkKind::Manager, false) => Side::Report,
        (LinkKind::Referred, true) => Side::ReferredBy,
        (LinkKind::Referred, false) => Side::Referred,
        (LinkKind::Friend, _) => Side::Friend,
        (LinkKind::Relative, _) => Side::Relative,
        (LinkKind::Other { .. }, _) => Side::Own,
    })
}

/// The word for what the other person of `link` is to `me`, in the thread's language; the
/// user's own words as written (capitalised). Empty when `me` is not in the link.
pub fn word(link: &Link, me: PersonId) -> String {
    match (side(link, me), &link.kind) {
        (Some(Side::Own), LinkKind::Other { from, to }) => {
            // `from` is what the link's first person is to the second.
            let (theirs, mine) = if link.to == me { (from, to) } else { (to, from) };
            let theirs = if theirs.trim().is_empty() { mine } else { theirs };
            if theirs.trim().is_empty() { t!("link-own-unnamed") } else { crate::i18n::capitalised(theirs.trim()) }
        }
        (Some(side), _) => side.name(),
        (None, _) => String::new(),
    }
}

/// The link between `a` and `b` like `link` (the same kind, and the same way round unless the
/// kind reads the same from both sides), if the workspace has one.
pub fn existing<'w>(workspace: &'w Workspace, link: &Link) -> Option<&'w Link> {
    workspace.links.iter().find(|l| {
        l.kind == link.kind
            && ((l.from, l.to) == (link.from, link.to) || link.kind.symmetric() && l.joins(link.from, link.to))
    })
}

/// The kind of link a relative of this relation has with the person they were listed under,
/// and whether the relative is its `from` (the parent of a child).
fn link_for(relation: &Relation) -> (LinkKind, bool) {
    match relation {
        Relation::Partner | Relation::Spouse => (LinkKind::Partner, true),
        Relation::Child | Relation::Daughter | Relation::Son => (LinkKind::Parent, false),
        Relation::Parent | Relation::Mother | Relation::Father => (LinkKind::Parent, true),
        Relation::Friend => (LinkKind::Friend, true),
        Relation::Sibling | Relation::Grandchild | Relation::Other(_) => (LinkKind::Relative, true),
    }
}

/// A relative in `person`'s family list turned into a person of their own: the new person (the
/// relative's name; their birthday, from the family list or the milestone kept for it, as their
/// own birthday), the relative's entry pointing at them (without the birthday, which is theirs
/// now, so that it is not reminded of twice), and the link between the two, one edit. `None`
/// when there is no such person or relative, or the relative is a person already.
pub fn relative_to_person(
    workspace: &Workspace,
    person: PersonId,
    relative: FamilyMemberId,
) -> Option<(Edit, PersonId)> {
    let owner = workspace.person(person)?;
    let member = owner.life.family.iter().find(|m| m.id == relative)?;
    if member.person.is_some_and(|p| workspace.person(p).is_some()) {
        return None;
    }
    let mut new = Person::named(member.name.trim());
    let mut changed = owner.clone();
    // Their birthday: the milestone kept for it, else the family list's day.
    let kept: Vec<Milestone> = changed
        .milestones
        .iter()
        .filter(|m| m.family_member == Some(relative) && m.kind == MilestoneKind::FamilyBirthday)
        .cloned()
        .collect();
    changed.milestones.retain(|m| !(m.family_member == Some(relative) && m.kind == MilestoneKind::FamilyBirthday));
    if let Some(mut birthday) = kept.into_iter().next() {
        birthday.kind = MilestoneKind::Birthday;
        birthday.family_member = None;
        birthday.label.clear();
        if let Some(date) = member.birthday {
            birthday.date = date;
        }
        new.milestones.push(birthday);
    } else if let Some(date) = member.birthday {
        let remind_days_before = workspace.settings.remind_days;
        new.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date,
            remind_days_before,
            ..Milestone::default()
        });
    }
    let entry = changed.life.family.iter_mut().find(|m| m.id == relative)?;
    entry.birthday = None;
    entry.person = Some(new.id);
    let (kind, relative_first) = link_for(&entry.relation);
    let (from, to) = if relative_first { (new.id, owner.id) } else { (owner.id, new.id) };
    let link = Link { id: LinkId::new(), from, to, kind };
    let id = new.id;
    let edit = Edit::Batch(vec![
        Edit::InsertPerson { index: usize::MAX, person: Box::new(new) },
        Edit::ReplacePerson(Box::new(changed)),
        Edit::InsertLink { index: usize::MAX, link: Box::new(link) },
    ]);
    Some((edit, id))
}

/// Someone who brought us customers: the customers they referred (links of kind
/// [`LinkKind::Referred`] to people whose status is *customer*) and the yearly value of those
/// customers' accounts, each account counted once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referrer {
    pub person: PersonId,
    pub customers: usize,
    /// `None` when no referred customer's account has a yearly value.
    pub value: Option<i64>,
}

/// Everyone who referred at least one customer, those who brought the most first (then the
/// most value, then the workspace's order).
pub fn referrers(workspace: &Workspace) -> Vec<Referrer> {
    let mut referring = Referring::new(workspace);
    referring.add(workspace, &OrganisationIndex::of(workspace), &workspace.people);
    referring.finish().into_iter().map(|(referrer, _)| referrer).collect()
}

/// [`referrers`] found a slice of people at a time, for a window that must not go through
/// everyone in one frame: [`Referring::add`] the workspace's people in their order, then
/// [`Referring::finish`]. Only the people at either end of a referral are kept.
#[derive(Debug, Default)]
pub struct Referring {
    /// Each referral's ends, in the links' order.
    links: Vec<(PersonId, PersonId)>,
    /// The ids at either end of a referral.
    ends: HashSet<PersonId>,
    /// Those of them found among the people so far (a later holder of an id wins).
    found: HashMap<PersonId, Referred>,
    /// The place of the next person added.
    next: usize,
}

/// What a referral needs of a person at one end of it.
#[derive(Debug)]
struct Referred {
    at: usize,
    name: String,
    customer: bool,
    account: Account,
    value: Option<i64>,
}

impl Referring {
    pub fn new(workspace: &Workspace) -> Self {
        let links: Vec<(PersonId, PersonId)> =
            workspace.links.iter().filter(|l| l.kind == LinkKind::Referred).map(|l| (l.from, l.to)).collect();
        let ends = links.iter().flat_map(|(from, to)| [*from, *to]).collect();
        Referring { links, ends, found: HashMap::new(), next: 0 }
    }

    /// Adds `people`, the next of `workspace`'s people in their order.
    pub fn add(&mut self, workspace: &Workspace, organisations: &OrganisationIndex, people: &[Person]) {
        for (offset, person) in people.iter().enumerate() {
            if !self.ends.contains(&person.id) {
                continue;
            }
            let account = match person.organisation.filter(|id| organisations.get(workspace, *id).is_some()) {
                Some(id) => Account::Organisation(id),
                None => Account::Person(person.id),
            };
            let found = Referred {
                at: self.next + offset,
                name: person.name.clone(),
                customer: person.status == Status::Customer,
                account,
                value: organisations.fit(workspace, person).yearly_value,
            };
            self.found.insert(person.id, found);
        }
        self.next += people.len();
    }

    /// Those who referred at least one customer (see [`referrers`]), with their names.
    pub fn finish(self) -> Vec<(Referrer, String)> {
        let Referring { links, mut found, .. } = self;
        // Per referrer: its place, the customers it brought, and the accounts counted so far.
        let mut counted: HashMap<PersonId, (usize, usize, Option<i64>, HashSet<Account>)> = HashMap::new();
        for (from, to) in links {
            let (Some(referrer), Some(referred)) = (found.get(&from), found.get(&to)) else { continue };
            if !referred.customer || from == to {
                continue;
            }
            let entry = counted.entry(from).or_insert((referrer.at, 0, None, HashSet::new()));
            entry.1 += 1;
            if entry.3.insert(referred.account)
                && let Some(value) = referred.value
            {
                entry.2 = Some(entry.2.unwrap_or(0).saturating_add(value));
            }
        }
        let mut referrers: Vec<(usize, Referrer, String)> = counted
            .into_iter()
            .map(|(person, (at, customers, value, _))| {
                let name = found.get_mut(&person).map(|f| std::mem::take(&mut f.name)).unwrap_or_default();
                (at, Referrer { person, customers, value }, name)
            })
            .collect();
        referrers.sort_by(|(a_at, a, _), (b_at, b, _)| {
            b.customers.cmp(&a.customers).then(b.value.unwrap_or(0).cmp(&a.value.unwrap_or(0))).then(a_at.cmp(b_at))
        });
        referrers.into_iter().map(|(_, referrer, name)| (referrer, name)).collect()
    }
}

/// Whose yearly value a customer's counts in: their organisation's, or their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Account {
    Organisation(OrganisationId),
    Person(PersonId),
}

/// Adds a link (and, for "referred by", says so in the person's referral), one edit; `None`
/// when the two are one person or already linked so.
pub fn add(workspace: &Workspace, link: Link) -> Option<Edit> {
    if link.from == link.to || existing(workspace, &link).is_some() {
        return None;
    }
    let mut edits = Vec::new();
    if link.kind == LinkKind::Referred
        && let Some(referred) = workspace.person(link.to)
        && referred.referral.source == ReferralSource::Unknown
    {
        let mut changed = referred.clone();
        changed.referral = Referral { source: ReferralSource::Person, ..changed.referral };
        edits.push(Edit::ReplacePerson(Box::new(changed)));
    }
    edits.push(Edit::InsertLink { index: usize::MAX, link: Box::new(link) });
    Some(if edits.len() == 1 { edits.remove(0) } else { Edit::Batch(edits) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};
    use crate::model::{FamilyMember, PartialDate};
    use crate::ops::apply;

    fn two() -> (Workspace, PersonId, PersonId) {
        let mut ws = Workspace::named("Shop");
        ws.people = vec![Person::named("Mette Kjærgaard"), Person::named("Ida Kjærgaard")];
        let (mette, ida) = (ws.people[0].id, ws.people[1].id);
        (ws, mette, ida)
    }

    #[test]
    fn each_side_of_a_link_has_its_own_word() {
        let (_, mette, ida) = two();
        set_language(Lang::En);
        // Picked on Ida's profile: Mette is her parent.
        let link = Side::Parent.link(ida, mette, ("", ""));
        assert_eq!((link.from, link.to, &link.kind), (mette, ida, &LinkKind::Parent));
        assert_eq!(word(&link, ida), "Parent");
        assert_eq!(word(&link, mette), "Child");
        for side in Side::ALL.into_iter().filter(|s| *s != Side::Own) {
            let link = side.link(ida, mette, ("", ""));
            assert_eq!(super::side(&link, ida), Some(side), "{side:?} seen from where it was picked");
            let back = super::side(&link, mette).expect("the other side");
            assert_eq!(back.link(mette, ida, ("", "")).kind, link.kind, "{side:?} and {back:?} are one kind");
        }
        let manager = Side::Manager.link(ida, mette, ("", ""));
        assert_eq!((word(&manager, ida), word(&manager, mette)), ("Manager".to_owned(), "Direct report".to_owned()));
        let referral = Side::ReferredBy.link(ida, mette, ("", ""));
        assert_eq!((word(&referral, ida), word(&referral, mette)), ("Referred by".into(), "Referred".into()));
        let own = Side::Own.link(ida, mette, ("godmother", "goddaughter"));
        assert_eq!((word(&own, ida), word(&own, mette)), ("Godmother".into(), "Goddaughter".into()));
        let same = Side::Own.link(ida, mette, ("neighbour", ""));
        assert_eq!((word(&same, ida), word(&same, mette)), ("Neighbour".into(), "Neighbour".into()));
        assert_eq!(word(&own, PersonId::new()), "", "not in the link");
        set_language(Lang::Da);
        assert_eq!((word(&link, ida), word(&link, mette)), ("Forælder".into(), "Barn".into()));
        set_language(Lang::Nb);
        assert_eq!(word(&manager, mette), "Medarbeider");
        set_language(Lang::En);
    }

    #[test]
    fn a_relative_becomes_a_person_with_their_birthday_and_stays_linked() {
        let (mut ws, mette, _) = two();
        let lars_entry = FamilyMember {
            name: "Lars".into(),
            relation: Relation::Spouse,
            birthday: PartialDate::ymd(1977, 6, 14),
            ..FamilyMember::default()
        };
        let emil = FamilyMember { name: "Emil".into(), relation: Relation::Son, ..FamilyMember::default() };
        let kept = Milestone {
            kind: MilestoneKind::FamilyBirthday,
            family_member: Some(emil.id),
            date: PartialDate::md(3, 22).expect("a day"),
            label: "Emil's birthday".into(),
            remind_days_before: 3,
            ..Milestone::default()
        };
        ws.people[0].life.family = vec![lars_entry.clone(), emil.clone()];
        ws.people[0].milestones.push(kept.clone());
        let before = ws.clone();

        let (edit, lars) = relative_to_person(&ws, mette, lars_entry.id).expect("Lars becomes a person");
        let inverse = apply(&mut ws, edit).expect("applies");
        let mut undone = ws.clone();
        apply(&mut undone, inverse).expect("undone");
        assert_eq!(undone, before, "one step, undone as it was");
        let person = ws.person(lars).expect("Lars is a person");
        assert_eq!(person.name, "Lars");
        assert_eq!(person.milestones[0].kind, MilestoneKind::Birthday);
        assert_eq!(person.milestones[0].date, PartialDate::ymd(1977, 6, 14).expect("a day"));
        let entry = &ws.people[0].life.family[0];
        assert_eq!((entry.person, entry.birthday), (Some(lars), None), "the birthday is his own now");
        let link = ws.links_of(lars).next().expect("linked");
        assert_eq!((word(link, lars), word(link, mette)), ("Partner".into(), "Partner".into()));
        assert!(relative_to_person(&ws, mette, lars_entry.id).is_none(), "a person already");

        // A son with his birthday kept as a milestone: it moves to him, id and reminder kept.
        let (edit, emil_id) = relative_to_person(&ws, mette, emil.id).expect("Emil becomes a person");
        apply(&mut ws, edit).expect("applies");
        let emil_person = ws.person(emil_id).expect("Emil");
        assert_eq!(emil_person.milestones.len(), 1);
        let moved = &emil_person.milestones[0];
        assert_eq!((moved.id, moved.kind.clone(), moved.remind_days_before), (kept.id, MilestoneKind::Birthday, 3));
        assert!(ws.people[0].milestones.iter().all(|m| m.id != kept.id), "reminded of once, not twice");
        let link = ws.links_of(emil_id).next().expect("linked");
        assert_eq!((word(link, emil_id), word(link, mette)), ("Parent".into(), "Child".into()));
        assert_eq!(crate::model::duplicate_ids(&ws), []);
    }

    #[test]
    fn who_brings_the_most_customers_and_their_value_counting_an_account_once() {
        let mut ws = Workspace::named("Shop");
        let mut office = crate::model::Organisation::named("Nordvest Revision");
        office.fit.yearly_value = Some(240_000);
        let office_id = office.id;
        ws.organisations.push(office);
        let customer = |name: &str| Person { status: Status::Customer, ..Person::named(name) };
        let mut lone = customer("Hanne");
        lone.fit.yearly_value = Some(30_000);
        let mut søren = customer("Søren");
        søren.organisation = Some(office_id);
        let mut camilla = customer("Camilla");
        camilla.organisation = Some(office_id);
        let prospect = Person::named("Prospect");
        ws.people = vec![customer("Mette"), customer("Jonas"), lone, søren, camilla, prospect];
        let id = |n: usize| ws.people[n].id;
        let referred = |from: PersonId, to: PersonId| Link { from, to, kind: LinkKind::Referred, ..Link::default() };
        ws.links = vec![
            referred(id(1), id(2)),
            referred(id(0), id(3)),
            referred(id(0), id(4)),
            referred(id(0), id(5)),
            Link { from: id(1), to: id(0), kind: LinkKind::Friend, ..Link::default() },
        ];
        let found = referrers(&ws);
        assert_eq!(
            found,
            [
                Referrer { person: id(0), customers: 2, value: Some(240_000) },
                Referrer { person: id(1), customers: 1, value: Some(30_000) },
            ],
            "Mette brought two of one office (counted once) and a prospect, who is no customer yet"
        );
    }

    #[test]
    fn a_referral_link_says_how_they_came_and_a_link_is_not_made_twice() {
        let (mut ws, mette, ida) = two();
        let link = Side::ReferredBy.link(ida, mette, ("", ""));
        let edit = add(&ws, link.clone()).expect("new");
        apply(&mut ws, edit).expect("applies");
        assert_eq!(ws.person(ida).map(|p| p.referral.source), Some(ReferralSource::Person));
        assert!(add(&ws, Side::ReferredBy.link(ida, mette, ("", ""))).is_none(), "already so");
        assert!(add(&ws, Side::Partner.link(ida, ida, ("", ""))).is_none(), "no one is their own partner");
        let edit = add(&ws, Side::Partner.link(ida, mette, ("", ""))).expect("new");
        apply(&mut ws, edit).expect("applies");
        assert!(add(&ws, Side::Partner.link(mette, ida, ("", ""))).is_none(), "partners either way round");
    }

    #[test]
    fn referrers_found_in_slices_are_those_found_at_once() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let mut ws = crate::ops::demo::generate_with(300, 40, today);
        let id = |ws: &Workspace, n: usize| ws.people[n].id;
        for (from, to) in [(3, 10), (3, 11), (3, 250), (10, 3), (299, 0), (299, 1), (42, 42)] {
            let link = Link { from: id(&ws, from), to: id(&ws, to), kind: LinkKind::Referred, ..Link::default() };
            ws.links.push(link);
        }
        // A link to no one, and a second holder of an id (the later counts, as at once).
        ws.links.push(Link { from: id(&ws, 3), to: PersonId::new(), kind: LinkKind::Referred, ..Link::default() });
        let mut twin = ws.people[11].clone();
        twin.status = Status::Customer;
        ws.people.push(twin);
        for person in &mut ws.people[..20] {
            person.status = Status::Customer;
        }
        let at_once = referrers(&ws);
        assert!(at_once.len() >= 2, "{at_once:?}");
        let organisations = OrganisationIndex::of(&ws);
        for slice in [1, 7, 100, 400] {
            let mut referring = Referring::new(&ws);
            for people in ws.people.chunks(slice) {
                referring.add(&ws, &organisations, people);
            }
            let found = referring.finish();
            assert!(found.iter().map(|(r, _)| r.clone()).eq(at_once.iter().cloned()), "slices of {slice}");
            for (referrer, name) in &found {
                assert_eq!(ws.person(referrer.person).map(|p| p.name.as_str()), Some(name.as_str()));
            }
        }
    }
}
