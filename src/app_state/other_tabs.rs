//! Two open tabs stay one: a save in another tab is adopted here at once. Every change here is
//! saved at once too, so adopting never drops an edit of this tab; edits to different lines in
//! the two tabs therefore both survive, and for the same line the later save wins.

use leptos::prelude::*;

use super::Store;
use crate::domain::document::Document;
use crate::storage;

impl Store {
    /// Listens for the other tabs' saves for as long as the page lives.
    pub fn follow_other_tabs(self) {
        storage::watch_other_tabs(move |document| self.adopt(document));
    }

    /// Takes another tab's document as it is (it is already stored), and says which lines it
    /// changed, so a line edited in both tabs is not overwritten silently.
    fn adopt(&self, theirs: Document) {
        let changed: Vec<String> = self.document.with_untracked(|ours| {
            theirs
                .lines
                .iter()
                .filter(|line| ours.line(&line.id) != Some(*line))
                .map(|line| line.name.clone())
                .collect()
        });
        self.document.set(theirs);
        if !changed.is_empty() {
            self.changed_elsewhere.set(Some(changed));
        }
    }
}
