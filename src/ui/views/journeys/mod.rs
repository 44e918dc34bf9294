//! The Journeys view: the maps of the workspace, and the grid of one map — phases as columns,
//! lanes as rows, cards in the cells, the emotion curve, and the incidents and ideas of real
//! people in their phase.
//!
//! The view draws from the workspace as it is and returns [`Intent`]s. Moves are
//! `Edit::MoveCard`/`MovePhase`/`MoveLane`, carried out by the pure functions in
//! [`crate::ops::moves`]; every other change to a map is one `Edit::ReplaceJourney` of the map
//! as changed. Each is one undo step.

mod extras;
mod fit;
mod grid;
mod lanes;

use crate::model::{Card, CardColour, CardId, JourneyId, JourneyMap, LaneId, PersonId, PhaseId, Template, Workspace};
use crate::ops::moves::{self, CardPlace, Step};
use crate::ops::{Changes, Edit};
use crate::t;
use crate::ui::Intent;
use egui::{Key, Modifiers, TextEdit, Ui};
use extras::{Extras, ExtrasKey};

/// The colours a card can have.
pub const COLOURS: [CardColour; 6] =
    [CardColour::Yellow, CardColour::Blue, CardColour::Green, CardColour::Pink, CardColour::Orange, CardColour::Grey];

/// A template's name in the current language.
fn template_name(template: Template) -> String {
    match template {
        Template::CustomerJourney => t!("template-customer-journey"),
        Template::CustomerLifecycle => t!("template-customer-lifecycle"),
        Template::SalesProcess => t!("template-sales-process"),
        Template::Blank => t!("template-blank"),
    }
}

/// A new map from a template, its name, phases and lanes in the current language.
fn localized(template: Template) -> JourneyMap {
    let mut map = template.create();
    map.name = template_name(template);
    let names = lanes::template_phase_names(template, map.phases.len());
    for (phase, name) in map.phases.iter_mut().zip(names) {
        phase.name = name;
    }
    for (lane, name) in map.lanes.iter_mut().zip(lanes::template_lane_names()) {
        lane.name = name;
    }
    map
}

/// A colour's name in the current language.
fn colour_name(colour: CardColour) -> String {
    match colour {
        CardColour::Yellow => t!("colour-yellow"),
        CardColour::Blue => t!("colour-blue"),
        CardColour::Green => t!("colour-green"),
        CardColour::Pink => t!("colour-pink"),
        CardColour::Orange => t!("colour-orange"),
        CardColour::Grey => t!("colour-grey"),
    }
}

/// What is selected in the grid; the keyboard moves act on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Selection {
    Card(CardId),
    Phase(PhaseId),
    Lane(LaneId),
}

/// A text being edited in place: a card's (or a new card's), a phase's or a lane's name.
#[derive(Clone, Debug, PartialEq)]
enum Editing {
    Card { card: CardId, text: String },
    NewCard { phase: PhaseId, lane: LaneId, text: String },
    Phase { phase: PhaseId, text: String },
    Lane { lane: LaneId, text: String },
}

/// A critical incident or an idea of a real person, shown in its phase; or, without a person,
/// the line that counts the ones not shown.
pub struct Linked {
    pub person: Option<PersonId>,
    pub text: String,
    /// For incidents: better (true) or worse than expected; ideas are `None`.
    pub better: Option<bool>,
}

/// A cell shows this many incidents or ideas of people, the latest first; a line counts the
/// rest, so that a workspace of thousands keeps the map readable and its frame short.
const LINKED_SHOWN: usize = 5;
/// On a projector, where the whole map has to fit the screen, a cell only counts them: the
/// room sees how many incidents went better or worse there, and no one's story.
const LINKED_SHOWN_FITTED: usize = 0;

/// What a fitted scale was found for: the extras' key (revision, map, language, entries shown),
/// the map, and the room in points.
type FitKey = (Option<ExtrasKey>, JourneyId, i32, i32);

