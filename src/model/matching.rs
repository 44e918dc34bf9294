//! Names compared the way a person reads them: without case, accents or punctuation, and
//! organisations without their company form ("ApS", "A/S", "Ltd").
//!
//! Here in `model` because both the codec's migration (organisation names of format 1 become
//! organisations, one per name read this way) and `ops` (likely duplicates, imports, an
//! organisation typed on a person) match names alike.

use super::id::OrganisationId;

/// Lowercase, accents and Nordic letters spelled out, anything but letters and digits as
/// one space, no space at either end.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let spelled: &str = match c {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' | 'œ' => "oe",
            'å' => "aa",
            'ü' => "ue",
            'ß' => "ss",
            'þ' => "th",
            'ð' => "d",
            'á' | 'à' | 'â' | 'ã' | 'ā' => "a",
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
            'í' | 'ì' | 'î' | 'ï' | 'ī' => "i",
            'ó' | 'ò' | 'ô' | 'õ' | 'ō' => "o",
            'ú' | 'ù' | 'û' | 'ū' | 'ů' => "u",
            'ý' | 'ÿ' => "y",
            'ç' | 'č' | 'ć' => "c",
            'ñ' | 'ń' | 'ň' => "n",
            'š' | 'ś' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ł' => "l",
            'ř' => "r",
            'đ' | 'ď' => "d",
            'ť' => "t",
            _ => "",
        };
        if !spelled.is_empty() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(spelled);
        } else if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

/// Company forms left off the end of an organisation's name when names are compared, as
/// [`fold`] writes them ("A/S" is "a s").
const COMPANY_FORMS: [&str; 27] = [
    "aps", "as", "a s", "asa", "ab", "oy", "oyj", "ltd", "limited", "llc", "llp", "inc", "corp", "gmbh", "ag", "ivs",
    "is", "i s", "ks", "k s", "ps", "p s", "amba", "plc", "co", "sa", "bv",
];

/// An organisation's name as it is compared: folded like a name ([`fold`]), without its company
/// form at the end ("Kjærgaard Tømrer ApS" and "kjaergaard tomrer" are one organisation; "Dahl
/// A/S", "Dahl AS" and "Dahl" too). Empty for a name with nothing to compare.
pub fn organisation_key(name: &str) -> String {
    let mut folded = fold(name);
    loop {
        let before = folded.len();
        for form in COMPANY_FORMS {
            if let Some(stem) = folded.strip_suffix(form).and_then(|s| s.strip_suffix(' ')) {
                folded = stem.to_owned();
            }
        }
        if folded.len() == before {
            return folded;
        }
    }
}

/// The id an organisation read by name from a file without organisations (format 1) gets: the
/// same for every name with the same [`organisation_key`], and the same every time the file is
/// read, so that one name is one organisation and reading a file twice gives the same ids.
/// (A UUID of version 8, its bits a 128-bit FNV-1a hash of the key.)
pub fn organisation_id_for(name: &str) -> OrganisationId {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut hash = OFFSET;
    for byte in b"kindred organisation\0".iter().chain(organisation_key(name).as_bytes()) {
        hash ^= u128::from(*byte);
        hash = hash.wrapping_mul(PRIME);
    }
    OrganisationId(uuid::Builder::from_custom_bytes(hash.to_be_bytes()).into_uuid())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_match_without_case_accents_or_company_form() {
        for (a, b) in [
            ("Kjærgaard Tømrer ApS", "kjaergaard toemrer"),
            ("Dahl A/S", "DAHL"),
            ("Dahl AS", "Dahl a.s."),
            ("Holm & Co", "Holm"),
            ("Café Kringle", "Cafe Kringle ApS"),
            ("Nordvest Revision A/S", "Nordvest  Revision"),
            ("Berg GmbH", "Berg Ltd."),
            ("Smith Inc.", "smith"),
            ("Lund AB", "Lund"),
        ] {
            assert_eq!(organisation_key(a), organisation_key(b), "{a} and {b}");
            assert_eq!(organisation_id_for(a), organisation_id_for(b), "{a} and {b}");
        }
        for (a, b) in [("Dahl Bageri", "Dahl"), ("Kringle", "Café Kringle"), ("AS", "")] {
            assert_ne!(organisation_key(a), organisation_key(b), "{a} and {b}");
        }
        assert_eq!(organisation_key("ApS"), "aps", "a name that is only a company form keeps it");
        assert_eq!(organisation_key("Kjærgaard Tømrer ApS"), "kjaergaard toemrer");
    }

    #[test]
    fn the_derived_id_is_a_version_8_uuid_stable_across_runs() {
        let id = organisation_id_for("Café Kringle");
        assert_eq!(id.0.get_version_num(), 8);
        assert_eq!(id.to_string(), organisation_id_for("CAFE KRINGLE APS").to_string());
        assert_ne!(id, organisation_id_for("Café Kringler"));
    }
}
