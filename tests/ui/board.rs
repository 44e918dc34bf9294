//! The Board view driven like a person would: people dragged across and within columns, the
//! keyboard moves, the question why someone moved, filters and counts — moves followed by undo.

use crate::common;

use crate::drive::undo;
use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::*;
use kindred::ui::KindredApp;

fn journey() -> JourneyId {
    JourneyId::from_u128(0x800)
}

fn workspace() -> Workspace {
    let mut map = Template::CustomerJourney.create();
    map.id = journey();
    let phases: Vec<PhaseId> = map.phases.iter().map(|p| p.id).collect();
    let mut ws = Workspace::named("Bakery");
    ws.journeys.push(map);
    let placed = |name: &str, phase: Option<usize>, order: u32| {
        let mut person = Person::named(name);
        if let Some(phase) = phase {
            person.positions.push(JourneyPosition { journey: journey(), phase: phases[phase], order });
        }
        person
    };
    ws.people.push(placed("Anna Berg", Some(0), 0));
    ws.people.push(placed("Bo Holm", Some(0), 1024));
    ws.people.push(placed("Carl Lund", Some(1), 0));
    ws.people.push(placed("Dina Vest", None, 0));
    let mut erik = placed("Erik Dahl", Some(2), 0);
    erik.key_account = true;
    erik.tags = vec!["Cafés".into()];
    erik.incidents.push(CriticalIncident {
        valence: Valence::Worse,
        happened: "Late".into(),
        ..CriticalIncident::default()
    });
    ws.people.push(erik);
    for n in 0..ws.people.len() {
        let name = format!("{} ApS", ws.people[n].name);
        common::join(&mut ws, n, &name);
    }
    ws
}

fn open() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let (dir, mut harness) = common::open_workspace(&workspace());
    harness.get_by_label("Board").click();
    harness.run();
    (dir, harness)
}

/// The phase a person stands in on the board (`None`: not placed).
fn phase_of(harness: &Harness<'_, KindredApp>, name: &str) -> Option<String> {
    let ws = harness.state().workspace().expect("a workspace");
    let map = ws.journey(journey()).expect("the map");
    let person = ws.people.iter().find(|p| p.name == name).expect("the person");
    person.position_in(journey()).and_then(|p| map.phase(p.phase)).map(|p| p.name.clone())
}

/// The names in one phase's column, in board order.
fn column(harness: &Harness<'_, KindredApp>, phase: usize) -> Vec<String> {
    let ws = harness.state().workspace().expect("a workspace");
    let map = ws.journey(journey()).expect("the map");
    let ids = kindred::ops::moves::board_column(ws, map, Some(map.phases[phase].id));
    ids.into_iter().filter_map(|id| ws.person(id)).map(|p| p.name.clone()).collect()
}

fn centre(harness: &Harness<'_, KindredApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

/// Presses at `from`, carries the pointer over in steps, and lets go at `to`.
fn drag(harness: &mut Harness<'_, KindredApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run_steps(1);
    harness.drag_at(from);
    harness.run_steps(2);
    for i in 1..=4 {
        harness.hover_at(from + (to - from) * (i as f32 / 4.0));
        harness.run_steps(2);
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn a_person_is_dragged_across_columns_then_undone() {
    let (_dir, mut harness) = open();
    let from = centre(&harness, "Anna Berg");
    let header = harness.get_by_label("Purchase (1)").rect();
    drag(&mut harness, from, header.center_bottom() + vec2(0.0, 120.0));
    assert_eq!(phase_of(&harness, "Anna Berg").as_deref(), Some("Purchase"));
    assert_eq!(column(&harness, 2), ["Erik Dahl", "Anna Berg"], "dropped below Erik, at the end");
    assert!(harness.query_by_label("Purchase (2)").is_some(), "the counts follow");
    harness.get_by_label("Skip").click();
    harness.run();
    undo(&mut harness);
    assert_eq!(phase_of(&harness, "Anna Berg").as_deref(), Some("Awareness"));
    assert_eq!(column(&harness, 0), ["Anna Berg", "Bo Holm"]);
}

#[test]
fn a_person_is_dragged_within_a_column_then_undone() {
    let (_dir, mut harness) = open();
    let from = centre(&harness, "Bo Holm");
    let anna = harness.get_by_label("Anna Berg").rect();
    drag(&mut harness, from, anna.center_top() + vec2(0.0, 4.0));
    assert_eq!(column(&harness, 0), ["Bo Holm", "Anna Berg"]);
    assert!(harness.query_by_label("Skip").is_none(), "no question when only the order changed");
    undo(&mut harness);
    assert_eq!(column(&harness, 0), ["Anna Berg", "Bo Holm"]);
}

#[test]
fn a_person_dropped_where_they_were_stays_without_an_undo_step() {
    let (_dir, mut harness) = open();
    let at = centre(&harness, "Anna Berg");
    drag(&mut harness, at, at + vec2(5.0, 3.0));
    assert_eq!(column(&harness, 0), ["Anna Berg", "Bo Holm"]);
    assert!(!harness.state().title().ends_with('*'));
}

#[test]
fn the_keyboard_moves_a_selected_person() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Carl Lund").click();
    harness.run();
    let press = |harness: &mut Harness<'_, KindredApp>, key| {
        harness.key_press_modifiers(Modifiers::COMMAND, key);
        harness.run();
    };
    press(&mut harness, Key::ArrowRight);
    assert_eq!(phase_of(&harness, "Carl Lund").as_deref(), Some("Purchase"));
    press(&mut harness, Key::ArrowUp);
    assert_eq!(column(&harness, 2), ["Carl Lund", "Erik Dahl"]);
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(phase_of(&harness, "Carl Lund"), None, "left of the first phase is not placed");
    assert!(harness.query_by_label("Not placed (2)").is_some());
    for _ in 0..5 {
        undo(&mut harness);
    }
    assert_eq!(phase_of(&harness, "Carl Lund").as_deref(), Some("Consideration"));
}

#[test]
fn why_someone_moved_goes_into_their_history_and_log() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Dina Vest").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    assert_eq!(phase_of(&harness, "Dina Vest").as_deref(), Some("Awareness"));
    harness.get_by_label("Kind of reason").click();
    harness.run();
    harness.get_by_label("Driver").click();
    harness.run();
    harness.get_by_label("What moved them").click();
    harness.run();
    harness.get_by_label("What moved them").type_text("a tasting visit");
    harness.run();
    harness.get_by_label("Save why").click();
    harness.run();
    let ws = harness.state().workspace().expect("a workspace");
    let dina = ws.people.iter().find(|p| p.name == "Dina Vest").expect("Dina");
    let notes: Vec<_> = dina.interactions.iter().map(|i| i.note.as_str()).collect();
    assert_eq!(notes, ["Moved to Awareness — driver: a tasting visit"]);
    let why = &dina.phase_history.last().expect("the move is in her history").why;
    assert_eq!((why.kind, why.text.as_str()), (WhyKind::Driver, "a tasting visit"));
    assert!(harness.query_by_label("Save why").is_none(), "the question is answered");
    undo(&mut harness);
    let ws = harness.state().workspace().expect("a workspace");
    let dina = ws.people.iter().find(|p| p.name == "Dina Vest").expect("Dina");
    assert!(dina.interactions.is_empty() && dina.phase_history[0].why.is_empty(), "the answer is one undo step");
    assert_eq!(phase_of(&harness, "Dina Vest").as_deref(), Some("Awareness"), "the move is another");
}

