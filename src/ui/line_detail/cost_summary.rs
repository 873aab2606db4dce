//! `Cost`: what the line cost in the last 12 months, what a year of keeping it costs, and what
//! was paid per calendar year.

use leptos::prelude::*;

use super::line_memo::LineMemo;
use crate::app_state::Store;
use crate::domain::cost::{estimated_yearly, spent_last_12_months};
use crate::domain::money::Totals;
use crate::domain::yearly_cost::cost_per_year;
use crate::i18n::{format, Msg};
use crate::ui::widgets::cost_chart::CostChart;

#[component]
pub fn CostSummary(line: LineMemo) -> impl IntoView {
    let store = expect_context::<Store>();
    let figures = Memo::new(move |_| {
        let today = store.today.get();
        line.with(|line| {
            line.as_ref().map_or((Totals::new(), Totals::new(), Vec::new()), |line| {
                let spent = spent_last_12_months(&line.history, today);
                (spent, estimated_yearly(line, today), cost_per_year(&line.history, today))
            })
        })
    });
    let shown = |totals: &Totals| if totals.is_empty() { "—".to_owned() } else { format::totals(totals) };
    view! {
        <section class="cost" aria-labelledby="cost-heading">
            <h3 id="cost-heading">{store.tr(Msg::CostHeading)}</h3>
            <Show
                when=move || figures.with(|(spent, yearly, _)| !spent.is_empty() || !yearly.is_empty())
                fallback=move || view! { <p class="hint">{store.tr(Msg::NoAmounts)}</p> }
            >
                <dl class="cost-figures">
                    <dt>{store.tr(Msg::SpentLast12Months)}</dt>
                    <dd>{move || figures.with(|(spent, _, _)| shown(spent))}</dd>
                    <dt>{store.tr(Msg::EstimatedYearly)}</dt>
                    <dd>{move || figures.with(|(_, yearly, _)| shown(yearly))}</dd>
                </dl>
                {move || figures.with(|(_, _, per_year)| view! { <CostChart costs=per_year.clone() /> })}
            </Show>
        </section>
    }
}
