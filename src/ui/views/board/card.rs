//! A person's card on the board: who and what they bring to the column's figures (when the
//! board is rebuilt), what it shows (worked out when it is first drawn, never per frame), and
//! how it is drawn, selected, opened and dragged.

use super::{BoardView, fit_warning};
use crate::model::{JourneyMap, Organisation, Person, PersonId, Valence, Workspace};
use crate::ops::moves::{Row, column_of};
use crate::ops::{knowledge, lifecycle, upcoming};
use crate::t;
use crate::ui::Intent;
use chrono::{Datelike, NaiveDate};
use egui::{
    Align2, Color32, CornerRadius, DragAndDrop, Id, Rect, Role, Sense, Stroke, StrokeKind, TextStyle, Ui, WidgetInfo,
    pos2, vec2,
};

/// Every card is exactly this high, so a column can be virtualised.
pub(super) const CARD_HEIGHT: f32 = 56.0;
pub(super) const CARD_GAP: f32 = 6.0;
pub(super) const ROW_HEIGHT: f32 = CARD_HEIGHT + CARD_GAP;
/// A milestone this close gets a badge on the card.
const MILESTONE_BADGE_DAYS: i64 = 14;

/// What a card shows, computed when the board is rebuilt.
pub(super) struct CardRow {
    pub id: PersonId,
    pub name: String,
    organisation: String,
    key_account: bool,
    knowledge: u8,
    milestone: Option<String>,
    incidents: usize,
    fit: Option<String>,
    /// How many of their follow-ups are overdue.
    overdue: usize,
    /// Since when the person stands in the column, and for how many days, when the history
    /// says so.
    pub since: Option<(NaiveDate, i64)>,
    /// Longer in the phase than its limit.
    pub stalled: bool,
    /// The phase's limit, for the card's hover text.
    limit: Option<u16>,
    /// The column's name, for the card's hover text.
    column: String,
}

/// A card of the board: the person, what they bring to their column's figures, and what the
/// card shows, made when it is first drawn (a column of thousands draws a screenful).
pub(super) struct Card {
    pub id: PersonId,
    pub share: lifecycle::Share,
    /// Where the person's organisation is in the workspace's list, as the board found it.
    organisation: Option<usize>,
    face: std::cell::OnceCell<CardRow>,
}

impl Card {
    pub(super) fn new(
        person: &Person,
        organisation: Option<&Organisation>,
        organisation_at: Option<usize>,
        map: &JourneyMap,
        today: NaiveDate,
    ) -> Self {
        let days = lifecycle::days_in_phase(person, map, today);
        let share = lifecycle::Share::of(organisation, person, days);
        Card { id: person.id, share, organisation: organisation_at, face: Default::default() }
    }

    /// Where the person's organisation was in the workspace's list when the card was made.
    pub(super) fn organisation_at(&self) -> Option<usize> {
        self.organisation
    }

    /// What the card shows, in `column`, made the first time it is asked for; `None` when the
    /// person is not where the board found them (never, for a board of this state).
    pub(super) fn face(&self, faces: &Faces<'_>, column: &str) -> Option<&CardRow> {
        if let Some(face) = self.face.get() {
            return Some(face);
        }
        let person = super::placed(faces.places, faces.workspace, self.id)?;
        // Where the board found it, not looked for among every organisation.
        let organisation = self
            .organisation
            .and_then(|at| faces.workspace.organisations.get(at))
            .filter(|o| person.organisation == Some(o.id));
        Some(self.face.get_or_init(|| {
            card_row(faces.workspace, faces.map, person, organisation, column, faces.today, faces.masked)
        }))
    }
}

/// What the faces of a board's cards are made from: the workspace and map it was built for.
pub(super) struct Faces<'a> {
    pub workspace: &'a Workspace,
    pub map: &'a JourneyMap,
    /// Each person's place in the workspace's list, and their column.
    pub places: &'a std::collections::HashMap<PersonId, (usize, usize)>,
    pub today: NaiveDate,
    pub masked: bool,
}

/// What is being carried: the person, and the swimlane the card was picked up in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct PersonDrag {
    pub person: PersonId,
    pub row: Option<Row>,
}

