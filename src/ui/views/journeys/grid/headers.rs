//! The phase and lane headers of the grid: select, rename, drag to reorder, the menu that adds
//! or deletes one; and the buttons that add a phase or a lane at the map's end.

use super::super::{Editing, JourneysView, Selection, add_phase, delete_lane, delete_phase, lanes};
use super::{ADD_HEIGHT, ADD_PHASE_WIDTH, LaneDrag, Layout, PADDING, PhaseDrag, editor_ui, header_font};
use crate::model::{JourneyMap, LaneId, PhaseId};
use crate::t;
use crate::ui::Intent;
use egui::{Align2, CornerRadius, FontId, Id, Rect, Role, Sense, Ui, WidgetInfo, pos2, vec2};

/// A phase's or a lane's header: its place in the map and its id.
#[derive(Clone, Copy)]
enum Header {
    Phase(usize, PhaseId),
    Lane(usize, LaneId),
}

impl Header {
    fn selection(self) -> Selection {
        match self {
            Header::Phase(_, id) => Selection::Phase(id),
            Header::Lane(_, id) => Selection::Lane(id),
        }
    }

    /// Editing its name in place, starting from `name`.
    fn rename(self, name: &str) -> Editing {
        let text = name.to_owned();
        match self {
            Header::Phase(_, phase) => Editing::Phase { phase, text },
            Header::Lane(_, lane) => Editing::Lane { lane, text },
        }
    }

    /// Whether `editing` is of its name.
    fn is_renamed(self, editing: Option<&Editing>) -> bool {
        match (self, editing) {
            (Header::Phase(_, id), Some(Editing::Phase { phase, .. })) => *phase == id,
            (Header::Lane(_, id), Some(Editing::Lane { lane, .. })) => *lane == id,
            _ => false,
        }
    }
}

/// The phase and lane headers, and the add buttons.
pub(super) fn headers_ui(
    view: &mut JourneysView,
    ui: &mut Ui,
    map: &JourneyMap,
    layout: &Layout,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let font = header_font(ui.style());
    let phases = map.phases.iter().enumerate().map(|(p, phase)| Header::Phase(p, phase.id));
    let lanes = map.lanes.iter().enumerate().map(|(l, lane)| Header::Lane(l, lane.id));
    for header in phases.chain(lanes) {
        header_ui(view, ui, map, layout, header, &font, editable, intents);
    }
    if editable && layout.add_buttons {
        add_buttons_ui(ui, map, layout, intents);
    }
}

