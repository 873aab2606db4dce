//! An iCalendar file (RFC 5545) of all-day events with alarms: CRLF line endings, lines folded
//! at 75 octets without splitting a UTF-8 character, TEXT values escaped.
//!
//! Hand-written rather than the `icalendar` crate: the writer needs four property kinds and
//! fits in this file, and every crate adds to the wasm a phone downloads.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

use super::time_of_day::TimeOfDay;

/// The longest physical line, in octets, not counting the CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;
const MINUTES_PER_DAY: i64 = 24 * 60;

/// One all-day event: a line's deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable per line, so that importing the file again updates the event instead of adding one.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// The time of day every alarm rings, local time (floating: as the user's calendar shows it).
    pub alarm_at: TimeOfDay,
    /// Alarms, in whole days before `date` (0 = on the day).
    pub alarm_days_before: Vec<u32>,
    /// Alarms after the deadline, one a day while the number can still be recovered.
    pub alarms_after: Vec<AlarmAfter>,
}

/// An alarm some days after the deadline, saying how long is left to recover the number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlarmAfter {
    pub days_after: u32,
    pub description: String,
}

/// The calendar text. `stamp` is the export time in UTC (each event's DTSTAMP).
pub fn write_calendar(name: &str, events: &[CalendarEvent], stamp: NaiveDateTime) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Linekeeper//Linekeeper//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape_text(name)),
    ];
    for event in events {
        lines.extend(event_lines(event, stamp));
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().fold(String::new(), |mut text, line| {
        text.push_str(&fold(line));
        text.push_str("\r\n");
        text
    })
}

fn event_lines(event: &CalendarEvent, stamp: NaiveDateTime) -> Vec<String> {
    let next_day = event.date.checked_add_days(Days::new(1)).unwrap_or(event.date);
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(&event.uid)),
        format!(
            "DTSTAMP:{}T{:02}{:02}{:02}Z",
            basic_date(stamp.date()),
            stamp.hour(),
            stamp.minute(),
            stamp.second()
        ),
        format!("DTSTART;VALUE=DATE:{}", basic_date(event.date)),
        format!("DTEND;VALUE=DATE:{}", basic_date(next_day)),
        format!("SUMMARY:{}", escape_text(&event.summary)),
        format!("DESCRIPTION:{}", escape_text(&event.description)),
        "TRANSP:TRANSPARENT".to_owned(),
    ];
    let at = i64::from(event.alarm_at.minutes());
    for &days in &event.alarm_days_before {
        lines.extend(alarm_lines(&event.summary, &trigger(at - i64::from(days) * MINUTES_PER_DAY)));
    }
    for alarm in &event.alarms_after {
        lines.extend(alarm_lines(
            &alarm.description,
            &trigger(at + i64::from(alarm.days_after) * MINUTES_PER_DAY),
        ));
    }
    lines.push("END:VEVENT".to_owned());
    lines
}

fn alarm_lines(description: &str, trigger: &str) -> [String; 5] {
    [
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape_text(description)),
        format!("TRIGGER;RELATED=START:{trigger}"),
        "END:VALARM".to_owned(),
    ]
}

/// `20261224`. (Written out rather than with chrono's `format`, whose format-string parser
/// would otherwise be shipped in the wasm.)
fn basic_date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A TRIGGER duration (RFC 5545 §3.3.6) for an offset in minutes from the event's start
/// (midnight of its day): 540 → `PT9H`, −900 → `-PT15H`, 1,950 → `P1DT8H30M`. Only days,
/// hours and minutes: the forms Apple Calendar and Google Calendar read.
fn trigger(offset_minutes: i64) -> String {
    let sign = if offset_minutes < 0 { "-" } else { "" };
    let minutes = offset_minutes.unsigned_abs();
    let (days, hours, minutes) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let mut duration = format!("{sign}P");
    if days > 0 {
        duration.push_str(&format!("{days}D"));
    }
    if hours > 0 || minutes > 0 || days == 0 {
        duration.push('T');
        if hours > 0 || minutes == 0 {
            duration.push_str(&format!("{hours}H"));
        }
        if minutes > 0 {
            duration.push_str(&format!("{minutes}M"));
        }
    }
    duration
}

/// A TEXT value with `\`, `;`, `,` and newlines escaped (RFC 5545 §3.3.11).
fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Folds a content line into physical lines of at most 75 octets, each continuation starting
/// with a space, never cutting a UTF-8 character in two (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / MAX_LINE_OCTETS * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            folded.push_str("\r\n ");
            used = 1;
        }
        folded.push(c);
        used += c.len_utf8();
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_rfc_5545_asks() {
        assert_eq!(escape_text("a\\b;c,d\r\ne"), "a\\\\b\\;c\\,d\\ne");
    }

    #[test]
    fn folds_chinese_text_without_splitting_a_character() {
        let line = format!("SUMMARY:{}", "续费香港号码".repeat(10));
        let folded = fold(&line);
        for physical in folded.split("\r\n") {
            assert!(physical.len() <= MAX_LINE_OCTETS, "{physical:?} is {} octets", physical.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn triggers_are_days_hours_and_minutes_from_midnight() {
        let nine = 9 * 60;
        assert_eq!(trigger(nine), "PT9H");
        assert_eq!(trigger(nine - MINUTES_PER_DAY), "-PT15H");
        assert_eq!(trigger(nine - 7 * MINUTES_PER_DAY), "-P6DT15H");
        assert_eq!(trigger(20 * 60 + 30 + 2 * MINUTES_PER_DAY), "P2DT20H30M");
        assert_eq!(trigger(30), "PT30M");
        assert_eq!(trigger(0), "PT0H");
        assert_eq!(trigger(-MINUTES_PER_DAY), "-P1D");
    }
}
