//! A column's header: its name and count, and under them what the column holds — the sum of
//! its people's yearly value, the median of their days in the phase — and the phase's stall
//! limit, set from here.

use super::{BoardView, Column};
use crate::model::{JourneyMap, PhaseId};
use crate::ops::Edit;
use crate::t;
use crate::ui::Intent;
use egui::{Role, Ui, WidgetInfo};

/// The limit a phase without one is offered first.
const FIRST_LIMIT: u16 = 30;

impl BoardView {
    /// The column's name and count (the count of all and of those shown, when filtered), its
    /// figures, and its phase's stall limit.
    pub(super) fn column_header_ui(
        &mut self,
        ui: &mut Ui,
        map: &JourneyMap,
        column: &Column,
        currency: &str,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let title = if self.filter.is_active() {
            format!("{} ({} of {})", column.title, column.cards.len(), column.all.len())
        } else {
            format!("{} ({})", column.title, column.all.len())
        };
        ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
        ui.horizontal(|ui| {
            let figures = &column.figures;
            let mut parts = Vec::new();
            if let Some(value) = figures.value {
                parts.push(t!("board-column-value", value = crate::i18n::money(value, currency)));
            }
            if let Some(days) = figures.median_days {
                parts.push(t!("board-column-median", days = days.round() as i64));
            }
            if let Some(phase) = column.phase.and_then(|phase| map.phase(phase)) {
                self.stall_limit_ui(ui, map, phase.id, &phase.name, phase.stall_days, editable, intents);
            }
            let text = if parts.is_empty() { "\u{a0}".to_owned() } else { parts.join(" · ") };
            ui.add(egui::Label::new(egui::RichText::new(text).small().weak()).truncate());
        });
    }

    /// The phase's stall limit as a small button whose menu sets it (or takes it away).
    #[allow(clippy::too_many_arguments)]
    fn stall_limit_ui(
        &mut self,
        ui: &mut Ui,
        map: &JourneyMap,
        phase: PhaseId,
        name: &str,
        limit: Option<u16>,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let text = match limit {
            Some(days) => format!("⏱ {}", t!("board-days", days = days)),
            None => "⏱".to_owned(),
        };
        let accessible = match limit {
            Some(days) => t!("board-stall-limit-of", phase = name, days = days),
            None => t!("board-stall-no-limit-of", phase = name),
        };
        let button = ui.add_enabled(editable, egui::Button::new(egui::RichText::new(text).small()).small());
        button.widget_info(|| WidgetInfo::labeled(Role::Button, editable, &accessible));
        let button = button.on_hover_text(t!("board-stall-hint"));
        egui::Popup::menu(&button).show(|ui| {
            let draft = match self.stall_draft {
                Some((id, days)) if id == phase => days,
                _ => limit.unwrap_or(FIRST_LIMIT),
            };
            let mut days = draft;
            ui.horizontal(|ui| {
                let label = ui.label(t!("board-stall-after"));
                ui.add(egui::DragValue::new(&mut days).range(1..=3650)).labelled_by(label.id);
                ui.label(t!("board-stall-days"));
            });
            self.stall_draft = Some((phase, days));
            let set = ui.button(t!("board-stall-set")).clicked();
            let clear = ui.add_enabled(limit.is_some(), egui::Button::new(t!("board-stall-none"))).clicked();
            let chosen = if set { Some(Some(days)) } else { clear.then_some(None) };
            if let Some(chosen) = chosen {
                self.stall_draft = None;
                ui.close();
                if chosen != limit {
                    let mut changed = map.clone();
                    if let Some(target) = changed.phases.iter_mut().find(|p| p.id == phase) {
                        target.stall_days = chosen;
                    }
                    intents.push(Intent::Edit {
                        label: t!("board-stall-label", phase = name),
                        edit: Edit::ReplaceJourney(Box::new(changed)),
                    });
                }
            }
        });
    }
}
