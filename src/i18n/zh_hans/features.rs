//! The Simplified Chinese texts of the feature catalogues (Help, reminders and the app, operators),
//! the default checklist steps, and the names of countries and currencies.

use crate::i18n::help::HelpText;
use crate::i18n::operator_text::OperatorText;
use crate::i18n::pwa_text::PwaText;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::timeline_text::TimelineText;

pub fn help(key: HelpText) -> &'static str {
    match key {
        HelpText::Help => "帮助",
        HelpText::AliveHeading => "怎样保住号码",
        HelpText::AliveBody => "每张预付费卡都有规则：在一定期限内充值（例如每 12 个月一次）、在一定期限内使用（打电话、发短信或用流量），或在固定到期日前续期。错过期限，运营商会先停机，然后把号码分给别人，绑定在号码上的一切（银行验证码、账户、朋友）都会失去。规则会变：请向运营商核实。保号助手按第一个到期日计算，从不把宽限期算进去。",
        HelpText::RemindersHeading => "这个浏览器里的提醒怎样工作",
        HelpText::RemindersBody => "网页无法自己唤醒。保号助手打开时，会在你于设置中选择的时间（提醒时间，默认 09:00）提醒：到期日前 30、7、1 天和当天（或你选择的天数），到期后在号码还能恢复的期间（宽限期内，不知道时为 14 天）每天提醒，直到你记录续费、选择“稍后提醒”或“停止提醒”。保号助手关闭时：导出的日历在所有浏览器中都会在相同的日子、相同的时间提醒；在手机或电脑上从 Chrome、Edge 安装的应用也可能在后台检查，大约每天一次。有些浏览器会在提醒上显示“记录续费”和“明天”按钮；在所有浏览器中，提醒待处理时号码卡片上都有相同的选项。设置页会说明这个浏览器支持哪些功能。",
        HelpText::BackupHeading => "怎样备份",
        HelpText::BackupBody => "在设置里，“导出备份”会把所有号码及其记录和清单保存到一个文件。请把它放在安全的地方，例如云盘或发给自己的邮件。换了手机或浏览器时，使用“导入备份”：“合并”保留每个号码较新的版本，“全部替换”则完全采用文件里的内容。",
        HelpText::PrivacyHeading => "你的数据只留在这台设备上",
        HelpText::PrivacyBody => "保号助手没有服务器，也不需要账户：你的号码只保存在这个浏览器里，不会发送到任何地方。在浏览器里清除这个网站的数据会删除它们，所以请保留备份。在 iPhone 和 iPad 上，如果 7 天内使用 Safari 却没有打开保号助手，Safari 也会删除它们，除非你把它添加到主屏幕；主屏幕上的应用有自己的数据，与 Safari 的分开。",
    }
}

pub fn pwa(key: PwaText) -> &'static str {
    match key {
        PwaText::RemindersHeading => "提醒",
        PwaText::RemindersWhy => "网页无法自己唤醒。保号助手打开时，会在你选择的时间提醒。关闭时，只有导出的日历在所有浏览器中都会提醒；从 Chrome、Edge 等浏览器安装的应用还会在后台检查，大约每天一次。想要一定收到提醒，请导出日历。",
        PwaText::EnableNotifications => "开启通知",
        PwaText::SendTestReminder => "发送测试提醒",
        PwaText::RemindAtSaved => "提醒时间已保存。",
        PwaText::Snooze => "稍后提醒",
        PwaText::Snoozed => "今天不再提醒这个号码：明天再提醒。",
        PwaText::StopReminding => "停止提醒",
        PwaText::RemindersStopped => "这个到期日不再提醒，到期日改变后恢复。",
        PwaText::ActionTomorrow => "明天",
        PwaText::ExportLineCalendar => "添加到日历",
        PwaText::SupportActions => "提醒上的“记录续费”和“明天”按钮",
        PwaText::NotificationsOn => "通知已开启。",
        PwaText::NotificationsOff => "通知未开启。",
        PwaText::NotificationsBlocked => "这个网站的通知已被阻止。要解除阻止，请打开网站设置（地址栏左侧的图标），允许通知，然后重新加载页面。",
        PwaText::NotificationsUnsupported => "这个浏览器无法显示通知。",
        PwaText::TestNotificationTitle => "保号助手",
        PwaText::TestNotificationBody => "提醒会像这样显示。",
        PwaText::TestNotificationFailed => "无法显示通知。",
        PwaText::RemindMeSaved => "提醒天数已保存。",
        PwaText::CalendarHeading => "日历",
        PwaText::CalendarWhy => "即使浏览器从不运行，手机日历也会提醒你。续费后再导入一次文件：每个号码的日程会被更新，不会重复。",
        PwaText::ExportCalendar => "导出日历",
        PwaText::CalendarExported => "日历已导出。",
        PwaText::CalendarName => "保号助手到期日",
        PwaText::InstallHeading => "安装",
        PwaText::InstallApp => "安装应用",
        PwaText::InstallWhy => "安装后，保号助手像应用一样打开，可以离线使用，在部分浏览器中还能在后台提醒你。",
        PwaText::InstallIos => "在 iPhone 或 iPad 上：点按 Safari 的“分享”按钮，然后选择“添加到主屏幕”。",
        PwaText::InstalledAlready => "保号助手已安装在这台设备上。",
        PwaText::InstallNotOffered => "这个浏览器目前没有提供安装。它的菜单里可能有“安装”或“添加到主屏幕”。",
        PwaText::UpdateReady => "保号助手有新版本了。",
        PwaText::ReloadToUpdate => "重新加载以更新",
        PwaText::SupportHeading => "这个浏览器支持的功能",
        PwaText::SupportNotifications => "保号助手打开时的通知",
        PwaText::SupportOffline => "离线使用",
        PwaText::SupportBackground => "保号助手关闭时的提醒（已安装的应用）",
        PwaText::SupportBadge => "应用图标上显示紧急号码的数量",
        PwaText::SupportCalendar => "导出日历",
        PwaText::Supported => "支持",
        PwaText::NotSupported => "不支持",
    }
}

