//! Generated demo workspaces: what benchmarks and trials use (`kindred demo --people N FILE`,
//! `--organisations M` for the shape of the accounts).
//!
//! The same `people` and `organisations` on the same `today` always give the same workspace, to
//! the byte once encoded: every random choice, id included, comes from a small PRNG seeded with
//! the sizes. Dates are relative to `today`, so a demo always looks current. All text is English.
//!
//! Organisations: the first person of each is its owner, the others join at random, and about
//! one person in seven belongs to none. The account's yearly value, time spent and fit are the
//! organisation's; a person without one has their own. Some people are partners or colleagues
//! (a manager and the people who report to them), and about one in eight came to us through
//! someone else, who referred them.

use crate::model::*;
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashSet;

/// A workspace of `people` generated people in one organisation for every five of them (see
/// [`generate_with`]).
pub fn generate(people: usize, today: NaiveDate) -> Workspace {
    generate_with(people, people / 5, today)
}

/// A workspace of `people` generated people in `organisations` organisations, and one filled-in
/// map from each of the Customer journey, Sales process and Customer lifecycle templates, named
/// after them, with the people placed on them (on the lifecycle with a phase history:
/// [`lifecycle`]).
pub fn generate_with(people: usize, organisations: usize, today: NaiveDate) -> Workspace {
    let mut rng = Rng::new(0x4B1D_2ED0 ^ people as u64 ^ (organisations as u64).rotate_left(32));
    let journeys = vec![filled_map(&mut rng, Template::CustomerJourney), filled_map(&mut rng, Template::SalesProcess)];
    let mut workspace = Workspace {
        name: "Demo business".to_owned(),
        currency: "DKK".to_owned(),
        journeys,
        id: Some(crate::model::WorkspaceId::from_u128(rng.uuid())),
        ..Workspace::default()
    };
    let mut taken = HashSet::new();
    workspace.organisations = (0..organisations).map(|n| organisation(&mut rng, n, today, &mut taken)).collect();
    // Per journey and phase, how many people stand there already: their order in the column.
    let mut column_sizes: Vec<Vec<u32>> = workspace.journeys.iter().map(|j| vec![0; j.phases.len()]).collect();
    workspace.people = (0..people)
        .map(|n| {
            // The first person of each organisation is its owner; the rest join at random.
            let member = if n < organisations {
                Some(n)
            } else {
                (organisations > 0 && rng.chance(85)).then(|| rng.below(organisations))
            };
            let member = member.map(|at| (&workspace.organisations[at], n < organisations));
            person(&mut rng, n, today, member, &workspace.journeys, &mut column_sizes)
        })
        .collect();
    workspace.links = links(&mut rng, &mut workspace.people);
    lifecycle::add(&mut workspace, today);
    stamp_changes(&mut workspace, today);
    workspace
}

/// Who changed whom lately: every fifth person by one of two colleagues, within the last week
/// (without drawing from the generator, so that the people stay as they were).
fn stamp_changes(workspace: &mut Workspace, today: NaiveDate) {
    for (n, person) in workspace.people.iter_mut().enumerate().filter(|(n, _)| n % 5 == 0) {
        let day = today - Duration::days((n % 7) as i64);
        let when = day.and_hms_opt(9 + (n % 8) as u32, 0, 0).map(|time| time.and_utc());
        let who = if n % 10 == 0 { "Anna Dahl" } else { "Jonas Dahl" };
        person.changed = when.map(|when| crate::model::Stamp { who: who.to_owned(), when });
    }
}

/// SplitMix64: tiny, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must be at least 1.
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n.max(1) as u64) as usize
    }

    /// True with the given chance in percent.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn uuid(&mut self) -> u128 {
        // Shaped as a version-4 UUID so that other tools accept the ids.
        let bits = (u128::from(self.next()) << 64) | u128::from(self.next());
        (bits & !(0xF000 << 64) & !(0xC000 << 48)) | (0x4000 << 64) | (0x8000 << 48)
    }

    /// A day `back` to `back + span` days before `today`.
    fn day_before(&mut self, today: NaiveDate, back: i64, span: usize) -> NaiveDate {
        today - Duration::days(back + self.below(span) as i64)
    }
}

macro_rules! fresh_id {
    ($rng:expr, $ty:ident) => {
        $ty::from_u128($rng.uuid())
    };
}

mod lifecycle;

