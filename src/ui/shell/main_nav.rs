//! The bar that reaches the app's places: Lines, Settings and Help. The current one is marked
//! with `aria-current`, so a screen reader says where the user is.

use leptos::prelude::*;

use super::lazy_screens::{preload_on_approach, Module};
use crate::app_state::{Screen, Store};
use crate::i18n::help::HelpText;
use crate::i18n::{Message, Msg};

/// The bar's places; every other screen (a form, a line's detail) belongs to Lines.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Lines,
    Settings,
    Help,
}

impl Place {
    fn of(screen: &Screen) -> Self {
        match screen {
            Screen::Settings => Place::Settings,
            Screen::Help => Place::Help,
            _ => Place::Lines,
        }
    }

    fn screen(self) -> Screen {
        match self {
            Place::Lines => Screen::List,
            Place::Settings => Screen::Settings,
            Place::Help => Screen::Help,
        }
    }

    /// The module its screen is in (lazy_screens.rs): none for the list.
    fn modules(self) -> &'static [Module] {
        match self {
            Place::Lines => &[],
            Place::Settings => &[Module::Settings],
            Place::Help => &[Module::Help],
        }
    }
}

#[component]
pub fn MainNav() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <nav class="main-nav" aria-label=store.tr(Msg::MainNavigation)>
            <PlaceButton place=Place::Lines name=Msg::Lines />
            <PlaceButton place=Place::Settings name=Msg::Settings />
            <PlaceButton place=Place::Help name=HelpText::Help />
        </nav>
    }
}

#[component]
fn PlaceButton<M: Message + Send + Sync + 'static>(place: Place, name: M) -> impl IntoView {
    let store = expect_context::<Store>();
    let here = move || store.screen.with(|screen| Place::of(screen) == place);
    view! {
        <button
            type="button"
            aria-current=move || here().then_some("page")
            on:click=move |_| store.screen.set(place.screen())
            on:pointerenter=preload_on_approach(place.modules())
            on:focusin=preload_on_approach(place.modules())
        >
            {store.tr(name)}
        </button>
    }
}
