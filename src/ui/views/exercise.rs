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

#[derive(Default)]
pub struct ExerciseView {
    /// The cell being answered, and what has been typed.
    answering: Option<(PersonId, Fact, String)>,
    error: Option<String>,
    /// The grid and the scores, for the state, day and language they were counted in.
    grid: Option<(GridKey, Grid)>,
    /// The grid being counted, a slice of the people a frame, while it is: `grid` is then an
    /// older one (shown, marked as updating, not to be answered in), or none.
    pending: Option<super::Slices<GridKey, Counting>>,
}

type GridKey = (u64, chrono::NaiveDate, crate::i18n::Lang);

/// A person's column, in points, and the range of a fact's column: the facts share the width
/// there is (so eight of them fit a projector at 2× zoom), the same for the header and every
/// row, so that rows drawn one screenful at a time line up.
const NAME_WIDTH: f32 = 190.0;
const FACT_WIDTHS: std::ops::RangeInclusive<f32> = 84.0..=140.0;

/// What the exercise shows, counted once per workspace state, day and language.
struct Grid {
    /// The people of the exercise, in the workspace's order.
    rows: Vec<Row>,
    known: usize,
    workspace_percent: Option<u8>,
}

struct Row {
    person: PersonId,
    name: String,
    /// The facts known of them.
    known: Vec<Fact>,
    /// Each cell's accessible name, worded the first time an accessibility tree needs it.
    cell_names: std::cell::OnceCell<Vec<String>>,
}

impl Row {
    fn cell_names(&self) -> &[String] {
        self.cell_names.get_or_init(|| {
            Fact::ALL
                .iter()
                .map(|&fact| {
                    let what = t!("exercise-cell", name = self.name.as_str(), fact = fact.name());
                    if self.known.contains(&fact) {
                        t!("exercise-known", what = what.as_str())
                    } else {
                        t!("exercise-unknown", what = what.as_str())
                    }
                })
                .collect()
        })
    }
}

/// The grid counted a slice of the people at a time: the people of the exercise are the key
/// accounts, else the customers, in the workspace's order, so both are gathered until the end
/// says which.
#[derive(Default)]
struct Counting {
    keys: Vec<Row>,
    customers: Vec<Row>,
    /// The facts known of everyone so far, and of how many people.
    known: usize,
    people: usize,
}

impl Counting {
    fn add(&mut self, slice: &[Person], today: chrono::NaiveDate) {
        for person in slice {
            let known = knowledge::of(person, today).known;
            self.known += known.len();
            let row = || Row {
                person: person.id,
                name: person.name.clone(),
                known: known.clone(),
                cell_names: std::cell::OnceCell::new(),
            };
            if person.key_account {
                self.keys.push(row());
            } else if self.keys.is_empty() && person.status == Status::Customer {
                // Customers are the exercise's people only while no one is a key account.
                self.customers.push(row());
            }
        }
        if !self.keys.is_empty() {
            self.customers = Vec::new();
        }
        self.people += slice.len();
    }

    fn finish(self) -> Grid {
        let rows = if self.keys.is_empty() { self.customers } else { self.keys };
        let known = rows.iter().map(|row| row.known.len()).sum();
        Grid { rows, known, workspace_percent: knowledge::mean_percent(self.known, self.people) }
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
        let key = (revision, today, crate::i18n::language());
        if self.grid.as_ref().is_none_or(|(cached, _)| *cached != key) {
            let add = |counting: &mut Counting, slice: &[Person]| counting.add(slice, today);
            let people = &workspace.people;
            if let Some(counting) = super::Slices::step(&mut self.pending, key, people, Counting::default, add) {
                self.grid = Some((key, counting.finish()));
            }
        } else {
            self.pending = None;
        }
        let Self { answering, error, grid, pending } = self;
        ui.heading(t!("exercise-title"));
        let Some((_, grid)) = grid.as_ref() else {
            if let Some(pending) = pending {
                super::counting_ui(ui, pending.next, workspace.people.len());
            }
            return intents;
        };
        // An older grid is shown while the new one is counted: marked so, and not answered in.
        let editable = editable && pending.is_none();
        if pending.is_some() {
            super::updating_ui(ui);
        }
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
        let height = (ui.available_height() - 90.0).max(120.0);
        // Room for the rows' scroll bar is kept aside.
        let fact_width = ((ui.available_width() - NAME_WIDTH - 2.0 * ui.spacing().scroll.bar_width)
            / Fact::ALL.len() as f32)
            .clamp(*FACT_WIDTHS.start(), *FACT_WIDTHS.end());
        // The header stays in place while the rows scroll under it; both scroll sideways
        // together when the facts do not fit (a projector at a large zoom). Only the rows on
        // screen are drawn: a thousand key accounts cost what a screenful costs.
        egui::ScrollArea::horizontal().id_salt("exercise_sideways").max_height(height).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                cell(ui, NAME_WIDTH, |ui| {
                    ui.strong(t!("exercise-person"));
                });
                for fact in Fact::ALL {
                    cell(ui, fact_width, |ui| {
                        ui.add(egui::Label::new(RichText::new(fact.name()).strong()).wrap());
                    });
                }
            });
            let row_height = ui.spacing().interact_size.y + 4.0;
            let looks = Looks::new(ui, editable, fact_width);
            egui::ScrollArea::vertical().id_salt("exercise_rows").auto_shrink([false, true]).show_rows(
                ui,
                row_height,
                grid.rows.len(),
                |ui, range| {
                    for index in range {
                        let Some(row) = grid.rows.get(index) else { continue };
                        row_ui(ui, row, index, row_height, &looks, answering, error);
                    }
                },
            );
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
            let label = ui.label(t!("exercise-question", name = name.as_str(), fact = fact.name()));
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

