//! The screens a first visit does not show (the line form, a line's detail, Settings and Help)
//! are each built into a wasm module of their own, loaded when first needed: the first visit
//! downloads only the list (docs/size.md, "The split build"). Each is a `wasm_split` function;
//! `scripts/split_wasm.mjs` splits the build's wasm at these points.
//!
//! - A module starts loading before the user can ask for it: once the list is up and the page
//!   is idle, and when a pointer or the keyboard reaches a control that opens its screen.
//! - A module that cannot be loaded (offline before the service worker has it, a network
//!   error) says so with a Retry button, in place of the screen. The load is `fallible`: a
//!   failure is a value here, never a trap, and is not remembered, so Retry loads again.
//!
//! On native targets (the tests) these functions are called directly.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::app_state::{Screen, Store};
use crate::domain::ids::LineId;
use crate::i18n::Msg;
use crate::ui::help::HelpPage;
use crate::ui::line_detail::LineDetail;
use crate::ui::line_form::LineForm;
use crate::ui::settings::Settings;

#[wasm_split(line_form, fallible, preload(preload_line_form))]
fn line_form(editing: Option<LineId>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LineForm editing /> }.into_any())
}

#[wasm_split(line_detail, fallible, preload(preload_line_detail))]
fn line_detail(id: LineId) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LineDetail id /> }.into_any())
}

#[wasm_split(settings, fallible, preload(preload_settings))]
fn settings() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Settings /> }.into_any())
}

#[wasm_split(help, fallible, preload(preload_help))]
fn help() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <HelpPage /> }.into_any())
}

/// Which module a screen is in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Module {
    LineForm,
    LineDetail,
    Settings,
    Help,
}

impl Module {
    pub const ALL: [Module; 4] = [Module::LineForm, Module::LineDetail, Module::Settings, Module::Help];
}

/// Starts loading `module` in the background, unless it is loaded already (a load in flight is
/// joined, not repeated). A failure here is left for the screen itself to report.
pub fn preload(module: Module) {
    leptos::task::spawn_local(async move {
        let _ = match module {
            Module::LineForm => preload_line_form().await,
            Module::LineDetail => preload_line_detail().await,
            Module::Settings => preload_settings().await,
            Module::Help => preload_help().await,
        };
    });
}

/// Once the page is idle after the list is up, starts loading every module.
pub fn preload_all_when_idle(store: Store) {
    store.when_idle(|| Module::ALL.into_iter().for_each(preload));
}

/// Handlers that start loading `modules` when a pointer or the keyboard focus reaches the control
/// that opens them: `on:pointerenter` and `on:focusin`.
pub fn preload_on_approach<E>(modules: &'static [Module]) -> impl Fn(E) + Clone + 'static {
    move |_: E| modules.iter().copied().for_each(preload)
}

/// The screen `screen` (not the list), loaded: nothing while its module loads, then the screen,
/// or a message with Retry if the module could not be loaded. `focus` moves the focus to the
/// screen's heading once it is shown (not on the first load: see `Store::focus_each_new_screen`).
pub fn lazy_screen(screen: Screen, focus: bool) -> impl IntoView {
    let store = expect_context::<Store>();
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        let screen = screen.clone();
        let load = SendWrapper::new(async move {
            let loaded = match screen {
                Screen::List => Ok(().into_any()),
                Screen::AddLine => line_form(None).await,
                Screen::EditLine(id) => line_form(Some(id)).await,
                Screen::LineDetail(id) => line_detail(id).await,
                Screen::Settings => settings().await,
                Screen::Help => help().await,
            };
            match loaded {
                Ok(view) => {
                    // The heading exists only now: the screen-change effect ran before it did.
                    if focus {
                        store.focus_screen_heading_soon();
                    }
                    view
                }
                Err(_) => view! {
                    <p class="banner banner-error" role="alert">
                        {store.tr(Msg::ScreenUnavailable)} " "
                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {store.tr(Msg::Retry)}
                        </button>
                    </p>
                }
                .into_any(),
            }
        });
        view! { <Suspense fallback=|| ()>{Suspend::new(load)}</Suspense> }
    }
}
