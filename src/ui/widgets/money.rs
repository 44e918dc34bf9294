//! The field an amount of money is typed in, read with the number format of the language:
//! "185,000" in English, "185.000" in Danish, "185 000" in Norwegian. How an amount is
//! written is [`crate::i18n::money`].

use crate::i18n::Lang;
use crate::t;
use egui::{Id, Response, TextEdit, Ui};

/// An amount as the field shows it: grouped, without its currency.
fn amount(value: i64) -> String {
    crate::i18n::money(value, "")
}

/// Whether `c` may stand between digits as a thousands separator in the current language. A
/// decimal separator never may: an amount is whole.
fn is_separator(c: char) -> bool {
    let decimal = if crate::i18n::language() == Lang::En { '.' } else { ',' };
    c != decimal && matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '_')
}

/// Reads a whole amount as typed: "185000", "185,000", "185 000", "-12,500", with or without
/// the currency code after it, and in Danish and Norwegian "185.000". A decimal separator is
/// refused ("12.5" in English, "12,5" in Danish). `Ok(None)` for blank text.
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
    let cleaned: String = digits.chars().filter(|&c| !is_separator(c)).collect();
    if cleaned.is_empty() || !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return Err(t!("profile-amount-invalid", text = trimmed, example = amount(185_000)));
    }
    let value: i64 = cleaned.parse().map_err(|_| t!("profile-amount-too-large", text = trimmed))?;
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
    /// The language the text was written in: a change of language rewrites it.
    lang: Lang,
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
    let lang = crate::i18n::language();
    if (state.synced != Some(*value) || state.lang != lang) && !ui.memory(|m| m.has_focus(text_id)) {
        state.text = value.map(amount).unwrap_or_default();
        state.synced = Some(*value);
        state.lang = lang;
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
                    Ok(parsed) => {
                        changed = *value != parsed;
                        *value = parsed;
                        state.synced = Some(parsed);
                        state.text = parsed.map(amount).unwrap_or_default();
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
    use crate::i18n::money;

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(money(185_000, "DKK"), "185,000 DKK");
        assert_eq!(money(-12_500, "NOK"), "-12,500 NOK");
        assert_eq!(money(999, "DKK"), "999 DKK");
        assert_eq!(money(1_000_000, ""), "1,000,000");
        assert_eq!(amount(0), "0");
        assert_eq!(amount(i64::MIN), "-9,223,372,036,854,775,808");
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
        assert_eq!(parse_amount("lots", "DKK"), Err("“lots” is not a whole amount (for example 185,000)".to_owned()));
    }

    #[test]
    fn danish_and_norwegian_amounts_are_written_and_read_their_way() {
        crate::i18n::set_language(Lang::Da);
        assert_eq!(money(185_000, "DKK"), "185.000 DKK");
        assert_eq!(money(-1_250_000, "DKK"), "-1.250.000 DKK");
        assert_eq!(parse_amount("185.000 DKK", "DKK"), Ok(Some(185_000)));
        assert_eq!(parse_amount("185 000", "DKK"), Ok(Some(185_000)));
        assert_eq!(
            parse_amount("12,5", "DKK"),
            Err("“12,5” er ikke et helt beløb (for eksempel 185.000)".to_owned()),
            "a decimal comma is refused"
        );
        crate::i18n::set_language(Lang::Nb);
        assert_eq!(money(185_000, "NOK"), "185\u{a0}000 NOK");
        assert_eq!(parse_amount("185 000", "NOK"), Ok(Some(185_000)));
        assert_eq!(parse_amount(&amount(185_000), "NOK"), Ok(Some(185_000)));
        assert_eq!(
            parse_amount("mye", "NOK"),
            Err("«mye» er ikke et helt beløp (for eksempel 185\u{a0}000)".to_owned())
        );
        crate::i18n::set_language(Lang::En);
    }
}
