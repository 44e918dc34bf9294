//! The profile's needs (what they said, why, the challenge, the agreed solution) and fit
//! (recognised need, driver, time spent, yearly value, the decision and why).

use super::fields::{choice, lines_row, number};
use super::{Part, Pass};
use crate::i18n::Lang;
use crate::model::{Driver, FitDecision, NeedRecognised, Person};
use crate::ops::knowledge::Fact;
use crate::ops::names;
use crate::t;
use crate::ui::widgets::money;
use egui::Ui;

pub(super) fn needs_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    egui::Grid::new("profile_needs").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let needs = &mut draft.needs;
        let stated = lines_row(ui, &t!("profile-stated"), &mut needs.stated);
        pass.focus_here(Fact::Needs, &stated);
        let mut left = stated.lost_focus();
        left |= lines_row(ui, &t!("profile-motivation"), &mut needs.motivation).lost_focus();
        left |= lines_row(ui, &t!("profile-challenge"), &mut needs.challenge).lost_focus();
        left |= lines_row(ui, &t!("profile-solution"), &mut needs.agreed_solution).lost_focus();
        pass.commit_if(left, Part::Needs);
    });
}

pub(super) fn fit_ui(ui: &mut Ui, draft: &mut Person, pass: &mut Pass<'_>) {
    let currency = pass.workspace.currency.clone();
    egui::Grid::new("profile_fit").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let fit = &mut draft.fit;
        let mut commit = false;
        let need_recognised = t!("profile-need-recognised");
        ui.label(&need_recognised);
        commit |= choice(ui, "fit_need", &need_recognised, &mut fit.need_recognised, &NeedRecognised::ALL, |need| {
            names::need(*need)
        });
        ui.end_row();
        let driver = t!("profile-driver");
        ui.label(&driver);
        commit |= choice(ui, "fit_driver", &driver, &mut fit.driver, &Driver::ALL, |d| names::driver(*d));
        ui.end_row();
        let minutes_spent = t!("profile-minutes-spent");
        ui.label(&minutes_spent);
        ui.horizontal(|ui| {
            let suffix = format!(" {}", t!("profile-minutes"));
            commit |= number(ui, &mut fit.minutes_spent, 0..=10_000_000, &suffix, &minutes_spent);
            if fit.minutes_spent >= 60 {
                ui.weak(t!("profile-hours", hours = one_decimal(f64::from(fit.minutes_spent) / 60.0)));
            }
        });
        ui.end_row();
        let label = ui.label(t!("profile-yearly-value"));
        commit |= money::amount_field(ui, "fit_value", &mut fit.yearly_value, &currency, label.id).changed;
        ui.end_row();
        let decision = t!("profile-decision");
        ui.label(&decision);
        commit |= choice(ui, "fit_decision", &decision, &mut fit.decision, &FitDecision::ALL, |d| names::decision(*d));
        ui.end_row();
        commit |= lines_row(ui, &t!("profile-decision-reason"), &mut fit.decision_reason).lost_focus();
        pass.commit_if(commit, Part::Fit);
    });
    if let Some(value) = draft.fit.yearly_value {
        ui.weak(t!("profile-yearly-value-is", value = crate::i18n::money(value, &currency)));
    }
}

/// A number with one decimal, written with the language's decimal separator ("1.5", "1,5").
pub(super) fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    if crate::i18n::language() == Lang::En { text } else { text.replace('.', ",") }
}
