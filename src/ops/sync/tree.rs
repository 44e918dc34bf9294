//! The three-way merge of a workspace's data as a tree of values (`serde_json::Value`), so that
//! it covers every record the model has, lists added later included, without knowing them.
//!
//! - Values equal on both sides, or changed on one side only (the other as in the common
//!   version), take that side's.
//! - Objects merge field by field.
//! - Lists whose entries are objects with a key ([`KEYS`]: an `id`, or the map a board place is
//!   in) merge entry by entry: an entry added on either side is kept, one deleted on one side
//!   and untouched on the other goes, one deleted on one side and changed on the other stays
//!   (with a conflict), and the order is ours, or theirs where only they reordered, with the
//!   other side's new entries after the entry they follow there.
//! - Lists of plain values (tags, interests) merge as sets: what either side added is there,
//!   what either side removed is not.
//! - Everything else (a text, a number, a photo, a list of entries without keys) changed to two
//!   different values is a conflict: ours is kept and the two are recorded ([`Found`]).
//!
//! Without a common version nothing counts as deleted (an entry on one side only is kept) and
//! every difference is a conflict: nothing of either side is lost.

use crate::model::Step;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// The fields that make an entry of a list a record that can be matched across versions, in
/// the order they are tried.
pub const KEYS: [&str; 2] = ["id", "journey"];

/// Fields whose value is one thing, never merged inside: a photo's kind and bytes go together.
const WHOLE: [&str; 1] = ["photo"];

/// The field holding who changed a record last and when: the later of the two is kept, never a
/// conflict.
pub const STAMP: &str = "changed";

/// A place where the two sides disagree: the value kept (ours) and the other, `None` for a
/// record deleted on that side.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub at: Vec<Step>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// Merges `ours` and `theirs`, which both come from `base` (`None`: not known), at `at`.
pub fn merge(base: Option<&Value>, ours: &Value, theirs: &Value, at: &mut Vec<Step>, found: &mut Vec<Found>) -> Value {
    if ours == theirs {
        return ours.clone();
    }
    if base == Some(ours) {
        return theirs.clone();
    }
    if base == Some(theirs) {
        return ours.clone();
    }
    let whole = matches!(at.last(), Some(Step::Field(name)) if WHOLE.contains(&name.as_str()));
    match (ours, theirs) {
        (Value::Object(o), Value::Object(t)) if !whole => {
            Value::Object(objects(base.and_then(Value::as_object), o, t, at, found))
        }
        (Value::Array(o), Value::Array(t)) if !whole => {
            let b = base.and_then(Value::as_array);
            let all = || o.iter().chain(t).chain(b.into_iter().flatten());
            if let Some(key) = KEYS.iter().find(|key| all().all(|v| key_of(v, key).is_some())) {
                if unique(o, key) && unique(t, key) && b.is_none_or(|b| unique(b, key)) {
                    return Value::Array(keyed(b, o, t, key, at, found));
                }
            }
            if all().all(|v| !v.is_object() && !v.is_array()) {
                return Value::Array(set(b, o, t));
            }
            conflict(ours, theirs, at, found)
        }
        _ => conflict(ours, theirs, at, found),
    }
}

fn conflict(ours: &Value, theirs: &Value, at: &[Step], found: &mut Vec<Found>) -> Value {
    found.push(Found { at: at.to_vec(), ours: Some(ours.clone()), theirs: Some(theirs.clone()) });
    ours.clone()
}

/// An entry's key in a list keyed by `key`: a text (ids are written as texts).
pub fn key_of<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.as_object()?.get(key)?.as_str()
}

fn unique(list: &[Value], key: &str) -> bool {
    let mut seen = HashSet::new();
    list.iter().all(|v| key_of(v, key).is_some_and(|k| seen.insert(k)))
}

