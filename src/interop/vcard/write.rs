//! People out as vCards, 3.0 or 4.0: what Google, Apple and Outlook import best, with what
//! Kindred adds so that its own cards read back whole (see the module above).

use super::{BIRTHDAY_PARAM, RELATION_PARAM};
use crate::i18n::capitalised;
use crate::interop::people::{APPLE_NO_YEAR, relation_from};
use crate::interop::text::{self, escape, push_folded};
use crate::model::{MilestoneKind, OrganisationIndex, PartialDate, Person, Recurrence, Relation, Workspace};

/// Which vCard version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// RFC 2426: what Google and Apple Contacts import best.
    V3,
    /// RFC 6350.
    V4,
}

/// Writes people of `workspace` as vCards (their organisation's name as ORG).
pub fn encode(workspace: &Workspace, people: &[Person], version: Version) -> String {
    let mut out = String::with_capacity(people.len() * 400);
    let organisations = OrganisationIndex::of(workspace);
    for person in people {
        encode_person(&mut out, person, organisations.name(workspace, person), version, version == Version::V4);
    }
    out
}

/// One person's card as an address book on a CardDAV server keeps it: vCard 3.0 as the export
/// writes it, with the `UID` a server needs (RFC 6352 §6.3.2.3), made from the person's id.
pub fn encode_for_server(person: &Person, organisation: &str) -> String {
    let mut out = String::with_capacity(600);
    encode_person(&mut out, person, organisation, Version::V3, true);
    out
}

fn date_text(date: PartialDate, version: Version, apple_style: bool) -> (String, &'static str) {
    match (date.year(), version) {
        (Some(year), _) => (format!("{year:04}-{:02}-{:02}", date.month(), date.day()), ""),
        (None, Version::V4) => (format!("--{:02}{:02}", date.month(), date.day()), ""),
        (None, Version::V3) if apple_style => {
            (format!("{APPLE_NO_YEAR}-{:02}-{:02}", date.month(), date.day()), ";X-APPLE-OMIT-YEAR=1604")
        }
        (None, Version::V3) => (format!("--{:02}-{:02}", date.month(), date.day()), ""),
    }
}

/// A value written as it is (a parameter, a link): without control characters, line breaks
/// and bidirectional formatting ([`text::is_bidi_control`]), which no value may hold.
fn unescaped(value: &str) -> String {
    value.chars().filter(|&c| !c.is_control() && !text::is_bidi_control(c)).collect()
}

/// `uid`: whether the card carries the person's id as its `UID` (always in 4.0).
fn encode_person(out: &mut String, person: &Person, organisation: &str, version: Version, uid: bool) {
    let line = |out: &mut String, text: String| push_folded(out, &text);
    line(out, "BEGIN:VCARD".to_owned());
    line(out, format!("VERSION:{}", if version == Version::V3 { "3.0" } else { "4.0" }));
    line(out, format!("PRODID:-//Kindred//Kindred {}//EN", env!("CARGO_PKG_VERSION")));
    if uid {
        line(out, format!("UID:urn:uuid:{}", person.id));
    }
    let name = person.name.trim();
    let (given, family) = match name.rsplit_once(' ') {
        Some((given, family)) => (given, family),
        None => (name, ""),
    };
    line(out, format!("FN:{}", escape(name)));
    line(out, format!("N:{};{};;;", escape(family), escape(given)));
    if !organisation.trim().is_empty() {
        line(out, format!("ORG:{}", escape(organisation.trim())));
    }
    if !person.role.trim().is_empty() {
        line(out, format!("TITLE:{}", escape(person.role.trim())));
    }
    let types = |label: &str, extra: &str| {
        let mut list: Vec<String> = Vec::new();
        if !extra.is_empty() && version == Version::V3 {
            list.push(extra.to_owned());
        }
        for word in unescaped(label).split([',', ' ']).map(str::trim).filter(|w| !w.is_empty()) {
            list.push(match word {
                "mobile" => "cell".to_owned(),
                other => other.to_owned(),
            });
        }
        if list.is_empty() { String::new() } else { format!(";TYPE={}", list.join(",")) }
    };
    for email in &person.contact.emails {
        line(out, format!("EMAIL{}:{}", types(&email.label, "INTERNET"), escape(email.value.trim())));
    }
    for phone in &person.contact.phones {
        line(out, format!("TEL{}:{}", types(&phone.label, ""), escape(phone.value.trim())));
    }
    if !person.contact.address.trim().is_empty() {
        line(out, format!("ADR:;;{};;;;", escape(person.contact.address.trim())));
    }
    if !person.contact.website.trim().is_empty() {
        line(out, format!("URL:{}", unescaped(person.contact.website.trim())));
    }
    if !person.tags.is_empty() {
        let tags: Vec<String> = person.tags.iter().map(|t| escape(t)).collect();
        line(out, format!("CATEGORIES:{}", tags.join(",")));
    }
    // Apple's `itemN.` groups, numbered through the card.
    let mut item = 0;
    encode_milestones(out, person, version, &mut item);
    encode_family(out, person, version, &mut item);
    if !person.life.notes.trim().is_empty() {
        line(out, format!("NOTE:{}", escape(person.life.notes.trim())));
    }
    if let Some(photo) = &person.photo {
        let kind = if photo.mime == "image/png" { "PNG" } else { "JPEG" };
        match version {
            Version::V3 => line(out, format!("PHOTO;ENCODING=b;TYPE={kind}:{}", photo.base64.trim())),
            Version::V4 => line(out, format!("PHOTO:data:{};base64,{}", photo.mime, photo.base64.trim())),
        }
    }
    line(out, "END:VCARD".to_owned());
}

