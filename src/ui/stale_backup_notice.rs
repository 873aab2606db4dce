//! On the list, one line when the lines changed since a backup that is over 30 days old, with
//! `Export backup` right there (Settings' own nudge covers a backup never made).

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::Msg;

#[component]
pub fn StaleBackupNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let failed = RwSignal::new(false);
    view! {
        <Show when=move || store.backup_older_than_data()>
            <p class="notice-line">
                {store.tr(SafeText::BackupOlderThanData)}
                " "
                <button type="button" class="button-quiet" on:click=move |_| failed.set(store.export_backup().is_err())>
                    {store.tr(Msg::ExportBackup)}
                </button>
            </p>
            <Show when=move || failed.get()>
                <p class="field-error" role="alert">{store.tr(Msg::DownloadFailed)}</p>
            </Show>
        </Show>
    }
}
