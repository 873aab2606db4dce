//! Messages that carry numbers, dates or names: the parts are written here, once for every
//! language, and each language's catalogue arranges them.

use chrono::{Datelike, NaiveDate};

use super::messages::Msg;
use super::operator_text::OperatorText;
use super::{catalogue, text};
use crate::domain::countdown::{Countdown, Status};
use crate::domain::document::Language;
use crate::domain::lead_times::LeadTimesProblem;
use crate::domain::operators::SuggestedRule;
use crate::domain::period::{Period, PeriodUnit, MAX_DAYS, MAX_MONTHS};
use crate::domain::rule::{Rule, RuleKind};
use crate::domain::validation::{Field, Problem, MAX_GRACE_DAYS};
use crate::domain::validity_tiers::{Counted, ValidityTiers};

/// A day as people write it: `1 Dec 2026`, `2026年12月1日`.
pub fn date(language: Language, day: NaiveDate) -> String {
    (catalogue(language).date)(day.year(), day.month(), day.day())
}

/// `N days left`, `1 day left`, `Due today`, `Expired N days ago`; within a grace period,
/// `N days left to recover`.
pub fn countdown(language: Language, countdown: Countdown) -> String {
    let words = catalogue(language);
    match countdown.recover_days_left() {
        Some(left) => (words.recover_days_left)(left),
        None => (words.countdown)(countdown.days_left),
    }
}

/// `Recover by 12 Feb 2027`: the last day of the grace period.
pub fn recover_by(language: Language, day: NaiveDate) -> String {
    (catalogue(language).recover_by)(&date(language, day))
}

/// A snoozed line: `Snoozed: next reminder on 25 Nov 2026.`
pub fn next_reminder_on(language: Language, day: NaiveDate) -> String {
    (catalogue(language).next_reminder_on)(&date(language, day))
}

/// The button under a long list: `Show 50 more (1,950 not shown)`.
pub fn show_more_lines(language: Language, next: usize, hidden: usize) -> String {
    (catalogue(language).show_more_lines)(next, hidden)
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
        RuleKind::TopUpBuys => return text(language, OperatorText::RuleTopUpBuys),
    };
    text(language, msg)
}

pub fn unit(language: Language, unit: PeriodUnit) -> &'static str {
    let msg = match unit {
        PeriodUnit::Days => Msg::Days,
        PeriodUnit::Months => Msg::Months,
    };
    text(language, msg)
}

/// `every 12 months`, `每 12 个月`.
pub fn period(language: Language, period: Period) -> String {
    (catalogue(language).period)(period.count, unit(language, period.unit))
}

/// One rule in a sentence: `Top up every 12 months`, `Fixed expiry date: 1 Dec 2026`.
pub fn rule(language: Language, rule: &Rule) -> String {
    match rule {
        Rule::TopUpEvery { every, .. } | Rule::UseEvery { every, .. } => {
            periodic_rule(language, rule.kind(), *every)
        }
        Rule::FixedExpiry { expires_on } => {
            labelled(language, rule_kind(language, RuleKind::FixedExpiry), &date(language, *expires_on))
        }
        Rule::TopUpBuys { .. } => match rule.deadline() {
            Some(until) => {
                labelled(language, rule_kind(language, RuleKind::TopUpBuys), &date(language, until))
            }
            None => rule_kind(language, RuleKind::TopUpBuys).to_owned(),
        },
    }
}

/// A rule by amount's tiers, one sentence each: `From HK$10: 30 days`, then how the time is
/// counted and, where the terms give one, the longest validity.
pub fn validity_tiers(language: Language, tiers: &ValidityTiers) -> Vec<String> {
    let words = catalogue(language);
    let duration = |period: Period| (period.count, unit(language, period.unit));
    let mut lines: Vec<String> = tiers
        .tiers
        .iter()
        .map(|tier| {
            let (count, unit) = duration(tier.buys);
            (words.tier_buys)(&money(tier.from, &tiers.currency), count, unit)
        })
        .collect();
    let counted = match tiers.counted {
        Counted::FromTopUp => OperatorText::CountedFromTopUp,
        Counted::Added => OperatorText::CountedAdded,
    };
    lines.push(text(language, counted).to_owned());
    if let Some(cap) = tiers.cap {
        let (count, unit) = duration(cap);
        lines.push((words.tiers_cap)(count, unit));
    }
    lines
}

/// An operator's typical rule, which has a period (or tiers) but no date yet.
pub fn suggested_rule(language: Language, suggestion: &SuggestedRule) -> String {
    match suggestion.every {
        Some(every) => periodic_rule(language, suggestion.kind, every),
        None => rule_kind(language, suggestion.kind).to_owned(),
    }
}

fn periodic_rule(language: Language, kind: RuleKind, every: Period) -> String {
    (catalogue(language).periodic_rule)(kind == RuleKind::TopUpEvery, &period(language, every))
}

