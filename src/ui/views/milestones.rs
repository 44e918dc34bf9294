//! The Milestones view: what is coming up in the next year.

use crate::model::{Recurrence, Workspace};
use chrono::{Datelike, NaiveDate};

/// One occurrence of a milestone.
pub struct Upcoming {
    pub date: NaiveDate,
    pub person: String,
    pub what: String,
}

/// Every milestone's next occurrence from `today` to a year ahead, soonest first.
pub fn upcoming(workspace: &Workspace, today: NaiveDate) -> Vec<Upcoming> {
    let horizon = today + chrono::Days::new(365);
    let mut list: Vec<Upcoming> = workspace
        .people
        .iter()
        .flat_map(|person| {
            person.milestones.iter().filter_map(move |m| {
                let date = match m.recurrence {
                    Recurrence::Yearly => {
                        let this_year = m.date.in_year(today.year());
                        if this_year >= today { this_year } else { m.date.in_year(today.year() + 1) }
                    }
                    Recurrence::Once => m.date.to_naive()?,
                };
                let label = if m.label.is_empty() { format!("{:?}", m.kind) } else { m.label.clone() };
                (date >= today && date <= horizon).then(|| Upcoming { date, person: person.name.clone(), what: label })
            })
        })
        .collect();
    list.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.person.cmp(&b.person)));
    list
}

pub fn ui(ui: &mut egui::Ui, workspace: &Workspace, today: NaiveDate) {
    let list = upcoming(workspace, today);
    ui.heading("Coming up in the next 12 months");
    if list.is_empty() {
        ui.label("No milestones recorded yet.");
        return;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().auto_shrink(false).show_rows(ui, row_height, list.len(), |ui, rows| {
        for item in &list[rows] {
            let days = (item.date - today).num_days();
            let when = match days {
                0 => "today".to_owned(),
                1 => "tomorrow".to_owned(),
                n => format!("in {n} days"),
            };
            ui.label(format!("{}  ({when})  {} — {}", item.date.format("%Y-%m-%d"), item.person, item.what));
        }
    });
}
