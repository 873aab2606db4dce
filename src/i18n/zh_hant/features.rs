//! The Traditional Chinese texts of the feature catalogues (Help, reminders and the app, operators),
//! the default checklist steps, and the names of countries and currencies.

use crate::i18n::help::HelpText;
use crate::i18n::operator_text::OperatorText;
use crate::i18n::pwa_text::PwaText;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::timeline_text::TimelineText;

pub fn help(key: HelpText) -> &'static str {
    match key {
        HelpText::Help => "幫助",
        HelpText::AliveHeading => "怎樣保住號碼",
        HelpText::AliveBody => "每張預付費卡都有規則：在一定期限內儲值（例如每 12 個月一次）、在一定期限內使用（打電話、發簡訊或用行動數據），或在固定到期日前續期。錯過期限，電信商會先停機，然後把號碼分給別人，繫結在號碼上的一切（銀行驗證碼、帳戶、朋友）都會失去。規則會變：請向電信商核實。保號助手按第一個到期日計算，從不把寬限期算進去。",
        HelpText::RemindersHeading => "這個瀏覽器裡的提醒怎樣工作",
        HelpText::RemindersBody => "網頁無法自己喚醒。保號助手開啟時，會在你於設定中選擇的時間（提醒時間，預設 09:00）提醒：到期日前 30、7、1 天和當天（或你選擇的天數），到期後在號碼還能恢復的期間（寬限期內，不知道時為 14 天）每天提醒，直到你記錄續費、選擇「稍後提醒」或「停止提醒」。保號助手關閉時：匯出的日曆在所有瀏覽器中都會在相同的日子、相同的時間提醒；在手機或電腦上從 Chrome、Edge 安裝的 App 也可能在背景檢查，大約每天一次。有些瀏覽器會在提醒上顯示「記錄續費」和「明天」按鈕；在所有瀏覽器中，提醒待處理時號碼卡片上都有相同的選項。設定頁會說明這個瀏覽器支援哪些功能。",
        HelpText::BackupHeading => "怎樣備份",
        HelpText::BackupBody => "在設定裡，「匯出備份」會把所有號碼及其記錄和清單儲存到一個檔案。請把它放在安全的地方，例如雲端硬碟或發給自己的郵件。換了手機或瀏覽器時，使用「匯入備份」：「合併」保留每個號碼較新的版本，「全部替換」則完全採用檔案裡的內容。",
        HelpText::PrivacyHeading => "你的資料只留在這台裝置上",
        HelpText::PrivacyBody => "保號助手沒有伺服器，也不需要帳戶：你的號碼只儲存在這個瀏覽器裡，不會發送到任何地方。在瀏覽器裡清除這個網站的資料會刪除它們，所以請保留備份。在 iPhone 和 iPad 上，如果 7 天內使用 Safari 卻沒有開啟保號助手，Safari 也會刪除它們，除非你把它加入主畫面；主畫面上的 App 有自己的資料，與 Safari 的分開。",
    }
}

