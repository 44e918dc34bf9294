//! The Journeys view: the grid of one journey map.

use crate::model::{JourneyId, LaneKind, Valence, Workspace};
use egui::{Frame, RichText, ScrollArea};

#[derive(Default)]
pub struct JourneysView {
    pub selected: Option<JourneyId>,
}

impl JourneysView {
    pub fn ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace) {
        if workspace.journeys.is_empty() {
            ui.label("This workspace has no journey maps yet.");
            return;
        }
        let map = self.selected.and_then(|id| workspace.journey(id)).or_else(|| workspace.journeys.first());
        let Some(map) = map else { return };
        ui.horizontal(|ui| {
            let label = ui.label("Journey map");
            egui::ComboBox::from_id_salt("journey_pick")
                .selected_text(&map.name)
                .show_ui(ui, |ui| {
                    for journey in &workspace.journeys {
                        ui.selectable_value(&mut self.selected, Some(journey.id), &journey.name);
                    }
                })
                .response
                .labelled_by(label.id);
            if !map.segment.is_empty() {
                ui.label(format!("for {}", map.segment));
            }
        });
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