const FIRST_NAMES: &[&str] = &[
    "Mette", "Søren", "Anne", "Jens", "Kirsten", "Lars", "Hanne", "Morten", "Camilla", "Rasmus", "Ingrid", "Ole",
    "Sigrid", "Magnus", "Nora", "Henrik", "Line", "Thomas", "Ida", "Kasper", "Astrid", "Bjørn", "Freja", "Mikkel",
    "Solveig", "Anders", "Maja", "Emil", "Karoline", "Jonas", "Sofie", "Eirik", "Louise", "Peter", "Ragnhild",
    "Frederik",
];
const LAST_NAMES: &[&str] = &[
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Kjærgaard",
    "Østergaard",
    "Johansen",
    "Olsen",
    "Berg",
    "Haugen",
    "Dahl",
    "Lund",
    "Bakke",
    "Holm",
    "Madsen",
    "Thomsen",
    "Poulsen",
    "Solberg",
    "Iversen",
    "Strand",
    "Eriksen",
    "Mikkelsen",
    "Vestergaard",
];
const CHILD_NAMES: &[&str] =
    &["Emma", "William", "Alma", "Oscar", "Clara", "Noah", "Olivia", "Lucas", "Ella", "Viktor", "Agnes", "Aksel"];
const ORG_STEMS: &[&str] = &[
    "Nordlys",
    "Havnen",
    "Fjord",
    "Kløver",
    "Skov",
    "Bølge",
    "Granit",
    "Lyngby",
    "Vesterbro",
    "Solsikke",
    "Birk",
    "Tinde",
    "Ask",
    "Strand",
    "Mølle",
    "Egern",
];
const ORG_KINDS: &[&str] = &[
    "Café",
    "Architects",
    "Dental Clinic",
    "Hotel",
    "Consulting",
    "Bikes",
    "Books",
    "School",
    "Accounting",
    "Design",
    "Logistics",
    "Catering",
];
const TOWNS: &[&str] = &[
    "Aarhus",
    "Odense",
    "Aalborg",
    "Vejle",
    "Randers",
    "Horsens",
    "Silkeborg",
    "Bergen",
    "Stavanger",
    "Trondheim",
    "Roskilde",
    "Skive",
];
const REFERRALS: &[(ReferralSource, &str)] = &[
    (ReferralSource::Event, "Food fair in Herning"),
    (ReferralSource::Event, "Christmas market"),
    (ReferralSource::Search, "bakery delivery Aarhus"),
    (ReferralSource::WalkIn, ""),
    (ReferralSource::Other, "Saw the van"),
];
const ROLES: &[&str] = &[
    "Owner",
    "Managing director",
    "Office manager",
    "Head of purchasing",
    "Marketing lead",
    "Operations manager",
    "Partner",
    "Team lead",
    "Chef",
    "Principal",
];
const TAGS: &[&str] = &["Retail", "Office", "Hospitality", "Public", "Wholesale", "Events", "Newsletter", "Referral"];
const INTERESTS: &[&str] = &[
    "sailing",
    "cycling",
    "jazz",
    "football",
    "gardening",
    "running",
    "cooking",
    "photography",
    "chess",
    "hiking",
    "fishing",
    "handball",
    "knitting",
    "wine",
    "birdwatching",
    "skiing",
];
const MATTERS: &[&str] = &[
    "Time with the children before they leave home",
    "Growing the business without losing the family feel",
    "A calm week now and then",
    "Doing things properly, even when it takes longer",
    "Their team feeling proud of the place",
    "Buying local whenever they can",
];
const PROUD: &[&str] = &[
    "Opening a second shop in a bad year",
    "Their daughter's football team winning the cup",
    "Twenty years without a single lost customer",
    "Running the Copenhagen marathon",
    "Rebuilding the old boathouse by hand",
    "Training three apprentices who now run their own places",
];
const PREFERENCES: &[&str] = &[
    "Prefers a phone call to e-mail",
    "Meetings before 10, never on Fridays",
    "Coffee black; no sugar",
    "Likes a short written summary after each meeting",
    "Vegetarian",
];
const NEEDS: &[(&str, &str, &str, &str)] = &[
    (
        "Cheaper deliveries",
        "Margins are squeezed this year",
        "Asked whether fewer, larger deliveries would do",
        "Two deliveries a week instead of five",
    ),
    (
        "A faster way to order",
        "Orders go missing when staff change",
        "Asked who orders today and how",
        "A standing order adjusted by message",
    ),
    (
        "Something special for customers",
        "Wants to stand out from the chain next door",
        "Asked what their customers talk about",
        "A seasonal product made for them",
    ),
    (
        "Reliable quality",
        "A supplier let them down before an opening",
        "Asked what 'reliable' has cost them",
        "A fixed contact person and a back-up plan",
    ),
];
const TOUCHPOINTS: &[&str] = &["Website", "Phone", "Delivery", "Invoice", "Shop counter", "Meeting", "E-mail", "Event"];
const INCIDENTS_WORSE: &[(&str, &str, &str)] = &[
    ("Delivery before 7", "Arrived at 9:30 on the opening day", "Called, apologised, and sent a free breakfast"),
    ("A correct invoice", "Invoice charged twice", "Credited the same day"),
    ("A reply within a day", "Waited a week for an answer", "Set up a shared inbox"),
];
const INCIDENTS_BETTER: &[(&str, &str, &str)] = &[
    ("A standard order", "We remembered their allergy without being told", "Noted it on the profile for everyone"),
    ("Help by phone", "Drove out on a Sunday to fix the order", "Thanked them with a card"),
    ("Nothing special", "A birthday greeting for their son", "Kept doing it"),
];
const IDEAS: &[&str] = &[
    "Order by text message",
    "A loyalty card for their staff",
    "A tasting evening for regular customers",
    "Monthly invoice instead of one per delivery",
    "Reusable crates instead of cardboard",
    "A seasonal menu planned together",
];
const NOTES: &[&str] = &[
    "Met at the trade fair in Herning",
    "Recommended by a neighbour",
    "Talked about the new shop for an hour",
    "Asked about prices for next year",
    "Sent the offer",
    "Quick check-in",
];

