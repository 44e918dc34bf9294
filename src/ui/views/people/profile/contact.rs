//! The profile's contact section (name, organisation and the part in its account, role,
//! status, key account, purpose, tags, e-mails, phones, address, website) and its photo.

use super::entries::{Entries, FormResponse, Opening, Refused, RowResponse, list_ui};
use super::fields::{Chips, chips_ui, choice, field_width, line, line_row, lines_row, name_widget, remove_button};
use super::header::avatar_ui;
use super::{Forms, Part, Pass};
use crate::model::{AccountRole, Labelled, Person, Status};
use crate::ops::names;
use crate::t;
use crate::ui::widgets::photo;
use egui::{Response, TextEdit, Ui};
use std::hash::Hash;

pub(super) fn contact_ui(ui: &mut Ui, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    egui::Grid::new("profile_contact").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        let name = line_row(ui, &t!("profile-name"), &mut draft.name, "");
        if pass.focus_name {
            name.request_focus();
            name.scroll_to_me(None);
            pass.focus_name = false;
        }
        pass.commit_if(name.lost_focus(), Part::Name);
        let caption = ui.label(t!("profile-organisation"));
        ui.vertical(|ui| organisation_ui(ui, caption.id, draft, forms, pass));
        ui.end_row();
        if draft.organisation.is_some() {
            let caption = ui.label(t!("profile-account-role"));
            let changed = account_role_ui(ui, caption.id, &mut draft.account_role);
            pass.commit_if(changed, Part::AccountRole);
            ui.end_row();
        }
        let left = line_row(ui, &t!("profile-role"), &mut draft.role, "").lost_focus();
        pass.commit_if(left, Part::Role);

        ui.label(t!("profile-status"));
        let changed =
            choice(ui, "profile_status", &t!("profile-person-status"), &mut draft.status, &Status::ALL, |s| {
                names::status(*s)
            });
        pass.commit_if(changed, Part::Status);
        ui.end_row();
        if matches!(draft.status, Status::FormerCustomer | Status::DeclinedByUs) || !draft.status_reason.is_empty() {
            let left =
                line_row(ui, &t!("profile-status-reason"), &mut draft.status_reason, &t!("profile-status-reason-hint"));
            pass.commit_if(left.lost_focus(), Part::Status);
        }

        ui.label("");
        let changed = ui.checkbox(&mut draft.key_account, t!("profile-key-account")).changed();
        pass.commit_if(changed, Part::KeyAccount);
        ui.end_row();

        let left = line_row(ui, &t!("profile-purpose"), &mut draft.purpose, &t!("profile-purpose-hint"));
        pass.commit_if(left.lost_focus(), Part::Purpose);

        ui.label(t!("profile-tags"));
        let (changed, _) = ui.vertical(|ui| chips_ui(ui, &mut draft.tags, &mut forms.tag, Chips::Tags)).inner;
        pass.commit_if(changed, Part::Tags);
        ui.end_row();

        ui.label(t!("profile-emails"));
        ui.vertical(|ui| list_ui(ui, &Reach::Email, draft, &mut forms.email, pass));
        ui.end_row();

        ui.label(t!("profile-phones"));
        ui.vertical(|ui| list_ui(ui, &Reach::Phone, draft, &mut forms.phone, pass));
        ui.end_row();

        let left = lines_row(ui, &t!("profile-address"), &mut draft.contact.address).lost_focus();
        pass.commit_if(left, Part::Address);
        let left = line_row(ui, &t!("profile-website"), &mut draft.contact.website, "https://").lost_focus();
        pass.commit_if(left, Part::Website);
    });
}

/// How many organisations of a like name the field offers.
const OFFERED: usize = 6;

/// The organisation, typed by name: the organisations whose name holds what is typed are
/// offered below the field. Leaving the field (or Enter) links the person to the organisation of
/// the name typed, the same however it is written (case, accents, "ApS"), or to a new one;
/// picking one offered links to it; an empty field leaves the organisation.
fn organisation_ui(ui: &mut Ui, caption: egui::Id, draft: &mut Person, forms: &mut Forms, pass: &mut Pass<'_>) {
    let workspace = pass.workspace;
    let current = workspace.organisation_of(draft).map_or("", |o| o.name.as_str());
    let mut text = forms.organisation.clone().unwrap_or_else(|| current.to_owned());
    let field = ui
        .add(TextEdit::singleline(&mut text).hint_text(t!("profile-organisation-hint")).desired_width(field_width(ui)))
        .labelled_by(caption);
    if field.changed() || forms.organisation.is_some() {
        forms.organisation = Some(text.clone());
    }
    let mut picked = None;
    let typing = forms.organisation.as_deref().is_some_and(|t| t.trim() != current);
    if typing {
        let offered = crate::ops::accounts::suggestions(workspace, &text, OFFERED);
        let exact = crate::ops::accounts::named(workspace, &text).is_some();
        ui.horizontal_wrapped(|ui| {
            for organisation in offered {
                let button = ui.small_button(&organisation.name);
                name_widget(ui, &button, &t!("profile-organisation-pick", name = organisation.name.as_str()));
                if button.clicked() {
                    picked = Some(organisation.name.clone());
                }
            }
            if !exact && !text.trim().is_empty() {
                ui.weak(t!("profile-organisation-new", name = text.trim()));
            }
        });
    }
    let pointer_down = ui.input(|i| i.pointer.any_down());
    if field.lost_focus() && typing {
        forms.organisation_left = true;
    }
    let chosen = match picked {
        Some(name) => Some(name),
        None if forms.organisation_left && !pointer_down => forms.organisation.clone(),
        None => None,
    };
    if let Some(name) = chosen {
        forms.organisation_left = false;
        forms.organisation = None;
        let before = draft.organisation;
        pass.before.extend(crate::ops::accounts::join(workspace, draft, &name));
        pass.commit_if(draft.organisation != before || !pass.before.is_empty(), Part::Organisation);
    }
}

