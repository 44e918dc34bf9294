//! The profile driven like a person drives it: a new person, dates typed right and wrong,
//! family and interests, undo, and deleting with a question first.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::{MilestoneKind, PartialDate, Person, Relation, Workspace};
use kindred::ui::KindredApp;
use std::path::Path;

const NAME: &str = "Ingrid Holm";

/// A tall window, so that every open section of the profile is on screen without scrolling.
fn harness_on(path: &Path) -> Harness<'static, KindredApp> {
    common::harness_sized(path, egui::vec2(1366.0, 2400.0))
}

fn workspace<'h>(harness: &'h Harness<'_, KindredApp>) -> &'h Workspace {
    harness.state().workspace().expect("a workspace is open")
}

fn person<'h>(harness: &'h Harness<'_, KindredApp>, name: &str) -> Option<&'h Person> {
    workspace(harness).people.iter().find(|p| p.name == name)
}

fn ingrid<'h>(harness: &'h Harness<'_, KindredApp>) -> &'h Person {
    person(harness, NAME).expect("Ingrid is in the workspace")
}

/// Replaces the text of the field named `label` and leaves it with Enter.
fn retype(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

/// Replaces the text of the multi-line field named `label` and leaves it with Escape (Enter
/// would start a new line).
fn retype_lines(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
}

fn click(harness: &mut Harness<'_, KindredApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn undo(harness: &mut Harness<'_, KindredApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

/// A harness on the shared test workspace with a new person named Ingrid Holm, selected.
fn with_new_person(dir: &Path) -> Harness<'static, KindredApp> {
    let path = dir.join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let mut harness = harness_on(&path);
    click(&mut harness, "Add person");
    assert!(person(&harness, "New person").is_some());
    retype(&mut harness, "Name", NAME);
    assert!(person(&harness, "New person").is_none(), "renamed, not added twice");
    ingrid(&harness);
    harness
}

#[test]
fn a_year_less_birthday_is_typed_into_the_birthday_form() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());
    harness.get_by_label("Knowledge 0 %");

    // The missing birthday is one click away: the milestone form opens as a birthday.
    click(&mut harness, "+ Birthday");
    assert!(harness.get_by_label("Date of new milestone").is_focused(), "the date field takes the focus");
    retype(&mut harness, "Date of new milestone", "--12-24");
    assert!(ingrid(&harness).milestones.is_empty(), "nothing is added before the form's button");
    click(&mut harness, "Add milestone");
    let milestones = &ingrid(&harness).milestones;
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0].kind, MilestoneKind::Birthday);
    assert_eq!(milestones[0].date, PartialDate::md(12, 24).expect("date"));
    harness.get_by_label("Knowledge 13 %");
    assert!(harness.query_by_label("+ Birthday").is_none(), "no longer missing");

    // The shared query knows it, and the Milestones view lists it.
    let today = chrono::Local::now().date_naive();
    let coming = kindred::ops::upcoming::upcoming(workspace(&harness), today, 366);
    assert!(coming.iter().any(|o| o.person_name == NAME), "24 December is within a year");
    click(&mut harness, "Milestones");
    assert!(harness.query_all_by_label_contains(NAME).count() >= 1, "the Milestones view lists Ingrid's birthday");
}

#[test]
fn invalid_dates_are_refused_at_the_field_and_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());
    click(&mut harness, "+ Birthday");
    retype(&mut harness, "Date of new milestone", "1984-03-07");
    click(&mut harness, "Add milestone");
    let before = workspace(&harness).clone();
    let birthday = PartialDate::ymd(1984, 3, 7).expect("date");
    assert_eq!(ingrid(&harness).milestones[0].date, birthday);

    // Typed into the existing milestone: refused, with the reason under the field.
    for (typed, message) in [
        ("2026-02-30", "30 February does not exist"),
        ("2026-13-01", "There is no month 13"),
        ("soon", "“soon” is not a date: type YYYY-MM-DD or --MM-DD"),
        ("2023-02-29", "29 February 2023 does not exist: 2023 is not a leap year"),
    ] {
        retype(&mut harness, "Date of milestone 1", typed);
        harness.get_by_label(message);
        assert_eq!(workspace(&harness), &before, "{typed} changed the workspace");
        // Leaving the field again, or touching another section, does not save it either.
        click(&mut harness, "Key account");
        assert!(ingrid(&harness).key_account);
        assert_eq!(ingrid(&harness).milestones[0].date, birthday, "{typed} reached the person");
        undo(&mut harness);
        assert_eq!(workspace(&harness), &before);
    }

    // And in the form for a new one: the form refuses to add a milestone without a valid date.
    click(&mut harness, "Add milestone");
    retype(&mut harness, "Date of new milestone", "2026-02-30");
    harness.get_by_label("30 February does not exist");
    click(&mut harness, "Add milestone");
    harness.get_by_label("Give the milestone's date");
    assert_eq!(workspace(&harness), &before);

    // A correct date clears the message.
    retype(&mut harness, "Date of milestone 1", "7.3.1985");
    assert!(harness.query_by_label("30 February does not exist").is_some(), "the form's own field still says so");
    assert_eq!(ingrid(&harness).milestones[0].date, PartialDate::ymd(1985, 3, 7).expect("date"));
}

