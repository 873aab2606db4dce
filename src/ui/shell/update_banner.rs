//! The offer of a new version: `Reload to update` swaps every file at once, so the page never
//! runs a mix of old and new files.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::reminders::PwaText;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <Show when=move || store.pwa.update_ready.get()>
            <div class="banner banner-info" role="status">
                <p>{store.tr(PwaText::UpdateReady)}</p>
                <button type="button" class="button-primary" on:click=move |_| store.apply_update()>
                    {store.tr(PwaText::ReloadToUpdate)}
                </button>
            </div>
        </Show>
    }
}
