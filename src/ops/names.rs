//! The words the views, exports and notes share, in the thread's language: the model's kinds
//! (status, need, idea status, fit decision, driver), a name as an owner, and an amount of
//! money. One place, so that a word is chosen once and every view, handout and note says it
//! the same way. A word only one view uses stays in that view.

use crate::i18n::{self, Lang};
use crate::model::{Driver, FitDecision, IdeaStatus, NeedRecognised, Status};
use crate::t;

/// "Customer", "Kunde".
pub fn status(status: Status) -> String {
    match status {
        Status::Prospect => t!("status-prospect"),
        Status::Customer => t!("status-customer"),
        Status::FormerCustomer => t!("status-former-customer"),
        Status::DeclinedByUs => t!("status-declined"),
    }
}

/// Whether the need is recognised.
pub fn need(need: NeedRecognised) -> String {
    match need {
        NeedRecognised::Yes => t!("need-yes"),
        NeedRecognised::Partly => t!("need-partly"),
        NeedRecognised::No => t!("need-no"),
        NeedRecognised::Unknown => t!("need-unknown"),
    }
}

/// Where an idea stands.
pub fn idea_status(status: IdeaStatus) -> String {
    match status {
        IdeaStatus::New => t!("idea-new"),
        IdeaStatus::Considering => t!("idea-considering"),
        IdeaStatus::Planned => t!("idea-planned"),
        IdeaStatus::Done => t!("idea-done"),
        IdeaStatus::Declined => t!("idea-declined"),
    }
}

/// A fit decision.
pub fn decision(decision: FitDecision) -> String {
    match decision {
        FitDecision::Undecided => t!("decision-undecided"),
        FitDecision::Keep => t!("decision-keep"),
        FitDecision::LetGo => t!("decision-let-go"),
    }
}

/// What drives the customer.
pub fn driver(driver: Driver) -> String {
    match driver {
        Driver::Value => t!("driver-value"),
        Driver::Price => t!("driver-price"),
        Driver::Speed => t!("driver-speed"),
        Driver::Unknown => t!("driver-unknown"),
    }
}

/// A name as the owner of what follows: "Mette's" (and "Lars's") in English; "Mettes", and
/// "Lars'" after s, x or z, in Danish and Norwegian.
pub fn possessive(name: &str) -> String {
    match i18n::language() {
        Lang::En => format!("{name}'s"),
        Lang::Da | Lang::Nb => {
            let sibilant = name.chars().next_back().is_some_and(|c| matches!(c.to_ascii_lowercase(), 's' | 'x' | 'z'));
            if sibilant { format!("{name}'") } else { format!("{name}s") }
        }
    }
}

/// A whole amount with its thousands grouped as the language writes them, its sign kept:
/// "185,000" in English, "185.000" in Danish, "185 000" in Norwegian (a no-break space),
/// "-12,500".
pub fn amount(value: i64) -> String {
    let magnitude = value.unsigned_abs();
    // Grouped as counts are; a magnitude a `usize` cannot hold (a 32-bit system) is written whole.
    let digits = usize::try_from(magnitude).map_or_else(|_| magnitude.to_string(), i18n::grouped);
    if value < 0 { format!("-{digits}") } else { digits }
}

/// An amount of money in `currency`: "185,000 DKK" ("185.000 DKK" in Danish); without a
/// currency the amount alone.
pub fn money(value: i64, currency: &str) -> String {
    let amount = amount(value);
    if currency.is_empty() { amount } else { format!("{amount} {currency}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    #[test]
    fn a_name_owns_what_follows_in_each_language() {
        set_language(Lang::En);
        assert_eq!(possessive("Ingrid Holm"), "Ingrid Holm's");
        assert_eq!(possessive("Lars"), "Lars's");
        set_language(Lang::Da);
        assert_eq!(possessive("Ingrid Holm"), "Ingrid Holms");
        assert_eq!(possessive("LARS"), "LARS'");
        assert_eq!(possessive("Max"), "Max'");
        set_language(Lang::Nb);
        assert_eq!(possessive("Inez"), "Inez'");
        assert_eq!(possessive("Åse"), "Åses");
        set_language(Lang::En);
    }

    #[test]
    fn money_is_grouped_as_the_language_writes_it() {
        set_language(Lang::En);
        assert_eq!(money(185_000, "DKK"), "185,000 DKK");
        assert_eq!(money(0, "DKK"), "0 DKK");
        assert_eq!(amount(i64::MIN), "-9,223,372,036,854,775,808");
        set_language(Lang::Nb);
        assert_eq!(money(-12_500, "NOK"), "-12\u{a0}500 NOK");
        set_language(Lang::En);
    }
}
