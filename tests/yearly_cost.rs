//! The cost per calendar year: sums in minor units per currency, never converted, the bars'
//! geometry, the yearly average and the cost per month kept alive.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use linekeeper::domain::money::Money;
use linekeeper::domain::renewal::{Action, Renewal};
use linekeeper::domain::timeline::WIDTH;
use linekeeper::domain::yearly_cost::{cost_per_year, whole_months, FULL_HEIGHT, MAX_YEARS};
use proptest::prelude::*;

mod common;
use common::date;

fn paid(on: NaiveDate, minor: i64, currency: &str) -> Renewal {
    Renewal {
        id: format!("{on}-{minor}-{currency}").into(),
        date: on,
        action: Action::TopUp,
        amount: Some(Money { minor, currency: currency.into() }),
        channel: None,
        note: String::new(),
    }
}

#[test]
fn sums_each_calendar_year_per_currency_without_converting() {
    let history = [
        paid(date(2025, 12, 31), 1500, "EUR"),
        paid(date(2026, 1, 1), 1000, "EUR"),
        paid(date(2026, 6, 30), 505, "EUR"),
        paid(date(2026, 3, 1), 1000, "GBP"),
        Renewal { amount: None, ..paid(date(2026, 7, 1), 0, "EUR") },
    ];
    let costs = cost_per_year(&history, date(2026, 11, 24));
    let currencies: Vec<&str> = costs.iter().map(|c| c.currency.as_str()).collect();
    assert_eq!(currencies, ["EUR", "GBP"]);
    let eur: Vec<(i32, i64)> = costs[0].bars.iter().map(|bar| (bar.year, bar.minor)).collect();
    assert_eq!(eur, [(2025, 1500), (2026, 1505)], "31 Dec and 1 Jan fall in different years");
    assert_eq!(costs[0].average_per_year, 1503, "3005 / 2, rounded");
    let gbp: Vec<(i32, i64)> = costs[1].bars.iter().map(|bar| (bar.year, bar.minor)).collect();
    assert_eq!(gbp, [(2026, 1000)]);
}

#[test]
fn bars_are_as_high_as_their_share_of_the_dearest_year() {
    let history = [paid(date(2024, 5, 1), 2000, "EUR"), paid(date(2026, 5, 1), 500, "EUR")];
    let costs = cost_per_year(&history, date(2026, 11, 24));
    let bars = &costs[0].bars;
    let heights: Vec<(i32, u32)> = bars.iter().map(|bar| (bar.year, bar.height)).collect();
    assert_eq!(
        heights,
        [(2024, FULL_HEIGHT), (2025, 0), (2026, 250)],
        "a year without payments shows as one"
    );
    assert_eq!(costs[0].average_per_year, 833, "2500 over the three years");
    // Three slots across the width; each bar is its slot's middle 60%.
    assert_eq!((bars[0].bar_from, bars[0].bar_width, bars[0].middle), (666, 1999, 1666));
    assert!(bars[2].bar_from + bars[2].bar_width <= WIDTH);
}

#[test]
fn the_chart_shows_the_latest_years_and_the_average_counts_them_all() {
    let history: Vec<Renewal> = (2016..=2026).map(|year| paid(date(year, 3, 1), 1000, "EUR")).collect();
    let costs = cost_per_year(&history, date(2026, 11, 24));
    let years: Vec<i32> = costs[0].bars.iter().map(|bar| bar.year).collect();
    assert_eq!(years.len(), MAX_YEARS);
    assert_eq!(years.last(), Some(&2026));
    assert_eq!(costs[0].average_per_year, 1000);
}

#[test]
fn the_cost_per_month_counts_the_whole_months_since_the_first_payment() {
    let history = [paid(date(2025, 11, 24), 1200, "EUR"), paid(date(2026, 5, 24), 1200, "EUR")];
    assert_eq!(cost_per_year(&history, date(2026, 11, 24))[0].per_month, 200, "2400 over 12 months");
    assert_eq!(cost_per_year(&history, date(2026, 11, 23))[0].per_month, 218, "2400 over 11 months");
    let today = [paid(date(2026, 11, 24), 1500, "EUR")];
    assert_eq!(cost_per_year(&today, date(2026, 11, 24))[0].per_month, 1500, "at least one month");
}

#[test]
fn whole_months_clamp_at_month_ends_and_leap_days() {
    assert_eq!(whole_months(date(2026, 1, 31), date(2026, 2, 28)), 1);
    assert_eq!(whole_months(date(2026, 1, 31), date(2026, 2, 27)), 0);
    assert_eq!(whole_months(date(2028, 2, 29), date(2029, 2, 28)), 12);
    assert_eq!(whole_months(date(2026, 12, 15), date(2027, 1, 14)), 0, "across New Year");
    assert_eq!(whole_months(date(2026, 12, 15), date(2027, 1, 15)), 1);
    assert_eq!(whole_months(date(2026, 5, 1), date(2026, 4, 1)), 0);
}

#[test]
fn no_amounts_no_chart() {
    let free = Renewal { amount: None, ..paid(date(2026, 1, 1), 0, "EUR") };
    assert!(cost_per_year(&[free], date(2026, 11, 24)).is_empty());
}

fn any_payment() -> impl Strategy<Value = Renewal> {
    let currency = prop_oneof![Just("EUR"), Just("GBP"), Just("JPY")];
    (0..3650u64, 1..100_000_000i64, currency)
        .prop_map(|(offset, minor, currency)| paid(date(2017, 1, 1) + Days::new(offset), minor, currency))
}

proptest! {
    #[test]
    fn the_bars_add_up_to_every_amount_of_their_currency(history in prop::collection::vec(any_payment(), 1..40)) {
        let costs = cost_per_year(&history, date(2027, 1, 1));
        for cost in &costs {
            let recorded: i64 = history
                .iter()
                .filter_map(|entry| entry.amount.as_ref())
                .filter(|money| money.currency == cost.currency)
                .map(|money| money.minor)
                .sum();
            // Ten years of payments fit the chart's six years only when they span six or fewer.
            let shown: i64 = cost.bars.iter().map(|bar| bar.minor).sum();
            prop_assert!(shown <= recorded);
            if cost.bars.len() < MAX_YEARS {
                prop_assert_eq!(shown, recorded);
            }
            for pair in cost.bars.windows(2) {
                prop_assert_eq!(pair[0].year + 1, pair[1].year);
                prop_assert!(pair[0].bar_from + pair[0].bar_width <= pair[1].bar_from);
            }
            prop_assert!(cost.bars.iter().all(|bar| bar.height <= FULL_HEIGHT));
            prop_assert!(cost.bars.iter().any(|bar| bar.height == FULL_HEIGHT));
        }
    }

    #[test]
    fn whole_months_never_overshoot(from_offset in 0..3650u64, days in 0..3650u64) {
        let from = date(2017, 1, 1) + Days::new(from_offset);
        let to = from + Days::new(days);
        let months = whole_months(from, to);
        prop_assert!(from.checked_add_months(chrono::Months::new(months as u32)).unwrap() <= to);
        prop_assert!(from.checked_add_months(chrono::Months::new(months as u32 + 1)).unwrap() > to);
    }
}
