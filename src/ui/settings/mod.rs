//! The Settings screen: one section per concern (reminders, calendar, what this browser supports, installing, theme,
//! backups, keeping the data), each its own component.

mod backup_settings;
mod browser_support;
mod calendar_export;
mod install_settings;
mod persist_settings;
mod reminder_settings;
mod theme_picker;

use leptos::prelude::*;

use self::backup_settings::BackupSettings;
use self::browser_support::BrowserSupport;
use self::calendar_export::CalendarExport;
use self::install_settings::InstallSettings;
use self::persist_settings::PersistSettings;
use self::reminder_settings::ReminderSettings;
use self::theme_picker::ThemePicker;
use crate::app_state::Store;
use crate::i18n::Msg;

#[component]
pub fn Settings() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <section class="settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading" tabindex="-1">{store.tr(Msg::Settings)}</h2>
            <p>{store.tr(Msg::DataStaysHere)}</p>
            <ReminderSettings />
            <CalendarExport />
            <BrowserSupport />
            <InstallSettings />
            <ThemePicker />
            <BackupSettings />
            <PersistSettings />
        </section>
    }
}
