//! Import of 10,000 vCards (read, matched against the workspace, applied as one edit) and
//! export of 10,000 people's milestones as iCalendar.
//!
//! The bars (release build): 10,000 vCards import in under 2 s, and 10,000 people export to
//! `.ics` in under 1 s.
//!
//! Run with `cargo bench --bench import_export`.

mod common;

use common::{demo, median, ms};
use kindred::i18n::Conventions;
use kindred::interop::{formats, ics};
use kindred::model::Workspace;
use std::time::{Duration, Instant};

const RUNS: usize = 5;

/// The time of a whole import: parse, plan against `into`, apply.
fn import(cards: &[u8], into: &Workspace) -> (Duration, usize) {
    let mut workspace = into.clone();
    let started = Instant::now();
    let options =
        formats::ImportOptions { csv_mapping: None, remembered: &[], conventions: Conventions::En, progress: None };
    let parsed = formats::read(cards, formats::Format::Vcf, &options).expect("the cards read");
    let plan = kindred::ops::import::plan(&workspace, parsed);
    let added = plan.counts().new;
    kindred::ops::apply(&mut workspace, plan.edit).expect("the import applies");
    (started.elapsed(), added)
}

fn main() {
    let people = if common::smoke_only() { 50 } else { 10_000 };
    let source = demo(people);
    let cards = formats::write(
        &source,
        formats::Format::Vcf,
        &formats::ExportWhat { journey: None, person: None, conventions: Conventions::En },
    )
    .expect("vCards");
    let empty = Workspace::named("Empty");
    let (_, added) = import(&cards, &empty);
    assert_eq!(added, people, "every card becomes a person");
    if common::smoke_only() {
        ics::encode(&source, &source.people, chrono::Utc::now());
        println!("Import/export bench: harness works (run `cargo bench --bench import_export` for figures)");
        return;
    }
    let into_empty = median((0..RUNS).map(|_| import(&cards, &empty).0).collect());
    // The same cards again into the workspace that has them: every card is matched, none added.
    let mut full = empty.clone();
    let options =
        formats::ImportOptions { csv_mapping: None, remembered: &[], conventions: Conventions::En, progress: None };
    let plan = kindred::ops::import::plan(&full, formats::read(&cards, formats::Format::Vcf, &options).expect("read"));
    kindred::ops::apply(&mut full, plan.edit).expect("applies");
    let again = median((0..RUNS).map(|_| import(&cards, &full).0).collect());
    let export = median(
        (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                let calendar = ics::encode(&source, &source.people, chrono::Utc::now());
                std::hint::black_box(calendar.text.len());
                started.elapsed()
            })
            .collect(),
    );
    let calendar = ics::encode(&source, &source.people, chrono::Utc::now());
    println!("Import and export, median of {RUNS} runs:");
    println!(
        "  10,000 vCards ({:.1} MB) into an empty workspace: {:8.1} ms  (bar: < 2000)",
        cards.len() as f64 / 1e6,
        ms(into_empty)
    );
    println!("  the same 10,000 again (all matched, none added):  {:8.1} ms", ms(again));
    println!("  10,000 people to .ics ({} events):            {:8.1} ms  (bar: < 1000)", calendar.events, ms(export));
    let ok = into_empty < Duration::from_secs(2) && again < Duration::from_secs(2) && export < Duration::from_secs(1);
    println!("{}", if ok { "The bars are met." } else { "A bar was missed: see the numbers above." });
}
