//! The fields the profile's sections are made of: a caption and a field in a grid row, a
//! named field where no caption fits, pickers, numbers, a remove button, chips.

use crate::model::{JourneyId, PhaseId, Workspace};
use crate::t;
use egui::{ComboBox, DragValue, Response, TextEdit, Ui};

/// Names a widget for screen readers and tests when no visible label fits.
pub(super) fn name_widget(ui: &Ui, response: &Response, name: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name.to_owned()));
}

/// The width of a text field beside its caption: 320 points, less in a narrow window.
pub(super) fn field_width(ui: &Ui) -> f32 {
    ui.available_width().clamp(120.0, 320.0)
}

/// A caption and a one-line text field in a grid row; true when the field was left.
pub(super) fn line_row(ui: &mut Ui, caption: &str, value: &mut String, hint: &str) -> Response {
    let label = ui.label(caption);
    let response =
        ui.add(TextEdit::singleline(value).hint_text(hint).desired_width(field_width(ui))).labelled_by(label.id);
    ui.end_row();
    response
}

/// A caption and a multi-line text field in a grid row.
pub(super) fn lines_row(ui: &mut Ui, caption: &str, value: &mut String) -> Response {
    let label = ui.label(caption);
    let response =
        ui.add(TextEdit::multiline(value).desired_rows(2).desired_width(field_width(ui))).labelled_by(label.id);
    ui.end_row();
    response
}

/// A visible caption and a one-line field whose accessible name is `name`.
pub(super) fn caption_line(ui: &mut Ui, caption: &str, value: &mut String, name: &str) -> Response {
    ui.label(caption);
    let response = ui.add(TextEdit::singleline(value).desired_width(field_width(ui)));
    name_widget(ui, &response, name);
    ui.end_row();
    response
}

/// A visible caption and a multi-line field whose accessible name is `name`.
pub(super) fn caption_lines(ui: &mut Ui, caption: &str, value: &mut String, name: &str) -> Response {
    ui.label(caption);
    let response = ui.add(TextEdit::multiline(value).desired_rows(2).desired_width(field_width(ui)));
    name_widget(ui, &response, name);
    ui.end_row();
    response
}

/// A one-line text field named `name`.
pub(super) fn line(ui: &mut Ui, value: &mut String, name: &str, width: f32) -> Response {
    let response = ui.add(TextEdit::singleline(value).hint_text(name).desired_width(width));
    name_widget(ui, &response, name);
    response
}

/// A combo box choosing one of `options`; true when the choice changed.
pub(super) fn choice<T: PartialEq + Clone>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: &str,
    value: &mut T,
    options: &[T],
    label: impl Fn(&T) -> String,
) -> bool {
    let before = value.clone();
    let response = ComboBox::from_id_salt(id_salt).selected_text(label(value)).show_ui(ui, |ui| {
        for option in options {
            ui.selectable_value(value, option.clone(), label(option));
        }
    });
    name_widget(ui, &response.response, name);
    *value != before
}

/// A whole number by dragging or typing; true when a change is complete (drag ended, field
/// left, or a step without dragging).
pub(super) fn number<T: egui::emath::Numeric>(
    ui: &mut Ui,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
    suffix: &str,
    name: &str,
) -> bool {
    let response = ui.add(DragValue::new(value).range(range).suffix(suffix));
    name_widget(ui, &response, name);
    response.drag_stopped()
        || response.lost_focus()
        || (response.changed() && !response.dragged() && !response.has_focus())
}

/// A small remove button named "Remove …"; true when clicked.
pub(super) fn remove_button(ui: &mut Ui, name: &str) -> bool {
    let response = ui.small_button("🗑");
    name_widget(ui, &response, name);
    response.on_hover_text(name).clicked()
}

