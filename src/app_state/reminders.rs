//! Reminders through the browser: which are due (decided by `domain::reminders`), recording
//! them before showing them so none is ever shown twice, what the service worker recorded while
//! the app was closed, the app badge, and the installable app's state.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use super::{Screen, Store};
use crate::domain::countdown::Status;
use crate::domain::ids::LineId;
use crate::domain::reminders::{
    due_reminders, prune_holds, prune_sent, with_hold, DueReminder, ReminderHold, ReminderKey,
};
use crate::domain::safekeeping::Place;
use crate::i18n::reminders::{reminder_body, renewal_action, PwaText};
use crate::i18n::{text, Msg};
use crate::platform::clock;
use crate::platform::pwa::{self, Notice, Permission, Support};

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
    pub(super) mirrored: StoredValue<String>,
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

/// What a notification carries for the service worker, so its buttons know the line.
#[derive(Serialize)]
struct NoticeData<'a> {
    line: &'a LineId,
    deadline: chrono::NaiveDate,
}

/// A notification's button: `renew` opens the line's renewal form, `snooze` is `Tomorrow`.
#[derive(Serialize)]
pub(super) struct NoticeAction {
    action: &'static str,
    title: &'static str,
}

/// The buttons of a reminder, in the user's language.
pub(super) fn notice_actions(language: crate::domain::document::Language) -> [NoticeAction; 2] {
    [
        NoticeAction { action: "renew", title: text(language, Msg::RecordRenewal) },
        NoticeAction { action: "snooze", title: text(language, PwaText::ActionTomorrow) },
    ]
}

impl Store {
    /// Starts the service worker, the install prompt, the badge and the first reminder check.
    pub fn start_reminders(self) {
        let pwa = self.pwa;
        pwa::start_worker(
            move || pwa.update_ready.set(true),
            move |line, view| self.open_line(line.into(), view == "renew"),
            move || self.check_reminders(),
        );
        pwa::watch_install(move || pwa.can_install.set(true), move || pwa.installed.set(true));
        if pwa.support.badge {
            // Through a memo: the badge is set when the count changes, not on every edit.
            let pressing = Memo::new(move |_| self.pressing_lines());
            Effect::new(move |_| pwa::set_badge(pressing.get()));
        }
        self.check_reminders();
    }

    /// Shows a line's detail (a notification about it was clicked), if it still exists; with
    /// `renew`, its renewal form open (the notification's `Record renewal`).
    pub fn open_line(&self, id: LineId, renew: bool) {
        if self.with_document(|document| document.line(&id).is_some()) {
            if renew {
                self.renewal_asked.set(Some(id.clone()));
            }
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

    /// Shows every reminder due now, once. What the service worker sent or was told while the
    /// app was closed is taken in first (every time: a focus or timer check may come before the
    /// start's).
    pub fn check_reminders(self) {
        if self.pwa.permission.get_untracked() != Permission::Granted {
            return;
        }
        spawn_local(async move {
            self.take_in_worker_record().await;
            let due = self.record_due_reminders();
            if !due.is_empty() {
                self.show_reminders(due).await;
            }
            self.mirror_schedule();
        });
    }

    /// The reminders due now, recorded (and saved, so other tabs and later visits see them)
    /// before anything is shown.
    fn record_due_reminders(&self) -> Vec<DueReminder> {
        let now = clock::local_now();
        let due = self.with_document_untracked(|document| {
            due_reminders(&document.lines, now, document.reminder_defaults(), document.reminder_record())
        });
        if !due.is_empty() {
            self.record_sent(due.iter().map(|reminder| reminder.key.clone()));
        }
        due
    }

    fn record_sent(&self, keys: impl IntoIterator<Item = ReminderKey>) {
        self.change(|document| {
            document.sent_reminders.extend(keys);
            document.sent_reminders = prune_sent(&document.sent_reminders, &document.lines);
        });
    }

    /// Shows reminders, each saying what renews its line where the operator catalogue knows
    /// (it is fetched first, once, if a reminder's line names an operator).
    async fn show_reminders(&self, due: Vec<DueReminder>) {
        let operators: Vec<String> = self.with_document_untracked(|document| {
            due.iter()
                .map(|r| document.line(&r.key.line).map(|l| l.operator.clone()).unwrap_or_default())
                .collect()
        });
        let catalogue = if operators.iter().any(|operator| !operator.is_empty()) {
            self.loaded_catalogue().await
        } else {
            None
        };
        for (reminder, operator) in due.into_iter().zip(operators) {
            let preset = catalogue.and_then(|catalogue| catalogue.find(&operator));
            let action = preset.and_then(|preset| renewal_action(self.language.get_untracked(), preset));
            self.show_reminder(&reminder, action.as_deref()).await;
        }
    }

    /// Shows one reminder, replacing the line's earlier ones still on screen.
    pub(super) async fn show_reminder(&self, reminder: &DueReminder, action: Option<&str>) -> bool {
        let language = self.language.get_untracked();
        let body = reminder_body(language, reminder, action);
        let key = &reminder.key;
        pwa::close_notifications(&format!("{}/", key.line)).await;
        let data = serde_json::to_string(&NoticeData { line: &key.line, deadline: key.deadline });
        let actions = serde_json::to_string(&notice_actions(language));
        let notice = Notice {
            title: &reminder.line_name,
            body: &body,
            tag: &key.tag(),
            data: &data.unwrap_or_default(),
            actions: &actions.unwrap_or_default(),
        };
        // A reminder that could not be shown is still recorded: Settings says why not.
        match pwa::show_notification(notice).await {
            Ok(()) => true,
            Err(not_shown) => {
                leptos::logging::debug_warn!("{not_shown}");
                false
            }
        }
    }

    /// Reminders the service worker showed while the app was closed count as shown, and a
    /// `Tomorrow` pressed on one of its notifications is the user's snooze.
    async fn take_in_worker_record(&self) {
        let sent = pwa::reminders_sent_by_worker().await;
        let held = pwa::reminders_held_by_worker().await;
        let sent: Vec<ReminderKey> = serde_json::from_str(&sent).unwrap_or_default();
        let held: Vec<ReminderHold> = serde_json::from_str(&held).unwrap_or_default();
        let today = self.today.get_untracked();
        let (new_sent, new_holds) = self.with_document_untracked(|document| {
            let new_sent: Vec<ReminderKey> =
                sent.into_iter().filter(|key| !document.sent_reminders.contains(key)).collect();
            let current = prune_holds(&held, &document.lines, today);
            let new_holds: Vec<ReminderHold> =
                current.into_iter().filter(|hold| !document.reminder_holds.contains(hold)).collect();
            (new_sent, new_holds)
        });
        if !new_sent.is_empty() {
            self.record_sent(new_sent);
        }
        if !new_holds.is_empty() {
            self.change(|document| {
                for hold in new_holds {
                    document.reminder_holds = with_hold(&document.reminder_holds, hold);
                }
            });
        }
    }
}