pub fn operator(key: OperatorText) -> &'static str {
    match key {
        OperatorText::OperatorsTerms => "运营商条款",
        OperatorText::Unconfirmed => "未确认",
        OperatorText::UnconfirmedWhy => "运营商的官方页面没有确认这一条，它来自第三方来源。请向运营商核实。",
        OperatorText::WhatCounts => "怎样算保号",
        OperatorText::CountsAnyUse => "任何通话、短信或上网",
        OperatorText::CountsChargeableUse => "一次收费的通话、短信或上网",
        OperatorText::CountsTopUp => "充值",
        OperatorText::CountsPlanRenewal => "支付月套餐",
        OperatorText::CountsPaidAddOn => "购买付费附加包",
        OperatorText::GraceUnknown => "过期后还能恢复多久未知。",
        OperatorText::TopUpCounts => "记录的充值也算作使用。",
        OperatorText::TopUpDoesNotCount => "记录的充值不算作使用：请记录一次使用（收费的通话、短信或上网）。",
        OperatorText::TopUpSilent => "运营商条款没有说明充值是否算作使用；保号助手把它算作使用。",
        OperatorText::GraceField => "过期后的宽限期（天）",
        OperatorText::GraceFieldHint => "过了到期日后，运营商还允许恢复号码的天数。不知道就留空。",
        OperatorText::TopUpIsUseField => "充值算作使用",
        OperatorText::Operators => "运营商",
        OperatorText::SearchOperators => "搜索运营商",
        OperatorText::NoOperatorMatches => "没有符合的运营商。",
        OperatorText::Codes => "代码",
        OperatorText::CodeBalance => "查余额",
        OperatorText::CodeTopUp => "充值",
        OperatorText::CodeExpiry => "查到期日",
        OperatorText::CodeCustomerService => "客服",
        OperatorText::CheckBalance => "查余额",
        OperatorText::CheckBalanceWhy => "续费前后都查一下卡里的余额。在手机上点链接会拨打这个代码。",
        OperatorText::CheckExpiry => "查询到期日",
        OperatorText::CheckExpiryWhy => "运营商会回复套餐的到期日。在手机上点链接会打开短信，你按发送才会发出。",
        OperatorText::SendTopUpSms => "发送充值短信",
        OperatorText::SendTopUpSmsWhy => "会打开短信并填好运营商的号码和内容；你按发送才会发出。",
        OperatorText::CallToTopUp => "打电话充值",
        OperatorText::CallToTopUpWhy => "在手机上点链接会拨打这个号码。",
        OperatorText::VoucherCodeWhy => "把 <充值码> 换成充值卡上的充值码，再用这张卡拨打或发送。",
        OperatorText::VoucherPlaceholder => "<充值码>",
        OperatorText::SendKeepAliveSms => "发送保号短信",
        OperatorText::SendKeepAliveSmsWhy => "给其他号码发一条收费短信就能满足使用规则。链接会打开短信并填好你的另一个号码；你按发送才会发出。",
        OperatorText::SendKeepAliveSmsNoOtherLine => "给其他号码发一条收费短信就能满足使用规则：用这张卡给朋友或你在国内的号码发一条。",
        OperatorText::KeepAliveSmsText => "保号助手的保号短信",
        OperatorText::ConfirmBalanceMoved => "确认余额有变化",
        OperatorText::ConfirmBalanceMovedWhy => "短信可能没有发出，付款也可能失败：记录续费之前，先确认余额或运营商 App 里已经显示这次续费。",
        OperatorText::Precautions => "注意事项（可选）",
        OperatorText::VoicemailOff => "关闭语音信箱",
        OperatorText::VoicemailOffWhy => "在国外时被转到语音信箱的来电可能收费。在很多网络上拨 ##002# 可以关闭呼叫转移。",
        OperatorText::IMessageOff => "取消 iMessage 和 FaceTime 激活",
        OperatorText::IMessageOffWhy => "在 iPhone 上插入新卡时会发一条激活短信，按国际短信收费：为这个号码关闭 iMessage 和 FaceTime，或取消提示。",
        OperatorText::RoamingOff => "关闭数据漫游",
        OperatorText::RoamingOffWhy => "几分钟的数据漫游就可能用完保号所需的余额。",
        OperatorText::RuleTopUpBuys => "按充值金额计有效期",
        OperatorText::TiersHeading => "充值金额与有效期",
        OperatorText::CountedFromTopUp => "从充值当天起算；原有效期更长时保留原有效期。",
        OperatorText::CountedAdded => "叠加在剩余有效期之上。",
        OperatorText::TopUpAmount => "该次充值金额",
        OperatorText::NoAmountSmallestTier => "未填金额时，按最低一档计算。",
        OperatorText::ProblemBelowSmallestTier => "低于最低一档：这次充值不延长有效期。",
        OperatorText::ProblemNoTiers => "不知道这家运营商的金额档位：请选择其他规则类型。",
        OperatorText::ConfirmedByOperator => "已由运营商确认",
        OperatorText::NoPublishedRule => "没有公开的规则：请填写运营商告诉你的规则。",
        OperatorText::CannotRenew => "这种产品无法保号：有效期不能延长。请改用这家运营商的其他产品来保留号码。",
        OperatorText::CopyCode => "复制代码",
        OperatorText::CopyCodeWhy => "iPhone 不会从链接拨打含 * 或 # 的代码：请复制代码，打开“电话”App 的拨号键盘，粘贴后拨出。",
        OperatorText::CodeCopied => "已复制：请粘贴到“电话”App 的拨号键盘。",
        OperatorText::CopyFailed => "无法复制：请在“电话”App 的拨号键盘上输入代码。",
        OperatorText::CatalogueUnavailable => "无法加载运营商目录。",
        OperatorText::Retry => "重试",
        OperatorText::AllCountries => "所有国家和地区",
        OperatorText::InTheirWords => "来源原文",
        OperatorText::GraceTerms => "宽限期来源",
        OperatorText::SuggestedOperators => "推荐的运营商",
    }
}

