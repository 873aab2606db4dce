//! A labelled text input with its validation message, wired for screen readers.

use leptos::prelude::*;

use super::field_error::{error_for, FieldErrorText};
use crate::app_state::Store;
use crate::domain::validation::{earliest_date, latest_date, Field, FieldError};
use crate::i18n::Phrase;

/// What a text field takes, and so which keyboard and picker a phone shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Text,
    /// A phone number: the phone keypad.
    Tel,
    /// A day, `YYYY-MM-DD`: the date picker, offering only the days validation accepts.
    Date,
    /// A time of day, `HH:MM`: the time picker.
    Time,
}

impl InputKind {
    fn html_type(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Tel => "tel",
            InputKind::Date => "date",
            InputKind::Time => "time",
        }
    }

    /// `(min, max)` for a date picker.
    fn bounds(self) -> Option<(String, String)> {
        (self == InputKind::Date).then(|| (earliest_date().to_string(), latest_date().to_string()))
    }
}

#[component]
pub fn TextField(
    /// The input's id; the error message gets `<id>-error`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Phrase,
    value: RwSignal<String>,
    #[prop(into)] field: Signal<Field>,
    errors: RwSignal<Vec<FieldError>>,
    #[prop(default = InputKind::Text)] kind: InputKind,
    #[prop(optional)] input_mode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] list: Option<String>,
    /// A sentence under the field saying what to type.
    #[prop(optional, into)]
    hint: Option<Phrase>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// Called with each new value instead of just storing it.
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let message = error_for(store, errors, move || field.get());
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let error = message.with(Option::is_some).then_some(error_id.as_str());
            let ids: Vec<&str> = hint.map(|_| hint_id.as_str()).into_iter().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let (min, max) = kind.bounds().unzip();
    let handle_input = move |ev| {
        let typed = event_target_value(&ev);
        match on_input {
            Some(callback) => callback.run(typed),
            None => value.set(typed),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || store.text(label)}</label>
            <input
                id=id
                type=kind.html_type()
                inputmode=input_mode
                autocomplete=autocomplete
                list=list
                placeholder=placeholder
                min=min
                max=max
                prop:value=move || value.get()
                on:input=handle_input
                aria-invalid=move || message.with(Option::is_some).then_some("true")
                aria-describedby=described_by
            />
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{move || store.text(hint)}</p> })}
            <FieldErrorText id=error_id message />
        </div>
    }
}
