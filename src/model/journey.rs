//! Journey maps: phases × lanes of cards, with an emotion score per phase.

use super::id::*;
use serde::{Deserialize, Serialize};

/// One journey map, for a segment or a product.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JourneyMap {
    pub id: JourneyId,
    pub name: String,
    /// The segment or product the map is for.
    pub segment: String,
    /// The tag that marks the people of the map's segment, when it names one: the board
    /// shows only them with one click, and Insights compares segments by such tags.
    pub segment_tag: Option<String>,
    /// Columns, in order.
    pub phases: Vec<Phase>,
    /// Rows, in order.
    pub lanes: Vec<Lane>,
    /// Cards of every cell; within a cell, the order of this list is the order shown.
    pub cards: Vec<Card>,
    /// Who changed the map last, and when.
    pub changed: Option<super::shared::Stamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Phase {
    pub id: PhaseId,
    pub name: String,
    /// The emotion lane's score for this phase, −2 (very negative) to +2 (very positive).
    pub emotion: Option<i8>,
    /// After how many days in this phase a person on the board counts as stalled; `None`:
    /// never.
    pub stall_days: Option<u16>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lane {
    pub id: LaneId,
    pub name: String,
    pub kind: LaneKind,
}

/// What a lane holds besides its own cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// Cards only.
    #[default]
    Cards,
    /// The emotion score of each phase, drawn as a curve.
    Emotions,
    /// Cards, and the critical incidents logged on people in each phase.
    Incidents,
    /// Cards, and the customers' ideas linked to each phase.
    Opportunities,
    /// Cards, and the touchpoints named when people moved into each phase (the board's "why").
    Touchpoints,
    /// Cards, and the trigger points named when people moved into each phase: the moments
    /// that move a customer on.
    TriggerPoints,
}

impl LaneKind {
    /// Every kind, in the order a menu offers them for a new lane.
    pub const ALL: [LaneKind; 6] = [
        LaneKind::Cards,
        LaneKind::Touchpoints,
        LaneKind::TriggerPoints,
        LaneKind::Emotions,
        LaneKind::Incidents,
        LaneKind::Opportunities,
    ];

    /// The reason for a move whose answers this lane shows, if it shows any.
    pub fn why(self) -> Option<super::WhyKind> {
        match self {
            LaneKind::Touchpoints => Some(super::WhyKind::Touchpoint),
            LaneKind::TriggerPoints => Some(super::WhyKind::TriggerPoint),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Card {
    pub id: CardId,
    pub phase: PhaseId,
    pub lane: LaneId,
    pub text: String,
    pub colour: CardColour,
    /// Dot votes from a workshop.
    pub votes: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardColour {
    #[default]
    Yellow,
    Blue,
    Green,
    Pink,
    Orange,
    Grey,
}

impl CardColour {
    /// The sticky-note colour, the same on screen, in handouts and pictures (dark text on it).
    pub fn rgb(self) -> [u8; 3] {
        match self {
            CardColour::Yellow => [255, 238, 150],
            CardColour::Blue => [190, 218, 255],
            CardColour::Green => [200, 238, 196],
            CardColour::Pink => [255, 204, 224],
            CardColour::Orange => [255, 212, 166],
            CardColour::Grey => [222, 222, 222],
        }
    }
}

/// The maps a new journey can start from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Template {
    #[default]
    CustomerJourney,
    /// The whole lifecycle, from "doesn't know us" to "ex-customer".
    CustomerLifecycle,
    SalesProcess,
    Blank,
}

impl Template {
    pub const ALL: [Template; 4] =
        [Template::CustomerJourney, Template::CustomerLifecycle, Template::SalesProcess, Template::Blank];

    /// The template's own name, in English.
    pub fn name(self) -> &'static str {
        match self {
            Template::CustomerJourney => "Customer journey",
            Template::CustomerLifecycle => "Customer lifecycle",
            Template::SalesProcess => "Sales process",
            Template::Blank => "Blank",
        }
    }

    /// The phases it starts with, in English.
    pub fn phase_names(self) -> &'static [&'static str] {
        match self {
            Template::CustomerJourney => &["Awareness", "Consideration", "Purchase", "Loyalty"],
            Template::CustomerLifecycle => {
                &["Unaware", "Aware", "Considering", "Buying", "Using", "Loyal", "Ex-customer"]
            }
            Template::SalesProcess => &[
                "Build trust",
                "Uncover needs",
                "Choose & confirm solution",
                "Interest & desire",
                "Close",
                "Customer care",
            ],
            Template::Blank => &["Phase 1", "Phase 2", "Phase 3", "Phase 4"],
        }
    }

    /// A new, empty map from this template, named after it.
    pub fn create(self) -> JourneyMap {
        JourneyMap {
            id: JourneyId::new(),
            name: self.name().to_owned(),
            segment: String::new(),
            segment_tag: None,
            phases: self
                .phase_names()
                .iter()
                .map(|name| Phase { id: PhaseId::new(), name: (*name).to_owned(), emotion: None, stall_days: None })
                .collect(),
            lanes: DEFAULT_LANES
                .iter()
                .map(|(name, kind)| Lane { id: LaneId::new(), name: (*name).to_owned(), kind: *kind })
                .collect(),
            cards: Vec::new(),
            changed: None,
        }
    }
}

/// The lanes every template starts with, in English: trigger points beside the touchpoints,
/// as the customer-journey article pairs them.
pub const DEFAULT_LANES: [(&str, LaneKind); 9] = [
    ("Customer actions & thoughts", LaneKind::Cards),
    ("Touchpoints", LaneKind::Touchpoints),
    ("Trigger points", LaneKind::TriggerPoints),
    ("Drivers", LaneKind::Cards),
    ("Barriers", LaneKind::Cards),
    ("Emotions", LaneKind::Emotions),
    ("Critical incidents", LaneKind::Incidents),
    ("Our message", LaneKind::Cards),
    ("Opportunities", LaneKind::Opportunities),
];

impl JourneyMap {
    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// A copy with fresh ids for the map, its phases, lanes and cards, named `name`. People's
    /// places, incidents and ideas stay with the original.
    pub fn duplicate(&self, name: String) -> JourneyMap {
        let mut copy = self.clone();
        copy.id = JourneyId::new();
        copy.name = name;
        for phase in &mut copy.phases {
            // An id's default is a fresh one.
            let old = std::mem::take(&mut phase.id);
            for card in copy.cards.iter_mut().filter(|c| c.phase == old) {
                card.phase = phase.id;
            }
        }
        for lane in &mut copy.lanes {
            let old = std::mem::take(&mut lane.id);
            for card in copy.cards.iter_mut().filter(|c| c.lane == old) {
                card.lane = lane.id;
            }
        }
        for card in &mut copy.cards {
            card.id = CardId::new();
        }
        copy
    }

