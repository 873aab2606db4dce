//! What every language must say. Each language is one value of `Catalogue` (in its own module:
//! `en`, `zh_hans`, `zh_hant`), so the compiler refuses a language that lacks a message, and a
//! formatted message that takes other arguments than in the other languages. docs/architecture.md
//! says how to add a message, a formatted message and a language.
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
    /// The formatted messages (`Catalogue` derefs to them).
    pub formats: Formats,
}

/// Declares the formatted messages once: their fields in `Formats`, and `language_formats!()`,
/// which gives a language's `formats` module's functions to them by name. A new formatted
/// message is its line here and its function in each language's `formats.rs`.
macro_rules! formatted_messages {
    ($($(#[$doc:meta])* $name:ident: fn($($arg:ty),*) -> $ret:ty;)+) => {
        pub struct Formats {
            $($(#[$doc])* pub $name: fn($($arg),*) -> $ret,)+
        }

        macro_rules! language_formats {
            () => {
                $crate::i18n::catalogue::Formats { $($name: formats::$name,)+ }
            };
        }
    };
}

formatted_messages! {
    /// A day, from its year, month (1–12) and day: `1 Dec 2026`, `2026年12月1日`.
    date: fn(i32, u32, u32) -> String;
    /// A month's short name on the timeline's axis (month 1–12): `Jan`, `1月`.
    month: fn(u32) -> &'static str;
    /// Under a timeline that does not draw every line: how many more lines there are.
    more_lines: fn(usize) -> String;
    /// Days to a deadline: positive left, 0 today, negative since it expired.
    countdown: fn(i64) -> String;
    /// Days left to revive a number in its grace period (0 on its last day).
    recover_days_left: fn(i64) -> String;
    /// The grace period's last day, written: `Recover by 12 Feb 2027`.
    recover_by: fn(&str) -> String;
    /// `Show 50 more (1,950 not shown)`: how many the button adds, and how many are hidden.
    show_more_lines: fn(usize, usize) -> String;
    /// `every 12 months`, from the count and the unit's word.
    period: fn(u32, &str) -> String;
    /// A periodic rule: whether it is a top-up (else a use) rule, and its period written.
    periodic_rule: fn(bool, &str) -> String;
    too_many_decimals: fn(u32) -> String;
    too_long: fn(usize) -> String;
    /// The largest count, and the unit's word.
    period_out_of_range: fn(u32, &str) -> String;
    grace_days_out_of_range: fn(u32) -> String;
    /// `3 of 9 done`.
    progress: fn(usize, usize) -> String;
    /// The accessible name of a step's Hide button, from the step's title.
    hide_step: fn(&str) -> String;
    /// An import's preview: new, changed and unchanged lines.
    import_preview: fn(usize, usize, usize) -> String;
    /// A backup file too large: its size and the largest, both in MB written with one decimal.
    file_too_large: fn(&str, &str) -> String;
    /// Where an imported value is wrong: the line's position, its name and the field's label.
    import_place: fn(usize, &str, &str) -> String;
    /// A reminder's text: the deadline written, and the countdown written.
    renew_by_left: fn(&str, &str) -> String;
    /// A reminder shown by the service worker: the deadline written.
    renew_by: fn(&str) -> String;
    /// The reminder on the grace period's last day: the deadline written.
    last_day_to_recover: fn(&str) -> String;
    /// A reminder's text, then what to do: both written.
    then_do: fn(&str, &str) -> String;
    /// What to do: send this text to this number.
    send_text: fn(&str, &str) -> String;
    /// What to do: dial this code.
    dial: fn(&str) -> String;
    /// A snoozed line: the day of its next reminder, written.
    next_reminder_on: fn(&str) -> String;
    /// A calendar event's title, from the line's name.
    calendar_summary: fn(&str) -> String;
    /// The calendar alarm on the grace period's last day, from the line's name.
    calendar_grace_alarm: fn(&str) -> String;
    /// A calendar event's description, from the number (with its operator).
    calendar_description: fn(&str) -> String;
    /// A known grace period, in days.
    grace_days: fn(u32) -> String;
    /// One tier of a rule by amount: the amount written, and the count and unit's word it buys.
    tier_buys: fn(&str, u32, &str) -> String;
    /// The longest validity a rule by amount allows: the count and the unit's word.
    tiers_cap: fn(u32, &str) -> String;
    /// `Checked on 25 Nov 2026`, from the date written.
    checked_on: fn(&str) -> String;
    /// A renewal's lateness, in days after the deadline.
    late_by: fn(i64) -> String;
    /// A list of alternatives: `a, b, or c`.
    either: fn(&[&str]) -> String;
    /// One line of a status-change announcement: its name, its status and its countdown
    /// (`None` where the countdown already says the status).
    status_change: fn(&str, Option<&str>, &str) -> String;
}

/// Call sites read a formatted message as `(catalogue(language).period)(…)`, as they read a text.
impl std::ops::Deref for Catalogue {
    type Target = Formats;

    fn deref(&self) -> &Formats {
        &self.formats
    }
}
