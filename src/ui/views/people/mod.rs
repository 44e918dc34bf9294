//! The People view: a searchable, filterable list (virtualised: 10,000 people stay smooth) and
//! the profile of the selected person; several people selected at once can be tagged, given a
//! status, copied or deleted in one undo step; likely duplicates can be found and merged.

mod labels;
mod list;
mod profile;

use crate::i18n::grouped;
use crate::model::{Person, PersonId, Status, Workspace};
use crate::ops::{Edit, knowledge, merge, names};
use crate::t;
use crate::ui::Intent;
use egui::{Id, Key, KeyboardShortcut, Modifiers, ScrollArea, TextEdit};
use list::{PeopleIndex, PhotoCache, Query, ROW_HEIGHT, RowLook, SortBy};
use profile::{ProfileRequest, ProfileView};
use std::collections::BTreeSet;

const CTRL_F: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// The list's rows of a workspace, made before the view is first shown: on the reading thread
/// as a workspace is opened, so that the frame that first shows 10,000 people only orders them.
pub struct PreparedRows(PeopleIndex);

impl PreparedRows {
    /// The rows of `workspace` at `revision` on `today`, in the order a view shown afresh
    /// shows them.
    pub fn of(workspace: &Workspace, revision: u64, today: chrono::NaiveDate) -> Self {
        PreparedRows(PeopleIndex::built(workspace, revision, today, &Query::default()))
    }
}

#[derive(Default)]
pub struct PeopleView {
    /// Present mode's privacy mask is on (the shell sets it each frame): the profile is read-only.
    pub masked: bool,
    /// The workspace's last changes (the shell sets them each frame): the list makes again
    /// only the rows of people an edit changed.
    pub changes: crate::ops::Changes,
    query: Query,
    index: PeopleIndex,
    photos: PhotoCache,
    /// The person whose profile is shown.
    selected: Option<PersonId>,
    /// A new person not yet in the workspace, while their profile is shown (see `profile`).
    new: Option<Person>,
    /// The frame the view was last drawn in: a gap means another view was shown meanwhile.
    drawn_in: u64,
    /// The row the keyboard is on.
    cursor: Option<PersonId>,
    /// The rows selected for a bulk action (the cursor's row alone after a plain click).
    marked: BTreeSet<PersonId>,
    /// Where a Shift+click range starts.
    anchor: Option<PersonId>,
    profile: ProfileView,
    confirm_delete: Option<PersonId>,
    bulk: Bulk,
    /// The likely duplicates, while their list is open, and the revision they were found on.
    duplicates: Option<(u64, Vec<merge::Duplicate>)>,
    /// The two people being merged, while the merge dialog is open.
    merging: Option<(PersonId, PersonId)>,
    /// A row to bring into view on the next frame (its place in the shown order).
    scroll_to: Option<usize>,
    /// The list's scroll offset and visible height in the last frame.
    scroll: (f32, f32),
}

/// The state of the bulk-action bar.
#[derive(Default)]
struct Bulk {
    adding_tag: bool,
    tag_to_add: String,
    removing_tag: bool,
    tag_to_remove: Option<String>,
    confirm_delete: bool,
    message: Option<String>,
}

