//! What the money recorded in renewals adds up to per calendar year, per currency (never
//! converted), with the bars' geometry for a small chart: each year's share of the chart's
//! width and its bar's height relative to the dearest year.

use chrono::{Datelike, Months, NaiveDate};

use super::money::{sum, Money};
use super::renewal::Renewal;
use super::timeline::WIDTH;

/// The most years a chart shows: the latest ones (older years still count in the average).
pub const MAX_YEARS: usize = 6;

/// A bar's full height, for the dearest year: per mille.
pub const FULL_HEIGHT: u32 = 1000;

/// One calendar year's bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearBar {
    pub year: i32,
    /// The sum of the amounts recorded that year, in minor units.
    pub minor: i64,
    /// Per mille of the dearest year's (0 for a year without payments).
    pub height: u32,
    /// The bar's slot on the chart's width (basis points): the bar is the slot's middle 60%.
    pub bar_from: u32,
    pub bar_width: u32,
    /// The middle of the slot, where the year and the amount are written.
    pub middle: u32,
}

/// One currency's years, from its first year with a payment to its last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyYears {
    pub currency: String,
    /// At most `MAX_YEARS`, the latest, oldest first; years between without payments are there
    /// with nothing, so that a gap shows as one.
    pub bars: Vec<YearBar>,
    /// Everything recorded in this currency divided by the years from the first to the last
    /// year with a payment (all of them, shown or not), rounded.
    pub average_per_year: i64,
    /// Everything recorded in this currency divided by the whole months from its first payment
    /// to today (at least one), rounded: what a month of keeping the numbers alive has cost.
    pub per_month: i64,
}

/// The cost per calendar year of `renewals`, per currency in code order.
pub fn cost_per_year<'a>(
    renewals: impl IntoIterator<Item = &'a Renewal>,
    today: NaiveDate,
) -> Vec<CurrencyYears> {
    let paid: Vec<(&Money, NaiveDate)> =
        renewals.into_iter().filter_map(|entry| Some((entry.amount.as_ref()?, entry.date))).collect();
    // Scans rather than a map per (currency, year): a few dozen payments and at most six years,
    // and no map code in the wasm beyond the `Totals` it already has.
    sum(paid.iter().map(|(money, _)| *money))
        .into_iter()
        .map(|(currency, total)| {
            let mine = || paid.iter().filter(|(money, _)| money.currency == currency);
            // A total has at least one payment; `today` stands in only to need no panic.
            let first = mine().map(|(_, day)| *day).min().unwrap_or(today);
            let last_year = mine().map(|(_, day)| day.year()).max().unwrap_or(today.year());
            let shown_from = first.year().max(last_year - MAX_YEARS as i32 + 1);
            let sums: Vec<(i32, i64)> = (shown_from..=last_year)
                .map(|year| {
                    (year, mine().filter(|(_, day)| day.year() == year).map(|(money, _)| money.minor).sum())
                })
                .collect();
            let year_count = i64::from(last_year - first.year() + 1);
            CurrencyYears {
                bars: bars(&sums),
                average_per_year: rounded_div(total, year_count),
                per_month: rounded_div(total, whole_months(first, today).max(1)),
                currency,
            }
        })
        .collect()
}

fn bars(sums: &[(i32, i64)]) -> Vec<YearBar> {
    let dearest = sums.iter().map(|(_, minor)| *minor).max().unwrap_or(0).max(1);
    let slot = WIDTH / sums.len().max(1) as u32;
    sums.iter()
        .enumerate()
        .map(|(index, &(year, minor))| {
            let slot_from = slot * index as u32;
            let height = (minor.max(0) * i64::from(FULL_HEIGHT) + dearest / 2) / dearest;
            YearBar {
                year,
                minor,
                height: height as u32,
                bar_from: slot_from + slot / 5,
                bar_width: slot * 3 / 5,
                middle: slot_from + slot / 2,
            }
        })
        .collect()
}

/// Whole calendar months from `from` to `to` (0 when `to` is not a month on).
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> i64 {
    if to <= from {
        return 0;
    }
    let mut months =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    // One fewer when `to` falls before the month-day `from` reaches in its month (clamped).
    let reached = from.checked_add_months(Months::new(months as u32));
    if reached.is_some_and(|day| day > to) {
        months -= 1;
    }
    months
}

/// `a / b` rounded half up (amounts are never negative).
fn rounded_div(a: i64, b: i64) -> i64 {
    (a + b / 2) / b
}