#[test]
fn filters_narrow_the_columns_and_counts_say_so() {
    let (_dir, mut harness) = open();
    assert!(harness.query_by_label("Not placed (1)").is_some());
    assert!(harness.query_by_label("Awareness (2)").is_some());
    harness.get_by_label("Key accounts only").click();
    harness.run();
    assert!(harness.query_by_label("Awareness (0 of 2)").is_some());
    assert!(harness.query_by_label("Purchase (1 of 1)").is_some());
    assert!(harness.query_by_label("Anna Berg").is_none());
    harness.get_by_label("Erik Dahl").hover();
    harness.run();
}

#[test]
fn tab_reaches_a_person_and_the_keyboard_moves_them_without_a_mouse() {
    let (_dir, mut harness) = open();
    for _ in 0..40 {
        if harness.query_by_label("Carl Lund").is_some_and(|card| card.is_focused()) {
            break;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    assert!(harness.get_by_label("Carl Lund").is_focused(), "Tab reaches the cards");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    assert_eq!(phase_of(&harness, "Carl Lund").as_deref(), Some("Purchase"));
}

#[test]
fn enter_in_the_why_field_only_saves_the_answer() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Dina Vest").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    harness.get_by_label("What moved them").click();
    harness.run();
    harness.get_by_label("What moved them").type_text("a tasting visit");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let ws = harness.state().workspace().expect("a workspace");
    let dina = ws.people.iter().find(|p| p.name == "Dina Vest").expect("Dina");
    let notes: Vec<_> = dina.interactions.iter().map(|i| i.note.as_str()).collect();
    assert_eq!(notes, ["Moved to Awareness — trigger point: a tasting visit"], "Enter saves the answer");
    assert!(harness.query_by_label("Save why").is_none(), "the question is answered");
    assert!(harness.query_by_label("Key accounts only").is_some(), "the board is still shown");
    assert!(harness.query_by_label("Delete person…").is_none(), "no profile was opened");
    // Enter on a selected card, with no question open, still opens the profile.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("Delete person…").is_some(), "Enter on the card opens the profile");
}

#[test]
fn a_note_from_another_view_is_gone_when_the_board_is_shown() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Carl Lund").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    harness.get_by_label("Skip").click();
    harness.run();
    harness.get_by_label("Journeys").click();
    harness.run();
    undo(&mut harness);
    assert!(harness.query_by_label_contains("Undone: ").is_some(), "Journeys shows what was undone");
    harness.get_by_label("Board").click();
    harness.run();
    assert!(harness.query_by_label_contains("Undone: ").is_none(), "the Board does not show Journeys' note");
    harness.get_by_label("Journeys").click();
    harness.run();
    assert!(harness.query_by_label_contains("Undone: ").is_none(), "nor does it come back");
}
