//! The frame harness the view benches share: the whole app driven headless through
//! `egui::Context::run_ui`, and what it drew tessellated, as a real frame is, without a GPU.
#![allow(dead_code)] // each bench uses part of this

use egui::{Event, Key, Modifiers, RawInput};
use kindred::model::Workspace;
use kindred::ui::KindredApp;
use std::time::{Duration, Instant};

pub const FRAMES: usize = 300;
pub const SIZE: egui::Vec2 = egui::vec2(1366.0, 768.0);

pub struct FrameBench {
    pub ctx: egui::Context,
    pub app: KindredApp,
    time: f64,
    _dir: tempfile::TempDir,
}

impl FrameBench {
    /// The app on `workspace` (saved to a temporary file and opened as a person would), after
    /// `setup` — events such as a shortcut to a view — and a few frames to warm fonts and caches.
    pub fn new(workspace: &Workspace, setup: Vec<Event>) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder for the workspace");
        let path = dir.path().join("bench.kindred");
        kindred::store::save(&path, workspace).expect("the workspace saves");
        let app = KindredApp::new(Some(path), None);
        // The figures are for English text, whatever the machine's language.
        kindred::i18n::set_language(kindred::i18n::Lang::En);
        assert_eq!(app.workspace().map(|w| w.people.len()), Some(workspace.people.len()), "the workspace opened");
        let mut bench = Self { ctx: egui::Context::default(), app, time: 0.0, _dir: dir };
        bench.frame(Vec::new());
        bench.frame(setup);
        for _ in 0..10 {
            bench.frame(Vec::new());
        }
        bench
    }

    /// The app on `workspace` showing the view named `view` (as the navigation names it, in
    /// English), clicked as a person would: whatever its place and shortcut.
    pub fn on_view(workspace: &Workspace, view: &str) -> Self {
        let mut bench = Self::new(workspace, Vec::new());
        bench.click(view);
        for _ in 0..10 {
            bench.frame(Vec::new());
        }
        bench
    }

    /// One frame with these input events: drawing, then tessellating what was drawn.
    pub fn frame(&mut self, events: Vec<Event>) -> Duration {
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

    /// The ids of the widgets whose accessible label or value is `text`, from one frame (not
    /// timed) drawn with the accessibility tree on; it is off again for the timed frames.
    pub fn widgets_named(&mut self, text: &str) -> Vec<egui::accesskit::NodeId> {
        self.ctx.enable_accesskit();
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(self.time),
            ..RawInput::default()
        };
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.show(ui));
        self.ctx.disable_accesskit();
        let nodes = output.platform_output.accesskit_update.take().map(|update| update.nodes).unwrap_or_default();
        output.drop_without_applying_deltas();
        nodes
            .into_iter()
            .filter(|(_, node)| node.label() == Some(text) || node.value() == Some(text))
            .map(|(id, _)| id)
            .collect()
    }

    /// Clicks the one widget labelled `text`, as a screen reader would (wherever it is on the
    /// page), and draws the frame after it.
    pub fn click(&mut self, text: &str) {
        let ids = self.widgets_named(text);
        let [id] = ids[..] else { panic!("one widget is labelled {text:?}, not {}", ids.len()) };
        let request = egui::accesskit::ActionRequest {
            action: egui::accesskit::Action::Click,
            target_tree: egui::accesskit::TreeId::ROOT,
            target_node: id,
            data: None,
        };
        self.frame(vec![Event::AccessKitActionRequest(request)]);
        self.frame(Vec::new());
    }

    pub fn median_frame(&mut self) -> Duration {
        let times: Vec<Duration> = (0..FRAMES).map(|_| self.frame(Vec::new())).collect();
        median(times)
    }
}

pub fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers }
}

pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `cargo test --all-targets` runs the benches too, in a debug build where times mean nothing:
/// there they only check that the harness works.
pub fn smoke_only() -> bool {
    !std::env::args().any(|arg| arg == "--bench")
}

/// The demo of `people` in one organisation for every five of them (10,000 in 2,000).
pub fn demo(people: usize) -> Workspace {
    kindred::ops::demo::generate_with(people, people / 5, chrono::Local::now().date_naive())
}
