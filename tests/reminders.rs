//! The reminder schedule: which reminders are due, across month ends, time-zone offsets, lines
//! edited after a reminder was sent and long absences; never the same reminder twice.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use common::date;
use linekeeper::domain::lead_times::LeadTimes;
use linekeeper::domain::line::Line;
use linekeeper::domain::period::Period;
use linekeeper::domain::reminders::{due_reminders, prune_sent, schedule, ReminderKey};
use linekeeper::domain::renewal::{Action, Channel, Renewal};
use linekeeper::domain::rule::Rule;
use proptest::prelude::*;

fn line_expiring(id: &str, expires_on: NaiveDate) -> Line {
    common::line_expiring(id, &format!("Line {id}"), expires_on)
}

/// The leads of the reminders due for `lines` on `today`, after those already `sent`.
fn due_leads(lines: &[Line], today: NaiveDate, sent: &[ReminderKey]) -> Vec<(String, u16)> {
    due_reminders(lines, today, &LeadTimes::default(), sent)
        .into_iter()
        .map(|reminder| (reminder.key.line.to_string(), reminder.key.lead))
        .collect()
}

/// Opens the app every day from `first` to `last`, showing and recording what is due.
fn open_daily(lines: &[Line], first: NaiveDate, last: NaiveDate) -> Vec<ReminderKey> {
    let mut sent = Vec::new();
    let mut today = first;
    while today <= last {
        let due = due_reminders(lines, today, &LeadTimes::default(), &sent);
        sent.extend(due.into_iter().map(|reminder| reminder.key));
        today = today + Days::new(1);
    }
    sent
}

#[test]
fn a_line_due_in_3_days_gets_its_7_day_reminder_once() {
    let lines = [line_expiring("a", date(2026, 11, 27))];
    let today = date(2026, 11, 24);
    assert_eq!(due_leads(&lines, today, &[]), [("a".to_owned(), 7)]);
    let sent: Vec<ReminderKey> =
        due_reminders(&lines, today, &LeadTimes::default(), &[]).into_iter().map(|r| r.key).collect();
    assert_eq!(due_leads(&lines, today, &sent), []);
}

#[test]
fn nothing_is_due_before_the_longest_lead_time() {
    let lines = [line_expiring("a", date(2027, 1, 31))];
    assert_eq!(due_leads(&lines, date(2026, 12, 31), &[]), []);
    assert_eq!(due_leads(&lines, date(2027, 1, 1), &[]), [("a".to_owned(), 30)]);
}

#[test]
fn daily_visits_get_each_lead_time_once_across_a_month_end() {
    // Deadline 1 March 2027: 30 days before is 30 January, 1 day before is 28 February.
    let lines = [line_expiring("a", date(2027, 3, 1))];
    let sent = open_daily(&lines, date(2027, 1, 1), date(2027, 3, 10));
    let on_days: Vec<u16> = sent.iter().map(|key| key.lead).collect();
    assert_eq!(on_days, [30, 7, 1, 0]);
    assert!(sent.iter().all(|key| key.deadline == date(2027, 3, 1)));
}

#[test]
fn a_user_back_after_three_months_gets_one_reminder_per_line() {
    let lines = [
        line_expiring("expired", date(2026, 9, 15)),
        line_expiring("today", date(2026, 11, 24)),
        line_expiring("soon", date(2026, 12, 10)),
        line_expiring("later", date(2027, 6, 1)),
    ];
    let due = due_leads(&lines, date(2026, 11, 24), &[]);
    assert_eq!(due, [("expired".to_owned(), 0), ("today".to_owned(), 0), ("soon".to_owned(), 30)]);
}

