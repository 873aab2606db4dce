//! Above a list of lines: `Search` (name, number, operator or country), `Status`, `Sort by`.

use leptos::prelude::*;
use strum::VariantArray;

use crate::app_state::Store;
use crate::domain::countdown::Status;
use crate::domain::line_query::{LineQuery, SortOrder};
use crate::domain::Code;
use crate::i18n::{format, Msg};
use crate::ui::widgets::search_field::SearchField;
use crate::ui::widgets::select_field::{Choice, SelectField};

#[component]
pub fn LineFilters(query: RwSignal<LineQuery>) -> impl IntoView {
    let store = expect_context::<Store>();
    let statuses = move || {
        let language = store.language();
        let all = Choice::new(None, "", store.text(Msg::AllStatuses));
        let each = Status::VARIANTS
            .iter()
            .map(|&status| Choice::new(Some(status), status.code(), format::status(language, status)));
        std::iter::once(all).chain(each).collect::<Vec<_>>()
    };
    let orders = move || {
        SortOrder::VARIANTS
            .iter()
            .map(|&order| Choice::new(order, order.code(), store.text(sort_name(order))))
            .collect::<Vec<_>>()
    };
    view! {
        <div class="line-filters" role="search">
            <SearchField
                id="line-search"
                label=Msg::Search
                placeholder=Msg::SearchHint
                class="search"
                value=Signal::derive(move || query.with(|q| q.text.clone()))
                on_input=Callback::new(move |typed| query.update(|q| q.text = typed))
            />
            <SelectField
                id="line-status"
                label=Msg::StatusFilter
                selected=move || query.with(|q| q.status)
                on_select=move |status| query.update(|q| q.status = status)
                choices=statuses
            />
            <SelectField
                id="line-sort"
                label=Msg::SortBy
                selected=move || query.with(|q| q.sort)
                on_select=move |order| query.update(|q| q.sort = order)
                choices=orders
            />
        </div>
    }
}

fn sort_name(order: SortOrder) -> Msg {
    match order {
        SortOrder::Deadline => Msg::SortDeadline,
        SortOrder::Name => Msg::SortName,
        SortOrder::Country => Msg::SortCountry,
    }
}
