//! The words the views, exports and notes share, in the thread's language: the model's kinds
//! (status, need, idea status, fit decision, driver, the kind of reason for a move) and a name
//! as an owner; money is
//! `i18n::money`, which the formats use too. One place, so that a word is chosen once and every
//! view, handout and note says it the same way. A word only one view uses stays in that view.

use crate::i18n::{self, Lang};
use crate::model::{
    AccountRole, Driver, FitDecision, IdeaStatus, NeedRecognised, ReferralSource, Repeat, RepeatUnit, Status, WhyKind,
};
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

/// How often a follow-up comes back: "every week", "every 2 months".
pub fn repeat(repeat: Repeat) -> String {
    let count = repeat.every.max(1);
    match repeat.unit {
        RepeatUnit::Days => t!("repeat-days", count = count),
        RepeatUnit::Weeks => t!("repeat-weeks", count = count),
        RepeatUnit::Months => t!("repeat-months", count = count),
    }
}

/// What kind of reason moved someone on a board: "Trigger point", "Triggerpunkt".
pub fn why_kind(kind: WhyKind) -> String {
    match kind {
        WhyKind::Unknown => t!("board-why-unknown"),
        WhyKind::Touchpoint => t!("board-why-touchpoint"),
        WhyKind::TriggerPoint => t!("board-why-trigger-point"),
        WhyKind::Driver => t!("board-why-driver"),
        WhyKind::Barrier => t!("board-why-barrier"),
    }
}

/// A person's part in their organisation's account; the user's own words as written, and
/// nothing when not said.
pub fn account_role(role: &AccountRole) -> String {
    match role {
        AccountRole::Unknown => String::new(),
        AccountRole::Owner => t!("account-role-owner"),
        AccountRole::Buyer => t!("account-role-buyer"),
        AccountRole::User => t!("account-role-user"),
        AccountRole::Bookkeeper => t!("account-role-bookkeeper"),
        AccountRole::Other(words) => words.trim().to_owned(),
    }
}

/// How a customer came to us.
pub fn referral(source: ReferralSource) -> String {
    match source {
        ReferralSource::Unknown => t!("referral-unknown"),
        ReferralSource::Person => t!("referral-person"),
        ReferralSource::Event => t!("referral-event"),
        ReferralSource::Search => t!("referral-search"),
        ReferralSource::WalkIn => t!("referral-walk-in"),
        ReferralSource::Other => t!("referral-other"),
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
}
