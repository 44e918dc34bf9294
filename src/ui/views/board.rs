//! The Board view: the people of the workspace as cards in the phase columns of one journey,
//! moved by drag-and-drop or Ctrl+arrows.
//!
//! The columns and every card's texts and badges are computed once per workspace revision, day,
//! journey and filter, never per frame; each column is virtualised with fixed-height cards, so
//! a board of 10,000 people draws only the cards on screen. A move is `Edit::MovePerson`,
//! carried out by [`crate::ops::moves::move_person`]; a drop that would change nothing emits
//! nothing.

use crate::model::{
    Channel, Driver, Fit, FitDecision, Interaction, JourneyId, JourneyMap, NeedRecognised, Organisation,
    OrganisationIndex, Person, PersonId, PhaseId, Status, Valence, Workspace,
};
use crate::ops::moves::{self, BoardPlace, Step};
use crate::ops::{Edit, knowledge, names, upcoming};
use crate::t;
use crate::ui::Intent;
use chrono::{Datelike, NaiveDate};
use egui::{
    Align2, Color32, CornerRadius, DragAndDrop, Id, Key, Modifiers, Rect, Role, ScrollArea, Sense, Stroke, StrokeKind,
    TextEdit, TextStyle, Ui, WidgetInfo, pos2, vec2,
};
use std::collections::BTreeSet;

/// Every card is exactly this high, so a column can be virtualised.
const CARD_HEIGHT: f32 = 56.0;
const CARD_GAP: f32 = 6.0;
const ROW_HEIGHT: f32 = CARD_HEIGHT + CARD_GAP;
/// The narrowest a column gets: five (not placed and four phases) share a projector's 960
/// points at present mode's zoom; more scroll sideways.
const MIN_COLUMN_WIDTH: f32 = 170.0;
/// A milestone this close gets a badge on the card.
const MILESTONE_BADGE_DAYS: i64 = 14;
/// Time spent on someone without any yearly value recorded, that earns a fit warning.
const FIT_MINUTES_WITHOUT_VALUE: u32 = 600;

/// What a reason for a move is, as the journey map's lanes name them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum WhyKind {
    #[default]
    Touchpoint,
    Driver,
    Barrier,
}

impl WhyKind {
    const ALL: [WhyKind; 3] = [WhyKind::Touchpoint, WhyKind::Driver, WhyKind::Barrier];

    fn label(self) -> String {
        match self {
            WhyKind::Touchpoint => t!("board-why-touchpoint"),
            WhyKind::Driver => t!("board-why-driver"),
            WhyKind::Barrier => t!("board-why-barrier"),
        }
    }
}

/// The question asked after a move: why did this person move?
struct Why {
    person: PersonId,
    name: String,
    to: String,
    kind: WhyKind,
    text: String,
}

/// The filters of the board.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Filter {
    tag: Option<String>,
    status: Option<Status>,
    key_only: bool,
}

impl Filter {
    /// Whether `person` (of `organisation`, if any) is shown; a key account's people count as
    /// key accounts.
    fn admits(&self, person: &Person, organisation: Option<&Organisation>) -> bool {
        self.tag.as_ref().is_none_or(|tag| person.tags.iter().any(|t| t == tag))
            && self.status.is_none_or(|status| person.status == status)
            && (!self.key_only || person.key_account || organisation.is_some_and(|o| o.key_account))
    }
}

/// What a card shows, computed when the board is rebuilt.
struct CardRow {
    id: PersonId,
    name: String,
    organisation: String,
    key_account: bool,
    knowledge: u8,
    milestone: Option<String>,
    incidents: usize,
    fit: Option<String>,
}

struct Column {
    phase: Option<PhaseId>,
    title: String,
    /// Everyone in the column, filtered or not, in board order: slots are counted in it.
    all: Vec<PersonId>,
    /// The cards shown, with each one's index in `all`.
    cards: Vec<(usize, CardRow)>,
}