pub fn problem(language: Language, problem: Problem) -> String {
    let words = catalogue(language);
    let msg = match problem {
        Problem::Required => Msg::ProblemRequired,
        Problem::PhoneCharacters => Msg::ProblemPhoneCharacters,
        Problem::NotADate => Msg::ProblemNotADate,
        Problem::NotATime => Msg::ProblemNotATime,
        Problem::DateOutOfRange => Msg::ProblemDateOutOfRange,
        Problem::UnknownCountry => Msg::ProblemUnknownCountry,
        Problem::UnknownCurrency => Msg::ProblemUnknownCurrency,
        Problem::NoRule => Msg::ProblemNoRule,
        Problem::TooLong { max } => return (words.too_long)(max),
        Problem::PeriodOutOfRange { unit } => {
            let max = match unit {
                PeriodUnit::Days => MAX_DAYS,
                PeriodUnit::Months => MAX_MONTHS,
            };
            return (words.period_out_of_range)(max, self::unit(language, unit));
        }
        Problem::DateInFuture => Msg::ProblemDateInFuture,
        Problem::MovesDeadlineBack => Msg::ProblemMovesDeadlineBack,
        Problem::NothingToRenew => Msg::ProblemNothingToRenew,
        Problem::AmountNotANumber => Msg::ProblemAmountNotANumber,
        Problem::AmountNegative => Msg::ProblemAmountNegative,
        Problem::AmountTooLarge => Msg::ProblemAmountTooLarge,
        Problem::NotABackupId => Msg::ProblemNotABackupId,
        Problem::LeadTimes(problem) => lead_times_problem(problem),
        Problem::AmountTooManyDecimals { max } => return (words.too_many_decimals)(max),
        Problem::GraceDaysOutOfRange => return (words.grace_days_out_of_range)(MAX_GRACE_DAYS),
        Problem::BelowSmallestTier => {
            return text(language, OperatorText::ProblemBelowSmallestTier).to_owned()
        }
        Problem::NoTiers => return text(language, OperatorText::ProblemNoTiers).to_owned(),
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

/// A currency as a picker shows it: its name in the interface language and its code,
/// `Euro (EUR)`, `欧元 (EUR)`; unknown codes are shown as they are.
pub fn currency(language: Language, code: &str) -> String {
    match (catalogue(language).currency)(code) {
        Some(name) => format!("{name} ({code})"),
        None => code.to_owned(),
    }
}

/// A country's name in the interface language; unknown codes are shown as they are.
pub fn country(language: Language, code: &str) -> String {
    (catalogue(language).country)(code).map_or_else(|| code.to_owned(), str::to_owned)
}

/// `3 of 9 done` / `已完成 3 / 9`.
pub fn progress(language: Language, done: usize, total: usize) -> String {
    (catalogue(language).progress)(done, total)
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
    totals.iter().map(|(currency, minor)| money(minor, currency)).collect::<Vec<_>>().join(" + ")
}

/// `Label: value` with the language's colon: `Next deadline: 1 Dec 2026` / `最近到期日：2026年12月1日`.
pub fn labelled(language: Language, label: &str, value: &str) -> String {
    format!("{label}{}{value}", label_separator(language))
}

/// What ends a sentence followed by another: `. ` in English, the full-width `。` in Chinese.
pub fn sentence_stop(language: Language) -> &'static str {
    catalogue(language).sentence_stop
}

/// What follows a label: `: ` in English, the full-width `：` in Chinese.
pub fn label_separator(language: Language) -> &'static str {
    catalogue(language).label_separator
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
    (catalogue(language).hide_step)(title)
}

/// What an import would do: `In this file: 2 new lines, 1 changed, 3 unchanged.`
pub fn import_preview(language: Language, preview: crate::domain::backup::Preview) -> String {
    let crate::domain::backup::Preview { new, changed, unchanged } = preview;
    (catalogue(language).import_preview)(new, changed, unchanged)
}

/// Why an import was refused, and where: `Line 2 (“UK”), Phone number: Use digits…`.
pub fn import_error(language: Language, error: &crate::domain::backup::ImportError) -> String {
    use crate::domain::backup::{ImportError, MAX_BACKUP_BYTES};
    // Whole tenths by integer arithmetic: formatting a float would pull core's float
    // printing into the wasm for this one message.
    let megabytes = |bytes: usize| {
        let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    let words = catalogue(language);
    match error {
        ImportError::TooLarge { bytes } => {
            (words.file_too_large)(&megabytes(*bytes), &megabytes(MAX_BACKUP_BYTES))
        }
        ImportError::NotABackup(detail) => format!("{} ({detail})", text(language, Msg::ImportNotABackup)),
        ImportError::FromNewerVersion(_) => text(language, Msg::ImportNewerVersion).to_owned(),
        ImportError::Invalid(invalid) => {
            let field = field_label(language, invalid.field);
            let place = (words.import_place)(invalid.line, &invalid.line_name, field);
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
        Field::RemindAt => Msg::RemindAt,
        Field::GraceDays => return text(language, OperatorText::GraceField),
        Field::RuleEvery(_) => Msg::Every,
        Field::RuleLastDone(_) => Msg::LastDoneOn,
        Field::RuleExpiresOn(_) | Field::RenewalExpiresOn => Msg::ExpiresOn,
        Field::RenewalDate => Msg::RenewalDate,
        Field::RenewalAction => Msg::WhatWasDone,
        Field::RenewalAmount => Msg::Amount,
        Field::RuleAmount(_) => return text(language, OperatorText::TopUpAmount),
        Field::RenewalChannel => Msg::Channel,
        Field::RenewalNote => Msg::Note,
    };
    text(language, msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::places::COUNTRIES;

    use crate::domain::test_support::date as day;

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
