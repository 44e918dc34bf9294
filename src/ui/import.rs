//! The import window: a file is read off the UI thread (with its progress shown), a CSV file
//! whose columns are not recognised gets a column-mapping step, and every import shows its
//! preview (new, updated, unchanged, skipped with the reason) before anything changes. The
//! import itself is one edit, so one undo takes it all back.
//!
//! The preview is planned on the reading thread too, for the workspace as it was when the
//! reading began: matching 100 people read to everyone here took a frame of 38 to 50 ms at
//! 10,000 people. The thread holds the workspace only while it plans; while the file is read
//! its hold is weak, so that an edit meanwhile does not copy the workspace. When the workspace
//! changed meanwhile, the window plans the preview again.

use crate::i18n::Conventions;
use crate::interop::formats::{self, Format, ImportOptions};
use crate::interop::{Progress, csv};
use crate::model::{CsvField, CsvMapping, Workspace, WorkspaceSettings};
use crate::ops::Edit;
use crate::ops::import::Parsed;
use crate::ops::import::{Changes, Field, Outcome, Plan, plan};
use crate::store::paths;
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Instant;

/// What the thread reading a file sends back.
enum Read {
    Parsed {
        parsed: Parsed,
        csv: Option<CsvFile>,
        /// The preview, planned for the workspace in the state numbered (`History::state`).
        planned: Option<(Box<Plan>, u64)>,
    },
    /// A CSV file whose columns must be mapped first.
    NeedsMapping(CsvFile),
    Failed(String),
}

/// A CSV file kept for the mapping step.
#[derive(Clone)]
struct CsvFile {
    bytes: Arc<Vec<u8>>,
    header: csv::Header,
    /// The mapping the file was (or will be) read with.
    fields: Vec<CsvField>,
    /// Whether the person chose the mapping (and it is to be remembered).
    chosen: bool,
}

enum Stage {
    Reading { progress: Arc<Progress>, receiver: Receiver<Read>, started: Instant },
    Mapping { csv: CsvFile, sample: Vec<String> },
    Preview { plan: Box<Plan>, csv: Option<CsvFile> },
    Failed(String),
}

/// An import in progress, from reading the file to the person's decision.
pub struct ImportSession {
    path: PathBuf,
    /// By the extension; `None` until the file's bytes tell.
    format: Option<Format>,
    /// How ambiguous CSV dates are read: the app's language's way.
    conventions: Conventions,
    stage: Stage,
}

/// What the window asks the shell to do.
pub enum Decision {
    /// Keep the window open.
    Open,
    Cancel,
    /// Apply the import as one undo step.
    Import {
        label: String,
        edit: Edit,
        summary: String,
    },
}

/// The workspace a file is read for, and its state number (`History::state`).
pub type Base<'a> = (&'a Arc<Workspace>, u64);

/// The format of a file without a known extension, by its first bytes: vCard or else CSV.
fn sniff(bytes: &[u8]) -> Format {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_uppercase();
    if start.contains("BEGIN:VCARD") { Format::Vcf } else { Format::Csv }
}

impl ImportSession {
    /// Starts reading `path` on a thread, for the workspace `base` holds.
    pub fn start(path: &Path, base: Base, conventions: Conventions) -> Self {
        // By the extension here; a file without a known one is told by its bytes once read.
        let format = Format::from_path(path).filter(|f| f.imports());
        let mut session = Self { path: path.to_path_buf(), format, conventions, stage: Stage::Failed(String::new()) };
        session.read(base.0.settings.csv_mappings.clone(), None, base);
        session
    }

    fn read(&mut self, remembered: Vec<CsvMapping>, mapping: Option<Vec<CsvField>>, base: Base<'_>) {
        // Only a weak hold while the file is read: an edit meanwhile does not copy the
        // workspace (it moves away from the hold); the plan is then made in the window.
        let (workspace, state) = (Arc::downgrade(base.0), base.1);
        let progress = Arc::new(Progress::default());
        let (sender, receiver) = mpsc::channel();
        let (path, format, conventions, shared) =
            (self.path.clone(), self.format, self.conventions, Arc::clone(&progress));
        // What the reader notes is in the app's language.
        let spawned = crate::ui::background::spawn("kindred-import", move || {
            let result = match read_file(&path, format, conventions, &remembered, mapping, &shared) {
                Read::Parsed { parsed, csv, .. } => {
                    let planned = planned_for(&workspace, state, &parsed);
                    Read::Parsed { parsed, csv, planned }
                }
                other => other,
            };
            // The window may have been closed meanwhile; then nobody wants the result.
            let _ = sender.send(result);
        });
        self.stage = match spawned {
            Ok(_) => Stage::Reading { progress, receiver, started: Instant::now() },
            Err(error) => Stage::Failed(t!("import-thread-failed", error = error.to_string())),
        };
    }