/// An organisation (the `n`th) with a name no other has (`taken` holds the names compared as
/// organisations are).
fn organisation(rng: &mut Rng, n: usize, today: NaiveDate, taken: &mut HashSet<String>) -> Organisation {
    let mut name = format!("{} {} {}", rng.pick(ORG_STEMS), rng.pick(ORG_KINDS), rng.pick(TOWNS));
    if !taken.insert(organisation_key(&name)) {
        name = format!("{name} {}", n + 1);
        taken.insert(organisation_key(&name));
    }
    let status = random_status(rng);
    let domain = domain_of(&name);
    let mut organisation = Organisation {
        id: fresh_id!(rng, OrganisationId),
        website: format!("https://{domain}"),
        address: format!("{} {}, {} Aarhus", rng.pick(ORG_STEMS), 1 + rng.below(120), 8000 + rng.below(300)),
        phone: format!("+45 {:02} {:02} {:02} {:02}", 30 + rng.below(60), rng.below(100), rng.below(100), n % 100),
        key_account: status == Status::Customer && rng.chance(15),
        status,
        status_reason: if status == Status::DeclinedByUs {
            "Wants daily deliveries we cannot make profitably".to_owned()
        } else {
            String::new()
        },
        fit: if rng.chance(70) { fit(rng, status) } else { Fit::default() },
        name,
        ..Organisation::default()
    };
    let tag = rng.pick(TAGS).to_string();
    organisation.tags.push(tag);
    if rng.chance(40) {
        let opened = rng.day_before(today, 400, 9000);
        organisation.milestones.push(Milestone {
            id: fresh_id!(rng, MilestoneId),
            kind: MilestoneKind::Custom,
            label: "Opening day".to_owned(),
            date: full_date(opened),
            recurrence: Recurrence::Yearly,
            remind_days_before: 7,
            family_member: None,
        });
    }
    organisation
}

/// Prospects, customers, former customers and people we declined, in proportions a small
/// business might have.
fn random_status(rng: &mut Rng) -> Status {
    match rng.below(20) {
        0..=11 => Status::Customer,
        12..=16 => Status::Prospect,
        17..=18 => Status::FormerCustomer,
        _ => Status::DeclinedByUs,
    }
}

/// A made-up domain for a name ("Nordlys Café" → "nordlyscaf.example").
fn domain_of(name: &str) -> String {
    name.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect::<String>() + ".example"
}

/// Partners, managers and colleagues among people of one organisation, and who referred whom.
/// A person referred by someone says so in their referral.
fn links(rng: &mut Rng, people: &mut [Person]) -> Vec<Link> {
    let mut links = Vec::new();
    let mut last_of: std::collections::HashMap<OrganisationId, usize> = std::collections::HashMap::new();
    for n in 0..people.len() {
        if let Some(organisation) = people[n].organisation {
            if let Some(&owner) = last_of.get(&organisation)
                && rng.chance(50)
            {
                let kind = if rng.chance(50) { LinkKind::Manager } else { LinkKind::Colleague };
                links.push(Link { id: fresh_id!(rng, LinkId), from: people[owner].id, to: people[n].id, kind });
            }
            last_of.entry(organisation).or_insert(n);
        }
        if n > 0 && rng.chance(4) {
            let partner = rng.below(n);
            links.push(Link {
                id: fresh_id!(rng, LinkId),
                from: people[partner].id,
                to: people[n].id,
                kind: LinkKind::Partner,
            });
        }
        if n > 0 && rng.chance(12) {
            let referrer = rng.below(n);
            if people[referrer].status == Status::Customer {
                let link = Link {
                    id: fresh_id!(rng, LinkId),
                    from: people[referrer].id,
                    to: people[n].id,
                    kind: LinkKind::Referred,
                };
                links.push(link);
                people[n].referral = Referral { source: ReferralSource::Person, detail: String::new() };
            }
        } else if rng.chance(40) {
            let (source, detail) = *rng.pick(REFERRALS);
            people[n].referral = Referral { source, detail: detail.to_owned() };
        }
    }
    links
}

