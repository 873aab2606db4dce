//! The store's backup operations: export (and remembering when), and applying an import that
//! `domain::backup` has already checked and previewed.

use leptos::prelude::*;

use super::Store;
use crate::domain::document::Document;
use crate::domain::{backup, safekeeping};
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
        self.change(|document| {
            document.settings.last_backup_on = Some(today);
            document.settings.changed_since_backup = false;
        });
        self.say(Msg::BackupExported);
        Ok(())
    }

    pub fn last_backup_on(&self) -> Option<chrono::NaiveDate> {
        self.with_document(|document| document.settings.last_backup_on)
    }

    /// Whether the list suggests a backup: the data changed since one over 30 days old.
    pub fn backup_older_than_data(&self) -> bool {
        let (last, changed) = self.with_document(|document| {
            (document.settings.last_backup_on, document.settings.changed_since_backup)
        });
        safekeeping::backup_older_than_data(last, changed, self.today.get())
    }

    /// Whether the list shows the iPhone storage notice (see `domain::safekeeping`).
    pub fn show_ios_storage_notice(&self) -> bool {
        let (dismissed, last) = self.with_document(|document| {
            (document.settings.ios_notice_dismissed_on, document.settings.last_backup_on)
        });
        safekeeping::show_ios_storage_notice(self.pwa.place, dismissed, last, self.today.get())
    }

    pub fn dismiss_ios_storage_notice(&self) {
        let today = self.today.get_untracked();
        self.change(|document| document.settings.ios_notice_dismissed_on = Some(today));
    }

    pub fn import_backup(&self, incoming: &Document, mode: ImportMode) {
        self.change(|document| {
            *document = match mode {
                ImportMode::Merge => backup::merge(document, incoming),
                ImportMode::ReplaceAll => backup::replace_all(document, incoming),
            };
            document.settings.changed_since_backup = true;
        });
        self.announce(Msg::BackupImported);
    }
}
