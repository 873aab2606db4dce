//! The one select of the app: labelled, its options in the current language, and, where the
//! value is validated, its message next to it (`aria-invalid`, `aria-describedby`). It offers
//! typed values; the page speaks in each option's code (its `value`), which this edge turns back
//! into the value.

use leptos::prelude::*;

use super::field_error::{error_for, FieldErrorText};
use crate::app_state::Store;
use crate::domain::validation::{Field, FieldError};
use crate::i18n::Phrase;

/// One option: the value it stands for, its code (the option's `value`) and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub code: String,
    pub label: String,
    /// The option's own language, where it differs from the page's (a language's own name).
    pub lang: Option<&'static str>,
}

impl<T> Choice<T> {
    pub fn new(value: T, code: impl Into<String>, label: impl Into<String>) -> Self {
        Self { value, code: code.into(), label: label.into(), lang: None }
    }
}

/// Where a select's problems are reported, for a select whose value is validated.
#[derive(Clone, Copy)]
pub struct Checked {
    pub field: Field,
    pub errors: RwSignal<Vec<FieldError>>,
}

#[component]
pub fn SelectField<T>(
    #[prop(into)] id: String,
    #[prop(into)] label: Phrase,
    /// The value chosen now (tracked).
    selected: impl Fn() -> T + Send + Sync + 'static,
    /// Called with the value the user chooses.
    on_select: impl Fn(T) + Send + Sync + 'static,
    /// The options, in the current language (tracked).
    choices: impl Fn() -> Vec<Choice<T>> + Send + Sync + 'static,
    #[prop(optional)] checked: Option<Checked>,
    /// The wrapper's class: `field`, unless the select sits elsewhere (the header's picker).
    #[prop(default = "field")]
    class: &'static str,
) -> impl IntoView
where
    T: PartialEq + Send + Sync + 'static,
{
    // The typed part stays this thin: it speaks in codes at once, so that the reactive parts and
    // the markup below are the same for every type of value (one copy in the wasm, not one each).
    let choices = std::sync::Arc::new(choices);
    let listed = choices.clone();
    let selected_code = Signal::derive(move || {
        let now = selected();
        listed().into_iter().find(|c| c.value == now).map(|c| c.code)
    });
    let listed = choices.clone();
    let options =
        Signal::derive(move || listed().into_iter().map(|c| (c.code, c.label, c.lang)).collect::<Vec<_>>());
    let on_code = Callback::new(move |code: String| {
        if let Some(choice) = untrack(|| choices()).into_iter().find(|c| c.code == code) {
            on_select(choice.value);
        }
    });
    select_markup(id, label, selected_code, on_code, options, checked, class)
}

/// The select itself, in codes: one copy of the markup for every type of value.
fn select_markup(
    id: String,
    label: Phrase,
    selected: Signal<Option<String>>,
    on_select: Callback<String>,
    options: Signal<Vec<(String, String, Option<&'static str>)>>,
    checked: Option<Checked>,
    class: &'static str,
) -> AnyView {
    let store = expect_context::<Store>();
    let message = match checked {
        Some(Checked { field, errors }) => error_for(store, errors, move || field),
        None => Signal::derive(|| None),
    };
    let error_id = format!("{id}-error");
    let described_by = {
        let error_id = error_id.clone();
        move || message.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class=class>
            <label for=id.clone()>{move || store.text(label)}</label>
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
                        .map(|(code, text, lang)| {
                            let chosen = code.clone();
                            view! {
                                <option
                                    value=code
                                    lang=lang
                                    prop:selected=move || selected.with(|now| now.as_deref() == Some(chosen.as_str()))
                                >
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
    .into_any()
}
