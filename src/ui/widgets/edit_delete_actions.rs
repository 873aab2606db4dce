//! `Edit` and `Delete` for one item; Delete first asks `Yes, delete` / `Cancel` in place.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::Msg;

#[component]
pub fn EditDeleteActions(
    /// What the confirmation asks, e.g. `Delete this line and its rules?`.
    question: Msg,
    on_edit: Callback<()>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let confirming = RwSignal::new(false);
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || {
                view! {
                    <div class="line-actions">
                        <button type="button" on:click=move |_| on_edit.run(())>{store.tr(Msg::Edit)}</button>
                        <button type="button" on:click=move |_| confirming.set(true)>{store.tr(Msg::Delete)}</button>
                    </div>
                }
            }
        >
            <div class="line-actions confirm" role="group" aria-label=store.tr(question)>
                <p>{store.tr(question)}</p>
                <button type="button" class="button-danger" on:click=move |_| on_delete.run(())>
                    {store.tr(Msg::ConfirmDelete)}
                </button>
                <button type="button" on:click=move |_| confirming.set(false)>{store.tr(Msg::Cancel)}</button>
            </div>
        </Show>
    }
}
