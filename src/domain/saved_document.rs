//! The document as this tab holds it, what storage holds of it, and the rules of saving: every
//! change is applied, then what it touched is written; a change to a line marks the document as
//! changed since the last backup; after a failed save the next one compares everything, so that
//! the save that ends the failure has stored every line, not only its own change; and while
//! saves fail (or saving is off) nothing may be announced as saved. The writing itself is the
//! caller's (`write`: localStorage in the app, a map in the tests).

use super::document::Document;
use super::storage_layout::{Changed, Stored, Write};

/// Whether changes reach storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    On,
    /// The last save failed: the changes are kept here, and the next save writes everything.
    Failing,
    /// Stored data could not be read nor kept aside: saving would overwrite it, so it is off.
    Off,
}

/// What became of one change's save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved<E> {
    Yes,
    /// Saved, and with it everything an earlier failed save left unwritten.
    Recovered,
    Failed(E),
    /// Saving is off; the change is kept here only.
    Off,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedDocument {
    document: Document,
    stored: Stored,
    saving: Saving,
}

impl SavedDocument {
    /// `document` as read, `stored` what storage holds of it; `saving_on` false where saving
    /// would overwrite data that could not be kept aside.
    pub fn new(document: Document, stored: Stored, saving_on: bool) -> Self {
        Self { document, stored, saving: if saving_on { Saving::On } else { Saving::Off } }
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn saving(&self) -> Saving {
        self.saving
    }

    /// Whether a change may be announced as saved now.
    pub fn may_say_saved(&self) -> bool {
        self.saving == Saving::On
    }

    /// Applies `apply` (which touched only what `changed` says), then writes what changed.
    pub fn change<E>(
        &mut self,
        changed: Changed<'_>,
        apply: impl FnOnce(&mut Document),
        write: impl FnMut(Write<'_>) -> Result<(), E>,
    ) -> Saved<E> {
        let touches_a_line = matches!(changed, Changed::Line(_));
        apply(&mut self.document);
        // Only the first change after a backup writes the index for this.
        if touches_a_line {
            self.document.settings.changed_since_backup = true;
        }
        let recovering = match self.saving {
            Saving::Off => return Saved::Off,
            Saving::Failing => true,
            Saving::On => false,
        };
        let changed = if recovering { Changed::Anything } else { changed };
        match self.stored.sync(&self.document, changed, write) {
            Ok(()) => {
                self.saving = Saving::On;
                if recovering {
                    Saved::Recovered
                } else {
                    Saved::Yes
                }
            }
            Err(error) => {
                self.saving = Saving::Failing;
                Saved::Failed(error)
            }
        }
    }

    /// Takes another tab's document, which it has already stored.
    pub fn adopt(&mut self, document: Document, stored: Stored) {
        self.document = document;
        self.stored = stored;
    }

    /// Storage was cleared elsewhere (the site's data deleted): the next save writes everything.
    pub fn forget_stored(&mut self) {
        self.stored = Stored::nothing();
    }
}
