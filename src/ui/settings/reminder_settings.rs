//! Settings › Reminders: whether notifications can arrive here (on, off, blocked with how to
//! unblock, not supported), `Enable notifications` (the only place permission is asked),
//! `Send test notification`, and the default lead times (`Remind me`).

use leptos::prelude::*;

use crate::app_state::{Permission, Store};
use crate::domain::validation::{Field, FieldError, Problem};
use crate::i18n::reminders::PwaText;
use crate::i18n::Msg;
use crate::ui::widgets::text_field::TextField;

#[component]
pub fn ReminderSettings() -> impl IntoView {
    let store = expect_context::<Store>();
    let permission = store.pwa.permission;
    let status = move || {
        store.text(match permission.get() {
            Permission::Granted => PwaText::NotificationsOn,
            Permission::Denied => PwaText::NotificationsBlocked,
            Permission::NotAsked => PwaText::NotificationsOff,
            Permission::Unsupported => PwaText::NotificationsUnsupported,
        })
    };
    view! {
        <section class="reminders" aria-labelledby="reminders-heading">
            <h3 id="reminders-heading">{store.tr(PwaText::RemindersHeading)}</h3>
            <p class="hint">{store.tr(PwaText::RemindersWhy)}</p>
            <p role="status">{status}</p>
            <div class="form-actions">
                <Show when=move || permission.get() == Permission::NotAsked>
                    <button type="button" class="button-primary" on:click=move |_| store.enable_notifications()>
                        {store.tr(PwaText::EnableNotifications)}
                    </button>
                </Show>
                <Show when=move || permission.get() == Permission::Granted>
                    <button type="button" on:click=move |_| store.send_test_notification()>
                        {store.tr(PwaText::SendTestNotification)}
                    </button>
                </Show>
            </div>
            <DefaultLeadTimes />
        </section>
    }
}

/// The days before a deadline to remind, for every line without its own.
#[component]
fn DefaultLeadTimes() -> impl IntoView {
    let store = expect_context::<Store>();
    let typed = RwSignal::new(store.default_lead_times().to_string());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.set_default_lead_times(&typed.get_untracked()) {
            Ok(()) => {
                errors.set(Vec::new());
                typed.set(store.default_lead_times().to_string());
            }
            Err(problem) => {
                errors.set(vec![FieldError { field: Field::RemindMe, problem: Problem::LeadTimes(problem) }])
            }
        }
    };
    view! {
        <form class="lead-times" novalidate on:submit=save>
            <TextField
                id="settings-remind-me"
                label=Msg::RemindMe
                value=typed
                field=Field::RemindMe
                errors
                autocomplete="off"
                hint=Msg::RemindMeHint
            />
            <button type="submit">{store.tr(Msg::Save)}</button>
        </form>
    }
}
