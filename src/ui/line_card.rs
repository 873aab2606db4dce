//! One line in the list: who it is, its deadline and countdown, and Edit / Delete.

use leptos::prelude::*;

use crate::app_state::{Screen, Store};
use crate::domain::countdown::Countdown;
use crate::domain::line::Line;
use crate::i18n::{format, Msg};

#[component]
pub fn LineCard(line: Line) -> impl IntoView {
    let store = expect_context::<Store>();
    let confirming = RwSignal::new(false);
    let deadline = line.deadline();
    // One memo feeds the badge, the text and the colour, so a new day recomputes it once per card.
    let countdown =
        Memo::new(move |_| deadline.map(|deadline| Countdown::between(store.today.get(), deadline)));
    let countdown = move || countdown.get();
    let status_code = move || countdown().map_or("none", |countdown| countdown.status().code());

    let countdown_text = move || match countdown() {
        Some(countdown) => format::countdown(store.language(), countdown),
        None => store.text(Msg::NoDeadline).to_owned(),
    };
    let status_text = move || countdown().map(|c| format::status(store.language(), c.status()));
    let deadline_text = move || {
        deadline.map(|day| format!("{} {}", store.text(Msg::Deadline), format::date(store.language(), day)))
    };
    let details = {
        let (operator, country) = (line.operator.clone(), line.country.clone());
        move || {
            let country = (!country.is_empty()).then(|| format::country(store.language(), &country));
            [Some(operator.clone()).filter(|o| !o.is_empty()), country]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ")
        }
    };
    let id = line.id.clone();
    let edit = move |_| store.screen.set(Screen::EditLine(id.clone()));
    let id = line.id.clone();
    let delete = move |_| store.delete_line(&id);

    view! {
        <li class=move || format!("line-card status-{}", status_code())>
            <div class="line-identity">
                <h3 class="line-name">{line.name.clone()}</h3>
                <p class="line-number">{line.number.clone()}</p>
                <p class="line-details">{details}</p>
            </div>
            <div class="line-countdown">
                <span class="status-badge">{status_text}</span>
                <strong class="countdown">{countdown_text}</strong>
                <span class="deadline">{deadline_text}</span>
            </div>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <div class="line-actions">
                            <button type="button" on:click=edit.clone()>{store.tr(Msg::Edit)}</button>
                            <button type="button" on:click=move |_| confirming.set(true)>
                                {store.tr(Msg::Delete)}
                            </button>
                        </div>
                    }
                }
            >
                <div class="line-actions confirm" role="group" aria-label=store.tr(Msg::ConfirmDeleteQuestion)>
                    <p>{store.tr(Msg::ConfirmDeleteQuestion)}</p>
                    <button type="button" class="button-danger" on:click=delete.clone()>
                        {store.tr(Msg::ConfirmDelete)}
                    </button>
                    <button type="button" on:click=move |_| confirming.set(false)>
                        {store.tr(Msg::Cancel)}
                    </button>
                </div>
            </Show>
        </li>
    }
}
