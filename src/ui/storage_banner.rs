//! A banner that says plainly when the app cannot read or save its data.

use leptos::prelude::*;

use crate::app_state::{StorageProblem, Store};
use crate::i18n::Msg;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let message = move || {
        store.storage_problem.get().map(|problem| match problem {
            StorageProblem::SaveFailed { quota: true } => Msg::SaveFailedQuota,
            StorageProblem::SaveFailed { quota: false } | StorageProblem::SavingDisabled => {
                Msg::SaveFailedOther
            }
            StorageProblem::Quarantined => Msg::StoredDataQuarantined,
        })
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="banner banner-error" role="alert">
                {move || message().map(|msg| store.text(msg))}
            </div>
        </Show>
    }
}
