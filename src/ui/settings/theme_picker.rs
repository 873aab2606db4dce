//! The `Theme` select in Settings: follow the system, or always light, or always dark.

use crate::domain::Code;

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::document::Theme;
use crate::i18n::Msg;
use crate::ui::widgets::select_field::{Choice, SelectField};

fn theme_name(theme: Option<Theme>) -> Msg {
    match theme {
        None => Msg::ThemeSystem,
        Some(Theme::Light) => Msg::ThemeLight,
        Some(Theme::Dark) => Msg::ThemeDark,
    }
}

#[component]
pub fn ThemePicker() -> impl IntoView {
    let store = expect_context::<Store>();
    // The empty code stands for "follow the system".
    let themes = move || {
        [None, Some(Theme::Light), Some(Theme::Dark)]
            .map(|theme| Choice::new(theme, theme.map_or("", Theme::code), store.text(theme_name(theme))))
            .to_vec()
    };
    view! {
        <SelectField
            id="theme"
            label=Msg::Theme
            selected=move || store.theme()
            on_select=move |theme| store.set_theme(theme)
            choices=themes
        />
    }
}
