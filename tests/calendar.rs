//! The calendar export, read back by an independent parser (the `ical` crate): structure,
//! dates, alarms, escaping, folding and CRLF, and a UID that stays the same across exports.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDateTime;
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::property::Property;
use linekeeper::domain::ics::{write_calendar, CalendarEvent, GraceAlarm};

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
            alarm_days_before: vec![30, 7, 1, 0],
            grace_alarm: None,
        },
        CalendarEvent {
            uid: "line-2@linekeeper".into(),
            date: date(2027, 2, 28),
            summary: format!("续费 {}", "香港万众号码，很长的名字".repeat(4)),
            description: "请在当天结束前为 +852 5123 4567 充值或使用。".into(),
            alarm_days_before: vec![7],
            grace_alarm: Some(GraceAlarm { days_after: 29, description: "Last day to recover CMHK".into() }),
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

#[test]
fn a_known_grace_period_adds_an_alarm_on_its_last_day() {
    let calendar = parse(&write_calendar("Linekeeper", &events(), stamp(9)));
    let second = event(&calendar, "line-2@linekeeper");
    let triggers: Vec<&str> = second.alarms.iter().map(|alarm| value(&alarm.properties, "TRIGGER")).collect();
    assert_eq!(triggers, ["-P6DT15H", "P29DT9H"], "09:00 on 29 Mar 2027, 29 days after 28 Feb");
    assert_eq!(value(&second.alarms[1].properties, "DESCRIPTION"), "Last day to recover CMHK");
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
