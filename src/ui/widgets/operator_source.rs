//! Where a preset's rule comes from: the link `Operator's terms`, `Checked on` and its date,
//! and `Confirmed by the operator` or `Unconfirmed` (with why); in Help, also the source's own
//! words. Shown wherever a preset's rule is: the form's hint, a line's rules, Help → Operators.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::operators::{OperatorPreset, Source};
use crate::i18n::format;
use crate::i18n::operators::{checked_on, grace, note_language, what_counts, OperatorText};

#[component]
pub fn OperatorSource(
    preset: &'static OperatorPreset,
    /// Whether to show the words of each source (Help does; the form keeps it short).
    #[prop(optional)]
    with_quotes: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let checked = move || checked_on(store.language(), preset.checked);
    let certainty = if preset.confirmed {
        view! { <strong class="confirmed">{store.tr(OperatorText::ConfirmedByOperator)}</strong> }.into_any()
    } else {
        view! {
            <strong class="unconfirmed">{store.tr(OperatorText::Unconfirmed)}</strong>
            <span class="unconfirmed-why">" " {store.tr(OperatorText::UnconfirmedWhy)}</span>
        }
        .into_any()
    };
    let quotes = with_quotes.then(|| {
        let grace_quote = preset.grace_source.as_ref().map(|source| {
            view! { <Quote source label=OperatorText::GraceTerms /> }
        });
        view! {
            <Quote source=&preset.source label=OperatorText::InTheirWords />
            {preset.also.iter().map(|source| view! { <Quote source label=OperatorText::InTheirWords /> }).collect_view()}
            {grace_quote}
        }
    });
    view! {
        <p class="operator-source">
            <a href=preset.source.url.clone() target="_blank" rel="noopener noreferrer">
                {store.tr(OperatorText::OperatorsTerms)}
            </a>
            " · "
            <span>{checked}</span>
            " · "
            {certainty}
        </p>
        {quotes}
    }
}

/// A source's words, as a quotation from its page (in the page's own language).
#[component]
fn Quote(source: &'static Source, label: OperatorText) -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <figure class="operator-quote">
            <blockquote cite=source.url.clone() translate="no">{source.quote.clone()}</blockquote>
            <figcaption>
                <a href=source.url.clone() target="_blank" rel="noopener noreferrer">{store.tr(label)}</a>
            </figcaption>
        </figure>
    }
}

/// What keeps the line alive, how long after the deadline it can be revived, what a top-up
/// buys where that depends on its amount, and the note.
#[component]
pub fn OperatorFacts(
    preset: &'static OperatorPreset,
    /// Whether to list what each amount buys (the line form shows it in the rule's fields).
    #[prop(default = true)]
    with_tiers: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let language = move || store.language();
    let tiers = preset.rule.as_ref().and_then(|rule| rule.by_amount.as_ref()).filter(|_| with_tiers).map(|tiers| {
        view! {
            <p class="tiers-heading">{store.tr(OperatorText::TiersHeading)}</p>
            <ul class="tiers">
                {move || format::validity_tiers(language(), tiers).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <p class="operator-facts">
            {move || what_counts(language(), preset).map(|text| format!("{text}. "))}
            {move || grace(language(), preset.grace_days)}
        </p>
        {tiers}
        <p class="operator-note">{move || preset.note_in(note_language(language())).to_owned()}</p>
    }
}
