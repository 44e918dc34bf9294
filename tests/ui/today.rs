//! The daily loop in the window: Today with each kind of item and each of its one-click actions
//! (each one undo step), follow-ups added from Today, the palette, the profile and a board move,
//! the overdue badge in the list and on the board, the contact links, the rhythm in the profile,
//! the calendar feed rewritten by a save, the login entry written and removed by the settings,
//! and the window's own notification once a day.

use crate::common;
use crate::drive::{click, undo};
use crate::notifications::{Bus, notified, serve};
use chrono::Datelike;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kindred::model::*;
use kindred::ui::KindredApp;
use std::path::PathBuf;
use std::process::Command;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn days(n: i64) -> chrono::NaiveDate {
    today() + chrono::Duration::days(n)
}

/// Mette, a key account never contacted, with an offer three days overdue and her 40th birthday
/// today; Henrik, a customer with a weekly call due today and a recent personal contact; Bo, a
/// prospect with nothing due.
fn workspace() -> Workspace {
    let mut mette = Person { status: Status::Customer, key_account: true, ..Person::named("Mette Kjærgaard") };
    mette.contact.emails.push(Labelled { label: "work".into(), value: "mette@kringle.example".into() });
    mette.contact.phones.push(Labelled { label: "mobile".into(), value: "+45 20 30 40 50".into() });
    mette.follow_ups.push(FollowUp::new("Send the offer", Some(days(-3))));
    // Her 40th birthday is today (40 years back keeps a 29 February).
    let (year, month, day) = (today().year(), today().month(), today().day());
    let born = PartialDate::ymd(year - 40, month, day).expect("a date");
    mette.milestones.push(Milestone { kind: MilestoneKind::Birthday, date: born, ..Milestone::default() });
    let mut henrik = Person { status: Status::Customer, ..Person::named("Henrik Dahl") };
    henrik.follow_ups.push(FollowUp {
        repeat: Some(Repeat { every: 1, unit: RepeatUnit::Weeks }),
        ..FollowUp::new("Weekly order call", Some(today()))
    });
    henrik.interactions.push(Interaction { date: days(-2), personal: true, ..Interaction::default() });
    let bo = Person { status: Status::Prospect, rhythm: Rhythm::Never, ..Person::named("Bo Lund") };
    let mut ws = Workspace { people: vec![mette, henrik, bo], ..Workspace::named("Bakery") };
    ws.journeys.push(Template::CustomerJourney.create());
    ws
}

fn person<'h>(harness: &'h Harness<'_, KindredApp>, name: &str) -> &'h Person {
    let ws = harness.state().workspace().expect("a workspace is open");
    ws.people.iter().find(|p| p.name == name).expect("the person is there")
}

fn open_today() -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let (dir, mut harness) = common::open_workspace(&workspace());
    click(&mut harness, "Today");
    (dir, harness)
}

#[test]
fn today_shows_each_kind_of_item_with_links_to_write_and_call() {
    let (_dir, harness) = open_today();
    for heading in ["Follow-ups (2)", "Milestones (1)", "Keep in touch (1)"] {
        harness.get_by_label(heading);
    }
    harness.get_by_label("3 days overdue");
    harness.get_by_label("Send the offer");
    harness.get_by_label("turns 40");
    harness.get_by_label("★ round");
    harness.get_by_label("no personal contact yet (every 30 days)");
    harness.get_by_label("↻ every week");
    assert!(harness.query_all_by_label("✉ mette@kringle.example").count() >= 1, "a mailto: link");
    harness.get_all_by_label("☎ +45 20 30 40 50").next().expect("a tel: link").click();
    let mut harness = harness;
    harness.step();
    let opened: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(opened, ["tel:+4520304050"], "the number is dialled");
    assert!(harness.query_by_label("Bo Lund").is_none(), "nothing is due about Bo");
}

