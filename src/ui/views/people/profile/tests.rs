//! The profile drawn headless: each change one labelled edit, drafts kept across people,
//! read-only and masked profiles, undo steps named in the language.

use super::fit::one_decimal;
use super::*;
use crate::i18n::Lang;
use crate::model::Status;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

struct State {
    view: ProfileView,
    workspace: Workspace,
    editable: bool,
    /// Present mode's privacy mask is on.
    masked: bool,
    /// Which of the workspace's people is shown.
    shown: usize,
    /// The edits asked for, applied after each frame as the shell does: (label, person after).
    edits: Vec<(String, Person)>,
}

fn harness(person: Person, editable: bool) -> Harness<'static, State> {
    harness_of(vec![person], editable)
}

fn harness_of(people: Vec<Person>, editable: bool) -> Harness<'static, State> {
    let mut workspace = Workspace::named("Test");
    workspace.people = people;
    let state = State { view: ProfileView::default(), workspace, editable, masked: false, shown: 0, edits: Vec::new() };
    let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 2400.0)).build_ui_state(
        |ui, state: &mut State| {
            let mut intents = Vec::new();
            let person = state.workspace.people.get(state.shown);
            state.view.ui(ui, &state.workspace, person, false, state.editable, state.masked, &mut intents);
            for intent in intents {
                let Intent::Edit { label, edit } = intent else { continue };
                let Edit::ReplacePerson(person) = &edit else { panic!("unexpected edit {edit:?}") };
                state.edits.push((label, (**person).clone()));
                crate::ops::apply(&mut state.workspace, edit).expect("applies");
            }
        },
        state,
    );
    harness.run();
    harness
}

fn take_edits(harness: &mut Harness<'_, State>) -> Vec<(String, Person)> {
    std::mem::take(&mut harness.state_mut().edits)
}

#[test]
fn each_change_is_one_labelled_replace_person() {
    let mut harness = harness(Person::named("Ingrid Holm"), true);
    harness.get_by_label("New interest").focus();
    harness.run();
    harness.get_by_label("New interest").type_text("Sailing");
    harness.run();
    assert!(take_edits(&mut harness).is_empty(), "typing alone commits nothing");
    harness.get_by_label("Add interest").click();
    harness.run();
    let edits = take_edits(&mut harness);
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0].0, "Edit Ingrid Holm's interests");
    assert_eq!(edits[0].1.life.interests, ["Sailing"]);

    harness.get_by_label("Role").focus();
    harness.run();
    harness.get_by_label("Role").type_text("Owner");
    harness.run();
    assert!(take_edits(&mut harness).is_empty(), "nothing half-typed is saved");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let edits = take_edits(&mut harness);
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0].0, "Edit Ingrid Holm's role");
    assert_eq!(edits[0].1.role, "Owner");
    assert_eq!(edits[0].1.life.interests, ["Sailing"], "the draft follows the workspace");
}

#[test]
fn picking_another_person_keeps_what_was_typed() {
    let mut harness = harness_of(vec![Person::named("Ingrid Holm"), Person::named("Jonas Berg")], true);
    harness.get_by_label("Role").focus();
    harness.run();
    harness.get_by_label("Role").type_text("Baker");
    harness.run();
    assert!(take_edits(&mut harness).is_empty());
    harness.state_mut().shown = 1;
    harness.run();
    let edits = take_edits(&mut harness);
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0].0, "Edit Ingrid Holm");
    assert_eq!(edits[0].1.role, "Baker");
    assert_eq!(harness.get_by_label("Role").value().as_deref(), Some(""), "Jonas's role is shown");
}

#[test]
fn letting_go_is_a_status_with_a_reason() {
    let mut harness = harness(Person::named("Jonas Berg"), true);
    assert!(harness.query_by_label("Reason").is_none(), "no reason field for a prospect");
    harness.get_by_label("Status of this person").click();
    harness.run();
    harness.get_by_label("Declined by us").click();
    harness.run();
    let edits = take_edits(&mut harness);
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0].1.status, Status::DeclinedByUs);
    harness.get_by_label("Reason").focus();
    harness.run();
    harness.get_by_label("Reason").type_text("Only the lowest price counts");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let edits = take_edits(&mut harness);
    assert_eq!(edits[0].1.status_reason, "Only the lowest price counts");
    assert_eq!(harness.state().workspace.people.len(), 1, "still there: not a deletion");
}

