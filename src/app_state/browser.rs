//! What the app asks of the browser on the user's behalf, for the screens: starting up (today's
//! date, the other tabs, the service worker, the page's language and theme), new ids, the
//! unreadable data as a file, reloading, updating and installing the app, keeping the data.
//! The screens call these; they never reach the browser themselves.

use crate::domain::Code;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Store;
use crate::domain::document::Theme;
use crate::domain::operator_steps::Device;
use crate::platform::{clock, files, ids, page, persist, pwa};
use crate::storage;

pub use crate::platform::files::{DownloadRefused, PickedFile};
pub use crate::platform::persist::Persistence;
pub use crate::platform::pwa::Permission;

impl Store {
    /// The store for this page, started: loaded for today, following the other tabs, the local
    /// date and the service worker, and keeping the page's language and theme the user's.
    pub fn start() -> Self {
        let store = Store::load(clock::local_today());
        store.follow_other_tabs();
        Effect::new(move |_| page::set_document_language(store.language().tag()));
        Effect::new(move |_| page::set_theme(store.theme().map(Theme::code)));
        store.start_reminders();
        if let Some(asked) = pwa::take_line_parameter() {
            let (line, view) = asked.split_once(' ').unwrap_or((&asked, ""));
            store.open_line(line.into(), view == "renew");
        }
        clock::watch_local_date(move |today| {
            store.set_today(today);
            store.check_reminders();
        });
        store.focus_each_new_screen();
        store
    }

    /// A new screen starts at its top, with focus on its heading (not on the first load: the
    /// page then starts where the browser puts it).
    fn focus_each_new_screen(self) {
        Effect::new(move |first_run: Option<()>| {
            self.screen.track();
            if first_run.is_some() {
                page::scroll_to_top();
                page::focus_screen_heading();
            }
        });
    }

    /// Runs `task` once the page is idle (or half a second from now, where the browser cannot
    /// tell): work that must not hold up what the user sees, such as preloading screens.
    pub fn when_idle(&self, task: impl FnOnce() + 'static) {
        page::when_idle(task);
    }

    /// Focus on the heading of the screen now shown, on the next frame: for a screen that
    /// arrives after the screen change itself (a lazily loaded one).
    pub fn focus_screen_heading_soon(&self) {
        request_animation_frame(page::focus_screen_heading);
    }

    /// A random id for a new line, history entry or step.
    pub fn new_id<Id: From<String>>(&self) -> Id {
        ids::new_id().into()
    }

    /// The unreadable stored data, exactly as it was stored, as a file.
    pub fn download_unreadable(&self) -> Result<(), DownloadRefused> {
        match storage::quarantined_text() {
            Some(text) => files::download("linekeeper-unreadable-data.json", &text, "application/json"),
            None => Ok(()),
        }
    }

    /// What this device can do with an operator's code: an iPhone or iPad, another phone, or a
    /// computer.
    pub fn device(&self) -> Device {
        page::device()
    }

    /// Puts `text` on the clipboard, then tells `copied` whether the browser let it.
    pub fn copy_text(&self, text: String, copied: RwSignal<Option<bool>>) {
        spawn_local(async move { copied.set(Some(page::copy_text(&text).await)) });
    }

    /// Reloads the page, so that the app reads its storage afresh.
    pub fn reload(&self) {
        files::reload_page();
    }

    /// Swaps every file for the new version's at once (`Reload to update`).
    pub fn apply_update(&self) {
        pwa::apply_update();
    }

    /// Shows the browser's install dialog (where it offers one).
    pub fn install_app(&self) {
        let app = self.pwa;
        spawn_local(async move {
            if pwa::install().await {
                app.installed.set(true);
            }
            app.can_install.set(false);
        });
    }

    /// Whether the browser keeps the data for good, into `state` (asked without a prompt).
    pub fn check_persistence(&self, state: RwSignal<Option<Persistence>>) {
        spawn_local(async move { state.set(Some(persist::persisted().await)) });
    }

    /// Asks the browser to keep the data for good (from the user's click), into `state`.
    pub fn request_persistence(&self, state: RwSignal<Option<Persistence>>) {
        spawn_local(async move { state.set(Some(persist::request().await)) });
    }
}
