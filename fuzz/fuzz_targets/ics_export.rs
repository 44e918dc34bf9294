//! Fuzzes the calendar written from the people of an arbitrary vCard file (RFC 5545's rules).
//! The body is `kindred::fuzzing::ics_export`, which the ordinary tests also run on every seed and regression.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kindred::fuzzing::ics_export(data));
