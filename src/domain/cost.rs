//! What keeping a number costs: money spent in the last 12 months, the estimated yearly cost,
//! and the list's totals per currency (never mixed) with the count of lines per status.

use strum::VariantArray;

use chrono::{Months, NaiveDate};

use super::countdown::Status;
use super::line::Line;
use super::money::{add_totals, sum, Totals};
use super::period::{Period, PeriodUnit};
use super::renewal::Renewal;
use super::rule::Rule;

/// Amounts of the renewals dated within the 12 months up to and including `today`.
pub fn spent_last_12_months(history: &[Renewal], today: NaiveDate) -> Totals {
    let since = today.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN);
    sum(history
        .iter()
        .filter(|entry| entry.date > since && entry.date <= today)
        .filter_map(|e| e.amount.as_ref()))
}

/// The yearly cost of keeping the line: the latest recorded amount times the renewals a year
/// its most frequent periodic rule asks for; for a line without periodic rules, what the last
/// 12 months cost. Empty when no amount was ever recorded.
pub fn estimated_yearly(line: &Line, today: NaiveDate) -> Totals {
    let latest_paid = line
        .history
        .iter()
        .filter_map(|entry| Some((entry, entry.amount.as_ref()?)))
        .max_by_key(|(entry, _)| entry.date);
    let Some((entry, money)) = latest_paid else { return Totals::new() };
    let most_frequent = line
        .rules
        .iter()
        .filter(|rule| entry.action.satisfies(rule, line.counting()))
        .filter_map(|rule| match rule {
            Rule::TopUpEvery { every, .. } | Rule::UseEvery { every, .. } => Some(*every),
            Rule::FixedExpiry { .. } => None,
            Rule::TopUpBuys { by_amount, .. } => {
                by_amount.tier_for(by_amount.amount_of(Some(money))).map(|tier| tier.buys)
            }
        })
        .max_by(|a, b| per_year(*a).total_cmp(&per_year(*b)));
    match most_frequent {
        Some(every) => {
            let yearly = (money.minor as f64 * per_year(every)).round() as i64;
            {
                let mut totals = Totals::new();
                totals.add(&money.currency, yearly);
                totals
            }
        }
        None => spent_last_12_months(&line.history, today),
    }
}

/// How many times a year a period comes round.
fn per_year(every: Period) -> f64 {
    match every.unit {
        PeriodUnit::Months => 12.0 / f64::from(every.count),
        PeriodUnit::Days => 365.0 / f64::from(every.count),
    }
}

/// The list's overview: yearly cost per currency over all lines, and lines per status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    pub yearly: Totals,
    /// Indexed like `Status::ALL`.
    pub counts: [usize; Status::VARIANTS.len()],
}

impl Overview {
    pub fn count(&self, status: Status) -> usize {
        self.counts[status.index()]
    }
}

pub fn overview(lines: &[Line], today: NaiveDate) -> Overview {
    let mut result = Overview::default();
    for line in lines {
        add_totals(&mut result.yearly, &estimated_yearly(line, today));
        if let Some(countdown) = line.countdown(today) {
            result.counts[countdown.status().index()] += 1;
        }
    }
    result
}
