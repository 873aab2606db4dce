//! Messages that carry numbers, dates or names, formatted per language.

use chrono::{Datelike, NaiveDate};

use super::{text, Msg};
use crate::domain::countdown::{Countdown, Status};
use crate::domain::document::Language;
use crate::domain::operators::SuggestedRule;
use crate::domain::period::{Period, PeriodUnit};
use crate::domain::reminders::LeadTimesProblem;
use crate::domain::rule::{Rule, RuleKind};
use crate::domain::validation::{Field, Problem};

const MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A day as people write it: `1 Dec 2026`, `2026年12月1日`.
pub fn date(language: Language, day: NaiveDate) -> String {
    match language {
        Language::English => {
            format!("{} {} {}", day.day(), MONTHS_EN[day.month0() as usize], day.year())
        }
        Language::SimplifiedChinese => {
            format!("{}年{}月{}日", day.year(), day.month(), day.day())
        }
    }
}

/// `N days left`, `1 day left`, `Due today`, `Expired 1 day ago`, `Expired N days ago`; within
/// a grace period, `N days left to recover`.
pub fn countdown(language: Language, countdown: Countdown) -> String {
    if let Some(left) = countdown.recover_days_left() {
        return recover_days_left(language, left);
    }
    let days = countdown.days_left;
    match (language, days) {
        (Language::English, 0) => "Due today".into(),
        (Language::English, 1) => "1 day left".into(),
        (Language::English, -1) => "Expired 1 day ago".into(),
        (Language::English, d) if d > 0 => format!("{d} days left"),
        (Language::English, d) => format!("Expired {} days ago", -d),
        (Language::SimplifiedChinese, 0) => "今天到期".into(),
        (Language::SimplifiedChinese, d) if d > 0 => format!("还剩 {d} 天"),
        (Language::SimplifiedChinese, d) => format!("已过期 {} 天", -d),
    }
}

/// `80 days left to recover`, `1 day left to recover`, `Last day to recover`.
fn recover_days_left(language: Language, left: i64) -> String {
    match (language, left) {
        (Language::English, 0) => "Last day to recover".into(),
        (Language::English, 1) => "1 day left to recover".into(),
        (Language::English, d) => format!("{d} days left to recover"),
        (Language::SimplifiedChinese, 0) => "今天是恢复号码的最后一天".into(),
        (Language::SimplifiedChinese, d) => format!("还剩 {d} 天可恢复号码"),
    }
}

/// `Recover by 9 Feb 2027`: the last day of the grace period.
pub fn recover_by(language: Language, day: NaiveDate) -> String {
    match language {
        Language::English => format!("Recover by {}", date(language, day)),
        Language::SimplifiedChinese => format!("最晚 {} 恢复", date(language, day)),
    }
}

/// The button under a long list: `Show 50 more (1,950 not shown)`.
pub fn show_more_lines(language: Language, next: usize, hidden: usize) -> String {
    match language {
        Language::English => format!("Show {next} more ({hidden} not shown)"),
        Language::SimplifiedChinese => format!("再显示 {next} 个（还有 {hidden} 个未显示）"),
    }
}

pub fn status(language: Language, status: Status) -> &'static str {
    let msg = match status {
        Status::Ok => Msg::StatusOk,
        Status::Soon => Msg::StatusSoon,
        Status::Urgent => Msg::StatusUrgent,
        Status::Due => Msg::StatusDue,
        Status::Expired => Msg::StatusExpired,
        Status::Suspended => Msg::StatusSuspended,
    };
    text(language, msg)
}

pub fn rule_kind(language: Language, kind: RuleKind) -> &'static str {
    let msg = match kind {
        RuleKind::TopUpEvery => Msg::RuleTopUpEvery,
        RuleKind::UseEvery => Msg::RuleUseEvery,
        RuleKind::FixedExpiry => Msg::RuleFixedExpiry,
    };
    text(language, msg)
}

pub fn unit(language: Language, unit: PeriodUnit) -> &'static str {
    text(
        language,
        match unit {
            PeriodUnit::Days => Msg::Days,
            PeriodUnit::Months => Msg::Months,
        },
    )
}

