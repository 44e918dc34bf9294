//! Fuzzes vCard import, and the vCards Kindred writes from what it read.
//! The body is `kindred::fuzzing::vcard`, which the ordinary tests also run on every seed and regression.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kindred::fuzzing::vcard(data));