#[derive(Default)]
pub struct JourneysView {
    pub selected: Option<JourneyId>,
    selection: Option<Selection>,
    editing: Option<Editing>,
    /// Whether the in-place editor has been given the keyboard focus yet.
    editor_focused: bool,
    /// The map's name and segment as being typed, for the map they belong to.
    name_draft: Option<(JourneyId, String, String)>,
    /// A score being dragged in the emotion lane, committed when the drag ends.
    emotion_drag: Option<(PhaseId, i8)>,
    /// Dot voting: a click on a card adds a dot, a right-click takes one away; cards do not
    /// move meanwhile.
    pub voting: bool,
    /// Present mode: the map is scaled down, text and all, until it fits the screen.
    pub fit_to_screen: bool,
    /// The scale that fitted, for the map, language and room it was found for.
    fitted: Option<(FitKey, f32)>,
    /// The map the grid showed last: another one (or the view's first visit) opens at its top,
    /// whatever scroll position egui remembers for it.
    shown: Option<JourneyId>,
    extras: Extras,
    /// The workspace's last changes (the shell sets them each frame): a card moved leaves the
    /// people's incidents, ideas and reasons as they were.
    pub changes: Changes,
}

impl JourneysView {
    /// Shows this map with this card selected (the command palette's way to a card).
    pub fn select_card(&mut self, map: JourneyId, card: CardId) {
        self.selected = Some(map);
        self.selection = Some(Selection::Card(card));
        self.editing = None;
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        _today: chrono::NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        if workspace.journeys.is_empty() {
            ui.label(t!("journeys-no-maps"));
            if editable {
                ui.horizontal(|ui| {
                    for template in Template::ALL {
                        if ui.button(template_name(template)).clicked() {
                            intents.push(self.new_map(workspace, template));
                        }
                    }
                });
            }
            return intents;
        }
        let Some(map) = self.toolbar(ui, workspace, editable, &mut intents) else { return intents };
        self.forget_what_is_gone(map);
        let shown = if self.fit_to_screen { LINKED_SHOWN_FITTED } else { LINKED_SHOWN };
        self.extras.refresh(workspace, map, (revision, &self.changes), shown);
        super::count_marker_ui(ui, self.extras.gathering(), workspace.people.len());
        // On a projector the map gets the room: its name and segment are in the picker already.
        if !self.fit_to_screen {
            self.details_row(ui, map, editable, &mut intents);
        }
        ui.separator();
        if editable {
            self.keyboard(ui, map, &mut intents);
        }
        grid::show(self, ui, map, editable, &mut intents);
        intents
    }

    /// The picker and what can be done to whole maps. Returns the map shown.
    fn toolbar<'a>(
        &mut self,
        ui: &mut Ui,
        workspace: &'a Workspace,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) -> Option<&'a JourneyMap> {
        ui.horizontal_wrapped(|ui| {
            // A narrow window moves whole buttons to the next row rather than breaking a label.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            let map = super::journey_picker(ui, &t!("journeys-map"), "journey_pick", workspace, &mut self.selected)?;
            // Present mode keeps to what a workshop does with the map on the wall: choose and vote.
            if !self.fit_to_screen {
                self.map_buttons(ui, workspace, map, editable, intents);
            }
            // Each tool is enabled by itself, not in a nested `Ui`, which would keep it from
            // moving to the next row as a whole.
            let toggle = ui
                .add_enabled(editable, egui::Button::selectable(self.voting, t!("journeys-dot-voting")))
                .on_hover_text(t!("journeys-dot-voting-hint"));
            if toggle.clicked() {
                self.voting = !self.voting;
                self.editing = None;
            }
            let votes: u32 = map.cards.iter().map(|c| c.votes).sum();
            if votes > 0 {
                ui.label(t!("journeys-votes-total", count = votes));
                if ui.add_enabled(editable, egui::Button::new(t!("journeys-clear-votes"))).clicked() {
                    let mut changed = map.clone();
                    for card in &mut changed.cards {
                        card.votes = 0;
                    }
                    intents.push(replace(t!("journeys-clear-votes-label", name = map.name.as_str()), changed));
                }
            }
            Some(map)
        })
        .inner
    }

