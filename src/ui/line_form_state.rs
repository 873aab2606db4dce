//! The line form's fields as signals, convertible to and from a `LineDraft`.
//! Everything typed stays here until it is saved or cancelled.

use leptos::prelude::*;

use crate::domain::operators::{find_preset, OperatorPreset};
use crate::domain::period::PeriodUnit;
use crate::domain::rule::RuleKind;
use crate::domain::validation::{FieldError, LineDraft, RuleDraft};

/// One rule's fields; `key` identifies the row while rows are added and removed.
#[derive(Clone, Copy)]
pub struct RuleRow {
    pub key: usize,
    pub kind: RwSignal<RuleKind>,
    pub every: RwSignal<String>,
    pub unit: RwSignal<PeriodUnit>,
    pub last_done: RwSignal<String>,
    pub expires_on: RwSignal<String>,
}

impl RuleRow {
    fn new(key: usize, draft: RuleDraft) -> Self {
        Self {
            key,
            kind: RwSignal::new(draft.kind),
            every: RwSignal::new(draft.every),
            unit: RwSignal::new(draft.unit),
            last_done: RwSignal::new(draft.last_done),
            expires_on: RwSignal::new(draft.expires_on),
        }
    }

    fn draft(&self) -> RuleDraft {
        RuleDraft {
            key: self.key,
            kind: self.kind.get_untracked(),
            every: self.every.get_untracked(),
            unit: self.unit.get_untracked(),
            last_done: self.last_done.get_untracked(),
            expires_on: self.expires_on.get_untracked(),
        }
    }
}

#[derive(Clone, Copy)]
pub struct LineFormState {
    pub name: RwSignal<String>,
    pub number: RwSignal<String>,
    pub country: RwSignal<String>,
    pub operator: RwSignal<String>,
    pub currency: RwSignal<String>,
    pub notes: RwSignal<String>,
    pub remind_me: RwSignal<String>,
    pub grace_days: RwSignal<String>,
    pub top_up_is_use: RwSignal<Option<bool>>,
    pub rules: RwSignal<Vec<RuleRow>>,
    pub errors: RwSignal<Vec<FieldError>>,
    /// The preset of the operator typed, if any, for the "typical" hint.
    pub preset: RwSignal<Option<&'static OperatorPreset>>,
    /// Whether the first rule still holds an operator's suggestion the user has not changed.
    pub rule_is_suggestion: RwSignal<bool>,
    next_key: StoredValue<usize>,
}

impl LineFormState {
    pub fn new(draft: LineDraft) -> Self {
        let rules: Vec<RuleRow> =
            draft.rules.into_iter().enumerate().map(|(key, rule)| RuleRow::new(key, rule)).collect();
        Self {
            next_key: StoredValue::new(rules.len()),
            preset: RwSignal::new(find_preset(&draft.operator)),
            name: RwSignal::new(draft.name),
            number: RwSignal::new(draft.number),
            country: RwSignal::new(draft.country),
            operator: RwSignal::new(draft.operator),
            currency: RwSignal::new(draft.currency),
            notes: RwSignal::new(draft.notes),
            remind_me: RwSignal::new(draft.remind_me),
            grace_days: RwSignal::new(draft.grace_days),
            top_up_is_use: RwSignal::new(draft.top_up_is_use),
            rules: RwSignal::new(rules),
            errors: RwSignal::new(Vec::new()),
            rule_is_suggestion: RwSignal::new(false),
        }
    }

    pub fn draft(&self) -> LineDraft {
        LineDraft {
            name: self.name.get_untracked(),
            number: self.number.get_untracked(),
            country: self.country.get_untracked(),
            operator: self.operator.get_untracked(),
            currency: self.currency.get_untracked(),
            notes: self.notes.get_untracked(),
            remind_me: self.remind_me.get_untracked(),
            grace_days: self.grace_days.get_untracked(),
            top_up_is_use: self.top_up_is_use.get_untracked(),
            rules: self.rules.with_untracked(|rows| rows.iter().map(RuleRow::draft).collect()),
        }
    }

    pub fn add_rule(&self, draft: RuleDraft) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.rules.update(|rows| rows.push(RuleRow::new(key, draft)));
    }

    /// Removes a rule row, and the problems reported against it.
    pub fn remove_rule(&self, key: usize) {
        self.rules.update(|rows| rows.retain(|row| row.key != key));
        self.errors.update(|errors| errors.retain(|error| !error.field.is_of_rule(key)));
    }

    /// Takes in a newly typed operator: remembers its preset and pre-fills what is still
    /// empty (country, currency, grace period, whether a top-up counts) and the first rule,
    /// unless the user has set that rule.
    pub fn set_operator(&self, operator: String) {
        let preset = find_preset(&operator);
        self.operator.set(operator);
        self.preset.set(preset);
        let Some(preset) = preset else {
            return;
        };
        fill_if_empty(self.country, preset.country);
        fill_if_empty(self.currency, preset.currency);
        if let Some(days) = preset.grace_days {
            fill_if_empty(self.grace_days, &days.to_string());
        }
        if self.top_up_is_use.get_untracked().is_none() {
            self.top_up_is_use.set(preset.top_up_is_use);
        }
        let first = self.rules.with_untracked(|rows| rows.first().copied());
        if let (Some(suggestion), Some(first)) = (preset.suggestion, first) {
            if self.rule_is_untouched(first) {
                first.kind.set(suggestion.kind);
                if let Some(every) = suggestion.every {
                    first.every.set(every.count.to_string());
                    first.unit.set(every.unit);
                }
                self.rule_is_suggestion.set(true);
            }
        }
    }

    /// Whether the user has typed nothing into `row` yet, or left an earlier suggestion as it was.
    fn rule_is_untouched(&self, row: RuleRow) -> bool {
        let nothing_typed = match row.kind.get_untracked() {
            RuleKind::FixedExpiry => row.expires_on.with_untracked(String::is_empty),
            _ => row.every.with_untracked(String::is_empty),
        };
        nothing_typed || self.rule_is_suggestion.get_untracked()
    }
}

fn fill_if_empty(field: RwSignal<String>, value: &str) {
    if field.with_untracked(String::is_empty) {
        field.set(value.to_owned());
    }
}
