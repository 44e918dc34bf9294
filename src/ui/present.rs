//! Present mode, for a workshop on a projector: full screen, large, a light high-contrast
//! theme, a slim bar instead of the menus, the privacy mask, and a countdown timer.
//!
//! With the mask on the views draw a masked copy of the workspace ([`crate::ops::mask`]), under
//! a state number of its own so that nothing a view cached from the real workspace is shown,
//! and only edits without a person's data in them are applied.

use crate::model::Workspace;
use crate::ops::mask;
use crate::t;
use egui::{Color32, Stroke, Visuals};

/// The zoom present mode starts at, and the range it keeps to.
pub const ZOOM: f32 = 2.0;
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 1.5..=2.5;
/// The state numbers of masked copies have this bit set; real ones never do.
const MASKED_STATE: u64 = 1 << 63;
/// The lengths the timer offers, in minutes.
const TIMER_MINUTES: [u32; 6] = [1, 3, 5, 10, 15, 20];

/// What present mode remembers and shows.
pub struct Present {
    /// The zoom before present mode, restored when it ends.
    pub zoom_before: f32,
    pub masked: bool,
    /// Set on entering: the new zoom is not in effect until the next frame, so it is not
    /// checked against the range before then.
    pub entering: bool,
    masked_copy: Option<(u64, Workspace)>,
    pub timer: Timer,
}

/// A countdown for exercises, driven by egui's clock (so tests can run it).
#[derive(Clone, Debug, PartialEq)]
pub struct Timer {
    pub minutes: u32,
    /// When it was started (egui's time) and the seconds it had then; `None` while stopped.
    running: Option<(f64, f64)>,
    /// Seconds left while stopped.
    left: f64,
}

impl Default for Timer {
    fn default() -> Self {
        Self { minutes: 5, running: None, left: 300.0 }
    }
}

impl Timer {
    /// Seconds left at egui time `now`.
    pub fn left(&self, now: f64) -> f64 {
        match self.running {
            Some((started, had)) => (had - (now - started)).max(0.0),
            None => self.left,
        }
    }

    /// Starts, or goes on after a pause; once the time is up, starts again from the full length.
    fn start(&mut self, now: f64) {
        if self.left <= 0.0 {
            self.reset();
        }
        if self.running.is_none() {
            self.running = Some((now, self.left));
        }
    }

    /// Stops at zero: a timer whose time is up is no longer running (its button is *Start*).
    fn stop_when_up(&mut self, now: f64) {
        if self.running.is_some() && self.left(now) <= 0.0 {
            self.running = None;
            self.left = 0.0;
        }
    }

    /// Whether the time ran out (it shows 0:00 until it is started or reset).
    pub fn is_up(&self, now: f64) -> bool {
        self.left(now) <= 0.0
    }

    fn pause(&mut self, now: f64) {
        self.left = self.left(now);
        self.running = None;
    }

    fn reset(&mut self) {
        self.running = None;
        self.left = f64::from(self.minutes) * 60.0;
    }

    /// "4:05".
    pub fn text(&self, now: f64) -> String {
        let left = self.left(now).ceil() as u64;
        format!("{}:{:02}", left / 60, left % 60)
    }
}

impl Present {
    pub fn new(zoom_before: f32) -> Self {
        Self { zoom_before, masked: true, entering: true, masked_copy: None, timer: Timer::default() }
    }

    /// The workspace and state number the views draw: the masked copy while the mask is on.
    pub fn workspace<'a>(&'a mut self, real: &'a Workspace, state: u64) -> (&'a Workspace, u64) {
        if !self.masked {
            return (real, state);
        }
        let masked_state = state | MASKED_STATE;
        if self.masked_copy.as_ref().is_none_or(|(s, _)| *s != masked_state) {
            self.masked_copy = Some((masked_state, mask::redact(real)));
        }
        match &self.masked_copy {
            Some((s, copy)) => (copy, *s),
            None => (real, state),
        }
    }
}

/// The light high-contrast look for a washed-out projector: black on white, strong lines,
/// large targets.
pub fn visuals() -> Visuals {
    let mut v = Visuals::light();
    let black = Color32::BLACK;
    v.override_text_color = Some(black);
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    v.faint_bg_color = Color32::from_gray(235);
    v.hyperlink_color = Color32::from_rgb(0x00, 0x3D, 0xA5);
    v.selection.bg_fill = Color32::from_rgb(0xFF, 0xD5, 0x00);
    v.selection.stroke = Stroke::new(3.0, black);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.5, black);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.5, black);
    for widget in [&mut v.widgets.inactive, &mut v.widgets.hovered, &mut v.widgets.active, &mut v.widgets.open] {
        widget.fg_stroke = Stroke::new(2.0, black);
        widget.bg_stroke = Stroke::new(1.5, black);
    }
    v.widgets.inactive.weak_bg_fill = Color32::from_gray(225);
    v.widgets.inactive.bg_fill = Color32::from_gray(225);
    v.widgets.hovered.weak_bg_fill = Color32::from_rgb(0xFF, 0xE8, 0x80);
    v.widgets.hovered.bg_fill = Color32::from_rgb(0xFF, 0xE8, 0x80);
    v.warn_fg_color = Color32::from_rgb(0x8A, 0x4B, 0x00);
    v.error_fg_color = Color32::from_rgb(0xB0, 0x00, 0x00);
    v
}

