//! Help → Operators: every preset of the catalogue by country, with its rule, what keeps it
//! alive, its grace period, its codes, its note, its source's words, the day it was checked
//! and whether the operator confirmed it; filtered by country and by any name as typed.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::operators::{Catalogue, OperatorPreset};
use crate::domain::places::COUNTRIES;
use crate::i18n::operators::{code_purpose, code_text, local_name, OperatorText};
use crate::i18n::{format, Msg};
use crate::ui::widgets::choices::country_choices;
use crate::ui::widgets::operator_source::{OperatorFacts, OperatorSource};
use crate::ui::widgets::search_field::SearchField;
use crate::ui::widgets::select_field::SelectField;

#[component]
pub fn OperatorCatalogue() -> impl IntoView {
    let store = expect_context::<Store>();
    let query = RwSignal::new(String::new());
    let country = RwSignal::new(String::new());
    let body = move || {
        match store.operator_catalogue() {
        Some(catalogue) => view! { <CatalogueEntries catalogue query country /> }.into_any(),
        None if store.operator_catalogue_failed() => view! {
            <p class="banner banner-error" role="alert">
                {store.tr(OperatorText::CatalogueUnavailable)} " "
                <button type="button" on:click=move |_| store.retry_catalogue()>{store.tr(OperatorText::Retry)}</button>
            </p>
        }
        .into_any(),
        None => ().into_any(),
    }
    };
    view! {
        <section class="operator-catalogue" aria-labelledby="help-operators">
            <h3 id="help-operators">{store.tr(OperatorText::Operators)}</h3>
            <div class="field-row">
                <SearchField
                    id="operator-search"
                    label=OperatorText::SearchOperators
                    value=query
                    on_input=Callback::new(move |typed| query.set(typed))
                />
                <CountryFilter country />
            </div>
            {body}
        </section>
    }
}

/// `Country`: all countries, or one of those the catalogue has operators in.
#[component]
fn CountryFilter(country: RwSignal<String>) -> impl IntoView {
    let store = expect_context::<Store>();
    let countries = move || {
        let present = store.operator_catalogue().map(Catalogue::countries).unwrap_or_default();
        let offered: Vec<&str> = COUNTRIES.into_iter().filter(|code| present.contains(code)).collect();
        country_choices(store, store.text(OperatorText::AllCountries), &offered)
    };
    view! {
        <SelectField
            id="operator-country"
            label=Msg::Country
            selected=move || country.get()
            on_select=move |code| country.set(code)
            choices=countries
        />
    }
}

/// The operators that match, grouped by country in the forms' order.
#[component]
fn CatalogueEntries(
    catalogue: &'static Catalogue,
    query: RwSignal<String>,
    country: RwSignal<String>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let groups = move || {
        let wanted = country.get();
        let found: Vec<&'static OperatorPreset> = query.with(|query| catalogue.search(query, &wanted));
        COUNTRIES
            .iter()
            .filter(|code| wanted.is_empty() || **code == wanted)
            .filter_map(|code| {
                let presets: Vec<_> = found.iter().copied().filter(|p| p.country == *code).collect();
                (!presets.is_empty()).then_some((*code, presets))
            })
            .collect::<Vec<_>>()
    };
    view! {
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
    }
}

#[component]
fn OperatorEntry(preset: &'static OperatorPreset) -> impl IntoView {
    let store = expect_context::<Store>();
    let rule = move || {
        let language = store.language();
        match &preset.rule {
            Some(rule) => format::suggested_rule(language, rule),
            None if !preset.renewable => store.text(OperatorText::CannotRenew).to_owned(),
            None => store.text(OperatorText::NoPublishedRule).to_owned(),
        }
    };
    let also_known_as = move || {
        let local = local_name(store.language(), preset);
        (!preset.name.starts_with(local))
            .then(|| view! { <p class="operator-local-name" translate="no">{local.to_owned()}</p> })
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
            <h5 translate="no">{preset.name.clone()}</h5>
            {also_known_as}
            <p class="operator-rule">{rule}</p>
            <OperatorFacts preset />
            <Show when=move || !preset.codes.is_empty()>
                <p class="operator-codes-label">{store.tr(OperatorText::Codes)}</p>
                <ul class="operator-codes">{codes}</ul>
            </Show>
            <OperatorSource preset with_quotes=true />
        </li>
    }
}
