//! The `kindred` binary's headless commands, run as a person runs them.

#[path = "../common/mod.rs"]
mod common;

mod bounds;
mod commands;
mod crash;
mod encrypted;
mod export_lang;
mod export_safety;
mod ids;
mod sharing;
mod syncthing;
mod upcoming;
