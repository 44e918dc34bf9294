//! Kindred's resources to a collection: the workspace's events to a calendar, or its people to
//! an address book.
//!
//! Only what changed is sent: a resource whose fingerprint is the one last written is left
//! alone. A new one is written with `If-None-Match: *`, so it never replaces anything; a
//! changed one with `If-Match` the ETag Kindred last saw; one that no longer exists in the
//! workspace (an erased person's, a removed milestone's) is deleted the same way. Only
//! resources that [`State::pushed`] lists, or that hold one of Kindred's own UIDs, are ever
//! written over or deleted: another program's events stay as they are.
//!
//! When the server's copy changed since Kindred wrote it (another program edited it: `412`),
//! the workspace's version is written over it all the same, with `If-Match` the ETag found
//! now — the workspace is where these events come from, and a change made on the phone would
//! otherwise stop every later one. A push that stops half-way (the network gone) keeps in the
//! state what it did, so the next one goes on from there.

use super::state::{Pushed, State};
use super::{Client, Condition, Error, joined, path_of};
use crate::interop::dav::Resource;
use std::collections::HashSet;

/// What a push did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    pub unchanged: usize,
    /// New resources not written because something of another program's has their name.
    pub left_alone: usize,
}

impl Summary {
    /// "3 created, 1 updated, 0 deleted, 40 unchanged", in the language of the moment.
    pub fn words(&self) -> String {
        let text = crate::t!(
            "sync-push-summary",
            created = self.created,
            updated = self.updated,
            deleted = self.deleted,
            unchanged = self.unchanged
        );
        match self.left_alone {
            0 => text,
            left => crate::t!("sync-push-left-alone", summary = text, count = left),
        }
    }

    /// Adds what another push did (the people's, after the events').
    pub fn add(&mut self, other: Summary) {
        self.created += other.created;
        self.updated += other.updated;
        self.deleted += other.deleted;
        self.unchanged += other.unchanged;
        self.left_alone += other.left_alone;
    }

    /// Whether anything was sent.
    pub fn sent_anything(&self) -> bool {
        self.created + self.updated + self.deleted > 0
    }
}

/// Makes sure `collection` is a calendar: found as one, or made (`MKCALENDAR`, named `name`)
/// when nothing is there. Something else there is refused.
pub fn ensure_calendar(client: &Client, collection: &str, name: &str) -> Result<(), Error> {
    let body = crate::interop::dav::propfind_collections();
    let reply = client.send("PROPFIND", collection, Some("0"), Condition::None, Some((super::XML, &body)))?;
    if reply.status == 404 {
        let body = crate::interop::dav::mkcalendar(name);
        let made = client.send("MKCALENDAR", collection, None, Condition::None, Some((super::XML, &body)))?;
        return if made.ok() { Ok(()) } else { Err(Error::Refused { url: made.url, status: made.status }) };
    }
    let found = reply.multistatus()?;
    let calendar = found.responses.first().is_some_and(|r| r.calendar && r.takes_events);
    if calendar { Ok(()) } else { Err(Error::Garbled { url: reply.url, reason: crate::t!("sync-not-a-calendar") }) }
}

/// Pushes `resources` to `collection` (a URL ending in `/`), as `state` says was pushed
/// before; `state` is brought up to date as it goes, also when it stops with an error.
/// `progress` counts the resources dealt with.
pub fn push(
    client: &Client,
    collection: &str,
    resources: &[Resource],
    state: &mut State,
    progress: Option<&std::sync::atomic::AtomicUsize>,
) -> Result<Summary, Error> {
    let mut summary = Summary::default();
    let mut current = HashSet::with_capacity(resources.len());
    for (done, resource) in resources.iter().enumerate() {
        current.insert(resource.uid.as_str());
        if let Some(progress) = progress {
            progress.store(done, std::sync::atomic::Ordering::Relaxed);
        }
        match state.pushed.get(&resource.uid) {
            Some(pushed) if pushed.fingerprint == resource.fingerprint => summary.unchanged += 1,
            Some(pushed) => {
                let pushed = pushed.clone();
                let etag = update(client, &joined(collection, &pushed.href), &pushed, resource)?;
                record(state, resource, pushed.href, etag);
                summary.updated += 1;
            }
            None => match create(client, collection, resource)? {
                Created::New(href, etag) => {
                    record(state, resource, href, etag);
                    summary.created += 1;
                }
                Created::Adopted(href, etag) => {
                    record(state, resource, href, etag);
                    summary.updated += 1;
                }
                Created::Taken => summary.left_alone += 1,
            },
        }
    }
    let gone: Vec<(String, Pushed)> = state
        .pushed
        .iter()
        .filter(|(uid, _)| !current.contains(uid.as_str()))
        .map(|(uid, pushed)| (uid.clone(), pushed.clone()))
        .collect();
    for (uid, pushed) in gone {
        delete(client, &joined(collection, &pushed.href), pushed.etag.as_deref())?;
        state.pushed.remove(&uid);
        summary.deleted += 1;
    }
    Ok(summary)
}

/// The people to send to an address book: all but those whose card another program keeps
/// there (matched as an import matches: an e-mail address, or name and organisation, of a card
/// read at the last pull), so that a contact that came from the phone does not go back to it
/// as a second card.
pub fn people_to_send(workspace: &crate::model::Workspace, state: &State) -> Vec<crate::model::Person> {
    let theirs: HashSet<&str> = state.seen.values().flat_map(|seen| seen.keys.iter().map(String::as_str)).collect();
    let organisations = crate::model::OrganisationIndex::of(workspace);
    workspace
        .people
        .iter()
        .filter(|person| {
            !super::pull::person_keys(person, organisations.name(workspace, person))
                .iter()
                .any(|key| theirs.contains(key.as_str()))
        })
        .cloned()
        .collect()
}