#[test]
fn done_repeats_and_every_action_is_one_undo_step() {
    let (_dir, mut harness) = open_today();
    click(&mut harness, "Done: Send the offer (Mette Kjærgaard)");
    assert_eq!(person(&harness, "Mette Kjærgaard").follow_ups[0].done, Some(today()));
    assert!(harness.query_by_label("Send the offer").is_none(), "done: off the list");
    undo(&mut harness);
    assert_eq!(person(&harness, "Mette Kjærgaard").follow_ups[0].done, None);
    harness.get_by_label("Send the offer");

    click(&mut harness, "Done: Weekly order call (Henrik Dahl)");
    let calls = &person(&harness, "Henrik Dahl").follow_ups;
    assert_eq!(calls.len(), 2, "a weekly one comes back");
    assert_eq!((calls[0].done, calls[1].due), (Some(today()), Some(days(7))));
    undo(&mut harness);
    assert_eq!(person(&harness, "Henrik Dahl").follow_ups.len(), 1, "undone with its next one");

    click(&mut harness, "Congratulated: Mette Kjærgaard turns 40");
    let logged = person(&harness, "Mette Kjærgaard").interactions.last().cloned().expect("logged");
    assert!(logged.personal && logged.note == "Congratulated: Mette Kjærgaard turns 40");
    assert!(harness.query_by_label("turns 40").is_none());
    // A congratulation is a personal contact: Mette is no longer due for one either.
    assert!(harness.query_by_label("Keep in touch (1)").is_none());
    undo(&mut harness);
    assert!(person(&harness, "Mette Kjærgaard").interactions.is_empty());

    click(&mut harness, "Log a personal contact with Mette Kjærgaard today");
    let logged = person(&harness, "Mette Kjærgaard").interactions.last().cloned().expect("logged");
    assert_eq!((logged.date, logged.personal), (today(), true));
    assert!(harness.query_by_label("no personal contact yet (every 30 days)").is_none());
    undo(&mut harness);
    harness.get_by_label("no personal contact yet (every 30 days)");
}

#[test]
fn snoozing_puts_each_kind_off_for_a_day_or_a_week_and_undo_brings_it_back() {
    let (_dir, mut harness) = open_today();
    click(&mut harness, "Snooze until tomorrow: Mette Kjærgaard: Send the offer");
    assert_eq!(person(&harness, "Mette Kjærgaard").follow_ups[0].snoozed_until, Some(days(1)));
    assert!(harness.query_by_label("Send the offer").is_none());
    click(&mut harness, "Snooze for a week: Mette Kjærgaard turns 40");
    click(&mut harness, "Snooze for a week: the contact with Mette Kjærgaard");
    let snoozed = &person(&harness, "Mette Kjærgaard").snoozed;
    assert_eq!(snoozed.len(), 2);
    assert!(snoozed.iter().all(|s| s.until == days(7)));
    harness.get_by_label("Follow-ups (1)");
    assert!(
        harness.query_by_label("Milestones (1)").is_none() && harness.query_by_label("Keep in touch (1)").is_none()
    );
    for _ in 0..3 {
        undo(&mut harness);
    }
    let mette = person(&harness, "Mette Kjærgaard");
    assert!(mette.snoozed.is_empty() && mette.follow_ups[0].snoozed_until.is_none(), "three steps undone");
    harness.get_by_label("Milestones (1)");
}

#[test]
fn open_shows_the_profile_with_its_follow_ups() {
    let (_dir, mut harness) = open_today();
    // Each of her three items opens her.
    assert_eq!(harness.query_all_by_label("Open Mette Kjærgaard").count(), 3);
    harness.get_all_by_label("Open Mette Kjærgaard").next().expect("a button").click();
    harness.run();
    harness.get_by_label("Follow-ups (1 open, 1 overdue)");
    harness.get_by_label("⏰ overdue");
    harness.get_by_label("Keep in touch");
    // The profile's contact links.
    harness.get_by_label("Write to mette@kringle.example");
    harness.get_by_label("Call +45 20 30 40 50");
}

