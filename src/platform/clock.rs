//! The user's local calendar date, and notice when it changes.

use chrono::NaiveDate;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How often an open page checks whether the local date has changed.
const DATE_CHECK_MS: i32 = 30_000;

/// Today in the browser's local time zone.
pub fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    let day = NaiveDate::from_ymd_opt(
        i32::try_from(now.get_full_year()).unwrap_or(1970),
        now.get_month() + 1,
        now.get_date(),
    );
    day.unwrap_or_default()
}

/// Calls `on_date` with the local date on a timer and whenever the page becomes visible
/// again, so that countdowns stay right in a tab left open overnight or in the background.
/// The listeners live as long as the page.
pub fn watch_local_date(on_date: impl Fn(NaiveDate) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let tick = Closure::<dyn Fn()>::new(move || on_date(local_today()));
    let callback = tick.as_ref().unchecked_ref();
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(callback, DATE_CHECK_MS);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", callback);
    }
    window.add_event_listener_with_callback("focus", callback).ok();
    tick.forget();
}

/// Now, in milliseconds since 1970 (UTC): when a change was made.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
