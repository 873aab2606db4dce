//! Calendar periods ("every 6 months", "every 90 days") and the date arithmetic they imply.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// The unit a keep-alive period is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray, strum::IntoStaticStr, strum::EnumString)]
pub enum PeriodUnit {
    #[strum(serialize = "days")]
    Days,
    #[strum(serialize = "months")]
    Months,
}

/// A period of whole calendar days or whole calendar months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    pub count: u32,
    pub unit: PeriodUnit,
}

/// The largest periods a rule may have: ten years either way.
pub const MAX_DAYS: u32 = 3650;
pub const MAX_MONTHS: u32 = 120;

impl Period {
    pub const fn days(count: u32) -> Self {
        Self { count, unit: PeriodUnit::Days }
    }

    pub const fn months(count: u32) -> Self {
        Self { count, unit: PeriodUnit::Months }
    }

    /// Whether the count lies in the range allowed for its unit (1–3650 days, 1–120 months).
    pub fn is_valid(self) -> bool {
        let max = match self.unit {
            PeriodUnit::Days => MAX_DAYS,
            PeriodUnit::Months => MAX_MONTHS,
        };
        (1..=max).contains(&self.count)
    }

    /// `start` plus this period. Months are calendar months clamped to the month's end
    /// (31 Jan + 1 month = 28/29 Feb). `None` only when the result leaves chrono's range.
    pub fn after(self, start: NaiveDate) -> Option<NaiveDate> {
        match self.unit {
            PeriodUnit::Days => start.checked_add_days(Days::new(u64::from(self.count))),
            PeriodUnit::Months => start.checked_add_months(Months::new(self.count)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;
    use crate::domain::Code;
    use strum::VariantArray;

    #[test]
    fn months_clamp_to_the_end_of_a_shorter_month() {
        assert_eq!(Period::months(1).after(date(2026, 1, 31)), Some(date(2026, 2, 28)));
        assert_eq!(Period::months(1).after(date(2028, 1, 31)), Some(date(2028, 2, 29)));
        assert_eq!(Period::months(12).after(date(2028, 2, 29)), Some(date(2029, 2, 28)));
    }

    #[test]
    fn days_are_calendar_days() {
        assert_eq!(Period::days(30).after(date(2026, 11, 24)), Some(date(2026, 12, 24)));
        assert_eq!(Period::days(1).after(date(2026, 12, 31)), Some(date(2027, 1, 1)));
    }

    #[test]
    fn unit_codes_round_trip() {
        for &unit in PeriodUnit::VARIANTS {
            assert_eq!(PeriodUnit::from_code(unit.code()), Some(unit));
        }
        assert_eq!(PeriodUnit::from_code("weeks"), None);
    }

    #[test]
    fn validity_follows_the_unit() {
        assert!(Period::days(3650).is_valid());
        assert!(!Period::days(3651).is_valid());
        assert!(Period::months(120).is_valid());
        assert!(!Period::months(121).is_valid());
        assert!(!Period::days(0).is_valid());
    }
}
