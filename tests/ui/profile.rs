//! The profile driven like a person drives it: a new person, dates typed right and wrong,
//! family and interests, undo, and deleting with a question first.

use crate::common;

use crate::drive::{click, retype, retype_lines, undo};
use egui::accesskit::Action;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
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

/// The name of Ingrid's organisation; empty without one.
fn organisation_of(harness: &Harness<'_, KindredApp>) -> String {
    workspace(harness).organisation_name(ingrid(harness)).to_owned()
}

/// A harness on the shared test workspace with a new person named Ingrid Holm, selected.
fn with_new_person(dir: &Path) -> Harness<'static, KindredApp> {
    let path = dir.join("shop.kindred");
    kindred::store::save(&path, &common::full_workspace()).expect("saves");
    let mut harness = harness_on(&path);
    let people = workspace(&harness).people.len();
    click(&mut harness, "Add person");
    assert_eq!(workspace(&harness).people.len(), people, "nobody is added before a name is given");
    assert!(harness.get_by_label("Name").is_focused(), "the name field takes the focus");
    // Typed straight away, into the name.
    harness.event(egui::Event::Text(NAME.into()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(workspace(&harness).people.len(), people + 1, "added once");
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
        ("soon", "“soon” is not a date: type YYYY-MM-DD or 24 Dec"),
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

    // And in the form for a new one: the form refuses to add a milestone without a valid date,
    // with one message beside its button, which does not move.
    click(&mut harness, "Add milestone");
    let add = harness.get_by_label("Add milestone").rect();
    retype(&mut harness, "Date of new milestone", "2026-02-30");
    assert_eq!(harness.query_all_by_label("30 February does not exist").count(), 1);
    assert_eq!(harness.get_by_label("Add milestone").rect(), add, "the message moves no control");
    click(&mut harness, "Add milestone");
    assert_eq!(harness.query_all_by_label("30 February does not exist").count(), 1, "one message");
    assert!(harness.query_by_label("Give the milestone's date").is_none(), "not a second, vaguer one");
    assert_eq!(harness.get_by_label("Add milestone").rect(), add);
    assert_eq!(workspace(&harness), &before);
    // With nothing typed, the form says what it needs.
    harness.get_by_label("Date of new milestone").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    click(&mut harness, "Add milestone");
    harness.get_by_label("Enter a date");
    assert!(harness.query_by_label("Give the milestone's date").is_none());

    // A correct date in the milestone above is taken; the form's field keeps its own message.
    retype(&mut harness, "Date of new milestone", "2026-02-30");
    retype(&mut harness, "Date of milestone 1", "7.3.1985");
    assert!(harness.query_by_label("30 February does not exist").is_some(), "the form's own field still says so");
    assert_eq!(ingrid(&harness).milestones[0].date, PartialDate::ymd(1985, 3, 7).expect("date"));
}

#[test]
fn a_birthday_without_a_year_is_shown_and_typed_as_english_writes_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = with_new_person(dir.path());
    click(&mut harness, "+ Birthday");
    retype(&mut harness, "Date of new milestone", "14 Mar");
    assert_eq!(harness.get_by_label("Date of new milestone").value().as_deref(), Some("14 Mar"));
    click(&mut harness, "Add milestone");
    assert_eq!(ingrid(&harness).milestones[0].date, PartialDate::md(3, 14).expect("date"));
    assert_eq!(harness.get_by_label("Date of milestone 1").value().as_deref(), Some("14 Mar"), "not --03-14");
    for typed in ["--03-15", "15 March", "March 15"] {
        retype(&mut harness, "Date of milestone 1", typed);
        assert_eq!(ingrid(&harness).milestones[0].date, PartialDate::md(3, 15).expect("date"), "{typed}");
        assert_eq!(harness.get_by_label("Date of milestone 1").value().as_deref(), Some("15 Mar"));
    }

    // A relative's birthday the form refuses keeps the relative waiting, with one message.
    click(&mut harness, "Add relative");
    harness.get_by_label("Relative's name").focus();
    harness.run();
    harness.get_by_label("Relative's name").type_text("Ida");
    harness.run();
    let add = harness.get_by_label("Add relative").rect();
    retype(&mut harness, "Relative's birthday", "31 Apr");
    click(&mut harness, "Add relative");
    assert_eq!(harness.query_all_by_label("31 April does not exist").count(), 1);
    assert_eq!(harness.get_by_label("Add relative").rect(), add, "the button stays where it was");
    assert!(ingrid(&harness).life.family.is_empty(), "not added without the birthday typed");
    retype(&mut harness, "Relative's birthday", "30 Apr");
    click(&mut harness, "Add relative");
    assert_eq!(ingrid(&harness).life.family[0].birthday, PartialDate::md(4, 30));
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
    assert_eq!(organisation_of(&harness), "Holm & Co");
    retype_lines(&mut harness, "What matters to them", "Her team");
    assert_eq!(ingrid(&harness).life.what_matters, "Her team");
    undo(&mut harness);
    assert_eq!(ingrid(&harness).life.what_matters, "", "Ctrl+Z restores");
    assert_eq!(organisation_of(&harness), "Holm & Co", "one step at a time");
    harness.get_by_label("What matters to them");
    assert_eq!(harness.get_by_label("What matters to them").value().as_deref(), Some(""), "the field shows it too");
    undo(&mut harness);
    assert_eq!(organisation_of(&harness), "");
    assert!(
        workspace(&harness).organisations.iter().all(|o| o.name != "Holm & Co"),
        "the organisation it made goes with the step"
    );

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
    assert_eq!(harness.get_by_label("Date of new milestone").value().as_deref(), Some("24 Dec"));
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

/// The sample workspace in a window of `size`.
fn sample_at(size: egui::Vec2) -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("sample.kindred");
    kindred::store::save(&path, &kindred::ui::sample_workspace().expect("the sample reads")).expect("saves");
    let harness = common::harness_sized(&path, size);
    (dir, harness)
}

