//! Reminders from the window: the day's desktop notification once the workspace is open (once a
//! day, through the same record as `kindred remind`), the login entry the settings write or
//! remove, and the settings of the daily loop (the rhythms by kind, the calendar feed).

use super::KindredApp;
use crate::model::{RhythmDefaults, Workspace, WorkspaceSettings};
use crate::ops::Edit;
use crate::ops::agenda;
use crate::remind::notify;
use crate::store::paths::{self, FeedName};
use crate::store::{autostart, reminded};
use crate::t;
use crate::ui::Intent;
use crate::ui::action::Action;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The settings dialog's part for the daily loop, with what it read when it opened.
pub(super) struct DailySettings {
    /// The open workspace's file, if it has one.
    workspace: Option<PathBuf>,
    /// The workspace the login entry reminds of, if there is an entry.
    login: Option<PathBuf>,
    /// The calendar feed's name as typed, and why it was refused, if it was.
    feed: String,
    feed_refused: Option<FeedName>,
}

impl DailySettings {
    pub(super) fn new(workspace: Option<&Workspace>, path: Option<&Path>) -> Self {
        Self {
            workspace: path.map(Path::to_path_buf),
            login: autostart::current(),
            feed: workspace.map(|w| w.settings.calendar_feed.clone()).unwrap_or_default(),
            feed_refused: None,
        }
    }

    /// Reads the login entry again (after it was written or removed).
    pub(super) fn reread(&mut self) {
        self.login = autostart::current();
    }

    /// *Remind me when I log in*, in the app's settings: ticked while the entry reminds of this
    /// workspace.
    pub(super) fn login_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let same = |a: &Path, b: &Path| {
            a == b || std::fs::canonicalize(a).ok().zip(std::fs::canonicalize(b).ok()).is_some_and(|(a, b)| a == b)
        };
        let mut on = match (&self.login, &self.workspace) {
            (Some(login), Some(workspace)) => same(login, workspace),
            _ => false,
        };
        ui.label(t!("settings-reminders"));
        ui.vertical(|ui| {
            let response = ui
                .add_enabled(self.workspace.is_some(), egui::Checkbox::new(&mut on, t!("settings-remind-at-login")))
                .on_hover_text(t!("settings-remind-at-login-hint"));
            if response.changed() {
                actions.push(Action::RemindAtLogin(on));
            }
            if let Some(other) = self.login.as_ref().filter(|_| !on) {
                ui.weak(t!("settings-login-reminds-other", path = paths::display(other)));
            }
        });
        ui.end_row();
    }

    /// The rhythms by kind and the calendar feed, as one undoable change of the workspace's
    /// settings each.
    pub(super) fn workspace_ui(&mut self, ui: &mut egui::Ui, current: &WorkspaceSettings, intents: &mut Vec<Intent>) {
        let mut rhythms: RhythmDefaults = current.rhythms;
        let days = 0..=RhythmDefaults::MAX_DAYS;
        let rows = [
            (t!("settings-rhythm-key-accounts"), &mut rhythms.key_accounts),
            (t!("settings-rhythm-customers"), &mut rhythms.customers),
            (t!("settings-rhythm-prospects"), &mut rhythms.prospects),
        ];
        for (caption, value) in rows {
            let label = ui.label(caption);
            ui.add(egui::DragValue::new(value).range(days.clone()).suffix(t!("settings-days-suffix")))
                .labelled_by(label.id)
                .on_hover_text(t!("settings-rhythm-hint"));
            ui.end_row();
        }
        if rhythms != current.rhythms {
            let settings = WorkspaceSettings { rhythms, ..current.clone() };
            let edit = Edit::ChangeSettings(Box::new(settings));
            intents.push(Intent::Edit { label: t!("settings-rhythm-label"), edit });
        }
        let label = ui.label(t!("settings-calendar-feed"));
        ui.vertical(|ui| {
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.feed).hint_text("customers.ics").desired_width(200.0))
                .labelled_by(label.id)
                .on_hover_text(t!("settings-calendar-feed-hint"));
            if field.lost_focus() && self.feed.trim() != current.calendar_feed {
                let name = self.feed.trim().to_owned();
                // Checked against any folder: only the name matters here.
                self.feed_refused = match name.is_empty() {
                    true => None,
                    false => paths::feed_path(Path::new("workspace.kindred"), &name).err(),
                };
                if self.feed_refused.is_none() {
                    let settings = WorkspaceSettings { calendar_feed: name, ..current.clone() };
                    let edit = Edit::ChangeSettings(Box::new(settings));
                    intents.push(Intent::Edit { label: t!("settings-calendar-feed-label"), edit });
                }
            }
            match self.feed_refused {
                Some(FeedName::NotAFileName) => {
                    ui.colored_label(ui.visuals().error_fg_color, t!("feed-name-not-a-file-name"));
                }
                Some(FeedName::NotIcs) => {
                    ui.colored_label(ui.visuals().error_fg_color, t!("feed-name-not-ics"));
                }
                None => {}
            }
        });
        ui.end_row();
    }
}

