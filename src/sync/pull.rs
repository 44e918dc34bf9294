//! The cards of an address book that changed since the last pull, read as a vCard import reads
//! them: what comes back is an [`ops::import::Parsed`](crate::ops::import::Parsed), which
//! `ops::import::plan` matches to the workspace's people (new, updated, unchanged; nothing
//! lost; a contact list never changes a status) and applies as one undoable edit.
//!
//! What changed comes from the `sync-collection` report with the token of the last pull
//! (RFC 6578); a server without it, or one that no longer knows the token, is asked for every
//! card's ETag instead, compared with the ETags seen last time. Only changed cards are fetched
//! (`addressbook-multiget`, a batch at a time). Kindred's own cards (a push of people) are
//! skipped while they are as Kindred wrote them. A card removed from the address book removes
//! nobody from the workspace. The new [`State`] is the caller's to keep once what was read
//! has been applied, so that a pull that is never applied is read again next time.

use super::state::{Seen, State};
use super::{Client, Condition, Error, XML, joined, path_of};
use crate::interop::dav;
use crate::ops::import::{Incoming, Parsed, Skipped};
use crate::ops::merge::fold;
use crate::t;

/// How many cards one `addressbook-multiget` asks for.
const BATCH: usize = 100;

/// What a pull read, and what to remember once it is applied.
#[derive(Clone, Debug)]
pub struct Pulled {
    /// The people of the changed cards (each card's source is its name in the address book).
    pub parsed: Parsed,
    pub state: State,
    /// How many cards were fetched.
    pub cards: usize,
    /// How many cards were removed from the address book since the last pull.
    pub removed: usize,
}

/// What changed in the address book since the last pull.
struct Changes {
    /// Changed or new cards: href and ETag.
    changed: Vec<(String, String)>,
    removed: Vec<String>,
    token: Option<String>,
}

/// Reads what changed in the address book at `url` (a collection URL ending in `/`) since
/// `state` was kept.
pub fn pull(client: &Client, url: &str, state: &State) -> Result<Pulled, Error> {
    let mut changes = match sync_report(client, url, state.sync_token.as_deref().unwrap_or(""))? {
        Report::Changes(changes) => changes,
        Report::InvalidToken => match sync_report(client, url, "")? {
            Report::Changes(changes) => changes,
            Report::InvalidToken | Report::Unsupported => by_etags(client, url, state)?,
        },
        Report::Unsupported => by_etags(client, url, state)?,
    };
    // Kindred's own cards, while they are as it wrote them, and cards read already.
    changes.changed.retain(|(href, etag)| {
        let own = state.pushed.values().any(|p| p.href == *href && p.etag.as_deref() == Some(etag.as_str()));
        let known = state.seen.get(href).is_some_and(|seen| seen.etag == *etag);
        !own && !known
    });
    if changes.changed.len() > crate::interop::MAX_RECORDS {
        return Err(Error::Garbled {
            url: url.to_owned(),
            reason: t!("sync-too-many-cards", most = crate::interop::MAX_RECORDS),
        });
    }
    let mut next = state.clone();
    next.sync_token = changes.token.clone();
    let removed = changes.removed.iter().filter(|href| next.seen.remove(*href).is_some()).count();
    let mut parsed = Parsed { format: "CardDAV".to_owned(), ..Parsed::default() };
    let mut cards = 0;
    for batch in changes.changed.chunks(BATCH) {
        let hrefs: Vec<String> = batch.iter().map(|(href, _)| href.clone()).collect();
        let body = dav::addressbook_multiget(&hrefs);
        let reply = client.send("REPORT", url, Some("1"), Condition::None, Some((XML, &body)))?;
        for response in reply.multistatus()?.responses {
            let Some(data) = response.data.filter(|_| response.status.is_none_or(|s| s < 300)) else { continue };
            cards += 1;
            let href = path_of(&joined(url, &response.href));
            let etag = response.etag.or_else(|| batch.iter().find(|(h, _)| *h == href).map(|(_, e)| e.clone()));
            let keys = read_card(&mut parsed, &href, data.as_bytes());
            next.seen.insert(href, Seen { etag: etag.unwrap_or_default(), keys });
        }
    }
    Ok(Pulled { parsed, state: next, cards, removed })
}

/// A card's name in the address book, for the report: the last part of its path.
fn card_name(href: &str) -> String {
    href.trim_end_matches('/').rsplit('/').next().unwrap_or(href).to_owned()
}

