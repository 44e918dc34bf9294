//! Organisations from the time they were a line of text on each person (format 1).
//!
//! A format-1 person holds `organisation: "Café Kringle"`; a format-2 person a link,
//! `organisation: Some("…")`, to one of the workspace's organisations. Both are read by
//! [`organisation`]: a name becomes the id [`organisation_id_for`] derives from it (the same for
//! every spelling with the same [`super::matching::organisation_key`]), and while the codec reads a
//! file ([`collecting`]) the names are noted, so that the migration can make one organisation
//! of each ([`organisations_from_names`]). Reading stays one pass over the file.
//!
//! What belongs to the account moves there: the yearly values of its people are summed, so is the
//! time spent; the recognised need, the driver and the decision are the account's when its people
//! agree, and otherwise undecided with what each person said kept in the account's notes, so that
//! someone decides again; the reasons are joined, each under its person's name when several
//! gave one. The account is a key account when one of its people is, and its status is the
//! liveliest of theirs (customer, then prospect, then former customer, then declined by us).
//! People keep their own status, key-account mark, role, contact details and life.

use super::id::OrganisationId;
use super::matching::organisation_id_for;
use super::organisation::Organisation;
use super::person::{Driver, Fit, FitDecision, NeedRecognised, Status};
use super::workspace::Workspace;
use crate::t;
use serde::Deserializer;
use serde::de::{self, Visitor};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

thread_local! {
    static NAMES: RefCell<Option<Vec<(OrganisationId, String)>>> = const { RefCell::new(None) };
}

/// Runs `read` (which reads a workspace on this thread) and returns what it returned with the
/// organisation names read as text, in the file's order, each with the id it was given.
pub(crate) fn collecting<T>(read: impl FnOnce() -> T) -> (T, Vec<(OrganisationId, String)>) {
    NAMES.with(|names| *names.borrow_mut() = Some(Vec::new()));
    let result = read();
    let names = NAMES.with(|names| names.borrow_mut().take()).unwrap_or_default();
    (result, names)
}

/// A person's organisation: a link (`None`, `Some("id")`; JSON writes the id bare) or, from a
/// format-1 file, a name, which becomes the id derived from it and is noted for the migration.
pub(crate) fn organisation<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<OrganisationId>, D::Error> {
    struct LinkOrName;
    impl<'de> Visitor<'de> for LinkOrName {
        type Value = Option<OrganisationId>;
        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str("an organisation's id or name")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_any(self)
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            let name = text.trim();
            if name.is_empty() {
                return Ok(None);
            }
            if let Ok(id) = uuid::Uuid::parse_str(name) {
                return Ok(Some(OrganisationId(id)));
            }
            let id = organisation_id_for(name);
            NAMES.with(|names| {
                if let Some(names) = names.borrow_mut().as_mut() {
                    names.push((id, name.to_owned()));
                }
            });
            Ok(Some(id))
        }
    }
    deserializer.deserialize_any(LinkOrName)
}

/// Makes an organisation of every name read that is not one yet (the first spelling is its
/// name, other spellings are kept in its notes) and moves to it what belongs to the account, as
/// the module says. Returns the workspace unchanged when no name was read.
pub(crate) fn organisations_from_names(mut workspace: Workspace, names: Vec<(OrganisationId, String)>) -> Workspace {
    let mut created: HashMap<OrganisationId, usize> = HashMap::new();
    for (id, name) in names {
        if let Some(&at) = created.get(&id) {
            let organisation: &mut Organisation = &mut workspace.organisations[at];
            let spelled = format!("\n{name}");
            if organisation.name != name && !organisation.notes.contains(&spelled) {
                if organisation.notes.is_empty() {
                    organisation.notes = t!("migration-also-written");
                }
                organisation.notes.push_str(&spelled);
            }
            continue;
        }
        if workspace.organisations.iter().any(|o| o.id == id) {
            continue;
        }
        created.insert(id, workspace.organisations.len());
        workspace.organisations.push(Organisation { id, name, ..Organisation::default() });
    }
    let mut members: HashMap<OrganisationId, Vec<usize>> = HashMap::new();
    for (index, person) in workspace.people.iter().enumerate() {
        if let Some(id) = person.organisation.filter(|id| created.contains_key(id)) {
            members.entry(id).or_default().push(index);
        }
    }
    for (id, at) in created {
        let people = members.remove(&id).unwrap_or_default();
        let mut account = Account::default();
        for &index in &people {
            let person = &mut workspace.people[index];
            account.add(&person.name, std::mem::take(&mut person.fit), person.key_account, person.status);
        }
        account.settle(&mut workspace.organisations[at]);
    }
    workspace
}

/// What an account's people brought to it in the migration.
#[derive(Default)]
struct Account {
    /// Each person's name and fit, for those who had one.
    fits: Vec<(String, Fit)>,
    key_account: bool,
    status: Option<Status>,
}

