//! On the list, in a Safari tab on iPhone or iPad: Safari may delete the data after 7 days
//! without a visit; the `Add to Home Screen` steps, and `Dismiss` (remembered; see
//! `domain::safekeeping` for when it comes back).

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::safekeeping::SafeText;

#[component]
pub fn IosStorageNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let steps =
        [SafeText::IosStepExport, SafeText::IosStepShare, SafeText::IosStepAdd, SafeText::IosStepImport];
    view! {
        <Show when=move || store.show_ios_storage_notice()>
            <section class="banner ios-storage-notice" aria-labelledby="ios-notice-heading">
                <h3 id="ios-notice-heading">{store.tr(SafeText::IosNoticeHeading)}</h3>
                <p>{store.tr(SafeText::IosNoticeBody)}</p>
                <h4 id="ios-steps-heading">{store.tr(SafeText::AddToHomeScreen)}</h4>
                <ol aria-labelledby="ios-steps-heading">
                    {steps.map(|step| view! { <li>{store.tr(step)}</li> })}
                </ol>
                <button type="button" on:click=move |_| store.dismiss_ios_storage_notice()>
                    {store.tr(SafeText::Dismiss)}
                </button>
            </section>
        </Show>
    }
}
