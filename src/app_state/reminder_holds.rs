//! The user's answers to a line's reminders: `Snooze` (nothing more today, one tomorrow at the
//! line's time) and `Stop reminding` (nothing more for this deadline), kept in the document so
//! that every open tab and the service worker follow them; and where each line stands.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Store;
use crate::domain::document::Document;
use crate::domain::ids::LineId;
use crate::domain::line::Line;
use crate::domain::reminders::{self, prune_holds, reminder_state, with_hold, ReminderHold, ReminderState};
use crate::i18n::reminders::PwaText;
use crate::platform::pwa;

/// The lines whose reminders are not quiet, and where they stand: few at any time, and read by
/// every card, so kept in one memo that changes only when one of them does.
pub(super) fn reminder_states(document: &Document, today: chrono::NaiveDate) -> Vec<(LineId, ReminderState)> {
    let record = document.reminder_record();
    // The lines the record names, gathered once: a line nobody reminded or held is quiet, and
    // this runs on every change, so no scan of the record per line.
    let concerned: std::collections::HashSet<&LineId> =
        record.sent.iter().map(|sent| &sent.line).chain(record.holds.iter().map(|hold| &hold.line)).collect();
    document
        .lines
        .iter()
        .filter(|line| concerned.contains(&line.id))
        .map(|line| (line.id.clone(), reminder_state(line, today, record)))
        .filter(|(_, state)| *state != ReminderState::Quiet)
        .collect()
}

impl Store {
    /// Where a line's reminders stand (tracked).
    pub fn reminder_state(&self, id: &LineId) -> ReminderState {
        self.reminder_states.with(|states| {
            states.iter().find(|(line, _)| line == id).map_or(ReminderState::Quiet, |(_, state)| *state)
        })
    }

    /// `Snooze`: no more reminders today for this line; the next one tomorrow at its time.
    pub fn snooze_reminders(&self, id: &LineId) {
        let today = self.today.get_untracked();
        self.hold_reminders(id, |line| reminders::snooze(line, today), PwaText::Snoozed);
    }

    /// `Stop reminding`: none for this line until its deadline moves.
    pub fn stop_reminding(&self, id: &LineId) {
        self.hold_reminders(id, reminders::stop, PwaText::RemindersStopped);
    }

    fn hold_reminders(&self, id: &LineId, hold: impl FnOnce(&Line) -> Option<ReminderHold>, said: PwaText) {
        let today = self.today.get_untracked();
        let Some(hold) = self.with_document_untracked(|document| document.line(id).and_then(hold)) else {
            return;
        };
        self.change(|document| {
            let holds = with_hold(&document.reminder_holds, hold);
            document.reminder_holds = prune_holds(&holds, &document.lines, today);
        });
        self.announce(said);
        self.close_line_notifications(id);
        self.mirror_schedule();
    }

    /// Takes a line's reminders off the screen (it was renewed, snoozed or stopped).
    pub(super) fn close_line_notifications(&self, id: &LineId) {
        let prefix = format!("{id}/");
        spawn_local(async move { pwa::close_notifications(&prefix).await });
    }
}
