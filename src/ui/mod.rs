//! The egui user interface: the app shell, one module per view, settings.
//!
//! Views draw from an immutable workspace and return [`Intent`]s; the shell applies them after
//! the frame through `ops`, which records undo.

mod action;
mod app;
mod background;
mod document;
mod frame_log;
mod import;
mod palette;
mod present;
mod privacy;
mod settings;
mod sync;
mod views;
pub mod widgets;

pub use action::{Action, ExportTarget, Then, View};
pub use app::KindredApp;
pub use document::{Document, Faults, SaveOutcome};
pub use settings::{Settings, ThemeChoice};

use crate::model::Workspace;
use crate::model::codec;
use crate::ops::Edit;
use crate::store::paths;
use std::path::PathBuf;
use std::process::ExitCode;

/// What a view asks the shell to do after the frame.
#[derive(Debug)]
pub enum Intent {
    Edit {
        label: String,
        edit: Edit,
    },
    /// Show this person's profile in the People view.
    OpenPerson(crate::model::PersonId),
    /// Show this organisation's account page in the Accounts view.
    OpenOrganisation(crate::model::OrganisationId),
    /// Ask whether to erase this person for good, and do it (the shell: it saves at once and
    /// may rewrite the backups).
    ErasePerson(crate::model::PersonId),
    /// Ask where to write this journey map as a template file, and write it.
    ExportJourney(crate::model::JourneyId),
    /// Ask where to write the board of this journey map in this format, and write it.
    ExportBoard(crate::model::JourneyId, crate::interop::formats::Format),
    /// Ask for a template file and add its map to the workspace.
    ImportJourney,
    /// Ask for a file of contacts (or any file the import reads) and open the import window,
    /// as File → Import… does.
    ImportContacts,
    /// Add what the workshop room knows about one fact of a person (to the real person, also
    /// while the views draw a masked copy).
    LearnFact {
        person: crate::model::PersonId,
        fact: crate::ops::knowledge::Fact,
        answer: crate::ops::knowledge::Answer,
    },
}

/// The sample workspace shipped in `assets/`: a small business to explore.
pub fn sample_workspace() -> Result<Workspace, codec::DecodeError> {
    codec::decode(include_bytes!("../../assets/sample.kindred")).map(|decoded| decoded.workspace)
}

/// The app icon for the window (taskbar, window switcher), from the PNG rendered from
/// `assets/icon/kindred.svg`.
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/png/256.png")).ok()
}

/// Opens the main window on `file`, or on the default workspace.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let file = file.or_else(paths::default_workspace);
    let settings_path = paths::settings_file();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Kindred")
        // The desktop matches the window to `dist/linux/<APP_ID>.desktop` (its icon, its name).
        .with_app_id(crate::APP_ID)
        .with_inner_size([1280.0, 760.0])
        .with_min_inner_size([720.0, 480.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // eframe keeps the window's size and place; beside our settings, not in the data.
        persistence_path: settings_path.as_ref().map(|p| p.with_file_name("window.ron")),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Kindred",
        options,
        Box::new(move |_cc| Ok(Box::new(KindredApp::loading(file, settings_path)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kindred: the window could not be opened: {error}");
            ExitCode::from(1)
        }
    }
}
