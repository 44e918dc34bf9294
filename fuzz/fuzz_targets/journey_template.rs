//! Fuzzes a journey template, and the template Kindred writes back.
//! The body is `kindred::fuzzing::journey_template`, which the ordinary tests also run on every seed and regression.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kindred::fuzzing::journey_template(data));
