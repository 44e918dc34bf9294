//! Fuzzes CSV import in English and Danish date orders, and the CSV Kindred writes back.
//! The body is `kindred::fuzzing::csv`, which the ordinary tests also run on every seed and regression.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kindred::fuzzing::csv(data));
