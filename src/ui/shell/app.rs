//! The root component: header, the current screen, banners and the live region.

use leptos::prelude::*;

use super::language_picker::LanguagePicker;
use super::lazy_screens::{lazy_screen, preload_all_when_idle};
use super::main_nav::MainNav;
use super::other_tab_notice::OtherTabNotice;
use super::storage_banner::StorageBanner;
use super::update_banner::UpdateBanner;
use crate::app_state::{Screen, Store};
use crate::i18n::Msg;
use crate::ui::list::LineList;
use crate::ui::widgets::undo_toast::UndoToast;

#[component]
pub fn App() -> impl IntoView {
    let store = Store::start();
    provide_context(store);

    // The list stays mounted, hidden, while another screen shows: coming back to it after an
    // edit then updates one card instead of rebuilding them all.
    let on_list = move || store.screen.with(|screen| *screen == Screen::List);
    // Every other screen is in a module of its own, loaded when needed (lazy_screens.rs). The
    // screen the app starts on takes no focus (see Store::focus_each_new_screen).
    let started = StoredValue::new(false);
    let other_screen = move || {
        let screen = store.screen.get();
        let first_load = !started.get_value();
        started.set_value(true);
        (screen != Screen::List).then(|| lazy_screen(screen, !first_load))
    };
    // Once the list is up, the other screens' modules load while the page is idle.
    Effect::new(move |_| preload_all_when_idle(store));
    let announcement =
        move || store.announcement.with(|said| said.as_ref().map(|said| said.text(store.language())));

    view! {
        <header class="app-header">
            <h1 class="app-name">{store.tr(Msg::AppName)}</h1>
            <LanguagePicker />
            <MainNav />
        </header>
        <UpdateBanner />
        <StorageBanner />
        <OtherTabNotice />
        <main class="app-main">
            <div hidden=move || !on_list()>
                <LineList />
            </div>
            {other_screen}
        </main>
        <UndoToast
            offer=store.last_removed
            message=Msg::LineDeleted
            on_undo=Callback::new(move |()| store.undo_delete())
        />
        <UndoToast
            offer=store.last_recorded
            message=Msg::RenewalRecorded
            on_undo=Callback::new(move |()| store.undo_recording())
        />
        <div class="visually-hidden" role="status" aria-live="polite">
            {announcement}
        </div>
    }
}