    /// The file's name, for headings.
    fn file_name(&self) -> String {
        self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| paths::display(&self.path))
    }

    /// Draws the window's contents and says what to do, for the workspace `base` holds.
    pub fn ui(&mut self, ui: &mut egui::Ui, base: Base<'_>) -> Decision {
        let (shared, state) = base;
        let workspace: &Workspace = shared;
        self.poll(workspace, state);
        ui.heading(t!("import-title", file = self.file_name()));
        let mut decision = Decision::Open;
        let mut next: Option<Stage> = None;
        let mut reread: Option<Vec<CsvField>> = None;
        match &mut self.stage {
            Stage::Reading { progress, started, .. } => {
                ui.label(match self.format {
                    Some(format) => t!("import-reading", path = paths::display(&self.path), format = format.describe()),
                    None => t!("import-reading-any", path = paths::display(&self.path)),
                });
                let fraction = progress.fraction();
                let total = progress.total.load(std::sync::atomic::Ordering::Relaxed);
                let text = if total > 0 {
                    t!("import-progress", done = (fraction * total as f32) as usize, total = total)
                } else {
                    t!("import-seconds", seconds = started.elapsed().as_secs())
                };
                ui.add(egui::ProgressBar::new(fraction).text(text).animate(true));
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
                if ui.button(t!("button-cancel")).clicked() {
                    decision = Decision::Cancel;
                }
            }
            Stage::Failed(message) => {
                ui.colored_label(ui.visuals().error_fg_color, t!("import-nothing", error = message.as_str()));
                ui.label(t!("import-unchanged"));
                if ui.button(t!("button-close")).clicked() {
                    decision = Decision::Cancel;
                }
            }
            Stage::Mapping { csv, sample } => {
                ui.label(t!("import-mapping-help"));
                mapping_ui(ui, csv, sample);
                let usable = csv::has_identity(&csv.fields);
                // Always one line here, so that the window does not move under the pointer.
                if usable {
                    let mapped = csv.fields.iter().filter(|f| **f != CsvField::Ignore).count();
                    ui.weak(t!("import-mapping-ready", mapped = mapped, columns = csv.fields.len()));
                } else {
                    ui.colored_label(ui.visuals().warn_fg_color, t!("import-mapping-needed"));
                }
                ui.horizontal(|ui| {
                    if ui.add_enabled(usable, egui::Button::new(t!("import-continue"))).clicked() {
                        reread = Some(csv.fields.clone());
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        decision = Decision::Cancel;
                    }
                });
            }
            Stage::Preview { plan, csv } => {
                preview_ui(ui, plan);
                ui.horizontal(|ui| {
                    let text = button_text(plan);
                    let remember = csv.as_ref().is_some_and(|c| c.chosen);
                    if ui.add_enabled(plan.changes_anything() || remember, egui::Button::new(text)).clicked() {
                        decision = self::decision(&self.path, plan, csv.as_ref(), &workspace.settings);
                    }
                    if let Some(file) = csv
                        && ui.button(t!("import-columns")).on_hover_text(t!("import-columns-hint")).clicked()
                    {
                        let sample = csv::sample_row(&file.bytes, &file.header);
                        next = Some(Stage::Mapping { csv: file.clone(), sample });
                    }
                    if ui.button(t!("button-cancel")).clicked() {
                        decision = Decision::Cancel;
                    }
                });
            }
        }
        if let Some(stage) = next {
            self.stage = stage;
        }
        if let Some(fields) = reread {
            self.read(workspace.settings.csv_mappings.clone(), Some(fields), (shared, state));
        }
        decision
    }

    /// Takes the thread's result when it is there.
    fn poll(&mut self, workspace: &Workspace, state: u64) {
        let Stage::Reading { receiver, .. } = &self.stage else { return };
        let read = match receiver.try_recv() {
            Ok(read) => read,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Read::Failed(t!("import-stopped")),
        };
        self.stage = match read {
            Read::Parsed { parsed, csv, planned } => {
                let plan = match planned {
                    Some((planned, planned_for)) if planned_for == state => planned,
                    _ => Box::new(plan(workspace, parsed)),
                };
                Stage::Preview { plan, csv }
            }
            Read::NeedsMapping(csv) => {
                let sample = csv::sample_row(&csv.bytes, &csv.header);
                Stage::Mapping { csv, sample }
            }
            Read::Failed(message) => Stage::Failed(message),
        };
    }
}

