//! The Insights view: how well we know our customers, who costs more than they bring (each
//! account once: an organisation's people share its fit), who brings us customers, where the
//! journeys hurt, and what customers suggest.
//!
//! Everything shown is computed once per workspace revision and day ([`Figures`]; the flow of a
//! map and its segments in `flow`); drawing a frame only reads it, so the view stays smooth at
//! 10,000 people. Every chart has a table under it ("… as a table") for screen readers and for
//! people who would rather read.

mod flow;
mod gather;

use gather::Gathering;

use crate::model::{IdeaStatus, JourneyId, NeedRecognised, OrganisationId, PersonId, PhaseId, Status, Workspace};
use crate::ops::{knowledge, names};
use crate::t;
use crate::ui::Intent;
use chrono::NaiveDate;
use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, HoverPosition, Plot, PlotPoint, Points};
use std::collections::HashMap;

/// The charts' colours: better/worse and the warning for a poor fit.
const BETTER_COLOUR: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);
const WORSE_COLOUR: Color32 = Color32::from_rgb(0xd0, 0x45, 0x3a);
const POINT_COLOUR: Color32 = Color32::from_rgb(0x3f, 0x7f, 0xc8);
/// How close (in points on screen) a click must be to a dot to open its person.
const CLICK_RADIUS: f32 = 14.0;
/// How many key accounts the bar chart shows; the table lists them all.
const KEY_ACCOUNTS_IN_CHART: usize = 15;
const CHART_HEIGHT: f32 = 220.0;
const TABLE_HEIGHT: f32 = 260.0;

/// The Insights view's state: the journey picked for incidents, and the cached figures.
#[derive(Default)]
pub struct InsightsView {
    journey: Option<JourneyId>,
    figures: Option<(CacheKey, Figures)>,
    /// The figures being counted, while they are, and the first person of the next slice:
    /// `figures` are then older ones, or none.
    pending: Option<super::Slices<CacheKey, Gathering>>,
    /// The figures of everyone counted, their lists being merged a part a frame (after
    /// `pending`, before `figures`).
    finishing: Option<(CacheKey, gather::Finishing)>,
    /// The lifecycle: the flow of a map and its segments.
    flow: flow::FlowSection,
    /// Present mode's privacy mask is on: who has an unresolved incident, which judges them, is
    /// not listed (the masked copy keeps the incidents, so that the map's counts stay true).
    pub masked: bool,
}

type CacheKey = (u64, usize, usize, NaiveDate, crate::i18n::Lang);

