//! Settings › Backup: `Export backup`, when the last one was made (and a nudge when it is
//! time), `Import backup` from a picked or dropped file: checked whole, previewed, then
//! `Merge` or `Replace all`. A refused file says what is wrong and where; nothing is applied.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app_state::{ImportMode, PickedFile, Store};
use crate::domain::backup::{self, ImportError, MAX_BACKUP_BYTES};
use crate::domain::document::Document;
use crate::i18n::{format, Msg};

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Refused(ImportError),
    /// Read and checked: waiting for Merge or Replace all.
    Ready(Document),
}

#[component]
pub fn BackupSettings() -> impl IntoView {
    let store = expect_context::<Store>();
    let state = RwSignal::new(ImportState::Idle);
    let export_failed = RwSignal::new(false);
    let read_file = move |file: PickedFile| {
        if file.size() > MAX_BACKUP_BYTES {
            state.set(ImportState::Refused(ImportError::TooLarge { bytes: file.size() }));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = file.text().await.unwrap_or_default();
            state.set(match backup::read(&text) {
                Ok(document) => ImportState::Ready(document),
                Err(error) => ImportState::Refused(error),
            });
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(PickedFile::from_input) {
            read_file(file);
        }
        // Picking the same file again must fire `change` again.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = PickedFile::from_drop(&ev) {
            read_file(file);
        }
    };
    let apply = move |mode| {
        if let ImportState::Ready(incoming) = state.get_untracked() {
            store.import_backup(&incoming, mode);
            state.set(ImportState::Idle);
        }
    };
    view! {
        <section
            class="backup"
            aria-labelledby="backup-heading"
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            <h3 id="backup-heading">{store.tr(Msg::BackupHeading)}</h3>
            <p class="hint">{store.tr(Msg::BackupWhy)}</p>
            <LastBackup />
            <button type="button" class="button-primary" on:click=move |_| export_failed.set(store.export_backup().is_err())>
                {store.tr(Msg::ExportBackup)}
            </button>
            <Show when=move || export_failed.get()>
                <p class="field-error" role="alert">{store.tr(Msg::DownloadFailed)}</p>
            </Show>
            // The browser labels a file field's own button in its language ("Choose File"), not
            // the app's: the field is hidden and its label, drawn as a button, opens it.
            <div class="field file-picker">
                <input
                    id="import-backup"
                    class="visually-hidden"
                    type="file"
                    accept=".json,application/json"
                    on:change=on_pick
                />
                <label for="import-backup">{store.tr(Msg::ImportBackup)}</label>
                <p class="hint">{store.tr(Msg::DropBackupHint)}</p>
            </div>
            {move || match state.get() {
                ImportState::Idle => None,
                ImportState::Refused(error) => Some(
                    view! { <p class="field-error" role="alert">{move || format::import_error(store.language(), &error)}</p> }
                        .into_any(),
                ),
                ImportState::Ready(incoming) => {
                    let preview = store.with_document(|current| backup::preview(current, &incoming));
                    Some(
                        view! {
                            <div class="import-preview" role="group" aria-labelledby="import-preview-text">
                                <p id="import-preview-text">{move || format::import_preview(store.language(), preview)}</p>
                                <p class="hint">{store.tr(Msg::ImportQuestion)}</p>
                                <div class="form-actions">
                                    <button type="button" class="button-primary" on:click=move |_| apply(ImportMode::Merge)>
                                        {store.tr(Msg::Merge)}
                                    </button>
                                    <button type="button" on:click=move |_| apply(ImportMode::ReplaceAll)>
                                        {store.tr(Msg::ReplaceAll)}
                                    </button>
                                    <button type="button" on:click=move |_| state.set(ImportState::Idle)>
                                        {store.tr(Msg::Cancel)}
                                    </button>
                                </div>
                            </div>
                        }
                            .into_any(),
                    )
                }
            }}
        </section>
    }
}

/// `Last backup: 24 Nov 2026`, or that there is none; with a nudge when one is due.
#[component]
fn LastBackup() -> impl IntoView {
    let store = expect_context::<Store>();
    let last = move || match store.last_backup_on() {
        Some(day) => format::labelled(
            store.language(),
            store.text(Msg::LastBackup),
            &format::date(store.language(), day),
        ),
        None => store.text(Msg::NeverBackedUp).to_owned(),
    };
    let due = move || backup::backup_due(store.last_backup_on(), store.today.get());
    view! {
        <p>{last}</p>
        <Show when=due>
            <p class="banner">{store.tr(Msg::BackupNudge)}</p>
        </Show>
    }
}