struct Board {
    /// The state, day, map, filter, language and mask the columns were built for.
    key: (u64, NaiveDate, JourneyId, Filter, crate::i18n::Lang, bool),
    columns: Vec<Column>,
    tags: Vec<String>,
}

/// Why a person's fit (their account's, see [`Workspace::fit_of`]) deserves a second look, if it
/// does.
pub fn fit_warning(fit: &Fit) -> Option<String> {
    if fit.decision == FitDecision::LetGo {
        Some(t!("fit-let-go"))
    } else if fit.need_recognised == NeedRecognised::No {
        Some(t!("fit-no-need"))
    } else if fit.minutes_spent >= FIT_MINUTES_WITHOUT_VALUE && fit.yearly_value.unwrap_or(0) <= 0 {
        Some(t!("fit-time-no-value"))
    } else if fit.driver == Driver::Price && fit.decision == FitDecision::Undecided && fit.yearly_value.is_none() {
        Some(t!("fit-price-only"))
    } else {
        None
    }
}

#[derive(Default)]
pub struct BoardView {
    pub selected: Option<JourneyId>,
    /// Present mode's privacy mask is on (the shell sets it each frame): a card does not flag
    /// its person's unresolved incidents, which would name whose they are.
    pub masked: bool,
    /// Present mode: a card's second line (organisation, score) is as large as its name.
    pub present: bool,
    filter: Filter,
    board: Option<Board>,
    selection: Option<PersonId>,
    why: Option<Why>,
}

