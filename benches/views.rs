//! Frame time of the views the other benches leave out, each at 100 and at 10,000 people (in
//! one organisation for every five): a profile with every field filled in (as it opens, and with
//! every section open), the Accounts view with that person's account page, Milestones, Insights,
//! the Exercise and Today.
//!
//! The bars (release build): each view's frame at 10,000 people stays under 4 ms, and at most
//! 1.5× its frame at 100 people.
//!
//! Run with `cargo bench --bench views`.

mod common;

use chrono::{Datelike, Duration as Days, NaiveDate};
use common::{FrameBench, demo, key, median, ms};
use egui::{Key, Modifiers};
use kindred::model::*;
use std::time::Duration;

/// The person whose profile is measured; the name sorts first in the list.
const NAME: &str = "Aase Abildgaard";

/// A view, and the keys that bring it up.
#[derive(Clone, Copy)]
enum Shown {
    /// The profile of [`NAME`], with the sections that are open by default.
    Profile,
    /// The same profile with every section open.
    ProfileOpen,
    /// The Accounts list with the account page of [`NAME`]'s organisation.
    Accounts,
    Milestones,
    Insights,
    Exercise,
    /// The day's agenda: at 10,000 people a long list of people due for contact.
    Today,
}

impl Shown {
    const ALL: [Shown; 7] = [
        Shown::Profile,
        Shown::ProfileOpen,
        Shown::Accounts,
        Shown::Milestones,
        Shown::Insights,
        Shown::Exercise,
        Shown::Today,
    ];

    fn name(self) -> &'static str {
        match self {
            Shown::Profile => "Profile, as opened",
            Shown::ProfileOpen => "Profile, every section open",
            Shown::Accounts => "Accounts, an account's page",
            Shown::Milestones => "Milestones",
            Shown::Insights => "Insights",
            Shown::Exercise => "Exercise",
            Shown::Today => "Today",
        }
    }

    /// The app on the demo workspace of `people` (and [`NAME`]) showing this view.
    fn bench(self, people: usize) -> FrameBench {
        let mut workspace = demo(people);
        let today = chrono::Local::now().date_naive();
        let mut person = full_person(&workspace, today);
        // A key account of its own, with the people who work there and links to them.
        let organisation = Organisation {
            key_account: true,
            status: Status::Customer,
            ..Organisation::named("Nordlys Café & Bakery")
        };
        person.organisation = Some(organisation.id);
        for (n, other) in workspace.people.iter_mut().take(4).enumerate() {
            other.organisation = Some(organisation.id);
            let kind = [LinkKind::Colleague, LinkKind::Manager, LinkKind::Referred, LinkKind::Partner][n].clone();
            workspace.links.push(Link { from: person.id, to: other.id, kind, ..Link::default() });
        }
        workspace.organisations.insert(0, organisation);
        workspace.people.push(person);
        let setup = match self {
            // The first row of the list (sorted by name), opened with Enter.
            Shown::Profile | Shown::ProfileOpen => {
                vec![key(Key::ArrowDown, Modifiers::NONE), key(Key::Enter, Modifiers::NONE)]
            }
            _ => Vec::new(),
        };
        let mut bench = FrameBench::new(&workspace, setup);
        let view = match self {
            Shown::Profile | Shown::ProfileOpen => None,
            Shown::Accounts => Some(kindred::ui::View::Accounts),
            Shown::Milestones => Some(kindred::ui::View::Milestones),
            Shown::Insights => Some(kindred::ui::View::Insights),
            Shown::Exercise => Some(kindred::ui::View::Exercise),
            Shown::Today => Some(kindred::ui::View::Today),
        };
        if let Some(view) = view {
            bench = bench.show(view);
        }
        if matches!(self, Shown::Accounts) {
            bench.click("Nordlys Café & Bakery");
        }
        let person = workspace.people.last().expect("the full person");
        let milestones = kindred::t!("profile-section-milestones", count = person.milestones.len());
        // Something only this view shows, to know that it is the one drawn.
        let only_here = match self {
            Shown::Profile | Shown::ProfileOpen => milestones.clone(),
            Shown::Accounts => kindred::t!("accounts-section-people", count = 5),
            Shown::Milestones => kindred::t!("milestones-heading"),
            Shown::Insights => kindred::t!("insights-knowledge"),
            Shown::Exercise => kindred::t!("exercise-title"),
            Shown::Today => kindred::t!("today-add-title"),
        };
        assert!(!bench.widgets_named(&only_here).is_empty(), "{} is shown", self.name());
        if let Shown::ProfileOpen = self {
            // Contact and life are open already.
            for title in [
                kindred::t!("profile-section-photo"),
                milestones,
                kindred::t!("profile-section-needs"),
                kindred::t!("profile-section-fit"),
                kindred::t!("profile-section-links", count = 4),
                kindred::t!("profile-section-incidents", count = person.incidents.len()),
                kindred::t!("profile-section-ideas", count = person.ideas.len()),
                kindred::t!("profile-section-log", count = person.interactions.len()),
            ] {
                bench.click(&title);
            }
            let last_entry = &person.interactions[person.interactions.len() - 1].note;
            assert!(!bench.widgets_named(last_entry).is_empty(), "the log is open to its last entry");
        }
        bench
    }
}

