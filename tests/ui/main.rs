//! The window driven like a person drives it, through egui_kittest and accessible labels: one
//! module per view or concern. One test binary, so the suite links once rather than per file.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/notifications.rs"]
mod notifications;

mod accounts;
mod backups;
mod board;
mod drive;
mod errors_lang;
mod faults;
mod ids;
mod import;
mod import_lang;
mod journeys;
mod keyboard;
mod lifecycle;
mod milestones_insights;
mod milestones_lang;
mod people_list;
mod present;
mod privacy;
mod profile;
mod profile_lang;
mod projector;
mod review;
mod server;
mod sharing;
mod shell;
mod today;
mod typed_paths;
