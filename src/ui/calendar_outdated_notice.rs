//! After a renewal is recorded, one line offering `Export calendar` again: the phone's
//! calendar still holds the old deadline until the file is imported anew.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::reminders::PwaText;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::Msg;

#[component]
pub fn CalendarOutdatedNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let failed = RwSignal::new(false);
    view! {
        <Show when=move || store.calendar_outdated.get()>
            <p class="notice-line">
                {store.tr(SafeText::CalendarOutdated)}
                " "
                <button type="button" class="button-quiet" on:click=move |_| failed.set(store.export_calendar().is_err())>
                    {store.tr(PwaText::ExportCalendar)}
                </button>
            </p>
            <Show when=move || failed.get()>
                <p class="field-error" role="alert">{store.tr(Msg::DownloadFailed)}</p>
            </Show>
        </Show>
    }
}
