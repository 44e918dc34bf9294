//! The shell's modal dialogs. Each draws what it asks and answers with the [`Action`]s the
//! person chose; none opens, saves or changes anything itself (`KindredApp::perform` does).
//! What a dialog shows is kept as data and worded when drawn, so that it follows the language.

use super::file_dialogs::{self, PathPurpose};
use super::settings::SettingsDialog;
use super::{Asked, Then};
use crate::ops::Comparison;
use crate::store::{self, lock};
use crate::t;
use crate::ui::action::Action;
use crate::ui::document::{Document, ReadOnly};
use crate::ui::settings::ThemeChoice;
use std::time::SystemTime;

pub(super) enum Dialog {
    /// Save the changes first? Then go on with what was asked.
    Unsaved(Then),
    /// Unsaved work was found beside the workspace, written then (if known).
    Recovery {
        written: Option<SystemTime>,
    },
    /// The workspace is held by the holder seen (`Err`: the lock file could not be read; why).
    /// `foreign`: the holder may be gone (another computer, or an unreadable lock), so the
    /// person may take the lock over.
    Locked {
        seen: Result<lock::LockInfo, String>,
        foreign: bool,
    },
    ChangedOnDisk,
    Compare(Comparison),
    /// The workspace's backups, read when the dialog opened.
    Backups(Vec<store::Backup>),
    PathEntry {
        purpose: PathPurpose,
        text: String,
    },
    About,
    /// Asks before giving ids held twice fresh values.
    RepairIds,
    /// The settings of the app and of the open workspace.
    Settings(SettingsDialog),
    /// The conflicts a merge left, each with both values and a choice (drawn from the workspace,
    /// so that a choice made takes its conflict away).
    Conflicts,
}

impl Dialog {
    /// The path entry for `purpose`, with `text` typed already.
    pub(super) fn path_entry(purpose: PathPurpose, text: String) -> Self {
        Dialog::PathEntry { purpose, text }
    }

    /// Whether Esc or a click beside it closes the dialog: not for the questions about unsaved
    /// work and the lock, which need an answer.
    pub(super) fn closes_outside(&self) -> bool {
        !matches!(self, Dialog::Recovery { .. } | Dialog::Locked { .. })
    }

    /// Draws the dialog over the open workspace (if any) and asks for what the person chose;
    /// returns whether it stays open.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        document: Option<&Document>,
        theme: ThemeChoice,
        asked: &mut Asked,
    ) -> bool {
        let actions = &mut asked.actions;
        match self {
            Dialog::Unsaved(then) => unsaved_ui(ui, then, actions),
            Dialog::Recovery { written } => recovery_ui(ui, *written, actions),
            Dialog::Locked { seen, foreign } => locked_ui(ui, seen, *foreign, actions),
            Dialog::ChangedOnDisk => changed_ui(ui, actions),
            Dialog::Compare(comparison) => compare_ui(ui, comparison, actions),
            Dialog::Backups(backups) => backups_ui(ui, backups, actions),
            Dialog::PathEntry { purpose, text } => file_dialogs::path_entry_ui(ui, purpose, text, actions),
            Dialog::About => about_ui(ui),
            Dialog::RepairIds => match document.and_then(|d| d.read_only.as_ref()) {
                Some(ReadOnly::DuplicateIds(found)) => repair_ids_ui(ui, found.len(), actions),
                _ => false,
            },
            Dialog::Conflicts => match document.filter(|d| d.read_only.is_none()) {
                Some(document) => super::conflicts::conflicts_ui(ui, &document.workspace, actions),
                None => false,
            },
            Dialog::Settings(settings) => {
                let editable = document.filter(|d| d.read_only.is_none()).map(|d| &*d.workspace);
                settings.ui(ui, theme, editable, asked)
            }
        }
    }
}

/// A button named by `action`: clicked, the action is asked for and the dialog closes.
fn answer(ui: &mut egui::Ui, action: Action, actions: &mut Vec<Action>, keep: &mut bool) {
    if ui.button(action.label()).clicked() {
        *keep = false;
        actions.push(action);
    }
}

/// A button that closes the dialog and does nothing else.
fn dismiss(ui: &mut egui::Ui, text: String, keep: &mut bool) {
    if ui.button(text).clicked() {
        *keep = false;
    }
}

fn unsaved_ui(ui: &mut egui::Ui, then: &Then, actions: &mut Vec<Action>) -> bool {
    ui.heading(t!("unsaved-title"));
    ui.label(t!("unsaved-body"));
    let mut keep = true;
    ui.horizontal(|ui| {
        answer(ui, Action::SaveThen(then.clone()), actions, &mut keep);
        answer(ui, Action::DiscardThen(then.clone()), actions, &mut keep);
        dismiss(ui, t!("button-cancel"), &mut keep);
    });
    keep
}

