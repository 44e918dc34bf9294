//! Accounts and relationships driven like a person drives them: the Accounts view (its list,
//! sorted and filtered, and an account's page edited, merged and undone), an organisation typed
//! on a profile, links between people seen from both sides, a relative made a person, the People
//! list grouped by organisation, and who brings us customers in Insights.

use crate::common;

use crate::drive::{click, retype, type_into, undo};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kindred::model::*;
use kindred::ui::KindredApp;

fn sample() -> Workspace {
    kindred::ui::sample_workspace().expect("the sample reads")
}

fn workspace<'h>(harness: &'h Harness<'_, KindredApp>) -> &'h Workspace {
    harness.state().workspace().expect("a workspace is open")
}

fn person<'h>(harness: &'h Harness<'_, KindredApp>, name: &str) -> &'h Person {
    workspace(harness).people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} is there"))
}

/// The rows of the Accounts list (or the People list) top to bottom: list items by name.
fn rows(harness: &Harness<'_, KindredApp>) -> Vec<String> {
    let mut items: Vec<(f64, String)> = harness
        .query_all(by().predicate(|n| n.role() == egui::accesskit::Role::ListItem))
        .filter_map(|n| {
            let node = n.accesskit_node();
            Some((node.bounding_box()?.y0, node.label()?.to_string()))
        })
        .collect();
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    items.into_iter().map(|(_, label)| label).collect()
}

/// Opens `name`'s profile from their row of the People list.
fn open_profile(harness: &mut Harness<'_, KindredApp>, name: &str) {
    click(harness, "People");
    let row = || by().role(egui::accesskit::Role::ListItem).label(name);
    harness.get(row()).scroll_to_me();
    harness.run();
    harness.get(row()).click();
    harness.run_steps(2);
}

#[test]
fn the_accounts_list_sorts_by_value_time_and_knowledge_and_filters_like_people() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    click(&mut harness, "Accounts");
    assert_eq!(rows(&harness).len(), 12, "every organisation");
    assert_eq!(rows(&harness)[0], "Café Kringle", "by name at first");
    click(&mut harness, "Sort by");
    click(&mut harness, "Yearly value");
    click(&mut harness, "Descending");
    assert_eq!(rows(&harness)[..2], ["Hotel Havblik", "Nygaard Kiosk & Kaffe"], "the most valuable first");
    click(&mut harness, "Sort by");
    click(&mut harness, "Time spent");
    assert_eq!(rows(&harness)[0], "Hotel Havblik", "the one we spend most time on");
    click(&mut harness, "Sort by");
    click(&mut harness, "Knowledge of its people");
    click(&mut harness, "Descending");
    assert_eq!(rows(&harness)[0], "Kaffebaren Silkeborg", "the account whose people we know least, first");
    click(&mut harness, "Key accounts");
    let keys = rows(&harness);
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert!(keys.contains(&"Café Kringle".to_owned()));
    type_into(&mut harness, "Search", "mette");
    assert_eq!(rows(&harness), ["Café Kringle"], "found by a person in it");
}