/// Clicks the list's row of `name` (the open profile names them too).
fn open_profile(harness: &mut Harness<'_, KindredApp>, name: &str) {
    harness.query_all_by_label(name).next().expect("a row").click();
    harness.run();
}

fn on_screen(rect: egui::Rect, window: egui::Vec2) -> bool {
    let inside = egui::Rect::from_min_size(egui::Pos2::ZERO, window).expand(0.5);
    inside.contains_rect(rect)
}

#[test]
fn a_profile_opens_at_its_top() {
    let window = egui::vec2(1024.0, 600.0);
    let (_dir, mut harness) = sample_at(window);
    open_profile(&mut harness, "Anne-Sofie Lund");
    assert!(on_screen(harness.get_by_label("Name").rect(), window));
    harness.get_by_label("Delete person…").scroll_to_me();
    harness.run();
    assert!(!on_screen(harness.get_by_label("Name").rect(), window), "scrolled down to the bottom");

    open_profile(&mut harness, "Ingrid Hansen");
    assert!(on_screen(harness.get_by_label("Name").rect(), window), "another profile starts at its top");
    open_profile(&mut harness, "Anne-Sofie Lund");
    assert!(on_screen(harness.get_by_label("Name").rect(), window), "and so does one opened again");
    assert_eq!(harness.get_by_label("Name").value().as_deref(), Some("Anne-Sofie Lund"));
}

/// At 1024×600 every control of a full profile — every section and form open — can be brought
/// on screen: nothing lies past the right edge, and what is below is reached by scrolling.
#[test]
fn every_control_of_a_full_profile_is_reachable_at_1024_by_600() {
    let window = egui::vec2(1024.0, 600.0);
    let (_dir, mut harness) = sample_at(window);
    open_profile(&mut harness, "Mette Kjærgaard");
    let long_note = "Talked about the new bakery van, the Christmas menu and her daughter's handball \
        tournament in Randers, which the whole family drives to every year in the first week of \
        December; she wants us to call after New Year about the spring catering.";
    for section in
        ["Photo", "Milestones (3)", "Needs", "Fit", "Critical incidents (2)", "Ideas (2)", "Interaction log (6)"]
    {
        harness.get_by_label(section).scroll_to_me();
        harness.run();
        click(&mut harness, section);
    }
    for form in ["Add relative", "Add milestone", "Add incident", "Add idea", "Add entry"] {
        harness.get_by_label(form).scroll_to_me();
        harness.run();
        click(&mut harness, form);
    }
    // A long note in the log wraps within the profile, so that it is read in full.
    harness.get_by_label("Note of entry 1").scroll_to_me();
    harness.run();
    harness.get_by_label("Note of entry 1").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Note of entry 1").type_text(long_note);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let note = harness.get_by_label("Note of entry 1").rect();
    assert!(on_screen(note, window), "the note lies within the window: {note:?}");
    assert!(note.height() > 50.0, "the note wraps over several lines: {note:?}");

    let controls: Vec<(u64, String)> = harness
        .query_all(by())
        .filter(|node| node.accesskit_node().data().supports_action(Action::Focus))
        .map(|node| (node.accesskit_node().locate().0.0, node.accesskit_node().label().unwrap_or_default()))
        .collect();
    assert!(controls.len() > 150, "the profile's controls are found ({})", controls.len());
    let mut unreachable = Vec::new();
    for (id, label) in &controls {
        let find = |harness: &Harness<'_, KindredApp>| {
            harness.query_all(by()).find(|node| node.accesskit_node().locate().0.0 == *id).map(|node| node.rect())
        };
        if find(&harness).is_some_and(|rect| on_screen(rect, window)) {
            continue;
        }
        if let Some(node) = harness.query_all(by()).find(|node| node.accesskit_node().locate().0.0 == *id) {
            node.scroll_to_me();
        }
        harness.run();
        match find(&harness) {
            Some(rect) if on_screen(rect, window) => {}
            rect => unreachable.push(format!("{label} {rect:?}")),
        }
    }
    assert!(unreachable.is_empty(), "out of reach at 1024×600: {unreachable:#?}");
}