impl PeopleView {
    /// Takes the rows made before the view was first shown ([`PreparedRows::of`]), unless it
    /// has made its own.
    pub fn take_rows(&mut self, rows: PreparedRows) {
        if !self.index.is_built() {
            self.index = rows.0;
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, revision: u64, editable: bool) -> Vec<Intent> {
        let mut intents = Vec::new();
        let today = chrono::Local::now().date_naive();
        if self.index.refresh(workspace, (revision, &self.changes), today, &self.query) {
            self.forget_missing();
        }
        let frame = ui.ctx().cumulative_frame_nr();
        if frame > self.drawn_in + 1 {
            // Back from another view: a new person left there with nothing entered is gone.
            self.let_new_person_go();
        }
        self.drawn_in = frame;
        // The list never takes more than 42 % of the window beside the views' bar (a laptop at
        // 1024 points, a projector at 2×), so that the profile beside it keeps room for its
        // fields.
        let most = (ui.available_width() * 0.42).max(300.0);
        egui::Panel::left("people_list").resizable(true).default_size(560.0).max_size(most).show(ui, |ui| {
            self.list_ui(ui, workspace, revision, editable, &mut intents);
        });
        // A new person stays a draft until something is entered; once in the workspace they are
        // shown from there.
        if self.new.as_ref().is_some_and(|p| self.selected != Some(p.id) || self.index.contains(p.id)) {
            self.new = None;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let (selected, new) = match &self.new {
                Some(person) => (Some(person), true),
                None => {
                    (self.selected.and_then(|id| self.index.row(id)).and_then(|r| workspace.people.get(r.index)), false)
                }
            };
            let request = self.profile.ui(ui, workspace, selected, new, editable, self.masked, &mut intents);
            match request {
                Some(ProfileRequest::Delete(id)) => self.confirm_delete = Some(id),
                Some(ProfileRequest::Erase(id)) => intents.push(Intent::ErasePerson(id)),
                Some(ProfileRequest::AddPerson) => self.new_person(),
                Some(ProfileRequest::ImportContacts) => intents.push(Intent::ImportContacts),
                None => {}
            }
        });
        self.confirm_delete_ui(ui, workspace, &mut intents);
        self.bulk_delete_ui(ui, workspace, &mut intents);
        if self.merging.is_some() {
            self.merge_ui(ui, workspace, &mut intents);
        } else if self.duplicates.is_some() {
            self.duplicates_ui(ui, workspace, revision);
        }
        intents
    }

    /// Drops selections of people no longer in the workspace (deleted, merged, undone).
    fn forget_missing(&mut self) {
        let index = &self.index;
        self.marked.retain(|id| index.contains(*id));
        // The open profile stays chosen: undoing an addition and redoing it shows it again.
        for id in [&mut self.cursor, &mut self.anchor] {
            if id.is_some_and(|id| !index.contains(id)) {
                *id = None;
            }
        }
    }

    fn dialog_open(&self) -> bool {
        self.confirm_delete.is_some() || self.bulk.confirm_delete || self.duplicates.is_some() || self.merging.is_some()
    }

