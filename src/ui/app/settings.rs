//! The settings dialog (the app's language, theme and zoom; the open workspace's name,
//! currency and rules), and changing the app's preferences, the one way the dialog and the
//! View menu both ask for.

use super::{Asked, KindredApp};
use crate::i18n::{self, Lang};
use crate::model::{LeapDay, Workspace, WorkspaceSettings};
use crate::ops::Edit;
use crate::t;
use crate::ui::action::Action;
use crate::ui::settings::ThemeChoice;
use crate::ui::{Intent, present};

/// The settings dialog; the drafts of its text fields.
pub(super) struct SettingsDialog {
    name: String,
    currency: String,
    /// The daily loop's part: the login reminder, the rhythms, the calendar feed.
    pub(super) daily: super::reminders::DailySettings,
    /// The name this computer's changes are stamped with, as typed.
    user_name: String,
}

impl SettingsDialog {
    /// The dialog for `workspace`, whose file is at `path`.
    pub(super) fn new(workspace: Option<&Workspace>, path: Option<&std::path::Path>, user_name: &str) -> Self {
        Self {
            name: workspace.map(|w| w.name.clone()).unwrap_or_default(),
            currency: workspace.map(|w| w.currency.clone()).unwrap_or_default(),
            daily: super::reminders::DailySettings::new(workspace, path),
            user_name: user_name.to_owned(),
        }
    }

    /// The app's settings, and those of `workspace` (the open one, if it may be edited). A
    /// change asks for an action (the app's) or an edit (the workspace's, undoable) at once.
    /// Returns whether the dialog stays open.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        theme: ThemeChoice,
        workspace: Option<&Workspace>,
        asked: &mut Asked,
    ) -> bool {
        ui.heading(t!("settings-title"));
        ui.add_space(4.0);
        ui.strong(t!("settings-app"));
        app_settings_ui(ui, theme, &self.daily, &mut asked.actions);
        self.user_name_ui(ui, &mut asked.actions);
        ui.add_space(8.0);
        if let Some(workspace) = workspace {
            ui.strong(t!("settings-workspace"));
            egui::Grid::new("settings_workspace").num_columns(2).show(ui, |ui| {
                self.naming_ui(ui, workspace, &mut asked.intents);
                rules_ui(ui, &workspace.settings, &mut asked.intents);
                self.daily.workspace_ui(ui, &workspace.settings, &mut asked.intents);
            });
            if ui.button(Action::ServerSettings.label()).clicked() {
                asked.actions.push(Action::ServerSettings);
            }
        } else {
            ui.weak(t!("settings-no-workspace"));
        }
        ui.add_space(8.0);
        !ui.button(t!("button-close")).clicked()
    }

    /// The name this computer's changes are stamped with, taken when the field is left.
    fn user_name_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            let label = ui.label(t!("settings-user-name"));
            let hint = crate::store::paths::account_name();
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.user_name).hint_text(hint))
                .labelled_by(label.id)
                .on_hover_text(t!("settings-user-name-hint"));
            if field.lost_focus() {
                actions.push(Action::SetUserName(self.user_name.trim().to_owned()));
            }
        });
    }

    /// The workspace's name and currency, each changed when its field is left.
    fn naming_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Self { name, currency, .. } = self;
        let label = ui.label(t!("settings-name"));
        let field = ui.text_edit_singleline(name).labelled_by(label.id);
        if field.lost_focus() && name.trim() != workspace.name {
            let edit = Edit::RenameWorkspace(name.trim().to_owned());
            intents.push(Intent::Edit { label: t!("settings-name-label"), edit });
        }
        ui.end_row();
        let label = ui.label(t!("settings-currency"));
        let field = ui
            .add(egui::TextEdit::singleline(currency).char_limit(3).desired_width(60.0))
            .labelled_by(label.id)
            .on_hover_text(t!("settings-currency-hint"));
        let code = currency.trim().to_uppercase();
        if field.lost_focus() && code != workspace.currency {
            if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
                intents.push(Intent::Edit { label: t!("settings-currency-label"), edit: Edit::SetCurrency(code) });
            } else {
                *currency = workspace.currency.clone();
            }
        }
        ui.end_row();
    }
}

