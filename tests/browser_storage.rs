//! The store's round trip through the browser's real localStorage (run in headless Chromium).
#![cfg(target_arch = "wasm32")]

use linekeeper::domain::document::{Document, Language};
use linekeeper::storage::{self, LoadOutcome, DOCUMENT_KEY, QUARANTINE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fixture() -> Document {
    Document::from_json(include_str!("fixtures/v1.json")).unwrap()
}

#[wasm_bindgen_test]
fn a_saved_document_loads_back_equal() {
    local_storage().clear().unwrap();
    assert_eq!(storage::load(), LoadOutcome::Empty);
    let mut document = fixture();
    document.settings.language = Some(Language::English);
    storage::save(&document).unwrap();
    assert_eq!(storage::load(), LoadOutcome::Loaded(document));
}

#[wasm_bindgen_test]
fn unreadable_text_is_quarantined_byte_for_byte_and_never_overwritten() {
    let storage = local_storage();
    storage.clear().unwrap();
    let first = "{\"version\": 1, \"lines\": [ truncated…";
    storage.set_item(DOCUMENT_KEY, first).unwrap();
    assert_eq!(storage::load(), LoadOutcome::Unreadable { preserved: true });
    assert_eq!(storage.get_item(QUARANTINE_KEY).unwrap().as_deref(), Some(first));

    // A second, different unreadable text goes beside the first, not over it.
    let second = "{\"version\": 99}";
    storage.set_item(DOCUMENT_KEY, second).unwrap();
    assert_eq!(storage::load(), LoadOutcome::Unreadable { preserved: true });
    assert_eq!(storage.get_item(QUARANTINE_KEY).unwrap().as_deref(), Some(first));
    assert_eq!(storage.get_item(&storage::quarantine_key(1)).unwrap().as_deref(), Some(second));
}
