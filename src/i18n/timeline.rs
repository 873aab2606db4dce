//! The words of the year at a glance (the timeline of the next 12 months) and of the cost per
//! year chart, their tables and legends, in both languages.

use super::format::{date, money};
use super::text;
use crate::domain::document::Language;
use crate::domain::timeline::DateRange;

catalogue! {
    TimelineText,
    NextMonths => "Next 12 months", "未来 12 个月";
    CostPerYear => "Cost per year", "逐年费用";
    ShowAsTable => "Show as table", "以表格显示";
    Today => "Today", "今天";
    Line => "Line", "号码";
    Deadline => "Deadline", "到期日";
    Status => "Status", "状态";
    RenewalWindow => "Renewal window", "续费时段";
    GracePeriod => "Grace period", "宽限期";
    RecoverBy => "Recover by", "最晚恢复日期";
    NotKnown => "Not known", "未知";
    Year => "Year", "年份";
    Amount => "Amount", "金额";
    AveragePerYear => "Average per year", "年均";
    PerMonthKeptAlive => "Per month kept alive", "每月保号费用";
}

const MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_ZH: [&str; 12] =
    ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];

/// A month's short name on the axis: `Jan`, `1月` (`month` is 1–12).
pub fn month(language: Language, month: u32) -> &'static str {
    let index = (month.clamp(1, 12) - 1) as usize;
    match language {
        Language::English => MONTHS_EN[index],
        Language::SimplifiedChinese => MONTHS_ZH[index],
    }
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
    match (language, more) {
        (Language::English, 1) => "1 more line with a later deadline".into(),
        (Language::English, n) => format!("{n} more lines with later deadlines"),
        (Language::SimplifiedChinese, n) => format!("还有 {n} 个号码的到期日更晚"),
    }
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