/// A person's own milestones: the birthday as `BDAY`, the rest as Apple's labelled dates (and a
/// wedding anniversary as 4.0's `ANNIVERSARY` or the `X-ANNIVERSARY` others read).
fn encode_milestones(out: &mut String, person: &Person, version: Version, item: &mut usize) {
    let line = |out: &mut String, text: String| push_folded(out, &text);
    let mut anniversary_written = false;
    for m in &person.milestones {
        if m.family_member.is_some() || m.kind == MilestoneKind::FamilyBirthday {
            continue;
        }
        match &m.kind {
            MilestoneKind::Birthday => {
                let (date, param) = date_text(m.date, version, true);
                line(out, format!("BDAY{param}:{date}"));
            }
            MilestoneKind::WeddingAnniversary if version == Version::V4 && !anniversary_written => {
                anniversary_written = true;
                let (date, _) = date_text(m.date, version, false);
                line(out, format!("ANNIVERSARY:{date}"));
            }
            kind => {
                *item += 1;
                let label = match kind {
                    MilestoneKind::WeddingAnniversary => "_$!<Anniversary>!$_".to_owned(),
                    MilestoneKind::WorkAnniversary => "Work anniversary".to_owned(),
                    MilestoneKind::CustomerSince => "Customer since".to_owned(),
                    _ if m.label.trim().is_empty() => "_$!<Other>!$_".to_owned(),
                    _ => m.label.trim().to_owned(),
                };
                let (date, param) = date_text(m.date, version, true);
                if *kind == MilestoneKind::WeddingAnniversary && !anniversary_written {
                    // Evolution and KAddressBook read this one; Apple and Google the item.
                    anniversary_written = true;
                    let (plain, _) = date_text(m.date, version, false);
                    line(out, format!("X-ANNIVERSARY:{plain}"));
                }
                let life = if *kind == MilestoneKind::LifeEvent { ";X-KINDRED-KIND=life-event" } else { "" };
                let once = if m.recurrence == Recurrence::Once { ";X-KINDRED-ONCE=TRUE" } else { "" };
                line(out, format!("item{item}.X-ABDATE{param}{life}{once}:{date}"));
                line(out, format!("item{item}.X-ABLabel:{}", escape(&label)));
            }
        }
    }
}

/// A person's relatives: 4.0's `RELATED`, or Apple's labelled names in 3.0; each with their
/// birthday as a parameter of Kindred's.
fn encode_family(out: &mut String, person: &Person, version: Version, item: &mut usize) {
    let line = |out: &mut String, text: String| push_folded(out, &text);
    for member in &person.life.family {
        let birthday = member
            .birthday
            .or_else(|| person.milestones.iter().find(|m| m.family_member == Some(member.id)).map(|m| m.date));
        let param = birthday
            .map(|d| match d.year() {
                Some(y) => format!(";{BIRTHDAY_PARAM}={y:04}-{:02}-{:02}", d.month(), d.day()),
                None => format!(";{BIRTHDAY_PARAM}=--{:02}-{:02}", d.month(), d.day()),
            })
            .unwrap_or_default();
        let (kind, label) = relation_words(&member.relation);
        match version {
            Version::V4 => {
                let exact = if relation_from(kind) == member.relation {
                    String::new()
                } else {
                    format!(";{RELATION_PARAM}=\"{}\"", unescaped(member.relation.word()).replace('"', "'"))
                };
                line(out, format!("RELATED;TYPE={kind};VALUE=text{param}{exact}:{}", escape(member.name.trim())))
            }
            Version::V3 => {
                *item += 1;
                line(out, format!("item{item}.X-ABRELATEDNAMES{param}:{}", escape(member.name.trim())));
                line(out, format!("item{item}.X-ABLabel:{}", escape(&label)));
            }
        }
    }
}

/// The vCard 4.0 `RELATED` type and Apple label for a relation.
fn relation_words(relation: &Relation) -> (&str, String) {
    match relation {
        Relation::Partner => ("sweetheart", "_$!<Partner>!$_".to_owned()),
        Relation::Spouse => ("spouse", "_$!<Spouse>!$_".to_owned()),
        Relation::Child | Relation::Daughter | Relation::Son | Relation::Grandchild => {
            let label = match relation {
                Relation::Child => "_$!<Child>!$_".to_owned(),
                other => capitalised(other.word()),
            };
            ("child", label)
        }
        Relation::Mother => ("parent", "_$!<Mother>!$_".to_owned()),
        Relation::Father => ("parent", "_$!<Father>!$_".to_owned()),
        Relation::Parent => ("parent", "_$!<Parent>!$_".to_owned()),
        Relation::Sibling => ("sibling", "_$!<Sibling>!$_".to_owned()),
        Relation::Friend => ("friend", "_$!<Friend>!$_".to_owned()),
        Relation::Other(words) => ("kin", words.clone()),
    }
}
