//! The reminder schedule: at the user's time of day, once per lead time before a deadline, then
//! daily while a lapsed number can be recovered, until renewed, snoozed or stopped; across month
//! ends, time-zone offsets, lines edited after a reminder and long absences; never twice a day.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveDateTime};
use common::date;
use linekeeper::domain::lead_times::LeadTimes;
use linekeeper::domain::line::Line;
use linekeeper::domain::period::Period;
use linekeeper::domain::reminder_schedule::schedule;
use linekeeper::domain::reminders::{
    due_reminders, prune_holds, prune_sent, reminder_state, snooze, stop, with_hold, ReminderDefaults,
    ReminderHold, ReminderKey, ReminderRecord, ReminderState,
};
use linekeeper::domain::renewal::{Action, Channel, Renewal};
use linekeeper::domain::rule::Rule;
use linekeeper::domain::time_of_day::TimeOfDay;
use proptest::prelude::*;

fn line_expiring(id: &str, expires_on: NaiveDate) -> Line {
    common::line_expiring(id, &format!("Line {id}"), expires_on)
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_hms_opt(hour, minute, 0).unwrap()
}

/// 30, 7, 1 and 0 days before, at 20:00.
fn evening() -> (LeadTimes, TimeOfDay) {
    (LeadTimes::default(), TimeOfDay::new(20, 0).unwrap())
}

fn defaults(setting: &(LeadTimes, TimeOfDay)) -> ReminderDefaults<'_> {
    ReminderDefaults { lead_times: &setting.0, remind_at: setting.1 }
}

/// What the app holds: the reminders shown and the user's snoozes and stops.
#[derive(Default)]
struct Device {
    sent: Vec<ReminderKey>,
    holds: Vec<ReminderHold>,
}

impl Device {
    fn record(&self) -> ReminderRecord<'_> {
        ReminderRecord { sent: &self.sent, holds: &self.holds }
    }

    /// Checks at `now`, as the app's tick does, showing and recording what is due: its leads.
    fn check(&mut self, lines: &[Line], now: NaiveDateTime) -> Vec<(String, u16)> {
        let setting = evening();
        let due = due_reminders(lines, now, defaults(&setting), self.record());
        self.sent.extend(due.iter().map(|reminder| reminder.key.clone()));
        due.into_iter().map(|reminder| (reminder.key.line.to_string(), reminder.key.lead)).collect()
    }

    /// Opens the app every evening at 20:05 from `first` to `last`: the days a reminder came.
    fn evenings(&mut self, lines: &[Line], first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let mut days = Vec::new();
        let mut today = first;
        while today <= last {
            if !self.check(lines, at(today, 20, 5)).is_empty() {
                days.push(today);
            }
            today = today + Days::new(1);
        }
        days
    }
}

fn one(id: &str, lead: u16) -> Vec<(String, u16)> {
    vec![(id.to_owned(), lead)]
}

#[test]
fn nothing_comes_before_the_chosen_time_and_exactly_one_after_it() {
    let today = date(2026, 11, 24);
    let lines = [line_expiring("a", date(2026, 12, 1))];
    let mut device = Device::default();
    assert_eq!(device.check(&lines, at(today, 10, 30)), []);
    assert_eq!(device.check(&lines, at(today, 19, 59)), []);
    assert_eq!(device.check(&lines, at(today, 20, 5)), one("a", 7));
    assert_eq!(device.check(&lines, at(today, 20, 6)), []);
    assert_eq!(device.check(&lines, at(today, 23, 59)), []);
}

#[test]
fn a_line_may_have_a_time_of_its_own() {
    let today = date(2026, 11, 24);
    let mut early = line_expiring("early", date(2026, 12, 1));
    early.remind_at = TimeOfDay::new(7, 30);
    let lines = [early, line_expiring("default", date(2026, 12, 1))];
    let mut device = Device::default();
    assert_eq!(device.check(&lines, at(today, 7, 30)), one("early", 7));
    assert_eq!(device.check(&lines, at(today, 20, 0)), one("default", 7));
}

#[test]
fn nothing_is_due_before_the_longest_lead_time() {
    let lines = [line_expiring("a", date(2027, 1, 31))];
    let mut device = Device::default();
    assert_eq!(device.check(&lines, at(date(2026, 12, 31), 21, 0)), []);
    assert_eq!(device.check(&lines, at(date(2027, 1, 1), 21, 0)), one("a", 30));
}