    fn list_ui(
        &mut self,
        ui: &mut egui::Ui,
        workspace: &Workspace,
        revision: u64,
        editable: bool,
        intents: &mut Vec<Intent>,
    ) {
        let search_id = Id::unique("people_search");
        self.keyboard(ui, search_id);
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let label = ui.label(t!("people-search"));
            ui.add(
                TextEdit::singleline(&mut self.query.text)
                    .id(search_id)
                    .hint_text(t!("people-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
        self.filters_ui(ui);
        ui.horizontal(|ui| {
            ui.label(t!(
                "people-shown",
                shown = grouped(self.index.shown_len()),
                count = grouped(workspace.people.len())
            ));
            if ui.add_enabled(editable, egui::Button::new(t!("people-add-person"))).clicked() {
                self.new_person();
            }
            if ui.add_enabled(workspace.people.len() > 1, egui::Button::new(t!("people-find-duplicates"))).clicked() {
                self.duplicates = Some((revision, merge::likely_duplicates(workspace)));
            }
        });
        if self.marked.len() >= 2 {
            self.bulk_ui(ui, workspace, editable, intents);
        }
        ui.separator();
        // Refresh again: the search text or a filter may have changed above.
        self.index.refresh(workspace, (revision, &self.changes), chrono::Local::now().date_naive(), &self.query);
        self.rows_ui(ui, workspace, revision);
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        let query = &mut self.query;
        ui.horizontal_wrapped(|ui| {
            labelled_combo(
                ui,
                &t!("people-status"),
                &query.status.map_or(t!("people-any-status"), names::status),
                |ui| {
                    ui.selectable_value(&mut query.status, None, t!("people-any-status"));
                    for status in Status::ALL {
                        ui.selectable_value(&mut query.status, Some(status), names::status(status));
                    }
                },
            );
            let shown = query.tag.clone().unwrap_or_else(|| t!("people-any-tag").to_owned());
            labelled_combo(ui, &t!("people-tag"), &shown, |ui| {
                ui.selectable_value(&mut query.tag, None, t!("people-any-tag"));
                for tag in self.index.tags() {
                    ui.selectable_value(&mut query.tag, Some(tag.clone()), tag);
                }
            });
            ui.checkbox(&mut query.key_accounts, t!("people-key-accounts"));
            ui.checkbox(&mut query.low_knowledge, t!("people-low-knowledge"))
                .on_hover_text(t!("people-low-knowledge-hint", percent = knowledge::LOW));
            ui.checkbox(
                &mut query.no_recent_contact,
                t!("people-no-recent-contact", count = crate::ops::knowledge::CONTACT_DAYS),
            );
        });
        // Wrapped, as the filters are: a row wider than a narrow list would widen the list's
        // rows past its edge, cutting off their badges and scores.
        ui.horizontal_wrapped(|ui| {
            labelled_combo(ui, &t!("people-sort-by"), &query.sort.label(), |ui| {
                for sort in SortBy::ALL {
                    ui.selectable_value(&mut query.sort, sort, sort.label());
                }
            });
            ui.checkbox(&mut query.descending, t!("people-descending"));
            ui.checkbox(&mut query.group, t!("people-group-by-organisation"));
        });
    }

    /// Ctrl+F, and the arrows and Enter while no text field but the search has focus; Esc
    /// while nothing has focus lets a new person with nothing entered go.
    fn keyboard(&mut self, ui: &mut egui::Ui, search_id: Id) {
        if self.dialog_open() {
            return;
        }
        let focus = ui.memory(|m| m.focused());
        let list_has_keys = focus.is_none() || focus == Some(search_id);
        let new_shown = self.new.is_some() && focus.is_none() && !egui::Popup::is_any_open(ui.ctx());
        let (find, up, down, enter, escape) = ui.input_mut(|i| {
            let escape = new_shown && i.consume_key(Modifiers::NONE, Key::Escape);
            let mut key = |k| list_has_keys && i.consume_key(Modifiers::NONE, k);
            let (up, down, enter) = (key(Key::ArrowUp), key(Key::ArrowDown), key(Key::Enter));
            (i.consume_shortcut(&CTRL_F), up, down, enter, escape)
        });
        if escape {
            self.let_new_person_go();
        }
        if find {
            ui.memory_mut(|m| m.request_focus(search_id));
        }
        if up || down {
            let len = self.index.shown_len();
            if len > 0 {
                let here = self.cursor.and_then(|id| self.index.position_of(id));
                let next = match (here, down) {
                    (None, _) => 0,
                    (Some(p), true) => (p + 1).min(len - 1),
                    (Some(p), false) => p.saturating_sub(1),
                };
                if let Some(row) = self.index.shown_at(next) {
                    self.cursor = Some(row.id);
                    self.anchor = Some(row.id);
                    self.marked = BTreeSet::from([row.id]);
                    self.scroll_to = Some(next);
                }
            }
        }
        if enter && let Some(id) = self.cursor {
            self.selected = Some(id);
        }
    }

    /// Opens `id`'s profile and shows its row, as when it is clicked.
    /// The person whose profile is shown.
    pub fn selected(&self) -> Option<PersonId> {
        self.selected
    }

    pub fn select(&mut self, id: PersonId) {
        self.select_only(id);
        self.scroll_to = self.index.position_of(id);
    }

    /// A new person's profile, its name field focused: the shell's New person (Ctrl+Shift+N)
    /// and the Add person buttons. The person enters the workspace when something is entered
    /// (see `profile`).
    pub fn new_person(&mut self) {
        let person = Person::default();
        self.select_only(person.id);
        self.new = Some(person);
        self.profile.focus_name();
    }

    /// Closes the profile of a new person with nothing entered (what was entered is in the
    /// workspace already: it went there as it was committed).
    fn let_new_person_go(&mut self) {
        if let Some(person) = self.new.take()
            && self.selected == Some(person.id)
        {
            self.selected = None;
        }
    }

    fn select_only(&mut self, id: PersonId) {
        self.selected = Some(id);
        self.cursor = Some(id);
        self.anchor = Some(id);
        self.marked = BTreeSet::from([id]);
    }

    fn rows_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, revision: u64) {
        let total = self.index.lines_len();
        let mut area = ScrollArea::vertical().auto_shrink(false);
        if let Some(position) = self.scroll_to.take() {
            let (offset, height) = self.scroll;
            let top = self.index.line_of(position) as f32 * ROW_HEIGHT;
            if top < offset {
                area = area.vertical_scroll_offset(top);
            } else if top + ROW_HEIGHT > offset + height {
                area = area.vertical_scroll_offset(top + ROW_HEIGHT - height);
            }
        }
        let mut clicked = None;
        ui.spacing_mut().item_spacing.y = 0.0;
        let output = area.show_rows(ui, ROW_HEIGHT, total, |ui, range| {
            for line in range {
                let position = match self.index.line_at(line) {
                    Some(list::Line::Person(position)) => position,
                    Some(list::Line::Group(first, count)) => {
                        list::group_ui(ui, self.index.heading(first), count);
                        continue;
                    }
                    None => continue,
                };
                let Some(row) = self.index.shown_at(position) else { continue };
                let Some(person) = workspace.people.get(row.index) else { continue };
                let photo = self.photos.get(ui.ctx(), person, revision);
                let status = names::status(person.status);
                let look = RowLook {
                    name: &person.name,
                    organisation: &row.organisation,
                    status: &status,
                    key_account: row.key_account,
                    marked: self.marked.contains(&row.id),
                    cursor: self.cursor == Some(row.id),
                    photo,
                };
                let response = list::row_ui(ui, row, &look);
                if response.clicked() {
                    clicked = Some((row.id, position, ui.input(|i| i.modifiers)));
                    ui.memory_mut(|m| m.surrender_focus(response.id));
                }
            }
        });
        self.scroll = (output.state.clamped_offset().y, output.inner_rect.height());
        if let Some((id, position, modifiers)) = clicked {
            self.click(id, position, modifiers);
        }
    }

    /// A click selects one row; Ctrl+click toggles a row; Shift+click selects a range.
    fn click(&mut self, id: PersonId, position: usize, modifiers: Modifiers) {
        if modifiers.shift {
            let from = self.anchor.and_then(|a| self.index.position_of(a)).unwrap_or(position);
            let (low, high) = (from.min(position), from.max(position));
            self.marked = (low..=high).filter_map(|p| self.index.shown_at(p)).map(|r| r.id).collect();
            self.cursor = Some(id);
            self.selected = Some(id);
        } else if modifiers.command {
            if !self.marked.remove(&id) {
                self.marked.insert(id);
            }
            self.cursor = Some(id);
            self.anchor = Some(id);
            self.selected = Some(id);
        } else {
            self.select_only(id);
        }
    }

    /// The marked people, in the workspace's order.
    fn marked_people<'w>(&self, workspace: &'w Workspace) -> Vec<&'w Person> {
        let mut rows: Vec<usize> = self.marked.iter().filter_map(|id| self.index.row(*id)).map(|r| r.index).collect();
        rows.sort_unstable();
        rows.into_iter().filter_map(|i| workspace.people.get(i)).collect()
    }

