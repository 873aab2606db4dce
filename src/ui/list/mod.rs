//! The list of lines, nearest deadline first, with the overview, the year timeline and the filters.

mod ios_storage_notice;
mod line_card;
mod line_filters;
mod line_list;
mod list_overview;
mod year_timeline;

pub use line_list::LineList;
