//! The root component: header, the current screen, banners and the live region.

use leptos::prelude::*;

use super::help_page::HelpPage;
use super::language_picker::LanguagePicker;
use super::line_detail::LineDetail;
use super::line_form::LineForm;
use super::line_list::LineList;
use super::main_nav::MainNav;
use super::other_tab_notice::OtherTabNotice;
use super::settings::Settings;
use super::storage_banner::StorageBanner;
use super::undo_toast::UndoToast;
use super::update_banner::UpdateBanner;
use crate::app_state::{Screen, Store};
use crate::domain::document::Theme;
use crate::i18n::Msg;
use crate::platform::{clock, page, pwa};

#[component]
pub fn App() -> impl IntoView {
    let store = Store::load(clock::local_today());
    provide_context(store);
    store.follow_other_tabs();
    Effect::new(move |_| page::set_document_language(store.language().tag()));
    Effect::new(move |_| page::set_theme(store.theme().map(Theme::code)));
    store.start_reminders();
    if let Some(line) = pwa::take_line_parameter() {
        store.open_line(line);
    }
    clock::watch_local_date(move |today| {
        store.set_today(today);
        store.check_reminders();
    });

    // A new screen starts at its top, with focus on its heading (not on the first load: the
    // page then starts where the browser puts it).
    Effect::new(move |first_run: Option<()>| {
        store.screen.track();
        if first_run.is_some() {
            page::scroll_to_top();
            page::focus_screen_heading();
        }
    });

    // The list stays mounted, hidden, while another screen shows: coming back to it after an
    // edit then updates one card instead of rebuilding them all.
    let on_list = move || store.screen.with(|screen| *screen == Screen::List);
    let other_screen = move || match store.screen.get() {
        Screen::List => None,
        Screen::AddLine => Some(view! { <LineForm editing=None /> }.into_any()),
        Screen::EditLine(id) => Some(view! { <LineForm editing=Some(id) /> }.into_any()),
        Screen::LineDetail(id) => Some(view! { <LineDetail id /> }.into_any()),
        Screen::Settings => Some(view! { <Settings /> }.into_any()),
        Screen::Help => Some(view! { <HelpPage /> }.into_any()),
    };
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
