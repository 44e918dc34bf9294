//! The retention review in the Milestones view: with the setting on, a former customer not in
//! contact for longer comes up; keeping their data records the review (one undo step), and
//! opening them leads to the profile, where they can be erased.

use crate::common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use kindred::model::{Interaction, Person, Status, Workspace};

fn workspace(months: u16) -> Workspace {
    let mut ws = Workspace::named("Bakery");
    let mut former = Person::named("Hans Gammel");
    former.status = Status::FormerCustomer;
    former.interactions.push(Interaction { date: common::date(2020, 3, 1), ..Interaction::default() });
    let mut customer = Person::named("Nina Ny");
    customer.status = Status::Customer;
    ws.people = vec![former, customer];
    ws.settings.retention_months = months;
    ws
}

#[test]
fn a_former_customer_comes_up_for_review_and_is_kept_in_one_undoable_step() {
    let (_dir, mut harness) = common::open_workspace(&workspace(12));
    harness.get_by_label("Milestones").click();
    harness.run();
    harness.get_by_label("Time to review: 1 person");
    harness.get_by_label("last contact 1 Mar 2020");
    assert!(harness.query_by_label("Nina Ny").is_none(), "customers are not reviewed");
    harness.get_by_label("Keep Hans Gammel's data").click();
    harness.run();
    let reviewed = |h: &egui_kittest::Harness<'_, kindred::ui::KindredApp>| {
        h.state().workspace().and_then(|w| w.people.iter().find(|p| p.name == "Hans Gammel")?.retention_reviewed)
    };
    assert_eq!(reviewed(&harness), Some(chrono::Local::now().date_naive()));
    assert!(harness.query_by_label("Time to review: 1 person").is_none(), "kept, so off the list");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(reviewed(&harness), None, "undone");
    harness.get_by_label("Time to review: 1 person");
    harness.get_by_label("Hans Gammel").click();
    harness.run();
    harness.get_by_label("Delete person…");
}

#[test]
fn nothing_comes_up_while_the_review_is_off() {
    let (_dir, mut harness) = common::open_workspace(&workspace(0));
    harness.get_by_label("Milestones").click();
    harness.run();
    assert!(harness.query_by_label_contains("Time to review").is_none());
}
