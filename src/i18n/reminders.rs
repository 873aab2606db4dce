//! The words of reminders, the installable app and the calendar export: the keys of their
//! messages (`PwaText`), and the notification and calendar texts built from a line.

use super::catalogue;
use super::format::{countdown, date, labelled};
use super::operators::what_counts;
use crate::domain::countdown::Countdown;
use crate::domain::document::Language;
use crate::domain::operators::{CodeAction, CodePurpose, OperatorPreset};
use crate::domain::reminders::DueReminder;

pub use super::pwa_text::PwaText;

/// A notification's text: `Renew by 24 Dec 2026: 3 days left.`, `Renew by 24 Dec 2026: 12
/// days left to recover.`, or on a grace period's last day that it is the last day; then what
/// to do, where the operator's terms say.
pub fn reminder_body(language: Language, reminder: &DueReminder, action: Option<&str>) -> String {
    let state = deadline_state(language, reminder.key.deadline, Some(reminder.countdown));
    with_action(language, state, action)
}

/// The text of a reminder the service worker shows on its own, possibly days after it was
/// written: with its countdown where the day it is shown is known (`countdown`), otherwise
/// the date only, never a count of days that may be stale by then.
pub fn scheduled_reminder_body(
    language: Language,
    deadline: chrono::NaiveDate,
    countdown: Option<Countdown>,
    action: Option<&str>,
) -> String {
    with_action(language, deadline_state(language, deadline, countdown), action)
}

fn deadline_state(
    language: Language,
    deadline: chrono::NaiveDate,
    countdown_then: Option<Countdown>,
) -> String {
    let when = date(language, deadline);
    let words = catalogue(language);
    match countdown_then {
        Some(then) if then.recover_days_left() == Some(0) => (words.last_day_to_recover)(&when),
        Some(then) => (words.renew_by_left)(&when, &countdown(language, then)),
        None => (words.renew_by)(&when),
    }
}

fn with_action(language: Language, state: String, action: Option<&str>) -> String {
    match action {
        Some(action) => (catalogue(language).then_do)(&state, action),
        None => state,
    }
}

/// What renews the line, from its operator's entry: its top-up code (`Text ADD10PAYG to 800`,
/// `Dial *100#`), else what its terms count (`What keeps it alive: any call, text or data
/// session`); `None` where the catalogue says neither.
pub fn renewal_action(language: Language, preset: &OperatorPreset) -> Option<String> {
    let words = catalogue(language);
    match preset.code_for(CodePurpose::TopUp).map(|code| code.action()) {
        Some(CodeAction::Sms { to, text }) => Some((words.send_text)(text, to)),
        Some(CodeAction::Dial(number)) => Some((words.dial)(number)),
        None => what_counts(language, preset),
    }
}

/// A calendar event's title: `Renew Proximus BE`.
pub fn calendar_summary(language: Language, line_name: &str) -> String {
    (catalogue(language).calendar_summary)(line_name)
}

/// An alarm after the deadline: `Renew Vodafone UK: 12 days left to recover`, and on the
/// grace period's last day `Last day to recover Vodafone UK`.
pub fn calendar_after_alarm(language: Language, line_name: &str, then: Countdown) -> String {
    if then.recover_days_left() == Some(0) {
        return (catalogue(language).calendar_grace_alarm)(line_name);
    }
    labelled(language, &calendar_summary(language, line_name), &countdown(language, then))
}

/// A calendar event's description: the number and operator, so the event says which card.
pub fn calendar_description(language: Language, number: &str, operator: &str) -> String {
    let what = if operator.is_empty() { number.to_owned() } else { format!("{number} ({operator})") };
    (catalogue(language).calendar_description)(&what)
}
