//! Frame time of the People view at 100 and 10,000 people, and the cost of one search keystroke
//! over 10,000 people.
//!
//! The app is driven headless through `egui::Context::run_ui` and tessellated, as a real frame
//! is, without a GPU. The bar: a 10,000-person frame costs at most 1.5× a 100-person frame, and
//! a keystroke (filter rebuild and the frame that shows it) stays under 16 ms.
//!
//! Run with `cargo bench --bench people_view`.

use egui::{Event, Key, Modifiers, RawInput};
use kindred::ui::KindredApp;
use std::time::{Duration, Instant};

const FRAMES: usize = 300;
const KEYSTROKES: usize = 60;
const SIZE: egui::Vec2 = egui::vec2(1366.0, 768.0);

struct Bench {
    ctx: egui::Context,
    app: KindredApp,
    time: f64,
    _dir: tempfile::TempDir,
}

impl Bench {
    fn new(people: usize) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder for the workspace");
        let path = dir.path().join("demo.kindred");
        let today = chrono::Local::now().date_naive();
        kindred::store::save(&path, &kindred::ops::demo::generate(people, today)).expect("the demo saves");
        let app = KindredApp::new(Some(path), None);
        assert_eq!(app.workspace().map(|w| w.people.len()), Some(people), "the demo opened");
        let mut bench = Self { ctx: egui::Context::default(), app, time: 0.0, _dir: dir };
        // Warm up: fonts, caches, the list's rows.
        for _ in 0..10 {
            bench.frame(Vec::new());
        }
        bench
    }

    /// One frame with these input events: drawing, then tessellating what was drawn.
    fn frame(&mut self, events: Vec<Event>) -> Duration {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        let start = Instant::now();
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.show(ui));
        let shapes = std::mem::take(&mut output.shapes);
        let primitives = self.ctx.tessellate(shapes, output.pixels_per_point);
        let elapsed = start.elapsed();
        std::hint::black_box(primitives);
        output.drop_without_applying_deltas();
        elapsed
    }

    fn median_frame(&mut self) -> Duration {
        let times: Vec<Duration> = (0..FRAMES).map(|_| self.frame(Vec::new())).collect();
        median(times)
    }

    /// Focuses the search (Ctrl+F), then times frames that each add or remove one letter.
    fn median_keystroke(&mut self) -> Duration {
        self.frame(vec![key(Key::F, Modifiers::COMMAND)]);
        self.frame(Vec::new());
        let mut times = Vec::with_capacity(KEYSTROKES);
        for n in 0..KEYSTROKES {
            let event = if n % 2 == 0 { Event::Text("a".to_owned()) } else { key(Key::Backspace, Modifiers::NONE) };
            times.push(self.frame(vec![event]));
        }
        median(times)
    }
}

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo test --all-targets` runs this file too, in a debug build where times mean
    // nothing: there it only checks that the harness works, on a small workspace.
    if !std::env::args().any(|arg| arg == "--bench") {
        let mut bench = Bench::new(50);
        bench.frame(Vec::new());
        println!("People view bench: harness works (run `cargo bench --bench people_view` for figures)");
        return;
    }
    let small = Bench::new(100).median_frame();
    let mut large = Bench::new(10_000);
    let big = large.median_frame();
    let keystroke = large.median_keystroke();
    let ratio = big.as_secs_f64() / small.as_secs_f64().max(f64::EPSILON);
    println!("People view, median of {FRAMES} frames (draw + tessellate):");
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
