//! The account page: one organisation, edited in place as a draft committed as one
//! `Edit::ReplaceOrganisation` when a field is left or a choice made (as the profile edits a
//! person), and what its people bring to it: who they are and their part in the account, how well
//! we know them, their open follow-ups, incidents and ideas, and where they stand on each board.

use crate::model::{
    AccountRole, Driver, FitDecision, Milestone, MilestoneKind, NeedRecognised, Organisation, OrganisationId, Person,
    PersonId, Recurrence, Status, Valence, Workspace,
};
use crate::ops::{Edit, accounts, knowledge, names};
use crate::t;
use crate::ui::Intent;
use crate::ui::widgets::{DateField, money};
use chrono::NaiveDate;
use egui::{CollapsingHeader, ComboBox, DragValue, Response, RichText, TextEdit, Ui};

/// What the page asks of the Accounts view.
pub enum PageRequest {
    /// Ask before deleting the organisation (its people stay, without it).
    Delete(OrganisationId),
    /// Open the merge of this organisation with another.
    Merge(OrganisationId),
}

/// What the page shows of the account's people, gathered once per workspace state.
#[derive(Default)]
pub struct People {
    /// Places in `workspace.people`, in its order, with each one's knowledge score.
    pub members: Vec<(usize, u8)>,
    /// (date, person, text) of their incidents worse than expected and of their ideas,
    /// newest first.
    pub incidents: Vec<(NaiveDate, PersonId, String, bool)>,
    pub ideas: Vec<(NaiveDate, PersonId, String)>,
    /// (due day, person, text, overdue) of their open follow-ups, the soonest due first and
    /// those without a day last.
    pub follow_ups: Vec<(Option<NaiveDate>, PersonId, String, bool)>,
    /// Per map (its place), per phase (its place), who stands there.
    pub boards: Vec<accounts::BoardPlaces>,
}

impl People {
    pub fn of(workspace: &Workspace, id: OrganisationId, today: NaiveDate) -> Self {
        let mut people = People::default();
        let mut members: Vec<&Person> = Vec::new();
        for (n, person) in workspace.people.iter().enumerate() {
            if person.organisation != Some(id) {
                continue;
            }
            members.push(person);
            people.members.push((n, knowledge::of(person, today).percent()));
            for incident in &person.incidents {
                let what = if incident.happened.trim().is_empty() { &incident.touchpoint } else { &incident.happened };
                let worse = incident.valence == Valence::Worse && !incident.resolved;
                people.incidents.push((incident.date, person.id, what.trim().to_owned(), worse));
            }
            for idea in &person.ideas {
                people.ideas.push((idea.date, person.id, idea.text.trim().to_owned()));
            }
            for follow_up in person.follow_ups.iter().filter(|f| f.is_open()) {
                let text = follow_up.text.trim().to_owned();
                people.follow_ups.push((follow_up.due, person.id, text, follow_up.is_overdue(today)));
            }
        }
        people.follow_ups.sort_by_key(|f| (f.0.is_none(), f.0));
        people.incidents.sort_by_key(|i| std::cmp::Reverse(i.0));
        people.ideas.sort_by_key(|i| std::cmp::Reverse(i.0));
        people.boards = accounts::places_on_boards(workspace, &members);
        people
    }

    /// How well we know the account's people: the mean of their scores.
    pub fn knowledge(&self) -> Option<u8> {
        let count = self.members.len() as u32;
        let sum: u32 = self.members.iter().map(|(_, k)| u32::from(*k)).sum();
        (count > 0).then(|| ((sum + count / 2) / count) as u8)
    }
}

/// The page's state: the draft and the forms being filled in.
#[derive(Default)]
pub struct AccountPage {
    /// The organisation being edited, and as it was when the draft was taken.
    draft: Option<(Organisation, Organisation)>,
    tag: String,
    milestone: Option<(Milestone, Option<crate::model::PartialDate>)>,
    /// What is typed to find a person to add to the account.
    add_person: String,
}

