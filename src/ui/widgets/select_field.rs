//! A labelled select with its validation message; the options follow the language. The page
//! speaks in option codes: the form turns them into its own typed values at this edge.

use leptos::prelude::*;

use super::field_error::{error_for, FieldErrorText};
use crate::app_state::Store;
use crate::domain::validation::{Field, FieldError};
use crate::i18n::Msg;

#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    label: Msg,
    /// The code of the option chosen now.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with the code of the option the user chooses.
    on_select: Callback<String>,
    /// `(code, label)` pairs, in the current language.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    field: Field,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let message = error_for(store, errors, move || field);
    let error_id = format!("{id}-error");
    let described_by = {
        let error_id = error_id.clone();
        move || message.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class="field">
            <label for=id.clone()>{store.tr(label)}</label>
            <select
                id=id
                on:change=move |ev| on_select.run(event_target_value(&ev))
                aria-invalid=move || message.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(code, text)| {
                            let chosen = code.clone();
                            view! {
                                <option value=code prop:selected=move || selected.with(|v| *v == chosen)>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <FieldErrorText id=error_id message />
        </div>
    }
}
