//! The profile's follow-ups: what we mean to do about the person, each with its due day and
//! repeat, done with one click (a repeating one then comes back, due one step on); and how
//! often we want to be in touch with them (their rhythm).

use super::entries::{Entries, FormError, FormResponse, Refused, RowResponse, list_ui};
use super::fields::{line, name_widget, remove_button};
use super::{Forms, Part, Pass};
use crate::model::{FollowUp, PartialDate, Person, Repeat, RepeatUnit, Rhythm};
use crate::ops::agenda;
use crate::t;
use crate::ui::widgets::DateField;
use chrono::NaiveDate;
use egui::{ComboBox, DragValue, RichText, Ui};

/// The person's follow-ups.
pub(super) struct FollowUps;

/// A follow-up being written.
#[derive(Clone, Debug, Default)]
pub(super) struct FollowUpForm {
    text: String,
    due: Option<NaiveDate>,
    repeat: Option<Repeat>,
}

impl Entries for FollowUps {
    type Entry = FollowUp;
    type Form = FollowUpForm;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<FollowUp> {
        &mut person.follow_ups
    }

    fn part(&self) -> Part {
        Part::FollowUps
    }

    fn add_text(&self) -> String {
        t!("profile-add-follow-up")
    }

    fn new_form(&self, pass: &mut Pass<'_>) -> FollowUpForm {
        FollowUpForm { due: Some(pass.today), ..FollowUpForm::default() }
    }

    /// The open ones first, soonest due first (those without a day after them), then the done
    /// ones, the latest done first.
    fn order(&self, list: &[FollowUp]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..list.len()).collect();
        order.sort_by_key(|&i| {
            let f = &list[i];
            (f.done.is_some(), f.due.is_none(), f.due, std::cmp::Reverse(f.done))
        });
        order
    }

    fn row_ui(&self, ui: &mut Ui, entry: &mut FollowUp, n: usize, pass: &mut Pass<'_>) -> RowResponse {
        let prefix = t!("profile-follow-up-n", n = n);
        ui.horizontal_wrapped(|ui| {
            let mut done = entry.done.is_some();
            let check = ui.checkbox(&mut done, "");
            name_widget(ui, &check, &t!("profile-follow-up-done-of", text = entry.text.trim()));
            let mut changed = check.changed();
            if check.changed() {
                entry.done = done.then_some(pass.today);
            }
            if let Some(day) = entry.done {
                ui.label(RichText::new(entry.text.trim()).strikethrough().weak());
                ui.weak(t!("profile-follow-up-done-on", date = crate::i18n::date_short_year(day)));
            } else {
                changed |= fields_ui(ui, &mut entry.text, &mut entry.due, &mut entry.repeat, entry.id, &prefix);
                if entry.is_overdue(pass.today) {
                    ui.colored_label(ui.visuals().warn_fg_color, t!("profile-follow-up-overdue"));
                }
            }
            let remove = remove_button(ui, &t!("profile-remove", what = prefix.as_str()));
            RowResponse { changed, remove }
        })
        .inner
    }

    fn form_ui(&self, ui: &mut Ui, form: &mut FollowUpForm, _: &mut Pass<'_>) -> FormResponse {
        ui.horizontal_wrapped(|ui| {
            let prefix = t!("profile-new-follow-up");
            fields_ui(ui, &mut form.text, &mut form.due, &mut form.repeat, "new_follow_up", &prefix);
        });
        FormResponse::default()
    }

    fn entry(&self, form: &FollowUpForm) -> Result<FollowUp, Refused> {
        if form.text.trim().is_empty() {
            return Err(Refused::Because(FormError::FollowUpNeedsText));
        }
        Ok(FollowUp { repeat: form.repeat, ..FollowUp::new(form.text.trim(), form.due) })
    }
}

/// The section: the rhythm, then the follow-ups. A follow-up ticked done that repeats brings its
/// next one in the same undo step.
pub(super) fn follow_ups_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    rhythm_ui(ui, draft, pass);
    ui.add_space(4.0);
    let open_before: Vec<_> = draft.follow_ups.iter().filter(|f| f.is_open()).map(|f| f.id).collect();
    list_ui(ui, &FollowUps, draft, &mut forms.follow_up, pass);
    let done_now: Vec<FollowUp> = draft
        .follow_ups
        .iter()
        .filter(|f| !f.is_open() && open_before.contains(&f.id))
        .filter_map(|f| f.next_after(f.done.unwrap_or(pass.today)))
        .collect();
    draft.follow_ups.extend(done_now);
}

/// The words, the due day and the repeat of a follow-up; whether a change is complete.
fn fields_ui(
    ui: &mut Ui,
    text: &mut String,
    due: &mut Option<NaiveDate>,
    repeat: &mut Option<Repeat>,
    salt: impl std::hash::Hash + Copy + std::fmt::Debug + Send + Sync + 'static,
    prefix: &str,
) -> bool {
    let mut changed = line(ui, text, &t!("profile-text-of", what = prefix), 260.0).lost_focus();
    let mut day = due.and_then(PartialDate::from_naive);
    let date = DateField::new((salt, "due"), &mut day).name(t!("profile-due-of", what = prefix)).show(ui);
    if date.changed {
        *due = day.and_then(|d| d.to_naive());
        changed = true;
    }
    changed |= repeat_ui(ui, (salt, "repeat"), repeat, prefix);
    changed
}