/// The person's part in the account: owner, buyer, user, bookkeeper, or in their own words.
fn account_role_ui(ui: &mut Ui, caption: egui::Id, role: &mut AccountRole) -> bool {
    let other = matches!(role, AccountRole::Other(_));
    let mut changed = false;
    let shown = |r: &AccountRole| match r {
        AccountRole::Unknown => t!("profile-account-role-unknown"),
        AccountRole::Other(_) => t!("profile-account-role-other"),
        r => names::account_role(r),
    };
    ui.horizontal(|ui| {
        let response =
            egui::ComboBox::from_id_salt("profile_account_role").selected_text(shown(role)).show_ui(ui, |ui| {
                for option in AccountRole::COMMON {
                    let selected = *role == option;
                    if ui.selectable_label(selected, shown(&option)).clicked() && !selected {
                        *role = option;
                        changed = true;
                    }
                }
                if ui.selectable_label(other, t!("profile-account-role-other")).clicked() && !other {
                    *role = AccountRole::Other(String::new());
                    changed = true;
                }
            });
        response.response.labelled_by(caption);
        if let AccountRole::Other(words) = role {
            changed |= line(ui, words, &t!("profile-account-role-words"), 140.0).lost_focus();
        }
    });
    changed
}

/// E-mails or phones: a list of labelled values, with its words.
#[derive(Clone, Copy)]
enum Reach {
    Email,
    Phone,
}

impl Reach {
    /// Tells apart the ids of the two lists' fields.
    fn salt(self) -> &'static str {
        match self {
            Reach::Email => "email",
            Reach::Phone => "phone",
        }
    }

    /// The field a new one is typed in.
    fn new_name(self) -> String {
        match self {
            Reach::Email => t!("profile-new-email"),
            Reach::Phone => t!("profile-new-phone"),
        }
    }

    /// The field of a new one's label ("work").
    fn new_label_name(self) -> String {
        match self {
            Reach::Email => t!("profile-new-email-label"),
            Reach::Phone => t!("profile-new-phone-label"),
        }
    }

    /// The names of the `n`th one's label and value fields.
    fn row_names(self, n: usize) -> (String, String) {
        match self {
            Reach::Email => (t!("profile-email-label-n", n = n), t!("profile-email-n", n = n)),
            Reach::Phone => (t!("profile-phone-label-n", n = n), t!("profile-phone-n", n = n)),
        }
    }

    /// A link that writes to the address or calls the number (`mailto:`, `tel:`).
    fn link_ui(self, ui: &mut Ui, value: &str) {
        let value = value.trim();
        if value.is_empty() || value == crate::ops::mask::MASK {
            return;
        }
        let (glyph, url, name) = match self {
            Reach::Email => ("✉", crate::ui::views::mailto_url(value), t!("today-write-to", address = value)),
            Reach::Phone => ("☎", crate::ui::views::tel_url(value), t!("today-call", number = value)),
        };
        let link = ui.hyperlink_to(glyph, url);
        name_widget(ui, &link, &name);
    }

    fn remove(self, value: &str) -> String {
        match self {
            Reach::Email => t!("profile-remove-email", value = value),
            Reach::Phone => t!("profile-remove-phone", value = value),
        }
    }
}

impl Entries for Reach {
    type Entry = Labelled;
    type Form = Labelled;

