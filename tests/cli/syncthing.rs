//! A real sync engine between two computers: two Syncthing instances on loopback share one
//! folder; Kindred's command line changes the workspace on each side at the same time (imports,
//! log entries, the same field changed differently); Syncthing keeps one version and leaves the
//! other as a conflict copy; `kindred sync` on each side merges it. Both sides must end with the
//! same workspace, holding every edit and the conflict recorded.
//!
//! Each instance has its own home in a temporary folder, its GUI and REST API on 127.0.0.1 with
//! a random API key, its sync protocol on a free loopback port; global and local discovery,
//! relays, NAT traversal, usage reporting, crash reporting and upgrades are off, and the two
//! devices know each other by id at an explicit address. Both are killed when the test ends,
//! also when it fails. Every wait is bounded. `./check.sh` installs Debian's `syncthing`.

use kindred::model::{Workspace, codec};
use kindred::store;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The longest any one wait lasts.
const PATIENCE: Duration = Duration::from_secs(90);

/// One Syncthing instance, killed on drop.
struct Instance {
    child: Child,
    gui: u16,
    key: String,
    folder: PathBuf,
    /// This computer's data folder (its common versions).
    data: PathBuf,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port no one listens on now (bound, read back, released).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn syncthing(args: &[&str]) -> Output {
    Command::new("syncthing")
        .args(args)
        .env("STNODEFAULTFOLDER", "1")
        .env("STNOUPGRADE", "1")
        .output()
        .expect("syncthing runs (./check.sh installs Debian's syncthing)")
}

/// A device's key and id, made in `home`.
fn device(home: &Path) -> String {
    let home = format!("--home={}", home.display());
    let made = syncthing(&["generate", &home, "--no-default-folder", "--skip-port-probing"]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let shown = syncthing(&["serve", &home, "--device-id"]);
    String::from_utf8_lossy(&shown.stdout).trim().to_owned()
}

/// The configuration of one side: the shared folder with both devices, the other at its
/// address, everything that would reach beyond this machine off.
#[allow(clippy::too_many_arguments)]
fn config(
    version: &str,
    me: &str,
    me_port: u16,
    other: &str,
    other_port: u16,
    gui: u16,
    key: &str,
    folder: &Path,
) -> String {
    format!(
        r#"<configuration version="{version}">
    <folder id="kindred" label="Kindred" path="{folder}" type="sendreceive" rescanIntervalS="1" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me}" introducedBy=""></device>
        <device id="{other}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="{me}" name="me" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{me_port}</address>
    </device>
    <device id="{other}" name="other" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{other_port}</address>
    </device>
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{gui}</address>
        <apikey>{key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me_port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <startBrowser>false</startBrowser>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <announceLANAddresses>false</announceLANAddresses>
    </options>
</configuration>
"#,
        folder = folder.display()
    )
}

/// A random API key (not a secret beyond this test's minute, but never a fixed one).
fn api_key() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// `GET path` on the instance's REST API: the status line and body, or `None` when it does not
/// answer (yet).
fn get(instance: &Instance, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", instance.gui)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {}\r\nConnection: close\r\n\r\n", instance.key);
    stream.write_all(request.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    Some(answer)
}

/// Waits (at most [`PATIENCE`]) until `done` holds; says what it waited for when it does not.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < PATIENCE, "waited {PATIENCE:?} for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Two instances sharing `a/` and `b/` under `root`.
fn two_instances(root: &Path) -> (Instance, Instance) {
    let (home_a, home_b) = (root.join("home-a"), root.join("home-b"));
    let (id_a, id_b) = (device(&home_a), device(&home_b));
    let generated = std::fs::read_to_string(home_a.join("config.xml")).expect("generated config");
    let version = generated
        .split("<configuration version=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a config version")
        .to_owned();
    let (port_a, port_b, gui_a, gui_b) = (free_port(), free_port(), free_port(), free_port());
    let start = |home: &Path, me: &str, me_port, other: &str, other_port, gui, side: &str| {
        let folder = root.join(side);
        std::fs::create_dir_all(folder.join(".stfolder")).expect("folder");
        let key = api_key();
        std::fs::write(home.join("config.xml"), config(&version, me, me_port, other, other_port, gui, &key, &folder))
            .expect("config");
        let child = Command::new("syncthing")
            .args(["serve", &format!("--home={}", home.display()), "--no-browser", "--no-restart", "--no-upgrade"])
            .args(["--logfile", &home.join("log.txt").display().to_string()])
            .env("STNODEFAULTFOLDER", "1")
            .env("STNOUPGRADE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("syncthing starts");
        Instance { child, gui, key, folder, data: root.join(format!("data-{side}")) }
    };
    let a = start(&home_a, &id_a, port_a, &id_b, port_b, gui_a, "a");
    let b = start(&home_b, &id_b, port_b, &id_a, port_a, gui_b, "b");
    for instance in [&a, &b] {
        wait_for("the REST API", || get(instance, "/rest/system/ping").is_some_and(|r| r.contains("pong")));
    }
    wait_for("the two devices to connect", || {
        get(&a, "/rest/system/connections")
            .is_some_and(|r| r.contains("\"connected\": true") || r.contains("\"connected\":true"))
    });
    (a, b)
}

/// Kindred's command line as one side runs it.
fn kindred(side: &Instance, who: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kindred"))
        .args(args)
        .env("XDG_DATA_HOME", &side.data)
        .env("KINDRED_USER", who)
        .output()
        .expect("kindred runs")
}

fn read(path: &Path) -> Option<Workspace> {
    codec::decode(&std::fs::read(path).ok()?).ok().map(|d| d.workspace)
}

fn conflict_copies(folder: &Path) -> Vec<PathBuf> {
    store::copies::conflict_copies(&folder.join("shop.kindred")).unwrap_or_default()
}

/// What another Kindred command does to the file on one side: a log entry added to a person,
/// written as a version of the one read (as `kindred log` will).
#[test]
fn two_computers_editing_at_once_through_syncthing_end_with_one_workspace_holding_everything() {
    let root = tempfile::tempdir().expect("root");
    let (a, b) = two_instances(root.path());
    let (file_a, file_b) = (a.folder.join("shop.kindred"), b.folder.join("shop.kindred"));
    let (shown_a, shown_b) = (file_a.display().to_string(), file_b.display().to_string());
    // Anna makes the workspace; it reaches Jonas's computer.
    let csv = root.path().join("start.csv");
    std::fs::write(&csv, "Name,Email,Notes\nMette Kjærgaard,mette@example.com,\nOle Dahl,ole@example.com,\n")
        .expect("csv");
    std::fs::write(&file_a, codec::encode(&Workspace::named("Bageriet"))).expect("a new workspace");
    assert!(kindred(&a, "Anna", &["import", &shown_a, "--from", &csv.display().to_string()]).status.success());
    wait_for("the workspace to reach the other side", || read(&file_b).is_some_and(|w| w.people.len() == 2));
    // Both read it (each computer keeps it as its common version)...
    for (side, shown) in [(&a, &shown_a), (&b, &shown_b)] {
        let sync = kindred(side, "x", &["sync", shown]);
        assert!(sync.status.success(), "{}", String::from_utf8_lossy(&sync.stderr));
    }
    // ...and change it at the same time, through the command line: a log entry, a follow-up
    // and an import each, and the same person's notes changed differently.
    let (csv_a, csv_b) = (root.path().join("a.csv"), root.path().join("b.csv"));
    std::fs::write(&csv_a, "Name,Email,Notes\nIda Berg,ida@example.com,\nOle Dahl,ole@example.com,Prefers mornings\n")
        .expect("csv");
    std::fs::write(&csv_b, "Name,Email,Notes\nEva Holm,eva@example.com,\nOle Dahl,ole@example.com,Allergic to nuts\n")
        .expect("csv");
    let jonas = std::thread::scope(|scope| {
        let jonas = scope.spawn(|| {
            let log = ["log", "add", &shown_b, "--person", "Mette Kjærgaard", "Jonas called about the cake"];
            assert!(kindred(&b, "Jonas", &log).status.success(), "Jonas's log entry");
            let task = ["task", "add", &shown_b, "--person", "Mette Kjærgaard", "--due", "2026-12-20", "Bake the cake"];
            assert!(kindred(&b, "Jonas", &task).status.success(), "Jonas's follow-up");
            kindred(&b, "Jonas", &["import", &shown_b, "--from", &csv_b.display().to_string()])
        });
        let log = ["log", "add", &shown_a, "--person", "Mette Kjærgaard", "Anna sent flowers"];
        assert!(kindred(&a, "Anna", &log).status.success(), "Anna's log entry");
        let task = ["task", "add", &shown_a, "--person", "Mette Kjærgaard", "Order the flowers"];
        assert!(kindred(&a, "Anna", &task).status.success(), "Anna's follow-up");
        let anna = kindred(&a, "Anna", &["import", &shown_a, "--from", &csv_a.display().to_string()]);
        assert!(anna.status.success(), "{}", String::from_utf8_lossy(&anna.stderr));
        (jonas.join().expect("Jonas's side"), anna.stdout)
    });
    let (jonas, anna_out) = jonas;
    assert!(jonas.status.success(), "{}", String::from_utf8_lossy(&jonas.stderr));
    // Syncthing settles: one version in place on both sides, the other kept as a conflict copy
    // (or, had one side seen the other's first, merged already by Kindred's own save).
    let settled = || {
        let (x, y) = (std::fs::read(&file_a).ok(), std::fs::read(&file_b).ok());
        x.is_some() && x == y && conflict_copies(&a.folder).len() == conflict_copies(&b.folder).len()
    };
    wait_for("the two folders to agree", settled);
    // What the test exercised, for whoever reads its output.
    let copies = conflict_copies(&a.folder);
    eprintln!("after the concurrent edits: {} conflict cop(ies) beside the file: {copies:?}", copies.len());
    eprintln!("anna: {}", String::from_utf8_lossy(&anna_out));
    eprintln!("jonas: {}", String::from_utf8_lossy(&jonas.stdout));
    // Each side merges what Syncthing left, until no copy is left on either and both agree.
    let start = Instant::now();
    loop {
        for (side, shown, who) in [(&a, &shown_a, "Anna"), (&b, &shown_b, "Jonas")] {
            let run = kindred(side, who, &["sync", shown]);
            assert!(matches!(run.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&run.stderr));
        }
        std::thread::sleep(Duration::from_secs(3));
        let done = conflict_copies(&a.folder).is_empty() && conflict_copies(&b.folder).is_empty() && settled();
        if done {
            break;
        }
        assert!(start.elapsed() < PATIENCE, "the copies were not all merged: {:?}", conflict_copies(&a.folder));
    }
    let (mine, theirs) = (read(&file_a).expect("a's workspace"), read(&file_b).expect("b's workspace"));
    assert_eq!(mine, theirs, "both sides hold the same workspace");
    let names: Vec<&str> = mine.people.iter().map(|p| p.name.as_str()).collect();
    for name in ["Mette Kjærgaard", "Ole Dahl", "Ida Berg", "Eva Holm"] {
        assert!(names.contains(&name), "{name} is missing: {names:?}");
    }
    let mette = mine.people.iter().find(|p| p.name == "Mette Kjærgaard").expect("Mette");
    let notes: Vec<&str> = mette.interactions.iter().map(|i| i.note.as_str()).collect();
    assert!(notes.contains(&"Anna sent flowers") && notes.contains(&"Jonas called about the cake"), "{notes:?}");
    let follow_ups: Vec<&str> = mette.follow_ups.iter().map(|f| f.text.as_str()).collect();
    assert!(follow_ups.contains(&"Order the flowers") && follow_ups.contains(&"Bake the cake"), "{follow_ups:?}");
    let ole = mine.people.iter().find(|p| p.name == "Ole Dahl").expect("Ole");
    let both = ole.life.notes.contains("Prefers mornings") && ole.life.notes.contains("Allergic to nuts");
    let recorded = mine.conflicts.iter().any(|c| c.name == "Ole Dahl");
    assert!(recorded && !both, "the notes changed on both sides are a recorded conflict: {:?}", mine.conflicts);
    assert!(
        mine.conflicts.iter().all(|c| c.name == "Ole Dahl"),
        "no other conflict: {:?}",
        mine.conflicts.iter().map(|c| (&c.name, &c.at)).collect::<Vec<_>>()
    );
}
