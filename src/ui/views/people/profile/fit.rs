//! The profile's needs (what they said, why, the challenge, the agreed solution) and fit
//! (recognised need, driver, time spent, yearly value, the decision and why).

use super::fields::{choice, lines_row, number};
use super::{Part, Pass};
use crate::i18n::Lang;
use crate::model::{Driver, Fit, FitDecision, NeedRecognised, Person};
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

pub(super) fn fit_ui(ui: &mut Ui, draft: &mut Person, account: &mut Option<(Fit, Fit)>, pass: &mut Pass<'_>) {
    let currency = pass.workspace.currency.clone();
    let Some(organisation) = pass.workspace.organisation_of(draft) else {
        *account = None;
        let commit = fields_ui(ui, &mut draft.fit, &currency);
        pass.commit_if(commit, Part::Fit);
        return;
    };
    // The account's fit, which its people share: edited here as on the account's page.
    ui.label(t!("profile-fit-of-account", name = organisation.name.as_str()));
    if account.as_ref().is_none_or(|(base, _)| *base != organisation.fit) {
        *account = Some((organisation.fit.clone(), organisation.fit.clone()));
    }
    let Some((_, fit)) = account.as_mut() else { return };
    if fields_ui(ui, fit, &currency) && *fit != organisation.fit {
        let mut changed = organisation.clone();
        changed.fit = fit.clone();
        pass.intents.push(crate::ui::Intent::Edit {
            label: t!("accounts-edited", name = organisation.name.trim()),
            edit: crate::ops::Edit::ReplaceOrganisation(Box::new(changed)),
        });
    }
    if ui.button(t!("profile-open-account")).clicked() {
        pass.intents.push(crate::ui::Intent::OpenOrganisation(organisation.id));
    }
}

/// The fields of a fit; whether a change is complete.
fn fields_ui(ui: &mut Ui, fit: &mut Fit, currency: &str) -> bool {
    let mut commit = false;
    egui::Grid::new("profile_fit").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
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
        commit |= money::amount_field(ui, "fit_value", &mut fit.yearly_value, currency, label.id).changed;
        ui.end_row();
        let decision = t!("profile-decision");
        ui.label(&decision);
        commit |= choice(ui, "fit_decision", &decision, &mut fit.decision, &FitDecision::ALL, |d| names::decision(*d));
        ui.end_row();
        commit |= lines_row(ui, &t!("profile-decision-reason"), &mut fit.decision_reason).lost_focus();
    });
    if let Some(value) = fit.yearly_value {
        ui.weak(t!("profile-yearly-value-is", value = crate::i18n::money(value, currency)));
    }
    commit
}

/// A number with one decimal, written with the language's decimal separator ("1.5", "1,5").
pub(super) fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    if crate::i18n::language() == Lang::En { text } else { text.replace('.', ",") }
}
