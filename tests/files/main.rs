//! The workspace file, the shipped sample, and import and export on real-shaped files.

#[path = "../common/mod.rs"]
mod common;

mod interop;
mod sample_workspace;
mod workspace_file;
