//! `kindred upcoming`: the milestones of the next days, as text and as JSON.

use kindred::model::*;
use serde_json::{Value, json};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kindred(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred")).args(args).output().expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn ymd(y: i32, m: u32, d: u32) -> PartialDate {
    PartialDate::ymd(y, m, d).expect("valid test date")
}

fn yearly(kind: MilestoneKind, date: PartialDate) -> Milestone {
    Milestone { kind, date, ..Milestone::default() }
}

/// Around the turn of 2026/27: a round birthday, a daughter's birthday known only from the
/// family list, a birthday without a year, two anniversaries and a birthday on one day, a
/// one-off event, and things just outside the window.
fn workspace() -> Workspace {
    let mut mette = Person::named("Mette Kjærgaard");
    mette.milestones = vec![yearly(MilestoneKind::Birthday, ymd(1976, 12, 31))];
    mette.life.family = vec![FamilyMember {
        name: "Ida".into(),
        relation: Relation::Daughter,
        birthday: Some(ymd(2020, 1, 1)),
        ..FamilyMember::default()
    }];
    let mut henrik = Person::named("Henrik Dahl");
    henrik.milestones = vec![
        yearly(MilestoneKind::WorkAnniversary, ymd(2006, 12, 28)),
        yearly(MilestoneKind::Birthday, PartialDate::md(12, 24).expect("date")),
        yearly(MilestoneKind::CustomerSince, ymd(2016, 12, 28)),
    ];
    let mut anne = Person::named("Anne Marie Lund");
    anne.milestones = vec![
        yearly(MilestoneKind::WorkAnniversary, ymd(2020, 12, 26)),
        Milestone {
            label: "The new canteen opens".into(),
            recurrence: Recurrence::Once,
            ..yearly(MilestoneKind::LifeEvent, ymd(2027, 1, 5))
        },
        Milestone {
            label: "Moved to Aarhus".into(),
            recurrence: Recurrence::Once,
            ..yearly(MilestoneKind::LifeEvent, ymd(2026, 12, 22))
        },
        yearly(MilestoneKind::Birthday, ymd(1990, 1, 6)),
    ];
    let mut bo = Person::named("Bo Berg");
    bo.milestones = vec![yearly(MilestoneKind::Birthday, ymd(1980, 12, 28))];
    Workspace { people: vec![mette, henrik, anne, bo], ..Workspace::named("Bageriet Dahl") }
}

fn written(dir: &Path) -> PathBuf {
    let path = dir.join("w.kindred");
    fs::write(&path, kindred::model::codec::encode(&workspace())).expect("write");
    path
}

