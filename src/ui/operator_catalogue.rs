//! Help → Operators: every preset of the catalogue by country, with its rule, what keeps it
//! alive, its grace period, its codes, its note and its source, filtered as the user types.

use leptos::prelude::*;

use super::operator_source::{OperatorFacts, OperatorSource};
use crate::app_state::Store;
use crate::domain::operators::{search, OperatorPreset};
use crate::domain::places::COUNTRIES;
use crate::i18n::operators::{code_purpose, code_text, OperatorText};
use crate::i18n::{format, Msg};

#[component]
pub fn OperatorCatalogue() -> impl IntoView {
    let store = expect_context::<Store>();
    let query = RwSignal::new(String::new());
    // Countries in the forms' order, each with the operators that match the search.
    let groups = move || {
        let found: Vec<&'static OperatorPreset> = query.with(|query| search(query).collect());
        COUNTRIES
            .iter()
            .filter_map(|country| {
                let presets: Vec<_> = found.iter().copied().filter(|p| p.country == *country).collect();
                (!presets.is_empty()).then_some((*country, presets))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="operator-catalogue" aria-labelledby="help-operators">
            <h3 id="help-operators">{store.tr(OperatorText::Operators)}</h3>
            <div class="field">
                <label for="operator-search">{store.tr(OperatorText::SearchOperators)}</label>
                <input
                    id="operator-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <Show when=move || groups().is_empty()>
                <p class="hint">{store.tr(OperatorText::NoOperatorMatches)}</p>
            </Show>
            {move || {
                groups()
                    .into_iter()
                    .map(|(country, presets)| {
                        view! {
                            <h4>{move || format::country(store.language(), country)}</h4>
                            <ul class="operator-list">
                                {presets.into_iter().map(|preset| view! { <OperatorEntry preset /> }).collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()
            }}
        </section>
    }
}

#[component]
fn OperatorEntry(preset: &'static OperatorPreset) -> impl IntoView {
    let store = expect_context::<Store>();
    let rule = move || {
        let language = store.language();
        match preset.suggestion {
            Some(rule) => format::suggested_rule(language, rule),
            None => store.text(Msg::SuggestionUnknown).to_owned(),
        }
    };
    let codes = move || {
        let language = store.language();
        preset
            .codes
            .iter()
            .map(|code| {
                let label = format::labelled(language, code_purpose(language, code.purpose), "");
                view! { <li>{label} <code translate="no">{code_text(language, &code.display())}</code></li> }
            })
            .collect_view()
    };
    view! {
        <li class="operator-entry">
            <h5 translate="no">{preset.name}</h5>
            <p class="operator-rule">{rule}</p>
            <OperatorFacts preset />
            <Show when=move || !preset.codes.is_empty()>
                <p class="operator-codes-label">{store.tr(OperatorText::Codes)}</p>
                <ul class="operator-codes">{codes}</ul>
            </Show>
            <OperatorSource preset />
        </li>
    }
}
