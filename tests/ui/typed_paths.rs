//! Paths typed into the path entry (what the app offers where no native file dialog is): `~` is
//! the home folder, exports are offered in the Documents folder and then where the last one
//! went, and every error about a file the person chose names it.
//!
//! The app finds the home and Documents folders in the environment, so each test runs again
//! in a process of its own whose home (`HOME` and the XDG folders) is a temporary folder.

use crate::common;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::{Person, Workspace};
use kindred::ui::KindredApp;
use std::path::{Path, PathBuf};
use std::process::Command;

/// In the process the test runs in on its own: the temporary home. Otherwise runs `test` (its
/// path in this binary) in such a process, checks that it ran and passed, and returns `None`.
fn own_home(test: &str) -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("KINDRED_TEST_HOME") {
        return Some(PathBuf::from(home));
    }
    let home = tempfile::tempdir().expect("a temporary home");
    let output = Command::new(std::env::current_exe().expect("the test binary"))
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env("KINDRED_TEST_HOME", home.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("XDG_DATA_HOME", home.path().join(".local/share"))
        .env("KINDRED_NO_NATIVE_DIALOGS", "1")
        .output()
        .expect("the test binary runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{test}, in a home of its own, failed:\n{text}");
    assert!(text.contains("1 passed"), "{test} did not run in a home of its own:\n{text}");
    None
}

/// The app on a workspace with one person, kept in a folder outside the home folder.
fn app() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let mut workspace = Workspace::named("Bakery");
    workspace.people.push(Person::named("Mette Kjærgaard"));
    common::open_workspace(&workspace)
}

fn export_people_as_csv(harness: &mut Harness<'static, KindredApp>) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label("People as CSV…").click();
    harness.run();
}

/// Replaces what the path entry's field `label` holds with `typed`, and presses Enter.
fn enter_path(harness: &mut Harness<'static, KindredApp>, label: &str, typed: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(typed);
    harness.run();
    harness.key_press(Key::Enter);
    // An import starts reading on its own thread and animates its progress until it is heard
    // back from: a few frames, not until settled.
    harness.run_steps(3);
}

fn field_value(harness: &Harness<'static, KindredApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

/// The home folder as the file system names it (a temporary folder may sit behind a link).
fn real(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).expect("the folder is there")
}

#[test]
fn exports_are_offered_in_documents_and_a_typed_tilde_is_the_home_folder() {
    let Some(home) = own_home("typed_paths::exports_are_offered_in_documents_and_a_typed_tilde_is_the_home_folder")
    else {
        return;
    };
    // A Danish desktop's Documents folder, as the XDG user folders name it.
    std::fs::create_dir_all(home.join(".config")).expect("config folder");
    std::fs::write(home.join(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Dokumenter\"\n").expect("written");
    std::fs::create_dir(home.join("Dokumenter")).expect("Documents");
    let (_dir, mut harness) = app();
    const FIELD: &str = "Path of the .csv file";

    export_people_as_csv(&mut harness);
    assert_eq!(field_value(&harness, FIELD), home.join("Dokumenter/people.csv").display().to_string());
    enter_path(&mut harness, FIELD, "~/kunder");
    let written = std::fs::read_to_string(home.join("kunder.csv")).expect("written in the home folder");
    assert!(written.contains("Mette Kjærgaard"), "{written}");
    assert!(!home.join("~").exists(), "no folder named ~ was made");
    let done = format!("Exported to {}", home.join("kunder.csv").display());
    assert!(harness.query_by_label(&done).is_some(), "the message says where: {done}");

    // The next export is offered where this one went.
    export_people_as_csv(&mut harness);
    assert_eq!(field_value(&harness, FIELD), real(&home).join("people.csv").display().to_string());
}

#[test]
fn every_error_about_a_typed_file_names_it() {
    let Some(home) = own_home("typed_paths::every_error_about_a_typed_file_names_it") else { return };
    let (_dir, mut harness) = app();
    let missing = |name: &str| home.join(name).display().to_string();

    // Import: a file that is not there.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    enter_path(&mut harness, "Path of the .vcf, .csv, .kindred or .kindred-journey file", "~/kontakter.vcf");
    for _ in 0..50 {
        if harness.query_by_label("Close").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
    let said = common::shown(&harness, "Nothing was imported");
    assert!(said.contains(&missing("kontakter.vcf")) && said.contains("does not exist"), "{said}");
    harness.get_by_label("Close").click();
    harness.run();

    // Export: into a folder that is not there.
    export_people_as_csv(&mut harness);
    enter_path(&mut harness, "Path of the .csv file", "~/Eksport/kunder.csv");
    let said = common::shown(&harness, "Could not export");
    assert!(said.contains(&missing("Eksport/kunder.csv")) && said.contains("does not exist"), "{said}");

    // Save as: likewise.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    enter_path(&mut harness, "Path of the .kindred file", "~/Arkiv/bageriet");
    let said = common::shown(&harness, "Arkiv");
    assert!(said.contains(&missing("Arkiv/bageriet.kindred")) && said.contains("does not exist"), "{said}");

    // Open: a workspace that is not there yet is offered to be made, in the home folder.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open by path…").click();
    harness.run();
    enter_path(&mut harness, "Path of the .kindred file", "~/ny");
    let said = common::shown(&harness, "Your workspace will be kept in");
    assert!(said.ends_with(&missing("ny.kindred")), "{said}");
}
