//! The `Language` select in the header; the choice is stored in the document's settings.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::document::Language;
use crate::i18n::{catalogue, Msg};

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let store = expect_context::<Store>();
    let on_change = move |ev| {
        if let Some(language) = Language::from_tag(&event_target_value(&ev)) {
            store.set_language(language);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language">{store.tr(Msg::Language)}</label>
            <select id="language" on:change=on_change>
                {Language::ALL
                    .map(|language| {
                        view! {
                            <option
                                value=language.tag()
                                lang=language.tag()
                                prop:selected=move || store.language() == language
                            >
                                // Under its own name, so that anyone can find theirs.
                                {catalogue(language).name}
                            </option>
                        }
                    })}
            </select>
        </div>
    }
}
