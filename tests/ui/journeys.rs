//! The Journeys view driven like a person would: drags of cards and headers, the keyboard
//! moves, adding and editing cards, the emotion lane, the incidents of real people, and the
//! maps themselves — each followed by undo where it changes something.

use crate::common;

use crate::drive::undo;
use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::*;
use kindred::ui::KindredApp;

fn journey() -> JourneyId {
    JourneyId::from_u128(0x700)
}

fn workspace() -> Workspace {
    let mut map = Template::CustomerJourney.create();
    map.id = journey();
    let (aware, consider) = (map.phases[0].id, map.phases[1].id);
    let actions = map.lanes[0].id;
    for (text, phase) in
        [("Sees our van", aware), ("Asks a friend", aware), ("Reads reviews", aware), ("Visits the shop", consider)]
    {
        map.cards.push(Card { text: text.into(), phase, lane: actions, ..Card::default() });
    }
    let purchase = map.phases[2].id;
    let loyalty = map.phases[3].id;
    let mut mette = Person::named("Mette Kjærgaard");
    mette.incidents.push(CriticalIncident {
        journey: Some(journey()),
        phase: Some(purchase),
        valence: Valence::Worse,
        happened: "Delivery came late".into(),
        ..CriticalIncident::default()
    });
    mette.ideas.push(Idea {
        text: "Order by text message".into(),
        journey: Some(journey()),
        phase: Some(loyalty),
        ..Idea::default()
    });
    let mut ws = Workspace::named("Bakery");
    ws.journeys.push(map);
    ws.people.push(mette);
    ws
}

fn open() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let (dir, mut harness) = common::open_workspace(&workspace());
    harness.get_by_label("Journeys").click();
    harness.run();
    (dir, harness)
}

fn map(harness: &Harness<'_, KindredApp>) -> JourneyMap {
    harness.state().workspace().and_then(|ws| ws.journey(journey())).cloned().expect("the map is there")
}

/// The texts of one cell, by phase and lane index.
fn cell(harness: &Harness<'_, KindredApp>, phase: usize, lane: usize) -> Vec<String> {
    let map = map(harness);
    map.cell(map.phases[phase].id, map.lanes[lane].id).map(|c| c.text.clone()).collect()
}

fn centre(harness: &Harness<'_, KindredApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

/// Presses at `from`, carries the pointer over in steps (a drag only starts once the pointer has
/// moved), and lets go at `to`.
fn drag(harness: &mut Harness<'_, KindredApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run_steps(1);
    harness.drag_at(from);
    harness.run_steps(2);
    for i in 1..=4 {
        let t = i as f32 / 4.0;
        harness.hover_at(from + (to - from) * t);
        harness.run_steps(2);
    }
    harness.drop_at(to);
    harness.run();
}

/// Two clicks in quick succession at the centre of the widget labelled `label`.
fn double_click(harness: &mut Harness<'_, KindredApp>, label: &str) {
    let at = centre(harness, label);
    // A test frame lasts a quarter of a second and egui takes one click per frame: allow a
    // slow double-click, and let any earlier click age past it, or this would be a triple.
    harness.ctx.options_mut(|o| o.input_options.max_double_click_delay = 1.0);
    harness.run_steps(8);
    harness.hover_at(at);
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
    }
    harness.run();
}

#[test]
fn a_card_is_dragged_to_another_phase_and_lane_then_undone() {
    let (_dir, mut harness) = open();
    let before = map(&harness);
    let from = centre(&harness, "Sees our van");
    let to = centre(&harness, "Cell Touchpoints in Purchase");
    drag(&mut harness, from, to);
    assert_eq!(cell(&harness, 2, 1), ["Sees our van"]);
    assert_eq!(cell(&harness, 0, 0), ["Asks a friend", "Reads reviews"]);
    undo(&mut harness);
    assert_eq!(cell(&harness, 0, 0), ["Sees our van", "Asks a friend", "Reads reviews"]);
    assert!(cell(&harness, 2, 1).is_empty());
    assert_eq!(map(&harness), before, "undo gives back the map exactly");
}

