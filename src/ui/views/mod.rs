//! One module per view of the main window.

pub mod board;
pub mod insights;
pub mod journeys;
pub mod milestones;
pub mod people;