/// The import's edit: the plan's, with the chosen CSV mapping remembered in the same step.
fn decision(path: &Path, plan: &Plan, csv: Option<&CsvFile>, settings: &WorkspaceSettings) -> Decision {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut edits = match &plan.edit {
        Edit::Batch(edits) => edits.clone(),
        other => vec![other.clone()],
    };
    if let Some(file) = csv.filter(|c| c.chosen) {
        let mut settings = settings.clone();
        settings.csv_mappings.retain(|m| m.headers != file.header.headers);
        settings.csv_mappings.push(CsvMapping { headers: file.header.headers.clone(), fields: file.fields.clone() });
        edits.insert(0, Edit::ChangeSettings(Box::new(settings)));
    }
    Decision::Import { label: t!("import-title", file = name), edit: Edit::Batch(edits), summary: summary(plan) }
}

/// The import button says what it does: "Add 2 people, update 1", "Update 1 person".
fn button_text(plan: &Plan) -> String {
    let counts = plan.counts();
    match (counts.new, counts.updated, plan.journeys.len()) {
        (0, 0, 0) => t!("import-nothing-to-import"),
        (0, 0, maps) => t!("import-maps", count = maps),
        (new, 0, _) => t!("import-add", count = new),
        (0, updated, _) => t!("import-update", count = updated),
        (new, updated, _) => t!("import-add-update", new = new, updated = updated),
    }
}

/// What an update changes, in words: "adds phone, birthday; keeps e-mail". `None` when there is
/// nothing to tell.
fn describe(changes: &Changes) -> Option<String> {
    let words = |fields: &[Field]| fields.iter().map(|f| field_words(*f)).collect::<Vec<_>>().join(", ");
    match (changes.adds.is_empty(), changes.keeps.is_empty()) {
        (true, true) => None,
        (false, true) => Some(t!("import-changes-adds", adds = words(&changes.adds))),
        (true, false) => Some(t!("import-changes-keeps", keeps = words(&changes.keeps))),
        (false, false) => Some(t!("import-changes-both", adds = words(&changes.adds), keeps = words(&changes.keeps))),
    }
}

/// A part of a person as the preview names it: "phone", "birthday".
fn field_words(field: Field) -> String {
    match field {
        Field::Name => t!("import-field-name"),
        Field::Organisation => t!("import-field-organisation"),
        Field::Role => t!("import-field-role"),
        Field::Email => t!("import-field-email"),
        Field::Phone => t!("import-field-phone"),
        Field::Address => t!("import-field-address"),
        Field::Website => t!("import-field-website"),
        Field::Photo => t!("import-field-photo"),
        Field::Tags => t!("import-field-tags"),
        Field::KeyAccount => t!("import-field-key-account"),
        Field::Purpose => t!("import-field-purpose"),
        Field::StatusReason => t!("import-field-status-reason"),
        Field::Family => t!("import-field-family"),
        Field::Interests => t!("import-field-interests"),
        Field::Birthday => t!("import-field-birthday"),
        Field::Milestones => t!("import-field-milestones"),
        Field::WhatMatters => t!("import-field-what-matters"),
        Field::ProudOf => t!("import-field-proud-of"),
        Field::Preferences => t!("import-field-preferences"),
        Field::Notes => t!("import-field-notes"),
        Field::Needs => t!("import-field-needs"),
        Field::Fit => t!("import-field-fit"),
        Field::Incidents => t!("import-field-incidents"),
        Field::Ideas => t!("import-field-ideas"),
        Field::Log => t!("import-field-log"),
        Field::Journeys => t!("import-field-journeys"),
    }
}

/// "3 new, 1 updated, 0 unchanged, 1 skipped" in the current language.
fn summary(plan: &Plan) -> String {
    let c = plan.counts();
    let maps = plan.journeys.len();
    if maps == 0 {
        t!("import-summary", new = c.new, updated = c.updated, unchanged = c.unchanged, skipped = c.skipped)
    } else {
        t!(
            "import-summary-maps",
            new = c.new,
            updated = c.updated,
            unchanged = c.unchanged,
            skipped = c.skipped,
            maps = maps
        )
    }
}

