//! The workspace file on disk: round trips, deterministic bytes, bad files, atomic save.

use crate::common;

use common::full_workspace;
use kindred::model::codec;
use kindred::model::*;
use kindred::store::{self, save};
use proptest::prelude::*;
use std::fs;
use std::path::Path;

const FORMAT_1_FIXTURE: &str = "tests/fixtures/format-1.kindred";
const FORMAT_2_FIXTURE: &str = "tests/fixtures/format-2.kindred";

#[test]
fn every_field_survives_a_round_trip_and_resaving_gives_the_same_bytes() {
    let workspace = full_workspace();
    let text = codec::encode(&workspace);
    let decoded = codec::decode(text.as_bytes()).expect("decodes");
    assert!(decoded.unknown_fields.is_empty(), "{:?}", decoded.unknown_fields);
    assert_eq!(decoded.version, FORMAT_VERSION);
    assert_eq!(decoded.workspace, workspace);
    assert_eq!(codec::encode(&decoded.workspace), text, "re-saving changed the bytes");
}

#[test]
fn the_file_is_readable_text_with_the_version_first() {
    let text = codec::encode(&full_workspace());
    assert!(text.starts_with(&format!("(\n\tformat_version: {FORMAT_VERSION},\n")), "{}", &text[..60]);
    assert!(!text.contains('\r') && !text.contains('\u{7}'), "control characters must be escaped");
    assert!(text.lines().count() > 20, "one field a line keeps diffs readable");
}

#[test]
fn saving_twice_through_the_store_gives_identical_files() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    store::save(&path, &full_workspace()).expect("saves");
    let first = fs::read(&path).expect("read");
    let loaded = store::load(&path).expect("loads");
    store::save(&path, &loaded.decoded.workspace).expect("saves again");
    assert_eq!(fs::read(&path).expect("read"), first);
}

/// The frozen format-1 file: every later format must still read it (through a migration).
#[test]
fn the_format_1_fixture_still_reads_as_written() {
    let bytes = fs::read(FORMAT_1_FIXTURE).expect("the fixture is in the repository");
    let decoded = codec::decode(&bytes).expect("format 1 decodes");
    assert_eq!(decoded.version, 1);
    assert!(decoded.unknown_fields.is_empty());
    // Fields added to the format since the freeze read as their defaults.
    let mut expected = Workspace {
        settings: WorkspaceSettings::default(),
        links: Vec::new(),
        id: None,
        revisions: Vec::new(),
        conflicts: Vec::new(),
        ..full_workspace()
    };
    for person in &mut expected.people {
        person.purpose = String::new();
        person.retention_reviewed = None;
        person.changed = None;
        person.follow_ups = Vec::new();
        person.rhythm = Rhythm::default();
        person.snoozed = Vec::new();
        person.phase_history = Vec::new();
        person.account_role = AccountRole::default();
        person.referral = Referral::default();
        for relative in &mut person.life.family {
            relative.person = None;
        }
    }
    for map in &mut expected.journeys {
        map.changed = None;
    }
    for map in &mut expected.journeys {
        map.segment_tag = None;
        for phase in &mut map.phases {
            phase.stall_days = None;
        }
    }
    // Format 2's migration: the organisation's name became an organisation, and Mette's fit,
    // key-account mark and status made the account's.
    let mette = &mut expected.people[0];
    let organisation = Organisation {
        id: organisation_id_for("Kjærgaard Tømrer ApS"),
        key_account: true,
        status: Status::DeclinedByUs,
        fit: std::mem::take(&mut mette.fit),
        ..Organisation::named("Kjærgaard Tømrer ApS")
    };
    mette.organisation = Some(organisation.id);
    expected.organisations = vec![organisation];
    assert_eq!(decoded.workspace, expected);
}

/// The frozen format-2 file, written by the Kindred that introduced format 2 from
/// `full_workspace()` (every field of format 2 filled: follow-ups, rhythms, snoozes, the phase
/// history, stall limits, the segment as a tag, organisations, links, referrals, account roles,
/// stamps, revisions, a conflict, the settings): every later format must still read it.
#[test]
fn the_format_2_fixture_still_reads_as_written() {
    let bytes = fs::read(FORMAT_2_FIXTURE).expect("the fixture is in the repository");
    let decoded = codec::decode(&bytes).expect("format 2 decodes");
    assert_eq!(decoded.version, 2);
    assert!(decoded.unknown_fields.is_empty(), "{:?}", decoded.unknown_fields);
    // Fields added to the format since the freeze would read as their defaults here.
    let expected = full_workspace();
    assert_eq!(decoded.workspace, expected);
    let text = String::from_utf8(bytes).expect("the fixture is UTF-8");
    for field in [
        "follow_ups:",
        "rhythm: EveryDays(21)",
        "snoozed:",
        "phase_history:",
        "stall_days: Some(21)",
        "segment_tag:",
        "organisations:",
        "links:",
        "referral:",
        "account_role:",
        "changed:",
        "revisions:",
        "conflicts:",
        "rhythms:",
        "calendar_feed:",
        "retention_reviewed: Some(",
    ] {
        assert!(text.contains(field), "the fixture holds {field}");
    }
    if FORMAT_VERSION == 2 {
        // While format 2 is the current one, it is what Kindred writes, byte for byte.
        assert_eq!(codec::encode(&decoded.workspace), text, "today's Kindred writes the fixture as it is");
    }
}

