//! Kindred: know your customers as people.

pub mod model;
pub mod ops;
pub mod store;
