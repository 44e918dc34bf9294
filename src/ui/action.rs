//! Every action of the app shell, with its label and shortcut: the one source for the menus,
//! the keyboard and the command palette. The dialogs and screens of the shell answer with
//! actions too (what the person chose), so that one place, `KindredApp::perform`, carries
//! every one of them out.

use super::settings::ThemeChoice;
use crate::i18n::Lang;
use crate::interop::formats::Format;
use crate::model::{ConflictId, JourneyId, PersonId};
use crate::store::lock::LockInfo;
use crate::t;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// The views of the main window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// What to do today: follow-ups, milestones, people due for contact.
    Today,
    #[default]
    People,
    /// The organisations behind the people, and each account's page.
    Accounts,
    Milestones,
    Journeys,
    Board,
    Insights,
    /// The workshop exercise: how well do we know our customers?
    Exercise,
}

impl View {
    pub const ALL: [View; 8] = [
        View::Today,
        View::People,
        View::Accounts,
        View::Milestones,
        View::Journeys,
        View::Board,
        View::Insights,
        View::Exercise,
    ];

    /// The view's name in the current language.
    /// The view's name in a log (`KINDRED_FRAME_LOG`): lower case English, whatever the language.
    pub fn code(self) -> &'static str {
        match self {
            View::Today => "today",
            View::People => "people",
            View::Accounts => "accounts",
            View::Milestones => "milestones",
            View::Journeys => "journeys",
            View::Board => "board",
            View::Insights => "insights",
            View::Exercise => "exercise",
        }
    }

    pub fn label(self) -> String {
        match self {
            View::Today => t!("view-today"),
            View::People => t!("view-people"),
            View::Accounts => t!("view-accounts"),
            View::Milestones => t!("view-milestones"),
            View::Journeys => t!("view-journeys"),
            View::Board => t!("view-board"),
            View::Insights => t!("view-insights"),
            View::Exercise => t!("view-exercise"),
        }
    }
}

/// What the shell is asked to do: from a menu, a shortcut, the palette, a dialog or a screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    New,
    NewPerson,
    /// Today's form for a new follow-up, ready to type in.
    AddFollowUp,
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
    /// The About box.
    About,
    /// The language of the app's text (the View menu, the settings).
    SetLanguage(Lang),
    /// The app's theme (the View menu, the settings).
    SetTheme(ThemeChoice),
    /// The zoom the settings' slider was moved to.
    SetZoom(f32),
    /// The name this computer's changes are stamped with (the settings; empty: the account's).
    SetUserName(String),
    /// Open this workspace (a recent one, or a typed path), once unsaved changes are dealt with.
    OpenFile(PathBuf),
    /// Ask where to write this export (the system's dialog, else the path entry), and write it.
    Export(ExportTarget),
    /// Write this export to this file.
    ExportTo(ExportTarget, PathBuf),
    /// Open the import window on this file.
    ImportFrom(PathBuf),
    /// Save the workspace as this file.
    SaveTo(PathBuf),
    /// Save, and go on once it is on disk (the unsaved-changes dialog).
    SaveThen(Then),
    /// Go on without saving; the unsaved work's recovery file goes.
    DiscardThen(Then),
    /// Make the unsaved work of the recovery file the open workspace.
    RestoreRecovery,
    /// Delete the recovery file and keep the workspace as it was saved.
    DiscardRecovery,
    /// Take the workspace's lock over, only while it is still the holder shown (`None`: the
    /// lock file could not be read).
    TakeOverLock(Option<LockInfo>),
    /// Reload the version on disk, dropping the changes made here.
    Reload,
    /// Copy the version on disk aside and save this one over it.
    KeepMine,
    /// Compare this version with the one on disk.
    CompareWithDisk,
    /// Make this backup the open workspace, as unsaved work.
    RestoreBackup(usize),
    /// Ask before giving ids held twice new values.
    RepairIds,
    /// Give ids held twice new values, as one undo step.
    RenewIds,
    /// Write (true) or remove (false) the login entry that reminds of the open workspace.
    RemindAtLogin(bool),
    /// Create the workspace the welcome screen offers here: empty, or the sample.
    CreateWorkspace {
        path: PathBuf,
        sample: bool,
    },
    /// The conflicts merging with another computer's version left, to choose in each.
    Conflicts,
    /// Settle a conflict: keep the value kept (`theirs: false`) or take the other one.
    ChooseConflict {
        conflict: ConflictId,
        theirs: bool,
    },
    /// Open the encrypted workspace with the passphrase typed on its screen.
    Unlock,
    /// Leave the encrypted workspace closed.
    CancelUnlock,
    /// Settings → the calendar and contacts server of the workspace.
    ServerSettings,
    /// Push to the calendar and pull from the address book now.
    SyncNow,
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    New,
    Open(PathBuf),
    PickAndOpen,
    Quit,
}

