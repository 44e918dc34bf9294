//! Shared test data: a workspace with every field of the model set to something non-default.
#![allow(dead_code)] // each test file uses part of this

pub mod radicale;

use chrono::NaiveDate;
use egui_kittest::Harness;
use kindred::model::*;
use kindred::ui::KindredApp;
use std::path::Path;

/// The longest text shown that contains `part` (a long one is in the tree twice: as drawn and
/// cut to the width).
pub fn shown(harness: &Harness<'_, KindredApp>, part: &str) -> String {
    use egui_kittest::kittest::{NodeT, Queryable};
    harness
        .query_all_by_label_contains(part)
        .filter_map(|node| node.accesskit_node().value().or(node.accesskit_node().label()).map(|t| t.to_string()))
        .max_by_key(String::len)
        .unwrap_or_else(|| panic!("no “{part}” shown"))
}

/// The whole app on the workspace at `path`, at laptop size, after its first frame.
pub fn harness_on(path: &Path) -> Harness<'static, KindredApp> {
    harness_sized(path, egui::vec2(1366.0, 768.0))
}

/// The whole app on the workspace at `path` in a window of `size`, after its first frame.
pub fn harness_sized(path: &Path, size: egui::Vec2) -> Harness<'static, KindredApp> {
    let app = KindredApp::new(Some(path.to_path_buf()), None);
    // The tests read English labels, whatever the machine's locale.
    kindred::i18n::set_language(kindred::i18n::Lang::En);
    let mut harness = Harness::builder().with_size(size).build_ui_state(|ui, app: &mut KindredApp| app.show(ui), app);
    // Common versions are kept nowhere: the user's folder would carry them from one run (and
    // one test) to the next, and a version kept by another makes a merge find a common version
    // where the test means there to be none. The tests of merging give the app a folder of
    // their own.
    harness.state_mut().use_bases(None);
    // The disk is looked at when a test asks, not when a slow machine's clock says so between
    // two of its steps.
    harness.state_mut().watch_disk_by_hand();
    harness.run();
    harness
}

/// The app on `workspace`, saved first to a temporary folder that lives as long as the
/// returned guard.
pub fn open_workspace(workspace: &Workspace) -> (tempfile::TempDir, Harness<'static, KindredApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("shop.kindred");
    kindred::store::save(&path, workspace).expect("the workspace saves");
    let harness = harness_on(&path);
    (dir, harness)
}

/// A demo workspace of `people` made for 1 December 2026, saved as `name` in a temporary
/// folder that lives as long as the returned guard.
pub fn saved_demo(people: usize, name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    kindred::store::save(&path, &kindred::ops::demo::generate(people, date(2026, 12, 1))).expect("the demo saves");
    (dir, path)
}

