//! The root component: header, the current screen, banners and the live region.

use leptos::prelude::*;

use super::language_picker::LanguagePicker;
use super::line_form::LineForm;
use super::line_list::LineList;
use super::main_nav::MainNav;
use super::settings::Settings;
use super::storage_banner::StorageBanner;
use super::undo_toast::UndoToast;
use crate::app_state::{Screen, Store};
use crate::i18n::Msg;
use crate::platform::{clock, page};

#[component]
pub fn App() -> impl IntoView {
    let store = Store::load(clock::local_today());
    provide_context(store);
    Effect::new(move |_| page::set_document_language(store.language().tag()));
    clock::watch_local_date(move |today| store.set_today(today));

    Effect::new(move |_| {
        store.screen.track();
        page::scroll_to_top();
    });

    let screen = move || match store.screen.get() {
        Screen::List => view! { <LineList /> }.into_any(),
        Screen::AddLine => view! { <LineForm editing=None /> }.into_any(),
        Screen::EditLine(id) => view! { <LineForm editing=Some(id) /> }.into_any(),
        Screen::Settings => view! { <Settings /> }.into_any(),
    };
    let announcement = move || store.announcement.get().map(|msg| store.text(msg));

    view! {
        <header class="app-header">
            <h1 class="app-name">{store.tr(Msg::AppName)}</h1>
            <LanguagePicker />
            <MainNav />
        </header>
        <StorageBanner />
        <main class="app-main">{screen}</main>
        <UndoToast />
        <div class="visually-hidden" role="status" aria-live="polite">
            {announcement}
        </div>
    }
}
