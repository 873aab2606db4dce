//! A labelled search box: what it finds is the caller's (the list's lines, Help's operators).

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::Phrase;

#[component]
pub fn SearchField(
    id: &'static str,
    #[prop(into)] label: Phrase,
    #[prop(into)] value: Signal<String>,
    /// Called with the text as it is typed.
    on_input: Callback<String>,
    #[prop(optional, into)] placeholder: Option<Phrase>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <div class=move || ["field", class.unwrap_or_default()].join(" ").trim_end().to_owned()>
            <label for=id>{move || store.text(label)}</label>
            <input
                id=id
                type="search"
                autocomplete="off"
                placeholder=move || placeholder.map(|hint| store.text(hint))
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}
