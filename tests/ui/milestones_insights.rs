//! The Milestones and Insights views, and the start-up banner, driven by accessible labels.
//!
//! The app takes "today" from the clock, so the workspace is built around the clock's date and
//! the expected headings come from the same pure function the view uses.

use crate::common;

use chrono::{Datelike, Days, NaiveDate};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::model::*;
use kindred::ops::{knowledge, upcoming};
use kindred::ui::KindredApp;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn next_week() -> NaiveDate {
    today().checked_add_days(Days::new(7)).expect("a date next week")
}

fn mette() -> PersonId {
    PersonId::from_u128(0x1)
}

/// Mette (key account, met ten days ago) turns 40 today; Henrik has a birthday of unknown
/// year next week.
fn workspace() -> Workspace {
    let today = today();
    // 40 years back keeps a 29 February birthday in a leap year.
    let born = PartialDate::ymd(today.year() - 40, today.month(), today.day()).expect("a real date");
    let soon = next_week();
    let mut metteperson = Person {
        id: mette(),
        status: Status::Customer,
        key_account: true,
        milestones: vec![Milestone { kind: MilestoneKind::Birthday, date: born, ..Milestone::default() }],
        fit: Fit { minutes_spent: 120, yearly_value: Some(80_000), ..Fit::default() },
        ..Person::named("Mette Kjærgaard")
    };
    metteperson.life.what_matters = "Her crew goes home safe".into();
    metteperson.interactions.push(Interaction {
        date: today.checked_sub_days(Days::new(10)).expect("a date"),
        note: "Coffee at the workshop".into(),
        personal: true,
        ..Interaction::default()
    });
    let henrik = Person {
        id: PersonId::from_u128(0x2),
        status: Status::Customer,
        milestones: vec![Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::md(soon.month(), soon.day()).expect("a real day"),
            ..Milestone::default()
        }],
        fit: Fit { minutes_spent: 3000, yearly_value: Some(2_000), ..Fit::default() },
        ..Person::named("Henrik Dahl")
    };
    Workspace { name: "Bageriet Dahl".into(), people: vec![metteperson, henrik], ..Workspace::default() }
}

fn open(workspace: &Workspace) -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    common::open_workspace(workspace)
}

fn interactions(harness: &Harness<'_, KindredApp>) -> Vec<Interaction> {
    let workspace = harness.state().workspace().expect("open");
    workspace.person(mette()).expect("Mette").interactions.clone()
}

fn heading(bucket: upcoming::Bucket, count: usize) -> String {
    format!("{} ({count})", bucket.label())
}

/// The top of the heading that follows `bucket` in the list, or infinity for the last.
fn next_heading_top(harness: &Harness<'_, KindredApp>, bucket: upcoming::Bucket) -> f32 {
    let later = upcoming::Bucket::ALL.iter().skip_while(|b| **b != bucket).nth(1);
    later.map_or(f32::INFINITY, |b| harness.get_by_label_contains(&format!("{} (", b.label())).rect().top())
}

#[test]
fn the_banner_leads_to_milestones_under_their_headings_and_congratulating_is_undoable() {
    let (_dir, mut harness) = open(&workspace());
    harness.get_by_label_contains("Today: Mette Kjærgaard turns 40");
    harness.get_by_label("Show milestones").click();
    harness.run();
    assert!(harness.query_by_label("Show milestones").is_none(), "the banner is gone once used");

    // Both lines, each under its own heading.
    let week_bucket = upcoming::bucket(next_week(), today());
    assert_ne!(week_bucket, upcoming::Bucket::Today);
    for (text, bucket) in
        [("Mette Kjærgaard turns 40", upcoming::Bucket::Today), ("Henrik Dahl's birthday", week_bucket)]
    {
        let line = harness.get_by_label(text).rect().top();
        let own = harness.get_by_label(&heading(bucket, 1)).rect().top();
        assert!(own < line && line < next_heading_top(&harness, bucket), "{text} is under {}", bucket.label());
    }
    harness.get_by_label("★ round");

    // One click logs a personal contact; Ctrl+Z takes it back.
    harness.get_by_label("Congratulated: Mette Kjærgaard turns 40").click();
    harness.run();
    let logged = interactions(&harness);
    assert_eq!(logged.len(), 2, "one interaction added to the one there was");
    assert!(logged[1].personal);
    assert_eq!(logged[1].date, today());
    assert_eq!(logged[1].note, "Congratulated: Mette Kjærgaard turns 40");
    harness.get_by_label("✔ congratulated");
    assert!(harness.query_by_label("Congratulated: Mette Kjærgaard turns 40").is_none());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(interactions(&harness).len(), 1, "undone in one step");
    harness.get_by_label("Congratulated: Mette Kjærgaard turns 40");
    assert!(harness.query_by_label("✔ congratulated").is_none());
}

