//! One line in the list: who it is (its name opens its detail), its deadline and countdown,
//! and Edit / Delete.

use leptos::prelude::*;

use crate::app_state::{Screen, Store};
use crate::domain::line::Line;
use crate::i18n::Msg;
use crate::ui::shell::lazy_screens::{preload_on_approach, Module};
use crate::ui::widgets::edit_delete_actions::EditDeleteActions;
use crate::ui::widgets::line_countdown::{countdown_memo, line_details, status_class, LineCountdown};
use crate::ui::widgets::reminder_controls::ReminderControls;

#[component]
pub fn LineCard(line: Line) -> impl IntoView {
    let store = expect_context::<Store>();
    let deadline = line.deadline();
    let countdown = countdown_memo(store, deadline, line.grace_days);
    let status_class = status_class(countdown);
    let details = line_details(store, &line);
    let id = line.id.clone();
    let open = move |_| store.screen.set(Screen::LineDetail(id.clone()));
    let id = line.id.clone();
    let on_edit = Callback::new(move |()| store.screen.set(Screen::EditLine(id.clone())));
    let id = line.id.clone();
    let on_delete = Callback::new(move |()| store.delete_line(&id));

    view! {
        // Its name opens the detail, Edit the form: their modules start loading on approach.
        <li
            class=move || format!("line-card {}", status_class())
            on:pointerenter=preload_on_approach(&[Module::LineDetail, Module::LineForm])
            on:focusin=preload_on_approach(&[Module::LineDetail, Module::LineForm])
        >
            <div class="line-identity">
                // The name opens the line's detail: checklist, renewals, history, cost.
                <h3 class="line-name">
                    <button type="button" class="link-button" on:click=open>{line.name.clone()}</button>
                </h3>
                <p class="line-number">
                    // The code tells lines apart at a glance; the country's name is read out
                    // with the details below.
                    {(!line.country.is_empty())
                        .then(|| view! { <span class="country-code" aria-hidden="true">{line.country.clone()}</span> })}
                    {line.number.clone()}
                </p>
                <p class="line-details">{details}</p>
            </div>
            <LineCountdown countdown deadline />
            <ReminderControls id=line.id.clone() />
            <EditDeleteActions question=Msg::ConfirmDeleteQuestion on_edit on_delete />
        </li>
    }
}
