//! `Changed in another tab: Belgian Proximus`: shown for a few seconds after another open tab
//! saved a change to lines shown here, so nobody is surprised by a line that changed by itself.

use std::time::Duration;

use leptos::prelude::*;

use super::undo_toast::clear_after;
use crate::app_state::Store;
use crate::i18n::{format, Msg};

#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    clear_after(store.changed_elsewhere, Duration::from_secs(8));
    let text = move || {
        store.changed_elsewhere.get().map(|names| {
            format::labelled(store.language(), store.text(Msg::ChangedInAnotherTab), &names.join(", "))
        })
    };
    view! {
        <Show when=move || store.changed_elsewhere.with(Option::is_some)>
            <p class="banner" role="status">{text}</p>
        </Show>
    }
}
