//! The words of the year at a glance (the timeline of the next 12 months) and of the cost per
//! year chart, their tables and legends, in every language.

use super::format::{date, money};
use super::{catalogue, text};
use crate::domain::document::Language;
use crate::domain::timeline::DateRange;

pub use super::timeline_text::TimelineText;

/// A month's short name on the axis: `Jan`, `1月` (`month` is 1–12).
pub fn month(language: Language, month: u32) -> &'static str {
    (catalogue(language).month)(month.clamp(1, 12))
}

/// `25 Oct 2026 – 24 Nov 2026`.
pub fn date_range(language: Language, range: DateRange) -> String {
    let mut text = date(language, range.from);
    text.push_str(" – ");
    text.push_str(&date(language, range.to));
    text
}

/// Under a timeline that does not draw every line: `3 more lines with later deadlines`.
pub fn more_lines(language: Language, more: usize) -> String {
    (catalogue(language).more_lines)(more)
}

/// The name of one currency's chart and table: `Cost per year: EUR`.
pub fn cost_per_year(language: Language, currency: &str) -> String {
    super::format::labelled(language, text(language, TimelineText::CostPerYear), currency)
}

/// `Average per year: €15.03 · Per month kept alive: €1.25`.
pub fn averages(language: Language, currency: &str, per_year: i64, per_month: i64) -> String {
    let labelled = super::format::labelled;
    let mut line =
        labelled(language, text(language, TimelineText::AveragePerYear), &money(per_year, currency));
    line.push_str(" · ");
    line.push_str(&labelled(
        language,
        text(language, TimelineText::PerMonthKeptAlive),
        &money(per_month, currency),
    ));
    line
}
