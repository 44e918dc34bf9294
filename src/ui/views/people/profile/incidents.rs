//! The profile's critical incidents: moments better or worse than the customer expected,
//! where in a journey they happened, and how we responded.

use super::entries::{Entries, FormResponse, Refused, RowResponse};
use super::fields::{caption_line, caption_lines, choice, journey_phase_ui, name_widget, remove_button};
use super::{Part, Pass};
use crate::model::{CriticalIncident, Person, Valence, Workspace};
use crate::t;
use crate::ui::widgets::DateField;
use egui::Ui;

/// The person's critical incidents.
pub(super) struct Incidents;

impl Entries for Incidents {
    type Entry = CriticalIncident;
    type Form = CriticalIncident;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<CriticalIncident> {
        &mut person.incidents
    }

    fn part(&self) -> Part {
        Part::Incidents
    }

    fn add_text(&self) -> String {
        t!("profile-add-incident")
    }

    fn new_form(&self, pass: &mut Pass<'_>) -> CriticalIncident {
        CriticalIncident { date: pass.today, ..CriticalIncident::default() }
    }

    fn row_ui(&self, ui: &mut Ui, incident: &mut CriticalIncident, n: usize, pass: &mut Pass<'_>) -> RowResponse {
        let prefix = t!("profile-incident-n", n = n);
        ui.group(|ui| {
            let changed = incident_fields(ui, incident, pass.workspace, &prefix);
            let remove = remove_button(ui, &t!("profile-remove", what = prefix.as_str()));
            RowResponse { changed, remove }
        })
        .inner
    }

    fn form_ui(&self, ui: &mut Ui, incident: &mut CriticalIncident, pass: &mut Pass<'_>) -> FormResponse {
        incident_fields(ui, incident, pass.workspace, &t!("profile-new-incident"));
        FormResponse::default()
    }

    fn entry(&self, incident: &CriticalIncident) -> Result<CriticalIncident, Refused> {
        Ok(incident.clone())
    }
}

fn incident_fields(ui: &mut Ui, incident: &mut CriticalIncident, workspace: &Workspace, prefix: &str) -> bool {
    let salt = incident.id;
    let mut commit = false;
    egui::Grid::new((salt, "incident")).num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
        ui.label(t!("profile-date"));
        commit |= DateField::naive((salt, "date"), &mut incident.date)
            .name(t!("profile-date-of", what = prefix))
            .show(ui)
            .changed;
        ui.end_row();
        ui.label(t!("profile-where-in-journey"));
        ui.horizontal(|ui| {
            commit |= journey_phase_ui(ui, workspace, salt, prefix, &mut incident.journey, &mut incident.phase);
        });
        ui.end_row();
        let name = t!("profile-touchpoint-of", what = prefix);
        commit |= caption_line(ui, &t!("profile-touchpoint"), &mut incident.touchpoint, &name).lost_focus();
        ui.label(t!("profile-than-expected"));
        commit |= choice(
            ui,
            (salt, "valence"),
            &t!("profile-valence-of", what = prefix),
            &mut incident.valence,
            &Valence::ALL,
            valence_label,
        );
        ui.end_row();
        let name = t!("profile-expected-of", what = prefix);
        commit |= caption_lines(ui, &t!("profile-expected"), &mut incident.expected, &name).lost_focus();
        let name = t!("profile-happened-of", what = prefix);
        commit |= caption_lines(ui, &t!("profile-happened"), &mut incident.happened, &name).lost_focus();
        let name = t!("profile-response-of", what = prefix);
        commit |= caption_lines(ui, &t!("profile-response"), &mut incident.response, &name).lost_focus();
        ui.label("");
        let resolved = ui.checkbox(&mut incident.resolved, t!("profile-resolved"));
        name_widget(ui, &resolved, &t!("profile-resolved-of", what = prefix));
        commit |= resolved.changed();
        ui.end_row();
    });
    commit
}

fn valence_label(valence: &Valence) -> String {
    match valence {
        Valence::Better => t!("profile-better"),
        Valence::Worse => t!("profile-worse"),
    }
}
