//! What a top-up buys where the operator sells time by the amount: `From HK$10: 30 days …`, how
//! the time is counted, and that a top-up without an amount counts as the smallest tier.
//! Shown in the rule's fields and beside the renewal form's amount.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::validity_tiers::ValidityTiers;
use crate::i18n::format;
use crate::i18n::operators::OperatorText;

#[component]
pub fn TiersHint(tiers: ValidityTiers) -> impl IntoView {
    let store = expect_context::<Store>();
    let lines = move || {
        format::validity_tiers(store.language(), &tiers)
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    view! {
        <div class="hint tiers-hint">
            <p class="tiers-heading">{store.tr(OperatorText::TiersHeading)}</p>
            <ul class="tiers">{lines}</ul>
            <p>{store.tr(OperatorText::NoAmountSmallestTier)}</p>
        </div>
    }
}
