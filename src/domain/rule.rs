//! Keep-alive rules: what a line needs to stay alive, and the deadline each one implies.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::Period;

/// One keep-alive requirement of a line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    /// Top up at least once per period; validity counts from the last top-up.
    TopUpEvery {
        every: Period,
        #[serde(deserialize_with = "super::iso_date::deserialize")]
        last_done: NaiveDate,
    },
    /// Chargeable use (call, SMS, data) at least once per period.
    UseEvery {
        every: Period,
        #[serde(deserialize_with = "super::iso_date::deserialize")]
        last_done: NaiveDate,
    },
    /// A fixed expiry date, as printed in the operator's app or SMS.
    FixedExpiry {
        #[serde(deserialize_with = "super::iso_date::deserialize")]
        expires_on: NaiveDate,
    },
}

/// The three kinds of rule, without their values: what a form's `Rule` select offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    TopUpEvery,
    UseEvery,
    FixedExpiry,
}

impl RuleKind {
    pub const ALL: [RuleKind; 3] = [RuleKind::TopUpEvery, RuleKind::UseEvery, RuleKind::FixedExpiry];

    /// A stable code for forms and storage.
    pub fn code(self) -> &'static str {
        match self {
            RuleKind::TopUpEvery => "top_up_every",
            RuleKind::UseEvery => "use_every",
            RuleKind::FixedExpiry => "fixed_expiry",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

impl Rule {
    pub fn kind(&self) -> RuleKind {
        match self {
            Rule::TopUpEvery { .. } => RuleKind::TopUpEvery,
            Rule::UseEvery { .. } => RuleKind::UseEvery,
            Rule::FixedExpiry { .. } => RuleKind::FixedExpiry,
        }
    }

    /// The last day by which this rule must be satisfied again.
    /// `None` only if the date arithmetic leaves chrono's range (never for validated rules).
    pub fn deadline(&self) -> Option<NaiveDate> {
        match self {
            Rule::TopUpEvery { every, last_done } | Rule::UseEvery { every, last_done } => {
                every.after(*last_done)
            }
            Rule::FixedExpiry { expires_on } => Some(*expires_on),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periodic_rules_count_from_the_last_time_they_were_done() {
        let top_up = Rule::TopUpEvery { every: Period::months(12), last_done: date(2026, 3, 1) };
        assert_eq!(top_up.deadline(), Some(date(2027, 3, 1)));
        let usage = Rule::UseEvery { every: Period::days(90), last_done: date(2026, 11, 1) };
        assert_eq!(usage.deadline(), Some(date(2027, 1, 30)));
    }

    #[test]
    fn a_fixed_expiry_is_its_own_deadline() {
        let fixed = Rule::FixedExpiry { expires_on: date(2027, 5, 31) };
        assert_eq!(fixed.deadline(), Some(date(2027, 5, 31)));
    }

    #[test]
    fn kind_codes_round_trip() {
        for kind in RuleKind::ALL {
            assert_eq!(RuleKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(RuleKind::from_code("bogus"), None);
    }
}