/// A long-standing key account with every field of a person filled in: a photo, relatives,
/// milestones of every kind, needs, fit, incidents and ideas placed on the first map, a long
/// log, and a place on each map.
fn full_person(workspace: &Workspace, today: NaiveDate) -> Person {
    let map = &workspace.journeys[0];
    let phase = |n: usize| Some(map.phases[n % map.phases.len()].id);
    let ago = |days: i64| today - Days::days(days);
    let year = today.year();
    let relative = |name: &str, relation, born: i32, notes: &str| FamilyMember {
        id: FamilyMemberId::new(),
        name: name.to_owned(),
        relation,
        birthday: PartialDate::ymd(born, 1 + (born as u32 % 12), 1 + (born as u32 % 28)),
        notes: notes.to_owned(),
        person: None,
    };
    let family = vec![
        relative("Henrik Abildgaard", Relation::Spouse, year - 52, "Runs the sailing club"),
        relative("Ida", Relation::Daughter, year - 19, "Studies medicine in Odense"),
        relative("Emil", Relation::Son, year - 16, "Plays handball"),
        relative("Alma", Relation::Daughter, year - 9, "Loves horses"),
        relative("Kirsten Holm", Relation::Mother, year - 78, "Lives with them since spring"),
    ];
    let mut milestones = vec![
        milestone(MilestoneKind::Birthday, "", PartialDate::ymd(year - 50, 6, 14), None),
        milestone(MilestoneKind::WeddingAnniversary, "", PartialDate::ymd(year - 25, 8, 2), None),
        milestone(MilestoneKind::CustomerSince, "", PartialDate::ymd(year - 10, 3, 1), None),
        milestone(MilestoneKind::WorkAnniversary, "", PartialDate::ymd(year - 20, 9, 1), None),
        milestone(MilestoneKind::LifeEvent, "Opens the second shop", PartialDate::from_naive(ago(-90)), None),
        milestone(MilestoneKind::Custom, "The shop's summer party", PartialDate::md(6, 21), None),
    ];
    for member in &family[1..4] {
        let label = format!("{}'s birthday", member.name);
        milestones.push(milestone(MilestoneKind::FamilyBirthday, &label, member.birthday, Some(member.id)));
    }
    let incidents = (0..6)
        .map(|n| CriticalIncident {
            id: IncidentId::new(),
            date: ago(40 * n as i64 + 3),
            journey: Some(map.id),
            phase: phase(n),
            touchpoint: ["Delivery", "Invoice", "Phone", "Meeting"][n % 4].to_owned(),
            valence: if n % 2 == 0 { Valence::Worse } else { Valence::Better },
            expected: "Delivery before seven, as agreed".to_owned(),
            happened: "The van came at half past nine on the opening day".to_owned(),
            response: "Called the same morning, apologised, sent breakfast for the staff".to_owned(),
            resolved: n % 3 != 0,
        })
        .collect();
    let ideas = (0..6)
        .map(|n| Idea {
            id: IdeaId::new(),
            date: ago(35 * n as i64 + 1),
            text: format!("Idea {n}: a loyalty card for their staff, valid in both shops"),
            status: [IdeaStatus::New, IdeaStatus::Considering, IdeaStatus::Planned, IdeaStatus::Done][n % 4],
            journey: Some(map.id),
            phase: phase(n + 1),
        })
        .collect();
    let interactions = (0..40)
        .map(|n| Interaction {
            id: InteractionId::new(),
            date: ago(18 * n as i64),
            channel: [Channel::Meeting, Channel::Phone, Channel::Email, Channel::Visit][n % 4],
            note: format!("Talked about the new shop and the autumn menu ({n})"),
            personal: n % 3 == 0,
            minutes: 15 + (n as u32 % 4) * 15,
        })
        .collect();
    let positions = workspace
        .journeys
        .iter()
        .map(|journey| JourneyPosition { journey: journey.id, phase: journey.phases[0].id, order: 0 })
        .collect();
    // A walk over each map's phases, ending where the person stands: a full phase history.
    let phase_history = workspace
        .journeys
        .iter()
        .flat_map(|journey| {
            let steps = journey.phases.iter().rev().map(|p| Some(p.id)).collect::<Vec<_>>();
            let mut from = None;
            steps
                .into_iter()
                .enumerate()
                .map(move |(n, to)| {
                    let entry = PhaseMove {
                        id: PhaseMoveId::new(),
                        date: ago(30 * (10 - n as i64)),
                        journey: journey.id,
                        from,
                        to,
                        why: MoveWhy { kind: WhyKind::TriggerPoint, text: format!("A tasting visit ({n})") },
                    };
                    from = to;
                    entry
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let labelled = |label: &str, value: &str| Labelled { label: label.to_owned(), value: value.to_owned() };
    Person {
        id: PersonId::new(),
        name: NAME.to_owned(),
        organisation: None,
        role: "Owner".to_owned(),
        account_role: AccountRole::Owner,
        contact: Contact {
            emails: vec![labelled("work", "aase@nordlys.example"), labelled("home", "aase.abildgaard@mail.example")],
            phones: vec![labelled("mobile", "+45 20 30 40 50"), labelled("shop", "+45 86 12 34 56")],
            address: "Havnegade 1\n8000 Aarhus C".to_owned(),
            website: "https://nordlys.example".to_owned(),
        },
        photo: Some(photo()),
        tags: vec!["Hospitality".to_owned(), "Events".to_owned(), "Referral".to_owned()],
        status: Status::Customer,
        status_reason: String::new(),
        key_account: true,
        purpose: "Regular customer; agreed to birthday greetings".to_owned(),
        life: Life {
            family,
            interests: ["sailing", "jazz", "gardening", "running", "wine", "birdwatching"].map(str::to_owned).into(),
            what_matters: "Growing the business without losing the family feel".to_owned(),
            proud_of: "Training three apprentices who now run their own places".to_owned(),
            preferences: "Meetings before 10, never on Fridays; coffee black".to_owned(),
            notes: "Met at the trade fair in Herning.\nRecommended us to two neighbours.".to_owned(),
        },
        milestones,
        needs: Needs {
            stated: "Cheaper deliveries".to_owned(),
            motivation: "Margins are squeezed this year".to_owned(),
            challenge: "Asked whether fewer, larger deliveries would do".to_owned(),
            agreed_solution: "Two deliveries a week instead of five".to_owned(),
        },
        fit: Fit {
            need_recognised: NeedRecognised::Yes,
            driver: Driver::Value,
            minutes_spent: 1260,
            yearly_value: Some(180_000),
            decision: FitDecision::Keep,
            decision_reason: "Values quality and pays on time".to_owned(),
        },
        incidents,
        ideas,
        interactions,
        positions,
        phase_history,
        referral: Referral { source: ReferralSource::Event, detail: "Trade fair in Herning".to_owned() },
        retention_reviewed: None,
        follow_ups: (0..12)
            .map(|n| FollowUp {
                repeat: (n % 4 == 0).then_some(Repeat { every: 1, unit: RepeatUnit::Weeks }),
                done: (n % 3 == 0).then(|| ago(n as i64)),
                ..FollowUp::new(format!("Follow up on the autumn order ({n})"), Some(ago(n as i64 - 6)))
            })
            .collect(),
        rhythm: Rhythm::EveryDays(21),
        snoozed: Vec::new(),
        changed: None,
    }
}

fn milestone(kind: MilestoneKind, label: &str, date: Option<PartialDate>, of: Option<FamilyMemberId>) -> Milestone {
    let recurrence = if kind == MilestoneKind::LifeEvent { Recurrence::Once } else { Recurrence::Yearly };
    Milestone {
        id: MilestoneId::new(),
        kind,
        label: label.to_owned(),
        date: date.expect("a valid date"),
        recurrence,
        remind_days_before: 7,
        family_member: of,
    }
}

/// A 400 × 300 gradient, stored as the profile stores a photo (scaled to 256 on its long side).
fn photo() -> Photo {
    let image = image::RgbImage::from_fn(400, 300, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 160]));
    let mut png = Vec::new();
    image.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).expect("a PNG");
    kindred::ui::widgets::photo::from_bytes(&png).expect("the photo is accepted")
}

/// The median frame of each, their frames taken in turns, a block of each at a time: a slow
/// moment of the machine (2 shared cores) weighs on both alike, and their ratio holds.
fn median_frames_paired(a: &mut FrameBench, b: &mut FrameBench) -> (Duration, Duration) {
    const BLOCK: usize = 30;
    let (mut times_a, mut times_b) = (Vec::with_capacity(common::FRAMES), Vec::with_capacity(common::FRAMES));
    for _ in 0..common::FRAMES / BLOCK {
        times_a.extend((0..BLOCK).map(|_| a.frame(Vec::new())));
        times_b.extend((0..BLOCK).map(|_| b.frame(Vec::new())));
    }
    (median(times_a), median(times_b))
}

fn main() {
    if common::smoke_only() {
        for shown in Shown::ALL {
            shown.bench(30).frame(Vec::new());
        }
        println!("Views bench: harness works (run `cargo bench --bench views` for figures)");
        return;
    }
    // `cargo bench --bench views -- exercise`: only the views whose name holds a word given.
    let words: Vec<String> =
        std::env::args().skip(1).filter(|a| !a.starts_with('-')).map(|a| a.to_lowercase()).collect();
    let chosen = |shown: Shown| words.is_empty() || words.iter().any(|w| shown.name().to_lowercase().contains(w));
    println!("Frames at 100 and 10,000 people, median of {} frames (draw + tessellate):", common::FRAMES);
    println!("  {:<28} {:>9} {:>9} {:>7}", "view", "100", "10,000", "ratio");
    let mut ok = true;
    for shown in Shown::ALL.into_iter().filter(|s| chosen(*s)) {
        let (small, big) = median_frames_paired(&mut shown.bench(100), &mut shown.bench(10_000));
        let ratio = big.as_secs_f64() / small.as_secs_f64().max(f64::EPSILON);
        let (fast, flat) = (big < Duration::from_millis(4), ratio <= 1.5);
        ok &= fast && flat;
        let mark = match (fast, flat) {
            (true, true) => "",
            (true, false) => "  ratio missed",
            (false, true) => "  4 ms missed",
            (false, false) => "  both missed",
        };
        println!("  {:<28} {:6.3} ms {:6.3} ms {ratio:7.2}{mark}", shown.name(), ms(small), ms(big));
    }
    println!("Bars: under 4 ms at 10,000 people, and a ratio 10,000 / 100 of at most 1.5.");
    println!("{}", if ok { "The bars are met." } else { "A bar was missed: see the numbers above." });
}
