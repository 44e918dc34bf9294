//! The Board view: the people of the workspace in the phase columns of one journey.

use crate::model::{JourneyId, PhaseId, Workspace};
use egui::{RichText, ScrollArea};

#[derive(Default)]
pub struct BoardView {
    pub selected: Option<JourneyId>,
}

impl BoardView {
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
            ui.label("This workspace has no journey maps yet: a board shows people in the phases of one.");
            return;
        }
        let map = ui.horizontal(|ui| super::journey_picker(ui, "Journey", "board_pick", workspace, &mut self.selected));
        let Some(map) = map.inner else { return };
        ui.separator();
        // Each column lists its people in board order; people without a place wait first.
        type Column<'a> = (String, Option<PhaseId>, Vec<(u32, &'a str)>);
        let mut columns: Vec<Column> = std::iter::once(("Not placed".to_owned(), None, Vec::new()))
            .chain(map.phases.iter().map(|p| (p.name.clone(), Some(p.id), Vec::new())))
            .collect();
        for person in &workspace.people {
            let position = person.position_in(map.id);
            let phase = position.map(|p| p.phase).filter(|id| map.phase(*id).is_some());
            let order = position.map_or(0, |p| p.order);
            if let Some(column) = columns.iter_mut().find(|c| c.1 == phase) {
                column.2.push((order, &person.name));
            }
        }
        let width = (ui.available_width() / columns.len() as f32 - 8.0).max(140.0);
        ScrollArea::horizontal().show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (name, _, people) in &mut columns {
                    people.sort();
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        ui.label(RichText::new(format!("{name} ({})", people.len())).strong());
                        let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
                        ScrollArea::vertical().id_salt(name.as_str()).auto_shrink(false).show_rows(
                            ui,
                            row_height,
                            people.len(),
                            |ui, rows| {
                                for (_, person) in &people[rows] {
                                    ui.label(*person);
                                }
                            },
                        );
                    });
                }
            });
        });
    }
}