/// A format-1 file is written as the current format on its next save, and the format-1 file is
/// kept as the first backup, so that an older Kindred's user loses nothing.
#[test]
fn a_format_1_file_is_saved_in_the_current_format_with_the_old_one_as_its_backup() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("old.kindred");
    let original = fs::read(FORMAT_1_FIXTURE).expect("the fixture is in the repository");
    fs::write(&path, &original).expect("copied");
    let loaded = store::load(&path).expect("format 1 opens");
    assert_eq!(loaded.decoded.version, 1, "the version read is the file's");
    assert_eq!(loaded.decoded.workspace.format_version, FORMAT_VERSION, "migrated in memory");
    assert_eq!(fs::read(&path).expect("read"), original, "reading changes nothing");
    store::save(&path, &loaded.decoded.workspace).expect("saves");
    let saved = codec::decode(&fs::read(&path).expect("read")).expect("decodes");
    assert_eq!(saved.version, FORMAT_VERSION);
    assert_eq!(saved.workspace, loaded.decoded.workspace);
    assert_eq!(fs::read(store::paths::backup_path(&path, 1)).expect("backup"), original);
}

fn assert_refused(bytes: &[u8], expected: &str) -> codec::DecodeError {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("bad.kindred");
    fs::write(&path, bytes).expect("write");
    let error = store::load(&path).expect_err("must be refused");
    let message = error.to_string();
    assert!(message.starts_with(&path.display().to_string()), "names the file: {message}");
    assert!(message.contains(expected), "{message} should mention {expected}");
    assert_eq!(fs::read(&path).expect("read"), bytes, "the file was changed");
    match error {
        store::OpenError::Invalid { error, .. } => error,
        other => panic!("expected an invalid-file error, got {other}"),
    }
}

#[test]
fn a_corrupt_file_names_line_and_column() {
    let text = codec::encode(&full_workspace()).replacen("name: \"Bageriet Dahl\"", "name: Bageriet Dahl\"", 1);
    let line = text.lines().position(|l| l.contains("Bageriet Dahl")).expect("line") + 1;
    let error = assert_refused(text.as_bytes(), "");
    assert_eq!(error.line, line);
    assert!(error.column > 1);
}

#[test]
fn truncated_empty_binary_and_foreign_files_are_refused_clearly() {
    let text = codec::encode(&full_workspace());
    let truncated = &text.as_bytes()[..text.len() / 2];
    assert!(assert_refused(truncated, "").line > 1);
    assert_refused(b"", "empty");
    assert_refused(b"  \n\t\n", "empty");
    assert_refused(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "not");
    assert_refused(&[0xff, 0xfe, 0x00, 0x41], "not UTF-8");
    assert_refused(b"BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n", "format_version");
    assert_refused(b"(format_version: 0)", "version 0");
    assert_refused(b"(format_version: \"one\")", "whole number");
}

#[test]
fn unknown_fields_are_named_and_make_the_file_read_only() {
    let text = codec::encode(&full_workspace())
        .replacen("\tname: \"Bageriet Dahl\",", "\tname: \"Bageriet Dahl\",\n\tmascot: \"Kringle\",", 1)
        .replacen("key_account: true,", "key_account: true,\n\t\t\tshoe_size: 38,", 1);
    let decoded = codec::decode(text.as_bytes()).expect("still readable");
    assert_eq!(decoded.unknown_fields, ["mascot", "people.0.shoe_size"]);
    let reason = decoded.read_only_reason().expect("read-only");
    assert!(reason.contains("mascot") && reason.contains("people.0.shoe_size"), "{reason}");
}

#[test]
fn a_newer_version_opens_read_only_or_says_why_not() {
    let newer = FORMAT_VERSION + 1;
    let text = codec::encode(&full_workspace()).replacen(
        &format!("format_version: {FORMAT_VERSION}"),
        &format!("format_version: {newer}"),
        1,
    );
    let decoded = codec::decode(text.as_bytes()).expect("a compatible newer file is readable");
    assert!(decoded.read_only_reason().expect("read-only").contains("newer"));

    let unreadable = text.replacen("people: [", "people: {", 1);
    let error = codec::decode(unreadable.as_bytes()).expect_err("unreadable");
    assert_eq!(error.newer_version, Some(newer));
    assert!(error.message.contains("newer Kindred"), "{}", error.message);
}

