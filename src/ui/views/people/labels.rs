//! The labels of e-mails and phones ("work", "mobile") in the interface language.
//!
//! A label is stored as it was read or typed. The words address books write — vCard's `TYPE`
//! values (`work`, `home`, `cell`, `fax`, `pager`), Apple's (`_$!<Mobile>!$_`, `HomeFAX`,
//! `Main`), Google's and Outlook's CSV labels (`Mobile`, `Work Fax`, `Business`, `Company
//! Main`) — are shown in the language when drawn; anything else is the person's own words and
//! is shown as it is. A label of several words (`work, fax`) is translated when every word is
//! one of these.

use crate::t;

/// A label that address books write, whatever their spelling of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    Work,
    Home,
    Mobile,
    Fax,
    HomeFax,
    WorkFax,
    Main,
    Other,
    Pager,
    School,
    Car,
    Assistant,
}

impl Known {
    /// The label as address books spell it: any case, spaces, hyphens or underscores, and
    /// Apple's `_$!<…>!$_` wrapping.
    fn of(word: &str) -> Option<Known> {
        let word = word.trim();
        let word = word.strip_prefix("_$!<").and_then(|w| w.strip_suffix(">!$_")).unwrap_or(word);
        let key: String = word.chars().filter(|c| !matches!(c, ' ' | '-' | '_')).flat_map(char::to_lowercase).collect();
        Some(match key.as_str() {
            "work" | "business" | "office" => Known::Work,
            "home" | "private" => Known::Home,
            "mobile" | "cell" | "cellular" | "mobilephone" | "cellphone" => Known::Mobile,
            "fax" => Known::Fax,
            "homefax" => Known::HomeFax,
            "workfax" | "businessfax" | "officefax" => Known::WorkFax,
            "main" | "companymain" | "mainnumber" => Known::Main,
            "other" | "otherfax" => Known::Other,
            "pager" => Known::Pager,
            "school" => Known::School,
            "car" => Known::Car,
            "assistant" => Known::Assistant,
            _ => return None,
        })
    }

    fn words(self) -> String {
        match self {
            Known::Work => t!("profile-label-work"),
            Known::Home => t!("profile-label-home"),
            Known::Mobile => t!("profile-label-mobile"),
            Known::Fax => t!("profile-label-fax"),
            Known::HomeFax => t!("profile-label-home-fax"),
            Known::WorkFax => t!("profile-label-work-fax"),
            Known::Main => t!("profile-label-main"),
            Known::Other => t!("profile-label-other"),
            Known::Pager => t!("profile-label-pager"),
            Known::School => t!("profile-label-school"),
            Known::Car => t!("profile-label-car"),
            Known::Assistant => t!("profile-label-assistant"),
        }
    }
}

/// How a stored label is shown: in the interface language when address books write it,
/// otherwise as it is.
pub fn shown(label: &str) -> String {
    let parts: Vec<&str> = label.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let known: Option<Vec<Known>> = parts.iter().map(|part| Known::of(part)).collect();
    match known {
        Some(known) if !known.is_empty() => known.into_iter().map(Known::words).collect::<Vec<_>>().join(", "),
        _ => label.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn address_book_labels_are_shown_in_the_language_and_own_words_as_they_are() {
        set_language(Lang::Da);
        assert_eq!(shown("work"), "arbejde");
        assert_eq!(shown("Mobile"), "mobil");
        assert_eq!(shown("cell"), "mobil");
        assert_eq!(shown("_$!<HomeFAX>!$_"), "privat fax");
        assert_eq!(shown("Work Fax"), "arbejdsfax");
        assert_eq!(shown("work, fax"), "arbejde, fax");
        assert_eq!(shown("Company Main"), "hovednummer");
        assert_eq!(shown("main"), "hovednummer");
        assert_eq!(shown("other"), "andet");
        assert_eq!(shown("Sommerhus"), "Sommerhus", "the person's own word");
        assert_eq!(shown("work, Sommerhus"), "work, Sommerhus", "left alone unless every word is known");
        assert_eq!(shown("iPhone"), "iPhone");
        assert_eq!(shown(""), "");
        set_language(Lang::Nb);
        assert_eq!(shown("home"), "privat");
        assert_eq!(shown("fax"), "faks");
        set_language(Lang::En);
        assert_eq!(shown("cell"), "mobile");
        assert_eq!(shown("Business"), "work");
        assert_eq!(shown("mobile"), "mobile");
    }
}
