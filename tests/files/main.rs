//! The workspace file, the shipped sample, import and export on real-shaped files, the limits
//! on what a file may hold, and the fuzz targets' inputs run as ordinary tests.

#[path = "../common/mod.rs"]
mod common;

mod fuzz_inputs;
mod interop;
mod limits;
mod sample_workspace;
mod workspace_file;
