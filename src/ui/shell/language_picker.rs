//! The `Language` select in the header; the choice is stored in the document's settings.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::document::Language;
use crate::i18n::{catalogue, Msg};
use crate::ui::widgets::select_field::{Choice, SelectField};

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let store = expect_context::<Store>();
    // Each language under its own name, in its own language, so that anyone can find theirs.
    let languages = Language::ALL
        .map(|language| Choice {
            lang: Some(language.tag()),
            ..Choice::new(language, language.tag(), catalogue(language).name)
        })
        .to_vec();
    view! {
        <SelectField
            id="language"
            label=Msg::Language
            selected=move || store.language()
            on_select=move |language| store.set_language(language)
            choices=move || languages.clone()
            class="language-picker"
        />
    }
}
