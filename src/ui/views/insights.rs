//! The Insights view: the workspace in figures.

use crate::model::{Status, Valence, Workspace};

pub fn ui(ui: &mut egui::Ui, workspace: &Workspace) {
    let people = &workspace.people;
    let count = |status| people.iter().filter(|p| p.status == status).count();
    let incidents = people.iter().flat_map(|p| &p.incidents);
    let (better, worse) = incidents.fold((0, 0), |(b, w), i| match i.valence {
        Valence::Better => (b + 1, w),
        Valence::Worse => (b, w + 1),
    });
    let open_worse =
        people.iter().flat_map(|p| &p.incidents).filter(|i| i.valence == Valence::Worse && !i.resolved).count();
    ui.heading("The workspace in figures");
    egui::Grid::new("insight_figures").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
        let rows = [
            ("People", people.len()),
            ("Customers", count(Status::Customer)),
            ("Prospects", count(Status::Prospect)),
            ("Former customers", count(Status::FormerCustomer)),
            ("Declined by us", count(Status::DeclinedByUs)),
            ("Key accounts", people.iter().filter(|p| p.key_account).count()),
            ("Incidents better than expected", better),
            ("Incidents worse than expected", worse),
            ("… of those not resolved", open_worse),
            ("Ideas from customers", people.iter().map(|p| p.ideas.len()).sum()),
            ("Journey maps", workspace.journeys.len()),
        ];
        for (caption, value) in rows {
            ui.label(caption);
            ui.label(value.to_string());
            ui.end_row();
        }
    });
}
