//! Two open tabs stay one: a save in another tab is adopted here at once (the whole stored
//! document is read again). Every change here is saved at once too, so adopting never drops an
//! edit of this tab; edits to different lines in the two tabs therefore both survive, and for
//! the same line the later save wins.

use leptos::prelude::*;

use super::{Screen, Store};
use crate::domain::document::Document;
use crate::domain::line::Line;
use crate::domain::saved_document::SavedDocument;
use crate::domain::storage_layout::Stored;
use crate::storage::{self, LoadOutcome};

impl Store {
    /// Listens for the other tabs' saves for as long as the page lives.
    pub fn follow_other_tabs(self) {
        storage::watch_other_tabs(move || match storage::load() {
            LoadOutcome::Loaded(loaded) => self.adopt(loaded.document, loaded.stored),
            // Cleared elsewhere (site data deleted): this tab keeps its lines, and its next
            // save writes them all back.
            LoadOutcome::Empty => self.saved.update_untracked(SavedDocument::forget_stored),
            LoadOutcome::Unavailable => {}
        });
    }

    /// Takes another tab's document as it is (it is already stored), and says which lines it
    /// changed or deleted, so a line edited in both tabs is not overwritten silently. A line
    /// deleted there while its detail shows here takes this tab back to the list.
    fn adopt(&self, theirs: Document, stored: Stored) {
        let elsewhere = self.with_document_untracked(|ours| ChangedElsewhere::between(ours, &theirs));
        let shown_is_gone = match self.screen.get_untracked() {
            Screen::LineDetail(id) => theirs.line(&id).is_none(),
            _ => false,
        };
        self.saved.update(|saved| saved.adopt(theirs, stored));
        self.lines_shown.notify();
        if shown_is_gone {
            self.screen.set(Screen::List);
        }
        if !elsewhere.is_empty() {
            self.changed_elsewhere.set(Some(elsewhere));
        }
    }
}

/// What another tab did to the lines shown here: the names of those it changed (or added) and
/// of those it deleted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangedElsewhere {
    pub changed: Vec<String>,
    pub deleted: Vec<String>,
}

impl ChangedElsewhere {
    fn between(ours: &Document, theirs: &Document) -> Self {
        let names = |lines: Vec<&Line>| lines.into_iter().map(|line| line.name.clone()).collect();
        Self {
            changed: names(theirs.lines.iter().filter(|line| ours.line(&line.id) != Some(*line)).collect()),
            deleted: names(ours.lines.iter().filter(|line| theirs.line(&line.id).is_none()).collect()),
        }
    }

    fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.deleted.is_empty()
    }
}
