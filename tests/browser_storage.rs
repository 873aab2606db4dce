//! The store's round trip through the browser's real localStorage (run in headless Chromium).
#![cfg(target_arch = "wasm32")]

use linekeeper::domain::document::{Document, Language};
use linekeeper::domain::storage_layout::{line_key, Changed, Stored};
use linekeeper::storage::{self, LoadOutcome, Unreadable, INDEX_KEY, QUARANTINE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fixture() -> Document {
    Document::from_json(include_str!("fixtures/v1.json")).unwrap()
}

fn loaded() -> (Document, Stored, Unreadable) {
    match storage::load() {
        LoadOutcome::Loaded(loaded) => (loaded.document, loaded.stored, loaded.unreadable),
        other => panic!("expected a document, found {other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_saved_document_loads_back_equal() {
    local_storage().clear().unwrap();
    assert_eq!(storage::load(), LoadOutcome::Empty);
    let mut document = fixture();
    document.settings.language = Some(Language::English);
    Stored::nothing().sync(&document, Changed::Anything, storage::write).unwrap();
    let (back, _, unreadable) = loaded();
    assert_eq!((back, unreadable), (document, Unreadable::None));
}

#[wasm_bindgen_test]
fn a_change_to_one_line_writes_only_that_entry() {
    let storage = local_storage();
    storage.clear().unwrap();
    Stored::nothing().sync(&fixture(), Changed::Anything, storage::write).unwrap();
    let (mut document, mut stored, _) = loaded();
    let untouched_id = document.lines[1].id.clone();
    storage.set_item(&line_key(&untouched_id), "sentinel: not rewritten").unwrap();
    document.lines[0].checklist.set_done("prepare.payment", true);
    stored.sync(&document, Changed::Anything, storage::write).unwrap();
    assert!(storage.get_item(&line_key(&document.lines[0].id)).unwrap().unwrap().contains("prepare.payment"));
    assert_eq!(
        storage.get_item(&line_key(&untouched_id)).unwrap().as_deref(),
        Some("sentinel: not rewritten")
    );
}

#[wasm_bindgen_test]
fn a_version_1_document_loads_and_the_next_save_moves_it_to_entries() {
    let storage = local_storage();
    storage.clear().unwrap();
    storage.set_item(INDEX_KEY, include_str!("fixtures/v1.json")).unwrap();
    let (document, mut stored, _) = loaded();
    assert_eq!(document, fixture());
    stored.sync(&document, Changed::Anything, storage::write).unwrap();
    assert_eq!(storage.length().unwrap(), 3, "an index and two lines");
    assert_eq!(loaded().0, document);
}

#[wasm_bindgen_test]
fn unreadable_text_is_quarantined_byte_for_byte_and_never_overwritten() {
    let storage = local_storage();
    storage.clear().unwrap();
    let first = "{\"version\": 1, \"lines\": [ truncated…";
    storage.set_item(INDEX_KEY, first).unwrap();
    assert_eq!(loaded().2, Unreadable::Quarantined);
    assert_eq!(storage.get_item(QUARANTINE_KEY).unwrap().as_deref(), Some(first));

    // A second, different unreadable text goes beside the first, not over it.
    let second = "{\"version\": 99}";
    storage.set_item(INDEX_KEY, second).unwrap();
    assert_eq!(loaded().2, Unreadable::Quarantined);
    assert_eq!(storage.get_item(QUARANTINE_KEY).unwrap().as_deref(), Some(first));
    assert_eq!(storage.get_item(&storage::quarantine_key(1)).unwrap().as_deref(), Some(second));
}

#[wasm_bindgen_test]
fn an_unreadable_line_is_quarantined_and_the_other_lines_load() {
    let storage = local_storage();
    storage.clear().unwrap();
    let document = fixture();
    Stored::nothing().sync(&document, Changed::Anything, storage::write).unwrap();
    let broken_key = line_key(&document.lines[0].id);
    storage.set_item(&broken_key, "{\"id\": \"k3v9").unwrap();
    let (back, _, unreadable) = loaded();
    assert_eq!(unreadable, Unreadable::Quarantined);
    assert_eq!(back.lines, document.lines[1..]);
    assert_eq!(storage.get_item(QUARANTINE_KEY).unwrap().as_deref(), Some("{\"id\": \"k3v9"));
    assert_eq!(storage.get_item(&broken_key).unwrap(), None, "removed once its copy is safe");
}
