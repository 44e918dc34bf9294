//! The journey map on a projector: the scale at which it fits the screen, and the smallest
//! text it may have there.

use super::JourneysView;
use super::grid::measure_scaled;
use crate::model::JourneyMap;
use egui::{TextStyle, Ui};

/// The smallest text of a map fitted to a projector, as a share of the screen's height (see
/// [`fitted_scale`]): 1080 / 34.6 = 31 pixels on a 1080p projector.
const SCREEN_HEIGHTS_PER_LINE: f32 = 34.6;

/// The scale of a map on a projector: the largest (up to 1) at which it fits `room`, but never
/// below the smallest text readable from the back of the room — past that the map scrolls.
/// Narrower text wraps onto fewer lines, so the scale is searched for rather than computed.
/// Kept until the map, the language or the room changes.
///
/// The smallest readable text follows a rule of projection design: a character is read from a
/// distance of up to 200 times its height, and the farthest seat is at most 4 image heights
/// from a screen that shows detailed content. The cap height must then be at least
/// 4 / 200 = 1/50 of the image's height; the default font's capitals are 0.693 of its size,
/// so the text is at least 1/(50 × 0.693) = 1/34.6 of the screen's height
/// ([`SCREEN_HEIGHTS_PER_LINE`]): 31 pixels on a 1080p projector, whose image is 1.5 m high
/// for a back row at 6 m, giving capitals of 30 mm. Being a share of the screen, it holds in
/// points at any zoom; when the card text is smaller than that to begin with, it is enlarged.
pub(super) fn fitted_scale(view: &mut JourneysView, ui: &Ui, map: &JourneyMap, room: egui::Vec2) -> f32 {
    let key = (view.extras.key, map.id, room.x.round() as i32, room.y.round() as i32);
    if let Some((cached, scale)) = view.fitted
        && cached == key
    {
        return scale;
    }
    let fits = |scale: f32| {
        let mut style = ui.style().as_ref().clone();
        scale_fonts(&mut style, scale);
        let (layout, _) = measure_scaled(view, ui, &style, map, room.x, scale, false);
        layout.width <= room.x && layout.height <= room.y
    };
    let floor = readable_scale(ui);
    let scale = if floor >= 1.0 {
        floor
    } else if fits(1.0) {
        1.0
    } else if !fits(floor) {
        floor
    } else {
        let (mut low, mut high) = (floor, 1.0);
        for _ in 0..7 {
            let middle = (low + high) / 2.0;
            if fits(middle) { low = middle } else { high = middle }
        }
        low
    };
    view.fitted = Some((key, scale));
    scale
}

/// The scale at which the card text is the smallest readable from the back of the room.
fn readable_scale(ui: &Ui) -> f32 {
    let body = TextStyle::Body.resolve(ui.style()).size;
    min_text_size(ui.ctx()) / body
}

/// The smallest text of a map on a projector, in points: [`SCREEN_HEIGHTS_PER_LINE`] of the
/// screen (present mode is full screen).
fn min_text_size(ctx: &egui::Context) -> f32 {
    ctx.content_rect().height() / SCREEN_HEIGHTS_PER_LINE
}

/// Scales the text styles of `ui` (and so of everything drawn in it) by `scale`.
pub(super) fn scale_text(ui: &mut Ui, scale: f32) {
    scale_fonts(ui.style_mut(), scale);
}

pub(super) fn scale_fonts(style: &mut egui::Style, scale: f32) {
    for font in style.text_styles.values_mut() {
        font.size *= scale;
    }
}
