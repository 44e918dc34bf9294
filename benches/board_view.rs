//! Frame time of the Board view with 100 and 10,000 people on it (the demo places about 85 %
//! of them in a phase; the rest wait in "not placed"), and during a drag of a person.
//!
//! The bars: a Board frame with 10,000 people stays under 4 ms, and at most 1.5× the frame
//! with 100 people (release build).
//!
//! Run with `cargo bench --bench board_view`.

mod common;

use common::{FrameBench, demo, median, ms};
use egui::{Event, Modifiers, PointerButton, Pos2};
use std::time::Duration;

fn board(people: usize) -> FrameBench {
    FrameBench::on_view(&demo(people), "Board")
}

/// Presses on a card of the first column and times frames while it is carried across columns.
fn median_drag_frame(bench: &mut FrameBench) -> Duration {
    let start = Pos2::new(250.0, 160.0);
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
        let x = 250.0 + (n % 100) as f32 * 10.0;
        times.push(bench.frame(vec![Event::PointerMoved(Pos2::new(x, 300.0))]));
    }
    bench.frame(vec![Event::PointerMoved(Pos2::new(2000.0, 300.0))]);
    bench.frame(vec![press(false)]);
    median(times)
}

fn main() {
    if common::smoke_only() {
        let mut bench = board(50);
        median_drag_frame(&mut bench);
        println!("Board view bench: harness works (run `cargo bench --bench board_view` for figures)");
        return;
    }
    let small = board(100).median_frame();
    let mut large = board(10_000);
    let big = large.median_frame();
    let drag = median_drag_frame(&mut large);
    let ratio = big.as_secs_f64() / small.as_secs_f64().max(f64::EPSILON);
    println!("Board view, median of {} frames (draw + tessellate):", common::FRAMES);
    println!("  100 people:              {:8.3} ms", ms(small));
    println!("  10,000 people:           {:8.3} ms", ms(big));
    println!("  10,000 people, dragging: {:8.3} ms", ms(drag));
    println!("  ratio 10,000 / 100:      {ratio:8.2}  (bar: ≤ 1.5)");
    let ok = big < Duration::from_millis(4) && drag < Duration::from_millis(4) && ratio <= 1.5;
    println!("{}", if ok { "The bars are met." } else { "A bar was missed: see the numbers above." });
}
