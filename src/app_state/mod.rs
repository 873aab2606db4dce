//! The one app state: every change to the document goes through `Store::apply_and_save`
//! (by way of `change`, `change_line` or `change_checklist`), which applies it, saves what it
//! touched, and reports a failed save without losing the change.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checklist::Checklist;
use crate::domain::document::{Document, Language, RemovedLine, Settings, Theme};
use crate::domain::ids::LineId;
use crate::domain::line::Line;
use crate::domain::reminders::ReminderState;
use crate::domain::saved_document::{Saved, SavedDocument};
use crate::domain::status_change::status_changes;
use crate::domain::storage_layout::{Changed, Stored};
use crate::i18n::announcement::Announcement;
use crate::i18n::{self, Message, Msg, Phrase};
use crate::platform::{clock, page};
pub use crate::storage::SaveError;
use crate::storage::{self, LoadOutcome, Loaded, Unreadable};

mod backup;
mod browser;
mod calendar;
mod operator_catalogue;
mod other_tabs;
mod reminder_holds;
mod reminder_mirror;
mod reminder_settings;
mod reminders;
mod renewal;
pub use backup::ImportMode;
pub use browser::{DownloadRefused, Permission, Persistence, PickedFile};
pub use operator_catalogue::CatalogueState;
pub use other_tabs::ChangedElsewhere;
pub use reminders::PwaState;
pub use renewal::RecordedRenewal;

/// What the main area shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    List,
    AddLine,
    EditLine(LineId),
    /// One line's detail: rules, checklist, history and cost.
    LineDetail(LineId),
    Settings,
    Help,
}

/// Why the document is not being saved, shown in a banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The last save failed (the browser's quota, or something else); the change is kept in
    /// memory.
    SaveFailed(SaveError),
    /// Some stored data could not be read; it was quarantined and the rest loaded.
    Quarantined,
    /// Stored data could not be read nor quarantined: saving is off so it is never overwritten.
    SavingDisabled,
}

#[derive(Clone, Copy)]
pub struct Store {
    /// The document, what localStorage holds of it, and the rules of saving it.
    saved: RwSignal<SavedDocument>,
    /// Today's local date; updated by the clock so countdowns move on without a reload.
    pub today: RwSignal<NaiveDate>,
    pub screen: RwSignal<Screen>,
    pub storage_problem: RwSignal<Option<StorageProblem>>,
    /// The last deleted line, while its Undo is offered.
    pub last_removed: RwSignal<Option<RemovedLine>>,
    /// The renewal just recorded, while its Undo is offered.
    pub last_recorded: RwSignal<Option<RecordedRenewal>>,
    /// A renewal was recorded since the calendar was last exported: the calendar still holds
    /// the old deadline, so `Export calendar` is offered again.
    pub calendar_outdated: RwSignal<bool>,
    /// The names of lines another tab just changed or deleted, while that is shown.
    pub changed_elsewhere: RwSignal<Option<ChangedElsewhere>>,
    /// What the live region says: saved, deleted, restored, or statuses changed overnight.
    pub announcement: RwSignal<Option<Announcement>>,
    /// The language in use, a memo so that only a change of language (not every saved edit)
    /// re-renders the text of every card.
    language: Memo<Language>,
    /// The theme chosen, a memo for the same reason.
    theme: Memo<Option<Theme>>,
    /// Whether the timeline above the list is folded away, a memo for the same reason.
    timeline_collapsed: Memo<bool>,
    /// Notified by every change but a checklist's: what the list, its overview and the badge
    /// show of the lines. A tick then re-sorts and recounts nothing (with 2,000 lines, about
    /// 40% of a tick's time).
    lines_shown: Trigger,
    /// The installable app: notification permission, update and install offers.
    pub pwa: PwaState,
    /// Where each line's reminders stand, for the lines whose are not quiet.
    reminder_states: Memo<Vec<(LineId, ReminderState)>>,
    /// A line whose renewal form a notification's `Record renewal` asked for.
    pub renewal_asked: RwSignal<Option<LineId>>,
    /// The operator catalogue, fetched when a screen first needs it.
    catalogue: RwSignal<CatalogueState>,
    catalogue_requested: StoredValue<bool>,
}