fn recovery_ui(ui: &mut egui::Ui, written: Option<SystemTime>, actions: &mut Vec<Action>) -> bool {
    let written = match written.map(date_and_time) {
        Some((date, time)) => t!("recovery-autosaved-at", date = date, time = time),
        None => t!("recovery-autosaved"),
    };
    ui.heading(t!("recovery-title"));
    ui.label(t!("recovery-body", written = written));
    let mut keep = true;
    ui.horizontal(|ui| {
        answer(ui, Action::RestoreRecovery, actions, &mut keep);
        answer(ui, Action::DiscardRecovery, actions, &mut keep);
    });
    keep
}

fn locked_ui(
    ui: &mut egui::Ui,
    seen: &Result<lock::LockInfo, String>,
    foreign: bool,
    actions: &mut Vec<Action>,
) -> bool {
    let holder = match seen {
        Ok(holder) => holder.to_string(),
        Err(reason) => lock::unknown_holder(reason),
    };
    ui.heading(t!("locked-title"));
    ui.label(t!("locked-body", holder = holder));
    if foreign {
        ui.label(t!("locked-foreign"));
    } else {
        ui.label(t!("locked-here"));
    }
    let mut keep = true;
    ui.horizontal(|ui| {
        if foreign {
            answer(ui, Action::TakeOverLock(seen.as_ref().ok().cloned()), actions, &mut keep);
        }
        dismiss(ui, t!("locked-open-read-only"), &mut keep);
    });
    keep
}

fn changed_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) -> bool {
    ui.heading(t!("changed-title"));
    ui.label(t!("changed-body"));
    let mut keep = true;
    ui.vertical(|ui| {
        answer(ui, Action::Reload, actions, &mut keep);
        answer(ui, Action::KeepMine, actions, &mut keep);
        // The comparison takes this dialog's place once it is read; until then this one stays.
        if ui.button(Action::CompareWithDisk.label()).clicked() {
            actions.push(Action::CompareWithDisk);
        }
        dismiss(ui, t!("button-cancel"), &mut keep);
    });
    keep
}

fn compare_ui(ui: &mut egui::Ui, comparison: &Comparison, actions: &mut Vec<Action>) -> bool {
    ui.heading(t!("compare-title"));
    comparison_ui(ui, comparison);
    let mut keep = true;
    ui.horizontal(|ui| {
        // Shorter than the first dialog's words: the comparison above says what is dropped.
        if ui.button(t!("compare-reload")).clicked() {
            keep = false;
            actions.push(Action::Reload);
        }
        answer(ui, Action::KeepMine, actions, &mut keep);
        dismiss(ui, t!("button-cancel"), &mut keep);
    });
    keep
}

fn comparison_ui(ui: &mut egui::Ui, comparison: &Comparison) {
    if comparison.is_empty() {
        ui.label(t!("compare-same"));
        return;
    }
    if comparison.name_changed {
        ui.label(t!("compare-name"));
    }
    let groups = [
        (&comparison.people_only_mine, t!("compare-people-mine", count = comparison.people_only_mine.len())),
        (&comparison.people_only_theirs, t!("compare-people-theirs", count = comparison.people_only_theirs.len())),
        (&comparison.people_changed, t!("compare-people-changed", count = comparison.people_changed.len())),
        (&comparison.journeys_only_mine, t!("compare-maps-mine", count = comparison.journeys_only_mine.len())),
        (&comparison.journeys_only_theirs, t!("compare-maps-theirs", count = comparison.journeys_only_theirs.len())),
        (&comparison.journeys_changed, t!("compare-maps-changed", count = comparison.journeys_changed.len())),
    ];
    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
        for (names, title) in groups {
            if !names.is_empty() {
                ui.strong(title);
                ui.label(names.join(", "));
            }
        }
    });
}

/// The backups, each with when it was saved, its size and people, and a button to restore it.
fn backups_ui(ui: &mut egui::Ui, backups: &[store::Backup], actions: &mut Vec<Action>) -> bool {
    ui.heading(t!("backups-title"));
    if backups.is_empty() {
        ui.label(t!("backups-none"));
    } else {
        ui.label(t!("backups-body"));
    }
    let mut keep = true;
    egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
        for backup in backups {
            let saved = match backup.modified.map(date_and_time) {
                Some((date, time)) => t!("backups-saved-at", date = date, time = time),
                None => t!("backups-time-unknown"),
            };
            let kilobytes = backup.size.div_ceil(1024);
            ui.separator();
            ui.horizontal(|ui| match &backup.people {
                Ok(people) => {
                    ui.label(t!(
                        "backups-entry",
                        number = backup.number,
                        saved = saved,
                        people = *people,
                        kilobytes = kilobytes
                    ));
                    answer(ui, Action::RestoreBackup(backup.number), actions, &mut keep);
                }
                Err(reason) => {
                    ui.label(t!("backups-unreadable", number = backup.number, saved = saved, reason = reason.as_str()));
                }
            });
        }
    });
    ui.add_space(8.0);
    dismiss(ui, t!("button-close"), &mut keep);
    keep
}

