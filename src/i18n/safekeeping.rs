//! The words that keep data from being lost: Safari's 7-day deletion on iPhone and iPad, the
//! Home Screen app's separate data, and backups or calendars older than the data.

catalogue! {
    SafeText,
    IosNoticeHeading => "Safari may delete your lines", "Safari 可能会删除你的号码";
    IosNoticeBody =>
        "On iPhone and iPad, Safari deletes what a website stored after 7 days of using Safari without a visit. Added to the Home Screen, Linekeeper keeps its data.",
        "在 iPhone 和 iPad 上，如果 7 天内使用 Safari 却没有打开某个网站，Safari 会删除这个网站存储的数据。添加到主屏幕后，保号助手的数据会被保留。";
    AddToHomeScreen => "Add to Home Screen", "添加到主屏幕";
    IosStepExport =>
        "Export a backup in Settings: the Home Screen app starts with its own, empty data.",
        "先在“设置”里导出备份：主屏幕上的应用有自己的数据，一开始是空的。";
    IosStepShare => "Tap the Share button in Safari.", "点按 Safari 的“分享”按钮。";
    IosStepAdd => "Choose Add to Home Screen, then Add.", "选择“添加到主屏幕”，然后点按“添加”。";
    IosStepImport =>
        "Open Linekeeper from its icon and import the backup in Settings.",
        "从主屏幕图标打开保号助手，在“设置”里导入备份。";
    Dismiss => "Dismiss", "关闭";
    SeparateDataHeading => "Home Screen app and Safari", "主屏幕应用和 Safari";
    SeparateData =>
        "This Home Screen app and Linekeeper in a Safari tab keep separate data. To move your lines, export a backup in one and import it in the other.",
        "主屏幕上的这个应用和 Safari 标签页里的保号助手各自保存数据，互不相通。要转移号码，请在一边导出备份，再在另一边导入。";
    BackupOlderThanData =>
        "Your lines changed since your last backup, which is more than 30 days old.",
        "上次备份已超过 30 天，之后你的号码又有了变化。";
    CalendarOutdated =>
        "Your phone's calendar still holds the old deadline.",
        "手机日历里还是旧的到期日。";
}
