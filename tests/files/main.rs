//! The workspace file, the shipped sample, import and export on real-shaped files, the limits
//! on what a file may hold, the fuzz targets' inputs run as ordinary tests, and the packaging
//! files in `dist/`.

#[path = "../common/mod.rs"]
mod common;

mod feed;
mod fuzz_inputs;
mod handout_print;
mod interop;
mod limits;
mod lock_race;
mod packaging;
mod sample_workspace;
mod structure;
mod workspace_file;