#[test]
fn each_lead_time_once_across_a_month_end_then_every_day_for_14_days_without_a_grace_period() {
    // Deadline 1 March 2027: 30 days before is 30 January, 1 day before is 28 February.
    let lines = [line_expiring("a", date(2027, 3, 1))];
    let mut device = Device::default();
    let days = device.evenings(&lines, date(2027, 1, 1), date(2027, 4, 1));
    let before: Vec<NaiveDate> = days.iter().copied().filter(|day| *day <= date(2027, 3, 1)).collect();
    assert_eq!(before, [date(2027, 1, 30), date(2027, 2, 22), date(2027, 2, 28), date(2027, 3, 1)]);
    let after: Vec<NaiveDate> = days.iter().copied().filter(|day| *day > date(2027, 3, 1)).collect();
    let every_day: Vec<NaiveDate> = (1..=14).map(|d| date(2027, 3, 1) + Days::new(d)).collect();
    assert_eq!(after, every_day, "daily from the day after the deadline to 14 days after");
}

#[test]
fn a_lapsed_line_is_reminded_every_day_of_its_grace_period_and_told_how_long_is_left() {
    let mut line = line_expiring("v", date(2026, 12, 20));
    line.grace_days = Some(29);
    let lines = [line];
    let mut device = Device::default();
    let days = device.evenings(&lines, date(2026, 12, 21), date(2027, 3, 1));
    assert_eq!(days.len(), 29, "each day of the grace period, once: {days:?}");
    assert_eq!(days.last(), Some(&date(2027, 1, 18)), "the last day, across New Year");
    let setting = evening();
    let on_last_day =
        due_reminders(&lines, at(date(2027, 1, 18), 20, 0), defaults(&setting), Device::default().record());
    assert_eq!(on_last_day[0].countdown.recover_days_left(), Some(0));
    let earlier =
        due_reminders(&lines, at(date(2027, 1, 6), 20, 0), defaults(&setting), Device::default().record());
    assert_eq!(earlier[0].countdown.recover_days_left(), Some(12));
}

#[test]
fn a_user_back_after_three_months_gets_one_reminder_per_line_that_can_still_be_saved() {
    let mut recoverable = line_expiring("in-grace", date(2026, 10, 1));
    recoverable.grace_days = Some(90);
    let lines = [
        line_expiring("lost", date(2026, 9, 15)),
        recoverable,
        line_expiring("today", date(2026, 11, 24)),
        line_expiring("soon", date(2026, 12, 10)),
        line_expiring("later", date(2027, 6, 1)),
    ];
    let due = Device::default().check(&lines, at(date(2026, 11, 24), 20, 0));
    assert_eq!(due, [("in-grace".to_owned(), 0), ("today".to_owned(), 0), ("soon".to_owned(), 30)]);
}

fn renewed(mut line: Line, on: NaiveDate) -> Line {
    line.record(Renewal {
        id: "r1".into(),
        date: on,
        action: Action::TopUp,
        amount: None,
        channel: Some(Channel::Online),
        note: String::new(),
    });
    line
}

#[test]
fn a_renewal_ends_the_repeats_and_starts_a_fresh_cycle() {
    let line = Line {
        rules: vec![Rule::TopUpEvery { every: Period::months(12), last_done: date(2025, 11, 20) }],
        ..line_expiring("a", date(2000, 1, 1))
    };
    let mut device = Device::default();
    // Lapsed on 20 November 2026: reminded on each of the two following days.
    assert_eq!(device.evenings(std::slice::from_ref(&line), date(2026, 11, 21), date(2026, 11, 22)).len(), 2);
    let line = renewed(line, date(2026, 11, 22));
    assert_eq!(device.evenings(std::slice::from_ref(&line), date(2026, 11, 23), date(2027, 10, 21)), []);
    assert_eq!(device.check(&[line], at(date(2027, 10, 23), 20, 0)), one("a", 30));
}

#[test]
fn snooze_moves_the_next_reminder_to_tomorrow_and_nothing_comes_before() {
    let line = line_expiring("a", date(2026, 12, 1));
    let lines = [line.clone()];
    let mut device = Device::default();
    assert_eq!(device.check(&lines, at(date(2026, 11, 24), 20, 0)), one("a", 7));
    assert_eq!(reminder_state(&line, date(2026, 11, 24), device.record()), ReminderState::Pending);
    device.holds = with_hold(&device.holds, snooze(&line, date(2026, 11, 24)).unwrap());
    assert_eq!(
        reminder_state(&line, date(2026, 11, 24), device.record()),
        ReminderState::Snoozed(date(2026, 11, 25))
    );
    // Tomorrow, not before the time, then once, although no lead time falls on that day.
    assert_eq!(device.check(&lines, at(date(2026, 11, 25), 8, 0)), []);
    assert_eq!(device.check(&lines, at(date(2026, 11, 25), 20, 1)).len(), 1);
    assert_eq!(device.check(&lines, at(date(2026, 11, 25), 22, 0)), []);
    // Then the lead times go on: nothing until the day before the deadline.
    assert_eq!(device.evenings(&lines, date(2026, 11, 26), date(2026, 11, 30)), [date(2026, 11, 30)]);
}