impl AccountPage {
    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        organisation: &Organisation,
        people: &People,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<PageRequest> {
        if self.draft.as_ref().is_none_or(|(_, base)| base != organisation) {
            if self.draft.as_ref().is_some_and(|(draft, _)| draft.id != organisation.id) {
                *self = Self::default();
            }
            self.draft = Some((organisation.clone(), organisation.clone()));
        }
        let mut request = None;
        let mut commit = false;
        let Self { draft, tag, milestone, add_person } = self;
        let (draft, _) = draft.as_mut()?;
        egui::ScrollArea::vertical().id_salt(("account_page", organisation.id)).auto_shrink(false).show(ui, |ui| {
            ui.heading(RichText::new(&organisation.name).strong());
            ui.label(t!(
                "accounts-summary",
                people = people.members.len(),
                status = names::status(organisation.status)
            ));
            ui.horizontal_wrapped(|ui| match people.knowledge() {
                Some(percent) => {
                    ui.label(RichText::new(t!("accounts-knowledge", percent = percent)).strong());
                    ui.add(egui::ProgressBar::new(f32::from(percent) / 100.0).desired_width(120.0));
                }
                None => {
                    ui.weak(t!("accounts-no-people"));
                }
            });
            ui.add_enabled_ui(editable, |ui| {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(t!("accounts-merge")).clicked() {
                        request = Some(PageRequest::Merge(organisation.id));
                    }
                    if ui.button(t!("accounts-delete")).clicked() {
                        request = Some(PageRequest::Delete(organisation.id));
                    }
                });
            });
            ui.add_space(6.0);
            section(ui, "details", t!("accounts-section-details"), true, |ui| {
                ui.add_enabled_ui(editable, |ui| commit |= details_ui(ui, draft, tag));
            });
            section(ui, "fit", t!("accounts-section-fit"), true, |ui| {
                ui.add_enabled_ui(editable, |ui| commit |= fit_ui(ui, draft, &workspace.currency));
            });
            let title = t!("accounts-section-milestones", count = draft.milestones.len());
            section(ui, "milestones", title, false, |ui| {
                ui.add_enabled_ui(editable, |ui| commit |= milestones_ui(ui, draft, milestone, workspace));
            });
            let title = t!("accounts-section-people", count = people.members.len());
            section(ui, "people", title, true, |ui| {
                people_ui(ui, workspace, organisation, people, editable, add_person, intents);
            });
            let title = t!(
                "accounts-section-records",
                follow_ups = people.follow_ups.len(),
                incidents = people.incidents.len(),
                ideas = people.ideas.len()
            );
            section(ui, "records", title, false, |ui| records_ui(ui, workspace, people, intents));
            section(ui, "boards", t!("accounts-section-boards"), true, |ui| boards_ui(ui, workspace, people));
        });
        if commit && editable && draft != organisation {
            intents.push(Intent::Edit {
                label: t!("accounts-edited", name = organisation.name.trim()),
                edit: Edit::ReplaceOrganisation(Box::new(draft.clone())),
            });
        }
        request
    }
}

fn section(ui: &mut Ui, salt: &str, title: String, open: bool, body: impl FnOnce(&mut Ui)) {
    CollapsingHeader::new(title).id_salt(("account_section", salt)).default_open(open).show(ui, body);
}

/// A caption and a one-line field in a grid row; whether it was left.
fn line_row(ui: &mut Ui, caption: &str, value: &mut String) -> bool {
    let label = ui.label(caption);
    let left = ui.add(TextEdit::singleline(value).desired_width(320.0)).labelled_by(label.id).lost_focus();
    ui.end_row();
    left
}

/// Names a widget for screen readers and tests when no visible label fits.
fn name_widget(ui: &Ui, response: &Response, name: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name.to_owned()));
}

