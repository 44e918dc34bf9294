//! The profile's links to other people and how they came to us. Each link shows what the other
//! person is to this one ("Parent", "Referred by"), their name to open their profile, and a
//! button that removes it; the form below links another person of the workspace. Links are the
//! workspace's, not the person's: adding or removing one is an edit of its own, asked for through
//! `pass`. How they came to us is the person's, committed with the draft.

use super::fields::{line, name_widget, remove_button};
use super::{Part, Pass};
use crate::model::{Person, PersonId, ReferralSource};
use crate::ops::links::{self, Side};
use crate::ops::names;
use crate::t;
use crate::ui::Intent;
use egui::{RichText, Ui};

/// How many people the form offers for what is typed.
const OFFERED: usize = 6;

/// The form that links another person, while it is open.
#[derive(Default)]
pub(super) struct LinkForm {
    open: bool,
    side: Option<Side>,
    /// What is typed to find the other person, and who was picked.
    search: String,
    other: Option<PersonId>,
    /// The user's own words: what the other is to this person, and this person to them.
    theirs: String,
    mine: String,
    /// The people found for `search`: (what was typed, the state they were found in, who).
    found: Option<(String, usize, Vec<PersonId>)>,
    /// The two are linked so already.
    refused: bool,
}

pub(super) fn links_ui(ui: &mut Ui, draft: &mut Person, form: &mut LinkForm, pass: &mut Pass<'_>) {
    referral_ui(ui, draft, pass);
    ui.add_space(6.0);
    ui.label(RichText::new(t!("profile-links")).strong());
    let workspace = pass.workspace;
    let mut any = false;
    for link in workspace.links_of(draft.id) {
        any = true;
        let other = link.other(draft.id).and_then(|id| workspace.person(id));
        let name = other.map_or_else(|| t!("profile-link-gone"), display);
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}:", links::word(link, draft.id)));
            match other {
                Some(other) => {
                    let open = ui.link(&name).on_hover_text(t!("profile-open-person", name = name.as_str()));
                    if open.clicked() {
                        pass.intents.push(Intent::OpenPerson(other.id));
                    }
                }
                None => {
                    ui.weak(&name);
                }
            }
            if remove_button(ui, &t!("profile-remove-link", name = name.as_str())) {
                pass.intents.push(Intent::Edit {
                    label: t!("profile-unlinked", first = display(draft).as_str(), second = name.as_str()),
                    edit: crate::ops::Edit::RemoveLink(link.id),
                });
            }
        });
    }
    if !any {
        ui.weak(t!("profile-no-links"));
    }
    if workspace.person(draft.id).is_none() {
        // A new person enters the workspace with their first change; links come after.
        return;
    }
    if !form.open {
        if ui.button(t!("profile-add-link")).clicked() {
            *form = LinkForm { open: true, ..LinkForm::default() };
        }
        return;
    }
    ui.group(|ui| form_ui(ui, draft, form, pass));
}

/// How they came to us: a choice, and the words (the event, what they searched for).
fn referral_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    egui::Grid::new("profile_referral").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let caption = ui.label(t!("profile-referral"));
        let mut changed = false;
        ui.horizontal(|ui| {
            let before = draft.referral.source;
            egui::ComboBox::from_id_salt("profile_referral_source")
                .selected_text(names::referral(draft.referral.source))
                .show_ui(ui, |ui| {
                    for source in ReferralSource::ALL {
                        ui.selectable_value(&mut draft.referral.source, source, names::referral(source));
                    }
                })
                .response
                .labelled_by(caption.id);
            changed |= draft.referral.source != before;
            changed |= line(ui, &mut draft.referral.detail, &t!("profile-referral-detail"), 220.0).lost_focus();
        });
        pass.commit_if(changed, Part::Referral);
        ui.end_row();
    });
}

fn form_ui(ui: &mut Ui, draft: &Person, form: &mut LinkForm, pass: &mut Pass<'_>) {
    let workspace = pass.workspace;
    ui.horizontal_wrapped(|ui| {
        let caption = ui.label(t!("profile-link-kind"));
        let shown = form.side.map_or_else(|| t!("profile-link-choose"), Side::name);
        egui::ComboBox::from_id_salt("profile_link_side")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for side in Side::ALL {
                    ui.selectable_value(&mut form.side, Some(side), side.name());
                }
            })
            .response
            .labelled_by(caption.id);
        ui.label(t!("profile-link-of"));
        let search = line(ui, &mut form.search, &t!("profile-link-person"), 200.0);
        if search.changed() {
            form.other = None;
            form.refused = false;
        }
    });
    if form.side == Some(Side::Own) {
        ui.horizontal_wrapped(|ui| {
            line(ui, &mut form.theirs, &t!("profile-link-their-word"), 160.0);
            line(ui, &mut form.mine, &t!("profile-link-my-word", name = display(draft).as_str()), 160.0);
        });
    }
    if form.other.is_none() {
        let state = workspace.people.len();
        if form.found.as_ref().is_none_or(|(typed, len, _)| *typed != form.search || *len != state) {
            let found = people_named(workspace, &form.search, draft.id);
            form.found = Some((form.search.clone(), state, found));
        }
        let found = form.found.as_ref().map(|(_, _, f)| f.clone()).unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            for id in found {
                let Some(person) = workspace.person(id) else { continue };
                let name = display(person);
                let organisation = workspace.organisation_name(person);
                let text = if organisation.is_empty() { name.clone() } else { format!("{name} ({organisation})") };
                let button = ui.small_button(text);
                name_widget(ui, &button, &t!("profile-link-pick", name = name.as_str()));
                if button.clicked() {
                    form.other = Some(id);
                    form.search = name;
                }
            }
        });
    }
    let ready = form.side.is_some()
        && form.other.is_some()
        && (form.side != Some(Side::Own) || !form.theirs.trim().is_empty() || !form.mine.trim().is_empty());
    ui.horizontal(|ui| {
        if ui.add_enabled(ready, egui::Button::new(t!("profile-link-add"))).clicked()
            && let (Some(side), Some(other)) = (form.side, form.other)
        {
            let link = side.link(draft.id, other, (&form.theirs, &form.mine));
            let other_name = workspace.person(other).map(display).unwrap_or_default();
            match links::add(workspace, link) {
                Some(edit) => {
                    pass.intents.push(Intent::Edit {
                        label: t!("profile-linked", first = display(draft).as_str(), second = other_name.as_str()),
                        edit,
                    });
                    *form = LinkForm::default();
                }
                None => form.refused = true,
            }
        }
        if ui.button(t!("button-cancel")).clicked() {
            *form = LinkForm::default();
        }
        if form.refused {
            ui.colored_label(ui.visuals().error_fg_color, t!("profile-link-exists"));
        }
    });
}

/// People whose name holds every word typed (as names are compared), at most [`OFFERED`], not
/// `me`.
fn people_named(workspace: &crate::model::Workspace, typed: &str, me: PersonId) -> Vec<PersonId> {
    let words: Vec<String> = crate::model::fold(typed).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return Vec::new();
    }
    workspace
        .people
        .iter()
        .filter(|p| p.id != me)
        .filter(|p| {
            let name = crate::model::fold(&p.name);
            words.iter().all(|w| name.contains(w.as_str()))
        })
        .take(OFFERED)
        .map(|p| p.id)
        .collect()
}

fn display(person: &Person) -> String {
    let name = person.name.trim();
    if name.is_empty() { t!("profile-this-person") } else { name.to_owned() }
}
