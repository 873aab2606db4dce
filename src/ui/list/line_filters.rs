//! Above a list of lines: `Search` (name, number, operator or country), `Status`, `Sort by`.

use leptos::prelude::*;

use crate::app_state::Store;
use crate::domain::countdown::Status;
use crate::domain::line_query::{LineQuery, SortOrder};
use crate::i18n::{format, Msg};

#[component]
pub fn LineFilters(query: RwSignal<LineQuery>) -> impl IntoView {
    let store = expect_context::<Store>();
    let status_options = move || {
        let language = store.language();
        let all = view! {
            <option value="" prop:selected=move || query.with(|q| q.status.is_none())>
                {store.text(Msg::AllStatuses)}
            </option>
        };
        let each = Status::ALL.map(|status| {
            view! {
                <option value=status.code() prop:selected=move || query.with(|q| q.status == Some(status))>
                    {format::status(language, status)}
                </option>
            }
        });
        (all, each)
    };
    let sort_name = |order| match order {
        SortOrder::Deadline => Msg::SortDeadline,
        SortOrder::Name => Msg::SortName,
        SortOrder::Country => Msg::SortCountry,
    };
    view! {
        <div class="line-filters" role="search">
            <div class="field search">
                <label for="line-search">{store.tr(Msg::Search)}</label>
                <input
                    id="line-search"
                    type="search"
                    autocomplete="off"
                    placeholder=store.tr(Msg::SearchHint)
                    on:input=move |ev| query.update(|q| q.text = event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for="line-status">{store.tr(Msg::StatusFilter)}</label>
                <select
                    id="line-status"
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        query.update(|q| q.status = Status::ALL.into_iter().find(|s| s.code() == code));
                    }
                >
                    {status_options}
                </select>
            </div>
            <div class="field">
                <label for="line-sort">{store.tr(Msg::SortBy)}</label>
                <select
                    id="line-sort"
                    on:change=move |ev| {
                        let order = SortOrder::from_code(&event_target_value(&ev)).unwrap_or_default();
                        query.update(|q| q.sort = order);
                    }
                >
                    {SortOrder::ALL.map(|order| view! { <option value=order.code()>{store.tr(sort_name(order))}</option> })}
                </select>
            </div>
        </div>
    }
}