/// `every 12 months`, `每 12 个月`.
pub fn period(language: Language, period: Period) -> String {
    let unit = unit(language, period.unit);
    match language {
        Language::English => format!("every {} {unit}", period.count),
        Language::SimplifiedChinese => format!("每 {} {unit}", period.count),
    }
}

/// One rule in a sentence: `Top up every 12 months`, `Fixed expiry date: 1 Dec 2026`.
pub fn rule(language: Language, rule: &Rule) -> String {
    match rule {
        Rule::TopUpEvery { every, .. } | Rule::UseEvery { every, .. } => {
            periodic_rule(language, rule.kind(), *every)
        }
        Rule::FixedExpiry { expires_on } => {
            let separator = if language == Language::English { ": " } else { "：" };
            format!(
                "{}{separator}{}",
                rule_kind(language, RuleKind::FixedExpiry),
                date(language, *expires_on)
            )
        }
    }
}

/// An operator's typical rule, which has a period but no date yet.
pub fn suggested_rule(language: Language, suggestion: SuggestedRule) -> String {
    match suggestion.every {
        Some(every) => periodic_rule(language, suggestion.kind, every),
        None => rule_kind(language, suggestion.kind).to_owned(),
    }
}

fn periodic_rule(language: Language, kind: RuleKind, every: Period) -> String {
    let top_up = kind == RuleKind::TopUpEvery;
    match language {
        Language::English => {
            format!("{} {}", if top_up { "Top up" } else { "Use" }, period(language, every))
        }
        Language::SimplifiedChinese => {
            format!("{}{}一次", period(language, every), if top_up { "充值" } else { "使用" })
        }
    }
}

pub fn problem(language: Language, problem: Problem) -> String {
    let msg = match problem {
        Problem::Required => Msg::ProblemRequired,
        Problem::PhoneCharacters => Msg::ProblemPhoneCharacters,
        Problem::NotADate => Msg::ProblemNotADate,
        Problem::DateOutOfRange => Msg::ProblemDateOutOfRange,
        Problem::UnknownCountry => Msg::ProblemUnknownCountry,
        Problem::UnknownCurrency => Msg::ProblemUnknownCurrency,
        Problem::NoRule => Msg::ProblemNoRule,
        Problem::TooLong { max } => return too_long(language, max),
        Problem::PeriodOutOfRange { unit } => return period_out_of_range(language, unit),
        Problem::DateInFuture => Msg::ProblemDateInFuture,
        Problem::MovesDeadlineBack => Msg::ProblemMovesDeadlineBack,
        Problem::NothingToRenew => Msg::ProblemNothingToRenew,
        Problem::AmountNotANumber => Msg::ProblemAmountNotANumber,
        Problem::AmountNegative => Msg::ProblemAmountNegative,
        Problem::AmountTooLarge => Msg::ProblemAmountTooLarge,
        Problem::NotABackupId => Msg::ProblemNotABackupId,
        Problem::LeadTimes(problem) => lead_times_problem(problem),
        Problem::GraceDaysOutOfRange => return grace_days_out_of_range(language),
        Problem::AmountTooManyDecimals { max } => return too_many_decimals(language, max),
    };
    text(language, msg).to_owned()
}

fn lead_times_problem(problem: LeadTimesProblem) -> Msg {
    match problem {
        LeadTimesProblem::Empty => Msg::ProblemLeadTimesEmpty,
        LeadTimesProblem::NotANumber => Msg::ProblemLeadTimesNotANumber,
        LeadTimesProblem::TooLarge => Msg::ProblemLeadTimesTooLarge,
        LeadTimesProblem::TooMany => Msg::ProblemLeadTimesTooMany,
    }
}

fn too_many_decimals(language: Language, max: u32) -> String {
    match (language, max) {
        (Language::English, 0) => "This currency has no decimals.".into(),
        (Language::English, max) => format!("At most {max} decimals."),
        (Language::SimplifiedChinese, 0) => "这种货币没有小数。".into(),
        (Language::SimplifiedChinese, max) => format!("最多 {max} 位小数。"),
    }
}

fn grace_days_out_of_range(language: Language) -> String {
    let max = crate::domain::validation::MAX_GRACE_DAYS;
    match language {
        Language::English => format!("Enter a whole number of days from 0 to {max}, or leave it empty."),
        Language::SimplifiedChinese => format!("请输入 0 到 {max} 之间的整数天数，或者留空。"),
    }
}

