//! `kindred remind --notify` against a real notification service: a private session bus
//! (`dbus-daemon`, started by each test on a socket in a temporary folder, bound to nothing
//! else, and stopped when the test ends, also when it fails) and a small freedesktop
//! Notifications server on it, written here with zbus, that records every call. What was sent,
//! once a day, `--again`, the *Open* action, and no service (exit 1).
//!
//! The bus and the server are `tests/common/notifications.rs`.

use crate::notifications::{Bus, Call, NAME, PATH, notified, serve};
use kindred::model::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a test date")
}

/// Mette Kjærgaard, a key account never contacted, with a follow-up three days overdue and her
/// 50th birthday today (1 December 2026): three things to remind of.
fn workspace(dir: &Path) -> PathBuf {
    let mut mette = Person { status: Status::Customer, key_account: true, ..Person::named("Mette Kjærgaard") };
    mette.follow_ups.push(FollowUp::new("Send the offer & the samples", Some(day(2026, 11, 28))));
    mette.milestones.push(Milestone {
        kind: MilestoneKind::Birthday,
        date: PartialDate::ymd(1976, 12, 1).expect("a date"),
        ..Milestone::default()
    });
    let path = dir.join("shop.kindred");
    kindred::store::save(&path, &Workspace { people: vec![mette], ..Workspace::named("Shop") }).expect("saved");
    path
}

fn remind(bus_address: &str, state: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kindred"));
    command
        .arg("remind")
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", bus_address)
        .env("KINDRED_STATE_DIR", state)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null());
    command
}

fn run(command: &mut Command) -> Output {
    command.output().expect("kindred runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_day_is_sent_as_kindred_once_and_again_when_asked() {
    let bus = Bus::start();
    let (_server, calls) = serve(&bus, false);
    let path = workspace(bus.dir.path());
    let (file, state) = (path.to_str().expect("UTF-8"), bus.dir.path().join("state"));
    let first = run(&mut remind(&bus.address, &state, &["--notify", "--today", "2026-12-01", file]));
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let sent = notified(&calls);
    let expected = [
        ("Follow-up: Mette Kjærgaard", "Send the offer &amp; the samples — 3 days overdue"),
        ("Mette Kjærgaard turns 50", "Today"),
        ("Keep in touch with Mette Kjærgaard", "No personal contact yet (every 30 days)"),
    ];
    let shown: Vec<(&str, &str)> = sent.iter().map(|(s, b, _)| (s.as_str(), b.as_str())).collect();
    assert_eq!(shown, expected, "three things are three notifications; the body as markup");
    assert!(sent.iter().all(|(_, _, actions)| actions.is_empty()), "no Open without --wait: {sent:?}");
    for call in calls.lock().expect("the calls").iter() {
        if let Call::Notify { app_name, icon, hints, .. } = call {
            assert_eq!(app_name, "Kindred");
            assert_eq!(icon, kindred::APP_ID);
            assert!(hints.contains("desktop-entry") && hints.contains(kindred::APP_ID), "{hints}");
        }
    }
    assert!(text(&first.stdout).contains("3 notification(s) sent"), "{}", text(&first.stdout));

    let second = run(&mut remind(&bus.address, &state, &["--notify", "--today", "2026-12-01", file]));
    assert_eq!(second.status.code(), Some(0));
    assert!(text(&second.stderr).contains("already reminded of 2026-12-01"), "{}", text(&second.stderr));
    assert_eq!(notified(&calls).len(), 3, "nothing sent the second time that day");

    let again = run(&mut remind(&bus.address, &state, &["--notify", "--again", "--today", "2026-12-01", file]));
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert_eq!(notified(&calls).len(), 6, "--again sends anyway");

    let tomorrow = run(&mut remind(&bus.address, &state, &["--notify", "--today", "2026-12-02", file]));
    assert_eq!(tomorrow.status.code(), Some(0));
    assert_eq!(notified(&calls).len(), 8, "the next day reminds again (no birthday then)");
}

#[test]
fn more_than_three_things_are_one_summary_and_nothing_is_no_notification() {
    let bus = Bus::start();
    let (_server, calls) = serve(&bus, false);
    let state = bus.dir.path().join("state");
    let mut busy = Person { rhythm: Rhythm::Never, ..Person::named("Henrik Dahl") };
    for n in 1..=5 {
        busy.follow_ups.push(FollowUp::new(format!("Task {n}"), Some(day(2026, 12, 1))));
    }
    let path = bus.dir.path().join("busy.kindred");
    kindred::store::save(&path, &Workspace { people: vec![busy], ..Workspace::named("Shop") }).expect("saved");
    let file = path.to_str().expect("UTF-8");
    let output = run(&mut remind(&bus.address, &state, &["--notify", "--today", "2026-12-01", "--lang", "da", file]));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let sent = notified(&calls);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].0, "I dag i Kindred: 5 opfølgninger");
    assert_eq!(sent[0].1.lines().next(), Some("Henrik Dahl: Task 1"));

    let quiet = bus.dir.path().join("quiet.kindred");
    kindred::store::save(&quiet, &Workspace::named("Quiet")).expect("saved");
    let output = run(&mut remind(&bus.address, &state, &["--notify", quiet.to_str().expect("UTF-8")]));
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).contains("nothing to remind of today"), "{}", text(&output.stdout));
    assert_eq!(notified(&calls).len(), 1, "nothing sent for an empty day");
}

