//! The list of lines, nearest deadline first, or the empty state that explains the app.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::ios_storage_notice::IosStorageNotice;
use super::line_card::LineCard;
use super::line_filters::LineFilters;
use super::list_overview::ListOverview;
use super::year_timeline::YearTimeline;
use crate::app_state::{Screen, Store};
use crate::domain::ids::LineId;
use crate::domain::line::Line;
use crate::domain::line_query::{find, LineQuery};
use crate::i18n::reminders::PwaText;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::{format, Msg};
use crate::ui::shell::lazy_screens::{preload_on_approach, Module};
use crate::ui::widgets::export_notice::ExportNotice;

/// How many cards the list renders at first, and adds per `Show more`: the nearest deadlines
/// come first, a phone shows four or five, and every card rendered makes each visit and each
/// change slower.
pub const PAGE: usize = 20;

#[component]
pub fn LineList() -> impl IntoView {
    let store = expect_context::<Store>();
    let query = RwSignal::new(LineQuery::default());
    let has_lines = Memo::new(move |_| store.with_lines_shown(|lines| !lines.is_empty()));
    let shown = RwSignal::new(PAGE);
    // The lines found, in order: only the first `shown` are cloned out of the document (with
    // 2,000 lines, cloning them all on every tick was most of a tick's work), and the count.
    let found = Memo::new(move |_| {
        let language = store.language();
        let shown = shown.get();
        query.with(|query| {
            // Deadlines are dates, so the order does not move when the day turns: only a
            // status filter makes the list depend on today (no re-sort of every line at midnight).
            let today = if query.status.is_some() { store.today.get() } else { store.today.get_untracked() };
            store.with_lines_shown(|lines| {
                let found = find(lines, query, today, |code| format::country(language, code));
                let count = found.len();
                (found.into_iter().take(shown).cloned().collect::<Vec<Line>>(), count)
            })
        })
    });
    let visible = move || found.with(|(visible, _)| visible.clone());
    let hidden = move || found.with(|(visible, count)| count - visible.len());
    let show_more = move || {
        let hidden = hidden();
        (hidden > 0).then(|| {
            let label = move || format::show_more_lines(store.language(), hidden.min(PAGE), hidden);
            view! {
                <button type="button" class="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {label}
                </button>
            }
        })
    };

    view! {
        <section class="line-list-section" aria-labelledby="lines-heading">
            <div class="section-header">
                <h2 id="lines-heading" tabindex="-1">{store.tr(Msg::Lines)}</h2>
                <button
                    type="button"
                    class="button-primary"
                    on:click=move |_| store.screen.set(Screen::AddLine)
                    on:pointerenter=preload_on_approach(&[Module::LineForm])
                    on:focusin=preload_on_approach(&[Module::LineForm])
                >
                    {store.tr(Msg::AddLine)}
                </button>
            </div>
            <IosStorageNotice />
            <ExportNotice
                when=Signal::derive(move || store.backup_older_than_data())
                text=SafeText::BackupOlderThanData
                button=Msg::ExportBackup
                export=Store::export_backup
            />
            <ExportNotice
                when=Signal::derive(move || store.exported_calendar_outdated())
                text=SafeText::CalendarOutdated
                button=PwaText::ExportCalendar
                export=Store::export_calendar
            />
            <Show
                when=move || has_lines.get()
                fallback=move || {
                    view! {
                        <div class="empty-state">
                            <p class="purpose">{store.tr(Msg::AppPurpose)}</p>
                            <p>{store.tr(Msg::EmptyList)}</p>
                        </div>
                    }
                }
            >
                <ListOverview />
                <YearTimeline />
                <LineFilters query />
                <Show when=move || found.with(|(_, count)| *count == 0)>
                    <p class="hint" role="status">{store.tr(Msg::NoLineMatches)}</p>
                </Show>
                <ul class="line-list" aria-label=store.tr(Msg::Lines)>
                    // Keyed by what a card shows, so an edited line's card is rebuilt, the rest
                    // are kept, and a checklist tick (not shown on the card) rebuilds none.
                    <For each=visible key=card_key let:line>
                        <LineCard line />
                    </For>
                </ul>
                {show_more}
            </Show>
        </section>
    }
}

/// Everything a card shows of its line (the card reads these once, when it is built).
fn card_key(line: &Line) -> (LineId, String, String, String, String, Option<NaiveDate>) {
    let Line { id, name, number, country, operator, .. } = line;
    (id.clone(), name.clone(), number.clone(), country.clone(), operator.clone(), line.deadline())
}
