//! The whole customer lifecycle in the window, driven by accessible labels: a move recorded in
//! the phase history and undone and redone exactly; days in the phase, stalled cards and the
//! columns' figures; a stall limit set from a column; the map's segment in one click;
//! swimlanes and a drag between rows; the history as a timeline in the profile; the why
//! answers as evidence on the map; a deleted emotion lane added again; Insights' flow.

use crate::common;

use crate::drive::undo;
use chrono::{Duration, Local, NaiveDate};
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::*;
use kindred::ui::KindredApp;

fn journey() -> JourneyId {
    JourneyId::from_u128(0x2200)
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A lifecycle board: Anna (Cafés) went from Aware to Considering 40 days ago, past the 30-day
/// limit there, both moves for a free tasting; Bo (Offices) came to Considering by the website
/// 10 days ago; Carl (Cafés) is Buying; Dina waits unplaced.
fn workspace() -> Workspace {
    let mut map = Template::CustomerLifecycle.create();
    map.id = journey();
    map.segment_tag = Some("Cafés".into());
    map.phases[2].stall_days = Some(30);
    let phases: Vec<PhaseId> = map.phases.iter().map(|p| p.id).collect();
    let mut ws = Workspace::named("Bakery");
    ws.journeys.push(map);
    let why = |kind, text: &str| MoveWhy { kind, text: text.into() };
    let person = |name: &str, tag: &str, status, value, path: &[(usize, i64, MoveWhy)]| {
        let mut person = Person::named(name);
        person.tags = if tag.is_empty() { Vec::new() } else { vec![tag.to_owned()] };
        person.status = status;
        person.fit.yearly_value = value;
        let mut from = None;
        for (phase, ago, why) in path {
            let to = Some(phases[*phase]);
            let date = today() - Duration::days(*ago);
            person.phase_history.push(PhaseMove {
                date,
                journey: journey(),
                from,
                to,
                why: why.clone(),
                ..Default::default()
            });
            from = to;
        }
        if let Some(phase) = from {
            // Anna before Bo in their column.
            let order = if name.starts_with("Bo") { 1024 } else { 0 };
            person.positions.push(JourneyPosition { journey: journey(), phase, order });
        }
        person
    };
    let tasting = why(WhyKind::TriggerPoint, "Free tasting");
    ws.people.push(person(
        "Anna Berg",
        "Cafés",
        Status::Prospect,
        Some(12_000),
        &[(1, 100, tasting.clone()), (2, 40, tasting)],
    ));
    ws.people.push(person(
        "Bo Holm",
        "Offices",
        Status::Customer,
        Some(8_000),
        &[(2, 10, why(WhyKind::Touchpoint, "Website"))],
    ));
    let mut carl = person("Carl Lund", "Cafés", Status::Customer, None, &[(3, 5, MoveWhy::default())]);
    carl.key_account = true;
    ws.people.push(carl);
    ws.people.push(person("Dina Vest", "", Status::Prospect, None, &[]));
    ws
}

fn open() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let (dir, mut harness) = common::open_workspace(&workspace());
    harness.get_by_label("Board").click();
    harness.run();
    (dir, harness)
}

fn person<'a>(harness: &'a Harness<'_, KindredApp>, name: &str) -> &'a Person {
    let ws = harness.state().workspace().expect("a workspace");
    ws.people.iter().find(|p| p.name == name).expect("the person")
}

fn map(harness: &Harness<'_, KindredApp>) -> JourneyMap {
    harness.state().workspace().and_then(|ws| ws.journey(journey())).cloned().expect("the map")
}

fn redo(harness: &mut Harness<'_, KindredApp>) {
    harness.key_press_modifiers(Modifiers { shift: true, ..Modifiers::COMMAND }, Key::Z);
    harness.run();
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
fn a_move_is_recorded_in_the_history_and_undo_and_redo_restore_it_exactly() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Dina Vest").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    let unaware = map(&harness).phases[0].id;
    let history = person(&harness, "Dina Vest").phase_history.clone();
    assert_eq!(history.len(), 1);
    assert_eq!(
        (history[0].date, history[0].journey, history[0].from, history[0].to),
        (today(), journey(), None, Some(unaware))
    );
    harness.get_by_label("Skip").click();
    harness.run();
    undo(&mut harness);
    assert!(person(&harness, "Dina Vest").phase_history.is_empty(), "undone with the move");
    assert!(person(&harness, "Dina Vest").position_in(journey()).is_none());
    redo(&mut harness);
    assert_eq!(person(&harness, "Dina Vest").phase_history, history, "the very same entry again");
}

