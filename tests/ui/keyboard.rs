//! The keyboard alone reaches every control: in each view of the sample workspace at laptop
//! size (1366×768), pressing Tab visits every focusable control on the screen, in the order
//! the screen reads (menus, then the view bar, then the view, top to bottom), and Shift+Tab
//! walks back. A profile's every field is reached the same way; a dialog keeps Tab inside it.

use crate::common;

use egui::accesskit::Action;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kindred::ui::KindredApp;
use std::collections::BTreeMap;

/// Every control that takes the keyboard focus, by accessibility id, with its label and place.
fn focusable(harness: &Harness<'_, KindredApp>) -> BTreeMap<u64, (String, egui::Rect)> {
    harness
        .query_all(by())
        .filter(|node| {
            node.accesskit_node().data().supports_action(Action::Focus) && !node.accesskit_node().is_disabled()
        })
        .map(|node| {
            let label = node.accesskit_node().label().unwrap_or_default();
            (node.accesskit_node().locate().0.0, (label, node.rect()))
        })
        .collect()
}

fn focused(harness: &Harness<'_, KindredApp>) -> Option<u64> {
    harness.query_all(by()).find(|node| node.is_focused()).map(|node| node.accesskit_node().locate().0.0)
}

/// Tabs through the screen until the focus comes back to where it started; the ids in order.
fn tab_round(harness: &mut Harness<'_, KindredApp>, limit: usize) -> Vec<u64> {
    let mut seen = Vec::new();
    for _ in 0..limit {
        harness.key_press(Key::Tab);
        harness.run();
        let Some(id) = focused(harness) else { continue };
        if seen.first() == Some(&id) {
            break;
        }
        seen.push(id);
    }
    seen
}

fn sample_harness() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    common::open_workspace(&kindred::ui::sample_workspace().expect("the sample reads"))
}

/// Tabs round the screen as it is and checks every control is reached, in reading order.
fn check_round(harness: &mut Harness<'_, KindredApp>, view: &str) {
    {
        let controls = focusable(harness);
        assert!(controls.len() > 5, "{view}: the controls are found ({})", controls.len());
        let round = tab_round(harness, controls.len() * 3 + 10);
        let missed: Vec<&String> =
            controls.iter().filter(|(id, _)| !round.contains(id)).map(|(_, (label, _))| label).collect();
        assert!(missed.is_empty(), "{view}: Tab never reaches {missed:?}");
        // Reading order: the menu bar and the view bar come before the view's own controls.
        let top = |id: &u64| controls.get(id).map_or(f32::MAX, |(_, rect)| rect.top());
        let first_in_view = round.iter().position(|id| top(id) > 60.0).unwrap_or(round.len());
        assert!(
            round[first_in_view..].iter().all(|id| top(id) > 30.0),
            "{view}: Tab goes back to the menus before the round ends"
        );
        // Shift+Tab walks back over the same controls.
        let before = focused(harness);
        harness.key_press(Key::Tab);
        harness.run();
        harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
        harness.run();
        assert_eq!(focused(harness), before, "{view}: Shift+Tab undoes a Tab");
    }
}

#[test]
fn tab_reaches_every_control_of_every_view_in_reading_order() {
    let (_dir, mut harness) = sample_harness();
    for view in ["Today", "People", "Accounts", "Milestones", "Journeys", "Board", "Insights", "Exercise"] {
        harness.get_by_label(view).click();
        harness.run();
        check_round(&mut harness, view);
    }
    // An account's page, beside the list.
    harness.get_by_label("Accounts").click();
    harness.run();
    harness.get_by_label("Café Kringle").click();
    harness.run_steps(2);
    check_round(&mut harness, "an account's page");
}

#[test]
fn tab_reaches_every_control_of_a_profile_and_of_the_settings() {
    let (_dir, mut harness) = sample_harness();
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run_steps(3);
    check_round(&mut harness, "the profile");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    // The settings are a modal dialog: Tab stays within it and reaches each of its controls.
    let controls = focusable(&harness);
    let round = tab_round(&mut harness, controls.len() * 3 + 10);
    let labels: Vec<&str> = round.iter().filter_map(|id| controls.get(id)).map(|(label, _)| label.as_str()).collect();
    for wanted in [
        "Language",
        "Light",
        "Dark",
        "High contrast",
        "Zoom",
        "Name",
        "Currency",
        "29 February in other years",
        "Show people by their initials",
        "Remind before a milestone",
        "Remind before a relative's birthday",
        "Review former customers' data",
        "Remind me when I log in",
        "Keep in touch with key accounts every",
        "Calendar file",
        "Close",
    ] {
        assert!(labels.contains(&wanted), "the settings: Tab never reaches {wanted:?} (it reached {labels:?})");
    }
    assert!(!labels.contains(&"People"), "Tab stays inside the dialog: {labels:?}");
}
