//! A person's phase history: every change of phase on a journey's board, dated, with the
//! answer to "why did they move?".

use super::id::{JourneyId, PhaseId, PhaseMoveId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One change of phase of a person on one journey's board.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhaseMove {
    pub id: PhaseMoveId,
    /// The day of the move.
    pub date: NaiveDate,
    /// The map whose board it was.
    pub journey: JourneyId,
    /// Where the person stood before; `None` is "not placed".
    pub from: Option<PhaseId>,
    /// Where the person went; `None` is "not placed" (taken off the board).
    pub to: Option<PhaseId>,
    /// Why they moved, when someone said.
    pub why: MoveWhy,
}

/// The answer to "why did they move?": what kind of reason, and the reason in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct MoveWhy {
    pub kind: WhyKind,
    pub text: String,
}

impl MoveWhy {
    /// Nothing was said.
    pub fn is_empty(&self) -> bool {
        self.kind == WhyKind::Unknown && self.text.trim().is_empty()
    }
}

/// What a reason for a move is, as the journey map's lanes name them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WhyKind {
    /// Not said.
    #[default]
    Unknown,
    /// A moment of contact with us: a visit, the website, an invoice.
    Touchpoint,
    /// The moment that moved the customer on to the next phase.
    TriggerPoint,
    Driver,
    Barrier,
}

impl WhyKind {
    /// The kinds a person can choose, in the order pickers offer them (`Unknown` is not chosen:
    /// it is what an unanswered question leaves).
    pub const CHOSEN: [WhyKind; 4] = [WhyKind::TriggerPoint, WhyKind::Touchpoint, WhyKind::Driver, WhyKind::Barrier];

    /// The kind in English words, as files for other programs write it.
    pub fn label(self) -> &'static str {
        match self {
            WhyKind::Unknown => "",
            WhyKind::Touchpoint => "touchpoint",
            WhyKind::TriggerPoint => "trigger point",
            WhyKind::Driver => "driver",
            WhyKind::Barrier => "barrier",
        }
    }
}