/// Everything the view shows, computed from one workspace on one day.
#[derive(Debug, Default)]
pub struct Figures {
    pub workspace_percent: Option<u8>,
    /// Counts of people per score band 0–9, 10–19, …, 90–100.
    pub histogram: [usize; 10],
    /// Lowest score first, then by name.
    pub key_accounts: Vec<KeyAccount>,
    /// People we serve (prospects and customers) without a recent personal contact; never
    /// contacted first, then the longest ago.
    pub no_contact: Vec<NoContact>,
    pub fit: FitFigures,
    pub incidents: HashMap<JourneyId, Vec<PhaseIncidents>>,
    /// Incidents worse than expected and not resolved, newest first.
    pub unresolved: Vec<Unresolved>,
    /// Ideas grouped by status (in [`IdeaStatus::ALL`] order), newest first within each.
    pub ideas: Vec<(IdeaStatus, Vec<IdeaRow>)>,
    /// Who referred the most customers (`ops::links::referrers`), with their names.
    pub referrers: Vec<(crate::ops::links::Referrer, String)>,
    /// The map with the most recorded moves (the first on a tie): the one the flow shows
    /// first.
    pub busiest: Option<JourneyId>,
    pub currency: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeyAccount {
    pub person: PersonId,
    pub name: String,
    pub percent: u8,
    pub missing: Vec<knowledge::Fact>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoContact {
    pub person: PersonId,
    pub name: String,
    pub last: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FitFigures {
    pub points: Vec<FitPoint>,
    pub median_hours: f64,
    pub median_value: f64,
    /// The chart's dots: people close together on the chart share one dot.
    pub dots: Vec<FitDot>,
}

/// The fit chart is read in cells of this many columns (hours) and rows (value): people in one
/// cell, highlighted or not, are one dot, larger the more it holds. A few thousand customers
/// then cost what a few hundred dots cost, and the chart still shows where they crowd.
const FIT_COLUMNS: f64 = 48.0;
const FIT_ROWS: f64 = 24.0;

/// One dot of the fit chart: at its people's mean place, with their indexes in
/// [`FitFigures::points`] (a dot of one person sits exactly where that person is).
#[derive(Clone, Debug, PartialEq)]
pub struct FitDot {
    pub hours: f64,
    pub value: f64,
    pub people: Vec<usize>,
    pub flagged: bool,
}

impl FitDot {
    /// The dot's size class: one person, a few, a dozen, many.
    fn size_class(&self) -> usize {
        match self.people.len() {
            0 | 1 => 0,
            2..=4 => 1,
            5..=15 => 2,
            _ => 3,
        }
    }
}

/// The points grouped into the chart's cells, in the order of the points' first appearance.
fn fit_dots(points: &[FitPoint]) -> Vec<FitDot> {
    let max_hours = points.iter().map(|p| p.hours).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let (min_value, max_value) =
        points.iter().fold((0.0f64, 0.0f64), |(lo, hi), p| (lo.min(p.value as f64), hi.max(p.value as f64)));
    let span = (max_value - min_value).max(f64::MIN_POSITIVE);
    let cell = |p: &FitPoint| {
        let column = (p.hours / max_hours * FIT_COLUMNS).floor().min(FIT_COLUMNS - 1.0) as i64;
        let row = ((p.value as f64 - min_value) / span * FIT_ROWS).floor().min(FIT_ROWS - 1.0) as i64;
        (column, row, p.flagged)
    };
    let mut index: HashMap<(i64, i64, bool), usize> = HashMap::new();
    let mut dots: Vec<FitDot> = Vec::new();
    for (i, point) in points.iter().enumerate() {
        let at = *index.entry(cell(point)).or_insert_with(|| {
            dots.push(FitDot { hours: 0.0, value: 0.0, people: Vec::new(), flagged: point.flagged });
            dots.len() - 1
        });
        if let Some(dot) = dots.get_mut(at) {
            dot.hours += point.hours;
            dot.value += point.value as f64;
            dot.people.push(i);
        }
    }
    for dot in &mut dots {
        let n = dot.people.len().max(1) as f64;
        dot.hours /= n;
        dot.value /= n;
    }
    dots
}

#[derive(Clone, Debug, PartialEq)]
pub struct FitPoint {
    /// The person, or for an organisation's account its first person.
    pub person: PersonId,
    /// The organisation whose account it is; `None` for a person without one.
    pub account: Option<OrganisationId>,
    pub name: String,
    pub status: Status,
    pub hours: f64,
    pub value: i64,
    pub need: NeedRecognised,
    /// More time than the median, less value than the median, and no need recognised.
    pub flagged: bool,
}

/// Better and worse incidents in one phase of a journey (`phase` `None`: not placed).
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseIncidents {
    pub phase: Option<PhaseId>,
    pub name: String,
    pub better: usize,
    pub worse: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Unresolved {
    pub person: PersonId,
    pub name: String,
    pub date: NaiveDate,
    pub what: String,
    pub phase: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IdeaRow {
    pub person: PersonId,
    pub name: String,
    pub date: NaiveDate,
    pub text: String,
}

fn band_label(band: usize) -> String {
    if band == 9 { "90–100 %".to_owned() } else { format!("{}–{} %", band * 10, band * 10 + 9) }
}

impl InsightsView {
    /// Draws the view; returns requests to open a person.
    pub fn ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, revision: u64, today: NaiveDate) -> Vec<Intent> {
        let key = (revision, workspace.people.len(), workspace.journeys.len(), today, crate::i18n::language());
        // (The state number covers organisations and links too: every edit gives a new one.)
        // A big workspace is counted over several frames, and the flow's figures wait for a
        // frame of their own after the last.
        let mut counted = false;
        if self.figures.as_ref().is_none_or(|(cached, _)| *cached != key) {
            self.count(workspace, key, today);
            counted = workspace.people.len() > super::PEOPLE_PER_FRAME;
        }
        let mut intents = Vec::new();
        let finishing = self.finishing.as_ref().map(|_| workspace.people.len());
        let counting = super::Slices::progress(self.pending.as_ref(), finishing);
        let Self { journey, figures, flow, masked, .. } = self;
        let Some((_, figures)) = figures.as_ref() else {
            ui.heading(t!("insights-heading"));
            if let Some(done) = counting {
                super::counting_ui(ui, done, workspace.people.len());
            }
            return intents;
        };
        ui.heading(t!("insights-heading"));
        if counting.is_some() {
            super::updating_ui(ui);
        }
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            knowledge_ui(ui, figures, &mut intents);
            ui.separator();
            fit_ui(ui, figures, &mut intents);
            ui.separator();
            referrers_ui(ui, figures, &mut intents);
            ui.separator();
            incidents_ui(ui, workspace, figures, journey, *masked, &mut intents);
            ui.separator();
            flow.ui(ui, workspace, (revision, today), figures.busiest, counted);
            ui.separator();
            ideas_ui(ui, figures, &mut intents);
        });
        intents
    }
}

impl InsightsView {
    /// Counts the next slice of people for `key` (starting again when the key is new); from
    /// the frame that hands the count over, merges its lists a part a frame, and replaces the
    /// figures when the last is merged.
    fn count(&mut self, workspace: &Workspace, key: CacheKey, today: NaiveDate) {
        let mut finishing = match self.finishing.take() {
            Some((finishing_key, finishing)) if finishing_key == key => finishing,
            _ => {
                let begin = || Gathering::new(workspace);
                let add =
                    |gathering: &mut Gathering, slice: &[crate::model::Person]| gathering.add(workspace, slice, today);
                let Some(gathering) = super::Slices::step(&mut self.pending, key, &workspace.people, begin, add) else {
                    return;
                };
                gathering.finishing(workspace)
            }
        };
        if super::parts_of_a_frame(ENTRIES_PER_FRAME / ENTRIES_PER_PART, || finishing.step(ENTRIES_PER_PART)) {
            self.figures = Some((key, finishing.finish()));
        } else {
            self.finishing = Some((key, finishing));
        }
    }
}

/// How many entries of the figures' lists are merged in order in one frame at most, a part at a
/// time until the frame's time is up.
const ENTRIES_PER_FRAME: usize = 8_000;
const ENTRIES_PER_PART: usize = 1_000;

/// Who brings us customers: those who referred the most, with the value of those customers'
/// accounts.
fn referrers_ui(ui: &mut egui::Ui, figures: &Figures, intents: &mut Vec<Intent>) {
    ui.heading(t!("insights-referrers"));
    if figures.referrers.is_empty() {
        ui.label(t!("insights-no-referrers"));
        return;
    }
    ui.label(t!("insights-referrers-intro"));
    ui.strong(t!("insights-referrers-head"));
    table_rows(ui, "referrers_table", figures.referrers.len(), |ui, i| {
        let Some((referrer, name)) = figures.referrers.get(i) else { return };
        person_link(ui, referrer.person, name, intents);
        ui.label(t!("insights-referred-customers", count = referrer.customers));
        if let Some(value) = referrer.value {
            ui.label(crate::i18n::money(value, &figures.currency));
        }
    });
}

/// A point of the fit chart: its account's page, or its person's profile.
fn open_point(point: &FitPoint) -> Intent {
    match point.account {
        Some(id) => Intent::OpenOrganisation(id),
        None => Intent::OpenPerson(point.person),
    }
}

/// A person's name as a link that opens their profile.
fn person_link(ui: &mut egui::Ui, person: PersonId, name: &str, intents: &mut Vec<Intent>) {
    if ui.link(name).on_hover_text(t!("insights-open-profile")).clicked() {
        intents.push(Intent::OpenPerson(person));
    }
}

/// A bar chart or scatter that takes no pan or zoom: it is read, not explored.
fn still_plot<'a>(id: &str) -> Plot<'a> {
    Plot::new(id)
        .height(CHART_HEIGHT)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// A scrolling table of `rows` rows of one line each, drawn only where visible.
fn table_rows(ui: &mut egui::Ui, id: &str, rows: usize, mut row: impl FnMut(&mut egui::Ui, usize)) {
    let height = ui.spacing().interact_size.y.max(ui.text_style_height(&egui::TextStyle::Body));
    egui::ScrollArea::vertical().id_salt(id).max_height(TABLE_HEIGHT).auto_shrink([false, true]).show_rows(
        ui,
        height,
        rows,
        |ui, range| {
            for index in range {
                ui.horizontal(|ui| {
                    ui.set_height(height);
                    row(ui, index);
                });
            }
        },
    );
}

fn knowledge_ui(ui: &mut egui::Ui, figures: &Figures, intents: &mut Vec<Intent>) {
    ui.heading(t!("insights-knowledge"));
    let Some(percent) = figures.workspace_percent else {
        ui.label(t!("insights-no-people"));
        return;
    };
    ui.label(RichText::new(t!("exercise-workspace-score", percent = percent)).strong().size(18.0));
    ui.label(t!("insights-share", facts = knowledge::Fact::ALL.len(), count = figures.histogram.iter().sum::<usize>()));

    ui.add_space(8.0);
    ui.strong(t!("insights-distribution"));
    let bars: Vec<Bar> = figures
        .histogram
        .iter()
        .enumerate()
        .map(|(band, count)| Bar::new(band as f64 * 10.0 + 5.0, *count as f64).width(9.0).name(band_label(band)))
        .collect();
    still_plot("knowledge_histogram")
        .x_axis_label(t!("insights-axis-score"))
        .y_axis_label(t!("insights-axis-people"))
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
        .show(ui, |plot| plot.add(BarChart::new(t!("insights-axis-people"), bars).color(POINT_COLOUR)));
    egui::CollapsingHeader::new(t!("insights-distribution-table")).show(ui, |ui| {
        egui::Grid::new("knowledge_histogram_table").striped(true).show(ui, |ui| {
            ui.strong(t!("insights-score"));
            ui.strong(t!("insights-axis-people"));
            ui.end_row();
            for (band, count) in figures.histogram.iter().enumerate() {
                ui.label(band_label(band));
                ui.label(count.to_string());
                ui.end_row();
            }
        });
    });

    ui.add_space(8.0);
    ui.strong(t!("insights-key-accounts"));
    if figures.key_accounts.is_empty() {
        ui.label(t!("insights-no-key-accounts"));
    } else {
        let shown = &figures.key_accounts[..figures.key_accounts.len().min(KEY_ACCOUNTS_IN_CHART)];
        let bars: Vec<Bar> = shown
            .iter()
            .enumerate()
            .map(|(i, account)| {
                let colour = if account.percent < knowledge::LOW { WORSE_COLOUR } else { POINT_COLOUR };
                Bar::new(-(i as f64), f64::from(account.percent)).name(&account.name).fill(colour).width(0.7)
            })
            .collect();
        let names: Vec<String> = shown.iter().map(|a| a.name.clone()).collect();
        still_plot("key_accounts_chart")
            .height((shown.len() as f32 * 28.0 + 40.0).clamp(96.0, CHART_HEIGHT * 2.0))
            // One mark per bar, so that every bar has its name beside it.
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
            .x_axis_label(t!("insights-axis-score"))
            .include_x(0.0)
            .include_x(100.0)
            .show_grid([true, false])
            .y_axis_min_width(140.0)
            .y_axis_formatter(move |mark, _| {
                let index = -mark.value;
                if index.fract().abs() < f64::EPSILON && index >= 0.0 {
                    names.get(index as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .show(ui, |plot| plot.add(BarChart::new(t!("people-key-accounts"), bars).horizontal()));
        egui::CollapsingHeader::new(t!("insights-key-accounts-table")).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(t!("insights-key-accounts-head"));
            });
            table_rows(ui, "key_accounts_table", figures.key_accounts.len(), |ui, i| {
                let Some(account) = figures.key_accounts.get(i) else { return };
                person_link(ui, account.person, &account.name, intents);
                ui.label(format!("{} %", account.percent));
                ui.weak(if account.missing.is_empty() {
                    t!("insights-nothing-missing")
                } else {
                    account.missing.iter().map(|f| f.name()).collect::<Vec<_>>().join(", ")
                });
            });
        });
    }

    ui.add_space(8.0);
    ui.strong(t!("insights-no-contact", days = knowledge::CONTACT_DAYS, count = figures.no_contact.len()));
    if figures.no_contact.is_empty() {
        ui.label(t!("insights-no-contact-none"));
    } else {
        egui::CollapsingHeader::new(t!("insights-no-contact-table")).default_open(true).show(ui, |ui| {
            table_rows(ui, "no_contact_table", figures.no_contact.len(), |ui, i| {
                let Some(row) = figures.no_contact.get(i) else { return };
                person_link(ui, row.person, &row.name, intents);
                let last = row.last.map_or_else(|| t!("insights-never"), crate::i18n::date_short_year);
                ui.weak(t!("insights-last-contact", date = last));
            });
        });
    }
}

fn fit_ui(ui: &mut egui::Ui, figures: &Figures, intents: &mut Vec<Intent>) {
    ui.heading(t!("insights-fit"));
    let fit = &figures.fit;
    if fit.points.is_empty() {
        ui.label(t!("insights-fit-none"));
        return;
    }
    ui.label(t!("insights-fit-explained"));
    let flagged = fit.points.iter().filter(|p| p.flagged).count();
    ui.label(t!(
        "insights-median",
        hours = format!("{:.1}", fit.median_hours),
        value = crate::i18n::money(fit.median_value.round() as i64, &figures.currency),
        flagged = flagged,
        count = fit.points.len()
    ));
    let warn = ui.visuals().warn_fg_color;
    // One series per colour and dot size, the highlighted ones drawn last (on top).
    let (flagged_name, plain_name) = (t!("insights-flagged"), t!("insights-customers"));
    let series: Vec<(String, f32, Color32, Vec<&FitDot>)> = [false, true]
        .into_iter()
        .flat_map(|flagged| (0..4).map(move |class| (flagged, class)))
        .map(|(flagged, class)| {
            let (base, colour, name) =
                if flagged { (5.0, warn, &flagged_name) } else { (3.5, POINT_COLOUR, &plain_name) };
            let dots: Vec<&FitDot> =
                fit.dots.iter().filter(|d| d.flagged == flagged && d.size_class() == class).collect();
            (format!("{name} {}", class + 1), base + 1.5 * class as f32, colour, dots)
        })
        .filter(|(_, _, _, dots)| !dots.is_empty())
        .collect();
    let currency = figures.currency.clone();
    let response = still_plot("fit_scatter")
        .height(CHART_HEIGHT * 1.3)
        .x_axis_label(t!("insights-axis-hours"))
        .y_axis_label(t!("insights-axis-value", currency = currency.as_str()))
        .include_x(0.0)
        .include_y(0.0)
        .label_formatter(|hover| match hover {
            HoverPosition::NearDataPoint { plot_name, index, .. } => {
                let dot = series.iter().find(|(name, ..)| name == plot_name).and_then(|(.., dots)| dots.get(*index))?;
                Some(dot_text(dot, fit, &figures.currency))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            for (name, radius, colour, dots) in &series {
                let xy: Vec<[f64; 2]> = dots.iter().map(|d| [d.hours, d.value]).collect();
                plot.points(Points::new(name.as_str(), xy).radius(*radius).color(*colour));
            }
        });
    if response.response.clicked() {
        if let Some(pointer) = response.response.interact_pointer_pos() {
            let nearest = fit
                .points
                .iter()
                .map(|p| (p, response.transform.position_from_point(&PlotPoint::new(p.hours, p.value as f64))))
                .map(|(p, at)| (p, at.distance(pointer)))
                .filter(|(_, distance)| *distance <= CLICK_RADIUS)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((point, _)) = nearest {
                intents.push(open_point(point));
            }
        }
    }
    egui::CollapsingHeader::new(t!("insights-fit-table")).show(ui, |ui| {
        ui.strong(t!("insights-fit-head"));
        table_rows(ui, "fit_table", fit.points.len(), |ui, i| {
            let Some(point) = fit.points.get(i) else { return };
            if ui.link(&point.name).on_hover_text(t!("insights-open-profile")).clicked() {
                intents.push(open_point(point));
            }
            ui.label(names::status(point.status));
            ui.label(format!("{:.1} h", point.hours));
            ui.label(crate::i18n::money(point.value, &figures.currency));
            ui.label(t!("insights-need", need = names::need(point.need)));
            if point.flagged {
                ui.colored_label(warn, format!("⚠ {}", t!("insights-flagged")));
            }
        });
    });
}

/// What hovering a dot of the fit chart tells: the person, or how many and who.
fn dot_text(dot: &FitDot, fit: &FitFigures, currency: &str) -> String {
    let place = format!("{:.1} h · {}", dot.hours, crate::i18n::money(dot.value.round() as i64, currency));
    match dot.people.as_slice() {
        [one] => fit.points.get(*one).map(|p| format!("{}\n{place}", p.name)).unwrap_or(place),
        many => {
            const NAMED: usize = 3;
            let mut names: Vec<&str> =
                many.iter().take(NAMED).filter_map(|&i| fit.points.get(i)).map(|p| p.name.as_str()).collect();
            if many.len() > NAMED {
                names.push("…");
            }
            let names = names.join(", ");
            format!("{}\n≈ {place}", t!("insights-dot", count = many.len(), names = names.as_str()))
        }
    }
}

fn incidents_ui(
    ui: &mut egui::Ui,
    workspace: &Workspace,
    figures: &Figures,
    journey: &mut Option<JourneyId>,
    masked: bool,
    intents: &mut Vec<Intent>,
) {
    ui.heading(t!("insights-incidents"));
    let picked = ui
        .horizontal(|ui| super::journey_picker(ui, &t!("board-journey"), "insights_journey", workspace, journey))
        .inner;
    match picked.and_then(|map| figures.incidents.get(&map.id)) {
        None => {
            ui.label(t!("insights-no-journeys"));
        }
        Some(rows) => {
            let mut better = Vec::new();
            let mut worse = Vec::new();
            for (i, row) in rows.iter().enumerate() {
                better.push(Bar::new(i as f64 - 0.2, row.better as f64).width(0.4).name(&row.name));
                worse.push(Bar::new(i as f64 + 0.2, row.worse as f64).width(0.4).name(&row.name));
            }
            let names: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
            still_plot("incidents_chart")
                .legend(egui_plot::Legend::default())
                .y_axis_label(t!("insights-axis-incidents"))
                .include_y(0.0)
                .x_axis_formatter(move |mark, _| {
                    if mark.value.fract().abs() < f64::EPSILON && mark.value >= 0.0 {
                        names.get(mark.value as usize).cloned().unwrap_or_default()
                    } else {
                        String::new()
                    }
                })
                .show(ui, |plot| {
                    plot.add(BarChart::new(t!("insights-better"), better).color(BETTER_COLOUR));
                    plot.add(BarChart::new(t!("insights-worse"), worse).color(WORSE_COLOUR));
                });
            egui::CollapsingHeader::new(t!("insights-incidents-table")).show(ui, |ui| {
                egui::Grid::new("incidents_table").striped(true).show(ui, |ui| {
                    ui.strong(t!("insights-phase"));
                    ui.strong(t!("insights-better"));
                    ui.strong(t!("insights-worse"));
                    ui.end_row();
                    for row in rows {
                        ui.label(&row.name);
                        ui.label(row.better.to_string());
                        ui.label(row.worse.to_string());
                        ui.end_row();
                    }
                });
            });
        }
    }

    ui.add_space(8.0);
    ui.strong(t!("insights-unresolved", count = figures.unresolved.len()));
    if figures.unresolved.is_empty() {
        ui.label(t!("insights-unresolved-none"));
        return;
    }
    if masked {
        ui.label(t!("insights-unresolved-masked"));
        return;
    }
    table_rows(ui, "unresolved_table", figures.unresolved.len(), |ui, i| {
        let Some(row) = figures.unresolved.get(i) else { return };
        ui.label(crate::i18n::date_short_year(row.date));
        person_link(ui, row.person, &row.name, intents);
        if !row.phase.is_empty() {
            ui.weak(&row.phase);
        }
        ui.label(&row.what);
    });
}

fn ideas_ui(ui: &mut egui::Ui, figures: &Figures, intents: &mut Vec<Intent>) {
    ui.heading(t!("insights-ideas"));
    if figures.ideas.iter().all(|(_, rows)| rows.is_empty()) {
        ui.label(t!("insights-ideas-none"));
        return;
    }
    for (status, rows) in &figures.ideas {
        if rows.is_empty() {
            continue;
        }
        let title = format!("{} ({})", names::idea_status(*status), rows.len());
        egui::CollapsingHeader::new(title).id_salt(("ideas", names::idea_status(*status))).default_open(true).show(
            ui,
            |ui| {
                let id = format!("ideas_{}", names::idea_status(*status));
                table_rows(ui, &id, rows.len(), |ui, i| {
                    let Some(row) = rows.get(i) else { return };
                    ui.label(crate::i18n::date_short_year(row.date));
                    person_link(ui, row.person, &row.name, intents);
                    ui.label(&row.text);
                });
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CriticalIncident, Fit, Idea, JourneyMap, Person, Phase, Valence};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn customer(name: &str, minutes: u32, value: i64, need: NeedRecognised) -> Person {
        Person {
            status: Status::Customer,
            fit: Fit { minutes_spent: minutes, yearly_value: Some(value), need_recognised: need, ..Fit::default() },
            ..Person::named(name)
        }
    }

    #[test]
    fn the_busiest_map_has_the_most_moves_counted_in_any_slices_and_the_first_wins_a_tie() {
        use crate::model::PhaseMove;
        let maps: Vec<JourneyMap> = (0..3).map(|_| crate::model::Template::SalesProcess.create()).collect();
        let moved = |map: &JourneyMap, times: usize| Person {
            phase_history: (0..times).map(|_| PhaseMove { journey: map.id, ..PhaseMove::default() }).collect(),
            ..Person::named("Mover")
        };
        let people = vec![moved(&maps[0], 2), moved(&maps[1], 1), moved(&maps[2], 1), moved(&maps[1], 2)];
        let mut workspace = Workspace { people, journeys: maps.clone(), ..Workspace::default() };
        let today = day(2026, 11, 23);
        for slice in [1, 3, 4] {
            let mut gathering = Gathering::new(&workspace);
            for people in workspace.people.chunks(slice) {
                gathering.add(&workspace, people, today);
            }
            assert_eq!(gathering.finish(&workspace).busiest, Some(maps[1].id), "3 moves, in slices of {slice}");
        }
        workspace.people.pop();
        assert_eq!(Figures::compute(&workspace, today).busiest, Some(maps[0].id), "2 and 2: the first map");
        workspace.people.clear();
        assert_eq!(Figures::compute(&workspace, today).busiest, Some(maps[0].id), "no moves: the first map");
        workspace.journeys.clear();
        assert_eq!(Figures::compute(&workspace, today).busiest, None);
    }

    #[test]
    fn much_time_little_value_and_no_need_is_flagged() {
        let people = vec![
            customer("Costly", 6000, 1000, NeedRecognised::No),
            customer("Costly but sees the need", 6000, 1000, NeedRecognised::Yes),
            customer("Good", 60, 90_000, NeedRecognised::Yes),
            customer("Average", 600, 20_000, NeedRecognised::Unknown),
            Person::named("No value recorded"),
        ];
        let workspace = Workspace { people, ..Workspace::default() };
        let fit = Figures::compute(&workspace, day(2026, 11, 23)).fit;
        assert_eq!(fit.points.len(), 4, "people without a yearly value are not plotted");
        assert!((fit.median_hours - 55.0).abs() < 1e-9, "{}", fit.median_hours);
        let flagged: Vec<&str> = fit.points.iter().filter(|p| p.flagged).map(|p| p.name.as_str()).collect();
        assert_eq!(flagged, ["Costly"]);
        assert_eq!(fit.points[0].name, "Costly", "flagged first");
    }

    #[test]
    fn close_people_share_a_dot_and_a_lone_one_keeps_its_place() {
        // 3,000 customers crowded at the low end, and one far out.
        let mut people: Vec<Person> = (0..3000)
            .map(|i| customer(&format!("C{i}"), 30 * (i % 40), 1000 * (5 + i64::from(i % 400)), NeedRecognised::Yes))
            .collect();
        people.push(customer("Far out", 60 * 400, 5_000_000, NeedRecognised::Yes));
        let workspace = Workspace { people, ..Workspace::default() };
        let fit = Figures::compute(&workspace, day(2026, 11, 23)).fit;
        assert!(fit.dots.len() <= (FIT_COLUMNS * FIT_ROWS) as usize * 2, "{} dots", fit.dots.len());
        assert!(fit.dots.len() < 300, "{} dots for a crowded corner", fit.dots.len());
        let mut seen: Vec<usize> = fit.dots.iter().flat_map(|d| d.people.iter().copied()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..fit.points.len()).collect::<Vec<_>>(), "everyone is in exactly one dot");
        for dot in &fit.dots {
            assert!(dot.people.iter().all(|&i| fit.points[i].flagged == dot.flagged), "colours do not mix");
        }
        let far = fit.points.iter().position(|p| p.name == "Far out").expect("plotted");
        let lone = fit.dots.iter().find(|d| d.people.contains(&far)).expect("in a dot");
        assert_eq!(lone.people, [far]);
        assert_eq!((lone.hours, lone.value), (400.0, 5_000_000.0), "a dot of one sits on its person");
        assert_eq!(dot_text(lone, &fit, "DKK"), "Far out\n400.0 h · 5,000,000 DKK");
    }

    #[test]
    fn incidents_are_counted_per_phase_and_unresolved_ones_listed_newest_first() {
        let (a, b) = (PhaseId::new(), PhaseId::new());
        let map = JourneyMap {
            phases: vec![
                Phase { id: a, name: "Awareness".into(), emotion: None, stall_days: None },
                Phase { id: b, name: "Purchase".into(), emotion: None, stall_days: None },
            ],
            ..JourneyMap::default()
        };
        let incident = |phase, valence, resolved, date| CriticalIncident {
            journey: Some(map.id),
            phase,
            valence,
            resolved,
            date,
            happened: "Late delivery".into(),
            ..CriticalIncident::default()
        };
        let mut person = Person::named("Mette");
        person.incidents = vec![
            incident(Some(a), Valence::Better, true, day(2026, 1, 1)),
            incident(Some(b), Valence::Worse, false, day(2026, 2, 1)),
            incident(Some(b), Valence::Worse, true, day(2026, 3, 1)),
            incident(None, Valence::Worse, false, day(2026, 4, 1)),
        ];
        let workspace = Workspace { journeys: vec![map.clone()], people: vec![person], ..Workspace::default() };
        let figures = Figures::compute(&workspace, day(2026, 11, 23));
        let rows = &figures.incidents[&map.id];
        let counts: Vec<(&str, usize, usize)> = rows.iter().map(|r| (r.name.as_str(), r.better, r.worse)).collect();
        assert_eq!(counts, [("Awareness", 1, 0), ("Purchase", 0, 2), (t!("insights-not-placed").as_str(), 0, 1)]);
        let unresolved: Vec<NaiveDate> = figures.unresolved.iter().map(|u| u.date).collect();
        assert_eq!(unresolved, [day(2026, 4, 1), day(2026, 2, 1)]);
        assert_eq!(figures.unresolved[1].phase, "Purchase");
    }

    #[test]
    fn knowledge_figures_key_accounts_lowest_first_and_stale_contacts() {
        let today = day(2026, 11, 23);
        let mut known = Person { key_account: true, status: Status::Customer, ..Person::named("Known") };
        known.life.what_matters = "x".into();
        known.interactions.push(crate::model::Interaction { date: today, personal: true, ..Default::default() });
        let unknown = Person { key_account: true, status: Status::Customer, ..Person::named("Unknown") };
        let gone = Person { status: Status::DeclinedByUs, ..Person::named("Let go") };
        let workspace = Workspace { people: vec![known, unknown, gone], ..Workspace::default() };
        let figures = Figures::compute(&workspace, today);
        let names: Vec<&str> = figures.key_accounts.iter().map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["Unknown", "Known"]);
        assert_eq!(figures.key_accounts[0].missing.len(), knowledge::Fact::ALL.len());
        assert_eq!(figures.histogram[0], 2, "Unknown and Let go score 0");
        assert_eq!(figures.histogram[2], 1, "Known scores 25");
        let stale: Vec<&str> = figures.no_contact.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(stale, ["Unknown"], "those we let go are not chased");
        assert_eq!(figures.workspace_percent, Some(8));
    }

    #[test]
    fn the_workspace_score_is_the_one_knowledge_gives() {
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(300, 60, today);
        let figures = Figures::compute(&ws, today);
        assert!(figures.workspace_percent.is_some());
        assert_eq!(figures.workspace_percent, knowledge::workspace_percent(&ws, today));
        assert_eq!(Figures::compute(&Workspace::default(), today).workspace_percent, None);
    }

    /// The figures as words to compare, the map of incidents in the order of its keys.
    fn words(mut figures: Figures) -> String {
        let incidents: std::collections::BTreeMap<String, String> =
            figures.incidents.drain().map(|(map, phases)| (format!("{map:?}"), format!("{phases:?}"))).collect();
        format!("{figures:?} {incidents:?}")
    }

    #[test]
    fn figures_counted_in_slices_are_the_figures_counted_at_once() {
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(700, 140, today);
        let mut gathering = Gathering::new(&ws);
        for slice in ws.people.chunks(111) {
            gathering.add(&ws, slice, today);
        }
        let sliced = words(gathering.finish(&ws));
        assert_eq!(sliced, words(Figures::compute(&ws, today)));
        assert!(sliced.contains("KeyAccount") && sliced.contains("FitPoint"), "the demo fills the figures");
    }

    #[test]
    fn figures_finished_a_part_at_a_time_are_the_figures_made_at_once() {
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(700, 140, today);
        let mut gathering = Gathering::new(&ws);
        for slice in ws.people.chunks(100) {
            gathering.add(&ws, slice, today);
        }
        let mut finishing = gathering.finishing(&ws);
        let mut parts = 1;
        while !finishing.step(50) {
            parts += 1;
        }
        assert!(parts > 10, "{parts} parts of 50");
        assert_eq!(words(finishing.finish()), words(Figures::compute(&ws, today)));
    }

    #[test]
    fn a_big_workspace_is_counted_a_slice_a_frame_with_the_older_figures_kept_meanwhile() {
        use crate::ui::views::PEOPLE_PER_FRAME;
        let today = day(2026, 12, 4);
        let ws = crate::ops::demo::generate_with(PEOPLE_PER_FRAME + 10, 100, today);
        let key = |revision| (revision, ws.people.len(), ws.journeys.len(), today, crate::i18n::Lang::En);
        let mut view = InsightsView::default();
        let state = |view: &InsightsView| {
            (view.figures.as_ref().map(|(k, _)| k.0), view.pending.as_ref().map(|p| (p.key.0, p.next)))
        };
        view.count(&ws, key(1), today);
        assert_eq!(state(&view), (None, Some((1, PEOPLE_PER_FRAME))));
        view.count(&ws, key(1), today);
        assert_eq!(state(&view), (None, Some((1, ws.people.len()))), "every slice in: made in the next frame");
        view.count(&ws, key(1), today);
        assert_eq!(state(&view), (Some(1), None));
        view.count(&ws, key(2), today);
        assert_eq!(state(&view), (Some(1), Some((2, PEOPLE_PER_FRAME))), "the older figures kept");
        view.count(&ws, key(3), today);
        assert_eq!(state(&view), (Some(1), Some((3, PEOPLE_PER_FRAME))), "a newer state starts again");
        view.count(&ws, key(3), today);
        view.count(&ws, key(3), today);
        assert_eq!(state(&view), (Some(3), None));
        let counted = view.figures.take().map(|(_, figures)| words(figures));
        assert_eq!(counted, Some(words(Figures::compute(&ws, today))));
    }

    #[test]
    fn ideas_are_grouped_by_status_newest_first() {
        let idea = |date, status| Idea { date, status, text: "SMS menu".into(), ..Idea::default() };
        let mut person = Person::named("Jonas");
        person.ideas = vec![
            idea(day(2026, 1, 1), IdeaStatus::New),
            idea(day(2026, 5, 1), IdeaStatus::New),
            idea(day(2026, 3, 1), IdeaStatus::Done),
        ];
        let workspace = Workspace { people: vec![person], ..Workspace::default() };
        let ideas = Figures::compute(&workspace, day(2026, 11, 23)).ideas;
        assert_eq!(ideas[0].0, IdeaStatus::New);
        assert_eq!(ideas[0].1.iter().map(|r| r.date).collect::<Vec<_>>(), [day(2026, 5, 1), day(2026, 1, 1)]);
        assert_eq!(ideas[3].0, IdeaStatus::Done);
        assert_eq!(ideas[3].1.len(), 1);
    }
}
