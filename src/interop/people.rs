//! What every importer builds people with, and the words and dates they read and write for
//! them: the vCard and CSV readers (and the calendar's tests) add milestones, relatives and
//! notes the same way, recognise the same words for a relation or a labelled date in English,
//! Danish, Norwegian and Swedish, read ISO dates in the same forms, and word a date in a note
//! the same way as the person's handout does (a relation in words is
//! [`ops::upcoming::relation_word`](crate::ops::upcoming::relation_word), as in every sentence).

use crate::model::{
    FamilyMember, FamilyMemberId, Milestone, MilestoneId, MilestoneKind, PartialDate, Person, Recurrence, Relation,
};
use crate::ops::upcoming::{What, recognise};
use crate::t;

/// The year Apple writes for a date without one (with `X-APPLE-OMIT-YEAR=1604`).
pub const APPLE_NO_YEAR: i32 = 1604;

/// A relation from the words programs use for it (English, Danish, Norwegian, Swedish).
pub fn relation_from(words: &str) -> Relation {
    let lower = words.trim().to_lowercase();
    match lower.as_str() {
        "spouse" | "husband" | "wife" | "ægtefælle" | "ektefelle" | "make" | "maka" | "hustru" | "kone" | "mand" => {
            Relation::Spouse
        }
        "partner" | "sweetheart" | "domestic partner" | "domestic_partner" | "sambo" | "samboer" | "kæreste"
        | "kjæreste" => Relation::Partner,
        "child" | "children" | "kid" | "barn" | "børn" => Relation::Child,
        "daughter" | "datter" | "dotter" => Relation::Daughter,
        "son" | "søn" | "sønn" => Relation::Son,
        "parent" | "forælder" | "forelder" | "förälder" => Relation::Parent,
        "mother" | "mom" | "mum" | "mor" | "mamma" => Relation::Mother,
        "father" | "dad" | "far" | "pappa" => Relation::Father,
        "sibling" | "brother" | "sister" | "søskende" | "søsken" | "syskon" | "bror" | "søster" => Relation::Sibling,
        "grandchild" | "barnebarn" | "barnbarn" => Relation::Grandchild,
        "friend" | "ven" | "venn" | "vän" => Relation::Friend,
        "" => Relation::Other(t!("interop-relation-relative")),
        _ => Relation::Other(words.trim().to_owned()),
    }
}

/// What a labelled date (`X-ABDATE` with an `X-ABLabel`, a Google event) is in Kindred.
pub fn milestone_from_label(label: &str) -> (MilestoneKind, String) {
    let lower = label.trim().to_lowercase();
    if lower == "anniversary" || lower == "wedding anniversary" || lower == "bryllupsdag" {
        return (MilestoneKind::WeddingAnniversary, String::new());
    }
    if lower == "work anniversary" || lower == "jubilæum" || lower == "jubileum" {
        return (MilestoneKind::WorkAnniversary, String::new());
    }
    if lower == "birthday" {
        return (MilestoneKind::Birthday, String::new());
    }
    match recognise(label) {
        Some(What::CustomerSince) => (MilestoneKind::CustomerSince, String::new()),
        Some(What::Anniversary) => (MilestoneKind::WeddingAnniversary, String::new()),
        _ if lower.is_empty() || lower == "other" => (MilestoneKind::Custom, t!("interop-milestone-other")),
        _ => (MilestoneKind::Custom, label.trim().to_owned()),
    }
}

/// A yearly milestone of a kind on a date, reminded a week ahead.
pub fn milestone(kind: MilestoneKind, label: String, date: PartialDate) -> Milestone {
    Milestone { id: MilestoneId::new(), kind, label, date, recurrence: Recurrence::Yearly, ..Milestone::default() }
}

/// Adds a milestone unless one of the same kind and date is there (two programs' spellings
/// of one anniversary in a card are one anniversary).
pub fn add_milestone(person: &mut Person, new: Milestone) {
    if !person.milestones.iter().any(|m| m.kind == new.kind && m.date == new.date && m.family_member.is_none()) {
        person.milestones.push(new);
    }
}

/// Adds a relative unless one of that name and relation is there.
pub fn add_relative(person: &mut Person, name: &str, relation: Relation, birthday: Option<PartialDate>) {
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    if let Some(same) = person.life.family.iter_mut().find(|m| m.name == name && m.relation == relation) {
        same.birthday = same.birthday.or(birthday);
        return;
    }
    person.life.family.push(FamilyMember {
        id: FamilyMemberId::new(),
        name: name.to_owned(),
        relation,
        birthday,
        notes: String::new(),
        person: None,
    });
}

/// Appends a paragraph to a person's notes.
pub fn add_note(person: &mut Person, text: &str) {
    let text = text.trim();
    if text.is_empty() || person.life.notes.contains(text) {
        return;
    }
    if !person.life.notes.is_empty() {
        person.life.notes.push_str("\n\n");
    }
    person.life.notes.push_str(text);
}

/// An ISO 8601 date as vCard and contact lists write it: `1980-04-15`, `19800415`, `--0415`,
/// `--04-15`, with an optional time after `T`. A year equal to `omit_year` (Apple's
/// `X-APPLE-OMIT-YEAR`), Apple's 1604 ([`APPLE_NO_YEAR`]) or 0 means the year is not known.
pub fn parse_iso_date(value: &str, omit_year: Option<i32>) -> Option<PartialDate> {
    let value = value.trim();
    let value = match value.find('T') {
        Some(t) if t > 0 => &value[..t],
        _ => value,
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = value.strip_prefix("--") {
        let rest = rest.replace('-', "");
        if rest.len() != 4 || !digits(&rest) {
            return None;
        }
        return PartialDate::md(rest[..2].parse().ok()?, rest[2..].parse().ok()?);
    }
    let compact = value.replace('-', "");
    if compact.len() != 8 || !digits(&compact) || (value.contains('-') && value.len() != 10) {
        return None;
    }
    let year: i32 = compact[..4].parse().ok()?;
    let month: u32 = compact[4..6].parse().ok()?;
    let day: u32 = compact[6..].parse().ok()?;
    if year == 0 || year == APPLE_NO_YEAR || Some(year) == omit_year {
        PartialDate::md(month, day)
    } else {
        PartialDate::ymd(year, month, day)
    }
}

/// A date in words, in the current language: "15 April 1980", "15. april 1980"; without its
/// year "15 April".
pub fn date_words(date: PartialDate) -> String {
    match date.year().and_then(|year| chrono::NaiveDate::from_ymd_opt(year, date.month(), date.day())) {
        Some(day) => crate::i18n::date_long(day),
        None => crate::i18n::day_month(date.day(), date.month()),
    }
}
