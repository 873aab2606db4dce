//! Loads and saves the one `Document` in localStorage: an index entry and one entry per line
//! (`domain::storage_layout`), so that a change writes only the entries it changed.
//!
//! Text that cannot be read is never overwritten: it is first copied, byte for byte, under a
//! quarantine key, and only then may the app write fresh entries.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::domain::document::Document;
pub use crate::domain::storage_layout::INDEX_KEY;
use crate::domain::storage_layout::{self, Stored, Write, LINE_KEY_PREFIX};

pub const QUARANTINE_KEY: &str = "linekeeper.quarantine";

/// What was found in storage at start-up.
#[derive(Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first visit.
    Empty,
    Loaded(Box<Loaded>),
    /// localStorage itself cannot be used (disabled, or a private mode without storage).
    Unavailable,
}

/// The document, what storage holds of it (for the next save), and whether some stored text
/// could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct Loaded {
    pub document: Document,
    pub stored: Stored,
    pub unreadable: Unreadable,
}

/// Stored text that could not be read (the rest of the document loads without it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    None,
    /// Copied to quarantine: the app may save over it.
    Quarantined,
    /// Not even copied: the app must not save, or the text would be lost.
    NotPreserved,
}

/// Why a save did not reach localStorage: the browser's quota, or anything else (its words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    QuotaExceeded,
    Other(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::QuotaExceeded => write!(f, "the browser's storage quota is exceeded"),
            SaveError::Other(detail) => write!(f, "the browser refused to store: {detail}"),
        }
    }
}

impl std::error::Error for SaveError {}

pub fn load() -> LoadOutcome {
    let Some(storage) = local_storage() else {
        return LoadOutcome::Unavailable;
    };
    let Ok(index) = storage.get_item(INDEX_KEY) else {
        return LoadOutcome::Unavailable;
    };
    let Some(read) = storage_layout::read(index.as_deref(), line_entries(&storage)) else {
        return LoadOutcome::Empty;
    };
    let unreadable = quarantine_all(&storage, &read.unreadable);
    LoadOutcome::Loaded(Box::new(Loaded { document: read.document, stored: read.stored, unreadable }))
}

/// Every line entry, as (key, text).
fn line_entries(storage: &web_sys::Storage) -> Vec<(String, String)> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(LINE_KEY_PREFIX))
        .filter_map(|key| Some((key.clone(), storage.get_item(&key).ok().flatten()?)))
        .collect()
}

/// Quarantines each unreadable entry; a line entry is removed once its copy is safe (the
/// index is simply written anew by the next save).
fn quarantine_all(storage: &web_sys::Storage, keys: &[String]) -> Unreadable {
    let mut outcome = Unreadable::None;
    for key in keys {
        let Ok(Some(text)) = storage.get_item(key) else { continue };
        if quarantine(storage, &text).is_err() {
            return Unreadable::NotPreserved;
        }
        if key != INDEX_KEY && storage.remove_item(key).is_err() {
            // Copied aside already; the next load finds it unreadable again and says so.
            leptos::logging::debug_warn!("the unreadable entry {key} was quarantined but not removed");
        }
        outcome = Unreadable::Quarantined;
    }
    outcome
}

/// Writes what `changed` changed since `stored` (what storage holds), and keeps `stored` up
/// to date with each write that succeeded.
/// Carries out one write of a save in localStorage.
pub fn write(write: Write<'_>) -> Result<(), SaveError> {
    match write {
        Write::Put { key, entry } => LocalStorage::set(key, entry).map_err(save_error),
        Write::Remove { key } => {
            LocalStorage::delete(key);
            Ok(())
        }
    }
}

fn save_error(error: StorageError) -> SaveError {
    match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => SaveError::QuotaExceeded,
        other => SaveError::Other(other.to_string()),
    }
}

/// No quarantine key was free to keep unreadable text (or storage refused to write it).
struct QuarantineFull;

/// Copies unreadable text under the first quarantine key that is free or already holds it,
/// so an earlier quarantined copy is never replaced.
fn quarantine(storage: &web_sys::Storage, text: &str) -> Result<(), QuarantineFull> {
    let kept = (0..100).map(quarantine_key).any(|key| match storage.get_item(&key) {
        Ok(Some(existing)) => existing == text,
        Ok(None) => storage.set_item(&key, text).is_ok(),
        Err(_) => false,
    });
    if kept {
        Ok(())
    } else {
        Err(QuarantineFull)
    }
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

/// Calls `on_change` whenever another tab of this app saves (the `storage` event fires only
/// in the other tabs of the same origin; `key` is null when storage was cleared). The listener
/// is removed with the reactive owner that set it up.
pub fn watch_other_tabs(on_change: impl Fn() + 'static) {
    use leptos::prelude::{on_cleanup, window_event_listener};
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        let ours = event.key().is_none_or(|key| key == INDEX_KEY || key.starts_with(LINE_KEY_PREFIX));
        if ours {
            on_change();
        }
    });
    on_cleanup(move || listener.remove());
}
