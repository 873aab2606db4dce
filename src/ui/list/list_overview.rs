//! Above the list: how many lines are expired, due, urgent, soon and ok, the next deadline,
//! and what a year of keeping them all costs, per currency, with what was paid per year.

use crate::domain::Code;
use strum::VariantArray;

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::cost::overview;
use crate::domain::countdown::Status;
use crate::domain::line::Line;
use crate::domain::yearly_cost::cost_per_year;
use crate::i18n::{format, Msg};
use crate::ui::widgets::cost_chart::CostChart;

#[component]
pub fn ListOverview() -> impl IntoView {
    let store = expect_context::<Store>();
    let figures = Memo::new(move |_| {
        let today = store.today.get();
        store.with_lines_shown(|lines| {
            // The next deadline still ahead (or today): the expired ones are counted above.
            let next = lines.iter().filter_map(Line::deadline).filter(|day| *day >= today).min();
            let per_year = cost_per_year(lines.iter().flat_map(|line| &line.history), today);
            (overview(lines, today), next, per_year)
        })
    });
    let counts = move || {
        let language = store.language();
        figures.with(|(overview, _, _)| {
            Status::VARIANTS
                .iter()
                .copied()
                .filter(|status| overview.count(*status) > 0)
                .map(|status| {
                    let class = format!("status-badge status-{}", status.code());
                    view! { <li class=class>{format::status_count(language, status, overview.count(status))}</li> }
                })
                .collect_view()
        })
    };
    let next = move || {
        figures.with(|(_, next, _)| {
            let language = store.language();
            next.map(|day| {
                format::labelled(language, store.text(Msg::NextDeadline), &format::date(language, day))
            })
        })
    };
    let yearly = move || {
        figures.with(|(overview, _, _)| {
            (!overview.yearly.is_empty()).then(|| {
                format::labelled(
                    store.language(),
                    store.text(Msg::PerYear),
                    &format::totals(&overview.yearly),
                )
            })
        })
    };
    view! {
        <section class="overview" aria-label=store.tr(Msg::Overview)>
            <ul class="status-counts">{counts}</ul>
            <p>{next}</p>
            <p>{yearly}</p>
            {move || figures.with(|(_, _, per_year)| view! { <CostChart costs=per_year.clone() /> })}
        </section>
    }
}
