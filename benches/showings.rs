//! A view's first showing: the frames from the click on its name until it has counted what it
//! shows, at 10,000 and at 100,000 people. Each view that derives figures from everyone
//! (Accounts, Milestones, the Board, Insights, Today) counts them a slice a frame the first time
//! it is shown in a session, then makes and first draws what it counted: the longest of those
//! frames is the figure, the hitch a person would see.
//!
//! Each run opens the workspace afresh (what a view has counted stays counted while nothing
//! changes) and shows every view once, in the navigation's order.
//!
//! The bars (release build): a first showing's longest frame at most 16 ms at 10,000 people,
//! and at most 33 ms (two frames at 60 Hz, the bar for an edit's frame) at 100,000.
//!
//! Run with `cargo bench --bench showings`; `KINDRED_SHOWINGS_RUNS` sets how many runs (3),
//! `KINDRED_SHOWINGS_SIZES` the sizes (`10000,100000`), and `KINDRED_SHOWINGS_EACH` prints
//! every frame of each showing, to see which one is long.

mod common;

use common::{FrameBench, demo, ms};
use kindred::ui::View;
use std::collections::BTreeMap;
use std::time::Duration;

const RUNS: usize = 3;

/// The frames of one showing of `view`: from the click on its name until no "Counting…" or
/// "Updating…" is shown, and two frames more (the frame after a view has made its figures lets
/// go of the old ones).
fn showing(bench: &mut FrameBench, view: View) -> Vec<Duration> {
    let id = *bench.widgets_named(&view.label()).first().unwrap_or_else(|| panic!("no {view:?} in the navigation"));
    let counting = |label: &str| label.starts_with("Counting") || label.starts_with("Updating");
    let mut frames = vec![bench.frame(vec![FrameBench::click_event(id)])];
    // A few frames are drawn before asking again: asking draws a frame with the accessibility
    // tree on, not timed.
    while frames.len() < 100_000 {
        for _ in 0..8 {
            frames.push(bench.frame(Vec::new()));
        }
        if bench.widgets_where(counting).is_empty() {
            break;
        }
    }
    frames.push(bench.frame(Vec::new()));
    frames.push(bench.frame(Vec::new()));
    frames
}

fn main() {
    if common::smoke_only() {
        let mut bench = FrameBench::new(&demo(30), Vec::new());
        for view in View::ALL {
            showing(&mut bench, view);
        }
        println!("Showings bench: harness works (run `cargo bench --bench showings` for figures)");
        return;
    }
    let sizes = common::sizes("KINDRED_SHOWINGS_SIZES", &[10_000, 100_000]);
    let runs = std::env::var("KINDRED_SHOWINGS_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(RUNS);
    let each = std::env::var_os("KINDRED_SHOWINGS_EACH").is_some();
    // By size, by view (0: the workspace's arrival, then the views in the navigation's
    // order): the longest frame of each run, and how many frames the showing took.
    let mut longest: BTreeMap<(usize, usize), Vec<(Duration, usize)>> = BTreeMap::new();
    for &people in &sizes {
        let workspace = demo(people);
        for _ in 0..runs {
            let (mut bench, arrival) = FrameBench::arriving(&workspace);
            if each {
                let list: Vec<String> = arrival.iter().map(|f| format!("{:.1}", ms(*f))).collect();
                eprintln!("arrival at {people}: {}", list.join(" "));
            }
            let worst = arrival.iter().max().copied().unwrap_or_default();
            longest.entry((people, 0)).or_default().push((worst, arrival.len()));
            // The start view counts as it opens: it is shown again last, counted.
            for view in View::ALL.into_iter().filter(|v| *v != View::People).chain([View::People]) {
                let frames = showing(&mut bench, view);
                if each {
                    let list: Vec<String> = frames.iter().map(|f| format!("{:.1}", ms(*f))).collect();
                    eprintln!("{view:?} at {people}: {}", list.join(" "));
                }
                let worst = frames.iter().max().copied().unwrap_or_default();
                let place = View::ALL.iter().position(|v| *v == view).unwrap_or_default() + 1;
                longest.entry((people, place)).or_default().push((worst, frames.len()));
            }
        }
    }
    println!("A view's first showing: its longest frame (ms) in each of {runs} runs, and its frames:");
    let mut all_met = true;
    for ((people, place), figures) in &longest {
        let name = match place.checked_sub(1) {
            Some(place) => View::ALL[place].code(),
            None => "arrival",
        };
        let bar = if *people <= 10_000 { 16 } else { 33 };
        let worst = figures.iter().map(|(f, _)| *f).max().unwrap_or_default();
        let met = worst <= Duration::from_millis(bar);
        all_met &= met;
        let runs: Vec<String> = figures.iter().map(|(f, n)| format!("{:6.1} ({n:>3})", ms(*f))).collect();
        println!("  {people:>7} {name:<11} {}{}", runs.join("  "), if met { "" } else { "  ← missed" });
    }
    println!("Bars: a first showing's longest frame at most 16 ms at 10,000 people, 33 ms at 100,000.");
    println!("{}", if all_met { "The bars are met." } else { "A bar was missed: see the figures above." });
}