pub fn safe(key: SafeText) -> &'static str {
    match key {
        SafeText::IosNoticeHeading => "Safari 可能会删除你的号码",
        SafeText::IosNoticeBody => "在 iPhone 和 iPad 上，如果 7 天内使用 Safari 却没有打开某个网站，Safari 会删除这个网站存储的数据。添加到主屏幕后，保号助手的数据会被保留。",
        SafeText::AddToHomeScreen => "添加到主屏幕",
        SafeText::IosStepExport => "先在“设置”里导出备份：主屏幕上的应用有自己的数据，一开始是空的。",
        SafeText::IosStepShare => "点按 Safari 的“分享”按钮。",
        SafeText::IosStepAdd => "选择“添加到主屏幕”，然后点按“添加”。",
        SafeText::IosStepImport => "从主屏幕图标打开保号助手，在“设置”里导入备份。",
        SafeText::Dismiss => "关闭",
        SafeText::SeparateDataHeading => "主屏幕应用和 Safari",
        SafeText::SeparateData => "主屏幕上的这个应用和 Safari 标签页里的保号助手各自保存数据，互不相通。要转移号码，请在一边导出备份，再在另一边导入。",
        SafeText::BackupOlderThanData => "上次备份已超过 30 天，之后你的号码又有了变化。",
        SafeText::CalendarOutdated => "手机日历里还是旧的到期日。",
    }
}

