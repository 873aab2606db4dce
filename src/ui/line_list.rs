//! The list of lines, nearest deadline first, or the empty state that explains the app.

use leptos::prelude::*;

use super::line_card::LineCard;
use crate::app_state::{Screen, Store};
use crate::domain::line::{sorted_by_deadline, Line};
use crate::i18n::Msg;

#[component]
pub fn LineList() -> impl IntoView {
    let store = expect_context::<Store>();
    let sorted = Memo::new(move |_| {
        store.with_document(|document| {
            sorted_by_deadline(&document.lines).into_iter().cloned().collect::<Vec<Line>>()
        })
    });

    view! {
        <section class="line-list-section" aria-labelledby="lines-heading">
            <div class="section-header">
                <h2 id="lines-heading">{store.tr(Msg::Lines)}</h2>
                <button
                    type="button"
                    class="button-primary"
                    on:click=move |_| store.screen.set(Screen::AddLine)
                >
                    {store.tr(Msg::AddLine)}
                </button>
            </div>
            <Show
                when=move || sorted.with(|lines| !lines.is_empty())
                fallback=move || {
                    view! {
                        <div class="empty-state">
                            <p class="purpose">{store.tr(Msg::AppPurpose)}</p>
                            <p>{store.tr(Msg::EmptyList)}</p>
                        </div>
                    }
                }
            >
                <ul class="line-list" aria-label=store.tr(Msg::Lines)>
                    // Keyed by the whole line, so an edited line is rebuilt and the rest kept.
                    <For each=move || sorted.get() key=|line| line.clone() let:line>
                        <LineCard line />
                    </For>
                </ul>
            </Show>
        </section>
    }
}