/// Whether and how often a follow-up repeats: a picker of none and the units, and the count.
fn repeat_ui(ui: &mut Ui, salt: impl egui::AsIdSalt + Copy, repeat: &mut Option<Repeat>, prefix: &str) -> bool {
    let before = *repeat;
    let count = repeat.map_or(1, |r| r.every);
    let unit_words = |unit: Option<RepeatUnit>| match unit {
        None => t!("profile-repeat-none"),
        Some(RepeatUnit::Days) => t!("profile-repeat-days", count = count),
        Some(RepeatUnit::Weeks) => t!("profile-repeat-weeks", count = count),
        Some(RepeatUnit::Months) => t!("profile-repeat-months", count = count),
    };
    if let Some(current) = repeat.as_mut() {
        // "every 2", "hver 2.": the words around the number are the language's.
        let every = DragValue::new(&mut current.every)
            .range(1..=Repeat::MAX_EVERY)
            .custom_formatter(|n, _| t!("profile-every", count = n))
            .custom_parser(|text| text.chars().filter(char::is_ascii_digit).collect::<String>().parse().ok());
        let count = ui.add(every);
        name_widget(ui, &count, &t!("profile-repeat-every-of", what = prefix));
    }
    let mut unit = repeat.map(|r| r.unit);
    let response = ComboBox::from_id_salt(salt).selected_text(unit_words(unit)).show_ui(ui, |ui| {
        for choice in std::iter::once(None).chain(RepeatUnit::ALL.map(Some)) {
            ui.selectable_value(&mut unit, choice, unit_words(choice));
        }
    });
    name_widget(ui, &response.response, &t!("profile-repeat-of", what = prefix));
    *repeat = unit.map(|unit| Repeat { every: repeat.map_or(1, |r| r.every), unit });
    *repeat != before
}

/// How often we want a personal contact: as their kind says (and what that is), every so many
/// days, or never.
fn rhythm_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    let defaults = &pass.workspace.settings.rhythms;
    let by_kind = {
        // What their kind alone gives, whatever their own rhythm is now.
        let kind_only = Person { status: draft.status, ..Person::default() };
        let key_account = pass.workspace.is_key_account(draft);
        match agenda::rhythm_days(&kind_only, key_account, defaults) {
            Some(days) => t!("profile-rhythm-by-kind-days", count = days),
            None => t!("profile-rhythm-by-kind-never"),
        }
    };
    let words = |rhythm: Rhythm| match rhythm {
        Rhythm::ByKind => by_kind.clone(),
        Rhythm::EveryDays(_) => t!("profile-rhythm-own"),
        Rhythm::Never => t!("profile-rhythm-never"),
    };
    let before = draft.rhythm;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("profile-rhythm"));
        let choices = [Rhythm::ByKind, Rhythm::EveryDays(own_days(before)), Rhythm::Never];
        ComboBox::from_id_salt("profile_rhythm")
            .selected_text(words(draft.rhythm))
            .show_ui(ui, |ui| {
                for choice in choices {
                    let selected = std::mem::discriminant(&draft.rhythm) == std::mem::discriminant(&choice);
                    if ui.selectable_label(selected, words(choice)).clicked() && !selected {
                        draft.rhythm = choice;
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if let Rhythm::EveryDays(days) = &mut draft.rhythm {
            let every = ui.add(DragValue::new(days).range(1..=Repeat::MAX_EVERY).suffix(t!("settings-days-suffix")));
            name_widget(ui, &every, &t!("profile-rhythm-days"));
            if every.drag_stopped() || every.lost_focus() || (every.changed() && !every.dragged() && !every.has_focus())
            {
                pass.commit(Part::Rhythm);
            }
        }
        if let Some(last) = agenda::last_personal_contact(draft, pass.today) {
            ui.weak(t!("profile-rhythm-last", date = crate::i18n::date_short_year(last)));
        }
    });
    if draft.rhythm != before && std::mem::discriminant(&draft.rhythm) != std::mem::discriminant(&before) {
        pass.commit(Part::Rhythm);
    }
}

/// The days a person's own rhythm starts from: theirs, or a month.
fn own_days(rhythm: Rhythm) -> u16 {
    match rhythm {
        Rhythm::EveryDays(days) => days,
        _ => 30,
    }
}

/// The section's heading: the open follow-ups, and the overdue ones among them.
pub(super) fn title(person: &Person, today: NaiveDate) -> String {
    let open = person.follow_ups.iter().filter(|f| f.is_open()).count();
    match agenda::overdue_follow_ups(person, today) {
        0 => t!("profile-section-follow-ups", count = open),
        overdue => t!("profile-section-follow-ups-overdue", count = open, overdue = overdue),
    }
}