#[test]
fn a_card_is_dragged_to_a_place_within_its_cell_then_undone() {
    let (_dir, mut harness) = open();
    let from = centre(&harness, "Reads reviews");
    let first = harness.get_by_label("Sees our van").rect();
    drag(&mut harness, from, first.center_top() + vec2(0.0, 3.0));
    assert_eq!(cell(&harness, 0, 0), ["Reads reviews", "Sees our van", "Asks a friend"]);
    undo(&mut harness);
    assert_eq!(cell(&harness, 0, 0), ["Sees our van", "Asks a friend", "Reads reviews"]);
}

#[test]
fn a_card_dropped_where_it_was_changes_nothing() {
    let (_dir, mut harness) = open();
    let at = centre(&harness, "Asks a friend");
    drag(&mut harness, at, at + vec2(6.0, 2.0));
    assert_eq!(cell(&harness, 0, 0), ["Sees our van", "Asks a friend", "Reads reviews"]);
    assert!(!harness.state().title().ends_with('*'), "no undo step for a move onto itself");
}

#[test]
fn a_phase_header_is_dragged_then_undone() {
    let (_dir, mut harness) = open();
    let from = centre(&harness, "Loyalty");
    let awareness = harness.get_by_label("Awareness").rect();
    drag(&mut harness, from, awareness.left_center() + vec2(8.0, 0.0));
    let names: Vec<_> = map(&harness).phases.iter().map(|p| p.name.clone()).collect();
    assert_eq!(names, ["Loyalty", "Awareness", "Consideration", "Purchase"]);
    assert_eq!(cell(&harness, 1, 0), ["Sees our van", "Asks a friend", "Reads reviews"], "cards go with their phase");
    undo(&mut harness);
    let names: Vec<_> = map(&harness).phases.iter().map(|p| p.name.clone()).collect();
    assert_eq!(names, ["Awareness", "Consideration", "Purchase", "Loyalty"]);
}

#[test]
fn a_lane_header_is_dragged_then_undone() {
    let (_dir, mut harness) = open();
    let from = centre(&harness, "Barriers");
    let top = harness.get_by_label("Customer actions & thoughts").rect();
    drag(&mut harness, from, top.center_top() + vec2(0.0, 4.0));
    assert_eq!(map(&harness).lanes[0].name, "Barriers");
    undo(&mut harness);
    assert_eq!(map(&harness).lanes[0].name, "Customer actions & thoughts");
}

#[test]
fn the_keyboard_moves_a_selected_card_and_headers() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Asks a friend").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    assert_eq!(cell(&harness, 1, 0), ["Visits the shop", "Asks a friend"], "to the end of the next phase");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowUp);
    harness.run();
    assert_eq!(cell(&harness, 1, 0), ["Asks a friend", "Visits the shop"]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowDown);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowDown);
    harness.run();
    assert_eq!(cell(&harness, 1, 1), ["Asks a friend"], "past the bottom of its cell into the lane below");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowLeft);
    harness.run();
    assert_eq!(cell(&harness, 0, 1), ["Asks a friend"]);
    for _ in 0..5 {
        undo(&mut harness);
    }
    assert_eq!(cell(&harness, 0, 0), ["Sees our van", "Asks a friend", "Reads reviews"]);

    harness.get_by_label("Purchase").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowLeft);
    harness.run();
    assert_eq!(map(&harness).phases[1].name, "Purchase");
    harness.get_by_label("Drivers").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowUp);
    harness.run();
    assert_eq!(map(&harness).lanes[2].name, "Drivers", "above the trigger points");
}

