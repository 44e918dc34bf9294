//! The app shell driven like a person drives it: by accessible labels, clicks and keys.

use crate::common;

use common::harness_on;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::ui::KindredApp;

const CTRL_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

/// Picks a language from the View menu, by the menus' names in the language shown now.
fn choose_language(harness: &mut Harness<'_, KindredApp>, view_menu: &str, language_menu: &str, language: &str) {
    harness.get_by_label(view_menu).click();
    harness.run();
    harness.get_by_label(language_menu).hover();
    harness.run();
    harness.get_by_label(language).click();
    harness.run();
}

fn people(harness: &Harness<'_, KindredApp>) -> usize {
    harness.state().workspace().map_or(0, |w| w.people.len())
}

#[test]
fn opens_switches_views_edits_undoes_redoes_and_saves() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let mut harness = harness_on(&path);
    assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl");
    assert!(kindred::store::paths::lock_path(&path).exists(), "the open workspace is locked");

    harness.get_by_label("Journeys").click();
    harness.run();
    harness.get_by_label("Awareness");
    harness.get_by_label_contains("Tasting at the office —");

    harness.get_by_label("Board").click();
    harness.run();
    harness.get_by_label("Purchase (1)");

    harness.get_by_label("People").click();
    harness.run();
    assert_eq!(people(&harness), 2);
    harness.get_by_label("Add person").click();
    harness.run();
    harness.event(egui::Event::Text("Ida".into()));
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(people(&harness), 3);
    assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl *");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(people(&harness), 2, "undone");
    assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl", "back at the saved state");

    harness.key_press_modifiers(CTRL_SHIFT, Key::Z);
    harness.run();
    assert_eq!(people(&harness), 3, "redone");

    // The new person is selected: rename them in the profile.
    let name = harness.get_by_label("Name");
    name.focus();
    name.type_text(" Olsen");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let names: Vec<String> = harness.state().workspace().expect("open").people.iter().map(|p| p.name.clone()).collect();
    assert!(names.contains(&"Ida Olsen".to_owned()), "{names:?}");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    // One frame starts the save on its own thread; `run` would keep drawing the frames that
    // wait for it, and give up when the machine is slow. Wait for the save instead.
    harness.run_steps(1);
    assert!(harness.state_mut().finish_writing(), "saved");
    harness.run();
    harness.get_by_label("Saved.");
    let saved = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert_eq!(saved.people.len(), 3);
    assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl");
    assert!(kindred::store::paths::backup_path(&path, 1).exists());
}

#[test]
fn a_broken_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("broken.kindred");
    std::fs::write(&path, "(\n\tformat_version: 1,\n\tpeople: [oops],\n)").expect("write");
    let harness = harness_on(&path);
    harness.get_by_label("This workspace could not be opened");
    harness.get_by_label_contains("broken.kindred:3:");
    harness.get_by_label("Open by path…");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "(\n\tformat_version: 1,\n\tpeople: [oops],\n)");
}

#[test]
fn the_about_box_shows_the_version() {
    let (_dir, mut harness) = common::open_workspace(&kindred::model::Workspace::default());
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("About Kindred").click();
    harness.run();
    harness.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.query_by_label_contains("Version ").is_none(), "closed");
}

#[test]
fn first_run_offers_an_empty_or_the_sample_workspace() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("kindred").join("workspace.kindred");
    let mut harness = harness_on(&path);
    harness.get_by_label("Welcome to Kindred");
    harness.get_by_label("Start with the sample workspace").click();
    harness.run();
    assert!(path.exists(), "the workspace was created");
    assert!(people(&harness) >= 12, "the sample has a dozen customers");
    assert!(harness.state().title().starts_with("Kindred — "));
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let mut unsaved = common::full_workspace();
    unsaved.people.push(kindred::model::Person::named("Only in recovery"));
    kindred::store::write_recovery(&path, &unsaved).expect("recovery");

    let mut harness = harness_on(&path);
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(people(&harness), 3);
    assert_eq!(harness.state().title(), "Kindred — Bageriet Dahl *", "restored work is unsaved");
}

#[test]
fn a_workspace_changed_on_disk_is_not_overwritten_silently() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let mut harness = harness_on(&path);
    harness.get_by_label("Add person").click();
    harness.run();
    harness.event(egui::Event::Text("New person".into()));
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert!(harness.state().is_dirty(), "the new person is unsaved work");

    let mut theirs = common::full_workspace();
    theirs.people.push(kindred::model::Person::named("Added elsewhere"));
    std::fs::write(&path, kindred::model::codec::encode(&theirs)).expect("their save");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    // The save merges theirs in first, on a thread; with no common version of the two (theirs
    // was not made from the version read here) the person chooses, as before merges.
    harness.state_mut().finish_merging();
    harness.run();
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Compare…").click();
    harness.run();
    harness.get_by_label("Added elsewhere");
    harness.get_by_label("Keep mine, and save theirs as a copy").click();
    harness.run_steps(1);
    assert!(harness.state_mut().finish_writing(), "saved");

    let mine = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert!(mine.people.iter().any(|p| p.name == "New person"));
    let copies: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("(theirs "))
        .collect();
    assert_eq!(copies.len(), 1);
    let kept = kindred::store::load(&copies[0].path()).expect("loads").decoded.workspace;
    assert_eq!(kept, theirs);
}

