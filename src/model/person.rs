//! A customer as a human being.

use super::date::PartialDate;
use super::follow_up::{FollowUp, Rhythm, Snooze};
use super::id::*;
use super::organisation::{AccountRole, Referral};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A customer: the person behind the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    /// The organisation (account) the person belongs to. A format-1 file holds its name here,
    /// which the codec's migration turns into a link (see `model::legacy`).
    #[serde(deserialize_with = "super::legacy::organisation")]
    pub organisation: Option<OrganisationId>,
    /// The person's own role or title ("Office manager").
    pub role: String,
    /// The person's part in the organisation's account (owner, buyer, …).
    pub account_role: AccountRole,
    pub contact: Contact,
    /// A small PNG or JPEG, base64-encoded; without one the UI draws initials.
    pub photo: Option<Photo>,
    /// Tags and segments, in the order the user gave them.
    #[serde(deserialize_with = "super::exact::list")]
    pub tags: Vec<String>,
    pub status: Status,
    /// Why we declined or lost the customer, when the status says so.
    pub status_reason: String,
    pub key_account: bool,
    /// Why we keep this person's data at all ("regular customer; agreed to birthday
    /// greetings"): the purpose a person is entitled to ask about. Shown in the retention review.
    pub purpose: String,
    pub life: Life,
    #[serde(deserialize_with = "super::exact::list")]
    pub milestones: Vec<Milestone>,
    pub needs: Needs,
    pub fit: Fit,
    #[serde(deserialize_with = "super::exact::list")]
    pub incidents: Vec<CriticalIncident>,
    #[serde(deserialize_with = "super::exact::list")]
    pub ideas: Vec<Idea>,
    #[serde(deserialize_with = "super::exact::list")]
    pub interactions: Vec<Interaction>,
    /// Where the person stands in each journey map.
    #[serde(deserialize_with = "super::exact::list")]
    pub positions: Vec<JourneyPosition>,
    /// Every change of phase on a board, oldest first (`ops::moves` records them).
    #[serde(deserialize_with = "super::exact::list")]
    pub phase_history: Vec<super::PhaseMove>,
    /// How they came to us.
    pub referral: Referral,
    /// When we last reviewed whether to keep this former customer's or declined person's data
    /// and decided to keep it (the retention review, `ops::retention`).
    pub retention_reviewed: Option<NaiveDate>,
    /// What we mean to do about them, open and done (`ops::agenda`).
    #[serde(deserialize_with = "super::exact::list")]
    pub follow_ups: Vec<FollowUp>,
    /// How often we want a personal contact with them.
    pub rhythm: Rhythm,
    /// What of their reminders was put off, and until when.
    #[serde(deserialize_with = "super::exact::list")]
    pub snoozed: Vec<Snooze>,
    /// Who changed the person last, and when.
    pub changed: Option<super::shared::Stamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    #[serde(deserialize_with = "super::exact::list")]
    pub emails: Vec<Labelled>,
    #[serde(deserialize_with = "super::exact::list")]
    pub phones: Vec<Labelled>,
    pub address: String,
    pub website: String,
}

impl Photo {
    /// A photo from its encoded bytes (PNG or JPEG) and their MIME type.
    pub fn from_bytes(mime: &str, bytes: &[u8]) -> Self {
        use base64::Engine;
        Self { mime: mime.to_owned(), base64: base64::engine::general_purpose::STANDARD.encode(bytes) }
    }

    /// The encoded image bytes; an error when the text is not valid base64.
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(self.base64.trim())
            .map_err(|e| format!("the stored photo is damaged ({e})"))
    }
}

/// A value with the label its source gave it ("work", "home", "mobile").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Labelled {
    pub label: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Photo {
    /// `image/png` or `image/jpeg`.
    pub mime: String,
    pub base64: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Prospect,
    Customer,
    FormerCustomer,
    /// We decided not to serve this customer (the reason is kept in `status_reason`).
    DeclinedByUs,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Prospect, Status::Customer, Status::FormerCustomer, Status::DeclinedByUs];

    /// The status in English words, as exports write it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Prospect => "Prospect",
            Status::Customer => "Customer",
            Status::FormerCustomer => "Former customer",
            Status::DeclinedByUs => "Declined by us",
        }
    }
}

