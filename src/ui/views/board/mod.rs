//! The Board view: the people of the workspace as cards in the phase columns of one journey,
//! moved by drag-and-drop or Ctrl+arrows; optionally cut into swimlanes by tag, status or key
//! account.
//!
//! The columns, their figures and every card's texts, badges and days in the phase are computed
//! once per workspace revision, day, journey, filter and rows, never per frame; each column (or
//! cell of a swimlane) is virtualised with fixed-height cards, so a board of 10,000 people
//! draws only the cards on screen. A move is `Edit::MovePerson`, carried out by
//! [`crate::ops::moves::move_person`], which also records the change of phase in the person's
//! history; a drop that would change nothing emits nothing. The folder: `card` (a card),
//! `header` (a column's header, figures and stall limit), `swimlanes` (the rows), `why` (the
//! question after a move).

mod build;
mod card;
mod header;
mod swimlanes;
mod why;

use crate::interop::formats::Format;
use crate::model::{
    Driver, Fit, FitDecision, JourneyId, JourneyMap, NeedRecognised, Organisation, Person, PersonId, PhaseId,
    PhaseMoveId, Status, Workspace,
};
use crate::ops::lifecycle::ColumnFigures;
use crate::ops::moves::{self, BoardPlace, Row, Step};
use crate::ops::{Changed, Edit, names};
use crate::t;
use crate::ui::Intent;
use card::{CARD_GAP, CARD_HEIGHT, Card, Faces, PersonDrag, ROW_HEIGHT};
use chrono::NaiveDate;
use egui::{DragAndDrop, Key, Modifiers, Rect, ScrollArea, Stroke, Ui, pos2};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
pub use swimlanes::RowsBy;
use swimlanes::Swimlane;
use why::Why;

/// The narrowest a column gets: five (not placed and four phases) share a projector's 960
/// points at present mode's zoom; more scroll sideways.
const MIN_COLUMN_WIDTH: f32 = 170.0;
/// Time spent on someone without any yearly value recorded, that earns a fit warning.
const FIT_MINUTES_WITHOUT_VALUE: u32 = 600;

/// The filters of the board.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
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

    fn is_active(&self) -> bool {
        *self != Filter::default()
    }
}

struct Column {
    phase: Option<PhaseId>,
    title: String,
    /// Everyone in the column, filtered or not, in board order: slots are counted in it.
    all: Vec<PersonId>,
    /// Beside `all`, what the board order goes by: each one's order in the phase, name, id.
    keys: Vec<(u32, String, PersonId)>,
    /// The cards shown, with each one's index in `all` (shared with the next board built, which
    /// keeps the cards of the people an edit did not change).
    cards: Vec<(usize, Rc<Card>)>,
    /// What the people shown bring, kept as they come and go, and its figures: the count,
    /// yearly value and median days.
    tally: crate::ops::lifecycle::Tally,
    figures: ColumnFigures,
}

/// What the board was built for: the state, day, map, filter, rows, language and mask.
type BoardKey = (u64, NaiveDate, JourneyId, Filter, RowsBy, crate::i18n::Lang, bool);

struct Board {
    key: BoardKey,
    columns: Vec<Column>,
    swimlanes: Vec<Swimlane>,
    /// Each person's place in the workspace's list and the column they stand in.
    places: HashMap<PersonId, (usize, usize)>,
    /// No id is held twice: an edit of a few people can be patched in.
    exact: bool,
    currency: String,
}

/// One list of cards drawn: a whole column, or one swimlane's cell of it.
struct ListUi<'a> {
    salt: String,
    /// What the cards' faces are made from.
    faces: &'a Faces<'a>,
    column: &'a Column,
    /// The cards shown, by their index in the column's cards; all of them without.
    shown: Option<&'a [usize]>,
    /// The swimlane the list is in.
    row: Option<&'a Row>,
    width: f32,
    /// The list's own height (a cell); without, down to the bottom of the window.
    height: Option<f32>,
}

