//! The line form's `Operator` field: type any name, or pick one of the catalogue's operators
//! from the list that opens under it. The list finds an operator by any name people use (its
//! own, its local one, its Chinese names in either script, a short name), whatever the
//! interface's language, with the chosen country's operators first. A combobox as ARIA
//! describes it, the same in every engine (a `<datalist>` is not: iOS and Firefox match and
//! show it differently).

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::line_form_state::LineFormState;
use crate::app_state::Store;
use crate::domain::operators::OperatorPreset;
use crate::domain::validation::Field;
use crate::i18n::operators::{local_name, OperatorText};
use crate::i18n::{format, Msg};
use crate::ui::widgets::field_error::{error_for, FieldErrorText};

/// How many operators the list offers at once: enough to choose among a country's.
const MAX_OPTIONS: usize = 8;

#[component]
pub fn OperatorField(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let message = error_for(store, form.errors, || Field::Operator);
    let options = Memo::new(move |_| {
        let Some(catalogue) = store.operator_catalogue() else { return Vec::new() };
        let country = form.country.get();
        form.operator.with(|typed| {
            let found = catalogue.search(typed, &country);
            let exact = found.len() == 1 && found[0].name == typed.trim();
            if exact {
                Vec::new()
            } else {
                found.into_iter().take(MAX_OPTIONS).collect::<Vec<_>>()
            }
        })
    });
    let expanded = move || open.get() && options.with(|options| !options.is_empty());
    let pick = move |preset: &'static OperatorPreset| {
        form.set_operator(preset.name.clone());
        open.set(false);
        active.set(None);
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let count = options.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                let down = ev.key() == "ArrowDown";
                active.update(|at| *at = Some(step(*at, count, down)));
            }
            "Enter" if expanded() => {
                if let Some(preset) =
                    active.get_untracked().and_then(|at| options.with_untracked(|o| o.get(at).copied()))
                {
                    ev.prevent_default();
                    pick(preset);
                }
            }
            "Escape" if expanded() => {
                ev.prevent_default();
                open.set(false);
            }
            _ => {}
        }
    };
    let described_by = move || {
        let error = message.with(Option::is_some).then_some("line-operator-error");
        Some(["line-operator-hint"].into_iter().chain(error).collect::<Vec<_>>().join(" "))
    };
    view! {
        <div class="field operator-field">
            <label for="line-operator">{store.tr(Msg::Operator)}</label>
            <input
                id="line-operator"
                type="text"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls="operator-options"
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                aria-invalid=move || message.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                prop:value=move || form.operator.get()
                on:input=move |ev| {
                    form.set_operator(event_target_value(&ev));
                    open.set(true);
                    active.set(None);
                }
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
                on:keydown=on_keydown
            />
            <ul id="operator-options" role="listbox" class="operator-options" aria-label=move || store.text(OperatorText::SuggestedOperators) hidden=move || !expanded()>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(at, preset)| {
                            view! {
                                <li
                                    id=option_id(at)
                                    role="option"
                                    aria-selected=move || if active.get() == Some(at) { "true" } else { "false" }
                                    // Picked before the input's blur closes the list.
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        pick(preset);
                                    }
                                >
                                    <span translate="no">{preset.name.clone()}</span>
                                    <span class="option-detail" translate="no">{move || local_detail(store, preset)}</span>
                                    <span class="option-detail">
                                        {move || format!(" · {}", format::country(store.language(), &preset.country))}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <FieldErrorText id="line-operator-error".to_owned() message />
        </div>
    }
}

fn option_id(at: usize) -> String {
    format!("operator-option-{at}")
}

/// The next option up or down, wrapping around.
fn step(at: Option<usize>, count: usize, down: bool) -> usize {
    match (at, down) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(at), true) => (at + 1) % count,
        (Some(at), false) => (at + count - 1) % count,
    }
}

/// ` · 中國移動香港`: the name the operator goes by at home (or in Chinese, for a Chinese
/// interface), where it is not the start of the name shown.
fn local_detail(store: Store, preset: &OperatorPreset) -> String {
    let local = local_name(store.language(), preset);
    if preset.name.starts_with(local) {
        String::new()
    } else {
        format!(" · {local}")
    }
}
