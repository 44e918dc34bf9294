//! The grid of one journey map, laid out by hand: every card's text is laid out first, which
//! gives each lane its height; then each card, header and cell gets its own interaction, so
//! that drags can be placed exactly (which cell, which slot in it) and an insertion marker
//! drawn while dragging. The headers (`headers`) and the emotion lane (`emotions`) are drawn
//! by modules of their own over the same layout.

mod emotions;
mod headers;

use super::{Editing, JourneysView, Selection, card_drop, edit, lane_move_label, phase_move_label};
use crate::model::{Card, CardColour, CardId, JourneyMap, LaneId, LaneKind, PhaseId};
use crate::ops::Edit;
use crate::ops::moves::CardPlace;
use crate::t;
use crate::ui::Intent;
use egui::{
    Align2, Color32, CornerRadius, DragAndDrop, FontId, Galley, Id, Key, Modifiers, Pos2, Rect, Role, Sense, Stroke,
    StrokeKind, TextEdit, TextStyle, Ui, WidgetInfo, pos2, vec2,
};
use std::sync::Arc;

const LANE_HEADER_WIDTH: f32 = 170.0;
/// The narrowest a phase column gets; wider screens share their width among the phases.
const MIN_PHASE_WIDTH: f32 = 210.0;
/// The widest a phase column gets, so that a map of two phases still reads as a grid.
const MAX_PHASE_WIDTH: f32 = 420.0;
const HEADER_HEIGHT: f32 = 34.0;
/// Inside a cell, inside a card, and between cards (scaled with the map when it is fitted).
const PADDING: f32 = 6.0;
const ADD_HEIGHT: f32 = 20.0;
const EMOTION_HEIGHT: f32 = 120.0;
const MIN_LANE_HEIGHT: f32 = 56.0;
/// The width a card's vote badge takes from its text, in ems of the card text.
const VOTE_BADGE_ROOM: f32 = 1.6;
/// Room on the right of the last phase for the "add a phase" button.
const ADD_PHASE_WIDTH: f32 = 32.0;

/// What is being dragged: its payload in egui's drag-and-drop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CardDrag(CardId);
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PhaseDrag(PhaseId);
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LaneDrag(LaneId);

/// The sticky-note colour of a card; the same in light and dark themes, with dark text.
pub fn card_fill(colour: CardColour) -> Color32 {
    let [r, g, b] = colour.rgb();
    Color32::from_rgb(r, g, b)
}

const CARD_TEXT: Color32 = Color32::from_rgb(28, 28, 28);

/// One thing in a cell, top to bottom.
enum Item {
    Card {
        index: usize,
        galley: Arc<Galley>,
    },
    /// The in-place editor of a card, or of the new card of this cell.
    Editor,
    /// An incident or idea of a person, by its index in the cell's list.
    Linked {
        index: usize,
        galley: Arc<Galley>,
    },
}

impl Item {
    fn height(&self, editor_height: f32, pad: f32) -> f32 {
        match self {
            Item::Card { galley, .. } => galley.size().y + 2.0 * pad,
            Item::Linked { galley, .. } => galley.size().y + 4.0,
            Item::Editor => editor_height,
        }
    }
}

/// Where everything is, in screen coordinates.
pub(super) struct Layout {
    origin: Pos2,
    /// The width of the lane names' column and the height of the phases' row: the constants,
    /// scaled down when the map is fitted to the screen.
    lane_header_width: f32,
    header_height: f32,
    /// Whether cells, and the map's end, have their "+" buttons (not when fitted to a screen,
    /// where a double-click still adds a card).
    add_buttons: bool,
    /// [`PADDING`], scaled.
    pad: f32,
    /// The font of the incidents and ideas of people and of the emotion lane's scale: smaller
    /// than the cards' in the window, as large as theirs on a projector.
    small: FontId,
    phase_width: f32,
    /// Left edge of each phase column.
    phase_x: Vec<f32>,
    /// Top edge and height of each lane row.
    lane_y: Vec<f32>,
    lane_height: Vec<f32>,
    /// Every cell's items with their rects, `[lane][phase]`.
    cells: Vec<Vec<Vec<(Item, Rect)>>>,
    pub(super) width: f32,
    pub(super) height: f32,
}

