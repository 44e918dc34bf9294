//! `kindred export --lang`: handouts are written in the language asked for; the CSV's column
//! headers stay the documented English ones whatever the language.

use std::path::Path;
use std::process::{Command, Output};

fn kindred(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred")).args(args).output().expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

#[test]
fn handouts_are_written_in_the_language_of_lang() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = dir.path().join("shop.kindred");
    assert!(kindred(&["demo", "--people", "20", arg(&shop)]).status.success());
    let map = ["--journey", "Customer journey"];
    let export = |to: &Path, lang: &str| {
        let output = kindred(&[&["export", arg(&shop), "--to", arg(to), "--lang", lang][..], &map[..]].concat());
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        std::fs::read_to_string(to).expect("written")
    };
    let danish = export(&dir.path().join("da.md"), "da");
    assert!(danish.contains("4 faser: ") && danish.contains("+2 (meget positiv)"), "{danish}");
    assert!(!danish.contains("phases") && !danish.contains("very positive"), "{danish}");
    let norwegian = export(&dir.path().join("nb.html"), "nb");
    assert!(norwegian.contains(r#"<html lang="nb">"#) && norwegian.contains("Følelseskurve"), "{norwegian}");
    let english = export(&dir.path().join("en.md"), "en");
    assert!(english.contains("4 phases: "), "{english}");
    // A documented file format: the same headers in every language.
    let people = dir.path().join("people.csv");
    let output = kindred(&["export", arg(&shop), "--to", arg(&people), "--lang", "da"]);
    assert!(output.status.success());
    assert!(std::fs::read_to_string(&people).expect("written").starts_with("\u{feff}Name;First name;"));
}
