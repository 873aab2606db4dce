//! A rule whose top-ups buy time by their amount: recording a renewal moves the deadline by the
//! matching tier, a larger amount never gives an earlier deadline, the deadline never passes the
//! cap, and the rule is stored and read back like any other.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use linekeeper::domain::line::Line;
use linekeeper::domain::money::Money;
use linekeeper::domain::period::Period;
use linekeeper::domain::renewal::{Action, Renewal};
use linekeeper::domain::rule::Rule;
use linekeeper::domain::validation::{validate_line, Field, LineDraft, Problem, RuleDraft};
use linekeeper::domain::validity_tiers::{Counted, Tier, ValidityTiers};
use proptest::prelude::*;

mod common;

fn hong_kong(counted: Counted, cap: Option<Period>) -> ValidityTiers {
    ValidityTiers {
        currency: "HKD".into(),
        tiers: vec![
            Tier { from: 1_000, buys: Period::days(30) },
            Tier { from: 30_000, buys: Period::days(180) },
        ],
        counted,
        cap,
    }
}

fn line_topped_up(tiers: ValidityTiers, day: NaiveDate) -> Line {
    let mut line = common::line_expiring("hk", "HK line", day);
    line.currency = "HKD".into();
    line.rules = vec![Rule::TopUpBuys { by_amount: tiers, last_done: day, amount: None, left: None }];
    line
}

fn top_up(id: &str, day: NaiveDate, hkd: Option<i64>) -> Renewal {
    Renewal {
        id: id.into(),
        date: day,
        action: Action::TopUp,
        amount: hkd.map(|minor| Money { minor, currency: "HKD".into() }),
        channel: None,
        note: String::new(),
    }
}

#[test]
fn two_lines_topped_up_the_same_day_with_different_amounts_have_different_deadlines() {
    let start = common::date(2026, 6, 1);
    let day = common::date(2026, 12, 4);
    let mut small = line_topped_up(hong_kong(Counted::FromTopUp, None), start);
    let mut large = small.clone();
    small.record(top_up("a", day, Some(5_000)));
    large.record(top_up("b", day, Some(30_000)));
    assert_eq!(small.deadline(), Some(common::date(2027, 1, 3)), "HK$50: 30 days");
    assert_eq!(large.deadline(), Some(common::date(2027, 6, 2)), "HK$300: 180 days");
}

#[test]
fn a_top_up_without_an_amount_counts_as_the_smallest_tier() {
    let day = common::date(2026, 12, 4);
    let mut line = line_topped_up(hong_kong(Counted::FromTopUp, None), common::date(2026, 11, 1));
    line.record(top_up("a", day, None));
    assert_eq!(line.deadline(), Some(common::date(2027, 1, 3)));
}

#[test]
fn added_time_stacks_top_up_after_top_up() {
    let first = common::date(2026, 1, 1);
    let mut line = line_topped_up(hong_kong(Counted::Added, None), first);
    // The form's top-up (no amount: 30 days) runs to 31 Jan; one of HK$300 on 10 Jan adds 180.
    line.record(top_up("a", common::date(2026, 1, 10), Some(30_000)));
    assert_eq!(line.deadline(), Some(common::date(2026, 7, 30)));
}

#[test]
fn the_line_form_takes_the_last_top_up_and_its_amount() {
    let tiers = hong_kong(Counted::FromTopUp, None);
    let draft = LineDraft {
        name: "HK".into(),
        number: "+852 9123 4567".into(),
        country: "HK".into(),
        currency: "HKD".into(),
        rules: vec![RuleDraft {
            kind: linekeeper::domain::rule::RuleKind::TopUpBuys,
            last_done: "2026-12-04".into(),
            amount: "300".into(),
            by_amount: Some(tiers.clone()),
            ..RuleDraft::default()
        }],
        ..LineDraft::default()
    };
    let line = validate_line(&draft, "id".into()).expect("valid");
    assert_eq!(line.deadline(), Some(common::date(2027, 6, 2)));
    assert_eq!(LineDraft::from_line(&line).rules[0].amount, "300.00", "the form shows it back");

    let mut below = draft.clone();
    below.rules[0].amount = "5".into();
    let errors = validate_line(&below, "id".into()).unwrap_err();
    assert_eq!(errors[0].field, Field::RuleAmount(0));
    assert_eq!(errors[0].problem, Problem::BelowSmallestTier);
}

#[test]
fn a_rule_by_amount_is_stored_and_read_back() {
    let rule = Rule::TopUpBuys {
        by_amount: hong_kong(Counted::Added, Some(Period::days(365))),
        last_done: common::date(2026, 12, 4),
        amount: Some(5_000),
        left: None,
    };
    let text = serde_json::to_string(&rule).unwrap();
    assert!(text.starts_with(r#"{"kind":"top_up_buys","#), "{text}");
    assert_eq!(serde_json::from_str::<Rule>(&text).unwrap(), rule);
    let unordered = text.replace(r#""from":30000"#, r#""from":500"#);
    assert!(serde_json::from_str::<Rule>(&unordered).is_err(), "tiers that sell less for more are refused");
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    (0..=40_000_u64).prop_map(move |offset| first + chrono::Days::new(offset))
}

/// Tiers with growing amounts and growing periods, in days or months, sometimes capped.
fn any_tiers() -> impl Strategy<Value = ValidityTiers> {
    let steps = prop::collection::vec((1..5_000_i64, 0..200_u32), 1..6);
    (steps, any::<bool>(), any::<bool>(), prop::option::of(1..800_u32)).prop_map(
        |(steps, months, added, cap)| {
            let (mut from, mut count) = (0, 1);
            let tiers = steps
                .into_iter()
                .map(|(more_money, more_time)| {
                    from += more_money;
                    count += more_time % if months { 12 } else { 365 };
                    let buys =
                        if months { Period::months(count.min(120)) } else { Period::days(count.min(3650)) };
                    Tier { from, buys }
                })
                .collect();
            let counted = if added { Counted::Added } else { Counted::FromTopUp };
            ValidityTiers { currency: "HKD".into(), tiers, counted, cap: cap.map(Period::days) }
        },
    )
}

proptest! {
    #[test]
    fn a_larger_amount_never_gives_an_earlier_deadline(
        tiers in any_tiers(), left in prop::option::of(any_date()), day in any_date(),
        a in 0..30_000_i64, b in 0..30_000_i64,
    ) {
        prop_assume!(tiers.check().is_ok());
        let (smaller, larger) = if a <= b { (a, b) } else { (b, a) };
        let after = |amount| tiers.after_top_up(left, day, Some(amount)).unwrap();
        prop_assert!(after(smaller) <= after(larger));
        prop_assert!(tiers.after_top_up(left, day, None).unwrap() <= after(larger.max(tiers.tiers[0].from)));
    }

    #[test]
    fn the_deadline_never_passes_the_cap(tiers in any_tiers(), day in any_date(), amounts in prop::collection::vec(0..30_000_i64, 1..6)) {
        prop_assume!(tiers.check().is_ok());
        let mut line = line_topped_up(tiers.clone(), day);
        for (at, minor) in amounts.iter().enumerate() {
            line.record(top_up(&format!("t{at}"), day + chrono::Days::new(at as u64 * 20), Some(*minor)));
        }
        let last = line.history.iter().map(|entry| entry.date).max().unwrap();
        if let Some(cap) = tiers.cap {
            prop_assert!(line.deadline().unwrap() <= cap.after(last).unwrap());
        }
        prop_assert!(line.deadline().unwrap() >= day, "never before the first top-up");
    }
}
