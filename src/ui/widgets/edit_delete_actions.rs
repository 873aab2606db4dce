//! `Edit` and `Delete` for one item; Delete first asks `Yes, delete` / `Cancel` in place.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::{text, Msg};

#[component]
pub fn EditDeleteActions(
    /// What the confirmation asks, e.g. `Delete this line and its rules?`.
    question: Msg,
    on_edit: Callback<()>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let confirming = RwSignal::new(false);
    // One reactive closure, not a `Show` and a closure per text: a list of 20 cards then sets up
    // 60 fewer at start-up. The language changes rarely; the buttons are drawn again when it does.
    move || {
        let language = store.language();
        let say = move |msg: Msg| text(language, msg);
        if confirming.get() {
            view! {
                <div class="line-actions confirm" role="group" aria-label=say(question)>
                    <p>{say(question)}</p>
                    <button type="button" class="button-danger" on:click=move |_| on_delete.run(())>
                        {say(Msg::ConfirmDelete)}
                    </button>
                    <button type="button" on:click=move |_| confirming.set(false)>{say(Msg::Cancel)}</button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="line-actions">
                    <button type="button" on:click=move |_| on_edit.run(())>{say(Msg::Edit)}</button>
                    <button type="button" on:click=move |_| confirming.set(true)>{say(Msg::Delete)}</button>
                </div>
            }
            .into_any()
        }
    }
}
