//! CalDAV's and CardDAV's formats, pure: what Kindred keeps on a calendar or contacts server
//! and the XML it speaks there (WebDAV, RFC 4918; CalDAV, RFC 4791; CardDAV, RFC 6352;
//! collection sync, RFC 6578). The network is `sync`'s; this module only makes and reads bytes.
//!
//! - [`Resource`]: one event or card as the server keeps it, under a name made from Kindred's
//!   stable UID, with a fingerprint that says whether it changed since it was last sent. The
//!   events are [`ics::feed_events`]'s (the calendar feed's: the milestones as the export has them and the dated follow-ups), each a calendar of its own; the cards
//!   are the vCard export's 3.0 cards with a `UID`.
//! - The bodies of the requests: `PROPFIND`s for discovery and ETags, the `sync-collection`
//!   and `addressbook-multiget` reports, `MKCALENDAR`. Text put into them is escaped.
//! - [`parse_multistatus`]: a `207 Multi-Status` answer read with an XML parser (namespaces by
//!   URI, whatever prefixes a server chose); only properties whose `propstat` says 2xx count.

use super::ics;
use crate::model::{Person, Workspace};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

const DAV: &str = "DAV:";
const CALDAV: &str = "urn:ietf:params:xml:ns:caldav";
const CARDDAV: &str = "urn:ietf:params:xml:ns:carddav";

/// The media type of an event resource.
pub const CALENDAR_TYPE: &str = "text/calendar; charset=utf-8";
/// The media type of a card resource.
pub const VCARD_TYPE: &str = "text/vcard; charset=utf-8";

/// One event or card Kindred keeps on a server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    /// Kindred's stable UID: what the resource is, from one push to the next.
    pub uid: String,
    /// Its name in the collection, made from the UID ([`resource_name`]).
    pub name: String,
    pub body: String,
    /// What the resource says, apart from when it was made: equal fingerprints, nothing to send.
    pub fingerprint: String,
}

/// The workspace's events, one resource each; `stamp` is their `DTSTAMP` (the fingerprint
/// leaves it out, so that a push a day later sends nothing new).
pub fn event_resources(workspace: &Workspace, stamp: DateTime<Utc>) -> Vec<Resource> {
    ics::feed_events(workspace)
        .list
        .into_iter()
        .map(|event| Resource {
            name: resource_name(&event.uid, "ics"),
            fingerprint: fingerprint(&event.resource(DateTime::UNIX_EPOCH)),
            body: event.resource(stamp),
            uid: event.uid,
        })
        .collect()
}

/// The people as cards, one resource each (vCard 3.0 as the export writes them, with a UID).
pub fn card_resources(workspace: &Workspace, people: &[Person]) -> Vec<Resource> {
    let organisations = crate::model::OrganisationIndex::of(workspace);
    people
        .iter()
        .map(|person| {
            let body = super::vcard::encode_for_server(person, organisations.name(workspace, person));
            let uid = format!("urn:uuid:{}", person.id);
            Resource { name: resource_name(&uid, "vcf"), fingerprint: fingerprint(&body), body, uid }
        })
        .collect()
}

/// A resource's name in its collection: the UID with anything but letters, digits, `-` and
/// `_` as `-` (so it needs no escaping in a URL), and the extension.
pub fn resource_name(uid: &str, extension: &str) -> String {
    let safe: String =
        uid.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{safe}.{extension}")
}

