//! Stable identifiers.
//!
//! Every entity that something else can point at carries a random 128-bit id, written in the
//! file as a UUID string. Random ids (not counters) are what let two workspaces be merged and
//! people be imported without renumbering: an id means the same thing in every file.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id.
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }

            /// An id from known bits: for generated data that must be reproducible.
            pub fn from_u128(bits: u128) -> Self {
                Self(Uuid::from_u128(bits))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A person (customer) of the workspace.
    PersonId
);
id_type!(
    /// A relative of a person.
    FamilyMemberId
);
id_type!(
    /// A milestone of a person.
    MilestoneId
);
id_type!(
    /// A critical incident logged on a person.
    IncidentId
);
id_type!(
    /// An idea a customer gave us.
    IdeaId
);
id_type!(
    /// An entry of a person's interaction log.
    InteractionId
);
id_type!(
    /// A follow-up: something to do about a person.
    FollowUpId
);
id_type!(
    /// A journey map.
    JourneyId
);
id_type!(
    /// A phase (column) of a journey map.
    PhaseId
);
id_type!(
    /// A lane (row) of a journey map.
    LaneId
);
id_type!(
    /// A card in a journey map cell.
    CardId
);
id_type!(
    /// An entry of a person's phase history: one change of phase on a board.
    PhaseMoveId
);
id_type!(
    /// An organisation: the company, shop or office behind people (an account).
    OrganisationId
);
id_type!(
    /// A link between two people (partners, a manager, who referred whom).
    LinkId
);
id_type!(
    /// A workspace itself: what keeps its common versions apart from other workspaces' on a
    /// computer, wherever its file is.
    WorkspaceId
);
id_type!(
    /// A conflict recorded by a merge, until someone chooses.
    ConflictId
);