#[test]
fn a_follow_up_is_added_from_today_for_the_person_chosen_and_from_the_palette() {
    let (_dir, mut harness) = open_today();
    harness.get_by_label("Person").click();
    harness.get_by_label("Person").type_text("bo");
    harness.run();
    click(&mut harness, "Bo Lund");
    harness.get_by_label("What").click();
    harness.get_by_label("What").type_text("Send a tasting box");
    harness.run();
    click(&mut harness, "Add follow-up");
    let added = &person(&harness, "Bo Lund").follow_ups;
    assert_eq!(added.len(), 1);
    assert_eq!((added[0].text.as_str(), added[0].due), ("Send a tasting box", Some(today())));
    harness.get_by_label("Send a tasting box");
    undo(&mut harness);
    assert!(person(&harness, "Bo Lund").follow_ups.is_empty());

    click(&mut harness, "People");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label("Find a command, a person, a journey map or a card").type_text("add follow");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.get_by_label("Person").is_focused(), "Today's form, ready to type in");
}

#[test]
fn an_empty_workspace_says_what_today_will_show_and_offers_to_import() {
    let (_dir, mut harness) = common::open_workspace(&Workspace::named("New"));
    click(&mut harness, "Today");
    harness.get_by_label_contains("Today will show what to do each day");
    harness.get_by_label("Import contacts…");
}

#[test]
fn the_profile_adds_follow_ups_ticks_them_done_and_sets_a_rhythm() {
    let (_dir, mut harness) = common::open_workspace(&workspace());
    click(&mut harness, "Bo Lund");
    click(&mut harness, "Add follow-up");
    harness.get_by_label("Text of new follow-up").click();
    harness.get_by_label("Text of new follow-up").type_text("Call about the menu");
    harness.run();
    click(&mut harness, "Repeat of new follow-up");
    click(&mut harness, "month");
    click(&mut harness, "Add follow-up");
    let added = person(&harness, "Bo Lund").follow_ups.clone();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].repeat, Some(Repeat { every: 1, unit: RepeatUnit::Months }));
    assert_eq!(added[0].due, Some(today()), "due today unless said otherwise");

    click(&mut harness, "Done: Call about the menu");
    let now = person(&harness, "Bo Lund").follow_ups.clone();
    assert_eq!(now.len(), 2, "done, and next month's is there: {now:?}");
    assert_eq!(now[0].done, Some(today()));
    assert!(now[1].is_open() && now[1].due > Some(today()));
    undo(&mut harness);
    assert_eq!(person(&harness, "Bo Lund").follow_ups.len(), 1, "one step: done and the next one");

    assert_eq!(person(&harness, "Bo Lund").rhythm, Rhythm::Never);
    click(&mut harness, "Keep in touch");
    click(&mut harness, "As their kind: every 60 days");
    assert_eq!(person(&harness, "Bo Lund").rhythm, Rhythm::ByKind);
    undo(&mut harness);
    assert_eq!(person(&harness, "Bo Lund").rhythm, Rhythm::Never);
}

#[test]
fn an_overdue_follow_up_is_a_badge_in_the_list_and_on_the_board() {
    let mut ws = workspace();
    let map = ws.journeys[0].clone();
    for (order, person) in ws.people.iter_mut().enumerate() {
        person.positions.push(JourneyPosition { journey: map.id, phase: map.phases[0].id, order: order as u32 });
    }
    let (_dir, mut harness) = common::open_workspace(&ws);
    let description =
        |harness: &Harness<'_, KindredApp>, name: &str| harness.get_by_label(name).accesskit_node().description();
    assert_eq!(description(&harness, "Mette Kjærgaard").as_deref(), Some("1 follow-up overdue"));
    assert_eq!(description(&harness, "Henrik Dahl"), None, "due today is not overdue");
    click(&mut harness, "Board");
    assert_eq!(description(&harness, "Mette Kjærgaard").as_deref(), Some("1 follow-up overdue"));
    assert_eq!(description(&harness, "Bo Lund"), None);
}

