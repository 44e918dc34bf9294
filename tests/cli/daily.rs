//! The daily loop on the command line: `kindred today` (text and JSON), `kindred remind`
//! without `--notify`, `kindred task add` and `kindred log add` (saved as `import` saves, the
//! person found by name or e-mail, candidates listed when the name fits no one or several),
//! the calendar feed rewritten by the command line's saves (an import of cards with their
//! organisations too), and the exit codes `--help` names.

use kindred::model::*;
use kindred::store;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kindred(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred"))
        .args(args)
        .env_remove("KINDRED_PASSPHRASE")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs")
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a test date")
}

/// On 1 December 2026: Mette's offer three days overdue, her 50th birthday in three days, and
/// Henrik (a customer last met on 1 August) due for contact; two Mettes to tell apart by
/// e-mail.
fn shop(dir: &Path) -> PathBuf {
    let mut mette = Person { status: Status::Customer, rhythm: Rhythm::Never, ..Person::named("Mette Kjærgaard") };
    let kringle = Organisation::named("Café Kringle");
    let toemrer = Organisation::named("Kjærgaard Tømrer");
    mette.organisation = Some(kringle.id);
    mette.contact.emails.push(Labelled { label: "work".into(), value: "mette@kringle.example".into() });
    mette.follow_ups.push(FollowUp::new("Send the offer", Some(day(2026, 11, 28))));
    mette.milestones.push(Milestone {
        kind: MilestoneKind::Birthday,
        date: PartialDate::ymd(1976, 12, 4).expect("a date"),
        ..Milestone::default()
    });
    let mut other = Person { rhythm: Rhythm::Never, ..Person::named("Mette Kjærgaard") };
    other.organisation = Some(toemrer.id);
    other.contact.emails.push(Labelled { label: "work".into(), value: "mette@toemrer.example".into() });
    let mut henrik = Person { status: Status::Customer, ..Person::named("Henrik Dahl") };
    henrik.interactions.push(Interaction { date: day(2026, 8, 1), personal: true, ..Interaction::default() });
    let path = dir.join("shop.kindred");
    let workspace = Workspace {
        people: vec![mette, other, henrik],
        organisations: vec![kringle, toemrer],
        ..Workspace::named("Shop")
    };
    store::save(&path, &workspace).expect("saved");
    path
}

#[test]
fn today_prints_the_agenda_and_its_json_is_sorted_by_date_then_person() {
    let dir = tempfile::tempdir().expect("dir");
    let path = shop(dir.path());
    let text = kindred(&["today", arg(&path), "--today", "2026-12-01"]);
    assert!(text.status.success(), "{}", stderr(&text));
    let text = stdout(&text);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "1 December 2026: 1 follow-up · 1 milestone · 1 person to keep in touch with");
    for expected in [
        "Follow-ups",
        "2026-11-28  Mette Kjærgaard: Send the offer (3 days overdue)",
        "2026-12-04  Mette Kjærgaard turns 50 — a round one (in 3 days)",
        "2026-10-30  Henrik Dahl: last personal contact 1 Aug 2026 (every 90 days) (32 days overdue)",
    ] {
        assert!(lines.contains(&expected), "{expected:?} is not in:\n{text}");
    }
    let json = kindred(&["today", arg(&path), "--today", "2026-12-01", "--json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let items: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let expected = serde_json::json!([
        {"kind": "contact", "date": "2026-10-30", "person": "Henrik Dahl",
         "text": "last personal contact 1 Aug 2026 (every 90 days)", "overdue": 32},
        {"kind": "task", "date": "2026-11-28", "person": "Mette Kjærgaard", "text": "Send the offer", "overdue": 3},
        {"kind": "milestone", "date": "2026-12-04", "person": "Mette Kjærgaard", "text": "turns 50", "overdue": -3},
    ]);
    assert_eq!(items, expected);
    let danish = kindred(&["today", arg(&path), "--today", "2026-12-01", "--lang", "da"]);
    let danish = stdout(&danish);
    assert!(danish.starts_with("1. december 2026: 1 opfølgning · 1 mærkedag · 1 person at holde kontakten med"));
    assert!(danish.contains("2026-11-28  Mette Kjærgaard: Send the offer (3 dage over tiden)"), "{danish}");
    let norwegian = stdout(&kindred(&["today", arg(&path), "--today", "2026-12-01", "--lang", "nb"]));
    assert!(norwegian.contains("Mette Kjærgaard fyller 50 — en rund dag (om 3 dager)"), "{norwegian}");
    // `remind` without --notify prints the same.
    let printed = kindred(&["remind", arg(&path), "--today", "2026-12-01", "--lang", "en"]);
    assert!(printed.status.success());
    assert_eq!(stdout(&printed), text);
}