#[test]
fn cards_show_their_days_and_go_amber_past_the_limit_and_columns_their_figures() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Σ 20,000 DKK · median 25 d");
    harness.get_by_label("Anna Berg").hover();
    harness.run();
    let since = kindred::i18n::date_long(today() - Duration::days(40));
    harness.get_by_label_contains(&format!("In Considering since {since} (40 days)"));
    harness.get_by_label_contains("Stalled: more than 30 days in Considering");
    harness.get_by_label("Bo Holm").hover();
    harness.run();
    harness.get_by_label_contains("In Considering since");
    assert!(harness.query_by_label_contains("Stalled").is_none(), "10 days is within the limit");

    // The limit is the phase's: taken away from the column's header, and back with undo.
    harness.get_by_label("Stall limit of Considering: 30 days").click();
    harness.run();
    harness.get_by_label("No limit").click();
    harness.run();
    assert_eq!(map(&harness).phases[2].stall_days, None);
    harness.get_by_label("Stall limit of Considering: none");
    undo(&mut harness);
    assert_eq!(map(&harness).phases[2].stall_days, Some(30));
    harness.get_by_label("Stall limit of Buying: none").click();
    harness.run();
    harness.get_by_label("Set the limit").click();
    harness.run();
    assert_eq!(map(&harness).phases[3].stall_days, Some(30), "a new limit starts at 30 days");
}

#[test]
fn a_move_changes_the_figures_of_both_columns_in_the_frame_after_it() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Σ 20,000 DKK · median 25 d");
    harness.get_by_label("Bo Holm").click();
    harness.run();
    // Bo from Considering into the next phase: the frame of the key press makes the move, the
    // next one draws it (the columns' figures made again only where someone left or came).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run_steps(2);
    assert!(harness.query_by_label("Σ 20,000 DKK · median 25 d").is_none(), "no stale figure");
    harness.get_by_label("Σ 12,000 DKK · median 40 d");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    harness.get_by_label("Σ 20,000 DKK · median 25 d");
}

#[test]
fn the_maps_segment_is_one_click_away() {
    let (_dir, mut harness) = open();
    assert!(harness.query_by_label("Considering (2)").is_some());
    harness.get_by_label("Only Cafés").click();
    harness.run();
    assert!(harness.query_by_label("Considering (1 of 2)").is_some(), "only the segment's people");
    assert!(harness.query_by_label("Bo Holm").is_none());
    harness.get_by_label("Σ 12,000 DKK · median 40 d");
    harness.get_by_label("Only Cafés").click();
    harness.run();
    assert!(harness.query_by_label("Considering (2)").is_some(), "and everyone again");
}

