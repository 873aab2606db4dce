//! The Settings screen: one section per concern (reminders, calendar, what this browser supports, installing, theme,
//! backups, keeping the data), each its own component.

use leptos::prelude::*;

use super::backup_settings::BackupSettings;
use super::browser_support::BrowserSupport;
use super::calendar_export::CalendarExport;
use super::install_settings::InstallSettings;
use super::persist_settings::PersistSettings;
use super::reminder_settings::ReminderSettings;
use super::theme_picker::ThemePicker;
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