#[test]
fn relatives_and_interests_are_added_each_as_one_undo_step() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());

    click(&mut harness, "+ Family");
    assert!(harness.get_by_label("Relative's name").is_focused());
    harness.get_by_label("Relative's name").type_text("Ida");
    harness.run();
    click(&mut harness, "Relative's relation");
    click(&mut harness, "Daughter");
    retype(&mut harness, "Relative's birthday", "--05-03");
    assert!(ingrid(&harness).life.family.is_empty(), "the form is not the person");
    click(&mut harness, "Add relative");
    let family = &ingrid(&harness).life.family;
    assert_eq!(family.len(), 1);
    assert_eq!(family[0].name, "Ida");
    assert_eq!(family[0].relation, Relation::Daughter);
    assert_eq!(family[0].birthday, PartialDate::md(5, 3));

    // An empty name is refused.
    click(&mut harness, "Add relative");
    click(&mut harness, "Add relative");
    harness.get_by_label("Give the relative's name");
    assert_eq!(ingrid(&harness).life.family.len(), 1);
    click(&mut harness, "Cancel");

    harness.get_by_label("New interest").focus();
    harness.run();
    harness.get_by_label("New interest").type_text("Sailing");
    harness.run();
    click(&mut harness, "Add interest");
    assert_eq!(ingrid(&harness).life.interests, ["Sailing"]);

    undo(&mut harness);
    assert!(ingrid(&harness).life.interests.is_empty(), "one step undoes the interest");
    assert_eq!(ingrid(&harness).life.family.len(), 1, "and only the interest");
    undo(&mut harness);
    assert!(ingrid(&harness).life.family.is_empty());
}

#[test]
fn edits_are_undone_and_deleting_asks_first() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());

    retype(&mut harness, "Organisation", "Holm & Co");
    assert_eq!(ingrid(&harness).organisation, "Holm & Co");
    retype_lines(&mut harness, "What matters to them", "Her team");
    assert_eq!(ingrid(&harness).life.what_matters, "Her team");
    undo(&mut harness);
    assert_eq!(ingrid(&harness).life.what_matters, "", "Ctrl+Z restores");
    assert_eq!(ingrid(&harness).organisation, "Holm & Co", "one step at a time");
    harness.get_by_label("What matters to them");
    assert_eq!(harness.get_by_label("What matters to them").value().as_deref(), Some(""), "the field shows it too");
    undo(&mut harness);
    assert_eq!(ingrid(&harness).organisation, "");

    let people = workspace(&harness).people.len();
    click(&mut harness, "Delete person…");
    harness.get_by_label("Delete this person?");
    assert_eq!(workspace(&harness).people.len(), people, "nothing is deleted before the answer");
    click(&mut harness, "Delete");
    assert!(person(&harness, NAME).is_none());
    undo(&mut harness);
    assert!(person(&harness, NAME).is_some(), "undo brings them back");
}

#[test]
fn a_personal_contact_is_logged_from_the_knowledge_header() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());
    click(&mut harness, "+ Recent personal contact");
    assert!(harness.get_by_label("Note of new entry").is_focused());
    harness.get_by_label("Note of new entry").type_text("Coffee at the harbour");
    harness.run();
    click(&mut harness, "Add entry");
    let log = &ingrid(&harness).interactions;
    assert_eq!(log.len(), 1);
    assert!(log[0].personal);
    assert_eq!(log[0].note, "Coffee at the harbour");
    assert_eq!(log[0].date, chrono::Local::now().date_naive());
    assert!(harness.query_by_label("+ Recent personal contact").is_none());
}

#[test]
fn a_photo_is_scaled_and_stored_and_a_wrong_file_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());
    let not_an_image = dir.path().join("notes.png");
    std::fs::write(&not_an_image, "just text").expect("write");
    click(&mut harness, "Photo");
    retype(&mut harness, "Photo file", &not_an_image.display().to_string());
    harness.get_by_label("This is not a PNG or JPEG image");
    assert!(ingrid(&harness).photo.is_none());

    let big = dir.path().join("portrait.png");
    image::RgbImage::from_pixel(800, 400, image::Rgb([200, 120, 80])).save(&big).expect("png");
    retype(&mut harness, "Photo file", &big.display().to_string());
    let photo = ingrid(&harness).photo.clone().expect("a photo");
    assert_eq!(photo.mime, "image/png");
    let stored = image::load_from_memory(&photo.bytes().expect("bytes")).expect("decodes");
    assert_eq!((stored.width(), stored.height()), (256, 128));
    assert_eq!(harness.query_all_by_label(&format!("Photo of {NAME}")).count(), 2, "in the header and the section");

    click(&mut harness, "Remove photo");
    assert!(ingrid(&harness).photo.is_none());
    undo(&mut harness);
    assert!(ingrid(&harness).photo.is_some());
}

#[test]
fn a_birthday_without_a_year_is_picked_in_the_calendar() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());
    click(&mut harness, "+ Birthday");
    click(&mut harness, "Calendar: Date of new milestone");
    click(&mut harness, "No year");
    for _ in 0..12 {
        if harness.query_by_label("24 December").is_some() {
            break;
        }
        click(&mut harness, "Next month");
    }
    click(&mut harness, "24 December");
    assert!(harness.query_by_label("No year").is_none(), "picking a day closes the calendar");
    assert_eq!(harness.get_by_label("Date of new milestone").value().as_deref(), Some("--12-24"));
    click(&mut harness, "Add milestone");
    let milestones = &ingrid(&harness).milestones;
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0].date, PartialDate::md(12, 24).expect("date"));
}

#[test]
fn a_new_milestone_reminds_as_the_workspace_settings_say() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    let mut ws = Workspace::named("Bakery");
    ws.people.push(Person::named(NAME));
    ws.settings.remind_days = 21;
    kindred::store::save(&path, &ws).expect("saves");
    let mut harness = harness_on(&path);
    click(&mut harness, NAME);
    click(&mut harness, "+ Birthday");
    retype(&mut harness, "Date of new milestone", "--12-24");
    click(&mut harness, "Add milestone");
    let milestones = &ingrid(&harness).milestones;
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0].remind_days_before, 21, "the workspace's reminder default");
}
