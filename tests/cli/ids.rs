//! Ids are unique: `check` names both places of an id held twice, `import` refuses such a
//! workspace, an import never brings an id already used (so the calendar's UIDs stay one
//! event's each), and an identical copy imports as no change.

use kindred::model::{Milestone, Person, Workspace};
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn kindred(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred")).args(args).output().expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The shipped sample, saved at `path`.
fn sample_at(path: &Path) -> Workspace {
    let bytes = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample.kindred")).expect("the sample");
    let sample = kindred::model::codec::decode(&bytes).expect("the sample reads").workspace;
    kindred::store::save(path, &sample).expect("saves");
    sample
}

fn position(sample: &Workspace, name: &str) -> usize {
    sample.people.iter().position(|p| p.name == name).expect("in the sample")
}

#[test]
fn check_names_both_people_who_share_an_id() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let mut sample = sample_at(&path);
    let (mette, ole) = (position(&sample, "Mette Kjærgaard"), position(&sample, "Ole Kristensen"));
    sample.people[ole].id = sample.people[mette].id;
    kindred::store::save(&path, &sample).expect("saves");
    let output = kindred(&["check", arg(&path)]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
    let message = text(&output.stderr);
    let expected = format!(
        "person {} (Mette Kjærgaard) and person {} (Ole Kristensen) share the id {}",
        mette + 1,
        ole + 1,
        sample.people[mette].id
    );
    assert!(message.contains(&expected), "{message}");
    assert!(message.contains("1 record shares an id with another"), "{message}");
}

#[test]
fn check_names_a_milestone_two_people_share() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let mut sample = sample_at(&path);
    let (mette, ole) = (position(&sample, "Mette Kjærgaard"), position(&sample, "Ole Kristensen"));
    let shared = sample.people[mette].milestones[1].clone();
    sample.people[ole].milestones.push(Milestone { label: "Copied".into(), ..shared.clone() });
    kindred::store::save(&path, &sample).expect("saves");
    let output = kindred(&["check", arg(&path)]);
    assert_eq!(output.status.code(), Some(1));
    let expected = format!(
        "milestone 2 of person {} (Mette Kjærgaard) and milestone {} of person {} (Ole Kristensen) share the id {}",
        mette + 1,
        sample.people[ole].milestones.len(),
        ole + 1,
        shared.id
    );
    assert!(text(&output.stderr).contains(&expected), "{}", text(&output.stderr));
}

#[test]
fn import_into_a_workspace_whose_ids_repeat_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let mut sample = sample_at(&path);
    let last = sample.people.len() - 1;
    sample.people[last].id = sample.people[0].id;
    kindred::store::save(&path, &sample).expect("saves");
    let before = fs::read(&path).expect("read");
    let card = dir.path().join("new.vcf");
    fs::write(&card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nina Berg\r\nEND:VCARD\r\n").expect("write");
    let output = kindred(&["import", arg(&path), "--from", arg(&card)]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
    let message = text(&output.stderr);
    assert!(message.contains("is not changed: records in it share ids"), "{message}");
    assert!(message.contains(&sample.people[0].id.to_string()), "{message}");
    assert_eq!(fs::read(&path).expect("read"), before, "the file is untouched");
    assert!(!kindred::store::paths::backup_path(&path, 2).exists(), "not even saved again");
}

/// The UIDs of a calendar export (its long lines unfolded).
fn uids(calendar: &Path) -> Vec<String> {
    let text = fs::read_to_string(calendar).expect("the calendar").replace("\r\n ", "");
    text.lines().filter_map(|line| line.strip_prefix("UID:")).map(str::to_owned).collect()
}

#[test]
fn a_copy_where_two_people_were_merged_imports_without_giving_two_events_one_uid() {
    let dir = tempfile::tempdir().expect("dir");
    let (path, copy) = (dir.path().join("shop.kindred"), dir.path().join("copy.kindred"));
    // In a copy, Ole was merged into Mette, as the People view does it; here they are two.
    let sample = sample_at(&path);
    let (mette, ole) = (position(&sample, "Mette Kjærgaard"), position(&sample, "Ole Kristensen"));
    let mut merged = sample.clone();
    merged.people[mette] = kindred::ops::merge::merge(&sample.people[mette], &sample.people[ole]);
    merged.people.remove(ole);
    kindred::store::save(&copy, &merged).expect("saves");
    let output = kindred(&["import", arg(&path), "--from", arg(&copy)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("0 new, 1 updated"), "Mette gains Ole's: {}", text(&output.stdout));

    let check = kindred(&["check", arg(&path)]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    let after = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert_eq!(after.people[ole], sample.people[ole], "Ole keeps his own");
    assert!(after.people[mette].milestones.len() > sample.people[mette].milestones.len());
    let calendar = dir.path().join("milestones.ics");
    assert!(kindred(&["export", arg(&path), "--to", arg(&calendar)]).status.success());
    let uids = uids(&calendar);
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert!(uids.len() > 20, "the sample's milestones are there: {}", uids.len());
    assert_eq!(unique.len(), uids.len(), "a UID is one event's only");
}

#[test]
fn an_identical_copy_imports_as_no_change() {
    let dir = tempfile::tempdir().expect("dir");
    // The sample, and a generated workspace whose families have two children of one name.
    let demo = dir.path().join("demo.kindred");
    assert!(kindred(&["demo", "--people", "1000", "--today", "2026-01-01", arg(&demo)]).status.success());
    let sample = dir.path().join("sample.kindred");
    sample_at(&sample);
    for (path, people) in [(sample, 12), (demo, 1000)] {
        let copy = dir.path().join("copy.kindred");
        fs::copy(&path, &copy).expect("copy");
        let before = fs::read(&path).expect("read");
        let output = kindred(&["import", arg(&path), "--from", arg(&copy)]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let report = text(&output.stdout);
        let summary = format!("0 new, 0 updated, {people} unchanged, 0 skipped");
        assert!(report.contains(&summary), "{report}");
        assert!(report.contains("nothing to change"), "{report}");
        assert!(!report.contains("Also recorded"), "{report}");
        assert_eq!(fs::read(&path).expect("read"), before);
    }
}

#[test]
fn people_of_another_workspace_with_ids_used_here_come_in_with_new_ones() {
    let dir = tempfile::tempdir().expect("dir");
    let (path, other) = (dir.path().join("shop.kindred"), dir.path().join("other.kindred"));
    let sample = sample_at(&path);
    // Someone else, who happens to have Mette's id and her first milestone's.
    let mette = &sample.people[position(&sample, "Mette Kjærgaard")];
    let mut stranger = Person { id: mette.id, ..Person::named("Nina Berg") };
    stranger.milestones.push(mette.milestones[0].clone());
    kindred::store::save(&other, &Workspace { people: vec![stranger], ..Workspace::named("Other") }).expect("saves");
    let output = kindred(&["import", arg(&path), "--from", arg(&other)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let check = kindred(&["check", arg(&path)]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    let after = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert_eq!(after.people.len(), sample.people.len() + 1);
    assert_eq!(after.people[..sample.people.len()], sample.people[..], "no one here changed");
    let nina = after.people.last().expect("Nina");
    assert_ne!(nina.id, mette.id);
    assert_ne!(nina.milestones[0].id, mette.milestones[0].id, "her milestone has an id of its own");
}