/// Links the person at `index` of `workspace` to the organisation named `name`, added when
/// the workspace has none of that name.
pub fn join(workspace: &mut Workspace, index: usize, name: &str) {
    let id = match workspace.organisations.iter().find(|o| o.name == name) {
        Some(organisation) => organisation.id,
        None => {
            let organisation = Organisation::named(name);
            let id = organisation.id;
            workspace.organisations.push(organisation);
            id
        }
    };
    workspace.people[index].organisation = Some(id);
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// Every field set, fixed ids, and text that tests escaping: quotes, backslashes, line breaks,
/// tabs, a control character, non-Latin scripts and an emoji.
pub fn full_workspace() -> Workspace {
    let journey = JourneyId::from_u128(0x100);
    let (aware, buy) = (PhaseId::from_u128(0x101), PhaseId::from_u128(0x102));
    let (touch, emotions) = (LaneId::from_u128(0x111), LaneId::from_u128(0x112));
    let child = FamilyMemberId::from_u128(0x201);
    let (mette, jonas) = (PersonId::from_u128(0x1), PersonId::from_u128(0x2));
    let organisation = Organisation {
        id: OrganisationId::from_u128(0x801),
        name: "Kjærgaard Tømrer ApS".into(),
        website: "https://kjaergaard.example".into(),
        address: "Havnegade 1\n8000 Aarhus C".into(),
        phone: "+45 86 12 34 56".into(),
        notes: "Pays in 30 days; \"net\" \\ gross\tlater".into(),
        tags: vec!["Construction".into(), "Jylland".into()],
        key_account: true,
        status: Status::FormerCustomer,
        status_reason: "Moved to Copenhagen".into(),
        fit: Fit {
            need_recognised: NeedRecognised::Yes,
            driver: Driver::Speed,
            minutes_spent: 1260,
            yearly_value: Some(186_000),
            decision: FitDecision::Keep,
            decision_reason: "The whole crew eats".into(),
        },
        milestones: vec![Milestone {
            id: MilestoneId::from_u128(0x802),
            kind: MilestoneKind::Custom,
            label: "Founded 1998 🔨".into(),
            date: PartialDate::ymd(1998, 4, 1).expect("date"),
            recurrence: Recurrence::Yearly,
            remind_days_before: 5,
            family_member: None,
        }],
    };
    let person = Person {
        id: mette,
        name: "Mette \"Mettes\" Kjærgaard".into(),
        organisation: Some(organisation.id),
        role: "Owner\\CEO".into(),
        account_role: AccountRole::Other("Site \"boss\"".into()),
        contact: Contact {
            emails: vec![Labelled { label: "work".into(), value: "mette@kjaergaard.example".into() }],
            phones: vec![Labelled { label: "mobile".into(), value: "+45 20 30 40 50".into() }],
            address: "Havnegade 1\n8000 Aarhus C".into(),
            website: "https://kjaergaard.example".into(),
        },
        photo: Some(Photo { mime: "image/png".into(), base64: "iVBORw0KGgo=".into() }),
        tags: vec!["Construction".into(), "Key\taccount".into()],
        status: Status::DeclinedByUs,
        status_reason: "Only wanted the cheapest price".into(),
        key_account: true,
        purpose: "Regular customer; agreed to birthday greetings".into(),
        life: Life {
            family: vec![FamilyMember {
                id: child,
                name: "Anna".into(),
                relation: Relation::Other("Goddaughter".into()),
                birthday: PartialDate::md(2, 29),
                notes: "Loves horses 🐴".into(),
                person: Some(jonas),
            }],
            interests: vec!["Sailing".into(), "Жизнь".into()],
            what_matters: "Her crew goes home safe".into(),
            proud_of: "Apprentices who stayed 10 years".into(),
            preferences: "Coffee black; no calls before 8".into(),
            notes: "Line one\r\nLine two\u{7}".into(),
        },
        milestones: vec![
            Milestone {
                id: MilestoneId::from_u128(0x301),
                kind: MilestoneKind::FamilyBirthday,
                label: "Anna's birthday".into(),
                date: PartialDate::md(2, 29).expect("leap day"),
                recurrence: Recurrence::Yearly,
                remind_days_before: 14,
                family_member: Some(child),
            },
            Milestone {
                id: MilestoneId::from_u128(0x302),
                kind: MilestoneKind::LifeEvent,
                label: "Moves to Copenhagen".into(),
                date: PartialDate::ymd(2027, 3, 1).expect("date"),
                recurrence: Recurrence::Once,
                remind_days_before: 0,
                family_member: None,
            },
        ],
        needs: Needs {
            stated: "Cheaper lunches".into(),
            motivation: "Keep the crew on site".into(),
            challenge: "Asked what a lost hour costs".into(),
            agreed_solution: "Delivery to site at 11:30".into(),
        },
        fit: Fit {
            need_recognised: NeedRecognised::Partly,
            driver: Driver::Price,
            minutes_spent: 540,
            yearly_value: Some(-12_500),
            decision: FitDecision::LetGo,
            decision_reason: "Price only".into(),
        },
        incidents: vec![CriticalIncident {
            id: IncidentId::from_u128(0x401),
            date: date(2026, 5, 4),
            journey: Some(journey),
            phase: Some(buy),
            touchpoint: "Delivery".into(),
            valence: Valence::Better,
            expected: "Lunch at noon".into(),
            happened: "Arrived early with a birthday cake".into(),
            response: "Thanked the driver".into(),
            resolved: true,
        }],
        ideas: vec![Idea {
            id: IdeaId::from_u128(0x501),
            date: date(2026, 6, 1),
            text: "A weekly menu by SMS".into(),
            status: IdeaStatus::Planned,
            journey: Some(journey),
            phase: Some(aware),
        }],
        interactions: vec![Interaction {
            id: InteractionId::from_u128(0x601),
            date: date(2026, 9, 30),
            channel: Channel::Visit,
            note: "Coffee at the workshop".into(),
            personal: false,
            minutes: 45,
        }],
        positions: vec![JourneyPosition { journey, phase: buy, order: 3 }],
        phase_history: vec![PhaseMove {
            id: PhaseMoveId::from_u128(0x801),
            date: date(2026, 4, 1),
            journey,
            from: Some(aware),
            to: Some(buy),
            why: MoveWhy { kind: WhyKind::TriggerPoint, text: "A \"tasting\"\nat the office".into() },
        }],
        referral: Referral { source: ReferralSource::Event, detail: "Food fair, Herning".into() },
        retention_reviewed: Some(date(2026, 8, 15)),
        follow_ups: vec![
            FollowUp {
                id: FollowUpId::from_u128(0x801),
                text: "Send the \"offer\";\nbring samples".into(),
                due: Some(date(2026, 12, 4)),
                done: None,
                repeat: Some(Repeat { every: 2, unit: RepeatUnit::Months }),
                snoozed_until: Some(date(2026, 12, 5)),
            },
            FollowUp {
                id: FollowUpId::from_u128(0x802),
                text: "Call about the canteen".into(),
                due: Some(date(2026, 10, 1)),
                done: Some(date(2026, 10, 2)),
                repeat: None,
                snoozed_until: None,
            },
        ],
        rhythm: Rhythm::EveryDays(21),
        snoozed: vec![
            Snooze { what: Snoozed::Contact, until: date(2026, 12, 8) },
            Snooze {
                what: Snoozed::Milestone {
                    milestone: Some(MilestoneId::from_u128(0x301)),
                    relative: Some(child),
                    day: date(2027, 2, 28),
                },
                until: date(2027, 2, 27),
            },
        ],
        changed: Some(stamp("Anna \"Bager\" Dahl", 9)),
    };
    let links = vec![
        Link {
            id: LinkId::from_u128(0x901),
            from: mette,
            to: jonas,
            kind: LinkKind::Other { from: "Godmother \"Mor\"".into(), to: "Godson".into() },
        },
        Link { id: LinkId::from_u128(0x902), from: jonas, to: mette, kind: LinkKind::Referred },
    ];
    let map = JourneyMap {
        id: journey,
        name: "Customer journey".into(),
        segment: "Construction".into(),
        segment_tag: Some("Construction".into()),
        phases: vec![
            Phase { id: aware, name: "Awareness".into(), emotion: Some(-2), stall_days: Some(21) },
            Phase { id: buy, name: "Purchase".into(), emotion: None, stall_days: None },
        ],
        lanes: vec![
            Lane { id: touch, name: "Touchpoints".into(), kind: LaneKind::Opportunities },
            Lane { id: emotions, name: "Emotions".into(), kind: LaneKind::Emotions },
        ],
        cards: vec![Card {
            id: CardId::from_u128(0x701),
            phase: buy,
            lane: touch,
            text: "Tasting at the office".into(),
            colour: CardColour::Pink,
            votes: 4,
        }],
        changed: Some(stamp("Jonas", 10)),
    };
    Workspace {
        format_version: FORMAT_VERSION,
        id: Some(WorkspaceId::from_u128(0x900)),
        revisions: vec!["0123456789abcdef".into(), "fedcba9876543210".into()],
        name: "Bageriet Dahl".into(),
        currency: "NOK".into(),
        people: vec![person, Person { id: jonas, ..Person::named("Jonas Hansen") }],
        organisations: vec![organisation],
        links,
        journeys: vec![map],
        settings: WorkspaceSettings {
            leap_day: LeapDay::March1,
            csv_mappings: vec![CsvMapping {
                headers: vec!["Kunde".into(), "Fødselsdag \"x\"".into()],
                fields: vec![CsvField::Name, CsvField::Birthday],
            }],
            present_initials: true,
            remind_days: 10,
            family_remind_days: 3,
            retention_months: 24,
            rhythms: RhythmDefaults { key_accounts: 14, customers: 45, prospects: 0 },
            calendar_feed: "Bageriet \"Dahl\".ics".into(),
        },
        conflicts: vec![Conflict {
            id: ConflictId::from_u128(0x901),
            at: vec![
                Step::Field("people".into()),
                Step::Id(PersonId::from_u128(0x1).to_string()),
                Step::Field("role".into()),
            ],
            ours: Some("\"Owner\\\\CEO\"".into()),
            theirs: None,
            ours_by: Some(stamp("Anna", 11)),
            theirs_by: Some(stamp("Jonas \"J\"", 12)),
            name: "Mette \"Mettes\" Kjærgaard".into(),
        }],
        // Where each person is: learnt when asked, never written.
        places: Default::default(),
    }
}

/// A change made by `who` on 3 November 2026 at `hour` o'clock (UTC).
pub fn stamp(who: &str, hour: u32) -> Stamp {
    let when = date(2026, 11, 3).and_hms_opt(hour, 0, 0).expect("a time").and_utc();
    Stamp { who: who.into(), when }
}

/// Adds a person as a person does: clicks the button labelled `button` (Add person, in the
/// language of the moment), types `name` into the name field that takes the focus, and presses
/// Enter. A new person enters the workspace only with something entered.
pub fn add_person(harness: &mut Harness<'_, KindredApp>, button: &str, name: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(button).click();
    harness.run_steps(2);
    harness.event(egui::Event::Text(name.to_owned()));
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
}
