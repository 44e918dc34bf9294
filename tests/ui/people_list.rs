//! The People list driven like a person drives it: search, filters, keys, several people at
//! once, and merging duplicates — each undone in one step.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kindred::model::{FamilyMember, Labelled, Person, Status, Workspace};
use kindred::ui::KindredApp;

fn person(name: &str, status: Status, key_account: bool) -> Person {
    Person { status, key_account, ..Person::named(name) }
}

/// Five people; the two Mettes are one person recorded twice.
fn workspace() -> Workspace {
    let mut mette = person("Mette Kjærgaard", Status::Customer, true);
    mette.contact.emails.push(Labelled { label: "work".into(), value: "mette@kt.example".into() });
    mette.life.interests.push("Sailing".into());
    let mut twin = person("Mette Kjaergaard", Status::Customer, false);
    twin.contact.emails.push(Labelled { label: "home".into(), value: "mette@home.example".into() });
    twin.life.family.push(FamilyMember { name: "Ida".into(), ..FamilyMember::default() });
    let mut workspace = Workspace::named("Bageriet Dahl");
    workspace.people = vec![
        mette,
        twin,
        person("Jonas Hansen", Status::Prospect, false),
        person("Sigrid Aas", Status::Customer, true),
        person("Henrik Dahl", Status::Prospect, false),
    ];
    // The twin's "ApS" makes no second organisation: the two Mettes share one.
    for (n, organisation) in
        ["Kjærgaard Tømrer", "Kjærgaard Tømrer", "Bageriet", "Fjord Hotel", "Dahl Bikes"].into_iter().enumerate()
    {
        common::join(&mut workspace, n, organisation);
    }
    workspace
}

fn open() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    common::open_workspace(&workspace())
}

/// The names of the rows the list shows, top to bottom.
fn rows(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness.query_all_by_role(egui::accesskit::Role::ListItem).filter_map(|n| n.accesskit_node().label()).collect()
}

fn row<'h>(harness: &'h Harness<'_, KindredApp>, name: &'h str) -> egui_kittest::Node<'h> {
    harness.get_by_role_and_label(egui::accesskit::Role::ListItem, name)
}

