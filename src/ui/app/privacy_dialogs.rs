//! The privacy dialogs over the shell: erasing a person for good and the passphrase. Their
//! contents are `ui::privacy`; here they are opened, their choice is carried out on the open
//! workspace, and they hear how the save that follows went.

use super::KindredApp;
use crate::model::PersonId;
use crate::ui::document::Document;
use crate::ui::privacy;
use std::time::Duration;

impl KindredApp {
    /// Asks whether to erase a person for good (not in present mode, not read-only).
    pub(super) fn ask_erase(&mut self, id: PersonId) {
        if self.present.is_some() {
            return;
        }
        let Some(document) = self.document().filter(|d| d.read_only.is_none()) else { return };
        self.erasure = privacy::Erasure::ask(&document.workspace, document.path.as_deref(), id);
    }

    /// The erase and passphrase dialogs, over everything else.
    pub(super) fn privacy_ui(&mut self, ctx: &egui::Context) {
        self.erasure_ui(ctx);
        self.passphrase_ui(ctx);
        if self.erasure.as_ref().is_some_and(privacy::Erasure::is_working)
            || self.passphrase.as_ref().is_some_and(privacy::PassphraseForm::is_working)
        {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
    }

    fn erasure_ui(&mut self, ctx: &egui::Context) {
        let Some(mut erasure) = self.erasure.take() else { return };
        let shown = egui::Modal::new(egui::Id::unique("kindred_erase")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            erasure.ui(ui)
        });
        let working = erasure.is_working();
        match shown.inner {
            privacy::Choice::Stay if shown.should_close() && !working => {}
            privacy::Choice::Stay => self.erasure = Some(erasure),
            privacy::Choice::Close => {}
            privacy::Choice::Erase { id, from_backups } => {
                let Some(document) = self.document_mut() else { return };
                match document.erase_person(id, from_backups) {
                    Ok(_) => {
                        erasure.started(document.path.is_some());
                        self.erasure = Some(erasure);
                    }
                    Err(error) => self.error(error),
                }
            }
        }
    }

    fn passphrase_ui(&mut self, ctx: &egui::Context) {
        let Some(mut form) = self.passphrase.take() else { return };
        let encrypted = self.document().is_some_and(|d| d.passphrase().is_some());
        let shown = egui::Modal::new(egui::Id::unique("kindred_passphrase")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            form.ui(ui, encrypted)
        });
        let working = form.is_working();
        match shown.inner {
            privacy::PassphraseChoice::Stay if shown.should_close() && !working => {}
            privacy::PassphraseChoice::Stay => self.passphrase = Some(form),
            privacy::PassphraseChoice::Close => {}
            privacy::PassphraseChoice::Set(passphrase) => {
                let Some(document) = self.document_mut() else { return };
                let has_file = document.path.is_some();
                match document.set_passphrase(passphrase) {
                    Ok(()) if has_file => {
                        form.started();
                        self.passphrase = Some(form);
                    }
                    Ok(()) => form.saved(Ok(()), None),
                    Err(error) => self.error(error),
                }
            }
        }
    }

    /// A save ended: an erase or a new passphrase waiting for it hears how it went, with what
    /// rewriting the backups did.
    pub(super) fn privacy_saved(&mut self, result: &Result<(), String>) {
        let companions = self.document_mut().and_then(Document::take_companions);
        if let Some(erasure) = self.erasure.as_mut().filter(|e| e.is_working()) {
            erasure.saved(result.clone(), companions);
        } else if let Some(form) = self.passphrase.as_mut().filter(|f| f.is_working()) {
            form.saved(result.clone(), companions);
        }
    }
}