fn too_long(language: Language, max: usize) -> String {
    match language {
        Language::English => format!("At most {max} characters."),
        Language::SimplifiedChinese => format!("最多 {max} 个字符。"),
    }
}

fn period_out_of_range(language: Language, unit: PeriodUnit) -> String {
    let max = match unit {
        PeriodUnit::Days => crate::domain::period::MAX_DAYS,
        PeriodUnit::Months => crate::domain::period::MAX_MONTHS,
    };
    let unit = self::unit(language, unit);
    match language {
        Language::English => format!("Enter a whole number from 1 to {max} {unit}."),
        Language::SimplifiedChinese => format!("请输入 1 到 {max} 之间的整数（{unit}）。"),
    }
}

/// A currency as a picker shows it: its name in the interface language and its code,
/// `Euro (EUR)`, `欧元 (EUR)`; unknown codes are shown as they are.
pub fn currency(language: Language, code: &str) -> String {
    let names = match code {
        "EUR" => ("Euro", "欧元"),
        "GBP" => ("Pound sterling", "英镑"),
        "USD" => ("US dollar", "美元"),
        "CHF" => ("Swiss franc", "瑞士法郎"),
        "SEK" => ("Swedish krona", "瑞典克朗"),
        "DKK" => ("Danish krone", "丹麦克朗"),
        "PLN" => ("Polish złoty", "波兰兹罗提"),
        "CAD" => ("Canadian dollar", "加拿大元"),
        "AUD" => ("Australian dollar", "澳大利亚元"),
        "NZD" => ("New Zealand dollar", "新西兰元"),
        "HKD" => ("Hong Kong dollar", "港元"),
        "MOP" => ("Macao pataca", "澳门元"),
        "SGD" => ("Singapore dollar", "新加坡元"),
        "JPY" => ("Japanese yen", "日元"),
        "CNY" => ("Chinese yuan", "人民币"),
        "TWD" => ("New Taiwan dollar", "新台币"),
        _ => return code.to_owned(),
    };
    format!("{} ({code})", in_language(language, names))
}

/// A country's name in the interface language; unknown codes are shown as they are.
pub fn country(language: Language, code: &str) -> String {
    let names = match code {
        "BE" => ("Belgium", "比利时"),
        "GB" => ("United Kingdom", "英国"),
        "FR" => ("France", "法国"),
        "DE" => ("Germany", "德国"),
        "NL" => ("Netherlands", "荷兰"),
        "LU" => ("Luxembourg", "卢森堡"),
        "ES" => ("Spain", "西班牙"),
        "IT" => ("Italy", "意大利"),
        "IE" => ("Ireland", "爱尔兰"),
        "CH" => ("Switzerland", "瑞士"),
        "AT" => ("Austria", "奥地利"),
        "PT" => ("Portugal", "葡萄牙"),
        "SE" => ("Sweden", "瑞典"),
        "DK" => ("Denmark", "丹麦"),
        "PL" => ("Poland", "波兰"),
        "US" => ("United States", "美国"),
        "CA" => ("Canada", "加拿大"),
        "AU" => ("Australia", "澳大利亚"),
        "NZ" => ("New Zealand", "新西兰"),
        "HK" => ("Hong Kong", "中国香港"),
        "MO" => ("Macao", "中国澳门"),
        "TW" => ("Taiwan", "台湾"),
        "SG" => ("Singapore", "新加坡"),
        "JP" => ("Japan", "日本"),
        "CN" => ("Mainland China", "中国大陆"),
        _ => return code.to_owned(),
    };
    in_language(language, names).to_owned()
}

/// The English or the Chinese of a name given in both, as the country and currency tables do.
fn in_language(language: Language, (english, chinese): (&'static str, &'static str)) -> &'static str {
    match language {
        Language::English => english,
        Language::SimplifiedChinese => chinese,
    }
}

/// `3 of 9 done` / `已完成 3 / 9`.
pub fn progress(language: Language, done: usize, total: usize) -> String {
    match language {
        Language::English => format!("{done} of {total} done"),
        Language::SimplifiedChinese => format!("已完成 {done} / {total}"),
    }
}

