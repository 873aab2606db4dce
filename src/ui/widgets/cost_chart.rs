//! `Cost per year`: per currency (never converted), a small bar chart of the money recorded in
//! renewals per calendar year, the yearly average and the cost per month kept alive, and the
//! same figures as a table. It draws the figures it is given; its parent draws it again when they change.

use leptos::prelude::*;

use super::show_as_table::ShowAsTable;
use crate::app_state::Store;
use crate::domain::money::decimal_text;
use crate::domain::timeline::percent;
use crate::domain::yearly_cost::{CurrencyYears, FULL_HEIGHT};
use crate::i18n::format::money;
use crate::i18n::text;
use crate::i18n::timeline::{averages, cost_per_year, TimelineText};

/// Pixels: room for the amounts above the bars, the tallest bar, and the years below.
const TOP: u32 = 16;
const BARS: u32 = 80;
const HEIGHT: u32 = TOP + BARS + 20;

#[component]
pub fn CostChart(costs: Vec<CurrencyYears>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let language = store.language();
        costs
                .iter()
                .map(|cost| {
                    let name = cost_per_year(language, &cost.currency);
                    let currency = cost.currency.as_str();
                    let bars = cost
                        .bars
                        .iter()
                        .map(|bar| {
                            // A year with any payment gets a visible bar, however small.
                            let mut height = bar.height * BARS / FULL_HEIGHT;
                            if bar.minor > 0 {
                                height = height.max(2);
                            }
                            let y = TOP + BARS - height;
                            view! {
                                <rect class="bar" x=percent(bar.bar_from) width=percent(bar.bar_width) y=y.to_string() height=height.to_string() />
                                <text class="bar-value" x=percent(bar.middle) y=(y - 4).to_string()>{decimal_text(bar.minor, currency)}</text>
                                <text class="bar-year" x=percent(bar.middle) y=(HEIGHT - 4).to_string()>{bar.year.to_string()}</text>
                            }
                        })
                        .collect_view();
                    let rows = cost.bars.iter().map(|bar| vec![bar.year.to_string(), money(bar.minor, currency)]).collect();
                    let heads = vec![text(language, TimelineText::Year), text(language, TimelineText::Amount)];
                    view! {
                        <figure class="cost-chart">
                            <figcaption>
                                <strong>{name.clone()}</strong>
                                <span>{averages(language, currency, cost.average_per_year, cost.per_month)}</span>
                            </figcaption>
                            <svg role="img" aria-label=name.clone() width="100%" height=HEIGHT.to_string()>
                                <line class="baseline" x1="0" x2="100%" y1=(TOP + BARS).to_string() y2=(TOP + BARS).to_string() />
                                {bars}
                            </svg>
                            <ShowAsTable caption=name heads rows />
                        </figure>
                    }
                })
            .collect_view()
    }
}