#[test]
fn a_snooze_while_lapsed_skips_today_only() {
    let line = line_expiring("a", date(2026, 11, 20));
    let lines = [line.clone()];
    let mut device = Device::default();
    device.holds = with_hold(&device.holds, snooze(&line, date(2026, 11, 22)).unwrap());
    assert_eq!(
        device.evenings(&lines, date(2026, 11, 22), date(2026, 11, 24)),
        [date(2026, 11, 23), date(2026, 11, 24)]
    );
}

#[test]
fn stop_reminding_holds_until_the_deadline_moves() {
    let line = line_expiring("a", date(2026, 11, 20));
    let mut device = Device::default();
    assert_eq!(device.check(std::slice::from_ref(&line), at(date(2026, 11, 21), 20, 0)).len(), 1);
    device.holds = with_hold(&device.holds, stop(&line).unwrap());
    assert_eq!(reminder_state(&line, date(2026, 11, 21), device.record()), ReminderState::Stopped);
    assert_eq!(device.evenings(std::slice::from_ref(&line), date(2026, 11, 22), date(2026, 12, 31)), []);
    // A new deadline (the line renewed on a fixed expiry) brings its own reminders.
    let moved = line_expiring("a", date(2027, 1, 10));
    assert_eq!(prune_holds(&device.holds, std::slice::from_ref(&moved), date(2026, 12, 1)), []);
    assert_eq!(device.check(&[moved], at(date(2026, 12, 11), 20, 0)), one("a", 30));
}

#[test]
fn a_line_is_quiet_until_its_first_reminder_and_after_its_last() {
    let line = line_expiring("a", date(2026, 12, 1));
    let mut device = Device::default();
    assert_eq!(reminder_state(&line, date(2026, 11, 24), device.record()), ReminderState::Quiet);
    device.check(std::slice::from_ref(&line), at(date(2026, 11, 24), 20, 0));
    assert_eq!(reminder_state(&line, date(2026, 11, 24), device.record()), ReminderState::Pending);
    assert_eq!(reminder_state(&line, date(2026, 12, 15), device.record()), ReminderState::Pending);
    assert_eq!(reminder_state(&line, date(2026, 12, 16), device.record()), ReminderState::Quiet);
}

#[test]
fn editing_a_line_without_moving_its_deadline_sends_nothing_again() {
    let line = line_expiring("a", date(2026, 11, 27));
    let mut device = Device::default();
    device.evenings(std::slice::from_ref(&line), date(2026, 11, 20), date(2026, 11, 24));
    let renamed = Line { name: "Renamed".into(), notes: "new notes".into(), ..line };
    assert_eq!(device.check(&[renamed], at(date(2026, 11, 25), 20, 0)), []);
}

#[test]
fn lead_times_changed_after_a_reminder_do_not_repeat_it() {
    let line = line_expiring("a", date(2026, 11, 27));
    let mut device = Device::default();
    assert_eq!(device.check(std::slice::from_ref(&line), at(date(2026, 11, 24), 20, 0)), one("a", 7));
    let own = |typed| Line { lead_times: Some(LeadTimes::parse(typed).unwrap()), ..line.clone() };
    // "7 days before" was shown: a longer lead time added since has nothing to add...
    assert_eq!(device.check(&[own("14, 7")], at(date(2026, 11, 25), 20, 0)), []);
    // ...a line's own lead times replace the default, so no "1 day before" for this one...
    assert_eq!(device.check(&[own("14, 7")], at(date(2026, 11, 26), 20, 0)), []);
    // ...but a closer one the user asked for still comes.
    assert_eq!(device.check(&[own("2")], at(date(2026, 11, 25), 20, 0)), one("a", 2));
}

#[test]
fn the_date_and_time_in_the_users_time_zone_decide() {
    let lines = [line_expiring("a", date(2026, 12, 24))];
    // One instant: 21:00 on 23 November in New York, already 10:00 on 24 November in Shanghai.
    let instant: DateTime<FixedOffset> = "2026-11-24T02:00:00+00:00".parse().unwrap();
    let local =
        |hours: i32| instant.with_timezone(&FixedOffset::east_opt(hours * 3600).unwrap()).naive_local();
    let morning = (LeadTimes::default(), TimeOfDay::new(9, 0).unwrap());
    let due = |now| due_reminders(&lines, now, defaults(&morning), Device::default().record()).len();
    assert_eq!(due(local(-5)), 0, "23 November: 31 days before");
    assert_eq!(due(local(8)), 1, "24 November, after 09:00: 30 days before");
}

