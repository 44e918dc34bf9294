//! A workspace whose records share ids opens read-only with the reason, in the language of the
//! moment, and is repaired only when the person asks: one step, which undo takes back.

use crate::common;

use common::{open_workspace, shown};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use kindred::i18n::{Lang, set_language};
use kindred::model::{Person, Workspace, duplicate_ids};

/// Three people, the third with the first's id.
fn shared_id() -> Workspace {
    let mut ws = Workspace::named("Shop");
    ws.people = vec![Person::named("Mette Kjærgaard"), Person::named("Ida Berg"), Person::named("Jonas Holm")];
    ws.people[2].id = ws.people[0].id;
    ws
}

#[test]
fn a_workspace_whose_people_share_an_id_opens_read_only_and_is_repaired_on_request() {
    let ws = shared_id();
    let id = ws.people[0].id;
    let (dir, mut harness) = open_workspace(&ws);
    let path = dir.path().join("shop.kindred");
    let reason = harness.state().read_only().expect("read-only");
    let both = format!("person 1 (Mette Kjærgaard) and person 3 (Jonas Holm) share the id {id}");
    assert!(reason.contains(&both), "{reason}");
    shown(&harness, &format!("Read-only: {both}"));
    assert!(harness.state().title().ends_with("(read-only)"));

    // The reason is kept as what it is, and worded when drawn: it follows the language.
    set_language(Lang::Da);
    harness.run();
    shown(&harness, &format!("Skrivebeskyttet: person 1 (Mette Kjærgaard) og person 3 (Jonas Holm) har samme id {id}"));
    set_language(Lang::En);
    harness.run();

    harness.get_by_label("Give the duplicates new ids…").click();
    harness.run();
    harness.get_by_label("Give the duplicates new ids?");
    shown(&harness, "One record shares its id with another.");
    shown(&harness, "stay with the record they lead to now");
    harness.get_by_label("Give new ids").click();
    harness.run();
    assert_eq!(harness.state().read_only(), None, "editable now");
    shown(&harness, "1 record got a new id. Save to keep them.");
    let repaired = harness.state().workspace().expect("open").clone();
    assert_eq!(duplicate_ids(&repaired), []);
    assert_eq!(repaired.people[0], ws.people[0], "the first holder keeps its id");
    assert_eq!(repaired.people[2].name, "Jonas Holm");
    assert!(harness.state().is_dirty());

    // Undo brings the duplicates back, and with them the read-only state.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().workspace(), Some(&ws));
    assert!(harness.state().read_only().is_some_and(|r| r.contains(&both)));

    // Repaired again and saved, the file is sound.
    harness.get_by_label("Give the duplicates new ids…").click();
    harness.run();
    harness.get_by_label("Give new ids").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state_mut().finish_writing());
    let saved = kindred::store::load(&path).expect("loads").decoded.workspace;
    assert_eq!(duplicate_ids(&saved), []);
    assert_eq!(saved.people.len(), 3, "no one lost");
}

#[test]
fn nothing_is_done_to_a_workspace_with_shared_ids_until_the_person_agrees() {
    let ws = shared_id();
    let (dir, mut harness) = open_workspace(&ws);
    let before = std::fs::read(dir.path().join("shop.kindred")).expect("read");
    harness.get_by_label("Give the duplicates new ids…").click();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().read_only().is_some(), "still read-only");
    assert_eq!(harness.state().workspace(), Some(&ws));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state_mut().finish_writing());
    assert_eq!(std::fs::read(dir.path().join("shop.kindred")).expect("read"), before, "not written");
}

#[test]
fn under_present_modes_mask_the_reason_names_no_one_and_offers_no_repair() {
    let (_dir, mut harness) = open_workspace(&shared_id());
    harness.key_press(Key::F5);
    harness.run_steps(3);
    let banner = shown(&harness, "Read-only: ");
    assert!(banner.starts_with("Read-only: a record shares its id with another;"), "{banner}");
    assert!(!banner.contains("Mette") && !banner.contains("Jonas"), "{banner}");
    assert!(harness.query_by_label("Give the duplicates new ids…").is_none());
    harness.key_press(Key::Escape);
    harness.run_steps(3);
    harness.get_by_label("Give the duplicates new ids…");
}