/// When a file was written, in local time: its date as a person reads it, and its time.
fn date_and_time(written: SystemTime) -> (String, String) {
    let written = chrono::DateTime::<chrono::Local>::from(written).naive_local();
    (crate::i18n::date_short_year(written.date()), written.format("%H:%M").to_string())
}

fn about_ui(ui: &mut egui::Ui) -> bool {
    ui.heading("Kindred");
    ui.label(t!("about-version", version = env!("CARGO_PKG_VERSION")));
    ui.label(t!("about-tagline"));
    !ui.button(t!("button-close")).clicked()
}

fn repair_ids_ui(ui: &mut egui::Ui, count: usize, actions: &mut Vec<Action>) -> bool {
    ui.heading(t!("repair-ids-title"));
    ui.label(t!("repair-ids-body", count = count));
    ui.label(t!("repair-ids-links"));
    ui.label(t!("repair-ids-undo"));
    let mut keep = true;
    ui.horizontal(|ui| {
        answer(ui, Action::RenewIds, actions, &mut keep);
        dismiss(ui, t!("button-cancel"), &mut keep);
    });
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::formats::Format;
    use crate::ui::action::ExportTarget;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use std::path::PathBuf;

    /// A dialog drawn on its own, with no app and no workspace behind it: all it can do is say
    /// what was chosen.
    struct Shown {
        dialog: Dialog,
        asked: Asked,
        open: bool,
    }

    fn harness(dialog: Dialog) -> Harness<'static, Shown> {
        crate::i18n::set_language(crate::i18n::Lang::En);
        let shown = Shown { dialog, asked: Asked::default(), open: true };
        Harness::builder().with_size(egui::vec2(600.0, 500.0)).build_ui_state(
            |ui, shown: &mut Shown| {
                if shown.open {
                    shown.open = shown.dialog.ui(ui, None, ThemeChoice::System, &mut shown.asked);
                }
            },
            shown,
        )
    }

    fn click(dialog: Dialog, button: &str) -> (Vec<Action>, bool) {
        let mut harness = harness(dialog);
        harness.run();
        harness.get_by_label(button).click();
        harness.run();
        let shown = harness.state();
        assert!(shown.asked.intents.is_empty(), "a dialog of the shell asks for no edit");
        (shown.asked.actions.clone(), shown.open)
    }

    #[test]
    fn the_unsaved_changes_dialog_answers_with_what_follows() {
        let then = Then::Open(PathBuf::from("other.kindred"));
        let (actions, open) = click(Dialog::Unsaved(then.clone()), "Save");
        assert_eq!(actions, [Action::SaveThen(then.clone())]);
        assert!(!open);
        let (actions, _) = click(Dialog::Unsaved(then.clone()), "Don't save");
        assert_eq!(actions, [Action::DiscardThen(then.clone())]);
        let (actions, open) = click(Dialog::Unsaved(then), "Cancel");
        assert_eq!((actions, open), (Vec::new(), false), "cancelling asks for nothing");
    }

    #[test]
    fn the_lock_is_taken_over_only_from_the_holder_shown() {
        let holder = lock::LockInfo {
            pid: 4242,
            host: "elsewhere".into(),
            user: "ann".into(),
            since: "2024-05-01T09:30:00+02:00".into(),
            started: None,
        };
        let (actions, open) = click(Dialog::Locked { seen: Ok(holder.clone()), foreign: true }, "Take over the lock");
        assert_eq!((actions, open), (vec![Action::TakeOverLock(Some(holder))], false));
        let unreadable = Dialog::Locked { seen: Err("garbled".into()), foreign: true };
        assert_eq!(click(unreadable, "Take over the lock").0, [Action::TakeOverLock(None)]);
        let here = Dialog::Locked { seen: Err("garbled".into()), foreign: false };
        let mut harness = harness(here);
        harness.run();
        assert!(harness.query_by_label("Take over the lock").is_none(), "not from a holder still running here");
    }

    #[test]
    fn a_typed_path_becomes_the_export_asked_for() {
        let target = ExportTarget { format: Format::Csv, journey: None, person: None, name: String::new() };
        let dialog = Dialog::path_entry(PathPurpose::Export(target.clone()), "~/handouts/people".into());
        let (actions, open) = click(dialog, "OK");
        let path = crate::store::paths::expand_home("~/handouts/people.csv");
        assert_eq!((actions, open), (vec![Action::ExportTo(target, path)], false));
    }

    #[test]
    fn choosing_the_comparison_keeps_the_question_until_it_is_read() {
        let (actions, open) = click(Dialog::ChangedOnDisk, "Compare…");
        assert_eq!((actions, open), (vec![Action::CompareWithDisk], true));
        let (actions, open) = click(Dialog::ChangedOnDisk, "Reload theirs (drop my changes)");
        assert_eq!((actions, open), (vec![Action::Reload], false));
    }
}