    /// New, duplicate, delete, and the template files of the map shown.
    fn map_buttons(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        map: &JourneyMap,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        // Each tool is enabled by itself, not in a nested `Ui` (see `toolbar`).
        if editable {
            ui.menu_button(t!("journeys-new-map"), |ui| {
                for template in Template::ALL {
                    if ui.button(template_name(template)).clicked() {
                        intents.push(self.new_map(workspace, template));
                        ui.close();
                    }
                }
            });
        } else {
            ui.add_enabled(false, egui::Button::new(t!("journeys-new-map")));
        }
        if ui.add_enabled(editable, egui::Button::new(t!("journeys-duplicate"))).clicked() {
            let name = workspace.unique_journey_name(&t!("journeys-copy-name", name = map.name.as_str()));
            let copy = map.duplicate(name);
            self.selected = Some(copy.id);
            let index = workspace.journey_index(map.id).map_or(usize::MAX, |i| i + 1);
            intents.push(edit(
                t!("journeys-duplicate-label", name = map.name.as_str()),
                Edit::InsertJourney { index, journey: Box::new(copy) },
            ));
        }
        if ui.add_enabled(editable, egui::Button::new(t!("journeys-delete-map"))).clicked() {
            self.selected = None;
            intents.push(edit(t!("journeys-delete-map-label", name = map.name.as_str()), Edit::RemoveJourney(map.id)));
        }
        ui.separator();
        if ui.add_enabled(editable, egui::Button::new(t!("journeys-import"))).clicked() {
            intents.push(Intent::ImportJourney);
        }
        if ui.button(t!("journeys-export")).clicked() {
            intents.push(Intent::ExportJourney(map.id));
        }
        ui.separator();
    }

    fn new_map(&mut self, workspace: &Workspace, template: Template) -> Intent {
        let mut map = localized(template);
        map.name = workspace.unique_journey_name(&map.name);
        self.selected = Some(map.id);
        self.selection = None;
        edit(
            t!("journeys-new-map-label", name = map.name.as_str()),
            Edit::InsertJourney { index: usize::MAX, journey: Box::new(map) },
        )
    }

    /// Drops a selection or an edit whose card, phase or lane is no longer there (undo, another
    /// map chosen).
    fn forget_what_is_gone(&mut self, map: &JourneyMap) {
        let has_card = |id: CardId| map.cards.iter().any(|c| c.id == id);
        let has_lane = |id: LaneId| map.lanes.iter().any(|l| l.id == id);
        let has_phase = |id: PhaseId| map.phase(id).is_some();
        if let Some(selection) = self.selection {
            let there = match selection {
                Selection::Card(id) => has_card(id),
                Selection::Phase(id) => has_phase(id),
                Selection::Lane(id) => has_lane(id),
            };
            if !there {
                self.selection = None;
            }
        }
        if let Some(editing) = &self.editing {
            let there = match editing {
                Editing::Card { card, .. } => has_card(*card),
                Editing::NewCard { phase, lane, .. } => has_phase(*phase) && has_lane(*lane),
                Editing::Phase { phase, .. } => has_phase(*phase),
                Editing::Lane { lane, .. } => has_lane(*lane),
            };
            if !there {
                self.editing = None;
            }
        }
        if let Some((phase, _)) = self.emotion_drag
            && !has_phase(phase)
        {
            self.emotion_drag = None;
        }
    }

    /// The map's name and segment, and the tools for what is selected.
    fn details_row(&mut self, ui: &mut Ui, map: &JourneyMap, editable: bool, intents: &mut Vec<Intent>) {
        if self.name_draft.as_ref().is_none_or(|(id, _, _)| *id != map.id) {
            self.name_draft = Some((map.id, map.name.clone(), map.segment.clone()));
        }
        ui.horizontal_wrapped(|ui| {
            // Whole buttons move to the next row; only the hints wrap within themselves.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            let Some((_, name, segment)) = &mut self.name_draft else { return };
            let label = ui.label(t!("journeys-name"));
            let name_field =
                ui.add_enabled(editable, TextEdit::singleline(name).desired_width(200.0)).labelled_by(label.id);
            let label = ui.label(t!("journeys-segment"));
            let segment_field = ui
                .add_enabled(
                    editable,
                    TextEdit::singleline(segment).hint_text(t!("journeys-segment-hint")).desired_width(180.0),
                )
                .labelled_by(label.id);
            if name_field.lost_focus() || segment_field.lost_focus() {
                let name = name.trim();
                if !name.is_empty() && (name != map.name || segment.trim() != map.segment) {
                    let mut changed = map.clone();
                    changed.name = name.to_owned();
                    changed.segment = segment.trim().to_owned();
                    intents.push(edit(
                        t!("journeys-rename-map-label", name = map.name.as_str()),
                        Edit::ReplaceJourney(Box::new(changed)),
                    ));
                }
                self.name_draft = None;
            }
            lanes::segment_tag_ui(ui, &self.extras.tags, map, editable, intents);
            if !editable {
                ui.label(t!("journeys-read-only"));
                return;
            }
            ui.separator();
            match self.selection {
                Some(Selection::Card(id)) => self.card_tools(ui, map, id, intents),
                Some(Selection::Phase(id)) => self.phase_tools(ui, map, id, intents),
                Some(Selection::Lane(id)) => self.lane_tools(ui, map, id, intents),
                None => hint(ui, t!("journeys-grid-hint")),
            }
        });
    }