#[test]
fn the_schedule_for_the_worker_gives_each_reminder_its_window_and_time() {
    let mut line = line_expiring("v", date(2026, 12, 5));
    line.grace_days = Some(3);
    let setting = evening();
    let ahead: Vec<(u16, NaiveDate, NaiveDate, bool)> =
        schedule(std::slice::from_ref(&line), date(2026, 11, 24), defaults(&setting), &[], 60)
            .into_iter()
            .map(|s| {
                assert_eq!(s.at, TimeOfDay::new(20, 0).unwrap());
                (s.lead, s.on, s.last, s.once)
            })
            .collect();
    let d = |day| date(2026, 12, day);
    assert_eq!(
        ahead,
        [
            (30, date(2026, 11, 5), d(5), true),
            (7, date(2026, 11, 28), d(5), true),
            (1, d(4), d(5), true),
            (0, d(5), d(5), true),
            (0, d(6), d(6), false),
            (0, d(7), d(7), false),
            (0, d(8), d(8), false),
        ]
    );
    // Snoozed to 29 November: nothing before it, a reminder on it, the rest after it.
    let snoozed = with_hold(&[], snooze(&line, date(2026, 11, 28)).unwrap());
    let ahead = schedule(std::slice::from_ref(&line), date(2026, 11, 28), defaults(&setting), &snoozed, 60);
    assert!(ahead.iter().all(|s| s.on >= date(2026, 11, 29)), "{ahead:?}");
    assert!(ahead.iter().any(|s| s.on == date(2026, 11, 29) && s.last == date(2026, 11, 29)));
    // Stopped: nothing.
    let stopped = with_hold(&[], stop(&line).unwrap());
    assert_eq!(schedule(&[line], date(2026, 11, 28), defaults(&setting), &stopped, 60), []);
}

#[test]
fn shown_reminders_of_deleted_lines_are_forgotten_and_each_line_keeps_a_few() {
    let lines = [line_expiring("a", date(2026, 12, 31))];
    let key = |line: &str, lead: u16| ReminderKey {
        line: line.into(),
        deadline: date(2026, 12, 31),
        lead,
        day: date(2026, 11, 1).checked_add_days(Days::new(u64::from(30 - lead))),
    };
    let mut sent: Vec<ReminderKey> = (0..20u16).map(|lead| key("a", lead)).collect();
    sent.push(key("gone", 0));
    let kept = prune_sent(&sent, &lines);
    assert_eq!(kept.len(), 8);
    assert!(kept.iter().all(|key| key.line.as_str() == "a"));
    // The newest are kept: they stop repeats, on the day and for the lead times.
    assert!(kept.iter().any(|key| key.lead == 0));
}

#[test]
fn a_reminder_recorded_before_daily_repeats_still_reads_and_still_counts() {
    let old: ReminderKey = serde_json::from_str(r#"{"line":"a","deadline":"2026-12-01","lead":7}"#).unwrap();
    assert_eq!(old.day, None);
    let graced: ReminderKey =
        serde_json::from_str(r#"{"line":"a","deadline":"2026-12-01","lead":0,"grace_end":true}"#).unwrap();
    assert_eq!(graced.lead, 0);
    let mut device = Device { sent: vec![old], ..Device::default() };
    let lines = [line_expiring("a", date(2026, 12, 1))];
    assert_eq!(device.check(&lines, at(date(2026, 11, 25), 20, 0)), [], "7 days before was shown");
    assert_eq!(device.check(&lines, at(date(2026, 11, 30), 20, 0)), one("a", 1));
}

proptest! {
    /// Whatever the deadline, the grace period and the moments the app is opened: at most one
    /// reminder per line and day, none before the time of day, none before the first lead time,
    /// none after the last day the number can be recovered, and before the deadline each lead
    /// time at most once.
    #[test]
    fn never_twice_a_day_never_early_never_late(
        offset in 0u64..120,
        grace in proptest::option::of(0u32..40),
        visits in proptest::collection::vec((0u64..3, 0u32..24), 1..80),
    ) {
        let first = date(2026, 1, 1);
        let deadline = first + Days::new(offset);
        let mut line = line_expiring("a", deadline);
        line.grace_days = grace;
        let last_day = deadline + Days::new(u64::from(grace.unwrap_or(14)));
        let lines = [line];
        let mut device = Device::default();
        let mut day = first;
        for (gap, hour) in visits {
            day = day + Days::new(gap);
            let now = at(day, hour, 30);
            for (_, lead) in device.check(&lines, now) {
                prop_assert!(hour >= 20);
                prop_assert!((deadline - day).num_days() <= 30);
                prop_assert!(day <= last_day);
                let today: Vec<&ReminderKey> = device.sent.iter().filter(|k| k.day == Some(day)).collect();
                prop_assert_eq!(today.len(), 1);
                if day <= deadline {
                    let same_lead = device.sent.iter().filter(|k| k.lead == lead && k.day.is_some_and(|d| d <= deadline));
                    prop_assert_eq!(same_lead.count(), 1);
                }
            }
        }
    }
}
