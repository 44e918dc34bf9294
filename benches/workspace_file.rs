//! Load and save of demo workspaces (`kindred demo`) of 100, 1,000 and 10,000 people, beside
//! the bare `ron` parse of the same bytes (the model without Kindred's own checks) and the
//! serde_json parse of the same data as compact JSON (the floor for a text format).
//!
//! Load is `store::load`: read the file, check the encoding and the declared version, parse
//! while noting unknown fields, and stamp the file for the change check. Save is `store::save`:
//! encode, then write atomically (temporary file, sync, backup, rename, sync of the folder).
//!
//! The bars (release build, 10,000 people): load at most 1.2× the bare `ron` parse, and the
//! file at most 1.2× the size of the same data as compact JSON. Save must not block the UI:
//! it runs off the UI thread, or takes under one frame.
//!
//! Run with `cargo bench --bench workspace_file`.

mod common;

use common::{demo, median, ms};
use kindred::model::Workspace;
use kindred::model::codec;
use kindred::store;
use std::time::{Duration, Instant};

const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// The time of one call of `f`.
fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let started = Instant::now();
    std::hint::black_box(f());
    started.elapsed()
}

/// What was measured for one size.
struct Figures {
    people: usize,
    ron_bytes: usize,
    json_bytes: usize,
    load: Duration,
    read: Duration,
    decode: Duration,
    bare_ron: Duration,
    json: Duration,
    save: Duration,
    encode: Duration,
    json_encode: Duration,
    /// Save and load of the same workspace encrypted with a passphrase (age, scrypt 2^16).
    save_encrypted: Duration,
    load_encrypted: Duration,
}

fn measure(people: usize, runs: usize) -> Figures {
    let workspace = demo(people);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("demo.kindred");
    store::save(&path, &workspace).expect("the workspace saves");
    let bytes = std::fs::read(&path).expect("the file reads");
    let json = serde_json::to_vec(&workspace).expect("the workspace as JSON");
    // The three readers agree before they are timed.
    let loaded = store::load(&path).expect("the file loads").decoded;
    assert!(loaded.unknown_fields.is_empty() && loaded.workspace == workspace, "load gives back the workspace");
    let bare: Workspace = ron::de::from_bytes(&bytes).expect("bare ron reads the file");
    assert!(bare == workspace, "bare ron gives back the workspace");
    let from_json: Workspace = serde_json::from_slice(&json).expect("serde_json reads the JSON");
    assert!(from_json == workspace, "JSON gives back the workspace");
    let key = store::crypt::Passphrase::new("a passphrase for the bench");
    let sealed = dir.path().join("sealed.kindred");
    let disk = &mut store::save::RealDisk;
    store::write_workspace(disk, &sealed, &workspace, Some(&key)).expect("saves encrypted");
    let opened = store::load_with(&sealed, Some(&key)).expect("opens encrypted").decoded;
    assert!(opened.workspace == workspace, "the encrypted file gives back the workspace");
    // Round by round, each operation once, so that a slow moment of the machine weighs on
    // all of them alike; then the median of each.
    let mut times: Vec<[Duration; 10]> = Vec::with_capacity(runs);
    for _ in 0..runs {
        times.push([
            time(|| store::load(&path).expect("loads")),
            time(|| std::fs::read(&path).expect("reads")),
            time(|| codec::decode(&bytes).expect("decodes")),
            time(|| ron::de::from_bytes::<Workspace>(&bytes).expect("parses")),
            time(|| serde_json::from_slice::<Workspace>(&json).expect("parses")),
            time(|| store::save(&path, &workspace).expect("saves")),
            time(|| codec::encode(&workspace)),
            time(|| serde_json::to_vec(&workspace).expect("encodes")),
            time(|| store::write_workspace(disk, &sealed, &workspace, Some(&key)).expect("saves")),
            time(|| store::load_with(&sealed, Some(&key)).expect("loads")),
        ]);
    }
    let m = |i: usize| median(times.iter().map(|round| round[i]).collect());
    Figures {
        people,
        ron_bytes: bytes.len(),
        json_bytes: json.len(),
        load: m(0),
        read: m(1),
        decode: m(2),
        bare_ron: m(3),
        json: m(4),
        save: m(5),
        encode: m(6),
        json_encode: m(7),
        save_encrypted: m(8),
        load_encrypted: m(9),
    }
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(f64::EPSILON)
}

fn main() {
    if common::smoke_only() {
        measure(30, 1);
        println!("Workspace file bench: harness works (run `cargo bench --bench workspace_file` for figures)");
        return;
    }
    let runs = |people: usize| if people >= 10_000 { 11 } else { 21 };
    let all: Vec<Figures> = SIZES.iter().map(|&people| measure(people, runs(people))).collect();
    println!("Workspace file, median of {} runs ({} at 10,000 people), times in ms:", runs(0), runs(10_000));
    println!(
        "  {:>6} {:>8} {:>8} {:>5} | {:>7} {:>7} {:>8} {:>7} {:>8} | {:>7} {:>7} {:>8}",
        "people",
        "RON MB",
        "JSON MB",
        "size",
        "load",
        "decode",
        "bare ron",
        "JSON",
        "load/ron",
        "save",
        "encode",
        "JSON enc"
    );
    for f in &all {
        println!(
            "  {:>6} {:>8.2} {:>8.2} {:>5.2} | {:>7.2} {:>7.2} {:>8.2} {:>7.2} {:>8.2} | {:>7.2} {:>7.2} {:>8.2}",
            f.people,
            f.ron_bytes as f64 / 1e6,
            f.json_bytes as f64 / 1e6,
            f.ron_bytes as f64 / f.json_bytes as f64,
            ms(f.load),
            ms(f.decode),
            ms(f.bare_ron),
            ms(f.json),
            ratio(f.load, f.bare_ron),
            ms(f.save),
            ms(f.encode),
            ms(f.json_encode),
        );
    }
    let Some(large) = all.last() else { return };
    let size = large.ron_bytes as f64 / large.json_bytes as f64;
    let load = ratio(large.load, large.bare_ron);
    println!("At 10,000 people:");
    println!("  file / compact JSON:  {size:5.2}  (bar: ≤ 1.2)");
    println!(
        "  load / bare ron:      {load:5.2}  (bar: ≤ 1.2; decode alone {:.2})",
        ratio(large.decode, large.bare_ron)
    );
    println!(
        "  load {:.0} ms = decode {:.0} ms + reading the file {:.0} ms + the rest (the stamp) {:.0} ms",
        ms(large.load),
        ms(large.decode),
        ms(large.read),
        ms(large.load.saturating_sub(large.decode + large.read))
    );
    println!("  bare ron / JSON:      {:5.2}  (the text format's own cost)", ratio(large.bare_ron, large.json));
    println!("  save: {:.0} ms, of which encoding {:.0} ms (one frame is 16 ms)", ms(large.save), ms(large.encode));
    for f in &all {
        println!(
            "  encrypted, {} people: save {:.0} ms, load {:.0} ms (plain: {:.0} / {:.0} ms; both off the UI thread)",
            f.people,
            ms(f.save_encrypted),
            ms(f.load_encrypted),
            ms(f.save),
            ms(f.load)
        );
    }
    let ok = size <= 1.2 && load <= 1.2;
    println!("{}", if ok { "The bars are met." } else { "A bar was missed: see the numbers above." });
}
