//! Amounts of money, written with the number format of the language (English for now:
//! "185,000 DKK"; Danish and Norwegian formats come with the translations).

use egui::{Id, Response, TextEdit, Ui};

/// "185,000 DKK"; a negative amount keeps its sign: "-12,500 DKK".
pub fn format_amount(value: i64, currency: &str) -> String {
    let number = group_thousands(value);
    if currency.is_empty() { number } else { format!("{number} {currency}") }
}

/// "185,000".
pub fn group_thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        grouped.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Reads a whole amount as typed: "185000", "185,000", "185 000", "-12,500", with or without
/// the currency code after it. `Ok(None)` for blank text.
pub fn parse_amount(text: &str, currency: &str) -> Result<Option<i64>, String> {
    let trimmed = text.trim();
    let number = trimmed.strip_suffix(currency).unwrap_or(trimmed).trim();
    if number.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let cleaned: String = digits.chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '_')).collect();
    if cleaned.is_empty() || !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("“{trimmed}” is not a whole amount (for example 185,000)"));
    }
    let value: i64 = cleaned.parse().map_err(|_| format!("“{trimmed}” is too large"))?;
    Ok(Some(if negative { -value } else { value }))
}

/// What an amount field did this frame.
pub struct AmountResponse {
    /// The value took a new amount (the person left the field with a valid one).
    pub changed: bool,
    pub response: Response,
    pub error: Option<String>,
}

#[derive(Clone, Default)]
struct State {
    text: String,
    synced: Option<Option<i64>>,
    error: Option<String>,
}

/// A text field for a whole amount in `currency`; like the date field, the value changes only
/// when the person leaves the field with a valid amount, and a refusal is shown under it.
pub fn amount_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut Option<i64>,
    currency: &str,
    label: Id,
) -> AmountResponse {
    let id = ui.make_persistent_id(id_salt);
    let mut state: State = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    let text_id = id.with("text");
    if state.synced != Some(*value) && !ui.memory(|m| m.has_focus(text_id)) {
        state.text = value.map(group_thousands).unwrap_or_default();
        state.synced = Some(*value);
        state.error = None;
    }
    let mut changed = false;
    let error_colour = ui.visuals().error_fg_color;
    let response = ui
        .vertical(|ui| {
            let response = ui
                .horizontal(|ui| {
                    let mut edit = TextEdit::singleline(&mut state.text).id(text_id).desired_width(120.0);
                    if state.error.is_some() {
                        edit = edit.background_color(error_colour.gamma_multiply(0.15)).text_color(error_colour);
                    }
                    let response = ui.add(edit).labelled_by(label);
                    ui.label(currency);
                    response
                })
                .inner;
            if response.changed() {
                state.error = None;
            }
            if response.lost_focus() {
                match parse_amount(&state.text, currency) {
                    Ok(amount) => {
                        changed = *value != amount;
                        *value = amount;
                        state.synced = Some(amount);
                        state.text = amount.map(group_thousands).unwrap_or_default();
                    }
                    Err(message) => state.error = Some(message),
                }
            }
            if let Some(message) = &state.error {
                ui.label(egui::RichText::new(message).color(error_colour).small());
            }
            response
        })
        .inner;
    let error = state.error.clone();
    ui.data_mut(|d| d.insert_temp(id, state));
    AmountResponse { changed, response, error }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(format_amount(185_000, "DKK"), "185,000 DKK");
        assert_eq!(format_amount(-12_500, "NOK"), "-12,500 NOK");
        assert_eq!(format_amount(999, "DKK"), "999 DKK");
        assert_eq!(format_amount(1_000_000, ""), "1,000,000");
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(i64::MIN), "-9,223,372,036,854,775,808");
    }

    #[test]
    fn typed_amounts_are_read_back() {
        assert_eq!(parse_amount("185,000", "DKK"), Ok(Some(185_000)));
        assert_eq!(parse_amount(" 185 000 DKK ", "DKK"), Ok(Some(185_000)));
        assert_eq!(parse_amount("-12500", "DKK"), Ok(Some(-12_500)));
        assert_eq!(parse_amount("", "DKK"), Ok(None));
        for text in ["lots", "12.5", "1e6", "-", "99999999999999999999"] {
            assert!(parse_amount(text, "DKK").is_err(), "{text}");
        }
    }
}
