//! The fuzz targets without a fuzzer: their seed corpus and every input a fuzzer once broke
//! them with (`fuzz/regressions/<target>/`) run through the targets' bodies, and property tests
//! throw arbitrary and file-shaped bytes at every importer.

use kindred::fuzzing::{TARGETS, seeds};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file, or the files of a folder (none when it does not exist), in name order.
fn files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(path)
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn run_each(name: &str, body: fn(&[u8]), inputs: &[PathBuf]) {
    for path in inputs {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if std::panic::catch_unwind(|| body(&bytes)).is_err() {
            panic!("the {name} target fails on {}", path.display());
        }
    }
}

#[test]
fn every_target_passes_its_seeds() {
    for &(name, body) in TARGETS {
        let inputs: Vec<PathBuf> = seeds(name).iter().flat_map(|seed| files(&project().join(seed))).collect();
        assert!(inputs.len() >= 2, "{name} has too few seeds: {inputs:?}");
        run_each(name, body, &inputs);
    }
}

#[test]
fn every_input_a_fuzzer_broke_a_target_with_passes_now() {
    for &(name, body) in TARGETS {
        run_each(name, body, &files(&project().join("fuzz/regressions").join(name)));
    }
}

#[test]
fn every_target_has_its_fuzzer_entry_point() {
    let manifest = std::fs::read_to_string(project().join("fuzz/Cargo.toml")).expect("fuzz/Cargo.toml");
    for &(name, _) in TARGETS {
        let path = project().join("fuzz/fuzz_targets").join(format!("{name}.rs"));
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(source.contains(&format!("kindred::fuzzing::{name}(data)")), "{} calls its body", path.display());
        assert!(manifest.contains(&format!("name = \"{name}\"")), "fuzz/Cargo.toml builds {name}");
    }
}

#[test]
fn the_calendar_check_catches_what_it_is_for() {
    use kindred::fuzzing::check_calendar;
    let good = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\n  b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(check_calendar(good, 1), Ok(()));
    assert!(check_calendar(good, 2).is_err(), "the count");
    assert!(check_calendar(&good.replace("\r\n", "\n"), 1).is_err(), "bare line feeds");
    let long = good.replace("SUMMARY:a", &format!("SUMMARY:{}", "x".repeat(70)));
    assert!(check_calendar(&long, 1).is_err(), "a line over 75 octets");
    assert!(check_calendar(&good.replace("END:VEVENT\r\n", ""), 1).is_err(), "an event left open");
    assert!(check_calendar(&good.replace("SUMMARY:a", "SUMMARY:a\u{7}"), 1).is_err(), "a control character");
}

/// Lines such as contact programs write, with the quirks the vCard reader handles.
fn vcard_line() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        Just("BEGIN:VCARD"),
        Just("END:VCARD"),
        Just("VERSION:2.1"),
        Just("FN:"),
        Just("N:"),
        Just("ORG:"),
        Just("EMAIL;TYPE=work:"),
        Just("BDAY:"),
        Just("BDAY;X-APPLE-OMIT-YEAR=1604:"),
        Just("item1.X-ABDATE:"),
        Just("item1.X-ABLabel:"),
        Just("RELATED;TYPE=child:"),
        Just("X-ABRELATEDNAMES:"),
        Just("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:"),
        Just("PHOTO;ENCODING=b;TYPE=JPEG:"),
        Just(" "),
        Just("\t"),
    ];
    let value = prop_oneof![
        Just(String::new()),
        Just("1977-06-14".to_owned()),
        Just("--0322".to_owned()),
        Just("19770614".to_owned()),
        Just("=C3=A6=".to_owned()),
        Just("Kj\\,\\;\\n\\:rgaard".to_owned()),
        "[a-zA-Z0-9 ;:,=\\\\æøå-]{0,24}",
    ];
    (name, value).prop_map(|(name, value)| format!("{name}{value}"))
}

/// Cells such as spreadsheets write: dates in every order, quotes, separators, line breaks.
fn csv_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Name".to_owned()),
        Just("E-mail Address".to_owned()),
        Just("Birthday".to_owned()),
        Just("Fødselsdag".to_owned()),
        Just("14-06-1977".to_owned()),
        Just("6/14/1977".to_owned()),
        Just("29.02".to_owned()),
        Just("\"a, \"\"quoted\"\"\ncell\"".to_owned()),
        "[a-zA-Z0-9 @.,;\"\t/-]{0,16}",
    ]
}

fn break_() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("\r\n"), Just("\n"), Just("\r"), Just("\r\r\n")]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_target_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for &(_, body) in TARGETS {
            body(&bytes);
        }
    }

    #[test]
    fn no_target_panics_on_card_shaped_text(
        lines in proptest::collection::vec((vcard_line(), break_()), 0..40),
    ) {
        let text: String = lines.iter().map(|(line, end)| format!("{line}{end}")).collect();
        kindred::fuzzing::vcard(text.as_bytes());
        kindred::fuzzing::ics_export(text.as_bytes());
    }

    #[test]
    fn no_target_panics_on_spreadsheet_shaped_text(
        rows in proptest::collection::vec(proptest::collection::vec(csv_cell(), 1..6), 1..12),
        separator in prop_oneof![Just(","), Just(";"), Just("\t")],
        end in break_(),
    ) {
        let text: String = rows.iter().map(|cells| format!("{}{end}", cells.join(separator))).collect();
        kindred::fuzzing::csv(text.as_bytes());
    }
}
