//! Frame time of the Journeys view on a 300-card map, in a workspace of 100 and of 10,000
//! people (whose incidents and ideas show in the map's lanes), and during a card drag.
//!
//! The bar: a Journeys frame with a 300-card map stays under 4 ms (release build).
//!
//! Run with `cargo bench --bench journeys_view`.

mod common;

use common::{FrameBench, demo, median, ms};
use egui::{Event, Modifiers, PointerButton, Pos2};
use kindred::model::{Card, CardColour, LaneKind, Workspace};
use std::time::Duration;

const CARDS: usize = 300;

/// The demo workspace with its first map filled up to `CARDS` cards, spread over every card
/// cell.
fn workspace(people: usize) -> Workspace {
    let mut workspace = demo(people);
    let map = &mut workspace.journeys[0];
    let cells: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| l.kind != LaneKind::Emotions)
        .flat_map(|l| map.phases.iter().map(move |p| (p.id, l.id)))
        .collect();
    let colours = [CardColour::Yellow, CardColour::Blue, CardColour::Green, CardColour::Pink];
    for n in map.cards.len()..CARDS {
        let (phase, lane) = cells[n % cells.len()];
        let text = format!("Card {n}: something the customer does, thinks or feels here");
        map.cards.push(Card { phase, lane, text, colour: colours[n % colours.len()], ..Card::default() });
    }
    workspace
}

fn journeys(people: usize) -> FrameBench {
    FrameBench::on_view(&workspace(people), "Journeys")
}

/// Presses on the first card and times frames while it is carried across the grid.
fn median_drag_frame(bench: &mut FrameBench) -> Duration {
    // The first card of the first cell: below the headers, right of the lane names.
    let start = Pos2::new(280.0, 150.0);
    let press = |pressed| Event::PointerButton {
        pos: start,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    bench.frame(vec![Event::PointerMoved(start)]);
    bench.frame(vec![press(true)]);
    let mut times = Vec::new();
    for n in 0..common::FRAMES {
        let x = 280.0 + (n % 100) as f32 * 8.0;
        times.push(bench.frame(vec![Event::PointerMoved(Pos2::new(x, 200.0))]));
    }
    bench.frame(vec![press(false)]);
    median(times)
}

fn main() {
    if common::smoke_only() {
        let mut bench = journeys(20);
        median_drag_frame(&mut bench);
        println!("Journeys view bench: harness works (run `cargo bench --bench journeys_view` for figures)");
        return;
    }
    let small = journeys(100).median_frame();
    let mut large = journeys(10_000);
    let big = large.median_frame();
    let drag = median_drag_frame(&mut large);
    println!("Journeys view, {CARDS}-card map, median of {} frames (draw + tessellate):", common::FRAMES);
    println!("  100 people:              {:8.3} ms", ms(small));
    println!("  10,000 people:           {:8.3} ms", ms(big));
    println!("  10,000 people, dragging: {:8.3} ms", ms(drag));
    let ok = [small, big, drag].iter().all(|t| *t < Duration::from_millis(4));
    println!("{}", if ok { "The bar (< 4 ms) is met." } else { "The bar (< 4 ms) was missed: see the numbers above." });
}
