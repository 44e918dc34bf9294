//! The words for the model's kinds in the current language, one place for every view, export
//! and note that names them.

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
        FitDecision::Undecided => t!("interop-decision-undecided"),
        FitDecision::Keep => t!("interop-decision-keep"),
        FitDecision::LetGo => t!("interop-decision-let-go"),
    }
}

/// What drives the customer.
pub fn driver(driver: Driver) -> String {
    match driver {
        Driver::Value => t!("interop-driver-value"),
        Driver::Price => t!("interop-driver-price"),
        Driver::Speed => t!("interop-driver-speed"),
        Driver::Unknown => t!("interop-driver-unknown"),
    }
}