impl Store {
    /// Loads the stored document and builds the state around it.
    pub fn load(today: NaiveDate) -> Self {
        let preferred = page::preferred_languages();
        let browser_language = Language::negotiate(preferred.iter().map(String::as_str));
        let (document, stored, problem) = match storage::load() {
            LoadOutcome::Loaded(loaded) => {
                let Loaded { document, stored, unreadable } = *loaded;
                let problem = match unreadable {
                    Unreadable::None => None,
                    Unreadable::Quarantined => Some(StorageProblem::Quarantined),
                    Unreadable::NotPreserved => Some(StorageProblem::SavingDisabled),
                };
                (document, stored, problem)
            }
            LoadOutcome::Empty | LoadOutcome::Unavailable => (Document::default(), Stored::nothing(), None),
        };
        let saving_on = problem != Some(StorageProblem::SavingDisabled);
        let saved = RwSignal::new(SavedDocument::new(document, stored, saving_on));
        let language = Memo::new(move |_| setting(saved, |s| s.language).unwrap_or(browser_language));
        let theme = Memo::new(move |_| setting(saved, |s| s.theme));
        let timeline_collapsed = Memo::new(move |_| setting(saved, |s| s.timeline_collapsed));
        let today = RwSignal::new(today);
        let reminder_states = Memo::new(move |_| {
            saved.with(|saved| reminder_holds::reminder_states(saved.document(), today.get()))
        });
        Self {
            saved,
            today,
            screen: RwSignal::new(Screen::List),
            storage_problem: RwSignal::new(problem),
            last_removed: RwSignal::new(None),
            last_recorded: RwSignal::new(None),
            calendar_outdated: RwSignal::new(false),
            changed_elsewhere: RwSignal::new(None),
            announcement: RwSignal::new(None),
            language,
            theme,
            timeline_collapsed,
            lines_shown: Trigger::new(),
            pwa: PwaState::detect(),
            reminder_states,
            renewal_asked: RwSignal::new(None),
            catalogue: RwSignal::new(CatalogueState::NotAsked),
            catalogue_requested: StoredValue::new(false),
        }
    }

    /// Read access to the document, tracked by whatever reactive context reads it.
    pub fn with_document<T>(&self, read: impl FnOnce(&Document) -> T) -> T {
        self.saved.with(|saved| read(saved.document()))
    }

    /// Read access to the document, untracked: for what a change or a timer reads.
    pub fn with_document_untracked<T>(&self, read: impl FnOnce(&Document) -> T) -> T {
        self.saved.with_untracked(|saved| read(saved.document()))
    }

    /// Read access to the lines for what the list shows of them: tracked by every change
    /// except a checklist's.
    pub fn with_lines_shown<T>(&self, read: impl FnOnce(&[Line]) -> T) -> T {
        self.lines_shown.track();
        self.with_document_untracked(|document| read(&document.lines))
    }

    /// The one path for changes: apply, then persist. A failed save keeps the change on screen.
    fn change(&self, apply: impl FnOnce(&mut Document)) {
        self.change_within(Changed::Anything, apply);
    }

    /// A change that can only have touched what `changed` says (what is compared and saved).
    fn change_within(&self, changed: Changed<'_>, apply: impl FnOnce(&mut Document)) {
        self.apply_and_save(changed, apply);
        self.lines_shown.notify();
    }

    /// The one place the document is changed and saved (see `change_within` for the scope; the
    /// rules of saving are `SavedDocument`'s). A failed save keeps the change on screen and
    /// shows the banner; the save after it clears the banner.
    fn apply_and_save(&self, changed: Changed<'_>, apply: impl FnOnce(&mut Document)) {
        let mut outcome = Saved::Off;
        self.saved.update(|saved| outcome = saved.change(changed, apply, storage::write));
        match outcome {
            Saved::Yes | Saved::Off => {}
            Saved::Recovered => self.storage_problem.set(None),
            Saved::Failed(error) => {
                // An earlier `Saved.` must not linger in the live region beside the banner.
                self.announcement.set(None);
                leptos::logging::debug_warn!("saving failed: {error}");
                self.storage_problem.set(Some(StorageProblem::SaveFailed(error)));
            }
        }
    }

    pub fn language(&self) -> Language {
        self.language.get()
    }

    pub fn set_language(&self, language: Language) {
        self.change(|document| document.settings.language = Some(language));
        page::set_document_language(language.tag());
    }