pub fn pwa(key: PwaText) -> &'static str {
    match key {
        PwaText::RemindersHeading => "提醒",
        PwaText::RemindersWhy => "網頁無法自己喚醒。保號助手開啟時，會在你選擇的時間提醒。關閉時，只有匯出的日曆在所有瀏覽器中都會提醒；從 Chrome、Edge 等瀏覽器安裝的 App 還會在背景檢查，大約每天一次。想要一定收到提醒，請匯出日曆。",
        PwaText::EnableNotifications => "開啟通知",
        PwaText::SendTestReminder => "傳送測試提醒",
        PwaText::RemindAtSaved => "提醒時間已儲存。",
        PwaText::Snooze => "稍後提醒",
        PwaText::Snoozed => "今天不再提醒這個號碼：明天再提醒。",
        PwaText::StopReminding => "停止提醒",
        PwaText::RemindersStopped => "這個到期日不再提醒，到期日改變後恢復。",
        PwaText::ActionTomorrow => "明天",
        PwaText::ExportLineCalendar => "加入日曆",
        PwaText::SupportActions => "提醒上的「記錄續費」和「明天」按鈕",
        PwaText::NotificationsOn => "通知已開啟。",
        PwaText::NotificationsOff => "通知未開啟。",
        PwaText::NotificationsBlocked => "這個網站的通知已被阻止。要解除阻止，請開啟網站設定（位址列左側的圖示），允許通知，然後重新載入頁面。",
        PwaText::NotificationsUnsupported => "這個瀏覽器無法顯示通知。",
        PwaText::TestNotificationTitle => "保號助手",
        PwaText::TestNotificationBody => "提醒會像這樣顯示。",
        PwaText::TestNotificationFailed => "無法顯示通知。",
        PwaText::RemindMeSaved => "提醒天數已儲存。",
        PwaText::CalendarHeading => "日曆",
        PwaText::CalendarWhy => "即使瀏覽器從不執行，手機日曆也會提醒你。續費後再匯入一次檔案：每個號碼的日程會被更新，不會重複。",
        PwaText::ExportCalendar => "匯出日曆",
        PwaText::CalendarExported => "日曆已匯出。",
        PwaText::CalendarName => "保號助手到期日",
        PwaText::InstallHeading => "安裝",
        PwaText::InstallApp => "安裝 App",
        PwaText::InstallWhy => "安裝後，保號助手像 App 一樣開啟，可以離線使用，在部分瀏覽器中還能在背景提醒你。",
        PwaText::InstallIos => "在 iPhone 或 iPad 上：點按 Safari 的「分享」按鈕，然後選擇「加入主畫面」。",
        PwaText::InstalledAlready => "保號助手已安裝在這台裝置上。",
        PwaText::InstallNotOffered => "這個瀏覽器目前沒有提供安裝。它的選單裡可能有「安裝」或「加入主畫面」。",
        PwaText::UpdateReady => "保號助手有新版本了。",
        PwaText::ReloadToUpdate => "重新載入以更新",
        PwaText::SupportHeading => "這個瀏覽器支援的功能",
        PwaText::SupportNotifications => "保號助手開啟時的通知",
        PwaText::SupportOffline => "離線使用",
        PwaText::SupportBackground => "保號助手關閉時的提醒（已安裝的 App）",
        PwaText::SupportBadge => "App 圖示上顯示緊急號碼的數量",
        PwaText::SupportCalendar => "匯出日曆",
        PwaText::Supported => "支援",
        PwaText::NotSupported => "不支援",
    }
}