/// A caption and a combo box choosing one of `options` in a grid row; whether it changed.
fn choice_row<T: PartialEq + Clone>(
    ui: &mut Ui,
    caption: &str,
    value: &mut T,
    options: &[T],
    word: impl Fn(&T) -> String,
) -> bool {
    let label = ui.label(caption);
    let before = value.clone();
    ComboBox::from_id_salt(("account_choice", caption))
        .selected_text(word(value))
        .show_ui(ui, |ui| {
            for option in options {
                ui.selectable_value(value, option.clone(), word(option));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    *value != before
}

fn details_ui(ui: &mut Ui, draft: &mut Organisation, tag: &mut String) -> bool {
    let mut commit = false;
    egui::Grid::new("account_details").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        commit |= line_row(ui, &t!("accounts-field-name"), &mut draft.name);
        commit |= choice_row(ui, &t!("accounts-field-status"), &mut draft.status, &Status::ALL, |s| names::status(*s));
        if matches!(draft.status, Status::FormerCustomer | Status::DeclinedByUs) || !draft.status_reason.is_empty() {
            commit |= line_row(ui, &t!("accounts-field-status-reason"), &mut draft.status_reason);
        }
        ui.label("");
        commit |= ui.checkbox(&mut draft.key_account, t!("accounts-field-key-account")).changed();
        ui.end_row();
        commit |= line_row(ui, &t!("accounts-field-website"), &mut draft.website);
        commit |= line_row(ui, &t!("accounts-field-phone"), &mut draft.phone);
        let label = ui.label(t!("accounts-field-address"));
        commit |= ui
            .add(TextEdit::multiline(&mut draft.address).desired_rows(2).desired_width(320.0))
            .labelled_by(label.id)
            .lost_focus();
        ui.end_row();
        ui.label(t!("accounts-field-tags"));
        // The chips wrap on lines of their own and the new tag's field and button keep one line
        // under them: a wrapped line inside a grid cell could be drawn over the next row.
        ui.vertical(|ui| {
            let mut remove = None;
            if !draft.tags.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    for (n, item) in draft.tags.iter().enumerate() {
                        let chip = ui.add(egui::Button::new(format!("{item}  ×")).small().corner_radius(8.0));
                        name_widget(ui, &chip, &t!("accounts-remove-tag", item = item.as_str()));
                        if chip.clicked() {
                            remove = Some(n);
                        }
                    }
                });
            }
            if let Some(n) = remove {
                draft.tags.remove(n);
                commit = true;
            }
            ui.horizontal(|ui| {
                let field = ui.add(TextEdit::singleline(tag).hint_text(t!("accounts-new-tag")).desired_width(140.0));
                name_widget(ui, &field, &t!("accounts-new-tag"));
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(t!("accounts-add-tag")).clicked() || entered) && !tag.trim().is_empty() {
                    let new = tag.trim().to_owned();
                    if !draft.tags.iter().any(|t| t.eq_ignore_ascii_case(&new)) {
                        draft.tags.push(new);
                        commit = true;
                    }
                    tag.clear();
                }
            });
        });
        ui.end_row();
        let label = ui.label(t!("accounts-field-notes"));
        commit |= ui
            .add(TextEdit::multiline(&mut draft.notes).desired_rows(3).desired_width(320.0))
            .labelled_by(label.id)
            .lost_focus();
        ui.end_row();
    });
    commit
}

fn fit_ui(ui: &mut Ui, draft: &mut Organisation, currency: &str) -> bool {
    let mut commit = false;
    let fit = &mut draft.fit;
    egui::Grid::new("account_fit").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        commit |= choice_row(ui, &t!("profile-need-recognised"), &mut fit.need_recognised, &NeedRecognised::ALL, |n| {
            names::need(*n)
        });
        commit |= choice_row(ui, &t!("profile-driver"), &mut fit.driver, &Driver::ALL, |d| names::driver(*d));
        let caption = t!("profile-minutes-spent");
        ui.label(&caption);
        let minutes = ui.add(
            DragValue::new(&mut fit.minutes_spent).range(0..=10_000_000).suffix(format!(" {}", t!("profile-minutes"))),
        );
        name_widget(ui, &minutes, &caption);
        commit |= minutes.drag_stopped()
            || minutes.lost_focus()
            || (minutes.changed() && !minutes.dragged() && !minutes.has_focus());
        ui.end_row();
        let label = ui.label(t!("profile-yearly-value"));
        commit |=
            money::amount_field(ui, ("account_value", draft.id), &mut fit.yearly_value, currency, label.id).changed;
        ui.end_row();
        commit |=
            choice_row(ui, &t!("profile-decision"), &mut fit.decision, &FitDecision::ALL, |d| names::decision(*d));
        let label = ui.label(t!("profile-decision-reason"));
        commit |= ui
            .add(TextEdit::multiline(&mut fit.decision_reason).desired_rows(2).desired_width(320.0))
            .labelled_by(label.id)
            .lost_focus();
        ui.end_row();
    });
    commit
}

