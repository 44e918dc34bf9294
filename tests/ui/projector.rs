//! The projector: at 1920×1080 in present mode (zoom 2), the sample workspace's Customer
//! journey is readable from the back of the room — no text of the map smaller than the
//! smallest readable, the phases across the screen, the rest reached by scrolling —, the
//! board's columns fit or scroll to the last, and the timer ends clearly; at laptop size
//! (1366×768) the views' controls lie on the screen, and at 1024×600 the Journeys tools wrap
//! whole.

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

/// The places of the texts (labels' and values') that start with `prefix`, in physical pixels.
fn text_rects(harness: &Harness<'_, KindredApp>, prefix: &str) -> Vec<egui::Rect> {
    let rects: Vec<egui::Rect> = harness
        .query_all(by().predicate(|n| [n.label(), n.value()].into_iter().flatten().any(|t| t.starts_with(prefix))))
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| egui::Rect::from_min_max(egui::pos2(b.x0 as f32, b.y0 as f32), egui::pos2(b.x1 as f32, b.y1 as f32)))
        .collect();
    assert!(!rects.is_empty(), "{prefix:?} is on the screen");
    rects
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

/// The height of one line of the smallest text a map may have on this screen, in points. The README's rule: capitals of 1/50 of the screen's height (30 mm on a 1.5 m high
/// image, read from 6 m), so text of 1/34.6 of it (the font's capitals are 0.693 of its size).
fn smallest_line(harness: &Harness<'_, KindredApp>) -> f32 {
    let size = harness.ctx.content_rect().height() / 34.6;
    harness.ctx.fonts_mut(|f| f.row_height(&egui::FontId::proportional(size)))
}

fn present_view(harness: &mut Harness<'_, KindredApp>, view: &str) {
    harness.key_press(Key::F5);
    harness.run_steps(4);
    harness.get_by_label(view).click();
    harness.run_steps(4);
}

#[test]
fn the_customer_journey_on_a_projector_is_readable_from_the_back_and_scrolls_rather_than_shrinks() {
    let (_dir, mut harness, ws) = sample_at(egui::vec2(1920.0, 1080.0));
    present_view(&mut harness, "Journeys");
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.01, "present mode zooms to 2");
    let map = ws.journeys.iter().find(|m| m.name == "Customer journey").expect("the sample has it");
    assert!(map.cards.len() >= 10, "the map is filled in");
    let screen = screen(&harness);
    let line = smallest_line(&harness);
    // 1080 / 34.6 = 31 pixels of text at zoom 2: a line of it is taller than 17 points.
    assert!(line > 17.0, "{line}");
    let heights = |harness: &Harness<'_, KindredApp>, role: egui::accesskit::Role| -> Vec<(String, f32)> {
        harness
            .query_all(by().predicate(move |n| n.role() == role))
            .map(|n| {
                let node = n.accesskit_node();
                (node.label().or(node.value()).unwrap_or_default(), n.rect().height())
            })
            .collect()
    };
    // Every card holds a line of text at least as large as the smallest readable; so do the
    // phases' and lanes' names, and the lines counting the incidents and ideas of people.
    use egui::accesskit::Role;
    for role in [Role::ListItem, Role::ColumnHeader, Role::RowHeader] {
        let found = heights(&harness, role);
        assert!(!found.is_empty(), "{role:?} shown");
        for (label, height) in found {
            assert!(height >= line - 0.5, "{role:?} {label:?} is {height} high, less than a line of {line}");
        }
    }
    // The incidents' lane is below the fold at a readable size.
    let incidents = map.lanes.iter().find(|l| l.kind == kindred::model::LaneKind::Incidents).expect("a lane of them");
    harness.get_by_label(&incidents.name).scroll_to_me();
    harness.run_steps(4);
    let counts: Vec<(String, f32)> = heights(&harness, Role::Label)
        .into_iter()
        .filter(|(label, _)| label.contains(" better, ") || label.ends_with(" ideas") || label.ends_with(" idea"))
        .collect();
    assert!(!counts.is_empty(), "the incidents are counted per phase");
    for (label, height) in counts {
        assert!(height >= line - 0.5, "{label:?} is {height} high, less than a line of {line}");
    }
    // The phases share the screen's width; what is below its bottom is reached by scrolling.
    harness.get_by_label(&map.phases[0].name).scroll_to_me();
    harness.run_steps(4);
    for phase in &map.phases {
        for rect in rects(&harness, &phase.name, false) {
            assert!(screen.contains_rect(rect), "{:?} at {rect:?} is off the screen {screen:?}", phase.name);
        }
    }
    let last_lane = map.lanes.last().map(|l| l.name.clone()).unwrap_or_default();
    let below = rects(&harness, &last_lane, false)[0];
    assert!(below.bottom() > screen.bottom(), "the map is larger than the screen at a readable size");
    harness.get_by_label(&last_lane).scroll_to_me();
    harness.run_steps(4);
    let reached = rects(&harness, &last_lane, false)[0];
    assert!(reached.top() < screen.bottom() && reached.top() >= screen.top(), "scrolled to: {reached:?}");

    // One row of present mode's bar.
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
    for rect in rects(&harness, &last_phase, false) {
        assert!(rect.right() <= screen.right() + 0.5, "Danish: {last_phase:?} at {rect:?} is past the right edge");
    }
    kindred::i18n::set_language(kindred::i18n::Lang::En);
}

