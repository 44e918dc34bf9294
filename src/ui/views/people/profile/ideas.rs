//! The profile's ideas: what the customer suggested, where it stands, and the journey phase
//! it would improve.

use super::entries::{Entries, FormError, FormResponse, Refused, RowResponse};
use super::fields::{choice, journey_phase_ui, line, remove_button};
use super::{Part, Pass};
use crate::model::{Idea, IdeaStatus, Person, Workspace};
use crate::ops::names;
use crate::t;
use crate::ui::widgets::DateField;
use egui::Ui;

/// The person's ideas.
pub(super) struct Ideas;

impl Entries for Ideas {
    type Entry = Idea;
    type Form = Idea;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<Idea> {
        &mut person.ideas
    }

    fn part(&self) -> Part {
        Part::Ideas
    }

    fn add_text(&self) -> String {
        t!("profile-add-idea")
    }

    fn new_form(&self, pass: &mut Pass<'_>) -> Idea {
        Idea { date: pass.today, ..Idea::default() }
    }

    fn row_ui(&self, ui: &mut Ui, idea: &mut Idea, n: usize, pass: &mut Pass<'_>) -> RowResponse {
        let prefix = t!("profile-idea-n", n = n);
        ui.horizontal_wrapped(|ui| {
            let changed = idea_fields(ui, idea, pass.workspace, &prefix);
            let remove = remove_button(ui, &t!("profile-remove", what = prefix.as_str()));
            RowResponse { changed, remove }
        })
        .inner
    }

    fn form_ui(&self, ui: &mut Ui, idea: &mut Idea, pass: &mut Pass<'_>) -> FormResponse {
        ui.horizontal_wrapped(|ui| {
            idea_fields(ui, idea, pass.workspace, &t!("profile-new-idea"));
        });
        FormResponse::default()
    }

    fn entry(&self, idea: &Idea) -> Result<Idea, Refused> {
        if idea.text.trim().is_empty() {
            return Err(Refused::Because(FormError::IdeaNeedsText));
        }
        Ok(idea.clone())
    }
}

fn idea_fields(ui: &mut Ui, idea: &mut Idea, workspace: &Workspace, prefix: &str) -> bool {
    let salt = idea.id;
    let mut commit =
        DateField::naive((salt, "date"), &mut idea.date).name(t!("profile-date-of", what = prefix)).show(ui).changed;
    commit |= line(ui, &mut idea.text, &t!("profile-text-of", what = prefix), 260.0).lost_focus();
    let status_name = t!("profile-status-of", what = prefix);
    commit |=
        choice(ui, (salt, "status"), &status_name, &mut idea.status, &IdeaStatus::ALL, |s| names::idea_status(*s));
    commit |= journey_phase_ui(ui, workspace, salt, prefix, &mut idea.journey, &mut idea.phase);
    commit
}
