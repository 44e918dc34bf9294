//! Encrypted workspaces on the command line: the passphrase from `KINDRED_PASSPHRASE`, files
//! from the standard `age` tool, and a wrong passphrase that changes nothing.

use kindred::store::{self, crypt::Passphrase};
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `kindred` with `passphrase` in `KINDRED_PASSPHRASE` (or without the variable) and no
/// terminal to ask on.
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

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Written by `age -p` (age 1.1.1, work factor 18) from `format-1.kindred`.
const AGE_PASSPHRASE: &str = "Fjordudsigt ved Vejle";

#[test]
fn a_workspace_encrypted_by_the_age_tool_opens_with_its_passphrase() {
    let file = fixture("format-1-encrypted-by-age.kindred");
    let plain = store::load(&fixture("format-1.kindred")).expect("the plain fixture").decoded.workspace;
    let loaded = store::load_with(&file, Some(&Passphrase::new(AGE_PASSPHRASE))).expect("opens");
    assert!(loaded.encrypted);
    assert_eq!(loaded.decoded.workspace, plain);

    let check = kindred(&["check", arg(&file)], Some(AGE_PASSPHRASE));
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    assert!(String::from_utf8_lossy(&check.stdout).contains("valid Kindred workspace"));
}

#[test]
fn without_or_with_a_wrong_passphrase_the_command_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = dir.path().join("shop.kindred");
    fs::copy(fixture("format-1-encrypted-by-age.kindred"), &shop).expect("copy");
    let before = fs::read(&shop).expect("read");
    let none = kindred(&["check", arg(&shop)], None);
    assert_eq!(none.status.code(), Some(4));
    let said = String::from_utf8_lossy(&none.stderr);
    assert!(said.contains("give its passphrase in KINDRED_PASSPHRASE"), "{said}");
    let wrong = kindred(&["import", arg(&shop), "--from", arg(&fixture("exports/apple-contacts.vcf"))], Some("nope"));
    assert_eq!(wrong.status.code(), Some(4));
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert!(said.contains("the passphrase does not open this workspace (the file is unchanged)"), "{said}");
    assert_eq!(fs::read(&shop).expect("read"), before, "the file is as it was");
    assert!(!store::paths::backup_path(&shop, 1).exists(), "and nothing was saved beside it");
}

#[test]
fn an_import_into_an_encrypted_workspace_keeps_it_and_its_backup_encrypted() {
    let dir = tempfile::tempdir().expect("dir");
    let shop = dir.path().join("shop.kindred");
    fs::copy(fixture("format-1-encrypted-by-age.kindred"), &shop).expect("copy");
    let vcf = fixture("exports/apple-contacts.vcf");
    let import = kindred(&["import", arg(&shop), "--from", arg(&vcf)], Some(AGE_PASSPHRASE));
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    for file in [shop.clone(), store::paths::backup_path(&shop, 1)] {
        assert!(store::crypt::is_encrypted(&fs::read(&file).expect("read")), "{} is plain", file.display());
    }
    let key = Passphrase::new(AGE_PASSPHRASE);
    let people = store::load_with(&shop, Some(&key)).expect("opens").decoded.workspace.people.len();
    assert!(people > 2, "the contacts were added: {people}");
}