#[test]
fn the_round_filter_and_the_search_narrow_the_list_and_a_line_opens_the_person() {
    let (_dir, mut harness) = open(&workspace());
    harness.get_by_label("Milestones").click();
    harness.run();
    harness.get_by_label("Henrik Dahl's birthday");

    harness.get_by_label("Round milestones only").click();
    harness.run();
    assert!(harness.query_by_label("Henrik Dahl's birthday").is_none(), "not round: hidden");
    harness.get_by_label("Mette Kjærgaard turns 40");
    harness.get_by_label("Round milestones only").click();
    harness.run();

    harness.get_by_label("Search milestones").focus();
    harness.get_by_label("Search milestones").type_text("henrik");
    harness.run();
    assert!(harness.query_by_label("Mette Kjærgaard turns 40").is_none(), "filtered out by the search");
    harness.get_by_label("Henrik Dahl's birthday").click();
    harness.run();
    harness.get_by_label("Add person"); // the People view
    assert_eq!(harness.get_by_label("Name").value().as_deref(), Some("Henrik Dahl"), "with his profile open");
}

#[test]
fn insights_show_the_workspace_score_and_key_accounts_as_a_table() {
    let workspace = workspace();
    let percent = knowledge::workspace_percent(&workspace, today()).expect("people");
    let (_dir, mut harness) = open(&workspace);
    harness.get_by_label("Insights").click();
    harness.run();
    harness.get_by_label(&format!("Workspace knowledge score: {percent} %"));
    harness.get_by_label("Not every customer is a good customer");

    assert!(harness.query_by_label("Mette Kjærgaard").is_none(), "the table starts folded");
    harness.get_by_label("Key accounts as a table").click();
    harness.run();
    let mette_percent = knowledge::of(&workspace.people[0], today()).percent();
    harness.get_by_label(&format!("{mette_percent} %"));
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run();
    harness.get_by_label("Add person"); // the People view
    assert_eq!(harness.get_by_label("Name").value().as_deref(), Some("Mette Kjærgaard"), "with her profile open");
}

#[test]
fn the_fit_table_flags_much_time_and_little_value() {
    let mut workspace = workspace();
    // A third customer so that the medians fall between the others.
    workspace.people.push(Person {
        status: Status::Customer,
        fit: Fit { minutes_spent: 600, yearly_value: Some(20_000), ..Fit::default() },
        ..Person::named("Ingrid Hansen")
    });
    let (_dir, mut harness) = open(&workspace);
    harness.get_by_label("Insights").click();
    harness.run();
    harness.get_by_label_contains("1 of 3 highlighted");
    harness.get_by_label("Time and value as a table").scroll_to_me();
    harness.run();
    harness.get_by_label("Time and value as a table").click();
    harness.run();
    harness.get_by_label("Time and value as a table").scroll_to_me();
    harness.run();
    let flag = harness.get_by_label("⚠ much time, little value").rect().center().y;
    let henrik = harness.get_all_by_label("Henrik Dahl").map(|n| n.rect().center().y).collect::<Vec<_>>();
    assert!(henrik.iter().any(|y| (y - flag).abs() < 4.0), "Henrik's row carries the flag");
}

#[test]
fn the_leap_day_rule_is_a_workspace_setting_with_undo() {
    let mut workspace = workspace();
    workspace.people[0].milestones.push(Milestone {
        kind: MilestoneKind::Custom,
        label: "Leap-day party".into(),
        date: PartialDate::md(2, 29).expect("29 February exists without a year"),
        ..Milestone::default()
    });
    let (_dir, mut harness) = open(&workspace);
    harness.get_by_label("Milestones").click();
    harness.run();
    harness.get_by_label("29 February in other years").click();
    harness.run();
    harness.get_by_label("1 March").click();
    harness.run();
    let rule = |h: &Harness<'_, KindredApp>| h.state().workspace().map(|w| w.settings.leap_day);
    assert_eq!(rule(&harness), Some(LeapDay::March1));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(rule(&harness), Some(LeapDay::February28));
}
