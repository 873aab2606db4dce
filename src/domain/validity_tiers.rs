//! Validity bought by the amount topped up: "from HK$10: 30 days … from HK$50: 180 days". Some
//! operators (China Mobile Hong Kong, ALDI TALK, AIS) sell time with the credit, so the deadline
//! depends on how much each top-up was. The tiers come from the operator catalogue and are
//! copied into the line's rule, so that a line keeps its terms when the catalogue changes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::period::{Period, PeriodUnit};

/// One tier: a top-up of at least `from` (minor units of the tiers' currency) buys `buys`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tier {
    pub from: i64,
    pub buys: Period,
}

/// Whether the time bought runs from the top-up day or is added to what was left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// The validity runs from the top-up day; where the old validity was longer, it stays.
    #[default]
    FromTopUp,
    /// The time bought is added to the validity that was left.
    Added,
}

/// An operator's tiers, in increasing order of amount.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ValidityTiers {
    /// ISO 4217 code of the amounts.
    pub currency: String,
    pub tiers: Vec<Tier>,
    #[serde(default)]
    pub counted: Counted,
    /// The longest validity the terms allow, counted from the top-up day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Period>,
}

/// Why a set of tiers cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TiersProblem {
    NoTiers,
    /// Amounts must grow strictly from one tier to the next, and never be negative.
    AmountsNotIncreasing,
    /// A larger top-up must never buy less, whatever day it is bought on.
    PeriodsNotIncreasing,
    PeriodOutOfRange,
}

impl std::fmt::Display for TiersProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TiersProblem::NoTiers => "no tiers",
            TiersProblem::AmountsNotIncreasing => "the amounts do not grow from tier to tier",
            TiersProblem::PeriodsNotIncreasing => "a larger amount could buy less time",
            TiersProblem::PeriodOutOfRange => "a period out of range",
        })
    }
}

impl std::error::Error for TiersProblem {}

impl ValidityTiers {
    /// `Ok` when the tiers can be used: a larger amount then never gives an earlier deadline.
    pub fn check(&self) -> Result<(), TiersProblem> {
        let first = self.tiers.first().ok_or(TiersProblem::NoTiers)?;
        let periods = self.tiers.iter().map(|tier| tier.buys).chain(self.cap);
        if periods.into_iter().any(|period| !period.is_valid()) {
            return Err(TiersProblem::PeriodOutOfRange);
        }
        if first.from < 0 || self.tiers.windows(2).any(|pair| pair[1].from <= pair[0].from) {
            return Err(TiersProblem::AmountsNotIncreasing);
        }
        if !self.tiers.windows(2).all(|pair| never_shorter(pair[0].buys, pair[1].buys)) {
            return Err(TiersProblem::PeriodsNotIncreasing);
        }
        Ok(())
    }

    /// The tier a top-up of `amount` falls in: with no amount known, the smallest (the stricter
    /// reading: a deadline shown too early costs a top-up, one shown too late the number);
    /// `None` for an amount below the smallest tier, which buys no time.
    pub fn tier_for(&self, amount: Option<i64>) -> Option<&Tier> {
        match amount {
            None => self.tiers.first(),
            Some(amount) => self.tiers.iter().rev().find(|tier| tier.from <= amount),
        }
    }

    /// The amount of `money` in these tiers' currency; `None` (so the smallest tier) when it
    /// was paid in another currency or not recorded.
    pub fn amount_of(&self, money: Option<&Money>) -> Option<i64> {
        money.filter(|money| money.currency == self.currency).map(|money| money.minor)
    }

    /// The validity after a top-up of `amount` on `day`, where `left` is the validity the line
    /// had before it (if any). Never earlier than `left`, never later than `day` plus the cap.
    pub fn after_top_up(
        &self,
        left: Option<NaiveDate>,
        day: NaiveDate,
        amount: Option<i64>,
    ) -> Option<NaiveDate> {
        let Some(tier) = self.tier_for(amount) else {
            return Some(left.unwrap_or(day));
        };
        let start = match self.counted {
            Counted::FromTopUp => day,
            Counted::Added => left.map_or(day, |left| left.max(day)),
        };
        let mut until = tier.buys.after(start)?;
        if let Some(cap) = self.cap {
            until = until.min(cap.after(day)?);
        }
        Some(left.map_or(until, |left| left.max(until)))
    }
}

