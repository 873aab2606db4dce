//! After a delete: "Line deleted." with an `Undo` button, for a few seconds.

use std::time::Duration;

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::Msg;

/// Long enough to notice and reach the button on a phone.
const UNDO_OFFER: Duration = Duration::from_secs(8);

#[component]
pub fn UndoToast() -> impl IntoView {
    let store = expect_context::<Store>();
    Effect::new(move |_| {
        let Some(removed) = store.last_removed.get() else {
            return;
        };
        set_timeout(
            move || {
                // Only withdraw the offer for this deletion, not a newer one.
                if store.last_removed.get_untracked().as_ref() == Some(&removed) {
                    store.last_removed.set(None);
                }
            },
            UNDO_OFFER,
        );
    });
    view! {
        <Show when=move || store.last_removed.with(Option::is_some)>
            <div class="toast">
                <span>{store.tr(Msg::LineDeleted)}</span>
                <button type="button" on:click=move |_| store.undo_delete()>
                    {store.tr(Msg::Undo)}
                </button>
            </div>
        </Show>
    }
}
