//! The one list section of the profile: a person's entries of one kind — relatives,
//! milestones, incidents, ideas, log entries, e-mails, phones — each row with its fields and
//! remove button, and the form a new one is written in before it joins the person.
//!
//! A kind says what differs ([`Entries`]: where its list is, how a row and the form are drawn,
//! what a filled-in form adds or why it refuses); [`list_ui`] does the rest the same way for
//! every kind: the rows, "nothing yet", removing, the form behind its "Add …" button (or always
//! there, as the last row), Add and Cancel, the refusal beside them, and the commit of one
//! undo step. A new section is an `Entries` of its own and one call.

use super::{Part, Pass};
use crate::model::Person;
use crate::t;
use egui::Ui;

/// How a list's form for a new entry is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Opening {
    /// Behind an "Add …" button, in a box with Add and Cancel; an empty list says so.
    Button,
    /// Always there as the list's last row, added by its button or Enter (e-mails, phones).
    Row,
}

/// Why a form's Add refused what was filled in, shown beside its buttons in the current
/// language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FormError {
    RelativeNeedsName,
    MilestoneNeedsDate,
    OnceNeedsYear,
    IdeaNeedsText,
    FollowUpNeedsText,
}

impl FormError {
    fn text(self) -> String {
        match self {
            FormError::RelativeNeedsName => t!("profile-relative-needs-name"),
            FormError::MilestoneNeedsDate => t!("profile-milestone-needs-date"),
            FormError::OnceNeedsYear => t!("profile-once-needs-year"),
            FormError::IdeaNeedsText => t!("profile-idea-needs-text"),
            FormError::FollowUpNeedsText => t!("profile-follow-up-needs-text"),
        }
    }
}

/// What a form's Add did not add.
pub(super) enum Refused {
    /// Nothing was filled in (an empty row): nothing to say.
    Empty,
    /// Why not, said beside the form's buttons.
    Because(FormError),
}

/// An entry being written, not yet part of the person, and why its Add refused it last.
pub(super) struct Pending<F> {
    pub fields: F,
    refused: Option<FormError>,
}

impl<F> Pending<F> {
    pub fn new(fields: F) -> Self {
        Self { fields, refused: None }
    }
}

/// What a row's fields did this frame.
#[derive(Default)]
pub(super) struct RowResponse {
    /// A change is complete (a field left, a choice made).
    pub changed: bool,
    /// Its remove button was clicked.
    pub remove: bool,
}

/// What a form's fields did this frame.
#[derive(Default)]
pub(super) struct FormResponse {
    /// Why the form's date field refuses what was typed: the entry waits for a valid date, and
    /// the message stands beside the buttons (where it moves none of them).
    pub date_error: Option<String>,
    /// Enter was pressed in the field that adds (a form shown as a row).
    pub submitted: bool,
}

/// One kind of entry in a list section of the profile.
pub(super) trait Entries {
    type Entry;
    /// What the form holds while a new entry is written (often the entry itself).
    type Form;

