//! How far the reading of a workspace has come, for a loading screen: while a thread reads a
//! workspace inside [`counting`], every person read adds one to the given counter.

use super::Person;
use serde::Deserializer;
use serde::de::{SeqAccess, Visitor};
use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

thread_local! {
    static COUNTER: RefCell<Option<Arc<AtomicUsize>>> = const { RefCell::new(None) };
}

/// Runs `read` (which reads a workspace on this thread) counting its people into `counter`.
pub fn counting<T>(counter: Arc<AtomicUsize>, read: impl FnOnce() -> T) -> T {
    COUNTER.with(|slot| *slot.borrow_mut() = Some(counter));
    let result = read();
    COUNTER.with(|slot| *slot.borrow_mut() = None);
    result
}

/// Reads the list of people, counting them as they come when a counter is set.
pub(crate) fn people<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Person>, D::Error> {
    struct People(Option<Arc<AtomicUsize>>);
    impl<'de> Visitor<'de> for People {
        type Value = Vec<Person>;
        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("a list of people")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut people = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(100_000));
            while let Some(person) = seq.next_element::<Person>()? {
                people.push(person);
                if let Some(counter) = &self.0 {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            }
            // Exactly as many places as people (see `model::exact`).
            people.shrink_to_fit();
            Ok(people)
        }
    }
    let counter = COUNTER.with(|slot| slot.borrow().clone());
    deserializer.deserialize_seq(People(counter))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Workspace;

    #[test]
    fn people_are_counted_as_they_are_read() {
        let mut workspace = Workspace::named("Shop");
        workspace.people = (0..25).map(|n| Person::named(format!("P{n}"))).collect();
        let bytes = crate::model::codec::encode(&workspace);
        let counter = Arc::new(AtomicUsize::new(0));
        let read = counting(counter.clone(), || crate::model::codec::decode(bytes.as_bytes()));
        assert_eq!(read.map(|d| d.workspace.people.len()).ok(), Some(25));
        assert_eq!(counter.load(Ordering::Relaxed), 25);
        // Outside `counting`, nothing counts.
        let _ = crate::model::codec::decode(bytes.as_bytes());
        assert_eq!(counter.load(Ordering::Relaxed), 25);
    }
}