/// A person (the `n`th), of an organisation or none (`member`: the organisation, and whether
/// they are its first person, its owner).
fn person(
    rng: &mut Rng,
    n: usize,
    today: NaiveDate,
    member: Option<(&Organisation, bool)>,
    journeys: &[JourneyMap],
    column_sizes: &mut [Vec<u32>],
) -> Person {
    let first = rng.pick(FIRST_NAMES);
    let last = rng.pick(LAST_NAMES);
    let name = format!("{first} {last}");
    let domain = match member {
        Some((organisation, _)) => domain_of(&organisation.name),
        None => domain_of(last),
    };
    let mailbox: String = first.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect();
    let status = match member {
        Some((organisation, _)) if rng.chance(80) => organisation.status,
        _ => random_status(rng),
    };
    let account_role = match member {
        None => AccountRole::Unknown,
        Some((_, true)) => AccountRole::Owner,
        Some(_) => {
            rng.pick(&[AccountRole::Buyer, AccountRole::User, AccountRole::Bookkeeper, AccountRole::Unknown]).clone()
        }
    };
    let mut person = Person {
        id: fresh_id!(rng, PersonId),
        name,
        organisation: member.map(|(organisation, _)| organisation.id),
        account_role,
        role: rng.pick(ROLES).to_string(),
        contact: Contact {
            emails: vec![Labelled { label: "work".to_owned(), value: format!("{mailbox}{n}@{domain}") }],
            phones: vec![Labelled {
                label: "mobile".to_owned(),
                value: format!(
                    "+45 {:02} {:02} {:02} {:02}",
                    20 + rng.below(80),
                    rng.below(100),
                    rng.below(100),
                    n % 100
                ),
            }],
            address: format!("{} {}, {} Aarhus", rng.pick(ORG_STEMS), 1 + rng.below(120), 8000 + rng.below(300)),
            website: format!("https://{domain}"),
        },
        photo: None,
        tags: Vec::new(),
        status,
        status_reason: if status == Status::DeclinedByUs {
            "Wants daily deliveries we cannot make profitably".to_owned()
        } else {
            String::new()
        },
        key_account: status == Status::Customer && rng.chance(15),
        ..Person::default()
    };
    for _ in 0..rng.below(3) {
        let tag = rng.pick(TAGS).to_string();
        if !person.tags.contains(&tag) {
            person.tags.push(tag);
        }
    }
    // How well we know them varies: some are barely more than a name.
    let known = rng.below(100);
    if known >= 15 {
        fill_life(rng, &mut person, today);
    }
    if known >= 30 {
        let (stated, motivation, challenge, solution) = *rng.pick(NEEDS);
        person.needs = Needs {
            stated: stated.to_owned(),
            motivation: motivation.to_owned(),
            challenge: challenge.to_owned(),
            agreed_solution: if rng.chance(60) { solution.to_owned() } else { String::new() },
        };
        // The account's fit is its organisation's.
        if member.is_none() {
            person.fit = fit(rng, status);
        }
    }
    fill_history(rng, &mut person, today, journeys);
    fill_daily(n, &mut person, today);
    // About 85 % stand somewhere in each journey.
    for (j, journey) in journeys.iter().enumerate() {
        if journey.phases.is_empty() || !rng.chance(85) {
            continue;
        }
        let phase = rng.below(journey.phases.len());
        // Spaced, so that a person dragged between two others fits without renumbering.
        let order = column_sizes[j][phase].saturating_mul(super::moves::ORDER_STEP);
        column_sizes[j][phase] += 1;
        person.positions.push(JourneyPosition { journey: journey.id, phase: journey.phases[phase].id, order });
    }
    person
}