#[test]
fn an_accounts_page_shows_its_people_and_edits_in_one_undoable_step() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    click(&mut harness, "Accounts");
    click(&mut harness, "Café Kringle");
    harness.run_steps(2);
    assert!(harness.query_by_label("We know its people 100 %").is_some(), "how well we know its people");
    assert!(harness.query_by_label("Mette Kjærgaard").is_some(), "its people, to open");
    click(&mut harness, "Its days (1)");
    assert!(harness.query_all_by_label_contains("Café Kringle's anniversary").next().is_some(), "its days");
    harness.get_by_label("On the boards").scroll_to_me();
    harness.run();
    assert!(harness.query_all_by_label_contains("— Mette Kjærgaard").next().is_some(), "where they stand");

    retype(&mut harness, "Website", "https://kringle.example");
    let website = |harness: &Harness<'_, KindredApp>| {
        workspace(harness).organisations.iter().find(|o| o.name == "Café Kringle").map(|o| o.website.clone())
    };
    assert_eq!(website(&harness).as_deref(), Some("https://kringle.example"));
    undo(&mut harness);
    assert_eq!(website(&harness).as_deref(), Some("https://cafekringle.example"));

    // Mette's part in the account is the person's: it edits her.
    click(&mut harness, "Mette Kjærgaard's part in the account");
    click(&mut harness, "Buyer");
    assert_eq!(person(&harness, "Mette Kjærgaard").account_role, AccountRole::Buyer);
    undo(&mut harness);
    assert_eq!(person(&harness, "Mette Kjærgaard").account_role, AccountRole::Owner);

    // Opening a person from the page shows their profile, and their account from there.
    click(&mut harness, "Mette Kjærgaard");
    harness.run_steps(2);
    assert!(harness.query_by_label("Part in the account").is_some(), "Mette's profile is open");
    click(&mut harness, "Café Kringle");
    harness.run_steps(2);
    assert!(harness.query_by_label("We know its people 100 %").is_some(), "and back on her account's page");
}

/// The account's page lists its people's open follow-ups, the soonest due first, an overdue
/// one marked; a done one is not there.
#[test]
fn an_accounts_page_lists_its_peoples_open_follow_ups() {
    let mut ws = two_of_one_cafe();
    let lars_cafe = ws.organisations[1].id;
    ws.people[0].organisation = Some(lars_cafe);
    let today = chrono::Local::now().date_naive();
    let ago = |days: i64| today - chrono::Duration::days(days);
    ws.people[0].follow_ups.push(FollowUp::new("Send the Christmas offer", Some(ago(3))));
    ws.people[1].follow_ups.push(FollowUp::new("Ask about the brunch menu", Some(today + chrono::Duration::days(5))));
    let mut done = FollowUp::new("Call about the invoice", Some(ago(10)));
    done.done = Some(ago(9));
    ws.people[1].follow_ups.push(done);
    let (_dir, mut harness) = common::open_workspace(&ws);
    click(&mut harness, "Accounts");
    click(&mut harness, "Kringle Café & Brunch");
    click(&mut harness, "Follow-ups (2), incidents (0) and ideas (0) of its people");
    // A label's words are its value in the accessibility tree.
    let lines: Vec<String> = harness
        .query_all(by())
        .filter_map(|n| n.accesskit_node().value().map(|v| v.to_string()))
        .filter(|l| l.contains("offer") || l.contains("menu") || l.contains("invoice"))
        .collect();
    assert_eq!(lines.len(), 2, "the two open ones: {lines:?}");
    assert!(lines[0].starts_with("⏰") && lines[0].contains("Send the Christmas offer"), "{lines:?}");
    assert!(lines[1].starts_with("•") && lines[1].contains("Ask about the brunch menu"), "{lines:?}");
}

/// Two records of one café, each with a person, the two people linked.
fn two_of_one_cafe() -> Workspace {
    let mut ws = Workspace::named("Bageriet Dahl");
    let mut kringle = Organisation::named("Café Kringle");
    kringle.fit.yearly_value = Some(100_000);
    let mut twin = Organisation::named("Kringle Café & Brunch");
    twin.fit.yearly_value = Some(86_000);
    twin.phone = "+45 86 12 34 56".into();
    let (mut mette, mut lars) = (Person::named("Mette Kjærgaard"), Person::named("Lars Kjærgaard"));
    mette.organisation = Some(kringle.id);
    lars.organisation = Some(twin.id);
    ws.links.push(Link { from: mette.id, to: lars.id, kind: LinkKind::Partner, ..Link::default() });
    ws.people = vec![mette, lars];
    ws.organisations = vec![kringle, twin];
    ws
}

