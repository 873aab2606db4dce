//! Loads and saves the one `Document` in localStorage, under one versioned key.
//!
//! Text that cannot be read is never overwritten: it is first copied, byte for byte, under a
//! quarantine key, and only then may the app write a fresh document.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::domain::document::Document;

pub const DOCUMENT_KEY: &str = "linekeeper.document";
pub const QUARANTINE_KEY: &str = "linekeeper.quarantine";

/// What was found in storage at start-up.
#[derive(Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first visit.
    Empty,
    Loaded(Document),
    /// The stored text could not be read. `preserved` says whether its quarantine copy was
    /// written; if it was not, the app must not save over the original.
    Unreadable {
        preserved: bool,
    },
    /// localStorage itself cannot be used (disabled, or a private mode without storage).
    Unavailable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    QuotaExceeded,
    Other(String),
}

pub fn load() -> LoadOutcome {
    let Some(storage) = local_storage() else {
        return LoadOutcome::Unavailable;
    };
    let text = match storage.get_item(DOCUMENT_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return LoadOutcome::Empty,
        Err(_) => return LoadOutcome::Unavailable,
    };
    match Document::from_json(&text) {
        Ok(document) => LoadOutcome::Loaded(document),
        Err(_) => LoadOutcome::Unreadable { preserved: quarantine(&storage, &text) },
    }
}

pub fn save(document: &Document) -> Result<(), SaveError> {
    LocalStorage::set(DOCUMENT_KEY, document).map_err(|error| match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => SaveError::QuotaExceeded,
        other => SaveError::Other(other.to_string()),
    })
}

/// Copies unreadable text under the first quarantine key that is free or already holds it,
/// so an earlier quarantined copy is never replaced.
fn quarantine(storage: &web_sys::Storage, text: &str) -> bool {
    (0..100).map(quarantine_key).any(|key| match storage.get_item(&key) {
        Ok(Some(existing)) => existing == text,
        Ok(None) => storage.set_item(&key, text).is_ok(),
        Err(_) => false,
    })
}

/// `linekeeper.quarantine`, then `linekeeper.quarantine.1`, `.2`, …
pub fn quarantine_key(index: usize) -> String {
    match index {
        0 => QUARANTINE_KEY.to_owned(),
        n => format!("{QUARANTINE_KEY}.{n}"),
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The most recently quarantined text, byte for byte, for the user to download.
pub fn quarantined_text() -> Option<String> {
    let storage = local_storage()?;
    (0..100).map_while(|index| storage.get_item(&quarantine_key(index)).ok().flatten()).last()
}

/// Calls `on_change` with the document another tab of this app just saved (the `storage`
/// event fires only in the other tabs of the same origin). The listener lives as long as the page.
pub fn watch_other_tabs(on_change: impl Fn(Document) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        if event.key().as_deref() != Some(DOCUMENT_KEY) {
            return;
        }
        if let Some(document) = event.new_value().and_then(|text| Document::from_json(&text).ok()) {
            on_change(document);
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
