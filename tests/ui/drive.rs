//! Driving the window as a person does, shared by the test files: a click, Ctrl+Z, a field
//! retyped.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::ui::KindredApp;

/// Clicks the widget labelled `label` and lets the frame run.
pub fn click(harness: &mut Harness<'_, KindredApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Ctrl+Z.
pub fn undo(harness: &mut Harness<'_, KindredApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

/// Replaces the text of the field named `label` and leaves it with Enter.
pub fn retype(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}
