//! The workspace: everything one `.kindred` file holds.

use super::id::*;
use super::journey::JourneyMap;
use super::person::Person;
use serde::{Deserialize, Serialize};

/// The version of the file format this build writes. A file with a larger number was written
/// by a newer Kindred and is opened read-only.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// Always written first, so that it can be read before the rest.
    pub format_version: u32,
    /// The business the workspace is for; shown in the window title.
    pub name: String,
    /// ISO 4217 code of the currency yearly values are in.
    pub currency: String,
    pub people: Vec<Person>,
    pub journeys: Vec<JourneyMap>,
    /// Choices that belong to the business rather than to one computer.
    pub settings: WorkspaceSettings,
}

/// Settings kept in the workspace, so that everyone who opens it sees the same.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceSettings {
    /// Where 29 February birthdays fall in common years.
    pub leap_day: crate::model::LeapDay,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: String::new(),
            currency: "DKK".to_owned(),
            people: Vec::new(),
            journeys: Vec::new(),
            settings: WorkspaceSettings::default(),
        }
    }
}

impl Workspace {
    pub fn named(name: impl Into<String>) -> Self {
        Self { name: name.into(), ..Self::default() }
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn person_index(&self, id: PersonId) -> Option<usize> {
        self.people.iter().position(|p| p.id == id)
    }

    pub fn journey(&self, id: JourneyId) -> Option<&JourneyMap> {
        self.journeys.iter().find(|j| j.id == id)
    }

    pub fn journey_index(&self, id: JourneyId) -> Option<usize> {
        self.journeys.iter().position(|j| j.id == id)
    }
}
