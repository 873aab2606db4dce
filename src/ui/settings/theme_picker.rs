//! The `Theme` select in Settings: follow the system, or always light, or always dark.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::document::Theme;
use crate::i18n::Msg;

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
    // The empty value stands for "follow the system".
    let on_change = move |ev| store.set_theme(Theme::from_code(&event_target_value(&ev)));
    let choices = [None, Some(Theme::Light), Some(Theme::Dark)];
    view! {
        <div class="field">
            <label for="theme">{store.tr(Msg::Theme)}</label>
            <select id="theme" on:change=on_change>
                {choices
                    .map(|theme| {
                        view! {
                            <option
                                value=theme.map_or("", Theme::code)
                                prop:selected=move || store.theme() == theme
                            >
                                {store.tr(theme_name(theme))}
                            </option>
                        }
                    })}
            </select>
        </div>
    }
}
