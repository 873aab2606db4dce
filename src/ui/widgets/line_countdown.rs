//! How close a line's deadline is, as the list's cards and the line's detail both show it:
//! the status in words (with its colour from the container's `status-*` class), the
//! countdown, and the deadline date.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::countdown::{grace_end, Countdown, Status};
use crate::domain::line::Line;
use crate::i18n::{format, Msg};

/// The countdown to `deadline` (with the line's grace period after it), recomputed once when
/// the day changes and shared by the badge, the text and the colour.
pub fn countdown_memo(
    store: Store,
    deadline: Option<NaiveDate>,
    grace_days: Option<u32>,
) -> Memo<Option<Countdown>> {
    Memo::new(move |_| {
        deadline.map(|deadline| Countdown::between(store.today.get(), deadline).with_grace(grace_days))
    })
}

/// The `status-*` class that colours the container.
pub fn status_class(countdown: Memo<Option<Countdown>>) -> impl Fn() -> &'static str + Copy {
    move || match countdown.get().map(|countdown| countdown.status()) {
        Some(Status::Ok) => "status-ok",
        Some(Status::Soon) => "status-soon",
        Some(Status::Urgent) => "status-urgent",
        Some(Status::Due) => "status-due",
        Some(Status::Suspended) => "status-suspended",
        Some(Status::Expired) => "status-expired",
        None => "status-none",
    }
}

/// `Proximus (Pay&Go) · Belgium`: operator and country, whichever are given.
pub fn line_details(store: Store, line: &Line) -> impl Fn() -> String {
    let (operator, country) = (line.operator.clone(), line.country.clone());
    move || {
        let country = (!country.is_empty()).then(|| format::country(store.language(), &country));
        [Some(operator.clone()).filter(|o| !o.is_empty()), country]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

#[component]
pub fn LineCountdown(countdown: Memo<Option<Countdown>>, deadline: Option<NaiveDate>) -> impl IntoView {
    let store = expect_context::<Store>();
    // One reactive closure for the four texts (they change together, when the day or the
    // language does): a list of 20 cards then sets up 60 fewer at start-up.
    let texts = move || {
        let language = store.language();
        let countdown = countdown.get();
        let status = countdown.map(|countdown| format::status(language, countdown.status()));
        let countdown_text = match countdown {
            Some(countdown) => format::countdown(language, countdown),
            None => store.text(Msg::NoDeadline).to_owned(),
        };
        let deadline_text =
            deadline.map(|day| format!("{} {}", store.text(Msg::Deadline), format::date(language, day)));
        // Within a grace period: the last day the number can be revived.
        let recover_by = countdown.and_then(|countdown| {
            let last_day = grace_end(deadline?, countdown.grace_days?)?;
            countdown.recover_days_left().map(|_| format::recover_by(language, last_day))
        });
        view! {
            <span class="status-badge">{status}</span>
            <strong class="countdown">{countdown_text}</strong>
            <span class="deadline">{deadline_text}</span>
            {recover_by.map(|text| view! { <span class="recover-by">{text}</span> })}
        }
    };
    view! { <div class="line-countdown">{texts}</div> }
}
