//! The projector: at 1920×1080 in present mode (zoom 2), the sample workspace's filled-in
//! Customer journey map fits the screen — every phase, lane and card is on it without
//! scrolling — and at laptop size (1366×768) the views' controls lie on the screen.

use crate::common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kindred::ui::KindredApp;

fn sample_at(size: egui::Vec2) -> (tempfile::TempDir, Harness<'static, KindredApp>, kindred::model::Workspace) {
    let ws = kindred::ui::sample_workspace().expect("the sample reads");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &ws).expect("saves");
    let harness = common::harness_sized(&path, size);
    (dir, harness, ws)
}

/// The screen in the accessibility tree's units: physical pixels.
fn screen(harness: &Harness<'_, KindredApp>) -> egui::Rect {
    let points = harness.ctx.content_rect();
    egui::Rect::from_min_max(points.min * harness.ctx.pixels_per_point(), points.max * harness.ctx.pixels_per_point())
}

/// The places of the nodes labelled `label` (or starting with it, for `prefix`).
fn rects(harness: &Harness<'_, KindredApp>, label: &str, prefix: bool) -> Vec<egui::Rect> {
    let rects: Vec<egui::Rect> = harness
        .query_all(
            by().predicate(|n| n.label().is_some_and(|l| if prefix { l.starts_with(label) } else { l == label })),
        )
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| egui::Rect::from_min_max(egui::pos2(b.x0 as f32, b.y0 as f32), egui::pos2(b.x1 as f32, b.y1 as f32)))
        .collect();
    assert!(!rects.is_empty(), "{label:?} is on the screen");
    rects
}

#[test]
fn the_customer_journey_fits_a_projector_at_zoom_two() {
    let (_dir, mut harness, ws) = sample_at(egui::vec2(1920.0, 1080.0));
    harness.key_press(Key::F5);
    harness.run_steps(4);
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.01, "present mode zooms to 2");
    harness.get_by_label("Journeys").click();
    harness.run_steps(4);
    let map = ws.journeys.iter().find(|m| m.name == "Customer journey").expect("the sample has it");
    assert!(map.cards.len() >= 10, "the map is filled in");
    let screen = screen(&harness);
    assert!((harness.ctx.content_rect().width() - 960.0).abs() < 1.0, "the zoom leaves 960 points across");
    let mut wanted: Vec<(String, bool)> = map.phases.iter().map(|p| (p.name.clone(), false)).collect();
    wanted.extend(map.lanes.iter().map(|l| (l.name.clone(), false)));
    wanted.extend(map.cards.iter().map(|c| (c.text.chars().take(20).collect::<String>(), true)));
    let card_lanes = map.lanes.iter().filter(|l| l.kind != kindred::model::LaneKind::Emotions);
    wanted.extend(
        card_lanes.flat_map(|l| map.phases.iter().map(move |p| (format!("Cell {} in {}", l.name, p.name), false))),
    );
    wanted.extend(map.phases.iter().map(|p| (format!("Emotion in {}", p.name), false)));
    for (label, prefix) in wanted {
        for rect in rects(&harness, &label, prefix) {
            assert!(screen.contains_rect(rect), "{label:?} at {rect:?} is off the screen {screen:?}");
        }
    }
    // One row of present mode's bar, one of the map's tools, and the rest is the map.
    let bar = rects(&harness, "People", false)[0];
    let leave = rects(&harness, "Leave", false)[0];
    assert!((leave.center().y - bar.center().y).abs() < bar.height(), "the bar is one row: {bar:?}, {leave:?}");

    // In Danish, whose words are longer, too.
    kindred::i18n::set_language(kindred::i18n::Lang::Da);
    harness.run_steps(3);
    let bar = rects(&harness, "Personer", false)[0];
    let leave = rects(&harness, "Afslut", false)[0];
    assert!((leave.center().y - bar.center().y).abs() < bar.height(), "Danish: the bar is one row");
    let last_phase = map.phases.last().map(|p| p.name.clone()).unwrap_or_default();
    let last_lane = map.lanes.last().map(|l| l.name.clone()).unwrap_or_default();
    for label in [last_phase, last_lane] {
        for rect in rects(&harness, &label, false) {
            assert!(screen.contains_rect(rect), "Danish: {label:?} at {rect:?} is off the screen");
        }
    }
    kindred::i18n::set_language(kindred::i18n::Lang::En);
}

#[test]
fn at_laptop_size_every_control_of_every_view_is_on_the_screen() {
    let (_dir, mut harness, _ws) = sample_at(egui::vec2(1366.0, 768.0));
    for view in ["People", "Milestones", "Journeys", "Board", "Insights", "Exercise"] {
        harness.get_by_label(view).click();
        harness.run_steps(2);
        let screen = screen(&harness);
        let off: Vec<String> = harness
            .query_all(by())
            .filter(|n| n.accesskit_node().data().supports_action(egui::accesskit::Action::Click))
            .filter(|n| {
                let rect = n.rect();
                // Controls scrolled out of a list are reached by scrolling; none may sit past the
                // window's right edge, where nothing scrolls sideways to them.
                rect.left() >= screen.right() || rect.right() > screen.right() + 0.5
            })
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect();
        assert!(off.is_empty(), "{view}: past the right edge of {screen:?}: {off:?}");
    }
}