#[test]
fn a_renewal_after_a_reminder_starts_a_fresh_cycle() {
    let mut line = Line {
        rules: vec![Rule::TopUpEvery { every: Period::months(12), last_done: date(2025, 12, 1) }],
        ..line_expiring("a", date(2000, 1, 1))
    };
    let sent: Vec<ReminderKey> =
        due_reminders(&[line.clone()], date(2026, 11, 28), &LeadTimes::default(), &[])
            .into_iter()
            .map(|r| r.key)
            .collect();
    assert_eq!(sent[0].lead, 7);
    line.record(Renewal {
        id: "r1".into(),
        date: date(2026, 11, 29),
        action: Action::TopUp,
        amount: None,
        channel: Some(Channel::Online),
        note: String::new(),
    });
    // The deadline moved a year on: nothing now, and the new deadline's reminders later.
    assert_eq!(due_leads(&[line.clone()], date(2026, 11, 30), &sent), []);
    assert_eq!(due_leads(&[line], date(2027, 11, 1), &sent), [("a".to_owned(), 30)]);
}

#[test]
fn editing_a_line_without_moving_its_deadline_sends_nothing_again() {
    let line = line_expiring("a", date(2026, 11, 27));
    let sent = open_daily(std::slice::from_ref(&line), date(2026, 11, 20), date(2026, 11, 24));
    let renamed = Line { name: "Renamed".into(), notes: "new notes".into(), ..line };
    assert_eq!(due_leads(&[renamed], date(2026, 11, 24), &sent), []);
}

#[test]
fn lead_times_changed_after_a_reminder_do_not_repeat_it() {
    let line = line_expiring("a", date(2026, 11, 27));
    let sent = open_daily(std::slice::from_ref(&line), date(2026, 11, 24), date(2026, 11, 24));
    assert_eq!(sent[0].lead, 7);
    let own = |typed| Line { lead_times: Some(LeadTimes::parse(typed).unwrap()), ..line.clone() };
    // "7 days before" was sent: a longer lead time added since has nothing to add...
    assert_eq!(due_reminders(&[own("14, 7")], date(2026, 11, 24), &LeadTimes::default(), &sent), []);
    // ...a line's own lead times replace the default, so no "1 day before" for this one...
    assert_eq!(due_reminders(&[own("14, 7")], date(2026, 11, 26), &LeadTimes::default(), &sent), []);
    // ...but a closer one the user asked for still comes.
    let closer = due_reminders(&[own("5")], date(2026, 11, 24), &LeadTimes::default(), &sent);
    assert_eq!(closer.iter().map(|r| r.key.lead).collect::<Vec<_>>(), [5]);
}

#[test]
fn the_date_in_the_users_time_zone_decides() {
    let lines = [line_expiring("a", date(2026, 12, 24))];
    // One instant: still 23 November in New York, already 24 November in Shanghai.
    let instant: DateTime<FixedOffset> = "2026-11-24T02:00:00+00:00".parse().unwrap();
    let local_day =
        |hours: i32| instant.with_timezone(&FixedOffset::east_opt(hours * 3600).unwrap()).date_naive();
    assert_eq!(due_leads(&lines, local_day(-5), &[]), []);
    assert_eq!(due_leads(&lines, local_day(8), &[]), [("a".to_owned(), 30)]);
}

#[test]
fn the_schedule_ahead_lists_each_reminder_on_its_day() {
    let lines = [line_expiring("a", date(2026, 12, 31)), line_expiring("b", date(2026, 12, 5))];
    let scheduled: Vec<(String, u16, NaiveDate)> =
        schedule(&lines, date(2026, 11, 24), &LeadTimes::default(), 60)
            .into_iter()
            .map(|s| (s.key.line.to_string(), s.key.lead, s.on))
            .collect();
    assert_eq!(
        scheduled,
        [
            ("b".to_owned(), 7, date(2026, 11, 28)),
            ("a".to_owned(), 30, date(2026, 12, 1)),
            ("b".to_owned(), 1, date(2026, 12, 4)),
            ("b".to_owned(), 0, date(2026, 12, 5)),
            ("a".to_owned(), 7, date(2026, 12, 24)),
            ("a".to_owned(), 1, date(2026, 12, 30)),
            ("a".to_owned(), 0, date(2026, 12, 31)),
        ]
    );
}