#[test]
fn a_drag_to_another_swimlane_and_column_changes_both_in_one_undo_step() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Rows").click();
    harness.run();
    harness.get_by_label("By status").click();
    harness.run();
    harness.get_by_label("Prospect (2)");
    let customers = harness.get_by_label("Customer (2)").rect();
    let buying = harness.get_by_label("Buying (1)").rect();
    let from = harness.get_by_label("Anna Berg").rect().center();
    drag(&mut harness, from, Pos2::new(buying.center().x, customers.bottom() + 3.0 * 62.0 - 20.0));
    let anna = person(&harness, "Anna Berg");
    assert_eq!(anna.status, Status::Customer, "the row's status");
    let buying_id = map(&harness).phases[3].id;
    assert_eq!(anna.position_in(journey()).map(|p| p.phase), Some(buying_id), "the column's phase");
    assert_eq!(anna.phase_history.last().map(|e| e.to), Some(Some(buying_id)), "recorded");
    harness.get_by_label("Skip").click();
    harness.run();
    harness.get_by_label("Customer (3)");
    undo(&mut harness);
    let anna = person(&harness, "Anna Berg");
    assert_eq!((anna.status, anna.phase_history.len()), (Status::Prospect, 2), "both undone at once");

    // Rows by tag: a drag within a column gives the row's tag in the place of the old one.
    harness.get_by_label("Rows").click();
    harness.run();
    harness.get_by_label("By tag").click();
    harness.run();
    let offices = harness.get_by_label("Offices (1)").rect();
    let considering = harness.get_by_label("Considering (2)").rect();
    let from = harness.get_by_label("Anna Berg").rect().center();
    drag(&mut harness, from, Pos2::new(considering.center().x, offices.bottom() + 3.0 * 62.0 - 20.0));
    assert_eq!(person(&harness, "Anna Berg").tags, ["Offices"]);
    assert!(harness.query_by_label("Skip").is_none(), "no change of phase, no question");
    undo(&mut harness);
    assert_eq!(person(&harness, "Anna Berg").tags, ["Cafés"]);
}

#[test]
fn the_profile_shows_the_history_as_a_timeline_and_takes_a_why() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Anna Berg").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Phase history (2)").scroll_to_me();
    harness.run();
    harness.get_by_label("Phase history (2)").click();
    harness.run();
    harness.get_by_label("Customer lifecycle: from Aware to Considering");
    harness.get_by_label("Customer lifecycle: from Not placed to Aware");
    // The newest first: move 1 is the move to Considering.
    harness.get_by_label("Kind of reason for move 1").scroll_to_me();
    harness.run();
    harness.get_by_label("Kind of reason for move 1").click();
    harness.run();
    harness.get_by_label("Barrier").click();
    harness.run();
    let history = &person(&harness, "Anna Berg").phase_history;
    assert_eq!((history[1].why.kind, history[0].why.kind), (WhyKind::Barrier, WhyKind::TriggerPoint));
    undo(&mut harness);
    assert_eq!(person(&harness, "Anna Berg").phase_history[1].why.kind, WhyKind::TriggerPoint);
}

#[test]
fn the_why_answers_are_evidence_on_the_map_and_a_deleted_emotion_lane_comes_back() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Journeys").click();
    harness.run();
    assert_eq!(harness.query_all_by_label("“Free tasting” moved 1 person").count(), 2, "in Aware and Considering");
    harness.get_by_label("“Website” moved 1 person");
    let lanes = map(&harness).lanes.len();
    harness.get_by_label("Emotions").click();
    harness.run();
    harness.get_by_label("Delete lane").click();
    harness.run();
    assert!(map(&harness).lanes.iter().all(|l| l.kind != LaneKind::Emotions));
    harness.get_by_label("+ Add a lane").click();
    harness.run();
    harness.get_by_label("Emotion curve").click();
    harness.run();
    let lanes_now = map(&harness).lanes;
    assert_eq!(lanes_now.len(), lanes);
    assert_eq!(lanes_now.last().map(|l| (l.kind, l.name.as_str())), Some((LaneKind::Emotions, "Emotions")));
    harness.get_by_label("+ Add a lane").click();
    harness.run();
    assert!(harness.query_by_label("Emotion curve").is_none(), "one emotion curve a map");
    harness.get_by_label("Trigger points lane (with why people moved)");
}

#[test]
fn insights_show_the_flow_of_the_map_and_its_segments() {
    let (_dir, mut harness) = open();
    harness.get_by_label("Insights").click();
    harness.run();
    harness.get_by_label("Flow through a journey");
    assert_eq!(harness.query_all_by_label("Median time to move on").count(), 2, "of the phases and the segments");
    harness.get_by_label("1 (100 %)"); // Anna moved on from Aware …
    assert!(harness.query_all_by_label("60 d").count() >= 1, "after 60 days");
    harness.get_by_label("Segments on Customer lifecycle");
    harness.get_by_label("Everyone");
    assert!(harness.query_all_by_label("Cafés").count() >= 1, "the map's segment");
}