    /// The person's list of these entries.
    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<Self::Entry>;
    /// What an edit of the list changed, for its undo step.
    fn part(&self) -> Part;
    /// The button that opens the form and the one that adds what it holds: "Add relative".
    fn add_text(&self) -> String;
    /// A new form, as its button opens it (it may ask `pass` for a field to take the focus).
    fn new_form(&self, pass: &mut Pass<'_>) -> Self::Form;
    /// The fields of the entry shown `n`th (from 1), with its remove button.
    fn row_ui(&self, ui: &mut Ui, entry: &mut Self::Entry, n: usize, pass: &mut Pass<'_>) -> RowResponse;
    /// The fields of the form.
    fn form_ui(&self, ui: &mut Ui, form: &mut Self::Form, pass: &mut Pass<'_>) -> FormResponse;
    /// The entry a filled-in form adds, or why it adds none.
    fn entry(&self, form: &Self::Form) -> Result<Self::Entry, Refused>;

    /// How the form is shown.
    fn opening(&self) -> Opening {
        Opening::Button
    }
    /// Whether the form stands above the rows rather than below them.
    fn form_first(&self) -> bool {
        false
    }
    /// The order the rows are shown in, as places in the list.
    fn order(&self, list: &[Self::Entry]) -> Vec<usize> {
        (0..list.len()).collect()
    }
    /// What else changes in the person when `entry` is removed.
    fn removed(&self, _person: &mut Person, _entry: &Self::Entry) {}
}

/// Draws a list of `kind` in `person` with its form in `form`; a completed change, an entry
/// added or removed is committed through `pass` as one edit of the kind's part.
pub(super) fn list_ui<K: Entries>(
    ui: &mut Ui,
    kind: &K,
    person: &mut Person,
    form: &mut Option<Pending<K::Form>>,
    pass: &mut Pass<'_>,
) {
    if kind.form_first() {
        form_ui(ui, kind, person, form, pass);
        rows_ui(ui, kind, person, form.is_some(), pass);
    } else {
        rows_ui(ui, kind, person, form.is_some(), pass);
        form_ui(ui, kind, person, form, pass);
    }
}

fn rows_ui<K: Entries>(ui: &mut Ui, kind: &K, person: &mut Person, form_open: bool, pass: &mut Pass<'_>) {
    let list = kind.list(person);
    let mut changed = false;
    let mut remove = None;
    for (row, index) in kind.order(list).into_iter().enumerate() {
        let Some(entry) = list.get_mut(index) else { continue };
        let response = kind.row_ui(ui, entry, row + 1, pass);
        changed |= response.changed;
        if response.remove {
            remove = Some(index);
        }
    }
    if list.is_empty() && !form_open && kind.opening() == Opening::Button {
        ui.weak(t!("profile-nothing-yet"));
    }
    if let Some(index) = remove {
        let entry = list.remove(index);
        kind.removed(person, &entry);
        changed = true;
    }
    pass.commit_if(changed, kind.part());
}

fn form_ui<K: Entries>(
    ui: &mut Ui,
    kind: &K,
    person: &mut Person,
    form: &mut Option<Pending<K::Form>>,
    pass: &mut Pass<'_>,
) {
    let (add, cancel, date_refused) = match kind.opening() {
        Opening::Button => {
            let Some(pending) = form else {
                if ui.button(kind.add_text()).clicked() {
                    *form = Some(Pending::new(kind.new_form(pass)));
                }
                return;
            };
            boxed_form_ui(ui, kind, pending, pass)
        }
        Opening::Row => {
            let pending = form.get_or_insert_with(|| Pending::new(kind.new_form(pass)));
            let add = ui
                .horizontal_wrapped(|ui| {
                    let shown = kind.form_ui(ui, &mut pending.fields, pass);
                    ui.button(kind.add_text()).clicked() || shown.submitted
                })
                .inner;
            (add, false, false)
        }
    };
    if cancel {
        *form = None;
        return;
    }
    // A date the form's field refuses keeps the entry waiting; its message shows already.
    if !add || date_refused {
        return;
    }
    let Some(pending) = form.as_mut() else { return };
    match kind.entry(&pending.fields) {
        Ok(entry) => {
            kind.list(person).push(entry);
            *form = None;
            pass.commit(kind.part());
        }
        Err(Refused::Because(error)) => pending.refused = Some(error),
        Err(Refused::Empty) => {}
    }
}

/// The form in a box with its Add and Cancel buttons and its one message beside them: why its
/// date field refuses what was typed, else why Add refused. Returns (add, cancel, date refused).
fn boxed_form_ui<K: Entries>(
    ui: &mut Ui,
    kind: &K,
    pending: &mut Pending<K::Form>,
    pass: &mut Pass<'_>,
) -> (bool, bool, bool) {
    ui.group(|ui| {
        let shown = kind.form_ui(ui, &mut pending.fields, pass);
        let (add, cancel) = ui
            .horizontal_wrapped(|ui| {
                let add = ui.button(kind.add_text()).clicked();
                let cancel = ui.button(t!("button-cancel")).clicked();
                let refused = pending.refused.map(FormError::text);
                if let Some(message) = shown.date_error.clone().or(refused) {
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
                (add, cancel)
            })
            .inner;
        (add, cancel, shown.date_error.is_some())
    })
    .inner
}