#[test]
fn the_board_on_a_projector_fits_its_columns_or_scrolls_to_the_last() {
    let (_dir, mut harness, ws) = sample_at(egui::vec2(1920.0, 1080.0));
    present_view(&mut harness, "Board");
    let screen = screen(&harness);
    let customer = ws.journeys.iter().find(|m| m.name == "Customer journey").expect("the sample has it");
    // "Not placed" and the four phases: every header and card lies whole on the screen.
    for name in std::iter::once("Not placed").chain(customer.phases.iter().map(|p| p.name.as_str())) {
        for rect in text_rects(&harness, &format!("{name} (")) {
            assert!(screen.contains_rect(rect), "the column {name:?} at {rect:?} is cut off by {screen:?}");
        }
    }
    let cards: Vec<egui::Rect> = harness
        .query_all(by().predicate(|n| n.role() == egui::accesskit::Role::ListItem))
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| egui::Rect::from_min_max(egui::pos2(b.x0 as f32, b.y0 as f32), egui::pos2(b.x1 as f32, b.y1 as f32)))
        .collect();
    assert!(!cards.is_empty());
    for card in cards {
        assert!(card.right() <= screen.right() + 0.5, "a card at {card:?} is cut off");
    }
    // The sales process has six phases: seven columns do not fit, and the last is reached by
    // scrolling sideways.
    let sales = ws.journeys.iter().find(|m| m.name == "Sales process").expect("the sample has it");
    harness.get_by_label("Journey").click();
    harness.run_steps(2);
    harness.get_by_label("Sales process").click();
    harness.run_steps(3);
    let last = sales.phases.last().map(|p| format!("{} (", p.name)).unwrap_or_default();
    let before = text_rects(&harness, &last)[0];
    assert!(before.right() > screen.right(), "seven columns do not fit: {before:?}");
    // The mouse wheel sideways over the board, as a touchpad does.
    harness.hover_at(harness.ctx.content_rect().center());
    for _ in 0..8 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-200.0, 0.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run_steps(2);
    }
    let after = text_rects(&harness, &last)[0];
    assert!(screen.contains_rect(after), "the last column is reached: {after:?}");
}

