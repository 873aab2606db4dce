//! The default checklist steps' titles and explanations (docs/domain.md, "The renewal process
//! the checklist follows"), by step id, in both languages.

use crate::domain::document::Language;

/// `(title, explanation)` of a default step; `None` for an id that is not a default step.
pub fn step_text(language: Language, id: &str) -> Option<(&'static str, &'static str)> {
    let (english, chinese) = match id {
        "prepare.deadline" => (
            ("Know the deadline", "Check the card is still valid. The operator usually sends a reminder about a month before; if not, ask its customer service."),
            ("确认到期日", "确认号码仍在有效期内。运营商通常会提前约一个月发短信提醒；没有收到就联系客服确认。"),
        ),
        "prepare.details" => (
            ("Have your details ready", "The phone number, an identity document (passport for foreigners) and the login of the operator's website or app."),
            ("准备好资料", "电话号码、身份证件（外国人用护照），以及运营商网站或 App 的登录信息。"),
        ),
        "prepare.payment" => (
            ("Choose how to pay", "Credit card, debit card or bank transfer are commonly accepted."),
            ("选择付款方式", "一般可以用信用卡、借记卡或银行转账。"),
        ),
        "online.official" => (
            ("Use the official website or app", "Log in, find the top-up or renewal option, enter the number (and ID number if asked), choose the plan or amount."),
            ("使用官方网站或 App", "登录后找到充值或续费选项，输入号码（如有要求再输入证件号），选择套餐或金额。"),
        ),
        "online.network" => (
            ("Use a trusted network", "Never enter card or ID details on public Wi-Fi or on a look-alike site."),
            ("使用可信的网络", "不要在公共 Wi-Fi 或仿冒网站上输入银行卡或证件信息。"),
        ),
        "online.pay" => (
            ("Pay", "Complete the payment and wait for the confirmation."),
            ("付款", "完成付款，并等待确认信息。"),
        ),
        "shop.find" => (
            ("Find a shop and its opening hours", "Look up the nearest shop of the operator first; expect queues at busy times."),
            ("查好营业厅和营业时间", "先查最近的运营商营业厅；高峰时段可能要排队。"),
        ),
        "shop.bring" => (
            ("Bring your ID and a bank card", "Staff check the card's status and renew it; foreigners bring the passport too."),
            ("带上证件和银行卡", "工作人员会检查号码状态并办理续费；外国人还要带护照。"),
        ),
        "agent.reputation" => (
            ("Check the agent's reputation", "Read reviews, or ask people who used the agent before."),
            ("了解代理店的口碑", "先看评价，或问问用过这家代理店的人。"),
        ),
        "agent.fee" => (
            ("Ask the fee up front", "Agents charge for the service; agree on the price before they renew."),
            ("先问清手续费", "代理店会收服务费；办理前先谈好价格。"),
        ),
        "close.check" => (
            ("Check the details before paying", "Number, amount and plan: a wrong entry can make the renewal fail or credit someone else's number."),
            ("付款前核对信息", "核对号码、金额和套餐：填错可能导致续费失败，或充到别人的号码上。"),
        ),
        "close.receipt" => (
            ("Keep the receipt", "The receipt, confirmation SMS or email, or a screenshot, in case the top-up does not arrive."),
            ("保留凭证", "保存收据、确认短信或邮件，或截图，以防充值没有到账。"),
        ),
        "close.promotions" => (
            ("Look for promotions", "A larger top-up sometimes gives a longer validity."),
            ("留意优惠活动", "有时充值金额更大，有效期也更长。"),
        ),
        _ => return None,
    };
    Some(match language {
        Language::English => english,
        Language::SimplifiedChinese => chinese,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::DEFAULT_STEPS;

    #[test]
    fn every_default_step_has_text_in_both_languages() {
        for step in DEFAULT_STEPS {
            for language in Language::ALL {
                let (title, explanation) = step_text(language, step.id).expect(step.id);
                assert!(!title.is_empty() && !explanation.is_empty(), "{}", step.id);
            }
        }
    }
}
