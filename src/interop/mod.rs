//! Other programs' formats and Kindred's exchange files, as pure conversions between bytes and
//! the model: no egui, no disk (the `store` reads and writes the files).
//!
//! Today: the journey-map template file. The contact and calendar formats join it here.

pub mod journey_template;
