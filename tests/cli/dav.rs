//! `kindred dav push` and `kindred dav pull` against a real Radicale started by the tests: only
//! what changed is sent, others' events are left alone, an erased person leaves nothing behind;
//! contacts written by an iPhone, Google and Outlook are read as an import reads them, and
//! read once; a wrong password, a server that is down and a workspace that cannot be read each
//! have their exit status and a message that names what went wrong.

use crate::common::radicale::{self, Radicale};
use kindred::interop::people::{add_relative, milestone};
use kindred::model::{MilestoneKind, PartialDate, Person, Relation, Workspace};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `kindred dav …` with the password given, and a data folder of its own for what a sync
/// remembers.
fn dav(data: &Path, args: &[&str], password: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kindred"));
    command.arg("dav").args(args).env("XDG_DATA_HOME", data).env("HOME", data).stdin(std::process::Stdio::null());
    match password {
        Some(password) => command.env("KINDRED_DAV_PASSWORD", password),
        None => command.env_remove("KINDRED_DAV_PASSWORD"),
    };
    command.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn date(y: i32, m: u32, d: u32) -> PartialDate {
    PartialDate::ymd(y, m, d).expect("a date")
}

/// Mette with a birthday on 29 February and a wedding anniversary; Lars with a birthday and a
/// daughter's: four events.
fn shop() -> Workspace {
    let mut workspace = Workspace::named("Bageriet");
    let mut mette = Person::named("Mette Kjærgaard");
    mette.milestones.push(milestone(MilestoneKind::Birthday, String::new(), date(1988, 2, 29)));
    mette.milestones.push(milestone(MilestoneKind::WeddingAnniversary, String::new(), date(2012, 6, 9)));
    let mut lars = Person::named("Lars Holm");
    lars.milestones.push(milestone(MilestoneKind::Birthday, String::new(), date(1970, 4, 1)));
    add_relative(&mut lars, "Sofie", Relation::Daughter, Some(date(2015, 5, 2)));
    workspace.people.extend([mette, lars]);
    workspace
}

fn saved(dir: &Path, workspace: &Workspace) -> PathBuf {
    let path = dir.join("shop.kindred");
    kindred::store::save(&path, workspace).expect("saved");
    path
}

fn changed(path: &Path, change: impl FnOnce(&mut Workspace)) {
    let mut workspace = kindred::store::load(path).expect("loads").decoded.workspace;
    change(&mut workspace);
    kindred::store::save(path, &workspace).expect("saved");
}

/// Every stored resource of a collection with what it holds.
fn contents(server: &Radicale, collection: &str) -> Vec<(String, String)> {
    let names = server.stored(collection);
    names
        .into_iter()
        .map(|name| (name.clone(), server.get(&format!("{collection}/{name}")).unwrap_or_default()))
        .collect()
}

/// `kindred dav push FILE` to `calendar`, which must succeed; what it printed.
fn pushed(dir: &Path, file: &Path, calendar: &str) -> String {
    let output = dav(
        dir,
        &["push", file.to_str().expect("utf-8"), "--url", calendar, "--user", radicale::USER],
        Some(radicale::PASSWORD),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    text(&output.stdout)
}

/// A dated follow-up is an event in the calendar (as in the calendar file), reminding in the
/// morning of its day; once done, its event is deleted.
#[test]
fn a_dated_follow_up_is_pushed_and_its_event_goes_when_it_is_done() {
    let server = Radicale::start();
    let dir = tempfile::tempdir().expect("dir");
    let mut workspace = shop();
    let due = chrono::NaiveDate::from_ymd_opt(2027, 1, 15).expect("a day");
    workspace.people[0].follow_ups.push(kindred::model::FollowUp::new("Send the offer", Some(due)));
    workspace.people[0].follow_ups.push(kindred::model::FollowUp::new("Someday, no day", None));
    let file = saved(dir.path(), &workspace);
    let calendar = server.collection("kindred");
    let push = || pushed(dir.path(), &file, &calendar);
    assert!(push().contains("5 created"), "four milestones and the one dated follow-up");
    let offer = contents(&server, "kindred").into_iter().find(|(_, body)| body.contains("Send the offer"));
    let (_, body) = offer.expect("the follow-up is on the server");
    assert!(body.contains("DTSTART;VALUE=DATE:20270115") && body.contains("TRIGGER:PT9H"), "{body}");
    assert!(!contents(&server, "kindred").iter().any(|(_, body)| body.contains("Someday")), "no day, no event");
    changed(&file, |w| w.people[0].follow_ups[0].done = Some(due));
    assert!(push().contains("0 created, 0 updated, 1 deleted, 4 unchanged"));
    assert!(!contents(&server, "kindred").iter().any(|(_, body)| body.contains("Send the offer")));
}

#[test]
fn push_sends_only_what_changed_and_leaves_others_events_alone() {
    let server = Radicale::start();
    let dir = tempfile::tempdir().expect("dir");
    let file = saved(dir.path(), &shop());
    let calendar = server.collection("kindred");
    let push = || pushed(dir.path(), &file, &calendar);
    assert!(push().contains("4 created, 0 updated, 0 deleted, 0 unchanged"), "the calendar is made and filled");
    assert_eq!(server.stored("kindred").len(), 4);
    let birthday =
        contents(&server, "kindred").into_iter().find(|(_, body)| body.contains("Mette Kjærgaard: birthday"));
    let (birthday_name, birthday_body) = birthday.expect("Mette's birthday is on the server");
    assert!(birthday_body.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"), "{birthday_body}");
    assert!(birthday_body.contains("BEGIN:VALARM"), "with its reminder");

    // Someone else's event in the same calendar.
    let theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:dentist-1@phone\r\n\
                  DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270110\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    server.put("kindred/dentist.ics", "text/calendar", theirs);
    let before = contents(&server, "kindred");

    assert!(push().contains("0 created, 0 updated, 0 deleted, 4 unchanged"));
    assert_eq!(contents(&server, "kindred"), before, "nothing was sent again");

    changed(&file, |w| w.people[0].milestones[0].date = date(1988, 3, 1));
    assert!(push().contains("0 created, 1 updated, 0 deleted, 3 unchanged"));
    let now = server.get(&format!("kindred/{birthday_name}")).expect("still there");
    assert!(now.contains("DTSTART;VALUE=DATE:19880301") && !now.contains("BYMONTHDAY=-1"), "{now}");

    // Lars is erased: his birthday and his daughter's go; the dentist stays as it was.
    changed(&file, |w| w.people.retain(|p| p.name != "Lars Holm"));
    assert!(push().contains("0 created, 0 updated, 2 deleted, 2 unchanged"));
    let left = contents(&server, "kindred");
    assert_eq!(left.len(), 3, "{left:?}");
    assert!(!left.iter().any(|(_, body)| body.contains("Lars") || body.contains("Sofie")), "{left:?}");
    assert!(left.contains(&("dentist.ics".to_owned(), server.get("kindred/dentist.ics").expect("there"))));
    assert_eq!(
        server.get("kindred/dentist.ics").as_deref(),
        before.iter().find(|(n, _)| n == "dentist.ics").map(|(_, b)| b.as_str())
    );
}

#[test]
fn an_event_of_another_program_where_kindred_would_write_is_left_alone() {
    let server = Radicale::start();
    let dir = tempfile::tempdir().expect("dir");
    let workspace = shop();
    let file = saved(dir.path(), &workspace);
    server.make("kindred", false);
    // Another program's event under the very name Kindred gives Mette's birthday.
    let name =
        kindred::interop::dav::resource_name(&format!("{}@kindred", workspace.people[0].milestones[0].id), "ics");
    let theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:not-kindreds\r\n\
                  DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270110\r\nSUMMARY:Theirs\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    server.put(&format!("kindred/{name}"), "text/calendar", theirs);
    let before = server.get(&format!("kindred/{name}"));
    let output = dav(
        dir.path(),
        &["push", file.to_str().expect("utf-8"), "--url", &server.collection("kindred"), "--user", radicale::USER],
        Some(radicale::PASSWORD),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("3 created, 0 updated, 0 deleted, 0 unchanged; 1 left alone"),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(server.get(&format!("kindred/{name}")), before, "theirs is as it was");

    // What a push remembers is lost (a new computer): its own events are found by their UIDs.
    std::fs::remove_dir_all(dir.path().join("kindred/sync")).expect("forgotten");
    let output = dav(
        dir.path(),
        &["push", file.to_str().expect("utf-8"), "--url", &server.collection("kindred"), "--user", radicale::USER],
        Some(radicale::PASSWORD),
    );
    assert!(
        text(&output.stdout).contains("0 created, 3 updated, 0 deleted, 0 unchanged; 1 left alone"),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(server.stored("kindred").len(), 4, "no copies");
}

/// The cards written by an iPhone, Google, Outlook and a vCard 4.0 program (the shared
/// fixtures), one a resource, as those programs would write them to the address book.
fn put_fixture_cards(server: &Radicale) -> usize {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports");
    let mut count = 0;
    for file in ["apple-contacts.vcf", "google-contacts.vcf", "outlook-2.1.vcf", "vcard4.vcf"] {
        let bytes = std::fs::read(folder.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let all = String::from_utf8_lossy(&bytes).replace("\r\n", "\n").replace('\n', "\r\n");
        for card in all.split("BEGIN:VCARD").filter(|c| c.contains("END:VCARD")) {
            count += 1;
            let name = format!("{}-{count}", file.trim_end_matches(".vcf"));
            // A program that keeps cards on a server gives each a UID (the files exported
            // by hand may have none, and Radicale refuses a card without one).
            let mut card = format!("BEGIN:VCARD{card}");
            if !card.contains("\r\nUID:") {
                let version = card.find("\r\nVERSION:").expect("a VERSION line") + 2;
                let after = version + card[version..].find("\r\n").expect("its end") + 2;
                card.insert_str(after, &format!("UID:{name}\r\n"));
            }
            server.put(&format!("contacts/{name}.vcf"), "text/vcard", &card);
        }
    }
    count
}

fn pull(dir: &Path, file: &Path, url: &str, password: Option<&str>) -> Output {
    dav(dir, &["pull", file.to_str().expect("utf-8"), "--url", url, "--user", radicale::USER], password)
}

#[test]
fn pull_reads_what_other_programs_wrote_once_and_matches_it_as_an_import() {
    let server = Radicale::start();
    server.make("contacts", true);
    let cards = put_fixture_cards(&server);
    assert_eq!(cards, 5);
    let dir = tempfile::tempdir().expect("dir");
    // Henrik is here already, with his e-mail address: the card updates him.
    let mut workspace = shop();
    let mut henrik = Person::named("Henrik Dahl");
    henrik
        .contact
        .emails
        .push(kindred::model::Labelled { label: String::new(), value: "henrik@dahlbageri.example".into() });
    henrik.status = kindred::model::Status::Customer;
    workspace.people.push(henrik);
    let file = saved(dir.path(), &workspace);
    let book = server.collection("contacts");

    let first = pull(dir.path(), &file, &book, Some(radicale::PASSWORD));
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let report = text(&first.stdout);
    assert!(report.contains("4 new, 1 updated, 0 unchanged, 0 skipped"), "{report}");
    assert!(report.contains("5 cards read"), "{report}");
    let read = kindred::store::load(&file).expect("loads").decoded.workspace;
    let names: Vec<&str> = read.people.iter().map(|p| p.name.as_str()).collect();
    for name in ["Jonas Holm", "Sigrid Aasen", "Henrik Dahl", "Ingrid Berg"] {
        assert_eq!(names.iter().filter(|n| **n == name).count(), 1, "{name} once: {names:?}");
    }
    assert_eq!(read.people.len(), 3 + 4, "the iPhone's Mette, of Kjærgaard Tømrer, is not ours, who has no firm");
    let henrik = read.people.iter().find(|p| p.name == "Henrik Dahl").expect("Henrik");
    assert_eq!(henrik.status, kindred::model::Status::Customer, "a contact list never changes a status");
    assert!(!henrik.contact.phones.is_empty(), "his card's phone number is added");
    let apple = read.people.iter().find(|p| p.name == "Mette Kjærgaard" && !p.contact.emails.is_empty());
    assert!(
        apple.is_some_and(|m| !m.life.family.is_empty()),
        "Apple's related names are read as the import reads them"
    );

    let again = pull(dir.path(), &file, &book, Some(radicale::PASSWORD));
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains("0 cards read"), "{}", text(&again.stdout));
    assert!(text(&again.stdout).contains("nothing to change") || !text(&again.stdout).contains("saved"));
    assert_eq!(kindred::store::load(&file).expect("loads").decoded.workspace, read, "nothing changed");

    // A new contact on the phone: only that card is read.
    server.put(
        "contacts/new.vcf",
        "text/vcard",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:new-1\r\nFN:Ny Kunde\r\nN:Kunde;Ny;;;\r\nEND:VCARD\r\n",
    );
    let third = pull(dir.path(), &file, &book, Some(radicale::PASSWORD));
    assert!(text(&third.stdout).contains("1 new, 0 updated, 0 unchanged, 0 skipped"), "{}", text(&third.stdout));
    assert!(text(&third.stdout).contains("1 cards read"), "{}", text(&third.stdout));
}

#[test]
fn a_wrong_password_a_server_that_is_down_and_an_unreadable_workspace() {
    let mut server = Radicale::start();
    server.make("contacts", true);
    let dir = tempfile::tempdir().expect("dir");
    let file = saved(dir.path(), &shop());
    let before = std::fs::read(&file).expect("read");
    let book = server.collection("contacts");
    let calendar = server.collection("kindred");

    let wrong = pull(dir.path(), &file, &book, Some("not it"));
    assert_eq!(wrong.status.code(), Some(1));
    let said = text(&wrong.stderr);
    assert!(said.contains(&book) && said.contains("401") && said.contains("password"), "{said}");
    let push = |password: &str| {
        dav(
            dir.path(),
            &["push", file.to_str().expect("utf-8"), "--url", &calendar, "--user", radicale::USER],
            Some(password),
        )
    };
    let wrong = push("not it");
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("401"), "{}", text(&wrong.stderr));

    server.stop();
    for output in [pull(dir.path(), &file, &book, Some(radicale::PASSWORD)), push(radicale::PASSWORD)] {
        assert_eq!(output.status.code(), Some(1));
        let said = text(&output.stderr);
        assert!(said.contains(&server.url) && said.contains("could not be reached"), "{said}");
    }
    assert_eq!(std::fs::read(&file).expect("read"), before, "the workspace is as it was");

    let missing = dir.path().join("missing.kindred");
    assert_eq!(pull(dir.path(), &missing, &book, Some(radicale::PASSWORD)).status.code(), Some(2));
    let garbled = dir.path().join("garbled.kindred");
    std::fs::write(&garbled, "(format_version: 2, name: oops)").expect("write");
    let output =
        dav(dir.path(), &["push", garbled.to_str().expect("utf-8"), "--url", &calendar, "--user", "u"], Some("p"));
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("garbled.kindred"), "{}", text(&output.stderr));
    let no_password = pull(dir.path(), &file, &book, None);
    assert_eq!(no_password.status.code(), Some(2));
    assert!(text(&no_password.stderr).contains("KINDRED_DAV_PASSWORD"), "{}", text(&no_password.stderr));
}

#[test]
fn people_go_to_the_address_book_once_and_a_contact_removed_there_stays_here() {
    let server = Radicale::start();
    server.make("contacts", true);
    let ida = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ida-1\r\nFN:Ida Berg\r\nEMAIL:ida@example.com\r\nEND:VCARD\r\n";
    server.put("contacts/ida.vcf", "text/vcard", ida);
    let dir = tempfile::tempdir().expect("dir");
    let mut workspace = shop();
    let mut here = Person::named("Ida Berg");
    here.contact.emails.push(kindred::model::Labelled { label: String::new(), value: "IDA@example.com".into() });
    workspace.people.push(here);
    let file = saved(dir.path(), &workspace);
    let (book, calendar) = (server.collection("contacts"), server.collection("kindred"));
    let first = pull(dir.path(), &file, &book, Some(radicale::PASSWORD));
    assert!(text(&first.stdout).contains("0 new, 0 updated, 1 unchanged"), "{}", text(&first.stdout));

    let args =
        ["push", file.to_str().expect("utf-8"), "--url", &calendar, "--user", radicale::USER, "--address-book", &book];
    let push = dav(dir.path(), &args, Some(radicale::PASSWORD));
    assert_eq!(push.status.code(), Some(0), "{}", text(&push.stderr));
    assert!(text(&push.stdout).contains(&format!("{book}: 2 created")), "Mette and Lars: {}", text(&push.stdout));
    let cards: Vec<String> = contents(&server, "contacts").into_iter().map(|(_, body)| body).collect();
    assert_eq!(cards.len(), 3, "Ida's own card is not doubled: {cards:?}");
    assert_eq!(cards.iter().filter(|c| c.contains("FN:Ida Berg")).count(), 1);
    let again = dav(dir.path(), &args, Some(radicale::PASSWORD));
    assert!(
        text(&again.stdout).contains(&format!("{book}: 0 created, 0 updated, 0 deleted, 2 unchanged")),
        "{}",
        text(&again.stdout)
    );

    // Kindred's own cards are not read back as contacts.
    let back = pull(dir.path(), &file, &book, Some(radicale::PASSWORD));
    assert!(text(&back.stdout).contains("0 cards read"), "{}", text(&back.stdout));

    // Ida's card is deleted on the phone: she stays in the workspace.
    let reply = server.client().send("DELETE", &format!("{book}ida.vcf"), None, kindred::sync::Condition::None, None);
    assert!(reply.expect("deleted").ok());
    let after = pull(dir.path(), &file, &book, Some(radicale::PASSWORD));
    assert!(text(&after.stdout).contains("0 cards read, 1 removed there"), "{}", text(&after.stdout));
    let names: Vec<String> =
        kindred::store::load(&file).expect("loads").decoded.workspace.people.into_iter().map(|p| p.name).collect();
    assert!(names.contains(&"Ida Berg".to_owned()), "{names:?}");
}

#[test]
fn an_event_edited_elsewhere_stays_until_its_milestone_changes_here() {
    let server = Radicale::start();
    let dir = tempfile::tempdir().expect("dir");
    let file = saved(dir.path(), &shop());
    let calendar = server.collection("kindred");
    let push = || {
        let args = ["push", file.to_str().expect("utf-8"), "--url", &calendar, "--user", radicale::USER];
        let output = dav(dir.path(), &args, Some(radicale::PASSWORD));
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        text(&output.stdout)
    };
    push();
    let (name, body) = contents(&server, "kindred")
        .into_iter()
        .find(|(_, body)| body.contains("Mette Kjærgaard: birthday"))
        .expect("Mette's birthday");
    let edited = body.replace("SUMMARY:Mette Kjærgaard: birthday", "SUMMARY:Mette's birthday (buy cake)");
    server.put(&format!("kindred/{name}"), "text/calendar", &edited);
    assert!(push().contains("0 created, 0 updated, 0 deleted, 4 unchanged"));
    assert!(server.get(&format!("kindred/{name}")).expect("there").contains("buy cake"), "left as edited");

    changed(&file, |w| w.people[0].milestones[0].date = date(1988, 3, 2));
    assert!(push().contains("0 created, 1 updated"), "written over, the server's version having changed");
    let now = server.get(&format!("kindred/{name}")).expect("there");
    assert!(now.contains("DTSTART;VALUE=DATE:19880302") && !now.contains("buy cake"), "{now}");
}