impl Account {
    fn add(&mut self, name: &str, fit: Fit, key_account: bool, status: Status) {
        if fit != Fit::default() {
            self.fits.push((name.trim().to_owned(), fit));
        }
        self.key_account |= key_account;
        let liveliness = |s: Status| match s {
            Status::Customer => 3,
            Status::Prospect => 2,
            Status::FormerCustomer => 1,
            Status::DeclinedByUs => 0,
        };
        if self.status.is_none_or(|now| liveliness(status) > liveliness(now)) {
            self.status = Some(status);
        }
    }

    fn settle(self, organisation: &mut Organisation) {
        organisation.key_account = self.key_account;
        organisation.status = self.status.unwrap_or_default();
        let (fit, note) = combined_fit(self.fits);
        organisation.fit = fit;
        if !note.is_empty() {
            if !organisation.notes.is_empty() {
                organisation.notes.push_str("\n\n");
            }
            organisation.notes.push_str(&note);
        }
    }
}

/// One fit of several, each with whose it was (a person's name, an organisation's): time spent
/// and yearly values summed; the recognised need, the driver and the decision where all who
/// gave one agree, else unknown (undecided); the reasons joined, each under its name when
/// several gave one. The note says what each said where they disagreed (in the language of the
/// moment, like all a record holds); empty when they agreed.
pub fn combined_fit(mut fits: Vec<(String, Fit)>) -> (Fit, String) {
    fits.retain(|(_, fit)| *fit != Fit::default());
    if fits.len() <= 1 {
        return (fits.pop().map(|(_, fit)| fit).unwrap_or_default(), String::new());
    }
    let mut fit = Fit::default();
    for (_, theirs) in &fits {
        fit.minutes_spent = fit.minutes_spent.saturating_add(theirs.minutes_spent);
        if let Some(value) = theirs.yearly_value {
            fit.yearly_value = Some(fit.yearly_value.unwrap_or(0).saturating_add(value));
        }
    }
    fit.need_recognised = agreed(&fits, |f| f.need_recognised, NeedRecognised::Unknown);
    fit.driver = agreed(&fits, |f| f.driver, Driver::Unknown);
    fit.decision = agreed(&fits, |f| f.decision, FitDecision::Undecided);
    let reasons: Vec<(&str, &str)> = fits
        .iter()
        .map(|(name, f)| (name.trim(), f.decision_reason.trim()))
        .filter(|(_, reason)| !reason.is_empty())
        .collect();
    fit.decision_reason = match reasons.as_slice() {
        [(_, reason)] => (*reason).to_owned(),
        _ => reasons.iter().map(|(name, reason)| format!("{name}: {reason}")).collect::<Vec<_>>().join("\n"),
    };
    let differs = |unknown: bool, any_known: bool| unknown && any_known;
    let disagreed = differs(
        fit.need_recognised == NeedRecognised::Unknown,
        fits.iter().any(|(_, f)| f.need_recognised != NeedRecognised::Unknown),
    ) || differs(fit.driver == Driver::Unknown, fits.iter().any(|(_, f)| f.driver != Driver::Unknown))
        || differs(
            fit.decision == FitDecision::Undecided,
            fits.iter().any(|(_, f)| f.decision != FitDecision::Undecided),
        );
    if !disagreed {
        return (fit, String::new());
    }
    let mut note = t!("migration-fit-disagreed");
    for (name, f) in &fits {
        note.push('\n');
        note.push_str(&t!(
            "migration-fit-said",
            name = name.trim(),
            need = need_word(f.need_recognised),
            driver = driver_word(f.driver),
            decision = decision_word(f.decision)
        ));
    }
    (fit, note)
}

/// The one answer the people gave who gave one, else `unknown`.
fn agreed<T: Copy + PartialEq>(fits: &[(String, Fit)], answer: impl Fn(&Fit) -> T, unknown: T) -> T {
    let mut given = fits.iter().map(|(_, f)| answer(f)).filter(|a| *a != unknown);
    match given.next() {
        Some(first) if given.all(|a| a == first) => first,
        _ => unknown,
    }
}

// The model's kinds in words are `ops::names`' to say; the model cannot reach `ops`, so the
// migration's one note says them with the same words here.
fn need_word(need: NeedRecognised) -> String {
    match need {
        NeedRecognised::Yes => t!("need-yes"),
        NeedRecognised::Partly => t!("need-partly"),
        NeedRecognised::No => t!("need-no"),
        NeedRecognised::Unknown => t!("need-unknown"),
    }
}

fn driver_word(driver: Driver) -> String {
    match driver {
        Driver::Value => t!("driver-value"),
        Driver::Price => t!("driver-price"),
        Driver::Speed => t!("driver-speed"),
        Driver::Unknown => t!("driver-unknown"),
    }
}

