//! The words of reminders, the installable app and the calendar export, in both languages:
//! a catalogue of its own (`PwaText`), and the notification and calendar texts built from a line.

use chrono::NaiveDate;

use super::format::{countdown, date};
use crate::domain::countdown::Countdown;
use crate::domain::document::Language;
use crate::domain::reminders::{DueReminder, ReminderKey};

catalogue! {
    PwaText,
    RemindersHeading => "Reminders", "提醒";
    RemindersWhy =>
        "A web page cannot wake itself up: reminders arrive when Linekeeper is open, and in the background only where this browser supports it. For reminders that always arrive, also export the calendar.",
        "网页无法自己唤醒：保号助手打开时才会发出提醒，只有浏览器支持时才能在后台提醒。想要一定收到提醒，请同时导出日历。";
    EnableNotifications => "Enable notifications", "开启通知";
    SendTestNotification => "Send test notification", "发送测试通知";
    NotificationsOn => "Notifications are on.", "通知已开启。";
    NotificationsOff => "Notifications are off.", "通知未开启。";
    NotificationsBlocked =>
        "Notifications are blocked for this site. To unblock them, open the site settings (the icon at the left of the address bar), allow notifications, then reload the page.",
        "这个网站的通知已被阻止。要解除阻止，请打开网站设置（地址栏左侧的图标），允许通知，然后重新加载页面。";
    NotificationsUnsupported => "This browser cannot show notifications.", "这个浏览器无法显示通知。";
    TestNotificationTitle => "Linekeeper", "保号助手";
    TestNotificationBody => "Reminders will look like this.", "提醒会像这样显示。";
    TestNotificationFailed => "The notification could not be shown.", "无法显示通知。";
    RemindMeSaved => "Reminder days saved.", "提醒天数已保存。";
    CalendarHeading => "Calendar", "日历";
    CalendarWhy =>
        "Your phone's calendar reminds you even when the browser never runs. Import the file again after a renewal: each line's event is updated, not duplicated.",
        "即使浏览器从不运行，手机日历也会提醒你。续费后再导入一次文件：每个号码的日程会被更新，不会重复。";
    ExportCalendar => "Export calendar", "导出日历";
    CalendarExported => "Calendar exported.", "日历已导出。";
    CalendarName => "Linekeeper deadlines", "保号助手到期日";
    InstallHeading => "Install", "安装";
    InstallApp => "Install app", "安装应用";
    InstallWhy =>
        "Installed, Linekeeper opens like an app, works offline and, in some browsers, can remind you in the background.",
        "安装后，保号助手像应用一样打开，可以离线使用，在部分浏览器中还能在后台提醒你。";
    InstallIos =>
        "On iPhone or iPad: tap the Share button in Safari, then Add to Home Screen.",
        "在 iPhone 或 iPad 上：点按 Safari 的“分享”按钮，然后选择“添加到主屏幕”。";
    InstalledAlready => "Linekeeper is installed on this device.", "保号助手已安装在这台设备上。";
    InstallNotOffered =>
        "This browser does not offer to install Linekeeper now. Its menu may have an Install or Add to Home Screen item.",
        "这个浏览器目前没有提供安装。它的菜单里可能有“安装”或“添加到主屏幕”。";
    UpdateReady => "A new version of Linekeeper is ready.", "保号助手有新版本了。";
    ReloadToUpdate => "Reload to update", "重新加载以更新";
    SupportHeading => "What this browser can do", "这个浏览器支持的功能";
    SupportNotifications => "Notifications while Linekeeper is open", "保号助手打开时的通知";
    SupportOffline => "Working offline", "离线使用";
    SupportBackground => "Reminders while Linekeeper is closed (installed app)", "保号助手关闭时的提醒（已安装的应用）";
    SupportBadge => "Number of urgent lines on the app icon", "应用图标上显示紧急号码的数量";
    SupportCalendar => "Calendar export", "导出日历";
    Supported => "Yes", "支持";
    NotSupported => "No", "不支持";
}

/// A notification's text: `Renew by 24 Dec 2026: 3 days left.`; on the last day of a grace
/// period, that it is the last day to recover the number.
pub fn reminder_body(language: Language, reminder: &DueReminder) -> String {
    if reminder.key.grace_end {
        return last_day_to_recover(language, reminder.key.deadline);
    }
    let when = date(language, reminder.key.deadline);
    let left = countdown(language, Countdown { days_left: reminder.days_left, grace_days: None });
    match language {
        Language::English => format!("Renew by {when}: {left}."),
        Language::SimplifiedChinese => format!("请在{when}前续费：{left}。"),
    }
}

/// The text of a reminder the service worker shows on its own, possibly days after it was
/// written: the date only, never a count of days that may be stale by then.
pub fn scheduled_reminder_body(language: Language, key: &ReminderKey) -> String {
    if key.grace_end {
        return last_day_to_recover(language, key.deadline);
    }
    let when = date(language, key.deadline);
    match language {
        Language::English => format!("Renew by {when}."),
        Language::SimplifiedChinese => format!("请在{when}前续费。"),
    }
}

fn last_day_to_recover(language: Language, deadline: NaiveDate) -> String {
    let when = date(language, deadline);
    match language {
        Language::English => {
            format!(
                "Last day to recover this number (its deadline was {when}): renew today, or it may be lost."
            )
        }
        Language::SimplifiedChinese => {
            format!("今天是恢复这个号码的最后一天（到期日是{when}）：请今天续费，否则号码可能被收回。")
        }
    }
}

/// A calendar event's title: `Renew Proximus BE`.
pub fn calendar_summary(language: Language, line_name: &str) -> String {
    match language {
        Language::English => format!("Renew {line_name}"),
        Language::SimplifiedChinese => format!("续费 {line_name}"),
    }
}

/// The alarm on the last day of a grace period: `Last day to recover Vodafone UK`.
pub fn calendar_grace_alarm(language: Language, line_name: &str) -> String {
    match language {
        Language::English => format!("Last day to recover {line_name}"),
        Language::SimplifiedChinese => format!("{line_name}：恢复号码的最后一天"),
    }
}

/// A calendar event's description: the number and operator, so the event says which card.
pub fn calendar_description(language: Language, number: &str, operator: &str) -> String {
    let what = if operator.is_empty() { number.to_owned() } else { format!("{number} ({operator})") };
    match language {
        Language::English => {
            format!("Top up or use {what} before the end of this day, or the number may be lost.")
        }
        Language::SimplifiedChinese => format!("请在当天结束前为 {what} 充值或使用，否则号码可能被收回。"),
    }
}
