//! The year at a glance: the axis from today to twelve months on, its month ticks, the rows'
//! deadlines, renewal windows and grace periods as positions, and the shortened labels.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, NaiveDate};
use linekeeper::domain::countdown::Status;
use linekeeper::domain::period::Period;
use linekeeper::domain::rule::Rule;
use linekeeper::domain::timeline::{
    percent, renewal_window, shortened, timeline, Axis, DateRange, Placement, Span, MAX_ROWS, WIDTH,
};
use proptest::prelude::*;

mod common;
use common::{date, line_expiring};

fn axis(today: NaiveDate) -> Axis {
    Axis::next_12_months(today).expect("in range")
}

#[test]
fn the_axis_runs_twelve_months_and_counts_a_leap_day() {
    assert_eq!(axis(date(2026, 11, 24)).end, date(2027, 11, 24));
    assert_eq!(axis(date(2026, 11, 24)).days(), 365);
    assert_eq!(axis(date(2027, 3, 1)).days(), 366, "29 Feb 2028 lies on it");
    // From a month's last day to a shorter month's last day.
    assert_eq!(axis(date(2027, 2, 28)).end, date(2028, 2, 28));
    assert_eq!(axis(date(2028, 2, 29)).end, date(2029, 2, 28));
}

#[test]
fn ticks_are_the_month_starts_on_the_axis() {
    let ticks = axis(date(2026, 11, 24)).ticks();
    let days: Vec<NaiveDate> = ticks.iter().map(|tick| tick.day).collect();
    assert_eq!(days.first(), Some(&date(2026, 12, 1)));
    assert_eq!(days.last(), Some(&date(2027, 11, 1)));
    assert_eq!(days.len(), 12);
    assert!(days.contains(&date(2027, 1, 1)), "across New Year");
    // 1 Dec is 7 days in: 7/365 of the width.
    assert_eq!(ticks[0].x, 192);

    // An axis that starts on a month's first day begins and ends on a tick.
    let from_first = axis(date(2027, 1, 1)).ticks();
    assert_eq!(from_first.len(), 13);
    assert_eq!((from_first[0].x, from_first[12].x), (0, WIDTH));
}

