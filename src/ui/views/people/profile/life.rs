//! The profile's life section: relatives, interests, what matters, what they are proud of,
//! preferences and notes.

use super::entries::{Entries, FormError, FormResponse, Refused, RowResponse, list_ui};
use super::fields::{Chips, chips_ui, line, lines_row, name_widget, remove_button};
use super::{Forms, Part, Pass};
use crate::model::{FamilyMember, Person, Relation};
use crate::ops::knowledge::Fact;
use crate::t;
use crate::ui::widgets::DateField;
use egui::{ComboBox, RichText, Ui};

pub(super) fn life_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    ui.label(RichText::new(t!("profile-family")).strong());
    list_ui(ui, &Relatives, draft, &mut forms.relative, pass);
    ui.add_space(6.0);

    ui.label(RichText::new(t!("profile-interests")).strong());
    let (changed, field) = chips_ui(ui, &mut draft.life.interests, &mut forms.interest, Chips::Interests);
    pass.focus_here(Fact::Interests, &field);
    pass.commit_if(changed, Part::Interests);
    ui.add_space(6.0);

    egui::Grid::new("profile_life").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let life = &mut draft.life;
        for (fact, caption, value, what) in [
            (Some(Fact::WhatMatters), t!("profile-what-matters"), &mut life.what_matters, Part::WhatMatters),
            (Some(Fact::ProudOf), t!("profile-proud-of"), &mut life.proud_of, Part::ProudOf),
            (Some(Fact::Preferences), t!("profile-preferences"), &mut life.preferences, Part::Preferences),
            (None, t!("profile-notes"), &mut life.notes, Part::Notes),
        ] {
            let response = lines_row(ui, &caption, value);
            if let Some(fact) = fact {
                pass.focus_here(fact, &response);
            }
            pass.commit_if(response.lost_focus(), what);
        }
    });
}

/// The person's relatives: name, relation and birthday each.
struct Relatives;

impl Entries for Relatives {
    type Entry = FamilyMember;
    type Form = FamilyMember;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<FamilyMember> {
        &mut person.life.family
    }

    fn part(&self) -> Part {
        Part::Family
    }

    fn add_text(&self) -> String {
        t!("profile-add-relative")
    }

    /// An empty relative, its name field focused.
    fn new_form(&self, pass: &mut Pass<'_>) -> FamilyMember {
        pass.focus = Some(Fact::Family);
        FamilyMember::default()
    }

    fn row_ui(&self, ui: &mut Ui, member: &mut FamilyMember, n: usize, pass: &mut Pass<'_>) -> RowResponse {
        ui.horizontal_wrapped(|ui| {
            let mut changed = line(ui, &mut member.name, &t!("profile-relative-name-n", n = n), 140.0).lost_focus();
            let relation_name = t!("profile-relative-relation-n", n = n);
            changed |= relation_ui(ui, ("relation", member.id), &mut member.relation, &relation_name);
            let became = member.person.and_then(|id| pass.workspace.person(id));
            match became {
                // Their birthday is their own now, on their profile.
                Some(person) => {
                    let open = ui.small_button(t!("profile-relative-open"));
                    name_widget(ui, &open, &t!("profile-relative-open-named", name = member.name.as_str()));
                    if open.clicked() {
                        pass.intents.push(crate::ui::Intent::OpenPerson(person.id));
                    }
                }
                None => {
                    changed |= DateField::new(("relative_birthday", member.id), &mut member.birthday)
                        .allow_no_year(true)
                        .name(t!("profile-relative-birthday-n", n = n))
                        .show(ui)
                        .changed;
                    let make = ui.small_button(t!("profile-relative-make-person"));
                    let name = t!("profile-relative-make-person-named", name = member.name.as_str());
                    name_widget(ui, &make, &name);
                    if make.on_hover_text(t!("profile-relative-make-person-hint")).clicked()
                        && let Some((edit, _)) =
                            crate::ops::links::relative_to_person(pass.workspace, pass.person, member.id)
                    {
                        let label = t!("profile-made-person", name = member.name.trim());
                        pass.intents.push(crate::ui::Intent::Edit { label, edit });
                    }
                }
            }
            let remove = remove_button(ui, &t!("profile-remove-relative", name = member.name.as_str()));
            RowResponse { changed, remove }
        })
        .inner
    }

    fn form_ui(&self, ui: &mut Ui, member: &mut FamilyMember, pass: &mut Pass<'_>) -> FormResponse {
        let date = ui
            .horizontal_wrapped(|ui| {
                let name = line(ui, &mut member.name, &t!("profile-relative-name"), 140.0);
                pass.focus_here(Fact::Family, &name);
                relation_ui(ui, (member.id, "relation"), &mut member.relation, &t!("profile-relative-relation"));
                // The form's own id keeps a cancelled form's text out of the next one.
                DateField::new((member.id, "birthday"), &mut member.birthday)
                    .allow_no_year(true)
                    .name(t!("profile-relative-birthday"))
                    .message_shown_by_caller()
                    .show(ui)
            })
            .inner;
        FormResponse { date_error: date.error, ..FormResponse::default() }
    }

    fn entry(&self, member: &FamilyMember) -> Result<FamilyMember, Refused> {
        if member.name.trim().is_empty() {
            return Err(Refused::Because(FormError::RelativeNeedsName));
        }
        Ok(FamilyMember { name: member.name.trim().to_owned(), ..member.clone() })
    }

    /// A milestone pointing at the relative no longer has one.
    fn removed(&self, person: &mut Person, removed: &FamilyMember) {
        for milestone in &mut person.milestones {
            if milestone.family_member == Some(removed.id) {
                milestone.family_member = None;
            }
        }
    }
}

/// The relation picker: the common relations and "Other" in the user's own words.
fn relation_ui(ui: &mut Ui, id_salt: impl egui::AsIdSalt + Copy, relation: &mut Relation, name: &str) -> bool {
    let other = matches!(relation, Relation::Other(_));
    let mut commit = false;
    let response =
        ComboBox::from_id_salt(id_salt).selected_text(relation_label(relation)).width(110.0).show_ui(ui, |ui| {
            for option in Relation::COMMON {
                let selected = *relation == option;
                if ui.selectable_label(selected, relation_label(&option)).clicked() && !selected {
                    *relation = option;
                    commit = true;
                }
            }
            if ui.selectable_label(other, t!("profile-relation-other-choice")).clicked() && !other {
                *relation = Relation::Other(String::new());
                commit = true;
            }
        });
    name_widget(ui, &response.response, name);
    if let Relation::Other(words) = relation {
        commit |= line(ui, words, &t!("profile-in-words", what = name), 100.0).lost_focus();
    }
    commit
}

fn relation_label(relation: &Relation) -> String {
    match relation {
        Relation::Partner => t!("profile-relation-partner"),
        Relation::Spouse => t!("profile-relation-spouse"),
        Relation::Child => t!("profile-relation-child"),
        Relation::Daughter => t!("profile-relation-daughter"),
        Relation::Son => t!("profile-relation-son"),
        Relation::Parent => t!("profile-relation-parent"),
        Relation::Mother => t!("profile-relation-mother"),
        Relation::Father => t!("profile-relation-father"),
        Relation::Sibling => t!("profile-relation-sibling"),
        Relation::Grandchild => t!("profile-relation-grandchild"),
        Relation::Friend => t!("profile-relation-friend"),
        // The user's own words.
        Relation::Other(words) if !words.trim().is_empty() => capitalised(words),
        Relation::Other(_) => t!("profile-relation-other"),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
