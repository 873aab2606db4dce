//! Settings › What this browser can do: each way of reminding, plainly supported or not, so
//! nobody trusts a reminder that cannot arrive.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::reminders::PwaText;

#[component]
pub fn BrowserSupport() -> impl IntoView {
    let store = expect_context::<Store>();
    let support = store.pwa.support;
    let features = [
        (PwaText::SupportNotifications, support.notifications),
        (PwaText::SupportOffline, support.offline),
        (PwaText::SupportBackground, support.background),
        (PwaText::SupportBadge, support.badge),
        (PwaText::SupportActions, support.actions),
        (PwaText::SupportCalendar, true),
    ];
    let rows: Vec<_> = features
        .into_iter()
        .map(|(feature, supported)| {
            let answer = if supported { PwaText::Supported } else { PwaText::NotSupported };
            view! {
                <li class=if supported { "supported" } else { "not-supported" }>
                    {store.tr(feature)}
                    {move || crate::i18n::format::label_separator(store.language())}
                    <strong>{store.tr(answer)}</strong>
                </li>
            }
        })
        .collect();
    view! {
        <section class="browser-support" aria-labelledby="support-heading">
            <h3 id="support-heading">{store.tr(PwaText::SupportHeading)}</h3>
            <ul>{rows}</ul>
        </section>
    }
}
