//! Start-up to the first drawn frame, with an empty workspace and with 10,000 people: the app
//! made as the window makes it (`KindredApp::loading`, which reads the file on a thread) on a
//! fresh `egui::Context` (fonts and all), then its first frame drawn and tessellated, without a
//! GPU. Beside it, the time until the workspace is read and its views are drawn.
//!
//! The bar (release build): the first frame with 10,000 people within 1.5× the first frame
//! with an empty workspace, the window responding while the rest loads.
//!
//! Run with `cargo bench --bench startup`.

mod common;

use common::{SIZE, demo, median, ms};
use kindred::model::Workspace;
use kindred::ui::KindredApp;
use std::path::Path;
use std::time::{Duration, Instant};

/// One frame of `app` on `ctx` at the laptop's size, tessellated as a real frame is.
fn frame(ctx: &egui::Context, app: &mut KindredApp, time: f64) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
        time: Some(time),
        ..egui::RawInput::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.show(ui));
    let shapes = std::mem::take(&mut output.shapes);
    std::hint::black_box(ctx.tessellate(shapes, output.pixels_per_point));
    // No GPU takes the font atlas: the textures are dropped as they are.
    output.drop_without_applying_deltas();
}

/// The time to the first frame, and to the first frame with the workspace read.
fn start(path: &Path, people: usize) -> (Duration, Duration) {
    let started = Instant::now();
    let ctx = egui::Context::default();
    let mut app = KindredApp::loading(Some(path.to_path_buf()), None);
    frame(&ctx, &mut app, 0.0);
    let first = started.elapsed();
    let mut time = 0.0;
    while app.workspace().is_none() {
        std::thread::sleep(Duration::from_millis(1));
        time += 1.0 / 60.0;
        frame(&ctx, &mut app, time);
        assert!(started.elapsed() < Duration::from_secs(60), "the workspace never finished loading");
    }
    let ready = started.elapsed();
    assert_eq!(app.workspace().map(|w| w.people.len()), Some(people), "the workspace opened");
    // The next start must not find this one's lock.
    drop(app);
    (first, ready)
}

fn measure(people: usize, runs: usize) -> (Duration, Duration) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("start.kindred");
    let workspace = if people == 0 { Workspace::named("Empty") } else { demo(people) };
    kindred::store::save(&path, &workspace).expect("the workspace saves");
    let times: Vec<(Duration, Duration)> = (0..runs).map(|_| start(&path, people)).collect();
    (median(times.iter().map(|t| t.0).collect()), median(times.iter().map(|t| t.1).collect()))
}

fn main() {
    if common::smoke_only() {
        measure(30, 1);
        println!("Start-up bench: harness works (run `cargo bench --bench startup` for figures)");
        return;
    }
    // The figures are for English text, whatever the machine's language.
    kindred::i18n::set_language(kindred::i18n::Lang::En);
    let runs = 21;
    let (empty_first, empty_ready) = measure(0, runs);
    let (large_first, large_ready) = measure(10_000, runs);
    println!("Start-up, median of {runs} starts, in ms:");
    println!("  {:>10} {:>12} {:>16}", "workspace", "first frame", "workspace shown");
    println!("  {:>10} {:>12.2} {:>16.2}", "empty", ms(empty_first), ms(empty_ready));
    println!("  {:>10} {:>12.2} {:>16.2}", "10,000", ms(large_first), ms(large_ready));
    let ratio = large_first.as_secs_f64() / empty_first.as_secs_f64().max(f64::EPSILON);
    println!("  first frame, 10,000 / empty: {ratio:.2} (bar: ≤ 1.5)");
    println!("{}", if ratio <= 1.5 { "The bar is met." } else { "The bar was missed." });
}
