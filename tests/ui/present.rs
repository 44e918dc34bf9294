//! Present mode with the sample workspace, as a facilitator uses it: F5 enters it, the privacy
//! mask keeps every sensitive value and every judgement of a person out of the accessibility
//! tree (and so off the screen) in every view, in every tooltip and hover text, and in an open
//! profile, dot voting and moves still work, and Esc brings it all back; the countdown timer
//! runs on egui's clock.

use crate::common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kindred::model::{MilestoneKind, Workspace};
use kindred::ui::KindredApp;

fn sample() -> Workspace {
    kindred::ui::sample_workspace().expect("the sample reads")
}

/// Values of the sample that must never show while masked: e-mails, phone numbers, relatives'
/// names, notes, addresses and birth years; the words of why someone moved on a board (those
/// not also on a card of a map, which is shown); an account's notes and contact details; how a
/// person came to us, and the words of private links between people.
fn sensitive(ws: &Workspace) -> Vec<String> {
    let mut values = Vec::new();
    let on_a_card = |text: &str| ws.journeys.iter().flat_map(|j| &j.cards).any(|c| c.text.contains(text));
    for organisation in &ws.organisations {
        for text in [&organisation.phone, &organisation.address, &organisation.website] {
            if !text.is_empty() {
                values.push(text.clone());
            }
        }
        if organisation.notes.len() > 12 {
            values.push(organisation.notes.chars().take(24).collect());
        }
    }
    for link in ws.links.iter().filter(|l| l.kind.private()) {
        if let kindred::model::LinkKind::Other { from, to } = &link.kind {
            values.extend([from.clone(), to.clone()].into_iter().filter(|w| !w.is_empty()));
        }
    }
    for person in &ws.people {
        values
            .extend(person.phase_history.iter().map(|m| m.why.text.clone()).filter(|t| t.len() > 12 && !on_a_card(t)));
        values.extend(person.contact.emails.iter().map(|e| e.value.clone()));
        values.extend(person.contact.phones.iter().map(|p| p.value.clone()));
        values.extend(person.life.family.iter().map(|m| format!("{} ", m.name)));
        if !person.contact.address.is_empty() {
            values.push(person.contact.address.clone());
        }
        if person.life.notes.len() > 12 {
            values.push(person.life.notes.chars().take(24).collect());
        }
        values.extend(person.follow_ups.iter().map(|f| f.text.chars().take(24).collect::<String>()));
        if person.referral.detail.len() > 8 {
            values.push(person.referral.detail.clone());
        }
        values.extend(
            person
                .milestones
                .iter()
                .filter(|m| m.kind == MilestoneKind::Birthday)
                .filter_map(|m| m.date.year())
                .map(|y| y.to_string()),
        );
    }
    values.sort();
    values.dedup();
    values
}

/// What the sample says in judgement of a person — why we keep their data, the reason for
/// their status and for our decision, *Declined by us*, and the board's warnings on a card —
/// which must not show while masked either.
fn judgements(ws: &Workspace) -> Vec<String> {
    let mut values: Vec<String> = ws
        .people
        .iter()
        .flat_map(|p| [&p.purpose, &p.status_reason, &ws.fit_of(p).decision_reason])
        .chain(ws.organisations.iter().map(|o| &o.status_reason))
        .filter(|text| text.len() > 12)
        .map(|text| text.chars().take(24).collect())
        .collect();
    assert!(ws.people.iter().any(|p| p.status == kindred::model::Status::DeclinedByUs), "someone was declined");
    assert!(ws.people.iter().any(|p| ws.fit_of(p).decision == kindred::model::FitDecision::LetGo), "someone let go");
    // The accounts' yearly values, as the views write money.
    values.extend(
        ws.organisations.iter().filter_map(|o| o.fit.yearly_value).map(|v| kindred::i18n::money(v, &ws.currency)),
    );
    values.extend(
        [
            "Declined by us",
            "We decided to let them go",
            "They do not see the need",
            "Ten hours or more spent",
            "Buys on price alone",
            "unresolved incident",
        ]
        .map(String::from),
    );
    values
}

