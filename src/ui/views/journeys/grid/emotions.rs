//! The emotion lane of the grid: a point per phase from −2 to +2, set by clicking, dragging or
//! the arrow keys, with the curve drawn through them.

use super::super::{JourneysView, replace};
use super::Layout;
use crate::model::{JourneyMap, LaneKind, PhaseId};
use crate::t;
use crate::ui::Intent;
use egui::{Align2, Id, Key, Modifiers, Pos2, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2};

/// The emotion lane: a point per phase from −2 to +2, set by clicking or dragging, with the
/// curve drawn through them. The focused point also takes ↑, ↓ and Delete.
pub(super) fn emotions_ui(
    view: &mut JourneysView,
    ui: &mut Ui,
    map: &JourneyMap,
    layout: &Layout,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let visuals = ui.visuals().clone();
    for (l, lane) in map.lanes.iter().enumerate() {
        if lane.kind != LaneKind::Emotions {
            continue;
        }
        let inner_top = layout.lane_y[l] + 14.0;
        let step = (layout.lane_height[l] - 28.0) / 4.0;
        let zero = inner_top + 2.0 * step;
        let y_of = |score: i8| zero - f32::from(score) * step;
        let painter = ui.painter();
        let row = layout.phase_x.first().zip(layout.phase_x.last()).map(|(a, b)| *a..=b + layout.phase_width);
        if let Some(row) = row {
            painter.hline(row, zero, Stroke::new(1.0, visuals.weak_text_color().gamma_multiply(0.5)));
        }
        let header = layout.lane_header(l);
        let small = layout.small.clone();
        for score in [2, 0, -2] {
            let label = if score > 0 { format!("+{score}") } else { score.to_string() };
            painter.text(
                pos2(header.right() - 6.0, y_of(score)),
                Align2::RIGHT_CENTER,
                label,
                small.clone(),
                visuals.weak_text_color(),
            );
        }
        let mut points: Vec<Option<Pos2>> = Vec::with_capacity(map.phases.len());
        for (p, phase) in map.phases.iter().enumerate() {
            let cell = layout.cell_rect(l, p);
            let sense = if editable { Sense::click_and_drag() } else { Sense::hover() };
            let response = ui.interact(cell, Id::unique(("journey_emotion", phase.id)), sense);
            let dragging = view.emotion_drag.filter(|(id, _)| *id == phase.id).map(|(_, score)| score);
            let score = dragging.or(phase.emotion);
            let label = t!("journeys-emotion-in", phase = phase.name.as_str());
            response.widget_info(|| WidgetInfo::slider(editable, score.map_or(0.0, f64::from), &label));
            if editable {
                let pointed =
                    response.interact_pointer_pos().map(|pos| ((zero - pos.y) / step).round().clamp(-2.0, 2.0) as i8);
                if response.dragged()
                    && let Some(score) = pointed
                {
                    view.emotion_drag = Some((phase.id, score));
                }
                let commit = if response.drag_stopped() {
                    view.emotion_drag.take().map(|(_, score)| Some(score))
                } else if response.clicked() {
                    pointed.map(Some)
                } else if response.has_focus() {
                    let key = |key| ui.input_mut(|i| i.consume_key(Modifiers::NONE, key));
                    let current = phase.emotion.unwrap_or(0);
                    if key(Key::ArrowUp) {
                        Some(Some((current + 1).min(2)))
                    } else if key(Key::ArrowDown) {
                        Some(Some((current - 1).max(-2)))
                    } else if key(Key::Delete) {
                        Some(None)
                    } else {
                        None
                    }
                } else {
                    None
                };
                if response.clicked() {
                    response.request_focus();
                }
                response.context_menu(|ui| {
                    if ui.button(t!("journeys-clear-emotion")).clicked() {
                        intents.push(set_emotion(map, phase.id, None));
                        ui.close();
                    }
                });
                if let Some(score) = commit
                    && score != phase.emotion
                {
                    intents.push(set_emotion(map, phase.id, score));
                }
                if response.has_focus() {
                    ui.painter().rect_stroke(cell.shrink(2.0), 3.0, visuals.selection.stroke, StrokeKind::Inside);
                }
            }
            let x = cell.center().x;
            points.push(score.map(|s| pos2(x, y_of(s))));
            if score.is_none() {
                ui.painter().text(pos2(x, zero), Align2::CENTER_CENTER, "–", small.clone(), visuals.weak_text_color());
            }
        }
        let curve = Stroke::new(3.0, visuals.selection.stroke.color);
        let painter = ui.painter();
        for pair in points.windows(2) {
            if let [Some(a), Some(b)] = pair {
                painter.line_segment([*a, *b], curve);
            }
        }
        for point in points.iter().flatten() {
            painter.circle(*point, 7.0, visuals.selection.stroke.color, Stroke::new(2.0, visuals.extreme_bg_color));
        }
    }
}

fn set_emotion(map: &JourneyMap, phase: PhaseId, score: Option<i8>) -> Intent {
    let mut changed = map.clone();
    let name = map.phase(phase).map_or(String::new(), |p| p.name.clone());
    if let Some(p) = changed.phases.iter_mut().find(|p| p.id == phase) {
        p.emotion = score;
    }
    replace(t!("journeys-set-emotion-label", phase = name.as_str()), changed)
}
