//! A private session bus and a notification server on it, for the tests of what reaches the
//! desktop: `dbus-daemon` started on a socket in a temporary folder (bound to nothing else, no
//! services started on demand) and stopped when dropped, also when a test fails; and a small
//! freedesktop Notifications server, written here with zbus, that records every call.
//!
//! `dbus-daemon` is a Debian package (`dbus-daemon`) that `./check.sh` installs; without it
//! these tests fail and say so.
#![allow(dead_code)] // each test binary uses part of this

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use zbus::zvariant::OwnedValue;

pub const PATH: &str = "/org/freedesktop/Notifications";
pub const NAME: &str = "org.freedesktop.Notifications";

/// A session bus of the test's own, stopped when dropped.
pub struct Bus {
    child: Child,
    pub address: String,
    pub dir: tempfile::TempDir,
}

impl Bus {
    pub fn start() -> Bus {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let socket = dir.path().join("bus");
        // No service directories: nothing is started on demand, so "no service" is certain.
        let config = format!(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" \
             \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n\
             <busconfig><type>session</type><listen>unix:path={}</listen><auth>EXTERNAL</auth>\
             <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
             <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n",
            socket.display()
        );
        let config_file = dir.path().join("bus.conf");
        std::fs::write(&config_file, config).expect("the bus's configuration");
        let mut child = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config_file.display()))
            .args(["--nofork", "--nopidfile", "--print-address"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!("dbus-daemon cannot be run ({error}): it comes in Debian's dbus-daemon package, which ./check.sh installs")
            });
        let mut address = String::new();
        let stdout = child.stdout.take().expect("its output");
        BufReader::new(stdout).read_line(&mut address).expect("the bus says its address");
        let address = address.trim().to_owned();
        assert!(address.starts_with("unix:"), "the bus's address: {address:?}");
        Bus { child, address, dir }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One call the server got.
#[derive(Clone, Debug)]
pub enum Call {
    Notify { app_name: String, icon: String, summary: String, body: String, actions: Vec<String>, hints: String },
    GetCapabilities,
    GetServerInformation,
    Close,
}

/// The notification server: answers as a desktop's would, and records what it is asked.
struct Server {
    calls: Arc<Mutex<Vec<Call>>>,
    actions: bool,
    next: u32,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &mut self,
        app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut hints: Vec<String> = hints.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
        hints.sort();
        let call = Call::Notify { app_name, icon: app_icon, summary, body, actions, hints: hints.join(";") };
        self.calls.lock().expect("the calls").push(call);
        self.next += 1;
        self.next
    }

    async fn get_capabilities(&self) -> Vec<String> {
        self.calls.lock().expect("the calls").push(Call::GetCapabilities);
        let mut capabilities = vec!["body".to_owned(), "body-markup".to_owned()];
        if self.actions {
            capabilities.push("actions".to_owned());
        }
        capabilities
    }

    async fn get_server_information(&self) -> (String, String, String, String) {
        self.calls.lock().expect("the calls").push(Call::GetServerInformation);
        ("Test notifications".into(), "Kindred's tests".into(), "1.0".into(), "1.2".into())
    }

    async fn close_notification(&mut self, _id: u32) {
        self.calls.lock().expect("the calls").push(Call::Close);
    }
}

/// The server on `bus`, while the returned connection lives.
pub fn serve(bus: &Bus, actions: bool) -> (zbus::Connection, Arc<Mutex<Vec<Call>>>) {
    let calls = Arc::new(Mutex::new(Vec::new()));
    let server = Server { calls: Arc::clone(&calls), actions, next: 0 };
    let connection = futures_lite::future::block_on(async {
        zbus::connection::Builder::address(bus.address.as_str())?.name(NAME)?.serve_at(PATH, server)?.build().await
    })
    .expect("the notification server starts on the bus");
    (connection, calls)
}

/// The notifications recorded: (summary, body, actions).
pub fn notified(calls: &Arc<Mutex<Vec<Call>>>) -> Vec<(String, String, Vec<String>)> {
    calls
        .lock()
        .expect("the calls")
        .iter()
        .filter_map(|call| match call {
            Call::Notify { summary, body, actions, .. } => Some((summary.clone(), body.clone(), actions.clone())),
            _ => None,
        })
        .collect()
}