/// Pickers for a journey map and one of its phases; true when either changed.
pub(super) fn journey_phase_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    salt: impl egui::AsIdSalt + Copy,
    prefix: &str,
    journey: &mut Option<JourneyId>,
    phase: &mut Option<PhaseId>,
) -> bool {
    let mut changed = false;
    let shown = match journey {
        None => t!("profile-no-journey"),
        Some(id) => workspace.journey(*id).map_or_else(|| t!("profile-missing-journey"), |j| j.name.clone()),
    };
    let response = ComboBox::from_id_salt((salt, "journey")).selected_text(shown).show_ui(ui, |ui| {
        if ui.selectable_label(journey.is_none(), t!("profile-no-journey")).clicked() && journey.is_some() {
            (*journey, *phase) = (None, None);
            changed = true;
        }
        for map in &workspace.journeys {
            let selected = *journey == Some(map.id);
            if ui.selectable_label(selected, &map.name).clicked() && !selected {
                (*journey, *phase) = (Some(map.id), None);
                changed = true;
            }
        }
    });
    name_widget(ui, &response.response, &t!("profile-journey-of", what = prefix));
    if let Some(map) = journey.and_then(|id| workspace.journey(id)) {
        let no_phase = t!("profile-no-phase");
        let shown = phase.and_then(|id| map.phases.iter().find(|p| p.id == id)).map_or(no_phase.as_str(), |p| &p.name);
        let response = ComboBox::from_id_salt((salt, "phase")).selected_text(shown).show_ui(ui, |ui| {
            if ui.selectable_label(phase.is_none(), no_phase.as_str()).clicked() && phase.is_some() {
                *phase = None;
                changed = true;
            }
            for candidate in &map.phases {
                let selected = *phase == Some(candidate.id);
                if ui.selectable_label(selected, &candidate.name).clicked() && !selected {
                    *phase = Some(candidate.id);
                    changed = true;
                }
            }
        });
        name_widget(ui, &response.response, &t!("profile-phase-of", what = prefix));
    }
    changed
}

/// What a row of chips holds.
#[derive(Clone, Copy)]
pub(super) enum Chips {
    Tags,
    Interests,
}

impl Chips {
    /// The field a new one is typed in.
    fn new_name(self) -> String {
        match self {
            Chips::Tags => t!("profile-new-tag"),
            Chips::Interests => t!("profile-new-interest"),
        }
    }

    fn add(self) -> String {
        match self {
            Chips::Tags => t!("profile-add-tag"),
            Chips::Interests => t!("profile-add-interest"),
        }
    }

    /// A chip's accessible name, and its tooltip.
    fn remove(self, item: &str) -> (String, String) {
        match self {
            Chips::Tags => (t!("profile-remove-tag", item = item), t!("profile-remove-tag-hint", item = item)),
            Chips::Interests => {
                (t!("profile-remove-interest", item = item), t!("profile-remove-interest-hint", item = item))
            }
        }
    }
}

/// Chips of `items` with a remove button each, and a field with an add button.
pub(super) fn chips_ui(ui: &mut Ui, items: &mut Vec<String>, new: &mut String, kind: Chips) -> (bool, Response) {
    let mut changed = false;
    let mut remove = None;
    ui.horizontal_wrapped(|ui| {
        for (index, item) in items.iter().enumerate() {
            let chip = ui.add(egui::Button::new(format!("{item}  ×").as_str()).small().corner_radius(8.0));
            let (name, hint) = kind.remove(item);
            name_widget(ui, &chip, &name);
            if chip.on_hover_text(hint).clicked() {
                remove = Some(index);
            }
        }
    });
    if let Some(index) = remove {
        items.remove(index);
        changed = true;
    }
    let field = ui
        .horizontal(|ui| {
            let field = line(ui, new, &kind.new_name(), 200.0);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(kind.add()).clicked() || entered) && !new.trim().is_empty() {
                let item = new.trim().to_owned();
                if !items.contains(&item) {
                    items.push(item);
                    changed = true;
                }
                new.clear();
                if entered {
                    field.request_focus();
                }
            }
            field
        })
        .inner;
    (changed, field)
}
