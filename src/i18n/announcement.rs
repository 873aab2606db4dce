//! What the live region says: a fixed message, or the lines whose status changed when the day
//! turned. Kept as meaning, not text, so that it follows a later change of language.

use super::format;
use super::messages::Msg;
use super::{catalogue, text, Phrase};
use crate::domain::countdown::Status;
use crate::domain::document::Language;
use crate::domain::status_change::StatusChange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Announcement {
    Said(Phrase),
    StatusChanges(Vec<StatusChange>),
}

impl Announcement {
    pub fn text(&self, language: Language) -> String {
        match self {
            Announcement::Said(phrase) => text(language, *phrase).to_string(),
            Announcement::StatusChanges(changes) => status_changes(language, changes),
        }
    }
}

/// `Status changed: giffgaff — Urgent, 7 days left. Orange — Expired 1 day ago.`
fn status_changes(language: Language, changes: &[StatusChange]) -> String {
    let each = changes.iter().map(|change| {
        let countdown = format::countdown(language, change.countdown);
        // "Due today" and "Expired N days ago" already say the status.
        let status = match change.status {
            Status::Due | Status::Expired => None,
            status => Some(format::status(language, status)),
        };
        (catalogue(language).status_change)(&change.name, status, &countdown)
    });
    std::iter::once(text(language, Msg::StatusChanged).to_string()).chain(each).collect()
}