#[test]
fn the_language_switches_at_run_time_from_the_view_menu() {
    let (_dir, mut harness) = common::open_workspace(&kindred::model::Workspace::named("Bakery"));
    choose_language(&mut harness, "View", "Language", "Dansk");
    assert!(harness.query_by_label("Filer").is_some(), "the menus speak Danish");
    assert!(harness.query_by_label("Tilføj person").is_some(), "and so does the People view");
    assert!(harness.query_by_label("0 af 0 personer").is_some());
    choose_language(&mut harness, "Vis", "Sprog", "Norsk bokmål");
    assert!(harness.query_by_label("Legg til person").is_some());
    choose_language(&mut harness, "Vis", "Språk", "English");
    assert!(harness.query_by_label("Add person").is_some());
}

#[test]
fn the_settings_screen_changes_the_workspace_in_undoable_steps() {
    let (_dir, mut harness) = common::open_workspace(&kindred::model::Workspace::named("Bakery"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    assert!(harness.query_by_label("Settings").is_some());
    harness.get_by_label("Show people by their initials").click();
    harness.run();
    let settings = |h: &Harness<'_, KindredApp>| h.state().workspace().map(|w| w.settings.clone()).unwrap_or_default();
    assert!(settings(&harness).present_initials);
    let currency = harness.get_by_label("Currency");
    currency.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Currency").type_text("nok");
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(harness.state().workspace().map(|w| w.currency.clone()).as_deref(), Some("NOK"));
    harness.get_by_label("Close").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().workspace().map(|w| w.currency.clone()).as_deref(), Some("DKK"), "undone");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!settings(&harness).present_initials, "undone too");
}

#[test]
fn the_settings_screen_sets_reminders_and_the_retention_review() {
    let (_dir, mut harness) = common::open_workspace(&kindred::model::Workspace::named("Bakery"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    let settings = |h: &Harness<'_, KindredApp>| h.state().workspace().map(|w| w.settings.clone()).unwrap_or_default();
    assert_eq!(settings(&harness).retention_months, 0, "the review is off until chosen");
    harness.get_by_label("Review former customers' data").click();
    harness.run();
    harness.get_by_label("after 12 months without contact").click();
    harness.run();
    assert_eq!(settings(&harness).retention_months, 12);
    let days = harness.get_by_label("Remind before a milestone");
    days.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Remind before a milestone").type_text("14");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(settings(&harness).remind_days, 14);
    assert_eq!(settings(&harness).family_remind_days, 7, "the relatives' reminder keeps its own");
    harness.get_by_label("Close").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(settings(&harness).remind_days, 7, "each change is one undo step");
    assert_eq!(settings(&harness).retention_months, 12);
}

#[test]
fn the_command_palette_runs_commands_and_finds_people_and_cards() {
    let (_dir, mut harness) = common::open_workspace(&common::full_workspace());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    let field = "Find a command, a person, a journey map or a card";
    assert!(harness.query_by_label("Present mode").is_some(), "an empty search lists the commands");
    harness.get_by_label(field).type_text("board");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("Purchase (1)").is_some(), "the Board view is shown");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label(field).type_text("jonas");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("People").is_some());
    assert!(harness.query_all_by_label("Jonas Hansen").count() >= 2, "his row in the list and his open profile");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label(field).type_text("tasting office");
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("Awareness").is_some(), "the card's map is shown in Journeys");
}

#[test]
fn a_map_made_from_a_template_is_named_in_the_language_of_the_app() {
    let (_dir, mut harness) = common::open_workspace(&kindred::model::Workspace::named("Bageri"));
    choose_language(&mut harness, "View", "Language", "Dansk");
    harness.get_by_label("Kunderejser").click();
    harness.run();
    harness.get_by_label("Salgsproces").click();
    harness.run();
    let map = harness.state().workspace().and_then(|w| w.journeys.first().cloned()).expect("a map");
    assert_eq!(map.name, "Salgsproces");
    assert_eq!(map.phases[0].name, "Opbyg tillid");
    assert_eq!(map.lanes[1].name, "Berøringspunkter");
    kindred::i18n::set_language(kindred::i18n::Lang::En);
}

#[test]
fn the_window_draws_at_once_and_shows_the_reading_of_a_large_workspace() {
    let (_dir, path) = common::saved_demo(2_000, "big.kindred");
    let app = KindredApp::loading(Some(path.clone()), None);
    kindred::i18n::set_language(kindred::i18n::Lang::En);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    harness.step();
    harness.get_by_label("Opening big.kindred…");
    // The rest comes while the window keeps drawing.
    let started = std::time::Instant::now();
    while harness.state().workspace().is_none() {
        assert!(started.elapsed().as_secs() < 60, "the workspace is read in the end");
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    assert_eq!(harness.state().workspace().map(|w| w.people.len()), Some(2_000));
    harness.get_by_label("2,000 of 2,000 people");
    assert!(kindred::store::paths::lock_path(&path).exists(), "and locked, as when opened at once");
}
