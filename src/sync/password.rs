//! The server's password: `KINDRED_DAV_PASSWORD` when it is set (scripts, tests), else the
//! system's keyring (the Secret Service on Linux, the Keychain on macOS, the Credential
//! Manager on Windows), one entry for each user and server. Never on disk in Kindred's own
//! files. The keyring may talk to another process, so it is asked from the sync's thread.

/// The variable that gives the password and overrides the keyring.
pub const ENV: &str = "KINDRED_DAV_PASSWORD";

const SERVICE: &str = "Kindred calendar and contacts server";

/// The password from [`ENV`], if it is set.
pub fn from_environment() -> Option<String> {
    std::env::var_os(ENV).map(|value| value.to_string_lossy().into_owned())
}

/// The keyring's entry for `user` on the server at `url` (its scheme, host and port).
fn entry(url: &str, user: &str) -> Result<keyring::Entry, String> {
    let server = super::origin_of(&super::discover::address_url(url)).unwrap_or_else(|| url.trim().to_owned());
    keyring::Entry::new(SERVICE, &format!("{user}@{server}")).map_err(|e| e.to_string())
}

/// The password kept for `user` on the server at `url`: `Ok(None)` when the keyring has none,
/// `Err` (why, in the keyring's words) when there is no keyring to ask.
pub fn load(url: &str, user: &str) -> Result<Option<String>, String> {
    match entry(url, user)?.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(error.to_string()),
    }
}

/// Keeps the password for `user` on the server at `url` in the keyring.
pub fn save(url: &str, user: &str, password: &str) -> Result<(), String> {
    entry(url, user)?.set_password(password).map_err(|e| e.to_string())
}
