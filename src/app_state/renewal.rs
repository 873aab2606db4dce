//! The store's renewal operations: recording, editing and deleting history entries, and the
//! checklist's ticks and shape. Each is one `change`, so each is validated upstream and saved.

use leptos::prelude::*;

use super::Store;
use crate::domain::checklist::{Checklist, StepRefused};
use crate::domain::ids::{EntryId, LineId};
use crate::domain::line::Line;
use crate::domain::renewal::{Channel, Renewal};
use crate::i18n::Msg;
use crate::platform::ids;

/// What Undo needs to take a recording back: the entry, and the ticks it cleared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRenewal {
    pub line_id: LineId,
    pub entry_id: EntryId,
    checklist_before: Checklist,
}

impl Store {
    /// A copy of one line, tracked by the reactive context that asks.
    pub fn line(&self, id: &LineId) -> Option<Line> {
        self.with_document(|document| document.line(id).cloned())
    }

    pub fn record_renewal(&self, line_id: &LineId, renewal: Renewal) {
        let entry_id = renewal.id.clone();
        let mut checklist_before = None;
        self.change_line(line_id, |line| {
            checklist_before = Some(line.checklist.clone());
            line.record(renewal);
        });
        if let Some(checklist_before) = checklist_before {
            self.last_recorded.set(Some(RecordedRenewal {
                line_id: line_id.clone(),
                entry_id,
                checklist_before,
            }));
            self.calendar_outdated.set(true);
            self.close_line_notifications(line_id);
            self.announce(Msg::RenewalRecorded);
        }
    }

    /// Takes the last recording back: its entry goes, the checklist's ticks return.
    pub fn undo_recording(&self) {
        let Some(recorded) = self.last_recorded.get_untracked() else { return };
        self.last_recorded.set(None);
        self.change_line(&recorded.line_id, |line| {
            line.remove_entry(&recorded.entry_id);
            line.checklist = recorded.checklist_before;
        });
        self.announce(Msg::RenewalUndone);
    }

    pub fn update_entry(&self, line_id: &LineId, renewal: Renewal) {
        self.change_line(line_id, |line| {
            line.replace_entry(renewal);
        });
        self.announce(Msg::EntryUpdated);
    }

    pub fn delete_entry(&self, line_id: &LineId, entry_id: &EntryId) {
        self.change_line(line_id, |line| {
            line.remove_entry(entry_id);
        });
        self.announce(Msg::EntryDeleted);
    }

    /// Changes one line's checklist.
    pub fn edit_checklist(&self, line_id: &LineId, edit: impl FnOnce(&mut Checklist)) {
        self.change_checklist(line_id, edit);
    }

    pub fn set_step_done(&self, line_id: &LineId, step_id: &str, done: bool) {
        self.edit_checklist(line_id, |checklist| checklist.set_done(step_id, done));
    }

    pub fn choose_channel(&self, line_id: &LineId, channel: Channel) {
        self.edit_checklist(line_id, |checklist| checklist.channel = Some(channel));
    }

    /// Adds the user's own step; nothing changes when the text does not fit.
    pub fn add_step(&self, line_id: &LineId, text: &str) -> Result<(), StepRefused> {
        let mut added = Err(StepRefused::LineGone);
        self.edit_checklist(line_id, |checklist| added = checklist.add_custom(ids::new_id(), text));
        added
    }
}
