//! Traditional Chinese (繁體中文), as written in Hong Kong, Macao and Taiwan.

mod features;
mod formats;
mod messages;

use super::catalogue::Catalogue;

pub const CATALOGUE: Catalogue = Catalogue {
    name: "繁體中文",
    note_tag: "zh-Hant",
    msg: messages::text,
    pwa: features::pwa,
    help: features::help,
    safe: features::safe,
    timeline: features::timeline,
    operator: features::operator,
    step: features::step,
    country: features::country,
    currency: features::currency,
    label_separator: "：",
    sentence_stop: "。",
    date: formats::date,
    month: formats::month,
    more_lines: formats::more_lines,
    countdown: formats::countdown,
    recover_days_left: formats::recover_days_left,
    recover_by: formats::recover_by,
    show_more_lines: formats::show_more_lines,
    period: formats::period,
    periodic_rule: formats::periodic_rule,
    too_many_decimals: formats::too_many_decimals,
    too_long: formats::too_long,
    period_out_of_range: formats::period_out_of_range,
    grace_days_out_of_range: formats::grace_days_out_of_range,
    progress: formats::progress,
    hide_step: formats::hide_step,
    import_preview: formats::import_preview,
    file_too_large: formats::file_too_large,
    import_place: formats::import_place,
    renew_by_left: formats::renew_by_left,
    renew_by: formats::renew_by,
    last_day_to_recover: formats::last_day_to_recover,
    calendar_summary: formats::calendar_summary,
    calendar_grace_alarm: formats::calendar_grace_alarm,
    calendar_description: formats::calendar_description,
    grace_days: formats::grace_days,
    checked_on: formats::checked_on,
    late_by: formats::late_by,
    either: formats::either,
    status_change: formats::status_change,
};
