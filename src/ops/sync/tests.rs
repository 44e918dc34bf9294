use super::tree::{KEYS, key_of};
use super::*;
use crate::model::{Card, Interaction, InteractionId, JourneyMap, Person, PersonId, Status, Template};
use crate::ops::{History, apply};
use proptest::prelude::*;

/// The same workspace at every call (fixed ids), so that edits of two copies meet.
fn base() -> Workspace {
    static BASE: std::sync::OnceLock<Workspace> = std::sync::OnceLock::new();
    BASE.get_or_init(make_base).clone()
}

fn make_base() -> Workspace {
    let mut ws = Workspace::named("Shop");
    for (n, name) in ["Anna", "Bo", "Carl", "Dina"].into_iter().enumerate() {
        let mut person = Person::named(name);
        person.id = PersonId::from_u128(n as u128 + 1);
        person.tags = vec!["a".into(), "b".into()];
        for k in 0..2u128 {
            person.interactions.push(Interaction {
                id: InteractionId::from_u128(100 + n as u128 * 10 + k),
                note: format!("{name} {k}"),
                ..Interaction::default()
            });
        }
        ws.people.push(person);
    }
    let mut map: JourneyMap = Template::CustomerJourney.create();
    for n in 0..4 {
        map.cards.push(Card {
            phase: map.phases[n % map.phases.len()].id,
            lane: map.lanes[0].id,
            text: format!("card {n}"),
            ..Card::default()
        });
    }
    ws.journeys.push(map);
    ws
}

fn merged(base: &Workspace, ours: &Workspace, theirs: &Workspace) -> Merged {
    merge(Some(base), ours, theirs).expect("merges")
}

#[test]
fn changes_to_different_records_and_fields_are_all_kept_without_a_question() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.people[0].role = "Owner".into();
    theirs.people[0].life.notes = "Sails".into();
    theirs.people[1].name = "Bo Berg".into();
    ours.people[2].interactions.push(Interaction { note: "ours".into(), ..Interaction::default() });
    theirs.people[2].interactions.push(Interaction { note: "theirs".into(), ..Interaction::default() });
    let card = ours.journeys[0].cards[0].id;
    ours.journeys[0].cards[0].phase = ours.journeys[0].phases[3].id;
    theirs.journeys[0].cards[0].text = "Edited there".into();
    theirs.people.push(Person::named("Eva"));
    ours.people.remove(3);
    let result = merged(&base, &ours, &theirs);
    let ws = &result.workspace;
    assert!(ws.conflicts.is_empty(), "{:?}", ws.conflicts);
    assert_eq!(ws.people[0].role, "Owner");
    assert_eq!(ws.people[0].life.notes, "Sails");
    assert_eq!(ws.people[1].name, "Bo Berg");
    let notes: Vec<&str> = ws.people[2].interactions.iter().map(|i| i.note.as_str()).collect();
    assert_eq!(notes, ["Carl 0", "Carl 1", "ours", "theirs"]);
    let moved = ws.journeys[0].cards.iter().find(|c| c.id == card).expect("the card");
    assert_eq!((moved.phase, moved.text.as_str()), (ws.journeys[0].phases[3].id, "Edited there"));
    let names: Vec<&str> = ws.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anna", "Bo Berg", "Carl", "Eva"], "Dina deleted here, Eva added there");
    assert_eq!((result.report.people_added, result.report.people_changed), (1, 3));
}

