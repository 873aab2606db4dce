//! One line in full: its rules with their own deadlines, the line's countdown, the renewal
//! checklist, recording a renewal, the history and the cost.
//!
//! Every part reads the line through one memo, so a tick or a renewal updates what changed
//! and never rebuilds a form the user is typing in.

mod checklist;
mod cost_summary;
mod history;
mod keep_alive_facts;
mod line_memo;
mod renewal_form;

use leptos::prelude::*;

use self::checklist::ChecklistSection;
use self::cost_summary::CostSummary;
use self::history::HistorySection;
use self::keep_alive_facts::KeepAliveFacts;
use self::line_memo::LineMemo;
use self::renewal_form::RenewalForm;
use crate::app_state::{Screen, Store};
use crate::domain::ids::LineId;
use crate::domain::line::Line;
use crate::domain::rule::Rule;
use crate::i18n::reminders::PwaText;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::{format, Msg};
use crate::ui::widgets::export_notice::ExportNotice;
use crate::ui::widgets::line_countdown::{line_details, status_class, LineCountdown};
use crate::ui::widgets::reminder_controls::ReminderControls;

#[component]
pub fn LineDetail(id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let line_id = id.clone();
    let line: LineMemo = Memo::new(move |_| store.line(&line_id));
    let deadline = Memo::new(move |_| line.with(|line| line.as_ref().and_then(Line::deadline)));
    let countdown = Memo::new(move |_| line.with(|line| line.as_ref()?.countdown(store.today.get())));
    // A memo, so that a checklist tick (which changes the line, not its rules) rebuilds nothing here.
    let rules =
        Memo::new(move |_| line.with(|line| line.as_ref().map(Line::effective_rules).unwrap_or_default()));
    let read = move |field: fn(&Line) -> String| {
        move || line.with(|line| line.as_ref().map(field).unwrap_or_default())
    };
    let recording = RwSignal::new(false);
    // A notification's `Record renewal` opens the form, also on a detail already shown.
    let asked_for = id.clone();
    Effect::new(move |_| {
        if store.renewal_asked.with(|asked| asked.as_ref() == Some(&asked_for)) {
            store.renewal_asked.set(None);
            recording.set(true);
        }
    });
    let calendar_line = id.clone();
    let export_line_calendar = move |_| {
        if let Err(refused) = store.export_line_calendar(&calendar_line) {
            leptos::logging::debug_warn!("{refused}");
        }
    };
    let form_line_id = StoredValue::new(id.clone());
    view! {
        <section class="line-detail" aria-labelledby="detail-heading">
            <button type="button" class="button-quiet back" on:click=move |_| store.screen.set(Screen::List)>
                {store.tr(Msg::BackToLines)}
            </button>
            <div class=move || format!("line-card detail-summary {}", status_class(countdown)())>
                <h2 id="detail-heading" tabindex="-1">{read(|line| line.name.clone())}</h2>
                <p class="line-number">{read(|line| line.number.clone())}</p>
                <p class="line-details">
                    {move || line.with(|line| line.as_ref().map(|line| line_details(store, line)()))}
                </p>
                {move || deadline.get().map(|day| view! { <LineCountdown countdown deadline=Some(day) /> })}
                <ReminderControls id=id.clone() />
                <button type="button" class="button-quiet" on:click=export_line_calendar>
                    {store.tr(PwaText::ExportLineCalendar)}
                </button>
            </div>
            <section aria-labelledby="rules-heading">
                <h3 id="rules-heading">{store.tr(Msg::LineDetailRules)}</h3>
                <ul class="rule-list">
                    {move || rules.get().into_iter().map(|rule| view! { <RuleItem rule /> }).collect_view()}
                </ul>
                <KeepAliveFacts line />
            </section>
            <ChecklistSection line id=id.clone() />
            <Show
                when=move || recording.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button-primary record" on:click=move |_| recording.set(true)>
                            {store.tr(Msg::RecordRenewal)}
                        </button>
                    }
                }
            >
                <RenewalForm
                    line
                    line_id=form_line_id.get_value()
                    editing=None
                    id_prefix="renewal"
                    on_done=Callback::new(move |()| recording.set(false))
                />
            </Show>
            <ExportNotice
                when=store.calendar_outdated
                text=SafeText::CalendarOutdated
                button=PwaText::ExportCalendar
                export=Store::export_calendar
            />
            <HistorySection line id=id.clone() />
            <CostSummary line />
        </section>
    }
}

/// `Top up every 12 months — Deadline 1 Dec 2026`.
#[component]
fn RuleItem(rule: Rule) -> impl IntoView {
    let store = expect_context::<Store>();
    let deadline = rule.deadline();
    let text = move || {
        let language = store.language();
        let deadline =
            deadline.map(|day| format!(" — {} {}", store.text(Msg::Deadline), format::date(language, day)));
        format!("{}{}", format::rule(language, &rule), deadline.unwrap_or_default())
    };
    view! { <li>{text}</li> }
}
