//! The words of the operator catalogue wherever it shows (the form's hint, a line's rules, the
//! checklist's operator steps, Help → Operators), and of grace periods, in both languages.

use chrono::NaiveDate;

use super::format::{date, labelled};
use super::text;
use crate::domain::document::Language;
use crate::domain::line::Line;
use crate::domain::operator_steps::OperatorStep;
use crate::domain::operators::{CodePurpose, Counts, OperatorPreset};
use crate::domain::rule::Rule;

catalogue! {
    OperatorText,
    OperatorsTerms => "Operator's terms", "运营商条款";
    CheckedOn => "Checked on", "核实日期";
    Unconfirmed => "Unconfirmed", "未确认";
    UnconfirmedWhy =>
        "No official page of the operator confirmed this: it comes from a secondary source. Check with your operator.",
        "运营商的官方页面没有确认这一条，它来自第三方来源。请向运营商核实。";
    WhatCounts => "What keeps it alive", "怎样算保号";
    CountsAnyUse => "any call, text or data session", "任何通话、短信或上网";
    CountsChargeableUse => "a paid call, text or data session", "一次收费的通话、短信或上网";
    CountsTopUp => "a top-up", "充值";
    CountsPlanRenewal => "paying the monthly plan", "支付月套餐";
    CountsPaidAddOn => "buying a paid add-on", "购买付费附加包";
    GraceUnknown =>
        "How long a lapsed number can still be revived is not known.",
        "过期后还能恢复多久未知。";
    TopUpCounts => "A recorded top-up counts as use.", "记录的充值也算作使用。";
    TopUpDoesNotCount =>
        "A recorded top-up does not count as use: record a use (a paid call, text or data session).",
        "记录的充值不算作使用：请记录一次使用（收费的通话、短信或上网）。";
    TopUpSilent =>
        "The operator's terms do not say whether a top-up counts as use; Linekeeper counts it.",
        "运营商条款没有说明充值是否算作使用；保号助手把它算作使用。";
    GraceField => "Grace period after the deadline (days)", "过期后的宽限期（天）";
    GraceFieldHint =>
        "How long the operator still lets you revive the number after the deadline. Leave it empty if you do not know.",
        "过了到期日后，运营商还允许恢复号码的天数。不知道就留空。";
    TopUpIsUseField => "A top-up counts as use", "充值算作使用";
    Operators => "Operators", "运营商";
    SearchOperators => "Search operators", "搜索运营商";
    NoOperatorMatches => "No operator matches.", "没有符合的运营商。";
    Codes => "Codes", "代码";
    CodeBalance => "Balance", "查余额";
    CodeTopUp => "Top up", "充值";
    CodeExpiry => "Expiry date", "查到期日";
    CodeCustomerService => "Customer service", "客服";
    CheckBalance => "Check balance", "查余额";
    CheckBalanceWhy =>
        "Before and after renewing: know what is on the card. Tapping the link dials the code on a phone.",
        "续费前后都查一下卡里的余额。在手机上点链接会拨打这个代码。";
    CheckExpiry => "Check the expiry date", "查询到期日";
    CheckExpiryWhy =>
        "The operator replies with the date your plan runs to. Tapping the link opens your messages on a phone; nothing is sent until you send it.",
        "运营商会回复套餐的到期日。在手机上点链接会打开短信，你按发送才会发出。";
    SendTopUpSms => "Send top-up SMS", "发送充值短信";
    SendTopUpSmsWhy =>
        "Opens your messages with the operator's number and text filled in; nothing is sent until you send it.",
        "会打开短信并填好运营商的号码和内容；你按发送才会发出。";
    CallToTopUp => "Call to top up", "打电话充值";
    CallToTopUpWhy => "Tapping the link dials it on a phone.", "在手机上点链接会拨打这个号码。";
    VoucherCodeWhy =>
        "Replace <voucher code> with the code of your top-up voucher, then dial or send it from this SIM.",
        "把 <充值码> 换成充值卡上的充值码，再用这张卡拨打或发送。";
    VoucherPlaceholder => "<voucher code>", "<充值码>";
    SendKeepAliveSms => "Send keep-alive SMS", "发送保号短信";
    SendKeepAliveSmsWhy =>
        "One chargeable text to another number keeps a use rule alive. The link opens your messages with one of your other lines filled in; nothing is sent until you send it.",
        "给其他号码发一条收费短信就能满足使用规则。链接会打开短信并填好你的另一个号码；你按发送才会发出。";
    SendKeepAliveSmsNoOtherLine =>
        "One chargeable text to another number keeps a use rule alive: send one from this SIM to a friend or to your number at home.",
        "给其他号码发一条收费短信就能满足使用规则：用这张卡给朋友或你在国内的号码发一条。";
    KeepAliveSmsText => "Keep-alive text from Linekeeper", "保号助手的保号短信";
    ConfirmBalanceMoved => "Confirm the balance moved", "确认余额有变化";
    ConfirmBalanceMovedWhy =>
        "A text can silently fail to send and a payment can fail: check the balance or the operator's app shows the renewal before you record it.",
        "短信可能没有发出，付款也可能失败：记录续费之前，先确认余额或运营商 App 里已经显示这次续费。";
    Precautions => "Precautions (optional)", "注意事项（可选）";
    VoicemailOff => "Turn voicemail off", "关闭语音信箱";
    VoicemailOffWhy =>
        "Calls forwarded to voicemail while you are abroad can cost money. ##002# turns call forwarding off on many networks.",
        "在国外时被转到语音信箱的来电可能收费。在很多网络上拨 ##002# 可以关闭呼叫转移。";
    IMessageOff => "Cancel the iMessage and FaceTime activation", "取消 iMessage 和 FaceTime 激活";
    IMessageOffWhy =>
        "On an iPhone, a new SIM sends an activation text that is billed as an international SMS: turn iMessage and FaceTime off for this number, or cancel the prompt.",
        "在 iPhone 上插入新卡时会发一条激活短信，按国际短信收费：为这个号码关闭 iMessage 和 FaceTime，或取消提示。";
    RoamingOff => "Turn data roaming off", "关闭数据漫游";
    RoamingOffWhy =>
        "A few minutes of data roaming can use up the credit that keeps the line alive.",
        "几分钟的数据漫游就可能用完保号所需的余额。";
    LateRenewal => "Late", "逾期";
}

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
    let list = match (language, words.as_slice()) {
        (_, []) => return None,
        (Language::English, [.., _]) => join_with_or(&words),
        (Language::SimplifiedChinese, _) => words.join("、"),
    };
    Some(labelled(language, text(language, OperatorText::WhatCounts), &list))
}

