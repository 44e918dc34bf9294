//! The Accounts view: the organisations behind the people (a café, an office, a hotel), as a
//! searchable, filterable list (virtualised, like People) sortable by value, time and how well we
//! know their people, and the account page of the one selected ([`page`]): its details and fit,
//! its own days, its people and their part in it, their incidents and ideas, and where they
//! stand on each board. Two organisations that are one are merged here; one is added by name.
//!
//! Everything derived is computed once per workspace state ([`list::AccountsIndex`], the page's
//! [`page::People`]); a frame draws what is on screen.

mod list;
mod page;

use crate::i18n::grouped;
use crate::model::{Organisation, OrganisationId, Status, Workspace};
use crate::ops::{Edit, accounts, knowledge, names};
use crate::t;
use crate::ui::Intent;
use chrono::NaiveDate;
use egui::{Id, ScrollArea, TextEdit};
use list::{AccountsIndex, Query, ROW_HEIGHT, SortBy};
use page::{AccountPage, PageRequest, People};

#[derive(Default)]
pub struct AccountsView {
    /// Present mode's privacy mask is on (the shell sets it each frame): the page is read-only.
    pub masked: bool,
    query: Query,
    index: AccountsIndex,
    selected: Option<OrganisationId>,
    page: AccountPage,
    /// The selected account's people, and the state, day and account they were gathered for.
    people: Option<((u64, NaiveDate, OrganisationId), People)>,
    /// The workspace's last changes (the shell sets them each frame): after an edit of a few
    /// people or organisations only their accounts are counted again.
    pub changes: crate::ops::Changes,
    /// The name typed for a new organisation.
    new_name: String,
    /// The organisation asked to be deleted, until confirmed or cancelled.
    confirm_delete: Option<OrganisationId>,
    /// The organisation being merged, and what is typed to find the other.
    merging: Option<(OrganisationId, String)>,
    /// A row to bring into view on the next frame (its place in the shown order).
    scroll_to: Option<usize>,
    /// An account selected from elsewhere, whose row is brought into view when next drawn.
    pending_scroll: Option<OrganisationId>,
}