/// A column of a fixed width (gap to the next included), its content centred vertically.
fn cell(ui: &mut Ui, width: f32, content: impl FnOnce(&mut Ui)) {
    const GAP: f32 = 8.0;
    let height = ui.spacing().interact_size.y;
    let inner = width - GAP;
    ui.allocate_ui_with_layout(egui::vec2(inner, height), egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_width(inner);
        content(ui);
    });
    ui.add_space(GAP);
}

/// What every row shares, made once a frame: the two marks laid out, the colours, the hint.
struct Looks {
    editable: bool,
    hint: String,
    tick: std::sync::Arc<egui::Galley>,
    question: std::sync::Arc<egui::Galley>,
    stripe: egui::Color32,
    fact_width: f32,
    /// Whether an accessibility tree is being made this frame (a screen reader, or a test):
    /// only then do the names and ticks, which take no clicks, need a widget of their own.
    accessible: bool,
}

impl Looks {
    fn new(ui: &Ui, editable: bool, fact_width: f32) -> Self {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let strong = egui::FontId::new(font.size + 2.0, font.family.clone());
        let painter = ui.painter();
        Self {
            editable,
            fact_width,
            hint: t!("exercise-unknown-hint"),
            tick: painter.layout_no_wrap("✔".to_owned(), strong, egui::Color32::from_rgb(0x1B, 0x7F, 0x3B)),
            question: painter.layout_no_wrap("?".to_owned(), font, egui::Color32::PLACEHOLDER),
            stripe: ui.visuals().faint_bg_color,
            accessible: ui.ctx().has_accesskit_node(ui.unique_id()),
        }
    }
}

