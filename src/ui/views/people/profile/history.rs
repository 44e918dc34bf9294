//! The profile's phase history: every change of phase on a board as a small timeline, newest
//! first — the day, the map, from where to where — with why they moved, which can be said or
//! corrected here, and an entry made by mistake removed. The moves themselves are made on the
//! Board, which records them.

use super::fields::{choice, line, remove_button};
use super::{Part, Pass};
use crate::model::{Person, PhaseId, PhaseMove, WhyKind, Workspace};
use crate::ops::names;
use crate::t;
use egui::{Sense, Stroke, Ui, pos2, vec2};

/// The kinds a reason can be given as here: the board's, and none.
const KINDS: [WhyKind; 5] =
    [WhyKind::Unknown, WhyKind::TriggerPoint, WhyKind::Touchpoint, WhyKind::Driver, WhyKind::Barrier];
/// The timeline's gutter: its width and its dots' radius.
const GUTTER: f32 = 18.0;
const DOT: f32 = 4.5;

/// A phase of the workspace by map and id, worded: "not placed" without one, "?" for one gone.
fn phase_words(workspace: &Workspace, entry: &PhaseMove, phase: Option<PhaseId>) -> String {
    match phase {
        None => t!("board-not-placed"),
        Some(phase) => workspace
            .journey(entry.journey)
            .and_then(|map| map.phase(phase))
            .map_or_else(|| "?".to_owned(), |p| p.name.clone()),
    }
}

/// The timeline; a why said or corrected, or an entry removed, is committed as one edit.
pub(super) fn history_ui(ui: &mut Ui, person: &mut Person, pass: &mut Pass<'_>) {
    if person.phase_history.is_empty() {
        ui.weak(t!("profile-history-empty"));
        return;
    }
    let mut order: Vec<usize> = (0..person.phase_history.len()).collect();
    order.sort_by(|&a, &b| person.phase_history[b].date.cmp(&person.phase_history[a].date).then(b.cmp(&a)));
    let mut changed = false;
    let mut remove = None;
    let count = order.len();
    for (row, index) in order.into_iter().enumerate() {
        let entry = &mut person.phase_history[index];
        let map = pass.workspace.journey(entry.journey).map_or_else(|| "?".to_owned(), |m| m.name.clone());
        let what = t!(
            "profile-history-move",
            journey = map.as_str(),
            from = phase_words(pass.workspace, entry, entry.from),
            to = phase_words(pass.workspace, entry, entry.to)
        );
        let response = ui.horizontal(|ui| {
            let (gutter, _) = ui.allocate_exact_size(vec2(GUTTER, 1.0), Sense::hover());
            ui.vertical(|ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(crate::i18n::date_short_year(entry.date));
                    ui.label(&what);
                });
                let prefix = t!("profile-history-entry", n = row + 1);
                ui.horizontal_wrapped(|ui| {
                    let salt = (entry.id, "why_kind");
                    let name = t!("profile-history-kind-of", what = prefix.as_str());
                    changed |= choice(ui, salt, &name, &mut entry.why.kind, &KINDS, |k| names::why_kind(*k));
                    let name = t!("profile-history-why-of", what = prefix.as_str());
                    let field = line(ui, &mut entry.why.text, &name, 280.0);
                    changed |= field.lost_focus();
                    if remove_button(ui, &t!("profile-remove", what = prefix.as_str())) {
                        remove = Some(index);
                    }
                });
            });
            gutter
        });
        paint_timeline(ui, response.inner, response.response.rect, row == 0, row + 1 == count);
    }
    if let Some(index) = remove {
        person.phase_history.remove(index);
        changed = true;
    }
    pass.commit_if(changed, Part::PhaseHistory);
}

/// The line of the timeline through the entry's row, and its dot beside the date.
fn paint_timeline(ui: &Ui, gutter: egui::Rect, row: egui::Rect, first: bool, last: bool) {
    let colour = ui.visuals().weak_text_color();
    let x = gutter.center().x;
    let dot = pos2(x, row.top() + ui.text_style_height(&egui::TextStyle::Body) / 2.0 + 1.0);
    let top = if first { dot.y } else { row.top() - ui.spacing().item_spacing.y };
    let bottom = if last { dot.y } else { row.bottom() };
    ui.painter().vline(x, top..=bottom, Stroke::new(1.5, colour));
    ui.painter().circle_filled(dot, DOT, ui.visuals().selection.stroke.color);
}