pub fn operator(key: OperatorText) -> &'static str {
    match key {
        OperatorText::OperatorsTerms => "電信商條款",
        OperatorText::Unconfirmed => "未確認",
        OperatorText::UnconfirmedWhy => "電信商的官方頁面沒有確認這一條，它來自第三方來源。請向電信商核實。",
        OperatorText::WhatCounts => "怎樣算保號",
        OperatorText::CountsAnyUse => "任何通話、簡訊或上網",
        OperatorText::CountsChargeableUse => "一次收費的通話、簡訊或上網",
        OperatorText::CountsTopUp => "儲值",
        OperatorText::CountsPlanRenewal => "支付月方案",
        OperatorText::CountsPaidAddOn => "購買付費附加包",
        OperatorText::GraceUnknown => "過期後還能恢復多久未知。",
        OperatorText::TopUpCounts => "記錄的儲值也算作使用。",
        OperatorText::TopUpDoesNotCount => "記錄的儲值不算作使用：請記錄一次使用（收費的通話、簡訊或上網）。",
        OperatorText::TopUpSilent => "電信商條款沒有說明儲值是否算作使用；保號助手把它算作使用。",
        OperatorText::GraceField => "過期後的寬限期（天）",
        OperatorText::GraceFieldHint => "過了到期日後，電信商還允許恢復號碼的天數。不知道就留空。",
        OperatorText::TopUpIsUseField => "儲值算作使用",
        OperatorText::Operators => "電信商",
        OperatorText::SearchOperators => "搜尋電信商",
        OperatorText::NoOperatorMatches => "沒有符合的電信商。",
        OperatorText::Codes => "代碼",
        OperatorText::CodeBalance => "查餘額",
        OperatorText::CodeTopUp => "儲值",
        OperatorText::CodeExpiry => "查到期日",
        OperatorText::CodeCustomerService => "客服",
        OperatorText::CheckBalance => "查餘額",
        OperatorText::CheckBalanceWhy => "續費前後都查一下卡裡的餘額。在手機上點連結會撥打這個代碼。",
        OperatorText::CheckExpiry => "查詢到期日",
        OperatorText::CheckExpiryWhy => "電信商會回覆方案的到期日。在手機上點連結會開啟簡訊，你按傳送才會發出。",
        OperatorText::SendTopUpSms => "傳送儲值簡訊",
        OperatorText::SendTopUpSmsWhy => "會開啟簡訊並填好電信商的號碼和內容；你按傳送才會發出。",
        OperatorText::CallToTopUp => "打電話儲值",
        OperatorText::CallToTopUpWhy => "在手機上點連結會撥打這個號碼。",
        OperatorText::VoucherCodeWhy => "把 <儲值碼> 換成儲值卡上的儲值碼，再用這張卡撥打或傳送。",
        OperatorText::VoucherPlaceholder => "<儲值碼>",
        OperatorText::SendKeepAliveSms => "傳送保號簡訊",
        OperatorText::SendKeepAliveSmsWhy => "給其他號碼發一條收費簡訊就能滿足使用規則。連結會開啟簡訊並填好你的另一個號碼；你按傳送才會發出。",
        OperatorText::SendKeepAliveSmsNoOtherLine => "給其他號碼發一條收費簡訊就能滿足使用規則：用這張卡給朋友或你在國內的號碼發一條。",
        OperatorText::KeepAliveSmsText => "保號助手的保號簡訊",
        OperatorText::ConfirmBalanceMoved => "確認餘額有變化",
        OperatorText::ConfirmBalanceMovedWhy => "簡訊可能沒有發出，付款也可能失敗：記錄續費之前，先確認餘額或電信商 App 裡已經顯示這次續費。",
        OperatorText::Precautions => "注意事項（可選）",
        OperatorText::VoicemailOff => "關閉語音信箱",
        OperatorText::VoicemailOffWhy => "在國外時被轉到語音信箱的來電可能收費。在很多網路上撥 ##002# 可以關閉來電轉接。",
        OperatorText::IMessageOff => "取消 iMessage 和 FaceTime 啟用",
        OperatorText::IMessageOffWhy => "在 iPhone 上插入新卡時會發一條啟用簡訊，按國際簡訊收費：為這個號碼關閉 iMessage 和 FaceTime，或取消提示。",
        OperatorText::RoamingOff => "關閉資料漫遊",
        OperatorText::RoamingOffWhy => "幾分鐘的資料漫遊就可能用完保號所需的餘額。",
        OperatorText::RuleTopUpBuys => "按儲值金額計有效期",
        OperatorText::TiersHeading => "儲值金額與有效期",
        OperatorText::CountedFromTopUp => "從儲值當天起算；原有效期更長時保留原有效期。",
        OperatorText::CountedAdded => "疊加在剩餘有效期之上。",
        OperatorText::TopUpAmount => "該次儲值金額",
        OperatorText::NoAmountSmallestTier => "未填金額時，按最低一檔計算。",
        OperatorText::ProblemBelowSmallestTier => "低於最低一檔：這次儲值不延長有效期。",
        OperatorText::ProblemNoTiers => "不知道這家電信商的金額檔位：請選擇其他規則類型。",
        OperatorText::ConfirmedByOperator => "已由電信商確認",
        OperatorText::NoPublishedRule => "沒有公開的規則：請填寫電信商告訴你的規則。",
        OperatorText::CannotRenew => "這種產品無法保號：有效期不能延長。請改用這家電信商的其他產品來保留號碼。",
        OperatorText::CopyCode => "複製代碼",
        OperatorText::CopyCodeWhy => "iPhone 不會從連結撥打含 * 或 # 的代碼：請複製代碼，打開「電話」App 的撥號鍵盤，貼上後撥出。",
        OperatorText::CodeCopied => "已複製：請貼到「電話」App 的撥號鍵盤。",
        OperatorText::CopyFailed => "無法複製：請在「電話」App 的撥號鍵盤上輸入代碼。",
        OperatorText::CatalogueUnavailable => "無法載入電信商目錄。",
        OperatorText::Retry => "重試",
        OperatorText::AllCountries => "所有國家和地區",
        OperatorText::InTheirWords => "來源原文",
        OperatorText::GraceTerms => "寬限期來源",
        OperatorText::SuggestedOperators => "建議的電信商",
    }
}

pub fn safe(key: SafeText) -> &'static str {
    match key {
        SafeText::IosNoticeHeading => "Safari 可能會刪除你的號碼",
        SafeText::IosNoticeBody => "在 iPhone 和 iPad 上，如果 7 天內使用 Safari 卻沒有開啟某個網站，Safari 會刪除這個網站儲存的資料。加入主畫面後，保號助手的資料會被保留。",
        SafeText::AddToHomeScreen => "加入主畫面",
        SafeText::IosStepExport => "先在「設定」裡匯出備份：主畫面上的 App 有自己的資料，一開始是空的。",
        SafeText::IosStepShare => "點按 Safari 的「分享」按鈕。",
        SafeText::IosStepAdd => "選擇「加入主畫面」，然後點按「加入」。",
        SafeText::IosStepImport => "從主畫面圖示開啟保號助手，在「設定」裡匯入備份。",
        SafeText::Dismiss => "關閉",
        SafeText::SeparateDataHeading => "主畫面 App 和 Safari",
        SafeText::SeparateData => "主畫面上的這個 App 和 Safari 標籤頁裡的保號助手各自儲存資料，互不相通。要轉移號碼，請在一邊匯出備份，再在另一邊匯入。",
        SafeText::BackupOlderThanData => "上次備份已超過 30 天，之後你的號碼又有了變化。",
        SafeText::CalendarOutdated => "手機日曆裡還是舊的到期日。",
    }
}