#[test]
fn without_a_notification_service_it_says_so_exits_1_and_leaves_the_day_unclaimed() {
    let bus = Bus::start();
    let path = workspace(bus.dir.path());
    let (file, state) = (path.to_str().expect("UTF-8"), bus.dir.path().join("state"));
    let output = run(&mut remind(&bus.address, &state, &["--notify", "--today", "2026-12-01", file]));
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("no desktop notification service answered"), "{}", text(&output.stderr));
    let nowhere = format!("unix:path={}", bus.dir.path().join("no-bus-here").display());
    let output = run(&mut remind(&nowhere, &state, &["--notify", "--today", "2026-12-01", file]));
    assert_eq!(output.status.code(), Some(1), "no bus at all: {}", text(&output.stderr));
    // A service that starts later gets the day: it was never counted as reminded.
    let (_server, calls) = serve(&bus, false);
    let output = run(&mut remind(&bus.address, &state, &["--notify", "--today", "2026-12-01", file]));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(notified(&calls).len(), 3);
    let unreadable = bus.dir.path().join("missing.kindred");
    let output = run(&mut remind(&bus.address, &state, &["--notify", unreadable.to_str().expect("UTF-8")]));
    assert_eq!(output.status.code(), Some(2), "a workspace that cannot be read");
}

/// Waits for `child` at most `limit`; kills it if it takes longer.
fn wait_for(mut child: Child, limit: Duration) -> Output {
    let started = Instant::now();
    while child.try_wait().expect("waitable").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("kindred remind took over {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().expect("its output")
}

#[test]
fn open_is_offered_with_wait_where_the_desktop_supports_actions_and_opens_the_workspace() {
    let bus = Bus::start();
    let (server, calls) = serve(&bus, true);
    let path = workspace(bus.dir.path());
    let (file, state) = (path.to_str().expect("UTF-8"), bus.dir.path().join("state"));
    // A stand-in for the window: it writes down what it was asked to open.
    let opened = bus.dir.path().join("opened.txt");
    let program = bus.dir.path().join("open.sh");
    std::fs::write(&program, format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display())).expect("written");
    std::fs::set_permissions(&program, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("runnable");
    let child = remind(&bus.address, &state, &["--notify", "--wait", "5", "--today", "2026-12-01", file])
        .env("KINDRED_OPEN_PROGRAM", &program)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kindred runs");
    // Once the notifications are shown, a click on the first one (its default action), said
    // again until heard: the sender listens for it only after showing them.
    let started = Instant::now();
    while notified(&calls).len() < 3 && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let sent = notified(&calls);
    assert_eq!(sent.len(), 3, "{sent:?}");
    assert_eq!(sent[0].2, ["default", "Open Kindred", "open", "Open Kindred"], "the default action and a button");
    let clicker = std::thread::spawn(move || {
        for _ in 0..100 {
            let emitted = futures_lite::future::block_on(server.emit_signal(
                None::<zbus::names::BusName<'_>>,
                PATH,
                NAME,
                "ActionInvoked",
                &(1_u32, "default"),
            ));
            if emitted.is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let output = wait_for(child, Duration::from_secs(30));
    let _ = clicker.join();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("opened in Kindred"), "{}", text(&output.stdout));
    let started = Instant::now();
    while !opened.exists() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(std::fs::read_to_string(&opened).expect("the window was asked to open"), file);
}

#[test]
fn without_actions_nothing_is_offered_and_nothing_waits() {
    let bus = Bus::start();
    let (_server, calls) = serve(&bus, false);
    let path = workspace(bus.dir.path());
    let (file, state) = (path.to_str().expect("UTF-8"), bus.dir.path().join("state"));
    let child = remind(&bus.address, &state, &["--notify", "--wait", "60", "--today", "2026-12-01", file])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kindred runs");
    let output = wait_for(child, Duration::from_secs(20));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(notified(&calls).iter().all(|(_, _, actions)| actions.is_empty()), "a button nothing hears is no button");
}