impl Layout {
    fn cell_rect(&self, lane: usize, phase: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.phase_x[phase], self.lane_y[lane]),
            vec2(self.phase_width, self.lane_height[lane]),
        )
    }

    fn phase_header(&self, phase: usize) -> Rect {
        Rect::from_min_size(pos2(self.phase_x[phase], self.origin.y), vec2(self.phase_width, self.header_height))
    }

    fn lane_header(&self, lane: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.origin.x, self.lane_y[lane]),
            vec2(self.lane_header_width, self.lane_height[lane]),
        )
    }

    fn grid_rect(&self) -> Rect {
        Rect::from_min_size(self.origin, vec2(self.width, self.height))
    }
}

/// On a projector a phase is at least this many ems of the card text wide, so that four
/// phases and the lane names share a 1920-pixel screen at the smallest readable text.
const FITTED_PHASE_EMS: f32 = 11.0;

pub(super) fn show(view: &mut JourneysView, ui: &mut Ui, map: &JourneyMap, editable: bool, intents: &mut Vec<Intent>) {
    let fit = view.fit_to_screen;
    if fit {
        // A map too large for the screen at a readable size scrolls, and the room sees that
        // it does: solid scroll bars rather than ones that show only under the pointer.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    }
    // Measured outside the scroll area, whose content may be as wide as it likes.
    let available = ui.available_width() - ui.spacing().scroll.bar_width;
    let available_height = ui.available_height();
    let mut area = egui::ScrollArea::both().id_salt(("journey_grid", map.id)).auto_shrink(false);
    if view.shown != Some(map.id) {
        // A first visit, or another map: its top left, not a position egui kept from before.
        area = area.scroll_offset(vec2(0.0, 0.0));
        view.shown = Some(map.id);
    }
    area.show(ui, |ui| {
        let scale = if fit { super::fit::fitted_scale(view, ui, map, vec2(available, available_height)) } else { 1.0 };
        if scale != 1.0 {
            super::fit::scale_text(ui, scale);
        }
        let (mut layout, editor_height) = measure_scaled(view, ui, &ui.style().clone(), map, available, scale, !fit);
        let (rect, _) = ui.allocate_exact_size(vec2(layout.width, layout.height), Sense::hover());
        place(&mut layout, rect.min, editor_height);
        paint_background(ui, map, &layout);
        cells_ui(view, ui, map, &layout, editable, intents);
        headers::headers_ui(view, ui, map, &layout, editable, intents);
        emotions::emotions_ui(view, ui, map, &layout, editable, intents);
        if editable {
            drag_ui(ui, map, &layout, intents);
        }
        if !fit {
            ui.add_space(8.0);
            ui.weak(t!("journeys-grid-hint"));
        }
    });
}

/// The layout of `map` with its fixed sizes scaled by `scale` (text is scaled by the caller).
pub(super) fn measure_scaled(
    view: &JourneysView,
    ui: &Ui,
    style: &egui::Style,
    map: &JourneyMap,
    available: f32,
    scale: f32,
    add_buttons: bool,
) -> (Layout, f32) {
    let font = TextStyle::Body.resolve(style);
    // On a projector (without the "+" buttons) no text of the map is smaller than a card's.
    let fitted = !add_buttons;
    let small = if fitted { font.clone() } else { TextStyle::Small.resolve(style) };
    let pad = PADDING * scale;
    let editor_height = 3.0 * ui.fonts_mut(|f| f.row_height(&font)) + 2.0 * pad + 4.0;
    let phases = map.phases.len().max(1) as f32;
    let lane_header_width = LANE_HEADER_WIDTH * scale.min(1.0);
    let share = (available - lane_header_width - ADD_PHASE_WIDTH - 4.0) / phases;
    let min_phase_width = if fitted { FITTED_PHASE_EMS * font.size } else { MIN_PHASE_WIDTH * scale };
    let phase_width = share.clamp(min_phase_width, MAX_PHASE_WIDTH.max(min_phase_width));
    let header_font = header_font(style);
    let header_row = ui.fonts_mut(|f| f.row_height(&header_font));
    let sizes = Sizes {
        lane_header_width,
        header_height: (HEADER_HEIGHT * scale).max(header_row + 2.0 * PADDING),
        min_lane_height: MIN_LANE_HEIGHT * scale,
        emotion_height: EMOTION_HEIGHT * scale,
        add_height: if add_buttons { ADD_HEIGHT } else { 0.0 },
        pad,
        editor_height,
    };
    (measure(view, ui, map, phase_width, sizes, &font, &small), editor_height)
}

/// The fixed sizes of a layout, after scaling.
#[derive(Clone, Copy)]
struct Sizes {
    lane_header_width: f32,
    header_height: f32,
    min_lane_height: f32,
    emotion_height: f32,
    /// Room for the "+" buttons under each cell and under the lanes; none without them.
    add_height: f32,
    pad: f32,
    /// The height of a card's in-place editor.
    editor_height: f32,
}

fn measure(
    view: &JourneysView,
    ui: &Ui,
    map: &JourneyMap,
    phase_width: f32,
    sizes: Sizes,
    font: &FontId,
    small: &FontId,
) -> Layout {
    let editor_height = sizes.editor_height;
    let pad = sizes.pad;
    let card_width = phase_width - 4.0 * pad;
    let mut cells = Vec::with_capacity(map.lanes.len());
    let mut lane_height = Vec::with_capacity(map.lanes.len());
    for lane in &map.lanes {
        let mut row = Vec::with_capacity(map.phases.len());
        let mut tallest: f32 = sizes.min_lane_height;
        for phase in &map.phases {
            let mut items = Vec::new();
            if lane.kind != LaneKind::Emotions {
                for (index, card) in map.cards.iter().enumerate() {
                    if card.phase != phase.id || card.lane != lane.id {
                        continue;
                    }
                    if matches!(&view.editing, Some(Editing::Card { card: id, .. }) if *id == card.id) {
                        items.push(Item::Editor);
                    } else {
                        // A card with dots keeps its text clear of the badge in its corner.
                        let width = if card.votes > 0 { card_width - VOTE_BADGE_ROOM * font.size } else { card_width };
                        let galley = ui.painter().layout(card.text.clone(), font.clone(), CARD_TEXT, width);
                        items.push(Item::Card { index, galley });
                    }
                }
                if matches!(&view.editing, Some(Editing::NewCard { phase: p, lane: l, .. }) if *p == phase.id && *l == lane.id)
                {
                    items.push(Item::Editor);
                }
                let linked = view.extras.linked(lane.kind, phase.id);
                for (index, entry) in linked.into_iter().flatten().enumerate() {
                    // Coloured when painted: better, worse or plain.
                    let galley =
                        ui.painter().layout(entry.text.clone(), small.clone(), Color32::PLACEHOLDER, card_width);
                    items.push(Item::Linked { index, galley });
                }
            }
            let content: f32 = items.iter().map(|item| item.height(editor_height, pad) + pad).sum();
            let height = if lane.kind == LaneKind::Emotions {
                sizes.emotion_height
            } else {
                2.0 * pad + content + sizes.add_height
            };
            tallest = tallest.max(height);
            row.push(items.into_iter().map(|item| (item, Rect::NOTHING)).collect());
        }
        lane_height.push(tallest);
        cells.push(row);
    }
    let width = sizes.lane_header_width + phase_width * map.phases.len() as f32 + ADD_PHASE_WIDTH;
    let height = sizes.header_height + lane_height.iter().sum::<f32>() + sizes.add_height + 2.0 * pad;
    Layout {
        origin: Pos2::ZERO,
        lane_header_width: sizes.lane_header_width,
        header_height: sizes.header_height,
        add_buttons: sizes.add_height > 0.0,
        pad,
        small: small.clone(),
        phase_width,
        phase_x: Vec::new(),
        lane_y: Vec::new(),
        lane_height,
        cells,
        width,
        height,
    }
}

/// Puts the measured layout at `origin`: the edges of columns and rows, every item's rect.
fn place(layout: &mut Layout, origin: Pos2, editor_height: f32) {
    layout.origin = origin;
    let phases = layout.cells.first().map_or(0, Vec::len);
    let phase_width = layout.phase_width;
    layout.phase_x = (0..phases).map(|i| origin.x + layout.lane_header_width + layout.phase_width * i as f32).collect();
    let mut y = origin.y + layout.header_height;
    layout.lane_y = layout
        .lane_height
        .iter()
        .map(|h| {
            let top = y;
            y += h;
            top
        })
        .collect();
    for (lane, row) in layout.cells.iter_mut().enumerate() {
        for (phase, items) in row.iter_mut().enumerate() {
            let pad = layout.pad;
            let left = layout.phase_x[phase] + pad;
            let mut top = layout.lane_y[lane] + pad;
            for (item, rect) in items.iter_mut() {
                let height = item.height(editor_height, pad);
                *rect = Rect::from_min_size(pos2(left, top), vec2(phase_width - 2.0 * pad, height));
                top += height + pad;
            }
        }
    }
}

fn paint_background(ui: &Ui, map: &JourneyMap, layout: &Layout) {
    let painter = ui.painter();
    let visuals = ui.visuals();
    let grid = layout.grid_rect();
    let line = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    for (lane, _) in map.lanes.iter().enumerate() {
        let row = Rect::from_min_size(
            pos2(grid.left(), layout.lane_y[lane]),
            vec2(layout.lane_header_width + layout.phase_width * map.phases.len() as f32, layout.lane_height[lane]),
        );
        if lane % 2 == 1 {
            painter.rect_filled(row, 0.0, visuals.faint_bg_color);
        }
        painter.hline(row.x_range(), row.bottom(), line);
    }
    let bottom =
        layout.lane_y.last().zip(layout.lane_height.last()).map_or(grid.top() + layout.header_height, |(y, h)| y + h);
    for x in &layout.phase_x {
        painter.vline(*x, grid.top()..=bottom, line);
    }
    painter.hline(
        grid.left()..=grid.left() + layout.lane_header_width + layout.phase_width * map.phases.len() as f32,
        grid.top() + layout.header_height,
        line,
    );
}

/// The cards, the linked incidents and ideas, the editor, and the cells' own clicks.
fn cells_ui(
    view: &mut JourneysView,
    ui: &mut Ui,
    map: &JourneyMap,
    layout: &Layout,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    for (l, lane) in map.lanes.iter().enumerate() {
        if lane.kind == LaneKind::Emotions {
            continue;
        }
        for (p, phase) in map.phases.iter().enumerate() {
            let cell = layout.cell_rect(l, p);
            let where_ = t!("journeys-where", lane = lane.name.as_str(), phase = phase.name.as_str());
            let background = ui.interact(cell, Id::unique(("journey_cell", lane.id, phase.id)), Sense::click());
            background
                .widget_info(|| WidgetInfo::labeled(Role::Cell, true, t!("journeys-cell", where = where_.as_str())));
            if background.clicked() {
                view.selection = None;
            }
            if editable && background.double_clicked() {
                view.start_editing(Editing::NewCard { phase: phase.id, lane: lane.id, text: String::new() });
            }
            for (item, rect) in &layout.cells[l][p] {
                match item {
                    Item::Card { index, galley } => {
                        if let Some(card) = map.cards.get(*index) {
                            card_ui(view, ui, map, card, galley, *rect, editable, intents);
                        }
                    }
                    Item::Linked { index, galley } => {
                        if let Some(entry) = view.extras.linked(lane.kind, phase.id).and_then(|list| list.get(*index)) {
                            linked_ui(ui, (lane.id, phase.id, *index), entry, galley, *rect, intents);
                        }
                    }
                    Item::Editor => editor_ui(view, ui, map, *rect, &t!("journeys-card-text"), true, intents),
                }
            }
            if editable && layout.add_buttons {
                let bottom = layout.cells[l][p].last().map_or(cell.top() + PADDING, |(_, r)| r.bottom() + PADDING);
                let add = Rect::from_min_size(pos2(cell.left() + PADDING, bottom), vec2(ADD_HEIGHT, ADD_HEIGHT - 2.0));
                let response = ui.interact(add, Id::unique(("journey_add", lane.id, phase.id)), Sense::click());
                response.widget_info(|| {
                    WidgetInfo::labeled(Role::Button, true, t!("journeys-add-card-to", where = where_.as_str()))
                });
                let colour =
                    if response.hovered() { ui.visuals().strong_text_color() } else { ui.visuals().weak_text_color() };
                ui.painter().text(
                    add.center(),
                    Align2::CENTER_CENTER,
                    "+",
                    TextStyle::Button.resolve(ui.style()),
                    colour,
                );
                if response.clicked() {
                    view.start_editing(Editing::NewCard { phase: phase.id, lane: lane.id, text: String::new() });
                }
                response.on_hover_text(t!("journeys-add-card-to", where = where_.as_str()));
            }
        }
    }
}

/// Where a card's text starts: its padding is what the card's height leaves around the text.
fn text_origin(card: Rect, galley: &Galley) -> Pos2 {
    let pad = ((card.height() - galley.size().y) / 2.0).max(0.0);
    card.min + vec2(pad, pad)
}

#[allow(clippy::too_many_arguments)]
fn card_ui(
    view: &mut JourneysView,
    ui: &mut Ui,
    map: &JourneyMap,
    card: &Card,
    galley: &Arc<Galley>,
    rect: Rect,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let (id, colour, votes) = (card.id, card.colour, card.votes);
    let voting = view.voting && editable;
    let sense = if editable && !voting { Sense::click_and_drag() } else { Sense::click() };
    let response = ui.interact(rect, Id::unique(("journey_card", id)), sense);
    let selected = view.selection == Some(Selection::Card(id));
    response.widget_info(|| {
        let label = if votes > 0 {
            crate::t!("journeys-card-with-votes", text = galley.text(), count = votes)
        } else {
            galley.text().to_owned()
        };
        WidgetInfo::selected(Role::ListItem, true, selected, label)
    });
    if voting {
        let intent = if response.clicked() {
            super::vote(map, id, true)
        } else if response.secondary_clicked() {
            super::vote(map, id, false)
        } else {
            None
        };
        intents.extend(intent);
    } else if editable {
        response.dnd_set_drag_payload(CardDrag(id));
    }
    let dragged = DragAndDrop::payload::<CardDrag>(ui.ctx()).is_some_and(|d| d.0 == id);
    let mut fill = card_fill(colour);
    if dragged {
        fill = fill.gamma_multiply(0.4);
    }
    let painter = ui.painter();
    painter.rect_filled(rect, CornerRadius::same(4), fill);
    let stroke = if selected {
        Stroke::new(2.5, ui.visuals().selection.stroke.color)
    } else if response.hovered() {
        Stroke::new(1.0, Color32::from_gray(120))
    } else {
        Stroke::new(1.0, Color32::from_gray(170))
    };
    painter.rect_stroke(rect, CornerRadius::same(4), stroke, StrokeKind::Inside);
    painter.galley(text_origin(rect, galley), galley.clone(), CARD_TEXT);
    if votes > 0 {
        // The dots, as a badge in the top right corner with their count, as large as the text.
        let size = TextStyle::Body.resolve(ui.style()).size;
        let radius = 0.7 * size;
        let centre = Pos2::new(rect.right() - radius - 1.0, rect.top() + radius + 1.0);
        painter.circle_filled(centre, radius, Color32::from_rgb(0xD8, 0x1B, 0x60));
        painter.text(centre, Align2::CENTER_CENTER, votes.to_string(), FontId::proportional(size), Color32::WHITE);
    }
    if response.clicked() || response.drag_started() || response.gained_focus() {
        view.selection = Some(Selection::Card(id));
    }
    if voting {
        return;
    }
    if editable && response.double_clicked() {
        if let Some(card) = map.cards.iter().find(|c| c.id == id) {
            view.edit_card(card);
        }
    }
    if dragged && let Some(pointer) = ui.ctx().pointer_interact_pos() {
        // The card follows the pointer on top of everything while it is carried.
        let layer = egui::LayerId::new(egui::Order::Tooltip, Id::unique("journey_drag_ghost"));
        // Beside the pointer, so the insertion marker under it stays visible.
        let ghost = Rect::from_min_size(pointer + vec2(14.0, 10.0), rect.size());
        let painter = ui.ctx().layer_painter(layer);
        painter.rect_filled(ghost, CornerRadius::same(4), card_fill(colour));
        painter.rect_stroke(ghost, CornerRadius::same(4), Stroke::new(1.5, Color32::from_gray(90)), StrokeKind::Inside);
        painter.galley(text_origin(ghost, galley), galley.clone(), CARD_TEXT);
    }
    if editable {
        response.context_menu(|ui| {
            if ui.button(t!("journeys-edit")).clicked() {
                if let Some(card) = map.cards.iter().find(|c| c.id == id) {
                    view.edit_card(card);
                }
                ui.close();
            }
            if let Some(card) = map.cards.iter().find(|c| c.id == id) {
                super::colour_menu(ui, map, card, intents);
            }
            if ui.button(t!("journeys-delete-card")).clicked() {
                intents.push(super::delete_card(map, id));
                ui.close();
            }
        });
    }
}

/// An incident or idea of a real person: a link to their profile. A line that counts those not
/// shown, or sums up why people moved, is plain text (`salt` tells it from the same words in
/// another cell).
fn linked_ui(
    ui: &mut Ui,
    salt: (LaneId, PhaseId, usize),
    entry: &super::Linked,
    galley: &Arc<Galley>,
    rect: Rect,
    intents: &mut Vec<Intent>,
) {
    let Some(person) = entry.person else {
        let response = ui.interact(rect, Id::unique(("journey_linked_more", salt)), Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &entry.text));
        ui.painter().galley(rect.min + vec2(2.0, 2.0), galley.clone(), ui.visuals().weak_text_color());
        return;
    };
    let response = ui.interact(rect, Id::unique(("journey_linked", person, &entry.text)), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Link, true, &entry.text));
    let dark = ui.visuals().dark_mode;
    let colour = match entry.better {
        Some(true) if dark => Color32::from_rgb(130, 210, 140),
        Some(true) => Color32::from_rgb(20, 120, 40),
        Some(false) => ui.visuals().error_fg_color,
        None => ui.visuals().text_color(),
    };
    ui.painter().galley(rect.min + vec2(2.0, 2.0), galley.clone(), colour);
    if response.hovered() {
        ui.painter().hline(rect.x_range(), rect.bottom(), Stroke::new(1.0, colour));
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    if response.clicked() {
        intents.push(Intent::OpenPerson(person));
    }
    response.on_hover_text(t!("insights-open-profile"));
}

