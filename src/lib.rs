//! Kindred: know your customers as people.
//!
//! Layers, each knowing only those below it: `model` (the data) → `store` (the file on disk)
//! and `ops` (edits, undo, queries) → `ui` (egui) and `cli` (headless commands); `i18n` (the
//! translated text) stands beside them all.
//! See docs/ARCHITECTURE.md.

/// The application id: the window's app id, and the name of the desktop file, the AppStream
/// metainfo, the icons and the macOS bundle identifier in `dist/`.
pub const APP_ID: &str = "io.github.kindredapp.Kindred";

pub mod cli;
pub mod fuzzing;
pub mod i18n;
pub mod interop;
pub mod model;
pub mod ops;
pub mod remind;
pub mod sharing;
pub mod store;
pub mod sync;
pub mod ui;