fn objects(
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    at: &mut Vec<Step>,
    found: &mut Vec<Found>,
) -> Map<String, Value> {
    let mut merged = Map::new();
    let names = ours.keys().chain(theirs.keys().filter(|k| !ours.contains_key(*k)));
    for name in names {
        let (b, o, t) = (base.and_then(|b| b.get(name)), ours.get(name), theirs.get(name));
        let value = match (o, t) {
            (Some(o), Some(t)) if name == STAMP => Some(later(o, t).clone()),
            (Some(o), Some(t)) => {
                at.push(Step::Field(name.clone()));
                let value = merge(b, o, t, at, found);
                at.pop();
                Some(value)
            }
            // A field one side does not have (a newer Kindred's, or a map's entry): as a record
            // one side deleted.
            (Some(one), None) | (None, Some(one)) => {
                let ours_has = o.is_some();
                match b {
                    None => Some(one.clone()),
                    Some(b) if b == one => None,
                    Some(_) => {
                        at.push(Step::Field(name.clone()));
                        let (ours, theirs) = if ours_has { (Some(one), None) } else { (None, Some(one)) };
                        found.push(Found { at: at.clone(), ours: ours.cloned(), theirs: theirs.cloned() });
                        at.pop();
                        Some(one.clone())
                    }
                }
            }
            (None, None) => None,
        };
        if let Some(value) = value {
            merged.insert(name.clone(), value);
        }
    }
    merged
}

/// Of two stamps (`{ who, when }`), the later; ours when they cannot be told apart.
fn later<'a>(ours: &'a Value, theirs: &'a Value) -> &'a Value {
    let when =
        |v: &Value| v.get("when").and_then(Value::as_str).and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok());
    match (when(ours), when(theirs)) {
        (Some(o), Some(t)) if t > o => theirs,
        (None, Some(_)) => theirs,
        _ => ours,
    }
}

fn keyed(
    base: Option<&Vec<Value>>,
    ours: &[Value],
    theirs: &[Value],
    key: &str,
    at: &mut Vec<Step>,
    found: &mut Vec<Found>,
) -> Vec<Value> {
    let index = |list: &[Value]| -> HashMap<String, usize> {
        list.iter().enumerate().filter_map(|(i, v)| Some((key_of(v, key)?.to_owned(), i))).collect()
    };
    let (b_at, o_at, t_at) = (base.map(|b| index(b)), index(ours), index(theirs));
    let b_get = |k: &str| base.zip(b_at.as_ref()).and_then(|(b, at)| at.get(k).map(|&i| &b[i]));
    // Each entry merged, or gone, by key.
    let mut merged: HashMap<String, Value> = HashMap::new();
    for (k, one, other, ours_side) in ours
        .iter()
        .map(|v| (v, theirs.get(*t_at.get(key_of(v, key).unwrap_or_default()).unwrap_or(&usize::MAX)), true))
        .chain(
            theirs.iter().filter(|v| !o_at.contains_key(key_of(v, key).unwrap_or_default())).map(|v| (v, None, false)),
        )
        .filter_map(|(v, other, side)| Some((key_of(v, key)?.to_owned(), v, other, side)))
    {
        at.push(Step::Id(k.clone()));
        let b = b_get(&k);
        let value = match (other, b) {
            (Some(other), b) => Some(merge(b, one, other, at, found)),
            (None, None) => Some(one.clone()),
            (None, Some(b)) if b == one => None,
            (None, Some(_)) => {
                let (o, t) = if ours_side { (Some(one.clone()), None) } else { (None, Some(one.clone())) };
                found.push(Found { at: at.clone(), ours: o, theirs: t });
                Some(one.clone())
            }
        };
        at.pop();
        if let Some(value) = value {
            merged.insert(k, value);
        }
    }
    order(base.map(Vec::as_slice), ours, theirs, key, merged)
}

