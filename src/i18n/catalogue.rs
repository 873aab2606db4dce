//! What every language must say. Each language is one value of `Catalogue` (in its own module:
//! `en`, `zh_hans`, `zh_hant`), so the compiler refuses a language that lacks a message, and a
//! formatted message that takes other arguments than in the other languages. Adding a language
//! means adding one such module and its entry in `Language::ALL` and `catalogue()`.
//!
//! Formatted messages get their parts already written in the language (a date, a count), so
//! that each language only arranges them.

use super::help::HelpText;
use super::messages::Msg;
use super::operator_text::OperatorText;
use super::pwa_text::PwaText;
use super::safekeeping::SafeText;
use super::timeline_text::TimelineText;

pub struct Catalogue {
    /// The language's own name, as the language picker offers it.
    pub name: &'static str,
    /// The language tag of the operator catalogue's notes (`data/operators.toml`) in this language.
    pub note_tag: &'static str,
    pub msg: fn(Msg) -> &'static str,
    pub pwa: fn(PwaText) -> &'static str,
    pub help: fn(HelpText) -> &'static str,
    pub safe: fn(SafeText) -> &'static str,
    pub timeline: fn(TimelineText) -> &'static str,
    pub operator: fn(OperatorText) -> &'static str,
    /// `(title, explanation)` of a default checklist step, by its id.
    pub step: fn(&str) -> Option<(&'static str, &'static str)>,
    pub country: fn(&str) -> Option<&'static str>,
    pub currency: fn(&str) -> Option<&'static str>,
    /// What follows a label (`: `, `：`) and what ends a sentence followed by another (`. `, `。`).
    pub label_separator: &'static str,
    pub sentence_stop: &'static str,
    /// A day, from its year, month (1–12) and day: `1 Dec 2026`, `2026年12月1日`.
    pub date: fn(i32, u32, u32) -> String,
    /// A month's short name on the timeline's axis (month 1–12): `Jan`, `1月`.
    pub month: fn(u32) -> &'static str,
    /// Under a timeline that does not draw every line: how many more lines there are.
    pub more_lines: fn(usize) -> String,
    /// Days to a deadline: positive left, 0 today, negative since it expired.
    pub countdown: fn(i64) -> String,
    /// Days left to revive a number in its grace period (0 on its last day).
    pub recover_days_left: fn(i64) -> String,
    /// The grace period's last day, written: `Recover by 12 Feb 2027`.
    pub recover_by: fn(&str) -> String,
    /// `Show 50 more (1,950 not shown)`: how many the button adds, and how many are hidden.
    pub show_more_lines: fn(usize, usize) -> String,
    /// `every 12 months`, from the count and the unit's word.
    pub period: fn(u32, &str) -> String,
    /// A periodic rule: whether it is a top-up (else a use) rule, and its period written.
    pub periodic_rule: fn(bool, &str) -> String,
    pub too_many_decimals: fn(u32) -> String,
    pub too_long: fn(usize) -> String,
    /// The largest count, and the unit's word.
    pub period_out_of_range: fn(u32, &str) -> String,
    pub grace_days_out_of_range: fn(u32) -> String,
    /// `3 of 9 done`.
    pub progress: fn(usize, usize) -> String,
    /// The accessible name of a step's Hide button, from the step's title.
    pub hide_step: fn(&str) -> String,
    /// An import's preview: new, changed and unchanged lines.
    pub import_preview: fn(usize, usize, usize) -> String,
    /// A backup file too large: its size and the largest, both in MB written with one decimal.
    pub file_too_large: fn(&str, &str) -> String,
    /// Where an imported value is wrong: the line's position, its name and the field's label.
    pub import_place: fn(usize, &str, &str) -> String,
    /// A reminder's text: the deadline written, and the countdown written.
    pub renew_by_left: fn(&str, &str) -> String,
    /// A reminder shown by the service worker: the deadline written.
    pub renew_by: fn(&str) -> String,
    /// The reminder on the grace period's last day: the deadline written.
    pub last_day_to_recover: fn(&str) -> String,
    /// A calendar event's title, from the line's name.
    pub calendar_summary: fn(&str) -> String,
    /// The calendar alarm on the grace period's last day, from the line's name.
    pub calendar_grace_alarm: fn(&str) -> String,
    /// A calendar event's description, from the number (with its operator).
    pub calendar_description: fn(&str) -> String,
    /// A known grace period, in days.
    pub grace_days: fn(u32) -> String,
    /// One tier of a rule by amount: the amount written, and the count and unit's word it buys.
    pub tier_buys: fn(&str, u32, &str) -> String,
    /// The longest validity a rule by amount allows: the count and the unit's word.
    pub tiers_cap: fn(u32, &str) -> String,
    /// `Checked on 25 Nov 2026`, from the date written.
    pub checked_on: fn(&str) -> String,
    /// A renewal's lateness, in days after the deadline.
    pub late_by: fn(i64) -> String,
    /// A list of alternatives: `a, b, or c`.
    pub either: fn(&[&str]) -> String,
    /// One line of a status-change announcement: its name, its status and its countdown
    /// (`None` where the countdown already says the status).
    pub status_change: fn(&str, Option<&str>, &str) -> String,
}
