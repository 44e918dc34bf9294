//! What a sync with one collection remembers on this computer, between runs: what Kindred put
//! there (UID → where, its ETag, what it said), the cards seen there (href → ETag) and the
//! collection's sync token. It is per computer and not part of the workspace (another computer
//! that pushes the same workspace keeps its own); no password is ever in it. `store` keeps it
//! in the user's data folder, one file for each workspace and collection.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a sync with one collection remembers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// The resources Kindred created there, by Kindred's UID.
    pub pushed: BTreeMap<String, Pushed>,
    /// The cards of others read from an address book, by href.
    pub seen: BTreeMap<String, Seen>,
    /// The address book's sync token after the last pull (RFC 6578).
    pub sync_token: Option<String>,
}

/// A resource Kindred created on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pushed {
    /// Its path on the server.
    pub href: String,
    /// Its ETag after Kindred last wrote it, if the server said.
    pub etag: Option<String>,
    /// What Kindred last wrote ([`crate::interop::dav::Resource::fingerprint`]).
    pub fingerprint: String,
}

/// A card another program wrote to an address book, as last read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Seen {
    pub etag: String,
    /// Who it is, as the import matches people: its e-mail addresses (lower case) and its
    /// folded name with organisation; a person of Kindred's who matches one is not sent to the
    /// address book as a second card.
    pub keys: Vec<String>,
}

impl State {
    /// Reads a state written by [`State::encode`]; a damaged one is forgotten (the next push
    /// then finds Kindred's own events by their UIDs, and the next pull reads every card again
    /// and matches it as an import does, so nothing is doubled or lost).
    pub fn decode(bytes: &[u8]) -> State {
        std::str::from_utf8(bytes).ok().and_then(|text| ron::from_str(text).ok()).unwrap_or_default()
    }

    pub fn encode(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_damage_is_forgotten() {
        let mut state = State { sync_token: Some("http://x/sync/1".into()), ..State::default() };
        state.pushed.insert(
            "a@kindred".into(),
            Pushed { href: "/cal/a.ics".into(), etag: Some("\"1\"".into()), fingerprint: "f".into() },
        );
        state.seen.insert("/card/b.vcf".into(), Seen { etag: "\"2\"".into(), keys: vec!["ida@example.com".into()] });
        assert_eq!(State::decode(state.encode().as_bytes()), state);
        assert_eq!(State::decode(b"(pushed: {"), State::default());
        assert_eq!(State::decode(b"\xff"), State::default());
    }
}