/// The merged entries in order: ours, or theirs when only they reordered the entries both
/// have; entries only one side has follow the entry they follow on that side (after what the
/// leading side added there). Linear in the lists' lengths: a workspace's people are a list.
fn order(
    base: Option<&[Value]>,
    ours: &[Value],
    theirs: &[Value],
    key: &str,
    mut merged: HashMap<String, Value>,
) -> Vec<Value> {
    let keys =
        |list: &[Value]| -> Vec<String> { list.iter().filter_map(|v| key_of(v, key)).map(str::to_owned).collect() };
    let (o_keys, t_keys) = (keys(ours), keys(theirs));
    let (lead, follow) = match base.map(keys) {
        Some(b_keys) => {
            let sets = [&o_keys, &t_keys, &b_keys].map(|list| list.iter().collect::<HashSet<&String>>());
            let in_all = |k: &&String| sets.iter().all(|set| set.contains(k));
            let seq = |list: &[String]| list.iter().filter(in_all).cloned().collect::<Vec<String>>();
            let before = seq(&b_keys);
            let (ours_moved, theirs_moved) = (seq(&o_keys) != before, seq(&t_keys) != before);
            if theirs_moved && !ours_moved { (t_keys, o_keys) } else { (o_keys, t_keys) }
        }
        None => (o_keys, t_keys),
    };
    let (in_lead, in_follow): (HashSet<&String>, HashSet<&String>) = (lead.iter().collect(), follow.iter().collect());
    // The following side's own entries, by the entry (of both) they come after.
    let mut after: HashMap<Option<&String>, Vec<&String>> = HashMap::new();
    let mut anchor = None;
    for k in &follow {
        if in_lead.contains(k) {
            anchor = Some(k);
        } else {
            after.entry(anchor).or_default().push(k);
        }
    }
    let mut result: Vec<&String> = Vec::with_capacity(lead.len() + follow.len());
    let mut pending = after.remove(&None).unwrap_or_default();
    for k in &lead {
        if in_follow.contains(k) {
            result.append(&mut pending);
            pending = after.remove(&Some(k)).unwrap_or_default();
        }
        result.push(k);
    }
    result.append(&mut pending);
    result.into_iter().filter_map(|k| merged.remove(k)).collect()
}

/// Lists of plain values as sets (counted, so that a value held twice is too): ours, less what
/// they removed, and what they added. A value is there as often as each side's change says:
/// ours + theirs − the common version's (without one, as often as the side that has it most).
fn set(base: Option<&Vec<Value>>, ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let count = |list: &[Value], value: &Value| list.iter().filter(|v| *v == value).count();
    let wanted = |value: &Value| {
        let (o, t) = (count(ours, value), count(theirs, value));
        match base {
            Some(b) => (o + t).saturating_sub(count(b, value)),
            // Without a common version nothing counts as removed, nor as added twice.
            None => o.max(t),
        }
    };
    let mut merged: Vec<Value> = Vec::new();
    for value in ours.iter().chain(theirs) {
        if count(&merged, value) < wanted(value) {
            merged.push(value.clone());
        }
    }
    merged
}

/// The value at `at` in `root`, if there is one.
pub fn get<'a>(root: &'a Value, at: &[Step]) -> Option<&'a Value> {
    at.iter().try_fold(root, |value, step| match step {
        Step::Field(name) => value.as_object()?.get(name),
        Step::Id(k) => {
            let list = value.as_array()?;
            KEYS.iter().find_map(|key| list.iter().find(|v| key_of(v, key) == Some(k.as_str())))
        }
    })
}

/// Puts `value` at `at` in `root` (`None` removes it); what was there and, for an entry of a
/// list, its place, which is also where a new entry goes when `place` is given. `None` when
/// the path leads nowhere.
pub fn put(
    root: &mut Value,
    at: &[Step],
    value: Option<Value>,
    place: Option<usize>,
) -> Option<(Option<Value>, Option<usize>)> {
    let (last, path) = at.split_last()?;
    let mut parent = root;
    for step in path {
        parent = match step {
            Step::Field(name) => parent.as_object_mut()?.get_mut(name)?,
            Step::Id(k) => {
                let list = parent.as_array_mut()?;
                let i = position(list, k)?;
                &mut list[i]
            }
        };
    }
    match last {
        Step::Field(name) => {
            let object = parent.as_object_mut()?;
            let old = match value {
                Some(value) => object.insert(name.clone(), value),
                None => object.remove(name),
            };
            Some((old, None))
        }
        Step::Id(k) => {
            let list = parent.as_array_mut()?;
            match (position(list, k), value) {
                (Some(i), Some(value)) => Some((Some(std::mem::replace(&mut list[i], value)), Some(i))),
                (Some(i), None) => Some((Some(list.remove(i)), Some(i))),
                (None, Some(value)) => {
                    let i = place.unwrap_or(list.len()).min(list.len());
                    list.insert(i, value);
                    Some((None, None))
                }
                (None, None) => Some((None, None)),
            }
        }
    }
}

