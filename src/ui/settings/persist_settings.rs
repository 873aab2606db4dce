//! Settings › Keep my data: why persistent storage matters, whether this browser granted it,
//! and a button to ask for it (asked only from that click).

use leptos::prelude::*;

use crate::app_state::{Persistence, Store};
use crate::i18n::Msg;

#[component]
pub fn PersistSettings() -> impl IntoView {
    let store = expect_context::<Store>();
    let state = RwSignal::new(None::<Persistence>);
    store.check_persistence(state);
    let ask = move |_| store.request_persistence(state);
    let status = move || {
        state.get().map(|state| match state {
            Persistence::Granted => Msg::PersistGranted,
            Persistence::NotGranted => Msg::PersistNotGranted,
            Persistence::Unsupported => Msg::PersistUnsupported,
        })
    };
    view! {
        <section class="persist" aria-labelledby="persist-heading">
            <h3 id="persist-heading">{store.tr(Msg::PersistHeading)}</h3>
            <p class="hint">{store.tr(Msg::PersistWhy)}</p>
            <p role="status">{move || status().map(|msg| store.text(msg))}</p>
            <Show when=move || state.get() == Some(Persistence::NotGranted)>
                <button type="button" on:click=ask>{store.tr(Msg::PersistAsk)}</button>
            </Show>
        </section>
    }
}
