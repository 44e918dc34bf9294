//! The day's agenda as desktop notifications: through the freedesktop Notifications interface
//! on the session bus (D-Bus, by `notify-rust` over `zbus`) on Linux and the BSDs, the
//! system's own notifications elsewhere.
//!
//! Three things or fewer are one notification each; more are one notification with a short
//! summary of the day. Each is sent as Kindred (the app's name, its icon and desktop entry).
//! With an *Open* action asked for and a server that supports actions, each carries it (as its
//! default action too, which a click on the notification itself invokes); the sender must be
//! there to hear the click, so [`Shown::wait_for_open`] waits for it for a bounded time.

use crate::ops::agenda::{Agenda, Item, Kind, What};
use crate::t;
use chrono::NaiveDate;
use std::fmt;
use std::time::{Duration, Instant};

/// How many items one summary notification lists; the rest are counted.
const LISTED: usize = 6;
/// Up to this many items, each is a notification of its own.
const ONE_EACH: usize = 3;

/// One notification: its title and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub summary: String,
    pub body: String,
}

/// The notifications of `agenda` on `today`, in the thread's language: none for an empty day.
pub fn notices(agenda: &Agenda, today: NaiveDate) -> Vec<Notice> {
    let items: Vec<&Item> = agenda.items().collect();
    if items.len() <= ONE_EACH {
        return items.into_iter().map(|item| one(item, today)).collect();
    }
    let mut lines: Vec<String> =
        items.iter().take(LISTED).map(|item| t!("notify-line", name = item.name(), text = item.text())).collect();
    if items.len() > LISTED {
        lines.push(t!("notify-more", count = items.len() - LISTED));
    }
    vec![Notice { summary: t!("notify-day", summary = agenda.summary()), body: lines.join("\n") }]
}

/// The notification of one item.
fn one(item: &Item, today: NaiveDate) -> Notice {
    let name = item.name();
    let summary = match &item.what {
        What::Task { .. } => t!("notify-task", name = name.as_ref()),
        What::Milestone(occurrence) => occurrence.sentence(),
        What::Contact { .. } => t!("notify-contact", name = name.as_ref()),
    };
    let body = match item.kind() {
        Kind::Task => t!("notify-task-body", text = item.text(), when = item.when(today)),
        Kind::Milestone => crate::i18n::capitalised(&item.when(today)),
        Kind::Contact => crate::i18n::capitalised(&item.text()),
    };
    Notice { summary, body }
}

/// No notification service answered: no desktop session runs, or it has no notifications.
#[derive(Debug)]
pub struct NoService(String);

/// In the thread's language, with the system's own words after it.
impl fmt::Display for NoService {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("notify-no-service", detail = self.0.as_str()))
    }
}

impl std::error::Error for NoService {}

/// Notifications shown, and what they need to hear a click on *Open*.
pub struct Shown {
    /// Whether the notifications carry the *Open* action.
    pub open_offered: bool,
    #[cfg(all(unix, not(target_os = "macos")))]
    handles: Vec<notify_rust::NotificationHandle>,
}

impl fmt::Debug for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shown").field("open_offered", &self.open_offered).finish_non_exhaustive()
    }
}

/// Shows `notices`; with `open` (the action's words), they offer *Open* where the server
/// supports actions.
pub fn send(notices: &[Notice], open: Option<&str>) -> Result<Shown, NoService> {
    platform::send(notices, open)
}

impl Shown {
    /// Waits up to `limit` for *Open* to be clicked on any of the notifications; whether it
    /// was. Stops early when every notification was closed. Without the action: false at once.
    pub fn wait_for_open(self, limit: Duration) -> bool {
        if !self.open_offered {
            return false;
        }
        platform::wait_for_open(self, limit)
    }
}

/// Text for a body that the server reads as markup: `&`, `<` and `>` as entities.
fn as_markup(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(all(unix, not(target_os = "macos")))]
mod platform {
    use super::*;
    use notify_rust::{Hint, Notification};
    use std::sync::mpsc;

    /// The action a click on the notification itself invokes, and the button's.
    const DEFAULT_ACTION: &str = "default";
    const OPEN_ACTION: &str = "open";

