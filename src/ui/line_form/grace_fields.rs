//! The rest of what keeps a line alive, under its rules: the grace period after the deadline
//! (pre-filled from the operator where known) and, with a use rule, whether a top-up counts.

use leptos::prelude::*;

use super::line_form_state::LineFormState;
use crate::app_state::Store;
use crate::domain::rule::RuleKind;
use crate::domain::validation::Field;
use crate::i18n::operators::OperatorText;
use crate::ui::widgets::text_field::TextField;

#[component]
pub fn GraceFields(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let has_use_rule =
        move || form.rules.with(|rows| rows.iter().any(|row| row.kind.get() == RuleKind::UseEvery));
    view! {
        <TextField
            id="line-grace-days"
            label=OperatorText::GraceField
            value=form.grace_days
            field=Field::GraceDays
            errors=form.errors
            input_mode="numeric"
            autocomplete="off"
            hint=OperatorText::GraceFieldHint
        />
        <Show when=has_use_rule>
            <div class="field field-checkbox">
                <input
                    id="line-top-up-is-use"
                    type="checkbox"
                    prop:checked=move || form.top_up_is_use.get().unwrap_or(true)
                    on:change=move |ev| form.top_up_is_use.set(Some(event_target_checked(&ev)))
                />
                <label for="line-top-up-is-use">{store.tr(OperatorText::TopUpIsUseField)}</label>
            </div>
        </Show>
    }
}
