//! Facts about the page and the browser: preferred languages, the document's language, the
//! device (for the checklist's codes), and the clipboard.

use crate::domain::operator_steps::Device;

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|tag| tag.as_string()).collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Removes the app shell (index.html's `#app-shell`), which stood in for the app while its
/// wasm downloaded.
pub fn remove_app_shell() {
    let shell = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app-shell"));
    if let Some(shell) = shell {
        shell.remove();
    }
}

/// Sets `<html lang>` so screen readers and fonts use the right language.
pub fn set_document_language(tag: &str) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Runs `task` once the browser is idle (`requestIdleCallback`, at most 2 s away), or, where there
/// is no such thing (Safari), half a second from now.
pub fn when_idle(task: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(task);
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|function| function.dyn_into::<js_sys::Function>().ok());
    let _ = match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            request.call2(&window, &callback, &options).map(|_| ())
        }
        None => window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 500)
            .map(|_| ()),
    };
}

/// Brings the top of the page into view, so a new screen starts at its beginning rather than at
/// the scroll position the previous one (a long form) was left at.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Sets `<html data-theme>` to a theme code, or removes it to follow the system (see the CSS).
pub fn set_theme(code: Option<&str>) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = match code {
            Some(code) => root.set_attribute("data-theme", code),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// Moves keyboard focus to the heading of the screen now shown (the `h2` of `<main>`'s visible
/// child), so that keyboard and screen reader users start where the new content starts.
pub fn focus_screen_heading() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("main > :not([hidden]) h2").ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

/// What this device can do with a code: an iPhone or iPad, another phone or tablet, or a
/// computer (see `Device::of_user_agent`).
pub fn device() -> Device {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Device::Computer;
    };
    Device::of_user_agent(&navigator.user_agent().unwrap_or_default(), navigator.max_touch_points())
}

/// Puts `text` on the clipboard; `false` where the browser refused (no permission, or not
/// a secure page).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let written = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(written).await.is_ok()
}