/// The bar's text size against the rest of present mode.
const BAR_TEXT_SCALE: f32 = 0.8;

/// What the bar asks for.
#[derive(Default)]
pub struct BarOutcome {
    pub leave: bool,
    pub show: Option<crate::ui::View>,
}

/// The slim bar of present mode: the views, the mask, the timer, and the way out.
pub fn bar_ui(ui: &mut egui::Ui, present: &mut Present, current: crate::ui::View) -> BarOutcome {
    let mut outcome = BarOutcome::default();
    let now = ui.input(|i| i.time);
    // The room reads the map, not the bar: its text is a little smaller, so that it keeps to one
    // row at 2× zoom on a 1920×1080 projector (the timer keeps its large figures).
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= BAR_TEXT_SCALE;
    }
    // Closer together than elsewhere: every view has its place in the one row.
    ui.spacing_mut().item_spacing.x *= 0.5;
    ui.horizontal_wrapped(|ui| {
        // Today is one's own day, not the room's: it is not offered here (Ctrl+1 and the
        // palette still reach it, masked like every view).
        for view in crate::ui::View::ALL.into_iter().filter(|v| *v != crate::ui::View::Today) {
            if ui.selectable_label(current == view, view.label()).clicked() {
                outcome.show = Some(view);
            }
        }
        ui.separator();
        let mask_text = if present.masked { t!("present-mask-on") } else { t!("present-mask-off") };
        let mask = egui::Button::new(egui::RichText::new(mask_text).strong()).selected(present.masked);
        if ui.add(mask).on_hover_text(t!("present-mask-hint")).clicked() {
            present.masked = !present.masked;
        }
        ui.separator();
        let timer = &mut present.timer;
        let label = ui.label(t!("present-timer"));
        let before = timer.minutes;
        egui::ComboBox::from_id_salt("present_timer_minutes")
            .selected_text(t!("present-minutes-short", count = timer.minutes))
            .width(80.0)
            .show_ui(ui, |ui| {
                for minutes in TIMER_MINUTES {
                    ui.selectable_value(&mut timer.minutes, minutes, t!("present-minutes", count = minutes));
                }
            })
            .response
            .labelled_by(label.id);
        if timer.minutes != before {
            timer.reset();
        }
        timer.stop_when_up(now);
        let left = timer.left(now);
        let up = timer.is_up(now);
        let alarm = ui.visuals().error_fg_color;
        let text = egui::RichText::new(timer.text(now)).monospace().strong().size(22.0);
        let text = if up { text.color(alarm) } else { text };
        ui.label(text).widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Timer, true, t!("present-time-left", time = timer.text(now)))
        });
        if up {
            // The end is seen from the back of the room: white on red, beside the red 0:00.
            let up_text = egui::RichText::new(t!("present-time-up")).strong().color(egui::Color32::WHITE);
            egui::Frame::new().fill(alarm).inner_margin(egui::Margin::symmetric(8, 2)).corner_radius(4).show(
                ui,
                |ui| {
                    ui.label(up_text);
                },
            );
        }
        if timer.running.is_some() {
            if ui.button(t!("present-pause")).clicked() {
                timer.pause(now);
            }
            // Once a second while it runs; nothing while it does not.
            ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(1.0 - (left.fract())));
        } else if ui.button(t!("present-start")).clicked() {
            timer.start(now);
        }
        if ui.button(t!("present-reset")).clicked() {
            timer.reset();
        }
        ui.separator();
        if ui.button(t!("present-leave")).on_hover_text(t!("present-leave-hint")).clicked() {
            outcome.leave = true;
        }
    });
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_counts_down_pauses_and_resets() {
        let mut timer = Timer { minutes: 1, ..Timer::default() };
        timer.reset();
        assert_eq!(timer.text(0.0), "1:00");
        timer.start(10.0);
        assert_eq!(timer.text(25.5), "0:45");
        timer.pause(25.5);
        assert_eq!(timer.text(100.0), "0:45", "paused, it keeps its time");
        timer.start(200.0);
        assert_eq!(timer.text(300.0), "0:00", "it stops at zero");
        assert!(timer.is_up(300.0));
        timer.stop_when_up(300.0);
        assert!(timer.running.is_none(), "and is no longer running");
        timer.start(400.0);
        assert_eq!(timer.text(400.0), "1:00", "started again after the end, it starts from the full length");
        timer.reset();
        assert_eq!(timer.text(300.0), "1:00");
    }

    #[test]
    fn the_masked_copy_has_its_own_state_number() {
        let mut ws = Workspace::named("Shop");
        ws.people.push(crate::model::Person::named("Mette"));
        ws.people[0].life.notes = "private".into();
        let mut present = Present::new(1.0);
        let (shown, state) = present.workspace(&ws, 7);
        assert_ne!(state, 7);
        assert_eq!(shown.people[0].life.notes, mask::MASK);
        present.masked = false;
        let (shown, state) = present.workspace(&ws, 7);
        assert_eq!((shown.people[0].life.notes.as_str(), state), ("private", 7));
    }
}
