//! The `Language` select in the header; the choice is stored in the document's settings.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::document::Language;
use crate::i18n::Msg;

/// Each language is offered under its own name, so anyone can find theirs.
fn native_name(language: Language) -> &'static str {
    match language {
        Language::English => "English",
        Language::SimplifiedChinese => "简体中文",
    }
}

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
                                {native_name(language)}
                            </option>
                        }
                    })}
            </select>
        </div>
    }
}