fn fill_life(rng: &mut Rng, person: &mut Person, today: NaiveDate) {
    let born = today.year() - 25 - rng.below(40) as i32;
    let birthday = random_day(rng, born);
    person.milestones.push(Milestone {
        id: fresh_id!(rng, MilestoneId),
        kind: MilestoneKind::Birthday,
        label: String::new(),
        // Many know the day but not the year.
        date: if rng.chance(30) {
            PartialDate::md(birthday.month(), birthday.day()).unwrap_or(birthday)
        } else {
            birthday
        },
        recurrence: Recurrence::Yearly,
        remind_days_before: 7,
        family_member: None,
    });
    if rng.chance(60) {
        let partner = FamilyMember {
            id: fresh_id!(rng, FamilyMemberId),
            name: format!("{} {}", rng.pick(FIRST_NAMES), person.name.rsplit(' ').next().unwrap_or_default()),
            relation: Relation::Partner,
            birthday: rng.chance(50).then(|| {
                let year = born + rng.below(5) as i32 - 2;
                random_day(rng, year)
            }),
            notes: String::new(),
            person: None,
        };
        person.life.family.push(partner);
        if rng.chance(40) {
            let year = born + 25 + rng.below(10) as i32;
            let married = random_day(rng, year);
            if married.to_naive().is_some_and(|d| d < today) {
                person.milestones.push(Milestone {
                    id: fresh_id!(rng, MilestoneId),
                    kind: MilestoneKind::WeddingAnniversary,
                    label: String::new(),
                    date: married,
                    recurrence: Recurrence::Yearly,
                    remind_days_before: 7,
                    family_member: None,
                });
            }
        }
    }
    for _ in 0..rng.below(4) {
        let child_born = (born + 24 + rng.below(16) as i32).min(today.year());
        let child = FamilyMember {
            id: fresh_id!(rng, FamilyMemberId),
            name: rng.pick(CHILD_NAMES).to_string(),
            relation: Relation::Child,
            birthday: Some(random_day(rng, child_born)).filter(|d| d.to_naive().is_some_and(|d| d <= today)),
            notes: String::new(),
            person: None,
        };
        if let Some(date) = child.birthday
            && rng.chance(50)
        {
            person.milestones.push(Milestone {
                id: fresh_id!(rng, MilestoneId),
                kind: MilestoneKind::FamilyBirthday,
                label: format!("{}'s birthday", child.name),
                date,
                recurrence: Recurrence::Yearly,
                remind_days_before: 7,
                family_member: Some(child.id),
            });
        }
        person.life.family.push(child);
    }
    for _ in 0..rng.below(4) {
        let interest = rng.pick(INTERESTS).to_string();
        if !person.life.interests.contains(&interest) {
            person.life.interests.push(interest);
        }
    }
    if rng.chance(70) {
        person.life.what_matters = rng.pick(MATTERS).to_string();
    }
    if rng.chance(40) {
        person.life.proud_of = rng.pick(PROUD).to_string();
    }
    if rng.chance(50) {
        person.life.preferences = rng.pick(PREFERENCES).to_string();
    }
    if person.status == Status::Customer {
        let since = rng.day_before(today, 60, 3650);
        person.milestones.push(Milestone {
            id: fresh_id!(rng, MilestoneId),
            kind: MilestoneKind::CustomerSince,
            label: String::new(),
            date: full_date(since),
            recurrence: Recurrence::Yearly,
            remind_days_before: 14,
            family_member: None,
        });
    }
    if rng.chance(10) {
        person.milestones.push(Milestone {
            id: fresh_id!(rng, MilestoneId),
            kind: MilestoneKind::LifeEvent,
            label: "Opens the new shop".to_owned(),
            date: full_date(today + Duration::days(5 + rng.below(120) as i64)),
            recurrence: Recurrence::Once,
            remind_days_before: 14,
            family_member: None,
        });
    }
}

fn fit(rng: &mut Rng, status: Status) -> Fit {
    let decision = match status {
        Status::DeclinedByUs => FitDecision::LetGo,
        Status::Customer if rng.chance(70) => FitDecision::Keep,
        _ => FitDecision::Undecided,
    };
    Fit {
        need_recognised: *rng.pick(&[
            NeedRecognised::Yes,
            NeedRecognised::Partly,
            NeedRecognised::No,
            NeedRecognised::Unknown,
        ]),
        driver: *rng.pick(&[Driver::Value, Driver::Price, Driver::Speed, Driver::Unknown]),
        minutes_spent: 30 * rng.below(40) as u32,
        yearly_value: rng.chance(80).then(|| 1000 * (5 + rng.below(400)) as i64),
        decision,
        decision_reason: match decision {
            FitDecision::Keep => "Values quality and pays on time".to_owned(),
            FitDecision::LetGo => "Only buys on price; costs more than it brings".to_owned(),
            FitDecision::Undecided => String::new(),
        },
    }
}

