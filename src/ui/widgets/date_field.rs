//! A date field: typed entry with a calendar popup, refusing days that do not exist.
//!
//! What it accepts, in every language:
//! - `YYYY-MM-DD` (ISO 8601; month and day may have one digit: `2026-4-5`),
//! - `D.M.YYYY` (day first, as written in Danish and Norwegian: `24.12.1980`),
//! - the month by its name, in the language or in English, with or without the year: `24 Dec`,
//!   `24. december`, `Dec 24`, `24 December 1980`, `24. dec. 1980`,
//! - without a year, where the field allows it: `--MM-DD` (the ISO/vCard form), `D.M.` or `D.M`
//!   (`24.12.`), and a two-part `DD-MM` or `MM-DD` when only one reading exists (`24-12`,
//!   `12-24`; `05-06` is refused as ambiguous rather than guessed).
//!
//! The field shows a date in the language's way ([`format`]): ISO text in English (`1980-12-24`),
//! day first in Danish and Norwegian (`24.12.1980`); a date without a year as the language writes
//! a day and month (`24 Dec`, `24. dec.`). Its hints, refusals and calendar are in the language
//! too. The bound value changes only when the typed text is a real date and the person leaves the
//! field (Tab, Enter, a click elsewhere) or picks a day in the calendar: nothing half-typed
//! reaches the value. Invalid text turns the field red and one message says why, where it moves
//! nothing: in a box laid over the screen just under the field, or, for a form with a message
//! line of its own, there ([`DateField::message_shown_by_caller`]). The value keeps its last
//! valid date.

use crate::i18n::{Lang, month_name};
use crate::model::PartialDate;
use crate::t;
use chrono::{Datelike, NaiveDate};
use egui::{Id, IdSalt, Response, RichText, TextEdit, Ui};

/// A year the calendar shows for a date without one: a leap year, so 29 February can be picked.
const LEAP_YEAR: i32 = 2000;

/// Whether the current language writes dates day first (`24.12.1980`) rather than as ISO text.
fn day_first() -> bool {
    crate::i18n::language() != Lang::En
}

/// The forms a field asks for, as its hint and in its refusals.
fn hint(allow_no_year: bool) -> String {
    if allow_no_year { t!("profile-date-hint-no-year") } else { t!("profile-date-hint") }
}

/// Column heads of the calendar; weeks start on Monday.
fn weekday_heads() -> [String; 7] {
    [
        t!("profile-weekday-1"),
        t!("profile-weekday-2"),
        t!("profile-weekday-3"),
        t!("profile-weekday-4"),
        t!("profile-weekday-5"),
        t!("profile-weekday-6"),
        t!("profile-weekday-7"),
    ]
}

/// Parses what a person typed into a date field.
///
/// `Ok(None)` for blank text; `Err` with a sentence saying why otherwise ("30 February does not
/// exist"). A date without a year is refused unless `allow_no_year`.
pub fn parse(text: &str, allow_no_year: bool) -> Result<Option<PartialDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let not_a_date = || t!("profile-date-not-a-date", text = text, forms = hint(allow_no_year));
    let (year, month, day) = if text.chars().any(char::is_alphabetic) {
        with_month_name(text).ok_or_else(not_a_date)?
    } else if let Some(rest) = text.strip_prefix("--") {
        let (m, d) = rest.split_once('-').ok_or_else(not_a_date)?;
        (None, number(m, 1, 2).ok_or_else(not_a_date)?, number(d, 1, 2).ok_or_else(not_a_date)?)
    } else if text.contains('.') {
        let parts: Vec<&str> = text.strip_suffix('.').unwrap_or(text).split('.').collect();
        match parts[..] {
            [d, m] => (None, number(m, 1, 2).ok_or_else(not_a_date)?, number(d, 1, 2).ok_or_else(not_a_date)?),
            [d, m, y] => (
                Some(year(y).ok_or_else(not_a_date)?),
                number(m, 1, 2).ok_or_else(not_a_date)?,
                number(d, 1, 2).ok_or_else(not_a_date)?,
            ),
            _ => return Err(not_a_date()),
        }
    } else {
        let parts: Vec<&str> = text.split('-').collect();
        match parts[..] {
            [y, m, d] => (
                Some(year(y).ok_or_else(not_a_date)?),
                number(m, 1, 2).ok_or_else(not_a_date)?,
                number(d, 1, 2).ok_or_else(not_a_date)?,
            ),
            [a, b] => {
                let (a, b) = (number(a, 1, 2).ok_or_else(not_a_date)?, number(b, 1, 2).ok_or_else(not_a_date)?);
                let (month, day) = match (a, b) {
                    _ if a == b => (a, b),
                    (a, b) if a > 12 && b <= 12 => (b, a),
                    (a, b) if b > 12 && a <= 12 => (a, b),
                    (a, b) if a <= 12 && b <= 12 => {
                        let (first, second) = (crate::i18n::day_month(b, a), crate::i18n::day_month(a, b));
                        return Err(t!("profile-date-ambiguous", text = text, first = first, second = second));
                    }
                    _ => return Err(not_a_date()),
                };
                (None, month, day)
            }
            _ => return Err(not_a_date()),
        }
    };
    let date = existing(year, month, day)?;
    if date.year().is_none() && !allow_no_year {
        return Err(t!("profile-date-needs-year"));
    }
    Ok(Some(date))
}