/// Hovers every control and card on the screen in turn, each long enough for its tooltip, and
/// returns the secrets the tree showed meanwhile.
fn leaks_on_hover(harness: &mut Harness<'_, KindredApp>, secrets: &[String]) -> std::collections::BTreeSet<String> {
    harness.ctx.all_styles_mut(|style| style.interaction.tooltip_delay = 0.0);
    let screen = harness.ctx.content_rect();
    let mut points: Vec<egui::Pos2> = harness
        .query_all(by().predicate(|n| {
            n.data().supports_action(egui::accesskit::Action::Click) || n.role() == egui::accesskit::Role::ListItem
        }))
        .filter(|n| n.accesskit_node().bounding_box().is_some())
        .map(|n| n.rect().center())
        .filter(|p| screen.shrink(2.0).contains(*p))
        .collect();
    points.dedup_by(|a, b| a.distance(*b) < 1.0);
    let mut found: std::collections::BTreeSet<String> = leaks(harness, secrets).into_iter().collect();
    for point in points {
        harness.hover_at(point);
        harness.run_steps(2);
        found.extend(leaks(harness, secrets));
    }
    harness.hover_at(egui::pos2(1.0, 1.0));
    harness.run_steps(2);
    found
}

/// Every text of the accessibility tree: labels and values.
fn tree_texts(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    harness
        .query_all(by().predicate(|_| true))
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()].into_iter().flatten().collect::<Vec<_>>()
        })
        .collect()
}

fn leaks(harness: &Harness<'_, KindredApp>, secrets: &[String]) -> Vec<String> {
    let texts = tree_texts(harness);
    secrets.iter().filter(|secret| texts.iter().any(|t| format!("{t} ").contains(secret.as_str()))).cloned().collect()
}

fn show(harness: &mut Harness<'_, KindredApp>, view: &str) {
    harness.get_by_label(view).click();
    harness.run_steps(3);
}

#[test]
fn the_privacy_mask_hides_sensitive_values_in_every_view_until_present_mode_ends() {
    let ws = sample();
    let secrets = sensitive(&ws);
    assert!(secrets.len() > 20, "the sample has plenty to hide: {secrets:?}");
    let (_dir, mut harness) = common::open_workspace(&ws);
    // Outside present mode, an open profile shows them.
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run_steps(3);
    assert!(!leaks(&harness, &secrets).is_empty(), "the test can see sensitive values when they are shown");

    harness.key_press(Key::F5);
    harness.run_steps(3);
    assert!(harness.query_by_label("🔒 Privacy mask on").is_some(), "a visible marker says the mask is on");
    assert_eq!(leaks(&harness, &secrets), Vec::<String>::new(), "People, on entering");
    show_in_list(&mut harness, "Mette Kjærgaard");
    harness.run_steps(3);
    assert_eq!(leaks(&harness, &secrets), Vec::<String>::new(), "an open profile");
    // Today is not in present mode's bar; its shortcut reaches it.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num1);
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("Today ·").is_some(), "Today is shown");
    assert_eq!(leaks(&harness, &secrets), Vec::<String>::new(), "Today");
    // An account's page, whose notes, contact details and figures are masked too.
    show(&mut harness, "Accounts");
    harness.get_by_label("Café Kringle").click();
    harness.run_steps(3);
    assert!(harness.query_all_by_label_contains("Mette Kjærgaard").next().is_some(), "its people are shown");
    assert_eq!(leaks(&harness, &secrets), Vec::<String>::new(), "the page of Café Kringle");
    for view in ["Accounts", "Milestones", "Journeys", "Board", "Insights", "People"] {
        show(&mut harness, view);
        assert_eq!(leaks(&harness, &secrets), Vec::<String>::new(), "{view}");
    }

    harness.key_press(Key::Escape);
    harness.run_steps(3);
    assert!(harness.query_by_label("🔒 Privacy mask on").is_none(), "Esc leaves present mode");
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run_steps(3);
    assert!(!leaks(&harness, &secrets).is_empty(), "after present mode, everything is back");
    assert_eq!(harness.state().workspace().cloned().map(|w| w.people), Some(ws.people), "nothing was changed");
}

