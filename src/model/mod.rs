//! The data of a workspace: plain serde types, no UI and no disk; and its own text, the
//! `.kindred` format ([`codec`]), which the store writes to disk and the importers read.

pub mod codec;
mod date;
mod exact;
mod follow_up;
mod id;
mod journey;
mod legacy;
mod lifecycle;
pub mod matching;
mod organisation;
mod person;
pub mod places;
pub mod progress;
mod shared;
pub mod unique;
mod workspace;

pub use date::{DateError, LeapDay, PartialDate};
pub use follow_up::*;
pub use id::*;
pub use journey::*;
pub use legacy::combined_fit;
pub use lifecycle::*;
pub use matching::{fold, organisation_id_for, organisation_key};
pub use organisation::*;
pub use person::*;
pub use shared::{Conflict, MAX_REVISIONS, Stamp, Step};
pub use unique::{DuplicateId, IdKind, IdSet, duplicate_ids};
pub use workspace::*;