/// The phases' and lanes' names: the buttons' text, and never smaller than the cards'.
fn header_font(style: &egui::Style) -> FontId {
    let button = TextStyle::Button.resolve(style);
    let body = TextStyle::Body.resolve(style);
    if button.size >= body.size { button } else { body }
}

/// The in-place text editor for whatever `view.editing` holds. Enter (without Shift) or
/// leaving the field keeps the text; Esc drops it.
fn editor_ui(
    view: &mut JourneysView,
    ui: &mut Ui,
    map: &JourneyMap,
    rect: Rect,
    label: &str,
    multiline: bool,
    intents: &mut Vec<Intent>,
) {
    let id = Id::unique("journey_editor");
    let has_focus = ui.memory(|m| m.has_focus(id));
    let enter = has_focus && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    // egui lets go of the focus as soon as Esc is pressed, so Esc is taken whatever has it.
    let escape = ui.input(|i| i.key_pressed(Key::Escape));
    let Some(editing) = &mut view.editing else { return };
    let text = match editing {
        Editing::Card { text, .. }
        | Editing::NewCard { text, .. }
        | Editing::Phase { text, .. }
        | Editing::Lane { text, .. } => text,
    };
    let field = if multiline { TextEdit::multiline(text).desired_rows(3) } else { TextEdit::singleline(text) };
    let response = ui.put(rect, field.id(id).desired_width(rect.width()).hint_text(label));
    response.widget_info(|| WidgetInfo::labeled(Role::TextInput, true, label));
    if !view.editor_focused {
        response.request_focus();
        view.editor_focused = true;
    }
    if escape {
        view.finish_editing(map, false, intents);
    } else if enter || response.lost_focus() {
        view.finish_editing(map, true, intents);
    }
}

