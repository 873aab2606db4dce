//! Property tests of the date arithmetic behind every deadline.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, NaiveDate};
use linekeeper::domain::countdown::{grace_end, Countdown, Status};
use linekeeper::domain::period::{Period, PeriodUnit, MAX_DAYS, MAX_MONTHS};
use linekeeper::domain::renewal::{Action, Renewal};
use linekeeper::domain::rule::Rule;
use proptest::prelude::*;

mod common;

/// Any day from 1900-01-01 to 2200-12-31.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let span = (NaiveDate::from_ymd_opt(2200, 12, 31).unwrap() - first).num_days();
    (0..=span).prop_map(move |offset| first + chrono::Days::new(offset as u64))
}

fn any_period() -> impl Strategy<Value = Period> {
    prop_oneof![(1..=MAX_DAYS).prop_map(Period::days), (1..=MAX_MONTHS).prop_map(Period::months)]
}

proptest! {
    #[test]
    fn a_deadline_exists_and_is_never_before_the_last_done_date(last_done in any_date(), every in any_period()) {
        let rule = Rule::TopUpEvery { every, last_done };
        let deadline = rule.deadline().expect("no overflow in 1900–2200");
        prop_assert!(deadline > last_done);
    }

    #[test]
    fn adding_a_period_is_monotonic(a in any_date(), b in any_date(), every in any_period()) {
        let (earlier, later) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(every.after(earlier).unwrap() <= every.after(later).unwrap());
    }

    #[test]
    fn a_longer_period_never_ends_sooner(start in any_date(), n in 1..MAX_MONTHS, unit_is_days in any::<bool>()) {
        let (shorter, longer) = if unit_is_days {
            (Period::days(n), Period::days(n + 1))
        } else {
            (Period::months(n), Period::months(n + 1))
        };
        prop_assert!(shorter.after(start).unwrap() < longer.after(start).unwrap());
    }

    #[test]
    fn months_keep_the_day_or_clamp_to_the_month_end(start in any_date(), months in 1..=MAX_MONTHS) {
        let end = Period::months(months).after(start).unwrap();
        let month_index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        prop_assert_eq!(month_index(end) - month_index(start), months as i32);
        if end.day() != start.day() {
            // Clamped: the start day does not exist in the end month, and the end is its last day.
            prop_assert!(end.day() < start.day());
            prop_assert_eq!(end.succ_opt().unwrap().day(), 1);
        }
    }

    #[test]
    fn days_are_exact_calendar_days(start in any_date(), days in 1..=MAX_DAYS) {
        let end = Period::days(days).after(start).unwrap();
        prop_assert_eq!(Countdown::between(start, end).days_left, i64::from(days));
    }

    #[test]
    fn the_countdown_shrinks_by_one_each_day(today in any_date(), deadline in any_date()) {
        let tomorrow = today.succ_opt().unwrap();
        prop_assert_eq!(
            Countdown::between(tomorrow, deadline).days_left,
            Countdown::between(today, deadline).days_left - 1
        );
    }
}

#[test]
fn unit_variants_are_both_covered() {
    assert_eq!(Period::days(1).unit, PeriodUnit::Days);
    assert_eq!(Period::months(1).unit, PeriodUnit::Months);
}

/// A line whose deadline is `last_used` plus `every`, with a grace period of `grace` days.
fn use_line(last_used: NaiveDate, every: Period, grace: u32) -> linekeeper::domain::line::Line {
    let mut line = common::line_expiring("grace", "Grace line", common::date(2026, 1, 1));
    line.rules = vec![Rule::UseEvery { every, last_done: last_used }];
    line.grace_days = Some(grace);
    line
}

proptest! {
    #[test]
    fn the_grace_period_never_moves_the_deadline(
        last_used in any_date(), every in any_period(), grace in 0..=365u32, offset in -500..500i64,
    ) {
        let mut line = use_line(last_used, every, grace);
        let deadline = line.deadline().unwrap();
        line.grace_days = None;
        prop_assert_eq!(line.deadline(), Some(deadline));
        let today = deadline - chrono::Duration::days(offset);
        let with_grace = use_line(last_used, every, grace).countdown(today).unwrap();
        prop_assert_eq!(with_grace.days_left, offset);
    }

    #[test]
    fn suspended_exactly_from_the_day_after_the_deadline_to_the_grace_periods_last_day(
        deadline in any_date(), grace in 0..=365u32, offset in -400..400i64,
    ) {
        let today = deadline + chrono::Duration::days(offset);
        let countdown = Countdown::between(today, deadline).with_grace(Some(grace));
        let last_day = grace_end(deadline, grace).unwrap();
        let suspended = today > deadline && today <= last_day;
        prop_assert_eq!(countdown.status() == Status::Suspended, suspended);
        prop_assert_eq!(countdown.status() == Status::Expired, today > last_day);
        if suspended {
            prop_assert_eq!(countdown.recover_days_left(), Some((last_day - today).num_days()));
        }
    }

    #[test]
    fn a_renewal_during_the_grace_period_revives_the_line_from_its_own_date(
        last_used in any_date(), every in any_period(), grace in 1..=365u32, late in 1..=365u32,
    ) {
        let mut line = use_line(last_used, every, grace);
        let deadline = line.deadline().unwrap();
        let late = late.min(grace);
        let renewed_on = deadline + chrono::Days::new(u64::from(late));
        let entry = Renewal {
            id: "late".into(), date: renewed_on, action: Action::Usage, amount: None, channel: None, note: String::new(),
        };
        line.record(entry.clone());
        prop_assert_eq!(line.deadline(), every.after(renewed_on));
        prop_assert_eq!(line.late_by(&entry), Some(i64::from(late)));
        prop_assert_ne!(line.countdown(renewed_on).unwrap().status(), Status::Suspended);
    }
}

proptest! {
    /// Dates are read by `domain::iso_date`, written by chrono: every date written reads back.
    #[test]
    fn every_date_chrono_writes_reads_back(day in any_date()) {
        prop_assert_eq!(linekeeper::domain::iso_date::parse(&day.to_string()), Some(day));
    }

    /// The reader never accepts what chrono's own parser refuses, nor reads it otherwise.
    #[test]
    fn the_date_reader_agrees_with_chrono(text in "[0-9 -]{0,12}") {
        if let Some(day) = linekeeper::domain::iso_date::parse(&text) {
            prop_assert_eq!(text.trim().parse::<NaiveDate>().ok(), Some(day));
        }
    }
}
