//! The Help page's words, in both languages.

keys! {
    HelpText,
    Help,
    AliveHeading,
    AliveBody,
    RemindersHeading,
    RemindersBody,
    BackupHeading,
    BackupBody,
    PrivacyHeading,
    PrivacyBody,
}
