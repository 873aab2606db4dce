//! The store's backup operations: export (and remembering when), and applying an import that
//! `domain::backup` has already checked and previewed.

use leptos::prelude::*;

use super::Store;
use crate::domain::backup;
use crate::domain::document::Document;
use crate::i18n::Msg;
use crate::platform::files;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    Merge,
    ReplaceAll,
}

impl Store {
    /// Downloads the backup file and notes the day.
    pub fn export_backup(&self) -> Result<(), files::DownloadRefused> {
        let today = self.today.get_untracked();
        let text = self.with_document(backup::export);
        files::download(&backup::file_name(today), &text, "application/json")?;
        self.change(|document| document.settings.last_backup_on = Some(today));
        self.announce(Msg::BackupExported);
        Ok(())
    }

    pub fn last_backup_on(&self) -> Option<chrono::NaiveDate> {
        self.with_document(|document| document.settings.last_backup_on)
    }

    pub fn import_backup(&self, incoming: &Document, mode: ImportMode) {
        self.change(|document| {
            *document = match mode {
                ImportMode::Merge => backup::merge(document, incoming),
                ImportMode::ReplaceAll => backup::replace_all(document, incoming),
            }
        });
        self.announce(Msg::BackupImported);
    }
}