fn record(state: &mut State, resource: &Resource, href: String, etag: Option<String>) {
    let fingerprint = resource.fingerprint.clone();
    state.pushed.insert(resource.uid.clone(), Pushed { href, etag, fingerprint });
}

/// What writing a new resource came to.
enum Created {
    /// Written: its path and ETag.
    New(String, Option<String>),
    /// Something was there already and it was Kindred's own (the same UID, written by an
    /// earlier push whose state is lost): written over.
    Adopted(String, Option<String>),
    /// Another program's resource has the name: left alone.
    Taken,
}

fn create(client: &Client, collection: &str, resource: &Resource) -> Result<Created, Error> {
    let url = joined(collection, &resource.name);
    let content_type = content_type(resource);
    let reply = client.send("PUT", &url, None, Condition::IfNoneMatch, Some((content_type, &resource.body)))?;
    if reply.ok() {
        return Ok(Created::New(path_of(&url), reply.etag.or_else(|| etag_of(client, &url))));
    }
    if reply.status != 412 {
        return Err(Error::Refused { url, status: reply.status });
    }
    // Something is there: Kindred's only if it holds this very UID.
    let there = client.send("GET", &url, None, Condition::None, None)?;
    let ours = there.ok() && holds_uid(&there.body, &resource.uid);
    let Some(etag) = there.etag.filter(|_| ours) else { return Ok(Created::Taken) };
    let written = put_over(client, &url, &etag, resource)?;
    Ok(Created::Adopted(path_of(&url), written))
}

/// Writes a changed resource over the version Kindred wrote; see the module for a `412`.
fn update(client: &Client, url: &str, pushed: &Pushed, resource: &Resource) -> Result<Option<String>, Error> {
    let condition = pushed.etag.as_deref().map_or(Condition::None, Condition::IfMatch);
    let body = Some((content_type(resource), resource.body.as_str()));
    let reply = client.send("PUT", url, None, condition, body)?;
    if reply.ok() {
        return Ok(reply.etag.or_else(|| etag_of(client, url)));
    }
    if reply.status != 412 {
        return Err(Error::Refused { url: url.to_owned(), status: reply.status });
    }
    match etag_of(client, url) {
        // Changed by another program since: the workspace's version goes over it.
        Some(etag) => put_over(client, url, &etag, resource),
        // Deleted there since: written again as new.
        None => {
            let reply = client.send("PUT", url, None, Condition::IfNoneMatch, body)?;
            if reply.ok() {
                Ok(reply.etag.or_else(|| etag_of(client, url)))
            } else {
                Err(Error::Refused { url: url.to_owned(), status: reply.status })
            }
        }
    }
}

fn put_over(client: &Client, url: &str, etag: &str, resource: &Resource) -> Result<Option<String>, Error> {
    let body = Some((content_type(resource), resource.body.as_str()));
    let reply = client.send("PUT", url, None, Condition::IfMatch(etag), body)?;
    if reply.ok() {
        Ok(reply.etag.or_else(|| etag_of(client, url)))
    } else {
        Err(Error::Refused { url: url.to_owned(), status: reply.status })
    }
}

fn delete(client: &Client, url: &str, etag: Option<&str>) -> Result<(), Error> {
    let condition = etag.map_or(Condition::None, Condition::IfMatch);
    let reply = client.send("DELETE", url, None, condition, None)?;
    match reply.status {
        // Gone already is as good as deleted.
        status if (200..300).contains(&status) || status == 404 || status == 410 => Ok(()),
        412 => match etag_of(client, url) {
            // Changed by another program since: it goes all the same (an erased person's
            // events leave nothing behind), with the ETag found now.
            Some(now) => {
                let reply = client.send("DELETE", url, None, Condition::IfMatch(&now), None)?;
                if reply.ok() || reply.status == 404 {
                    Ok(())
                } else {
                    Err(Error::Refused { url: url.to_owned(), status: reply.status })
                }
            }
            None => Ok(()),
        },
        status => Err(Error::Refused { url: url.to_owned(), status }),
    }
}

/// The ETag of the resource at `url` now, if it is there and the server says.
fn etag_of(client: &Client, url: &str) -> Option<String> {
    let reply = client.send("HEAD", url, None, Condition::None, None).ok()?;
    if reply.ok() { reply.etag } else { None }
}

/// Whether an event or card holds the `UID` Kindred gave it.
fn holds_uid(body: &[u8], uid: &str) -> bool {
    let text = String::from_utf8_lossy(body).replace("\r\n ", "").replace("\n ", "");
    text.lines().any(|line| line.trim_end().strip_prefix("UID:") == Some(uid))
}

fn content_type(resource: &Resource) -> &'static str {
    if resource.name.ends_with(".vcf") { crate::interop::dav::VCARD_TYPE } else { crate::interop::dav::CALENDAR_TYPE }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uid_is_found_in_folded_lines_only_as_the_whole_value() {
        assert!(holds_uid(b"BEGIN:VEVENT\r\nUID:abc@kin\r\n dred\r\nEND:VEVENT\r\n", "abc@kindred"));
        assert!(!holds_uid(b"UID:abc@kindred-2\r\n", "abc@kindred"));
        assert!(!holds_uid(b"X-UID:abc@kindred\r\n", "abc@kindred"));
    }
}
