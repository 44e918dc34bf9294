//! Likely duplicate people, and merging two people into one without losing a fact.
//!
//! Two people are likely the same when they share an e-mail address, or when their names are
//! equal or nearly so (at most two letters apart, for names of eight letters or more) and their
//! organisations are too (or one of them has none). Names and organisations are compared
//! folded: lowercase, Nordic and other accented letters spelled out (æ → ae, ø → oe, å → aa,
//! é → e), punctuation and runs of spaces as one space.
//!
//! Finding them never compares every pair: people are bucketed by e-mail and by folded name,
//! and near names are found through their two-letter deletions (the "symmetric delete" idea),
//! so 10,000 people take a fraction of a second.

use super::Edit;
use crate::model::{FamilyMemberId, FitDecision, Link, Person, PersonId, Workspace};
use crate::t;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Why two people look like the same person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Both have this e-mail address (as written by the first).
    SameEmail(String),
    /// The same name, and the same organisation or one without.
    SameName,
    /// Names at most two letters apart, and the same organisation or one without.
    SimilarName,
}

impl Reason {
    /// The reason as a person reads it, in the current language.
    pub fn describe(&self) -> String {
        match self {
            Reason::SameEmail(email) => t!("interop-duplicate-same-email", email = email.as_str()),
            Reason::SameName => t!("interop-duplicate-same-name"),
            Reason::SimilarName => t!("interop-duplicate-similar-name"),
        }
    }
}

/// Two people who look like one, the earlier first, and why.
pub type Duplicate = (PersonId, PersonId, Reason);

/// Names this long or longer may differ by up to [`MAX_EDITS`] letters and still match.
const FUZZY_MIN_LEN: usize = 8;
const MAX_EDITS: usize = 2;

/// Pairs of people who are likely the same, each pair once, the earlier person first, in the
/// workspace's order.
pub fn likely_duplicates(workspace: &Workspace) -> Vec<Duplicate> {
    let people = &workspace.people;
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut found: Vec<(usize, usize, Reason)> = Vec::new();

    // Same e-mail.
    let mut by_email: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, person) in people.iter().enumerate() {
        let mut own: Vec<String> =
            person.contact.emails.iter().map(|e| e.value.trim().to_lowercase()).filter(|e| !e.is_empty()).collect();
        own.sort_unstable();
        own.dedup();
        for email in own {
            by_email.entry(email).or_default().push(i);
        }
    }
    let mut emails: Vec<(&String, &Vec<usize>)> = by_email.iter().filter(|(_, v)| v.len() > 1).collect();
    emails.sort_unstable();
    for (_, group) in emails {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                if seen.insert((a, b)) {
                    let shown = people[a]
                        .contact
                        .emails
                        .iter()
                        .map(|e| e.value.trim())
                        .find(|e| people[b].contact.emails.iter().any(|f| f.value.trim().eq_ignore_ascii_case(e)))
                        .unwrap_or_default();
                    found.push((a, b, Reason::SameEmail(shown.to_owned())));
                }
            }
        }
    }

    // Same or similar name, over distinct folded names.
    let mut names: Vec<String> = Vec::new();
    let mut name_ids: HashMap<String, usize> = HashMap::new();
    let mut people_by_name: Vec<Vec<usize>> = Vec::new();
    for (i, person) in people.iter().enumerate() {
        let key = fold(&person.name);
        if key.is_empty() {
            continue;
        }
        let id = *name_ids.entry(key.clone()).or_insert_with(|| {
            names.push(key);
            people_by_name.push(Vec::new());
            names.len() - 1
        });
        people_by_name[id].push(i);
    }
    let index = crate::model::OrganisationIndex::of(workspace);
    let organisations: Vec<String> = people.iter().map(|p| fold_organisation(index.name(workspace, p))).collect();
    let mut org_memo: HashMap<(&str, &str), bool> = HashMap::new();
    let mut same_org = |a: usize, b: usize| {
        let (x, y) = (organisations[a].as_str(), organisations[b].as_str());
        if x.is_empty() || y.is_empty() || x == y {
            return true;
        }
        let key = if x < y { (x, y) } else { (y, x) };
        *org_memo.entry(key).or_insert_with(|| similar(x, y))
    };
    let mut add = |a: usize, b: usize, reason: Reason, found: &mut Vec<(usize, usize, Reason)>| {
        let (a, b) = (a.min(b), a.max(b));
        if seen.insert((a, b)) {
            found.push((a, b, reason));
        }
    };
    for group in &people_by_name {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                if same_org(a, b) {
                    add(a, b, Reason::SameName, &mut found);
                }
            }
        }
    }
    for (x, y) in similar_name_pairs(&names) {
        for &a in &people_by_name[x] {
            for &b in &people_by_name[y] {
                if same_org(a, b) {
                    add(a, b, Reason::SimilarName, &mut found);
                }
            }
        }
    }
    found.sort_unstable_by_key(|(a, b, _)| (*a, *b));
    found.into_iter().map(|(a, b, reason)| (people[a].id, people[b].id, reason)).collect()
}

