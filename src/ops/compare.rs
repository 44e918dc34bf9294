//! What differs between two versions of a workspace: for the person deciding between their
//! unsaved work and a version someone else saved.

use crate::model::Workspace;
use std::collections::BTreeMap;

/// Names of what was added, removed or changed, going from `theirs` to `mine`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub people_only_mine: Vec<String>,
    pub people_only_theirs: Vec<String>,
    pub people_changed: Vec<String>,
    pub journeys_only_mine: Vec<String>,
    pub journeys_only_theirs: Vec<String>,
    pub journeys_changed: Vec<String>,
    pub name_changed: bool,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

pub fn compare(mine: &Workspace, theirs: &Workspace) -> Comparison {
    let (people_only_mine, people_only_theirs, people_changed) = diff(
        mine.people.iter().map(|p| (p.id, (p.name.as_str(), p))),
        theirs.people.iter().map(|p| (p.id, (p.name.as_str(), p))),
    );
    let (journeys_only_mine, journeys_only_theirs, journeys_changed) = diff(
        mine.journeys.iter().map(|j| (j.id, (j.name.as_str(), j))),
        theirs.journeys.iter().map(|j| (j.id, (j.name.as_str(), j))),
    );
    Comparison {
        people_only_mine,
        people_only_theirs,
        people_changed,
        journeys_only_mine,
        journeys_only_theirs,
        journeys_changed,
        name_changed: mine.name != theirs.name,
    }
}

type Names = Vec<String>;

fn diff<'a, K: Ord, V: PartialEq + 'a>(
    mine: impl Iterator<Item = (K, (&'a str, V))>,
    theirs: impl Iterator<Item = (K, (&'a str, V))>,
) -> (Names, Names, Names) {
    let mut theirs: BTreeMap<K, (&str, V)> = theirs.collect();
    let (mut only_mine, mut changed) = (Vec::new(), Vec::new());
    for (id, (name, value)) in mine {
        match theirs.remove(&id) {
            None => only_mine.push(name.to_owned()),
            Some((_, other)) if other != value => changed.push(name.to_owned()),
            Some(_) => {}
        }
    }
    let only_theirs = theirs.into_values().map(|(name, _)| name.to_owned()).collect();
    (only_mine, only_theirs, changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn lists_added_removed_and_changed_by_name() {
        let mut theirs = Workspace::named("Shop");
        theirs.people = vec![Person::named("Anna"), Person::named("Bo"), Person::named("Carl")];
        let mut mine = theirs.clone();
        mine.people.remove(0);
        mine.people[0].role = "Owner".into();
        mine.people.push(Person::named("Dina"));
        let comparison = compare(&mine, &theirs);
        assert_eq!(comparison.people_only_mine, ["Dina"]);
        assert_eq!(comparison.people_only_theirs, ["Anna"]);
        assert_eq!(comparison.people_changed, ["Bo"]);
        assert!(!comparison.name_changed);
        assert!(compare(&theirs, &theirs).is_empty());
    }
}
