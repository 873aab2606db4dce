//! Settings › Calendar: `Export calendar`, an .ics file the phone's calendar imports, with an
//! alarm at each lead time: the one reminder that needs no browser at all.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::i18n::reminders::PwaText;
use crate::i18n::Msg;

#[component]
pub fn CalendarExport() -> impl IntoView {
    let store = expect_context::<Store>();
    let failed = RwSignal::new(false);
    view! {
        <section class="calendar" aria-labelledby="calendar-heading">
            <h3 id="calendar-heading">{store.tr(PwaText::CalendarHeading)}</h3>
            <p class="hint">{store.tr(PwaText::CalendarWhy)}</p>
            <button type="button" on:click=move |_| failed.set(store.export_calendar().is_err())>
                {store.tr(PwaText::ExportCalendar)}
            </button>
            <Show when=move || failed.get()>
                <p class="field-error" role="alert">{store.tr(Msg::DownloadFailed)}</p>
            </Show>
        </section>
    }
}
