//! Settings › Reminders: whether notifications can arrive here (on, off, blocked with how to
//! unblock, not supported), `Enable notifications` (the only place permission is asked),
//! `Send a test reminder`, and the defaults every line without its own follows: the lead times
//! (`Remind me`) and the time of day (`Remind at`).

use leptos::prelude::*;

use crate::app_state::{Permission, Store};
use crate::domain::validation::{Field, FieldError, Problem};
use crate::i18n::reminders::PwaText;
use crate::i18n::Msg;
use crate::ui::widgets::text_field::{InputKind, TextField};

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
                    <button type="button" on:click=move |_| store.send_test_reminder()>
                        {store.tr(PwaText::SendTestReminder)}
                    </button>
                </Show>
            </div>
            <ReminderDefaults />
        </section>
    }
}

/// The days before a deadline to remind and the time of day, for every line without its own.
#[component]
fn ReminderDefaults() -> impl IntoView {
    let store = expect_context::<Store>();
    let lead_times = RwSignal::new(store.default_lead_times().to_string());
    let remind_at = RwSignal::new(store.default_remind_at().to_string());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        if let Err(problem) = store.set_default_lead_times(&lead_times.get_untracked()) {
            problems.push(FieldError { field: Field::RemindMe, problem: Problem::LeadTimes(problem) });
        }
        if store.set_default_remind_at(&remind_at.get_untracked()).is_err() {
            problems.push(FieldError { field: Field::RemindAt, problem: Problem::NotATime });
        }
        if problems.is_empty() {
            lead_times.set(store.default_lead_times().to_string());
            remind_at.set(store.default_remind_at().to_string());
        }
        errors.set(problems);
    };
    view! {
        <form class="lead-times" novalidate on:submit=save>
            <TextField
                id="settings-remind-me"
                label=Msg::RemindMe
                value=lead_times
                field=Field::RemindMe
                errors
                autocomplete="off"
                hint=Msg::RemindMeHint
            />
            <TextField
                id="settings-remind-at"
                label=Msg::RemindAt
                value=remind_at
                field=Field::RemindAt
                errors
                kind=InputKind::Time
                hint=Msg::RemindAtHint
            />
            <button type="submit">{store.tr(Msg::Save)}</button>
        </form>
    }
}