fn fingerprint(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Text escaped for an XML element's content.
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 has no way to write other control characters.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

const PROLOGUE: &str = r#"<?xml version="1.0" encoding="utf-8"?>"#;

/// `PROPFIND` (depth 0) for who the user is: the principal's URL.
pub fn propfind_principal() -> String {
    format!(
        r#"{PROLOGUE}<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/><d:resourcetype/></d:prop></d:propfind>"#
    )
}

/// `PROPFIND` (depth 0) of a principal for the folders of their calendars and address books.
pub fn propfind_homes() -> String {
    format!(
        r#"{PROLOGUE}<d:propfind xmlns:d="DAV:" xmlns:c="{CALDAV}" xmlns:card="{CARDDAV}"><d:prop><c:calendar-home-set/><card:addressbook-home-set/></d:prop></d:propfind>"#
    )
}

/// `PROPFIND` (depth 0 or 1) for what collections are: calendar or address book, their names
/// and the components a calendar takes.
pub fn propfind_collections() -> String {
    format!(
        r#"{PROLOGUE}<d:propfind xmlns:d="DAV:" xmlns:c="{CALDAV}"><d:prop><d:resourcetype/><d:displayname/><c:supported-calendar-component-set/></d:prop></d:propfind>"#
    )
}

/// `PROPFIND` (depth 1) for the ETags of a collection's resources.
pub fn propfind_etags() -> String {
    format!(r#"{PROLOGUE}<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"#)
}

/// The `sync-collection` report (RFC 6578) since `token` (empty: everything), asking for ETags.
pub fn sync_collection(token: &str) -> String {
    format!(
        r#"{PROLOGUE}<d:sync-collection xmlns:d="DAV:"><d:sync-token>{}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"#,
        xml_text(token)
    )
}

/// The `addressbook-multiget` report: the cards at `hrefs`, with their ETags.
pub fn addressbook_multiget(hrefs: &[String]) -> String {
    let mut body = format!(
        r#"{PROLOGUE}<card:addressbook-multiget xmlns:d="DAV:" xmlns:card="{CARDDAV}"><d:prop><d:getetag/><card:address-data/></d:prop>"#
    );
    for href in hrefs {
        body.push_str(&format!("<d:href>{}</d:href>", xml_text(href)));
    }
    body.push_str("</card:addressbook-multiget>");
    body
}

/// `MKCALENDAR` of a calendar named `name` that holds events.
pub fn mkcalendar(name: &str) -> String {
    format!(
        r#"{PROLOGUE}<c:mkcalendar xmlns:d="DAV:" xmlns:c="{CALDAV}"><d:set><d:prop><d:displayname>{}</d:displayname><c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"#,
        xml_text(name)
    )
}

/// A `207 Multi-Status` answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Multistatus {
    pub responses: Vec<Response>,
    /// The collection's new sync token (a `sync-collection` report's answer).
    pub sync_token: Option<String>,
}

/// One `response` of a multistatus: a resource and what was found of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    /// As the server wrote it (usually a path, `/user/calendar/x.ics`).
    pub href: String,
    /// The response's own status, when it has one (a `sync-collection` report says 404 for
    /// what was removed); `None` when the properties carry their statuses.
    pub status: Option<u16>,
    pub etag: Option<String>,
    /// `calendar-data` or `address-data`.
    pub data: Option<String>,
    pub collection: bool,
    pub calendar: bool,
    pub address_book: bool,
    /// Whether a calendar takes events: true unless it lists the components it takes and
    /// `VEVENT` is not among them.
    pub takes_events: bool,
    pub display_name: Option<String>,
    pub principal: Option<String>,
    pub calendar_home: Option<String>,
    pub address_book_home: Option<String>,
}

/// Reads a `207 Multi-Status` answer; an error says what is wrong with it (never a panic).
pub fn parse_multistatus(body: &[u8]) -> Result<Multistatus, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the server's answer is not UTF-8".to_owned())?;
    let document = roxmltree::Document::parse(text).map_err(|e| format!("the server's answer is not XML: {e}"))?;
    let root = document.root_element();
    if !is(root, DAV, "multistatus") {
        return Err(format!("the server answered with <{}>, not a multistatus", root.tag_name().name()));
    }
    let mut multistatus = Multistatus::default();
    for node in root.children().filter(|n| n.is_element()) {
        if is(node, DAV, "sync-token") {
            multistatus.sync_token = Some(node.text().unwrap_or_default().trim().to_owned());
        } else if is(node, DAV, "response") {
            multistatus.responses.push(response(node));
        }
    }
    Ok(multistatus)
}