    fn bulk_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, editable: bool, intents: &mut Vec<Intent>) {
        let people = self.marked_people(workspace);
        let count = people.len();
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            ui.strong(t!("people-selected", count = count));
            ui.add_enabled_ui(editable, |ui| {
                if ui.selectable_label(self.bulk.adding_tag, t!("people-add-tag")).clicked() {
                    self.bulk.adding_tag = !self.bulk.adding_tag;
                    self.bulk.removing_tag = false;
                }
                if ui.selectable_label(self.bulk.removing_tag, t!("people-remove-tag")).clicked() {
                    self.bulk.removing_tag = !self.bulk.removing_tag;
                    self.bulk.adding_tag = false;
                }
                let mut status = None;
                egui::ComboBox::from_label(t!("people-set-status")).selected_text("…").show_ui(ui, |ui| {
                    for choice in Status::ALL {
                        if ui.selectable_label(false, names::status(choice)).clicked() {
                            status = Some(choice);
                        }
                    }
                });
                if let Some(status) = status {
                    let changed = people.iter().filter(|p| p.status != status).map(|p| {
                        let mut p = (*p).clone();
                        p.status = status;
                        p
                    });
                    push_batch(intents, t!("people-set-status-of", count = count), changed);
                }
                if count == 2 && ui.button(t!("people-merge")).clicked() {
                    self.merging = Some((people[0].id, people[1].id));
                }
                if ui.button(t!("people-delete-many")).clicked() {
                    self.bulk.confirm_delete = true;
                }
            });
            if ui.button(t!("people-copy")).clicked() {
                ui.ctx().copy_text(names_and_emails(&people));
                self.bulk.message = Some(t!("people-copied", count = count));
            }
            if ui.button(t!("people-clear-selection")).clicked() {
                self.marked.clear();
                self.bulk = Bulk::default();
            }
        });
        if self.bulk.adding_tag {
            ui.horizontal(|ui| {
                let label = ui.label(t!("people-tag-to-add"));
                let edit =
                    ui.add(TextEdit::singleline(&mut self.bulk.tag_to_add).desired_width(160.0)).labelled_by(label.id);
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                let tag = self.bulk.tag_to_add.trim().to_owned();
                if (ui.add_enabled(!tag.is_empty(), egui::Button::new(t!("people-add-tag-now"))).clicked() || entered)
                    && !tag.is_empty()
                {
                    let changed = people.iter().filter(|p| !has_tag(p, &tag)).map(|p| {
                        let mut p = (*p).clone();
                        p.tags.push(tag.clone());
                        p
                    });
                    push_batch(intents, t!("people-tagged", count = count, tag = tag.as_str()), changed);
                    self.bulk.tag_to_add.clear();
                    self.bulk.adding_tag = false;
                }
            });
        }
        if self.bulk.removing_tag {
            let mut present: Vec<&String> = people.iter().flat_map(|p| &p.tags).collect();
            present.sort_unstable_by_key(|t| t.to_lowercase());
            present.dedup_by_key(|t| t.to_lowercase());
            ui.horizontal(|ui| {
                let chosen = self.bulk.tag_to_remove.clone().unwrap_or_default();
                egui::ComboBox::from_label(t!("people-tag-to-remove")).selected_text(&chosen).show_ui(ui, |ui| {
                    for tag in &present {
                        ui.selectable_value(&mut self.bulk.tag_to_remove, Some((*tag).clone()), tag.as_str());
                    }
                });
                if ui.add_enabled(!chosen.is_empty(), egui::Button::new(t!("people-remove-tag-now"))).clicked() {
                    let lower = chosen.to_lowercase();
                    let changed = people.iter().filter(|p| has_tag(p, &chosen)).map(|p| {
                        let mut p = (*p).clone();
                        p.tags.retain(|t| t.to_lowercase() != lower);
                        p
                    });
                    push_batch(intents, t!("people-untagged", count = count, tag = chosen.as_str()), changed);
                    self.bulk.tag_to_remove = None;
                    self.bulk.removing_tag = false;
                }
            });
        }
        if let Some(message) = &self.bulk.message {
            ui.label(message);
        }
    }

    fn bulk_delete_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        if !self.bulk.confirm_delete {
            return;
        }
        let people = self.marked_people(workspace);
        let modal = egui::Modal::new(Id::unique("confirm_delete_people")).show(ui.ctx(), |ui| {
            ui.heading(t!("people-delete-many-title", count = people.len()));
            ui.label(t!("people-delete-many-body"));
            ui.horizontal(|ui| {
                if ui.button(t!("people-delete")).clicked() {
                    intents.push(Intent::Edit {
                        label: t!("people-delete-many-label", count = people.len()),
                        edit: Edit::Batch(people.iter().map(|p| Edit::RemovePerson(p.id)).collect()),
                    });
                    self.marked.clear();
                    self.selected = None;
                    self.bulk.confirm_delete = false;
                }
                if ui.button(t!("button-cancel")).clicked() {
                    self.bulk.confirm_delete = false;
                }
            });
        });
        if modal.should_close() {
            self.bulk.confirm_delete = false;
        }
    }

    fn confirm_delete_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Some(id) = self.confirm_delete else { return };
        let Some(person) = self.index.row(id).and_then(|r| workspace.people.get(r.index)) else {
            self.confirm_delete = None;
            return;
        };
        let modal = egui::Modal::new(Id::unique("confirm_delete_person")).show(ui.ctx(), |ui| {
            ui.heading(t!("people-delete-title"));
            ui.label(t!("people-delete-body", name = person.name.as_str()));
            ui.horizontal(|ui| {
                if ui.button(t!("people-delete")).clicked() {
                    intents.push(Intent::Edit {
                        label: t!("people-delete-label", name = person.name.as_str()),
                        edit: Edit::RemovePerson(id),
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

    fn duplicates_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, revision: u64) {
        let Some((found_on, pairs)) = &mut self.duplicates else { return };
        if *found_on != revision {
            *pairs = merge::likely_duplicates(workspace);
            *found_on = revision;
        }
        let person = |id: PersonId| self.index.row(id).and_then(|r| workspace.people.get(r.index));
        let mut close = false;
        let mut chosen = None;
        let modal = egui::Modal::new(Id::unique("people_duplicates")).show(ui.ctx(), |ui| {
            ui.set_width(560.0);
            ui.heading(t!("people-duplicates-title"));
            if pairs.is_empty() {
                ui.label(t!("people-no-duplicates"));
            } else {
                ui.label(t!("people-duplicates-count", count = pairs.len()));
            }
            let row_height = ui.spacing().interact_size.y;
            ScrollArea::vertical().max_height(400.0).show_rows(ui, row_height, pairs.len(), |ui, range| {
                for (a, b, reason) in &pairs[range] {
                    let (Some(first), Some(second)) = (person(*a), person(*b)) else { continue };
                    ui.horizontal(|ui| {
                        if ui.button(t!("people-merge")).clicked() {
                            chosen = Some((*a, *b));
                        }
                        ui.add(
                            egui::Label::new(t!(
                                "error-duplicate-pair",
                                first = first.name.as_str(),
                                first_org = workspace.organisation_name(first),
                                second = second.name.as_str(),
                                second_org = workspace.organisation_name(second),
                                reason = reason.describe()
                            ))
                            .truncate(),
                        );
                    });
                }
            });
            if ui.button(t!("button-close")).clicked() {
                close = true;
            }
        });
        if chosen.is_some() {
            self.merging = chosen;
        } else if close || modal.should_close() {
            self.duplicates = None;
        }
    }

    fn merge_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace, intents: &mut Vec<Intent>) {
        let Some((a, b)) = self.merging else { return };
        let person = |id: PersonId| self.index.row(id).and_then(|r| workspace.people.get(r.index));
        let (Some(left), Some(right)) = (person(a), person(b)) else {
            self.merging = None;
            return;
        };
        let mut keep = None;
        let mut cancel = false;
        let modal = egui::Modal::new(Id::unique("people_merge")).show(ui.ctx(), |ui| {
            ui.set_width(640.0);
            ui.heading(t!("people-merge-title"));
            ui.label(t!("people-merge-body"));
            ui.columns(2, |columns| {
                summary_ui(&mut columns[0], workspace, left);
                summary_ui(&mut columns[1], workspace, right);
            });
            ui.horizontal(|ui| {
                if ui.button(t!("people-keep-left")).clicked() {
                    keep = Some((left, right));
                }
                if ui.button(t!("people-keep-right")).clicked() {
                    keep = Some((right, left));
                }
                if ui.button(t!("button-cancel")).clicked() {
                    cancel = true;
                }
            });
        });
        if let Some((kept, other)) = keep {
            intents.push(Intent::Edit {
                label: t!("people-merge-label", name = other.name.as_str(), into = kept.name.as_str()),
                edit: merge::people_edit(workspace, kept, other),
            });
            self.select_only(kept.id);
            self.merging = None;
        } else if cancel || modal.should_close() {
            self.merging = None;
        }
    }
}

fn summary_ui(ui: &mut egui::Ui, workspace: &Workspace, person: &Person) {
    let none = "—";
    let or_none = |text: &str| if text.trim().is_empty() { none.to_owned() } else { text.to_owned() };
    let emails: Vec<&str> = person.contact.emails.iter().map(|e| e.value.as_str()).collect();
    let phones: Vec<&str> = person.contact.phones.iter().map(|e| e.value.as_str()).collect();
    ui.strong(or_none(&person.name));
    for line in [
        t!("people-summary-organisation", value = or_none(workspace.organisation_name(person))),
        t!("people-summary-role", value = or_none(&person.role)),
        if person.key_account {
            t!("people-summary-status-key", value = names::status(person.status))
        } else {
            t!("people-summary-status", value = names::status(person.status))
        },
        t!("people-summary-email", value = or_none(&emails.join(", "))),
        t!("people-summary-phone", value = or_none(&phones.join(", "))),
        t!("people-summary-tags", value = or_none(&person.tags.join(", "))),
        t!(
            "people-summary-life",
            family = person.life.family.len(),
            interests = person.life.interests.len(),
            milestones = person.milestones.len()
        ),
        t!(
            "people-summary-log",
            interactions = person.interactions.len(),
            incidents = person.incidents.len(),
            ideas = person.ideas.len()
        ),
    ] {
        ui.add(egui::Label::new(line).truncate());
    }
}

/// A caption, then a combo box named by it (egui's `from_label` puts the caption after).
fn labelled_combo(ui: &mut egui::Ui, caption: &str, selected: &str, menu: impl FnOnce(&mut egui::Ui)) {
    let label = ui.label(caption);
    egui::ComboBox::from_id_salt(caption).selected_text(selected).show_ui(ui, menu).response.labelled_by(label.id);
}

fn has_tag(person: &Person, tag: &str) -> bool {
    let tag = tag.to_lowercase();
    person.tags.iter().any(|t| t.to_lowercase() == tag)
}

/// One edit of several changed people: one undo step. Nothing when nobody changed.
fn push_batch(intents: &mut Vec<Intent>, label: String, changed: impl Iterator<Item = Person>) {
    let edits: Vec<Edit> = changed.map(|p| Edit::ReplacePerson(Box::new(p))).collect();
    if !edits.is_empty() {
        intents.push(Intent::Edit { label, edit: Edit::Batch(edits) });
    }
}

/// Name and e-mails of each person, one tab-separated line each, for pasting into a spreadsheet.
fn names_and_emails(people: &[&Person]) -> String {
    let mut out = String::new();
    for person in people {
        out.push_str(&person.name.replace(['\t', '\n', '\r'], " "));
        for email in &person.contact.emails {
            out.push('\t');
            out.push_str(email.value.trim());
        }
        out.push('\n');
    }
    out
}
