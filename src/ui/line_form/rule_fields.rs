//! The fields of one keep-alive rule inside the line form.

use crate::domain::Code;
use strum::VariantArray;

use leptos::prelude::*;

use super::line_form_state::{LineFormState, RuleRow};
use crate::app_state::Store;
use crate::domain::period::PeriodUnit;
use crate::domain::rule::RuleKind;
use crate::domain::validation::Field;
use crate::i18n::operators::OperatorText;
use crate::i18n::{format, Msg};
use crate::ui::widgets::field_error::{error_for, FieldErrorText};
use crate::ui::widgets::select_field::{Choice, SelectField};
use crate::ui::widgets::text_field::{InputKind, TextField};
use crate::ui::widgets::tiers_hint::TiersHint;

#[component]
pub fn RuleFields(row: RuleRow, form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let key = row.key;
    // The legend numbers rules by their position in the form, which changes as rows are removed.
    let index = move || form.rules.with(|rows| rows.iter().position(|r| r.key == key).unwrap_or(0));
    let id = move |name: &str| format!("rule-{key}-{name}");
    let user_changed_rule = move || form.rule_is_suggestion.set(false);

    let on_kind = move |kind| {
        row.kind.set(kind);
        user_changed_rule();
    };
    // A rule by amount needs its operator's tiers: offered where they came with it.
    let kinds = move || {
        let has_tiers = row.by_amount.with(Option::is_some);
        let language = store.language();
        RuleKind::VARIANTS
            .iter()
            .copied()
            .filter(|kind| *kind != RuleKind::TopUpBuys || has_tiers)
            .map(|kind| Choice::new(kind, kind.code(), format::rule_kind(language, kind)))
            .collect::<Vec<_>>()
    };
    let legend = move || format!("{} {}", store.text(Msg::RuleHeading), index() + 1);
    let show_suggestion = move || index() == 0 && form.rule_is_suggestion.get();

    view! {
        <fieldset class="rule">
            <legend>{legend}</legend>
            <Show when=show_suggestion>
                <p class="hint suggestion">{store.tr(Msg::SuggestionTypical)}</p>
            </Show>
            <SelectField id=id("kind") label=Msg::Rule selected=move || row.kind.get() on_select=on_kind choices=kinds />
            {move || match row.kind.get() {
                RuleKind::FixedExpiry => view! {
                    <TextField
                        id=id("expires-on")
                        label=Msg::ExpiresOn
                        value=row.expires_on
                        field=Field::RuleExpiresOn(key)
                        errors=form.errors
                        kind=InputKind::Date
                    />
                }
                .into_any(),
                RuleKind::TopUpBuys => view! { <TopUpBuysFields row form /> }.into_any(),
                RuleKind::TopUpEvery | RuleKind::UseEvery => view! { <PeriodicFields row form /> }.into_any(),
            }}
            <Show when=move || form.rules.with(|rows| rows.len() > 1)>
                <button type="button" class="button-quiet" on:click=move |_| form.remove_rule(key)>
                    {store.tr(Msg::RemoveRule)}
                </button>
            </Show>
        </fieldset>
    }
}

/// `Every` and its unit, and the day it was last done.
#[component]
fn PeriodicFields(row: RuleRow, form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let key = row.key;
    let id = move |name: &str| format!("rule-{key}-{name}");
    let every_error = error_for(store, form.errors, move || Field::RuleEvery(key));
    let on_unit = move |unit| {
        row.unit.set(unit);
        form.rule_is_suggestion.set(false);
    };
    let units = move || {
        let language = store.language();
        PeriodUnit::VARIANTS
            .iter()
            .map(|&unit| Choice::new(unit, unit.code(), format::unit(language, unit)))
            .collect::<Vec<_>>()
    };
    let on_every = move |typed: String| {
        row.every.set(typed);
        form.rule_is_suggestion.set(false);
    };
    view! {
        <div class="field-row">
            <div class="field">
                <label for=id("every")>{store.tr(Msg::Every)}</label>
                <input
                    id=id("every")
                    type="text"
                    inputmode="numeric"
                    class="short"
                    prop:value=move || row.every.get()
                    on:input=move |ev| on_every(event_target_value(&ev))
                    aria-invalid=move || every_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || every_error.with(Option::is_some).then(|| id("every-error"))
                />
            </div>
            <SelectField id=id("unit") label=Msg::Unit selected=move || row.unit.get() on_select=on_unit choices=units />
        </div>
        <FieldErrorText id=id("every-error") message=every_error />
        <TextField
            id=id("last-done")
            label=Msg::LastDoneOn
            value=row.last_done
            field=Field::RuleLastDone(key)
            errors=form.errors
            kind=InputKind::Date
        />
    }
}

/// A rule by amount: the last top-up's day and amount, and what each amount buys.
#[component]
fn TopUpBuysFields(row: RuleRow, form: LineFormState) -> impl IntoView {
    let key = row.key;
    let id = move |name: &str| format!("rule-{key}-{name}");
    view! {
        <TextField
            id=id("last-done")
            label=Msg::LastDoneOn
            value=row.last_done
            field=Field::RuleLastDone(key)
            errors=form.errors
            kind=InputKind::Date
        />
        <TextField
            id=id("amount")
            label=OperatorText::TopUpAmount
            value=row.amount
            field=Field::RuleAmount(key)
            errors=form.errors
            input_mode="decimal"
            autocomplete="off"
        />
        {move || row.by_amount.get().map(|tiers| view! { <TiersHint tiers /> })}
    }
}
