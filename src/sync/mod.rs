//! Calendar and contacts servers (CalDAV, CardDAV): the only layer that talks to the network,
//! as `store` is the only one that touches the disk. It uses `model`, `ops` and `interop`
//! (whose `dav` module makes and reads every byte spoken here), never `store` or `ui`: what a
//! sync must remember ([`state::State`]) is handed to and from its caller, which keeps it with
//! `store`.
//!
//! - [`Client`]: HTTP over rustls (ureq, blocking: the window runs it on a thread of its own),
//!   Basic authentication, redirects followed by hand so that `PROPFIND` stays `PROPFIND`.
//! - [`discover`]: from a server's address to its calendars and address books
//!   (`/.well-known/caldav`, `/.well-known/carddav`, RFC 6764).
//! - [`push`]: Kindred's events to a calendar, or its people to an address book: only what
//!   changed, `If-None-Match: *` for new ones and `If-Match` for the rest, what no longer
//!   exists deleted, and nothing Kindred did not create ever touched.
//! - [`pull`]: the cards of an address book that changed since the last pull (a sync token,
//!   or ETags where the server has none), read as a vCard import reads them.
//! - [`password`]: the password in the system's keyring, or `KINDRED_DAV_PASSWORD`.

pub mod discover;
pub mod password;
pub mod pull;
pub mod push;
pub mod state;

use crate::t;
use std::time::Duration;

/// The largest answer read from a server: far more than a multistatus of every card of a
/// large address book in one go.
const MAX_ANSWER_BYTES: u64 = 64 * 1024 * 1024;

/// How many redirects are followed (a `/.well-known/` address usually takes one).
const MAX_REDIRECTS: usize = 5;

/// Why a request to a server did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The server answered with a status that is not what was asked for.
    Refused { url: String, status: u16 },
    /// No answer: a name not found, a connection refused, a timeout, a certificate refused.
    Unreachable { url: String, reason: String },
    /// The server answered with something that could not be read.
    Garbled { url: String, reason: String },
    /// The URL given is not one a request can go to.
    BadUrl { url: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Error::Refused { url, status } => {
                let reason = ureq::http::StatusCode::from_u16(*status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or_default();
                match status {
                    401 => t!("sync-error-unauthorized", url = url.as_str(), status = status, reason = reason),
                    403 => t!("sync-error-forbidden", url = url.as_str(), status = status, reason = reason),
                    404 => t!("sync-error-not-found", url = url.as_str(), status = status, reason = reason),
                    _ => t!("sync-error-refused", url = url.as_str(), status = status, reason = reason),
                }
            }
            Error::Unreachable { url, reason } => {
                t!("sync-error-unreachable", url = url.as_str(), reason = reason.as_str())
            }
            Error::Garbled { url, reason } => t!("sync-error-garbled", url = url.as_str(), reason = reason.as_str()),
            Error::BadUrl { url } => t!("sync-error-bad-url", url = url.as_str()),
        };
        f.write_str(&text)
    }
}

impl Error {
    /// Whether trying again later may help: the server could not be reached, or answered that
    /// it is busy or failing (5xx, 408, 429); a refusal of the password or a missing
    /// collection is not.
    pub fn is_passing(&self) -> bool {
        match self {
            Error::Unreachable { .. } => true,
            Error::Refused { status, .. } => *status >= 500 || matches!(status, 408 | 429),
            Error::Garbled { .. } | Error::BadUrl { .. } => false,
        }
    }
}

/// A server's answer.
#[derive(Clone, Debug, Default)]
pub struct Reply {
    pub status: u16,
    pub etag: Option<String>,
    pub body: Vec<u8>,
    /// The URL that answered, after any redirects.
    pub url: String,
}

