//! `Changed in another tab: Belgian Proximus`, `Deleted in another tab: UK giffgaff`: shown for
//! a few seconds after another open tab saved a change to lines shown here, so nobody is
//! surprised by a line that changed (or a detail screen that closed) by itself.

use std::time::Duration;

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::{format, Msg};
use crate::ui::hooks::clear_after;

#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    clear_after(store.changed_elsewhere, Duration::from_secs(8));
    let said = move |names: &[String], label: Msg| {
        (!names.is_empty()).then(|| format::labelled(store.language(), store.text(label), &names.join(", ")))
    };
    let text = move || {
        store.changed_elsewhere.with(|elsewhere| {
            let elsewhere = elsewhere.as_ref()?;
            let parts = [
                said(&elsewhere.changed, Msg::ChangedInAnotherTab),
                said(&elsewhere.deleted, Msg::DeletedInAnotherTab),
            ];
            let stop = format::sentence_stop(store.language());
            Some(parts.into_iter().flatten().collect::<Vec<_>>().join(stop))
        })
    };
    view! {
        <Show when=move || store.changed_elsewhere.with(Option::is_some)>
            <p class="banner" role="status">{text}</p>
        </Show>
    }
}