/// How a date field shows `date` in the current language: ISO text in English (`1980-12-24`),
/// day first in Danish and Norwegian (`24.12.1980`); without a year, the day and the month's
/// short name as the language writes them (`24 Dec`, `24. dec.`). [`parse`] reads every form
/// back in every language.
pub fn format(date: &PartialDate) -> String {
    let Some(year) = date.year() else {
        return crate::i18n::day_month_short(date.day(), date.month());
    };
    if day_first() { format!("{:02}.{:02}.{year:04}", date.day(), date.month()) } else { date.to_string() }
}

/// The months' names in English, understood in every language (a name typed from habit, or
/// pasted): each also by its first three letters or more.
const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date with its month by name: the day and the month in either order, then the year if
/// any (`24 Dec`, `24. december`, `Dec 24`, `24 Dec 1980`). `None` when it is not one.
fn with_month_name(text: &str) -> Option<(Option<i32>, u32, u32)> {
    let mut month = None;
    let mut numbers = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == '.' || c == ',').filter(|w| !w.is_empty()) {
        if word.bytes().all(|b| b.is_ascii_digit()) {
            numbers.push(word);
        } else if month.is_none() {
            month = Some(month_named(word)?);
        } else {
            return None;
        }
    }
    let month = month?;
    match numbers[..] {
        [day] => Some((None, month, number(day, 1, 2)?)),
        [day, y] => Some((Some(year(y)?), month, number(day, 1, 2)?)),
        _ => None,
    }
}

/// The number of the month named `word` (its name or short name in the language or in English,
/// or the first three letters or more of one), any case.
fn month_named(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    if word.chars().count() < 3 {
        return None;
    }
    (1..=12).find(|&m| {
        let index = usize::try_from(m - 1).unwrap_or_default();
        let short = crate::i18n::month_short(m).to_lowercase();
        let names = [month_name(m).to_lowercase(), ENGLISH_MONTHS[index].to_owned()];
        short.trim_end_matches('.') == word || names.iter().any(|name| name.starts_with(&word))
    })
}

/// A short human form for read-only places: "24 December 1980", "24. december".
pub fn long_form(date: &PartialDate) -> String {
    match date.to_naive() {
        Some(full) => crate::i18n::date_long(full),
        None => crate::i18n::day_month(date.day(), date.month()),
    }
}