    fn list<'p>(&self, person: &'p mut Person) -> &'p mut Vec<Labelled> {
        match self {
            Reach::Email => &mut person.contact.emails,
            Reach::Phone => &mut person.contact.phones,
        }
    }

    fn part(&self) -> Part {
        match self {
            Reach::Email => Part::Emails,
            Reach::Phone => Part::Phones,
        }
    }

    fn add_text(&self) -> String {
        match self {
            Reach::Email => t!("profile-add-email"),
            Reach::Phone => t!("profile-add-phone"),
        }
    }

    fn opening(&self) -> Opening {
        Opening::Row
    }

    fn new_form(&self, _: &mut Pass<'_>) -> Labelled {
        Labelled::default()
    }

    /// Label and value, and a remove button.
    fn row_ui(&self, ui: &mut Ui, item: &mut Labelled, n: usize, _: &mut Pass<'_>) -> RowResponse {
        ui.horizontal_wrapped(|ui| {
            let (label_name, value_name) = self.row_names(n);
            let mut changed = label_field(ui, (self.salt(), n - 1), &mut item.label, &label_name).lost_focus();
            changed |= line(ui, &mut item.value, &value_name, value_width(ui)).lost_focus();
            self.link_ui(ui, &item.value);
            let remove = remove_button(ui, &self.remove(&item.value));
            RowResponse { changed, remove }
        })
        .inner
    }

    fn form_ui(&self, ui: &mut Ui, new: &mut Labelled, _: &mut Pass<'_>) -> FormResponse {
        let label =
            ui.add(TextEdit::singleline(&mut new.label).hint_text(t!("profile-label-hint")).desired_width(LABEL_WIDTH));
        name_widget(ui, &label, &self.new_label_name());
        let value = line(ui, &mut new.value, &self.new_name(), value_width(ui));
        let submitted = value.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        FormResponse { submitted, ..FormResponse::default() }
    }

    fn entry(&self, new: &Labelled) -> Result<Labelled, Refused> {
        if new.value.trim().is_empty() {
            return Err(Refused::Empty);
        }
        Ok(Labelled { label: new.label.trim().to_owned(), value: new.value.trim().to_owned() })
    }
}

/// The width of an e-mail's or phone's label field.
const LABEL_WIDTH: f32 = 90.0;

/// The width of an e-mail or phone beside its label and its button: up to 220 points, less in a
/// narrow window, so that the row keeps within the profile.
fn value_width(ui: &Ui) -> f32 {
    let spacing = ui.spacing().item_spacing.x;
    (ui.available_width() - LABEL_WIDTH - 3.0 * spacing - ui.spacing().interact_size.y).clamp(120.0, 220.0)
}

/// The label of an e-mail or phone ("work"), shown in the interface language when address
/// books write it (see [`super::super::labels`]): the field shows the translation, and only what the
/// person types in it is stored; a label left as shown stays as it was read.
fn label_field(ui: &mut Ui, salt: impl Hash + std::fmt::Debug, label: &mut String, name: &str) -> Response {
    let id = ui.make_persistent_id(("contact_label", salt));
    let shown = super::super::labels::shown(label);
    // While the field is being typed in, what is typed; otherwise the label as shown.
    let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_else(|| shown.clone());
    let response = ui.add(TextEdit::singleline(&mut text).id(id).hint_text(name).desired_width(LABEL_WIDTH));
    name_widget(ui, &response, name);
    if response.changed() {
        label.clone_from(&text);
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    response
}

pub(super) fn photo_ui(
    ui: &mut Ui,
    draft: &mut Person,
    forms: &mut Forms,
    texture: Option<&Result<egui::TextureHandle, String>>,
    pass: &mut Pass<'_>,
) {
    ui.horizontal(|ui| {
        avatar_ui(ui, draft, texture, 96.0);
        ui.vertical(|ui| {
            match texture {
                None => {
                    ui.weak(t!("profile-no-photo"));
                }
                Some(Err(message)) => {
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
                Some(Ok(_)) => {}
            }
            ui.horizontal(|ui| {
                let choose =
                    if draft.photo.is_some() { t!("profile-change-photo") } else { t!("profile-choose-photo") };
                if ui.button(choose).clicked()
                    && let Some(path) = rfd::FileDialog::new()
                        .add_filter(t!("profile-photo-filter"), &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"])
                        .pick_file()
                {
                    set_photo(draft, forms, &path, pass);
                }
                if draft.photo.is_some() && ui.button(t!("profile-remove-photo")).clicked() {
                    draft.photo = None;
                    forms.photo_error = None;
                    pass.commit(Part::Photo);
                }
            });
            // Where no native dialog exists (no desktop portal), a path typed by hand.
            ui.horizontal(|ui| {
                let label = ui.label(t!("profile-photo-file"));
                let field = ui
                    .add(
                        TextEdit::singleline(&mut forms.photo_path)
                            .hint_text(t!("profile-photo-file-hint"))
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(t!("profile-use-photo")).clicked() || entered) && !forms.photo_path.trim().is_empty() {
                    let path = std::path::PathBuf::from(forms.photo_path.trim());
                    set_photo(draft, forms, &path, pass);
                }
            });
            if let Some(message) = &forms.photo_error {
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
        });
    });
}

fn set_photo(draft: &mut Person, forms: &mut Forms, path: &std::path::Path, pass: &mut Pass<'_>) {
    match photo::from_file(path) {
        Ok(photo) => {
            draft.photo = Some(photo);
            forms.photo_error = None;
            forms.photo_path.clear();
            pass.commit(Part::Photo);
        }
        Err(message) => forms.photo_error = Some(message),
    }
}