#[test]
fn a_failing_save_keeps_the_old_file_at_every_step() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    let old = Workspace::named("Old");
    store::save(&path, &old).expect("first save");
    let old_bytes = fs::read(&path).expect("read");
    for step in [save::Step::Create, save::Step::Write, save::Step::Sync, save::Step::Backup, save::Step::Rename] {
        let mut disk = save::FailingDisk { fail_at: step, error: std::io::ErrorKind::StorageFull };
        let error = store::save_with(&mut disk, &path, &full_workspace()).expect_err("fails");
        assert_eq!(error.step, step);
        assert_eq!(fs::read(&path).expect("read"), old_bytes, "old file damaged at {step:?}");
        assert_eq!(store::load(&path).expect("loads").decoded.workspace, old);
        let temporary: Vec<String> = leftovers(dir.path()).into_iter().filter(|n| n.contains(".tmp-")).collect();
        assert!(temporary.is_empty(), "temporary file left after {step:?}: {temporary:?}");
    }
}

fn leftovers(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

#[test]
fn recovery_is_written_beside_and_removed() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.kindred");
    store::write_recovery(&path, &full_workspace()).expect("writes");
    let (recovery, _) = store::find_recovery(&path).expect("found");
    assert_eq!(recovery, store::paths::recovery_path(&path));
    assert_eq!(store::load(&recovery).expect("loads").decoded.workspace, full_workspace());
    store::remove_recovery(&path).expect("removes");
    assert!(store::find_recovery(&path).is_none());
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zA-ZæøåÆØÅ \"\\\\\n\t]{0,20}"]
}

fn partial_date() -> impl Strategy<Value = Option<PartialDate>> {
    (proptest::option::of(1900..2100i32), 1..=12u32, 1..=31u32).prop_map(|(year, month, day)| match year {
        Some(year) => PartialDate::ymd(year, month, day),
        None => PartialDate::md(month, day),
    })
}

/// A person, and the name of their organisation (none when empty).
fn person() -> impl Strategy<Value = (Person, String)> {
    (
        (text(), text(), text(), proptest::collection::vec(text(), 0..3), 0..4usize, any::<bool>()),
        (proptest::collection::vec((text(), partial_date()), 0..3), text(), any::<Option<i64>>(), any::<u32>()),
        (proptest::collection::vec((text(), any::<bool>(), 0..=3000u32), 0..3), partial_date()),
    )
        .prop_map(|((name, org, role, tags, status, key), (family, notes, value, minutes), (log, birthday))| {
            let mut person = Person::named(name);
            person.role = role.clone();
            person.referral.detail = role;
            person.tags = tags;
            person.status = Status::ALL[status];
            person.key_account = key;
            person.life.family = family
                .into_iter()
                .map(|(name, birthday)| FamilyMember { name, birthday, ..FamilyMember::default() })
                .collect();
            person.life.notes = notes;
            person.fit.yearly_value = value;
            person.fit.minutes_spent = minutes;
            person.interactions = log
                .into_iter()
                .map(|(note, personal, minutes)| Interaction { note, personal, minutes, ..Interaction::default() })
                .collect();
            if let Some(date) = birthday {
                person.milestones.push(Milestone { date, ..Milestone::default() });
            }
            (person, org)
        })
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (text(), proptest::collection::vec(person(), 0..6), proptest::collection::vec((text(), -2..=2i8), 0..3)).prop_map(
        |(name, people, maps)| {
            // An organisation of each name, and each person linked to the one before.
            let mut organisations: Vec<Organisation> = Vec::new();
            let mut links: Vec<Link> = Vec::new();
            let people: Vec<Person> = people
                .into_iter()
                .map(|(mut person, organisation)| {
                    if !organisation.is_empty() {
                        let organisation =
                            Organisation { notes: organisation.clone(), ..Organisation::named(organisation) };
                        person.organisation = Some(organisation.id);
                        organisations.push(organisation);
                    }
                    person
                })
                .collect();
            for pair in people.windows(2) {
                let kind = LinkKind::Other { from: pair[0].name.clone(), to: pair[1].role.clone() };
                links.push(Link { from: pair[0].id, to: pair[1].id, kind, ..Link::default() });
            }
            let journeys = maps
                .into_iter()
                .map(|(card, emotion)| {
                    let mut map = Template::SalesProcess.create();
                    map.phases[0].emotion = Some(emotion);
                    let (phase, lane) = (map.phases[1].id, map.lanes[2].id);
                    map.cards.push(Card { phase, lane, text: card, ..Card::default() });
                    map
                })
                .collect();
            Workspace { name, people, organisations, links, journeys, ..Workspace::default() }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_workspaces_round_trip_byte_for_byte(workspace in workspace()) {
        let text = codec::encode(&workspace);
        let decoded = codec::decode(text.as_bytes()).expect("decodes");
        prop_assert!(decoded.unknown_fields.is_empty());
        prop_assert_eq!(&decoded.workspace, &workspace);
        prop_assert_eq!(codec::encode(&decoded.workspace), text);
    }

    #[test]
    fn no_bytes_make_the_reader_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = codec::decode(&bytes);
    }
}