#[test]
fn real_conflicts_keep_ours_and_are_recorded_and_worded() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.people[0].role = "Owner".into();
    theirs.people[0].role = "Baker".into();
    theirs.people[0].changed = Some(Stamp { who: "Jonas".into(), when: chrono::Utc::now() });
    ours.people.remove(1);
    theirs.people[1].life.notes = "Kept by them".into();
    let (first, last) = (theirs.journeys[0].phases[0].id, theirs.journeys[0].phases[3].id);
    ours.journeys[0].cards[1].phase = first;
    theirs.journeys[0].cards[1].phase = last;
    let result = merged(&base, &ours, &theirs);
    let ws = &result.workspace;
    assert_eq!(ws.people[0].role, "Owner");
    assert_eq!(ws.people[1].life.notes, "Kept by them", "deleted here, changed there: kept");
    assert_eq!(ws.journeys[0].cards[1].phase, first);
    crate::i18n::set_language(crate::i18n::Lang::En);
    let described: Vec<String> = ws.conflicts.iter().map(|c| describe(ws, c)).collect();
    assert_eq!(described, ["Customer journey: cards › phase", "Anna: role", "Bo"], "in the data's order");
    let role = &ws.conflicts[1];
    assert_eq!(value_words(role.ours.as_deref()), "Owner");
    assert_eq!(value_words(role.theirs.as_deref()), "Baker");
    assert_eq!(role.theirs_by.as_ref().map(|s| s.who.as_str()), Some("Jonas"));
    assert_eq!(value_words(ws.conflicts[2].ours.as_deref()), "(deleted)");
    assert_eq!(result.new_conflicts, 3);
    assert_eq!(note(&result.report, 3), "Jonas changed 2 people, changed 1 map; 3 conflicts to look at");
    let again = merge(Some(&base), ws, &theirs).expect("merges");
    assert_eq!(again.workspace.conflicts, ws.conflicts, "merging the same again records nothing new");
}

#[test]
fn choosing_a_side_is_one_undoable_step_that_clears_the_conflict() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.people[0].role = "Owner".into();
    theirs.people[0].role = "Baker".into();
    ours.people.remove(1);
    theirs.people[1].life.notes = "Kept by them".into();
    let mut ws = merged(&base, &ours, &theirs).workspace;
    let before = ws.clone();
    let mut history = History::new();
    let (role, bo) = (ws.conflicts[0].id, ws.conflicts[1].id);
    assert_eq!(ws.conflicts[0].at.last(), Some(&Step::Field("role".into())));
    let edit = choose(&ws, role, true).expect("a conflict");
    history.apply(&mut ws, "Take theirs", edit).expect("applies");
    assert_eq!(ws.people[0].role, "Baker");
    assert_eq!(ws.conflicts.len(), 1);
    // Bo was deleted here: keeping ours deletes him.
    let edit = choose(&ws, bo, false).expect("a conflict");
    history.apply(&mut ws, "Keep mine", edit).expect("applies");
    assert_eq!(ws.people.len(), 3);
    assert!(ws.conflicts.is_empty());
    history.undo(&mut ws);
    history.undo(&mut ws);
    assert_eq!(ws, before, "undone exactly");
    // A conflict about a person deleted since only goes away.
    let anna = ws.people[0].id;
    apply(&mut ws, Edit::RemovePerson(anna)).expect("removed");
    let edit = choose(&ws, role, true).expect("a conflict");
    apply(&mut ws, edit).expect("applies");
    assert!(ws.person(anna).is_none(), "not brought back by a choice about one field");
    assert_eq!(ws.conflicts.len(), 1);
}

#[test]
fn without_the_common_version_both_are_kept() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.people[0].role = "Owner".into();
    theirs.people.remove(2);
    let result = merge(None, &ours, &theirs).expect("merges");
    assert_eq!(result.workspace.people.len(), 4, "nothing counts as deleted");
    assert_eq!(result.workspace.people[0].role, "Owner");
    assert_eq!(result.workspace.conflicts.len(), 1);
    assert!(!result.report.known);
}

#[test]
fn the_result_descends_from_both_sides() {
    let base = base();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.descend_from("o1");
    theirs.descend_from("t1");
    theirs.descend_from("t2");
    let ws = merged(&base, &ours, &theirs).workspace;
    assert_eq!(ws.revisions, ["o1", "t1", "t2"]);
    assert_eq!(ws.id, ours.id);
}

/// One change a person makes, by position (taken modulo the lists' lengths).
#[derive(Clone, Debug)]
enum Change {
    Role(usize, String),
    Notes(usize, String),
    Status(usize, usize),
    AddTag(usize, String),
    RemoveTag(usize, usize),
    AddLog(usize, u128, String),
    EditLog(usize, usize, String),
    RemoveLog(usize, usize),
    RemovePerson(usize),
    AddPerson(u128, String),
    CardText(usize, String),
    MoveCard(usize, usize, usize),
    RemoveCard(usize),
    Rename(String),
    MovePerson(usize, usize),
}

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["x", "y", "z", "Owner", ""]).prop_map(str::to_owned)
}

