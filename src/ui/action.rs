//! Every action of the app shell, with its label and shortcut: the one source for the menus,
//! the keyboard and (later) the command palette.

use crate::t;
use egui::{Key, KeyboardShortcut, Modifiers};

/// The views of the main window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    People,
    Milestones,
    Journeys,
    Board,
    Insights,
    /// The workshop exercise: how well do we know our customers?
    Exercise,
}

impl View {
    pub const ALL: [View; 6] =
        [View::People, View::Milestones, View::Journeys, View::Board, View::Insights, View::Exercise];

    /// The view's name in the current language.
    pub fn label(self) -> String {
        match self {
            View::People => t!("view-people"),
            View::Milestones => t!("view-milestones"),
            View::Journeys => t!("view-journeys"),
            View::Board => t!("view-board"),
            View::Insights => t!("view-insights"),
            View::Exercise => t!("view-exercise"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    NewPerson,
    Open,
    OpenPath,
    Import,
    Save,
    SaveAs,
    /// The earlier versions kept beside the workspace, to restore one.
    Backups,
    Undo,
    Redo,
    Show(View),
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// Enter or leave present mode.
    Present,
    /// The settings screen.
    Settings,
    /// Encrypt the workspace with a passphrase, change or remove it.
    Passphrase,
    /// The command palette.
    Palette,
    Quit,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

impl Action {
    /// Every action, in the order the command palette lists them.
    pub const ALL: [Action; 24] = [
        Action::NewPerson,
        Action::Import,
        Action::Show(View::People),
        Action::Show(View::Milestones),
        Action::Show(View::Journeys),
        Action::Show(View::Board),
        Action::Show(View::Insights),
        Action::Show(View::Exercise),
        Action::Present,
        Action::Undo,
        Action::Redo,
        Action::Save,
        Action::SaveAs,
        Action::Backups,
        Action::Open,
        Action::OpenPath,
        Action::New,
        Action::Settings,
        Action::Passphrase,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomReset,
        Action::Palette,
        Action::Quit,
    ];

    /// Whether present mode allows it (the views, undo, leaving; no files).
    pub fn in_present_mode(self) -> bool {
        matches!(
            self,
            Action::Show(_)
                | Action::Undo
                | Action::Redo
                | Action::Present
                | Action::Palette
                | Action::ZoomIn
                | Action::ZoomOut
                | Action::ZoomReset
                | Action::Quit
        )
    }

    /// The actions that have a keyboard shortcut, checked every frame.
    /// Zooming is left out: egui handles its shortcuts itself. egui matches a shortcut even
    /// when Shift is held too, so one with Shift comes before the same without it.
    pub const WITH_SHORTCUTS: [Action; 18] = [
        Action::Present,
        Action::Settings,
        Action::Palette,
        Action::NewPerson,
        Action::New,
        Action::Open,
        Action::Import,
        Action::SaveAs,
        Action::Save,
        Action::Redo,
        Action::Undo,
        Action::Show(View::People),
        Action::Show(View::Milestones),
        Action::Show(View::Journeys),
        Action::Show(View::Board),
        Action::Show(View::Insights),
        Action::Show(View::Exercise),
        Action::Quit,
    ];

    /// The label in the current language: sentence case, "…" where a dialog follows.
    pub fn label(self) -> String {
        match self {
            Action::New => t!("action-new"),
            Action::NewPerson => t!("action-new-person"),
            Action::Open => t!("action-open"),
            Action::OpenPath => t!("action-open-path"),
            Action::Import => t!("action-import"),
            Action::Save => t!("action-save"),
            Action::SaveAs => t!("action-save-as"),
            Action::Backups => t!("action-backups"),
            Action::Undo => t!("action-undo"),
            Action::Redo => t!("action-redo"),
            Action::Show(view) => view.label(),
            Action::ZoomIn => t!("action-zoom-in"),
            Action::ZoomOut => t!("action-zoom-out"),
            Action::ZoomReset => t!("action-zoom-reset"),
            Action::Present => t!("action-present"),
            Action::Settings => t!("action-settings"),
            Action::Passphrase => t!("action-passphrase"),
            Action::Palette => t!("action-palette"),
            Action::Quit => t!("action-quit"),
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let key = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Action::New => key(CMD, Key::N),
            Action::NewPerson => key(CMD_SHIFT, Key::N),
            Action::Open => key(CMD, Key::O),
            Action::Import => key(CMD, Key::I),
            Action::Save => key(CMD, Key::S),
            Action::SaveAs => key(CMD_SHIFT, Key::S),
            Action::Undo => key(CMD, Key::Z),
            Action::Redo => key(CMD_SHIFT, Key::Z),
            Action::Show(view) => {
                let digit = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6];
                key(CMD, digit[View::ALL.iter().position(|v| *v == view).unwrap_or(0)])
            }
            Action::ZoomIn => key(CMD, Key::Plus),
            Action::ZoomOut => key(CMD, Key::Minus),
            Action::ZoomReset => key(CMD, Key::Num0),
            Action::Quit => key(CMD, Key::Q),
            Action::Present => key(Modifiers::NONE, Key::F5),
            Action::Settings => key(CMD, Key::Comma),
            Action::Palette => key(CMD, Key::K),
            Action::OpenPath | Action::Backups | Action::Passphrase => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortcut_with_shift_is_checked_before_the_same_without() {
        let shortcuts: Vec<_> = Action::WITH_SHORTCUTS.iter().filter_map(|a| a.shortcut()).collect();
        for (i, later) in shortcuts.iter().enumerate() {
            for earlier in &shortcuts[..i] {
                let shadowed =
                    earlier.logical_key == later.logical_key && !earlier.modifiers.shift && later.modifiers.shift;
                assert!(!shadowed, "{later:?} would never fire after {earlier:?}");
            }
        }
    }

    #[test]
    fn every_action_is_in_the_palette_once() {
        for (i, action) in Action::ALL.iter().enumerate() {
            assert!(!Action::ALL[i + 1..].contains(action), "{action:?} twice");
        }
        for action in Action::WITH_SHORTCUTS {
            assert!(Action::ALL.contains(&action), "{action:?} is missing from the palette");
        }
    }

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut all: Vec<Action> = Action::WITH_SHORTCUTS.to_vec();
        all.extend([Action::ZoomIn, Action::ZoomOut, Action::ZoomReset, Action::OpenPath, Action::Backups]);
        let shortcuts: Vec<_> = all.iter().filter_map(|a| a.shortcut()).collect();
        for (i, a) in shortcuts.iter().enumerate() {
            assert!(!shortcuts[i + 1..].contains(a), "{a:?} is used twice");
        }
    }
}
