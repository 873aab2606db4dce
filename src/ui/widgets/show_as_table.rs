//! `Show as table` under a chart: the table with the chart's facts is always there for screen
//! readers (visually hidden), and shown to anyone who asks for it. Every chart's table is built
//! here from plain rows of text, so that the wasm carries one table's code, not one per chart.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::timeline::TimelineText;

/// `rows`: one per row, its first cell the row's header.
#[component]
pub fn ShowAsTable(caption: String, heads: Vec<&'static str>, rows: Vec<Vec<String>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = RwSignal::new(false);
    let heads = heads.into_iter().map(|head| view! { <th scope="col">{head}</th> }).collect_view();
    let rows = rows
        .into_iter()
        .map(|cells| {
            let mut cells = cells.into_iter();
            let head = cells.next();
            let cells = cells.map(|cell| view! { <td>{cell}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{head}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="button-quiet show-as-table"
            aria-expanded=move || shown.get().to_string()
            on:click=move |_| shown.update(|shown| *shown = !*shown)
        >
            {store.tr(TimelineText::ShowAsTable)}
        </button>
        <div class=move || if shown.get() { "chart-table" } else { "chart-table visually-hidden" }>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>{heads}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
