//! The words of the operator catalogue wherever it shows (the form's hint, a line's rules, the
//! checklist's operator steps, Help → Operators), and of grace periods.

use chrono::NaiveDate;

use super::format::{date, labelled};
use super::{catalogue, text};
use crate::domain::document::Language;
use crate::domain::line::Line;
use crate::domain::operator_steps::OperatorStep;
use crate::domain::operators::{CodePurpose, Counts, OperatorPreset};
use crate::domain::rule::Rule;

pub use super::operator_text::OperatorText;

/// What a recorded top-up does for a line with a use rule; `None` for a line without one.
pub fn top_up_counting(line: &Line) -> Option<OperatorText> {
    if !line.rules.iter().any(|rule| matches!(rule, Rule::UseEvery { .. })) {
        return None;
    }
    Some(match line.top_up_is_use {
        Some(true) => OperatorText::TopUpCounts,
        Some(false) => OperatorText::TopUpDoesNotCount,
        None => OperatorText::TopUpSilent,
    })
}

/// The words for one item of the catalogue's "what counts" vocabulary.
pub fn counts(language: Language, counts: Counts) -> &'static str {
    let msg = match counts {
        Counts::AnyUse => OperatorText::CountsAnyUse,
        Counts::ChargeableUse => OperatorText::CountsChargeableUse,
        Counts::TopUp => OperatorText::CountsTopUp,
        Counts::PlanRenewal => OperatorText::CountsPlanRenewal,
        Counts::PaidAddOn => OperatorText::CountsPaidAddOn,
    };
    text(language, msg)
}

/// `What keeps it alive: a paid call, text or data session, or a top-up`.
pub fn what_counts(language: Language, preset: &OperatorPreset) -> Option<String> {
    let words: Vec<&str> = preset.counts.iter().map(|c| counts(language, *c)).collect();
    if words.is_empty() {
        return None;
    }
    let list = (catalogue(language).either)(&words);
    Some(labelled(language, text(language, OperatorText::WhatCounts), &list))
}

/// `90 days after the deadline to recover the number`, or that it is not known.
pub fn grace(language: Language, grace_days: Option<u32>) -> String {
    match grace_days {
        None => text(language, OperatorText::GraceUnknown).to_owned(),
        Some(days) => (catalogue(language).grace_days)(days),
    }
}

/// `Checked on 25 Nov 2026`.
pub fn checked_on(language: Language, day: NaiveDate) -> String {
    (catalogue(language).checked_on)(&date(language, day))
}

pub fn code_purpose(language: Language, purpose: CodePurpose) -> &'static str {
    let msg = match purpose {
        CodePurpose::Balance => OperatorText::CodeBalance,
        CodePurpose::TopUp => OperatorText::CodeTopUp,
        CodePurpose::Expiry => OperatorText::CodeExpiry,
        CodePurpose::CustomerService => OperatorText::CodeCustomerService,
    };
    text(language, msg)
}

/// The name an operator goes by for a reader of `language`: its Chinese name in either Chinese,
/// otherwise its own (`中華電信`, `Proximus`).
pub fn local_name(language: Language, preset: &OperatorPreset) -> &str {
    match note_language(language) {
        "zh-Hans" => &preset.names.zh_hans,
        "zh-Hant" => &preset.names.zh_hant,
        _ => &preset.names.local,
    }
}

/// The catalogue note's language tag for the interface language.
pub fn note_language(language: Language) -> &'static str {
    catalogue(language).note_tag
}

/// `Late: 12 days after the deadline` / `逾期：过期 12 天后才续费`.
pub fn late_by(language: Language, days: i64) -> String {
    (catalogue(language).late_by)(days)
}

/// `(title, explanation)` of an operator or precaution step (see `domain::operator_steps`);
/// `None` for an id that is not one. A keep-alive text without a recipient explains itself
/// differently.
pub fn operator_step_text(language: Language, step: &OperatorStep) -> Option<(&'static str, &'static str)> {
    use crate::domain::operator_steps as ids;
    use OperatorText as T;
    let (title, explanation) = match step.id {
        ids::BALANCE => (T::CheckBalance, T::CheckBalanceWhy),
        ids::EXPIRY => (T::CheckExpiry, T::CheckExpiryWhy),
        ids::TOP_UP_SMS if step.link.is_none() => (T::SendTopUpSms, T::VoucherCodeWhy),
        ids::TOP_UP_SMS => (T::SendTopUpSms, T::SendTopUpSmsWhy),
        ids::TOP_UP_CALL if step.link.is_none() => (T::CallToTopUp, T::VoucherCodeWhy),
        ids::TOP_UP_CALL => (T::CallToTopUp, T::CallToTopUpWhy),
        ids::KEEP_ALIVE_SMS if step.link.is_none() => (T::SendKeepAliveSms, T::SendKeepAliveSmsNoOtherLine),
        ids::KEEP_ALIVE_SMS => (T::SendKeepAliveSms, T::SendKeepAliveSmsWhy),
        ids::CONFIRM => (T::ConfirmBalanceMoved, T::ConfirmBalanceMovedWhy),
        ids::VOICEMAIL => (T::VoicemailOff, T::VoicemailOffWhy),
        ids::IMESSAGE => (T::IMessageOff, T::IMessageOffWhy),
        ids::ROAMING => (T::RoamingOff, T::RoamingOffWhy),
        _ => return None,
    };
    Some((text(language, title), text(language, explanation)))
}

/// A code as the interface shows it: the part to fill in (`<code>` in the catalogue) in the
/// interface's words, `*121*<voucher code>#`.
pub fn code_text(language: Language, code: &str) -> String {
    code.replace("<code>", text(language, OperatorText::VoucherPlaceholder))
}
