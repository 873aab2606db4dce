//! Under the operator field: the suggestions to pick from, and for a recognised operator its
//! typical rule (marked "typical, check with your operator"), what keeps it alive, and where
//! that comes from.

use leptos::prelude::*;

use super::line_form_state::LineFormState;
use super::operator_source::{OperatorFacts, OperatorSource};
use crate::app_state::Store;
use crate::domain::operators::CATALOGUE;
use crate::i18n::{format, Msg};

#[component]
pub fn OperatorHint(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let suggestions = move || {
        let country = form.country.get();
        CATALOGUE
            .iter()
            .filter(|preset| country.is_empty() || preset.country == country)
            .map(|preset| view! { <option value=preset.name></option> })
            .collect_view()
    };
    let summary = move || {
        let language = store.language();
        match form.preset.get() {
            Some(preset) => match preset.suggestion {
                Some(rule) => {
                    let suggestion =
                        format::labelled(language, preset.name, &format::suggested_rule(language, rule));
                    let stop = format::sentence_stop(language);
                    format!("{suggestion}{stop}{}", store.text(Msg::SuggestionTypical))
                }
                None => store.text(Msg::SuggestionUnknown).to_owned(),
            },
            None => store.text(Msg::OperatorHint).to_owned(),
        }
    };
    view! {
        <datalist id="operator-presets">{suggestions}</datalist>
        <div class="hint operator-hint" aria-live="polite">
            <p>{summary}</p>
            {move || {
                form.preset
                    .get()
                    .map(|preset| view! { <OperatorFacts preset /> <OperatorSource preset /> })
            }}
        </div>
    }
}
