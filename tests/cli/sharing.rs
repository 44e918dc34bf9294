//! Two people, one workspace, on the command line: `kindred merge` as git's merge driver in a
//! real repository, and `kindred sync` merging a sync tool's conflict copies.

use crate::common::full_workspace;
use kindred::model::{Interaction, Person, Workspace, codec};
use kindred::store;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// The binary with a data folder of its own (the common versions go there, not into the home
/// of whoever runs the tests).
fn kindred(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .env("KINDRED_USER", "Tester")
        .output()
        .expect("the binary runs")
}

fn git(repo: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(repo)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Anna")
        .env("GIT_AUTHOR_EMAIL", "anna@example.com")
        .env("GIT_COMMITTER_NAME", "Anna")
        .env("GIT_COMMITTER_EMAIL", "anna@example.com")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs")
}

fn ok(output: &Output) -> &Output {
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn read(path: &Path) -> Workspace {
    codec::decode(&fs::read(path).expect("read")).expect("a valid workspace").workspace
}

fn write(path: &Path, workspace: &Workspace) {
    fs::write(path, codec::encode(workspace)).expect("written");
}

/// A repository with `shop.kindred` committed on `main` and the driver configured.
fn repository(dir: &Path, workspace: &Workspace) {
    ok(&git(dir, &["init", "-q", "-b", "main"]));
    fs::write(dir.join(".gitattributes"), "*.kindred merge=kindred\n").expect("attributes");
    let driver = format!("{} merge %O %A %B", env!("CARGO_BIN_EXE_kindred"));
    ok(&git(dir, &["config", "merge.kindred.driver", &driver]));
    write(&dir.join("shop.kindred"), workspace);
    ok(&git(dir, &["add", "."]));
    ok(&git(dir, &["commit", "-q", "-m", "The shop"]));
}

fn commit_on(dir: &Path, branch: &str, from: &str, change: impl FnOnce(&mut Workspace)) {
    ok(&git(dir, &["checkout", "-q", "-B", branch, from]));
    let path = dir.join("shop.kindred");
    let mut workspace = read(&path);
    change(&mut workspace);
    write(&path, &workspace);
    ok(&git(dir, &["commit", "-q", "-am", branch]));
}

#[test]
fn git_merges_two_branches_that_both_changed_the_workspace_record_by_record() {
    let dir = tempfile::tempdir().expect("dir");
    let data = tempfile::tempdir().expect("data");
    let repo = dir.path();
    let mut start = full_workspace();
    start.conflicts.clear();
    repository(repo, &start);
    commit_on(repo, "anna", "main", |ws| {
        ws.people[0].role = "Owner and baker".into();
        ws.people[0].interactions.push(Interaction { note: "Called about the cake".into(), ..Interaction::default() });
    });
    commit_on(repo, "jonas", "main", |ws| {
        ws.people[1].life.notes = "Plays the cello".into();
        ws.people.push(Person::named("Eva Holm"));
        ws.people[0].interactions.push(Interaction { note: "Sent flowers".into(), ..Interaction::default() });
    });
    ok(&git(repo, &["checkout", "-q", "anna"]));
    let merged = git(repo, &["merge", "-q", "--no-edit", "jonas"]);
    assert!(merged.status.success(), "a clean merge: {}", text(&merged));
    let ws = read(&repo.join("shop.kindred"));
    assert!(ws.conflicts.is_empty());
    assert_eq!(ws.people[0].role, "Owner and baker");
    assert_eq!(ws.people[1].life.notes, "Plays the cello");
    assert_eq!(ws.people.len(), 3);
    let notes: Vec<&str> = ws.people[0].interactions.iter().map(|i| i.note.as_str()).collect();
    assert!(notes.contains(&"Called about the cake") && notes.contains(&"Sent flowers"), "{notes:?}");
    let _ = data;
}

#[test]
fn git_stops_on_a_real_conflict_with_a_valid_workspace_that_records_it() {
    let dir = tempfile::tempdir().expect("dir");
    let repo = dir.path();
    let mut start = full_workspace();
    start.conflicts.clear();
    repository(repo, &start);
    commit_on(repo, "anna", "main", |ws| ws.people[0].role = "Owner".into());
    commit_on(repo, "jonas", "main", |ws| ws.people[0].role = "Baker".into());
    ok(&git(repo, &["checkout", "-q", "anna"]));
    let merged = git(repo, &["merge", "-q", "--no-edit", "jonas"]);
    assert!(!merged.status.success(), "git stops for the person to look");
    let ws = read(&repo.join("shop.kindred"));
    assert_eq!(ws.people[0].role, "Owner", "ours is kept");
    assert_eq!(ws.conflicts.len(), 1);
    let data = tempfile::tempdir().expect("data");
    let check = kindred(data.path(), &["sync", &repo.join("shop.kindred").display().to_string()]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    assert!(
        text(&check).contains(
            "conflict: Mette \"Mettes\" Kjærgaard: role: \"Owner\" (Anna \"Bager\" Dahl) / \"Baker\" (Anna \"Bager\" Dahl)"
        ),
        "the person, the field and both values: {}",
        text(&check)
    );
}

#[test]
fn merge_writes_to_out_and_says_when_an_input_cannot_be_read() {
    let dir = tempfile::tempdir().expect("dir");
    let data = tempfile::tempdir().expect("data");
    let [base, ours, theirs, out] =
        ["base", "ours", "theirs", "out"].map(|name| dir.path().join(format!("{name}.kindred")));
    let mut start = full_workspace();
    start.conflicts.clear();
    write(&base, &start);
    let mut mine = start.clone();
    mine.name = "Bageriet".into();
    write(&ours, &mine);
    let mut other = start.clone();
    other.currency = "EUR".into();
    write(&theirs, &other);
    let paths = [&base, &ours, &theirs].map(|p| p.display().to_string());
    let run = kindred(data.path(), &["merge", &paths[0], &paths[1], &paths[2], "-o", &out.display().to_string()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    let result = read(&out);
    assert_eq!((result.name.as_str(), result.currency.as_str()), ("Bageriet", "EUR"));
    assert_eq!(read(&ours), mine, "OURS is untouched when OUT is given");
    fs::write(&theirs, "not a workspace").expect("write");
    let broken = kindred(data.path(), &["merge", &paths[0], &paths[1], &paths[2]]);
    assert_eq!(broken.status.code(), Some(2), "{}", text(&broken));
    assert!(text(&broken).contains("theirs.kindred"), "names the file: {}", text(&broken));
    assert_eq!(read(&ours), mine, "nothing written");
}

#[test]
fn sync_merges_a_conflict_copy_against_the_common_version_and_moves_it_to_the_backups() {
    let dir = tempfile::tempdir().expect("dir");
    let data = tempfile::tempdir().expect("data");
    let path = dir.path().join("shop.kindred");
    let shown = path.display().to_string();
    let mut start = full_workspace();
    start.conflicts.clear();
    start.revisions.clear();
    store::save(&path, &start).expect("saved");
    // This computer reads it (and keeps it as the common version) and changes it.
    let csv = dir.path().join("people.csv");
    fs::write(&csv, "Name,Email\nIda Berg,ida@example.com\n").expect("csv");
    ok(&kindred(data.path(), &["import", &shown, "--from", &csv.display().to_string()]));
    // Meanwhile the other computer changed the version both started from; the sync tool kept
    // theirs as a conflict copy.
    let mut theirs = start.clone();
    theirs.people[1].role = "Apprentice".into();
    let original = codec::encode(&start);
    theirs.descend_from(&store::base::revision_of(original.as_bytes()));
    let copy = dir.path().join("shop.sync-conflict-20261205-143000-ABCDEFG.kindred");
    write(&copy, &theirs);
    // A sync tool's copy of a companion is left alone.
    let lock_copy = dir.path().join("shop.kindred.sync-conflict-20261205-143000-ABCDEFG.lock");
    fs::write(&lock_copy, "pid 1").expect("write");
    let run = kindred(data.path(), &["sync", &shown]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    assert!(text(&run).contains("merged in: The other version changed 1 person"), "{}", text(&run));
    let ws = read(&path);
    assert!(ws.conflicts.is_empty(), "{:?}", ws.conflicts);
    assert_eq!(ws.people[1].role, "Apprentice", "theirs came in");
    assert!(ws.people.iter().any(|p| p.name == "Ida Berg"), "ours stayed");
    assert_eq!(
        ws.people.iter().find(|p| p.name == "Ida Berg").and_then(|p| p.changed.as_ref()).map(|s| s.who.as_str()),
        Some("Tester")
    );
    assert!(!copy.exists(), "moved");
    assert_eq!(read(&store::paths::backup_path(&path, 1)), theirs, "to the backups");
    assert!(lock_copy.exists());
    let again = kindred(data.path(), &["sync", &shown]);
    assert!(text(&again).contains("no conflict copies"), "{}", text(&again));
}

#[test]
fn without_a_common_version_a_conflict_copy_loses_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let data = tempfile::tempdir().expect("data");
    let path = dir.path().join("shop.kindred");
    let mut start = full_workspace();
    start.conflicts.clear();
    let mut mine = start.clone();
    mine.people[0].role = "Owner".into();
    mine.people.remove(1);
    write(&path, &mine);
    let mut theirs = start.clone();
    theirs.people[0].role = "Baker".into();
    write(&dir.path().join("shop (Jonas's conflicted copy 2026-12-05).kindred"), &theirs);
    let run = kindred(data.path(), &["sync", &path.display().to_string()]);
    assert_eq!(run.status.code(), Some(1), "conflicts to look at: {}", text(&run));
    let ws = read(&path);
    assert_eq!(ws.people.len(), 2, "the person only they have is kept");
    assert_eq!(ws.people[0].role, "Owner");
    assert_eq!(ws.conflicts.len(), 1);
}