pub fn timeline(key: TimelineText) -> &'static str {
    match key {
        TimelineText::NextMonths => "未來 12 個月",
        TimelineText::CostPerYear => "逐年費用",
        TimelineText::ShowAsTable => "以表格顯示",
        TimelineText::Today => "今天",
        TimelineText::Line => "號碼",
        TimelineText::Deadline => "到期日",
        TimelineText::Status => "狀態",
        TimelineText::RenewalWindow => "續費時段",
        TimelineText::GracePeriod => "寬限期",
        TimelineText::RecoverBy => "最晚恢復日期",
        TimelineText::NotKnown => "未知",
        TimelineText::Year => "年份",
        TimelineText::Amount => "金額",
        TimelineText::AveragePerYear => "年均",
        TimelineText::PerMonthKeptAlive => "每月保號費用",
    }
}

/// `(title, explanation)` of a default checklist step, by its id.
pub fn step(id: &str) -> Option<(&'static str, &'static str)> {
    Some(match id {
        "prepare.deadline" => (
            "確認到期日",
            "確認號碼仍在有效期內。電信商通常會提前約一個月發簡訊提醒；沒有收到就聯絡客服確認。",
        ),
        "prepare.details" => {
            ("準備好資料", "電話號碼、身份證件（外國人用護照），以及電信商網站或 App 的登入資訊。")
        }
        "prepare.payment" => ("選擇付款方式", "一般可以用信用卡、簽帳金融卡或銀行轉帳。"),
        "online.official" => (
            "使用官方網站或 App",
            "登入後找到儲值或續費選項，輸入號碼（如有要求再輸入證件號），選擇方案或金額。",
        ),
        "online.network" => ("使用可信的網路", "不要在公共 Wi-Fi 或仿冒網站上輸入銀行卡或證件資訊。"),
        "online.pay" => ("付款", "完成付款，並等待確認資訊。"),
        "shop.find" => ("查好門市和營業時間", "先查最近的電信商門市；高峰時段可能要排隊。"),
        "shop.bring" => ("帶上證件和銀行卡", "工作人員會檢查號碼狀態並辦理續費；外國人還要帶護照。"),
        "agent.reputation" => ("瞭解代理店的口碑", "先看評價，或問問用過這家代理店的人。"),
        "agent.fee" => ("先問清手續費", "代理店會收服務費；辦理前先談好價格。"),
        "close.check" => {
            ("付款前核對資訊", "核對號碼、金額和方案：填錯可能導致續費失敗，或充到別人的號碼上。")
        }
        "close.receipt" => ("保留憑證", "儲存收據、確認簡訊或郵件，或截圖，以防儲值沒有到賬。"),
        "close.promotions" => ("留意優惠活動", "有時儲值金額更大，有效期也更長。"),
        _ => return None,
    })
}

pub fn country(code: &str) -> Option<&'static str> {
    Some(match code {
        "BE" => "比利時",
        "GB" => "英國",
        "FR" => "法國",
        "DE" => "德國",
        "NL" => "荷蘭",
        "LU" => "盧森堡",
        "ES" => "西班牙",
        "IT" => "義大利",
        "IE" => "愛爾蘭",
        "CH" => "瑞士",
        "AT" => "奧地利",
        "PT" => "葡萄牙",
        "SE" => "瑞典",
        "DK" => "丹麥",
        "PL" => "波蘭",
        "US" => "美國",
        "CA" => "加拿大",
        "AU" => "澳大利亞",
        "NZ" => "紐西蘭",
        "HK" => "香港",
        "MO" => "澳門",
        "TW" => "台灣",
        "SG" => "新加坡",
        "MY" => "馬來西亞",
        "TH" => "泰國",
        "KR" => "韓國",
        "JP" => "日本",
        "CN" => "中國大陸",
        _ => return None,
    })
}

pub fn currency(code: &str) -> Option<&'static str> {
    Some(match code {
        "EUR" => "歐元",
        "GBP" => "英鎊",
        "USD" => "美元",
        "CHF" => "瑞士法郎",
        "SEK" => "瑞典克朗",
        "DKK" => "丹麥克朗",
        "PLN" => "波蘭茲羅提",
        "CAD" => "加拿大元",
        "AUD" => "澳大利亞元",
        "NZD" => "紐西蘭元",
        "HKD" => "港元",
        "MOP" => "澳門元",
        "SGD" => "新加坡元",
        "JPY" => "日圓",
        "CNY" => "人民幣",
        "TWD" => "新臺幣",
        "MYR" => "馬來西亞令吉",
        "THB" => "泰銖",
        "KRW" => "韓圓",
        _ => return None,
    })
}
