//! `navigator.storage.persist()`: asks the browser not to clear this site's data when space
//! runs low, and whether it agreed.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about keeping this site's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    Granted,
    NotGranted,
    Unsupported,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no `navigator.storage`; web-sys would then hand back undefined.
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    storage.dyn_into::<web_sys::StorageManager>().ok()
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Persistence {
    let Ok(promise) = promise else { return Persistence::Unsupported };
    match JsFuture::from(promise).await.ok().and_then(|value| value.as_bool()) {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::NotGranted,
        None => Persistence::Unsupported,
    }
}

/// Whether the data is already kept persistently (asks nothing of the user).
pub async fn persisted() -> Persistence {
    match storage_manager() {
        Some(manager) => ask(manager.persisted()).await,
        None => Persistence::Unsupported,
    }
}

/// Asks for persistent storage (Chromium decides by itself; Firefox may ask the user).
pub async fn request() -> Persistence {
    match storage_manager() {
        Some(manager) => ask(manager.persist()).await,
        None => Persistence::Unsupported,
    }
}