#[test]
fn month_names_go_in_the_middle_of_each_whole_month() {
    let labels = axis(date(2026, 11, 24)).month_labels();
    let months: Vec<u32> = labels.iter().map(|label| label.month).collect();
    assert_eq!(months, [12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "November is cut at both ends");
    // December: 1 Dec (day 7) to 1 Jan (day 38).
    assert_eq!(labels[0].x, (192 + 1041) / 2);
}

#[test]
fn days_off_the_axis_are_before_or_after_it() {
    let axis = axis(date(2026, 11, 24));
    assert_eq!(axis.place(date(2026, 11, 23)), Placement::Before);
    assert_eq!(axis.place(date(2026, 11, 24)), Placement::At(0));
    assert_eq!(axis.place(date(2027, 11, 24)), Placement::At(WIDTH));
    assert_eq!(axis.place(date(2027, 11, 25)), Placement::After);
    assert_eq!(axis.x(date(2020, 1, 1)), 0, "clamped");
}

#[test]
fn a_span_crossing_new_year_or_an_end_of_the_axis_is_cut_to_it() {
    let axis = axis(date(2026, 11, 24));
    let new_year = DateRange { from: date(2026, 12, 17), to: date(2027, 1, 16) };
    let span = axis.span(new_year).expect("on the axis");
    assert_eq!(span, Span { from: axis.x(date(2026, 12, 17)), to: axis.x(date(2027, 1, 16)) });
    assert!(span.from < axis.x(date(2027, 1, 1)) && axis.x(date(2027, 1, 1)) < span.to);

    let started_before = DateRange { from: date(2026, 10, 1), to: date(2026, 12, 1) };
    assert_eq!(axis.span(started_before).map(|s| s.from), Some(0));
    let ends_after = DateRange { from: date(2027, 11, 1), to: date(2028, 1, 1) };
    assert_eq!(axis.span(ends_after).map(|s| s.to), Some(WIDTH));
    let long_gone = DateRange { from: date(2026, 1, 1), to: date(2026, 2, 1) };
    assert_eq!(axis.span(long_gone), None);
    let far_ahead = DateRange { from: date(2028, 1, 1), to: date(2028, 2, 1) };
    assert_eq!(axis.span(far_ahead), None);
}

#[test]
fn the_renewal_window_is_a_use_rules_whole_period_and_the_last_30_days_of_a_top_up() {
    let mut usage = line_expiring("u", "Use", date(2030, 1, 1));
    usage.rules = vec![Rule::UseEvery { every: Period::months(6), last_done: date(2026, 9, 1) }];
    assert_eq!(renewal_window(&usage), Some(DateRange { from: date(2026, 9, 1), to: date(2027, 3, 1) }));

    let mut top_up = line_expiring("t", "Top-up", date(2030, 1, 1));
    top_up.rules = vec![Rule::TopUpEvery { every: Period::months(12), last_done: date(2026, 1, 15) }];
    let window = renewal_window(&top_up).expect("a deadline");
    assert_eq!(window, DateRange { from: date(2026, 12, 16), to: date(2027, 1, 15) }, "across New Year");

    // A period shorter than 30 days: the window is the whole period.
    top_up.rules = vec![Rule::TopUpEvery { every: Period::days(10), last_done: date(2026, 11, 20) }];
    assert_eq!(renewal_window(&top_up).map(|w| w.from), Some(date(2026, 11, 20)));

    let fixed = line_expiring("f", "Fixed", date(2027, 3, 1));
    assert_eq!(renewal_window(&fixed), Some(DateRange { from: date(2027, 1, 30), to: date(2027, 3, 1) }));

    // Two rules: the one that sets the deadline sets the window.
    let mut both = line_expiring("b", "Both", date(2027, 6, 1));
    both.rules.push(Rule::UseEvery { every: Period::days(90), last_done: date(2026, 10, 1) });
    assert_eq!(renewal_window(&both), Some(DateRange { from: date(2026, 10, 1), to: date(2026, 12, 30) }));
}

#[test]
fn rows_come_nearest_first_with_a_past_deadline_and_its_grace_period() {
    let today = date(2026, 11, 24);
    let later = line_expiring("later", "Later", date(2027, 10, 24));
    let mut lapsed = line_expiring("lapsed", "Lapsed", date(2026, 11, 14));
    lapsed.grace_days = Some(90);
    let soon = line_expiring("soon", "Soon", date(2026, 12, 4));
    let beyond = line_expiring("beyond", "Beyond", date(2028, 1, 1));
    let found = timeline(&[later, lapsed, soon, beyond], today, MAX_ROWS).expect("in range");
    let ids: Vec<&str> = found.rows.iter().map(|row| row.id.as_str()).collect();
    assert_eq!(ids, ["lapsed", "soon", "later", "beyond"]);
    assert_eq!(found.more, 0);

    let lapsed = &found.rows[0];
    assert_eq!(lapsed.status, Status::Suspended);
    assert_eq!(lapsed.deadline_at, Placement::Before);
    assert_eq!(lapsed.grace_end, Some(date(2027, 2, 12)));
    assert_eq!(lapsed.grace_span, Some(Span { from: 0, to: found.axis.x(date(2027, 2, 12)) }));
    assert_eq!(lapsed.window_span, None, "the window closed before today");

    let soon = &found.rows[1];
    assert_eq!(soon.deadline_at, Placement::At(found.axis.x(date(2026, 12, 4))));
    assert_eq!(soon.window_span.map(|s| s.from), Some(0), "the window is open today");
    assert_eq!(soon.grace_span, None, "no grace period known");
    assert_eq!(found.rows[3].deadline_at, Placement::After);
}

#[test]
fn many_lines_show_the_nearest_and_count_the_rest() {
    let today = date(2026, 11, 24);
    let lines: Vec<_> = (0..12u64)
        .map(|i| line_expiring(&format!("l{i}"), &format!("Line {i:02}"), today + Days::new(100 - i)))
        .collect();
    let found = timeline(&lines, today, 3).expect("in range");
    let names: Vec<&str> = found.rows.iter().map(|row| row.name.as_str()).collect();
    assert_eq!(names, ["Line 11", "Line 10", "Line 09"]);
    assert_eq!(found.more, 9);
}

#[test]
fn a_line_without_a_deadline_has_no_row_and_is_not_counted() {
    // A 120-month period from chrono's last year leaves its range: no deadline.
    let mut endless = line_expiring("endless", "Endless", date(2030, 1, 1));
    endless.rules = vec![Rule::TopUpEvery { every: Period::months(120), last_done: NaiveDate::MAX }];
    assert_eq!(endless.deadline(), None);
    let found =
        timeline(&[endless, line_expiring("a", "A", date(2027, 1, 1))], date(2026, 11, 24), 8).unwrap();
    assert_eq!(found.rows.len(), 1);
    assert_eq!(found.more, 0);
}

#[test]
fn long_names_are_shortened_by_columns_a_chinese_character_counting_two() {
    assert_eq!(shortened("Belgian Proximus", 24), "Belgian Proximus");
    assert_eq!(shortened("My very long Belgian Proximus line", 16), "My very long Be…");
    assert_eq!(shortened("比利时号码一二三四五六七八", 12), "比利时号码…");
    assert_eq!(shortened("Trailing space here", 10), "Trailing…");
}

#[test]
fn positions_are_written_as_percentages() {
    assert_eq!(percent(0), "0%");
    assert_eq!(percent(3750), "37.5%");
    assert_eq!(percent(192), "1.92%");
    assert_eq!(percent(1205), "12.05%");
    assert_eq!(percent(WIDTH), "100%");
}

/// Any day from 1970 to 2200.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = date(1970, 1, 1);
    (0..=84_000u64).prop_map(move |offset| first + Days::new(offset))
}

