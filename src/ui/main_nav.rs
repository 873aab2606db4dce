//! The bar that reaches the app's places: Lines and Settings. The current one is marked with
//! `aria-current`, so a screen reader says where the user is.

use leptos::prelude::*;

use crate::app_state::{Screen, Store};
use crate::i18n::Msg;

#[component]
pub fn MainNav() -> impl IntoView {
    let store = expect_context::<Store>();
    let on_settings = move || store.screen.with(|screen| *screen == Screen::Settings);
    let current = |here: bool| if here { Some("page") } else { None };
    view! {
        <nav class="main-nav" aria-label=store.tr(Msg::MainNavigation)>
            <button
                type="button"
                aria-current=move || current(!on_settings())
                on:click=move |_| store.screen.set(Screen::List)
            >
                {store.tr(Msg::Lines)}
            </button>
            <button
                type="button"
                aria-current=move || current(on_settings())
                on:click=move |_| store.screen.set(Screen::Settings)
            >
                {store.tr(Msg::Settings)}
            </button>
        </nav>
    }
}
