//! Resource limits: huge files, huge lines, deep nesting and millions of tiny records are
//! refused or cut with a message that says so, in bounded memory, and the file is never touched.

use kindred::i18n::Conventions;
use kindred::interop::MAX_RECORDS;
use kindred::interop::formats::{self, Format, ImportOptions};
use kindred::ops::import::Parsed;
use kindred::store::{self, MAX_WORKSPACE_BYTES, OpenError};

fn read(bytes: &[u8], format: Format) -> Result<Parsed, String> {
    formats::read(
        bytes,
        format,
        &ImportOptions { csv_mapping: None, remembered: &[], conventions: Conventions::En, progress: None },
    )
}

#[test]
fn a_workspace_over_the_size_limit_is_refused_unread_and_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.kindred");
    // A sparse file: the size is there, the disk space is not.
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_WORKSPACE_BYTES + 1).expect("set length");
    drop(file);
    let error = store::load(&path).expect_err("too large");
    assert!(matches!(error, OpenError::TooLarge { size, .. } if size == MAX_WORKSPACE_BYTES + 1), "{error:?}");
    assert_eq!(error.exit_code(), 2);
    let text = error.to_string();
    assert!(text.contains("huge.kindred") && text.contains("512 MB"), "names the file and the limit: {text}");
    assert_eq!(std::fs::metadata(&path).expect("still there").len(), MAX_WORKSPACE_BYTES + 1);
}