impl Reply {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The answer as a multistatus, or the error naming the URL.
    pub fn multistatus(&self) -> Result<crate::interop::dav::Multistatus, Error> {
        if self.status != 207 {
            return Err(Error::Refused { url: self.url.clone(), status: self.status });
        }
        crate::interop::dav::parse_multistatus(&self.body)
            .map_err(|reason| Error::Garbled { url: self.url.clone(), reason })
    }
}

/// The user name and password a server is signed in to with.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    /// Never the password, wherever a value is printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("user", &self.user).finish_non_exhaustive()
    }
}

/// HTTP to one server, signed in with Basic authentication (over TLS unless the URL says
/// `http:`, which only a server on this computer or network should).
pub struct Client {
    agent: ureq::Agent,
    authorization: String,
}

/// A request's conditions: `If-Match` an ETag, or `If-None-Match: *` (create only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition<'a> {
    None,
    IfMatch(&'a str),
    IfNoneMatch,
}

impl Client {
    pub fn new(credentials: &Credentials) -> Self {
        use base64::Engine as _;
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_global(Some(Duration::from_secs(120)))
            .user_agent(format!("Kindred/{}", env!("CARGO_PKG_VERSION")))
            .build();
        let pair = format!("{}:{}", credentials.user, credentials.password);
        let authorization = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair));
        Self { agent: ureq::Agent::new_with_config(config), authorization }
    }

    /// Sends one request and reads the answer. Redirects are followed with the same method
    /// and body, and the password is sent on only to the same scheme, host and port.
    pub fn send(
        &self,
        method: &str,
        url: &str,
        depth: Option<&str>,
        condition: Condition<'_>,
        body: Option<(&str, &str)>,
    ) -> Result<Reply, Error> {
        let mut url = url.to_owned();
        let origin = origin_of(&url).ok_or_else(|| Error::BadUrl { url: url.clone() })?;
        for _ in 0..=MAX_REDIRECTS {
            let mut request = ureq::http::Request::builder().method(method).uri(url.as_str());
            if origin_of(&url).as_deref() == Some(origin.as_str()) {
                request = request.header("Authorization", &self.authorization);
            }
            if let Some(depth) = depth {
                request = request.header("Depth", depth);
            }
            request = match condition {
                Condition::None => request,
                Condition::IfMatch(etag) => request.header("If-Match", etag),
                Condition::IfNoneMatch => request.header("If-None-Match", "*"),
            };
            if let Some((content_type, _)) = body {
                request = request.header("Content-Type", content_type);
            }
            let request = request
                .body(body.map(|(_, text)| text.as_bytes().to_vec()).unwrap_or_default())
                .map_err(|_| Error::BadUrl { url: url.clone() })?;
            let mut response = self.agent.run(request).map_err(|error| unreachable(&url, error))?;
            let status = response.status().as_u16();
            let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
            if matches!(status, 301 | 302 | 303 | 307 | 308) {
                if let Some(location) = header("Location") {
                    url = joined(&url, &location);
                    continue;
                }
            }
            let etag = header("ETag");
            // A HEAD answer has no body, whatever its headers say (Radicale's says gzip).
            let body = if method == "HEAD" {
                Vec::new()
            } else {
                response
                    .body_mut()
                    .with_config()
                    .limit(MAX_ANSWER_BYTES)
                    .read_to_vec()
                    .map_err(|error| unreachable(&url, error))?
            };
            return Ok(Reply { status, etag, body, url });
        }
        Err(Error::Unreachable { url, reason: t!("sync-too-many-redirects") })
    }

    /// `PROPFIND` with `body` at `depth`; the multistatus, or why not.
    pub fn propfind(
        &self,
        url: &str,
        depth: &str,
        body: &str,
    ) -> Result<(Reply, crate::interop::dav::Multistatus), Error> {
        let reply = self.send("PROPFIND", url, Some(depth), Condition::None, Some((XML, body)))?;
        let multistatus = reply.multistatus()?;
        Ok((reply, multistatus))
    }
}

