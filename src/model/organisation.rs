//! Accounts and relationships: the organisation behind people (a café, an office, a hotel), the
//! links between people (partners, a manager, who referred whom), and how a customer came to us.

use super::id::*;
use super::person::{Fit, Milestone, Status};
use serde::{Deserialize, Serialize};

/// An organisation: the account a person belongs to. What belongs to the account rather than to
/// one of its people lives here: its yearly value, the time spent on it and its fit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub website: String,
    pub address: String,
    pub phone: String,
    pub notes: String,
    /// Tags and segments, in the order the user gave them.
    #[serde(deserialize_with = "super::exact::list")]
    pub tags: Vec<String>,
    pub key_account: bool,
    pub status: Status,
    /// Why we declined or lost the account, when the status says so.
    pub status_reason: String,
    /// The account's fit: time spent, yearly value, the recognised need, the driver and the
    /// decision, for all its people together.
    pub fit: Fit,
    /// The organisation's own days: its anniversary, the shop's opening day.
    #[serde(deserialize_with = "super::exact::list")]
    pub milestones: Vec<Milestone>,
}

impl Organisation {
    /// A new organisation with a name and nothing else known.
    pub fn named(name: impl Into<String>) -> Self {
        Self { name: name.into(), ..Self::default() }
    }
}

/// A person's part in their organisation's account.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AccountRole {
    /// Not said.
    #[default]
    Unknown,
    Owner,
    /// Who orders and decides what to buy.
    Buyer,
    /// Who uses what we deliver.
    User,
    /// Who pays the invoices.
    Bookkeeper,
    /// Any other part, in the user's own words.
    Other(String),
}

impl AccountRole {
    /// The roles a picker offers (`Other` takes the user's own words).
    pub const COMMON: [AccountRole; 5] =
        [AccountRole::Unknown, AccountRole::Owner, AccountRole::Buyer, AccountRole::User, AccountRole::Bookkeeper];

    /// The role in English words, as exports write it; the user's own words as written.
    pub fn label(&self) -> &str {
        match self {
            AccountRole::Unknown => "",
            AccountRole::Owner => "Owner",
            AccountRole::Buyer => "Buyer",
            AccountRole::User => "User",
            AccountRole::Bookkeeper => "Bookkeeper",
            AccountRole::Other(words) => words.trim(),
        }
    }
}

/// Two people of the workspace and how they are linked. A link is shown on both people's
/// profiles, each with the word for the other: a parent's profile names the child, the child's
/// the parent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Link {
    pub id: LinkId,
    /// The first of the two: the parent, the manager, the one who referred the other.
    pub from: PersonId,
    pub to: PersonId,
    pub kind: LinkKind,
}

/// How two people are linked. For the kinds whose word differs per side, `from` is the first
/// word: the parent of `to`, the manager of `to`, the one who referred `to` to us.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkKind {
    #[default]
    Partner,
    /// `from` is a parent of `to`.
    Parent,
    Colleague,
    /// `from` is the manager of `to`.
    Manager,
    /// `from` referred `to` to us: `to` came to us through `from`.
    Referred,
    Friend,
    /// Family without a closer word (a sibling, a grandchild), as a relative turned into a
    /// person of their own is linked.
    Relative,
    /// The user's own words: what `from` is to `to` ("godparent"), and what `to` is to `from`
    /// ("godchild"); one of them empty means the same word on both sides.
    Other {
        from: String,
        to: String,
    },
}

impl LinkKind {
    /// Whether the link reads the same from both sides.
    pub fn symmetric(&self) -> bool {
        match self {
            LinkKind::Partner | LinkKind::Colleague | LinkKind::Friend | LinkKind::Relative => true,
            LinkKind::Parent | LinkKind::Manager | LinkKind::Referred => false,
            LinkKind::Other { from, to } => from.trim().is_empty() || to.trim().is_empty() || from.trim() == to.trim(),
        }
    }

    /// Whether the link is about the people's private lives (family, partners, friends) rather
    /// than their work or how they came to us: present mode's mask hides these.
    pub fn private(&self) -> bool {
        !matches!(self, LinkKind::Colleague | LinkKind::Manager | LinkKind::Referred)
    }
}

impl Link {
    /// The other person of the link, seen from `person`; `None` when `person` is not in it.
    pub fn other(&self, person: PersonId) -> Option<PersonId> {
        if self.from == person {
            Some(self.to)
        } else if self.to == person {
            Some(self.from)
        } else {
            None
        }
    }

    /// Whether the link joins `a` and `b`, in either direction.
    pub fn joins(&self, a: PersonId, b: PersonId) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }
}

/// How a customer came to us. A referral by someone in the workspace is a link of kind
/// [`LinkKind::Referred`] from them; the source then says [`ReferralSource::Person`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Referral {
    pub source: ReferralSource,
    /// The event, the words searched for, the person's name when they are not in the workspace.
    pub detail: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReferralSource {
    #[default]
    Unknown,
    /// Referred by someone: who is the [`LinkKind::Referred`] link, or the detail.
    Person,
    /// Met us at an event (a fair, a market, a talk).
    Event,
    /// Found us by searching.
    Search,
    /// Walked in.
    WalkIn,
    Other,
}

impl ReferralSource {
    /// Every source, in the order pickers offer them.
    pub const ALL: [ReferralSource; 6] = [
        ReferralSource::Unknown,
        ReferralSource::Person,
        ReferralSource::Event,
        ReferralSource::Search,
        ReferralSource::WalkIn,
        ReferralSource::Other,
    ];

    /// The source in English words, as exports write it.
    pub fn label(self) -> &'static str {
        match self {
            ReferralSource::Unknown => "",
            ReferralSource::Person => "Referred",
            ReferralSource::Event => "Event",
            ReferralSource::Search => "Search",
            ReferralSource::WalkIn => "Walk-in",
            ReferralSource::Other => "Other",
        }
    }
}