/// Pairs of distinct names (indices into `names`) at most [`MAX_EDITS`] letters apart, both at
/// least [`FUZZY_MIN_LEN`] letters long. Two strings within `k` edits share a string reached
/// by deleting at most `k` letters from each, so only names sharing such a deletion are compared.
fn similar_name_pairs(names: &[String]) -> Vec<(usize, usize)> {
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    let chars: Vec<Vec<char>> = names.iter().map(|n| n.chars().collect()).collect();
    for (id, letters) in chars.iter().enumerate() {
        if letters.len() < FUZZY_MIN_LEN {
            continue;
        }
        let mut keys = deletion_keys(letters);
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            buckets.entry(key).or_default().push(id);
        }
    }
    let mut candidates: HashSet<(usize, usize)> = HashSet::new();
    for group in buckets.values() {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                candidates.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> =
        candidates.into_iter().filter(|&(a, b)| edit_distance(&chars[a], &chars[b]) <= MAX_EDITS).collect();
    pairs.sort_unstable();
    pairs
}

/// Hashes of the string with zero, one and two letters deleted.
fn deletion_keys(letters: &[char]) -> Vec<u64> {
    let n = letters.len();
    let hash_without = |skip: &[usize]| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for (i, c) in letters.iter().enumerate() {
            if !skip.contains(&i) {
                c.hash(&mut hasher);
            }
        }
        hasher.finish()
    };
    let mut keys = Vec::with_capacity(1 + n + n * n / 2);
    keys.push(hash_without(&[]));
    for i in 0..n {
        keys.push(hash_without(&[i]));
        for j in i + 1..n {
            keys.push(hash_without(&[i, j]));
        }
    }
    keys
}