pub fn timeline(key: TimelineText) -> &'static str {
    match key {
        TimelineText::NextMonths => "未来 12 个月",
        TimelineText::CostPerYear => "逐年费用",
        TimelineText::ShowAsTable => "以表格显示",
        TimelineText::Today => "今天",
        TimelineText::Line => "号码",
        TimelineText::Deadline => "到期日",
        TimelineText::Status => "状态",
        TimelineText::RenewalWindow => "续费时段",
        TimelineText::GracePeriod => "宽限期",
        TimelineText::RecoverBy => "最晚恢复日期",
        TimelineText::NotKnown => "未知",
        TimelineText::Year => "年份",
        TimelineText::Amount => "金额",
        TimelineText::AveragePerYear => "年均",
        TimelineText::PerMonthKeptAlive => "每月保号费用",
    }
}

/// `(title, explanation)` of a default checklist step, by its id.
pub fn step(id: &str) -> Option<(&'static str, &'static str)> {
    Some(match id {
        "prepare.deadline" => (
            "确认到期日",
            "确认号码仍在有效期内。运营商通常会提前约一个月发短信提醒；没有收到就联系客服确认。",
        ),
        "prepare.details" => {
            ("准备好资料", "电话号码、身份证件（外国人用护照），以及运营商网站或 App 的登录信息。")
        }
        "prepare.payment" => ("选择付款方式", "一般可以用信用卡、借记卡或银行转账。"),
        "online.official" => (
            "使用官方网站或 App",
            "登录后找到充值或续费选项，输入号码（如有要求再输入证件号），选择套餐或金额。",
        ),
        "online.network" => ("使用可信的网络", "不要在公共 Wi-Fi 或仿冒网站上输入银行卡或证件信息。"),
        "online.pay" => ("付款", "完成付款，并等待确认信息。"),
        "shop.find" => ("查好营业厅和营业时间", "先查最近的运营商营业厅；高峰时段可能要排队。"),
        "shop.bring" => ("带上证件和银行卡", "工作人员会检查号码状态并办理续费；外国人还要带护照。"),
        "agent.reputation" => ("了解代理店的口碑", "先看评价，或问问用过这家代理店的人。"),
        "agent.fee" => ("先问清手续费", "代理店会收服务费；办理前先谈好价格。"),
        "close.check" => {
            ("付款前核对信息", "核对号码、金额和套餐：填错可能导致续费失败，或充到别人的号码上。")
        }
        "close.receipt" => ("保留凭证", "保存收据、确认短信或邮件，或截图，以防充值没有到账。"),
        "close.promotions" => ("留意优惠活动", "有时充值金额更大，有效期也更长。"),
        _ => return None,
    })
}

pub fn country(code: &str) -> Option<&'static str> {
    Some(match code {
        "BE" => "比利时",
        "GB" => "英国",
        "FR" => "法国",
        "DE" => "德国",
        "NL" => "荷兰",
        "LU" => "卢森堡",
        "ES" => "西班牙",
        "IT" => "意大利",
        "IE" => "爱尔兰",
        "CH" => "瑞士",
        "AT" => "奥地利",
        "PT" => "葡萄牙",
        "SE" => "瑞典",
        "DK" => "丹麦",
        "PL" => "波兰",
        "US" => "美国",
        "CA" => "加拿大",
        "AU" => "澳大利亚",
        "NZ" => "新西兰",
        "HK" => "中国香港",
        "MO" => "中国澳门",
        "TW" => "台湾",
        "SG" => "新加坡",
        "MY" => "马来西亚",
        "TH" => "泰国",
        "KR" => "韩国",
        "JP" => "日本",
        "CN" => "中国大陆",
        _ => return None,
    })
}

pub fn currency(code: &str) -> Option<&'static str> {
    Some(match code {
        "EUR" => "欧元",
        "GBP" => "英镑",
        "USD" => "美元",
        "CHF" => "瑞士法郎",
        "SEK" => "瑞典克朗",
        "DKK" => "丹麦克朗",
        "PLN" => "波兰兹罗提",
        "CAD" => "加拿大元",
        "AUD" => "澳大利亚元",
        "NZD" => "新西兰元",
        "HKD" => "港元",
        "MOP" => "澳门元",
        "SGD" => "新加坡元",
        "JPY" => "日元",
        "CNY" => "人民币",
        "TWD" => "新台币",
        "MYR" => "马来西亚林吉特",
        "THB" => "泰铢",
        "KRW" => "韩元",
        _ => return None,
    })
}
