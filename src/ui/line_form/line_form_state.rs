//! The line form's fields as signals, convertible to and from a `LineDraft`.
//! Everything typed stays here until it is saved or cancelled.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::operators::OperatorPreset;
use crate::domain::period::PeriodUnit;
use crate::domain::places::country_of_number;
use crate::domain::rule::RuleKind;
use crate::domain::validation::{FieldError, LineDraft, RuleDraft};
use crate::domain::validity_tiers::ValidityTiers;

/// One rule's fields; `key` identifies the row while rows are added and removed.
#[derive(Clone, Copy)]
pub struct RuleRow {
    pub key: usize,
    pub kind: RwSignal<RuleKind>,
    pub every: RwSignal<String>,
    pub unit: RwSignal<PeriodUnit>,
    pub last_done: RwSignal<String>,
    pub expires_on: RwSignal<String>,
    /// For a rule by amount: the last top-up's amount as typed, and the operator's tiers.
    pub amount: RwSignal<String>,
    pub by_amount: RwSignal<Option<ValidityTiers>>,
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
            amount: RwSignal::new(draft.amount),
            by_amount: RwSignal::new(draft.by_amount),
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
            amount: self.amount.get_untracked(),
            by_amount: self.by_amount.get_untracked(),
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
    pub remind_at: RwSignal<String>,
    pub grace_days: RwSignal<String>,
    pub top_up_is_use: RwSignal<Option<bool>>,
    pub rules: RwSignal<Vec<RuleRow>>,
    pub errors: RwSignal<Vec<FieldError>>,
    /// The preset of the operator typed, if any, once the catalogue is here.
    pub preset: Memo<Option<&'static OperatorPreset>>,
    /// Whether the first rule still holds an operator's suggestion the user has not changed.
    pub rule_is_suggestion: RwSignal<bool>,
    /// The user typed or picked an operator whose preset has not filled the form yet (the
    /// catalogue may still be on its way).
    fill_pending: StoredValue<bool>,
    next_key: StoredValue<usize>,
}

impl LineFormState {
    pub fn new(draft: LineDraft, store: Store) -> Self {
        let rules: Vec<RuleRow> =
            draft.rules.into_iter().enumerate().map(|(key, rule)| RuleRow::new(key, rule)).collect();
        let operator = RwSignal::new(draft.operator);
        let form = Self {
            fill_pending: StoredValue::new(false),
            next_key: StoredValue::new(rules.len()),
            preset: Memo::new(move |_| operator.with(|typed| store.operator_catalogue()?.find(typed))),
            name: RwSignal::new(draft.name),
            number: RwSignal::new(draft.number),
            country: RwSignal::new(draft.country),
            operator,
            currency: RwSignal::new(draft.currency),
            notes: RwSignal::new(draft.notes),
            remind_me: RwSignal::new(draft.remind_me),
            remind_at: RwSignal::new(draft.remind_at),
            grace_days: RwSignal::new(draft.grace_days),
            top_up_is_use: RwSignal::new(draft.top_up_is_use),
            rules: RwSignal::new(rules),
            errors: RwSignal::new(Vec::new()),
            rule_is_suggestion: RwSignal::new(false),
        };
        // A preset that arrives after the operator was typed still fills the form.
        Effect::new(move |_| {
            if form.preset.get().is_some() {
                form.fill_from_preset();
            }
        });
        form
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
            remind_at: self.remind_at.get_untracked(),
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

    /// Takes in a newly typed or picked operator. A known one sets the country and currency
    /// (its own), pre-fills the grace period and whether a top-up counts where still empty, and
    /// the first rule unless the user has set that rule.
    pub fn set_operator(&self, operator: String) {
        self.operator.set(operator);
        self.fill_pending.set_value(true);
        self.fill_from_preset();
    }

    /// Fills the form from the typed operator's preset, once per operator typed.
    fn fill_from_preset(&self) {
        let Some(preset) = self.preset.get_untracked().filter(|_| self.fill_pending.get_value()) else {
            return;
        };
        self.fill_pending.set_value(false);
        self.country.set(preset.country.clone());
        self.currency.set(preset.currency.clone());
        if let Some(days) = preset.grace_days {
            fill_if_empty(self.grace_days, &days.to_string());
        }
        if self.top_up_is_use.get_untracked().is_none() {
            self.top_up_is_use.set(preset.top_up_is_use);
        }
        let first = self.rules.with_untracked(|rows| rows.first().copied());
        if let (Some(suggestion), Some(first)) = (&preset.rule, first) {
            if self.rule_is_untouched(first) {
                first.kind.set(suggestion.kind);
                first.by_amount.set(suggestion.by_amount.clone());
                if let Some(every) = suggestion.every {
                    first.every.set(every.count.to_string());
                    first.unit.set(every.unit);
                }
                self.rule_is_suggestion.set(true);
            }
        }
    }

    /// Takes in a newly typed number: one written with its country code (`+852 …`) suggests
    /// its country while none is chosen.
    pub fn set_number(&self, number: String) {
        if self.country.with_untracked(String::is_empty) {
            if let Some(country) = country_of_number(&number) {
                self.country.set(country.to_owned());
                fill_if_empty(
                    self.currency,
                    crate::domain::places::usual_currency(country).unwrap_or_default(),
                );
            }
        }
        self.number.set(number);
    }

    /// Whether the user has typed nothing into `row` yet, or left an earlier suggestion as it was.
    fn rule_is_untouched(&self, row: RuleRow) -> bool {
        let nothing_typed = match row.kind.get_untracked() {
            RuleKind::FixedExpiry => row.expires_on.with_untracked(String::is_empty),
            RuleKind::TopUpBuys => row.amount.with_untracked(String::is_empty),
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
