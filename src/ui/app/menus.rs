//! The ways to ask for an action: the menu bar, the keyboard's shortcuts and the command
//! palette. Each only says what was asked for; `KindredApp::perform` does it after the frame.

use super::{Asked, KindredApp, Screen};
use crate::i18n::{self, Lang};
use crate::t;
use crate::ui::Intent;
use crate::ui::action::{Action, View};
use crate::ui::palette::Target;
use crate::ui::settings::ThemeChoice;

impl KindredApp {
    /// The actions whose shortcuts were pressed (none while a dialog or the palette is open).
    pub(super) fn shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        if self.dialog.is_some() || self.palette.is_some() {
            return Vec::new();
        }
        // Present mode offers the views, undo and leaving; files stay closed.
        let presenting = self.present.is_some();
        ctx.input_mut(|input| {
            Action::WITH_SHORTCUTS
                .into_iter()
                .filter(|action| !presenting || action.in_present_mode())
                .filter(|action| action.shortcut().is_some_and(|s| input.consume_shortcut(&s)))
                .collect()
        })
    }

    pub(super) fn menu_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let document = self.document();
        let editable = document.is_some_and(|d| d.read_only.is_none());
        let undo = document.filter(|_| editable).and_then(|d| d.history.undo_label());
        let redo = document.filter(|_| editable).and_then(|d| d.history.redo_label());
        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button(t!("menu-file"), |ui| self.file_menu_ui(ui, actions));
                ui.menu_button(t!("menu-edit"), |ui| {
                    menu_button(ui, Action::NewPerson, editable, actions);
                    ui.separator();
                    let undo_text = undo.map_or(t!("action-undo"), |l| t!("menu-undo-named", label = l));
                    let redo_text = redo.map_or(t!("action-redo"), |l| t!("menu-redo-named", label = l));
                    for (action, text, enabled) in
                        [(Action::Undo, undo_text, undo.is_some()), (Action::Redo, redo_text, redo.is_some())]
                    {
                        let shortcut = action.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
                        if ui.add_enabled(enabled, egui::Button::new(text).shortcut_text(shortcut)).clicked() {
                            actions.push(action);
                        }
                    }
                });
                ui.menu_button(t!("menu-view"), |ui| self.view_menu_ui(ui, actions));
                ui.menu_button(t!("menu-help"), |ui| {
                    if ui.button(Action::About.label()).clicked() {
                        actions.push(Action::About);
                    }
                });
                ui.separator();
                if ui.add_enabled(undo.is_some(), egui::Button::new(t!("action-undo"))).clicked() {
                    actions.push(Action::Undo);
                }
                if ui.add_enabled(redo.is_some(), egui::Button::new(t!("action-redo"))).clicked() {
                    actions.push(Action::Redo);
                }
            });
        });
    }

    fn file_menu_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let document = self.document();
        let has_document = document.is_some();
        let has_file = document.is_some_and(|d| d.path.is_some());
        let editable = document.is_some_and(|d| d.read_only.is_none());
        menu_button(ui, Action::New, true, actions);
        menu_button(ui, Action::Open, true, actions);
        menu_button(ui, Action::OpenPath, true, actions);
        ui.menu_button(t!("menu-open-recent"), |ui| {
            if self.settings.recent.is_empty() {
                ui.weak(t!("menu-no-recent"));
            }
            for path in &self.settings.recent {
                menu_button(ui, Action::OpenFile(path.clone()), true, actions);
            }
        });
        ui.separator();
        menu_button(ui, Action::Save, editable, actions);
        menu_button(ui, Action::SaveAs, has_document, actions);
        menu_button(ui, Action::Backups, editable && has_file, actions);
        let conflicts = self.document().is_some_and(|d| !d.workspace.conflicts.is_empty());
        menu_button(ui, Action::Conflicts, editable && conflicts && self.present.is_none(), actions);
        ui.separator();
        menu_button(ui, Action::Settings, true, actions);
        menu_button(ui, Action::Passphrase, editable, actions);
        ui.separator();
        menu_button(ui, Action::Import, editable, actions);
        ui.add_enabled_ui(has_document, |ui| {
            ui.menu_button(t!("menu-export"), |ui| {
                for target in self.export_targets() {
                    menu_button(ui, Action::Export(target), true, actions);
                }
            })
        });
        ui.separator();
        menu_button(ui, Action::Quit, true, actions);
    }

    fn view_menu_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let has_document = self.document().is_some();
        for view in View::ALL {
            menu_button(ui, Action::Show(view), has_document, actions);
        }
        ui.separator();
        menu_button(ui, Action::Present, has_document, actions);
        ui.separator();
        for action in [Action::ZoomIn, Action::ZoomOut, Action::ZoomReset] {
            menu_button(ui, action, true, actions);
        }
        ui.menu_button(t!("menu-language"), |ui| {
            for lang in Lang::ALL {
                let action = Action::SetLanguage(lang);
                if ui.radio(i18n::language() == lang, action.label()).clicked() {
                    actions.push(action);
                }
            }
        });
        ui.menu_button(t!("menu-theme"), |ui| {
            for choice in ThemeChoice::ALL {
                let action = Action::SetTheme(choice);
                if ui.radio(self.settings.theme == choice, action.label()).clicked() {
                    actions.push(action);
                }
            }
        });
    }

    /// The command palette: it searches what the views show (the masked copy in present mode).
    pub(super) fn palette_ui(&mut self, ctx: &egui::Context, asked: &mut Asked) {
        let Some(mut palette) = self.palette.take() else { return };
        let (workspace, state) = match (&self.screen, self.present.as_mut()) {
            (Screen::Open(document), Some(present)) => {
                let (workspace, state) = present.workspace(&document.workspace, document.history.state());
                (Some(workspace), state)
            }
            (Screen::Open(document), None) => (Some(&*document.workspace), document.history.state()),
            _ => (None, 0),
        };
        let (chosen, close) = palette.ui(ctx, workspace, state);
        if !close {
            self.palette = Some(palette);
        }
        match chosen {
            Some(Target::Action(action)) if self.present.is_none() || action.in_present_mode() => {
                asked.actions.push(action)
            }
            Some(Target::Action(_)) => self.info(t!("palette-not-in-present-mode")),
            Some(Target::Person(id)) => asked.intents.push(Intent::OpenPerson(id)),
            Some(Target::Organisation(id)) => asked.intents.push(Intent::OpenOrganisation(id)),
            Some(Target::Journey(id)) => {
                self.views.journeys.selected = Some(id);
                self.view = View::Journeys;
            }
            Some(Target::Card(map, card)) => {
                self.views.journeys.select_card(map, card);
                self.view = View::Journeys;
            }
            None => {}
        }
    }
}

/// A menu entry for `action`, with its shortcut.
fn menu_button(ui: &mut egui::Ui, action: Action, enabled: bool, actions: &mut Vec<Action>) {
    let mut button = egui::Button::new(action.label());
    if let Some(shortcut) = action.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(action);
    }
}