/// The preview of `parsed` for the workspace, if it is still there, held only while it is
/// planned (on the import thread).
fn planned_for(workspace: &std::sync::Weak<Workspace>, state: u64, parsed: &Parsed) -> Option<(Box<Plan>, u64)> {
    workspace.upgrade().map(|workspace| (Box::new(plan(&workspace, parsed.clone())), state))
}

/// Reads and parses a file (on the import thread).
fn read_file(
    path: &Path,
    format: Option<Format>,
    conventions: Conventions,
    remembered: &[CsvMapping],
    mapping: Option<Vec<CsvField>>,
    progress: &Progress,
) -> Read {
    let bytes = match crate::store::read_file(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let reason = crate::store::io_reason(&error);
            return Read::Failed(t!("error-open-unreadable", path = paths::display(path), error = reason));
        }
    };
    let format = format.unwrap_or_else(|| sniff(&bytes));
    let mut csv_file = None;
    let mut bytes = Some(bytes);
    if format == Format::Csv
        && let Some(bytes) = bytes.take()
    {
        let header = match csv::header(&bytes) {
            Ok(header) => header,
            Err(message) => return Read::Failed(message),
        };
        let chosen = mapping.is_some();
        let fields = mapping.unwrap_or_else(|| header.mapping(remembered).to_vec());
        let file = CsvFile { bytes: Arc::new(bytes), header, fields, chosen };
        if !csv::has_identity(&file.fields) {
            return Read::NeedsMapping(file);
        }
        csv_file = Some(file);
    }
    let bytes: &[u8] = match (&csv_file, &bytes) {
        (Some(file), _) => &file.bytes,
        (None, Some(bytes)) => bytes,
        (None, None) => &[],
    };
    let options = ImportOptions {
        csv_mapping: csv_file.as_ref().map(|f| f.fields.as_slice()),
        remembered,
        conventions,
        progress: Some(progress),
    };
    match formats::read(bytes, format, &options) {
        Ok(parsed) => Read::Parsed { parsed, csv: csv_file, planned: None },
        Err(message) => Read::Failed(message),
    }
}

fn mapping_ui(ui: &mut egui::Ui, csv: &mut CsvFile, sample: &[String]) {
    egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        egui::Grid::new("csv_mapping").num_columns(3).striped(true).show(ui, |ui| {
            ui.strong(t!("import-column"));
            ui.strong(t!("import-first-row"));
            ui.strong(t!("import-holds"));
            ui.end_row();
            for (i, header) in csv.header.headers.iter().enumerate() {
                let shown =
                    if header.trim().is_empty() { t!("import-column-unnamed", count = i + 1) } else { header.clone() };
                ui.label(&shown);
                ui.weak(sample.get(i).map(String::as_str).unwrap_or_default());
                if let Some(field) = csv.fields.get_mut(i) {
                    let before = *field;
                    egui::ComboBox::from_id_salt(("csv_field", i))
                        .height(420.0)
                        .selected_text(csv::field_label(*field))
                        .show_ui(ui, |ui| {
                            for choice in csv::FIELDS {
                                ui.selectable_value(field, choice, csv::field_label(choice));
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::ComboBox,
                                true,
                                t!("import-column-holds", name = shown.as_str()),
                            )
                        });
                    if *field != before {
                        csv.chosen = true;
                    }
                }
                ui.end_row();
            }
        });
    });
}