fn change() -> impl Strategy<Value = Change> {
    let i = || 0usize..6;
    prop_oneof![
        (i(), word()).prop_map(|(p, w)| Change::Role(p, w)),
        (i(), word()).prop_map(|(p, w)| Change::Notes(p, w)),
        (i(), 0usize..4).prop_map(|(p, s)| Change::Status(p, s)),
        (i(), word()).prop_map(|(p, w)| Change::AddTag(p, w)),
        (i(), i()).prop_map(|(p, t)| Change::RemoveTag(p, t)),
        (i(), any::<u128>(), word()).prop_map(|(p, id, w)| Change::AddLog(p, id, w)),
        (i(), i(), word()).prop_map(|(p, l, w)| Change::EditLog(p, l, w)),
        (i(), i()).prop_map(|(p, l)| Change::RemoveLog(p, l)),
        i().prop_map(Change::RemovePerson),
        (any::<u128>(), word()).prop_map(|(id, w)| Change::AddPerson(id, w)),
        (i(), word()).prop_map(|(c, w)| Change::CardText(c, w)),
        (i(), i(), i()).prop_map(|(c, p, l)| Change::MoveCard(c, p, l)),
        i().prop_map(Change::RemoveCard),
        word().prop_map(Change::Rename),
        (i(), i()).prop_map(|(p, ph)| Change::MovePerson(p, ph)),
    ]
}

fn make(ws: &mut Workspace, change: &Change) {
    let people = ws.people.len();
    fn person(ws: &mut Workspace, p: usize) -> Option<&mut Person> {
        let n = ws.people.len();
        if n == 0 { None } else { ws.people.get_mut(p % n) }
    }
    match change.clone() {
        Change::Role(p, w) => person(ws, p).into_iter().for_each(|p| p.role = w.clone()),
        Change::Notes(p, w) => person(ws, p).into_iter().for_each(|p| p.life.notes = w.clone()),
        Change::Status(p, s) => person(ws, p).into_iter().for_each(|p| p.status = Status::ALL[s % 4]),
        Change::AddTag(p, w) => person(ws, p).into_iter().for_each(|p| p.tags.push(w.clone())),
        Change::RemoveTag(p, t) => person(ws, p).into_iter().filter(|p| !p.tags.is_empty()).for_each(|p| {
            let n = t % p.tags.len();
            p.tags.remove(n);
        }),
        Change::AddLog(p, id, w) => person(ws, p).into_iter().for_each(|p| {
            p.interactions.push(Interaction {
                id: InteractionId::from_u128(id),
                note: w.clone(),
                ..Interaction::default()
            })
        }),
        Change::EditLog(p, l, w) => person(ws, p).into_iter().filter(|p| !p.interactions.is_empty()).for_each(|p| {
            let n = l % p.interactions.len();
            p.interactions[n].note = w.clone();
        }),
        Change::RemoveLog(p, l) => person(ws, p).into_iter().filter(|p| !p.interactions.is_empty()).for_each(|p| {
            let n = l % p.interactions.len();
            p.interactions.remove(n);
        }),
        Change::RemovePerson(p) if people > 0 => {
            ws.people.remove(p % people);
        }
        Change::RemovePerson(_) => {}
        Change::AddPerson(id, w) => ws.people.push(Person { id: PersonId::from_u128(id), ..Person::named(w) }),
        Change::CardText(c, w) => card(ws, c).into_iter().for_each(|c| c.text = w.clone()),
        Change::MoveCard(c, p, l) => {
            let map = &ws.journeys[0];
            let (phase, lane) = (map.phases[p % map.phases.len()].id, map.lanes[l % map.lanes.len()].id);
            card(ws, c).into_iter().for_each(|c| (c.phase, c.lane) = (phase, lane));
        }
        Change::RemoveCard(c) if !ws.journeys[0].cards.is_empty() => {
            let n = c % ws.journeys[0].cards.len();
            ws.journeys[0].cards.remove(n);
        }
        Change::RemoveCard(_) => {}
        Change::Rename(w) => ws.name = w,
        Change::MovePerson(p, ph) => {
            let map = &ws.journeys[0];
            let (journey, phase) = (map.id, map.phases[ph % map.phases.len()].id);
            person(ws, p).into_iter().for_each(|p| {
                p.positions.retain(|x| x.journey != journey);
                p.positions.push(crate::model::JourneyPosition { journey, phase, order: 0 });
            });
        }
    }
}