#[test]
fn sent_reminders_of_deleted_lines_are_forgotten_and_each_line_keeps_a_few() {
    let lines = [line_expiring("a", date(2026, 12, 31))];
    let mut sent: Vec<ReminderKey> = (0..20u16)
        .map(|lead| ReminderKey { line: "a".into(), deadline: date(2026, 12, 31), lead, grace_end: false })
        .collect();
    sent.push(ReminderKey { line: "gone".into(), deadline: date(2026, 12, 31), lead: 0, grace_end: false });
    let kept = prune_sent(&sent, &lines);
    assert_eq!(kept.len(), 8);
    assert!(kept.iter().all(|key| key.line.as_str() == "a"));
    // The most urgent ones are kept: they are the ones that stop repeats.
    assert!(kept.iter().any(|key| key.lead == 0));
}

proptest! {
    /// Whatever the deadline and however often the app is opened, each (line, deadline, lead
    /// time) is sent at most once, leads only get shorter, and none is sent before its day.
    #[test]
    fn never_twice_and_never_early(offset in 0i64..200, visits in proptest::collection::vec(1u64..20, 1..30)) {
        let first = date(2026, 1, 1);
        let deadline = first + Days::new(u64::try_from(offset).unwrap());
        let lines = [line_expiring("a", deadline)];
        let mut sent: Vec<ReminderKey> = Vec::new();
        let mut today = first;
        for gap in visits {
            for reminder in due_reminders(&lines, today, &LeadTimes::default(), &sent) {
                prop_assert!(!sent.contains(&reminder.key));
                prop_assert!(sent.last().is_none_or(|last| reminder.key.lead < last.lead));
                prop_assert!((deadline - today).num_days() <= i64::from(reminder.key.lead));
                sent.push(reminder.key);
            }
            today = today + Days::new(gap);
        }
    }
}

#[test]
fn a_known_grace_period_brings_one_last_reminder_on_its_last_day() {
    let mut line = line_expiring("v", date(2026, 12, 20));
    line.grace_days = Some(29);
    let lines = [line];
    // Daily visits from a month before the deadline to well past the grace period.
    let sent = open_daily(&lines, date(2026, 11, 20), date(2027, 3, 1));
    let grace: Vec<&ReminderKey> = sent.iter().filter(|key| key.grace_end).collect();
    assert_eq!(grace.len(), 1, "once, never twice: {sent:?}");
    let leads: Vec<u16> = sent.iter().filter(|key| !key.grace_end).map(|key| key.lead).collect();
    assert_eq!(leads, [30, 7, 1, 0], "the grace period moves no lead time");
    // The last day is 18 January 2027, across New Year.
    let on_last_day = due_reminders(&lines, date(2027, 1, 18), &LeadTimes::default(), &[]);
    assert!(on_last_day[0].key.grace_end);
    assert_eq!(on_last_day[0].days_left, -29);
    assert!(due_reminders(&lines, date(2027, 1, 19), &LeadTimes::default(), &[])
        .iter()
        .all(|reminder| !reminder.key.grace_end));
}

#[test]
fn the_schedule_for_the_worker_holds_the_grace_periods_last_day() {
    let mut line = line_expiring("v", date(2026, 12, 20));
    line.grace_days = Some(29);
    let ahead = schedule(&[line], date(2026, 11, 24), &LeadTimes::default(), 90);
    let last = ahead.last().expect("reminders ahead");
    assert!(last.key.grace_end);
    assert_eq!(last.on, date(2027, 1, 18));
    assert_eq!(last.key.tag(), "v/2026-12-20/grace");
    assert_eq!(ahead[0].key.tag(), "v/2026-12-20/7");
}
