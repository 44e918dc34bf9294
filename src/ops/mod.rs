//! What can be done to a workspace and asked of it: edits with undo, generated demo data.
//! Pure Rust: no UI, no disk.

pub mod accounts;
pub mod agenda;
mod compare;
pub mod demo;
mod edit;
pub mod erase;
mod history;
pub mod ids;
pub mod import;
pub mod knowledge;
pub mod lifecycle;
pub mod links;
pub mod mask;
pub mod merge;
pub mod merging;
pub mod moves;
pub mod names;
pub mod retention;
pub mod sync;
pub mod upcoming;

pub use compare::{Comparison, compare};
pub use edit::{Edit, EditError, apply};
pub use history::{Changed, Changes, History, UNDO_LIMIT};
