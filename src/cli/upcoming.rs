//! `kindred upcoming`: the milestones coming up, as text or JSON.

use super::*;

/// The longest look ahead `kindred upcoming` accepts: ten years, more than anyone plans
/// birthdays for. A hundred years at 10,000 people took 17 s and 1.8 GB for a list nobody reads.
pub(super) const MAX_DAYS: i64 = 3_660;

/// One line of `kindred upcoming --json`, its keys in this order.
#[derive(Serialize)]
pub(super) struct UpcomingJson<'a> {
    date: String,
    person: Cow<'a, str>,
    what: What,
    about: Option<&'a str>,
    years: Option<u32>,
    text: String,
}

pub(super) fn upcoming(file: &Path, days: u32, today: Option<NaiveDate>, json: bool, lang: Lang) -> ExitCode {
    // The sentences and headings are in this language; dates stay YYYY-MM-DD.
    crate::i18n::set_language(lang);
    let decoded = match load_for_command(file) {
        Ok((decoded, _)) => decoded,
        Err(code) => return code,
    };
    if !decoded.unknown_fields.is_empty() {
        // Reading is safe (the file is never changed); the app opens such a file read-only too.
        eprintln!("{}: warning: unknown fields ignored: {}", file.display(), decoded.unknown_fields.join(", "));
    }
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let found = milestones::upcoming(&decoded.workspace, today, days);
    if json {
        let lines: Vec<_> = found
            .iter()
            .map(|o| UpcomingJson {
                date: o.date.format("%Y-%m-%d").to_string(),
                person: o.name(),
                what: o.what,
                about: o.about.as_deref(),
                years: o.years,
                text: o.sentence(),
            })
            .collect();
        match serde_json::to_string_pretty(&lines) {
            Ok(text) => out!("{text}"),
            Err(error) => {
                eprintln!("kindred upcoming: cannot write JSON: {error}");
                return ExitCode::from(1);
            }
        }
        return ExitCode::SUCCESS;
    }
    if found.is_empty() {
        out!("{}", crate::t!("milestones-nothing-ahead", count = days));
        return ExitCode::SUCCESS;
    }
    let mut heading: Option<Bucket> = None;
    for occurrence in &found {
        let bucket = milestones::bucket(occurrence.date, today);
        if heading != Some(bucket) {
            if heading.is_some() {
                out!();
            }
            out!("{}", bucket.label());
            heading = Some(bucket);
        }
        out!("{}  {}", occurrence.date.format("%Y-%m-%d"), occurrence.sentence());
    }
    ExitCode::SUCCESS
}