/// Levenshtein distance, giving up early once it is certainly above [`MAX_EDITS`].
fn edit_distance(a: &[char], b: &[char]) -> usize {
    if a.len().abs_diff(b.len()) > MAX_EDITS {
        return MAX_EDITS + 1;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|&m| m > MAX_EDITS) {
            return MAX_EDITS + 1;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Equal, or (both long enough) at most [`MAX_EDITS`] letters apart.
fn similar(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() >= FUZZY_MIN_LEN && b.len() >= FUZZY_MIN_LEN && edit_distance(&a, &b) <= MAX_EDITS
}

pub use crate::model::fold;

/// An organisation folded like a name, without its company form ("ApS", "A/S", "Ltd").
fn fold_organisation(text: &str) -> String {
    crate::model::organisation_key(text)
}

/// `keep` with every fact of `other` added: nothing either of them holds is lost.
///
/// Text `keep` lacks is taken from `other`; where both differ, `other`'s is kept in the notes
/// as "Also recorded: …" (in the language of the moment: the notes are the person's, like
/// everything else they hold). Lists are joined without exact repeats. `keep`'s id stays.
pub fn merge(keep: &Person, other: &Person) -> Person {
    let mut merged = keep.clone();
    let mut also: Vec<String> = Vec::new();
    // The field's name is only looked up when it is needed: merging is done for every match
    // of an import.
    let mut text = |field: fn() -> String, mine: &mut String, theirs: &str| {
        let theirs_trimmed = theirs.trim();
        if theirs_trimmed.is_empty() || mine.trim() == theirs_trimmed {
            return;
        }
        if mine.trim().is_empty() {
            *mine = theirs.to_owned();
        } else {
            also.push(recorded(field(), theirs_trimmed));
        }
    };
    text(|| t!("interop-merge-name"), &mut merged.name, &other.name);
    text(|| t!("interop-merge-role"), &mut merged.role, &other.role);
    text(|| t!("interop-merge-address"), &mut merged.contact.address, &other.contact.address);
    text(|| t!("interop-merge-website"), &mut merged.contact.website, &other.contact.website);
    text(|| t!("interop-merge-status-reason"), &mut merged.status_reason, &other.status_reason);
    text(|| t!("interop-merge-referral"), &mut merged.referral.detail, &other.referral.detail);
    text(|| t!("interop-merge-purpose"), &mut merged.purpose, &other.purpose);
    text(|| t!("interop-merge-what-matters"), &mut merged.life.what_matters, &other.life.what_matters);
    text(|| t!("interop-merge-proud-of"), &mut merged.life.proud_of, &other.life.proud_of);
    text(|| t!("interop-merge-preferences"), &mut merged.life.preferences, &other.life.preferences);
    text(|| t!("interop-merge-stated-need"), &mut merged.needs.stated, &other.needs.stated);
    text(|| t!("interop-merge-motivation"), &mut merged.needs.motivation, &other.needs.motivation);
    text(|| t!("interop-merge-challenge"), &mut merged.needs.challenge, &other.needs.challenge);
    text(|| t!("interop-merge-agreed-solution"), &mut merged.needs.agreed_solution, &other.needs.agreed_solution);
    text(|| t!("interop-merge-decision-reason"), &mut merged.fit.decision_reason, &other.fit.decision_reason);
    if keep.status != other.status {
        also.push(recorded(t!("interop-merge-status"), &crate::ops::names::status(other.status)));
    }

    union_by(&mut merged.contact.emails, &other.contact.emails, |e| e.value.trim().to_lowercase());
    union_by(&mut merged.contact.phones, &other.contact.phones, |p| {
        p.value.chars().filter(|c| !c.is_whitespace()).collect::<String>()
    });
    if merged.photo.is_none() {
        merged.photo.clone_from(&other.photo);
    }
    union_by(&mut merged.tags, &other.tags, |t| t.trim().to_lowercase());
    merged.key_account |= other.key_account;
    // The organisation is kept's; another is the caller's to note (it knows the names).
    if merged.organisation.is_none() {
        merged.organisation = other.organisation;
    }
    if merged.account_role == Default::default() {
        merged.account_role = other.account_role.clone();
    }
    if merged.referral.source == Default::default() {
        merged.referral.source = other.referral.source;
    }
    union_by(&mut merged.life.interests, &other.life.interests, |i| i.trim().to_lowercase());

    let family_ids = merge_family(&mut merged, other, &mut also);
    merge_milestones(&mut merged, other, &family_ids);
    merge_fit(&mut merged, other, &mut also);

    // Lists that gain entries are put in date order; one that gains none keeps its own order.
    if union_by(&mut merged.incidents, &other.incidents, |i| i.id) {
        merged.incidents.sort_by_key(|i| i.date);
    }
    if union_by(&mut merged.ideas, &other.ideas, |i| i.id) {
        merged.ideas.sort_by_key(|i| i.date);
    }
    if union_by(&mut merged.interactions, &other.interactions, |i| i.id) {
        merged.interactions.sort_by_key(|i| i.date);
    }
    for position in &other.positions {
        if merged.position_in(position.journey).is_none() {
            merged.positions.push(position.clone());
        }
    }
    if union_by(&mut merged.phase_history, &other.phase_history, |e| e.id) {
        merged.phase_history.sort_by_key(|e| e.date);
    }
    merged.retention_reviewed = merged.retention_reviewed.max(other.retention_reviewed);
    // What either meant to do stays to be done; a rhythm of one's own is kept over the kind's.
    union_by(&mut merged.follow_ups, &other.follow_ups, |f| f.id);
    if merged.rhythm == crate::model::Rhythm::ByKind {
        merged.rhythm = other.rhythm;
    }
    union_by(&mut merged.snoozed, &other.snoozed, |s| s.what.clone());
    if other.changed.as_ref().map(|s| s.when) > merged.changed.as_ref().map(|s| s.when) {
        merged.changed.clone_from(&other.changed);
    }

    join_text(&mut merged.life.notes, &other.life.notes);
    for line in also {
        join_text(&mut merged.life.notes, &line);
    }
    merged
}

/// "Also recorded: …", for a note of what the other record held.
fn recorded(field: String, value: &str) -> String {
    t!("interop-also-recorded", field = field, value = value)
}

/// Adds "Also recorded: `field`: `value`" to the person's notes (unless it is there).
pub fn note_also(person: &mut Person, field: String, value: &str) {
    join_text(&mut person.life.notes, &recorded(field, value.trim()));
}

/// The one edit that merges `other` into `keep` in `workspace` ([`merge`]) and takes `other`
/// out: the links `other` was in become `keep`'s (but for one between the two, and one `keep`
/// already has), and so does a relative who became `other`. `other`'s organisation, when `keep`
/// has another, is noted.
pub fn people_edit(workspace: &Workspace, keep: &Person, other: &Person) -> Edit {
    let mut merged = merge(keep, other);
    if let (Some(mine), Some(theirs)) = (keep.organisation, other.organisation)
        && mine != theirs
        && let Some(theirs) = workspace.organisation(theirs)
    {
        note_also(&mut merged, t!("interop-merge-organisation"), &theirs.name);
    }
    // A relative of one of the two who became the other is no longer someone else.
    for member in &mut merged.life.family {
        if member.person.is_some_and(|p| p == other.id || p == keep.id) {
            member.person = None;
        }
    }
    let mut edits = vec![Edit::ReplacePerson(Box::new(merged))];
    let mut kept: Vec<Link> = workspace.links_of(keep.id).cloned().collect();
    for link in workspace.links_of(other.id) {
        let mut moved = link.clone();
        for end in [&mut moved.from, &mut moved.to] {
            if *end == other.id {
                *end = keep.id;
            }
        }
        let same = |l: &Link| {
            l.kind == moved.kind
                && ((l.from, l.to) == (moved.from, moved.to) || moved.kind.symmetric() && l.joins(moved.from, moved.to))
        };
        if moved.from == moved.to || kept.iter().any(same) {
            edits.push(Edit::RemoveLink(link.id));
        } else {
            kept.push(moved.clone());
            edits.push(Edit::ReplaceLink(Box::new(moved)));
        }
    }
    for person in &workspace.people {
        let theirs = |m: &crate::model::FamilyMember| m.person == Some(other.id);
        if person.id == other.id || person.id == keep.id || !person.life.family.iter().any(theirs) {
            continue;
        }
        let mut changed = person.clone();
        for member in &mut changed.life.family {
            if member.person == Some(other.id) {
                member.person = Some(keep.id);
            }
        }
        edits.push(Edit::ReplacePerson(Box::new(changed)));
    }
    edits.push(Edit::RemovePerson(other.id));
    Edit::Batch(edits)
}

/// Family: the same name and relation is the same relative; their details are joined. Each
/// relative here stands for one of theirs at most, the one with its id first: two children
/// of one name are two children, not one with two birthdays. Returns where each of `other`'s
/// relatives went.
fn merge_family(
    merged: &mut Person,
    other: &Person,
    also: &mut Vec<String>,
) -> HashMap<FamilyMemberId, FamilyMemberId> {
    let mut family_ids: HashMap<FamilyMemberId, FamilyMemberId> = HashMap::new();
    let mut matched: HashSet<FamilyMemberId> = HashSet::new();
    for theirs in &other.life.family {
        let candidate = |m: &crate::model::FamilyMember| {
            !matched.contains(&m.id) && fold(&m.name) == fold(&theirs.name) && m.relation == theirs.relation
        };
        let at = merged
            .life
            .family
            .iter()
            .position(|m| m.id == theirs.id && candidate(m))
            .or_else(|| merged.life.family.iter().position(candidate));
        match at.map(|at| &mut merged.life.family[at]) {
            Some(mine) => {
                matched.insert(mine.id);
                family_ids.insert(theirs.id, mine.id);
                if mine.birthday.is_none() {
                    mine.birthday = theirs.birthday;
                } else if theirs.birthday.is_some() && theirs.birthday != mine.birthday {
                    also.push(t!(
                        "interop-also-birthday",
                        name = theirs.name.as_str(),
                        date = theirs.birthday.map(|d| d.to_string()).unwrap_or_default()
                    ));
                }
                join_text(&mut mine.notes, &theirs.notes);
                mine.person = mine.person.or(theirs.person);
            }
            None => {
                let mut member = theirs.clone();
                if merged.life.family.iter().any(|m| m.id == member.id) {
                    member.id = FamilyMemberId::new();
                }
                family_ids.insert(theirs.id, member.id);
                matched.insert(member.id);
                merged.life.family.push(member);
            }
        }
    }
    family_ids
}

/// Milestones: one already here (the same kind and date, or the same day with and without its
/// year) is kept; the rest are added, following their relative to where it went.
fn merge_milestones(merged: &mut Person, other: &Person, family_ids: &HashMap<FamilyMemberId, FamilyMemberId>) {
    for theirs in &other.milestones {
        let same = merged.milestones.iter().any(|m| m.kind == theirs.kind && m.date == theirs.date);
        if same {
            continue;
        }
        // The same day with and without its year is one milestone: the year is learnt.
        let same_day = |m: &crate::model::Milestone| {
            m.kind == theirs.kind
                && m.family_member.is_none() == theirs.family_member.is_none()
                && (m.date.month(), m.date.day()) == (theirs.date.month(), theirs.date.day())
                && (m.date.year().is_none() || theirs.date.year().is_none())
        };
        if let Some(mine) = merged.milestones.iter_mut().find(|m| same_day(m)) {
            if mine.date.year().is_none() {
                mine.date = theirs.date;
            }
            continue;
        }
        let mut milestone = theirs.clone();
        milestone.family_member = milestone.family_member.map(|f| family_ids.get(&f).copied().unwrap_or(f));
        if merged.milestones.iter().any(|m| m.id == milestone.id) {
            milestone.id = crate::model::MilestoneId::new();
        }
        merged.milestones.push(milestone);
    }
}

/// Fit: keep's answers unless unknown; time spent on either record was spent.
fn merge_fit(merged: &mut Person, other: &Person, also: &mut Vec<String>) {
    let fit = &mut merged.fit;
    if fit.need_recognised == Default::default() {
        fit.need_recognised = other.fit.need_recognised;
    }
    if fit.driver == Default::default() {
        fit.driver = other.fit.driver;
    }
    fit.minutes_spent = fit.minutes_spent.saturating_add(other.fit.minutes_spent);
    match (fit.yearly_value, other.fit.yearly_value) {
        (None, theirs) => fit.yearly_value = theirs,
        (Some(mine), Some(theirs)) if mine != theirs => {
            also.push(recorded(t!("interop-merge-yearly-value"), &theirs.to_string()))
        }
        _ => {}
    }
    if fit.decision == FitDecision::Undecided {
        fit.decision = other.fit.decision;
    } else if other.fit.decision != FitDecision::Undecided && other.fit.decision != fit.decision {
        also.push(recorded(t!("interop-merge-decision"), &crate::ops::names::decision(other.fit.decision)));
    }
}

/// Appends `other` to `mine` on a new paragraph, unless it is empty or already there.
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

/// Adds to `mine` each of `theirs` whose key is not there yet, in order; whether any was.
fn union_by<T: Clone, K: Eq + Hash>(mine: &mut Vec<T>, theirs: &[T], key: impl Fn(&T) -> K) -> bool {
    let mut present: HashSet<K> = mine.iter().map(&key).collect();
    let before = mine.len();
    for item in theirs {
        if present.insert(key(item)) {
            mine.push(item.clone());
        }
    }
    mine.len() > before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn labelled(label: &str, value: &str) -> Labelled {
        Labelled { label: label.into(), value: value.into() }
    }

    /// A person with every field filled, each value marked with `tag` so that its origin shows.
    fn full(tag: &str, journey: JourneyId) -> Person {
        let child = FamilyMemberId::new();
        Person {
            id: PersonId::new(),
            name: format!("Name {tag}"),
            organisation: Some(crate::model::organisation_id_for(&format!("Org {tag}"))),
            role: format!("Role {tag}"),
            account_role: if tag == "A" { AccountRole::Unknown } else { AccountRole::Buyer },
            contact: Contact {
                emails: vec![labelled("work", &format!("{tag}@example.com")), labelled("home", "shared@example.com")],
                phones: vec![labelled("mobile", &format!("+45 {tag}"))],
                address: format!("Street {tag}"),
                website: format!("https://{tag}.example"),
            },
            photo: Some(Photo::from_bytes("image/png", tag.as_bytes())),
            tags: vec![format!("Tag {tag}"), "Shared".into()],
            status: Status::Customer,
            status_reason: format!("Reason {tag}"),
            key_account: tag == "B",
            purpose: format!("Purpose {tag}"),
            life: Life {
                family: vec![FamilyMember {
                    id: child,
                    name: format!("Child {tag}"),
                    relation: Relation::Daughter,
                    birthday: PartialDate::md(3, 4),
                    notes: format!("Child notes {tag}"),
                    person: None,
                }],
                interests: vec![format!("Interest {tag}"), "sailing".into()],
                what_matters: format!("Matters {tag}"),
                proud_of: format!("Proud {tag}"),
                preferences: format!("Prefers {tag}"),
                notes: format!("Notes {tag}"),
            },
            milestones: vec![Milestone {
                kind: MilestoneKind::FamilyBirthday,
                date: PartialDate::md(3, if tag == "A" { 4 } else { 5 }).unwrap_or_else(|| unreachable!()),
                family_member: Some(child),
                label: format!("Milestone {tag}"),
                ..Milestone::default()
            }],
            needs: Needs {
                stated: format!("Stated {tag}"),
                motivation: format!("Motivation {tag}"),
                challenge: format!("Challenge {tag}"),
                agreed_solution: format!("Solution {tag}"),
            },
            fit: Fit {
                need_recognised: NeedRecognised::Yes,
                driver: Driver::Value,
                minutes_spent: 60,
                yearly_value: Some(if tag == "A" { 1000 } else { 2000 }),
                decision: FitDecision::Keep,
                decision_reason: format!("Decision {tag}"),
            },
            incidents: vec![CriticalIncident { happened: format!("Incident {tag}"), ..CriticalIncident::default() }],
            ideas: vec![Idea { text: format!("Idea {tag}"), ..Idea::default() }],
            interactions: vec![Interaction {
                date: day(2026, 1, if tag == "A" { 1 } else { 2 }),
                note: format!("Met {tag}"),
                ..Interaction::default()
            }],
            positions: vec![JourneyPosition { journey, phase: PhaseId::new(), order: 1 }],
            phase_history: vec![crate::model::PhaseMove {
                date: day(2025, 6, if tag == "A" { 2 } else { 1 }),
                journey,
                ..Default::default()
            }],
            referral: Referral { source: ReferralSource::Event, detail: format!("Fair {tag}") },
            retention_reviewed: Some(NaiveDate::from_ymd_opt(2025, 1, 1).expect("a date")),
            follow_ups: vec![FollowUp::new(format!("Follow up {tag}"), Some(day(2026, 2, 1)))],
            rhythm: if tag == "A" { Rhythm::ByKind } else { Rhythm::EveryDays(14) },
            snoozed: vec![Snooze { what: Snoozed::Contact, until: day(2026, 3, if tag == "A" { 1 } else { 2 }) }],
            changed: None,
        }
    }

    #[test]
    fn a_yearless_day_learns_its_year_instead_of_doubling() {
        use crate::model::{Milestone, MilestoneKind, PartialDate};
        let with = |date: Option<PartialDate>| {
            let mut p = Person::named("Ingrid Berg");
            if let Some(date) = date {
                p.milestones.push(Milestone { kind: MilestoneKind::Birthday, date, ..Milestone::default() });
            }
            p
        };
        let yearless = with(PartialDate::md(3, 1));
        let full = with(PartialDate::ymd(1981, 3, 1));
        let merged = merge(&yearless, &full);
        assert_eq!(merged.milestones.len(), 1);
        assert_eq!(merged.milestones[0].date, PartialDate::ymd(1981, 3, 1).expect("date"));
        assert_eq!(merge(&full, &yearless).milestones, full.milestones, "nothing to learn");
    }

    #[test]
    fn a_person_merged_with_their_own_copy_is_unchanged() {
        // Two children of one name (a family's cousins, a child from each marriage), one
        // without a birthday, and a log not in date order.
        let mut p = full("A", JourneyId::new());
        let child = |birthday| FamilyMember {
            name: "Emma".into(),
            relation: Relation::Child,
            birthday,
            ..FamilyMember::default()
        };
        p.life.family = vec![child(PartialDate::ymd(2008, 10, 19)), child(None), child(PartialDate::ymd(2011, 1, 1))];
        p.interactions.insert(0, Interaction { date: day(2026, 5, 1), ..Interaction::default() });
        p.fit.minutes_spent = 0;
        assert_eq!(merge(&p, &p.clone()), p);
    }

    #[test]
    fn merging_keeps_every_fact_of_both() {
        let (ja, jb) = (JourneyId::new(), JourneyId::new());
        let a = full("A", ja);
        let b = full("B", jb);
        let m = merge(&a, &b);
        assert_eq!(m.id, a.id);
        assert_eq!((m.name.as_str(), m.organisation), ("Name A", a.organisation));
        assert_eq!(m.account_role, AccountRole::Buyer, "a part not said is learnt");
        assert!(m.life.notes.contains("Fair B"), "another way they came is kept");
        let emails: Vec<&str> = m.contact.emails.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(emails, ["A@example.com", "shared@example.com", "B@example.com"]);
        assert_eq!(m.contact.phones.len(), 2);
        assert_eq!(m.tags, ["Tag A", "Shared", "Tag B"]);
        assert_eq!(m.life.interests, ["Interest A", "sailing", "Interest B"]);
        assert!(m.key_account, "a key account on either side stays one");
        assert_eq!(m.photo, a.photo);
        assert_eq!(m.life.family.len(), 2);
        assert_eq!(m.milestones.len(), 2);
        let b_child = m.life.family.iter().find(|f| f.name == "Child B").expect("B's child kept");
        assert_eq!(m.milestones[1].family_member, Some(b_child.id));
        assert_eq!(m.incidents.len() + m.ideas.len() + m.interactions.len(), 6);
        assert_eq!(m.interactions[1].note, "Met B");
        assert_eq!(m.positions.len(), 2, "B's place in a journey A is not on is kept");
        let history: Vec<_> = m.phase_history.iter().map(|e| e.id).collect();
        assert_eq!(history, [b.phase_history[0].id, a.phase_history[0].id], "both histories, in date order");
        assert_eq!(m.fit.minutes_spent, 120);
        let follow_ups: Vec<&str> = m.follow_ups.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(follow_ups, ["Follow up A", "Follow up B"], "what either meant to do");
        assert_eq!(m.rhythm, Rhythm::EveryDays(14), "B's own rhythm over A's by kind");
        assert_eq!(m.snoozed, a.snoozed, "one snooze of being due for contact, A's");
        for text in [
            "Notes A",
            "Notes B",
            "Name B",
            "Role B",
            "Fair B",
            "Street B",
            "https://B.example",
            "Reason B",
            "Matters B",
            "Proud B",
            "Prefers B",
            "Stated B",
            "Motivation B",
            "Challenge B",
            "Solution B",
            "Decision B",
            "yearly value: 2000",
        ] {
            assert!(m.life.notes.contains(text), "{text:?} lost: {}", m.life.notes);
        }
        assert!(m.life.notes.contains("Also recorded: what matters: Matters B"));
        // The other way round, B's text stays in place and A's goes to the notes.
        let m = merge(&b, &a);
        assert_eq!(m.name, "Name B");
        assert!(m.life.notes.contains("Also recorded: name: Name A"));
        assert_eq!(m.photo, b.photo);
    }

    #[test]
    fn empty_fields_are_filled_from_the_other_and_repeats_are_not_doubled() {
        let mut keep = Person::named("Mette Kjærgaard");
        let mut other = full("B", JourneyId::new());
        other.name = "Mette Kjaergaard".into();
        keep.contact.emails.push(labelled("work", " b@EXAMPLE.com "));
        let m = merge(&keep, &other);
        assert_eq!(m.organisation, other.organisation);
        assert_eq!(m.life.what_matters, "Matters B");
        assert_eq!(m.fit.yearly_value, Some(2000));
        assert_eq!(m.fit.decision, FitDecision::Keep);
        assert_eq!(m.contact.emails.len(), 2, "the same address differently written is one");
        assert_eq!(m.photo, other.photo);
        assert!(m.life.notes.contains("Also recorded: name: Mette Kjaergaard"));
        let mut twice = merge(&m, &m);
        assert_eq!(twice.fit.minutes_spent, 2 * m.fit.minutes_spent, "time spent on both records adds up");
        twice.fit.minutes_spent = m.fit.minutes_spent;
        assert_eq!(twice, m, "merging a person with itself repeats nothing");
    }

    /// A person of an organisation of that name (one per name, as the migration makes them).
    fn person(name: &str, organisation: &str, email: &str) -> Person {
        let mut p = Person::named(name);
        p.organisation = (!organisation.is_empty()).then(|| crate::model::organisation_id_for(organisation));
        if !email.is_empty() {
            p.contact.emails.push(labelled("work", email));
        }
        p
    }

    #[test]
    fn duplicates_by_email_and_by_similar_name_and_organisation() {
        let mut ws = Workspace::named("Test");
        ws.people = vec![
            person("Mette Kjærgaard", "Kjærgaard Tømrer ApS", "mette@kt.dk"),
            person("M. Kjaergaard", "Other", " METTE@kt.dk "),
            person("Mette Kjaergard", "Kjaergaard Toemrer", ""),
            person("Jonas Hansen", "Bageriet", ""),
            person("Jonas Hansen", "Slagteriet", ""),
            person("Jonas  hansen", "", ""),
            person("Bo Berg", "Bageriet", ""),
            person("Bo Borg", "Bageriet", ""),
        ];
        for name in ["Kjærgaard Tømrer ApS", "Other", "Bageriet", "Slagteriet"] {
            let id = crate::model::organisation_id_for(name);
            ws.organisations.push(Organisation { id, ..Organisation::named(name) });
        }
        let id = |i: usize| ws.people[i].id;
        let found = likely_duplicates(&ws);
        assert_eq!(
            found,
            vec![
                (id(0), id(1), Reason::SameEmail("mette@kt.dk".into())),
                (id(0), id(2), Reason::SimilarName),
                (id(3), id(5), Reason::SameName),
                (id(4), id(5), Reason::SameName),
            ],
            "same name at different organisations (3, 4) is no duplicate; short names must be equal (6, 7)"
        );
    }

    #[test]
    fn merging_two_people_keeps_their_links() {
        let mut ws = Workspace::named("Shop");
        let (mette, twin, lars, søren) =
            (Person::named("Mette"), Person::named("Mette K."), Person::named("Lars"), Person::named("Søren"));
        let link = |from: &Person, to: &Person, kind| Link { from: from.id, to: to.id, kind, ..Link::default() };
        ws.links = vec![
            link(&mette, &lars, LinkKind::Partner),
            link(&lars, &twin, LinkKind::Partner),
            link(&søren, &twin, LinkKind::Referred),
            link(&mette, &twin, LinkKind::Friend),
        ];
        let mut ida = Person::named("Ida");
        ida.life.family.push(FamilyMember {
            name: "Mette K.".into(),
            person: Some(twin.id),
            ..FamilyMember::default()
        });
        // Each in an organisation of their own: the one kept stays hers, the other is noted.
        let (kringle, dahl) = (Organisation::named("Café Kringle"), Organisation::named("Dahl Bageri"));
        let (mut mette, mut twin) = (mette, twin);
        mette.organisation = Some(kringle.id);
        twin.organisation = Some(dahl.id);
        ws.organisations = vec![kringle.clone(), dahl];
        ws.people = vec![mette.clone(), twin.clone(), lars.clone(), søren.clone(), ida];
        let before = ws.clone();
        let mut history = crate::ops::History::new();
        let edit = people_edit(&ws, &mette, &twin);
        history.apply(&mut ws, "Merge", edit).expect("applies");
        assert!(ws.person(twin.id).is_none());
        let kinds: Vec<(PersonId, PersonId, LinkKind)> =
            ws.links.iter().map(|l| (l.from, l.to, l.kind.clone())).collect();
        assert_eq!(
            kinds,
            [(mette.id, lars.id, LinkKind::Partner), (søren.id, mette.id, LinkKind::Referred)],
            "Lars is her partner once; Søren referred her; no link of hers with herself"
        );
        assert_eq!(ws.people[3].life.family[0].person, Some(mette.id), "Ida's relative is Mette now");
        assert_eq!(ws.people[0].organisation, Some(kringle.id));
        assert!(
            ws.people[0].life.notes.contains("Also recorded: organisation: Dahl Bageri"),
            "{}",
            ws.people[0].life.notes
        );
        assert_eq!(crate::model::duplicate_ids(&ws), []);
        history.undo(&mut ws);
        assert_eq!(ws, before, "one step, undone whole");
    }

    #[test]
    fn folding_spells_out_letters_and_collapses_space() {
        assert_eq!(fold("  Søren  ÅBERG-Ærø "), "soeren aaberg aeroe");
        assert_eq!(fold("José Müller"), "jose mueller");
        assert_eq!(fold_organisation("Kjærgaard Tømrer ApS"), "kjaergaard toemrer");
        assert_eq!(fold_organisation("Dahl A/S"), "dahl");
        assert_eq!(edit_distance(&['a', 'b', 'c'], &['a', 'c']), 1);
    }

    #[test]
    fn ten_thousand_people_are_checked_without_comparing_every_pair() {
        let workspace = crate::ops::demo::generate(10_000, day(2026, 11, 23));
        let found = likely_duplicates(&workspace);
        for (a, b, _) in &found {
            assert_ne!(a, b);
        }
        let unique: HashSet<(PersonId, PersonId)> = found.iter().map(|(a, b, _)| (*a, *b)).collect();
        assert_eq!(unique.len(), found.len(), "each pair once");
    }
}
