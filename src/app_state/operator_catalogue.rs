//! The operator catalogue, fetched the first time a screen asks for it (the form's operator
//! field, a line's checklist and rules, Help → Operators), so that the first screen never waits
//! for it and the first load does not grow as the catalogue does.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Store;
use crate::domain::operators::Catalogue;
use crate::platform::fetch;

/// The file the build writes next to the app (see `src/bin/operator_catalogue.rs`).
const CATALOGUE_FILE: &str = "operators.json";

/// Where the catalogue stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CatalogueState {
    #[default]
    NotAsked,
    Loading,
    /// Loaded once and kept for the page's life, as static data is.
    Ready(&'static Catalogue),
    /// It could not be fetched or read (offline before the first visit finished): Retry.
    Failed,
}

impl Store {
    /// The catalogue, once it has arrived; asking starts fetching it. Tracked, so that what
    /// asked shows it when it arrives.
    pub fn operator_catalogue(&self) -> Option<&'static Catalogue> {
        match self.catalogue.get() {
            CatalogueState::Ready(catalogue) => Some(catalogue),
            CatalogueState::NotAsked => {
                self.fetch_catalogue_soon();
                None
            }
            CatalogueState::Loading | CatalogueState::Failed => None,
        }
    }

    /// Whether the catalogue could not be had (tracked).
    pub fn operator_catalogue_failed(&self) -> bool {
        self.catalogue.get() == CatalogueState::Failed
    }

    /// Fetches the catalogue again after a failure (Retry).
    pub fn retry_catalogue(&self) {
        if self.catalogue.get_untracked() == CatalogueState::Failed {
            self.catalogue_requested.set_value(false);
            self.fetch_catalogue_soon();
        }
    }

    /// The catalogue for what cannot wait for a screen to show it (a reminder's words): the
    /// one loaded, or else fetched now.
    pub(super) async fn loaded_catalogue(&self) -> Option<&'static Catalogue> {
        if let CatalogueState::Ready(catalogue) = self.catalogue.get_untracked() {
            return Some(catalogue);
        }
        let state = fetch_catalogue().await;
        if !matches!(self.catalogue.get_untracked(), CatalogueState::Ready(_)) {
            self.catalogue_requested.set_value(true);
            self.catalogue.set(state);
        }
        match self.catalogue.get_untracked() {
            CatalogueState::Ready(catalogue) => Some(catalogue),
            _ => None,
        }
    }

    /// Starts fetching the catalogue, once. Nothing reactive is written before the task runs,
    /// so that a memo or a view may ask for the catalogue.
    fn fetch_catalogue_soon(&self) {
        if self.catalogue_requested.get_value() {
            return;
        }
        self.catalogue_requested.set_value(true);
        let state = self.catalogue;
        spawn_local(async move {
            state.set(CatalogueState::Loading);
            let fetched = fetch_catalogue().await;
            if !matches!(state.get_untracked(), CatalogueState::Ready(_)) {
                state.set(fetched);
            }
        });
    }
}

/// Fetches and reads the catalogue.
async fn fetch_catalogue() -> CatalogueState {
    let loaded = match fetch::text(CATALOGUE_FILE).await {
        Ok(text) => Catalogue::from_json(&text).map_err(|error| error.to_string()),
        Err(error) => Err(error.to_string()),
    };
    match loaded {
        // Leaked on purpose: one catalogue for the page's life, borrowed like static data.
        Ok(catalogue) => CatalogueState::Ready(Box::leak(Box::new(catalogue))),
        Err(error) => {
            leptos::logging::debug_warn!("operator catalogue: {error}");
            CatalogueState::Failed
        }
    }
}
