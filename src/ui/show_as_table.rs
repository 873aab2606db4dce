//! `Show as table` under a chart: the table with the chart's facts is always there for screen
//! readers (visually hidden), and shown to anyone who asks for it.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::timeline::TimelineText;

#[component]
pub fn ShowAsTable(children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="button-quiet show-as-table"
            aria-expanded=move || shown.get().to_string()
            on:click=move |_| shown.update(|shown| *shown = !*shown)
        >
            {store.tr(TimelineText::ShowAsTable)}
        </button>
        <div class=move || if shown.get() { "chart-table" } else { "chart-table visually-hidden" }>{children()}</div>
    }
}