#[test]
fn cards_are_added_edited_coloured_and_deleted_in_place() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Add a card to Barriers in Purchase").click();
    harness.run();
    harness.get_by_label("Card text").type_text("Minimum order too high");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(cell(&harness, 2, 4), ["Minimum order too high"]);

    double_click(&mut harness, "Cell Drivers in Loyalty");
    harness.get_by_label("Card text").type_text("Free delivery");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(cell(&harness, 3, 3), ["Free delivery"]);

    double_click(&mut harness, "Free delivery");
    harness.get_by_label("Card text").type_text(" on Fridays");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(cell(&harness, 3, 3), ["Free delivery on Fridays"]);

    harness.get_by_label("Free delivery on Fridays").click();
    harness.run();
    harness.get_by_label("Colour: Yellow").click();
    harness.run();
    harness.get_by_label("Green").click();
    harness.run();
    let colour = map(&harness).cards.iter().find(|c| c.text == "Free delivery on Fridays").map(|c| c.colour);
    assert_eq!(colour, Some(CardColour::Green));

    harness.get_by_label("Delete card").click();
    harness.run();
    assert!(cell(&harness, 3, 3).is_empty());
    undo(&mut harness);
    assert_eq!(cell(&harness, 3, 3), ["Free delivery on Fridays"]);
}

#[test]
fn escape_drops_a_new_card() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Add a card to Barriers in Purchase").click();
    harness.run();
    harness.get_by_label("Card text").type_text("Half a thought");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(cell(&harness, 2, 4).is_empty());
    assert!(!harness.state().title().ends_with('*'));
}

#[test]
fn the_emotion_lane_is_set_by_clicking_and_by_keys() {
    let (_dir, mut harness) = open();
    let point = harness.get_by_label("Emotion in Consideration").rect();
    // The top of the lane is +2.
    harness.hover_at(point.center_top() + vec2(0.0, 14.0));
    harness.drag_at(point.center_top() + vec2(0.0, 14.0));
    harness.drop_at(point.center_top() + vec2(0.0, 14.0));
    harness.run();
    assert_eq!(map(&harness).phases[1].emotion, Some(2));
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(map(&harness).phases[1].emotion, Some(1));
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(map(&harness).phases[1].emotion, None);
}

#[test]
fn incidents_and_ideas_of_people_show_in_their_phase_and_open_the_person() {
    let (_dir, mut harness) = open();
    harness.get_by_label("💡 Order by text message (Mette Kjærgaard)");
    harness.get_by_label("Worse: Mette Kjærgaard — Delivery came late").click();
    harness.run();
    assert!(harness.query_all_by_label("Mette Kjærgaard").count() >= 2, "her profile is open beside the list");
    assert!(harness.query_by_label("Cell Touchpoints in Purchase").is_none(), "the People view is shown");
}

