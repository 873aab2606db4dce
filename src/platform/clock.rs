//! The user's local calendar date, and notice when it changes.

use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use leptos::prelude::{on_cleanup, set_interval_with_handle, window_event_listener_untyped};

/// How often an open page checks whether the local date has changed.
const DATE_CHECK: Duration = Duration::from_secs(30);

/// Today in the browser's local time zone.
pub fn local_today() -> NaiveDate {
    local_now().date()
}

/// Now in the browser's local time zone, to the minute.
pub fn local_now() -> NaiveDateTime {
    let now = js_sys::Date::new_0();
    let day = NaiveDate::from_ymd_opt(
        i32::try_from(now.get_full_year()).unwrap_or(1970),
        now.get_month() + 1,
        now.get_date(),
    );
    let time = NaiveTime::from_hms_opt(now.get_hours(), now.get_minutes(), 0);
    day.unwrap_or_default().and_time(time.unwrap_or_default())
}

/// Calls `on_date` with the local date on a timer and whenever the page becomes visible
/// again, so that countdowns stay right in a tab left open overnight or in the background.
/// The timer and listeners are removed with the reactive owner that set them up.
pub fn watch_local_date(on_date: impl Fn(NaiveDate) + Clone + 'static) {
    let tick = move || on_date(local_today());
    if let Ok(interval) = set_interval_with_handle(tick.clone(), DATE_CHECK) {
        on_cleanup(move || interval.clear());
    }
    // `visibilitychange` bubbles from the document to the window.
    for event in ["visibilitychange", "focus"] {
        let tick = tick.clone();
        let listener = window_event_listener_untyped(event, move |_| tick());
        on_cleanup(move || listener.remove());
    }
}

/// Now, in milliseconds since 1970 (UTC): when a change was made.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
