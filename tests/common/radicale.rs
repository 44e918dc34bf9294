//! A real CalDAV and CardDAV server for the tests: Radicale, started on 127.0.0.1 and a free
//! port, with its storage and password file in a temporary folder, and stopped (killed) when
//! the guard is dropped, also when a test panics. `./check.sh` installs it in `target/venv`;
//! `KINDRED_RADICALE` may name another `radicale` program.

use kindred::sync::{Client, Condition, Credentials};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const USER: &str = "mette";
pub const PASSWORD: &str = "hemmelig kage";

/// A running Radicale; killed on drop.
pub struct Radicale {
    child: Child,
    folder: tempfile::TempDir,
    /// `http://127.0.0.1:PORT`
    pub url: String,
}

fn program() -> PathBuf {
    if let Some(path) = std::env::var_os("KINDRED_RADICALE") {
        return PathBuf::from(path);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/venv/bin/radicale");
    if venv.exists() {
        return venv;
    }
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|folder| folder.join("radicale"))
        .find(|candidate| candidate.exists());
    on_path.unwrap_or_else(|| {
        panic!(
            "Radicale is needed for these tests: run ./check.sh (it installs it in target/venv) or set KINDRED_RADICALE"
        )
    })
}

impl Radicale {
    /// Starts a server with one user, [`USER`], whose password is [`PASSWORD`].
    pub fn start() -> Radicale {
        let folder = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(folder.path().join("users"), format!("{USER}:{PASSWORD}\n")).expect("users");
        for _ in 0..5 {
            let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
            let config = folder.path().join("config");
            let text = format!(
                "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
                 htpasswd_encryption = plain\ndelay = 0\n[storage]\nfilesystem_folder = {storage}\n\
                 [rights]\ntype = owner_only\n[web]\ntype = none\n[logging]\nlevel = warning\n",
                users = folder.path().join("users").display(),
                storage = folder.path().join("collections").display(),
            );
            std::fs::write(&config, text).expect("config");
            let log = std::fs::File::create(folder.path().join("log")).expect("log");
            let mut child = Command::new(program())
                .arg("--config")
                .arg(&config)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("Radicale starts");
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(30) {
                if child.try_wait().ok().flatten().is_some() {
                    break; // the port was taken meanwhile: another one
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Radicale { child, folder, url: format!("http://127.0.0.1:{port}") };
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        let log = std::fs::read_to_string(folder.path().join("log")).unwrap_or_default();
        panic!("Radicale did not start: {log}");
    }

    /// The URL of a collection of the user: `collection("calendar")`.
    pub fn collection(&self, name: &str) -> String {
        format!("{}/{USER}/{name}/", self.url)
    }

    /// A client signed in as the user, as another program would be.
    pub fn client(&self) -> Client {
        Client::new(&Credentials { user: USER.into(), password: PASSWORD.into() })
    }

    /// The names of the resources in a collection of the user, as Radicale stores them.
    pub fn stored(&self, collection: &str) -> Vec<String> {
        let folder = self.folder.path().join("collections/collection-root").join(USER).join(collection);
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| !name.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// What a resource of the user's holds (`path` below the user: `calendar/x.ics`).
    pub fn get(&self, path: &str) -> Option<String> {
        let reply = self.client().send("GET", &format!("{}/{USER}/{path}", self.url), None, Condition::None, None);
        reply.ok().filter(|r| r.status == 200).map(|r| String::from_utf8_lossy(&r.body).into_owned())
    }

    /// Writes a resource as another program would (`path` below the user).
    pub fn put(&self, path: &str, content_type: &str, body: &str) {
        let url = format!("{}/{USER}/{path}", self.url);
        let reply = self.client().send("PUT", &url, None, Condition::None, Some((content_type, body))).expect("PUT");
        assert!(reply.ok(), "PUT {url}: {}", reply.status);
    }

    /// Makes a collection as another program would: `MKCOL` of an address book, or
    /// `MKCALENDAR`.
    pub fn make(&self, name: &str, address_book: bool) {
        let url = self.collection(name);
        let reply = if address_book {
            let body = r#"<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype></d:prop></d:set></d:mkcol>"#;
            self.client().send("MKCOL", &url, None, Condition::None, Some(("application/xml", body)))
        } else {
            self.client().send("MKCALENDAR", &url, None, Condition::None, None)
        };
        let reply = reply.expect("made");
        assert!(reply.ok(), "{url}: {}", reply.status);
    }

    /// Stops the server now (the guard's drop does it too).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}
