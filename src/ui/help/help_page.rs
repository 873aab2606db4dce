//! The Help page: what keeps a number alive, how reminders work in this browser, how to back
//! up, that all data stays on this device, and the operator catalogue.

use leptos::prelude::*;

use super::operator_catalogue::OperatorCatalogue;
use crate::app_state::Store;
use crate::i18n::help::HelpText;

#[component]
pub fn HelpPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let topics = [
        ("help-alive", HelpText::AliveHeading, HelpText::AliveBody),
        ("help-reminders", HelpText::RemindersHeading, HelpText::RemindersBody),
        ("help-backup", HelpText::BackupHeading, HelpText::BackupBody),
        ("help-privacy", HelpText::PrivacyHeading, HelpText::PrivacyBody),
    ];
    let sections: Vec<_> = topics
        .into_iter()
        .map(|(id, heading, body)| {
            view! {
                <section aria-labelledby=id>
                    <h3 id=id>{store.tr(heading)}</h3>
                    <p>{store.tr(body)}</p>
                </section>
            }
        })
        .collect();
    view! {
        <article class="help" aria-labelledby="help-heading">
            <h2 id="help-heading" tabindex="-1">{store.tr(HelpText::Help)}</h2>
            {sections}
            <OperatorCatalogue />
        </article>
    }
}
