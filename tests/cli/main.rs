//! The `kindred` binary's headless commands, run as a person runs them.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/notifications.rs"]
mod notifications;

mod board;
mod bounds;
mod commands;
mod crash;
mod daily;
mod dav;
mod encrypted;
mod export_lang;
mod export_safety;
mod ids;
mod notify;
mod sharing;
mod syncthing;
mod upcoming;