/// Whether `longer` is at least as long as `shorter` from any day: in the same unit, by count;
/// across units, by the fewest days `longer` can have against the most `shorter` can (a month
/// has 28 to 31 days).
fn never_shorter(shorter: Period, longer: Period) -> bool {
    if shorter.unit == longer.unit {
        return longer.count >= shorter.count;
    }
    let days = |period: Period, per_month: u32| match period.unit {
        PeriodUnit::Days => period.count,
        PeriodUnit::Months => period.count.saturating_mul(per_month),
    };
    days(longer, 28) >= days(shorter, 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;

    fn hong_kong(counted: Counted, cap: Option<Period>) -> ValidityTiers {
        ValidityTiers {
            currency: "HKD".into(),
            tiers: vec![
                Tier { from: 1_000, buys: Period::days(30) },
                Tier { from: 5_000, buys: Period::days(180) },
            ],
            counted,
            cap,
        }
    }

    #[test]
    fn the_amount_picks_its_tier_and_no_amount_the_smallest() {
        let tiers = hong_kong(Counted::FromTopUp, None);
        assert_eq!(tiers.tier_for(Some(30_000)).map(|t| t.buys), Some(Period::days(180)));
        assert_eq!(tiers.tier_for(Some(4_999)).map(|t| t.buys), Some(Period::days(30)));
        assert_eq!(tiers.tier_for(None).map(|t| t.buys), Some(Period::days(30)));
        assert_eq!(tiers.tier_for(Some(500)), None, "below the smallest tier buys nothing");
    }

    #[test]
    fn from_the_top_up_day_the_longer_validity_stays() {
        let tiers = hong_kong(Counted::FromTopUp, None);
        let day = date(2026, 12, 1);
        assert_eq!(tiers.after_top_up(None, day, Some(5_000)), Some(date(2027, 5, 30)));
        let long = date(2027, 9, 1);
        assert_eq!(tiers.after_top_up(Some(long), day, Some(1_000)), Some(long));
    }

    #[test]
    fn added_time_stacks_on_what_was_left_up_to_the_cap() {
        let tiers = hong_kong(Counted::Added, Some(Period::days(365)));
        let day = date(2026, 12, 1);
        let left = date(2027, 3, 1);
        assert_eq!(tiers.after_top_up(Some(left), day, Some(5_000)), Some(date(2027, 8, 28)));
        let far = date(2027, 11, 1);
        assert_eq!(tiers.after_top_up(Some(far), day, Some(5_000)), Some(date(2027, 12, 1)), "capped");
    }

    #[test]
    fn another_currency_counts_as_no_amount() {
        let tiers = hong_kong(Counted::FromTopUp, None);
        let euros = Money { minor: 100_000, currency: "EUR".into() };
        assert_eq!(tiers.amount_of(Some(&euros)), None);
        let dollars = Money { minor: 30_000, currency: "HKD".into() };
        assert_eq!(tiers.amount_of(Some(&dollars)), Some(30_000));
    }

    #[test]
    fn tiers_that_could_sell_less_for_more_are_refused() {
        assert_eq!(hong_kong(Counted::Added, None).check(), Ok(()));
        let mut shrinking = hong_kong(Counted::Added, None);
        shrinking.tiers[1].buys = Period::days(20);
        assert_eq!(shrinking.check(), Err(TiersProblem::PeriodsNotIncreasing));
        let mut mixed = hong_kong(Counted::Added, None);
        mixed.tiers[1].buys = Period::months(1);
        assert_eq!(mixed.check(), Err(TiersProblem::PeriodsNotIncreasing), "a month can be 28 days");
        mixed.tiers[1].buys = Period::months(2);
        assert_eq!(mixed.check(), Ok(()));
        let mut unordered = hong_kong(Counted::Added, None);
        unordered.tiers[1].from = 1_000;
        assert_eq!(unordered.check(), Err(TiersProblem::AmountsNotIncreasing));
        let empty = ValidityTiers { tiers: Vec::new(), ..hong_kong(Counted::Added, None) };
        assert_eq!(empty.check(), Err(TiersProblem::NoTiers));
    }
}
