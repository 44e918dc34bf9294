//! Frame time of the People view at 100 and 10,000 people, and the cost of one search keystroke
//! over 10,000 people.
//!
//! The app is driven headless through `egui::Context::run_ui` and tessellated, as a real frame
//! is, without a GPU. The bar: a 10,000-person frame costs at most 1.5× a 100-person frame, and
//! a keystroke (filter rebuild and the frame that shows it) stays under 16 ms.
//!
//! Run with `cargo bench --bench people_view`.

mod common;

use common::{FrameBench, demo, key, median, ms};
use egui::{Event, Key, Modifiers};
use std::time::Duration;

const KEYSTROKES: usize = 60;

/// Focuses the search (Ctrl+F), then times frames that each add or remove one letter.
fn median_keystroke(bench: &mut FrameBench) -> Duration {
    bench.frame(vec![key(Key::F, Modifiers::COMMAND)]);
    bench.frame(Vec::new());
    let mut times = Vec::with_capacity(KEYSTROKES);
    for n in 0..KEYSTROKES {
        let event = if n % 2 == 0 { Event::Text("a".to_owned()) } else { key(Key::Backspace, Modifiers::NONE) };
        times.push(bench.frame(vec![event]));
    }
    median(times)
}

fn main() {
    // `cargo test --all-targets` runs this file too, in a debug build where times mean
    // nothing: there it only checks that the harness works, on a small workspace.
    if common::smoke_only() {
        let mut bench = FrameBench::new(&demo(50), Vec::new());
        bench.frame(Vec::new());
        println!("People view bench: harness works (run `cargo bench --bench people_view` for figures)");
        return;
    }
    let small = FrameBench::new(&demo(100), Vec::new()).median_frame();
    let mut large = FrameBench::new(&demo(10_000), Vec::new());
    let big = large.median_frame();
    let keystroke = median_keystroke(&mut large);
    let ratio = big.as_secs_f64() / small.as_secs_f64().max(f64::EPSILON);
    println!("People view, median of {} frames (draw + tessellate):", common::FRAMES);
    println!("  100 people:    {:8.3} ms", ms(small));
    println!("  10,000 people: {:8.3} ms", ms(big));
    println!("  ratio:         {ratio:8.2}  (bar: ≤ 1.5)");
    println!("Search keystroke over 10,000 people, median of {KEYSTROKES}: {:.3} ms  (bar: < 16 ms)", ms(keystroke));
    let frame_ok = ratio <= 1.5;
    let keystroke_ok = keystroke < Duration::from_millis(16);
    println!(
        "{}",
        if frame_ok && keystroke_ok { "Both bars met." } else { "A bar was missed: see the numbers above." }
    );
}
