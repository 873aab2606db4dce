//! Settings › Reminders through the store: permission, the default lead times and time of day,
//! and `Send a test reminder`, which shows a real reminder through the same path as the others.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Store;
use crate::domain::countdown::Countdown;
use crate::domain::lead_times::{LeadTimes, LeadTimesProblem};
use crate::domain::reminders::{DueReminder, ReminderKey};
use crate::domain::time_of_day::{NotATime, TimeOfDay};
use crate::i18n::reminders::PwaText;
use crate::platform::{clock, pwa};

impl Store {
    /// Asks for permission (from the user's click), then checks at once.
    pub fn enable_notifications(self) {
        spawn_local(async move {
            self.pwa.permission.set(pwa::ask_permission().await);
            self.check_reminders();
        });
    }

    /// A reminder for the line whose deadline comes first, as it would arrive, shown now and not
    /// recorded (so the real one still comes); without lines, a sample.
    pub fn send_test_reminder(self) {
        let today = clock::local_today();
        let sample = self.with_document_untracked(|document| {
            let line = document
                .lines
                .iter()
                .filter(|line| line.deadline().is_some())
                .min_by_key(|line| line.deadline())?;
            let deadline = line.deadline()?;
            Some(DueReminder {
                key: ReminderKey {
                    line: format!("test-{}", line.id).into(),
                    deadline,
                    lead: 0,
                    day: Some(today),
                },
                line_name: line.name.clone(),
                countdown: Countdown {
                    days_left: (deadline - today).num_days(),
                    grace_days: line.grace_days,
                },
            })
        });
        let language = self.language.get_untracked();
        spawn_local(async move {
            let shown = match sample {
                Some(reminder) => self.show_reminder(&reminder, None).await,
                None => {
                    let title = crate::i18n::text(language, PwaText::TestNotificationTitle);
                    let body = crate::i18n::text(language, PwaText::TestNotificationBody);
                    let notice = pwa::Notice { title, body, tag: "linekeeper-test", data: "", actions: "" };
                    pwa::show_notification(notice).await.is_ok()
                }
            };
            if !shown {
                self.say(PwaText::TestNotificationFailed);
            }
        });
    }

    pub fn default_lead_times(&self) -> LeadTimes {
        self.with_document_untracked(|document| document.settings.lead_times.clone())
    }

    /// Takes the lead times typed in Settings, or says what is wrong with them.
    pub fn set_default_lead_times(&self, typed: &str) -> Result<(), LeadTimesProblem> {
        let lead_times = LeadTimes::parse(typed)?;
        if lead_times == self.default_lead_times() {
            return Ok(());
        }
        self.change(|document| document.settings.lead_times = lead_times);
        self.calendar_outdated.set(true);
        self.announce(PwaText::RemindMeSaved);
        self.check_reminders();
        Ok(())
    }

    pub fn default_remind_at(&self) -> TimeOfDay {
        self.with_document_untracked(|document| document.settings.remind_at)
    }

    /// Takes the time of day typed in Settings, or says it is not one.
    pub fn set_default_remind_at(&self, typed: &str) -> Result<(), NotATime> {
        let remind_at = TimeOfDay::parse(typed)?;
        if remind_at == self.default_remind_at() {
            return Ok(());
        }
        self.change(|document| document.settings.remind_at = remind_at);
        self.calendar_outdated.set(true);
        self.announce(PwaText::RemindAtSaved);
        self.check_reminders();
        Ok(())
    }
}