fn join_with_or(words: &[&str]) -> String {
    match words {
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{}, or {last}", rest.join(", ")),
        [] => String::new(),
    }
}

/// `90 days after the deadline to recover the number`, or that it is not known.
pub fn grace(language: Language, grace_days: Option<u32>) -> String {
    match (language, grace_days) {
        (_, None) => text(language, OperatorText::GraceUnknown).to_owned(),
        (Language::English, Some(1)) => "1 day after the deadline to recover the number.".into(),
        (Language::English, Some(days)) => format!("{days} days after the deadline to recover the number."),
        (Language::SimplifiedChinese, Some(days)) => format!("过期后还有 {days} 天可以恢复号码。"),
    }
}

/// `Checked on 25 Nov 2026`.
pub fn checked_on(language: Language, day: NaiveDate) -> String {
    let label = text(language, OperatorText::CheckedOn);
    match language {
        Language::English => format!("{label} {}", date(language, day)),
        Language::SimplifiedChinese => labelled(language, label, &date(language, day)),
    }
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

/// The catalogue note's language tag for the interface language.
pub fn note_language(language: Language) -> &'static str {
    match language {
        Language::English => "en",
        Language::SimplifiedChinese => "zh-Hans",
    }
}

/// `Late: 12 days after the deadline` / `逾期：过期 12 天后才续费`.
pub fn late_by(language: Language, days: i64) -> String {
    let label = text(language, OperatorText::LateRenewal);
    let detail = match (language, days) {
        (Language::English, 1) => "1 day after the deadline".to_owned(),
        (Language::English, d) => format!("{d} days after the deadline"),
        (Language::SimplifiedChinese, d) => format!("过期 {d} 天后才续费"),
    };
    labelled(language, label, &detail)
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