/// Digits only, `min..=max` of them.
fn number(text: &str, min: usize, max: usize) -> Option<u32> {
    if !(min..=max).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A year of four digits that a date can have (not 0000).
fn year(text: &str) -> Option<i32> {
    number(text, 4, 4).and_then(|y| i32::try_from(y).ok()).filter(|y| PartialDate::YEARS.contains(y))
}

/// The date, or why it does not exist.
fn existing(year: Option<i32>, month: u32, day: u32) -> Result<PartialDate, String> {
    if !(1..=12).contains(&month) {
        return Err(t!("profile-date-no-month", month = month));
    }
    if day == 0 {
        return Err(t!("profile-date-no-day-zero"));
    }
    let Some(without_year) = PartialDate::md(month, day) else {
        return Err(t!("profile-date-no-such-day", date = crate::i18n::day_month(day, month)));
    };
    match year {
        None => Ok(without_year),
        Some(year) => PartialDate::ymd(year, month, day).ok_or_else(|| {
            let date = t!("date-long", day = day, month = month_name(month), year = year);
            t!("profile-date-not-leap-year", date = date, year = year)
        }),
    }
}

/// What the field holds between frames: the text as typed, and the value it was last in step with.
#[derive(Clone, Debug, Default)]
struct State {
    text: String,
    /// The bound value the text was shown for or parsed into; when the value moves away from it
    /// (undo, another person selected) the text is rewritten.
    synced: Option<Option<PartialDate>>,
    /// The language the text was written in: a change of language rewrites it in the new one.
    lang: Lang,
    error: Option<String>,
    /// The month the calendar shows: (year, month).
    calendar: Option<(i32, u32)>,
    /// The calendar's "no year" toggle.
    no_year: bool,
}

/// The value a field edits: an optional date that may lack its year, or a full date.
enum Target<'a> {
    Partial(&'a mut Option<PartialDate>),
    Full(&'a mut NaiveDate),
}

/// A date field with a calendar popup. See the module documentation for what it accepts.
///
/// ```ignore
/// let label = ui.label("Birthday");
/// let date = DateField::new("birthday", &mut draft.birthday).allow_no_year(true).labelled_by(label.id).show(ui);
/// if date.changed { /* commit */ }
/// ```
pub struct DateField<'a> {
    id_salt: IdSalt,
    target: Target<'a>,
    allow_no_year: bool,
    required: bool,
    enabled: bool,
    labelled_by: Option<Id>,
    name: String,
    width: f32,
    /// Whether the caller shows the refusal in a message line of its own.
    message_by_caller: bool,
}

/// What happened to a date field this frame.
pub struct DateResponse {
    /// The bound value took a new valid date this frame (left the field, or picked a day).
    pub changed: bool,
    /// The text edit's response.
    pub response: Response,
    /// Why the typed text was refused, while it is.
    pub error: Option<String>,
}

impl<'a> DateField<'a> {
    /// A field for an optional date; blank text clears it. Year required unless
    /// [`Self::allow_no_year`].
    pub fn new(id_salt: impl egui::AsIdSalt, value: &'a mut Option<PartialDate>) -> Self {
        Self::with_target(IdSalt::new(id_salt), Target::Partial(value))
    }

    /// A field for a full date that cannot be blank (incidents, ideas, log entries).
    pub fn naive(id_salt: impl egui::AsIdSalt, value: &'a mut NaiveDate) -> Self {
        let mut field = Self::with_target(IdSalt::new(id_salt), Target::Full(value));
        field.required = true;
        field
    }

    fn with_target(id_salt: IdSalt, target: Target<'a>) -> Self {
        Self {
            id_salt,
            target,
            allow_no_year: false,
            required: false,
            enabled: true,
            labelled_by: None,
            name: t!("profile-date"),
            width: 120.0,
            message_by_caller: false,
        }
    }

    /// Whether a date without its year ("24 December") is accepted. Never for [`Self::naive`].
    pub fn allow_no_year(mut self, allow: bool) -> Self {
        self.allow_no_year = allow && matches!(self.target, Target::Partial(_));
        self
    }

    /// Whether blank text is refused ("Enter a date") instead of clearing the value.
    pub fn required(mut self, required: bool) -> Self {
        self.required = required || matches!(self.target, Target::Full(_));
        self
    }

    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = enabled;
        self
    }

    /// The label that names the text field for screen readers and tests.
    pub fn labelled_by(mut self, label: Id) -> Self {
        self.labelled_by = Some(label);
        self
    }

    /// The field's name, used for the calendar button ("Calendar: Birthday") and, without
    /// [`Self::labelled_by`], for the text field itself.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    /// The caller shows [`DateResponse::error`] in a message line of its own (a form's, beside
    /// its button), so the field shows none: one message, not two.
    pub fn message_shown_by_caller(mut self) -> Self {
        self.message_by_caller = true;
        self
    }

    pub fn show(self, ui: &mut Ui) -> DateResponse {
        let Self { id_salt, mut target, allow_no_year, required, enabled, labelled_by, name, width, message_by_caller } =
            self;
        let id = ui.make_persistent_id(id_salt);
        let text_id = id.with("text");
        let mut state: State = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
        let current = match &target {
            Target::Partial(value) => **value,
            Target::Full(value) => PartialDate::from_naive(**value),
        };
        let focused = ui.memory(|m| m.has_focus(text_id));
        let lang = crate::i18n::language();
        if (state.synced != Some(current) || state.lang != lang) && !focused {
            state.text = current.as_ref().map(format).unwrap_or_default();
            state.synced = Some(current);
            state.lang = lang;
            state.error = None;
        }

        let mut changed = false;
        let error_colour = ui.visuals().error_fg_color;
        let row = ui.horizontal(|ui| {
            let hint = hint(allow_no_year);
            let mut edit = TextEdit::singleline(&mut state.text).id(text_id).hint_text(hint).desired_width(width);
            if state.error.is_some() {
                edit = edit.background_color(error_colour.gamma_multiply(0.15)).text_color(error_colour);
            }
            let mut response = ui.add_enabled(enabled, edit);
            response = match labelled_by {
                Some(label) => response.labelled_by(label),
                None => {
                    set_accessible_label(ui, response.id, &name);
                    response
                }
            };
            if response.changed() {
                // Judge the text when the person leaves the field, not at every keystroke.
                state.error = None;
            }
            if response.lost_focus() {
                match parse(&state.text, allow_no_year) {
                    Ok(None) if required => state.error = Some(t!("profile-date-needed")),
                    Ok(date) => {
                        changed |= assign(&mut target, date);
                        state.synced = Some(date);
                        state.text = date.as_ref().map(format).unwrap_or_default();
                        state.error = None;
                    }
                    Err(message) => state.error = Some(message),
                }
            }
            let button = ui.add_enabled(enabled, egui::Button::new("📅").small());
            let calendar_name = t!("profile-calendar-of", name = name.as_str());
            set_accessible_label(ui, button.id, &calendar_name);
            let button = button.on_hover_text(&calendar_name);
            if button.clicked() {
                let shown = current.or_else(|| PartialDate::from_naive(chrono::Local::now().date_naive()));
                state.calendar = shown.map(|shown| (shown.year().unwrap_or(LEAP_YEAR), shown.month()));
                state.no_year = allow_no_year && current.is_some_and(|d| d.year().is_none());
            }
            let popup = egui::Popup::from_toggle_button_response(&button)
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
                .accessible_name(calendar_name);
            popup.show(|ui| {
                if let Some(picked) = calendar_ui(ui, &mut state, allow_no_year, required) {
                    changed |= assign(&mut target, picked);
                    state.synced = Some(picked);
                    state.text = picked.as_ref().map(format).unwrap_or_default();
                    state.error = None;
                    ui.close();
                }
            });
            response
        });
        if let Some(message) = state.error.as_deref().filter(|_| !message_by_caller) {
            message_under(ui, id.with("message"), row.response.rect, message);
        }
        let error = state.error.clone();
        ui.data_mut(|d| d.insert_temp(id, state));
        DateResponse { changed, response: row.inner, error }
    }
}