/// Reads one card into `parsed`; returns who it is ([`Seen::keys`]).
fn read_card(parsed: &mut Parsed, href: &str, bytes: &[u8]) -> Vec<String> {
    let name = card_name(href);
    match crate::interop::vcard::decode(bytes) {
        Ok(read) => {
            let mut keys = Vec::new();
            for Incoming { person, organisation, notes, .. } in read.people {
                keys.extend(person_keys(&person, &organisation));
                parsed.people.push(Incoming { person, organisation, source: name.clone(), notes });
            }
            for Skipped { reason, .. } in read.skipped {
                parsed.skipped.push(Skipped { source: name.clone(), reason });
            }
            for note in read.notes {
                parsed.notes.push(format!("{name}: {note}"));
            }
            keys
        }
        Err(reason) => {
            parsed.skipped.push(Skipped { source: name, reason });
            Vec::new()
        }
    }
}

/// Who a person is, as the import matches people: e-mail addresses and name with organisation.
pub fn person_keys(person: &crate::model::Person, organisation: &str) -> Vec<String> {
    let mut keys: Vec<String> =
        person.contact.emails.iter().map(|e| e.value.trim().to_lowercase()).filter(|e| !e.is_empty()).collect();
    let name = fold(&person.name);
    if !name.is_empty() {
        keys.push(format!("{name}\u{1f}{}", fold(organisation)));
    }
    keys
}

enum Report {
    Changes(Changes),
    InvalidToken,
    Unsupported,
}

fn sync_report(client: &Client, url: &str, token: &str) -> Result<Report, Error> {
    let body = dav::sync_collection(token);
    let reply = client.send("REPORT", url, Some("0"), Condition::None, Some((XML, &body)))?;
    match reply.status {
        207 => {}
        403 | 409 if !token.is_empty() && dav::is_invalid_sync_token(&reply.body) => return Ok(Report::InvalidToken),
        401 | 404 => return Err(Error::Refused { url: reply.url, status: reply.status }),
        status if status >= 500 && status != 501 => return Err(Error::Refused { url: reply.url, status }),
        _ => return Ok(Report::Unsupported),
    }
    let found = reply.multistatus()?;
    let collection = path_of(url);
    let mut changes = Changes { changed: Vec::new(), removed: Vec::new(), token: found.sync_token };
    for response in found.responses {
        let href = path_of(&joined(url, &response.href));
        if href.trim_end_matches('/') == collection.trim_end_matches('/') || response.collection {
            continue;
        }
        match (response.status, response.etag) {
            (Some(404), _) => changes.removed.push(href),
            (_, Some(etag)) => changes.changed.push((href, etag)),
            _ => {}
        }
    }
    Ok(Report::Changes(changes))
}

/// What changed, by the ETags of every card compared with those seen last time.
fn by_etags(client: &Client, url: &str, state: &State) -> Result<Changes, Error> {
    let (_, found) = client.propfind(url, "1", &dav::propfind_etags())?;
    let collection = path_of(url);
    let mut listed = std::collections::HashSet::new();
    let mut changes = Changes { changed: Vec::new(), removed: Vec::new(), token: None };
    for response in found.responses {
        let href = path_of(&joined(url, &response.href));
        if href.trim_end_matches('/') == collection.trim_end_matches('/') || response.collection {
            continue;
        }
        listed.insert(href.clone());
        if let Some(etag) = response.etag {
            changes.changed.push((href, etag));
        }
    }
    changes.removed = state.seen.keys().filter(|href| !listed.contains(*href)).cloned().collect();
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_that_cannot_be_read_is_skipped_with_its_name() {
        let mut parsed = Parsed::default();
        let keys = read_card(&mut parsed, "/mette/contacts/broken.vcf", b"\x00\x01 not a card");
        assert!(keys.is_empty());
        assert_eq!(parsed.skipped.len(), 1, "{parsed:?}");
        assert_eq!(parsed.skipped[0].source, "broken.vcf");
        let card =
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Holm\r\nEMAIL:IDA@example.com\r\nORG:Bageriet\r\nEND:VCARD\r\n";
        let keys = read_card(&mut parsed, "/mette/contacts/ida.vcf", card);
        assert_eq!(parsed.people[0].source, "ida.vcf");
        assert_eq!(keys, ["ida@example.com".to_owned(), format!("{}\u{1f}{}", fold("Ida Holm"), fold("Bageriet"))]);
    }
}