fn fill_history(rng: &mut Rng, person: &mut Person, today: NaiveDate, journeys: &[JourneyMap]) {
    for _ in 0..rng.below(6) {
        let personal = rng.chance(60);
        person.interactions.push(Interaction {
            id: fresh_id!(rng, InteractionId),
            date: rng.day_before(today, 1, 400),
            channel: *rng.pick(&[Channel::Meeting, Channel::Phone, Channel::Email, Channel::Visit, Channel::Event]),
            note: rng.pick(NOTES).to_string(),
            personal,
            minutes: if personal { 10 + 5 * rng.below(18) as u32 } else { 5 },
        });
    }
    person.interactions.sort_by_key(|i| i.date);
    let place = |rng: &mut Rng| {
        let journey = rng.pick(journeys);
        let phase = (!journey.phases.is_empty()).then(|| rng.pick(&journey.phases).id);
        (Some(journey.id), phase)
    };
    if rng.chance(25) {
        let better = rng.chance(50);
        let (expected, happened, response) = *rng.pick(if better { INCIDENTS_BETTER } else { INCIDENTS_WORSE });
        let (journey, phase) = place(rng);
        person.incidents.push(CriticalIncident {
            id: fresh_id!(rng, IncidentId),
            date: rng.day_before(today, 3, 300),
            journey,
            phase,
            touchpoint: rng.pick(TOUCHPOINTS).to_string(),
            valence: if better { Valence::Better } else { Valence::Worse },
            expected: expected.to_owned(),
            happened: happened.to_owned(),
            response: response.to_owned(),
            resolved: better || rng.chance(60),
        });
    }
    if rng.chance(15) {
        let (journey, phase) = place(rng);
        person.ideas.push(Idea {
            id: fresh_id!(rng, IdeaId),
            date: rng.day_before(today, 3, 300),
            text: rng.pick(IDEAS).to_string(),
            status: *rng.pick(&[IdeaStatus::New, IdeaStatus::Considering, IdeaStatus::Planned, IdeaStatus::Done]),
            journey,
            phase,
        });
    }
}

const FOLLOW_UPS: &[&str] = &[
    "Send the offer for next year",
    "Call about the new shop",
    "Bring samples of the seasonal range",
    "Ask how the opening went",
    "Follow up on the invoice question",
    "Book the tasting evening",
    "Check the standing order",
    "Send the photos from the event",
];

/// The daily loop's data: follow-ups (some overdue, some done, some repeating) and a few
/// rhythms of people's own. From a random stream of its own per person, so that the rest of a
/// demo is what it was before these existed.
fn fill_daily(n: usize, person: &mut Person, today: NaiveDate) {
    // Seeded through the generator's own mixing, so that no two people's streams overlap.
    let mut rng = Rng::new(Rng::new(0xDA17_5EED ^ n as u64).next());
    let active = matches!(person.status, Status::Customer | Status::Prospect);
    let count = if active && rng.chance(40) { 1 + rng.below(2) } else { 0 };
    for _ in 0..count {
        let due = today.checked_add_signed(Duration::days(rng.below(36) as i64 - 14));
        let repeat = rng.chance(20).then(|| {
            *rng.pick(&[
                Repeat { every: 1, unit: RepeatUnit::Weeks },
                Repeat { every: 2, unit: RepeatUnit::Weeks },
                Repeat { every: 1, unit: RepeatUnit::Months },
            ])
        });
        let done = (rng.chance(15)).then(|| rng.day_before(today, 1, 20));
        person.follow_ups.push(FollowUp {
            id: fresh_id!(rng, FollowUpId),
            text: rng.pick(FOLLOW_UPS).to_string(),
            due: if rng.chance(85) { due } else { None },
            done,
            repeat,
            snoozed_until: None,
        });
    }
    person.rhythm = match rng.below(100) {
        0..=2 => Rhythm::Never,
        3..=9 => Rhythm::EveryDays(*rng.pick(&[14, 30, 60])),
        _ => Rhythm::ByKind,
    };
    // Most people we serve were met lately: a call, a visit, a chat at the counter.
    if active && rng.chance(60) {
        person.interactions.push(Interaction {
            id: fresh_id!(rng, InteractionId),
            date: rng.day_before(today, 1, 75),
            channel: *rng.pick(&[Channel::Phone, Channel::Visit, Channel::Meeting]),
            note: rng.pick(RECENT_CONTACTS).to_string(),
            personal: true,
            minutes: 10 + 5 * rng.below(8) as u32,
        });
        person.interactions.sort_by_key(|i| i.date);
    }
}

const RECENT_CONTACTS: &[&str] = &[
    "Called to hear how the week went",
    "Stopped by with samples",
    "Coffee after the delivery",
    "Talked about the summer plans",
];

/// A day as a milestone's date: without its year when the year is past what a date can hold
/// (a demo made for a day near the year 9999).
fn full_date(day: NaiveDate) -> PartialDate {
    PartialDate::from_naive(day)
        .or_else(|| PartialDate::md(day.month(), day.day()))
        .unwrap_or_else(|| unreachable!("a day that exists has a month and day"))
}

/// A day of `year` that exists in it (29 February only in leap years), without the year when
/// a date cannot have that year.
fn random_day(rng: &mut Rng, year: i32) -> PartialDate {
    let month = 1 + rng.below(12) as u32;
    let day = 1 + rng.below(28) as u32;
    PartialDate::ymd(year, month, day).unwrap_or_else(|| {
        PartialDate::md(month, day).unwrap_or_else(|| unreachable!("days 1–28 exist in every month"))
    })
}

