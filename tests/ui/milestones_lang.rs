//! The Milestones view and the start-up banner in Danish: the app started with Danish chosen
//! in its settings shows Danish headings, sentences and dates, and no English ones; a
//! congratulation logged in Danish still counts after switching to English.
//!
//! The app takes "today" from the clock, so the workspace is built around the clock's date.

use chrono::{Datelike, Days, NaiveDate};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kindred::i18n::{self, Lang};
use kindred::model::*;
use kindred::ops::upcoming::{self, Bucket};
use kindred::ui::{KindredApp, Settings};

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn in_days(days: u64) -> NaiveDate {
    today().checked_add_days(Days::new(days)).expect("a date soon")
}

/// Mette turns 40 today; her daughter Ida turns 8 in three days (known from the family list);
/// Henrik has a birthday of unknown year in a week.
fn workspace() -> Workspace {
    let today = today();
    // 40 and 8 years back keep a 29 February in a leap year.
    let born = PartialDate::ymd(today.year() - 40, today.month(), today.day()).expect("a real date");
    let ida_day = in_days(3);
    let ida_born = PartialDate::ymd(ida_day.year() - 8, ida_day.month(), ida_day.day()).expect("a real date");
    let mut mette = Person {
        status: Status::Customer,
        milestones: vec![Milestone { kind: MilestoneKind::Birthday, date: born, ..Milestone::default() }],
        ..Person::named("Mette Kjærgaard")
    };
    mette.life.family.push(FamilyMember {
        name: "Ida".into(),
        relation: Relation::Daughter,
        birthday: Some(ida_born),
        ..FamilyMember::default()
    });
    let soon = in_days(7);
    let henrik = Person {
        milestones: vec![Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::md(soon.month(), soon.day()).expect("a real day"),
            ..Milestone::default()
        }],
        ..Person::named("Henrik Dahl")
    };
    Workspace { name: "Bageriet Dahl".into(), people: vec![mette, henrik], ..Workspace::default() }
}

/// The app on `workspace`, started with Danish chosen in its settings.
fn open_in_danish(workspace: &Workspace) -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, workspace).expect("the workspace saves");
    let settings_path = dir.path().join("settings.ron");
    Settings { language: "da".into(), ..Settings::default() }.save(&settings_path).expect("settings save");
    let app = KindredApp::new(Some(path), Some(settings_path));
    assert_eq!(i18n::language(), Lang::Da, "the settings choose Danish");
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    harness.run();
    (dir, harness)
}

fn interactions(harness: &Harness<'_, KindredApp>) -> Vec<Interaction> {
    let workspace = harness.state().workspace().expect("open");
    workspace.people[0].interactions.clone()
}

#[test]
fn milestones_speak_danish_with_danish_headings_sentences_and_dates() {
    let (_dir, mut harness) = open_in_danish(&workspace());

    // The banner, made when the file opened.
    harness.get_by_label_contains("I dag: Mette Kjærgaard fylder 40 · 2 mere inden for påmindelsestiden");
    harness.get_by_label("Vis mærkedage").click();
    harness.run();

    harness.get_by_label("Mærkedage de næste 12 måneder");
    harness.get_by_label("I dag (1)");
    harness.get_by_label("Mette Kjærgaard fylder 40");
    harness.get_by_label("★ rund");
    harness.get_by_label("Ida (Mette Kjærgaards datter) fylder 8");
    harness.get_by_label("Henrik Dahls fødselsdag");
    // Ida's day: a Danish date ("tor. 10. dec.") and how far off it is.
    let ida_date = format!("{} (om 3 dage)", i18n::date_short(in_days(3)));
    assert!(ida_date.contains(". "), "a Danish date: {ida_date}");
    harness.get_by_label(&ida_date);
    // Every bucket's heading is Danish ("Denne uge", "Denne måned", "Senere").
    for bucket in [Bucket::ThisWeek, Bucket::ThisMonth, Bucket::Later] {
        harness.get_by_label_contains(&format!("{} (", bucket.label()));
    }
    assert_eq!(Bucket::Later.label(), "Senere");
    harness.get_by_label("Kun runde mærkedage");
    harness.get_by_label("Søg i mærkedage");
    harness.get_by_label("29. februar uden for skudår");

    // None of the English words of the view are left.
    for english in [
        "Today (",
        "This week (",
        "This month (",
        "Later (",
        "Coming up",
        "turns",
        "daughter",
        "birthday",
        "in 3 days",
        "★ round",
        "Round milestones only",
        "Search milestones",
        "29 February in other years",
        "Congratulated",
        "Nothing",
    ] {
        assert!(harness.query_by_label_contains(english).is_none(), "{english:?} is shown in Danish");
    }

    // Congratulating logs a Danish note; in English it still counts.
    harness.get_by_label("Ønsket tillykke: Mette Kjærgaard fylder 40").click();
    harness.run();
    let logged = interactions(&harness);
    assert_eq!(logged.last().map(|i| i.note.as_str()), Some("Ønsket tillykke: Mette Kjærgaard fylder 40"));
    harness.get_by_label("✔ ønsket tillykke");

    i18n::set_language(Lang::En);
    harness.run();
    harness.get_by_label("Today (1)");
    harness.get_by_label("Mette Kjærgaard turns 40");
    harness.get_by_label("✔ congratulated");
    assert!(harness.query_by_label("Congratulated: Mette Kjærgaard turns 40").is_none(), "not offered again");
    assert_eq!(upcoming::bucket(today(), today()), Bucket::Today);
}