proptest! {
    #[test]
    fn every_day_on_the_axis_maps_inside_it_in_order(today in any_date(), a in 0..=366u64, b in 0..=366u64) {
        let axis = axis(today);
        let (a, b) = (today + Days::new(a.min(b)), today + Days::new(a.max(b)));
        for day in [a, b] {
            if day <= axis.end {
                prop_assert!(matches!(axis.place(day), Placement::At(x) if x <= WIDTH));
            } else {
                prop_assert_eq!(axis.place(day), Placement::After);
            }
        }
        prop_assert!(axis.x(a) <= axis.x(b));
    }

    #[test]
    fn ticks_are_month_starts_in_order_inside_the_axis(today in any_date()) {
        let axis = axis(today);
        let ticks = axis.ticks();
        prop_assert!(ticks.len() == 12 || ticks.len() == 13);
        for tick in &ticks {
            prop_assert_eq!(tick.day.day(), 1);
            prop_assert!(axis.start <= tick.day && tick.day <= axis.end);
        }
        for pair in ticks.windows(2) {
            prop_assert!(pair[0].x < pair[1].x);
            prop_assert_eq!(pair[0].day.checked_add_months(chrono::Months::new(1)), Some(pair[1].day));
        }
    }

    #[test]
    fn a_deadline_within_twelve_months_is_drawn_inside_the_axis(today in any_date(), ahead in 0..=365u64) {
        let deadline = today + Days::new(ahead);
        let found = timeline(&[line_expiring("l", "L", deadline)], today, MAX_ROWS).unwrap();
        let row = &found.rows[0];
        prop_assert!(matches!(row.deadline_at, Placement::At(x) if x <= WIDTH));
        let window = row.window_span.expect("the window ends on the deadline");
        prop_assert!(window.from <= window.to && window.to <= WIDTH);
    }
}
