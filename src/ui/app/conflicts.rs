//! The conflicts a merge left in the workspace: each with what it is about, both values side by
//! side (who made each, when known) and one click to choose. A choice is an undoable edit that
//! also takes the conflict away (`ops::sync::choose`, carried out by the shell).

use crate::model::Workspace;
use crate::ops::sync::{changed_by, describe, value_words};
use crate::t;
use crate::ui::action::Action;

/// Draws the list; returns whether the dialog stays open (while conflicts remain).
pub(super) fn conflicts_ui(ui: &mut egui::Ui, workspace: &Workspace, actions: &mut Vec<Action>) -> bool {
    ui.heading(t!("conflicts-title", count = workspace.conflicts.len()));
    ui.label(t!("conflicts-body"));
    let today = chrono::Local::now().date_naive();
    let mut keep = !workspace.conflicts.is_empty();
    egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
        for conflict in &workspace.conflicts {
            ui.separator();
            ui.strong(describe(workspace, conflict));
            egui::Grid::new(("conflict", conflict.id.0)).num_columns(2).spacing([16.0, 4.0]).show(ui, |ui| {
                let by = |stamp: Option<&crate::model::Stamp>| stamp.map(|s| changed_by(s, today));
                for (heading, stamp) in [
                    (t!("conflicts-here"), by(conflict.ours_by.as_ref())),
                    (t!("conflicts-there"), by(conflict.theirs_by.as_ref())),
                ] {
                    ui.vertical(|ui| {
                        ui.weak(heading);
                        if let Some(stamp) = stamp {
                            ui.weak(stamp);
                        }
                    });
                }
                ui.end_row();
                for (value, theirs) in [(conflict.ours.as_deref(), false), (conflict.theirs.as_deref(), true)] {
                    let words = value_words(value);
                    ui.vertical(|ui| {
                        ui.set_max_width(220.0);
                        ui.label(&words);
                        let text = if theirs {
                            t!("conflicts-take-value", value = words.as_str())
                        } else {
                            t!("conflicts-keep-value", value = words.as_str())
                        };
                        if ui.button(text).clicked() {
                            actions.push(Action::ChooseConflict { conflict: conflict.id, theirs });
                        }
                    });
                }
                ui.end_row();
            });
        }
    });
    ui.separator();
    if ui.button(t!("button-close")).clicked() {
        keep = false;
    }
    keep
}
