//! Likely duplicate people, and merging two people into one without losing a fact.
