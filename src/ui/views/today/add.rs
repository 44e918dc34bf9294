//! Today's form for a new follow-up: whom it is about (found by typing a part of their name or
//! organisation), what to do, and when (today unless said otherwise).

use crate::model::{FollowUp, PartialDate, PersonId, Workspace};
use crate::ops::Edit;
use crate::ops::merge::fold;
use crate::t;
use crate::ui::Intent;
use crate::ui::widgets::DateField;
use chrono::NaiveDate;
use egui::{TextEdit, Ui};

/// How many people the form offers for what was typed.
const OFFERED: usize = 6;

/// The people offered (each with what the button says), for the query and workspace state they
/// were found for.
type Offered = Option<((String, u64), Vec<(PersonId, String)>)>;

#[derive(Default)]
pub(super) struct AddForm {
    /// What was typed to find the person.
    query: String,
    /// The person chosen, and their name as shown in the field when chosen.
    chosen: Option<(PersonId, String)>,
    text: String,
    /// `None` until the form is first drawn on a day: then that day.
    due: Option<Option<PartialDate>>,
    /// The person field takes the focus when next drawn.
    focus: bool,
    offered: Offered,
}

impl AddForm {
    pub(super) fn focus(&mut self) {
        self.focus = true;
    }

    pub(super) fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let Self { query, chosen, text, due, focus, offered } = self;
        if chosen.as_ref().is_some_and(|(id, name)| name != query || workspace.person(*id).is_none()) {
            *chosen = None;
        }
        let due = due.get_or_insert_with(|| PartialDate::from_naive(today));
        let mut add = false;
        ui.add_enabled_ui(editable, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(t!("today-add-title"));
                let label = ui.label(t!("today-add-person"));
                let person = ui
                    .add(TextEdit::singleline(query).hint_text(t!("today-add-person-hint")).desired_width(180.0))
                    .labelled_by(label.id);
                if std::mem::take(focus) {
                    person.request_focus();
                }
                let label = ui.label(t!("today-add-what"));
                let what = ui
                    .add(TextEdit::singleline(text).hint_text(t!("today-add-what-hint")).desired_width(260.0))
                    .labelled_by(label.id);
                let label = ui.label(t!("today-add-due"));
                DateField::new("today_add_due", due).labelled_by(label.id).name(t!("today-add-due")).show(ui);
                let ready = chosen.is_some() && !text.trim().is_empty();
                let entered = what.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                add = ui.add_enabled(ready, egui::Button::new(t!("today-add-button"))).clicked() || (ready && entered);
            });
            if chosen.is_none() && !query.trim().is_empty() {
                offer_ui(ui, workspace, revision, query, chosen, offered);
            }
        });
        if !add {
            return;
        }
        let Some(person) = chosen.as_ref().and_then(|(id, _)| workspace.person(*id)) else { return };
        let mut changed = person.clone();
        changed.follow_ups.push(FollowUp::new(text.trim(), due.and_then(|d| d.to_naive())));
        let name = crate::ops::upcoming::display_name(person).into_owned();
        intents.push(Intent::Edit {
            label: t!("today-added-label", name = name),
            edit: Edit::ReplacePerson(Box::new(changed)),
        });
        *self = AddForm::default();
    }
}

/// The people whose name or organisation holds every word typed, to choose from.
fn offer_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    revision: u64,
    query: &mut String,
    chosen: &mut Option<(PersonId, String)>,
    offered: &mut Offered,
) {
    let key = (query.clone(), revision);
    if offered.as_ref().is_none_or(|(k, _)| *k != key) {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        let found = workspace
            .people
            .iter()
            .filter(|p| {
                let text = fold(&format!("{} {}", p.name, workspace.organisation_name(p)));
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .take(OFFERED)
            .map(|p| {
                let (name, org) = (p.name.trim(), workspace.organisation_name(p).trim());
                (p.id, if org.is_empty() { name.to_owned() } else { format!("{name} · {org}") })
            })
            .collect();
        *offered = Some((key, found));
    }
    let Some((_, offered)) = offered else { return };
    ui.horizontal_wrapped(|ui| {
        if offered.is_empty() {
            ui.weak(t!("today-add-no-one"));
        }
        for (id, shown) in offered.iter() {
            if ui.button(shown).on_hover_text(t!("today-add-choose")).clicked() {
                let name = workspace.person(*id).map(|p| p.name.trim().to_owned()).unwrap_or_default();
                *query = name.clone();
                *chosen = Some((*id, name));
            }
        }
    });
}
