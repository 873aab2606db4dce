//! Under the operator field: for a recognised operator, its typical rule (marked "typical,
//! check with your operator"), that it has no published rule, or that it cannot be kept alive;
//! what keeps it alive, and where that comes from.

use leptos::prelude::*;

use super::line_form_state::LineFormState;
use crate::app_state::Store;
use crate::domain::operators::OperatorPreset;
use crate::i18n::operators::OperatorText;
use crate::i18n::{format, Msg};
use crate::ui::widgets::operator_source::{OperatorFacts, OperatorSource};

#[component]
pub fn OperatorHint(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let summary = move || match form.preset.get() {
        Some(preset) => preset_summary(store, preset),
        None if store.operator_catalogue_failed() => {
            store.text(OperatorText::CatalogueUnavailable).to_owned()
        }
        None => store.text(Msg::OperatorHint).to_owned(),
    };
    view! {
        <div class="hint operator-hint" id="line-operator-hint" aria-live="polite">
            <p>{summary}</p>
            {move || {
                form.preset.get().map(|preset| view! { <OperatorFacts preset with_tiers=false /> <OperatorSource preset /> })
            }}
        </div>
    }
}

/// `giffgaff: Use every 6 months. Typical for this operator; check with your operator.`
fn preset_summary(store: Store, preset: &OperatorPreset) -> String {
    let language = store.language();
    match &preset.rule {
        Some(rule) => {
            let suggestion =
                format::labelled(language, &preset.name, &format::suggested_rule(language, rule));
            let stop = format::sentence_stop(language);
            format!("{suggestion}{stop}{}", store.text(Msg::SuggestionTypical))
        }
        None if !preset.renewable => store.text(OperatorText::CannotRenew).to_owned(),
        None => store.text(OperatorText::NoPublishedRule).to_owned(),
    }
}
