//! The keys of the words that keep data from being lost: Safari's 7-day deletion on iPhone and
//! iPad, the Home Screen app's separate data, and backups or calendars older than the data
//! (their texts are in each language's module).

keys! {
    SafeText,
    IosNoticeHeading,
    IosNoticeBody,
    AddToHomeScreen,
    IosStepExport,
    IosStepShare,
    IosStepAdd,
    IosStepImport,
    Dismiss,
    SeparateDataHeading,
    SeparateData,
    BackupOlderThanData,
    CalendarOutdated,
}