#[test]
fn two_organisations_that_are_one_are_merged_keeping_their_people_and_links() {
    let ws = two_of_one_cafe();
    let (_dir, mut harness) = common::open_workspace(&ws);
    click(&mut harness, "Accounts");
    click(&mut harness, "Café Kringle");
    click(&mut harness, "Merge with…");
    type_into(&mut harness, "Find the other organisation", "kringle");
    click(&mut harness, "Kringle Café & Brunch (1 person)");
    let after = workspace(&harness).clone();
    assert_eq!(after.organisations.len(), 1);
    let kept = &after.organisations[0];
    assert_eq!((kept.name.as_str(), kept.fit.yearly_value), ("Café Kringle", Some(186_000)), "the values summed");
    assert_eq!(kept.phone, "+45 86 12 34 56", "what only the other held comes along");
    assert!(after.people.iter().all(|p| p.organisation == Some(kept.id)), "both people are in it");
    assert_eq!(after.links, ws.links, "their link stays");
    undo(&mut harness);
    assert_eq!(workspace(&harness).organisations, ws.organisations, "one undo step");
    assert_eq!(workspace(&harness).people, ws.people);
}

#[test]
fn an_organisation_is_added_by_name_once() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    click(&mut harness, "Accounts");
    retype(&mut harness, "New organisation's name", "Aarhus Teater");
    assert!(workspace(&harness).organisations.iter().any(|o| o.name == "Aarhus Teater"));
    assert!(harness.query_all_by_label("No one in this organisation yet.").next().is_some(), "its page is shown");
    retype(&mut harness, "New organisation's name", "aarhus teater");
    let named = workspace(&harness).organisations.iter().filter(|o| organisation_key(&o.name) == "aarhus teater");
    assert_eq!(named.count(), 1, "no second one of the same name");
}

#[test]
fn an_organisation_typed_on_a_profile_is_the_one_already_there() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    open_profile(&mut harness, "Karina Bech");
    let organisations = workspace(&harness).organisations.len();
    // Typed another way, the café is offered, and leaving the field links to it.
    type_into(&mut harness, "Organisation", "CAFE KRINGLE ApS");
    assert!(harness.query_by_label("Use the organisation Café Kringle").is_some(), "offered");
    harness.key_press(Key::Enter);
    harness.run();
    let ws = workspace(&harness);
    assert_eq!(ws.organisation_name(person(&harness, "Karina Bech")), "Café Kringle");
    assert_eq!(ws.organisations.len(), organisations, "no duplicate by case, accents or ApS");
    // Picked from what is offered.
    type_into(&mut harness, "Organisation", "nordvest");
    click(&mut harness, "Use the organisation Nordvest Revision A/S");
    assert_eq!(workspace(&harness).organisation_name(person(&harness, "Karina Bech")), "Nordvest Revision A/S");
    // A new name makes one organisation, in the same step as the person's change.
    type_into(&mut harness, "Organisation", "Bech Consulting");
    assert!(harness.query_by_label("a new organisation: Bech Consulting").is_some());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(workspace(&harness).organisations.len(), organisations + 1);
    undo(&mut harness);
    assert_eq!(workspace(&harness).organisations.len(), organisations, "undone with the person's step");
    assert_eq!(workspace(&harness).organisation_name(person(&harness, "Karina Bech")), "Nordvest Revision A/S");
}

#[test]
fn a_link_shows_on_both_profiles_with_the_word_for_each_side_and_undo_takes_it_back() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    open_profile(&mut harness, "Karina Bech");
    harness.get_by_label("Links and how they came to us (1)").scroll_to_me();
    harness.run();
    click(&mut harness, "Links and how they came to us (1)");
    harness.get_by_label("Link someone…").scroll_to_me();
    harness.run();
    click(&mut harness, "Link someone…");
    click(&mut harness, "Who is");
    click(&mut harness, "Manager");
    type_into(&mut harness, "A person in the workspace", "thomas");
    click(&mut harness, "Link Thomas Vestergaard");
    click(&mut harness, "Link");
    let links = workspace(&harness).links.len();
    let karina = person(&harness, "Karina Bech").id;
    let link = workspace(&harness).links.last().cloned().expect("a link");
    assert_eq!((link.kind.clone(), link.to), (LinkKind::Manager, karina), "Thomas manages Karina");
    assert!(harness.query_by_label("Manager:").is_some(), "on Karina's profile, Thomas is her manager");
    open_profile(&mut harness, "Thomas Vestergaard");
    // The section stays open from one profile to the next.
    harness.get_by_label("Links and how they came to us (2)").scroll_to_me();
    harness.run();
    assert!(harness.query_by_label("Direct report:").is_some(), "on his, Karina reports to him");
    assert!(harness.query_by_label("Referred by:").is_some(), "and Mette referred him");
    undo(&mut harness);
    assert_eq!(workspace(&harness).links.len(), links - 1, "one undo step removes it");
    assert!(harness.query_by_label("Direct report:").is_none());
}