#[test]
fn a_workspace_too_large_to_open_again_is_not_saved() {
    // Five photos of 103 MiB each: the file would be over the 512 MiB a workspace may be. The
    // check at smaller sizes (of the photos, and of the whole file), with the photos it names,
    // is `store`'s unit test.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.kindred");
    let mut workspace = kindred::model::Workspace::named("Photos");
    for n in 0..5 {
        let mut person = kindred::model::Person::named(format!("Person {n}"));
        let base64 = "A".repeat(103 << 20);
        person.photo = Some(kindred::model::Photo { mime: "image/png".into(), base64 });
        workspace.people.push(person);
    }
    let error = store::save(&path, &workspace).expect_err("too large");
    let text = error.to_string();
    assert!(
        text.contains("huge.kindred: not saved: the file would be 515 MB, more than the 512 MB Kindred can open again"),
        "{text}"
    );
    assert!(text.contains("the largest photos are of Person 0 (103.0 MB), Person 1 (103.0 MB), Person 2"), "{text}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0, "nothing was written");
}

#[test]
fn deep_nesting_in_a_workspace_or_template_is_an_error_not_a_crash() {
    let deep = format!("(format_version: 1, extra: {}{})", "[".repeat(100_000), "]".repeat(100_000));
    let error = kindred::model::codec::decode(deep.as_bytes()).expect_err("too deep");
    assert_eq!(error.line, 1, "{error}");
    assert!(error.message.contains("nested deeper than a Kindred file"), "in words, not the parser's: {error}");
    let template = format!("(template_version: 1, name: {}", "(".repeat(100_000));
    assert!(kindred::interop::journey_template::decode(template.as_bytes()).is_err());
}

#[test]
fn more_cards_than_the_limit_are_refused_with_the_reason() {
    let card = "BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n";
    let error = read(card.repeat(MAX_RECORDS + 1).as_bytes(), Format::Vcf).expect_err("too many");
    assert!(error.contains("more than") && error.contains("split the file"), "{error}");
    let parsed = read(card.repeat(3).as_bytes(), Format::Vcf).expect("a few are fine");
    assert_eq!(parsed.people.len(), 3);
}

#[test]
fn more_rows_than_the_limit_are_refused_and_blank_rows_do_not_count() {
    let mut text = String::from("Name,E-mail\n");
    for n in 0..=MAX_RECORDS {
        text.push_str(&format!("P{n},p{n}@example.com\n"));
    }
    let error = read(text.as_bytes(), Format::Csv).expect_err("too many");
    assert!(error.contains("more than") && error.contains("rows"), "{error}");
    let blank = format!("Name,E-mail\nAnne,a@example.com\n{}Bo,b@example.com\n", ",\n".repeat(MAX_RECORDS + 1));
    let parsed = read(blank.as_bytes(), Format::Csv).expect("blank rows are not records");
    assert_eq!(parsed.people.len(), 2);
}

#[test]
fn a_header_row_of_a_million_columns_is_not_a_contact_list() {
    let text = format!("Name{}\nAnne\n", ",x".repeat(1_000_000));
    let error = read(text.as_bytes(), Format::Csv).expect_err("refused");
    assert!(error.contains("has 1,000,001 columns") && error.contains("at most 1,000"), "{error}");
}

#[test]
fn cells_past_the_last_column_are_not_kept() {
    let text = format!("Name,E-mail\nAnne,a@example.com{}\n", ",x".repeat(100_000));
    let parsed = read(text.as_bytes(), Format::Csv).expect("read");
    assert_eq!(parsed.people.len(), 1);
}

#[test]
fn millions_of_broken_lines_are_counted_not_listed() {
    let mut text = String::from("BEGIN:VCARD\nFN:Anne\n");
    text.push_str(&"x\n".repeat(2_000_000));
    text.push_str("END:VCARD\n");
    let parsed = read(text.as_bytes(), Format::Vcf).expect("the card is read");
    assert_eq!(parsed.people.len(), 1);
    assert_eq!(parsed.people[0].person.name, "Anne");
    assert!(parsed.skipped.len() <= 1_002, "{} reasons listed", parsed.skipped.len());
    let last = parsed.skipped.last().expect("a summary");
    assert!(last.reason.contains("more lines could not be read"), "{last:?}");
}

#[test]
fn a_card_of_endless_properties_is_cut_and_says_so() {
    let mut text = String::from("BEGIN:VCARD\nFN:Anne\n");
    text.push_str(&"NOTE:n\n".repeat(5_000));
    text.push_str("EMAIL:anne@example.com\nEND:VCARD\n");
    let parsed = read(text.as_bytes(), Format::Vcf).expect("read");
    assert_eq!(parsed.people.len(), 1);
    assert!(parsed.skipped.iter().any(|s| s.reason.contains("the last 4,002 were not read")), "{:?}", parsed.skipped);
}

#[test]
fn a_value_over_the_line_limit_is_skipped_and_the_card_kept() {
    let mut text = String::from("BEGIN:VCARD\r\nFN:Anne\r\nNOTE:");
    let piece = format!("{}\r\n ", "y".repeat(1_000_000));
    text.push_str(&piece.repeat(17));
    text.push_str("z\r\nEND:VCARD\r\n");
    let parsed = read(text.as_bytes(), Format::Vcf).expect("read");
    assert_eq!(parsed.people.len(), 1);
    assert!(parsed.people[0].person.life.notes.is_empty(), "the overlong note is not kept");
    assert!(parsed.skipped.iter().any(|s| s.reason.contains("more than 16 MB")), "{:?}", parsed.skipped);
}

#[test]
fn a_template_of_too_many_cards_is_refused() {
    let cards = "(phase: 0, lane: 0, text: \"c\", colour: Yellow),".repeat(MAX_RECORDS + 1);
    let text = format!(
        "(template_version: 1, name: \"Big\", phases: [(name: \"P\", emotion: None)], \
         lanes: [(name: \"L\", kind: Cards)], cards: [{cards}])"
    );
    let error = kindred::interop::journey_template::decode(text.as_bytes()).expect_err("too many");
    assert!(error.to_string().contains("at most"), "{error}");
}

#[test]
fn a_value_too_long_to_show_is_left_out_with_a_note() {
    let long = "w".repeat(kindred::interop::MAX_VALUE_BYTES + 1);
    let csv = format!("Name,Notes,E-mail\nAnne,{long},a@example.com\n");
    let parsed = read(csv.as_bytes(), Format::Csv).expect("read");
    let anne = &parsed.people[0];
    assert!(anne.person.life.notes.is_empty());
    assert_eq!(anne.person.contact.emails[0].value, "a@example.com", "the rest of the row is kept");
    assert!(anne.notes.iter().any(|n| n.starts_with("Notes: the value is 100 kB long")), "{:?}", anne.notes);

    let card = format!("BEGIN:VCARD\nFN:Bo\nNOTE:{long}\nEND:VCARD\n");
    let parsed = read(card.as_bytes(), Format::Vcf).expect("read");
    assert_eq!(parsed.people[0].person.name, "Bo");
    assert!(parsed.people[0].person.life.notes.is_empty());
    assert!(parsed.skipped.iter().any(|s| s.reason.starts_with("NOTE: the value is 100 kB")), "{:?}", parsed.skipped);
}

#[test]
fn a_million_unknown_fields_are_named_up_to_twenty_and_counted() {
    let fields: String = (0..1_000_000).map(|n| format!("x{n}: 1, ")).collect();
    let text = format!("(format_version: 1, settings: ({fields}))");
    let decoded = kindred::model::codec::decode(text.as_bytes()).expect("readable");
    assert_eq!(decoded.unknown_fields.len(), 21);
    assert_eq!(decoded.unknown_fields[20], "999980 more");
    assert!(decoded.read_only_reason().is_some(), "still read-only");
}

/// A map of `phases` phases and `lanes` lanes of cards, one card in each phase of the first lane.
fn wide_map(phases: usize, lanes: usize) -> kindred::model::JourneyMap {
    use kindred::model::{Card, JourneyMap, Lane, LaneKind, Phase};
    let mut map = JourneyMap { name: "Wall".into(), ..JourneyMap::default() };
    map.phases = (0..phases).map(|n| Phase { name: format!("Phase {n}"), ..Phase::default() }).collect();
    map.lanes =
        (0..lanes).map(|n| Lane { name: format!("Lane {n}"), kind: LaneKind::Cards, ..Lane::default() }).collect();
    map.cards = map
        .phases
        .iter()
        .map(|p| Card { phase: p.id, lane: map.lanes[0].id, text: "A card".into(), ..Card::default() })
        .collect();
    map
}

fn export(map: &kindred::model::JourneyMap, format: Format) -> Result<Vec<u8>, String> {
    let workspace = kindred::model::Workspace { journeys: vec![map.clone()], ..Default::default() };
    let what = formats::ExportWhat { journey: Some(map), person: None, conventions: Conventions::En };
    formats::write(&workspace, format, &what)
}

#[test]
fn a_map_of_thousands_of_phases_is_refused_by_every_handout_before_it_is_laid_out() {
    use kindred::interop::MAX_MAP_CELLS;
    // 5,000 phases of 8 lanes: a picture of 2.3 million by 2,000 pixels, 18 GB, was drawn.
    let map = wide_map(5_000, 8);
    let started = std::time::Instant::now();
    for format in [Format::Png, Format::Md, Format::Html, Format::KindredJourney] {
        let error = export(&map, format).expect_err("too large");
        assert!(
            error.contains("5,000 phases and 8 lanes, 40,000 cells") && error.contains("at most 10,000"),
            "{error}"
        );
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "refused at once: {:?}", started.elapsed());
    // Just within the limit, the text handouts are made.
    let square = wide_map(100, MAX_MAP_CELLS / 100);
    assert!(export(&square, Format::Md).is_ok() && export(&square, Format::Html).is_ok());
}

#[test]
fn a_picture_over_the_pixel_limit_is_refused_and_a_large_one_drawn_smaller() {
    use kindred::interop::handout::MAX_PICTURE_PIXELS;
    // 2,000 phases of one lane: within the cells, but 460,190 × 160 pixels even at 1:1.
    let map = wide_map(2_000, 1);
    let started = std::time::Instant::now();
    let error = export(&map, Format::Png).expect_err("too many pixels");
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "refused at once: {:?}", started.elapsed());
    assert!(error.contains("460190×160 pixels") && error.contains("at most 40 million pixels"), "{error}");
    assert!(export(&map, Format::Html).is_ok(), "the page has no pixels to count");
    // 60 phases of 40 lanes (13,990 × 1,720 at 1:1) is too large at twice the size: drawn at less.
    let map = wide_map(60, 40);
    let bytes = export(&map, Format::Png).expect("drawn");
    let image = image::load_from_memory(&bytes).expect("a PNG");
    let pixels = u64::from(image.width()) * u64::from(image.height());
    assert!(pixels <= MAX_PICTURE_PIXELS, "{}×{}", image.width(), image.height());
    assert!((13_990..2 * 13_990).contains(&image.width()), "{}×{}", image.width(), image.height());
}

#[test]
fn a_template_of_more_cells_than_a_map_may_have_is_refused() {
    let phases = "(name: \"P\"),".repeat(1_001);
    let lanes = "(name: \"L\"),".repeat(10);
    let text = format!("(template_version: 1, name: \"Wall\", phases: [{phases}], lanes: [{lanes}])");
    let error = kindred::interop::journey_template::decode(text.as_bytes()).expect_err("too many cells");
    assert!(error.to_string().contains("1,001 phases and 10 lanes, 10,010 cells"), "{error}");
}
