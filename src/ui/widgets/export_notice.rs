//! One line that says what is out of date, with the button that exports it anew: on the list,
//! when the lines changed since a backup over 30 days old (Settings' own nudge covers a backup
//! never made); on a line, after a renewal, since the phone's calendar still holds the old
//! deadline until the file is imported again.

use leptos::prelude::*;

use crate::app_state::{DownloadRefused, Store};
use crate::i18n::{Msg, Phrase};

#[component]
pub fn ExportNotice(
    #[prop(into)] when: Signal<bool>,
    /// What is out of date.
    #[prop(into)]
    text: Phrase,
    /// The button's name: what it exports.
    #[prop(into)]
    button: Phrase,
    export: fn(&Store) -> Result<(), DownloadRefused>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let failed = RwSignal::new(false);
    view! {
        <Show when=move || when.get()>
            <p class="notice-line">
                {store.tr(text)}
                " "
                <button type="button" class="button-quiet" on:click=move |_| failed.set(export(&store).is_err())>
                    {store.tr(button)}
                </button>
            </p>
            <Show when=move || failed.get()>
                <p class="field-error" role="alert">{store.tr(Msg::DownloadFailed)}</p>
            </Show>
        </Show>
    }
}