/// Whether a `403`/`409` answer to a `sync-collection` report says the token is no longer
/// valid (RFC 6578 §3.2), so that the client starts again from nothing.
pub fn is_invalid_sync_token(body: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(body) else { return false };
    let Ok(document) = roxmltree::Document::parse(text) else { return false };
    document.descendants().any(|n| is(n, DAV, "valid-sync-token"))
}

fn is(node: roxmltree::Node<'_, '_>, namespace: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(namespace)
}

fn child<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    namespace: &str,
    name: &str,
) -> Option<roxmltree::Node<'a, 'input>> {
    node.children().find(|n| is(*n, namespace, name))
}

fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect::<String>()
}

/// The status code of a `status` element: `HTTP/1.1 200 OK` → 200.
fn status_code(node: roxmltree::Node<'_, '_>) -> Option<u16> {
    text_of(node).split_whitespace().nth(1).and_then(|code| code.parse().ok())
}

/// The `href` inside a property (`current-user-principal`, the home sets).
fn href_in(node: roxmltree::Node<'_, '_>) -> Option<String> {
    child(node, DAV, "href").map(|href| text_of(href).trim().to_owned()).filter(|h| !h.is_empty())
}

fn response(node: roxmltree::Node<'_, '_>) -> Response {
    let mut found = Response {
        href: child(node, DAV, "href").map(|h| text_of(h).trim().to_owned()).unwrap_or_default(),
        status: child(node, DAV, "status").and_then(status_code),
        takes_events: true,
        ..Response::default()
    };
    for propstat in node.children().filter(|n| is(*n, DAV, "propstat")) {
        let ok = child(propstat, DAV, "status").and_then(status_code).is_none_or(|code| (200..300).contains(&code));
        let Some(prop) = child(propstat, DAV, "prop").filter(|_| ok) else { continue };
        for property in prop.children().filter(|n| n.is_element()) {
            let name = property.tag_name();
            match (name.namespace(), name.name()) {
                (Some(DAV), "getetag") => found.etag = Some(text_of(property).trim().to_owned()),
                (Some(DAV), "displayname") => found.display_name = Some(text_of(property).trim().to_owned()),
                (Some(DAV), "current-user-principal") => found.principal = href_in(property),
                (Some(DAV), "resourcetype") => {
                    found.collection = child(property, DAV, "collection").is_some();
                    found.calendar = child(property, CALDAV, "calendar").is_some();
                    found.address_book = child(property, CARDDAV, "addressbook").is_some();
                }
                (Some(CALDAV), "calendar-home-set") => found.calendar_home = href_in(property),
                (Some(CARDDAV), "addressbook-home-set") => found.address_book_home = href_in(property),
                (Some(CALDAV), "supported-calendar-component-set") => {
                    let comps: Vec<_> = property.children().filter(|n| is(*n, CALDAV, "comp")).collect();
                    found.takes_events =
                        comps.is_empty() || comps.iter().any(|c| c.attribute("name") == Some("VEVENT"));
                }
                (Some(CALDAV), "calendar-data") | (Some(CARDDAV), "address-data") => {
                    found.data = Some(text_of(property));
                }
                _ => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As Radicale answers a `PROPFIND` of a user's folder, depth 1.
    const RADICALE: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:CR="urn:ietf:params:xml:ns:carddav">
  <response><href>/mette/</href><propstat><prop><resourcetype><principal/><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat>
    <propstat><prop><displayname/></prop><status>HTTP/1.1 404 Not Found</status></propstat></response>
  <response><href>/mette/cal/</href><propstat><prop><resourcetype><C:calendar/><collection/></resourcetype><displayname>Shop &amp; Co</displayname>
    <C:supported-calendar-component-set><C:comp name="VTODO"/><C:comp name="VEVENT"/></C:supported-calendar-component-set></prop><status>HTTP/1.1 200 OK</status></propstat></response>
  <response><href>/mette/tasks/</href><propstat><prop><resourcetype><C:calendar/><collection/></resourcetype>
    <C:supported-calendar-component-set><C:comp name="VTODO"/></C:supported-calendar-component-set></prop><status>HTTP/1.1 200 OK</status></propstat></response>
  <response><href>/mette/contacts/</href><propstat><prop><resourcetype><CR:addressbook/><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response>
</multistatus>"#;

    #[test]
    fn collections_are_told_apart_whatever_the_prefixes() {
        let found = parse_multistatus(RADICALE.as_bytes()).expect("reads");
        let hrefs: Vec<&str> = found.responses.iter().map(|r| r.href.as_str()).collect();
        assert_eq!(hrefs, ["/mette/", "/mette/cal/", "/mette/tasks/", "/mette/contacts/"]);
        let [user, calendar, tasks, contacts] = &found.responses[..] else { panic!("four") };
        assert!(user.collection && !user.calendar && user.display_name.is_none(), "a 404 propstat says nothing");
        assert!(calendar.calendar && calendar.takes_events);
        assert_eq!(calendar.display_name.as_deref(), Some("Shop & Co"));
        assert!(tasks.calendar && !tasks.takes_events, "a calendar of tasks only takes no events");
        assert!(contacts.address_book && !contacts.calendar);
        // Other prefixes, as Nextcloud writes them, and the default namespace set elsewhere.
        let nextcloud = r#"<d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
          <d:response><d:href>/remote.php/dav/calendars/mette/cal/</d:href><d:propstat><d:prop>
            <d:resourcetype><d:collection/><cal:calendar/></d:resourcetype><d:displayname>Shop &amp; Co</d:displayname>
            <x:supported-calendar-component-set xmlns:x="urn:ietf:params:xml:ns:caldav"><x:comp name="VEVENT"/></x:supported-calendar-component-set>
          </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"#;
        let other = &parse_multistatus(nextcloud.as_bytes()).expect("reads").responses[0];
        assert_eq!(Response { href: calendar.href.clone(), ..other.clone() }, *calendar);
    }

    #[test]
    fn principals_homes_etags_data_and_sync_tokens_are_read() {
        let answer = r#"<d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav" xmlns:card="urn:ietf:params:xml:ns:carddav">
          <d:response><d:href>/</d:href><d:propstat><d:prop><d:current-user-principal><d:href>/mette/</d:href></d:current-user-principal>
            <cal:calendar-home-set><d:href>/cal/mette/</d:href></cal:calendar-home-set>
            <card:addressbook-home-set><d:href>/card/mette/</d:href></card:addressbook-home-set></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
          <d:response><d:href>/card/mette/contacts/a.vcf</d:href><d:propstat><d:prop><d:getetag>"e1"</d:getetag>
            <card:address-data>BEGIN:VCARD&#13;
FN:Ida&#13;
END:VCARD&#13;
</card:address-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
          <d:response><d:href>/card/mette/contacts/gone.vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>
          <d:sync-token>http://radicale.org/ns/sync/abc</d:sync-token>
        </d:multistatus>"#;
        let found = parse_multistatus(answer.as_bytes()).expect("reads");
        assert_eq!(found.sync_token.as_deref(), Some("http://radicale.org/ns/sync/abc"));
        let [root, card, gone] = &found.responses[..] else { panic!("three") };
        assert_eq!(root.principal.as_deref(), Some("/mette/"));
        assert_eq!(root.calendar_home.as_deref(), Some("/cal/mette/"));
        assert_eq!(root.address_book_home.as_deref(), Some("/card/mette/"));
        assert_eq!(card.etag.as_deref(), Some("\"e1\""));
        assert_eq!(card.data.as_deref(), Some("BEGIN:VCARD\r\nFN:Ida\r\nEND:VCARD\r\n"));
        assert_eq!((gone.status, gone.etag.as_ref()), (Some(404), None));
    }

    #[test]
    fn what_is_not_a_multistatus_is_an_error_not_a_panic() {
        for bad in [&b"<html><body>Login</body></html>"[..], b"", b"\xff\xfe", b"<d:multistatus xmlns:d='DAV:'>"] {
            assert!(parse_multistatus(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_multistatus(b"<multistatus xmlns='DAV:'/>").expect("empty"), Multistatus::default());
        assert!(is_invalid_sync_token(b"<d:error xmlns:d='DAV:'><d:valid-sync-token/></d:error>"));
        assert!(!is_invalid_sync_token(b"<d:error xmlns:d='DAV:'><d:need-privileges/></d:error>"));
        assert!(!is_invalid_sync_token(b"Forbidden"));
    }

    #[test]
    fn text_in_a_request_is_escaped_and_the_bodies_parse() {
        let body = sync_collection("a<b&\"c\u{1}");
        assert!(body.contains("<d:sync-token>a&lt;b&amp;&quot;c</d:sync-token>"), "{body}");
        let hrefs = ["/x/a&b.vcf".to_owned(), "/x/c.vcf".to_owned()];
        for body in [
            propfind_principal(),
            propfind_homes(),
            propfind_collections(),
            propfind_etags(),
            body,
            addressbook_multiget(&hrefs),
            mkcalendar("Shop <&> Co"),
        ] {
            roxmltree::Document::parse(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
        }
        assert!(addressbook_multiget(&hrefs).contains("<d:href>/x/a&amp;b.vcf</d:href><d:href>/x/c.vcf</d:href>"));
    }

    #[test]
    fn each_event_is_a_calendar_of_its_own_whose_fingerprint_ignores_the_time_it_was_made() {
        use crate::interop::people::milestone;
        use crate::model::{MilestoneKind, PartialDate};
        let mut workspace = Workspace::named("Shop");
        let mut mette = Person::named("Mette Kjærgaard");
        let birthday = PartialDate::ymd(1988, 2, 29).expect("date");
        mette.milestones.push(milestone(MilestoneKind::Birthday, String::new(), birthday));
        workspace.people.push(mette);
        let now = DateTime::from_timestamp(1_790_000_000, 0).expect("time");
        let [event] = &event_resources(&workspace, now)[..] else { panic!("one event") };
        assert_eq!(event.name, resource_name(&event.uid, "ics"));
        assert!(event.uid.ends_with("@kindred") && !event.name.contains('@'), "{}", event.name);
        let lines: Vec<&str> = event.body.split("\r\n").collect();
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
        assert!(!event.body.contains("METHOD:"), "a resource on a server has no METHOD (RFC 4791 §4.1)");
        assert!(event.body.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"), "the 29 February rule");
        let later = event_resources(&workspace, now + chrono::Duration::days(1));
        assert_ne!(later[0].body, event.body, "a new DTSTAMP");
        assert_eq!(later[0].fingerprint, event.fingerprint, "nothing to send");
        workspace.people[0].milestones[0].date = PartialDate::ymd(1988, 3, 1).expect("date");
        assert_ne!(event_resources(&workspace, now)[0].fingerprint, event.fingerprint, "a changed birthday is sent");
    }

    #[test]
    fn a_card_for_a_server_is_the_export_s_with_a_uid() {
        let person = Person::named("Ida Holm");
        let [card] = &card_resources(&Workspace::default(), std::slice::from_ref(&person))[..] else {
            panic!("one card")
        };
        assert!(card.body.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{}", card.body);
        assert!(card.body.contains(&format!("\r\nUID:urn:uuid:{}\r\n", person.id)));
        assert_eq!(card.name, format!("urn-uuid-{}.vcf", person.id));
        let plain = super::super::vcard::encode(&Workspace::default(), &[person], super::super::vcard::Version::V3);
        assert!(!plain.contains("UID:"), "the export itself stays as it was");
    }
}
