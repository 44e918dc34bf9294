//! The `kindred` binary's headless commands, run as a person runs them.

use crate::common;

use std::fs;
use std::path::Path;
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

#[test]
fn demo_writes_the_same_bytes_for_the_same_size_and_day() {
    let dir = tempfile::tempdir().expect("dir");
    let (a, b) = (dir.path().join("a.kindred"), dir.path().join("b.kindred"));
    assert!(kindred(&["demo", "--people", "300", arg(&a)]).status.success());
    assert!(kindred(&["demo", "--people", "300", arg(&b)]).status.success());
    // Both ran on the same day (a run across midnight would differ; that is the design).
    assert_eq!(fs::read(&a).expect("a"), fs::read(&b).expect("b"));
    let check = kindred(&["check", arg(&a)]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(String::from_utf8_lossy(&check.stdout).contains("300 people"));
}

#[test]
fn demo_with_no_people_still_has_the_three_maps() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("empty.kindred");
    assert!(kindred(&["demo", "--people", "0", arg(&path)]).status.success());
    let workspace = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert!(workspace.people.is_empty());
    let names: Vec<_> = workspace.journeys.iter().map(|j| j.name.as_str()).collect();
    assert_eq!(names, ["Customer journey", "Sales process", "Customer lifecycle"]);
}

#[test]
fn demo_overwriting_keeps_a_backup_and_leaves_no_lock() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    assert!(kindred(&["demo", "--people", "5", arg(&path)]).status.success());
    let first = fs::read(&path).expect("read");
    assert!(kindred(&["demo", "--people", "6", arg(&path)]).status.success());
    assert_eq!(fs::read(kindred::store::paths::backup_path(&path, 1)).expect("backup"), first);
    assert!(!kindred::store::paths::lock_path(&path).exists());
}

