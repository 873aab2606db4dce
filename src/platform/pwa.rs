//! The installable app's browser side (service worker, notifications, install prompt, app
//! badge, the schedule mirrored for the worker), bound from `pwa.js`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/platform/pwa.js")]
extern "C" {
    #[wasm_bindgen(js_name = supportedFeatures)]
    fn supported_features() -> Vec<String>;
    #[wasm_bindgen(js_name = registerWorker)]
    fn register_worker(on_update_ready: JsValue, on_open_line: JsValue, on_reminders_changed: JsValue);
    #[wasm_bindgen(js_name = applyUpdate)]
    pub fn apply_update();
    #[wasm_bindgen(js_name = notificationPermission)]
    fn notification_permission() -> String;
    #[wasm_bindgen(js_name = requestNotificationPermission)]
    fn request_notification_permission() -> js_sys::Promise;
    #[wasm_bindgen(js_name = showNotification)]
    fn show_notification_promise(
        title: &str,
        body: &str,
        tag: &str,
        data: &str,
        actions: &str,
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = closeNotifications)]
    fn close_notifications_promise(prefix: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = notificationActions)]
    fn notification_actions() -> u32;
    #[wasm_bindgen(js_name = setBadge)]
    pub fn set_badge(count: u32);
    #[wasm_bindgen(js_name = watchInstallPrompt)]
    fn watch_install_prompt(on_available: JsValue, on_installed: JsValue);
    #[wasm_bindgen(js_name = promptInstall)]
    fn prompt_install() -> js_sys::Promise;
    #[wasm_bindgen(js_name = isStandalone)]
    pub fn is_standalone() -> bool;
    #[wasm_bindgen(js_name = isIos)]
    pub fn is_ios() -> bool;
    #[wasm_bindgen(js_name = mirrorSchedule)]
    fn mirror_schedule_promise(json: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = takeLineParameter)]
    pub fn take_line_parameter() -> Option<String>;
    #[wasm_bindgen(js_name = remindersSentByWorker)]
    fn reminders_sent_by_worker_promise() -> js_sys::Promise;
    #[wasm_bindgen(js_name = remindersHeldByWorker)]
    fn reminders_held_by_worker_promise() -> js_sys::Promise;
}

/// What this browser offers for reminders and offline use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Support {
    pub offline: bool,
    pub notifications: bool,
    /// Periodic Background Sync: reminders while the app is closed (installed, Chromium).
    pub background: bool,
    pub badge: bool,
    /// Buttons on a notification (Chromium).
    pub actions: bool,
}

pub fn support() -> Support {
    let features = supported_features();
    let has = |name: &str| features.iter().any(|feature| feature == name);
    Support {
        offline: has("offline"),
        notifications: has("notifications"),
        background: has("background"),
        badge: has("badge"),
        actions: notification_actions() > 0,
    }
}

/// Whether notifications may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Granted,
    Denied,
    NotAsked,
    Unsupported,
}

impl Permission {
    fn from_js(state: &str) -> Self {
        match state {
            "granted" => Permission::Granted,
            "denied" => Permission::Denied,
            "default" => Permission::NotAsked,
            _ => Permission::Unsupported,
        }
    }
}

pub fn permission() -> Permission {
    Permission::from_js(&notification_permission())
}

/// Asks the browser for permission; call it only from the user's click.
pub async fn ask_permission() -> Permission {
    let answer = JsFuture::from(request_notification_permission()).await.ok();
    Permission::from_js(&answer.and_then(|value| value.as_string()).unwrap_or_default())
}

/// The browser did not show a notification (no permission, no service worker, or it failed).
#[derive(Debug)]
pub struct NotShown;

impl std::fmt::Display for NotShown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the browser did not show the notification (no permission, no service worker, or it failed)"
        )
    }
}

impl std::error::Error for NotShown {}

/// A notification: `data` and `actions` are JSON for the service worker (`""` for none); the
/// actions are shown only where the engine has buttons.
pub struct Notice<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// A repeat with the same tag replaces, not adds.
    pub tag: &'a str,
    pub data: &'a str,
    pub actions: &'a str,
}

/// Shows a notification through the service worker.
pub async fn show_notification(notice: Notice<'_>) -> Result<(), NotShown> {
    let Notice { title, body, tag, data, actions } = notice;
    let shown = JsFuture::from(show_notification_promise(title, body, tag, data, actions)).await;
    match shown.ok().and_then(|value| value.as_bool()) {
        Some(true) => Ok(()),
        _ => Err(NotShown),
    }
}

/// Closes the shown notifications whose tag starts with `prefix`.
pub async fn close_notifications(prefix: &str) {
    // Nothing to report: a notification left open is replaced by the next one anyway.
    let _ = JsFuture::from(close_notifications_promise(prefix)).await;
}

/// Registers the service worker. The callbacks are handed to pwa.js, whose listeners hold them
/// (and the garbage collector frees them with those listeners). `on_open_line` gets the line
/// and the view asked for (`renew`, or empty).
pub fn start_worker(
    on_update_ready: impl Fn() + 'static,
    on_open_line: impl Fn(String, String) + 'static,
    on_reminders_changed: impl Fn() + 'static,
) {
    let on_update_ready = Closure::<dyn Fn()>::new(on_update_ready).into_js_value();
    let on_open_line = Closure::<dyn Fn(String, String)>::new(on_open_line).into_js_value();
    let on_reminders_changed = Closure::<dyn Fn()>::new(on_reminders_changed).into_js_value();
    register_worker(on_update_ready, on_open_line, on_reminders_changed);
}

/// Follows the browser's offer to install; the callbacks are handed to pwa.js like those above.
pub fn watch_install(on_available: impl Fn() + 'static, on_installed: impl Fn() + 'static) {
    let on_available = Closure::<dyn Fn()>::new(on_available).into_js_value();
    let on_installed = Closure::<dyn Fn()>::new(on_installed).into_js_value();
    watch_install_prompt(on_available, on_installed);
}

/// Shows the browser's install dialog; whether the user accepted.
pub async fn install() -> bool {
    JsFuture::from(prompt_install()).await.ok().and_then(|value| value.as_bool()).unwrap_or(false)
}

pub async fn mirror_schedule(json: &str) {
    if let Err(error) = JsFuture::from(mirror_schedule_promise(json)).await {
        leptos::logging::debug_warn!(
            "the reminder schedule was not mirrored for the service worker: {error:?}"
        );
    }
}

/// The JSON list of reminder keys the service worker sent while the app was closed.
pub async fn reminders_sent_by_worker() -> String {
    json_list(reminders_sent_by_worker_promise()).await
}

/// The JSON list of snoozes (`Tomorrow` on a notification) the service worker recorded.
pub async fn reminders_held_by_worker() -> String {
    json_list(reminders_held_by_worker_promise()).await
}

async fn json_list(promise: js_sys::Promise) -> String {
    let text = JsFuture::from(promise).await.ok();
    text.and_then(|value| value.as_string()).unwrap_or_else(|| "[]".into())
}