#[test]
fn no_tooltip_or_hover_text_of_any_view_shows_a_masked_value_or_a_judgement() {
    let ws = sample();
    let mut secrets = sensitive(&ws);
    secrets.extend(judgements(&ws));
    let (_dir, mut harness) = common::open_workspace(&ws);
    // Outside present mode the board's tooltips name the fit decision: the test sees them.
    show(&mut harness, "Board");
    let shown = leaks_on_hover(&mut harness, &secrets);
    assert!(shown.contains("We decided to let them go"), "the test sees a tooltip's judgement: {shown:?}");
    assert!(shown.iter().any(|s| s.contains("unresolved incident")), "and a person's incidents: {shown:?}");

    harness.key_press(Key::F5);
    harness.run_steps(3);
    for view in ["People", "Accounts", "Milestones", "Journeys", "Board", "Insights", "Exercise"] {
        show(&mut harness, view);
        let found = leaks_on_hover(&mut harness, &secrets);
        assert!(found.is_empty(), "{view}: {found:?}");
    }
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num1);
    harness.run_steps(3);
    let found = leaks_on_hover(&mut harness, &secrets);
    assert!(found.is_empty(), "Today: {found:?}");
    // An open profile, whose "why we keep this", status and fit show no judgement either.
    show(&mut harness, "People");
    for person in ws.people.iter().filter(|p| {
        p.status == kindred::model::Status::DeclinedByUs || ws.fit_of(p).decision == kindred::model::FitDecision::LetGo
    }) {
        // Only the rows on screen are drawn: the search brings the person up.
        harness.get_by_label("Search").click();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        harness.get_by_label("Search").type_text(&person.name);
        harness.run_steps(3);
        harness.get_by_label(&person.name).click();
        harness.run_steps(3);
        let found = leaks_on_hover(&mut harness, &secrets);
        assert!(found.is_empty(), "the profile of {}: {found:?}", person.name);
    }
    assert_eq!(harness.state().workspace().cloned().map(|w| w.people), Some(ws.people), "nothing was changed");
}

#[test]
fn dot_voting_works_under_the_mask_and_people_cannot_be_edited() {
    let ws = sample();
    let (_dir, mut harness) = common::open_workspace(&ws);
    harness.key_press(Key::F5);
    harness.run_steps(3);
    show(&mut harness, "Journeys");
    harness.get_by_label("Dot voting").click();
    harness.run_steps(2);
    let votes = |h: &Harness<'_, KindredApp>| -> u32 {
        h.state().workspace().map_or(0, |w| w.journeys.iter().flat_map(|j| &j.cards).map(|c| c.votes).sum())
    };
    let before = votes(&harness);
    let card = harness
        .query_all(by().predicate(|n| n.role() == egui::accesskit::Role::ListItem))
        .next()
        .map(|n| n.rect().center())
        .expect("a card");
    harness.hover_at(card);
    harness.run_steps(1);
    harness.event(egui::Event::PointerButton {
        pos: card,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: card,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run_steps(2);
    assert_eq!(votes(&harness), before + 1, "a vote is a change to the map, which the mask allows");
    let people = harness.state().workspace().map(|w| w.people.clone());
    assert_eq!(people, Some(ws.people), "nobody's masked copy was written back");
}

/// The seconds the timer shows ("Time left: 4:58" → 298).
fn time_left(harness: &Harness<'_, KindredApp>) -> u32 {
    let label = tree_texts(harness).into_iter().find(|t| t.starts_with("Time left: ")).expect("the timer shows");
    let (minutes, seconds) = label["Time left: ".len()..].split_once(':').expect("m:ss");
    minutes.parse::<u32>().expect("minutes") * 60 + seconds.parse::<u32>().expect("seconds")
}

#[test]
fn the_timer_counts_down_in_present_mode() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    harness.key_press(Key::F5);
    harness.run_steps(3);
    assert_eq!(time_left(&harness), 300);
    harness.get_by_label("Start").click();
    // Twelve frames of a quarter of a second each: about three seconds.
    harness.run_steps(12);
    let running = time_left(&harness);
    assert!((296..=298).contains(&running), "{running}");
    harness.get_by_label("Pause").click();
    harness.run_steps(1);
    let paused = time_left(&harness);
    harness.run_steps(12);
    assert_eq!(time_left(&harness), paused, "paused, it keeps its time");
    harness.get_by_label("Reset").click();
    harness.run_steps(2);
    assert_eq!(time_left(&harness), 300);
}