#[test]
fn demo_refuses_a_workspace_that_is_open() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    let kindred::store::lock::LockOutcome::Acquired(_held) = kindred::store::lock::acquire(&path).expect("lock") else {
        panic!("not locked");
    };
    let output = kindred(&["demo", "--people", "5", arg(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is open in Kindred by"), "{}", stderr(&output));
    assert!(!path.exists(), "nothing written");
}

#[test]
fn check_exit_codes_follow_the_kind_of_problem() {
    let dir = tempfile::tempdir().expect("dir");
    let good = dir.path().join("good.kindred");
    fs::write(&good, kindred::model::codec::encode(&common::full_workspace())).expect("write");
    assert_eq!(kindred(&["check", arg(&good)]).status.code(), Some(0));

    let bad = dir.path().join("bad.kindred");
    fs::write(&bad, "(\n\tformat_version: 1,\n\tname: oops,\n)").expect("write");
    let output = kindred(&["check", arg(&bad)]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.starts_with(&format!("{}:3:", bad.display())), "FILE:LINE:COLUMN: {message}");

    let missing = dir.path().join("missing.kindred");
    assert_eq!(kindred(&["check", arg(&missing)]).status.code(), Some(2));

    let newer = dir.path().join("newer.kindred");
    fs::write(&newer, "(format_version: 7, people: {})").expect("write");
    let output = kindred(&["check", arg(&newer)]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));

    let newer_readable = dir.path().join("newer-ok.kindred");
    fs::write(&newer_readable, format!("(format_version: {})", kindred::model::FORMAT_VERSION + 1)).expect("write");
    assert_eq!(kindred(&["check", arg(&newer_readable)]).status.code(), Some(3));
}

#[test]
fn check_reports_the_version_it_read_and_what_a_save_makes_of_an_older_one() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/format-1.kindred");
    let output = kindred(&["check", fixture]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(said.contains("(format 1)"), "{said}");
    let current = kindred::model::FORMAT_VERSION;
    assert!(said.contains(&format!("it is saved as format {current} when it is next changed")), "{said}");
}

#[test]
fn version_and_help() {
    let output = kindred(&["--version"]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains(env!("CARGO_PKG_VERSION")));
    let help = kindred(&["--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("check") && text.contains("demo"), "{text}");
}

/// A demo workspace (two maps) in a temporary folder.
fn demo_workspace(dir: &Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let made = kindred(&["demo", "--people", "20", arg(&path)]);
    assert!(made.status.success(), "{}", stderr(&made));
    path
}

#[test]
fn export_needs_a_journey_name_when_there_are_several() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo_workspace(dir.path(), "shop.kindred");
    let out = dir.path().join("map.kindred-journey");
    let refused = kindred(&["export", arg(&shop), "--to", arg(&out)]);
    assert_eq!(refused.status.code(), Some(2));
    let message = stderr(&refused);
    assert!(message.contains("\"Customer journey\"") && message.contains("\"Sales process\""), "{message}");
    assert!(!out.exists());
    let unknown = kindred(&["export", arg(&shop), "--to", arg(&out), "--journey", "Onboarding"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("Sales process"));
}

#[test]
fn a_map_exported_as_a_template_imports_into_another_workspace() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo_workspace(dir.path(), "shop.kindred");
    let out = dir.path().join("sales.kindred-journey");
    let exported = kindred(&["export", arg(&shop), "--to", arg(&out), "--journey", "sales process"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let source = kindred::store::load(&shop).expect("loads").decoded.workspace;
    let original = source.pick_journey(Some("Sales process")).expect("the map").clone();
    let template = kindred::interop::journey_template::decode(&fs::read(&out).expect("written")).expect("a template");
    assert_eq!(
        template.phases.iter().map(|p| &p.name).collect::<Vec<_>>(),
        original.phases.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
    assert_eq!(template.lanes.len(), original.lanes.len());
    assert_eq!(template.cards.len(), original.cards.len());

    let other = dir.path().join("other.kindred");
    kindred::store::save(&other, &kindred::model::Workspace::named("Other")).expect("saves");
    for expected in ["Sales process", "Sales process (2)"] {
        let imported = kindred(&["import", arg(&other), "--from", arg(&out)]);
        assert!(imported.status.success(), "{}", stderr(&imported));
        assert!(String::from_utf8_lossy(&imported.stdout).contains(expected));
    }
    let names: Vec<_> =
        kindred::store::load(&other).expect("loads").decoded.workspace.journeys.into_iter().map(|j| j.name).collect();
    assert_eq!(names, ["Sales process", "Sales process (2)"]);
}

#[test]
fn a_broken_template_leaves_the_workspace_as_it_was() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo_workspace(dir.path(), "shop.kindred");
    let before = fs::read(&shop).expect("read");
    let broken = dir.path().join("broken.kindred-journey");
    fs::write(&broken, "(\n\ttemplate_version: 1,\n\tname: \"X\",\n\tphases: [(name: \"A\"\n").expect("write");
    let refused = kindred(&["import", arg(&shop), "--from", arg(&broken)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("line "), "{}", stderr(&refused));
    assert_eq!(fs::read(&shop).expect("read"), before);

    let odd = dir.path().join("people.xlsx");
    fs::write(&odd, "Name\nAnna\n").expect("write");
    let unknown = kindred(&["import", arg(&shop), "--from", arg(&odd)]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("--format"), "{}", stderr(&unknown));
    assert_eq!(fs::read(&shop).expect("read"), before);
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports").join(name)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn importing_contacts_reports_and_the_second_time_adds_nobody() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = dir.path().join("shop.kindred");
    assert!(kindred(&["demo", "--people", "0", arg(&shop)]).status.success());
    let first = kindred(&["import", arg(&shop), "--from", arg(&fixture("apple-contacts.vcf"))]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("2 new, 0 updated, 0 unchanged, 0 skipped"), "{}", stdout(&first));
    let again = kindred(&["import", arg(&shop), "--from", arg(&fixture("apple-contacts.vcf"))]);
    assert!(stdout(&again).contains("0 new, 0 updated, 2 unchanged, 0 skipped"), "{}", stdout(&again));

    // CSV: recognised headers, the ignored columns named, ambiguous dates flagged.
    let outlook = kindred(&["import", arg(&shop), "--from", arg(&fixture("outlook-contacts.csv")), "--lang", "da"]);
    assert!(outlook.status.success(), "{}", stderr(&outlook));
    let text = stdout(&outlook);
    assert!(text.contains("CSV (Outlook)") && text.contains("2 new"), "{text}");
    assert!(text.contains("3/1/1981"), "{text}");
    let google = kindred(&["import", arg(&shop), "--from", arg(&fixture("google-contacts.csv"))]);
    let text = stdout(&google);
    assert!(text.contains("columns ignored: Phonetic First Name"), "{text}");
    let ws = kindred::store::load(&shop).expect("saved").decoded.workspace;
    assert_eq!(ws.people.len(), 5, "Mette and Jonas were there already; Sigrid is new");
}

#[test]
fn an_import_with_nothing_readable_fails_and_leaves_the_file() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo_workspace(dir.path(), "shop.kindred");
    let before = fs::read(&shop).expect("read");
    let noise = dir.path().join("noise.vcf");
    fs::write(&noise, [0u8, 1, 2, 250, 251, 0, 7]).expect("write");
    let refused = kindred(&["import", arg(&shop), "--from", arg(&noise)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("BEGIN:VCARD"), "{}", stderr(&refused));
    let headerless = dir.path().join("odd.csv");
    fs::write(&headerless, "Kunde;Skonummer\nAnna;38\n").expect("write");
    let unmapped = kindred(&["import", arg(&shop), "--from", arg(&headerless)]);
    assert_eq!(unmapped.status.code(), Some(1));
    assert!(stderr(&unmapped).contains("Kunde, Skonummer"), "{}", stderr(&unmapped));
    assert_eq!(fs::read(&shop).expect("read"), before);
}

#[test]
fn export_writes_every_format() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo_workspace(dir.path(), "shop.kindred");
    let ws = kindred::store::load(&shop).expect("demo").decoded.workspace;
    let someone = ws.people[0].name.clone();
    let cases: Vec<(&str, Vec<&str>, &[u8])> = vec![
        ("people.vcf", vec![], b"BEGIN:VCARD\r\nVERSION:3.0"),
        ("people4.vcf", vec!["--format", "vcf4"], b"BEGIN:VCARD\r\nVERSION:4.0"),
        ("people.csv", vec!["--lang", "da"], "\u{feff}Name;".as_bytes()),
        ("milestones.ics", vec![], b"BEGIN:VCALENDAR\r\nVERSION:2.0"),
        ("map.md", vec!["--journey", "Customer journey"], b"# Customer journey"),
        ("map.html", vec!["--journey", "Customer journey"], b"<!DOCTYPE html>"),
        ("map.png", vec!["--journey", "Customer journey"], b"\x89PNG"),
        ("all.json", vec![], b"{"),
        ("person.json", vec!["--person", &someone], b"{"),
        ("person.md", vec!["--person", &someone], b"# "),
        ("copy.kindred", vec![], b"("),
    ];
    for (name, extra, start) in cases {
        let to = dir.path().join(name);
        let mut args = vec!["export", arg(&shop), "--to", arg(&to)];
        args.extend(extra.iter().copied());
        let output = kindred(&args);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let bytes = fs::read(&to).expect(name);
        assert!(
            bytes.starts_with(start),
            "{name} starts with {:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(20)])
        );
    }
    let person = fs::read_to_string(dir.path().join("person.json")).expect("json");
    assert!(person.contains(&someone));
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("all.json")).expect("json")).expect("valid JSON");
    assert_eq!(json["people"].as_array().map(Vec::len), Some(ws.people.len()));
    let unknown = kindred(&["export", arg(&shop), "--to", arg(&dir.path().join("x.md")), "--person", "Nobody Here"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no person is named"));
}

#[test]
fn import_refuses_a_workspace_open_in_kindred() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo_workspace(dir.path(), "shop.kindred");
    let template = dir.path().join("map.kindred-journey");
    let exported = kindred(&["export", arg(&shop), "--to", arg(&template), "--journey", "Customer journey"]);
    assert!(exported.status.success());
    let before = fs::read(&shop).expect("read");
    let kindred::store::lock::LockOutcome::Acquired(_held) = kindred::store::lock::acquire(&shop).expect("lock") else {
        panic!("not locked");
    };
    let refused = kindred(&["import", arg(&shop), "--from", arg(&template)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("open in Kindred"), "{}", stderr(&refused));
    assert_eq!(fs::read(&shop).expect("read"), before);
}
