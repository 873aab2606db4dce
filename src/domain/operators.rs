//! The operator catalogue: what each operator's terms say keeps a prepaid number alive, where
//! that comes from, and the codes that help. The data lives in `data/operators.toml`; build.rs
//! turns it into the `CATALOGUE` below. A preset only ever pre-fills a form: the user can
//! change everything, and the interface shows each preset's source, date and certainty.

use chrono::NaiveDate;

use super::period::Period;
use super::rule::RuleKind;

/// A typical keep-alive rule: its kind and, for a periodic rule, its period, without a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestedRule {
    pub kind: RuleKind,
    /// `None` for a fixed expiry date, which has no period.
    pub every: Option<Period>,
}

/// What an operator counts as keeping a line alive: the catalogue's fixed vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counts {
    /// Any call, text or data session, even a free one.
    AnyUse,
    /// A call, text or data session that costs money.
    ChargeableUse,
    TopUp,
    /// Paying the monthly plan.
    PlanRenewal,
    /// Buying a paid add-on (a bundle, a goodybag, a topping).
    PaidAddOn,
}

/// What a code is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodePurpose {
    Balance,
    TopUp,
    Expiry,
    CustomerService,
}

/// How a code is used: dialled, or sent as a text message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeAction {
    Dial(&'static str),
    Sms { to: &'static str, text: &'static str },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperatorCode {
    pub purpose: CodePurpose,
    pub action: CodeAction,
}

impl OperatorCode {
    /// Whether the user must fill in part of it (a voucher code, written `<code>`): such a code
    /// is shown, never offered as a link that would dial or send it unfinished.
    pub fn needs_input(&self) -> bool {
        let has_gap = |text: &str| text.contains('<');
        match self.action {
            CodeAction::Dial(number) => has_gap(number),
            CodeAction::Sms { to, text } => has_gap(to) || has_gap(text),
        }
    }

    /// The code as a person reads it: `*100#`, `ADD10PAYG → 800`. A part to fill in stays
    /// written as `<code>` (the interface puts it in its own words).
    pub fn display(&self) -> String {
        match self.action {
            CodeAction::Dial(number) => number.to_owned(),
            CodeAction::Sms { to, text } => format!("{text} → {to}"),
        }
    }
}

/// One operator as its source described it on the day it was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperatorPreset {
    pub country: &'static str,
    pub name: &'static str,
    pub currency: &'static str,
    /// `None` where no rule could be found: the user enters it.
    pub suggestion: Option<SuggestedRule>,
    pub counts: &'static [Counts],
    /// For use rules: whether the terms say a top-up counts as use; `None` where they are silent.
    pub top_up_is_use: Option<bool>,
    /// Days after the deadline in which a lapsed number can still be revived, where known.
    pub grace_days: Option<u32>,
    pub codes: &'static [OperatorCode],
    /// An https address (the catalogue file also names the page, for its maintainers).
    pub source: &'static str,
    /// `YYYY-MM-DD`: the day the source was read.
    pub checked: &'static str,
    /// Whether the operator's own page confirmed the rule (otherwise a secondary source did).
    pub confirmed: bool,
    /// `(language tag, sentence)`: what else a person should know.
    pub note: &'static [(&'static str, &'static str)],
}

impl OperatorPreset {
    pub fn checked_on(&self) -> Option<NaiveDate> {
        super::iso_date::parse(self.checked)
    }

    /// The note in the language tagged `language` (`en`, `zh-Hans`), or in English.
    pub fn note_in(&self, language: &str) -> &'static str {
        let find = |tag: &str| self.note.iter().find(|(t, _)| *t == tag).map(|(_, text)| *text);
        find(language).or_else(|| find("en")).unwrap_or_default()
    }

    pub fn code_for(&self, purpose: CodePurpose) -> Option<&'static OperatorCode> {
        self.codes.iter().find(|code| code.purpose == purpose)
    }
}

include!(concat!(env!("OUT_DIR"), "/operator_catalogue.rs"));

/// The preset whose name matches what the user typed or picked (case and outer spaces ignored).
pub fn find_preset(operator: &str) -> Option<&'static OperatorPreset> {
    let wanted = operator.trim();
    CATALOGUE.iter().find(|preset| preset.name.eq_ignore_ascii_case(wanted))
}

/// The presets whose name, or country code, contains `query` (case ignored), in catalogue order.
pub fn search(query: &str) -> impl Iterator<Item = &'static OperatorPreset> {
    let query = query.trim().to_lowercase();
    CATALOGUE.iter().filter(move |preset| {
        query.is_empty()
            || preset.name.to_lowercase().contains(&query)
            || preset.country.eq_ignore_ascii_case(&query)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_preset_whatever_the_case() {
        let preset = find_preset("  GIFFGAFF ").expect("giffgaff has a preset");
        let rule = preset.suggestion.expect("giffgaff suggests a rule");
        assert_eq!(rule.kind, RuleKind::UseEvery);
        assert_eq!(rule.every, Some(Period::months(6)));
        assert!(find_preset("Unknown Telecom").is_none());
    }

    #[test]
    fn a_code_with_a_gap_for_the_user_needs_input() {
        let proximus = find_preset("Proximus (Pay&Go)").unwrap();
        assert!(proximus.code_for(CodePurpose::TopUp).unwrap().needs_input());
        let giffgaff = find_preset("giffgaff").unwrap();
        assert!(!giffgaff.code_for(CodePurpose::Balance).unwrap().needs_input());
    }

    #[test]
    fn search_matches_names_and_country_codes() {
        let names: Vec<&str> = search("vodafone").map(|preset| preset.name).collect();
        assert_eq!(names, ["Vodafone UK (PAYG)"]);
        assert!(search("hk").all(|preset| preset.country == "HK"));
        assert_eq!(search(" ").count(), CATALOGUE.len());
    }
}
