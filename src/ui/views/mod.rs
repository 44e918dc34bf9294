//! One module per view of the main window.

pub mod accounts;
pub mod board;
pub mod exercise;
pub mod insights;
pub mod journeys;
pub mod milestones;
pub mod people;
pub mod today;

use crate::model::{JourneyId, JourneyMap, Workspace};

/// A labelled picker of the workspace's journey maps. Returns the map chosen in `selected`, or
/// the first map when none is (or the chosen one was deleted); `None` without maps.
pub fn journey_picker<'a>(
    ui: &mut egui::Ui,
    caption: &str,
    id_salt: &str,
    workspace: &'a Workspace,
    selected: &mut Option<JourneyId>,
) -> Option<&'a JourneyMap> {
    let map = selected.and_then(|id| workspace.journey(id)).or_else(|| workspace.journeys.first())?;
    let label = ui.label(caption);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(&map.name)
        .show_ui(ui, |ui| {
            for journey in &workspace.journeys {
                ui.selectable_value(selected, Some(journey.id), &journey.name);
            }
        })
        .response
        .labelled_by(label.id);
    Some(map)
}

/// Asks for a frame just after the next local midnight, so that a view of the day (Today,
/// Milestones) moves on to the new day while the app stays open.
pub fn repaint_at_midnight(ctx: &egui::Context) {
    let now = chrono::Local::now().naive_local();
    let midnight = now.date().succ_opt().and_then(|d| d.and_hms_opt(0, 0, 1));
    if let Some(wait) = midnight.and_then(|m| (m - now).to_std().ok()) {
        ctx.request_repaint_after(wait);
    }
}

/// How many people a view counts its figures of in one frame, when it counts them a slice at a
/// time (Milestones' year, Insights): some 2 ms of work at most, so that no frame waits long
/// even at 100,000 people. A workspace of this many people or fewer is counted in one frame.
pub const PEOPLE_PER_FRAME: usize = 1_000;

/// A count over the workspace's people made a slice a frame: what is being counted, the key
/// (state, day, language…) it is counted for, and the first person of the next slice.
pub struct Slices<K, T> {
    pub key: K,
    pub counting: T,
    pub next: usize,
}

impl<K: PartialEq, T> Slices<K, T> {
    /// Counts the next slice of `people` into the count `pending` holds for `key` (begun with
    /// `begin` when it holds none, or one for another key); the count, once every slice is in
    /// (and `pending` is then empty). A count of one slice is done in the frame that begins it;
    /// a longer one is handed over in the frame after its last slice, so that what is made of
    /// it (and first drawn) does not share a frame with counting.
    pub fn step(
        pending: &mut Option<Self>,
        key: K,
        people: &[crate::model::Person],
        begin: impl FnOnce() -> T,
        add: impl FnOnce(&mut T, &[crate::model::Person]),
    ) -> Option<T> {
        let mut slices = match pending.take() {
            Some(slices) if slices.key == key => slices,
            _ => Slices { key, counting: begin(), next: 0 },
        };
        let began = slices.next == 0;
        if !began && slices.next >= people.len() {
            return Some(slices.counting);
        }
        let end = slices.next.saturating_add(PEOPLE_PER_FRAME).min(people.len());
        add(&mut slices.counting, people.get(slices.next..end).unwrap_or_default());
        if began && end >= people.len() {
            return Some(slices.counting);
        }
        slices.next = end;
        *pending = Some(slices);
        None
    }
}

/// Shown while a view's figures are counted a slice at a time: "Counting… 4,000 of 10,000
/// people", with a spinner; asks for the next frame, which counts the next slice.
pub fn counting_ui(ui: &mut egui::Ui, done: usize, total: usize) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(crate::t!("view-counting", done = done, total = total));
    });
    ui.ctx().request_repaint();
}

/// The marker of a view whose figures are counted a slice a frame, from what it says of its
/// count: `Some(None)` while older figures are shown (*Updating…*), `Some(Some(done))` while
/// there are none yet (*Counting… done of all*), nothing when they are up to date.
pub fn count_marker_ui(ui: &mut egui::Ui, count: Option<Option<usize>>, people: usize) {
    match count {
        Some(None) => updating_ui(ui),
        Some(Some(done)) => counting_ui(ui, done, people),
        None => {}
    }
}

/// Beside figures that are shown while newer ones are counted: "Updating…", with a spinner.
pub fn updating_ui(ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.weak(crate::t!("view-updating"));
    });
    ui.ctx().request_repaint();
}

/// Links that write to or call a person: `mailto:` and `tel:`, with the address or number as
/// the link's words. Masked values (present mode) are no links.
pub fn reach_links(ui: &mut egui::Ui, emails: &[crate::model::Labelled], phones: &[crate::model::Labelled]) {
    let real = |value: &str| !value.trim().is_empty() && value.trim() != crate::ops::mask::MASK;
    for email in emails.iter().filter(|e| real(&e.value)) {
        let address = email.value.trim();
        ui.hyperlink_to(format!("✉ {address}"), mailto_url(address))
            .on_hover_text(crate::t!("today-write-to", address = address));
    }
    for phone in phones.iter().filter(|p| real(&p.value)) {
        let number = phone.value.trim();
        ui.hyperlink_to(format!("☎ {number}"), tel_url(number)).on_hover_text(crate::t!("today-call", number = number));
    }
}

/// The link that writes to an e-mail address.
pub fn mailto_url(address: &str) -> String {
    format!("mailto:{}", address.trim())
}

/// The link that calls a phone number: its digits and a leading `+` (RFC 3966 allows no
/// spaces), "+45 20 30 40 50" → `tel:+4520304050`.
pub fn tel_url(number: &str) -> String {
    let dialled: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{dialled}")
}
