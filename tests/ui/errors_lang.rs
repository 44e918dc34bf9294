//! What opening a workspace reports, in Danish and Norwegian: a broken file's screen (with its
//! line and column), a file someone else has open, a file with fields this version does not
//! know — and none of it in English.

use crate::common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kindred::i18n::{Lang, set_language};
use kindred::ui::{KindredApp, Settings};
use std::path::Path;

/// The app on `path`, started with `lang` chosen in its settings (so the file is read in it).
fn app_in(lang: Lang, dir: &Path, path: &Path) -> Harness<'static, KindredApp> {
    let settings_path = dir.join("settings.ron");
    let settings = Settings { language: lang.code().to_owned(), ..Settings::default() };
    settings.save(&settings_path).expect("settings saved");
    let app = KindredApp::new(Some(path.to_path_buf()), Some(settings_path));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    harness.run();
    harness
}

/// Every text of the accessibility tree: labels and values.
fn tree_texts(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness
        .query_all(by().predicate(|_| true))
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()].into_iter().flatten().collect::<Vec<_>>()
        })
        .collect()
}

/// The one text on the screen that contains `part`.
fn text_containing(harness: &Harness<'_, KindredApp>, part: &str) -> String {
    tree_texts(harness).into_iter().find(|t| t.contains(part)).unwrap_or_else(|| panic!("no “{part}” shown"))
}

fn assert_no_english(harness: &Harness<'_, KindredApp>, english: &[&str]) {
    let texts = tree_texts(harness);
    for word in english {
        let found: Vec<_> = texts.iter().filter(|t| t.contains(word)).collect();
        assert!(found.is_empty(), "English “{word}” shown: {found:?}");
    }
}

#[test]
fn a_broken_file_is_reported_in_danish_with_its_place() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("broken.kindred");
    std::fs::write(&path, "(\n\tformat_version: 1,\n\tpeople: [oops],\n)").expect("write");
    let harness = app_in(Lang::Da, dir.path(), &path);
    harness.get_by_label("Arbejdsområdet kunne ikke åbnes");
    harness.get_by_label("Filen er ikke blevet ændret.");
    harness.get_by_label_contains("broken.kindred:3:");
    let text = text_containing(&harness, "broken.kindred:3:");
    assert!(text.contains(": fejl i filens tekst: "), "{text}");
    assert_no_english(&harness, &["could not be opened", "has not been changed", "cannot be read"]);

    let empty = dir.path().join("empty.kindred");
    std::fs::write(&empty, "").expect("write");
    let harness = app_in(Lang::Nb, dir.path(), &empty);
    harness.get_by_label("Arbeidsområdet kunne ikke åpnes");
    harness.get_by_label_contains("empty.kindred:1:1: filen er tom");
    assert_no_english(&harness, &["the file is empty", "could not be opened"]);
    set_language(Lang::En);
}

#[test]
fn a_workspace_open_elsewhere_says_who_has_it_in_danish() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    // The parent of this test runs as long as the test does: a holder on this computer.
    let parent = std::os::unix::process::parent_id();
    let holder = kindred::store::lock::LockInfo {
        pid: parent,
        started: kindred::store::lock::start_time(parent),
        user: "mette".into(),
        ..kindred::store::lock::LockInfo::here()
    };
    let lock = kindred::store::paths::lock_path(&path);
    std::fs::write(&lock, ron::to_string(&holder).expect("ron")).expect("write");
    let harness = app_in(Lang::Da, dir.path(), &path);
    harness.get_by_label("Arbejdsområdet er åbent et andet sted");
    harness.get_by_label_contains("Skrivebeskyttet: det er åbent i Kindred hos mette på ");
    harness.get_by_label_contains("Det er åbent i Kindred hos mette på ");
    let text = text_containing(&harness, "Skrivebeskyttet: det er åbent");
    assert!(text.contains("(proces ") && text.contains(" siden ") && text.contains(" kl. "), "{text}");
    assert_no_english(&harness, &["is open in Kindred by", "(process ", " since "]);
    set_language(Lang::En);
}

#[test]
fn unknown_fields_are_named_in_norwegian() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let text = kindred::model::codec::encode(&common::full_workspace()).replacen(
        "\tname: \"Bageriet Dahl\",",
        "\tname: \"Bageriet Dahl\",\n\tmascot: \"Kringle\",",
        1,
    );
    std::fs::write(&path, text).expect("write");
    let harness = app_in(Lang::Nb, dir.path(), &path);
    harness.get_by_label(
        "Skrivebeskyttet: filen har felter som Kindred ikke kjenner: mascot; den er åpnet skrivebeskyttet, slik at de \
         ikke går tapt",
    );
    assert_no_english(&harness, &["does not know", "read-only so that"]);
    set_language(Lang::En);
}

#[test]
fn a_failed_save_says_in_danish_where_the_work_is_kept() {
    use egui::{Key, Modifiers};
    use kindred::store::save::{FailingDisk, Step};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let mut harness = app_in(Lang::Da, dir.path(), &path);
    let disk = FailingDisk::at(Step::Rename, std::io::ErrorKind::StorageFull);
    harness.state_mut().inject_faults(kindred::ui::Faults { save: Some(disk), recovery: None });
    common::add_person(&mut harness, "Tilføj person", "Bo");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(1);
    harness.state_mut().finish_writing();
    harness.run_steps(2);
    let text = text_containing(&harness, "kunne ikke gemmes");
    assert!(
        text.contains("udskiftningen af filen med den nye version mislykkedes: disken er fuld (systemfejl 28)"),
        "{text}"
    );
    assert!(text.contains("(filen på disken er uændret). Dit ikke-gemte arbejde er bevaret i "), "{text}");
    assert_no_english(&harness, &["could not save", "unsaved work is kept"]);
    set_language(Lang::En);
}
