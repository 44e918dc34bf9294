//! The languages of Kindred's text: English, Danish and Norwegian Bokmål, as Fluent
//! translation files in `i18n/<language>/` (one `.ftl` file an area of the app, compiled in), with Fluent's plural
//! rules.
//!
//! Text is asked for by key with [`t!`](crate::t): `t!("menu-file")`,
//! `t!("import-add", count = 3)`. The language is per thread (the UI thread's is the app's;
//! each test sets its own), English until [`set_language`] chooses another. A key missing in a
//! language falls back to English, and a key missing everywhere shows as the key itself, so a
//! mistake is visible but never a crash; the tests make sure neither happens.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::OnceLock;

/// A language Kindred's text is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Da,
    Nb,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Da, Lang::Nb];

    /// The BCP 47 code: `en`, `da`, `nb`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
            Lang::Nb => "nb",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Da => "Dansk",
            Lang::Nb => "Norsk bokmål",
        }
    }

    /// The language a code or locale names (`da`, `da_DK.UTF-8`, `nb-NO`; `no` and `nn` are
    /// read as Bokmål, the written Norwegian Kindred has).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['_', '-', '.', '@']).next().unwrap_or_default().to_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "da" => Some(Lang::Da),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// The system's language from the locale variables, if Kindred has it.
    pub fn from_system() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty() && value != "C" && value != "POSIX")
            .and_then(|value| Lang::from_code(&value))
    }

    /// The language's translation files (`i18n/<code>/<area>.ftl`), one area a file so that
    /// the parts of the app can be translated side by side. Keys are unique across areas.
    fn sources(self) -> [(&'static str, &'static str); 11] {
        macro_rules! files {
            ($code:literal) => {
                [
                    ("app", include_str!(concat!("../i18n/", $code, "/app.ftl"))),
                    ("profile", include_str!(concat!("../i18n/", $code, "/profile.ftl"))),
                    ("milestones", include_str!(concat!("../i18n/", $code, "/milestones.ftl"))),
                    ("interop", include_str!(concat!("../i18n/", $code, "/interop.ftl"))),
                    ("errors", include_str!(concat!("../i18n/", $code, "/errors.ftl"))),
                    ("privacy", include_str!(concat!("../i18n/", $code, "/privacy.ftl"))),
                    ("sync", include_str!(concat!("../i18n/", $code, "/sync.ftl"))),
                    ("today", include_str!(concat!("../i18n/", $code, "/today.ftl"))),
                    ("lifecycle", include_str!(concat!("../i18n/", $code, "/lifecycle.ftl"))),
                    ("accounts", include_str!(concat!("../i18n/", $code, "/accounts.ftl"))),
                    ("sharing", include_str!(concat!("../i18n/", $code, "/sharing.ftl"))),
                ]
            };
        }
        match self {
            Lang::En => files!("en"),
            Lang::Da => files!("da"),
            Lang::Nb => files!("nb"),
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Da => 1,
            Lang::Nb => 2,
        }
    }
}

/// The conventions of files a language's programs write and read: the separator a spreadsheet
/// expects between CSV fields (`;` where the decimal mark is a comma) and which way round an
/// ambiguous date (3/4/1980) is read. Beside [`Lang`] rather than in it because files follow
/// more languages than Kindred's text does: Swedish Excel's CSV is read and written the Nordic
/// way, though Kindred has no Swedish words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Conventions {
    #[default]
    En,
    Da,
    Nb,
    Sv,
}

impl Conventions {
    pub const ALL: [Conventions; 4] = [Conventions::En, Conventions::Da, Conventions::Nb, Conventions::Sv];

    /// The language's code: `en`, `da`, `nb`, `sv`.
    pub fn code(self) -> &'static str {
        match self {
            Conventions::En => "en",
            Conventions::Da => "da",
            Conventions::Nb => "nb",
            Conventions::Sv => "sv",
        }
    }

    /// The conventions a code names, exactly (`da`; not `da_DK`).
    pub fn from_code(code: &str) -> Option<Conventions> {
        Conventions::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The language of the text written with a file of these conventions (a handout): its own,
    /// or English for Swedish, which Kindred's text is not written in.
    pub fn text_language(self) -> Lang {
        match self {
            Conventions::En | Conventions::Sv => Lang::En,
            Conventions::Da => Lang::Da,
            Conventions::Nb => Lang::Nb,
        }
    }
}