/// One person's row: their name, then each fact as a tick (known) or a button to answer.
///
/// A row is drawn every frame for every person on screen, so it is painted directly into the
/// space it takes, with an interaction only where a click can land (and, when an accessibility
/// tree is made, a node for every cell), and no layouts of its own: at 10,000 people a screenful of rows costs about what the seven rows
/// of a small workspace cost.
fn row_ui(
    ui: &mut Ui,
    row: &Row,
    index: usize,
    height: f32,
    looks: &Looks,
    answering: &mut Option<(PersonId, Fact, String)>,
    error: &mut Option<String>,
) {
    const GAP: f32 = 8.0;
    let width = NAME_WIDTH + looks.fact_width * Fact::ALL.len() as f32;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    if index % 2 == 1 {
        painter.rect_filled(rect.expand2(egui::vec2(0.0, ui.spacing().item_spacing.y / 2.0)), 0.0, looks.stripe);
    }
    let name_rect = egui::Rect::from_min_size(rect.min, egui::vec2(NAME_WIDTH - GAP, height));
    let name = egui::WidgetText::from(row.name.as_str()).into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        name_rect.width(),
        egui::TextStyle::Body,
    );
    let text_colour = ui.visuals().text_color();
    painter.galley(egui::pos2(name_rect.left(), name_rect.center().y - name.size().y / 2.0), name, text_colour);
    if looks.accessible {
        ui.interact(name_rect, egui::Id::unique(("exercise-name", row.person)), egui::Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, row.name.as_str()));
    }

    let button_size = egui::vec2(ui.spacing().interact_size.y, ui.spacing().interact_size.y);
    for (column, fact) in Fact::ALL.into_iter().enumerate() {
        // Worded only when a screen reader or a test asks for it.
        let name = || row.cell_names().get(column).cloned().unwrap_or_default();
        let left = rect.left() + NAME_WIDTH + looks.fact_width * column as f32;
        let mark = egui::Rect::from_min_size(
            egui::pos2(left, rect.center().y - button_size.y / 2.0),
            egui::vec2(button_size.x.max(looks.tick.size().x), button_size.y),
        );
        let id = egui::Id::unique(("exercise-cell", row.person, column));
        if row.known.contains(&fact) {
            let tick = &looks.tick;
            ui.painter().galley(mark.center() - tick.size() / 2.0, tick.clone(), text_colour);
            if looks.accessible {
                ui.interact(mark, id, egui::Sense::hover())
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name()));
            }
            continue;
        }
        let chosen = answering.as_ref().is_some_and(|(p, f, _)| *p == row.person && *f == fact);
        let sense = if looks.editable { egui::Sense::click() } else { egui::Sense::hover() };
        let button = ui.interact(mark, id, sense);
        button.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, looks.editable, chosen, name()));
        let visuals = if looks.editable {
            ui.style().interact_selectable(&button, chosen)
        } else {
            ui.visuals().widgets.noninteractive
        };
        // A question mark alone until the pointer or the keyboard is on it (or it is being
        // answered): a screenful of button faces costs more to draw than the rest of the view.
        if chosen || button.hovered() || button.has_focus() {
            ui.painter().rect(
                mark.expand(visuals.expansion),
                visuals.corner_radius,
                visuals.weak_bg_fill,
                visuals.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
        let question = &looks.question;
        ui.painter().galley(mark.center() - question.size() / 2.0, question.clone(), visuals.text_color());
        let button = button.on_hover_text(looks.hint.as_str()).on_hover_cursor(egui::CursorIcon::PointingHand);
        if button.clicked() {
            *answering = Some((row.person, fact, String::new()));
            *error = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::views::PEOPLE_PER_FRAME;

    /// The grid's people, their known facts and the scores, as comparable values.
    type Seen = (Vec<(PersonId, String, Vec<Fact>)>, usize, Option<u8>);

    fn seen(grid: &Grid) -> Seen {
        let rows = grid.rows.iter().map(|r| (r.person, r.name.clone(), r.known.clone())).collect();
        (rows, grid.known, grid.workspace_percent)
    }

    /// The grid as the exercise means it: the key accounts, else the customers.
    fn expected(workspace: &Workspace, today: chrono::NaiveDate) -> Seen {
        let keys: Vec<&Person> = workspace.people.iter().filter(|p| p.key_account).collect();
        let people = if keys.is_empty() {
            workspace.people.iter().filter(|p| p.status == Status::Customer).collect()
        } else {
            keys
        };
        let rows: Vec<_> = people.iter().map(|p| (p.id, p.name.clone(), knowledge::of(p, today).known)).collect();
        let known = rows.iter().map(|r| r.2.len()).sum();
        (rows, known, knowledge::workspace_percent(workspace, today))
    }

    #[test]
    fn the_grid_counted_a_slice_at_a_time_is_the_key_accounts_else_the_customers() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let mut workspace = crate::ops::demo::generate_with(2 * PEOPLE_PER_FRAME + 300, 100, today);
        for person in &mut workspace.people {
            person.key_account = false;
        }
        // No key account: the customers.
        for size in [1, 333, PEOPLE_PER_FRAME] {
            let mut counting = Counting::default();
            for slice in workspace.people.chunks(size) {
                counting.add(slice, today);
            }
            assert_eq!(seen(&counting.finish()), expected(&workspace, today), "customers, slices of {size}");
        }
        // One key account, found only in the last slice: only them.
        let last = workspace.people.len() - 1;
        workspace.people[last].key_account = true;
        let mut counting = Counting::default();
        for slice in workspace.people.chunks(PEOPLE_PER_FRAME) {
            counting.add(slice, today);
        }
        let grid = counting.finish();
        assert_eq!(grid.rows.len(), 1);
        assert_eq!(seen(&grid), expected(&workspace, today));
    }
}
