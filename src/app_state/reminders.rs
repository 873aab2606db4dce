//! Reminders through the browser: which are due (decided by `domain::reminders`), recording
//! them before showing them so none is ever shown twice, the schedule mirrored for the service
//! worker, the app badge, and the installable app's state.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use super::{Screen, Store};
use crate::domain::countdown::Status;
use crate::domain::ids::LineId;
use crate::domain::lead_times::{LeadTimes, LeadTimesProblem};
use crate::domain::reminders::{due_reminders, prune_sent, schedule, DueReminder, ReminderKey};
use crate::domain::safekeeping::Place;
use crate::i18n::reminders::{reminder_body, scheduled_reminder_body, PwaText};
use crate::platform::pwa::{self, Permission, Support};

/// How far ahead the schedule for the service worker reaches. Periodic Background Sync runs
/// about daily at best, and the app rewrites the schedule each time it is opened.
const SCHEDULE_HORIZON_DAYS: u64 = 60;

/// The installable app's state in this browser.
#[derive(Clone, Copy)]
pub struct PwaState {
    pub support: Support,
    pub permission: RwSignal<Permission>,
    /// A new version is downloaded and waits for `Reload to update`.
    pub update_ready: RwSignal<bool>,
    /// The browser offers to install the app (Chromium's `beforeinstallprompt`).
    pub can_install: RwSignal<bool>,
    pub installed: RwSignal<bool>,
    /// iPhone or iPad, where installing is Share → Add to Home Screen.
    pub ios: bool,
    /// A Safari tab or the Home Screen app on iPhone and iPad, where storage needs care.
    pub place: Place,
    /// The schedule last mirrored for the service worker, so an unchanged one is not rewritten.
    mirrored: StoredValue<String>,
}

/// One reminder of the mirrored schedule, its texts already in the user's language.
#[derive(Serialize)]
struct MirroredReminder {
    key: ReminderKey,
    tag: String,
    on: chrono::NaiveDate,
    title: String,
    body: String,
}

/// What the service worker reads: the reminders to come, and those already sent.
#[derive(Serialize)]
struct MirroredSchedule<'a> {
    sent: &'a [ReminderKey],
    reminders: Vec<MirroredReminder>,
}

impl PwaState {
    /// Reads what this browser supports and allows.
    pub(super) fn detect() -> Self {
        Self {
            support: pwa::support(),
            permission: RwSignal::new(pwa::permission()),
            update_ready: RwSignal::new(false),
            can_install: RwSignal::new(false),
            installed: RwSignal::new(pwa::is_standalone()),
            ios: pwa::is_ios(),
            place: Place::of(pwa::is_ios(), pwa::is_standalone()),
            mirrored: StoredValue::new(String::new()),
        }
    }
}

impl Store {
    /// Starts the service worker, the install prompt, the badge and the first reminder check.
    pub fn start_reminders(self) {
        let pwa = self.pwa;
        pwa::start_worker(move || pwa.update_ready.set(true), move |line| self.open_line(line.into()));
        pwa::watch_install(move || pwa.can_install.set(true), move || pwa.installed.set(true));
        if pwa.support.badge {
            // Through a memo: the badge is set when the count changes, not on every edit.
            let pressing = Memo::new(move |_| self.pressing_lines());
            Effect::new(move |_| pwa::set_badge(pressing.get()));
        }
        self.check_reminders();
    }

    /// Shows a line's detail (a notification about it was clicked), if it still exists.
    pub fn open_line(&self, id: LineId) {
        if self.with_document(|document| document.line(&id).is_some()) {
            self.screen.set(Screen::LineDetail(id));
        }
    }

