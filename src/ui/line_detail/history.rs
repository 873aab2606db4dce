//! The line's renewals, newest first; each can be edited (the same form as recording) or
//! deleted after a confirmation, and the deadline follows from what remains.

use leptos::prelude::*;

use super::line_memo::LineMemo;
use super::renewal_form::RenewalForm;
use crate::app_state::Store;
use crate::domain::ids::{EntryId, LineId};
use crate::domain::renewal::{newest_first, Renewal};
use crate::i18n::operators::late_by;
use crate::i18n::{format, Msg};
use crate::ui::widgets::edit_delete_actions::EditDeleteActions;

#[component]
pub fn HistorySection(line: LineMemo, id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let entries = move || {
        line.with(|line| {
            line.as_ref()
                .map(|l| newest_first(&l.history).into_iter().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let editing = RwSignal::new(None::<EntryId>);
    let id = StoredValue::new(id);
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h3 id="history-heading">{store.tr(Msg::HistoryHeading)}</h3>
            <Show
                when=move || line.with(|line| line.as_ref().is_some_and(|l| !l.history.is_empty()))
                fallback=move || view! { <p class="hint">{store.tr(Msg::NoHistory)}</p> }
            >
                <ul class="history-list" aria-labelledby="history-heading">
                    <For each=entries key=|entry: &Renewal| entry.clone() let:entry>
                        <HistoryEntry entry line line_id=id.get_value() editing />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn HistoryEntry(
    entry: Renewal,
    line: LineMemo,
    line_id: LineId,
    editing: RwSignal<Option<EntryId>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let entry_id = entry.id.clone();
    let is_editing = {
        let entry_id = entry_id.clone();
        move || editing.with(|id| id.as_ref() == Some(&entry_id))
    };
    let summary = {
        let entry = entry.clone();
        move || {
            let language = store.language();
            let parts = [
                Some(format::date(language, entry.date)),
                Some(format::action(language, entry.action)),
                entry.amount.as_ref().map(|money| format::money(money.minor, &money.currency)),
                entry.channel.map(|channel| format::channel(language, channel).to_owned()),
            ];
            parts.into_iter().flatten().collect::<Vec<_>>().join(" · ")
        }
    };
    let note = (!entry.note.is_empty()).then(|| entry.note.clone());
    let late = {
        let entry = entry.clone();
        move || {
            let days = line.with(|line| line.as_ref().and_then(|line| line.late_by(&entry)))?;
            Some(view! { <p class="late">{late_by(store.language(), days)}</p> })
        }
    };
    let on_edit = {
        let entry_id = entry_id.clone();
        Callback::new(move |()| editing.set(Some(entry_id.clone())))
    };
    let on_delete = {
        let (line_id, entry_id) = (line_id.clone(), entry_id);
        Callback::new(move |()| store.delete_entry(&line_id, &entry_id))
    };
    view! {
        <li class="history-entry">
            <Show
                when=is_editing.clone()
                fallback=move || {
                    view! {
                        <p>{summary.clone()}</p>
                        {late.clone()}
                        {note.clone().map(|note| view! { <p class="hint">{note}</p> })}
                        <EditDeleteActions question=Msg::ConfirmDeleteEntryQuestion on_edit on_delete />
                    }
                }
            >
                <RenewalForm
                    line
                    line_id=line_id.clone()
                    editing=Some(entry.clone())
                    id_prefix="entry"
                    on_done=Callback::new(move |()| editing.set(None))
                />
            </Show>
        </li>
    }
}
