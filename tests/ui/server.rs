//! Settings → *Calendar and contacts server* against a real Radicale started by the test: the
//! calendars and address books found from the server's address, *Sync now* sending the
//! milestones and adding the contacts of the address book (undoable), a push after a save, and
//! a server that is down said in the status line, with the window going on.

use crate::common::radicale::{self, Radicale};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kindred::interop::people::milestone;
use kindred::model::{MilestoneKind, PartialDate, Person, Workspace};
use kindred::ui::KindredApp;
use std::time::Duration;

/// The app on a workspace with Mette's birthday, with preferences kept in the folder (where the
/// server's settings go) and the keyring left alone.
fn app_on(dir: &std::path::Path) -> Harness<'static, KindredApp> {
    let mut workspace = Workspace::named("Bageriet");
    let mut mette = Person::named("Mette Kjærgaard");
    mette.milestones.push(milestone(MilestoneKind::Birthday, String::new(), PartialDate::ymd(1988, 2, 29).expect("d")));
    workspace.people.push(mette);
    let path = dir.join("shop.kindred");
    kindred::store::save(&path, &workspace).expect("saved");
    let mut app = KindredApp::new(Some(path), Some(dir.join("settings.ron")));
    app.without_keyring();
    kindred::i18n::set_language(kindred::i18n::Lang::En);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 900.0))
        .build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    harness.run();
    harness
}

/// Steps the app until `done` holds (the sync runs on its own thread).
fn wait_for(harness: &mut Harness<'_, KindredApp>, what: &str, done: impl Fn(&Harness<'_, KindredApp>) -> bool) {
    for _ in 0..600 {
        harness.step();
        if done(harness) {
            harness.step();
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let said: Vec<String> = harness
        .query_all_by_label_contains(":")
        .filter_map(|node| node.accesskit_node().value().or(node.accesskit_node().label()).map(|t| t.to_string()))
        .collect();
    panic!("waited in vain for {what}: {said:?}");
}

fn shows(harness: &Harness<'_, KindredApp>, text: &str) -> bool {
    harness.query_by_label_contains(text).is_some()
}

fn type_into(harness: &mut Harness<'_, KindredApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn open_server_settings(harness: &mut Harness<'_, KindredApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    harness.get_by_label("Calendar and contacts server…").click();
    harness.run();
}

#[test]
fn sync_now_sends_the_milestones_and_adds_the_address_book_s_contacts() {
    let server = Radicale::start();
    server.make("contacts", true);
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ida-1\r\nFN:Ida Berg\r\nN:Berg;Ida;;;\r\nEMAIL:ida@example.com\r\nEND:VCARD\r\n";
    server.put("contacts/ida.vcf", "text/vcard", card);
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_on(dir.path());
    open_server_settings(&mut harness);
    type_into(&mut harness, "Server address", &server.url);
    type_into(&mut harness, "User name", radicale::USER);
    type_into(&mut harness, "Password", radicale::PASSWORD);
    assert!(!shows(&harness, radicale::PASSWORD), "the password is not shown");
    assert!(shows(&harness, "kept only until Kindred closes"), "without a keyring, it says so");
    harness.get_by_label("Find calendars and address books").click();
    wait_for(&mut harness, "the server's collections", |h| shows(h, "Found"));
    assert!(shows(&harness, "Found 0 calendars and 1 address books"));
    harness.get_by_label("Sync now").click();
    wait_for(&mut harness, "the address book", |h| shows(h, "Address book:"));
    assert_eq!(server.stored("kindred").len(), 1, "Mette's birthday is on the server, in a new calendar");
    let said = "Calendar: 1 created, 0 updated, 0 deleted, 0 unchanged. Address book: 1 new, 0 updated, 0 unchanged";
    assert!(shows(&harness, said), "what was sent and what was read, in one line");
    let names = |h: &Harness<'_, KindredApp>| {
        h.state().workspace().map(|w| w.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()).unwrap_or_default()
    };
    assert!(names(&harness).contains(&"Ida Berg".to_owned()));
    // Not saved yet: what was read is not remembered, so the card is read (and matched) again.
    harness.get_by_label("Sync now").click();
    wait_for(&mut harness, "the second sync", |h| shows(h, "Address book: 0 new, 0 updated, 1 unchanged"));
    assert_eq!(names(&harness).iter().filter(|n| *n == "Ida Berg").count(), 1, "not added twice");
    harness.get_by_label("Close").click();
    harness.run();

    // The settings are kept for the next start, without the password.
    let kept = std::fs::read_to_string(dir.path().join("settings.ron")).expect("kept");
    assert!(kept.contains(&server.collection("contacts")) && !kept.contains(radicale::PASSWORD), "{kept}");

    // A save sends what changed: nothing, as Ida has no milestones.
    harness.get_by_label("Dismiss the server's status").click();
    harness.run();
    assert!(!shows(&harness, "Calendar:"), "dismissed");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    wait_for(&mut harness, "the push after the save", |h| shows(h, "Calendar: 0 created"));
    assert!(shows(&harness, "0 created, 0 updated, 0 deleted, 1 unchanged"));
    // Saved: what was read is remembered, and the card is not read again.
    open_server_settings(&mut harness);
    harness.get_by_label("Sync now").click();
    wait_for(&mut harness, "the third sync", |h| shows(h, "Address book: 0 new, 0 updated, 0 unchanged"));
    harness.get_by_label("Close").click();
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!names(&harness).contains(&"Ida Berg".to_owned()), "the pull is undone in one step");
}

#[test]
fn a_server_that_is_down_is_said_in_the_status_line_and_tried_again_later() {
    let mut server = Radicale::start();
    let url = server.url.clone();
    server.stop();
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app_on(dir.path());
    open_server_settings(&mut harness);
    type_into(&mut harness, "Server address", &url);
    type_into(&mut harness, "User name", radicale::USER);
    type_into(&mut harness, "Password", radicale::PASSWORD);
    type_into(&mut harness, "Calendar (address)", &format!("{url}/mette/kindred/"));
    harness.get_by_label("Sync now").click();
    wait_for(&mut harness, "the failure", |h| shows(h, "could not be reached"));
    assert!(shows(&harness, "tries again later"), "it says it will try again");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(shows(&harness, "could not be reached"), "the status line stays at the bottom of the window");
    // The window goes on: the views switch while the server is away.
    harness.get_by_label("Milestones").click();
    harness.run();
    assert!(harness.state().workspace().is_some_and(|w| w.people.len() == 1));
}

#[test]
fn opening_a_workspace_with_a_server_syncs_at_once_and_says_so_quietly() {
    let server = Radicale::start();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, &Workspace::named("Bageriet")).expect("saved");
    let real = std::fs::canonicalize(&path).expect("there");
    let text = format!(
        "(servers: {{ {real:?}: (address: {url:?}, user: {user:?}, calendar: \"\", address_book: {book:?}) }})",
        url = server.url,
        user = radicale::USER,
        book = server.collection("contacts"),
    );
    std::fs::write(dir.path().join("settings.ron"), &text).expect("settings");
    let mut app = KindredApp::new(Some(path), Some(dir.path().join("settings.ron")));
    app.without_keyring();
    kindred::i18n::set_language(kindred::i18n::Lang::En);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 900.0))
        .build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    // With no keyring here and no password typed in this run, the sync that started with the
    // workspace asks for one, in the status line, and the window is usable meanwhile.
    wait_for(&mut harness, "the start-up sync", |h| shows(h, "No password for the server"));
    assert!(harness.state().workspace().is_some());
}