    /// Lines that are urgent, due or expired: the number on the app badge.
    fn pressing_lines(&self) -> u32 {
        let today = self.today.get();
        let count = self.with_lines_shown(|lines| {
            lines
                .iter()
                .filter_map(|line| line.countdown(today))
                .filter(|countdown| countdown.status() <= Status::Urgent)
                .count()
        });
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// Shows every reminder due now, once. What the service worker sent while the app was
    /// closed is taken in first (every time: a focus or timer check may come before the start's).
    pub fn check_reminders(self) {
        if self.pwa.permission.get_untracked() != Permission::Granted {
            return;
        }
        spawn_local(async move {
            self.take_in_worker_reminders().await;
            self.show_due_reminders();
        });
    }

    /// Each due reminder is recorded (and saved, so other tabs and later visits see it) before
    /// it is shown. Then the schedule ahead is mirrored.
    fn show_due_reminders(&self) {
        let today = self.today.get_untracked();
        let due = self.with_document_untracked(|document| {
            due_reminders(&document.lines, today, &document.settings.lead_times, &document.sent_reminders)
        });
        if !due.is_empty() {
            self.record_sent(due.iter().map(|reminder| reminder.key.clone()));
            for reminder in due {
                self.show_reminder(reminder);
            }
        }
        self.mirror_schedule();
    }

    fn record_sent(&self, keys: impl IntoIterator<Item = ReminderKey>) {
        self.change(|document| {
            document.sent_reminders.extend(keys);
            document.sent_reminders = prune_sent(&document.sent_reminders, &document.lines);
        });
    }

    fn show_reminder(&self, reminder: DueReminder) {
        let body = reminder_body(self.language(), &reminder);
        let key = reminder.key;
        let tag = key.tag();
        spawn_local(async move {
            // A reminder that could not be shown is still recorded: Settings says why not.
            if let Err(not_shown) =
                pwa::show_notification(&reminder.line_name, &body, &tag, key.line.as_str()).await
            {
                leptos::logging::debug_warn!("{not_shown}");
            }
        });
    }

    /// Reminders the service worker showed while the app was closed count as sent.
    async fn take_in_worker_reminders(&self) {
        let text = pwa::reminders_sent_by_worker().await;
        let Ok(keys) = serde_json::from_str::<Vec<ReminderKey>>(&text) else { return };
        let new: Vec<ReminderKey> = self.with_document_untracked(|document| {
            keys.into_iter().filter(|key| !document.sent_reminders.contains(key)).collect()
        });
        if !new.is_empty() {
            self.record_sent(new);
        }
    }

    /// Writes the reminders of the coming weeks where the service worker can read them.
    fn mirror_schedule(&self) {
        if !self.pwa.support.background {
            return;
        }
        let language = self.language.get_untracked();
        let today = self.today.get_untracked();
        let json = self.with_document_untracked(|document| {
            let reminders =
                schedule(&document.lines, today, &document.settings.lead_times, SCHEDULE_HORIZON_DAYS)
                    .into_iter()
                    .map(|scheduled| MirroredReminder {
                        title: document
                            .line(&scheduled.key.line)
                            .map(|line| line.name.clone())
                            .unwrap_or_default(),
                        body: scheduled_reminder_body(language, &scheduled.key),
                        tag: scheduled.key.tag(),
                        key: scheduled.key,
                        on: scheduled.on,
                    })
                    .collect();
            let schedule = MirroredSchedule { sent: &document.sent_reminders, reminders };
            // Plain structs, strings and numbers: JSON can always write them.
            serde_json::to_string(&schedule).unwrap_or_default()
        });
        if self.pwa.mirrored.with_value(|last| *last == json) {
            return;
        }
        self.pwa.mirrored.set_value(json.clone());
        spawn_local(async move { pwa::mirror_schedule(&json).await });
    }

    /// Asks for permission (from the user's click), then checks at once.
    pub fn enable_notifications(self) {
        spawn_local(async move {
            self.pwa.permission.set(pwa::ask_permission().await);
            self.check_reminders();
        });
    }

    pub fn send_test_notification(self) {
        let language = self.language.get_untracked();
        spawn_local(async move {
            let title = crate::i18n::text(language, PwaText::TestNotificationTitle);
            let body = crate::i18n::text(language, PwaText::TestNotificationBody);
            if pwa::show_notification(title, body, "linekeeper-test", "").await.is_err() {
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
        self.change(|document| document.settings.lead_times = lead_times);
        self.announce(PwaText::RemindMeSaved);
        self.check_reminders();
        Ok(())
    }
}