    /// The cards of one cell, in order.
    pub fn cell(&self, phase: PhaseId, lane: LaneId) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| c.phase == phase && c.lane == lane)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_have_the_designed_phases_and_lanes() {
        let map = Template::CustomerJourney.create();
        let phases: Vec<_> = map.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(phases, ["Awareness", "Consideration", "Purchase", "Loyalty"]);
        assert_eq!(map.lanes.len(), 9);
        assert_eq!(map.lanes.iter().filter(|l| l.kind == LaneKind::Emotions).count(), 1);
        let lanes: Vec<_> = map.lanes.iter().take(3).map(|l| (l.name.as_str(), l.kind)).collect();
        assert_eq!(
            lanes,
            [
                ("Customer actions & thoughts", LaneKind::Cards),
                ("Touchpoints", LaneKind::Touchpoints),
                ("Trigger points", LaneKind::TriggerPoints)
            ]
        );
        let lifecycle = Template::CustomerLifecycle.create();
        let phases: Vec<_> = lifecycle.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(phases, ["Unaware", "Aware", "Considering", "Buying", "Using", "Loyal", "Ex-customer"]);
        assert_eq!(lifecycle.lanes.iter().map(|l| l.kind).collect::<Vec<_>>(), DEFAULT_LANES.map(|(_, k)| k));
        assert_eq!(Template::SalesProcess.create().phases.len(), 6);
        assert_eq!(Template::Blank.create().phases.len(), 4, "a map has four phases at least");
    }

    #[test]
    fn a_duplicate_has_fresh_ids_and_the_same_cells() {
        let mut map = Template::SalesProcess.create();
        map.cards.push(Card {
            phase: map.phases[2].id,
            lane: map.lanes[1].id,
            text: "Visit".into(),
            ..Card::default()
        });
        let copy = map.duplicate("Copy".into());
        assert_eq!(copy.name, "Copy");
        assert_ne!(copy.id, map.id);
        assert!(copy.phases.iter().zip(&map.phases).all(|(a, b)| a.id != b.id && a.name == b.name));
        assert!(copy.lanes.iter().zip(&map.lanes).all(|(a, b)| a.id != b.id && a.name == b.name));
        assert_ne!(copy.cards[0].id, map.cards[0].id);
        assert_eq!(
            copy.cell(copy.phases[2].id, copy.lanes[1].id).map(|c| c.text.as_str()).collect::<Vec<_>>(),
            ["Visit"]
        );
    }
}
