//! The root component: header, the current screen, banners and the live region.

use leptos::prelude::*;

use super::language_picker::LanguagePicker;
use super::main_nav::MainNav;
use super::other_tab_notice::OtherTabNotice;
use super::storage_banner::StorageBanner;
use super::update_banner::UpdateBanner;
use crate::app_state::{Screen, Store};
use crate::i18n::Msg;
use crate::ui::help::HelpPage;
use crate::ui::line_detail::LineDetail;
use crate::ui::line_form::LineForm;
use crate::ui::list::LineList;
use crate::ui::settings::Settings;
use crate::ui::widgets::undo_toast::UndoToast;

#[component]
pub fn App() -> impl IntoView {
    let store = Store::start();
    provide_context(store);

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
