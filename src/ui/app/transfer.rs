//! Other formats in and out: File → Export (what it offers, where it writes), File → Import
//! and files dropped on the window (the import window over the shell).

use super::KindredApp;
use super::dialogs::Dialog;
use super::file_dialogs::{NativeDialog, PathPurpose, with_extension};
use crate::interop::formats::{self, Format};
use crate::model::{JourneyId, PersonId};
use crate::store::{self, paths};
use crate::t;
use crate::ui::action::ExportTarget;
use crate::ui::import::{Decision, ImportSession};
use std::path::{Path, PathBuf};

impl KindredApp {
    /// An export of `format`, about a journey map or a person (or neither), named as it is now.
    pub(super) fn export_target(
        &self,
        format: Format,
        journey: Option<JourneyId>,
        person: Option<PersonId>,
    ) -> ExportTarget {
        let workspace = self.workspace();
        let name = match (journey, person) {
            (Some(id), _) => workspace.and_then(|w| w.journey(id)).map(|j| j.name.clone()),
            (None, Some(id)) => workspace.and_then(|w| w.person(id)).map(|p| p.name.clone()),
            (None, None) => None,
        };
        ExportTarget { format, journey, person, name: name.unwrap_or_default() }
    }

    /// The exports the File menu offers now: people and milestones always; the journey map
    /// shown in Journeys (or the first); the board shown on the Board (or the first map's);
    /// the person whose profile is open.
    pub(super) fn export_targets(&self) -> Vec<ExportTarget> {
        let Some(workspace) = self.workspace() else { return Vec::new() };
        let all = |format| self.export_target(format, None, None);
        let mut targets = vec![
            all(Format::Csv),
            all(Format::Vcf),
            all(Format::Vcf4),
            all(Format::Ics),
            all(Format::OrganisationsCsv),
        ];
        let journey = self.views.journeys.selected.filter(|id| workspace.journey(*id).is_some());
        if let Some(journey) = journey.or_else(|| workspace.journeys.first().map(|j| j.id)) {
            for format in [Format::Md, Format::Html, Format::Png, Format::KindredJourney] {
                targets.push(self.export_target(format, Some(journey), None));
            }
        }
        let board = self.views.board.selected.filter(|id| workspace.journey(*id).is_some());
        if let Some(journey) = board.or_else(|| workspace.journeys.first().map(|j| j.id)) {
            for format in [Format::BoardCsv, Format::BoardHtml, Format::BoardPng] {
                targets.push(self.export_target(format, Some(journey), None));
            }
        }
        if let Some(person) = self.views.people.selected().filter(|id| workspace.person(*id).is_some()) {
            for format in [Format::Md, Format::Json] {
                targets.push(self.export_target(format, None, Some(person)));
            }
        }
        targets.push(all(Format::Json));
        targets
    }

    /// Asks where to write an export: the system's dialog, else the path entry.
    pub(super) fn pick_export(&mut self, target: ExportTarget) {
        let file_name = target.file_name();
        // Where the last export went, else the Documents folder: a place the person finds
        // again, not the hidden folder the default workspace lives in.
        let folder = self.settings.export_folder();
        let purpose = PathPurpose::Export(target.clone());
        let picked = self.native_dialog(&purpose, |dialog| {
            let dialog = dialog.set_file_name(&file_name);
            match &folder {
                Some(folder) => dialog.set_directory(folder),
                None => dialog,
            }
            .save_file()
        });
        match picked {
            NativeDialog::Picked(path) => self.export(&target, &with_extension(path, purpose.extension())),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => {
                let text = folder.map_or(file_name.clone(), |f| f.join(&file_name).display().to_string());
                self.dialog = Some(Dialog::path_entry(purpose, text));
            }
        }
    }

    /// Asks for a file to import: the system's dialog, else the path entry.
    pub(super) fn pick_import(&mut self) {
        let purpose = PathPurpose::Import;
        match self.native_dialog(&purpose, |dialog| dialog.pick_file()) {
            NativeDialog::Picked(path) => self.start_import(&path),
            NativeDialog::Cancelled => {}
            NativeDialog::Unavailable => self.dialog = Some(Dialog::path_entry(purpose, String::new())),
        }
    }

    /// Writes an export (atomically; the workspace is not touched).
    pub(super) fn export(&mut self, target: &ExportTarget, path: &Path) {
        let Some(document) = self.document() else { return };
        if let Some(refusal) = store::export_refusal(document.path.as_deref(), path) {
            self.error(t!("export-failed", error = refusal));
            return;
        }
        let workspace = &*document.workspace;
        let what = formats::ExportWhat {
            journey: target.journey.and_then(|id| workspace.journey(id)),
            person: target.person.and_then(|id| workspace.person(id)),
            conventions: crate::i18n::language().into(),
        };
        let written = formats::write(workspace, target.format, &what)
            .and_then(|bytes| crate::store::write_file(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => {
                self.settings.remember_export(path);
                self.settings_dirty = true;
                self.info(t!("export-done", path = paths::display(path)));
            }
            Err(error) => self.error(t!("export-failed", error = error)),
        }
    }

    /// Opens the import window on a file (read-only workspaces take no imports).
    pub(super) fn start_import(&mut self, path: &Path) {
        let Some(document) = self.document().filter(|d| d.read_only.is_none()) else {
            self.error(t!("import-read-only"));
            return;
        };
        let base = (&document.workspace, document.history.state());
        self.import = Some(ImportSession::start(path, base, crate::i18n::language().into()));
    }

    /// The import window, while it is open; an import it decides on is one undo step.
    pub(super) fn import_ui(&mut self, ctx: &egui::Context) {
        let Some(mut session) = self.import.take() else { return };
        let Some(document) = self.document() else { return };
        let base = (&document.workspace, document.history.state());
        let mut decision = Decision::Open;
        let modal = egui::Modal::new(egui::Id::unique("import_window")).show(ctx, |ui| {
            ui.set_width(720.0_f32.min(ctx.content_rect().width() - 60.0));
            decision = session.ui(ui, base);
        });
        if modal.should_close() && matches!(decision, Decision::Open) {
            decision = Decision::Cancel;
        }
        match decision {
            Decision::Open => self.import = Some(session),
            Decision::Cancel => {}
            Decision::Import { label, edit, summary } => {
                let result = self.document_mut().map(|d| d.apply(&label, edit));
                match result {
                    Some(Err(error)) => self.error(t!("import-failed", error = error)),
                    _ => self.info(t!("import-done", summary = summary)),
                }
            }
        }
    }

    /// Files dropped on the window are imported, one at a time, through the same window.
    pub(super) fn dropped_files_ui(&mut self, ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop_hint")));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                t!("import-drop-hint"),
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if let Some(path) = dropped.first() {
            if self.import.is_some() {
                self.error(t!("import-busy"));
            } else {
                self.start_import(path);
                if dropped.len() > 1 {
                    self.info(t!("import-several-dropped", count = dropped.len()));
                }
            }
        }
    }
}