/// While a card, a phase or a lane is carried: where it would land, shown with a marker, and
/// the move when it is let go.
fn drag_ui(ui: &mut Ui, map: &JourneyMap, layout: &Layout, intents: &mut Vec<Intent>) {
    let Some(pointer) = ui.ctx().pointer_interact_pos() else { return };
    let released = ui.input(|i| i.pointer.any_released());
    let marker = Stroke::new(3.0, ui.visuals().selection.stroke.color);
    let grid = layout.grid_rect();
    if let Some(card) = DragAndDrop::payload::<CardDrag>(ui.ctx()) {
        let Some((l, p)) = cell_at(map, layout, pointer) else { return };
        let items = &layout.cells[l][p];
        let cards: Vec<Rect> = items
            .iter()
            .filter(|(item, _)| matches!(item, Item::Card { .. } | Item::Editor))
            .map(|(_, r)| *r)
            .collect();
        let slot = cards.iter().filter(|r| r.center().y < pointer.y).count();
        let cell = layout.cell_rect(l, p);
        let y = match (slot, cards.get(slot), cards.last()) {
            (_, Some(next), _) => next.top() - layout.pad / 2.0,
            (_, None, Some(last)) => last.bottom() + layout.pad / 2.0,
            _ => cell.top() + layout.pad,
        };
        ui.painter().hline(cell.left() + 4.0..=cell.right() - 4.0, y, marker);
        if released && DragAndDrop::take_payload::<CardDrag>(ui.ctx()).is_some() {
            let to = CardPlace { phase: map.phases[p].id, lane: map.lanes[l].id, slot };
            intents.extend(card_drop(map, card.0, to));
        }
    } else if let Some(phase) = DragAndDrop::payload::<PhaseDrag>(ui.ctx()) {
        if !grid.x_range().contains(pointer.x) {
            return;
        }
        let slot = layout.phase_x.iter().filter(|x| *x + layout.phase_width / 2.0 < pointer.x).count();
        let x = layout
            .phase_x
            .get(slot)
            .copied()
            .unwrap_or_else(|| layout.phase_x.last().map_or(grid.left(), |x| x + layout.phase_width));
        ui.painter().vline(x, grid.top()..=grid.bottom() - ADD_HEIGHT, marker);
        if released && DragAndDrop::take_payload::<PhaseDrag>(ui.ctx()).is_some() {
            let from = map.phases.iter().position(|p| p.id == phase.0);
            if let Some(from) = from {
                let to = if slot > from { slot - 1 } else { slot };
                if to != from {
                    intents.push(edit(
                        phase_move_label(map, phase.0),
                        Edit::MovePhase { journey: map.id, phase: phase.0, to },
                    ));
                }
            }
        }
    } else if let Some(lane) = DragAndDrop::payload::<LaneDrag>(ui.ctx()) {
        if !grid.y_range().contains(pointer.y) {
            return;
        }
        let slot = layout.lane_y.iter().zip(&layout.lane_height).filter(|(y, h)| *y + *h / 2.0 < pointer.y).count();
        let y =
            layout.lane_y.get(slot).copied().unwrap_or_else(|| {
                layout.lane_y.last().zip(layout.lane_height.last()).map_or(grid.top(), |(y, h)| y + h)
            });
        ui.painter().hline(grid.left()..=grid.right() - ADD_PHASE_WIDTH, y, marker);
        if released && DragAndDrop::take_payload::<LaneDrag>(ui.ctx()).is_some() {
            let from = map.lanes.iter().position(|l| l.id == lane.0);
            if let Some(from) = from {
                let to = if slot > from { slot - 1 } else { slot };
                if to != from {
                    intents
                        .push(edit(lane_move_label(map, lane.0), Edit::MoveLane { journey: map.id, lane: lane.0, to }));
                }
            }
        }
    }
}

/// The card cell under `pointer`: (lane, phase), never the emotion lane.
fn cell_at(map: &JourneyMap, layout: &Layout, pointer: Pos2) -> Option<(usize, usize)> {
    let p = layout.phase_x.iter().position(|x| (*x..x + layout.phase_width).contains(&pointer.x))?;
    let l = layout.lane_y.iter().zip(&layout.lane_height).position(|(y, h)| (*y..y + h).contains(&pointer.y))?;
    (map.lanes[l].kind != LaneKind::Emotions).then_some((l, p))
}