#[test]
fn maps_are_created_duplicated_renamed_and_deleted_with_undo() {
    let (_dir, mut harness) = open();
    harness.get_by_label("New map").click();
    harness.run();
    harness.get_by_label("Sales process").click();
    harness.run();
    let names = |h: &Harness<'_, KindredApp>| {
        h.state()
            .workspace()
            .map(|ws| ws.journeys.iter().map(|j| j.name.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(names(&harness), ["Customer journey", "Sales process"]);
    assert!(harness.query_by_label("Choose & confirm solution").is_some(), "the new map is shown");

    harness.get_by_label("Duplicate").click();
    harness.run();
    assert_eq!(names(&harness), ["Customer journey", "Sales process", "Sales process (copy)"]);

    harness.get_by_label("Name").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Name").type_text("Catering sales");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(names(&harness), ["Customer journey", "Sales process", "Catering sales"]);

    harness.get_by_label("Delete map").click();
    harness.run();
    assert_eq!(names(&harness), ["Customer journey", "Sales process"]);
    undo(&mut harness);
    assert_eq!(names(&harness), ["Customer journey", "Sales process", "Catering sales"]);
}

#[test]
fn tab_reaches_a_card_and_the_keyboard_moves_it_without_a_mouse() {
    let (_dir, mut harness) = open();
    // Tab through the controls until the first card has the focus.
    for _ in 0..60 {
        if harness.query_by_label("Sees our van").is_some_and(|card| card.is_focused()) {
            break;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    assert!(harness.get_by_label("Sees our van").is_focused(), "Tab reaches the cards");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    assert_eq!(cell(&harness, 1, 0), ["Visits the shop", "Sees our van"]);
}

fn votes(harness: &Harness<'_, KindredApp>, text: &str) -> u32 {
    map(harness).cards.iter().find(|c| c.text == text).map_or(0, |c| c.votes)
}

#[test]
fn dot_voting_adds_and_takes_dots_by_click_and_clears_them_in_one_step() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Dot voting").click();
    harness.run();
    let van = centre(&harness, "Sees our van");
    harness.get_by_label("Sees our van").click();
    harness.run();
    assert_eq!(votes(&harness, "Sees our van"), 1);
    harness.get_by_label("Sees our van — 1 vote").click();
    harness.run();
    harness.get_by_label("Asks a friend").click();
    harness.run();
    assert_eq!((votes(&harness, "Sees our van"), votes(&harness, "Asks a friend")), (2, 1));
    assert!(harness.query_by_label("3 dots").is_some(), "the total is shown");
    harness.get_by_label("Sees our van — 2 votes").click_secondary();
    harness.run();
    assert_eq!(votes(&harness, "Sees our van"), 1, "a right-click takes a dot away");
    // Dragging is off while voting: the card stays where it is.
    let shop = centre(&harness, "Visits the shop");
    drag(&mut harness, van, shop);
    assert_eq!(cell(&harness, 0, 0), ["Sees our van", "Asks a friend", "Reads reviews"]);
    harness.get_by_label("Clear votes").click();
    harness.run();
    assert_eq!((votes(&harness, "Sees our van"), votes(&harness, "Asks a friend")), (0, 0));
    undo(&mut harness);
    assert_eq!(
        (votes(&harness, "Sees our van"), votes(&harness, "Asks a friend")),
        (1, 1),
        "one undo brings them all back"
    );
    harness.get_by_label("Dot voting").click();
    harness.run();
    let (friend, shop) = (centre(&harness, "Asks a friend — 1 vote"), centre(&harness, "Visits the shop"));
    drag(&mut harness, friend, shop);
    assert_eq!(cell(&harness, 1, 0).len(), 2, "with voting off, cards move again");
}

#[test]
fn a_new_card_takes_the_colour_of_its_lane() {
    let mut ws = workspace();
    // The actions lane's cards are blue.
    for card in &mut ws.journeys[0].cards {
        card.colour = CardColour::Blue;
    }
    let (_dir, mut harness) = common::open_workspace(&ws);
    harness.get_by_label("Journeys").click();
    harness.run();
    let lane = map(&harness).lanes[0].name.clone();
    harness.get_by_label(&format!("Add a card to {lane} in Loyalty")).click();
    harness.run();
    harness.get_by_label("Card text").type_text("Orders again");
    harness.key_press(Key::Enter);
    harness.run();
    let colour = map(&harness).cards.iter().find(|c| c.text == "Orders again").map(|c| c.colour);
    assert_eq!(colour, Some(CardColour::Blue), "the lane's colour");
    harness.get_by_label("Add a card to Barriers in Loyalty").click();
    harness.run();
    harness.get_by_label("Card text").type_text("Too far away");
    harness.key_press(Key::Enter);
    harness.run();
    let colour = map(&harness).cards.iter().find(|c| c.text == "Too far away").map(|c| c.colour);
    assert_eq!(colour, Some(CardColour::Yellow), "a lane without cards: yellow");
}

#[test]
fn the_first_visit_opens_at_the_top_of_the_map() {
    let ws = kindred::ui::sample_workspace().expect("the sample reads");
    let first_phase = ws.journeys[0].phases[0].name.clone();
    let (_dir, mut harness) = common::open_workspace(&ws);
    // Insights scrolled to its end first: its scroll position is not the map's.
    harness.get_by_label("Insights").click();
    harness.run();
    harness.hover_at(harness.ctx.content_rect().center());
    for _ in 0..10 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        harness.run();
    }
    harness.get_by_label("Journeys").click();
    harness.run();
    let toolbar = harness.get_by_label("Dot voting").rect();
    let header = harness.get_by_label(&first_phase).rect();
    assert!(
        header.top() >= toolbar.bottom(),
        "the first phase {header:?} is below the toolbar {toolbar:?}, not scrolled away"
    );
    assert!(header.bottom() <= harness.ctx.content_rect().bottom(), "and on the screen");
}