/// A language's own conventions for files.
impl From<Lang> for Conventions {
    fn from(lang: Lang) -> Conventions {
        match lang {
            Lang::En => Conventions::En,
            Lang::Da => Conventions::Da,
            Lang::Nb => Conventions::Nb,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Chooses the language of this thread's text.
pub fn set_language(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// The language of this thread's text.
pub fn language() -> Lang {
    CURRENT.with(Cell::get)
}

/// A count with its thousands grouped as the language writes them: 100,000 in English,
/// 100.000 in Danish, 100 000 in Norwegian (a no-break space). For counts shown as figures;
/// a count a message chooses its words by (one, other) stays a number.
pub fn grouped(n: usize) -> String {
    grouped_digits(&n.to_string())
}

/// An amount of money as the language writes it, the currency after it: "185,000 DKK" in
/// English, "185.000 DKK" in Danish, "185 000 NOK" in Norwegian; a negative amount keeps its
/// sign ("-12,500 DKK"), and without a currency the number stands alone. One form for the
/// profile, Insights and the handouts.
pub fn money(value: i64, currency: &str) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let number = grouped_digits(&value.unsigned_abs().to_string());
    if currency.is_empty() { format!("{sign}{number}") } else { format!("{sign}{number} {currency}") }
}

/// A run of digits with the language's thousands separator between each three.
fn grouped_digits(digits: &str) -> String {
    let separator = match language() {
        Lang::En => ",",
        Lang::Da => ".",
        Lang::Nb => "\u{a0}",
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// A word with its first letter upper case, as a label begins: "daughter" → "Daughter". For a
/// word that is data (a user's own relation word, the model's English word); translated labels
/// are written capitalised in the translation files.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // egui draws the isolation marks Fluent puts around arguments as boxes.
    bundle.set_use_isolating(false);
    for (_, source) in lang.sources() {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) => resource,
            // A syntax error keeps the messages that parsed; the tests report it.
            Err((resource, _errors)) => resource,
        };
        // Duplicate keys keep the first; the tests report them.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The text of `key` in this thread's language, with `args` filled in.
pub fn text(key: &str, args: Option<&FluentArgs<'_>>) -> String {
    text_in(language(), key, args)
}

/// The text of `key` in `lang`.
pub fn text_in(lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let all = bundles();
    for bundle in [&all[lang.index()], &all[Lang::En.index()]] {
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    key.to_owned()
}

/// Arguments for a message, from name and value pairs.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// The message ids of a language's files, in file order (for the tests).
pub fn keys(lang: Lang) -> Result<Vec<String>, String> {
    let mut keys = Vec::new();
    for (area, source) in lang.sources() {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{}/{area}.ftl does not parse: {errors:?}", lang.code()))?;
        keys.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        }));
    }
    Ok(keys)
}

/// A month's name in this thread's language (1 = January); empty for a number out of range.
pub fn month_name(month: u32) -> String {
    match month {
        1 => crate::t!("month-1"),
        2 => crate::t!("month-2"),
        3 => crate::t!("month-3"),
        4 => crate::t!("month-4"),
        5 => crate::t!("month-5"),
        6 => crate::t!("month-6"),
        7 => crate::t!("month-7"),
        8 => crate::t!("month-8"),
        9 => crate::t!("month-9"),
        10 => crate::t!("month-10"),
        11 => crate::t!("month-11"),
        12 => crate::t!("month-12"),
        _ => String::new(),
    }
}

/// A month's short name ("Dec", "dec.").
pub fn month_short(month: u32) -> String {
    match month {
        1 => crate::t!("month-short-1"),
        2 => crate::t!("month-short-2"),
        3 => crate::t!("month-short-3"),
        4 => crate::t!("month-short-4"),
        5 => crate::t!("month-short-5"),
        6 => crate::t!("month-short-6"),
        7 => crate::t!("month-short-7"),
        8 => crate::t!("month-short-8"),
        9 => crate::t!("month-short-9"),
        10 => crate::t!("month-short-10"),
        11 => crate::t!("month-short-11"),
        12 => crate::t!("month-short-12"),
        _ => String::new(),
    }
}

fn weekday_short(weekday: chrono::Weekday) -> String {
    use chrono::Weekday::*;
    match weekday {
        Mon => crate::t!("weekday-short-1"),
        Tue => crate::t!("weekday-short-2"),
        Wed => crate::t!("weekday-short-3"),
        Thu => crate::t!("weekday-short-4"),
        Fri => crate::t!("weekday-short-5"),
        Sat => crate::t!("weekday-short-6"),
        Sun => crate::t!("weekday-short-7"),
    }
}

/// A date written out: "1 December 2026", "1. december 2026".
pub fn date_long(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    crate::t!("date-long", day = date.day(), month = month_name(date.month()), year = date.year())
}

/// A day of a month without a year: "1 December", "1. december".
pub fn day_month(day: u32, month: u32) -> String {
    crate::t!("date-day-month", day = day, month = month_name(month))
}

/// A day of a month without a year, short: "14 Mar", "14. mar.".
pub fn day_month_short(day: u32, month: u32) -> String {
    crate::t!("date-day-month-short", day = day, month = month_short(month))
}

/// A date in a list, with its weekday: "Tue 1 Dec", "tir. 1. dec.".
pub fn date_short(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    crate::t!(
        "date-short",
        weekday = weekday_short(date.weekday()),
        day = date.day(),
        month = month_short(date.month())
    )
}

/// A date in a table, with its year: "1 Dec 2026", "1. dec. 2026".
pub fn date_short_year(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    crate::t!("date-short-year", day = date.day(), month = month_short(date.month()), year = date.year())
}

/// Text by key in the current language: `t!("menu-file")`, `t!("import-add", count = n)`.
/// Argument values may be numbers or text.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::text($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $key,
            Some(&$crate::i18n::args([$((stringify!($name), $crate::i18n::value($value))),+])),
        )
    };
}

