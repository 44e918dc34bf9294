//! Lists read from a file hold exactly what they read. A list grows as it is read, doubling its
//! room (four places for its first element), so a person's lists held on average twice the
//! room their elements need: some 1.2 KB a person, 120 MB of a workspace of 100,000 people.
//! Each list is shrunk as soon as it is read, so the room it gives back is taken by what is
//! read next.

use serde::{Deserialize, Deserializer};

/// Reads a list and gives back the room it does not use (`#[serde(deserialize_with)]`).
pub(crate) fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    let mut list = Vec::<T>::deserialize(deserializer)?;
    list.shrink_to_fit();
    Ok(list)
}

#[cfg(test)]
mod tests {
    use crate::model::{FamilyMember, Labelled, Milestone, Person, Workspace};

    #[test]
    fn a_persons_lists_read_from_a_file_hold_no_room_they_do_not_use() {
        let mut person = Person::named("Mette");
        person.tags = vec!["regular".into()];
        person.milestones = vec![Milestone::default()];
        person.life.family = vec![FamilyMember::default(), FamilyMember::default()];
        person.life.interests = vec!["sailing".into()];
        person.contact.emails = vec![Labelled::default()];
        person.contact.phones = vec![Labelled::default()];
        let mut workspace = Workspace::named("Shop");
        workspace.people = vec![person.clone(), person.clone(), person];
        let text = crate::model::codec::encode(&workspace);
        let read = crate::model::codec::decode(text.as_bytes()).expect("decodes").workspace;
        assert_eq!(read.people, workspace.people);
        assert_eq!(read.people.capacity(), 3);
        for person in &read.people {
            assert_eq!(person.tags.capacity(), 1);
            assert_eq!(person.milestones.capacity(), 1);
            assert_eq!(person.life.family.capacity(), 2);
            assert_eq!(person.life.interests.capacity(), 1);
            assert_eq!(person.contact.emails.capacity(), 1);
            assert_eq!(person.contact.phones.capacity(), 1);
        }
    }
}
