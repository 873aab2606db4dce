//! English formatted messages: the parts come written, English arranges them.

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

pub fn date(year: i32, month: u32, day: u32) -> String {
    format!("{day} {} {year}", MONTHS[month as usize - 1])
}

pub fn countdown(days: i64) -> String {
    match days {
        0 => "Due today".into(),
        1 => "1 day left".into(),
        -1 => "Expired 1 day ago".into(),
        d if d > 0 => format!("{d} days left"),
        d => format!("Expired {} days ago", -d),
    }
}

pub fn recover_days_left(left: i64) -> String {
    match left {
        0 => "Last day to recover".into(),
        1 => "1 day left to recover".into(),
        d => format!("{d} days left to recover"),
    }
}

pub fn recover_by(day: &str) -> String {
    format!("Recover by {day}")
}

pub fn show_more_lines(next: usize, hidden: usize) -> String {
    format!("Show {next} more ({hidden} not shown)")
}

pub fn period(count: u32, unit: &str) -> String {
    format!("every {count} {unit}")
}

pub fn periodic_rule(top_up: bool, period: &str) -> String {
    format!("{} {period}", if top_up { "Top up" } else { "Use" })
}

pub fn too_many_decimals(max: u32) -> String {
    match max {
        0 => "This currency has no decimals.".into(),
        max => format!("At most {max} decimals."),
    }
}

pub fn too_long(max: usize) -> String {
    format!("At most {max} characters.")
}

pub fn period_out_of_range(max: u32, unit: &str) -> String {
    format!("Enter a whole number from 1 to {max} {unit}.")
}

pub fn grace_days_out_of_range(max: u32) -> String {
    format!("Enter a whole number of days from 0 to {max}, or leave it empty.")
}

pub fn progress(done: usize, total: usize) -> String {
    format!("{done} of {total} done")
}

pub fn hide_step(title: &str) -> String {
    format!("Hide step: {title}")
}

pub fn import_preview(new: usize, changed: usize, unchanged: usize) -> String {
    format!("In this file: {new} new lines, {changed} changed, {unchanged} unchanged.")
}

pub fn file_too_large(size: &str, max: &str) -> String {
    format!("This file is {size} MB; a backup is at most {max} MB.")
}

pub fn import_place(line: usize, name: &str, field: &str) -> String {
    format!("Line {line} (“{name}”), {field}")
}

pub fn renew_by_left(when: &str, left: &str) -> String {
    format!("Renew by {when}: {left}.")
}

pub fn renew_by(when: &str) -> String {
    format!("Renew by {when}.")
}

pub fn last_day_to_recover(deadline: &str) -> String {
    format!("Last day to recover this number (its deadline was {deadline}): renew today, or it may be lost.")
}

pub fn calendar_summary(line_name: &str) -> String {
    format!("Renew {line_name}")
}

pub fn calendar_grace_alarm(line_name: &str) -> String {
    format!("Last day to recover {line_name}")
}

pub fn calendar_description(what: &str) -> String {
    format!("Top up or use {what} before the end of this day, or the number may be lost.")
}

pub fn grace_days(days: u32) -> String {
    match days {
        0 => "No time after the deadline: the number is lost on it.".into(),
        1 => "1 day after the deadline to recover the number.".into(),
        days => format!("{days} days after the deadline to recover the number."),
    }
}

pub fn checked_on(day: &str) -> String {
    format!("Checked on {day}")
}

pub fn late_by(days: i64) -> String {
    match days {
        1 => "Late: 1 day after the deadline".into(),
        d => format!("Late: {d} days after the deadline"),
    }
}

pub fn either(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{}, or {last}", rest.join(", ")),
    }
}

pub fn status_change(name: &str, status: Option<&str>, countdown: &str) -> String {
    match status {
        Some(status) => format!(" {name} — {status}, {countdown}."),
        None => format!(" {name} — {countdown}."),
    }
}

pub fn month(month: u32) -> &'static str {
    MONTHS[month as usize - 1]
}

pub fn more_lines(more: usize) -> String {
    match more {
        1 => "1 more line with a later deadline".into(),
        n => format!("{n} more lines with later deadlines"),
    }
}

pub fn tier_buys(amount: &str, count: u32, unit: &str) -> String {
    format!("From {amount}: {count} {unit}")
}

pub fn tiers_cap(count: u32, unit: &str) -> String {
    format!("At most {count} {unit} in all.")
}

pub fn then_do(state: &str, action: &str) -> String {
    format!("{state} {action}.")
}

pub fn send_text(text: &str, to: &str) -> String {
    format!("Text {text} to {to}")
}

pub fn dial(code: &str) -> String {
    format!("Dial {code}")
}

pub fn next_reminder_on(day: &str) -> String {
    format!("Snoozed: next reminder on {day}.")
}
