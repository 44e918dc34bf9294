//! Widgets shared by the views.

pub mod date_field;
pub mod money;
pub mod photo;

pub use date_field::{DateField, DateResponse};