fn position(list: &[Value], k: &str) -> Option<usize> {
    KEYS.iter().find_map(|key| list.iter().position(|v| key_of(v, key) == Some(k)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(base: Option<Value>, ours: Value, theirs: Value) -> (Value, Vec<Found>) {
        let mut found = Vec::new();
        let merged = merge(base.as_ref(), &ours, &theirs, &mut Vec::new(), &mut found);
        (merged, found)
    }

    #[test]
    fn records_merge_by_key_and_keep_both_sides_additions_in_place() {
        let base = json!({"list": [{"id": "a", "x": 1}, {"id": "b", "x": 1}]});
        let ours = json!({"list": [{"id": "a", "x": 2}, {"id": "o", "x": 0}, {"id": "b", "x": 1}]});
        let theirs = json!({"list": [{"id": "a", "x": 1}, {"id": "b", "x": 3}, {"id": "t", "x": 0}]});
        let (merged, found) = run(Some(base), ours, theirs);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(
            merged,
            json!({"list": [{"id": "a", "x": 2}, {"id": "o", "x": 0}, {"id": "b", "x": 3}, {"id": "t", "x": 0}]})
        );
    }

    #[test]
    fn a_record_deleted_on_one_side_and_changed_on_the_other_stays_with_a_conflict() {
        let base = json!([{"id": "a", "x": 1}, {"id": "b", "x": 1}]);
        let ours = json!([{"id": "b", "x": 1}]);
        let theirs = json!([{"id": "a", "x": 2}]);
        let (merged, found) = run(Some(base), ours, theirs);
        assert_eq!(merged, json!([{"id": "a", "x": 2}]), "b deleted there, untouched here: gone");
        assert_eq!(
            found,
            [Found { at: vec![Step::Id("a".into())], ours: None, theirs: Some(json!({"id": "a", "x": 2})) }]
        );
    }

    #[test]
    fn plain_lists_merge_as_sets_and_stamps_take_the_later() {
        let base = json!({"tags": ["a", "b"], "changed": {"who": "A", "when": "2026-01-01T10:00:00Z"}});
        let ours = json!({"tags": ["a", "b", "c"], "changed": {"who": "A", "when": "2026-01-02T10:00:00Z"}});
        let theirs = json!({"tags": ["b", "d"], "changed": {"who": "B", "when": "2026-01-03T10:00:00Z"}});
        let (merged, found) = run(Some(base), ours, theirs);
        assert!(found.is_empty());
        assert_eq!(merged, json!({"tags": ["b", "c", "d"], "changed": {"who": "B", "when": "2026-01-03T10:00:00Z"}}));
    }

    #[test]
    fn only_their_reordering_is_taken() {
        let base = json!([{"id": "a"}, {"id": "b"}, {"id": "c"}]);
        let ours = json!([{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}]);
        let theirs = json!([{"id": "c"}, {"id": "a"}, {"id": "b"}]);
        let (merged, _) = run(Some(base), ours, theirs);
        assert_eq!(merged, json!([{"id": "c"}, {"id": "d"}, {"id": "a"}, {"id": "b"}]), "d after c, as here");
    }

    #[test]
    fn without_a_common_version_nothing_is_lost() {
        let ours = json!({"name": "A", "list": [{"id": "a"}], "photo": {"mime": "x", "data": "1"}});
        let theirs = json!({"name": "B", "list": [{"id": "b"}], "photo": {"mime": "y", "data": "2"}});
        let (merged, found) = run(None, ours, theirs);
        assert_eq!(merged["list"], json!([{"id": "a"}, {"id": "b"}]));
        let places: Vec<_> = found.iter().map(|f| f.at.clone()).collect();
        assert_eq!(
            places,
            [vec![Step::Field("name".into())], vec![Step::Field("photo".into())]],
            "a photo is one value"
        );
    }

    #[test]
    fn put_and_get_follow_fields_and_keys_and_give_back_what_was_there() {
        let mut root = json!({"people": [{"id": "p", "log": [{"id": "l", "note": "x"}]}]});
        let at = [Step::Field("people".into()), Step::Id("p".into()), Step::Field("log".into()), Step::Id("l".into())];
        assert_eq!(get(&root, &at), Some(&json!({"id": "l", "note": "x"})));
        let (old, place) = put(&mut root, &at, None, None).expect("there");
        assert_eq!((old, place), (Some(json!({"id": "l", "note": "x"})), Some(0)));
        assert_eq!(get(&root, &at), None);
        put(&mut root, &at, Some(json!({"id": "l", "note": "y"})), Some(0)).expect("there");
        assert_eq!(root["people"][0]["log"][0]["note"], "y");
        assert!(put(&mut root, &[Step::Field("nothing".into()), Step::Id("x".into())], None, None).is_none());
    }
}