/// A person let go over the board: who (and from which swimlane), to which swimlane, where.
struct Dropped {
    carried: PersonDrag,
    to_row: Option<Row>,
    to: Option<BoardPlace>,
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
    /// What the swimlanes are, if any: a setting of the view, not of the file.
    rows: RowsBy,
    board: Option<Board>,
    /// The board being built, a slice of the people a frame, while it is: `board` is then an
    /// older one (shown, marked as updating, and not to be acted on), or none.
    pending: Option<super::Slices<BoardKey, build::Building>>,
    /// The board of everyone counted, being made a part a frame (after `pending`, before
    /// `board`).
    finishing: Option<Box<build::Finishing>>,
    /// The workspace's last changes (the shell sets them each frame): after an edit of a few
    /// people only their cards are made again.
    pub changes: crate::ops::Changes,
    selection: Option<PersonId>,
    /// The workspace's tags, for the tag filter: listed when its menu is opened after a change.
    tags: Option<(u64, Vec<String>)>,
    why: Option<Why>,
    /// The stall limit being set in a column's menu, before it is.
    stall_draft: Option<(PhaseId, u16)>,
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
            if let Some(map) = map {
                self.filters_ui(ui, workspace, revision, map, &mut intents);
            }
            map
        });
        let Some(map) = map.inner else { return intents };
        self.rebuild(workspace, map, revision, today);
        let building = self.building(workspace.people.len());
        if let Some(done) = building {
            if self.board.is_none() {
                super::counting_ui(ui, done, workspace.people.len());
                return intents;
            }
            super::updating_ui(ui);
        }
        // An older board shown while the new one is built is not to be acted on.
        let editable = editable && building.is_none();
        // Asked of the board's places (everyone is on the board), not of everyone, in every
        // frame.
        let places = self.board.as_ref().map(|b| &b.places);
        if self.selection.is_some_and(|id| found(places, workspace, id).is_none()) {
            self.selection = None;
        }
        if editable {
            self.why_ui(ui, workspace, today, &mut intents);
            self.keyboard(ui, workspace, map, today, &mut intents);
        } else {
            self.why = None;
        }
        ui.weak(t!("board-hint"));
        ui.separator();
        self.columns_ui(ui, workspace, map, today, editable, &mut intents);
        intents
    }

    fn filters_ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        map: &JourneyMap,
        intents: &mut Vec<Intent>,
    ) {
        ui.separator();
        if let Some(segment) = &map.segment_tag {
            let only = self.filter.tag.as_ref() == Some(segment);
            let button = ui.add(egui::Button::selectable(only, t!("board-only-segment", segment = segment.as_str())));
            if button.on_hover_text(t!("board-only-segment-hint")).clicked() {
                self.filter.tag = if only { None } else { Some(segment.clone()) };
            }
        }
        let label = ui.label(t!("board-tag"));
        egui::ComboBox::from_id_salt("board_tag")
            .selected_text(self.filter.tag.clone().unwrap_or_else(|| t!("people-any-tag")))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.filter.tag, None, t!("people-any-tag"));
                if self.tags.as_ref().is_none_or(|(of, _)| *of != revision) {
                    let tags: BTreeSet<&String> = workspace.people.iter().flat_map(|p| &p.tags).collect();
                    self.tags = Some((revision, tags.into_iter().cloned().collect()));
                }
                for tag in self.tags.as_ref().map_or(&[][..], |(_, tags)| tags.as_slice()) {
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
        ui.separator();
        let label = ui.label(t!("board-rows"));
        egui::ComboBox::from_id_salt("board_rows")
            .selected_text(self.rows.name())
            .show_ui(ui, |ui| {
                for rows in RowsBy::ALL {
                    ui.selectable_value(&mut self.rows, rows, rows.name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.menu_button(t!("board-export"), |ui| {
            for (format, text) in [
                (Format::BoardCsv, t!("board-export-csv")),
                (Format::BoardHtml, t!("board-export-html")),
                (Format::BoardPng, t!("board-export-png")),
            ] {
                if ui.button(text).clicked() {
                    intents.push(Intent::ExportBoard(map.id, format));
                    ui.close();
                }
            }
        });
    }

    /// Recomputes the columns (and swimlanes) when the workspace, the day, the journey, the
    /// filters or the rows changed: after an edit of a few people, only theirs (see `build`);
    /// otherwise the board is built [`super::PEOPLE_PER_FRAME`] people a frame, then made of
    /// them a part a frame ([`build::Finishing`]), the older one (if any) kept meanwhile.
    fn rebuild(&mut self, workspace: &Workspace, map: &JourneyMap, revision: u64, today: NaiveDate) {
        let key = (revision, today, map.id, self.filter.clone(), self.rows, crate::i18n::language(), self.masked);
        if self.board.as_ref().is_some_and(|b| b.key == key) {
            self.pending = None;
            self.finishing = None;
            return;
        }
        let with = build::Build { filter: &self.filter, rows: self.rows, masked: self.masked, today };
        // Built for the same day, map, filter, rows, language and mask, and only some people
        // changed since: their cards move, the others stay.
        if self.pending.is_none()
            && self.finishing.is_none()
            && let Some(board) = self.board.as_mut()
            && (&board.key.1, &board.key.2, &board.key.3, &board.key.4, &board.key.5, &board.key.6)
                == (&key.1, &key.2, &key.3, &key.4, &key.5, &key.6)
            && let Changed::People(people) = self.changes.between(board.key.0, key.0)
            && build::patch(board, workspace, map, &people, &with)
        {
            board.key = key;
            return;
        }
        // Another map's board, or one masked otherwise (present mode's privacy mask turned on),
        // is not shown meanwhile.
        if self.board.as_ref().is_some_and(|b| (b.key.2, b.key.6) != (key.2, key.6)) {
            self.board = None;
        }
        let finishing = match self.finishing.take() {
            Some(finishing) if finishing.key == key => finishing,
            _ => {
                let begin = || build::Building::new(workspace);
                let add = |building: &mut build::Building, slice: &[Person]| building.add(workspace, map, &with, slice);
                let Some(building) = super::Slices::step(&mut self.pending, key.clone(), &workspace.people, begin, add)
                else {
                    return;
                };
                building.finishing(map, key)
            }
        };
        match finishing.step(workspace, &with) {
            Ok(board) => self.board = Some(board),
            Err(finishing) => self.finishing = Some(finishing),
        }
    }

    /// While a board is built: how many people are counted (all of them while it is made).
    fn building(&self, people: usize) -> Option<usize> {
        super::Slices::progress(self.pending.as_ref(), self.finishing.as_ref().map(|_| people))
    }

    /// Ctrl+arrows move the selected person; Enter opens their profile; Esc lets go.
    fn keyboard(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        map: &JourneyMap,
        today: NaiveDate,
        intents: &mut Vec<Intent>,
    ) {
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
        if let Some(to) = step.and_then(|(_, step)| moves::step_person(workspace, map, person, step))
            && let Some(who) = found(self.board.as_ref().map(|b| &b.places), workspace, person)
        {
            self.emit_move(workspace, map, who, (to, None, None), None, today, intents);
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            intents.push(Intent::OpenPerson(person));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.selection = None;
        }
    }

    /// The move as an edit (with a change of swimlane, `regroup`, in the same step) when it
    /// changes anything; then, after a change of phase, the question why.
    #[allow(clippy::too_many_arguments)]
    fn emit_move(
        &mut self,
        workspace: &Workspace,
        map: &JourneyMap,
        who: &Person,
        (to, column, near): (Option<BoardPlace>, Option<&[PersonId]>, Option<moves::Near>),
        regroup: Option<(Row, Row)>,
        today: NaiveDate,
        intents: &mut Vec<Intent>,
    ) {
        let person = who.id;
        // The target column, in board order, when the board has it: asked of it rather than of
        // everyone in the workspace.
        let moves = match column {
            Some(column) => moves::moves_within(who, map, to, column),
            None => moves::move_person(workspace, person, map.id, to).is_ok_and(|moved| !moved.is_empty()),
        };
        let regroup = regroup.filter(|(from, to)| moves::regroup(&mut who.clone(), from, to));
        let name = who.name.clone();
        let phase = to.and_then(|to| map.phase(to.phase)).map_or(t!("board-not-placed").to_owned(), |p| p.name.clone());
        let entry = PhaseMoveId::new();
        let moved = Edit::MovePerson { person, journey: map.id, to, date: today, entry, near: near.map(Box::new) };
        let (label, edit) = match (moves, regroup) {
            (false, None) => return,
            (true, None) => (t!("board-move-label", name = name.as_str(), phase = phase.as_str()), moved),
            (moves, Some((from, to_row))) => {
                let regrouped = Edit::Regroup { person, from, to: to_row };
                let edit = if moves { Edit::Batch(vec![regrouped, moved]) } else { regrouped };
                (t!("board-regroup-label", name = name.as_str()), edit)
            }
        };
        intents.push(Intent::Edit { label, edit });
        // Asked only when someone changes phase, not when a column is reordered.
        let changes_phase = moves && moves::column_of(who, map) != to.map(|t| t.phase);
        if changes_phase && to.is_some() {
            self.why = Some(Why::new(person, entry, name, phase));
        }
    }

    fn columns_ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        map: &JourneyMap,
        today: NaiveDate,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let Some(board) = self.board.take() else { return };
        let faces = Faces { workspace, map, places: &board.places, today, masked: self.masked };
        let count = board.columns.len().max(1) as f32;
        let spacing = ui.spacing().item_spacing.x;
        // A point to spare, so that columns which fit do not show a scroll bar for a rounding.
        let width = ((ui.available_width() - spacing * (count - 1.0) - 1.0) / count).floor().max(MIN_COLUMN_WIDTH);
        let mut drop: Option<Dropped> = None;
        // Columns that do not fit scroll sideways under a solid bar that is always seen, not
        // one that shows only under the pointer: the last column is never silently cut off.
        let columns_scroll = ui.spacing().scroll;
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        ScrollArea::horizontal().id_salt("board_columns").auto_shrink(false).show(ui, |ui| {
            ui.spacing_mut().scroll = columns_scroll;
            if board.swimlanes.is_empty() {
                ui.horizontal_top(|ui| {
                    for column in &board.columns {
                        ui.vertical(|ui| {
                            ui.set_width(width);
                            self.column_header_ui(ui, map, column, &board.currency, editable, intents);
                            let list = ListUi {
                                salt: column.phase.map_or_else(|| "not placed".to_owned(), |p| p.to_string()),
                                faces: &faces,
                                column,
                                shown: None,
                                row: None,
                                width,
                                height: None,
                            };
                            if let Some((carried, to)) = self.list_ui(ui, &list, editable, intents) {
                                drop = Some(Dropped { carried, to_row: None, to });
                            }
                        });
                    }
                });
            } else {
                ui.vertical(|ui| {
                    ui.horizontal_top(|ui| {
                        for column in &board.columns {
                            ui.vertical(|ui| {
                                ui.set_width(width);
                                self.column_header_ui(ui, map, column, &board.currency, editable, intents);
                            });
                        }
                    });
                    drop = self.swimlanes_ui(ui, &board, &faces, width, editable, intents);
                });
            }
        });
        if let Some(Dropped { carried, to_row, to }) = drop {
            self.selection = Some(carried.person);
            let regroup = carried.row.zip(to_row);
            let column = to
                .and_then(|to| board.columns.iter().find(|c| c.phase == Some(to.phase)))
                .filter(|_| board.exact)
                .map(|c| c.all.as_slice());
            // The neighbours as the board shows them, so that the move need not go through
            // everyone to find them.
            let place = |id| board.places.get(&id).map(|&(at, _)| at);
            let near = to.zip(column).and_then(|(to, column)| moves::Near::of(carried.person, to, column, place));
            if let Some(who) = found(Some(&board.places), workspace, carried.person) {
                self.emit_move(workspace, map, who, (to, column, near), regroup, today, intents);
            }
        }
        self.board = Some(board);
    }

    /// One list of cards, virtualised; while a person is carried over it, the insertion
    /// marker; and, when they are let go here, who and where they go.
    fn list_ui(
        &mut self,
        ui: &mut Ui,
        list: &ListUi<'_>,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<(PersonDrag, Option<BoardPlace>)> {
        let column = list.column;
        let shown: Vec<usize> = list.shown.map_or_else(|| (0..column.cards.len()).collect(), <[usize]>::to_vec);
        let mut area = ScrollArea::vertical().id_salt(("board_column", list.salt.as_str())).auto_shrink(false);
        if let Some(height) = list.height {
            area = area.max_height(height);
        }
        let output = area.show_rows(ui, CARD_HEIGHT, shown.len(), |ui, rows| {
            ui.spacing_mut().item_spacing.y = CARD_GAP;
            for &k in &shown[rows] {
                if let Some(face) = column.cards[k].1.face(list.faces, &column.title) {
                    self.card_ui(ui, face, list.row, list.width, editable, intents);
                }
            }
        });
        let area = output.inner_rect;
        // A column's whole height takes drops, down to the bottom of the window.
        let area = match list.height {
            Some(_) => area,
            None => Rect::from_min_max(area.min, pos2(area.max.x, area.max.y.max(ui.max_rect().bottom()))),
        };
        DragAndDrop::payload::<PersonDrag>(ui.ctx())?;
        let pointer = ui.ctx().pointer_interact_pos()?;
        if !area.contains(pointer) {
            return None;
        }
        let top = output.inner_rect.top() - output.state.clamped_offset().y;
        let at = ((pointer.y - top + ROW_HEIGHT / 2.0) / ROW_HEIGHT).floor().clamp(0.0, shown.len() as f32) as usize;
        let y = (top + at as f32 * ROW_HEIGHT - CARD_GAP / 2.0).clamp(area.top(), area.bottom());
        let marker = Stroke::new(3.0, ui.visuals().selection.stroke.color);
        ui.painter().hline(area.left() + 2.0..=area.right() - 2.0, y, marker);
        if !ui.input(|i| i.pointer.any_released()) {
            return None;
        }
        let carried = DragAndDrop::take_payload::<PersonDrag>(ui.ctx())?;
        // The slot among everyone in the column, the filtered-out included.
        let index_of = |k: usize| column.cards[k].0;
        let slot = match shown.get(at) {
            Some(&k) => index_of(k),
            None => shown.last().map_or(column.all.len(), |&k| index_of(k) + 1),
        };
        Some(((*carried).clone(), column.phase.map(|phase| BoardPlace { phase, slot })))
    }
}

/// The person with `id`: where the board's `places` say they are when they are there, else
/// looked for among everyone.
fn found<'w>(
    places: Option<&HashMap<PersonId, (usize, usize)>>,
    workspace: &'w Workspace,
    id: PersonId,
) -> Option<&'w Person> {
    places.and_then(|places| placed(places, workspace, id)).or_else(|| workspace.person(id))
}