/// Card texts per template, per lane (by position in `DEFAULT_LANES`), per phase.
fn filled_map(rng: &mut Rng, template: Template) -> JourneyMap {
    let mut map = template.create();
    map.id = fresh_id!(rng, JourneyId);
    for phase in &mut map.phases {
        phase.id = fresh_id!(rng, PhaseId);
    }
    for lane in &mut map.lanes {
        lane.id = fresh_id!(rng, LaneId);
    }
    let (segment, emotions, texts): (&str, &[i8], &[&[&str]]) = match template {
        Template::CustomerJourney => ("Small offices", &[0, 1, -1, 2], CUSTOMER_JOURNEY_CARDS),
        Template::SalesProcess => ("Cafés and hotels", &[0, 1, 1, 2, -1, 1], SALES_PROCESS_CARDS),
        Template::CustomerLifecycle | Template::Blank => ("", &[], &[]),
    };
    map.segment = segment.to_owned();
    for (phase, emotion) in map.phases.iter_mut().zip(emotions) {
        phase.emotion = Some(*emotion);
    }
    let colours = [CardColour::Yellow, CardColour::Blue, CardColour::Green, CardColour::Pink, CardColour::Orange];
    for (lane, lane_texts) in map.lanes.iter().zip(texts) {
        for (phase, text) in map.phases.iter().zip(lane_texts.iter()) {
            for line in text.split('|').filter(|t| !t.is_empty()) {
                map.cards.push(Card {
                    id: fresh_id!(rng, CardId),
                    phase: phase.id,
                    lane: lane.id,
                    text: line.to_owned(),
                    colour: *rng.pick(&colours),
                    votes: 0,
                });
            }
        }
    }
    map
}