fn card_row(
    workspace: &Workspace,
    map: &JourneyMap,
    person: &Person,
    organisation: Option<&Organisation>,
    column: &str,
    today: NaiveDate,
    masked: bool,
) -> CardRow {
    let milestone = upcoming::next_for(person, today, workspace.settings.leap_day)
        .filter(|o| (o.date - today).num_days() <= MILESTONE_BADGE_DAYS)
        .map(|o| {
            format!(
                "{} — {} ({})",
                o.sentence(),
                crate::i18n::day_month_short(o.date.day(), o.date.month()),
                t!("board-milestone-soon")
            )
        });
    let phase = column_of(person, map);
    let since = lifecycle::since(person, map).map(|since| (since, (today - since).num_days().max(0)));
    CardRow {
        id: person.id,
        name: person.name.clone(),
        organisation: organisation.map(|o| o.name.clone()).unwrap_or_default(),
        key_account: person.key_account || organisation.is_some_and(|o| o.key_account),
        knowledge: knowledge::of(person, today).percent(),
        milestone,
        incidents: if masked {
            0
        } else {
            person.incidents.iter().filter(|i| i.valence == Valence::Worse && !i.resolved).count()
        },
        fit: fit_warning(organisation.map_or(&person.fit, |o| &o.fit)),
        overdue: crate::ops::agenda::overdue_follow_ups(person, today),
        since,
        stalled: lifecycle::stalled(map, phase, since.map(|(_, days)| days)),
        limit: phase.and_then(|phase| map.phase(phase)).and_then(|phase| phase.stall_days),
        column: column.to_owned(),
    }
}

impl BoardView {
    /// One card: a click selects it, a double click opens the profile, a drag carries the person
    /// (and the swimlane `row` they are picked up from).
    pub(super) fn card_ui(
        &mut self,
        ui: &mut Ui,
        card: &CardRow,
        row: Option<&Row>,
        width: f32,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let sense = if editable { Sense::click_and_drag() } else { Sense::click() };
        let (rect, response) = ui.allocate_exact_size(vec2(width - 14.0, CARD_HEIGHT), sense);
        let selected = self.selection == Some(card.id);
        response.widget_info(|| WidgetInfo::selected(Role::ListItem, true, selected, &card.name));
        if editable {
            response.dnd_set_drag_payload(PersonDrag { person: card.id, row: row.cloned() });
        }
        if response.clicked() || response.drag_started() || response.gained_focus() {
            self.selection = Some(card.id);
        }
        if response.double_clicked() {
            intents.push(Intent::OpenPerson(card.id));
        }
        let carried =
            DragAndDrop::payload::<PersonDrag>(ui.ctx()).is_some_and(|d| d.person == card.id && d.row.as_ref() == row);
        if self.present {
            let body = TextStyle::Body.resolve(ui.style());
            ui.style_mut().text_styles.insert(TextStyle::Small, body);
        }
        paint_on(ui.painter(), ui, rect, card, selected, response.hovered(), carried);
        if carried && let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let layer = egui::LayerId::new(egui::Order::Tooltip, Id::unique("board_drag_ghost"));
            let ghost = Rect::from_min_size(pointer + vec2(14.0, 10.0), rect.size());
            let painter = ui.ctx().layer_painter(layer);
            paint_on(&painter, ui, ghost, card, true, false, false);
        }
        if card.overdue > 0 {
            let overdue = t!("people-overdue-badge", count = card.overdue);
            ui.ctx().accesskit_node_builder(response.id, |node| node.set_description(overdue));
        }
        // Worded only while the tooltip shows: a board at 10,000 people draws a screenful of
        // cards each frame.
        if has_tips(card) {
            response.on_hover_ui(|ui| {
                ui.label(tips(card).join("\n"));
            });
        }
    }
}

/// Whether hovering a card tells anything ([`tips`] not empty), without wording it.
fn has_tips(card: &CardRow) -> bool {
    card.since.is_some()
        || (card.stalled && card.limit.is_some())
        || card.milestone.is_some()
        || card.incidents > 0
        || card.fit.is_some()
        || card.overdue > 0
}

