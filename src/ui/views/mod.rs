//! One module per view of the main window.

pub mod accounts;
pub mod board;
pub mod exercise;
pub mod insights;
pub mod journeys;
pub mod milestones;
pub mod people;

use crate::model::{JourneyId, JourneyMap, Workspace};

/// A labelled picker of the workspace's journey maps. Returns the map chosen in `selected`, or
/// the first map when none is (or the chosen one was deleted); `None` without maps.
pub fn journey_picker<'a>(
    ui: &mut egui::Ui,
    caption: &str,
    id_salt: &str,
    workspace: &'a Workspace,
    selected: &mut Option<JourneyId>,
) -> Option<&'a JourneyMap> {
    let map = selected.and_then(|id| workspace.journey(id)).or_else(|| workspace.journeys.first())?;
    let label = ui.label(caption);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(&map.name)
        .show_ui(ui, |ui| {
            for journey in &workspace.journeys {
                ui.selectable_value(selected, Some(journey.id), &journey.name);
            }
        })
        .response
        .labelled_by(label.id);
    Some(map)
}