// One row per lane in `DEFAULT_LANES` order; one entry per phase; `|` separates cards of a cell.
const CUSTOMER_JOURNEY_CARDS: &[&[&str]] = &[
    &[
        "Notices the shop on the way to work",
        "Compares three suppliers",
        "Orders for the first meeting",
        "Orders every week",
    ],
    &["Shop window|Instagram", "Website|Phone", "Web shop", "Delivery|Invoice"],
    &["Moves into the area", "A tasting at the office", "A meeting that needs catering", "A thank-you note"],
    &["Fresh, local bread", "A tasting visit", "Delivery before 8", "Personal contact"],
    &["Does not know we deliver", "Price list hard to find", "Minimum order too high", "Forgotten orders"],
    &["", "", "", ""],
    &["", "Slow answer to the first e-mail", "Delivery late on day one", "Remembered their birthday"],
    &["Baked here, every morning", "Taste before you decide", "Order by 14, here by 8", "We know you by name"],
    &["Sign at the bus stop", "Tasting box", "Order by text message", "Loyalty card"],
];
const SALES_PROCESS_CARDS: &[&[&str]] = &[
    &[
        "Wants to know who we are",
        "Explains how mornings run",
        "Picks a weekly assortment",
        "Imagines the new menu",
        "Signs the agreement",
        "Calls when something changes",
    ],
    &["First visit", "Meeting at their place", "Tasting", "Samples|Menu sketch", "Contract by e-mail", "Phone|Visit"],
    &[
        "A recommendation",
        "A bad delivery elsewhere",
        "The tasting",
        "A seasonal menu idea",
        "A trial month",
        "A new chef",
    ],
    &[
        "A recommendation",
        "Being listened to",
        "Flexible assortment",
        "Seasonal products",
        "Clear prices",
        "Same contact",
    ],
    &["A bad earlier supplier", "Busy owner", "Too many choices", "Budget", "Long payment terms", "Staff turnover"],
    &["", "", "", "", "", ""],
    &["", "Forgot a key detail", "", "", "Contract sent late", "Fixed a Sunday order"],
    &[
        "We are neighbours",
        "Tell us about your guests",
        "Start small, adjust weekly",
        "Made for your café",
        "No binding period",
        "Call us any time",
    ],
    &[
        "Visit with coffee",
        "Needs checklist",
        "Tasting menu",
        "Co-branded pastry",
        "Digital signature",
        "Quarterly check-in",
    ],
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn same_size_and_day_give_the_same_workspace() {
        assert_eq!(generate(200, day()), generate(200, day()));
        assert_ne!(generate(200, day()), generate(201, day()));
    }

    #[test]
    fn no_people_still_gives_the_three_filled_maps() {
        let workspace = generate(0, day());
        assert!(workspace.people.is_empty());
        let names: Vec<_> = workspace.journeys.iter().map(|j| j.name.as_str()).collect();
        assert_eq!(names, ["Customer journey", "Sales process", "Customer lifecycle"]);
        let templates = [Template::CustomerJourney, Template::SalesProcess, Template::CustomerLifecycle];
        for (journey, template) in workspace.journeys.iter().zip(templates) {
            let phases: Vec<_> = journey.phases.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(phases, template.phase_names());
            assert!(journey.phases.iter().all(|p| p.emotion.is_some()));
            assert!(journey.cards.len() >= 20, "{} has {} cards", journey.name, journey.cards.len());
            let emotion_lane = journey.lanes.iter().find(|l| l.kind == LaneKind::Emotions).map(|l| l.id);
            assert!(journey.cards.iter().all(|c| Some(c.lane) != emotion_lane));
        }
    }

    #[test]
    fn people_are_varied_and_every_reference_resolves() {
        let workspace = generate(1000, day());
        let mut ids = HashSet::new();
        for person in &workspace.people {
            assert!(ids.insert(person.id.0), "duplicate id");
            for position in &person.positions {
                let journey = workspace.journey(position.journey).expect("journey exists");
                assert!(journey.phase(position.phase).is_some());
            }
            for incident in &person.incidents {
                let journey = workspace.journey(incident.journey.expect("placed")).expect("journey exists");
                assert!(journey.phase(incident.phase.expect("placed")).is_some());
                assert!(incident.date < day());
            }
            for milestone in &person.milestones {
                assert!(ids.insert(milestone.id.0), "duplicate id");
                if let Some(relative) = milestone.family_member {
                    assert!(person.life.family.iter().any(|f| f.id == relative));
                }
            }
        }
        let count = |f: &dyn Fn(&Person) -> bool| workspace.people.iter().filter(|p| f(p)).count();
        let first = workspace.journeys[0].id;
        let placed = count(&|p| p.position_in(first).is_some());
        assert!((800..950).contains(&placed), "most people are placed: {placed}");
        assert!(count(&|p| p.position_in(first).is_none()) > 0, "some wait unplaced");
        assert!(count(&|p| !p.life.family.is_empty()) > 300);
        assert!(count(&|p| !p.incidents.is_empty()) > 100);
        assert!(count(&|p| !p.ideas.is_empty()) > 50);
        assert!(count(&|p| p.key_account) > 50);
        assert!(count(&|p| p.milestones.iter().any(|m| m.date.year().is_none())) > 100, "year-less birthdays");
        assert!(count(&|p| p.status == Status::DeclinedByUs) > 10);
        let names: HashSet<_> = workspace.people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.len() > 500, "names vary: {}", names.len());
    }

    #[test]
    fn the_day_has_follow_ups_some_overdue_rhythms_and_people_to_contact() {
        let workspace = generate(1000, day());
        let agenda = crate::ops::agenda::agenda(&workspace, day());
        let overdue = agenda.tasks.iter().filter(|t| t.overdue(day()) > 0).count();
        assert!(overdue > 20 && agenda.tasks.len() > overdue, "{overdue} of {} overdue", agenda.tasks.len());
        assert!(!agenda.contacts.is_empty() && agenda.contacts.len() < 900, "{}", agenda.contacts.len());
        let count = |f: &dyn Fn(&Person) -> bool| workspace.people.iter().filter(|p| f(p)).count();
        assert!(count(&|p| p.follow_ups.iter().any(|f| f.repeat.is_some())) > 20);
        assert!(count(&|p| p.follow_ups.iter().any(|f| f.done.is_some())) > 20);
        assert!(count(&|p| matches!(p.rhythm, Rhythm::EveryDays(_))) > 30);
        assert!(count(&|p| p.rhythm == Rhythm::Never) > 5);
        assert!(count(&|p| p.interactions.iter().any(|i| i.personal)) > 500);
    }

    #[test]
    fn orders_within_a_board_column_are_distinct() {
        let workspace = generate(500, day());
        let mut seen = HashSet::new();
        for position in workspace.people.iter().flat_map(|p| &p.positions) {
            assert!(seen.insert((position.journey, position.phase, position.order)));
            assert_eq!(position.order % crate::ops::moves::ORDER_STEP, 0, "orders leave room between neighbours");
        }
    }

    #[test]
    fn a_demo_for_the_first_or_last_years_is_a_file_that_reads_back() {
        for today in [NaiveDate::from_ymd_opt(1, 1, 1), NaiveDate::from_ymd_opt(9999, 12, 31)] {
            let today = today.expect("a day");
            let workspace = generate(300, today);
            let text = crate::model::codec::encode(&workspace);
            let back = crate::model::codec::decode(text.as_bytes()).unwrap_or_else(|e| panic!("{today}: {e}"));
            assert_eq!(back.workspace, workspace, "{today}");
        }
    }

    #[test]
    fn dates_follow_today() {
        let later = day() + Duration::days(400);
        let a = generate(50, day());
        let b = generate(50, later);
        let last_contact = |w: &Workspace| w.people.iter().flat_map(|p| &p.interactions).map(|i| i.date).max();
        assert!(last_contact(&a) < last_contact(&b));
        assert!(last_contact(&b).is_some_and(|d| d < later && d > later - Duration::days(402)));
    }
}
