//! Two open tabs stay one: a save in another tab is adopted here at once (the whole stored
//! document is read again). Every change here is saved at once too, so adopting never drops an
//! edit of this tab; edits to different lines in the two tabs therefore both survive, and for
//! the same line the later save wins.

use leptos::prelude::*;

use super::Store;
use crate::domain::document::Document;
use crate::domain::storage_layout::Stored;
use crate::storage::{self, LoadOutcome};

impl Store {
    /// Listens for the other tabs' saves for as long as the page lives.
    pub fn follow_other_tabs(self) {
        storage::watch_other_tabs(move || match storage::load() {
            LoadOutcome::Loaded(loaded) => self.adopt(loaded.document, loaded.stored),
            // Cleared elsewhere (site data deleted): this tab keeps its lines, and its next
            // save writes them all back.
            LoadOutcome::Empty => self.stored.set_value(Stored::nothing()),
            LoadOutcome::Unavailable => {}
        });
    }

    /// Takes another tab's document as it is (it is already stored), and says which lines it
    /// changed, so a line edited in both tabs is not overwritten silently.
    fn adopt(&self, theirs: Document, stored: Stored) {
        let changed: Vec<String> = self.document.with_untracked(|ours| {
            theirs
                .lines
                .iter()
                .filter(|line| ours.line(&line.id) != Some(*line))
                .map(|line| line.name.clone())
                .collect()
        });
        self.stored.set_value(stored);
        self.document.set(theirs);
        self.lines_shown.notify();
        if !changed.is_empty() {
            self.changed_elsewhere.set(Some(changed));
        }
    }
}
