//! The question asked after someone changes phase: why did they move? The answer — a trigger
//! point, touchpoint, driver or barrier, and the words for it — goes into the entry the move
//! added to their phase history (where the map shows it as evidence) and, as a line in the
//! language of the moment, into their interaction log: one edit, one undo step. Beside it:
//! what happens next? — a follow-up for the person, with its due day, an undo step of its own.

use super::BoardView;
use crate::model::{Channel, Interaction, MoveWhy, PersonId, PhaseMoveId, WhyKind, Workspace};
use crate::ops::{Edit, names};
use crate::t;
use crate::ui::Intent;
use chrono::NaiveDate;
use egui::{Key, Modifiers, TextEdit, Ui};

/// The question after a move, until it is answered or skipped.
pub(super) struct Why {
    pub person: PersonId,
    /// The entry of their history the move adds.
    pub entry: PhaseMoveId,
    pub name: String,
    pub to: String,
    pub kind: WhyKind,
    pub text: String,
    /// The entry has been seen in the workspace: once it is gone again (the move undone), so
    /// is the question.
    pub seen: bool,
    /// The why was answered.
    pub answered: bool,
    /// What happens next, as a follow-up being written, and its due day.
    pub next: String,
    pub next_due: Option<crate::model::PartialDate>,
    /// The follow-up was added.
    pub planned: bool,
}

impl Why {
    pub(super) fn new(person: PersonId, entry: PhaseMoveId, name: String, to: String) -> Self {
        Self {
            person,
            entry,
            name,
            to,
            kind: WhyKind::TriggerPoint,
            text: String::new(),
            seen: false,
            answered: false,
            next: String::new(),
            next_due: None,
            planned: false,
        }
    }

    /// Whether the question still has a move to answer for, in the history of `person` (the
    /// person asked about, as found).
    fn stands(&mut self, person: Option<&crate::model::Person>) -> bool {
        let there = person.is_some_and(|p| p.phase_history.iter().any(|e| e.id == self.entry));
        self.seen |= there;
        there || !self.seen
    }
}

impl BoardView {
    /// The questions after a move, until both are answered or skipped (or the move is undone).
    pub(super) fn why_ui(&mut self, ui: &mut Ui, workspace: &Workspace, today: NaiveDate, intents: &mut Vec<Intent>) {
        // Found where the board has them, not looked for among everyone in every frame.
        let places = self.board.as_ref().map(|b| &b.places);
        if self.why.as_mut().is_some_and(|why| !why.stands(super::found(places, workspace, why.person))) {
            self.why = None;
        }
        let Some(why) = &mut self.why else { return };
        let mut done = false;
        ui.horizontal_wrapped(|ui| {
            if why.answered {
                if ui.button(t!("board-skip")).clicked() {
                    done = true;
                }
                return;
            }
            ui.label(t!("board-why-question", name = why.name.as_str(), phase = why.to.as_str()));
            let label = ui.label(t!("board-why-kind"));
            egui::ComboBox::from_id_salt("board_why_kind")
                .selected_text(names::why_kind(why.kind))
                .show_ui(ui, |ui| {
                    for kind in WhyKind::CHOSEN {
                        ui.selectable_value(&mut why.kind, kind, names::why_kind(kind));
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(t!("board-why-text"));
            let field = ui
                .add(TextEdit::singleline(&mut why.text).hint_text(t!("board-why-hint")).desired_width(240.0))
                .labelled_by(label.id);
            // Enter answers the question and nothing else: taken here, it cannot reach the
            // board's own Enter (open the selected person's profile) later in this frame.
            let entered = field.lost_focus() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
            let save = ui.add_enabled(!why.text.trim().is_empty(), egui::Button::new(t!("board-why-save"))).clicked();
            if (save || entered) && !why.text.trim().is_empty() {
                intents.push(answer(why, today));
                why.answered = true;
            }
            if ui.button(t!("board-skip")).clicked() {
                done = true;
            }
        });
        if !why.planned {
            let person = super::found(places, workspace, why.person);
            next_step_ui(ui, person, why, intents);
        }
        if done || (why.answered && why.planned) {
            self.why = None;
        }
    }
}

/// "What happens next?" after a move: a follow-up for the person, with its due day, added as
/// an undo step of its own.
fn next_step_ui(ui: &mut Ui, person: Option<&crate::model::Person>, why: &mut Why, intents: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("board-next-question", name = why.name.as_str()));
        let field = ui
            .add(TextEdit::singleline(&mut why.next).hint_text(t!("board-next-hint")).desired_width(240.0))
            .labelled_by(label.id);
        let due = ui.label(t!("board-next-due"));
        crate::ui::widgets::DateField::new(("board_next_due", why.person), &mut why.next_due)
            .labelled_by(due.id)
            .name(t!("board-next-due"))
            .show(ui);
        let entered = field.lost_focus() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
        let ready = !why.next.trim().is_empty();
        let add = ui.add_enabled(ready, egui::Button::new(t!("board-add-follow-up"))).clicked();
        if (add || entered)
            && ready
            && let Some(person) = person
        {
            let mut changed = person.clone();
            let due = why.next_due.and_then(|d| d.to_naive());
            changed.follow_ups.push(crate::model::FollowUp::new(why.next.trim(), due));
            intents.push(Intent::Edit {
                label: t!("today-added-label", name = why.name.as_str()),
                edit: Edit::ReplacePerson(Box::new(changed)),
            });
            why.planned = true;
        }
    });
}

/// The answer as one edit: into the history entry, and a line in the log worded now.
fn answer(why: &Why, today: NaiveDate) -> Intent {
    let text = why.text.trim();
    let kind = names::why_kind(why.kind).to_lowercase();
    let note = t!("board-why-log", phase = why.to.as_str(), kind = kind, text = text);
    let log = Interaction { date: today, channel: Channel::Other, note, personal: false, ..Interaction::default() };
    Intent::Edit {
        label: t!("board-why-label", name = why.name.as_str()),
        edit: Edit::AnswerWhy {
            person: why.person,
            entry: why.entry,
            why: MoveWhy { kind: why.kind, text: text.to_owned() },
            log: Some(Box::new(log)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn the_log_line_is_written_in_the_language_of_the_moment() {
        let why = Why {
            kind: WhyKind::Touchpoint,
            text: " en smagsprøve ".into(),
            ..Why::new(PersonId::new(), PhaseMoveId::new(), "Dina".into(), "Overvejer".into())
        };
        let note = |lang| {
            set_language(lang);
            let Intent::Edit { edit: Edit::AnswerWhy { log: Some(log), why: answer, .. }, .. } =
                answer(&why, NaiveDate::default())
            else {
                panic!("an answer");
            };
            assert_eq!(answer.text, "en smagsprøve");
            log.note
        };
        assert_eq!(note(Lang::Da), "Flyttet til Overvejer — berøringspunkt: en smagsprøve");
        assert_eq!(note(Lang::Nb), "Flyttet til Overvejer — kontaktpunkt: en smagsprøve");
        assert_eq!(note(Lang::En), "Moved to Overvejer — touchpoint: en smagsprøve");
    }
}
