//! What components need of the browser beyond the store: timers. Everything else a component
//! asks of the browser goes through the store (`app_state`).

use std::time::Duration;

use leptos::prelude::*;

/// Sets `signal` back to `None` `after` each time it is set; setting it anew restarts the wait
/// (the earlier timeout is cancelled), and so does the component going away.
pub fn clear_after<T>(signal: RwSignal<Option<T>>, after: Duration)
where
    T: Send + Sync + 'static,
{
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |_| {
        if signal.with(Option::is_none) {
            return;
        }
        cancel();
        let handle = set_timeout_with_handle(move || signal.set(None), after).ok();
        pending.set_value(handle);
    });
    on_cleanup(cancel);
}
