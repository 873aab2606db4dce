//! The reminder schedule mirrored for the service worker, which shows reminders while the app
//! is closed (Periodic Background Sync, installed Chromium): each reminder's window of days, its
//! time of day and its words already in the user's language, and what was shown.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use super::reminders::{notice_actions, NoticeAction};
use super::Store;
use crate::domain::countdown::Countdown;
use crate::domain::document::{Document, Language};
use crate::domain::ids::LineId;
use crate::domain::reminder_schedule::{schedule, ScheduledReminder};
use crate::domain::reminders::ReminderKey;
use crate::i18n::reminders::scheduled_reminder_body;
use crate::platform::pwa;

/// How far ahead the schedule for the service worker reaches. Periodic Background Sync runs
/// about daily at best, and the app rewrites the schedule each time it is opened.
const SCHEDULE_HORIZON_DAYS: u64 = 60;

/// One reminder of the mirrored schedule, as `ScheduledReminder` says, with its words.
#[derive(Serialize)]
struct MirroredReminder {
    line: LineId,
    deadline: chrono::NaiveDate,
    lead: u16,
    on: chrono::NaiveDate,
    last: chrono::NaiveDate,
    /// Minutes after midnight.
    at: u16,
    once: bool,
    title: String,
    body: String,
}

/// What the service worker reads: the reminders to come, those already shown, and the buttons.
#[derive(Serialize)]
struct MirroredSchedule<'a> {
    sent: &'a [ReminderKey],
    reminders: Vec<MirroredReminder>,
    actions: [NoticeAction; 2],
}

impl Store {
    /// Writes the reminders of the coming weeks where the service worker can read them.
    pub(super) fn mirror_schedule(&self) {
        if !self.pwa.support.background {
            return;
        }
        let language = self.language.get_untracked();
        let today = self.today.get_untracked();
        let json = self.with_document_untracked(|document| {
            let reminders = schedule(
                &document.lines,
                today,
                document.reminder_defaults(),
                &document.reminder_holds,
                SCHEDULE_HORIZON_DAYS,
            )
            .into_iter()
            .map(|scheduled| mirrored(document, scheduled, language))
            .collect();
            let schedule = MirroredSchedule {
                sent: &document.sent_reminders,
                reminders,
                actions: notice_actions(language),
            };
            // Plain structs, strings and numbers: JSON can always write them.
            serde_json::to_string(&schedule).unwrap_or_default()
        });
        if self.pwa.mirrored.with_value(|last| *last == json) {
            return;
        }
        self.pwa.mirrored.set_value(json.clone());
        spawn_local(async move { pwa::mirror_schedule(&json).await });
    }
}

/// A reminder's words: a daily one knows its day, so it says how long is left; a lead time's
/// may be shown on a later day than its first, so it gives the date only.
fn mirrored(document: &Document, scheduled: ScheduledReminder, language: Language) -> MirroredReminder {
    let line = document.line(&scheduled.line);
    let countdown = (scheduled.on == scheduled.last).then(|| Countdown {
        days_left: (scheduled.deadline - scheduled.on).num_days(),
        grace_days: line.and_then(|line| line.grace_days),
    });
    MirroredReminder {
        title: line.map(|line| line.name.clone()).unwrap_or_default(),
        body: scheduled_reminder_body(language, scheduled.deadline, countdown, None),
        line: scheduled.line,
        deadline: scheduled.deadline,
        lead: scheduled.lead,
        on: scheduled.on,
        last: scheduled.last,
        at: scheduled.at.minutes(),
        once: scheduled.once,
    }
}