#[test]
fn the_yearly_value_is_typed_and_shown_in_the_workspace_currency() {
    let mut harness = harness(Person::named("Jonas Berg"), true);
    harness.get_by_label_contains("Fit").click();
    harness.run();
    harness.get_by_label("Yearly value").focus();
    harness.run();
    harness.get_by_label("Yearly value").type_text("lots");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("“lots” is not a whole amount (for example 185,000)");
    assert!(take_edits(&mut harness).is_empty());
    harness.get_by_label("Yearly value").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label("Yearly value").type_text("185000");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let edits = take_edits(&mut harness);
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0].1.fit.yearly_value, Some(185_000));
    harness.run();
    harness.get_by_label("Yearly value: 185,000 DKK");
}

#[test]
fn a_read_only_profile_changes_nothing() {
    let mut harness = harness(Person::named("Jonas Berg"), false);
    harness.get_by_label("Key account").click();
    harness.run();
    harness.get_by_label("Delete person…").click();
    harness.run();
    assert!(take_edits(&mut harness).is_empty());
    assert!(!harness.state().workspace.people[0].key_account);
}

#[test]
fn under_the_mask_nothing_can_be_edited_and_the_profile_says_why() {
    let mut harness = harness(Person::named("Jonas Berg"), true);
    harness.state_mut().masked = true;
    harness.run();
    harness.get_by_label(
        "Personal details are masked in present mode; leave present mode or switch the mask off to edit.",
    );
    assert!(harness.get_by_label("Role").accesskit_node().is_disabled());
    assert!(harness.get_by_label("Delete person…").accesskit_node().is_disabled());
    harness.get_by_label("Key account").click();
    harness.run();
    assert!(take_edits(&mut harness).is_empty());
    // The sections still open and close.
    harness.get_by_label_contains("Interaction log").click();
    harness.run();
    assert!(harness.get_by_label("Add entry").accesskit_node().is_disabled());
    harness.state_mut().masked = false;
    harness.run();
    assert!(!harness.get_by_label("Role").accesskit_node().is_disabled());
    assert!(harness.query_by_label_contains("masked in present mode").is_none());
}

#[test]
fn undo_steps_name_the_person_in_the_language() {
    let mut ingrid = Person::named("Ingrid Holm");
    assert_eq!(Part::Interests.edit_label(&ingrid), "Edit Ingrid Holm's interests");
    crate::i18n::set_language(Lang::Da);
    assert_eq!(Part::Interests.edit_label(&ingrid), "Rediger Ingrid Holms interesser");
    assert_eq!(Part::WhatMatters.edit_label(&ingrid), "Rediger det, der betyder noget for Ingrid Holm");
    ingrid.name = "Lars".into();
    assert_eq!(Part::Phones.edit_label(&ingrid), "Rediger Lars' telefonnumre");
    ingrid.name = " ".into();
    assert_eq!(Part::Role.edit_label(&ingrid), "Rediger denne persons rolle");
    crate::i18n::set_language(Lang::Nb);
    ingrid.name = "Ingrid Holm".into();
    assert_eq!(Part::Log.edit_label(&ingrid), "Rediger Ingrid Holms kontaktlogg");
    assert_eq!(one_decimal(1.5), "1,5");
    crate::i18n::set_language(Lang::En);
    assert_eq!(one_decimal(1.5), "1.5");
}

#[test]
fn a_forms_refusal_stays_until_that_form_is_done_with() {
    let mut harness = harness(Person::named("Ingrid Holm"), true);
    harness.get_by_label("Milestones (0)").click();
    harness.run();
    harness.get_by_label("Add milestone").click();
    harness.run();
    harness.get_by_label("Add milestone").click();
    harness.run();
    harness.get_by_label("Give the milestone's date");
    // Another form opened and cancelled leaves the milestone's message where it was.
    harness.get_by_label("Add relative").click();
    harness.run();
    harness.get_all_by_label("Cancel").next().expect("the relative's form, drawn first").click();
    harness.run();
    assert!(harness.query_by_label("Relative's name").is_none(), "the relative's form is gone");
    harness.get_by_label("Give the milestone's date");
    assert!(take_edits(&mut harness).is_empty());
}
