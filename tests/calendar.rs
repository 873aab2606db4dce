//! The calendar export, read back by an independent parser (the `ical` crate): structure,
//! dates, alarms, escaping, folding and CRLF, and a UID that stays the same across exports.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDateTime;
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::property::Property;
use linekeeper::domain::ics::{write_calendar, AlarmAfter, CalendarEvent};
use linekeeper::domain::time_of_day::TimeOfDay;

mod common;
use common::date;

fn stamp(hour: u32) -> NaiveDateTime {
    date(2026, 11, 24).and_hms_opt(hour, 30, 5).unwrap()
}

fn events() -> Vec<CalendarEvent> {
    vec![
        CalendarEvent {
            uid: "line-1@linekeeper".into(),
            date: date(2026, 12, 31),
            summary: "Renew Proximus; BE, \"main\" \\ card".into(),
            description: "Top up +32 470 12 34 56\nbefore the end of this day.".into(),
            alarm_at: TimeOfDay::new(9, 0).unwrap(),
            alarm_days_before: vec![30, 7, 1, 0],
            alarms_after: Vec::new(),
        },
        CalendarEvent {
            uid: "line-2@linekeeper".into(),
            date: date(2027, 2, 28),
            summary: format!("续费 {}", "香港万众号码，很长的名字".repeat(4)),
            description: "请在当天结束前为 +852 5123 4567 充值或使用。".into(),
            alarm_at: TimeOfDay::new(20, 0).unwrap(),
            alarm_days_before: vec![7],
            alarms_after: (1..=29)
                .map(|days_after| AlarmAfter {
                    days_after,
                    description: format!("Recover CMHK: day {days_after}"),
                })
                .collect(),
        },
    ]
}

fn parse(text: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars.next().expect("one calendar").expect("the calendar parses");
    assert!(calendars.next().is_none(), "exactly one calendar");
    calendar
}

fn value<'a>(properties: &'a [Property], name: &str) -> &'a str {
    let property = properties.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no {name}"));
    property.value.as_deref().unwrap_or_default()
}

/// RFC 5545 TEXT unescaping, to compare with what was written.
fn unescape(text: &str) -> String {
    text.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\;", ";")
        .replace("\\,", ",")
        .replace("\\\\", "\\")
}

fn event<'a>(calendar: &'a IcalCalendar, uid: &str) -> &'a IcalEvent {
    calendar.events.iter().find(|e| value(&e.properties, "UID") == uid).expect("the event")
}

#[test]
fn each_line_deadline_is_one_all_day_event() {
    let calendar = parse(&write_calendar("Linekeeper deadlines", &events(), stamp(9)));
    assert_eq!(value(&calendar.properties, "VERSION"), "2.0");
    assert_eq!(value(&calendar.properties, "PRODID"), "-//Linekeeper//Linekeeper//EN");
    assert_eq!(calendar.events.len(), 2);
    let first = event(&calendar, "line-1@linekeeper");
    assert_eq!(value(&first.properties, "DTSTART"), "20261231");
    assert_eq!(value(&first.properties, "DTEND"), "20270101");
    assert_eq!(value(&first.properties, "DTSTAMP"), "20261124T093005Z");
    let start = first.properties.iter().find(|p| p.name == "DTSTART").unwrap();
    assert_eq!(start.params, Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])]));
}

#[test]
fn texts_come_back_exactly_after_escaping_and_folding() {
    let written = events();
    let calendar = parse(&write_calendar("Linekeeper, deadlines", &written, stamp(9)));
    for original in &written {
        let parsed = event(&calendar, &original.uid);
        assert_eq!(unescape(value(&parsed.properties, "SUMMARY")), original.summary);
        assert_eq!(unescape(value(&parsed.properties, "DESCRIPTION")), original.description);
    }
    assert_eq!(unescape(value(&calendar.properties, "X-WR-CALNAME")), "Linekeeper, deadlines");
}

#[test]
fn an_alarm_rings_at_each_lead_time() {
    let calendar = parse(&write_calendar("Linekeeper", &events(), stamp(9)));
    let first = event(&calendar, "line-1@linekeeper");
    let triggers: Vec<&str> = first.alarms.iter().map(|alarm| value(&alarm.properties, "TRIGGER")).collect();
    assert_eq!(triggers, ["-P29DT15H", "-P6DT15H", "-PT15H", "PT9H"]);
    assert!(first.alarms.iter().all(|alarm| value(&alarm.properties, "ACTION") == "DISPLAY"));
}

/// When an alarm rings, local time: the event's day at midnight plus its TRIGGER, read as RFC
/// 5545 writes a duration (`-P6DT4H`, `PT20H30M`), independently of how it was written.
fn rings_at(event: &IcalEvent, trigger: &str) -> NaiveDateTime {
    let start = chrono::NaiveDate::parse_from_str(value(&event.properties, "DTSTART"), "%Y%m%d").unwrap();
    let (sign, rest) = match trigger.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, trigger.trim_start_matches('+')),
    };
    let mut minutes = 0i64;
    let mut number = String::new();
    for c in rest.chars() {
        match c {
            'P' | 'T' => {}
            '0'..='9' => number.push(c),
            unit => {
                let n: i64 = std::mem::take(&mut number).parse().unwrap();
                minutes += n * match unit {
                    'W' => 7 * 1440,
                    'D' => 1440,
                    'H' => 60,
                    'M' => 1,
                    other => panic!("unexpected {other} in {trigger}"),
                };
            }
        }
    }
    start.and_hms_opt(0, 0, 0).unwrap() + chrono::Duration::minutes(sign * minutes)
}

#[test]
fn alarms_ring_at_the_chosen_time_and_daily_through_a_grace_period() {
    let calendar = parse(&write_calendar("Linekeeper", &events(), stamp(9)));
    let second = event(&calendar, "line-2@linekeeper");
    let rings: Vec<NaiveDateTime> =
        second.alarms.iter().map(|alarm| rings_at(second, value(&alarm.properties, "TRIGGER"))).collect();
    assert_eq!(rings.len(), 30, "one lead time and one alarm per day of a 29-day grace period");
    assert!(
        rings.iter().all(|ring| ring.time() == chrono::NaiveTime::from_hms_opt(20, 0, 0).unwrap()),
        "{rings:?}"
    );
    assert_eq!(rings[0].date(), date(2027, 2, 21), "7 days before 28 Feb");
    let after: Vec<chrono::NaiveDate> = rings[1..].iter().map(NaiveDateTime::date).collect();
    let every_day: Vec<chrono::NaiveDate> =
        (1..=29).map(|d| date(2027, 2, 28) + chrono::Days::new(d)).collect();
    assert_eq!(after, every_day);
    assert_eq!(value(&second.alarms[29].properties, "DESCRIPTION"), "Recover CMHK: day 29");
}

#[test]
fn lines_end_in_crlf_and_none_is_longer_than_75_octets() {
    let text = write_calendar("Linekeeper", &events(), stamp(9));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line break is CRLF");
    let longest = text.split("\r\n").map(str::len).max().unwrap();
    assert!(longest <= 75, "a line of {longest} octets");
    assert!(text.contains("\r\n "), "the long Chinese summary is folded");
}

#[test]
fn exporting_again_keeps_each_lines_uid() {
    let uids = |text: &str| -> Vec<String> {
        parse(text).events.iter().map(|e| value(&e.properties, "UID").to_owned()).collect()
    };
    let morning = write_calendar("Linekeeper", &events(), stamp(9));
    let evening = write_calendar("Linekeeper", &events(), stamp(21));
    assert_ne!(morning, evening);
    assert_eq!(uids(&morning), uids(&evening));
}
