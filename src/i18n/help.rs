//! The Help page's words, in both languages.

catalogue! {
    HelpText,
    Help => "Help", "帮助";
    AliveHeading => "What keeps a number alive", "怎样保住号码";
    AliveBody =>
        "Each prepaid line has a rule: top it up within a period (for example once every 12 months), use it within a period (a call, a text or data), or renew it before a fixed expiry date. Miss the deadline and the operator suspends the line, then gives the number to someone else, and everything bound to it (bank codes, accounts, friends) is lost. Rules change: check yours with the operator. Linekeeper counts to the first deadline, never to a grace period.",
        "每张预付费卡都有规则：在一定期限内充值（例如每 12 个月一次）、在一定期限内使用（打电话、发短信或用流量），或在固定到期日前续期。错过期限，运营商会先停机，然后把号码分给别人，绑定在号码上的一切（银行验证码、账户、朋友）都会失去。规则会变：请向运营商核实。保号助手按第一个到期日计算，从不把宽限期算进去。";
    RemindersHeading => "How reminders work in this browser", "这个浏览器里的提醒怎样工作";
    RemindersBody =>
        "A web page cannot wake itself up. Linekeeper shows a notification when it is open and a reminder falls due (30, 7 and 1 days before a deadline and on the day, or the days you choose in Settings), each only once. Installed on Android or a computer with Chrome or Edge, it may also check in the background. The calendar export always works: your phone's calendar then reminds you even if you never open Linekeeper. Settings says which of these this browser supports.",
        "网页无法自己唤醒。保号助手打开时，如果有到期的提醒（到期前 30 天、7 天、1 天和当天，或你在设置里选的天数），就会显示通知，每个提醒只显示一次。在安卓手机或电脑上用 Chrome 或 Edge 安装后，它还可能在后台检查。导出日历在任何情况下都有效：即使你从不打开保号助手，手机日历也会提醒你。设置页会说明这个浏览器支持哪些方式。";
    BackupHeading => "How to back up", "怎样备份";
    BackupBody =>
        "In Settings, Export backup saves every line, its history and checklist in one file. Keep it somewhere safe, such as your cloud drive or an email to yourself. On a new phone or browser, Import backup: Merge keeps the newer version of each line, Replace all takes the file as it is.",
        "在设置里，“导出备份”会把所有号码及其记录和清单保存到一个文件。请把它放在安全的地方，例如云盘或发给自己的邮件。换了手机或浏览器时，使用“导入备份”：“合并”保留每个号码较新的版本，“全部替换”则完全采用文件里的内容。";
    PrivacyHeading => "Your data stays on this device", "你的数据只留在这台设备上";
    PrivacyBody =>
        "Linekeeper has no server and no account: your lines are kept only in this browser, and nothing is ever sent anywhere. Clearing this site's data in the browser deletes them, so keep a backup. On iPhone and iPad, Safari also deletes them after 7 days of using Safari without opening Linekeeper, unless you add it to the Home Screen; the Home Screen app keeps its own data, apart from Safari's.",
        "保号助手没有服务器，也不需要账户：你的号码只保存在这个浏览器里，不会发送到任何地方。在浏览器里清除这个网站的数据会删除它们，所以请保留备份。在 iPhone 和 iPad 上，如果 7 天内使用 Safari 却没有打开保号助手，Safari 也会删除它们，除非你把它添加到主屏幕；主屏幕上的应用有自己的数据，与 Safari 的分开。";
}
