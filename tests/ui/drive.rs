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

/// Replaces the text of the field named `label` with `text`, leaving the focus in it.
pub fn type_into(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Replaces the text of the field named `label` and leaves it with Enter.
pub fn retype(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    type_into(harness, label, text);
    harness.key_press(Key::Enter);
    harness.run();
}

/// Replaces the text of the multi-line field named `label` and leaves it with Escape (Enter
/// would start a new line).
pub fn retype_lines(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    type_into(harness, label, text);
    harness.key_press(Key::Escape);
    harness.run();
}