/// What an export writes: a format, the journey map or person it is about, and that one's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportTarget {
    pub format: Format,
    pub journey: Option<JourneyId>,
    pub person: Option<PersonId>,
    /// The map's or the person's name when the export was offered (empty for the workspace).
    pub name: String,
}

impl ExportTarget {
    /// The menu entry, and the heading of the path dialog.
    pub fn label(&self) -> String {
        let name = self.name.as_str();
        match (self.format, self.person.is_some()) {
            (Format::Md, true) => t!("export-person-md", name = name),
            (Format::Json, true) => t!("export-person-json", name = name),
            (Format::Csv, _) => t!("export-csv"),
            (Format::OrganisationsCsv, _) => t!("export-organisations-csv"),
            (Format::Vcf, _) => t!("export-vcf"),
            (Format::Vcf4, _) => t!("export-vcf4"),
            (Format::Ics, _) => t!("export-ics"),
            (Format::Md, false) => t!("export-journey-md", name = name),
            (Format::Html, _) => t!("export-journey-html", name = name),
            (Format::Png, _) => t!("export-journey-png", name = name),
            (Format::KindredJourney, _) => t!("export-journey-template", name = name),
            (Format::Json, false) => t!("export-workspace-json"),
            (Format::Kindred, _) => t!("export-workspace-copy"),
            (Format::BoardCsv, _) => t!("export-board-csv", name = name),
            (Format::BoardHtml, _) => t!("export-board-html", name = name),
            (Format::BoardPng, _) => t!("export-board-png", name = name),
        }
    }