    fn card_tools(&mut self, ui: &mut Ui, map: &JourneyMap, id: CardId, intents: &mut Vec<Intent>) {
        let Some(card) = map.cards.iter().find(|c| c.id == id) else { return };
        if ui.button(t!("journeys-edit")).clicked() {
            self.edit_card(card);
        }
        colour_menu(ui, map, card, intents);
        if ui.button(t!("journeys-delete-card")).clicked() {
            intents.push(delete_card(map, id));
        }
        hint(ui, t!("journeys-card-hint"));
    }

    fn phase_tools(&mut self, ui: &mut Ui, map: &JourneyMap, id: PhaseId, intents: &mut Vec<Intent>) {
        let Some(phase) = map.phase(id) else { return };
        if ui.button(t!("journeys-rename")).clicked() {
            self.start_editing(Editing::Phase { phase: id, text: phase.name.clone() });
        }
        if ui.button(t!("journeys-add-phase")).clicked() {
            intents.push(add_phase(map, Some(id)));
        }
        let cards = map.cards.iter().filter(|c| c.phase == id).count();
        if ui.add_enabled(map.phases.len() > 1, egui::Button::new(t!("journeys-delete-phase"))).clicked() {
            intents.push(delete_phase(map, id));
        }
        hint(ui, t!("journeys-phase-cards", hint = t!("journeys-phase-hint"), count = cards));
    }

    fn lane_tools(&mut self, ui: &mut Ui, map: &JourneyMap, id: LaneId, intents: &mut Vec<Intent>) {
        let Some(lane) = map.lanes.iter().find(|l| l.id == id) else { return };
        if ui.button(t!("journeys-rename")).clicked() {
            self.start_editing(Editing::Lane { lane: id, text: lane.name.clone() });
        }
        ui.menu_button(t!("journeys-add-lane"), |ui| lanes::add_lane_entries(ui, map, Some(id), intents));
        if ui.add_enabled(map.lanes.len() > 1, egui::Button::new(t!("journeys-delete-lane"))).clicked() {
            intents.push(delete_lane(map, id));
        }
        hint(ui, t!("journeys-lane-hint"));
    }

    fn edit_card(&mut self, card: &Card) {
        self.selection = Some(Selection::Card(card.id));
        self.start_editing(Editing::Card { card: card.id, text: card.text.clone() });
    }

    fn start_editing(&mut self, editing: Editing) {
        self.editing = Some(editing);
        self.editor_focused = false;
    }

    /// Ctrl+arrows move what is selected; Enter or F2 edits it; Delete removes a card; Esc
    /// lets go of the selection. Only while no text field has the keyboard.
    fn keyboard(&mut self, ui: &mut Ui, map: &JourneyMap, intents: &mut Vec<Intent>) {
        if self.editing.is_some() || ui.ctx().text_edit_focused() {
            return;
        }
        let Some(selection) = self.selection else { return };
        let pressed = |ui: &mut Ui, modifiers, key| ui.input_mut(|i| i.consume_key(modifiers, key));
        let step = [
            (Key::ArrowLeft, Step::Left),
            (Key::ArrowRight, Step::Right),
            (Key::ArrowUp, Step::Up),
            (Key::ArrowDown, Step::Down),
        ]
        .into_iter()
        .find(|(key, _)| pressed(ui, Modifiers::COMMAND, *key))
        .map(|(_, step)| step);
        if pressed(ui, Modifiers::NONE, Key::Escape) {
            self.selection = None;
            return;
        }
        let rename = pressed(ui, Modifiers::NONE, Key::F2) || pressed(ui, Modifiers::NONE, Key::Enter);
        match selection {
            Selection::Card(id) => {
                if let Some(to) = step.and_then(|step| moves::step_card(map, id, step)) {
                    intents
                        .push(edit(t!("journeys-move-card-label"), Edit::MoveCard { journey: map.id, card: id, to }));
                }
                if rename && let Some(card) = map.cards.iter().find(|c| c.id == id) {
                    self.edit_card(card);
                }
                if pressed(ui, Modifiers::NONE, Key::Delete) {
                    intents.push(delete_card(map, id));
                }
            }
            Selection::Phase(id) => {
                let index = map.phases.iter().position(|p| p.id == id);
                let to = match (step, index) {
                    (Some(Step::Left), Some(i)) => i.checked_sub(1),
                    (Some(Step::Right), Some(i)) => Some(i + 1).filter(|&to| to < map.phases.len()),
                    _ => None,
                };
                if let Some(to) = to {
                    intents.push(edit(phase_move_label(map, id), Edit::MovePhase { journey: map.id, phase: id, to }));
                }
                if rename && let Some(phase) = map.phase(id) {
                    self.start_editing(Editing::Phase { phase: id, text: phase.name.clone() });
                }
            }
            Selection::Lane(id) => {
                let index = map.lanes.iter().position(|l| l.id == id);
                let to = match (step, index) {
                    (Some(Step::Up), Some(i)) => i.checked_sub(1),
                    (Some(Step::Down), Some(i)) => Some(i + 1).filter(|&to| to < map.lanes.len()),
                    _ => None,
                };
                if let Some(to) = to {
                    intents.push(edit(lane_move_label(map, id), Edit::MoveLane { journey: map.id, lane: id, to }));
                }
                if rename && let Some(lane) = map.lanes.iter().find(|l| l.id == id) {
                    self.start_editing(Editing::Lane { lane: id, text: lane.name.clone() });
                }
            }
        }
    }