#[test]
fn json_lists_the_window_in_order_with_exactly_the_agreed_keys() {
    let dir = tempfile::tempdir().expect("dir");
    let path = written(dir.path());
    let output = kindred(&["upcoming", arg(&path), "--today", "2026-12-20", "--days", "16", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let list: Value = serde_json::from_str(&text).expect("one JSON value");
    let line = |date: &str, person: &str, what: &str, about: Value, years: Value, text: &str| json!({ "date": date, "person": person, "what": what, "about": about, "years": years, "text": text });
    let expected = json!([
        line(
            "2026-12-22",
            "Anne Marie Lund",
            "life_event",
            Value::Null,
            Value::Null,
            "Anne Marie Lund: Moved to Aarhus"
        ),
        line("2026-12-24", "Henrik Dahl", "birthday", Value::Null, Value::Null, "Henrik Dahl's birthday"),
        line(
            "2026-12-26",
            "Anne Marie Lund",
            "work_anniversary",
            Value::Null,
            json!(6),
            "Anne Marie Lund — 6 years at work"
        ),
        line("2026-12-28", "Bo Berg", "birthday", Value::Null, json!(46), "Bo Berg turns 46"),
        line(
            "2026-12-28",
            "Henrik Dahl",
            "customer_since",
            Value::Null,
            json!(10),
            "Henrik Dahl — 10 years as a customer"
        ),
        line("2026-12-28", "Henrik Dahl", "work_anniversary", Value::Null, json!(20), "Henrik Dahl — 20 years at work"),
        line("2026-12-31", "Mette Kjærgaard", "birthday", Value::Null, json!(50), "Mette Kjærgaard turns 50"),
        line(
            "2027-01-01",
            "Mette Kjærgaard",
            "family_birthday",
            json!("Ida"),
            json!(7),
            "Ida (Mette Kjærgaard's daughter) turns 7"
        ),
        line(
            "2027-01-05",
            "Anne Marie Lund",
            "life_event",
            Value::Null,
            Value::Null,
            "Anne Marie Lund: The new canteen opens"
        ),
    ]);
    assert_eq!(list, expected, "{text}");

    // The keys come in the agreed order in every object.
    let keys = ["\"date\"", "\"person\"", "\"what\"", "\"about\"", "\"years\"", "\"text\""];
    for object in text.split('{').skip(1) {
        let positions: Vec<_> = keys.iter().map(|k| object.find(k).expect("every key")).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "key order in {object}");
    }
}

#[test]
fn the_window_includes_day_n_and_not_day_n_plus_one() {
    let dir = tempfile::tempdir().expect("dir");
    let path = written(dir.path());
    let dates = |days: &str| -> Vec<String> {
        let output = kindred(&["upcoming", arg(&path), "--today", "2026-12-22", "--days", days, "--json"]);
        assert!(output.status.success(), "{}", stderr(&output));
        let list: Vec<Value> = serde_json::from_str(&stdout(&output)).expect("a JSON array");
        list.iter().map(|o| o["date"].as_str().expect("a date").to_owned()).collect()
    };
    // 22 December + 14 days = 5 January (the canteen); + 15 = 6 January (Anne Marie's birthday).
    let fourteen = dates("14");
    assert_eq!(fourteen.first().map(String::as_str), Some("2026-12-22"), "today is included");
    assert_eq!(fourteen.last().map(String::as_str), Some("2027-01-05"), "day N is included");
    assert_eq!(dates("13").last().map(String::as_str), Some("2027-01-01"), "day N + 1 is not");
    assert_eq!(dates("15").last().map(String::as_str), Some("2027-01-06"));
    assert_eq!(dates("0"), ["2026-12-22"], "--days 0 is today only");
}

#[test]
fn plain_text_groups_by_today_week_month_and_later() {
    let dir = tempfile::tempdir().expect("dir");
    let path = written(dir.path());
    // Thursday 24 December: the week ends on Sunday the 27th.
    let output = kindred(&["upcoming", arg(&path), "--today", "2026-12-24", "--days", "12"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let expected = "\
Today
2026-12-24  Henrik Dahl's birthday

This week
2026-12-26  Anne Marie Lund — 6 years at work

This month
2026-12-28  Bo Berg turns 46
2026-12-28  Henrik Dahl — 10 years as a customer
2026-12-28  Henrik Dahl — 20 years at work
2026-12-31  Mette Kjærgaard turns 50

Later
2027-01-01  Ida (Mette Kjærgaard's daughter) turns 7
2027-01-05  Anne Marie Lund: The new canteen opens
";
    assert_eq!(stdout(&output), expected);

    let nothing = kindred(&["upcoming", arg(&path), "--today", "2026-06-01", "--days", "10"]);
    assert_eq!(nothing.status.code(), Some(0));
    assert_eq!(stdout(&nothing), "Nothing in the next 10 days.\n");
    let empty_json = kindred(&["upcoming", arg(&path), "--today", "2026-06-01", "--days", "10", "--json"]);
    assert_eq!(serde_json::from_str::<Value>(&stdout(&empty_json)).expect("JSON"), json!([]));
}

#[test]
fn danish_and_norwegian_print_the_sentences_and_headings_in_their_language_and_dates_as_iso() {
    let dir = tempfile::tempdir().expect("dir");
    let path = written(dir.path());
    let output = kindred(&["upcoming", arg(&path), "--lang", "da", "--today", "2026-12-24", "--days", "12"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let expected = "\
I dag
2026-12-24  Henrik Dahls fødselsdag

Denne uge
2026-12-26  Anne Marie Lund — 6 år på jobbet

Denne måned
2026-12-28  Bo Berg fylder 46
2026-12-28  Henrik Dahl — 10 år som kunde
2026-12-28  Henrik Dahl — 20 år på jobbet
2026-12-31  Mette Kjærgaard fylder 50

Senere
2027-01-01  Ida (Mette Kjærgaards datter) fylder 7
2027-01-05  Anne Marie Lund: The new canteen opens
";
    assert_eq!(stdout(&output), expected);
    for english in ["Today", "This week", "turns", "years", "daughter", "birthday"] {
        assert!(!stdout(&output).contains(english), "{english:?} in Danish output");
    }

    let norwegian = kindred(&["upcoming", arg(&path), "--lang", "nb", "--today", "2026-12-24", "--days", "8"]);
    assert_eq!(norwegian.status.code(), Some(0), "{}", stderr(&norwegian));
    let text = stdout(&norwegian);
    assert!(text.starts_with("I dag\n2026-12-24  Henrik Dahls bursdag\n\nDenne uken\n"), "{text}");
    assert!(text.contains("\n2027-01-01  Ida (Mette Kjærgaards datter) fyller 7\n"), "{text}");
    assert!(text.contains("\nSenere\n"), "{text}");

    // The JSON keeps its keys and kinds; only the text is Danish.
    let json = kindred(&["upcoming", arg(&path), "--lang", "da", "--today", "2027-01-01", "--days", "0", "--json"]);
    let list: Value = serde_json::from_str(&stdout(&json)).expect("one JSON value");
    assert_eq!(
        list,
        json!([{
            "date": "2027-01-01",
            "person": "Mette Kjærgaard",
            "what": "family_birthday",
            "about": "Ida",
            "years": 7,
            "text": "Ida (Mette Kjærgaards datter) fylder 7"
        }])
    );

    let nothing = kindred(&["upcoming", arg(&path), "--lang", "da", "--today", "2026-06-01", "--days", "10"]);
    assert_eq!(stdout(&nothing), "Intet de næste 10 dage.\n");
    let nothing = kindred(&["upcoming", arg(&path), "--lang", "nb", "--today", "2026-06-01", "--days", "0"]);
    assert_eq!(stdout(&nothing), "Ingenting i dag.\n");
}

#[test]
fn the_default_window_is_thirty_days() {
    let dir = tempfile::tempdir().expect("dir");
    let path = written(dir.path());
    // From 7 December: 6 January is day 30, and Anne Marie's birthday on it is listed.
    let output = kindred(&["upcoming", arg(&path), "--today", "2026-12-07", "--json"]);
    let list: Vec<Value> = serde_json::from_str(&stdout(&output)).expect("a JSON array");
    assert_eq!(list.last().map(|o| o["text"].clone()), Some(json!("Anne Marie Lund turns 37")));
    let output = kindred(&["upcoming", arg(&path), "--today", "2026-12-06", "--json"]);
    let list: Vec<Value> = serde_json::from_str(&stdout(&output)).expect("a JSON array");
    assert_eq!(list.last().map(|o| o["date"].clone()), Some(json!("2027-01-05")));
}

#[test]
fn errors_have_messages_and_exit_codes() {
    let dir = tempfile::tempdir().expect("dir");
    let path = written(dir.path());
    let path = arg(&path);

    for (today, reason) in
        [("2026-02-30", "does not exist"), ("2026-13-01", "does not exist"), ("tomorrow", "not a date")]
    {
        let output = kindred(&["upcoming", path, "--today", today]);
        assert_eq!(output.status.code(), Some(2), "{today}");
        assert!(stderr(&output).contains(reason), "{today}: {}", stderr(&output));
        assert!(output.stdout.is_empty());
    }
    let no_year = kindred(&["upcoming", path, "--today", "--12-24"]);
    assert_eq!(no_year.status.code(), Some(2), "{}", stderr(&no_year));

    let unknown = kindred(&["upcoming", path, "--lang", "xx"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("unknown language"), "{}", stderr(&unknown));
    let english = kindred(&["upcoming", path, "--lang", "en", "--today", "2026-12-24", "--days", "0"]);
    assert_eq!(stdout(&english), "Today\n2026-12-24  Henrik Dahl's birthday\n");

    assert_eq!(kindred(&["upcoming", path, "--days", "-1"]).status.code(), Some(2));
    assert_eq!(kindred(&["upcoming", path, "--days", "many"]).status.code(), Some(2));

    let missing = dir.path().join("missing.kindred");
    let output = kindred(&["upcoming", arg(&missing)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot be read"), "{}", stderr(&output));

    let bad = dir.path().join("bad.kindred");
    fs::write(&bad, "(\n\tformat_version: 1,\n\tname: oops,\n)").expect("write");
    let output = kindred(&["upcoming", arg(&bad)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with(&format!("{}:3:", bad.display())), "{}", stderr(&output));

    let newer = dir.path().join("newer.kindred");
    fs::write(&newer, "(format_version: 3)").expect("write");
    let output = kindred(&["upcoming", arg(&newer)]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("newer Kindred"));
}

#[test]
fn the_sample_has_a_season_of_milestones() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.kindred");
    let output = kindred(&["upcoming", sample, "--today", "2026-11-23", "--days", "60", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let list: Vec<Value> = serde_json::from_str(&stdout(&output)).expect("a JSON array");
    assert!(list.len() >= 10, "a season of milestones: {list:#?}");
    let texts: Vec<&str> = list.iter().filter_map(|o| o["text"].as_str()).collect();
    for text in ["Ole Kristensen turns 70", "Mette Kjærgaard turns 47", "Ida (Mette Kjærgaard's daughter) turns 14"] {
        assert!(texts.contains(&text), "{text} in {texts:#?}");
    }
    let dates: Vec<&str> = list.iter().filter_map(|o| o["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "sorted by date");
    assert!(dates.iter().all(|d| ("2026-11-23"..="2027-01-22").contains(d)), "{dates:?}");
    assert!(list.iter().any(|o| o["years"].is_null()), "Ingrid's birthday has no year");

    let plain = kindred(&["upcoming", sample, "--today", "2026-11-23", "--days", "60"]);
    let text = stdout(&plain);
    // Monday 23 November: nothing this week; Ole's round birthday opens the rest of the month.
    assert!(text.starts_with("This month\n2026-11-30  Ole Kristensen turns 70\n"), "{text}");
    assert!(text.contains("\n\nLater\n"), "{text}");
}

#[test]
fn a_reader_that_stops_early_is_no_crash() {
    use std::io::Read;
    let (_dir, file) = crate::common::saved_demo(2_000, "many.kindred");
    // A year of 2,000 people's milestones is far more than a pipe holds; read one line, as
    // `kindred upcoming F | head -1` does, and close the pipe.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kindred"))
        .args(["upcoming", arg(&file), "--days", "365", "--today", "2026-12-01"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = [0u8; 64];
    let read = child.stdout.take().expect("piped").read(&mut first).expect("some output");
    assert!(read > 0);
    let output = child.wait_with_output().expect("it ends");
    assert!(output.status.success(), "exit {:?}: {}", output.status, stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}