fn preview_ui(ui: &mut egui::Ui, plan: &Plan) {
    let counts = plan.counts();
    ui.label(t!("import-read-as", format = plan.format.as_str()));
    ui.strong(summary(plan));
    for note in &plan.notes {
        ui.weak(t!("import-note", note = note.as_str()));
    }
    for name in &plan.journeys {
        ui.label(t!("import-adds-map", name = name.as_str()));
    }
    if counts.skipped > 0 {
        ui.colored_label(ui.visuals().warn_fg_color, t!("import-some-skipped", count = counts.skipped));
    }
    ui.separator();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::vertical().max_height(320.0).auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        plan.rows.len(),
        |ui, range| {
            for row in &plan.rows[range] {
                ui.horizontal(|ui| {
                    let (text, colour) = match &row.outcome {
                        Outcome::New => (t!("import-outcome-new"), ui.visuals().hyperlink_color),
                        Outcome::Updated(_) => (t!("import-outcome-updated"), ui.visuals().text_color()),
                        Outcome::Unchanged(_) => (t!("import-outcome-unchanged"), ui.visuals().weak_text_color()),
                        Outcome::Skipped(reason) => {
                            (t!("import-outcome-skipped", reason = reason.as_str()), ui.visuals().error_fg_color)
                        }
                    };
                    ui.weak(&row.source);
                    if !row.name.is_empty() {
                        ui.label(&row.name);
                    }
                    ui.colored_label(colour, text);
                    // What an update changes, then notes; cut to the window, whole on hover.
                    let mut rest: Vec<String> = describe(&row.changes).into_iter().collect();
                    rest.extend(row.notes.iter().cloned());
                    if !rest.is_empty() {
                        let rest = rest.join("; ");
                        ui.add(egui::Label::new(egui::RichText::new(&rest).weak()).truncate()).on_hover_text(rest);
                    }
                });
            }
        },
    );
    ui.separator();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_is_told_in_words_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let changes = Changes { adds: vec![Field::Phone, Field::Birthday], keeps: vec![Field::Email] };
        assert_eq!(describe(&changes).as_deref(), Some("adds phone, birthday; keeps e-mail"));
        assert_eq!(describe(&Changes::default()), None);
        set_language(Lang::Da);
        assert_eq!(describe(&changes).as_deref(), Some("tilføjer telefon, fødselsdag; beholder e-mail"));
        let adds = Changes { adds: vec![Field::Phone], keeps: Vec::new() };
        assert_eq!(describe(&adds).as_deref(), Some("tilføjer telefon"));
        set_language(Lang::Nb);
        assert_eq!(describe(&changes).as_deref(), Some("legger til telefon, bursdag; beholder e-post"));
        set_language(Lang::En);
    }

    /// The preview's counts, once the file is read and planned.
    fn counts(session: &mut ImportSession, workspace: &Workspace, state: u64) -> crate::ops::import::Counts {
        for _ in 0..2_000 {
            session.poll(workspace, state);
            match &session.stage {
                Stage::Preview { plan, .. } => return plan.counts(),
                Stage::Reading { .. } => std::thread::sleep(std::time::Duration::from_millis(5)),
                _ => panic!("neither read nor being read"),
            }
        }
        panic!("never read");
    }

    #[test]
    fn the_preview_is_planned_while_reading_and_again_when_the_workspace_changed_meanwhile() {
        use crate::model::{Labelled, Person};
        let dir = tempfile::tempdir().expect("a folder");
        let file = dir.path().join("contacts.vcf");
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mette Kjærgaard\r\nEMAIL:mette@example.org\r\n\
                    TEL:+45 12 34 56 78\r\nEND:VCARD\r\n";
        std::fs::write(&file, card).expect("written");
        let mut mette = Person::named("Mette Kjærgaard");
        mette.contact.emails = vec![Labelled { label: String::new(), value: "mette@example.org".into() }];
        let mut here = Workspace::named("Shop");
        here.people.push(mette);
        let here = Arc::new(here);
        let elsewhere = Workspace::named("Shop");
        let updated = crate::ops::import::Counts { updated: 1, ..Default::default() };
        let new = crate::ops::import::Counts { new: 1, ..Default::default() };
        // Planned on the reading thread for the workspace of state 7, where Mette gains a phone:
        // the window, still in state 7, takes that plan and does not plan again (which, against
        // another workspace, would find her new).
        let mut session = ImportSession::start(&file, (&here, 7), crate::i18n::Lang::En.into());
        assert_eq!(counts(&mut session, &elsewhere, 7), updated);
        // The workspace changed meanwhile (state 8, Mette is no longer here): planned again.
        let mut session = ImportSession::start(&file, (&here, 7), crate::i18n::Lang::En.into());
        assert_eq!(counts(&mut session, &elsewhere, 8), new);
        assert_eq!(Arc::strong_count(&here), 1, "the reading threads let the workspace go");
        // Gone before the file was planned (an edit moved it away): nothing planned there.
        let parsed = Parsed::default();
        assert!(planned_for(&Arc::downgrade(&here), 7, &parsed).is_some_and(|(_, state)| state == 7));
        let gone = Arc::downgrade(&Arc::new(Workspace::named("Gone")));
        assert!(planned_for(&gone, 7, &parsed).is_none(), "planned in the window instead");
    }

    #[test]
    fn a_file_without_a_known_extension_is_told_by_its_bytes() {
        assert_eq!(sniff(b"\xEF\xBB\xBFbegin:vcard\r\nVERSION:3.0"), Format::Vcf);
        assert_eq!(sniff(b"Name;Firma\r\nMette;Kringle"), Format::Csv);
        assert_eq!(sniff(b""), Format::Csv);
    }
}
