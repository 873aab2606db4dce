//! The words of reminders, the installable app and the calendar export: the keys of their
//! messages (`PwaText`), and the notification and calendar texts built from a line.

use super::catalogue;
use super::format::{countdown, date};
use crate::domain::countdown::Countdown;
use crate::domain::document::Language;
use crate::domain::reminders::{DueReminder, ReminderKey};

pub use super::pwa_text::PwaText;

/// A notification's text: `Renew by 24 Dec 2026: 3 days left.`; on the last day of a grace
/// period, that it is the last day to recover the number.
pub fn reminder_body(language: Language, reminder: &DueReminder) -> String {
    let when = date(language, reminder.key.deadline);
    if reminder.key.grace_end {
        return (catalogue(language).last_day_to_recover)(&when);
    }
    let left = countdown(language, Countdown { days_left: reminder.days_left, grace_days: None });
    (catalogue(language).renew_by_left)(&when, &left)
}

/// The text of a reminder the service worker shows on its own, possibly days after it was
/// written: the date only, never a count of days that may be stale by then.
pub fn scheduled_reminder_body(language: Language, key: &ReminderKey) -> String {
    let when = date(language, key.deadline);
    let words = catalogue(language);
    if key.grace_end {
        (words.last_day_to_recover)(&when)
    } else {
        (words.renew_by)(&when)
    }
}

/// A calendar event's title: `Renew Proximus BE`.
pub fn calendar_summary(language: Language, line_name: &str) -> String {
    (catalogue(language).calendar_summary)(line_name)
}

/// The alarm on the last day of a grace period: `Last day to recover Vodafone UK`.
pub fn calendar_grace_alarm(language: Language, line_name: &str) -> String {
    (catalogue(language).calendar_grace_alarm)(line_name)
}

/// A calendar event's description: the number and operator, so the event says which card.
pub fn calendar_description(language: Language, number: &str, operator: &str) -> String {
    let what = if operator.is_empty() { number.to_owned() } else { format!("{number} ({operator})") };
    (catalogue(language).calendar_description)(&what)
}
