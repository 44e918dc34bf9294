//! Insights' lifecycle: the flow of one map from the recorded phase history — who entered each
//! phase per month, how many moved on, went back or left, and the median time to move on — and
//! the segments of the map side by side. Computed once per state number, map, day and language
//! ([`FlowFigures`]), a slice of people a frame in a big workspace (`lifecycle::Counting`), the
//! older figures of the map shown meanwhile marked as updating; drawn from that.

use super::{CHART_HEIGHT, still_plot};
use crate::model::{JourneyId, JourneyMap, Workspace};
use crate::ops::lifecycle::{self, Flow, SegmentRow};
use crate::t;
use chrono::{Datelike, NaiveDate};
use egui_plot::{Bar, BarChart};

/// How many months the flow shows, up to today's.
pub const FLOW_MONTHS: usize = 12;

/// The flow and segments of one map.
#[derive(Debug, Default)]
pub struct FlowFigures {
    pub flow: Flow,
    pub segments: Vec<SegmentRow>,
    pub currency: String,
}

type FlowKey = (u64, JourneyId, NaiveDate, crate::i18n::Lang);

/// The flow section's state: the map picked, and its figures.
#[derive(Default)]
pub struct FlowSection {
    journey: Option<JourneyId>,
    figures: Option<(FlowKey, FlowFigures)>,
    /// The figures being counted, while they are, and the first person of the next slice.
    pending: Option<super::super::Slices<FlowKey, lifecycle::Counting>>,
}

impl FlowSection {
    /// Counts the next slice of people of `map` for `key` (starting again when the key is new);
    /// the figures are replaced when the last slice is counted.
    fn count(&mut self, workspace: &Workspace, map: &JourneyMap, key: FlowKey, today: NaiveDate) {
        let begin =
            || lifecycle::Counting::new(workspace, map, &lifecycle::segment_tags(workspace), today, FLOW_MONTHS);
        let add =
            |counting: &mut lifecycle::Counting, slice: &[crate::model::Person]| counting.add(workspace, map, slice);
        if let Some(counting) = super::super::Slices::step(&mut self.pending, key, &workspace.people, begin, add) {
            let (flow, segments) = counting.finish();
            let figures = FlowFigures { flow, segments, currency: workspace.currency.clone() };
            self.figures = Some((key, figures));
        }
    }
}

/// The map a first visit shows: of `journeys`, the one with the most recorded moves (`moves`,
/// counted by Insights with its other figures, a slice of people at a time: counted here, in
/// the frame that first drew the section, it went through everyone's history at once); the
/// first on a tie.
pub fn busiest(journeys: &[JourneyMap], moves: &std::collections::HashMap<JourneyId, usize>) -> Option<JourneyId> {
    let count = |j: &JourneyMap| moves.get(&j.id).copied().unwrap_or(0);
    let most = journeys.iter().map(count).max()?;
    journeys.iter().find(|j| count(j) == most).map(|j| j.id)
}

/// "34 d", or a dash when not known.
fn days(days: Option<f64>) -> String {
    days.map_or_else(|| "–".to_owned(), |d| t!("board-days", days = d.round() as i64))
}

/// "62 %", or a dash when there is nothing to divide.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 { "–".to_owned() } else { format!("{:.0} %", part as f64 * 100.0 / whole as f64) }
}

impl FlowSection {
    /// Draws the section, first of the `busiest` map; `wait` when this frame did enough already:
    /// figures to count again are then counted in the next frame, the older ones (if any)
    /// shown meanwhile marked so.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        (revision, today): (u64, NaiveDate),
        busiest: Option<JourneyId>,
        wait: bool,
    ) {
        ui.heading(t!("insights-flow"));
        if self.journey.is_none() {
            self.journey = busiest;
        }
        let picked = ui
            .horizontal(|ui| {
                super::super::journey_picker(
                    ui,
                    &t!("board-journey"),
                    "insights_flow_journey",
                    workspace,
                    &mut self.journey,
                )
            })
            .inner;
        let Some(map) = picked else {
            ui.label(t!("insights-no-journeys"));
            return;
        };
        let key = (revision, map.id, today, crate::i18n::language());
        if self.figures.as_ref().is_none_or(|(cached, _)| *cached != key) && !wait {
            self.count(workspace, map, key, today);
        }
        let current = self.figures.as_ref().filter(|(cached, _)| *cached == key);
        // Older figures of the same map are shown while the new ones are counted, marked so.
        let older = self.figures.as_ref().filter(|(cached, _)| cached.1 == map.id);
        let Some((_, figures)) = current.or(older) else {
            let done = self.pending.as_ref().filter(|slices| slices.key == key).map_or(0, |slices| slices.next);
            super::super::counting_ui(ui, done, workspace.people.len());
            return;
        };
        if current.is_none() {
            super::super::updating_ui(ui);
        }
        if figures.flow.phases.iter().all(|p| p.entered == 0) {
            ui.label(t!("insights-flow-none"));
        } else {
            ui.label(t!("insights-flow-explained"));
            flow_chart(ui, &figures.flow);
            flow_table(ui, &figures.flow);
            months_table(ui, &figures.flow);
        }
        ui.add_space(8.0);
        segments_ui(ui, map, figures);
    }
}

