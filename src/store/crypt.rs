//! Optional encryption of a workspace file with a passphrase.
//!
//! The file is an ordinary [age](https://age-encryption.org/v1) file with one scrypt
//! (passphrase) recipient, so the standard `age -d` decrypts it to the `.kindred` text, and a
//! workspace encrypted with `age -p` opens in Kindred. Backups and the recovery file of an
//! encrypted workspace are encrypted with the same passphrase.
//!
//! The scrypt work factor is [`WORK_FACTOR`]: every save derives a key afresh (age gives each
//! file its own salt), on the writer thread, so it must stay well under a second and within
//! the memory Kindred keeps to. Files from `age -p` (which aims at a second of work) open too,
//! up to [`MAX_WORK_FACTOR`].

use crate::t;
use age::secrecy::SecretString;
use std::fmt;
use std::io::{Read, Write};

/// scrypt's N = 2^16: 64 MiB and about a tenth of a second per save on a laptop.
pub const WORK_FACTOR: u8 = 16;

/// The largest work factor accepted when decrypting. scrypt needs 1 KiB·N of memory: `age -p`
/// writes N = 2^18 (256 MiB), rage up to a second's work on the machine; 2^20 (1 GiB) is the
/// most a file may ask for, so that a crafted file cannot exhaust memory.
pub const MAX_WORK_FACTOR: u8 = 20;

/// How every age file begins.
const MAGIC: &[u8] = b"age-encryption.org/";

/// A passphrase, kept out of logs and debug output and wiped from memory when dropped.
#[derive(Clone)]
pub struct Passphrase(SecretString);

impl Passphrase {
    pub fn new(text: &str) -> Self {
        Passphrase(SecretString::from(text.to_owned()))
    }

    fn secret(&self) -> SecretString {
        self.0.clone()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// Whether a file's bytes are an age file (encrypted), not a workspace's text.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Why an encrypted file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptError {
    /// The file is encrypted and no passphrase was given.
    NeedsPassphrase,
    /// The passphrase does not open the file.
    WrongPassphrase,
    /// The file is encrypted to keys, not to a passphrase.
    NotPassphrase,
    /// Its passphrase would take more memory and time than this build allows.
    TooHard { work_factor: u8 },
    /// The file is damaged or not complete; the reason in the library's words.
    Damaged(String),
}

/// In the thread's language.
impl fmt::Display for CryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            CryptError::NeedsPassphrase => t!("error-crypt-needs-passphrase"),
            CryptError::WrongPassphrase => t!("error-crypt-wrong-passphrase"),
            CryptError::NotPassphrase => t!("error-crypt-not-passphrase"),
            CryptError::TooHard { work_factor } => {
                t!("error-crypt-too-hard", found = *work_factor, most = MAX_WORK_FACTOR)
            }
            CryptError::Damaged(detail) => t!("error-crypt-damaged", detail = detail.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CryptError {}

/// The bytes encrypted with the passphrase, as an age file.
pub fn encrypt(plain: &[u8], passphrase: &Passphrase) -> std::io::Result<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.secret());
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|error| std::io::Error::other(error.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(out)
}

/// The plain bytes of an age file encrypted with a passphrase.
pub fn decrypt(bytes: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, CryptError> {
    use age::DecryptError as E;
    let damaged = |error: &dyn fmt::Display| CryptError::Damaged(error.to_string());
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| damaged(&e))?;
    if !decryptor.is_scrypt() {
        return Err(CryptError::NotPassphrase);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.secret());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader =
        decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|error| match error {
            E::DecryptionFailed | E::NoMatchingKeys | E::KeyDecryptionFailed => CryptError::WrongPassphrase,
            E::ExcessiveWork { required, .. } => CryptError::TooHard { work_factor: required },
            other => damaged(&other),
        })?;
    let mut plain = Vec::with_capacity(bytes.len());
    reader.read_to_end(&mut plain).map_err(|e| damaged(&e))?;
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_trip_gives_the_bytes_back_and_the_file_is_an_age_file() {
        let plain = "(\n\tformat_version: 1,\n\tname: \"Bageriet\",\n)\n".repeat(50);
        let key = Passphrase::new("rugbrød og kaffe");
        let sealed = encrypt(plain.as_bytes(), &key).expect("encrypts");
        assert!(is_encrypted(&sealed));
        assert!(sealed.starts_with(b"age-encryption.org/v1\n-> scrypt "), "one scrypt recipient");
        assert!(!sealed.windows(8).any(|w| w == b"Bageriet"), "no plain text inside");
        assert_eq!(decrypt(&sealed, &key).expect("decrypts"), plain.as_bytes());
        assert_ne!(encrypt(plain.as_bytes(), &key).expect("encrypts"), sealed, "each file has its own salt");
    }

    #[test]
    fn a_wrong_passphrase_and_a_damaged_file_are_told_apart() {
        let key = Passphrase::new("rigtig");
        let sealed = encrypt(b"hemmelig", &key).expect("encrypts");
        assert_eq!(decrypt(&sealed, &Passphrase::new("forkert")), Err(CryptError::WrongPassphrase));
        let mut cut = sealed.clone();
        cut.truncate(sealed.len() - 5);
        assert!(matches!(decrypt(&cut, &key), Err(CryptError::Damaged(_))), "a cut file is damaged");
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(decrypt(&flipped, &key), Err(CryptError::Damaged(_))), "a changed byte is noticed");
        assert!(matches!(decrypt(b"age-encryption.org/v1\n", &key), Err(CryptError::Damaged(_))));
        assert!(!is_encrypted(b"(format_version: 1)"));
    }

    #[test]
    fn the_passphrase_is_not_shown_in_debug_output() {
        assert_eq!(format!("{:?}", Passphrase::new("hemmelig")), "Passphrase(…)");
    }
}
