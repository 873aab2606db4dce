//! While a line's reminders are pending, the same choices a notification's buttons give, on its
//! card and its detail, in every engine: `Snooze` (the next one tomorrow) and `Stop reminding`
//! (none until the deadline moves); and, once chosen, what comes next.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::ids::LineId;
use crate::domain::reminders::ReminderState;
use crate::i18n::format;
use crate::i18n::reminders::PwaText;

#[component]
pub fn ReminderControls(id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let line = StoredValue::new(id);
    let state = Memo::new(move |_| line.with_value(|id| store.reminder_state(id)));
    let snooze = move |_| line.with_value(|id| store.snooze_reminders(id));
    let stop = move |_| line.with_value(|id| store.stop_reminding(id));
    move || match state.get() {
        ReminderState::Quiet => None,
        ReminderState::Pending => Some(
            view! {
                <div class="reminder-actions">
                    <button type="button" on:click=snooze>{store.tr(PwaText::Snooze)}</button>
                    <button type="button" on:click=stop>{store.tr(PwaText::StopReminding)}</button>
                </div>
            }
            .into_any(),
        ),
        ReminderState::Snoozed(until) => Some(
            view! {
                <div class="reminder-actions">
                    <p class="reminder-state">{move || format::next_reminder_on(store.language(), until)}</p>
                    <button type="button" on:click=stop>{store.tr(PwaText::StopReminding)}</button>
                </div>
            }
            .into_any(),
        ),
        ReminderState::Stopped => {
            Some(view! { <p class="reminder-state">{store.tr(PwaText::RemindersStopped)}</p> }.into_any())
        }
    }
}
