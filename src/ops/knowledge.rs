//! How well we know a person: the human facts we hold, and which are missing.