/// A message argument from a number or a piece of text.
pub fn value<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_file_conventions_and_swedish_files_are_written_in_english() {
        for lang in Lang::ALL {
            let conventions = Conventions::from(lang);
            assert_eq!(conventions.code(), lang.code());
            assert_eq!(conventions.text_language(), lang);
            assert_eq!(Conventions::from_code(lang.code()), Some(conventions));
        }
        assert_eq!(Conventions::from_code("sv").map(Conventions::text_language), Some(Lang::En));
        assert_eq!(Conventions::from_code("da_DK"), None);
    }

    #[test]
    fn money_is_grouped_as_each_language_writes_it_with_its_sign_and_currency() {
        set_language(Lang::En);
        assert_eq!(money(185_000, "DKK"), "185,000 DKK");
        assert_eq!(money(-12_500, "DKK"), "-12,500 DKK");
        assert_eq!(money(i64::MIN, ""), "-9,223,372,036,854,775,808");
        set_language(Lang::Da);
        assert_eq!(money(185_000, "DKK"), "185.000 DKK");
        set_language(Lang::Nb);
        assert_eq!(money(999, "NOK"), "999 NOK");
        assert_eq!(money(1_000, "NOK"), "1\u{a0}000 NOK");
        set_language(Lang::En);
    }

    #[test]
    fn a_word_is_capitalised_by_its_first_letter() {
        assert_eq!(capitalised("daughter"), "Daughter");
        assert_eq!(capitalised("ægtefælle"), "Ægtefælle");
        assert_eq!(capitalised("ß"), "SS");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        set_language(Lang::En);
        assert_eq!(
            (grouped(0), grouped(999), grouped(1_000), grouped(15_999_001)),
            ("0".into(), "999".into(), "1,000".into(), "15,999,001".into())
        );
        set_language(Lang::Da);
        assert_eq!(grouped(100_000), "100.000");
        set_language(Lang::Nb);
        assert_eq!(grouped(100_000), "100\u{a0}000");
        set_language(Lang::En);
    }
    use std::collections::BTreeSet;

    /// Every `t!("…")` key used in the source.
    fn used_keys() -> BTreeSet<String> {
        fn walk(dir: &std::path::Path, found: &mut BTreeSet<String>) {
            let Ok(entries) = std::fs::read_dir(dir) else { return };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap_or_default();
                    // Comments may show the macro; they are not uses.
                    let text: String = source
                        .lines()
                        .filter(|line| !line.trim_start().starts_with("//"))
                        .collect::<Vec<_>>()
                        .join("\n");
                    // `t!("key"` (not `format!(`), also when formatting put the key on the next line.
                    const CALL: &str = concat!("t", "!(");
                    for (at, _) in text.match_indices(CALL) {
                        let before = text[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let Some(rest) = text[at + 3..].trim_start().strip_prefix('"') else { continue };
                        if let Some(end) = rest.find('"') {
                            found.insert(rest[..end].to_owned());
                        }
                    }
                }
            }
        }
        let mut found = BTreeSet::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        found
    }

    #[test]
    fn every_language_has_every_key_once_and_no_key_is_unused() {
        let english = keys(Lang::En).expect("en/ parses");
        let english_set: BTreeSet<String> = english.iter().cloned().collect();
        assert_eq!(english_set.len(), english.len(), "a key is defined twice in en/");
        for lang in [Lang::Da, Lang::Nb] {
            let theirs = keys(lang).expect("parses");
            let set: BTreeSet<String> = theirs.iter().cloned().collect();
            assert_eq!(set.len(), theirs.len(), "a key is defined twice in {}/", lang.code());
            let missing: Vec<_> = english_set.difference(&set).collect();
            let extra: Vec<_> = set.difference(&english_set).collect();
            assert!(missing.is_empty(), "{}/ lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{}/ has keys English does not: {extra:?}", lang.code());
        }
        let used = used_keys();
        let unused: Vec<_> = english_set.difference(&used).collect();
        let undefined: Vec<_> = used.difference(&english_set).collect();
        assert!(unused.is_empty(), "keys no code uses: {unused:?}");
        assert!(undefined.is_empty(), "keys the code uses but en/ lacks: {undefined:?}");
    }

    /// The names of the variables a message uses (`$count`, `$name`…).
    fn variables(lang: Lang) -> BTreeSet<String> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn in_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let PatternElement::Placeable { expression } = element {
                    in_expression(expression, found);
                }
            }
        }
        fn in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                Expression::Select { selector, variants } => {
                    in_inline(selector, found);
                    for variant in variants {
                        in_pattern(&variant.value, found);
                    }
                }
                Expression::Inline(inline) => in_inline(inline, found),
            }
        }
        fn in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
            match inline {
                InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => in_expression(expression, found),
                _ => {}
            }
        }
        let mut found = BTreeSet::new();
        for (_, source) in lang.sources() {
            let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
            for entry in &resource.body {
                if let Entry::Message(message) = entry
                    && let Some(pattern) = &message.value
                {
                    in_pattern(pattern, &mut found);
                }
            }
        }
        found
    }

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        // Every variable gets a number: plural selectors need one, and text shows it too.
        let names: BTreeSet<String> = Lang::ALL.iter().flat_map(|&lang| variables(lang)).collect();
        assert!(names.contains("count"), "the variables are found");
        let sample = args(names.iter().map(|name| (name.as_str(), value(2))));
        let all = bundles();
        for lang in Lang::ALL {
            let bundle = &all[lang.index()];
            for key in keys(lang).expect("parses") {
                let message = bundle.get_message(&key).expect("added");
                let pattern = message.value().expect("every message has a value");
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&sample), &mut errors);
                assert!(errors.is_empty(), "{}: {key}: {errors:?}", lang.code());
                assert!(!text.trim().is_empty(), "{}: {key} is empty", lang.code());
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        set_language(Lang::Da);
        assert_eq!(crate::t!("import-add", count = 1), "Tilføj 1 person");
        assert_eq!(crate::t!("import-add", count = 3), "Tilføj 3 personer");
        set_language(Lang::En);
        assert_eq!(crate::t!("import-add", count = 1), "Add 1 person");
        assert_eq!(crate::t!("import-add", count = 3), "Add 3 people");
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        set_language(Lang::En);
        assert_eq!(date_long(date), "1 December 2026");
        assert_eq!(date_short(date), "Tue 1 Dec");
        assert_eq!(date_short_year(date), "1 Dec 2026");
        set_language(Lang::Da);
        assert_eq!(date_long(date), "1. december 2026");
        assert_eq!(date_short(date), "tir. 1. dec.");
        assert_eq!(day_month(7, 5), "7. maj");
        set_language(Lang::Nb);
        assert_eq!(date_long(date), "1. desember 2026");
        assert_eq!(date_short_year(date), "1. des. 2026");
        assert_eq!(month_name(13), "");
        set_language(Lang::En);
    }

    #[test]
    fn locales_name_languages() {
        assert_eq!(Lang::from_code("da_DK.UTF-8"), Some(Lang::Da));
        assert_eq!(Lang::from_code("nb-NO"), Some(Lang::Nb));
        assert_eq!(Lang::from_code("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr_FR"), None);
    }
}
