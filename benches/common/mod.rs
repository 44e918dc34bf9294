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

    /// The app opening `workspace` as the window does at start (read on its own thread, the
    /// reading's progress drawn meanwhile), and the frames from the one in which the read
    /// workspace reaches the window until ten frames after it: the frame a person waits on
    /// when a big workspace appears.
    pub fn arriving(workspace: &Workspace) -> (Self, Vec<Duration>) {
        let dir = tempfile::tempdir().expect("a temporary folder for the workspace");
        let path = dir.path().join("bench.kindred");
        kindred::store::save(&path, workspace).expect("the workspace saves");
        kindred::i18n::set_language(kindred::i18n::Lang::En);
        let app = KindredApp::loading(Some(path), None);
        let mut bench = Self { ctx: egui::Context::default(), app, time: 0.0, _dir: dir };
        // While it reads, a frame every 50 ms (as the window asks for them). The frame that
        // finds the workspace read opens it and draws it: the first of the figures.
        let mut arrival = Vec::new();
        while bench.app.workspace().is_none() {
            std::thread::sleep(Duration::from_millis(50));
            arrival = vec![bench.frame(Vec::new())];
        }
        arrival.extend((0..10).map(|_| bench.frame(Vec::new())));
        (bench, arrival)
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
        self.frame_with_files(events, Vec::new())
    }

    /// One frame with these input events and these files dropped on the window.
    pub fn frame_with_files(
        &mut self,
        events: Vec<Event>,
        dropped_files: Vec<std::sync::Arc<dyn egui::DroppedFile + Send + Sync>>,
    ) -> Duration {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(self.time),
            events,
            dropped_files,
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
        self.widgets_where(|label| label == text)
    }

    /// The ids of the widgets whose accessible label or value `matches`, from one frame drawn
    /// with the accessibility tree on (not timed), in the tree's order.
    pub fn widgets_where(&mut self, matches: impl Fn(&str) -> bool) -> Vec<egui::accesskit::NodeId> {
        self.nodes_where(|node| labelled(node, &matches)).into_iter().map(|(id, _)| id).collect()
    }

    /// The centres of the widgets whose accessible label or value `matches`, in the tree's order.
    pub fn centres_where(&mut self, matches: impl Fn(&str) -> bool) -> Vec<egui::Pos2> {
        self.centres_of(matches, |_| true)
    }

    /// The centres of the text fields labelled `text`: by their own accessible name, or by a
    /// label they point to (`labelled_by`).
    pub fn text_fields_labelled(&mut self, text: &str) -> Vec<egui::Pos2> {
        use egui::accesskit::Role;
        let nodes = self.nodes_where(|_| true);
        let labels: Vec<_> = nodes.iter().filter(|(_, n)| labelled(n, |t| t == text)).map(|(id, _)| *id).collect();
        nodes
            .iter()
            .filter(|(_, n)| matches!(n.role(), Role::TextInput | Role::MultilineTextInput))
            .filter(|(_, n)| n.label() == Some(text) || n.labelled_by().iter().any(|id| labels.contains(id)))
            .filter_map(|(_, n)| n.bounds())
            .map(|b| egui::pos2(((b.x0 + b.x1) / 2.0) as f32, ((b.y0 + b.y1) / 2.0) as f32))
            .collect()
    }

    fn centres_of(
        &mut self,
        matches: impl Fn(&str) -> bool,
        role: impl Fn(egui::accesskit::Role) -> bool,
    ) -> Vec<egui::Pos2> {
        self.nodes_where(|node| labelled(node, &matches) && role(node.role()))
            .into_iter()
            .filter_map(|(_, node)| node.bounds())
            .map(|b| egui::pos2(((b.x0 + b.x1) / 2.0) as f32, ((b.y0 + b.y1) / 2.0) as f32))
            .collect()
    }

    /// The accessibility tree's nodes that `keep`, from one frame drawn with the tree on (not
    /// timed).
    fn nodes_where(
        &mut self,
        keep: impl Fn(&egui::accesskit::Node) -> bool,
    ) -> Vec<(egui::accesskit::NodeId, egui::accesskit::Node)> {
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
        nodes.into_iter().filter(|(_, node)| keep(node)).collect()
    }

    /// The event that clicks the widget `id` as a screen reader would.
    pub fn click_event(id: egui::accesskit::NodeId) -> Event {
        Event::AccessKitActionRequest(egui::accesskit::ActionRequest {
            action: egui::accesskit::Action::Click,
            target_tree: egui::accesskit::TreeId::ROOT,
            target_node: id,
            data: None,
        })
    }

    /// Shows `view`, as a click on its name in the navigation does (its shortcut's number
    /// depends on the views before it).
    pub fn show(mut self, view: kindred::ui::View) -> Self {
        self.click(&view.label());
        for _ in 0..10 {
            self.frame(Vec::new());
        }
        self
    }

    /// Clicks the one widget labelled `text`, as a screen reader would (wherever it is on the
    /// page), and draws the frame after it.
    pub fn click(&mut self, text: &str) {
        let ids = self.widgets_named(text);
        let [id] = ids[..] else { panic!("one widget is labelled {text:?}, not {}", ids.len()) };
        self.frame(vec![Self::click_event(id)]);
        self.frame(Vec::new());
    }

    pub fn median_frame(&mut self) -> Duration {
        let times: Vec<Duration> = (0..FRAMES).map(|_| self.frame(Vec::new())).collect();
        median(times)
    }
}

/// Whether the node's accessible label or value `matches`.
fn labelled(node: &egui::accesskit::Node, matches: impl Fn(&str) -> bool) -> bool {
    node.label().is_some_and(&matches) || node.value().is_some_and(&matches)
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

/// The sizes the environment `variable` lists (`100,10000`), or `default` without it.
pub fn sizes(variable: &str, default: &[usize]) -> Vec<usize> {
    let listed: Vec<usize> = std::env::var(variable)
        .map(|sizes| sizes.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_default();
    if listed.is_empty() { default.to_vec() } else { listed }
}

/// The demo of `people` in one organisation for every five of them (10,000 in 2,000).
pub fn demo(people: usize) -> Workspace {
    kindred::ops::demo::generate_with(people, people / 5, chrono::Local::now().date_naive())
}

/// A file dropped on the window.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
