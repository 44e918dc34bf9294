//! How the day's agenda ([`crate::ops::agenda`]) reaches a person when Kindred is not looked
//! at: the desktop's notifications ([`notify`]), and the calendar feed every save writes beside
//! the workspace for a phone's or desktop's calendar to subscribe to ([`save_workspace`]).
//!
//! Only the window (`ui`) and the command line (`cli`) use this layer; it uses those below
//! (`store` for the files, `interop` for the feed's iCalendar, `ops` for the agenda), so that
//! none of them learns of the desktop. The once-a-day record and the login entry are files, so
//! they are in `store` (`store::reminded`, `store::autostart`).

pub mod notify;

use crate::model::Workspace;
use crate::store::crypt::Passphrase;
use crate::store::save::{Disk, SaveError};
use crate::store::{self, DiskStamp, FeedError};
use std::path::{Path, PathBuf};

/// What a save wrote.
#[derive(Debug)]
pub struct Saved {
    pub stamp: DiskStamp,
    /// The calendar feed, when the workspace names one: where it was written, or why not.
    pub feed: Option<Result<PathBuf, FeedError>>,
}

/// Saves the workspace at `path` (atomically, with backups, encrypted with `passphrase` when
/// there is one) and then rewrites its calendar feed, if it names one. Every save of a
/// workspace, by the window or the command line, goes through here, so that the feed never
/// lags behind the file. A feed that cannot be written does not undo the save: it is
/// reported beside it.
pub fn save_workspace(
    disk: &mut dyn Disk,
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
) -> Result<Saved, SaveError> {
    let stamp = store::write_workspace(disk, path, workspace, passphrase)?;
    Ok(Saved { stamp, feed: write_feed(path, workspace) })
}

/// Writes the calendar feed of the workspace at `path`, if it names one; where, or why not.
pub fn write_feed(path: &Path, workspace: &Workspace) -> Option<Result<PathBuf, FeedError>> {
    let name = workspace.settings.calendar_feed.trim();
    if name.is_empty() {
        return None;
    }
    let calendar = crate::interop::ics::feed(workspace, chrono::Utc::now());
    Some(store::write_feed(path, name, calendar.text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FollowUp, Person};
    use crate::store::save::RealDisk;

    #[test]
    fn a_save_writes_the_feed_the_workspace_names_and_says_why_not() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("shop.kindred");
        let mut workspace = Workspace::named("Shop");
        let mut mette = Person::named("Mette Kjærgaard");
        mette.follow_ups.push(FollowUp::new("Send the offer", chrono::NaiveDate::from_ymd_opt(2026, 12, 4)));
        workspace.people.push(mette);
        let saved = save_workspace(&mut RealDisk, &path, &workspace, None).expect("saved");
        assert!(saved.feed.is_none(), "no feed named, none written");
        workspace.settings.calendar_feed = "shop.ics".into();
        let saved = save_workspace(&mut RealDisk, &path, &workspace, None).expect("saved");
        let feed = saved.feed.expect("named").expect("written");
        assert_eq!(feed, dir.path().join("shop.ics"));
        let text = std::fs::read_to_string(&feed).expect("the feed");
        assert!(text.contains("SUMMARY:Mette Kjærgaard: Send the offer"), "{text}");
        workspace.settings.calendar_feed = "../elsewhere.ics".into();
        let saved = save_workspace(&mut RealDisk, &path, &workspace, None).expect("the workspace is saved");
        assert!(matches!(saved.feed, Some(Err(FeedError::Name(_)))), "{:?}", saved.feed);
        assert_eq!(store::load(&path).expect("loads").decoded.workspace, workspace);
        assert!(!dir.path().parent().expect("a parent").join("elsewhere.ics").exists());
    }
}