    pub(super) fn send(notices: &[Notice], open: Option<&str>) -> Result<Shown, NoService> {
        let capabilities = notify_rust::get_capabilities().map_err(|error| NoService(error.to_string()))?;
        let has = |name: &str| capabilities.iter().any(|c| c == name);
        let open = open.filter(|_| has("actions"));
        let markup = has("body-markup");
        let mut handles = Vec::with_capacity(notices.len());
        for notice in notices {
            let mut notification = Notification::new();
            notification
                .appname("Kindred")
                .summary(&notice.summary)
                .body(&if markup { as_markup(&notice.body) } else { notice.body.clone() })
                .icon(crate::APP_ID)
                .hint(Hint::DesktopEntry(crate::APP_ID.to_owned()));
            if let Some(label) = open {
                notification.action(DEFAULT_ACTION, label).action(OPEN_ACTION, label);
            }
            handles.push(notification.show().map_err(|error| NoService(error.to_string()))?);
        }
        Ok(Shown { open_offered: open.is_some(), handles })
    }

    pub(super) fn wait_for_open(shown: Shown, limit: Duration) -> bool {
        let (heard, hear) = mpsc::channel();
        let count = shown.handles.len();
        for handle in shown.handles {
            let heard = heard.clone();
            // Each waits on its own connection; a thread still waiting when time is up ends
            // with the process.
            std::thread::spawn(move || {
                handle.wait_for_action(|action| {
                    let _ = heard.send(action == DEFAULT_ACTION || action == OPEN_ACTION);
                });
            });
        }
        // Only the threads hold a sender now: when every one has ended, the wait does too.
        drop(heard);
        let deadline = Instant::now() + limit;
        let mut closed = 0;
        while closed < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match hear.recv_timeout(left) {
                Ok(true) => return true,
                Ok(false) => closed += 1,
                Err(mpsc::RecvTimeoutError::Timeout | mpsc::RecvTimeoutError::Disconnected) => return false,
            }
        }
        false
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
mod platform {
    use super::*;

    pub(super) fn send(notices: &[Notice], _open: Option<&str>) -> Result<Shown, NoService> {
        for notice in notices {
            notify_rust::Notification::new()
                .appname("Kindred")
                .summary(&notice.summary)
                .body(&notice.body)
                .show()
                .map_err(|error| NoService(error.to_string()))?;
        }
        Ok(Shown { open_offered: false })
    }

    pub(super) fn wait_for_open(_shown: Shown, _limit: Duration) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FollowUp, Milestone, MilestoneKind, PartialDate, Person, Rhythm, Status, Workspace};
    use crate::ops::agenda::agenda;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a test date")
    }

    #[test]
    fn up_to_three_things_are_one_notification_each_and_more_are_a_summary() {
        let today = day(2026, 12, 1);
        let mut mette = Person { status: Status::Customer, key_account: true, ..Person::named("Mette Kjærgaard") };
        mette.follow_ups.push(FollowUp::new("Send the offer", Some(day(2026, 11, 28))));
        mette.milestones.push(Milestone {
            kind: MilestoneKind::Birthday,
            date: PartialDate::ymd(1976, 12, 1).expect("a date"),
            ..Milestone::default()
        });
        let mut ws = Workspace { people: vec![mette], ..Workspace::default() };
        let found = notices(&agenda(&ws, today), today);
        let expected = [
            ("Follow-up: Mette Kjærgaard", "Send the offer — 3 days overdue"),
            ("Mette Kjærgaard turns 50", "Today"),
            ("Keep in touch with Mette Kjærgaard", "No personal contact yet (every 30 days)"),
        ];
        let found: Vec<(&str, &str)> = found.iter().map(|n| (n.summary.as_str(), n.body.as_str())).collect();
        assert_eq!(found, expected);
        for n in 0..6 {
            let mut person = Person { rhythm: Rhythm::Never, ..Person::named(format!("Person {n}")) };
            person.follow_ups.push(FollowUp::new(format!("Task {n}"), Some(today)));
            ws.people.push(person);
        }
        let day_notice = notices(&agenda(&ws, today), today);
        assert_eq!(day_notice.len(), 1);
        assert_eq!(
            day_notice[0].summary,
            "Today in Kindred: 7 follow-ups · 1 milestone · 1 person to keep in touch with"
        );
        let lines: Vec<&str> = day_notice[0].body.lines().collect();
        assert_eq!(lines.len(), 7);
        assert_eq!(lines[0], "Mette Kjærgaard: Send the offer");
        assert_eq!(lines[6], "and 3 more");
        assert!(notices(&agenda(&Workspace::default(), today), today).is_empty());
        assert_eq!(as_markup("Bageriet & <Café>"), "Bageriet &amp; &lt;Café&gt;");
    }
}
