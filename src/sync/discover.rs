//! From a server's address to its calendars and address books (RFC 6764 and RFC 5397): the
//! principal found through `/.well-known/caldav` and `/.well-known/carddav` (or the address
//! itself, for a server without them), its calendar and address book homes, and the
//! collections in them.

use super::{Client, Error, joined, origin_of};
use crate::interop::dav;

/// A calendar or address book on the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collection {
    /// Its URL, ending in `/`.
    pub url: String,
    /// Its name, or the last part of its path when it has none.
    pub name: String,
}

/// What a server has for the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Calendars that take events.
    pub calendars: Vec<Collection>,
    pub address_books: Vec<Collection>,
    /// Where a new calendar can be made (`MKCALENDAR`), if the server said.
    pub calendar_home: Option<String>,
}

/// The address as a URL: `https://` in front when no scheme is given.
pub fn address_url(address: &str) -> String {
    let address = address.trim();
    if address.starts_with("http://") || address.starts_with("https://") {
        address.to_owned()
    } else {
        format!("https://{address}")
    }
}

/// Finds the user's calendars and address books on the server at `address`.
pub fn discover(client: &Client, address: &str) -> Result<Found, Error> {
    let url = address_url(address);
    let origin = origin_of(&url).ok_or_else(|| Error::BadUrl { url: url.clone() })?;
    let mut found = Found::default();
    let mut last_error = None;
    let mut homes_seen = Vec::new();
    for well_known in ["/.well-known/caldav", "/.well-known/carddav"] {
        let principal = match principal(client, &[format!("{origin}{well_known}"), url.clone()]) {
            Ok(principal) => principal,
            Err(error @ Error::Refused { status: 401, .. }) => return Err(error),
            Err(error) => {
                last_error = Some(error);
                continue;
            }
        };
        let (reply, homes) = client.propfind(&principal, "0", &dav::propfind_homes())?;
        let Some(me) = homes.responses.first() else { continue };
        let calendar_home = me.calendar_home.as_deref().map(|h| joined(&reply.url, h));
        let address_book_home = me.address_book_home.as_deref().map(|h| joined(&reply.url, h));
        if found.calendar_home.is_none() {
            found.calendar_home = calendar_home.clone();
        }
        for home in [calendar_home, address_book_home].into_iter().flatten() {
            if homes_seen.contains(&home) {
                continue;
            }
            homes_seen.push(home.clone());
            let (reply, listed) = client.propfind(&home, "1", &dav::propfind_collections())?;
            for response in listed.responses {
                let url = joined(&reply.url, &response.href);
                let name = response
                    .display_name
                    .clone()
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| url.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_owned());
                let collection = Collection { url: super::as_collection(&url), name };
                if response.calendar && response.takes_events && !found.calendars.contains(&collection) {
                    found.calendars.push(collection);
                } else if response.address_book && !found.address_books.contains(&collection) {
                    found.address_books.push(collection);
                }
            }
        }
    }
    if found.calendar_home.is_none() && found.calendars.is_empty() && found.address_books.is_empty() {
        if let Some(error) = last_error {
            return Err(error);
        }
    }
    Ok(found)
}

/// The principal's URL, from the first of `candidates` that names one.
fn principal(client: &Client, candidates: &[String]) -> Result<String, Error> {
    let mut last = Error::BadUrl { url: candidates.first().cloned().unwrap_or_default() };
    for candidate in candidates {
        match client.propfind(candidate, "0", &dav::propfind_principal()) {
            Ok((reply, found)) => {
                if let Some(principal) = found.responses.iter().find_map(|r| r.principal.clone()) {
                    return Ok(joined(&reply.url, &principal));
                }
                last = Error::Garbled { url: reply.url, reason: crate::t!("sync-no-principal") };
            }
            Err(error @ Error::Refused { status: 401, .. }) => return Err(error),
            Err(error) => last = error,
        }
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_without_a_scheme_is_https() {
        assert_eq!(address_url(" dav.example.com "), "https://dav.example.com");
        assert_eq!(address_url("http://127.0.0.1:5232/"), "http://127.0.0.1:5232/");
    }
}
