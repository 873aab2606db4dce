//! A banner that says plainly when the app cannot read or save its data.

use leptos::prelude::*;

use crate::app_state::{SaveError, StorageProblem, Store};
use crate::i18n::Msg;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let message = move || {
        store.storage_problem.get().map(|problem| match problem {
            StorageProblem::SaveFailed(SaveError::QuotaExceeded) => Msg::SaveFailedQuota,
            StorageProblem::SaveFailed(SaveError::Other(_)) | StorageProblem::SavingDisabled => {
                Msg::SaveFailedOther
            }
            StorageProblem::Quarantined => Msg::StoredDataQuarantined,
        })
    };
    let quarantined = move || store.storage_problem.get() == Some(StorageProblem::Quarantined);
    view! {
        <Show when=move || message().is_some()>
            <div class="banner banner-error" role="alert">
                <p>{move || message().map(|msg| store.text(msg))}</p>
                <Show when=quarantined>
                    <div class="form-actions">
                        <button type="button" on:click=move |_| download_unreadable(store)>
                            {store.tr(Msg::DownloadUnreadableData)}
                        </button>
                        <button type="button" on:click=move |_| store.reload()>{store.tr(Msg::TryAgain)}</button>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

/// The quarantined text exactly as it was stored, as a file.
fn download_unreadable(store: Store) {
    if let Err(refused) = store.download_unreadable() {
        leptos::logging::debug_warn!("{refused}");
    }
}