/// Why a field refused its text, in a box laid over the screen just under the field (`below`):
/// it moves no control, and clicks pass through it. Not shown while the field is scrolled out
/// of sight.
fn message_under(ui: &Ui, id: Id, below: egui::Rect, message: &str) {
    if !ui.clip_rect().intersects(below) {
        return;
    }
    let colour = ui.visuals().error_fg_color;
    egui::Area::new(id)
        .order(egui::Order::Tooltip)
        .interactable(false)
        .fixed_pos(below.left_bottom() + egui::vec2(0.0, 2.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(320.0);
                ui.label(RichText::new(message).color(colour));
            });
        });
}

/// Puts `date` into the target; whether that changed it.
fn assign(target: &mut Target<'_>, date: Option<PartialDate>) -> bool {
    match target {
        Target::Partial(value) => {
            let changed = **value != date;
            **value = date;
            changed
        }
        Target::Full(value) => match date.and_then(|d| d.to_naive()) {
            Some(date) => {
                let changed = **value != date;
                **value = date;
                changed
            }
            None => false,
        },
    }
}

fn set_accessible_label(ui: &Ui, id: Id, label: &str) {
    ui.ctx().accesskit_node_builder(id, |node| node.set_label(label.to_owned()));
}

/// The month grid. Returns `Some(picked)` when a day (or "Clear") was clicked.
fn calendar_ui(ui: &mut Ui, state: &mut State, allow_no_year: bool, required: bool) -> Option<Option<PartialDate>> {
    let today = chrono::Local::now().date_naive();
    let (mut year, mut month) = state.calendar.unwrap_or((today.year(), today.month()));
    let mut picked = None;
    ui.horizontal(|ui| {
        let previous = ui.small_button("◀");
        let previous_name = t!("profile-calendar-previous");
        set_accessible_label(ui, previous.id, &previous_name);
        if previous.on_hover_text(previous_name).clicked() {
            (year, month) = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
        }
        let months = egui::ComboBox::from_id_salt("calendar_month")
            .selected_text(month_name(month))
            .width(100.0)
            .show_ui(ui, |ui| {
                for m in 1..=12 {
                    ui.selectable_value(&mut month, m, month_name(m));
                }
            });
        set_accessible_label(ui, months.response.id, &t!("profile-calendar-month"));
        if !state.no_year {
            let label = ui.label(t!("profile-calendar-year"));
            ui.add(egui::DragValue::new(&mut year).range(1..=9999).speed(0.2)).labelled_by(label.id);
        }
        let next = ui.small_button("▶");
        let next_name = t!("profile-calendar-next");
        set_accessible_label(ui, next.id, &next_name);
        if next.on_hover_text(next_name).clicked() {
            (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        }
    });
    if allow_no_year {
        ui.checkbox(&mut state.no_year, t!("profile-calendar-no-year"));
    }
    let grid_year = if state.no_year { LEAP_YEAR } else { year };
    let first = NaiveDate::from_ymd_opt(grid_year, month, 1).unwrap_or(today);
    let leading = first.weekday().num_days_from_monday();
    let days = days_in_month(grid_year, month);
    egui::Grid::new("calendar_days").spacing([2.0, 2.0]).show(ui, |ui| {
        for head in weekday_heads() {
            ui.label(RichText::new(head).small().weak());
        }
        ui.end_row();
        for _ in 0..leading {
            ui.label("");
        }
        for day in 1..=days {
            let date = if state.no_year { PartialDate::md(month, day) } else { PartialDate::ymd(year, month, day) };
            let is_today = !state.no_year && NaiveDate::from_ymd_opt(year, month, day) == Some(today);
            let text =
                if is_today { RichText::new(day.to_string()).strong().underline() } else { day.to_string().into() };
            let button = ui.add(egui::Button::new(text).min_size(egui::vec2(24.0, 0.0)));
            let label = match date {
                Some(date) => long_form(&date),
                None => crate::i18n::day_month(day, month),
            };
            set_accessible_label(ui, button.id, &label);
            if button.clicked() {
                picked = date.map(Some);
            }
            if (leading + day) % 7 == 0 {
                ui.end_row();
            }
        }
    });
    if !required && ui.small_button(t!("profile-calendar-clear")).clicked() {
        picked = Some(None);
    }
    // The arrows stop at the first and the last month a date can fall in.
    let (first, last) = (*PartialDate::YEARS.start(), *PartialDate::YEARS.end());
    state.calendar = Some((year, month).clamp((first, 1), (last, 12)));
    picked
}

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31).rev().find(|&day| NaiveDate::from_ymd_opt(year, month, day).is_some()).unwrap_or(28)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str, allow_no_year: bool) -> PartialDate {
        match parse(text, allow_no_year) {
            Ok(Some(date)) => date,
            other => panic!("{text}: expected a date, got {other:?}"),
        }
    }

    fn refused(text: &str, allow_no_year: bool) -> String {
        match parse(text, allow_no_year) {
            Err(message) => message,
            Ok(date) => panic!("{text}: expected a refusal, got {date:?}"),
        }
    }

    #[test]
    fn accepts_iso_and_day_first_forms() {
        let christmas = PartialDate::ymd(1980, 12, 24).expect("date");
        for text in ["1980-12-24", " 1980-12-24 ", "24.12.1980", "1980-12-24"] {
            assert_eq!(ok(text, false), christmas, "{text}");
        }
        assert_eq!(ok("2026-4-5", false), PartialDate::ymd(2026, 4, 5).expect("date"));
        assert_eq!(ok("5.4.2026", false), PartialDate::ymd(2026, 4, 5).expect("date"));
        assert_eq!(ok("2024-02-29", false), PartialDate::ymd(2024, 2, 29).expect("leap day"));
    }

    #[test]
    fn accepts_dates_without_a_year_where_allowed() {
        let christmas = PartialDate::md(12, 24).expect("date");
        for text in ["--12-24", "24.12.", "24.12", "24-12", "12-24", "--12-4"] {
            let expected = if text == "--12-4" { PartialDate::md(12, 4).expect("date") } else { christmas };
            assert_eq!(ok(text, true), expected, "{text}");
        }
        assert_eq!(ok("--02-29", true), PartialDate::md(2, 29).expect("leap day without a year"));
        assert_eq!(ok("7-7", true), PartialDate::md(7, 7).expect("same either way"));
        for text in ["24 Dec", "24 dec.", "24 December", "Dec 24", "december 24", "24. dec.", "24 DECEMBER"] {
            assert_eq!(ok(text, true), christmas, "{text}");
        }
        assert_eq!(ok("24 Dec 1980", false), PartialDate::ymd(1980, 12, 24).expect("date"));
        assert_eq!(ok("Sept 3", true), PartialDate::md(9, 3).expect("date"));
        assert_eq!(refused("--12-24", false), "Give the year too (YYYY-MM-DD)");
        assert_eq!(refused("24.12.", false), "Give the year too (YYYY-MM-DD)");
    }

    #[test]
    fn refuses_days_that_do_not_exist_and_says_why() {
        assert_eq!(refused("2026-02-30", true), "30 February does not exist");
        assert_eq!(refused("30.2.2026", true), "30 February does not exist");
        assert_eq!(refused("--02-30", true), "30 February does not exist");
        assert_eq!(refused("2026-04-31", false), "31 April does not exist");
        assert_eq!(refused("2026-13-01", true), "There is no month 13");
        assert_eq!(refused("2026-00-10", true), "There is no month 0");
        assert_eq!(refused("2026-01-00", true), "There is no day 0");
        assert_eq!(refused("2023-02-29", true), "29 February 2023 does not exist: 2023 is not a leap year");
    }

    #[test]
    fn refuses_text_and_guesses_nothing() {
        for text in [
            "soon",
            "2026",
            "2026-12",
            "26-12-24",
            "1.2.3",
            "2026-12-24-1",
            "--1224",
            "12/24/2026",
            "-",
            "24 Xyz",
            "Dec",
            "24 Dec Jan",
            "24 Dec 80",
            "1 2 Dec",
            "ju 4",
        ] {
            let message = refused(text, true);
            assert!(message.contains("is not a date"), "{text}: {message}");
        }
        let message = refused("05-06", true);
        assert!(message.contains("could be 6 May or 5 June"), "{message}");
        assert!(refused("soon", false).contains("YYYY-MM-DD"));
    }

    #[test]
    fn a_year_is_one_to_9999() {
        for text in ["0000-12-24", "24.12.0000", "10000-12-24", "24.12.10000"] {
            let message = refused(text, true);
            assert!(message.contains("is not a date"), "{text}: {message}");
        }
        assert_eq!(ok("9999-12-31", false), PartialDate::ymd(9999, 12, 31).expect("the last day"));
        assert_eq!(ok("0001-01-01", false), PartialDate::ymd(1, 1, 1).expect("the first day"));
    }

    #[test]
    fn blank_is_no_date() {
        assert_eq!(parse("", true), Ok(None));
        assert_eq!(parse("   ", false), Ok(None));
    }

    #[test]
    fn what_is_shown_reads_back_as_the_same_date() {
        for date in [PartialDate::ymd(1980, 12, 24), PartialDate::md(2, 29), PartialDate::ymd(2024, 2, 29)] {
            let date = date.expect("date");
            assert_eq!(ok(&format(&date), true), date);
        }
        assert_eq!(long_form(&PartialDate::md(4, 15).expect("date")), "15 April");
        assert_eq!(long_form(&PartialDate::ymd(1976, 4, 15).expect("date")), "15 April 1976");
        assert_eq!(format(&PartialDate::md(3, 14).expect("date")), "14 Mar", "a day and month as English writes it");
        assert_eq!(format(&PartialDate::ymd(1980, 12, 24).expect("date")), "1980-12-24");
        assert_eq!(refused("30 Feb", true), "30 February does not exist");
    }

    #[test]
    fn danish_shows_dates_day_first_and_says_why_in_danish() {
        crate::i18n::set_language(Lang::Da);
        let christmas = PartialDate::ymd(1980, 12, 24).expect("date");
        assert_eq!(format(&christmas), "24.12.1980");
        assert_eq!(format(&PartialDate::md(3, 14).expect("date")), "14. mar.");
        assert_eq!(format(&PartialDate::md(5, 3).expect("date")), "3. maj");
        for text in ["14. mar.", "14. marts", "14 mar", "14. MARTS", "14 March", "14.3.", "--03-14"] {
            assert_eq!(ok(text, true), PartialDate::md(3, 14).expect("date"), "{text}");
        }
        assert_eq!(ok("24. dec. 1980", false), christmas);
        for date in [christmas, PartialDate::md(2, 29).expect("date"), PartialDate::ymd(804, 1, 2).expect("date")] {
            assert_eq!(ok(&format(&date), true), date, "what is shown reads back");
        }
        assert_eq!(ok("1980-12-24", false), christmas, "ISO is still understood");
        assert_eq!(long_form(&christmas), "24. december 1980");
        assert_eq!(long_form(&PartialDate::md(4, 15).expect("date")), "15. april");
        assert_eq!(refused("2026-02-30", true), "30. februar findes ikke");
        assert_eq!(refused("2023-02-29", true), "29. februar 2023 findes ikke: 2023 er ikke et skudår");
        assert_eq!(refused("2026-13-01", true), "Der er ingen måned 13");
        assert_eq!(refused("1.0.2026", true), "Der er ingen måned 0");
        assert_eq!(refused("0.5.2026", true), "Der er ingen dag 0");
        assert_eq!(refused("24.12.", false), "Angiv også året (DD.MM.ÅÅÅÅ)");
        assert_eq!(refused("snart", true), "“snart” er ikke en dato: skriv DD.MM.ÅÅÅÅ eller 24. dec.");
        assert_eq!(refused("05-06", true), "“05-06” kan være 6. maj eller 5. juni: skriv D.M. eller --MM-DD");
        crate::i18n::set_language(Lang::En);
    }

    #[test]
    fn norwegian_says_why_in_norwegian() {
        crate::i18n::set_language(Lang::Nb);
        assert_eq!(format(&PartialDate::ymd(1980, 12, 24).expect("date")), "24.12.1980");
        assert_eq!(long_form(&PartialDate::md(5, 17).expect("date")), "17. mai");
        assert_eq!(format(&PartialDate::md(5, 17).expect("date")), "17. mai");
        assert_eq!(ok("17. mai", true), PartialDate::md(5, 17).expect("date"));
        assert_eq!(ok("24. des.", true), PartialDate::md(12, 24).expect("date"));
        assert_eq!(refused("30.2.2026", true), "30. februar finnes ikke");
        assert_eq!(refused("2023-02-29", true), "29. februar 2023 finnes ikke: 2023 er ikke et skuddår");
        assert_eq!(refused("soon", false), "«soon» er ikke en dato: skriv DD.MM.ÅÅÅÅ");
        crate::i18n::set_language(Lang::En);
    }

    #[test]
    fn months_have_their_days() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2026, 4), 30);
        assert_eq!(days_in_month(2026, 12), 31);
    }
}
