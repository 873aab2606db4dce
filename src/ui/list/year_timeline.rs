//! `Next 12 months` above the list: one row per line on an axis from today to a year on, its
//! deadline marked, the window in which renewing counts and the grace period shaded; a legend
//! in words, and the same facts as a table. Folded away or not, as the user left it.
//!
//! The picture is SVG with positions in percentages, so that it fills any width while its text
//! keeps its size. A row opens its line when tapped; the list below is the keyboard's way there.

use crate::domain::Code;

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::timeline::{percent, shortened, timeline, Placement, Row, Timeline, MAX_ROWS};
use crate::i18n::format::{date, status};
use crate::i18n::text;
use crate::i18n::timeline::{date_range, month, more_lines, TimelineText};
use crate::ui::widgets::show_as_table::ShowAsTable;

/// Heights in pixels: the month names above the rows, and one row (its name and its bar).
const TOP: u32 = 20;
const ROW: u32 = 44;
/// What of a name fits a row on a 320 px phone beside its status, a CJK character counting two.
const NAME_COLUMNS: usize = 24;

#[component]
pub fn YearTimeline() -> impl IntoView {
    let store = expect_context::<Store>();
    // Not a memo: the picture is drawn again whenever the lines, the day or the language change,
    // which is when the timeline changes (a memo's code costs more wasm than it would save).
    let drawn = move || {
        let today = store.today.get();
        store.with_lines_shown(|lines| timeline(lines, today, MAX_ROWS)).map(|found| picture(store, &found))
    };
    let expanded = move || !store.timeline_collapsed();
    view! {
        <section class="year-timeline" aria-labelledby="timeline-heading">
            <h3 id="timeline-heading">
                <button
                    type="button"
                    class="disclosure"
                    aria-expanded=move || expanded().to_string()
                    on:click=move |_| store.set_timeline_collapsed(expanded())
                >
                    {store.tr(TimelineText::NextMonths)}
                </button>
            </h3>
            {move || expanded().then(drawn)}
        </section>
    }
}

fn picture(store: Store, found: &Timeline) -> impl IntoView {
    let language = store.language();
    let words = move |msg: TimelineText| text(language, msg);
    let axis = found.axis;
    let height = (TOP + ROW * found.rows.len() as u32).to_string();
    let ticks = axis
        .ticks()
        .into_iter()
        .map(|tick| view! { <line class="tick" x1=percent(tick.x) x2=percent(tick.x) y1="14" y2=height.clone() /> })
        .collect_view();
    // On a phone every other month is named (CSS hides the `minor` ones): January always is.
    let months = axis
        .month_labels()
        .into_iter()
        .map(|label| {
            let class = if label.month.is_multiple_of(2) { "month minor" } else { "month" };
            view! { <text class=class x=percent(label.x) y="12">{month(language, label.month)}</text> }
        })
        .collect_view();
    let rows =
        found.rows.iter().enumerate().map(|(index, row)| row_view(store, index as u32, row)).collect_view();
    let table_rows = found
        .rows
        .iter()
        .map(|row| {
            let grace = row
                .grace_end
                .map_or_else(|| words(TimelineText::NotKnown).to_owned(), |day| date(language, day));
            vec![
                row.name.clone(),
                date(language, row.deadline),
                status(language, row.status).to_owned(),
                date_range(language, row.window),
                grace,
            ]
        })
        .collect();
    let heads = [
        TimelineText::Line,
        TimelineText::Deadline,
        TimelineText::Status,
        TimelineText::RenewalWindow,
        TimelineText::RecoverBy,
    ]
    .map(words)
    .to_vec();
    // The legend says in words what each mark is; the swatches repeat the marks' shapes.
    let legend = [
        ("swatch swatch-window", TimelineText::RenewalWindow),
        ("swatch swatch-deadline", TimelineText::Deadline),
        ("swatch swatch-grace", TimelineText::GracePeriod),
        ("swatch swatch-today", TimelineText::Today),
    ]
    .map(|(class, msg)| view! { <li><span class=class aria-hidden="true"></span>{words(msg)}</li> });
    let more = (found.more > 0).then(|| view! { <p class="hint">{more_lines(language, found.more)}</p> });
    view! {
        <svg class="timeline" role="img" aria-label=words(TimelineText::NextMonths) width="100%" height=height.clone()>
            {ticks}
            {months}
            <line class="today" x1="0" x2="0" y1="14" y2=height.clone() />
            {rows}
        </svg>
        {more}
        <ul class="chart-legend">{legend}</ul>
        <ShowAsTable caption=words(TimelineText::NextMonths).to_owned() heads rows=table_rows />
    }
}

/// One line's row: `Name · Status` above its bar; the whole row opens the line.
fn row_view(store: Store, index: u32, row: &Row) -> impl IntoView {
    let language = store.language();
    let top = TOP + ROW * index;
    let bar = top + 22;
    let mut label = shortened(&row.name, NAME_COLUMNS);
    label.push_str(" · ");
    label.push_str(status(language, row.status));
    let window = row.window_span.map(|span| {
        view! { <rect class="window" x=percent(span.from) width=percent(span.width()) y=bar.to_string() height="12" /> }
    });
    // The grace period is a thin bar, so that it differs from the window by shape too.
    let grace = row.grace_span.map(|span| {
        view! { <rect class="grace" x=percent(span.from) width=percent(span.width()) y=(bar + 4).to_string() height="4" /> }
    });
    // A deadline off the axis is a hollow mark at the end it lies beyond.
    let (x, class) = match row.deadline_at {
        Placement::At(x) => (x, "deadline"),
        Placement::Before => (0, "deadline off-axis"),
        Placement::After => (crate::domain::timeline::WIDTH, "deadline off-axis"),
    };
    let id = row.id.clone();
    view! {
        <g class=format!("timeline-row status-{}", row.status.code()) on:click=move |_| store.open_line(id.clone(), false)>
            <rect class="row-area" x="0" y=top.to_string() width="100%" height=ROW.to_string() />
            <text class="row-name" x="6" y=(top + 15).to_string()>{label}</text>
            <line class="track" x1="0" x2="100%" y1=(bar + 6).to_string() y2=(bar + 6).to_string() />
            {window}
            {grace}
            <circle class=class cx=percent(x) cy=(bar + 6).to_string() r="6" />
        </g>
    }
}