fn decision_word(decision: FitDecision) -> String {
    match decision {
        FitDecision::Undecided => t!("decision-undecided"),
        FitDecision::Keep => t!("decision-keep"),
        FitDecision::LetGo => t!("decision-let-go"),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::codec::decode;
    use crate::model::*;

    /// A format-1 file of these people: (name, organisation as text, the rest of the person).
    fn format_1(people: &[(&str, &str, &str)]) -> String {
        let people: Vec<String> = people
            .iter()
            .map(|(name, organisation, rest)| format!("(name: \"{name}\", organisation: \"{organisation}\"{rest})"))
            .collect();
        format!("(format_version: 1, name: \"Shop\", people: [{}])", people.join(", "))
    }

    #[test]
    fn one_organisation_per_name_however_it_is_written_and_the_account_takes_what_is_its() {
        let text = format_1(&[
            (
                "Mette",
                "Café Kringle",
                ", status: Customer, key_account: true, fit: (minutes_spent: 60, yearly_value: Some(1000), \
                 need_recognised: Yes, driver: Value, decision: Keep, decision_reason: \"Pays on time\")",
            ),
            (
                "Lars",
                "CAFE KRINGLE ApS",
                ", status: Prospect, fit: (minutes_spent: 30, yearly_value: Some(500), need_recognised: Yes, \
                 driver: Price, decision: LetGo, decision_reason: \"Haggles\")",
            ),
            ("Ida", "cafe kringle", ", status: FormerCustomer"),
            ("Jonas", "", ", fit: (minutes_spent: 15, yearly_value: Some(200))"),
            ("Søren", "Nordvest Revision A/S", ", status: DeclinedByUs"),
        ]);
        crate::i18n::set_language(crate::i18n::Lang::En);
        let decoded = decode(text.as_bytes()).expect("format 1 reads");
        assert_eq!(decoded.version, 1, "the version the file said");
        let ws = decoded.workspace;
        assert_eq!(ws.format_version, FORMAT_VERSION);
        let names: Vec<&str> = ws.organisations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Café Kringle", "Nordvest Revision A/S"], "one per name, under its first spelling");
        let kringle = &ws.organisations[0];
        assert_eq!(kringle.id, organisation_id_for("Café Kringle"));
        for person in &ws.people[..3] {
            assert_eq!(person.organisation, Some(kringle.id), "{}", person.name);
            assert_eq!(person.fit, Fit::default(), "{}'s fit is the account's now", person.name);
        }
        assert_eq!((kringle.fit.minutes_spent, kringle.fit.yearly_value), (90, Some(1500)), "summed");
        assert_eq!(kringle.fit.need_recognised, NeedRecognised::Yes, "they agreed");
        assert_eq!(
            (kringle.fit.driver, kringle.fit.decision),
            (Driver::Unknown, FitDecision::Undecided),
            "they did not"
        );
        assert_eq!(kringle.fit.decision_reason, "Mette: Pays on time\nLars: Haggles", "each reason, whose");
        assert!(kringle.notes.contains("Also written as:\nCAFE KRINGLE ApS\ncafe kringle"), "{}", kringle.notes);
        assert!(
            kringle.notes.contains("Mette: need recognised Yes, driver Value, decision Keep"),
            "what each said is kept: {}",
            kringle.notes
        );
        assert!(kringle.key_account, "a key account when one of its people is");
        assert!(ws.people[0].key_account, "and she stays one");
        assert_eq!(kringle.status, Status::Customer, "the liveliest status");
        assert_eq!(ws.people[1].status, Status::Prospect, "each keeps their own");
        assert_eq!(ws.organisations[1].status, Status::DeclinedByUs);
        let jonas = &ws.people[3];
        assert_eq!((jonas.organisation, jonas.fit.yearly_value), (None, Some(200)), "without one, his own");
        assert_eq!(duplicate_ids(&ws), []);
    }

    #[test]
    fn a_format_2_file_from_before_organisations_migrates_too_and_a_linked_one_stays() {
        // Written while format 2 was being made: a name where a link now is.
        let text = "(format_version: 2, people: [(name: \"Mette\", organisation: \"Café Kringle\")])";
        let ws = decode(text.as_bytes()).expect("reads").workspace;
        assert_eq!(ws.organisations.len(), 1);
        assert_eq!(ws.people[0].organisation, Some(ws.organisations[0].id));
        // Written now: links, which read as they are, and JSON's bare id too.
        let again = crate::model::codec::encode(&ws);
        assert!(again.contains("organisation: Some("), "{again}");
        assert_eq!(decode(again.as_bytes()).expect("reads").workspace, ws, "nothing to migrate twice");
        let json = serde_json::to_string(&ws).expect("JSON");
        let back: Workspace = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, ws, "a link written as JSON reads back as the link");
    }

    #[test]
    fn reading_the_same_file_twice_gives_the_same_organisations() {
        let text = format_1(&[("Mette", "Café Kringle", ""), ("Lars", "Dahl Bageri", "")]);
        let first = decode(text.as_bytes()).expect("reads").workspace;
        let second = decode(text.as_bytes()).expect("reads").workspace;
        assert_eq!(first.organisations, second.organisations);
        assert_eq!(
            organisation_id_for("Café Kringle").to_string(),
            "4ceef7ec-3bbf-84e6-87e2-2fc3dc35d805",
            "the id a name gives does not change between versions of Kindred"
        );
    }
}
