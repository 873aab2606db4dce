//! Fetching a file of the app's own (the operator catalogue): the same origin, so the service
//! worker answers it offline once it has precached it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be had: for a developer's console; the interface only offers Retry.
#[derive(Debug)]
pub struct FetchFailed(String);

impl std::fmt::Display for FetchFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the file could not be fetched: {}", self.0)
    }
}

impl std::error::Error for FetchFailed {}

/// The text of the file at `path`, relative to the page's base address.
pub async fn text(path: &str) -> Result<String, FetchFailed> {
    let describe = |error: wasm_bindgen::JsValue| FetchFailed(format!("{error:?}"));
    let window = web_sys::window().ok_or_else(|| FetchFailed("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| FetchFailed("not a response".into()))?;
    if !response.ok() {
        return Err(FetchFailed(format!("status {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    text.as_string().ok_or_else(|| FetchFailed("not text".into()))
}
