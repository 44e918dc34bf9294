//! Lanes of every kind: a new lane's name in the language, and the menu that adds one — a card
//! lane, the touchpoints or trigger points (where the board's "why" answers show), the emotion
//! curve (when the map has none: a deleted one can come back), critical incidents or
//! opportunities; the templates' names in the language; and the map's segment as a tag.

use super::replace;
use crate::model::{JourneyMap, Lane, LaneId, LaneKind, Template};
use crate::t;
use crate::ui::Intent;
use egui::Ui;

/// What a new lane of `kind` is called, in the current language.
pub(super) fn lane_name(kind: LaneKind) -> String {
    match kind {
        LaneKind::Cards => t!("journeys-new-lane"),
        LaneKind::Touchpoints => t!("lane-touchpoints"),
        LaneKind::TriggerPoints => t!("lane-trigger-points"),
        LaneKind::Emotions => t!("lane-emotions"),
        LaneKind::Incidents => t!("lane-incidents"),
        LaneKind::Opportunities => t!("lane-opportunities"),
    }
}

/// The menu entry that adds a lane of `kind`.
fn kind_entry(kind: LaneKind) -> String {
    match kind {
        LaneKind::Cards => t!("journeys-add-lane-cards"),
        LaneKind::Touchpoints => t!("journeys-add-lane-touchpoints"),
        LaneKind::TriggerPoints => t!("journeys-add-lane-trigger-points"),
        LaneKind::Emotions => t!("journeys-add-lane-emotions"),
        LaneKind::Incidents => t!("journeys-add-lane-incidents"),
        LaneKind::Opportunities => t!("journeys-add-lane-opportunities"),
    }
}

/// The template lanes' names in the current language, in [`crate::model::DEFAULT_LANES`]'s order.
pub(super) fn template_lane_names() -> [String; 9] {
    [
        t!("lane-actions"),
        t!("lane-touchpoints"),
        t!("lane-trigger-points"),
        t!("lane-drivers"),
        t!("lane-barriers"),
        t!("lane-emotions"),
        t!("lane-incidents"),
        t!("lane-message"),
        t!("lane-opportunities"),
    ]
}

/// A template's phases in the current language.
pub(super) fn template_phase_names(template: Template, count: usize) -> Vec<String> {
    match template {
        Template::CustomerJourney => {
            vec![t!("phase-awareness"), t!("phase-consideration"), t!("phase-purchase"), t!("phase-loyalty")]
        }
        Template::CustomerLifecycle => vec![
            t!("phase-unaware"),
            t!("phase-aware"),
            t!("phase-considering"),
            t!("phase-buying"),
            t!("phase-using"),
            t!("phase-loyal"),
            t!("phase-ex-customer"),
        ],
        Template::SalesProcess => vec![
            t!("phase-build-trust"),
            t!("phase-uncover-needs"),
            t!("phase-choose-solution"),
            t!("phase-interest"),
            t!("phase-close"),
            t!("phase-customer-care"),
        ],
        Template::Blank => (1..=count).map(|n| t!("phase-numbered", count = n)).collect(),
    }
}

/// The kinds of lane the map can take now: every kind, the emotion curve only when it has none.
pub(super) fn addable(map: &JourneyMap) -> impl Iterator<Item = LaneKind> + '_ {
    LaneKind::ALL.into_iter().filter(|kind| *kind != LaneKind::Emotions || map.lanes.iter().all(|l| l.kind != *kind))
}

/// A new lane of `kind` after `after` (at the end without one), as one edit.
pub(super) fn add_lane(map: &JourneyMap, after: Option<LaneId>, kind: LaneKind) -> Intent {
    let mut changed = map.clone();
    let index = after.and_then(|id| map.lanes.iter().position(|l| l.id == id)).map_or(map.lanes.len(), |i| i + 1);
    changed.lanes.insert(index, Lane { name: lane_name(kind), kind, ..Default::default() });
    replace(t!("journeys-add-lane-label", name = lane_name(kind)), changed)
}

/// The entries of an "Add lane" menu: one a kind the map can take.
pub(super) fn add_lane_entries(ui: &mut Ui, map: &JourneyMap, after: Option<LaneId>, intents: &mut Vec<Intent>) {
    for kind in addable(map) {
        if ui.button(kind_entry(kind)).clicked() {
            intents.push(add_lane(map, after, kind));
            ui.close();
        }
    }
}

/// The tag that marks the map's segment: one of the workspace's `tags` (by name), or none. A
/// choice is one edit of the map.
pub(super) fn segment_tag_ui(
    ui: &mut Ui,
    tags: &[String],
    map: &JourneyMap,
    editable: bool,
    intents: &mut Vec<Intent>,
) {
    let mut chosen = map.segment_tag.clone();
    let none = t!("journeys-segment-tag-none");
    let label = ui.label(t!("journeys-segment-tag"));
    ui.add_enabled_ui(editable, |ui| {
        egui::ComboBox::from_id_salt("journey_segment_tag")
            .selected_text(chosen.clone().unwrap_or_else(|| none.clone()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, none.as_str());
                // A tag nobody has any more stays the map's until another is chosen.
                let gone = map.segment_tag.iter().filter(|tag| !tags.contains(tag));
                for tag in gone.chain(tags) {
                    ui.selectable_value(&mut chosen, Some(tag.clone()), tag.as_str());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(t!("journeys-segment-tag-hint"));
    });
    if chosen != map.segment_tag {
        let mut changed = map.clone();
        changed.segment_tag = chosen;
        intents.push(replace(t!("journeys-segment-tag-label", name = map.name.as_str()), changed));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deleted_emotion_lane_can_come_back_but_never_twice() {
        let mut map = Template::CustomerJourney.create();
        assert!(!addable(&map).any(|k| k == LaneKind::Emotions), "the map has its curve");
        map.lanes.retain(|l| l.kind != LaneKind::Emotions);
        assert_eq!(addable(&map).collect::<Vec<_>>(), LaneKind::ALL, "every kind, the curve again");
        let Intent::Edit { edit: crate::ops::Edit::ReplaceJourney(changed), .. } =
            add_lane(&map, Some(map.lanes[0].id), LaneKind::Emotions)
        else {
            panic!("an edit of the map");
        };
        assert_eq!(changed.lanes[1].kind, LaneKind::Emotions, "after the lane it was added after");
        assert_eq!(changed.lanes[1].name, "Emotions");
        assert_eq!(changed.lanes.len(), map.lanes.len() + 1);
    }
}