/// The rows shown as selected.
fn marked(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness
        .query_all_by_role(egui::accesskit::Role::ListItem)
        .filter(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

fn people(harness: &Harness<'_, KindredApp>) -> Vec<Person> {
    harness.state().workspace().map(|w| w.people.clone()).unwrap_or_default()
}

fn status_of(harness: &Harness<'_, KindredApp>, name: &str) -> Option<Status> {
    people(harness).into_iter().find(|p| p.name == name).map(|p| p.status)
}

const ALL_SORTED: [&str; 5] = ["Henrik Dahl", "Jonas Hansen", "Mette Kjaergaard", "Mette Kjærgaard", "Sigrid Aas"];

#[test]
fn search_and_filters_narrow_the_list() {
    let (_dir, mut harness) = open();
    assert_eq!(rows(&harness), ALL_SORTED);
    harness.get_by_label("5 of 5 people");

    let search = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
    search.focus();
    search.type_text("kjær");
    harness.run();
    assert_eq!(rows(&harness), ["Mette Kjaergaard", "Mette Kjærgaard"], "the organisation matches too");
    harness.get_by_label("2 of 5 people");

    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").type_text(" sail");
    harness.run();
    assert_eq!(rows(&harness), ["Mette Kjærgaard"], "every word must match; interests count");

    let search = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
    search.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    assert_eq!(rows(&harness).len(), 5);

    harness.get_by_label("Key accounts").click();
    harness.run();
    assert_eq!(rows(&harness), ["Mette Kjærgaard", "Sigrid Aas"]);
    harness.get_by_label("2 of 5 people");
}

#[test]
fn arrows_move_and_enter_opens() {
    let (_dir, mut harness) = open();
    let shown_outside_the_list = |harness: &Harness<'_, KindredApp>, name: &str| {
        harness.query_all_by_label_contains(name).any(|n| n.accesskit_node().role() != egui::accesskit::Role::ListItem)
            || harness.query_all_by_value(name).next().is_some()
    };
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(marked(&harness), ["Jonas Hansen"], "the second row is selected");
    assert!(!shown_outside_the_list(&harness, "Jonas Hansen"), "moving does not open the profile yet");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(shown_outside_the_list(&harness, "Jonas Hansen"), "Enter opens the profile");
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(marked(&harness), ["Henrik Dahl"]);
}

#[test]
fn ctrl_f_focuses_the_search() {
    let (_dir, mut harness) = open();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    assert!(harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").is_focused());
}

#[test]
fn several_people_get_a_status_in_one_undo_step() {
    let (_dir, mut harness) = open();
    row(&harness, "Jonas Hansen").click();
    harness.run();
    row(&harness, "Henrik Dahl").click_modifiers(Modifiers::COMMAND);
    harness.run();
    assert_eq!(marked(&harness), ["Henrik Dahl", "Jonas Hansen"]);
    harness.get_by_label("2 selected");
    harness.get_by_label("Set status").click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "Customer").click();
    harness.run();
    assert_eq!(status_of(&harness, "Jonas Hansen"), Some(Status::Customer));
    assert_eq!(status_of(&harness, "Henrik Dahl"), Some(Status::Customer));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(status_of(&harness, "Jonas Hansen"), Some(Status::Prospect), "one undo restores both");
    assert_eq!(status_of(&harness, "Henrik Dahl"), Some(Status::Prospect));
}

#[test]
fn shift_click_selects_a_range_and_tags_it() {
    let (_dir, mut harness) = open();
    row(&harness, "Henrik Dahl").click();
    harness.run();
    row(&harness, "Mette Kjaergaard").click_modifiers(Modifiers::SHIFT);
    harness.run();
    assert_eq!(marked(&harness), ["Henrik Dahl", "Jonas Hansen", "Mette Kjaergaard"]);
    harness.get_by_label("Add tag…").click();
    harness.run();
    let entry = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Tag to add");
    entry.focus();
    entry.type_text("Newsletter");
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "Add tag to selected").click();
    harness.run();
    let tagged: Vec<String> =
        people(&harness).into_iter().filter(|p| p.tags.contains(&"Newsletter".to_owned())).map(|p| p.name).collect();
    assert_eq!(tagged, ["Mette Kjaergaard", "Jonas Hansen", "Henrik Dahl"]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(people(&harness).iter().all(|p| p.tags.is_empty()), "one undo removes the tag from all three");
}

#[test]
fn deleting_several_asks_first_and_undo_brings_them_back() {
    let (_dir, mut harness) = open();
    row(&harness, "Jonas Hansen").click();
    harness.run();
    row(&harness, "Sigrid Aas").click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete 2 people?");
    assert_eq!(people(&harness).len(), 5, "nothing deleted before the answer");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(people(&harness).len(), 5);

    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert_eq!(rows(&harness), ["Henrik Dahl", "Mette Kjaergaard", "Mette Kjærgaard"]);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let names: Vec<String> = people(&harness).into_iter().map(|p| p.name).collect();
    let expected: Vec<String> = workspace().people.into_iter().map(|p| p.name).collect();
    assert_eq!(names, expected, "both back, in their places");
}

#[test]
fn merging_duplicates_keeps_the_facts_of_both_and_undoes_in_one_step() {
    let (_dir, mut harness) = open();
    let before = people(&harness);
    harness.get_by_label("Find duplicates").click();
    harness.run();
    harness.get_by_label_contains("same name");
    harness.get_by_label("Merge…").click();
    harness.run();
    harness.get_by_label("Merge two people");
    // The first of the pair (left) is Mette Kjærgaard, first in the workspace.
    harness.get_by_label("Keep left").click();
    harness.run();

    let after = people(&harness);
    assert_eq!(after.len(), 4);
    let mette = after.iter().find(|p| p.id == before[0].id).expect("the kept person is there");
    assert!(!after.iter().any(|p| p.id == before[1].id), "the other is gone");
    let emails: Vec<&str> = mette.contact.emails.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(emails, ["mette@kt.example", "mette@home.example"]);
    assert_eq!(mette.life.family.len(), 1, "her daughter, known only to the other record, is kept");
    assert_eq!(mette.life.interests, ["Sailing"]);
    assert!(mette.key_account);
    assert!(mette.life.notes.contains("Mette Kjaergaard"), "the other spelling is kept: {}", mette.life.notes);
    harness.get_by_label("No likely duplicates found.");
    harness.get_by_label("Close").click();
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(people(&harness), before, "one undo restores both as they were");
}

#[test]
fn ctrl_shift_n_opens_a_new_person_whose_name_takes_what_is_typed() {
    let (_dir, mut harness) = open();
    let before = people(&harness).len();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.run();
    assert!(harness.query_by_label("New workspace").is_none(), "no New workspace dialog");
    assert!(harness.get_by_label("Name").is_focused(), "the name field has the focus");
    // Typed without clicking anywhere: it goes into the name.
    harness.event(egui::Event::Text("Ingrid Holm".into()));
    harness.run();
    assert_eq!(harness.get_by_label("Name").value().as_deref(), Some("Ingrid Holm"));
    harness.key_press(Key::Enter);
    harness.run();
    let after = people(&harness);
    assert_eq!(after.len(), before + 1);
    assert_eq!(after.last().map(|p| p.name.as_str()), Some("Ingrid Holm"));
    assert!(harness.state().title().ends_with('*'));
    // One undo step takes the new person back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(people(&harness).len(), before);
    assert!(!harness.state().title().ends_with('*'), "back at the saved state");
}

#[test]
fn a_new_person_left_with_nothing_entered_leaves_no_trace() {
    let (_dir, mut harness) = open();
    let before = people(&harness);
    let nothing_left = |harness: &Harness<'_, KindredApp>, how: &str| {
        assert_eq!(people(harness), before, "{how}: no person is left behind");
        assert!(!harness.state().title().ends_with('*'), "{how}: nothing to save, nothing to undo");
        assert!(harness.query_by_label("New person").is_none(), "{how}: the new profile is closed");
    };
    let new_person = |harness: &mut Harness<'_, KindredApp>| {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
        harness.run();
        assert!(harness.get_by_label("Name").is_focused());
        harness.get_by_label("New person"); // the profile's heading
    };

    // Another person picked.
    new_person(&mut harness);
    harness.get_by_label("Jonas Hansen").click();
    harness.run();
    nothing_left(&harness, "another person");
    assert_eq!(harness.get_by_label("Name").value().as_deref(), Some("Jonas Hansen"));

    // Another view, and back.
    harness.get_by_label("Add person").click();
    harness.run();
    harness.get_by_label("Milestones").click();
    harness.run();
    harness.get_by_label("People").click();
    harness.run();
    nothing_left(&harness, "another view");

    // Esc: the first leaves the name field, the second the new person.
    new_person(&mut harness);
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    nothing_left(&harness, "Esc");

    // A name typed and erased again is nothing entered either.
    new_person(&mut harness);
    harness.event(egui::Event::Text("X".into()));
    harness.run();
    harness.key_press(Key::Backspace);
    harness.key_press(Key::Tab);
    harness.run();
    harness.get_by_label("Jonas Hansen").click();
    harness.run();
    nothing_left(&harness, "a name erased");

    // Undo has nothing of it.
    assert!(harness.get_by_label("Undo").accesskit_node().is_disabled());
}

#[test]
fn a_new_person_with_only_an_organisation_is_kept_as_new_person() {
    let (_dir, mut harness) = open();
    let before = people(&harness).len();
    harness.get_by_label("Add person").click();
    harness.run();
    harness.get_by_label("Organisation").focus();
    harness.run();
    harness.get_by_label("Organisation").type_text("Fjord Hotel");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let after = people(&harness);
    assert_eq!(after.len(), before + 1, "something was entered: the person is kept");
    assert_eq!(after.last().map(|p| p.name.as_str()), Some("New person"));
}