impl KindredApp {
    /// Writes or removes the login entry that reminds of the open workspace.
    pub(super) fn remind_at_login(&mut self, on: bool) {
        let path = self.document().and_then(|d| d.path.clone());
        let result = match (on, path) {
            (true, Some(path)) => {
                let program = std::env::current_exe().map_err(|e| e.to_string());
                program
                    .and_then(|program| autostart::enable(&program, &path).map_err(|e| e.to_string()))
                    .map(|_| t!("shell-remind-at-login-on", file = super::file_name(&path)))
            }
            (true, None) => Err(t!("shell-remind-at-login-unsaved")),
            (false, _) => autostart::disable().map(|_| t!("shell-remind-at-login-off")).map_err(|e| e.to_string()),
        };
        match result {
            Ok(said) => self.info(said),
            Err(error) => self.error(t!("shell-remind-at-login-failed", error = error)),
        }
        if let Some(super::dialogs::Dialog::Settings(dialog)) = &mut self.dialog {
            dialog.daily.reread();
        }
    }

    /// Sends the day's notification for the open workspace, once a day (the record `kindred
    /// remind` keeps too, so that a day never reminds twice), on a thread of its own: the
    /// window never waits for the desktop. Nothing is said when no notification service
    /// answers: the window shows the day itself.
    pub(super) fn remind_once(&mut self) {
        let Some(document) = self.document() else { return };
        let Some(path) = document.path.clone() else { return };
        let workspace = Arc::clone(&document.workspace);
        let spawned = crate::ui::background::spawn("kindred-remind", move || {
            let today = chrono::Local::now().date_naive();
            let found = agenda::agenda(&workspace, today);
            if found.is_empty() {
                return;
            }
            match reminded::claim(&path, today) {
                Ok(reminded::Claim::First) => {}
                Ok(reminded::Claim::Already) => return,
                Err(error) => {
                    log::warn!("{}: the day's reminder is not recorded, so not sent: {error}", path.display());
                    return;
                }
            }
            if let Err(error) = notify::send(&notify::notices(&found, today), None) {
                log::info!("{}: no reminder sent: {error}", path.display());
                let _ = reminded::release(&path, today);
            }
        });
        if let Err(error) = spawned {
            log::warn!("the day's reminder could not be started: {error}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn a_calendar_file_that_is_no_file_name_is_refused_and_a_good_one_is_one_undoable_change() {
        crate::i18n::set_language(crate::i18n::Lang::En);
        let workspace = Workspace::named("Shop");
        let daily = DailySettings { workspace: None, login: None, feed: String::new(), feed_refused: None };
        let state = (daily, workspace.settings.clone(), Vec::<Intent>::new());
        let mut harness = Harness::builder().with_size(egui::vec2(700.0, 400.0)).build_ui_state(
            |ui, (daily, settings, intents): &mut (DailySettings, WorkspaceSettings, Vec<Intent>)| {
                egui::Grid::new("grid").show(ui, |ui| daily.workspace_ui(ui, settings, intents));
            },
            state,
        );
        harness.run();
        let type_in = |harness: &mut Harness<'_, (DailySettings, WorkspaceSettings, Vec<Intent>)>, text: &str| {
            harness.get_by_label("Calendar file").click();
            harness.run();
            harness.state_mut().0.feed = text.to_owned();
            harness.key_press(egui::Key::Tab);
            harness.run();
        };
        type_in(&mut harness, "../elsewhere.ics");
        assert!(harness.state().2.is_empty(), "nothing changed");
        harness.get_by_label_contains("without a folder");
        type_in(&mut harness, "customers");
        harness.get_by_label_contains("must end in “.ics”");
        assert!(harness.state().2.is_empty());
        type_in(&mut harness, "customers.ics");
        assert!(harness.query_by_label_contains("must end in").is_none(), "the refusal goes");
        let Some(Intent::Edit { edit: Edit::ChangeSettings(settings), .. }) = harness.state().2.first() else {
            panic!("one change of the settings");
        };
        assert_eq!(settings.calendar_feed, "customers.ics");
    }
}