    /// The file name the export suggests: the map's or person's name (with "board" for a
    /// board), else what it holds.
    pub fn file_name(&self) -> String {
        let board;
        let base = match (self.person.is_some() || self.journey.is_some(), self.format) {
            (true, Format::BoardCsv | Format::BoardHtml | Format::BoardPng) => {
                board = t!("export-board-file", name = self.name.as_str());
                board.as_str()
            }
            (true, _) => self.name.as_str(),
            (false, Format::Ics) => "milestones",
            (false, Format::Json | Format::Kindred) => "workspace",
            (false, Format::OrganisationsCsv) => "organisations",
            (false, _) => "people",
        };
        let base: String = base
            .chars()
            .map(|c| if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') { c } else { '_' })
            .collect();
        let base = if base.trim().is_empty() { "export".to_owned() } else { base.trim().to_owned() };
        format!("{base}.{}", self.format.extension())
    }
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

impl Action {
    /// Every action, in the order the command palette lists them.
    pub const ALL: [Action; 30] = [
        Action::NewPerson,
        Action::AddFollowUp,
        Action::Import,
        Action::Show(View::Today),
        Action::Show(View::People),
        Action::Show(View::Accounts),
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
        Action::Conflicts,
        Action::Open,
        Action::OpenPath,
        Action::New,
        Action::Settings,
        Action::Passphrase,
        Action::ServerSettings,
        Action::SyncNow,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomReset,
        Action::Palette,
        Action::Quit,
    ];

    /// Whether present mode allows it (the views, undo, leaving; no files).
    pub fn in_present_mode(&self) -> bool {
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
    pub const WITH_SHORTCUTS: [Action; 20] = [
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
        Action::Show(View::Today),
        Action::Show(View::People),
        Action::Show(View::Accounts),
        Action::Show(View::Milestones),
        Action::Show(View::Journeys),
        Action::Show(View::Board),
        Action::Show(View::Insights),
        Action::Show(View::Exercise),
        Action::Quit,
    ];

    /// The label in the current language: sentence case, "…" where a dialog follows. An action
    /// a dialog offers is named as its button there; one on a file, by the file.
    pub fn label(&self) -> String {
        match self {
            Action::New => t!("action-new"),
            Action::NewPerson => t!("action-new-person"),
            Action::AddFollowUp => t!("action-add-follow-up"),
            Action::Open => t!("action-open"),
            Action::OpenPath => t!("action-open-path"),
            Action::Import => t!("action-import"),
            Action::Save => t!("action-save"),
            Action::SaveAs => t!("action-save-as"),
            Action::Backups => t!("action-backups"),
            Action::Conflicts => t!("action-conflicts"),
            Action::ChooseConflict { theirs: false, .. } => t!("conflicts-keep"),
            Action::ChooseConflict { theirs: true, .. } => t!("conflicts-take"),
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
            Action::About => t!("menu-about"),
            Action::SetLanguage(lang) => lang.native_name().to_owned(),
            Action::SetTheme(choice) => choice.label(),
            Action::SetZoom(_) => t!("settings-zoom"),
            Action::SetUserName(_) => t!("settings-user-name"),
            Action::OpenFile(path) | Action::ImportFrom(path) | Action::SaveTo(path) | Action::ExportTo(_, path) => {
                path.display().to_string()
            }
            Action::Export(target) => target.label(),
            Action::SaveThen(_) => t!("button-save"),
            Action::DiscardThen(_) => t!("button-dont-save"),
            Action::RestoreRecovery => t!("button-restore"),
            Action::DiscardRecovery => t!("button-discard"),
            Action::TakeOverLock(_) => t!("locked-take-over"),
            Action::Reload => t!("changed-reload"),
            Action::KeepMine => t!("changed-keep-mine"),
            Action::CompareWithDisk => t!("changed-compare"),
            Action::RestoreBackup(number) => t!("backups-restore", number = *number),
            Action::RepairIds => t!("shell-repair-ids"),
            Action::RenewIds => t!("repair-ids-confirm"),
            Action::RemindAtLogin(_) => t!("settings-remind-at-login"),
            Action::CreateWorkspace { sample: false, .. } => t!("welcome-empty"),
            Action::CreateWorkspace { sample: true, .. } => t!("welcome-sample"),
            Action::Unlock => t!("unlock-open"),
            Action::CancelUnlock => t!("button-cancel"),
            Action::ServerSettings => t!("action-server-settings"),
            Action::SyncNow => t!("action-sync-now"),
        }
    }

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
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
                let digit: [Key; View::ALL.len()] =
                    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8];
                key(CMD, digit[View::ALL.iter().position(|v| v == view).unwrap_or(0)])
            }
            Action::ZoomIn => key(CMD, Key::Plus),
            Action::ZoomOut => key(CMD, Key::Minus),
            Action::ZoomReset => key(CMD, Key::Num0),
            Action::Quit => key(CMD, Key::Q),
            Action::Present => key(Modifiers::NONE, Key::F5),
            Action::Settings => key(CMD, Key::Comma),
            Action::Palette => key(CMD, Key::K),
            Action::OpenPath | Action::Backups | Action::Conflicts | Action::Passphrase | Action::About => None,
            Action::AddFollowUp | Action::ServerSettings | Action::SyncNow => None,
            Action::SetLanguage(_) | Action::SetTheme(_) | Action::SetZoom(_) | Action::OpenFile(_) => None,
            Action::SetUserName(_) => None,
            // What a dialog or a screen asks for.
            Action::Export(_)
            | Action::ExportTo(..)
            | Action::ImportFrom(_)
            | Action::SaveTo(_)
            | Action::SaveThen(_)
            | Action::DiscardThen(_)
            | Action::RestoreRecovery
            | Action::DiscardRecovery
            | Action::TakeOverLock(_)
            | Action::Reload
            | Action::KeepMine
            | Action::CompareWithDisk
            | Action::RestoreBackup(_)
            | Action::RepairIds
            | Action::RenewIds
            | Action::RemindAtLogin(_)
            | Action::ChooseConflict { .. }
            | Action::CreateWorkspace { .. }
            | Action::Unlock
            | Action::CancelUnlock => None,
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
