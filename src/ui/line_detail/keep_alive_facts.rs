//! Under a line's rules: which recorded actions keep it alive, how long it can be revived after
//! the deadline, and, for an operator in the catalogue, what its terms say and where they are.

use leptos::prelude::*;

use super::line_memo::LineMemo;
use crate::app_state::Store;
use crate::i18n::operators::{grace, note_language, top_up_counting, what_counts};
use crate::ui::widgets::operator_source::OperatorSource;

#[component]
pub fn KeepAliveFacts(line: LineMemo) -> impl IntoView {
    let store = expect_context::<Store>();
    let preset = Memo::new(move |_| {
        let catalogue = store.operator_catalogue()?;
        line.with(|line| line.as_ref().and_then(|line| catalogue.find(&line.operator)))
    });
    let top_up_counts = move || {
        let msg = line.with(|line| line.as_ref().and_then(top_up_counting))?;
        Some(view! { <p>{store.tr(msg)}</p> })
    };
    let grace_text =
        move || line.with(|line| line.as_ref().map(|line| grace(store.language(), line.grace_days)));
    let counts = move || {
        let preset = preset.get()?;
        what_counts(store.language(), preset)
            .map(|text| view! { <p>{format!("{text} ({})", preset.name)}</p> })
    };
    let note_and_source = move || {
        preset.get().map(|preset| {
            view! {
                <p class="operator-note">{move || preset.note_in(note_language(store.language())).to_owned()}</p>
                <OperatorSource preset />
            }
        })
    };
    // What counts, then what a top-up does, how long after the deadline, and the source.
    view! {
        <div class="keep-alive-facts">
            {counts}
            {top_up_counts}
            <p>{grace_text}</p>
            {note_and_source}
        </div>
    }
}
