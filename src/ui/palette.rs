//! The command palette (Ctrl+K): every command with its shortcut, from the one [`Action`]
//! list, and the people, organisations, journey maps and cards of the workspace, found by typing.

use super::action::Action;
use crate::model::{CardId, JourneyId, OrganisationId, OrganisationIndex, PersonId, Workspace};
use crate::ops::merge::fold;
use crate::t;
use egui::{Key, Modifiers};

/// How many matches the palette lists.
const SHOWN: usize = 12;

/// What choosing an entry does.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Action(Action),
    Person(PersonId),
    Organisation(OrganisationId),
    Journey(JourneyId),
    Card(JourneyId, CardId),
}

/// One entry: what it shows, what it does.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub text: String,
    /// The shortcut, or what kind of thing it is.
    pub detail: String,
    pub target: Target,
}

/// The palette while it is open.
#[derive(Default)]
pub struct Palette {
    pub query: String,
    cursor: usize,
    focused: bool,
    /// The matches, for the query, workspace state and language they were found for.
    found: Option<((String, u64, crate::i18n::Lang), Vec<Entry>)>,
}

/// The commands the palette offers (all but the palette itself).
fn commands(ctx: &egui::Context) -> impl Iterator<Item = Entry> + '_ {
    Action::ALL.into_iter().filter(|a| *a != Action::Palette).map(move |action| Entry {
        text: action.label(),
        detail: action.shortcut().map(|s| ctx.format_shortcut(&s)).unwrap_or_default(),
        target: Target::Action(action),
    })
}

/// The entries matching `query`: commands first, then people, maps and cards; every word of the
/// query must appear (ignoring case and accents). An empty query lists the commands.
pub fn matches(ctx: &egui::Context, workspace: Option<&Workspace>, query: &str) -> Vec<Entry> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    let hit = |text: &str| {
        let folded = fold(text);
        words.iter().all(|w| folded.contains(w.as_str()))
    };
    let mut found: Vec<Entry> = commands(ctx).filter(|e| hit(&e.text)).collect();
    if words.is_empty() {
        return found;
    }
    if let Some(ws) = workspace {
        let organisations = OrganisationIndex::of(ws);
        let people = ws
            .people
            .iter()
            .map(|p| (p, organisations.name(ws, p)))
            .filter(|(p, organisation)| hit(&p.name) || hit(organisation))
            .map(|(p, organisation)| Entry {
                text: p.name.clone(),
                detail: if organisation.is_empty() { t!("palette-person") } else { organisation.to_owned() },
                target: Target::Person(p.id),
            });
        found.extend(people.take(SHOWN));
        let accounts = ws.organisations.iter().filter(|o| hit(&o.name)).map(|o| Entry {
            text: o.name.clone(),
            detail: t!("palette-organisation"),
            target: Target::Organisation(o.id),
        });
        found.extend(accounts.take(SHOWN));
        let maps = ws.journeys.iter().filter(|j| hit(&j.name)).map(|j| Entry {
            text: j.name.clone(),
            detail: t!("palette-journey"),
            target: Target::Journey(j.id),
        });
        found.extend(maps.take(SHOWN));
        let cards = ws.journeys.iter().flat_map(|j| j.cards.iter().map(move |c| (j, c))).filter(|(_, c)| hit(&c.text));
        found.extend(cards.take(SHOWN).map(|(j, c)| Entry {
            text: c.text.lines().next().unwrap_or_default().to_owned(),
            detail: t!("palette-card", map = j.name.as_str()),
            target: Target::Card(j.id, c.id),
        }));
    }
    found
}

impl Palette {
    /// Draws the palette; returns the chosen target, and whether it closes.
    /// `state` is the workspace's state number: the matches are found again when it, the query
    /// or the language changes, not every frame.
    pub fn ui(&mut self, ctx: &egui::Context, workspace: Option<&Workspace>, state: u64) -> (Option<Target>, bool) {
        let key = (self.query.clone(), state, crate::i18n::language());
        if self.found.as_ref().is_none_or(|(k, _)| *k != key) {
            self.found = Some((key, matches(ctx, workspace, &self.query)));
        }
        let entries = self.found.as_ref().map(|(_, e)| e.clone()).unwrap_or_default();
        self.cursor = self.cursor.min(entries.len().saturating_sub(1));
        let mut chosen = None;
        let mut close = false;
        let (up, down, enter) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::Enter),
            )
        });
        if up {
            self.cursor = self.cursor.saturating_sub(1);
        }
        if down && self.cursor + 1 < entries.len().min(SHOWN * 4) {
            self.cursor += 1;
        }
        let modal = egui::Modal::new(egui::Id::unique("command_palette")).show(ctx, |ui| {
            ui.set_width(560.0_f32.min(ctx.content_rect().width() - 60.0));
            let title = ui.label(t!("palette-title"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .hint_text(t!("palette-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(title.id);
            if !self.focused {
                field.request_focus();
                self.focused = true;
            }
            if field.changed() {
                self.cursor = 0;
            }
            ui.separator();
            egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                if entries.is_empty() {
                    ui.weak(t!("palette-nothing"));
                }
                for (i, entry) in entries.iter().enumerate() {
                    let selected = i == self.cursor;
                    let response = ui
                        .horizontal(|ui| {
                            let row = ui.selectable_label(selected, &entry.text);
                            ui.weak(&entry.detail);
                            row
                        })
                        .inner;
                    if selected && (up || down) {
                        response.scroll_to_me(None);
                    }
                    if response.clicked() {
                        chosen = Some(entry.target.clone());
                    }
                }
            });
        });
        if enter && let Some(entry) = entries.get(self.cursor) {
            chosen = Some(entry.target.clone());
        }
        if chosen.is_some() || modal.should_close() {
            close = true;
        }
        (chosen, close)
    }
}