impl BoardView {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        if workspace.journeys.is_empty() {
            ui.label(t!("board-no-maps"));
            return intents;
        }
        let map = ui.horizontal_wrapped(|ui| {
            let map = super::journey_picker(ui, &t!("board-journey"), "board_pick", workspace, &mut self.selected);
            self.filters_ui(ui);
            map
        });
        let Some(map) = map.inner else { return intents };
        self.rebuild(workspace, map, revision, today);
        if self.selection.is_some_and(|id| workspace.person(id).is_none()) {
            self.selection = None;
        }
        if editable {
            self.why_ui(ui, workspace, today, &mut intents);
            self.keyboard(ui, workspace, map, &mut intents);
        } else {
            self.why = None;
        }
        ui.weak(t!("board-hint"));
        ui.separator();
        self.columns_ui(ui, workspace, map, editable, &mut intents);
        intents
    }

    fn filters_ui(&mut self, ui: &mut Ui) {
        let tags = self.board.as_ref().map(|b| b.tags.clone()).unwrap_or_default();
        ui.separator();
        let label = ui.label(t!("board-tag"));
        egui::ComboBox::from_id_salt("board_tag")
            .selected_text(self.filter.tag.clone().unwrap_or_else(|| t!("people-any-tag")))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.filter.tag, None, t!("people-any-tag"));
                for tag in tags {
                    ui.selectable_value(&mut self.filter.tag, Some(tag.clone()), tag);
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(t!("people-status"));
        egui::ComboBox::from_id_salt("board_status")
            .selected_text(self.filter.status.map_or_else(|| t!("people-any-status"), names::status))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.filter.status, None, t!("people-any-status"));
                for status in Status::ALL {
                    ui.selectable_value(&mut self.filter.status, Some(status), names::status(status));
                }
            })
            .response
            .labelled_by(label.id);
        ui.checkbox(&mut self.filter.key_only, t!("board-key-only"));
    }

    /// Recomputes the columns when the workspace, the day, the journey or the filters changed.
    fn rebuild(&mut self, workspace: &Workspace, map: &JourneyMap, revision: u64, today: NaiveDate) {
        let key = (revision, today, map.id, self.filter.clone(), crate::i18n::language(), self.masked);
        if self.board.as_ref().is_some_and(|b| b.key == key) {
            return;
        }
        let ids = moves::board_columns(workspace, map);
        let index: std::collections::HashMap<PersonId, &Person> = workspace.people.iter().map(|p| (p.id, p)).collect();
        let organisations = OrganisationIndex::of(workspace);
        let titles = std::iter::once((None, t!("board-not-placed").to_owned()))
            .chain(map.phases.iter().map(|p| (Some(p.id), p.name.clone())));
        let columns = titles
            .zip(ids)
            .map(|((phase, title), all)| {
                let cards = all
                    .iter()
                    .enumerate()
                    .filter_map(|(i, id)| {
                        let person = index.get(id)?;
                        let organisation = organisations.of_person(workspace, person);
                        self.filter
                            .admits(person, organisation)
                            .then(|| (i, card_row(workspace, person, organisation, today, self.masked)))
                    })
                    .collect();
                Column { phase, title, all, cards }
            })
            .collect();
        let tags: BTreeSet<&String> = workspace.people.iter().flat_map(|p| &p.tags).collect();
        self.board = Some(Board { key, columns, tags: tags.into_iter().cloned().collect() });
    }

    /// The question after a move, until it is answered or skipped.
    fn why_ui(&mut self, ui: &mut Ui, workspace: &Workspace, today: NaiveDate, intents: &mut Vec<Intent>) {
        let Some(why) = &mut self.why else { return };
        let mut done = false;
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("board-why-question", name = why.name.as_str(), phase = why.to.as_str()));
            let label = ui.label(t!("board-why-kind"));
            egui::ComboBox::from_id_salt("board_why_kind")
                .selected_text(why.kind.label())
                .show_ui(ui, |ui| {
                    for kind in WhyKind::ALL {
                        ui.selectable_value(&mut why.kind, kind, kind.label());
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
            let add = ui.add_enabled(!why.text.trim().is_empty(), egui::Button::new(t!("board-add-to-log"))).clicked();
            if (add || entered)
                && !why.text.trim().is_empty()
                && let Some(person) = workspace.person(why.person)
            {
                let mut changed = person.clone();
                changed.interactions.push(Interaction {
                    date: today,
                    channel: Channel::Other,
                    note: format!("Moved to {} — {}: {}", why.to, why.kind.label().to_lowercase(), why.text.trim()),
                    personal: false,
                    ..Interaction::default()
                });
                intents.push(Intent::Edit {
                    label: t!("board-why-label", name = why.name.as_str()),
                    edit: Edit::ReplacePerson(Box::new(changed)),
                });
                done = true;
            }
            if ui.button(t!("board-skip")).clicked() {
                done = true;
            }
        });
        if done {
            self.why = None;
        }
    }

    /// Ctrl+arrows move the selected person; Enter opens their profile; Esc lets go.
    fn keyboard(&mut self, ui: &mut Ui, workspace: &Workspace, map: &JourneyMap, intents: &mut Vec<Intent>) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let Some(person) = self.selection else { return };
        let steps = [
            (Key::ArrowLeft, Step::Left),
            (Key::ArrowRight, Step::Right),
            (Key::ArrowUp, Step::Up),
            (Key::ArrowDown, Step::Down),
        ];
        let step = steps.into_iter().find(|(key, _)| ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, *key)));
        if let Some(to) = step.and_then(|(_, step)| moves::step_person(workspace, map, person, step)) {
            self.emit_move(workspace, map, person, to, intents);
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            intents.push(Intent::OpenPerson(person));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.selection = None;
        }
    }

    /// The move as an edit, when it changes anything; then the question why.
    fn emit_move(
        &mut self,
        workspace: &Workspace,
        map: &JourneyMap,
        person: PersonId,
        to: Option<BoardPlace>,
        intents: &mut Vec<Intent>,
    ) {
        if !moves::move_person(workspace, person, map.id, to).is_ok_and(|moved| !moved.is_empty()) {
            return;
        }
        let name = workspace.person(person).map_or(String::new(), |p| p.name.clone());
        let phase = to.and_then(|to| map.phase(to.phase)).map_or(t!("board-not-placed").to_owned(), |p| p.name.clone());
        let moved_phase =
            workspace.person(person).and_then(|p| p.position_in(map.id)).map(|p| p.phase) != to.map(|t| t.phase);
        intents.push(Intent::Edit {
            label: t!("board-move-label", name = name.as_str(), phase = phase.as_str()),
            edit: Edit::MovePerson { person, journey: map.id, to },
        });
        // Asked only when someone changes phase, not when a column is reordered.
        self.why = (moved_phase && to.is_some()).then(|| Why {
            person,
            name,
            to: phase,
            kind: WhyKind::default(),
            text: String::new(),
        });
    }

    fn columns_ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        map: &JourneyMap,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let Some(board) = self.board.take() else { return };
        let count = board.columns.len().max(1) as f32;
        let spacing = ui.spacing().item_spacing.x;
        // A point to spare, so that columns which fit do not show a scroll bar for a rounding.
        let width = ((ui.available_width() - spacing * (count - 1.0) - 1.0) / count).floor().max(MIN_COLUMN_WIDTH);
        let filtered = self.filter != Filter::default();
        let mut drop: Option<(PersonId, Option<BoardPlace>)> = None;
        // Columns that do not fit scroll sideways under a solid bar that is always seen, not
        // one that shows only under the pointer: the last column is never silently cut off.
        let columns_scroll = ui.spacing().scroll;
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::horizontal().id_salt("board_columns").auto_shrink(false).show(ui, |ui| {
            ui.spacing_mut().scroll = columns_scroll;
            ui.horizontal_top(|ui| {
                for column in &board.columns {
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        let title = if filtered {
                            format!("{} ({} of {})", column.title, column.cards.len(), column.all.len())
                        } else {
                            format!("{} ({})", column.title, column.all.len())
                        };
                        ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
                        if let Some(found) = self.column_ui(ui, column, width, editable, intents) {
                            drop = Some(found);
                        }
                    });
                }
            });
        });
        if let Some((person, to)) = drop {
            self.selection = Some(person);
            self.emit_move(workspace, map, person, to, intents);
        }
        self.board = Some(board);
    }

    /// One column: its cards, virtualised; while a person is carried over it, the insertion
    /// marker; and, when they are let go here, where they go.
    fn column_ui(
        &mut self,
        ui: &mut Ui,
        column: &Column,
        width: f32,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<(PersonId, Option<BoardPlace>)> {
        let salt = column.phase.map_or_else(|| "not placed".to_owned(), |p| p.to_string());
        let output = ScrollArea::vertical().id_salt(("board_column", salt)).auto_shrink(false).show_rows(
            ui,
            CARD_HEIGHT,
            column.cards.len(),
            |ui, rows| {
                ui.spacing_mut().item_spacing.y = CARD_GAP;
                for (_, card) in &column.cards[rows] {
                    self.card_ui(ui, card, width, editable, intents);
                }
            },
        );
        let area = output.inner_rect;
        // The column's whole height takes drops, down to the bottom of the window.
        let area = Rect::from_min_max(area.min, pos2(area.max.x, area.max.y.max(ui.max_rect().bottom())));
        let carried = DragAndDrop::payload::<PersonDrag>(ui.ctx())?;
        let pointer = ui.ctx().pointer_interact_pos()?;
        if !area.contains(pointer) {
            return None;
        }
        let top = output.inner_rect.top() - output.state.clamped_offset().y;
        let shown =
            ((pointer.y - top + ROW_HEIGHT / 2.0) / ROW_HEIGHT).floor().clamp(0.0, column.cards.len() as f32) as usize;
        let y = (top + shown as f32 * ROW_HEIGHT - CARD_GAP / 2.0).clamp(area.top(), area.bottom());
        let marker = Stroke::new(3.0, ui.visuals().selection.stroke.color);
        ui.painter().hline(area.left() + 2.0..=area.right() - 2.0, y, marker);
        if !ui.input(|i| i.pointer.any_released()) || DragAndDrop::take_payload::<PersonDrag>(ui.ctx()).is_none() {
            return None;
        }
        // The slot among everyone in the column, the filtered-out included.
        let slot = match column.cards.get(shown) {
            Some((index, _)) => *index,
            None => column.cards.last().map_or(column.all.len(), |(index, _)| index + 1),
        };
        Some((carried.0, column.phase.map(|phase| BoardPlace { phase, slot })))
    }

    fn card_ui(&mut self, ui: &mut Ui, card: &CardRow, width: f32, editable: bool, intents: &mut Vec<Intent>) {
        let sense = if editable { Sense::click_and_drag() } else { Sense::click() };
        let (rect, response) = ui.allocate_exact_size(vec2(width - 14.0, CARD_HEIGHT), sense);
        let selected = self.selection == Some(card.id);
        response.widget_info(|| WidgetInfo::selected(Role::ListItem, true, selected, &card.name));
        if editable {
            response.dnd_set_drag_payload(PersonDrag(card.id));
        }
        if response.clicked() || response.drag_started() || response.gained_focus() {
            self.selection = Some(card.id);
        }
        if response.double_clicked() {
            intents.push(Intent::OpenPerson(card.id));
        }
        let carried = DragAndDrop::payload::<PersonDrag>(ui.ctx()).is_some_and(|d| d.0 == card.id);
        if self.present {
            let body = TextStyle::Body.resolve(ui.style());
            ui.style_mut().text_styles.insert(TextStyle::Small, body);
        }
        paint_card(ui, rect, card, selected, response.hovered(), carried);
        if carried && let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let layer = egui::LayerId::new(egui::Order::Tooltip, Id::unique("board_drag_ghost"));
            let ghost = Rect::from_min_size(pointer + vec2(14.0, 10.0), rect.size());
            let painter = ui.ctx().layer_painter(layer);
            paint_on(&painter, ui, ghost, card, true, false, false);
        }
        let mut tips = Vec::new();
        if let Some(milestone) = &card.milestone {
            tips.push(format!("🎂 {milestone}"));
        }
        if card.incidents > 0 {
            tips.push(format!("⚠ {}", t!("board-open-incidents", count = card.incidents)));
        }
        if let Some(fit) = &card.fit {
            tips.push(format!("⛔ {fit}"));
        }
        if !tips.is_empty() {
            response.on_hover_text(tips.join("\n"));
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PersonDrag(PersonId);

fn card_row(
    workspace: &Workspace,
    person: &Person,
    organisation: Option<&Organisation>,
    today: NaiveDate,
    masked: bool,
) -> CardRow {
    let milestone = upcoming::next_for(person, today, workspace.settings.leap_day)
        .filter(|o| (o.date - today).num_days() <= MILESTONE_BADGE_DAYS)
        .map(|o| {
            format!(
                "{} — {} ({})",
                o.sentence(),
                crate::i18n::day_month_short(o.date.day(), o.date.month()),
                t!("board-milestone-soon")
            )
        });
    CardRow {
        id: person.id,
        name: person.name.clone(),
        organisation: organisation.map(|o| o.name.clone()).unwrap_or_default(),
        key_account: person.key_account || organisation.is_some_and(|o| o.key_account),
        knowledge: knowledge::of(person, today).percent(),
        milestone,
        incidents: if masked {
            0
        } else {
            person.incidents.iter().filter(|i| i.valence == Valence::Worse && !i.resolved).count()
        },
        fit: fit_warning(organisation.map_or(&person.fit, |o| &o.fit)),
    }
}

fn paint_card(ui: &Ui, rect: Rect, card: &CardRow, selected: bool, hovered: bool, carried: bool) {
    paint_on(ui.painter(), ui, rect, card, selected, hovered, carried);
}

/// A card: ★ and the name, the knowledge score on the right; the organisation and the badges
/// below.
fn paint_on(
    painter: &egui::Painter,
    ui: &Ui,
    rect: Rect,
    card: &CardRow,
    selected: bool,
    hovered: bool,
    carried: bool,
) {
    let visuals = ui.visuals();
    let fill = if carried { visuals.faint_bg_color } else { visuals.widgets.noninteractive.bg_fill };
    painter.rect_filled(rect, CornerRadius::same(5), fill);
    let stroke = if selected {
        Stroke::new(2.5, visuals.selection.stroke.color)
    } else if hovered {
        visuals.widgets.hovered.bg_stroke
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    painter.rect_stroke(rect, CornerRadius::same(5), stroke, StrokeKind::Inside);
    let inner = rect.shrink2(vec2(8.0, 6.0));
    let body = TextStyle::Body.resolve(ui.style());
    let small = TextStyle::Small.resolve(ui.style());
    let strong = visuals.strong_text_color();
    let score = format!("{} %", card.knowledge);
    let score_colour = if card.knowledge < 50 { visuals.warn_fg_color } else { visuals.weak_text_color() };
    let score_width = painter.text(inner.right_top(), Align2::RIGHT_TOP, score, small.clone(), score_colour).width();
    let name = if card.key_account { format!("★ {}", card.name) } else { card.name.clone() };
    let name_width = inner.width() - score_width - 6.0;
    let galley = painter.layout(name, body, strong, f32::INFINITY);
    painter
        .with_clip_rect(Rect::from_min_size(inner.min, vec2(name_width, inner.height())))
        .galley(inner.min, galley, strong);
    let mut badges = String::new();
    if card.milestone.is_some() {
        badges.push_str("🎂 ");
    }
    if card.incidents > 0 {
        badges.push_str("⚠ ");
    }
    if card.fit.is_some() {
        badges.push('⛔');
    }
    let badge_width = if badges.is_empty() {
        0.0
    } else {
        painter
            .text(inner.right_bottom(), Align2::RIGHT_BOTTOM, badges.trim_end(), body_font(ui), visuals.warn_fg_color)
            .width()
    };
    let organisation = painter.layout(card.organisation.clone(), small, visuals.weak_text_color(), f32::INFINITY);
    let line = Rect::from_min_max(
        pos2(inner.left(), inner.bottom() - organisation.size().y),
        pos2(inner.right() - badge_width - 6.0, inner.bottom()),
    );
    painter.with_clip_rect(line).galley(line.min, organisation, Color32::PLACEHOLDER);
}

fn body_font(ui: &Ui) -> egui::FontId {
    TextStyle::Body.resolve(ui.style())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_warnings_say_why() {
        assert_eq!(fit_warning(&Fit::default()), None);
        let fit = Fit { decision: FitDecision::LetGo, ..Fit::default() };
        assert!(fit_warning(&fit).is_some_and(|w| w.contains("let them go")));
        let fit = Fit { need_recognised: NeedRecognised::No, ..Fit::default() };
        assert!(fit_warning(&fit).is_some_and(|w| w.contains("need")));
        let fit = Fit { minutes_spent: 600, yearly_value: Some(0), ..Fit::default() };
        assert!(fit_warning(&fit).is_some_and(|w| w.contains("hours")));
        let fit = Fit { minutes_spent: 600, yearly_value: Some(40_000), ..Fit::default() };
        assert_eq!(fit_warning(&fit), None, "time is fine when the customer is worth it");
    }

    #[test]
    fn filters_combine() {
        let mut person = Person::named("Bo");
        person.tags = vec!["Cafés".into()];
        person.status = Status::Customer;
        let admits = |filter: Filter| filter.admits(&person, None);
        assert!(admits(Filter::default()));
        assert!(admits(Filter { tag: Some("Cafés".into()), status: Some(Status::Customer), key_only: false }));
        assert!(!admits(Filter { tag: Some("Offices".into()), ..Filter::default() }));
        assert!(!admits(Filter { status: Some(Status::Prospect), ..Filter::default() }));
        assert!(!admits(Filter { key_only: true, ..Filter::default() }));
        let key = crate::model::Organisation { key_account: true, ..crate::model::Organisation::named("Kringle") };
        assert!(Filter { key_only: true, ..Filter::default() }.admits(&person, Some(&key)), "a key account's person");
    }
}
