//! Settings › Install: `Install app` where the browser offers it, the Add to Home Screen hint
//! on iPhone and iPad, or that the app is installed already; in the Home Screen app on iPhone
//! and iPad, that it keeps its data apart from Safari's, and how to move it.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::safekeeping::Place;
use crate::i18n::reminders::PwaText;
use crate::i18n::safekeeping::SafeText;

#[component]
pub fn InstallSettings() -> impl IntoView {
    let store = expect_context::<Store>();
    let app = store.pwa;
    let install = move |_| store.install_app();
    let situation = move || {
        if app.installed.get() {
            Some(PwaText::InstalledAlready)
        } else if app.can_install.get() {
            None
        } else if app.ios {
            Some(PwaText::InstallIos)
        } else {
            Some(PwaText::InstallNotOffered)
        }
    };
    view! {
        <section class="install" aria-labelledby="install-heading">
            <h3 id="install-heading">{store.tr(PwaText::InstallHeading)}</h3>
            <p class="hint">{store.tr(PwaText::InstallWhy)}</p>
            {move || match situation() {
                Some(text) => view! { <p>{store.tr(text)}</p> }.into_any(),
                None => view! {
                    <button type="button" class="button-primary" on:click=install>
                        {store.tr(PwaText::InstallApp)}
                    </button>
                }
                .into_any(),
            }}
            <Show when=move || app.place == Place::IosHomeScreenApp>
                <h4>{store.tr(SafeText::SeparateDataHeading)}</h4>
                <p>{store.tr(SafeText::SeparateData)}</p>
            </Show>
        </section>
    }
}