#[test]
fn the_timer_says_when_time_is_up_and_can_start_again() {
    let (_dir, mut harness, _ws) = sample_at(egui::vec2(1920.0, 1080.0));
    present_view(&mut harness, "Journeys");
    harness.get_by_label("Timer").click();
    harness.run_steps(2);
    harness.get_by_label("1 minute").click();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    assert!(harness.query_by_label("Time's up").is_none());
    // A test frame is a quarter of a second: a minute and a little more.
    harness.run_steps(250);
    assert!(harness.query_by_label("Time left: 0:00").is_some(), "it counted down to zero");
    assert!(harness.query_by_label("Time's up").is_some(), "it says so");
    assert!(harness.query_by_label("Pause").is_none(), "nothing to pause any more");
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    assert!(harness.query_by_label("Time's up").is_none(), "started again");
    assert!(harness.query_by_label("Pause").is_some());
    let left = harness
        .query_all(
            by().predicate(|n| n.label().is_some_and(|l| l.starts_with("Time left: 0:5") || l == "Time left: 1:00")),
        )
        .count();
    assert_eq!(left, 1, "from the full minute");
}

#[test]
fn at_1024_by_600_the_journeys_tools_wrap_whole_buttons_on_the_screen() {
    for lang in [kindred::i18n::Lang::En, kindred::i18n::Lang::Da] {
        let (_dir, mut harness, ws) = sample_at(egui::vec2(1024.0, 600.0));
        kindred::i18n::set_language(lang);
        harness.run();
        let da = lang == kindred::i18n::Lang::Da;
        harness.get_by_label(if da { "Kunderejser" } else { "Journeys" }).click();
        harness.run();
        // A card selected: its tools join the row under the toolbar.
        let card = ws.journeys[0].cards.iter().find(|c| c.votes == 0).map(|c| c.text.clone()).expect("a card");
        harness.get_by_label(&card).click();
        harness.run();
        let screen = harness.ctx.content_rect();
        let row = harness.ctx.global_style().spacing.interact_size.y;
        let tools: &[&str] = if da {
            &[
                "Ny kunderejse",
                "Dupliker",
                "Slet kunderejse",
                "Importér skabelon…",
                "Eksportér skabelon…",
                "Prikafstemning",
                "Rediger",
                "Slet kort",
            ]
        } else {
            &[
                "New map",
                "Duplicate",
                "Delete map",
                "Import template…",
                "Export template…",
                "Dot voting",
                "Edit",
                "Delete card",
            ]
        };
        for tool in tools {
            // The last of its name: "Edit" is the menu's too.
            let rect = harness.query_all_by_label(tool).last().map(|n| n.rect()).expect("the tool is shown");
            assert!(
                rect.right() <= screen.right() + 0.5 && rect.left() >= screen.left(),
                "{tool:?} at {rect:?} is off {screen:?}"
            );
            assert!(rect.height() < 1.5 * row, "{tool:?} is {} high: its label wraps", rect.height());
        }
        kindred::i18n::set_language(kindred::i18n::Lang::En);
    }
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

/// At 1024×600, in English and Danish, the People list's rows end inside the list: the filter
/// rows wrap rather than widen it, so no row's badges or score are cut off at its edge.
#[test]
fn at_1024_by_600_the_people_rows_end_inside_the_list() {
    for lang in [kindred::i18n::Lang::En, kindred::i18n::Lang::Da] {
        let (_dir, mut harness, _ws) = sample_at(egui::vec2(1024.0, 600.0));
        kindred::i18n::set_language(lang);
        harness.run();
        harness.get_by_label(if lang == kindred::i18n::Lang::Da { "Personer" } else { "People" }).click();
        harness.run();
        let search = harness.get_by_label(if lang == kindred::i18n::Lang::Da { "Søg" } else { "Search" });
        let edge = search.accesskit_node().bounding_box().expect("the search field is drawn").x1;
        let rows: Vec<f64> = harness
            .query_all(by().predicate(|n| n.role() == egui::accesskit::Role::ListItem))
            .filter_map(|n| n.accesskit_node().bounding_box().map(|b| b.x1))
            .collect();
        assert!(!rows.is_empty(), "the rows are there");
        for right in rows {
            assert!(right <= edge + 1.0, "{lang:?}: a row ends at {right}, past the list's edge at {edge}");
        }
    }
}
