//! Present mode's part in the shell: entering and leaving it, its bar in place of the menus,
//! its zoom range, and what a view may ask for under its mask. The mode itself (the bar's
//! contents, the timer, the look, the masked copy) is `ui::present`.

use super::KindredApp;
use crate::ui::Intent;
use crate::ui::action::Action;
use crate::ui::present::{self, Present};

impl KindredApp {
    /// Full screen, large, high contrast, the mask on; every view starts afresh, so that nothing
    /// a view held from before (a profile being edited) is shown.
    pub(super) fn enter_present_mode(&mut self, ctx: &egui::Context) {
        if self.document().is_none() {
            return;
        }
        self.present = Some(Present::new(ctx.zoom_factor()));
        self.reset_views();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        ctx.set_visuals_of(egui::Theme::Light, present::visuals());
        ctx.set_theme(egui::ThemePreference::Light);
        ctx.set_zoom_factor(present::ZOOM);
    }

    /// Back to the window, theme and zoom from before.
    pub(super) fn leave_present_mode(&mut self, ctx: &egui::Context) {
        let Some(present) = self.present.take() else { return };
        self.reset_views();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        self.apply_theme(ctx);
        ctx.set_zoom_factor(present.zoom_before);
    }

    /// Present mode keeps to its range of zoom (from the frame after it began); its zoom is not
    /// the one remembered.
    pub(super) fn keep_present_zoom(&mut self, ctx: &egui::Context) {
        let Some(present) = self.present.as_mut() else { return };
        // The zoom set on entering takes effect next frame: not checked before.
        let entering = std::mem::take(&mut present.entering);
        let zoom = ctx.zoom_factor();
        let clamped = zoom.clamp(*present::ZOOM_RANGE.start(), *present::ZOOM_RANGE.end());
        if !entering && (clamped - zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(clamped);
        }
    }

    /// What a view asked for, as far as present mode allows it: with the mask on, only edits
    /// without a person's data (moves, journey maps), and nothing that opens a file dialog.
    pub(super) fn allowed_in_present_mode(&self, intent: Intent) -> Option<Intent> {
        let Some(present) = &self.present else { return Some(intent) };
        match intent {
            Intent::Edit { label, edit } if present.masked => {
                crate::ops::mask::allowed_while_masked(edit).map(|edit| Intent::Edit { label, edit })
            }
            Intent::ExportJourney(_) | Intent::ExportBoard(..) | Intent::ImportJourney => None,
            other => Some(other),
        }
    }

    /// The bar in place of the menus: the views, the mask, the timer, leaving (also by Esc).
    pub(super) fn present_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(present) = self.present.as_mut() else { return };
        let view = self.view;
        let outcome = egui::Panel::top("present_bar").show(ui, |ui| present::bar_ui(ui, present, view)).inner;
        if let Some(view) = outcome.show {
            actions.push(Action::Show(view));
        }
        let escape = self.dialog.is_none()
            && self.import.is_none()
            && !ui.ctx().text_edit_focused()
            && ui.input(|i| i.key_pressed(egui::Key::Escape));
        if outcome.leave || escape {
            actions.push(Action::Present);
        }
    }
}