#[test]
fn task_add_and_log_add_change_the_one_person_named_and_save_safely() {
    let dir = tempfile::tempdir().expect("dir");
    let path = shop(dir.path());
    let before = fs::read(&path).expect("read");
    let added =
        kindred(&["task", "add", arg(&path), "--person", "henrik dahl", "--due", "2026-12-03", "Bring samples"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(stdout(&added).contains("added a follow-up for Henrik Dahl, due 2026-12-03"), "{}", stdout(&added));
    assert_eq!(fs::read(store::paths::backup_path(&path, 1)).expect("a backup"), before, "the old file is kept");
    let logged = kindred(&[
        "log",
        "add",
        arg(&path),
        "--person",
        "mette@kringle.example",
        "--personal",
        "--date",
        "2026-11-30",
        "--channel",
        "phone",
        "Called about Christmas",
    ]);
    assert!(logged.status.success(), "{}", stderr(&logged));
    let workspace = store::load(&path).expect("loads").decoded.workspace;
    let henrik = &workspace.people[2];
    assert_eq!(henrik.follow_ups.len(), 1);
    assert_eq!(
        (henrik.follow_ups[0].text.as_str(), henrik.follow_ups[0].due),
        ("Bring samples", Some(day(2026, 12, 3)))
    );
    let mette = &workspace.people[0];
    let call = mette.interactions.last().expect("logged");
    assert_eq!(
        (call.date, call.channel, call.personal, call.note.as_str()),
        (day(2026, 11, 30), Channel::Phone, true, "Called about Christmas")
    );
    assert!(workspace.people[1].interactions.is_empty(), "the other Mette is untouched");
    assert!(!store::paths::lock_path(&path).exists(), "no lock is left");
    let plain = kindred(&["log", "add", arg(&path), "--person", "Henrik Dahl", "Invoice sent"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let henrik = store::load(&path).expect("loads").decoded.workspace.people[2].clone();
    let invoice = henrik.interactions.last().expect("logged");
    assert!(!invoice.personal && invoice.channel == Channel::Other, "not personal unless said");
    assert_eq!(invoice.date, chrono::Local::now().date_naive(), "today unless a date is given");
}

#[test]
fn a_name_that_fits_no_one_or_several_is_refused_with_the_candidates() {
    let dir = tempfile::tempdir().expect("dir");
    let path = shop(dir.path());
    let before = fs::read(&path).expect("read");
    let several = kindred(&["task", "add", arg(&path), "--person", "Mette Kjærgaard", "Call"]);
    assert_eq!(several.status.code(), Some(1));
    let message = stderr(&several);
    assert!(message.contains("2 people are named \"Mette Kjærgaard\""), "{message}");
    assert!(message.contains("Mette Kjærgaard (Café Kringle, mette@kringle.example)"), "{message}");
    assert!(message.contains("Mette Kjærgaard (Kjærgaard Tømrer, mette@toemrer.example)"), "{message}");
    let none = kindred(&["log", "add", arg(&path), "--person", "Mette", "Hello"]);
    assert_eq!(none.status.code(), Some(1));
    let message = stderr(&none);
    assert!(message.contains("no person is named \"Mette\"; did you mean: Mette Kjærgaard (Café"), "{message}");
    let nobody = kindred(&["log", "add", arg(&path), "--person", "Zorro", "Hello"]);
    assert!(stderr(&nobody).ends_with("no person is named \"Zorro\"\n"), "{}", stderr(&nobody));
    let empty = kindred(&["task", "add", arg(&path), "--person", "Henrik Dahl", "  "]);
    assert_eq!(empty.status.code(), Some(2), "{}", stderr(&empty));
    assert_eq!(fs::read(&path).expect("read"), before, "nothing was changed");
    let kindred::store::lock::LockOutcome::Acquired(_held) = kindred::store::lock::acquire(&path).expect("lock") else {
        panic!("not locked");
    };
    let locked = kindred(&["task", "add", arg(&path), "--person", "Henrik Dahl", "Call"]);
    assert_eq!(locked.status.code(), Some(1));
    assert!(stderr(&locked).contains("is open in Kindred"), "{}", stderr(&locked));
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn the_calendar_feed_is_rewritten_by_the_command_lines_saves() {
    let dir = tempfile::tempdir().expect("dir");
    let path = shop(dir.path());
    let mut workspace = store::load(&path).expect("loads").decoded.workspace;
    workspace.settings.calendar_feed = "shop.ics".into();
    store::save(&path, &workspace).expect("saved");
    let feed = dir.path().join("shop.ics");
    assert!(!feed.exists(), "the store alone writes no feed");
    let added =
        kindred(&["task", "add", arg(&path), "--person", "Henrik Dahl", "--due", "2026-12-03", "Bring samples"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(stdout(&added).contains("shop.ics: calendar feed written"), "{}", stdout(&added));
    let text = fs::read_to_string(&feed).expect("the feed");
    assert!(text.contains("SUMMARY:Henrik Dahl: Bring samples"), "{text}");
    assert!(text.contains("SUMMARY:Mette Kjærgaard: birthday"), "the milestones too: {text}");
    let contacts = dir.path().join("new.vcf");
    fs::write(&contacts, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Berg\r\nBDAY:1980-05-06\r\nEND:VCARD\r\n").expect("w");
    let imported = kindred(&["import", arg(&path), "--from", arg(&contacts)]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let text = fs::read_to_string(&feed).expect("the feed");
    assert!(text.contains("SUMMARY:Anne Berg: birthday"), "an import rewrites it: {text}");
    workspace = store::load(&path).expect("loads").decoded.workspace;
    workspace.settings.calendar_feed = "../away.ics".into();
    store::save(&path, &workspace).expect("saved");
    let refused = kindred(&["log", "add", arg(&path), "--person", "Henrik Dahl", "Hello"]);
    assert!(refused.status.success(), "the workspace is saved: {}", stderr(&refused));
    assert!(stderr(&refused).contains("warning: the calendar feed was not written"), "{}", stderr(&refused));
}

#[test]
fn importing_cards_with_an_organisation_links_it_and_rewrites_the_feed() {
    let dir = tempfile::tempdir().expect("dir");
    let path = shop(dir.path());
    let mut workspace = store::load(&path).expect("loads").decoded.workspace;
    workspace.settings.calendar_feed = "shop.ics".into();
    store::save(&path, &workspace).expect("saved");
    let feed = dir.path().join("shop.ics");
    let contacts = dir.path().join("cards.vcf");
    let cards = [
        // The Mette of Café Kringle (not the carpenter's), her name and the company form written
        // otherwise: the same person and the same account.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mette Kjærgaard\r\nORG:CAFE KRINGLE ApS;Kitchen\r\n\
         TEL;TYPE=CELL:+45 20 30 40 50\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Berg\r\nORG:Hotel Nord\r\nBDAY:1980-05-06\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jonas Berg\r\nORG:Hotel Nord\r\nBDAY:--0707\r\nEND:VCARD\r\n",
    ];
    fs::write(&contacts, cards.concat()).expect("written");
    let imported = kindred(&["import", arg(&path), "--from", arg(&contacts)]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(stdout(&imported).contains("shop.ics: calendar feed written"), "{}", stdout(&imported));

    let after = store::load(&path).expect("loads").decoded.workspace;
    let names: Vec<&str> = after.organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Café Kringle", "Kjærgaard Tømrer", "Hotel Nord"], "one new account for two cards");
    let of = |name: &str| {
        let people: Vec<&Person> = after.people.iter().filter(|p| p.name == name).collect();
        people.iter().map(|p| after.organisation_name(p).to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(of("Mette Kjærgaard"), ["Café Kringle", "Kjærgaard Tømrer"], "merged into the Mette of Kringle");
    let mette = &after.people[0];
    assert!(mette.contact.phones.iter().any(|p| p.value == "+45 20 30 40 50"), "{:?}", mette.contact.phones);
    assert!(after.people[1].contact.phones.is_empty(), "the other Mette is left alone");
    assert_eq!((of("Anne Berg"), of("Jonas Berg")), (vec!["Hotel Nord".to_owned()], vec!["Hotel Nord".to_owned()]));

    let text = fs::read_to_string(&feed).expect("the feed");
    assert!(text.contains("SUMMARY:Anne Berg: birthday"), "{text}");
    assert!(text.contains("SUMMARY:Jonas Berg: birthday"), "{text}");
    assert!(text.contains("SUMMARY:Mette Kjærgaard: birthday"), "what was there stays: {text}");
}

/// The exit codes a subcommand's `--help` names, from its "Exit status:" sentence.
fn named_codes(command: &[&str]) -> Vec<i32> {
    let mut args = command.to_vec();
    args.push("--help");
    let help = stdout(&kindred(&args)).split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = help.split("Exit status:").nth(1).unwrap_or_else(|| panic!("{command:?} --help: {help}"));
    let sentence = sentence.split(". ").next().unwrap_or_default();
    sentence.split(", ").filter_map(|part| part.trim().split(' ').next()?.parse().ok()).collect()
}

#[test]
fn help_names_every_exit_code_the_daily_commands_return() {
    let dir = tempfile::tempdir().expect("dir");
    let good = shop(dir.path());
    let invalid = dir.path().join("invalid.kindred");
    fs::write(&invalid, "(format_version: 1, name: oops)").expect("write");
    let unknown = dir.path().join("unknown.kindred");
    fs::write(&unknown, "(format_version: 1, mystery: 1)").expect("write");
    let newer = dir.path().join("newer.kindred");
    fs::write(&newer, "(format_version: 9)").expect("write");
    let encrypted = dir.path().join("encrypted.kindred");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1-encrypted-by-age.kindred"),
        &encrypted,
    )
    .expect("copy");
    let missing = dir.path().join("missing.kindred");
    let code = |args: &[&str]| kindred(args).status.code().expect("an exit code");
    let files = [&good, &invalid, &missing, &newer, &encrypted].map(|p| arg(p).to_owned());
    let today: Vec<i32> = files.iter().map(|f| code(&["today", f])).collect();
    assert_eq!(today, [0, 1, 2, 3, 4]);
    let remind: Vec<i32> = files.iter().map(|f| code(&["remind", f])).collect();
    assert_eq!(remind, [0, 2, 2, 3, 4], "1 is kept for no notification service");
    let task: Vec<i32> = [&good, &unknown, &invalid, &missing, &newer, &encrypted]
        .iter()
        .map(|p| code(&["task", "add", arg(p), "--person", "Henrik Dahl", "Call"]))
        .collect();
    assert_eq!(task, [0, 2, 1, 2, 3, 4]);
    let log: Vec<i32> = [&good, &unknown, &missing]
        .iter()
        .map(|p| code(&["log", "add", arg(p), "--person", "Nobody", "Call"]))
        .collect();
    assert_eq!(log, [1, 2, 2]);
    assert_eq!(code(&["task", "add", arg(&good), "--person", "X", "--due", "2026-02-30", "Call"]), 2);
    assert_eq!(code(&["log", "add", arg(&good), "--person", "X", "--channel", "pigeon", "Call"]), 2);
    for (command, seen) in [
        (&["today"][..], &today[..]),
        (&["remind"], &remind),
        (&["task", "add"], &task),
        (&["log", "add"], &[0, 1, 2, 3, 4]),
    ] {
        let named = named_codes(command);
        for code in seen {
            assert!(named.contains(code), "`{command:?} --help` names {named:?}, not {code}");
        }
    }
}

/// `task add` and `log add` write as `import` does: the new version descends from the one read
/// (so that another computer's Kindred finds their common version and merges), and the person
/// changed is stamped with who changed them.
#[test]
fn task_add_and_log_add_write_a_version_another_computer_can_merge() {
    let dir = tempfile::tempdir().expect("dir");
    let path = shop(dir.path());
    let read = |path: &Path| kindred::store::load(path).expect("loads").decoded.workspace;
    assert!(read(&path).revisions.is_empty(), "a file no Kindred has changed yet");
    let added = kindred(&["task", "add", arg(&path), "--person", "Henrik Dahl", "Call about the tasting"]);
    assert!(added.status.success(), "{}", stderr(&added));
    let after_task = read(&path);
    assert_eq!(after_task.revisions.len(), 1, "it descends from the version read");
    let henrik = after_task.people.iter().find(|p| p.name == "Henrik Dahl").expect("Henrik");
    assert!(henrik.changed.is_some(), "who changed him is said");
    let logged = kindred(&["log", "add", arg(&path), "--person", "Henrik Dahl", "--personal", "Called"]);
    assert!(logged.status.success(), "{}", stderr(&logged));
    let after_log = read(&path);
    assert_eq!(after_log.revisions.len(), 2, "and the next from that one: {:?}", after_log.revisions);
}