/// The app's language, theme and zoom, and the reminder at login.
fn app_settings_ui(
    ui: &mut egui::Ui,
    theme: ThemeChoice,
    daily: &super::reminders::DailySettings,
    actions: &mut Vec<Action>,
) {
    let mut chosen_theme = theme;
    let mut language = i18n::language();
    egui::Grid::new("settings_app").num_columns(2).show(ui, |ui| {
        let label = ui.label(t!("menu-language"));
        egui::ComboBox::from_id_salt("settings_language")
            .selected_text(language.native_name())
            .show_ui(ui, |ui| {
                for lang in Lang::ALL {
                    ui.selectable_value(&mut language, lang, lang.native_name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        ui.label(t!("menu-theme"));
        ui.horizontal(|ui| {
            for choice in ThemeChoice::ALL {
                ui.radio_value(&mut chosen_theme, choice, choice.label());
            }
        });
        ui.end_row();
        let label = ui.label(t!("settings-zoom"));
        let mut zoom = ui.ctx().zoom_factor();
        let slider = ui.add(egui::Slider::new(&mut zoom, 0.5..=3.0).step_by(0.1).suffix("×")).labelled_by(label.id);
        if slider.changed() {
            actions.push(Action::SetZoom(zoom));
        }
        ui.end_row();
        daily.login_ui(ui, actions);
    });
    if language != i18n::language() {
        actions.push(Action::SetLanguage(language));
    }
    if chosen_theme != theme {
        actions.push(Action::SetTheme(chosen_theme));
    }
}

/// The workspace's rules: the 29 February, initials in present mode, reminders, the retention
/// review; one undoable edit for whatever changed.
fn rules_ui(ui: &mut egui::Ui, current: &WorkspaceSettings, intents: &mut Vec<Intent>) {
    let mut settings = current.clone();
    let label = ui.label(t!("settings-leap-day"));
    let rule_name = |rule| if rule == LeapDay::March1 { t!("settings-march-1") } else { t!("settings-february-28") };
    egui::ComboBox::from_id_salt("settings_leap_day")
        .selected_text(rule_name(settings.leap_day))
        .show_ui(ui, |ui| {
            for rule in [LeapDay::February28, LeapDay::March1] {
                ui.selectable_value(&mut settings.leap_day, rule, rule_name(rule));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    ui.label(t!("settings-present"));
    ui.checkbox(&mut settings.present_initials, t!("settings-initials"));
    ui.end_row();
    let days = 0..=WorkspaceSettings::MAX_REMIND_DAYS;
    let label = ui.label(t!("settings-remind"));
    ui.add(egui::DragValue::new(&mut settings.remind_days).range(days.clone()).suffix(t!("settings-days-suffix")))
        .labelled_by(label.id)
        .on_hover_text(t!("settings-remind-hint"));
    ui.end_row();
    let label = ui.label(t!("settings-family-remind"));
    ui.add(egui::DragValue::new(&mut settings.family_remind_days).range(days).suffix(t!("settings-days-suffix")))
        .labelled_by(label.id);
    ui.end_row();
    let label = ui.label(t!("settings-retention"));
    let months_name = |months: u16| {
        if months == 0 { t!("settings-retention-off") } else { t!("settings-retention-months", count = months) }
    };
    egui::ComboBox::from_id_salt("settings_retention")
        .selected_text(months_name(settings.retention_months))
        .show_ui(ui, |ui| {
            for months in [0, 6, 12, 24, 36, 60] {
                ui.selectable_value(&mut settings.retention_months, months, months_name(months));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(t!("settings-retention-hint"));
    ui.end_row();
    if settings != *current {
        intents.push(Intent::Edit {
            label: t!("settings-workspace-label"),
            edit: Edit::ChangeSettings(Box::new(settings)),
        });
    }
}

impl KindredApp {
    /// The language of the app's text, kept for the next start.
    pub(super) fn set_language(&mut self, lang: Lang) {
        i18n::set_language(lang);
        self.settings.language = lang.code().to_owned();
        self.settings_dirty = true;
    }

    /// The app's theme, shown at once and kept for the next start.
    pub(super) fn set_theme(&mut self, ctx: &egui::Context, choice: ThemeChoice) {
        self.settings.theme = choice;
        self.settings_dirty = true;
        self.apply_theme(ctx);
    }

    /// Shows the theme chosen (present mode has its own, and puts this one back when it ends).
    pub(super) fn apply_theme(&self, ctx: &egui::Context) {
        let high_contrast = self.settings.theme == ThemeChoice::HighContrast;
        ctx.set_visuals_of(egui::Theme::Light, if high_contrast { present::visuals() } else { egui::Visuals::light() });
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light | ThemeChoice::HighContrast => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_settings_ask_for_a_language_and_a_theme_rather_than_setting_them() {
        i18n::set_language(Lang::En);
        let state = (SettingsDialog::new(None, None, ""), Asked::default());
        let mut harness = Harness::builder().with_size(egui::vec2(600.0, 500.0)).build_ui_state(
            |ui, (dialog, asked): &mut (SettingsDialog, Asked)| {
                dialog.ui(ui, ThemeChoice::System, None, asked);
            },
            state,
        );
        harness.run();
        harness.get_by_label("Dark").click();
        harness.get_by_label("Language").click();
        harness.run();
        harness.get_by_label("Dansk").click();
        harness.run();
        let asked = &harness.state().1;
        assert!(asked.actions.contains(&Action::SetTheme(ThemeChoice::Dark)), "{:?}", asked.actions);
        assert!(asked.actions.contains(&Action::SetLanguage(Lang::Da)), "{:?}", asked.actions);
        assert_eq!(i18n::language(), Lang::En, "the shell changes the language, once, for the menu and here");
    }
}