#[test]
fn the_exercise_fills_in_live_under_the_mask_and_moves_the_score() {
    let mut ws = sample();
    // Karina, whom we barely know, joins the key accounts: more for the room to answer.
    let karina = ws.people.iter_mut().find(|p| p.name == "Karina Bech").expect("in the sample");
    karina.key_account = true;
    let (_dir, mut harness) = common::open_workspace(&ws);
    harness.key_press(Key::F5);
    harness.run_steps(3);
    show(&mut harness, "Exercise");
    let score = |h: &Harness<'_, KindredApp>| {
        tree_texts(h).into_iter().find(|t| t.ends_with("facts known")).expect("the score shows")
    };
    let before = score(&harness);
    // Only the rows on screen are drawn; the mouse wheel over the grid brings Karina's up.
    let not_known = |h: &Harness<'_, KindredApp>| {
        h.query_all(by().predicate(|n| n.label().is_some_and(|l| l.ends_with("— not known yet"))))
            .next()
            .map(|n| n.accesskit_node().label().unwrap_or_default())
    };
    for _ in 0..20 {
        if not_known(&harness).is_some() {
            break;
        }
        harness.get_by_label("Mette Kjærgaard").hover();
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -40.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
    let unknown = not_known(&harness).expect("some fact is not known yet");
    let person = unknown.split(':').next().unwrap_or_default().to_owned();
    // The grid scrolls under its header; the cell may be below the fold at 2× zoom.
    harness.get_by_label(&unknown).scroll_to_me();
    harness.run();
    harness.get_by_label(&unknown).click();
    harness.run_steps(2);
    let field = harness
        .query_all(by().predicate(|n| n.label().is_some_and(|l| l.starts_with("What does the room know about"))))
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .expect("the question shows");
    let answer = if unknown.contains("Birthday") { "4.12." } else { "Sailing, the grandchildren" };
    harness.get_by_label(&field).type_text(answer);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_ne!(score(&harness), before, "the score moves");
    assert!(harness.query_by_label(&unknown.replace("— not known yet", "— known")).is_some());
    assert_eq!(leaks(&harness, &sensitive(&ws)), Vec::<String>::new(), "still masked");
    let real = harness.state().workspace().and_then(|w| w.people.iter().find(|p| p.name == person).cloned());
    let original = ws.people.iter().find(|p| p.name == person).cloned();
    assert_ne!(real, original, "the answer reached the real person");
    let real = real.expect("there");
    let original = original.expect("there");
    assert_eq!(real.contact, original.contact, "and nothing masked was written back");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(score(&harness), before, "undo takes it back");
}

#[test]
fn an_open_profile_is_read_only_under_the_mask_and_says_why() {
    const MASKED: &str =
        "Personal details are masked in present mode; leave present mode or switch the mask off to edit.";
    let (_dir, mut harness) = common::open_workspace(&sample());
    harness.key_press(Key::F5);
    harness.run_steps(3);
    // At 2× zoom the list is half of a narrow screen, so Mette may be below its fold.
    show_in_list(&mut harness, "Mette Kjærgaard");
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run_steps(3);
    harness.get_by_label(MASKED);
    for field in ["Role", "New interest", "Add interest", "Key account", "Delete person…"] {
        assert!(harness.get_by_label(field).accesskit_node().is_disabled(), "{field} is disabled under the mask");
    }
    // Looking around still works: the profile scrolls, a section opens, and its controls are
    // disabled too.
    harness.get_by_label_contains("Interaction log").scroll_to_me();
    harness.run();
    harness.get_by_label_contains("Interaction log").click();
    harness.run_steps(2);
    assert!(harness.get_by_label("Add entry").accesskit_node().is_disabled());

    harness.key_press(Key::Escape);
    harness.run_steps(3);
    harness.get_by_label("Mette Kjærgaard").click();
    harness.run_steps(3);
    assert!(harness.query_by_label(MASKED).is_none(), "the line goes with present mode");
    assert!(!harness.get_by_label("Role").accesskit_node().is_disabled(), "and the fields can be edited again");
}

#[test]
fn insights_lists_who_has_an_unresolved_incident_only_outside_present_mode() {
    let ws = sample();
    let (_dir, mut harness) = common::open_workspace(&ws);
    show(&mut harness, "Insights");
    const HIDDEN: &str = "Who they are is hidden in present mode.";
    // Henrik Brandt's canteen incident is worse than expected and unresolved.
    let listed = |h: &Harness<'_, KindredApp>| h.query_all_by_label("Henrik Brandt").count();
    let outside = listed(&harness);
    assert!(outside > 0 && harness.query_by_label(HIDDEN).is_none(), "the list names him: {outside}");
    // Present mode keeps the view that was shown.
    harness.key_press(Key::F5);
    harness.run_steps(3);
    assert!(harness.query_by_label(HIDDEN).is_some(), "the list says why no one is named");
    assert!(listed(&harness) < outside, "his unresolved incident no longer names him");
}

/// Brings `name` into the People list by searching for them: at 2× zoom the list is narrow and
/// its filters take several lines, so a person may be below its fold (a virtualised list draws
/// only the rows on screen).
fn show_in_list(harness: &mut Harness<'_, KindredApp>, name: &str) {
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text(name);
    harness.run_steps(2);
}
