//! `kindred today`: the day's agenda, as text or JSON.

use super::*;
use crate::ops::agenda::{self, Agenda, Item, Kind};

/// One item of `kindred today --json`, its keys in this order.
#[derive(Serialize)]
struct ItemJson<'a> {
    kind: Kind,
    date: String,
    person: Cow<'a, str>,
    text: String,
    /// Days past `date`: 0 on the day, negative for a milestone still ahead.
    overdue: i64,
}

pub(super) fn today(file: &Path, today: Option<NaiveDate>, json: bool, lang: Lang) -> ExitCode {
    crate::i18n::set_language(lang);
    let decoded = match load_for_command(file) {
        Ok((decoded, _)) => decoded,
        Err(code) => return code,
    };
    if !decoded.unknown_fields.is_empty() {
        eprintln!("{}: warning: unknown fields ignored: {}", file.display(), decoded.unknown_fields.join(", "));
    }
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let found = agenda::agenda(&decoded.workspace, today);
    if !json {
        print_agenda(&found, today);
        return ExitCode::SUCCESS;
    }
    let items: Vec<ItemJson<'_>> = found
        .by_date()
        .into_iter()
        .map(|item| ItemJson {
            kind: item.kind(),
            date: item.date.format("%Y-%m-%d").to_string(),
            person: item.name(),
            text: item.text(),
            overdue: item.overdue(today),
        })
        .collect();
    match serde_json::to_string_pretty(&items) {
        Ok(text) => {
            out!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("kindred today: cannot write JSON: {error}");
            ExitCode::from(1)
        }
    }
}

/// The agenda as text: a line for the day, then each part under its heading, in the Today
/// view's order, one item a line with its date.
pub(super) fn print_agenda(found: &Agenda, today: NaiveDate) {
    out!("{}: {}", crate::i18n::capitalised(&crate::i18n::date_long(today)), found.summary());
    let parts = [
        (crate::t!("agenda-heading-tasks"), &found.tasks),
        (crate::t!("agenda-heading-milestones"), &found.milestones),
        (crate::t!("agenda-heading-contacts"), &found.contacts),
    ];
    for (heading, items) in parts {
        if items.is_empty() {
            continue;
        }
        out!();
        out!("{heading}");
        for item in items {
            out!("{}  {}", item.date.format("%Y-%m-%d"), line(item, today));
        }
    }
}

/// One item with its person: "Mette Kjærgaard: Send the offer (3 days overdue)".
fn line(item: &Item, today: NaiveDate) -> String {
    let star = if item.key_account { "★ " } else { "" };
    let when = item.when(today);
    match &item.what {
        agenda::What::Milestone(occurrence) if occurrence.round => {
            crate::t!("agenda-line-round", what = occurrence.sentence(), when = when)
        }
        agenda::What::Milestone(occurrence) => {
            crate::t!("agenda-line-milestone", what = occurrence.sentence(), when = when)
        }
        _ => crate::t!("agenda-line", name = format!("{star}{}", item.name()), text = item.text(), when = when),
    }
}