#[test]
fn a_relative_becomes_a_person_of_their_own_with_their_birthday_and_stays_linked() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    open_profile(&mut harness, "Mette Kjærgaard");
    let people = workspace(&harness).people.len();
    harness.get_by_label("Make Lars Kjærgaard a person of their own").scroll_to_me();
    harness.run();
    click(&mut harness, "Make Lars Kjærgaard a person of their own");
    let ws = workspace(&harness).clone();
    assert_eq!(ws.people.len(), people + 1);
    let lars = ws.people.iter().find(|p| p.name == "Lars Kjærgaard").expect("Lars is a person");
    let birthday = lars.milestones.iter().find(|m| m.kind == MilestoneKind::Birthday).expect("his birthday came along");
    assert_eq!(birthday.date, PartialDate::ymd(1977, 6, 14).expect("a day"));
    let mette = ws.people.iter().find(|p| p.name == "Mette Kjærgaard").expect("Mette");
    assert_eq!(mette.life.family[0].person, Some(lars.id), "the relative points at him");
    let link = ws.links_of(lars.id).next().expect("linked");
    assert!(link.joins(mette.id, lars.id) && link.kind == LinkKind::Partner);
    click(&mut harness, "Open Lars Kjærgaard's profile");
    harness.run_steps(2);
    assert_eq!(harness.get_by_label("Name").value().as_deref(), Some("Lars Kjærgaard"), "his own profile");
    undo(&mut harness);
    assert_eq!(workspace(&harness).people.len(), people, "one step undoes it");
}

#[test]
fn the_people_list_groups_by_organisation() {
    let ws = two_of_one_cafe();
    let (_dir, mut harness) = common::open_workspace(&ws);
    click(&mut harness, "Group by organisation");
    assert!(harness.query_by_label("Café Kringle (1)").is_some());
    assert!(harness.query_by_label("Kringle Café & Brunch (1)").is_some());
    assert_eq!(rows(&harness), ["Mette Kjærgaard", "Lars Kjærgaard"], "under their organisations");
}

#[test]
fn insights_says_who_brings_us_customers_and_their_value() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    click(&mut harness, "Insights");
    harness.get_by_label("Who brings us customers").scroll_to_me();
    harness.run();
    assert!(harness.query_by_label("2 customers").is_some(), "Mette referred two customers");
    assert!(harness.query_by_label("317,000 DKK").is_some(), "worth their accounts' yearly value");
}

#[test]
fn the_accounts_view_speaks_danish() {
    let (_dir, mut harness) = common::open_workspace(&sample());
    kindred::i18n::set_language(kindred::i18n::Lang::Da);
    harness.run();
    click(&mut harness, "Organisationer");
    click(&mut harness, "Café Kringle");
    for label in
        ["Søg", "Sortér efter", "Tilføj organisation", "Oplysninger", "Kundens egnethed", "Websted", "Slå sammen med…"]
    {
        assert!(harness.query_all_by_label(label).next().is_some(), "“{label}” is shown");
    }
    assert!(harness.query_by_label("Vi kender dens personer 100 %").is_some());
    for english in ["Search", "Sort by", "Add organisation", "Details", "Website", "Merge with…"] {
        assert!(harness.query_all_by_label(english).next().is_none(), "“{english}” is still in English");
    }
    kindred::i18n::set_language(kindred::i18n::Lang::En);
}