/// The media type of the XML bodies sent.
pub const XML: &str = "application/xml; charset=utf-8";

/// A network failure in words a person can act on.
fn unreachable(url: &str, error: ureq::Error) -> Error {
    let reason = match &error {
        ureq::Error::HostNotFound => t!("sync-host-not-found"),
        ureq::Error::Timeout(_) => t!("sync-timeout"),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => t!("sync-connection-refused"),
        ureq::Error::BadUri(_) => return Error::BadUrl { url: url.to_owned() },
        other => other.to_string(),
    };
    Error::Unreachable { url: url.to_owned(), reason }
}

/// `https://host:port` of a URL, or `None` when it has no scheme and host.
pub fn origin_of(url: &str) -> Option<String> {
    let uri: ureq::http::Uri = url.parse().ok()?;
    let scheme = uri.scheme_str()?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    Some(format!("{scheme}://{}", uri.authority()?))
}

/// An href a server gave (a path, or a whole URL), as a URL beside `base`.
pub fn joined(base: &str, href: &str) -> String {
    if href.starts_with("http://") || href.starts_with("https://") {
        return href.to_owned();
    }
    let origin = origin_of(base).unwrap_or_default();
    if href.starts_with('/') {
        return format!("{origin}{href}");
    }
    // A relative reference: beside the last `/` of the base's path.
    let path = base.strip_prefix(&origin).unwrap_or("/");
    let folder = &path[..path.rfind('/').map_or(0, |at| at + 1)];
    format!("{origin}{folder}{href}")
}

/// The path of a URL (what a server writes in an href), or the text itself when it is a path.
pub fn path_of(url: &str) -> String {
    match origin_of(url) {
        Some(origin) => url.strip_prefix(&origin).filter(|p| !p.is_empty()).unwrap_or("/").to_owned(),
        None => url.to_owned(),
    }
}

/// A collection's URL with the one `/` at its end that a collection has.
pub fn as_collection(url: &str) -> String {
    format!("{}/", url.trim().trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_from_hrefs() {
        assert_eq!(origin_of("https://dav.example.com:8443/a/b/").as_deref(), Some("https://dav.example.com:8443"));
        assert_eq!(origin_of("ftp://x/"), None);
        assert_eq!(origin_of("dav.example.com/x"), None);
        let base = "https://dav.example.com/cal/mette/";
        assert_eq!(joined(base, "/card/mette/"), "https://dav.example.com/card/mette/");
        assert_eq!(joined(base, "x.ics"), "https://dav.example.com/cal/mette/x.ics");
        assert_eq!(joined(base, "http://other/x/"), "http://other/x/");
        assert_eq!(path_of("https://dav.example.com/cal/mette/x.ics"), "/cal/mette/x.ics");
        assert_eq!(path_of("https://dav.example.com"), "/");
        assert_eq!(as_collection(" https://d/cal "), "https://d/cal/");
        assert_eq!(as_collection("https://d/cal//"), "https://d/cal/");
    }

    #[test]
    fn a_password_is_never_printed() {
        let credentials = Credentials { user: "mette".into(), password: "hemmelig".into() };
        assert!(!format!("{credentials:?}").contains("hemmelig"));
    }

    #[test]
    fn a_server_that_is_not_there_is_unreachable_and_worth_trying_again() {
        // A port just freed: nothing listens on it.
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port());
        let url = format!("http://127.0.0.1:{}/cal/", port.expect("a free port"));
        let client = Client::new(&Credentials { user: "u".into(), password: "p".into() });
        let error = client.send("PROPFIND", &url, Some("0"), Condition::None, None).expect_err("nothing there");
        assert!(matches!(&error, Error::Unreachable { url: at, .. } if *at == url), "{error:?}");
        assert!(error.is_passing());
        assert!(error.to_string().contains(&url), "{error}");
        assert!(!Error::Refused { url, status: 401 }.is_passing());
    }
}