impl AccountsView {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        editable: bool,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        let editable = editable && !self.masked;
        self.index.refresh(workspace, revision, today, &self.query, &self.changes);
        // Older rows, shown while the new ones are counted, may not have a new account yet.
        if self.index.counting().is_none() && self.selected.is_some_and(|id| self.index.row(id).is_none()) {
            self.selected = None;
        }
        let most = (ui.available_width() * 0.5).max(320.0);
        egui::Panel::left("accounts_list").resizable(true).default_size(620.0).max_size(most).show(ui, |ui| {
            self.list_ui(ui, workspace, editable, &mut intents);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            if self.masked {
                ui.colored_label(ui.visuals().warn_fg_color, t!("accounts-masked"));
            }
            // Where its row says, else (older rows, while new ones are counted) looked for.
            let organisation = self.selected.and_then(|id| {
                let at = self.index.row(id).and_then(|r| workspace.organisations.get(r.index));
                at.filter(|o| o.id == id).or_else(|| workspace.organisation(id))
            });
            let Some(organisation) = organisation else {
                let hint = if workspace.organisations.is_empty() { t!("accounts-none") } else { t!("accounts-select") };
                ui.centered_and_justified(|ui| ui.label(hint));
                return;
            };
            let key = (revision, today, organisation.id);
            if self.people.as_ref().is_none_or(|(k, _)| *k != key) {
                self.people = Some((key, People::of(workspace, organisation.id, today)));
            }
            let Some((_, people)) = &self.people else { return };
            match self.page.ui(ui, workspace, organisation, people, editable, &mut intents) {
                Some(PageRequest::Delete(id)) => self.confirm_delete = Some(id),
                Some(PageRequest::Merge(id)) => self.merging = Some((id, String::new())),
                None => {}
            }
        });
        self.delete_ui(ui, workspace, &mut intents);
        self.merge_ui(ui, workspace, &mut intents);
        intents
    }

    /// Shows this organisation's account page and its row.
    pub fn select(&mut self, id: OrganisationId) {
        self.selected = Some(id);
        self.query = Query::default();
        self.scroll_to = None;
        self.pending_scroll = Some(id);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, editable: bool, intents: &mut Vec<Intent>) {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let label = ui.label(t!("accounts-search"));
            ui.add(
                TextEdit::singleline(&mut self.query.text)
                    .hint_text(t!("accounts-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
        self.filters_ui(ui);
        ui.horizontal_wrapped(|ui| {
            ui.label(t!(
                "accounts-shown",
                shown = grouped(self.index.shown_len()),
                count = grouped(workspace.organisations.len())
            ));
            ui.add_enabled_ui(editable, |ui| {
                let name = t!("accounts-new-name");
                let field = ui.add(TextEdit::singleline(&mut self.new_name).hint_text(&name).desired_width(180.0));
                ui.ctx().accesskit_node_builder(field.id, |node| node.set_label(name.clone()));
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let typed = self.new_name.trim().to_owned();
                if (ui.add_enabled(!typed.is_empty(), egui::Button::new(t!("accounts-add"))).clicked() || entered)
                    && !typed.is_empty()
                {
                    match accounts::named(workspace, &typed) {
                        // No second organisation of one name: the one there is shown.
                        Some(existing) => self.select(existing.id),
                        None => {
                            let organisation = Organisation::named(typed.clone());
                            self.select(organisation.id);
                            intents.push(Intent::Edit {
                                label: t!("accounts-added", name = typed.as_str()),
                                edit: Edit::InsertOrganisation {
                                    index: usize::MAX,
                                    organisation: Box::new(organisation),
                                },
                            });
                        }
                    }
                    self.new_name.clear();
                }
            });
        });
        super::count_marker_ui(ui, self.index.counting(), workspace.people.len());
        ui.separator();
        self.index.order(&self.query);
        if let Some(id) = self.pending_scroll.take() {
            self.scroll_to = self.index.position_of(id);
        }
        self.rows_ui(ui, workspace);
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        let query = &mut self.query;
        ui.horizontal_wrapped(|ui| {
            combo(ui, &t!("accounts-status"), &query.status.map_or(t!("people-any-status"), names::status), |ui| {
                ui.selectable_value(&mut query.status, None, t!("people-any-status"));
                for status in Status::ALL {
                    ui.selectable_value(&mut query.status, Some(status), names::status(status));
                }
            });
            let shown = query.tag.clone().unwrap_or_else(|| t!("people-any-tag"));
            combo(ui, &t!("accounts-tag"), &shown, |ui| {
                ui.selectable_value(&mut query.tag, None, t!("people-any-tag"));
                for tag in self.index.tags() {
                    ui.selectable_value(&mut query.tag, Some(tag.clone()), tag);
                }
            });
            ui.checkbox(&mut query.key_accounts, t!("people-key-accounts"));
            ui.checkbox(&mut query.low_knowledge, t!("people-low-knowledge"))
                .on_hover_text(t!("accounts-low-knowledge-hint", percent = knowledge::LOW));
        });
        ui.horizontal(|ui| {
            combo(ui, &t!("accounts-sort-by"), &query.sort.label(), |ui| {
                for sort in SortBy::ALL {
                    ui.selectable_value(&mut query.sort, sort, sort.label());
                }
            });
            ui.checkbox(&mut query.descending, t!("people-descending"));
        });
    }

    fn rows_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace) {
        let mut area = ScrollArea::vertical().auto_shrink(false).id_salt("accounts_rows");
        if let Some(position) = self.scroll_to.take() {
            area = area.vertical_scroll_offset((position as f32 * ROW_HEIGHT - 2.0 * ROW_HEIGHT).max(0.0));
        }
        let mut clicked = None;
        ui.spacing_mut().item_spacing.y = 0.0;
        area.show_rows(ui, ROW_HEIGHT, self.index.shown_len(), |ui, range| {
            for position in range {
                let Some(row) = self.index.shown_at(position) else { continue };
                if list::row_ui(ui, row, self.selected == Some(row.id), &workspace.currency).clicked() {
                    clicked = Some(row.id);
                }
            }
        });
        if let Some(id) = clicked {
            self.selected = Some(id);
        }
    }

    fn delete_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Some(id) = self.confirm_delete else { return };
        let Some(organisation) = workspace.organisation(id) else {
            self.confirm_delete = None;
            return;
        };
        let people = accounts::people_of(workspace, id).len();
        let modal = egui::Modal::new(Id::unique("confirm_delete_account")).show(ui.ctx(), |ui| {
            ui.heading(t!("accounts-delete-title"));
            ui.label(t!("accounts-delete-body", name = organisation.name.as_str(), people = people));
            ui.horizontal(|ui| {
                if ui.button(t!("accounts-delete-confirm")).clicked() {
                    intents.push(Intent::Edit {
                        label: t!("accounts-deleted", name = organisation.name.as_str()),
                        edit: Edit::RemoveOrganisation(id),
                    });
                    self.selected = None;
                    self.confirm_delete = None;
                }
                if ui.button(t!("button-cancel")).clicked() {
                    self.confirm_delete = None;
                }
            });
        });
        if modal.should_close() {
            self.confirm_delete = None;
        }
    }

    /// Merging the selected organisation with another, picked by name: the other's people, tags,
    /// days and figures join the one kept, and the other goes (`ops::accounts::merge`).
    fn merge_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Some((keep, typed)) = &mut self.merging else { return };
        let keep = *keep;
        let Some(kept) = workspace.organisation(keep) else {
            self.merging = None;
            return;
        };
        let mut chosen = None;
        let mut cancel = false;
        let modal = egui::Modal::new(Id::unique("merge_accounts")).show(ui.ctx(), |ui| {
            ui.set_width(520.0);
            ui.heading(t!("accounts-merge-title", name = kept.name.as_str()));
            ui.label(t!("accounts-merge-body", name = kept.name.as_str()));
            ui.horizontal(|ui| {
                let label = ui.label(t!("accounts-merge-find"));
                ui.add(TextEdit::singleline(typed).desired_width(260.0)).labelled_by(label.id);
            });
            let offered: Vec<&Organisation> = if typed.trim().is_empty() {
                workspace.organisations.iter().filter(|o| o.id != keep).take(8).collect()
            } else {
                accounts::suggestions(workspace, typed, 9).into_iter().filter(|o| o.id != keep).take(8).collect()
            };
            for other in offered {
                let people = accounts::people_of(workspace, other.id).len();
                let text = t!("accounts-merge-into", name = other.name.as_str(), people = people);
                if ui.button(text).clicked() {
                    chosen = Some(other.id);
                }
            }
            if ui.button(t!("button-cancel")).clicked() {
                cancel = true;
            }
        });
        if let Some(other) = chosen {
            let name = workspace.organisation(other).map(|o| o.name.clone()).unwrap_or_default();
            if let Some(edit) = accounts::merge(workspace, keep, other) {
                intents.push(Intent::Edit {
                    label: t!("accounts-merged", name = name.as_str(), into = kept.name.as_str()),
                    edit,
                });
            }
            self.merging = None;
        } else if cancel || modal.should_close() {
            self.merging = None;
        }
    }
}

/// A caption, then a combo box named by it.
fn combo(ui: &mut egui::Ui, caption: &str, selected: &str, menu: impl FnOnce(&mut egui::Ui)) {
    let label = ui.label(caption);
    egui::ComboBox::from_id_salt(("accounts", caption))
        .selected_text(selected)
        .show_ui(ui, menu)
        .response
        .labelled_by(label.id);
}
