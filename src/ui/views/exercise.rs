//! "How well do you know your customers?": the workshop exercise. A grid of the key accounts
//! (all customers when none is marked) × the human facts, each known or not; a click on an
//! unknown fact takes what the room knows, and the knowledge scores move as it is filled in.
//!
//! It shows only whether a fact is known, never what it is, so it works the same with the
//! privacy mask on. What the room says is sent as [`Intent::LearnFact`] and added to the real
//! person by the shell, so a masked copy is never written back.

use crate::model::{Person, PersonId, Status, Workspace};
use crate::ops::knowledge::{self, Answer, Fact};
use crate::t;
use crate::ui::Intent;
use crate::ui::widgets::date_field;
use egui::{Key, RichText, Ui};

/// The fact's short name for a column head, in the current language.
pub fn fact_label(fact: Fact) -> String {
    fact.name()
}

#[derive(Default)]
pub struct ExerciseView {
    /// The cell being answered, and what has been typed.
    answering: Option<(PersonId, Fact, String)>,
    error: Option<String>,
    /// The grid and the scores, for the state and day they were counted on.
    grid: Option<((u64, chrono::NaiveDate), Grid)>,
}

/// What the exercise shows, counted once per workspace state and day.
struct Grid {
    /// The people of the exercise, in the workspace's order, with the facts known of them.
    rows: Vec<(PersonId, String, Vec<Fact>)>,
    known: usize,
    workspace_percent: Option<u8>,
}

/// The people of the exercise: the key accounts, else the customers, in the workspace's order.
fn people(workspace: &Workspace) -> Vec<&Person> {
    let keys: Vec<&Person> = workspace.people.iter().filter(|p| p.key_account).collect();
    if keys.is_empty() { workspace.people.iter().filter(|p| p.status == Status::Customer).collect() } else { keys }
}

impl Grid {
    fn count(workspace: &Workspace, today: chrono::NaiveDate) -> Self {
        let rows: Vec<(PersonId, String, Vec<Fact>)> =
            people(workspace).into_iter().map(|p| (p.id, p.name.clone(), knowledge::of(p, today).known)).collect();
        let known = rows.iter().map(|(_, _, facts)| facts.len()).sum();
        Self { rows, known, workspace_percent: knowledge::workspace_percent(workspace, today) }
    }
}

impl ExerciseView {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        today: chrono::NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        if self.grid.as_ref().is_none_or(|(key, _)| *key != (revision, today)) {
            self.grid = Some(((revision, today), Grid::count(workspace, today)));
        }
        let Some((_, grid)) = &self.grid else { return intents };
        ui.heading(t!("exercise-title"));
        let cells = grid.rows.len() * Fact::ALL.len();
        ui.horizontal(|ui| {
            ui.label(RichText::new(t!("exercise-score", known = grid.known, cells = cells)).strong().size(18.0));
            if let Some(percent) = grid.workspace_percent {
                ui.separator();
                ui.label(RichText::new(t!("exercise-workspace-score", percent = percent)).size(18.0));
            }
        });
        if grid.rows.is_empty() {
            ui.label(t!("exercise-nobody"));
            return intents;
        }
        ui.weak(t!("exercise-help"));
        ui.add_space(6.0);
        egui::ScrollArea::both().auto_shrink([false, true]).max_height(ui.available_height() - 90.0).show(ui, |ui| {
            egui::Grid::new("exercise_grid").striped(true).min_col_width(70.0).show(ui, |ui| {
                ui.strong(t!("exercise-person"));
                for fact in Fact::ALL {
                    ui.strong(fact_label(fact));
                }
                ui.end_row();
                for (person, person_name, known) in &grid.rows {
                    ui.label(person_name);
                    for fact in Fact::ALL {
                        let name = t!("exercise-cell", name = person_name.as_str(), fact = fact_label(fact));
                        if known.contains(&fact) {
                            ui.label(RichText::new("✔").strong().color(egui::Color32::from_rgb(0x1B, 0x7F, 0x3B)))
                                .widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::Label,
                                        true,
                                        t!("exercise-known", what = name.as_str()),
                                    )
                                });
                        } else {
                            let answering = self.answering.as_ref().is_some_and(|(p, f, _)| p == person && *f == fact);
                            let button = ui
                                .add_enabled(editable, egui::Button::new("?").selected(answering))
                                .on_hover_text(t!("exercise-unknown-hint"))
                                .accessible_name(t!("exercise-unknown", what = name.as_str()));
                            if button.clicked() {
                                self.answering = Some((*person, fact, String::new()));
                                self.error = None;
                            }
                        }
                    }
                    ui.end_row();
                }
            });
        });
        self.answer_ui(ui, workspace, &mut intents);
        intents
    }

    /// The field for what the room knows about the chosen cell.
    fn answer_ui(&mut self, ui: &mut Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Some((person, fact, text)) = &mut self.answering else { return };
        let name = workspace.person(*person).map(|p| p.name.clone()).unwrap_or_default();
        ui.separator();
        let mut done = false;
        ui.horizontal(|ui| {
            let label = ui.label(t!("exercise-question", name = name.as_str(), fact = fact_label(*fact)));
            let hint = if *fact == Fact::Birthday { t!("exercise-day-hint") } else { String::new() };
            let field =
                ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(280.0)).labelled_by(label.id);
            if !field.has_focus() && !field.lost_focus() && text.is_empty() {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if ui.button(t!("exercise-add")).clicked() || entered {
                let answer = if *fact == Fact::Birthday {
                    match date_field::parse(text, true) {
                        Ok(Some(day)) => Some(Answer::Day(day)),
                        Ok(None) => None,
                        Err(error) => {
                            self.error = Some(error);
                            None
                        }
                    }
                } else if text.trim().is_empty() {
                    None
                } else {
                    Some(Answer::Text(text.trim().to_owned()))
                };
                if let Some(answer) = answer {
                    intents.push(Intent::LearnFact { person: *person, fact: *fact, answer });
                    done = true;
                }
            }
            if ui.button(t!("button-cancel")).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                done = true;
            }
        });
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if done {
            self.answering = None;
            self.error = None;
        }
    }
}
