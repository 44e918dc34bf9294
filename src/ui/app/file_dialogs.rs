//! Asking for a file: the system's file dialog, or, where there is none (no desktop portal),
//! the in-app path entry in its place.

use super::KindredApp;
use crate::interop::formats::Format;
use crate::store::paths;
use crate::t;
use crate::ui::action::{Action, ExportTarget};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What a file is asked for.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum PathPurpose {
    Open,
    SaveAs,
    Export(ExportTarget),
    Import,
}

impl PathPurpose {
    fn heading(&self) -> String {
        match self {
            PathPurpose::Open => t!("path-open"),
            PathPurpose::SaveAs => t!("path-save-as"),
            PathPurpose::Export(target) => t!("path-export", what = target.label().trim_end_matches('…')),
            PathPurpose::Import => t!("path-import"),
        }
    }

    fn field(&self) -> String {
        match self {
            PathPurpose::Open | PathPurpose::SaveAs => t!("path-field-workspace"),
            PathPurpose::Export(target) => t!("path-field-export", format = target.format.extension()),
            PathPurpose::Import => t!("path-field-import"),
        }
    }

    /// The extension added to a typed path without one (none for an import).
    pub(super) fn extension(&self) -> &'static str {
        match self {
            PathPurpose::Open | PathPurpose::SaveAs => "kindred",
            PathPurpose::Export(target) => target.format.extension(),
            PathPurpose::Import => "",
        }
    }

    /// What to do with the file given.
    fn action(&self, path: PathBuf) -> Action {
        match self {
            PathPurpose::Open => Action::OpenFile(path),
            PathPurpose::SaveAs => Action::SaveTo(path),
            PathPurpose::Export(target) => Action::ExportTo(target.clone(), path),
            PathPurpose::Import => Action::ImportFrom(path),
        }
    }
}

/// How the system's file dialog ended.
pub(super) enum NativeDialog {
    Picked(PathBuf),
    Cancelled,
    Unavailable,
}

impl KindredApp {
    /// Shows the system's file dialog. Without a desktop portal it returns at once with
    /// nothing; an answer faster than a person can give is taken to mean the dialog was never
    /// shown, and the in-app path entry is offered instead.
    pub(super) fn native_dialog(
        &self,
        purpose: &PathPurpose,
        show: impl FnOnce(rfd::FileDialog) -> Option<PathBuf>,
    ) -> NativeDialog {
        if !self.native_dialogs {
            return NativeDialog::Unavailable;
        }
        let started = Instant::now();
        let dialog = match purpose {
            PathPurpose::Open | PathPurpose::SaveAs => {
                rfd::FileDialog::new().add_filter(t!("filter-workspace"), &[purpose.extension()])
            }
            PathPurpose::Export(target) => {
                rfd::FileDialog::new().add_filter(target.format.describe(), &[purpose.extension()])
            }
            PathPurpose::Import => {
                let extensions: Vec<&str> =
                    Format::ALL.iter().filter(|f| f.imports()).map(|f| f.extension()).chain(["vcard"]).collect();
                rfd::FileDialog::new().add_filter(t!("filter-import"), &extensions)
            }
        };
        match show(dialog) {
            Some(path) => NativeDialog::Picked(path),
            None if started.elapsed() < Duration::from_millis(300) => NativeDialog::Unavailable,
            None => NativeDialog::Cancelled,
        }
    }
}

/// `path`, with `extension` added when it has none.
pub(super) fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension(extension) }
}

/// The path entry: a file typed for `purpose`; asks for what the purpose does with it.
/// Returns whether the dialog stays open.
pub(super) fn path_entry_ui(
    ui: &mut egui::Ui,
    purpose: &PathPurpose,
    text: &mut String,
    actions: &mut Vec<Action>,
) -> bool {
    ui.heading(purpose.heading());
    let label = ui.label(purpose.field());
    let response = ui.add(egui::TextEdit::singleline(text).desired_width(460.0)).labelled_by(label.id);
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    let entered = enter && (response.lost_focus() || response.has_focus());
    // Typing goes to the path at once, as in a native dialog (but Enter, which gives the focus
    // up, is not undone by taking it back).
    if !enter && ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    let mut keep = true;
    ui.horizontal(|ui| {
        let ok = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(t!("button-ok"))).clicked();
        if (ok || entered) && !text.trim().is_empty() {
            keep = false;
            // `~` is the home folder, as in a shell or a native dialog's path field.
            let path = with_extension(paths::expand_home(text.trim()), purpose.extension());
            actions.push(purpose.action(path));
        }
        if ui.button(t!("button-cancel")).clicked() {
            keep = false;
        }
    });
    keep
}
