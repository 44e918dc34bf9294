//! The Journeys view: the grid of one journey map.

use crate::model::{JourneyId, LaneKind, Valence, Workspace};
use egui::{Frame, RichText, ScrollArea};

#[derive(Default)]
pub struct JourneysView {
    pub selected: Option<JourneyId>,
}

impl JourneysView {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        _revision: u64,
        _today: chrono::NaiveDate,
        _editable: bool,
    ) -> Vec<crate::ui::Intent> {
        self.draw(ui, workspace);
        Vec::new()
    }

    fn draw(&mut self, ui: &mut egui::Ui, workspace: &Workspace) {
        if workspace.journeys.is_empty() {
            ui.label("This workspace has no journey maps yet.");
            return;
        }
        let map = ui.horizontal(|ui| {
            let map = super::journey_picker(ui, "Journey map", "journey_pick", workspace, &mut self.selected)?;
            if !map.segment.is_empty() {
                ui.label(format!("for {}", map.segment));
            }
            Some(map)
        });
        let Some(map) = map.inner else { return };
        ui.separator();
        ScrollArea::both().auto_shrink(false).show(ui, |ui| {
            egui::Grid::new(("journey_grid", map.id)).striped(true).min_col_width(150.0).show(ui, |ui| {
                ui.label("");
                for phase in &map.phases {
                    ui.label(RichText::new(&phase.name).strong());
                }
                ui.end_row();
                for lane in &map.lanes {
                    ui.label(RichText::new(&lane.name).strong());
                    for phase in &map.phases {
                        ui.vertical(|ui| {
                            if lane.kind == LaneKind::Emotions {
                                let text = phase.emotion.map_or("–".to_owned(), |e| format!("{e:+}"));
                                ui.label(RichText::new(text).size(18.0));
                            }
                            for card in map.cell(phase.id, lane.id) {
                                Frame::group(ui.style()).show(ui, |ui| {
                                    ui.set_max_width(180.0);
                                    ui.label(&card.text);
                                });
                            }
                            if lane.kind == LaneKind::Incidents {
                                for person in &workspace.people {
                                    for incident in person.incidents.iter().filter(|i| i.phase == Some(phase.id)) {
                                        let mark =
                                            if incident.valence == Valence::Better { "Better:" } else { "Worse:" };
                                        ui.label(format!("{mark} {}: {}", person.name, incident.happened));
                                    }
                                }
                            }
                        });
                    }
                    ui.end_row();
                }
            });
        });
    }
}