/// The organisation's own days, each with its remove button, and the form for a new one.
fn milestones_ui(
    ui: &mut Ui,
    draft: &mut Organisation,
    form: &mut Option<(Milestone, Option<crate::model::PartialDate>)>,
    workspace: &Workspace,
) -> bool {
    let mut commit = false;
    let mut remove = None;
    for (n, milestone) in draft.milestones.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let what =
                if milestone.label.trim().is_empty() { kind_word(&milestone.kind) } else { milestone.label.clone() };
            ui.label(format!("{what}: {}", crate::ui::widgets::date_field::long_form(&milestone.date)));
            let button = ui.small_button("🗑");
            let name = t!("accounts-remove-milestone", what = what.as_str());
            name_widget(ui, &button, &name);
            if button.on_hover_text(name).clicked() {
                remove = Some(n);
            }
        });
    }
    if let Some(n) = remove {
        draft.milestones.remove(n);
        commit = true;
    }
    if draft.milestones.is_empty() && form.is_none() {
        ui.weak(t!("profile-nothing-yet"));
    }
    let Some((milestone, date)) = form else {
        if ui.button(t!("accounts-add-milestone")).clicked() {
            let new = Milestone {
                kind: MilestoneKind::Custom,
                remind_days_before: workspace.settings.remind_days,
                ..Milestone::default()
            };
            *form = Some((new, None));
        }
        return commit;
    };
    let mut close = false;
    ui.group(|ui| {
        ui.horizontal_wrapped(|ui| {
            let label = t!("accounts-milestone-label");
            let field = ui.add(TextEdit::singleline(&mut milestone.label).hint_text(&label).desired_width(200.0));
            name_widget(ui, &field, &label);
            let shown = DateField::new(("account_milestone", milestone.id), date)
                .allow_no_year(true)
                .name(t!("accounts-milestone-date"))
                .message_shown_by_caller()
                .show(ui);
            let once = milestone.recurrence == Recurrence::Once;
            let mut yearly = !once;
            if ui.checkbox(&mut yearly, t!("accounts-milestone-yearly")).changed() {
                milestone.recurrence = if yearly { Recurrence::Yearly } else { Recurrence::Once };
            }
            if let Some(error) = &shown.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
        });
        ui.horizontal(|ui| {
            let ready = date.is_some() && !milestone.label.trim().is_empty();
            if ui.add_enabled(ready, egui::Button::new(t!("accounts-add-milestone"))).clicked()
                && let Some(day) = *date
            {
                let mut added = milestone.clone();
                added.date = day;
                added.label = added.label.trim().to_owned();
                draft.milestones.push(added);
                commit = true;
                close = true;
            }
            if ui.button(t!("button-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close {
        *form = None;
    }
    commit
}

fn kind_word(kind: &MilestoneKind) -> String {
    match kind {
        MilestoneKind::CustomerSince => t!("accounts-milestone-customer-since"),
        _ => t!("accounts-milestone-day"),
    }
}

/// The account's people: each with their part in it (which edits the person), their knowledge
/// and status; and a person of the workspace added to it.
fn people_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    organisation: &Organisation,
    people: &People,
    editable: bool,
    add_person: &mut String,
    intents: &mut Vec<Intent>,
) {
    if people.members.is_empty() {
        ui.weak(t!("accounts-no-people"));
    }
    egui::Grid::new("account_people").num_columns(4).spacing([12.0, 4.0]).striped(true).show(ui, |ui| {
        for &(n, known) in &people.members {
            let Some(person) = workspace.people.get(n) else { continue };
            let name = if person.name.trim().is_empty() { t!("profile-this-person") } else { person.name.clone() };
            if ui.link(&name).on_hover_text(t!("profile-open-person", name = name.as_str())).clicked() {
                intents.push(Intent::OpenPerson(person.id));
            }
            ui.add_enabled_ui(editable, |ui| {
                let mut role = person.account_role.clone();
                if role_ui(ui, &mut role, &name) {
                    let mut changed = person.clone();
                    changed.account_role = role;
                    intents.push(Intent::Edit {
                        label: t!("accounts-role-of", name = name.as_str()),
                        edit: Edit::ReplacePerson(Box::new(changed)),
                    });
                }
            });
            ui.label(format!("{known} %"));
            ui.label(names::status(person.status));
            ui.end_row();
        }
    });
    if !editable {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let caption = t!("accounts-add-person");
        let label = ui.label(&caption);
        ui.add(TextEdit::singleline(add_person).hint_text(t!("accounts-add-person-hint")).desired_width(200.0))
            .labelled_by(label.id);
        let words: Vec<String> = crate::model::fold(add_person).split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return;
        }
        let found = workspace
            .people
            .iter()
            .filter(|p| p.organisation != Some(organisation.id))
            .filter(|p| {
                let name = crate::model::fold(&p.name);
                words.iter().all(|w| name.contains(w.as_str()))
            })
            .take(6);
        for person in found {
            let button = ui.small_button(&person.name);
            name_widget(ui, &button, &t!("accounts-add-named", name = person.name.as_str()));
            if button.clicked() {
                let mut changed = person.clone();
                let before = accounts::join(workspace, &mut changed, &organisation.name);
                let edits = before.into_iter().chain([Edit::ReplacePerson(Box::new(changed))]).collect();
                intents.push(Intent::Edit {
                    label: t!(
                        "accounts-added-person",
                        name = person.name.as_str(),
                        account = organisation.name.as_str()
                    ),
                    edit: Edit::Batch(edits),
                });
                add_person.clear();
            }
        }
    });
}

/// The part a person has in the account; whether it changed.
fn role_ui(ui: &mut Ui, role: &mut AccountRole, name: &str) -> bool {
    let shown = |r: &AccountRole| match r {
        AccountRole::Unknown => t!("profile-account-role-unknown"),
        AccountRole::Other(words) if !words.trim().is_empty() => words.trim().to_owned(),
        AccountRole::Other(_) => t!("profile-account-role-other"),
        r => names::account_role(r),
    };
    let mut changed = false;
    let response = ComboBox::from_id_salt(("account_role_of", name)).selected_text(shown(role)).show_ui(ui, |ui| {
        for option in AccountRole::COMMON {
            let selected = *role == option;
            if ui.selectable_label(selected, shown(&option)).clicked() && !selected {
                *role = option;
                changed = true;
            }
        }
    });
    name_widget(ui, &response.response, &t!("accounts-role-of", name = name));
    changed
}

/// The open follow-ups of the account's people (the soonest first), then their incidents and
/// ideas, newest first.
fn records_ui(ui: &mut Ui, workspace: &Workspace, people: &People, intents: &mut Vec<Intent>) {
    let name = |id: PersonId| workspace.person(id).map(|p| p.name.clone()).unwrap_or_default();
    ui.label(RichText::new(t!("accounts-follow-ups", count = people.follow_ups.len())).strong());
    for (due, person, text, overdue) in &people.follow_ups {
        ui.horizontal_wrapped(|ui| {
            let when = due.map(crate::i18n::date_short).unwrap_or_else(|| t!("accounts-follow-up-no-day"));
            let mark = if *overdue { "⏰" } else { "•" };
            ui.label(format!("{mark} {when} · {text} —"));
            if ui.link(name(*person)).clicked() {
                intents.push(Intent::OpenPerson(*person));
            }
        });
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t!("accounts-incidents", count = people.incidents.len())).strong());
    for (date, person, text, worse) in &people.incidents {
        ui.horizontal_wrapped(|ui| {
            let mark = if *worse { "⚠" } else { "•" };
            ui.label(format!("{mark} {} · {text} —", crate::i18n::date_short(*date)));
            if ui.link(name(*person)).clicked() {
                intents.push(Intent::OpenPerson(*person));
            }
        });
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t!("accounts-ideas", count = people.ideas.len())).strong());
    for (date, person, text) in &people.ideas {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("💡 {} · {text} —", crate::i18n::date_short(*date)));
            if ui.link(name(*person)).clicked() {
                intents.push(Intent::OpenPerson(*person));
            }
        });
    }
}

/// Where the account's people stand on each map.
fn boards_ui(ui: &mut Ui, workspace: &Workspace, people: &People) {
    if people.boards.is_empty() {
        ui.weak(t!("accounts-not-on-boards"));
    }
    for (m, phases) in &people.boards {
        let Some(map) = workspace.journeys.get(*m) else { continue };
        ui.label(RichText::new(&map.name).strong());
        for (p, here) in phases {
            let Some(phase) = map.phases.get(*p) else { continue };
            let names: Vec<String> =
                here.iter().filter_map(|id| workspace.person(*id)).map(|p| p.name.clone()).collect();
            ui.label(format!("{} — {}", phase.name, names.join(", ")));
        }
    }
}
