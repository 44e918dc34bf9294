//! Fuzzes a workspace file, as opened and as merged in by import.
//! The body is `kindred::fuzzing::workspace`, which the ordinary tests also run on every seed and regression.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kindred::fuzzing::workspace(data));