/// An amount with its currency: `€15.00`, `£5.00`, `1000 JPY`.
pub fn money(minor: i64, currency: &str) -> String {
    let amount = crate::domain::money::decimal_text(minor, currency);
    match currency {
        "EUR" => format!("€{amount}"),
        "GBP" => format!("£{amount}"),
        "USD" => format!("US${amount}"),
        "HKD" => format!("HK${amount}"),
        _ => format!("{amount} {currency}"),
    }
}

/// Totals per currency, never added together: `€35.00 + £5.00`.
pub fn totals(totals: &crate::domain::money::Totals) -> String {
    totals.iter().map(|(currency, minor)| money(*minor, currency)).collect::<Vec<_>>().join(" + ")
}

/// `Label: value` with the language's colon: `Next deadline: 1 Dec 2026` / `最近到期日：2026年12月1日`.
pub fn labelled(language: Language, label: &str, value: &str) -> String {
    format!("{label}{}{value}", label_separator(language))
}

/// What ends a sentence followed by another: `. ` in English, the full-width `。` in Chinese.
pub fn sentence_stop(language: Language) -> &'static str {
    match language {
        Language::English => ". ",
        Language::SimplifiedChinese => "。",
    }
}

/// What follows a label: `: ` in English, the full-width `：` in Chinese.
pub fn label_separator(language: Language) -> &'static str {
    match language {
        Language::English => ": ",
        Language::SimplifiedChinese => "：",
    }
}

/// `Urgent: 2` / `紧急：2`.
pub fn status_count(language: Language, status: Status, count: usize) -> String {
    labelled(language, self::status(language, status), &count.to_string())
}

/// What a history entry records: `Top-up`, `New expiry date: 1 Jun 2027`.
pub fn action(language: Language, action: crate::domain::renewal::Action) -> String {
    use crate::domain::renewal::Action;
    match action {
        Action::TopUp => text(language, Msg::ActionTopUp).to_owned(),
        Action::Usage => text(language, Msg::ActionUsage).to_owned(),
        Action::NewExpiry { expires_on } => {
            labelled(language, text(language, Msg::ActionNewExpiry), &date(language, expires_on))
        }
    }
}

pub fn channel(language: Language, channel: crate::domain::renewal::Channel) -> &'static str {
    use crate::domain::renewal::Channel;
    let msg = match channel {
        Channel::Online => Msg::ChannelOnline,
        Channel::Shop => Msg::ChannelShop,
        Channel::Agent => Msg::ChannelAgent,
    };
    text(language, msg)
}

/// The accessible name of a step's Hide button: `Hide step: Keep the receipt`.
pub fn hide_step(language: Language, title: &str) -> String {
    match language {
        Language::English => format!("Hide step: {title}"),
        Language::SimplifiedChinese => format!("隐藏步骤：{title}"),
    }
}

/// What an import would do: `In this file: 2 new lines, 1 changed, 3 unchanged.`
pub fn import_preview(language: Language, preview: crate::domain::backup::Preview) -> String {
    let crate::domain::backup::Preview { new, changed, unchanged } = preview;
    match language {
        Language::English => {
            format!("In this file: {new} new lines, {changed} changed, {unchanged} unchanged.")
        }
        Language::SimplifiedChinese => {
            format!("文件中：新增 {new} 个号码，更改 {changed} 个，未变 {unchanged} 个。")
        }
    }
}