/// The person with `id` where the board's `places` say they are, if they are there.
fn placed<'w>(
    places: &HashMap<PersonId, (usize, usize)>,
    workspace: &'w Workspace,
    id: PersonId,
) -> Option<&'w Person> {
    let &(at, _) = places.get(&id)?;
    workspace.people.get(at).filter(|p| p.id == id)
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
        let key = Organisation { key_account: true, ..Organisation::named("Kringle") };
        assert!(Filter { key_only: true, ..Filter::default() }.admits(&person, Some(&key)), "a key account's person");
    }

    #[test]
    fn a_big_board_is_built_a_slice_a_frame_with_the_older_one_shown_meanwhile() {
        use super::super::PEOPLE_PER_FRAME;
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let mut workspace = crate::ops::demo::generate_with(PEOPLE_PER_FRAME + 300, 100, today);
        let mut history = crate::ops::History::new();
        let map = workspace.journeys[0].clone();
        let mut view = BoardView::default();
        let frame = |view: &mut BoardView, workspace: &Workspace, history: &crate::ops::History| {
            view.changes = history.changes();
            view.rebuild(workspace, &map, history.state(), today);
            (view.board.as_ref().map(|b| b.key.0), view.building(workspace.people.len()))
        };
        let everyone = |view: &BoardView| view.board.as_ref().map_or(0, |b| b.places.len());
        let people = workspace.people.len();
        assert_eq!(frame(&mut view, &workspace, &history), (None, Some(PEOPLE_PER_FRAME)), "nothing to show yet");
        assert_eq!(frame(&mut view, &workspace, &history), (None, Some(people)), "every slice in");
        assert_eq!(frame(&mut view, &workspace, &history), (Some(history.state()), None), "built");
        assert_eq!(everyone(&view), workspace.people.len());

        // A drop moves one person: patched in the frame.
        let person = workspace.people[5].id;
        let to = Some(BoardPlace { phase: map.phases[1].id, slot: 0 });
        let edit = Edit::MovePerson { person, journey: map.id, to, date: today, entry: PhaseMoveId::new(), near: None };
        history.apply(&mut workspace, "Move", edit).expect("moves");
        assert_eq!(frame(&mut view, &workspace, &history), (Some(history.state()), None), "patched at once");

        // Someone new (an import): the board before is shown, marked, while the new one is built.
        let before = history.state();
        let edit = Edit::InsertPerson { index: 3, person: Box::new(Person::named("Ny Kunde")) };
        history.apply(&mut workspace, "Import", edit).expect("inserts");
        assert_eq!(frame(&mut view, &workspace, &history), (Some(before), Some(PEOPLE_PER_FRAME)), "the older board");
        assert_eq!(frame(&mut view, &workspace, &history), (Some(before), Some(people + 1)));
        assert_eq!(frame(&mut view, &workspace, &history), (Some(history.state()), None));
        assert_eq!(everyone(&view), workspace.people.len(), "the new person is on it");
        let filter = Filter::default();
        let with = build::Build { filter: &filter, rows: RowsBy::None, masked: false, today };
        let rebuilt = build::build(&workspace, &map, view.board.as_ref().expect("a board").key.clone(), &with);
        let columns = |board: &Board| board.columns.iter().map(|c| c.all.clone()).collect::<Vec<_>>();
        assert_eq!(view.board.as_ref().map(columns), Some(columns(&rebuilt)));

        // The privacy mask turned on: the unmasked board is not shown meanwhile.
        view.masked = true;
        assert_eq!(frame(&mut view, &workspace, &history), (None, Some(PEOPLE_PER_FRAME)));
    }
}
