//! After a delete or a recording: what happened, with an `Undo` button, for a few seconds.

use std::time::Duration;

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::Msg;
use crate::ui::hooks::clear_after;

/// Long enough to notice and reach the button on a phone.
const UNDO_OFFER: Duration = Duration::from_secs(8);

/// Shown while `offer` holds something; withdraws that offer after `UNDO_OFFER`.
#[component]
pub fn UndoToast<T>(offer: RwSignal<Option<T>>, message: Msg, on_undo: Callback<()>) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let store = expect_context::<Store>();
    clear_after(offer, UNDO_OFFER);
    view! {
        <Show when=move || offer.with(Option::is_some)>
            <div class="toast">
                <span>{store.tr(message)}</span>
                <button type="button" on:click=move |_| on_undo.run(())>
                    {store.tr(Msg::Undo)}
                </button>
            </div>
        </Show>
    }
}
