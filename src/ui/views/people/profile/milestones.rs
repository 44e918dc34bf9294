//! The profile's milestones: birthdays, anniversaries, a relative's birthday, life events,
//! each yearly or once, with its reminder.

use super::entries::{Entries, FormError, FormResponse, Refused, RowResponse};
use super::fields::{choice, name_widget, number, remove_button};
use super::{Part, Pass};
use crate::model::{FamilyMemberId, Milestone, MilestoneKind, PartialDate, Person, Recurrence};
use crate::ops::knowledge::Fact;
use crate::t;
use crate::ui::widgets::{DateField, DateResponse};
use egui::{ComboBox, TextEdit, Ui};

/// The person's milestones; a relative's birthday names one of `family`.
pub(super) struct Milestones {
    /// The person's relatives, as a milestone's relative picker offers them.
    family: Vec<(FamilyMemberId, String)>,
}

impl Milestones {
    pub fn of(person: &Person) -> Self {
        Self { family: person.life.family.iter().map(|f| (f.id, f.name.clone())).collect() }
    }
}

impl Entries for Milestones {
    type Entry = Milestone;
    type Form = MilestoneForm;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<Milestone> {
        &mut person.milestones
    }

    fn part(&self) -> Part {
        Part::Milestones
    }

    fn add_text(&self) -> String {
        t!("profile-add-milestone")
    }

    /// New milestones remind as the workspace's settings say; the form can change it.
    fn new_form(&self, pass: &mut Pass<'_>) -> MilestoneForm {
        let milestone = Milestone { remind_days_before: pass.workspace.settings.remind_days, ..Milestone::default() };
        MilestoneForm { milestone, date: None }
    }

    fn row_ui(&self, ui: &mut Ui, milestone: &mut Milestone, n: usize, _: &mut Pass<'_>) -> RowResponse {
        let prefix = t!("profile-milestone-n", n = n);
        ui.horizontal_wrapped(|ui| {
            let mut date = Some(milestone.date);
            let (changed, _) = milestone_fields(ui, milestone, &mut date, &self.family, &prefix, false);
            if let Some(date) = date {
                milestone.date = date;
            }
            let remove = remove_button(ui, &t!("profile-remove", what = prefix.as_str()));
            RowResponse { changed, remove }
        })
        .inner
    }

    fn form_ui(&self, ui: &mut Ui, form: &mut MilestoneForm, pass: &mut Pass<'_>) -> FormResponse {
        let date = ui
            .horizontal_wrapped(|ui| {
                let prefix = t!("profile-new-milestone");
                let (_, date) = milestone_fields(ui, &mut form.milestone, &mut form.date, &self.family, &prefix, true);
                pass.focus_here(Fact::Birthday, &date.response);
                date
            })
            .inner;
        FormResponse { date_error: date.error, ..FormResponse::default() }
    }

    fn entry(&self, form: &MilestoneForm) -> Result<Milestone, Refused> {
        match form.date {
            None => Err(Refused::Because(FormError::MilestoneNeedsDate)),
            Some(date) if form.milestone.recurrence == Recurrence::Once && date.year().is_none() => {
                Err(Refused::Because(FormError::OnceNeedsYear))
            }
            Some(date) => {
                Ok(Milestone { date, label: form.milestone.label.trim().to_owned(), ..form.milestone.clone() })
            }
        }
    }
}

/// A milestone being added; the date starts empty.
pub(super) struct MilestoneForm {
    pub milestone: Milestone,
    pub date: Option<PartialDate>,
}

/// The fields of one milestone; the date is edited through `date`. Returns whether a change is
/// complete, and the date field's response (the field a missing birthday focuses). `in_form`:
/// the form shows the date's refusal beside its buttons.
fn milestone_fields(
    ui: &mut Ui,
    milestone: &mut Milestone,
    date: &mut Option<PartialDate>,
    family: &[(FamilyMemberId, String)],
    prefix: &str,
    in_form: bool,
) -> (bool, DateResponse) {
    let salt = milestone.id;
    let mut commit = choice(
        ui,
        (salt, "kind"),
        &t!("profile-kind-of", what = prefix),
        &mut milestone.kind,
        &MilestoneKind::ALL,
        kind_label,
    );
    let hint = match milestone.kind {
        MilestoneKind::LifeEvent | MilestoneKind::Custom => t!("profile-milestone-what-hint"),
        _ => t!("profile-milestone-label-hint"),
    };
    let label = ui.add(TextEdit::singleline(&mut milestone.label).hint_text(hint).desired_width(140.0));
    name_widget(ui, &label, &t!("profile-label-of", what = prefix));
    commit |= label.lost_focus();
    let yearly = milestone.recurrence == Recurrence::Yearly;
    let mut field = DateField::new((salt, "date"), date)
        .allow_no_year(yearly)
        .required(true)
        .name(t!("profile-date-of", what = prefix));
    if in_form {
        field = field.message_shown_by_caller();
    }
    let field = field.show(ui);
    commit |= field.changed;
    let has_year = date.is_some_and(|d| d.year().is_some());
    let before = milestone.recurrence;
    let recurrence = ComboBox::from_id_salt((salt, "recurrence"))
        .selected_text(recurrence_label(milestone.recurrence))
        .width(80.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut milestone.recurrence, Recurrence::Yearly, recurrence_label(Recurrence::Yearly));
            ui.add_enabled_ui(has_year, |ui| {
                ui.selectable_value(&mut milestone.recurrence, Recurrence::Once, recurrence_label(Recurrence::Once))
                    .on_disabled_hover_text(t!("profile-once-needs-year"));
            });
        });
    name_widget(ui, &recurrence.response, &t!("profile-recurrence-of", what = prefix));
    commit |= milestone.recurrence != before;
    ui.label(t!("profile-remind"));
    let days = format!(" {}", t!("profile-days-ahead", count = milestone.remind_days_before));
    commit |= number(ui, &mut milestone.remind_days_before, 0..=365, &days, &t!("profile-reminder-of", what = prefix));
    if milestone.kind == MilestoneKind::FamilyBirthday {
        let no_relative = t!("profile-no-relative");
        let shown = milestone
            .family_member
            .and_then(|id| family.iter().find(|(f, _)| *f == id))
            .map_or(no_relative.as_str(), |(_, name)| name.as_str());
        let before = milestone.family_member;
        let relative = ComboBox::from_id_salt((salt, "relative")).selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut milestone.family_member, None, no_relative.as_str());
            for (id, name) in family {
                ui.selectable_value(&mut milestone.family_member, Some(*id), name);
            }
        });
        name_widget(ui, &relative.response, &t!("profile-relative-of", what = prefix));
        commit |= milestone.family_member != before;
    }
    (commit, field)
}

fn kind_label(kind: &MilestoneKind) -> String {
    match kind {
        MilestoneKind::Birthday => t!("profile-kind-birthday"),
        MilestoneKind::WorkAnniversary => t!("profile-kind-work-anniversary"),
        MilestoneKind::CustomerSince => t!("profile-kind-customer-since"),
        MilestoneKind::WeddingAnniversary => t!("profile-kind-wedding-anniversary"),
        MilestoneKind::FamilyBirthday => t!("profile-kind-family-birthday"),
        MilestoneKind::LifeEvent => t!("profile-kind-life-event"),
        MilestoneKind::Custom => t!("profile-kind-custom"),
    }
}

fn recurrence_label(recurrence: Recurrence) -> String {
    match recurrence {
        Recurrence::Yearly => t!("profile-yearly"),
        Recurrence::Once => t!("profile-once"),
    }
}