/// Why an import was refused, and where: `Line 2 (“UK”), Phone number: Use digits…`.
pub fn import_error(language: Language, error: &crate::domain::backup::ImportError) -> String {
    use crate::domain::backup::{ImportError, MAX_BACKUP_BYTES};
    // Whole tenths by integer arithmetic: formatting a float would pull core's float
    // printing (about 10 KB) into the wasm for this one message.
    let megabytes = |bytes: usize| {
        let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    match (error, language) {
        (ImportError::TooLarge { bytes }, Language::English) => format!(
            "This file is {} MB; a backup is at most {} MB.",
            megabytes(*bytes),
            megabytes(MAX_BACKUP_BYTES)
        ),
        (ImportError::TooLarge { bytes }, Language::SimplifiedChinese) => {
            format!("这个文件有 {} MB；备份最大 {} MB。", megabytes(*bytes), megabytes(MAX_BACKUP_BYTES))
        }
        (ImportError::NotABackup(detail), _) => {
            format!("{} ({detail})", text(language, Msg::ImportNotABackup))
        }
        (ImportError::FromNewerVersion(_), _) => text(language, Msg::ImportNewerVersion).to_owned(),
        (ImportError::Invalid(invalid), _) => {
            let (line, name, field) =
                (invalid.line, &invalid.line_name, field_label(language, invalid.field));
            let place = match language {
                Language::English => format!("Line {line} (“{name}”), {field}"),
                Language::SimplifiedChinese => format!("第 {line} 个号码（“{name}”），{field}"),
            };
            labelled(language, &place, &problem(language, invalid.problem))
        }
    }
}

/// The label of the form field a value belongs to.
fn field_label(language: Language, field: Field) -> &'static str {
    let msg = match field {
        Field::Name => Msg::Name,
        Field::Number => Msg::PhoneNumber,
        Field::Country => Msg::Country,
        Field::Operator => Msg::Operator,
        Field::Currency | Field::RenewalCurrency => Msg::Currency,
        Field::Notes => Msg::Notes,
        Field::Rules => Msg::Rules,
        Field::RemindMe => Msg::RemindMe,
        Field::GraceDays => return text(language, crate::i18n::operators::OperatorText::GraceField),
        Field::RuleEvery(_) => Msg::Every,
        Field::RuleLastDone(_) => Msg::LastDoneOn,
        Field::RuleExpiresOn(_) | Field::RenewalExpiresOn => Msg::ExpiresOn,
        Field::RenewalDate => Msg::RenewalDate,
        Field::RenewalAction => Msg::WhatWasDone,
        Field::RenewalAmount => Msg::Amount,
        Field::RenewalChannel => Msg::Channel,
        Field::RenewalNote => Msg::Note,
    };
    text(language, msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::places::COUNTRIES;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(date(Language::English, day(2026, 12, 1)), "1 Dec 2026");
        assert_eq!(date(Language::SimplifiedChinese, day(2026, 12, 1)), "2026年12月1日");
    }

    #[test]
    fn countdowns_read_naturally() {
        let en = |d| countdown(Language::English, Countdown { days_left: d, grace_days: None });
        assert_eq!(en(12), "12 days left");
        assert_eq!(en(1), "1 day left");
        assert_eq!(en(0), "Due today");
        assert_eq!(en(-1), "Expired 1 day ago");
        assert_eq!(en(-5), "Expired 5 days ago");
        let zh = |d| countdown(Language::SimplifiedChinese, Countdown { days_left: d, grace_days: None });
        assert_eq!(zh(12), "还剩 12 天");
        assert_eq!(zh(0), "今天到期");
        assert_eq!(zh(-5), "已过期 5 天");
    }

    #[test]
    fn rules_read_as_sentences() {
        let top_up = Rule::TopUpEvery { every: Period::months(12), last_done: day(2026, 1, 1) };
        assert_eq!(rule(Language::English, &top_up), "Top up every 12 months");
        assert_eq!(rule(Language::SimplifiedChinese, &top_up), "每 12 个月充值一次");
    }

    #[test]
    fn file_sizes_are_in_megabytes_to_one_decimal() {
        use crate::domain::backup::ImportError;
        let too_large = |bytes| import_error(Language::English, &ImportError::TooLarge { bytes });
        assert_eq!(too_large(6 * 1_048_576), "This file is 6.0 MB; a backup is at most 5.0 MB.");
        assert!(too_large(5 * 1_048_576 + 104_858).starts_with("This file is 5.1 MB;"));
        assert!(too_large(5 * 1_048_576 + 1).starts_with("This file is 5.0 MB;"), "rounded, not cut");
        assert!(too_large(10 * 1_048_576 - 1).starts_with("This file is 10.0 MB;"));
    }

    #[test]
    fn every_offered_country_has_a_name_in_both_languages() {
        for code in COUNTRIES {
            assert_ne!(country(Language::English, code), code);
            assert_ne!(country(Language::SimplifiedChinese, code), code);
        }
    }
}