/// What hovering a card tells: how long they have been where they are, and its badges.
fn tips(card: &CardRow) -> Vec<String> {
    let mut tips = Vec::new();
    if let Some((since, days)) = card.since {
        let date = crate::i18n::date_long(since);
        tips.push(t!("board-since", phase = card.column.as_str(), date = date, days = days));
    }
    if card.stalled
        && let Some(limit) = card.limit
    {
        tips.push(format!("⏱ {}", t!("board-stalled", phase = card.column.as_str(), days = limit)));
    }
    if let Some(milestone) = &card.milestone {
        tips.push(format!("🎂 {milestone}"));
    }
    if card.incidents > 0 {
        tips.push(format!("⚠ {}", t!("board-open-incidents", count = card.incidents)));
    }
    if let Some(fit) = &card.fit {
        tips.push(format!("⛔ {fit}"));
    }
    if card.overdue > 0 {
        tips.push(format!("⏰ {}", t!("people-overdue-badge", count = card.overdue)));
    }
    tips
}

/// The amber of a stalled card: the theme's warning colour.
fn amber(ui: &Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

/// A card: ★ and the name, the knowledge score on the right; the organisation, the days in the
/// phase (amber past its limit) and the badges below.
fn paint_on(
    painter: &egui::Painter,
    ui: &Ui,
    rect: Rect,
    card: &CardRow,
    selected: bool,
    hovered: bool,
    carried: bool,
) {
    let visuals = ui.visuals();
    let fill = if carried { visuals.faint_bg_color } else { visuals.widgets.noninteractive.bg_fill };
    painter.rect_filled(rect, CornerRadius::same(5), fill);
    if card.stalled {
        painter.rect_filled(rect, CornerRadius::same(5), amber(ui).gamma_multiply(0.18));
    }
    let stroke = if selected {
        Stroke::new(2.5, visuals.selection.stroke.color)
    } else if card.stalled {
        Stroke::new(2.0, amber(ui))
    } else if hovered {
        visuals.widgets.hovered.bg_stroke
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    painter.rect_stroke(rect, CornerRadius::same(5), stroke, StrokeKind::Inside);
    let inner = rect.shrink2(vec2(8.0, 6.0));
    let body = TextStyle::Body.resolve(ui.style());
    let small = TextStyle::Small.resolve(ui.style());
    let strong = visuals.strong_text_color();
    let score = format!("{} %", card.knowledge);
    let score_colour = if card.knowledge < 50 { visuals.warn_fg_color } else { visuals.weak_text_color() };
    let score_width = painter.text(inner.right_top(), Align2::RIGHT_TOP, score, small.clone(), score_colour).width();
    let name = if card.key_account { format!("★ {}", card.name) } else { card.name.clone() };
    let name_width = inner.width() - score_width - 6.0;
    let galley = painter.layout(name, body.clone(), strong, f32::INFINITY);
    painter
        .with_clip_rect(Rect::from_min_size(inner.min, vec2(name_width, inner.height())))
        .galley(inner.min, galley, strong);
    let mut badges = String::new();
    if card.overdue > 0 {
        badges.push_str("⏰ ");
    }
    if card.milestone.is_some() {
        badges.push_str("🎂 ");
    }
    if card.incidents > 0 {
        badges.push_str("⚠ ");
    }
    if card.fit.is_some() {
        badges.push('⛔');
    }
    let mut right = inner.right();
    if !badges.is_empty() {
        let at = pos2(right, inner.bottom());
        right -= painter.text(at, Align2::RIGHT_BOTTOM, badges.trim_end(), body, visuals.warn_fg_color).width() + 6.0;
    }
    if let Some((_, days)) = card.since {
        let (text, colour) = if card.stalled {
            (format!("⏱ {}", t!("board-days", days = days)), amber(ui))
        } else {
            (t!("board-days", days = days), visuals.weak_text_color())
        };
        let at = pos2(right, inner.bottom());
        right -= painter.text(at, Align2::RIGHT_BOTTOM, text, small.clone(), colour).width() + 6.0;
    }
    let organisation = painter.layout(card.organisation.clone(), small, visuals.weak_text_color(), f32::INFINITY);
    let line =
        Rect::from_min_max(pos2(inner.left(), inner.bottom() - organisation.size().y), pos2(right, inner.bottom()));
    painter.with_clip_rect(line).galley(line.min, organisation, Color32::PLACEHOLDER);
}
