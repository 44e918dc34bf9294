//! Swimlanes: the board's columns cut into rows by tag, status or key account, as WeKan's
//! swimlanes cut its lists. Dragging a person to another row gives them that row's tag (in the
//! place of the one they were picked up under), status or key account; to another column as
//! well, both happen in one undo step.
//!
//! The rows are worked out when the board is rebuilt. Rows are virtualised (each as high as a
//! few cards), and so is each cell, which scrolls by itself when it holds more.

use super::card::{Faces, ROW_HEIGHT};
use super::{Board, BoardView, Column, Dropped, ListUi};
use crate::model::{Person, PersonId, Status};
use crate::ops::moves::Row;
use crate::ops::names;
use crate::t;
use crate::ui::Intent;
use egui::{ScrollArea, Ui};
use std::collections::{BTreeSet, HashMap};

/// What the rows of the board are, when it has them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RowsBy {
    #[default]
    None,
    Tag,
    Status,
    KeyAccount,
}

impl RowsBy {
    pub const ALL: [RowsBy; 4] = [RowsBy::None, RowsBy::Tag, RowsBy::Status, RowsBy::KeyAccount];

    pub fn name(self) -> String {
        match self {
            RowsBy::None => t!("board-rows-none"),
            RowsBy::Tag => t!("board-rows-tag"),
            RowsBy::Status => t!("board-rows-status"),
            RowsBy::KeyAccount => t!("board-rows-key-account"),
        }
    }
}

/// How many cards a cell shows before it scrolls.
const CELL_CARDS: f32 = 3.0;
const ROW_TITLE: f32 = 26.0;

/// One swimlane: its row, title, and in each column the cards (by their index in the column's
/// shown cards) of the people in the row.
pub(super) struct Swimlane {
    pub row: Row,
    pub title: String,
    pub cells: Vec<Vec<usize>>,
}

/// The swimlanes of `columns`: a row per tag of the people shown (by name; "no tag" last, a
/// person with several tags in each of theirs), per status (not *Declined by us* under the
/// mask, which shows no one so), or key accounts and the others.
pub(super) fn swimlanes(
    by: RowsBy,
    columns: &[Column],
    people: &HashMap<PersonId, &Person>,
    masked: bool,
) -> Vec<Swimlane> {
    let rows: Vec<Row> = match by {
        RowsBy::None => return Vec::new(),
        RowsBy::Tag => {
            let shown = columns.iter().flat_map(|c| &c.cards).filter_map(|(_, card)| people.get(&card.id));
            let mut untagged = false;
            let mut tags = BTreeSet::new();
            for person in shown {
                untagged |= person.tags.is_empty();
                tags.extend(person.tags.iter().cloned());
            }
            let mut rows: Vec<Row> = tags.into_iter().map(|tag| Row::Tag(Some(tag))).collect();
            if untagged || rows.is_empty() {
                rows.push(Row::Tag(None));
            }
            rows
        }
        RowsBy::Status => Status::ALL
            .into_iter()
            .filter(|status| !(masked && *status == Status::DeclinedByUs))
            .map(Row::Status)
            .collect(),
        RowsBy::KeyAccount => vec![Row::KeyAccount(true), Row::KeyAccount(false)],
    };
    let belongs = |row: &Row, person: &Person| match row {
        Row::Tag(Some(tag)) => person.tags.contains(tag),
        Row::Tag(None) => person.tags.is_empty(),
        Row::Status(status) => person.status == *status,
        Row::KeyAccount(key) => person.key_account == *key,
    };
    rows.into_iter()
        .map(|row| {
            let cells: Vec<Vec<usize>> = columns
                .iter()
                .map(|column| {
                    (0..column.cards.len())
                        .filter(|&k| people.get(&column.cards[k].1.id).is_some_and(|p| belongs(&row, p)))
                        .collect()
                })
                .collect();
            let count: usize = cells.iter().map(Vec::len).sum();
            let name = match &row {
                Row::Tag(Some(tag)) => tag.clone(),
                Row::Tag(None) => t!("board-row-no-tag"),
                Row::Status(status) => names::status(*status),
                Row::KeyAccount(true) => t!("board-row-key-accounts"),
                Row::KeyAccount(false) => t!("board-row-others"),
            };
            Swimlane { row, title: format!("{name} ({count})"), cells }
        })
        .collect()
}

impl BoardView {
    /// The rows under the column headers, virtualised; where a carried person is let go.
    pub(super) fn swimlanes_ui(
        &mut self,
        ui: &mut Ui,
        board: &Board,
        faces: &Faces<'_>,
        width: f32,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<Dropped> {
        let spacing = ui.spacing().item_spacing;
        let cell_height = CELL_CARDS * ROW_HEIGHT;
        let row_height = ROW_TITLE + spacing.y + cell_height;
        let total_width = (width + spacing.x) * board.columns.len() as f32;
        let mut drop = None;
        ScrollArea::vertical().id_salt("board_swimlanes").auto_shrink(false).show_rows(
            ui,
            row_height,
            board.swimlanes.len(),
            |ui, rows| {
                for lane in &board.swimlanes[rows] {
                    ui.allocate_ui(egui::vec2(total_width, row_height), |ui| {
                        ui.set_min_height(row_height);
                        ui.vertical(|ui| {
                            ui.add_sized(
                                [total_width, ROW_TITLE],
                                egui::Label::new(egui::RichText::new(&lane.title).strong()),
                            );
                            ui.horizontal_top(|ui| {
                                for (column, cell) in board.columns.iter().zip(&lane.cells) {
                                    ui.allocate_ui(egui::vec2(width, cell_height), |ui| {
                                        ui.set_width(width);
                                        let list = ListUi {
                                            salt: format!("{:?}/{:?}", lane.row, column.phase),
                                            faces,
                                            column,
                                            shown: Some(cell),
                                            row: Some(&lane.row),
                                            width,
                                            height: Some(cell_height),
                                        };
                                        if let Some((carried, to)) = self.list_ui(ui, &list, editable, intents) {
                                            drop = Some(Dropped { to_row: Some(lane.row.clone()), carried, to });
                                        }
                                    });
                                }
                            });
                        });
                    });
                }
            },
        );
        drop
    }
}
