//! `kindred export` of a journey's board and of the phase history: a `.csv` with `--journey` is
//! the board, one row a person; without it, the people (who carry their phase history, as
//! their JSON and Markdown do); the board as an HTML page and a PNG picture.

use chrono::Local;
use kindred::model::Workspace;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kindred(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred")).args(args).output().expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The shipped sample, saved in `dir`.
fn sample_in(dir: &Path) -> (PathBuf, Workspace) {
    let workspace = kindred::ui::sample_workspace().expect("the sample reads");
    let path = dir.join("shop.kindred");
    kindred::store::save(&path, &workspace).expect("saved");
    (path, workspace)
}

/// Exports `shop` to `name` in `dir` with `extra` arguments; the file's text.
fn export(dir: &Path, shop: &Path, name: &str, extra: &[&str]) -> String {
    let to = dir.join(name);
    let output = kindred(&[&["export", arg(shop), "--to", arg(&to)][..], extra].concat());
    assert!(output.status.success(), "{name}: {}", stderr(&output));
    String::from_utf8_lossy(&std::fs::read(&to).expect("written")).into_owned()
}

#[test]
fn a_csv_of_a_journey_is_its_board_one_row_a_person() {
    let dir = tempfile::tempdir().expect("dir");
    let (shop, workspace) = sample_in(dir.path());
    let text = export(dir.path(), &shop, "board.csv", &["--journey", "customer lifecycle"]);
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "Name,Organisation,Phase,Since,Days in phase,Yearly value,Status,Tags");
    assert_eq!(lines.len(), 1 + workspace.people.len(), "a row a person, the unplaced too");
    assert!(lines[1].starts_with("Peter Nygaard,Nygaard Kiosk & Kaffe,,,"), "not placed first: {}", lines[1]);
    let days = (Local::now().date_naive() - chrono::NaiveDate::from_ymd_opt(2026, 10, 5).expect("day")).num_days();
    let karina = format!("Karina Bech,Kodehuset ApS,Considering,2026-10-05,{},78000,Prospect,Office", days.max(0));
    assert!(lines.contains(&karina.as_str()), "{karina} in\n{text}");
    assert!(lines.iter().any(|l| l.starts_with("Mette Kjærgaard,Café Kringle,Loyal,2025-04-14,")
        && l.contains(",186000,Customer,Café ::: Wholesale")));
    let danish = export(dir.path(), &shop, "board-da.csv", &["--journey", "Customer lifecycle", "--lang", "da"]);
    assert!(danish.starts_with("\u{feff}Name;Organisation;Phase;"), "the headers stay, the separator follows --lang");
    // Without --journey a .csv stays the people, with their phase history.
    let people = export(dir.path(), &shop, "people.csv", &[]);
    assert!(people.starts_with("\u{feff}Name,First name,"));
    assert!(
        people
            .contains("2026-10-05 Customer lifecycle: Aware → Considering (trigger point: Moved into a bigger office)"),
        "{people}"
    );
}

#[test]
fn the_board_as_a_page_and_a_picture() {
    let dir = tempfile::tempdir().expect("dir");
    let (shop, _) = sample_in(dir.path());
    let html = export(dir.path(), &shop, "board.html", &["--journey", "Customer lifecycle", "--format", "board-html"]);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Board of Customer lifecycle"), "{html}");
    assert!(html.contains("Considering (1)") && html.contains("<b>Karina Bech</b>"));
    assert!(html.contains(r#"class="card stalled""#), "stalled customers are marked");
    let danish = export(
        dir.path(),
        &shop,
        "tavle.html",
        &["--journey", "Customer lifecycle", "--format", "board-html", "--lang", "da"],
    );
    assert!(danish.contains("Tavlen for Customer lifecycle") && danish.contains("Ikke placeret (1)"), "{danish}");
    let to = dir.path().join("board.png");
    let output =
        kindred(&["export", arg(&shop), "--to", arg(&to), "--journey", "Customer lifecycle", "--format", "board-png"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("the board of \"Customer lifecycle\" as board as a PNG image")
    );
    assert!(std::fs::read(&to).expect("written").starts_with(b"\x89PNG"));
    let which = kindred(&["export", arg(&shop), "--to", arg(&dir.path().join("b.html")), "--format", "board-html"]);
    assert_eq!(which.status.code(), Some(2), "a board is of one map");
    assert!(stderr(&which).contains("\"Customer lifecycle\""), "{}", stderr(&which));
}

#[test]
fn the_json_and_markdown_exports_carry_the_phase_history_in_words() {
    let dir = tempfile::tempdir().expect("dir");
    let (shop, workspace) = sample_in(dir.path());
    let json: serde_json::Value = serde_json::from_str(&export(dir.path(), &shop, "all.json", &[])).expect("JSON");
    let karina =
        json["people"].as_array().expect("people").iter().find(|p| p["name"] == "Karina Bech").expect("Karina");
    let history = karina["phase_history"].as_array().expect("a list");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["date"], "2026-10-05");
    assert_eq!(history[1]["journey"], "Customer lifecycle");
    assert_eq!((history[1]["from"].as_str(), history[1]["to"].as_str()), (Some("Aware"), Some("Considering")));
    assert_eq!(history[1]["why"], serde_json::json!({ "kind": "trigger point", "text": "Moved into a bigger office" }));
    assert!(history[0]["from"].is_null(), "placed from not placed");
    assert_eq!(json["people"].as_array().map(Vec::len), Some(workspace.people.len()));
    let person: serde_json::Value =
        serde_json::from_str(&export(dir.path(), &shop, "karina.json", &["--person", "Karina Bech"])).expect("JSON");
    assert_eq!(person["person"]["phase_history"], karina["phase_history"]);
    let markdown = export(dir.path(), &shop, "karina.md", &["--person", "Karina Bech", "--lang", "nb"]);
    assert!(markdown.contains("## Fasehistorikk"), "{markdown}");
    assert!(markdown.contains("Aware → Considering — triggerpunkt: Moved into a bigger office"), "{markdown}");
}
