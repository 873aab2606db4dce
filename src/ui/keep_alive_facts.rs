//! Under a line's rules: which recorded actions keep it alive, how long it can be revived after
//! the deadline, and, for an operator in the catalogue, what its terms say and where they are.

use leptos::prelude::*;

use super::line_detail::LineMemo;
use super::operator_source::OperatorSource;
use crate::app_state::Store;
use crate::domain::operators::find_preset;
use crate::i18n::operators::{grace, note_language, top_up_counting, what_counts};

#[component]
pub fn KeepAliveFacts(line: LineMemo) -> impl IntoView {
    let store = expect_context::<Store>();
    let preset =
        Memo::new(move |_| line.with(|line| line.as_ref().and_then(|line| find_preset(&line.operator))));
    let top_up_counts = move || {
        let msg = line.with(|line| line.as_ref().and_then(top_up_counting))?;
        Some(view! { <p>{store.tr(msg)}</p> })
    };
    let grace_text =
        move || line.with(|line| line.as_ref().map(|line| grace(store.language(), line.grace_days)));
    let operator = move || {
        preset.get().map(|preset| {
            let language = store.language();
            view! {
                {what_counts(language, preset).map(|text| view! { <p>{format!("{} ({})", text, preset.name)}</p> })}
                <p class="operator-note">{preset.note_in(note_language(language))}</p>
                <OperatorSource preset />
            }
        })
    };
    view! {
        <div class="keep-alive-facts">
            {top_up_counts}
            <p>{grace_text}</p>
            {operator}
        </div>
    }
}
