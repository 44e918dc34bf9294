//! The profile's header: the photo or initials, the name, status and organisation, and the
//! knowledge score with a button for each missing fact that opens where it is filled in.

use super::entries::Pending;
use super::log::new_entry;
use super::milestones::MilestoneForm;
use super::{Forms, Pass};
use crate::model::{FamilyMember, Milestone, MilestoneKind, Person};
use crate::ops::knowledge::{self, Fact};
use crate::ops::names;
use crate::t;
use chrono::NaiveDate;
use egui::{RichText, Ui};
use std::hash::{Hash, Hasher};

#[allow(clippy::too_many_arguments)]
pub(super) fn header_ui(
    ui: &mut Ui,
    person: &Person,
    new: bool,
    texture: Option<&Result<egui::TextureHandle, String>>,
    editable: bool,
    pass: &mut Pass<'_>,
    forms: &mut Forms,
) {
    ui.horizontal(|ui| {
        avatar_ui(ui, person, texture, 64.0);
        ui.vertical(|ui| {
            if new && person.name.trim().is_empty() {
                ui.heading(RichText::new(t!("people-new-person")).weak());
            } else {
                ui.heading(RichText::new(&person.name).strong());
            }
            let organisation = pass.workspace.organisation_of(person);
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{} ·", names::status(person.status)));
                match organisation {
                    None => {
                        ui.label(t!("profile-no-organisation"));
                    }
                    Some(organisation) => {
                        let link = ui.link(&organisation.name).on_hover_text(t!("profile-open-account"));
                        if link.clicked() {
                            pass.intents.push(crate::ui::Intent::OpenOrganisation(organisation.id));
                        }
                        let role = names::account_role(&person.account_role);
                        if !role.is_empty() {
                            ui.label(format!("({role})"));
                        }
                    }
                }
                if person.key_account || organisation.is_some_and(|o| o.key_account) {
                    ui.label(format!("· {}", t!("profile-key-account-mark")));
                }
            });
            if let Some(stamp) = &person.changed {
                ui.weak(crate::ops::sync::changed_by(stamp, pass.today));
            }
        });
    });
    let knowledge = knowledge::of(person, pass.today);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("profile-knowledge", percent = knowledge.percent())).strong());
        ui.add(egui::ProgressBar::new(f32::from(knowledge.percent()) / 100.0).desired_width(120.0));
        if knowledge.missing.is_empty() {
            ui.weak(t!("profile-all-known"));
            return;
        }
        ui.label(t!("profile-missing"));
        for &fact in &knowledge.missing {
            let button = ui.add_enabled(editable, egui::Button::new(format!("+ {}", fact.name())).small());
            if button.on_hover_text(t!("profile-fill-in")).clicked() {
                open_for(fact, forms, pass.today, pass.workspace.settings.remind_days);
                pass.focus = Some(fact);
            }
        }
    });
}

/// Opens the form a missing fact is filled in with.
pub(super) fn open_for(fact: Fact, forms: &mut Forms, today: NaiveDate, remind_days: u16) {
    match fact {
        Fact::Birthday => {
            let milestone =
                Milestone { kind: MilestoneKind::Birthday, remind_days_before: remind_days, ..Milestone::default() };
            forms.milestone = Some(Pending::new(MilestoneForm { milestone, date: None }));
        }
        Fact::Family => {
            forms.relative.get_or_insert_with(|| Pending::new(FamilyMember::default()));
        }
        Fact::PersonalContact => {
            let entry = forms.entry.get_or_insert_with(|| Pending::new(new_entry(today)));
            entry.fields.personal = true;
        }
        Fact::Interests | Fact::WhatMatters | Fact::ProudOf | Fact::Preferences | Fact::Needs => {}
    }
}

/// The photo, or the initials on a coloured disc.
pub(super) fn avatar_ui(
    ui: &mut Ui,
    person: &Person,
    texture: Option<&Result<egui::TextureHandle, String>>,
    size: f32,
) {
    if let Some(Ok(texture)) = texture {
        ui.add(
            egui::Image::new(texture)
                .fit_to_exact_size(egui::vec2(size, size))
                .corner_radius(size / 2.0)
                .alt_text(t!("profile-photo-of", name = person.name.as_str())),
        );
        return;
    }
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    person.id.hash(&mut hasher);
    let hue = (hasher.finish() % 360) as f32 / 360.0;
    let colour = egui::Color32::from(egui::ecolor::Hsva::new(hue, 0.45, 0.6, 1.0));
    ui.painter().circle_filled(rect.center(), size / 2.0, colour);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        person.initials(),
        egui::FontId::proportional(size * 0.4),
        egui::Color32::WHITE,
    );
}