#[test]
fn a_board_move_asks_what_happens_next_and_adds_it_as_a_follow_up() {
    let mut ws = workspace();
    let map = ws.journeys[0].clone();
    ws.people[2].positions.push(JourneyPosition { journey: map.id, phase: map.phases[0].id, order: 0 });
    let (_dir, mut harness) = common::open_workspace(&ws);
    click(&mut harness, "Board");
    click(&mut harness, "Bo Lund");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    harness.get_by_label("What happens next with Bo Lund?").click();
    harness.get_by_label("What happens next with Bo Lund?").type_text("Book a tasting");
    harness.run();
    click(&mut harness, "Add follow-up");
    let added = &person(&harness, "Bo Lund").follow_ups;
    assert_eq!(added.len(), 1);
    assert_eq!((added[0].text.as_str(), added[0].due), ("Book a tasting", None));
    assert!(harness.query_by_label("Save why").is_some(), "the why is still asked");
    click(&mut harness, "Skip");
    assert!(harness.query_by_label("What happens next with Bo Lund?").is_none());
    undo(&mut harness);
    assert!(person(&harness, "Bo Lund").follow_ups.is_empty(), "the follow-up is its own undo step");
    assert!(person(&harness, "Bo Lund").positions[0].phase != map.phases[0].id, "the move stays");
}

