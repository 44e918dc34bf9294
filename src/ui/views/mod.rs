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

/// A frame's slice is counted this many people at a time, until [`FRAME_BUDGET`] has passed or
/// [`PEOPLE_PER_FRAME`] are in.
const PEOPLE_PER_PART: usize = 100;

/// How long a frame counts before it leaves the rest of its slice to the next, in a release
/// build. 1,000 people take some 2 ms, but on a computer where memory left idle for a moment
/// is slow to touch again, a view's first slices took 12 to 18 ms. A debug build (the tests)
/// counts 1,000 people a frame whatever the time, so that every machine sees the same slices.
const FRAME_BUDGET: Option<std::time::Duration> =
    if cfg!(debug_assertions) { None } else { Some(std::time::Duration::from_millis(4)) };

/// Does `part` again and again until it says all is done, `most` parts are done or the frame's
/// [`FRAME_BUDGET`] has passed: for what a view makes of a finished count, a part a frame (a
/// debug build does `most` parts a frame, whatever the time). Whether all is done.
pub fn parts_of_a_frame(most: usize, mut part: impl FnMut() -> bool) -> bool {
    let started = std::time::Instant::now();
    for _ in 0..most.max(1) {
        if part() {
            return true;
        }
        if FRAME_BUDGET.is_some_and(|budget| started.elapsed() >= budget) {
            break;
        }
    }
    false
}

/// A count over the workspace's people made a slice a frame: what is being counted, the key
/// (state, day, language…) it is counted for, and the first person of the next slice.
pub struct Slices<K, T> {
    pub key: K,
    pub counting: T,
    pub next: usize,
}

impl<K, T> Slices<K, T> {
    /// How far a view's count has got, for its "Counting…" line: how many people are counted
    /// while `pending` counts them; all of them (`finishing`, the count's size) while what they
    /// were counted into is put together; `None` when neither.
    pub fn progress(pending: Option<&Self>, finishing: Option<usize>) -> Option<usize> {
        pending.map(|slices| slices.next).or(finishing)
    }
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
        add: impl FnMut(&mut T, &[crate::model::Person]),
    ) -> Option<T> {
        Self::step_within(pending, key, people, (begin, add), FRAME_BUDGET)
    }

    /// [`Slices::step`], the slice ending early once `budget` has passed (a part of
    /// [`PEOPLE_PER_PART`] people at least; a workspace of [`PEOPLE_PER_FRAME`] or fewer is
    /// counted whole).
    fn step_within(
        pending: &mut Option<Self>,
        key: K,
        people: &[crate::model::Person],
        (begin, mut add): (impl FnOnce() -> T, impl FnMut(&mut T, &[crate::model::Person])),
        budget: Option<std::time::Duration>,
    ) -> Option<T> {
        let started = std::time::Instant::now();
        let mut slices = match pending.take() {
            Some(slices) if slices.key == key => slices,
            _ => Slices { key, counting: begin(), next: 0 },
        };
        let began = slices.next == 0;
        if !began && slices.next >= people.len() {
            return Some(slices.counting);
        }
        let most = slices.next.saturating_add(PEOPLE_PER_FRAME).min(people.len());
        let whole = people.len() <= PEOPLE_PER_FRAME;
        let mut end = slices.next;
        while end < most {
            let to = if whole { most } else { end.saturating_add(PEOPLE_PER_PART).min(most) };
            add(&mut slices.counting, people.get(end..to).unwrap_or_default());
            end = to;
            if budget.is_some_and(|budget| started.elapsed() >= budget) {
                break;
            }
        }
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
        ui.label(crate::t!("view-counting", done = crate::i18n::grouped(done), total = crate::i18n::grouped(total)));
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

/// A text's first 16 bytes as a number that orders as the text does (a shorter text first), and
/// whether that is the whole text. A NUL byte would read as the padding after a shorter text,
/// so a text with one is never whole.
pub fn first_bytes(text: &str) -> (u128, bool) {
    let bytes = text.as_bytes();
    let mut first = [0u8; 16];
    let length = bytes.len().min(16);
    first[..length].copy_from_slice(&bytes[..length]);
    (u128::from_be_bytes(first), bytes.len() <= 16 && !bytes.contains(&0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    /// The frames a count takes with `budget`: how many people each counted, and the count.
    fn frames(people: &[Person], budget: Option<std::time::Duration>) -> (Vec<usize>, usize) {
        let mut pending = None;
        let mut counted = Vec::new();
        loop {
            let mut this_frame = 0;
            let add = |total: &mut usize, slice: &[Person]| {
                *total += slice.len();
                this_frame += slice.len();
            };
            let done = Slices::step_within(&mut pending, 1, people, (|| 0, add), budget);
            counted.push(this_frame);
            if let Some(total) = done {
                return (counted, total);
            }
        }
    }

    #[test]
    fn a_slice_ends_early_when_its_time_is_up_and_a_small_workspace_is_counted_whole() {
        let people = vec![Person::default(); 2_350];
        // No budget: 1,000 a frame, and the count handed over in a frame of its own.
        assert_eq!(frames(&people, None), (vec![1_000, 1_000, 350, 0], 2_350));
        // The time up after each part: a part a frame.
        let (each, total) = frames(&people, Some(std::time::Duration::ZERO));
        assert_eq!(total, 2_350);
        assert_eq!(each.len(), 25, "{each:?}");
        assert!(each[..23].iter().all(|&n| n == PEOPLE_PER_PART) && each[23] == 50 && each[24] == 0, "{each:?}");
        // Time enough: as without a budget.
        assert_eq!(frames(&people, Some(std::time::Duration::from_secs(60))).0, [1_000, 1_000, 350, 0]);
        // 1,000 people or fewer: counted whole in the first frame, whatever the time.
        let few = vec![Person::default(); PEOPLE_PER_FRAME];
        assert_eq!(frames(&few, Some(std::time::Duration::ZERO)), (vec![PEOPLE_PER_FRAME], PEOPLE_PER_FRAME));
    }
}
