//! Operator presets: typical keep-alive rules that pre-fill a form as editable suggestions.
//! Operators change their terms, so the UI always marks these "typical, check with your operator".

use super::period::Period;
use super::rule::RuleKind;

/// A typical keep-alive rule: its kind and period, without a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestedRule {
    pub kind: RuleKind,
    pub every: Period,
}

/// One operator as its public pages described it on 2026-11-24.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperatorPreset {
    pub country: &'static str,
    pub name: &'static str,
    pub currency: &'static str,
    /// `None` where the operator's terms are unknown: the user enters the rule.
    pub suggestion: Option<SuggestedRule>,
}

const fn belgian(name: &'static str, kind: RuleKind, months: u32) -> OperatorPreset {
    OperatorPreset {
        country: "BE",
        name,
        currency: "EUR",
        suggestion: Some(SuggestedRule { kind, every: Period::months(months) }),
    }
}

/// UK pay-as-you-go lines stay active with one chargeable use or top-up every 6 months.
const fn british(name: &'static str) -> OperatorPreset {
    OperatorPreset {
        country: "GB",
        name,
        currency: "GBP",
        suggestion: Some(SuggestedRule { kind: RuleKind::UseEvery, every: Period::months(6) }),
    }
}

const fn without_suggestion(
    country: &'static str,
    name: &'static str,
    currency: &'static str,
) -> OperatorPreset {
    OperatorPreset { country, name, currency, suggestion: None }
}

/// Every operator the form suggests (see shared/DOMAIN.md, "Operator presets").
pub const PRESETS: [OperatorPreset; 12] = [
    belgian("Proximus (Pay&Go)", RuleKind::TopUpEvery, 12),
    belgian("Orange Belgium (prepaid)", RuleKind::TopUpEvery, 12),
    belgian("BASE (prepaid)", RuleKind::TopUpEvery, 12),
    belgian("Mobile Vikings", RuleKind::TopUpEvery, 6),
    without_suggestion("BE", "Lycamobile", "EUR"),
    without_suggestion("BE", "Lebara", "EUR"),
    british("giffgaff"),
    british("EE (PAYG)"),
    british("Three (PAYG)"),
    british("Vodafone UK (PAYG)"),
    british("O2 (PAYG)"),
    british("Lebara UK (PAYG)"),
];

/// The preset whose name matches what the user typed or picked (case and outer spaces ignored).
pub fn find_preset(operator: &str) -> Option<&'static OperatorPreset> {
    let wanted = operator.trim();
    PRESETS.iter().find(|preset| preset.name.eq_ignore_ascii_case(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_preset_whatever_the_case() {
        let preset = find_preset("  GIFFGAFF ").expect("giffgaff has a preset");
        let rule = preset.suggestion.expect("giffgaff suggests a rule");
        assert_eq!(rule.kind, RuleKind::UseEvery);
        assert_eq!(rule.every, Period::months(6));
        assert!(find_preset("Unknown Telecom").is_none());
    }

    #[test]
    fn every_suggested_period_is_valid() {
        for preset in PRESETS {
            if let Some(rule) = preset.suggestion {
                assert!(rule.every.is_valid(), "{}", preset.name);
            }
        }
        assert!(find_preset("Lycamobile").unwrap().suggestion.is_none());
    }
}