#[test]
fn a_save_in_the_window_rewrites_the_calendar_feed() {
    let mut ws = workspace();
    ws.settings.calendar_feed = "bakery.ics".into();
    let (dir, mut harness) = common::open_workspace(&ws);
    let feed = dir.path().join("bakery.ics");
    assert!(!feed.exists());
    click(&mut harness, "Today");
    click(&mut harness, "Done: Send the offer (Mette Kjærgaard)");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    // The save writes on its own thread; the frames until it is heard back from.
    for _ in 0..100 {
        harness.run_steps(1);
        if !harness.state().is_dirty() && feed.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let text = std::fs::read_to_string(&feed).expect("the feed is written with the save");
    assert!(text.contains("SUMMARY:Henrik Dahl: Weekly order call"), "{text}");
    assert!(!text.contains("Send the offer"), "done: not in the calendar: {text}");
    assert!(text.contains("SUMMARY:Mette Kjærgaard: birthday"));
}

/// In the process the test runs in on its own: the temporary home. Otherwise runs `test` (its
/// path in this binary) in such a process with `env`, checks that it ran and passed, and
/// returns `None`.
fn own_home(test: &str, env: &[(&str, &str)]) -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("KINDRED_TEST_DAILY_HOME") {
        return Some(PathBuf::from(home));
    }
    let home = tempfile::tempdir().expect("a temporary home");
    let mut command = Command::new(std::env::current_exe().expect("the test binary"));
    command
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env("KINDRED_TEST_DAILY_HOME", home.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("XDG_DATA_HOME", home.path().join(".local/share"))
        .env("KINDRED_STATE_DIR", home.path().join("state"))
        .env("KINDRED_NO_NATIVE_DIALOGS", "1");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("the test binary runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{test}, in a home of its own, failed:\n{text}");
    assert!(text.contains("1 passed"), "{test} did not run in a home of its own:\n{text}");
    None
}

#[test]
fn the_settings_write_and_remove_the_login_entry() {
    let Some(home) = own_home("today::the_settings_write_and_remove_the_login_entry", &[]) else { return };
    let (dir, mut harness) = common::open_workspace(&workspace());
    let workspace_file = dir.path().join("shop.kindred");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    click(&mut harness, "Remind me when I log in");
    let entry = home.join(".config/autostart").join(format!("{}-remind.desktop", kindred::APP_ID));
    let text = std::fs::read_to_string(&entry).expect("the entry is written");
    assert!(text.contains("remind --notify --wait 480"), "{text}");
    assert!(text.contains(workspace_file.to_str().expect("UTF-8")), "{text}");
    let ticked = harness.get_by_label("Remind me when I log in").accesskit_node().toggled();
    assert_eq!(ticked, Some(egui::accesskit::Toggled::True), "ticked, as the entry is there");
    if Command::new("desktop-file-validate").arg("--version").output().is_ok() {
        let valid = Command::new("desktop-file-validate").arg(&entry).output().expect("runs");
        let said = String::from_utf8_lossy(&valid.stdout);
        assert!(valid.status.success() && !said.contains("error"), "{said}");
    }
    click(&mut harness, "Remind me when I log in");
    assert!(!entry.exists(), "unticked: removed");
}

#[test]
fn the_window_reminds_once_a_day_through_the_same_record_as_the_command_line() {
    // The parent starts the bus and the server; the window runs in a process of its own.
    if std::env::var_os("KINDRED_TEST_DAILY_HOME").is_none() {
        let bus = Bus::start();
        let (_server, calls) = serve(&bus, false);
        let workspace_file = bus.dir.path().join("shop.kindred");
        kindred::store::save(&workspace_file, &workspace()).expect("saved");
        let file = workspace_file.to_str().expect("UTF-8").to_owned();
        own_home(
            "today::the_window_reminds_once_a_day_through_the_same_record_as_the_command_line",
            &[("DBUS_SESSION_BUS_ADDRESS", &bus.address), ("KINDRED_TEST_WORKSPACE", &file)],
        );
        let sent = notified(&calls);
        assert_eq!(sent.len(), 1, "the window sent the day: {sent:?}");
        assert_eq!(sent[0].0, "Today in Kindred: 2 follow-ups · 1 milestone · 1 person to keep in touch with");
        return;
    }
    let home = PathBuf::from(std::env::var_os("KINDRED_TEST_DAILY_HOME").expect("a home of its own"));
    let file = PathBuf::from(std::env::var_os("KINDRED_TEST_WORKSPACE").expect("the workspace"));
    let app = KindredApp::loading(Some(file.clone()), None);
    kindred::i18n::set_language(kindred::i18n::Lang::En);
    let mut harness = Harness::builder().build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    let records = home.join("state/reminded");
    let started = std::time::Instant::now();
    while std::fs::read_dir(&records).map_or(0, |d| d.count()) == 0 && started.elapsed().as_secs() < 20 {
        harness.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // Sent, and recorded: the command line finds the day taken.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let output = Command::new(env!("CARGO_BIN_EXE_kindred"))
        .args(["remind", "--notify"])
        .arg(&file)
        .output()
        .expect("kindred runs");
    assert!(output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("already reminded of"), "{said}");
    assert_eq!(std::fs::read_dir(&records).expect("the records").count(), 1);
}

#[test]
fn today_speaks_danish_and_norwegian_with_no_english_left() {
    let (_dir, mut harness) = common::open_workspace(&workspace());
    let english = [
        "Follow-ups (",
        "Keep in touch (",
        "Done: ",
        "Snooze until tomorrow",
        "Snooze for a week",
        "Open Mette",
        "Add follow-up",
        "overdue",
        "every 30 days",
    ];
    let danish = [
        "Opfølgninger (2)",
        "Mærkedage (1)",
        "Hold kontakten (1)",
        "3 dage over tiden",
        "fylder 40",
        "Tilføj opfølgning",
        "Klaret: Send the offer (Mette Kjærgaard)",
        "Udsæt til i morgen: Mette Kjærgaard: Send the offer",
        "Udsæt en uge: kontakten med Mette Kjærgaard",
        "ingen personlig kontakt endnu (hver 30. dag)",
    ];
    let norwegian = [
        "Oppfølginger (2)",
        "Merkedager (1)",
        "Hold kontakten (1)",
        "3 dager på overtid",
        "fyller 40",
        "Legg til oppfølging",
        "Gjort: Send the offer (Mette Kjærgaard)",
        "Utsett til i morgen: Mette Kjærgaard: Send the offer",
        "Utsett en uke: kontakten med Mette Kjærgaard",
        "ingen personlig kontakt ennå (hver 30. dag)",
    ];
    for (lang, words) in [(kindred::i18n::Lang::Da, danish), (kindred::i18n::Lang::Nb, norwegian)] {
        kindred::i18n::set_language(lang);
        harness.run();
        click(&mut harness, "I dag");
        for word in words {
            harness.get_by_label(word);
        }
        for word in english {
            assert!(harness.query_by_label_contains(word).is_none(), "{lang:?}: {word:?} is still English");
        }
    }
    kindred::i18n::set_language(kindred::i18n::Lang::En);
}