    /// The theme the user chose, `None` when following the system.
    pub fn theme(&self) -> Option<Theme> {
        self.theme.get()
    }

    pub fn set_theme(&self, theme: Option<Theme>) {
        self.change(|document| document.settings.theme = theme);
    }

    pub fn timeline_collapsed(&self) -> bool {
        self.timeline_collapsed.get()
    }

    /// Folds or unfolds the timeline above the list. A setting, saved with the others; the
    /// lines are untouched, so the list is not told.
    pub fn set_timeline_collapsed(&self, collapsed: bool) {
        self.apply_and_save(Changed::Anything, |document| document.settings.timeline_collapsed = collapsed);
    }

    pub fn text(&self, msg: impl Message) -> &'static str {
        i18n::text(self.language(), msg)
    }

    /// A reactive view of `msg`: re-renders when the language changes.
    pub fn tr<M: Message + Send + Sync + 'static>(
        self,
        msg: M,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync {
        move || self.text(msg)
    }

    /// Changes one line, and notes when: the newer edit wins when a backup is merged.
    fn change_line(&self, id: &LineId, edit: impl FnOnce(&mut Line)) {
        self.change_within(Changed::Line(id), |document| edit_line(document, id, edit));
    }

    /// Changes one line's checklist, which the list does not show: the list is not told.
    fn change_checklist(&self, id: &LineId, edit: impl FnOnce(&mut Checklist)) {
        self.apply_and_save(Changed::Line(id), |document| {
            edit_line(document, id, |line| edit(&mut line.checklist))
        });
    }

    pub fn save_line(&self, mut line: Line) {
        line.updated_at = Some(clock::now_ms());
        let id = line.id.clone();
        let calendar_changed = self.with_document_untracked(|document| {
            document.line(&id).is_none_or(|before| !before.same_calendar_event(&line))
        });
        self.change_within(Changed::Line(&id), |document| document.upsert_line(line));
        if calendar_changed {
            self.calendar_outdated.set(true);
        }
        self.announce(Msg::Saved);
    }

    pub fn delete_line(&self, id: &LineId) {
        let mut removed = None;
        self.change_within(Changed::Line(id), |document| removed = document.remove_line(id));
        if removed.is_some() {
            self.last_removed.set(removed);
            self.announce(Msg::LineDeleted);
        }
    }

    pub fn undo_delete(&self) {
        if let Some(removed) = self.last_removed.get_untracked() {
            self.last_removed.set(None);
            let id = removed.line.id.clone();
            self.change_within(Changed::Line(&id), |document| document.restore_line(removed));
            self.announce(Msg::LineRestored);
        }
    }

    /// Moves the countdowns on to a new day, and tells screen readers which lines changed status.
    pub fn set_today(&self, today: NaiveDate) {
        let before = self.today.get_untracked();
        if before == today {
            return;
        }
        self.today.set(today);
        let changes = self.with_document_untracked(|document| status_changes(&document.lines, before, today));
        if !changes.is_empty() {
            self.announcement.set(Some(Announcement::StatusChanges(changes)));
        }
    }

    /// Says in the live region, for screen readers, that a change was made: unless its save
    /// failed, since then the storage banner is the one message (nothing may say `Saved.`).
    pub fn announce(&self, msg: impl Message) {
        if self.saved.with_untracked(SavedDocument::may_say_saved) {
            self.say(msg);
        }
    }

    /// Says `msg` in the live region: for what is true whether or not storage works (a file
    /// was exported, a notification failed).
    pub fn say(&self, msg: impl Message) {
        self.announcement.set(Some(Announcement::Said(Phrase::of(msg))));
    }
}

/// One of the settings, tracked (the memos that read one are told of every change, and tell
/// their own readers only when it changed).
fn setting<T>(saved: RwSignal<SavedDocument>, read: impl FnOnce(&Settings) -> T) -> T {
    saved.with(|saved| read(&saved.document().settings))
}

/// Applies `edit` to the line `id`, if there is one, and notes when.
fn edit_line(document: &mut Document, id: &LineId, edit: impl FnOnce(&mut Line)) {
    if let Some(line) = document.line_mut(id) {
        edit(line);
        line.updated_at = Some(clock::now_ms());
    }
}
