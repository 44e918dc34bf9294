//! What `kindred export` may write over: never the workspace it reads (by any name), never a
//! workspace open in Kindred, another workspace only with a copy that keeps it as a backup, and
//! anything else only by replacing it whole. An encrypted workspace's copy keeps its passphrase
//! unless a plain one is asked for, and every output says which.

use kindred::store::{self, crypt::Passphrase, lock, paths};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn kindred(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kindred"));
    command.args(args).env_remove("KINDRED_PASSPHRASE").stdin(Stdio::null());
    if let Some(passphrase) = passphrase {
        command.env("KINDRED_PASSPHRASE", passphrase);
    }
    command.output().expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn demo(dir: &Path, name: &str, people: &str) -> PathBuf {
    let path = dir.join(name);
    let made = kindred(&["demo", "--people", people, "--today", "2026-12-01", arg(&path)], None);
    assert!(made.status.success(), "{}", stderr(&made));
    path
}

/// The files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).expect("list").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn the_workspace_itself_is_refused_by_any_name() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo(dir.path(), "shop.kindred", "5");
    let before = fs::read(&shop).expect("read");
    std::os::unix::fs::symlink(&shop, dir.path().join("link.kindred")).expect("symlink");
    fs::hard_link(&shop, dir.path().join("hard.csv")).expect("hard link");
    fs::create_dir(dir.path().join("sub")).expect("folder");
    let names_of_it = [
        (shop.clone(), vec![]),
        (dir.path().join("sub/../shop.kindred"), vec![]),
        (dir.path().join("link.kindred"), vec![]),
        (dir.path().join("hard.csv"), vec![]),
        (shop.clone(), vec!["--format", "json"]),
    ];
    let files = listing(dir.path());
    for (to, extra) in names_of_it {
        let mut args = vec!["export", arg(&shop), "--to", arg(&to)];
        args.extend(extra);
        let output = kindred(&args, None);
        assert_eq!(output.status.code(), Some(1), "{}: {}", to.display(), stdout(&output));
        let said = stderr(&output);
        assert!(said.contains("is the workspace being exported") && said.contains("export to another file"), "{said}");
        assert_eq!(fs::read(&shop).expect("read"), before, "{} left the workspace as it was", to.display());
        assert_eq!(listing(dir.path()), files, "no backup, lock or temporary file left");
    }
    assert!(fs::symlink_metadata(dir.path().join("link.kindred")).expect("link").file_type().is_symlink());
}

#[test]
fn a_workspace_open_in_kindred_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo(dir.path(), "shop.kindred", "5");
    let theirs = demo(dir.path(), "theirs.kindred", "3");
    let before = fs::read(&theirs).expect("read");
    // Held by a program that runs: this test.
    let lock::LockOutcome::Acquired(held) = lock::acquire(&theirs).expect("lock") else { panic!("not locked") };
    for (extra, to) in [(None, theirs.clone()), (Some("csv"), theirs.clone())] {
        let mut args = vec!["export", arg(&shop), "--to", arg(&to)];
        if let Some(format) = extra {
            args.extend(["--format", format]);
        }
        let output = kindred(&args, None);
        assert_eq!(output.status.code(), Some(1), "{:?}: {}", extra, stdout(&output));
        assert!(stderr(&output).contains("is open in Kindred by"), "{}", stderr(&output));
        assert_eq!(fs::read(&theirs).expect("read"), before);
        assert!(!paths::backup_path(&theirs, 1).exists());
    }
    // Through a link to it, too.
    let link = dir.path().join("elsewhere.kindred");
    std::os::unix::fs::symlink(&theirs, &link).expect("symlink");
    let output = kindred(&["export", arg(&shop), "--to", arg(&link)], None);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert_eq!(fs::read(&theirs).expect("read"), before);
    assert_eq!(lock::read_lock(&paths::lock_path(&theirs)).expect("readable").as_ref(), Some(held.info()));
    drop(held);
    // Once it is closed, a copy replaces it and keeps it as a backup.
    let output = kindred(&["export", arg(&shop), "--to", arg(&theirs)], None);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(fs::read(paths::backup_path(&theirs, 1)).expect("backup"), before);
    assert_eq!(fs::read(&theirs).expect("copy"), fs::read(&shop).expect("read"));
    assert!(stdout(&output).contains("the version it replaced is kept as"), "{}", stdout(&output));
    assert!(!paths::lock_path(&theirs).exists(), "the lock taken while writing is gone");
}

#[test]
fn a_copy_through_a_link_replaces_the_file_it_names_and_the_link_stays() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo(dir.path(), "shop.kindred", "5");
    fs::create_dir(dir.path().join("sync")).expect("folder");
    let real = demo(&dir.path().join("sync"), "real.kindred", "3");
    let before = fs::read(&real).expect("read");
    let link = dir.path().join("link.kindred");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let output = kindred(&["export", arg(&shop), "--to", arg(&link)], None);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "still a link");
    assert_eq!(fs::read(&real).expect("read"), fs::read(&shop).expect("read"));
    assert_eq!(fs::read(paths::backup_path(&real, 1)).expect("backup beside the file"), before);
    assert!(stdout(&output).contains("real.kindred.bak1"), "{}", stdout(&output));
    assert!(!paths::lock_path(&real).exists() && !paths::lock_path(&link).exists());
}

