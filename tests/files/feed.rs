//! The calendar feed a save writes beside the workspace, read as calendar programs read it:
//! Python's `icalendar` and `recurring-ical-events` (`tests/tools/check_ics.py`, in the virtual
//! environment `./check.sh` makes in `target/venv`) check RFC 5545's rules and list every
//! occurrence, which must be the milestones' and the open dated follow-ups' days; the `.ics`
//! export passes the same check.

use kindred::model::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The checker's report on `file` for the year from `from`; fails with what installs the
/// libraries when they are missing, and when the file breaks a rule.
fn checked(file: &Path, from: &str, to: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join("target/venv/bin/python");
    let output = Command::new(&python)
        .arg(root.join("tests/tools/check_ics.py"))
        .arg(file)
        .args([from, to])
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "{} cannot be run ({error}): ./check.sh makes it, with icalendar and recurring-ical-events",
                python.display()
            )
        });
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{} breaks RFC 5545: {report}{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    report
}

fn sample() -> Workspace {
    kindred::model::codec::decode(include_bytes!("../../assets/sample.kindred")).expect("the sample reads").workspace
}

/// `workspace` saved as a person saves it (through `remind::save_workspace`) with the feed
/// `name`; the feed's path.
fn saved_with_feed(dir: &Path, workspace: &mut Workspace, name: &str) -> PathBuf {
    workspace.settings.calendar_feed = name.into();
    let path = dir.join("shop.kindred");
    let saved = kindred::remind::save_workspace(&mut kindred::store::save::RealDisk, &path, workspace, None)
        .expect("the workspace saves");
    saved.feed.expect("a feed is named").expect("the feed is written")
}

#[test]
fn the_feed_of_the_sample_reads_in_a_calendar_with_every_follow_up_on_its_day() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut workspace = sample();
    let feed = saved_with_feed(dir.path(), &mut workspace, "Bageriet Dahl.ics");
    assert_eq!(feed, dir.path().join("Bageriet Dahl.ics"));
    let report = checked(&feed, "2026-11-01", "2027-11-01");
    for line in [
        "2026-11-20 Mette Kjærgaard: Send the offer for the Christmas pastry order",
        "2026-11-29 Ole Kristensen: Deliver Birthe's surprise kringle for 60 guests",
        "2026-11-30 Søren Østergaard: Check the month's invoice carries cost centre 4410",
        "2026-12-04 Mette Kjærgaard: birthday",
        "2026-12-10 Ingrid Hansen: Agree the Christmas breakfast order before she leaves on 20 December",
    ] {
        assert!(report.lines().any(|l| l == line), "{line:?} is not among the occurrences:\n{report}");
    }
    assert!(!report.contains("handball tournament"), "a done follow-up is not in the feed");
    // The same check passes the .ics export, whose rules the feed follows.
    let export = dir.path().join("milestones.ics");
    let calendar = kindred::interop::ics::encode(&workspace, &workspace.people, chrono::Utc::now());
    std::fs::write(&export, calendar.text).expect("written");
    checked(&export, "2026-11-01", "2027-11-01");
}

#[test]
fn the_feed_keeps_its_uids_and_follows_what_is_done() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut workspace = kindred::ops::demo::generate(300, chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day"));
    let feed = saved_with_feed(dir.path(), &mut workspace, "demo.ics");
    checked(&feed, "2026-11-01", "2027-11-01");
    let uids = |text: &str| -> Vec<String> {
        let mut uids: Vec<String> = text.lines().filter_map(|l| l.strip_prefix("UID:")).map(str::to_owned).collect();
        uids.sort();
        uids
    };
    let first = std::fs::read_to_string(&feed).expect("the feed");
    let (index, task) = workspace
        .people
        .iter()
        .enumerate()
        .find_map(|(i, p)| p.follow_ups.iter().find(|f| f.is_open() && f.due.is_some()).map(|f| (i, f.clone())))
        .expect("an open dated follow-up");
    assert!(first.contains(&format!("UID:{}@kindred", task.id)));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
    workspace.people[index] = kindred::ops::agenda::complete(&workspace.people[index], task.id, today).expect("open");
    let feed = saved_with_feed(dir.path(), &mut workspace, "demo.ics");
    let second = std::fs::read_to_string(&feed).expect("the feed");
    assert!(!second.contains(&format!("UID:{}@kindred", task.id)), "done: gone from the calendar");
    let mut expected = uids(&first);
    expected.retain(|uid| *uid != format!("{}@kindred", task.id));
    let mut now = uids(&second);
    if let Some(next) = workspace.people[index].follow_ups.iter().find(|f| f.is_open() && f.text == task.text) {
        now.retain(|uid| *uid != format!("{}@kindred", next.id));
    }
    assert_eq!(now, expected, "every other event keeps its UID, so calendars update rather than double");
}