/// One header: selected by a click, a drag or the keyboard; dragged to reorder; renamed by a
/// double-click or its menu, which also adds a phase or lane after it or deletes it.
#[allow(clippy::too_many_arguments)]
fn header_ui(
    view: &mut JourneysView,
    ui: &mut Ui,
    map: &JourneyMap,
    layout: &Layout,
    header: Header,
    font: &FontId,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let (rect, name, id, role, align) = match header {
        Header::Phase(p, phase) => {
            let name = map.phases[p].name.as_str();
            (
                layout.phase_header(p),
                name,
                Id::unique(("journey_phase", phase)),
                Role::ColumnHeader,
                Align2::CENTER_CENTER,
            )
        }
        Header::Lane(l, lane) => {
            let name = map.lanes[l].name.as_str();
            (layout.lane_header(l), name, Id::unique(("journey_lane", lane)), Role::RowHeader, Align2::LEFT_TOP)
        }
    };
    if header.is_renamed(view.editing.as_ref()) {
        let (field, label) = match header {
            Header::Phase(..) => (rect.shrink(4.0), t!("journeys-phase-name")),
            Header::Lane(..) => {
                let top = vec2(rect.width() - 8.0, layout.header_height - 8.0);
                (Rect::from_min_size(rect.min + vec2(4.0, 4.0), top), t!("journeys-lane-name"))
            }
        };
        editor_ui(view, ui, map, field, &label, false, intents);
        return;
    }
    let sense = if editable { Sense::click_and_drag() } else { Sense::click() };
    let response = ui.interact(rect, id, sense);
    let selected = view.selection == Some(header.selection());
    response.widget_info(|| WidgetInfo::selected(role, true, selected, name));
    header_paint(ui, rect, name, font, selected, response.hovered(), align);
    if editable {
        match header {
            Header::Phase(_, phase) => response.dnd_set_drag_payload(PhaseDrag(phase)),
            Header::Lane(_, lane) => response.dnd_set_drag_payload(LaneDrag(lane)),
        }
    }
    if response.clicked() || response.drag_started() || response.gained_focus() {
        view.selection = Some(header.selection());
    }
    if !editable {
        return;
    }
    if response.double_clicked() {
        view.start_editing(header.rename(name));
    }
    response.context_menu(|ui| {
        if ui.button(t!("journeys-rename")).clicked() {
            view.start_editing(header.rename(name));
            ui.close();
        }
        let (add, delete, deletable) = match header {
            Header::Phase(..) => (t!("journeys-add-phase"), t!("journeys-delete-phase"), map.phases.len() > 1),
            Header::Lane(..) => (t!("journeys-add-lane"), t!("journeys-delete-lane"), map.lanes.len() > 1),
        };
        match header {
            Header::Phase(_, phase) => {
                if ui.button(add).clicked() {
                    intents.push(add_phase(map, Some(phase)));
                    ui.close();
                }
            }
            Header::Lane(_, lane) => {
                ui.menu_button(add, |ui| lanes::add_lane_entries(ui, map, Some(lane), intents));
            }
        }
        if ui.add_enabled(deletable, egui::Button::new(delete)).clicked() {
            intents.push(match header {
                Header::Phase(_, phase) => delete_phase(map, phase),
                Header::Lane(_, lane) => delete_lane(map, lane),
            });
            ui.close();
        }
    });
}

/// "+" after the last phase, "+ Add lane" (a menu of the kinds of lane) under the last lane.
fn add_buttons_ui(ui: &mut Ui, map: &JourneyMap, layout: &Layout, intents: &mut Vec<Intent>) {
    let last = layout.phase_x.last().map_or(layout.origin.x + layout.lane_header_width, |x| x + layout.phase_width);
    let phase_button = Rect::from_min_size(
        pos2(last + 4.0, layout.origin.y + 4.0),
        vec2(ADD_PHASE_WIDTH - 8.0, layout.header_height - 8.0),
    );
    if ui.put(phase_button, egui::Button::new("+")).on_hover_text(t!("journeys-add-phase")).clicked() {
        intents.push(add_phase(map, None));
    }
    // The button's text is "+"; its accessible name must say what it does.
    let bottom = layout
        .lane_y
        .last()
        .zip(layout.lane_height.last())
        .map_or(layout.origin.y + layout.header_height, |(y, h)| y + h);
    let lane_button = Rect::from_min_size(
        pos2(layout.origin.x + 4.0, bottom + layout.pad),
        vec2(layout.lane_header_width - 8.0, ADD_HEIGHT + 2.0),
    );
    let button = ui.put(lane_button, egui::Button::new(format!("+ {}", t!("journeys-add-lane"))).small());
    egui::Popup::menu(&button).show(|ui| lanes::add_lane_entries(ui, map, None, intents));
}

/// A header's name on its background: the selection's colour when selected, a light one when
/// hovered.
fn header_paint(ui: &Ui, rect: Rect, name: &str, font: &FontId, selected: bool, hovered: bool, align: Align2) {
    let painter = ui.painter();
    let visuals = ui.visuals();
    if selected {
        painter.rect_filled(rect.shrink(1.0), CornerRadius::same(3), visuals.selection.bg_fill);
    } else if hovered {
        painter.rect_filled(rect.shrink(1.0), CornerRadius::same(3), visuals.widgets.hovered.weak_bg_fill);
    }
    let colour = if selected { visuals.selection.stroke.color } else { visuals.strong_text_color() };
    let inner = rect.shrink(PADDING);
    let galley = painter.layout(name.to_owned(), font.clone(), colour, inner.width());
    let pos = match align {
        Align2::CENTER_CENTER => inner.center() - galley.size() / 2.0,
        _ => inner.min,
    };
    painter.with_clip_rect(rect).galley(pos, galley, colour);
}
