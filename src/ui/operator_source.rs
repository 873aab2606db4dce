//! Where a preset's rule comes from: the link `Operator's terms`, `Checked on` and its date,
//! and, for a preset no official page confirmed, the mark `Unconfirmed` with why. Shown
//! wherever a preset's rule is: the form's hint, a line's rules, Help → Operators.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::operators::OperatorPreset;
use crate::i18n::operators::{checked_on, OperatorText};

#[component]
pub fn OperatorSource(preset: &'static OperatorPreset) -> impl IntoView {
    let store = expect_context::<Store>();
    let checked = move || preset.checked_on().map(|day| checked_on(store.language(), day));
    view! {
        <p class="operator-source">
            <a href=preset.source target="_blank" rel="noopener noreferrer">
                {store.tr(OperatorText::OperatorsTerms)}
            </a>
            " · "
            <span>{checked}</span>
            {(!preset.confirmed)
                .then(|| {
                    view! {
                        " · "
                        <strong class="unconfirmed">{store.tr(OperatorText::Unconfirmed)}</strong>
                        <span class="unconfirmed-why">" " {store.tr(OperatorText::UnconfirmedWhy)}</span>
                    }
                })}
        </p>
    }
}

/// What keeps the line alive, and how long after the deadline it can be revived.
#[component]
pub fn OperatorFacts(preset: &'static OperatorPreset) -> impl IntoView {
    let store = expect_context::<Store>();
    let language = move || store.language();
    view! {
        <p class="operator-facts">
            {move || crate::i18n::operators::what_counts(language(), preset).map(|text| format!("{text}. "))}
            {move || crate::i18n::operators::grace(language(), preset.grace_days)}
        </p>
        <p class="operator-note">
            {move || preset.note_in(crate::i18n::operators::note_language(language()))}
        </p>
    }
}