    /// Ends an in-place edit: a changed text becomes one edit; an emptied card is deleted; an
    /// empty new card is dropped.
    fn finish_editing(&mut self, map: &JourneyMap, keep: bool, intents: &mut Vec<Intent>) {
        let Some(editing) = self.editing.take() else { return };
        if !keep {
            return;
        }
        let mut changed = map.clone();
        let label = match editing {
            Editing::Card { card, text } => {
                let text = text.trim();
                let Some(existing) = changed.cards.iter_mut().find(|c| c.id == card) else { return };
                if text == existing.text {
                    return;
                }
                if text.is_empty() {
                    intents.push(delete_card(map, card));
                    return;
                }
                existing.text = text.to_owned();
                t!("journeys-edit-card-label")
            }
            Editing::NewCard { phase, lane, text } => {
                let text = text.trim();
                if text.is_empty() {
                    return;
                }
                let colour = lane_colour(map, lane);
                let card = Card { phase, lane, text: text.to_owned(), colour, ..Card::default() };
                self.selection = Some(Selection::Card(card.id));
                changed.cards.push(card);
                t!("journeys-add-card-label")
            }
            Editing::Phase { phase, text } => {
                let Some(existing) = changed.phases.iter_mut().find(|p| p.id == phase) else { return };
                if text.trim().is_empty() || text.trim() == existing.name {
                    return;
                }
                existing.name = text.trim().to_owned();
                t!("journeys-rename-phase-label")
            }
            Editing::Lane { lane, text } => {
                let Some(existing) = changed.lanes.iter_mut().find(|l| l.id == lane) else { return };
                if text.trim().is_empty() || text.trim() == existing.name {
                    return;
                }
                existing.name = text.trim().to_owned();
                t!("journeys-rename-lane-label")
            }
        };
        intents.push(edit(label, Edit::ReplaceJourney(Box::new(changed))));
    }
}

/// The colour of a lane: the one most of its cards have (on a tie, the first in [`COLOURS`]),
/// yellow for a lane without cards. Lanes have no colour of their own; their cards do, and a
/// new card matches what is around it.
fn lane_colour(map: &JourneyMap, lane: LaneId) -> CardColour {
    let count = |colour: &CardColour| map.cards.iter().filter(|c| c.lane == lane && c.colour == *colour).count();
    COLOURS.iter().copied().rev().max_by_key(count).filter(|colour| count(colour) > 0).unwrap_or_default()
}

/// A hint beside the tools, wrapping at the window's edge.
fn hint(ui: &mut Ui, text: String) {
    ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
}

fn edit(label: impl Into<String>, edit: Edit) -> Intent {
    Intent::Edit { label: label.into(), edit }
}

fn replace(label: impl Into<String>, map: JourneyMap) -> Intent {
    edit(label, Edit::ReplaceJourney(Box::new(map)))
}

/// A dot more (`add`) or one fewer on a card; nothing when there is none to take away.
fn vote(map: &JourneyMap, card: CardId, add: bool) -> Option<Intent> {
    let mut changed = map.clone();
    let target = changed.cards.iter_mut().find(|c| c.id == card)?;
    if add {
        target.votes = target.votes.saturating_add(1);
        Some(replace(t!("journeys-vote-label"), changed))
    } else if target.votes > 0 {
        target.votes -= 1;
        Some(replace(t!("journeys-unvote-label"), changed))
    } else {
        None
    }
}

