//! The workspace-wide queries the views cache per state: a year of upcoming milestones, the
//! knowledge scores, and the day's agenda (Today, `kindred today`, the reminders), over 10,000
//! people.
//!
//! The issue sets no bar of their own; they run once after each edit (Milestones, Insights,
//! the list and the Exercise recompute when the state changes), so the figure to compare them
//! with is one frame at 60 Hz, 16 ms.
//!
//! Run with `cargo bench --bench queries`.

mod common;

use common::{demo, median, ms};
use kindred::model::Workspace;
use kindred::ops::{agenda, knowledge, upcoming};
use std::time::{Duration, Instant};

const RUNS: usize = 21;

/// The median time of `runs` calls of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(f());
                started.elapsed()
            })
            .collect(),
    )
}

/// Every person's score, as the people list and the Exercise show them.
fn scores(workspace: &Workspace, today: chrono::NaiveDate) -> Vec<u8> {
    workspace.people.iter().map(|p| knowledge::of(p, today).percent()).collect()
}

fn main() {
    let smoke = common::smoke_only();
    let (people, runs) = if smoke { (50, 1) } else { (10_000, RUNS) };
    let workspace = demo(people);
    let today = chrono::Local::now().date_naive();
    let year = time(runs, || upcoming::upcoming(&workspace, today, 365));
    let due = time(runs, || upcoming::due(&workspace, today));
    let percent = time(runs, || knowledge::workspace_percent(&workspace, today));
    let each = time(runs, || scores(&workspace, today));
    let day = time(runs, || agenda::agenda(&workspace, today));
    if smoke {
        println!("Queries bench: harness works (run `cargo bench --bench queries` for figures)");
        return;
    }
    let occurrences = upcoming::upcoming(&workspace, today, 365).len();
    let frame = Duration::from_millis(16);
    println!("Queries over 10,000 people, median of {RUNS} runs:");
    let year_name = format!("upcoming, a year ahead ({occurrences} occurrences)");
    println!("  {year_name:<48} {:8.3} ms", ms(year));
    println!("  {:<48} {:8.3} ms", "upcoming, due now (each reminder window)", ms(due));
    println!("  {:<48} {:8.3} ms", "knowledge score of the workspace", ms(percent));
    println!("  {:<48} {:8.3} ms", "knowledge score of every person", ms(each));
    let items = agenda::agenda(&workspace, today).len();
    println!("  {:<48} {:8.3} ms", format!("the day's agenda ({items} items)"), ms(day));
    let ok = [year, due, percent, each, day].iter().all(|t| *t < frame);
    println!("{}", if ok { "Each fits in one frame (16 ms)." } else { "One takes longer than a frame (16 ms)." });
}