#[test]
fn a_workspace_is_replaced_only_by_a_copy_of_a_workspace() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo(dir.path(), "shop.kindred", "5");
    let other = demo(dir.path(), "other.kindred", "3");
    let before = fs::read(&other).expect("read");
    for format in ["json", "csv", "vcf"] {
        let output = kindred(&["export", arg(&shop), "--to", arg(&other), "--format", format], None);
        assert_eq!(output.status.code(), Some(1), "{format}");
        assert!(stderr(&output).contains("is a Kindred workspace; only a .kindred copy may replace it"));
        assert_eq!(fs::read(&other).expect("read"), before, "{format}");
    }
    assert!(!paths::lock_path(&other).exists());
}

#[test]
fn any_other_file_is_replaced_whole() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = demo(dir.path(), "shop.kindred", "5");
    let csv = dir.path().join("people.csv");
    fs::write(&csv, "old export").expect("write");
    // A second name for the old file: a file rewritten in place would change under it too.
    let second = dir.path().join("yesterday.csv");
    fs::hard_link(&csv, &second).expect("hard link");
    let output = kindred(&["export", arg(&shop), "--to", arg(&csv)], None);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(fs::read_to_string(&csv).expect("read").starts_with("\u{feff}Name,"));
    assert_eq!(fs::read_to_string(&second).expect("read"), "old export", "replaced by a rename, not rewritten");
    assert_eq!(listing(dir.path()), ["people.csv", "shop.kindred", "yesterday.csv"]);
}

/// Written by `age -p` (age 1.1.1) from `format-1.kindred`.
const AGE_PASSPHRASE: &str = "Fjordudsigt ved Vejle";

fn encrypted_shop(dir: &Path) -> PathBuf {
    let shop = dir.join("shop.kindred");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1-encrypted-by-age.kindred");
    fs::copy(fixture, &shop).expect("copy");
    shop
}

#[test]
fn a_copy_of_an_encrypted_workspace_keeps_its_passphrase_unless_asked_for_a_plain_one() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = encrypted_shop(dir.path());
    let key = Passphrase::new(AGE_PASSPHRASE);
    let workspace = store::load_with(&shop, Some(&key)).expect("opens").decoded.workspace;

    let copy = dir.path().join("copy.kindred");
    let output = kindred(&["export", arg(&shop), "--to", arg(&copy)], Some(AGE_PASSPHRASE));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("wrote an encrypted copy (same passphrase)"), "{}", stdout(&output));
    assert!(store::crypt::is_encrypted(&fs::read(&copy).expect("read")), "the copy is not plain text");
    assert!(matches!(store::load(&copy), Err(store::OpenError::Encrypted { .. })));
    assert_eq!(store::load_with(&copy, Some(&key)).expect("same passphrase").decoded.workspace, workspace);

    let plain = dir.path().join("plain.kindred");
    let output = kindred(&["export", arg(&shop), "--to", arg(&plain), "--plain"], Some(AGE_PASSPHRASE));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("wrote a plain, unencrypted copy"), "{}", stdout(&output));
    assert_eq!(store::load(&plain).expect("plain").decoded.workspace, workspace);

    // Replacing the encrypted copy keeps it, still encrypted, as the backup.
    let output = kindred(&["export", arg(&shop), "--to", arg(&copy)], Some(AGE_PASSPHRASE));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(store::crypt::is_encrypted(&fs::read(paths::backup_path(&copy, 1)).expect("backup")));
}

#[test]
fn other_exports_of_an_encrypted_workspace_say_they_are_not_encrypted() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = encrypted_shop(dir.path());
    for name in ["all.json", "people.csv", "people.vcf"] {
        let to = dir.path().join(name);
        let output = kindred(&["export", arg(&shop), "--to", arg(&to)], Some(AGE_PASSPHRASE));
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let said = stdout(&output);
        let note: Vec<&str> = said.lines().filter(|l| l.contains("note: not encrypted")).collect();
        assert_eq!(note.len(), 1, "{name}: one line says so: {said}");
        assert!(note[0].contains("shop.kindred is"), "{said}");
    }
    // A plain workspace's exports need no such word, and --plain is only for a copy.
    let plain = demo(dir.path(), "plain.kindred", "3");
    let output = kindred(&["export", arg(&plain), "--to", arg(&dir.path().join("p.json"))], None);
    assert!(!stdout(&output).contains("not encrypted"), "{}", stdout(&output));
    let output = kindred(&["export", arg(&plain), "--to", arg(&dir.path().join("p.csv")), "--plain"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--plain is for a .kindred copy"), "{}", stderr(&output));
    assert!(!dir.path().join("p.csv").exists());
}