/// Entries per month, a bar a month stacked by phase.
fn flow_chart(ui: &mut egui::Ui, flow: &Flow) {
    let months: Vec<String> = flow.months.iter().map(|m| crate::i18n::month_name(m.month())).collect();
    still_plot("flow_chart")
        .height(CHART_HEIGHT)
        .legend(egui_plot::Legend::default())
        .y_axis_label(t!("insights-axis-entered"))
        .include_y(0.0)
        .x_axis_formatter(move |mark, _| {
            if mark.value.fract().abs() < f64::EPSILON && mark.value >= 0.0 {
                months.get(mark.value as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            let mut charts: Vec<BarChart> = Vec::new();
            for phase in &flow.phases {
                let bars: Vec<Bar> = phase
                    .entered_per_month
                    .iter()
                    .enumerate()
                    .map(|(n, count)| Bar::new(n as f64, *count as f64).width(0.7))
                    .collect();
                let below: Vec<&BarChart> = charts.iter().collect();
                let chart = BarChart::new(phase.name.as_str(), bars).stack_on(&below);
                charts.push(chart);
            }
            for chart in charts {
                plot.add(chart);
            }
        });
}

/// Per phase: entries, how many moved on (and what share), back, left, and the median days to
/// move on. Always shown: these are the figures the chart is read for.
fn flow_table(ui: &mut egui::Ui, flow: &Flow) {
    egui::Grid::new("flow_table").striped(true).show(ui, |ui| {
        for head in [
            t!("insights-phase"),
            t!("insights-flow-entered"),
            t!("insights-flow-moved-on"),
            t!("insights-flow-back"),
            t!("insights-flow-left"),
            t!("insights-flow-median"),
        ] {
            ui.strong(head);
        }
        ui.end_row();
        for phase in &flow.phases {
            ui.label(&phase.name);
            ui.label(phase.entered.to_string());
            ui.label(format!("{} ({})", phase.moved_on, percent(phase.moved_on, phase.entered)));
            ui.label(phase.moved_back.to_string());
            ui.label(phase.left.to_string());
            ui.label(days(phase.median_days_to_move_on));
            ui.end_row();
        }
    });
}

/// The chart's figures: a row a month, a column a phase.
fn months_table(ui: &mut egui::Ui, flow: &Flow) {
    egui::CollapsingHeader::new(t!("insights-flow-table")).show(ui, |ui| {
        egui::ScrollArea::horizontal().id_salt("flow_months_scroll").show(ui, |ui| {
            egui::Grid::new("flow_months_table").striped(true).show(ui, |ui| {
                ui.strong(t!("insights-month"));
                for phase in &flow.phases {
                    ui.strong(&phase.name);
                }
                ui.end_row();
                for (n, month) in flow.months.iter().enumerate() {
                    ui.label(format!("{} {}", crate::i18n::month_name(month.month()), month.year()));
                    for phase in &flow.phases {
                        ui.label(phase.entered_per_month.get(n).copied().unwrap_or(0).to_string());
                    }
                    ui.end_row();
                }
            });
        });
    });
}

/// The segments of the map side by side: how many of each stand where, what they are worth,
/// and how they move.
fn segments_ui(ui: &mut egui::Ui, map: &JourneyMap, figures: &FlowFigures) {
    ui.strong(t!("insights-segments", name = map.name.as_str()));
    if figures.segments.len() <= 1 {
        ui.label(t!("insights-segments-none"));
        return;
    }
    ui.weak(t!("insights-segments-explained"));
    egui::ScrollArea::horizontal().id_salt("segments_scroll").show(ui, |ui| {
        egui::Grid::new("segments_table").striped(true).show(ui, |ui| {
            ui.strong(t!("insights-segment"));
            ui.strong(t!("insights-segment-placed"));
            for phase in &map.phases {
                ui.strong(&phase.name);
            }
            ui.strong(t!("insights-flow-moved-on"));
            ui.strong(t!("insights-flow-median"));
            ui.strong(t!("insights-segment-value"));
            ui.end_row();
            for row in &figures.segments {
                match &row.tag {
                    Some(tag) => ui.label(tag),
                    None => ui.strong(t!("insights-segment-everyone")),
                };
                ui.label(row.placed.to_string());
                for count in &row.per_phase {
                    ui.label(count.to_string());
                }
                ui.label(percent(row.moved_on, row.entered));
                ui.label(days(row.median_days_to_move_on));
                ui.label(row.value.map_or_else(|| "–".to_owned(), |v| crate::i18n::money(v, &figures.currency)));
                ui.end_row();
            }
        });
    });
}