fn card(ws: &mut Workspace, c: usize) -> Option<&mut Card> {
    let cards = &mut ws.journeys[0].cards;
    let n = cards.len();
    if n == 0 { None } else { cards.get_mut(c % n) }
}

fn edited(changes: &[Change]) -> Workspace {
    let mut ws = base();
    for change in changes {
        make(&mut ws, change);
    }
    ws
}

/// The data without what a merge does not take as data, every keyed list sorted by key, for
/// comparing contents rather than order.
fn contents(ws: &Workspace) -> Value {
    fn sort(value: &mut Value) {
        match value {
            Value::Object(object) => object.values_mut().for_each(sort),
            Value::Array(list) => {
                list.iter_mut().for_each(sort);
                if let Some(key) = KEYS.iter().find(|k| !list.is_empty() && list.iter().all(|v| key_of(v, k).is_some()))
                {
                    list.sort_by(|a, b| key_of(a, key).cmp(&key_of(b, key)));
                } else if list.iter().all(Value::is_string) {
                    // Plain lists merge as sets: each side's additions come after its own.
                    list.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                }
            }
            _ => {}
        }
    }
    let mut value = serde_json::to_value(ws).expect("serialises");
    if let Some(object) = value.as_object_mut() {
        for field in ["revisions", "conflicts"] {
            object.remove(field);
        }
    }
    sort(&mut value);
    value
}

/// What one side's changes since `base` claim of a merged result: a value at a path, a record
/// gone, a plain value in or out of a list.
#[derive(Debug)]
enum Claim {
    Is(Vec<Step>, Value),
    Gone(Vec<Step>),
    Has(Vec<Step>, Value),
    Lacks(Vec<Step>, Value),
}

fn claims(base: &Value, side: &Value, at: &mut Vec<Step>, out: &mut Vec<Claim>) {
    if base == side || matches!(at.last(), Some(Step::Field(f)) if f == "changed") {
        return;
    }
    match (base, side) {
        (Value::Object(b), Value::Object(s)) => {
            for (name, value) in s {
                at.push(Step::Field(name.clone()));
                match b.get(name) {
                    Some(before) => claims(before, value, at, out),
                    None => out.push(Claim::Is(at.clone(), value.clone())),
                }
                at.pop();
            }
        }
        (Value::Array(b), Value::Array(s)) => {
            let all = || b.iter().chain(s);
            if let Some(key) = KEYS.iter().find(|k| all().all(|v| key_of(v, k).is_some())) {
                for value in s {
                    let k = key_of(value, key).unwrap_or_default();
                    at.push(Step::Id(k.to_owned()));
                    match b.iter().find(|v| key_of(v, key) == Some(k)) {
                        Some(before) => claims(before, value, at, out),
                        None => out.push(Claim::Is(at.clone(), value.clone())),
                    }
                    at.pop();
                }
                for value in b.iter().filter(|v| !s.iter().any(|x| key_of(x, key) == key_of(v, key))) {
                    at.push(Step::Id(key_of(value, key).unwrap_or_default().to_owned()));
                    out.push(Claim::Gone(at.clone()));
                    at.pop();
                }
            } else if all().all(|v| !v.is_object() && !v.is_array()) {
                s.iter().filter(|v| !b.contains(v)).for_each(|v| out.push(Claim::Has(at.clone(), v.clone())));
                b.iter().filter(|v| !s.contains(v)).for_each(|v| out.push(Claim::Lacks(at.clone(), v.clone())));
            } else {
                out.push(Claim::Is(at.clone(), side.clone()));
            }
        }
        _ => out.push(Claim::Is(at.clone(), side.clone())),
    }
}

fn holds(merged: &Value, claim: &Claim) -> bool {
    match claim {
        Claim::Is(at, value) => tree::get(merged, at) == Some(value),
        Claim::Gone(at) => tree::get(merged, at).is_none(),
        Claim::Has(at, value) => tree::get(merged, at).and_then(Value::as_array).is_some_and(|l| l.contains(value)),
        Claim::Lacks(at, value) => tree::get(merged, at).and_then(Value::as_array).is_some_and(|l| !l.contains(value)),
    }
}

