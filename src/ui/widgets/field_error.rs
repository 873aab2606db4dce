//! The translated message shown next to a field that failed validation.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::validation::{Field, FieldError};
use crate::i18n::format;

/// The message for `field` among `errors`, in the current language.
pub fn error_for(
    store: Store,
    errors: RwSignal<Vec<FieldError>>,
    field: impl Fn() -> Field + Copy + Send + Sync + 'static,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        let wanted = field();
        errors.with(|errors| {
            errors
                .iter()
                .find(|error| error.field == wanted)
                .map(|error| format::problem(store.language(), error.problem))
        })
    })
}

/// `<p id=...>` with the message, for `aria-describedby`; renders nothing without an error.
#[component]
pub fn FieldErrorText(id: String, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || message.with(Option::is_some)>
            <p class="field-error" id=id.clone()>
                {move || message.get()}
            </p>
        </Show>
    }
}