/// The human side: family, interests and what matters to them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Life {
    #[serde(deserialize_with = "super::exact::list")]
    pub family: Vec<FamilyMember>,
    #[serde(deserialize_with = "super::exact::list")]
    pub interests: Vec<String>,
    pub what_matters: String,
    /// What they would be proud to tell others.
    pub proud_of: String,
    pub preferences: String,
    pub notes: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FamilyMember {
    pub id: FamilyMemberId,
    pub name: String,
    pub relation: Relation,
    pub birthday: Option<PartialDate>,
    pub notes: String,
    /// The person of the workspace this relative became (see `ops::links::relative_to_person`).
    pub person: Option<PersonId>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Relation {
    #[default]
    Partner,
    Spouse,
    Child,
    Daughter,
    Son,
    Parent,
    Mother,
    Father,
    Sibling,
    Grandchild,
    Friend,
    /// Any other relation, in the user's words.
    Other(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Milestone {
    pub id: MilestoneId,
    pub kind: MilestoneKind,
    /// The user's words for it; for `Custom` and `LifeEvent` the name shown.
    pub label: String,
    pub date: PartialDate,
    pub recurrence: Recurrence,
    /// How many days ahead to remind.
    pub remind_days_before: u16,
    /// The relative it belongs to, for a child's birthday and the like.
    pub family_member: Option<FamilyMemberId>,
}

impl Default for Milestone {
    fn default() -> Self {
        Self {
            id: MilestoneId::new(),
            kind: MilestoneKind::Birthday,
            label: String::new(),
            date: PartialDate::md(1, 1).unwrap_or_else(|| unreachable!("1 January exists")),
            recurrence: Recurrence::Yearly,
            remind_days_before: 7,
            family_member: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MilestoneKind {
    #[default]
    Birthday,
    WorkAnniversary,
    CustomerSince,
    WeddingAnniversary,
    /// The birthday of a relative (see `family_member`).
    FamilyBirthday,
    LifeEvent,
    Custom,
}

impl MilestoneKind {
    /// Every kind, in the order pickers offer them.
    pub const ALL: [MilestoneKind; 7] = [
        MilestoneKind::Birthday,
        MilestoneKind::WorkAnniversary,
        MilestoneKind::CustomerSince,
        MilestoneKind::WeddingAnniversary,
        MilestoneKind::FamilyBirthday,
        MilestoneKind::LifeEvent,
        MilestoneKind::Custom,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Recurrence {
    #[default]
    Yearly,
    Once,
}

/// The stated need and what lies behind it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Needs {
    pub stated: String,
    pub motivation: String,
    /// How we challenged the stated need.
    pub challenge: String,
    pub agreed_solution: String,
}

/// Whether the customer is worth our time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Fit {
    pub need_recognised: NeedRecognised,
    pub driver: Driver,
    /// Time spent on the customer, in minutes.
    pub minutes_spent: u32,
    /// Yearly value in the workspace's currency, whole units.
    pub yearly_value: Option<i64>,
    pub decision: FitDecision,
    pub decision_reason: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NeedRecognised {
    Yes,
    Partly,
    No,
    #[default]
    Unknown,
}

impl NeedRecognised {
    /// Every answer, in the order pickers offer them.
    pub const ALL: [NeedRecognised; 4] =
        [NeedRecognised::Yes, NeedRecognised::Partly, NeedRecognised::No, NeedRecognised::Unknown];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Driver {
    Value,
    Price,
    Speed,
    #[default]
    Unknown,
}

impl Driver {
    /// Every driver, in the order pickers offer them.
    pub const ALL: [Driver; 4] = [Driver::Value, Driver::Price, Driver::Speed, Driver::Unknown];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FitDecision {
    #[default]
    Undecided,
    Keep,
    LetGo,
}

impl FitDecision {
    /// Every decision, in the order pickers offer them.
    pub const ALL: [FitDecision; 3] = [FitDecision::Undecided, FitDecision::Keep, FitDecision::LetGo];
}

/// A moment better or worse than the customer expected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CriticalIncident {
    pub id: IncidentId,
    pub date: NaiveDate,
    pub journey: Option<JourneyId>,
    pub phase: Option<PhaseId>,
    pub touchpoint: String,
    pub valence: Valence,
    pub expected: String,
    pub happened: String,
    pub response: String,
    pub resolved: bool,
}

impl Default for CriticalIncident {
    fn default() -> Self {
        Self {
            id: IncidentId::new(),
            date: NaiveDate::default(),
            journey: None,
            phase: None,
            touchpoint: String::new(),
            valence: Valence::Worse,
            expected: String::new(),
            happened: String::new(),
            response: String::new(),
            resolved: false,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Valence {
    Better,
    #[default]
    Worse,
}

impl Valence {
    /// Both, in the order pickers offer them.
    pub const ALL: [Valence; 2] = [Valence::Better, Valence::Worse];
}

/// An idea the customer gave us.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Idea {
    pub id: IdeaId,
    pub date: NaiveDate,
    pub text: String,
    pub status: IdeaStatus,
    /// The journey phase it would improve, shown in that map's opportunities lane.
    pub journey: Option<JourneyId>,
    pub phase: Option<PhaseId>,
}

impl Default for Idea {
    fn default() -> Self {
        Self {
            id: IdeaId::new(),
            date: NaiveDate::default(),
            text: String::new(),
            status: IdeaStatus::New,
            journey: None,
            phase: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IdeaStatus {
    #[default]
    New,
    Considering,
    Planned,
    Done,
    Declined,
}

impl IdeaStatus {
    /// Every status, in the order an idea moves through them (pickers, Insights' groups).
    pub const ALL: [IdeaStatus; 5] =
        [IdeaStatus::New, IdeaStatus::Considering, IdeaStatus::Planned, IdeaStatus::Done, IdeaStatus::Declined];
}

/// One entry of the interaction log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Interaction {
    pub id: InteractionId,
    pub date: NaiveDate,
    pub channel: Channel,
    pub note: String,
    /// A personal, human contact (not a newsletter or an invoice).
    pub personal: bool,
    pub minutes: u32,
}

impl Default for Interaction {
    fn default() -> Self {
        Self {
            id: InteractionId::new(),
            date: NaiveDate::default(),
            channel: Channel::Meeting,
            note: String::new(),
            personal: true,
            minutes: 0,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    #[default]
    Meeting,
    Phone,
    Email,
    Message,
    Visit,
    Event,
    Other,
}

impl Channel {
    /// Every channel, in the order pickers offer them.
    pub const ALL: [Channel; 7] = [
        Channel::Meeting,
        Channel::Phone,
        Channel::Email,
        Channel::Message,
        Channel::Visit,
        Channel::Event,
        Channel::Other,
    ];
}

/// Where a person stands in one journey: the phase, and the order within its board column.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JourneyPosition {
    pub journey: JourneyId,
    pub phase: PhaseId,
    /// Smaller comes first in the phase column.
    pub order: u32,
}

impl Relation {
    /// The relations offered in a picker (`Other` takes the user's own words).
    pub const COMMON: [Relation; 11] = [
        Relation::Partner,
        Relation::Spouse,
        Relation::Child,
        Relation::Daughter,
        Relation::Son,
        Relation::Parent,
        Relation::Mother,
        Relation::Father,
        Relation::Sibling,
        Relation::Grandchild,
        Relation::Friend,
    ];

    /// The English word, as in "Mette Kjærgaard's daughter".
    pub fn word(&self) -> &str {
        match self {
            Relation::Partner => "partner",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Daughter => "daughter",
            Relation::Son => "son",
            Relation::Parent => "parent",
            Relation::Mother => "mother",
            Relation::Father => "father",
            Relation::Sibling => "sibling",
            Relation::Grandchild => "grandchild",
            Relation::Friend => "friend",
            Relation::Other(words) => words,
        }
    }
}

impl Person {
    /// A new person with a name and nothing else known.
    pub fn named(name: impl Into<String>) -> Self {
        Self { name: name.into(), ..Self::default() }
    }

    /// Up to two initials for the avatar ("Mette Kjærgaard" → "MK").
    pub fn initials(&self) -> String {
        let mut words = self.name.split_whitespace().filter_map(|w| w.chars().next());
        let first = words.next();
        let last = words.next_back();
        first.into_iter().chain(last).flat_map(char::to_uppercase).collect()
    }

    pub fn position_in(&self, journey: JourneyId) -> Option<&JourneyPosition> {
        self.positions.iter().find(|p| p.journey == journey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_bytes_survive_base64() {
        let bytes = [0x89, b'P', b'N', b'G', 0, 255, 10];
        let photo = Photo::from_bytes("image/png", &bytes);
        assert_eq!(photo.bytes().as_deref(), Ok(&bytes[..]));
        assert!(Photo { base64: "not base64!".into(), ..photo }.bytes().is_err());
    }

    #[test]
    fn initials_take_first_and_last_name() {
        assert_eq!(Person::named("Mette Kjærgaard").initials(), "MK");
        assert_eq!(Person::named("Anne Marie Østergaard").initials(), "AØ");
        assert_eq!(Person::named("Cher").initials(), "C");
        assert_eq!(Person::named("  ").initials(), "");
    }
}