fn place(claim: &Claim) -> &[Step] {
    match claim {
        Claim::Is(at, _) | Claim::Gone(at) | Claim::Has(at, _) | Claim::Lacks(at, _) => at,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Merging a change with no change gives that change, from either side.
    #[test]
    fn a_change_merged_with_no_change_is_that_change(changes in prop::collection::vec(change(), 0..8)) {
        let (base, changed) = (base(), edited(&changes));
        for (ours, theirs) in [(&base, &changed), (&changed, &base)] {
            let result = merged(&base, ours, theirs);
            prop_assert!(result.workspace.conflicts.is_empty(), "{:?}", result.workspace.conflicts);
            prop_assert_eq!(contents(&result.workspace), contents(&changed));
        }
    }

    /// Which side is "ours" decides only which value a conflict keeps: the same places are in
    /// conflict, and the two merges settled alike (one side's value at each) are the same.
    #[test]
    fn merging_is_the_same_either_way_but_for_the_value_a_conflict_keeps(
        mine in prop::collection::vec(change(), 0..8),
        yours in prop::collection::vec(change(), 0..8),
    ) {
        let (base, a, b) = (base(), edited(&mine), edited(&yours));
        let ab = merged(&base, &a, &b).workspace;
        let ba = merged(&base, &b, &a).workspace;
        let places = |ws: &Workspace| {
            let mut at: Vec<Vec<Step>> = ws.conflicts.iter().map(|c| c.at.clone()).collect();
            at.sort();
            at
        };
        prop_assert_eq!(places(&ab), places(&ba));
        // Settled the same way (the second side's value everywhere), the two are one.
        let settle = |merged: &Workspace, theirs: bool| {
            let mut settled = merged.clone();
            for conflict in &merged.conflicts {
                let edit = choose(&settled, conflict.id, theirs).expect("the conflict is there");
                apply(&mut settled, edit).expect("the choice applies");
            }
            prop_assert!(settled.conflicts.is_empty());
            Ok(contents(&settled))
        };
        prop_assert_eq!(settle(&ab, true)?, settle(&ba, false)?);
    }

    /// Every change of either side is in the merge, or a conflict names its place.
    #[test]
    fn no_change_is_lost_without_a_recorded_conflict(
        mine in prop::collection::vec(change(), 0..8),
        yours in prop::collection::vec(change(), 0..8),
    ) {
        let (base, a, b) = (base(), edited(&mine), edited(&yours));
        let result = merged(&base, &a, &b).workspace;
        let value = contents(&result);
        let before = contents(&base);
        for side in [&a, &b] {
            let mut found = Vec::new();
            claims(&before, &contents(side), &mut Vec::new(), &mut found);
            for claim in &found {
                let at = place(claim);
                let named = result.conflicts.iter().any(|c| at.starts_with(&c.at) || c.at.starts_with(at));
                prop_assert!(holds(&value, claim) || named, "{:?} is lost without a conflict", claim);
            }
        }
    }
}

/// The base with an organisation Anna belongs to, a link, a follow-up and a phase move: the
/// records the accounts, the daily loop and the board's history added to the model.
fn base_with_accounts() -> Workspace {
    use crate::model::{FollowUp, FollowUpId, Link, LinkId, LinkKind, Organisation, OrganisationId, PhaseMove};
    let mut ws = base();
    ws.organisations.push(Organisation { id: OrganisationId::from_u128(500), ..Organisation::named("Café Kringle") });
    ws.people[0].organisation = Some(OrganisationId::from_u128(500));
    let (anna, bo) = (ws.people[0].id, ws.people[1].id);
    ws.links.push(Link { id: LinkId::from_u128(600), from: anna, to: bo, kind: LinkKind::Colleague });
    ws.people[0].follow_ups.push(FollowUp {
        id: FollowUpId::from_u128(700),
        text: "Send the offer".into(),
        ..FollowUp::default()
    });
    let map = &ws.journeys[0];
    let entry = PhaseMove {
        id: crate::model::PhaseMoveId::from_u128(800),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("a date"),
        journey: map.id,
        from: None,
        to: Some(map.phases[0].id),
        ..PhaseMove::default()
    };
    ws.people[2].phase_history.push(entry);
    ws
}

#[test]
fn organisations_links_follow_ups_and_phase_history_from_both_sides_are_all_kept() {
    use crate::model::{FollowUp, Link, LinkKind, Organisation, PhaseMove};
    let base = base_with_accounts();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let ids: Vec<PersonId> = base.people.iter().map(|p| p.id).collect();
    let moved = |ws: &Workspace, text: &str| PhaseMove {
        id: crate::model::PhaseMoveId::new(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
        journey: ws.journeys[0].id,
        from: Some(ws.journeys[0].phases[0].id),
        to: Some(ws.journeys[0].phases[1].id),
        why: crate::model::MoveWhy { text: text.into(), ..Default::default() },
    };
    // Here: a new organisation Bo joins, a link, a follow-up, a move; Kringle's website.
    let bageriet = Organisation::named("Bageriet");
    ours.people[1].organisation = Some(bageriet.id);
    ours.organisations.push(bageriet);
    ours.organisations[0].website = "kringle.dk".into();
    ours.links.push(Link { id: crate::model::LinkId::new(), from: ids[2], to: ids[3], kind: LinkKind::Partner });
    ours.people[0].follow_ups.push(FollowUp { text: "Call about the new shop".into(), ..FollowUp::default() });
    ours.people[0].follow_ups[0].done = chrono::NaiveDate::from_ymd_opt(2026, 12, 1);
    let entry = moved(&ours, "ours");
    ours.people[2].phase_history.push(entry);
    // There: another organisation Dina joins, a referral, a follow-up, a move; Kringle's phone
    // and its key account, the first link's kind.
    let hotel = Organisation::named("Hotel Nord");
    theirs.people[3].organisation = Some(hotel.id);
    theirs.organisations.push(hotel);
    theirs.organisations[0].phone = "+45 12 34 56 78".into();
    theirs.organisations[0].key_account = true;
    theirs.links[0].kind = LinkKind::Manager;
    theirs.links.push(Link { id: crate::model::LinkId::new(), from: ids[1], to: ids[3], kind: LinkKind::Referred });
    theirs.people[1].follow_ups.push(FollowUp { text: "Bring the samples".into(), ..FollowUp::default() });
    let entry = moved(&theirs, "theirs");
    theirs.people[2].phase_history.push(entry);

    let result = merged(&base, &ours, &theirs);
    let ws = &result.workspace;
    assert!(ws.conflicts.is_empty(), "{:?}", ws.conflicts);
    let mut names: Vec<&str> = ws.organisations.iter().map(|o| o.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Bageriet", "Café Kringle", "Hotel Nord"]);
    let kringle = &ws.organisations[0];
    assert_eq!(
        (kringle.website.as_str(), kringle.phone.as_str(), kringle.key_account),
        ("kringle.dk", "+45 12 34 56 78", true)
    );
    assert_eq!(ws.organisation_name(&ws.people[1]), "Bageriet");
    assert_eq!(ws.organisation_name(&ws.people[3]), "Hotel Nord");
    assert!(ws.is_key_account(&ws.people[0]), "Anna's account became a key account there");
    let links: Vec<(PersonId, PersonId, LinkKind)> = ws.links.iter().map(|l| (l.from, l.to, l.kind.clone())).collect();
    assert_eq!(links.len(), 3, "{links:?}");
    assert!(links.contains(&(ids[0], ids[1], LinkKind::Manager)));
    assert!(links.contains(&(ids[2], ids[3], LinkKind::Partner)));
    assert!(links.contains(&(ids[1], ids[3], LinkKind::Referred)));
    let tasks =
        |p: usize| ws.people[p].follow_ups.iter().map(|f| (f.text.as_str(), f.done.is_some())).collect::<Vec<_>>();
    assert_eq!(tasks(0), [("Send the offer", true), ("Call about the new shop", false)]);
    assert_eq!(tasks(1), [("Bring the samples", false)]);
    let whys: Vec<&str> = ws.people[2].phase_history.iter().map(|m| m.why.text.as_str()).collect();
    assert_eq!(whys, ["", "ours", "theirs"]);
    crate::i18n::set_language(crate::i18n::Lang::En);
    let report = &result.report;
    assert_eq!((report.organisations_added, report.organisations_changed, report.organisations_removed), (1, 1, 0));
    assert!(report.other, "the links that came in are other things");
    assert_eq!(
        note(report, 0),
        "The other version changed 3 people, added 1 organisation, changed 1 organisation, changed other things"
    );
}

#[test]
fn an_organisation_or_a_link_changed_differently_is_a_conflict_named_by_it() {
    use crate::model::LinkKind;
    let base = base_with_accounts();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.organisations[0].notes = "Opens a second shop".into();
    theirs.organisations[0].notes = "Closing in March".into();
    ours.links[0].kind = LinkKind::Friend;
    theirs.links[0].kind = LinkKind::Manager;
    let result = merged(&base, &ours, &theirs);
    let ws = &result.workspace;
    assert_eq!(ws.organisations[0].notes, "Opens a second shop", "ours kept");
    assert_eq!(result.new_conflicts, 2);
    crate::i18n::set_language(crate::i18n::Lang::En);
    let described: Vec<String> = ws.conflicts.iter().map(|c| describe(ws, c)).collect();
    assert_eq!(described, ["the link between Anna and Bo: kind", "Café Kringle: notes"]);
    let notes = ws.conflicts.iter().find(|c| c.at.contains(&Step::Field("notes".into()))).expect("the notes");
    assert_eq!(notes.name, "Café Kringle", "the name kept with the conflict");
    assert_eq!(value_words(notes.theirs.as_deref()), "Closing in March");
    // Renamed since: the name it has now; gone since: the name it had.
    let mut renamed = ws.clone();
    renamed.organisations[0].name = "Kringle & Co".into();
    assert_eq!(describe(&renamed, notes), "Kringle & Co: notes");
    renamed.organisations.clear();
    assert_eq!(describe(&renamed, notes), "Café Kringle: notes");
    crate::i18n::set_language(crate::i18n::Lang::Da);
    assert_eq!(describe(ws, &ws.conflicts[0]), "forbindelsen mellem Anna og Bo: kind");
    crate::i18n::set_language(crate::i18n::Lang::En);
    // Choosing theirs is one step that puts their words in place.
    let choice = choose(ws, notes.id, true).expect("the conflict");
    let mut chosen = ws.clone();
    apply(&mut chosen, choice).expect("applies");
    assert_eq!(chosen.organisations[0].notes, "Closing in March");
    assert_eq!(chosen.conflicts.len(), 1);
}

#[test]
fn stamping_what_an_edit_carries_before_it_is_applied_stamps_as_stamping_after() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let base = crate::ops::demo::generate(30, today);
    let stamp =
        Stamp { who: "Anna".into(), when: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default() };
    let mut renamed = base.people[4].clone();
    renamed.name = "Renamed".into();
    let mut map = base.journeys[0].clone();
    map.name = "Renamed map".into();
    let place = crate::ops::moves::BoardPlace { phase: map.phases[1].id, slot: 0 };
    let edit = Edit::Batch(vec![
        Edit::InsertPerson { index: 3, person: Box::new(Person::named("New")) },
        Edit::ReplacePerson(Box::new(renamed)),
        Edit::MovePerson {
            person: base.people[7].id,
            journey: map.id,
            to: Some(place),
            date: today,
            entry: crate::model::PhaseMoveId::new(),
            near: None,
        },
        Edit::ReplaceJourney(Box::new(map.clone())),
        Edit::MoveCard {
            journey: base.journeys[1].id,
            card: base.journeys[1].cards[0].id,
            to: crate::ops::moves::CardPlace {
                phase: base.journeys[1].phases[1].id,
                lane: base.journeys[1].cards[0].lane,
                slot: 0,
            },
        },
    ]);
    let mut after = base.clone();
    apply(&mut after, edit.clone()).expect("applies");
    Touched::of(&edit).stamp(&mut after, &stamp);
    let mut before = base.clone();
    let mut carried = edit;
    let named = Touched::stamp_carried(&mut carried, &stamp);
    assert_eq!(named.people(), [base.people[7].id], "only the person named by id is left to look for");
    apply(&mut before, carried).expect("applies");
    named.stamp(&mut before, &stamp);
    assert_eq!(before, after);
    assert_eq!(before.people.iter().filter(|p| p.changed.as_ref() == Some(&stamp)).count(), 3);
}