fn phase_move_label(map: &JourneyMap, id: PhaseId) -> String {
    t!("journeys-move-phase-label", name = map.phase(id).map_or("", |p| p.name.as_str()))
}

fn lane_move_label(map: &JourneyMap, id: LaneId) -> String {
    t!("journeys-move-lane-label", name = map.lanes.iter().find(|l| l.id == id).map_or("", |l| l.name.as_str()))
}

fn delete_card(map: &JourneyMap, id: CardId) -> Intent {
    let mut changed = map.clone();
    changed.cards.retain(|c| c.id != id);
    replace(t!("journeys-delete-card"), changed)
}

fn colour_menu(ui: &mut Ui, map: &JourneyMap, card: &Card, intents: &mut Vec<Intent>) {
    ui.menu_button(t!("journeys-colour-of", colour = colour_name(card.colour)), |ui| {
        for colour in COLOURS {
            let name = colour_name(colour);
            let button = egui::Button::new(name.as_str()).fill(grid::card_fill(colour)).selected(card.colour == colour);
            if ui.add(button).clicked() {
                if colour != card.colour {
                    let mut changed = map.clone();
                    if let Some(c) = changed.cards.iter_mut().find(|c| c.id == card.id) {
                        c.colour = colour;
                    }
                    intents.push(replace(t!("journeys-colour-label", colour = name.as_str()), changed));
                }
                ui.close();
            }
        }
    });
}

/// A new phase after `after` (at the end without one).
fn add_phase(map: &JourneyMap, after: Option<PhaseId>) -> Intent {
    let mut changed = map.clone();
    let index = after.and_then(|id| map.phases.iter().position(|p| p.id == id)).map_or(map.phases.len(), |i| i + 1);
    changed
        .phases
        .insert(index, crate::model::Phase { name: t!("journeys-new-phase").to_owned(), ..Default::default() });
    replace(t!("journeys-add-phase"), changed)
}

/// Deletes a phase with its cards. People standing in it wait in the board's "not placed"
/// column until the phase comes back with undo.
fn delete_phase(map: &JourneyMap, id: PhaseId) -> Intent {
    let mut changed = map.clone();
    let name = map.phase(id).map_or(String::new(), |p| p.name.clone());
    changed.phases.retain(|p| p.id != id);
    changed.cards.retain(|c| c.phase != id);
    replace(t!("journeys-delete-phase-label", name = name.as_str()), changed)
}

fn delete_lane(map: &JourneyMap, id: LaneId) -> Intent {
    let mut changed = map.clone();
    let name = map.lanes.iter().find(|l| l.id == id).map_or(String::new(), |l| l.name.clone());
    changed.lanes.retain(|l| l.id != id);
    changed.cards.retain(|c| c.lane != id);
    replace(t!("journeys-delete-lane-label", name = name.as_str()), changed)
}

/// Where a card dropped at `slot` in a cell ends up, as an edit, or `None` when it would stay.
fn card_drop(map: &JourneyMap, card: CardId, to: CardPlace) -> Option<Intent> {
    let mut probe = map.clone();
    matches!(moves::move_card(&mut probe, card, to), Ok(true))
        .then(|| edit(t!("journeys-move-card-label"), Edit::MoveCard { journey: map.id, card, to }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lane_has_the_colour_most_of_its_cards_have() {
        let mut map = Template::CustomerJourney.create();
        let (phase, lane, other) = (map.phases[0].id, map.lanes[1].id, map.lanes[2].id);
        assert_eq!(lane_colour(&map, lane), CardColour::Yellow, "a lane without cards: yellow");
        let card = |colour, lane| Card { phase, lane, colour, ..Card::default() };
        map.cards.push(card(CardColour::Blue, lane));
        map.cards.push(card(CardColour::Pink, other));
        map.cards.push(card(CardColour::Pink, other));
        assert_eq!(lane_colour(&map, lane), CardColour::Blue, "other lanes' cards do not count");
        map.cards.push(card(CardColour::Green, lane));
        assert_eq!(lane_colour(&map, lane), CardColour::Blue, "a tie goes to the first colour offered");
        map.cards.push(card(CardColour::Green, lane));
        assert_eq!(lane_colour(&map, lane), CardColour::Green);
    }
}
