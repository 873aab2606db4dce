//! Keep-alive rules: what a line needs to stay alive, and the deadline each one implies.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::Period;
use super::validity_tiers::ValidityTiers;

/// One keep-alive requirement of a line, stored as `{"kind": "use_every", "every": …,
/// "last_done": "2026-03-01"}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RuleRecord")]
pub enum Rule {
    /// Top up at least once per period; validity counts from the last top-up.
    TopUpEvery { every: Period, last_done: NaiveDate },
    /// Chargeable use (call, SMS, data) at least once per period.
    UseEvery { every: Period, last_done: NaiveDate },
    /// A fixed expiry date, as printed in the operator's app or SMS.
    FixedExpiry { expires_on: NaiveDate },
    /// Each top-up buys a validity that depends on its amount. `amount` is that of the top-up
    /// on `last_done` (minor units of the tiers' currency; `None` where not known, which counts
    /// as the smallest tier); `left` is the validity the line still had before it, which the
    /// history fills in (see `renewal::effective_rule`); typed rules have none.
    TopUpBuys {
        by_amount: ValidityTiers,
        last_done: NaiveDate,
        #[serde(skip_serializing_if = "Option::is_none")]
        amount: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        left: Option<NaiveDate>,
    },
}

/// A stored rule read as one flat record. Serde reads a tagged enum by first buffering the
/// whole object in a generic form, which brings a second, self-describing JSON reader into
/// the wasm; a record with every field optional reads straight from the text.
#[derive(Deserialize)]
struct RuleRecord {
    kind: RuleKind,
    every: Option<Period>,
    #[serde(default, deserialize_with = "super::iso_date::deserialize_option")]
    last_done: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::iso_date::deserialize_option")]
    expires_on: Option<NaiveDate>,
    by_amount: Option<ValidityTiers>,
    amount: Option<i64>,
    #[serde(default, deserialize_with = "super::iso_date::deserialize_option")]
    left: Option<NaiveDate>,
}

impl TryFrom<RuleRecord> for Rule {
    type Error = &'static str;

    fn try_from(record: RuleRecord) -> Result<Self, Self::Error> {
        if record.kind == RuleKind::TopUpBuys {
            return match (record.by_amount, record.last_done) {
                (Some(by_amount), Some(last_done)) if by_amount.check().is_ok() => {
                    Ok(Rule::TopUpBuys { by_amount, last_done, amount: record.amount, left: record.left })
                }
                _ => Err("a top-up rule by amount without valid tiers or `last_done`"),
            };
        }
        match (record.kind, record.every, record.last_done, record.expires_on) {
            (RuleKind::TopUpEvery, Some(every), Some(last_done), _) => {
                Ok(Rule::TopUpEvery { every, last_done })
            }
            (RuleKind::UseEvery, Some(every), Some(last_done), _) => Ok(Rule::UseEvery { every, last_done }),
            (RuleKind::FixedExpiry, _, _, Some(expires_on)) => Ok(Rule::FixedExpiry { expires_on }),
            (RuleKind::FixedExpiry, ..) => Err("a fixed expiry rule without `expires_on`"),
            _ => Err("a periodic rule without `every` or `last_done`"),
        }
    }
}

/// The kinds of rule, without their values: what a form's `Rule` select offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray, strum::IntoStaticStr, strum::EnumString)]
pub enum RuleKind {
    #[strum(serialize = "top_up_every")]
    TopUpEvery,
    #[strum(serialize = "use_every")]
    UseEvery,
    #[strum(serialize = "fixed_expiry")]
    FixedExpiry,
    #[strum(serialize = "top_up_buys")]
    TopUpBuys,
}

impl Rule {
    pub fn kind(&self) -> RuleKind {
        match self {
            Rule::TopUpEvery { .. } => RuleKind::TopUpEvery,
            Rule::UseEvery { .. } => RuleKind::UseEvery,
            Rule::FixedExpiry { .. } => RuleKind::FixedExpiry,
            Rule::TopUpBuys { .. } => RuleKind::TopUpBuys,
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
            Rule::TopUpBuys { by_amount, last_done, amount, left } => {
                by_amount.after_top_up(*left, *last_done, *amount)
            }
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
    fn rules_are_stored_tagged_by_kind_and_read_back() {
        let rules = [
            Rule::TopUpEvery { every: Period::months(12), last_done: date(2026, 3, 1) },
            Rule::UseEvery { every: Period::days(180), last_done: date(2026, 3, 1) },
            Rule::FixedExpiry { expires_on: date(2027, 1, 31) },
        ];
        for rule in rules {
            let text = serde_json::to_string(&rule).unwrap();
            assert!(text.starts_with(&format!(r#"{{"kind":"{}""#, rule.kind().code())), "{text}");
            assert_eq!(serde_json::from_str::<Rule>(&text).unwrap(), rule);
        }
    }

    #[test]
    fn a_rule_without_the_fields_its_kind_needs_is_refused() {
        for text in [
            r#"{"kind":"use_every","last_done":"2026-03-01"}"#,
            r#"{"kind":"top_up_every","every":{"count":12,"unit":"months"}}"#,
            r#"{"kind":"fixed_expiry","last_done":"2026-03-01"}"#,
            r#"{"kind":"sometimes","expires_on":"2026-03-01"}"#,
            r#"{"expires_on":"2026-03-01"}"#,
        ] {
            assert!(serde_json::from_str::<Rule>(text).is_err(), "{text}");
        }
        let with_more =
            r#"{"expires_on":"2027-01-31","kind":"fixed_expiry","note":"kept by a newer version"}"#;
        assert_eq!(
            serde_json::from_str::<Rule>(with_more).unwrap(),
            Rule::FixedExpiry { expires_on: date(2027, 1, 31) }
        );
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
        for &kind in RuleKind::VARIANTS {
            assert_eq!(RuleKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(RuleKind::from_code("bogus"), None);
    }
}
