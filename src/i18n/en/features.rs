//! The English texts of the feature catalogues (Help, reminders and the app, operators),
//! the default checklist steps, and the names of countries and currencies.

use crate::i18n::help::HelpText;
use crate::i18n::operator_text::OperatorText;
use crate::i18n::pwa_text::PwaText;
use crate::i18n::safekeeping::SafeText;
use crate::i18n::timeline_text::TimelineText;

pub fn help(key: HelpText) -> &'static str {
    match key {
        HelpText::Help => "Help",
        HelpText::AliveHeading => "What keeps a number alive",
        HelpText::AliveBody => "Each prepaid line has a rule: top it up within a period (for example once every 12 months), use it within a period (a call, a text or data), or renew it before a fixed expiry date. Miss the deadline and the operator suspends the line, then gives the number to someone else, and everything bound to it (bank codes, accounts, friends) is lost. Rules change: check yours with the operator. Linekeeper counts to the first deadline, never to a grace period.",
        HelpText::RemindersHeading => "How reminders work in this browser",
        HelpText::RemindersBody => "A web page cannot wake itself up. While Linekeeper is open, it shows a reminder at the time you choose in Settings (Remind at, 09:00 unless you change it): 30, 7 and 1 days before a deadline and on the day (or the days you choose), then every day after the deadline while the number can still be recovered (its grace period, or 14 days), until you record the renewal, Snooze or Stop reminding. With Linekeeper closed: the calendar export reminds in every browser, with alarms at the same time on the same days; an app installed from Chrome or Edge on Android or a computer may also check in the background, about once a day. Some browsers show Record renewal and Tomorrow buttons on a reminder; in every browser, the same choices are on the line's card while a reminder is pending. Settings says which of these this browser supports.",
        HelpText::BackupHeading => "How to back up",
        HelpText::BackupBody => "In Settings, Export backup saves every line, its history and checklist in one file. Keep it somewhere safe, such as your cloud drive or an email to yourself. On a new phone or browser, Import backup: Merge keeps the newer version of each line, Replace all takes the file as it is.",
        HelpText::PrivacyHeading => "Your data stays on this device",
        HelpText::PrivacyBody => "Linekeeper has no server and no account: your lines are kept only in this browser, and nothing is ever sent anywhere. Clearing this site's data in the browser deletes them, so keep a backup. On iPhone and iPad, Safari also deletes them after 7 days of using Safari without opening Linekeeper, unless you add it to the Home Screen; the Home Screen app keeps its own data, apart from Safari's.",
    }
}

pub fn pwa(key: PwaText) -> &'static str {
    match key {
        PwaText::RemindersHeading => "Reminders",
        PwaText::RemindersWhy => "A web page cannot wake itself up. While Linekeeper is open, reminders come at the time you choose. With it closed, the calendar export is the only reminder every browser keeps; an app installed from Chrome, Edge or another browser that offers it also checks in the background, about once a day. For reminders that always arrive, export the calendar.",
        PwaText::EnableNotifications => "Enable notifications",
        PwaText::SendTestReminder => "Send a test reminder",
        PwaText::RemindAtSaved => "Reminder time saved.",
        PwaText::Snooze => "Snooze",
        PwaText::Snoozed => "No more reminders today for this line: the next one comes tomorrow.",
        PwaText::StopReminding => "Stop reminding",
        PwaText::RemindersStopped => "Reminders stopped until this deadline changes.",
        PwaText::ActionTomorrow => "Tomorrow",
        PwaText::ExportLineCalendar => "Add to calendar",
        PwaText::SupportActions => "Record renewal and Tomorrow buttons on a reminder",
        PwaText::NotificationsOn => "Notifications are on.",
        PwaText::NotificationsOff => "Notifications are off.",
        PwaText::NotificationsBlocked => "Notifications are blocked for this site. To unblock them, open the site settings (the icon at the left of the address bar), allow notifications, then reload the page.",
        PwaText::NotificationsUnsupported => "This browser cannot show notifications.",
        PwaText::TestNotificationTitle => "Linekeeper",
        PwaText::TestNotificationBody => "Reminders will look like this.",
        PwaText::TestNotificationFailed => "The notification could not be shown.",
        PwaText::RemindMeSaved => "Reminder days saved.",
        PwaText::CalendarHeading => "Calendar",
        PwaText::CalendarWhy => "Your phone's calendar reminds you even when the browser never runs. Import the file again after a renewal: each line's event is updated, not duplicated.",
        PwaText::ExportCalendar => "Export calendar",
        PwaText::CalendarExported => "Calendar exported.",
        PwaText::CalendarName => "Linekeeper deadlines",
        PwaText::InstallHeading => "Install",
        PwaText::InstallApp => "Install app",
        PwaText::InstallWhy => "Installed, Linekeeper opens like an app, works offline and, in some browsers, can remind you in the background.",
        PwaText::InstallIos => "On iPhone or iPad: tap the Share button in Safari, then Add to Home Screen.",
        PwaText::InstalledAlready => "Linekeeper is installed on this device.",
        PwaText::InstallNotOffered => "This browser does not offer to install Linekeeper now. Its menu may have an Install or Add to Home Screen item.",
        PwaText::UpdateReady => "A new version of Linekeeper is ready.",
        PwaText::ReloadToUpdate => "Reload to update",
        PwaText::SupportHeading => "What this browser can do",
        PwaText::SupportNotifications => "Notifications while Linekeeper is open",
        PwaText::SupportOffline => "Working offline",
        PwaText::SupportBackground => "Reminders while Linekeeper is closed (installed app)",
        PwaText::SupportBadge => "Number of urgent lines on the app icon",
        PwaText::SupportCalendar => "Calendar export",
        PwaText::Supported => "Yes",
        PwaText::NotSupported => "No",
    }
}

pub fn operator(key: OperatorText) -> &'static str {
    match key {
        OperatorText::OperatorsTerms => "Operator's terms",
        OperatorText::Unconfirmed => "Unconfirmed",
        OperatorText::UnconfirmedWhy => "No official page of the operator confirmed this: it comes from a secondary source. Check with your operator.",
        OperatorText::WhatCounts => "What keeps it alive",
        OperatorText::CountsAnyUse => "any call, text or data session",
        OperatorText::CountsChargeableUse => "a paid call, text or data session",
        OperatorText::CountsTopUp => "a top-up",
        OperatorText::CountsPlanRenewal => "paying the monthly plan",
        OperatorText::CountsPaidAddOn => "buying a paid add-on",
        OperatorText::GraceUnknown => "How long a lapsed number can still be revived is not known.",
        OperatorText::TopUpCounts => "A recorded top-up counts as use.",
        OperatorText::TopUpDoesNotCount => "A recorded top-up does not count as use: record a use (a paid call, text or data session).",
        OperatorText::TopUpSilent => "The operator's terms do not say whether a top-up counts as use; Linekeeper counts it.",
        OperatorText::GraceField => "Grace period after the deadline (days)",
        OperatorText::GraceFieldHint => "How long the operator still lets you revive the number after the deadline. Leave it empty if you do not know.",
        OperatorText::TopUpIsUseField => "A top-up counts as use",
        OperatorText::Operators => "Operators",
        OperatorText::SearchOperators => "Search operators",
        OperatorText::NoOperatorMatches => "No operator matches.",
        OperatorText::Codes => "Codes",
        OperatorText::CodeBalance => "Balance",
        OperatorText::CodeTopUp => "Top up",
        OperatorText::CodeExpiry => "Expiry date",
        OperatorText::CodeCustomerService => "Customer service",
        OperatorText::CheckBalance => "Check balance",
        OperatorText::CheckBalanceWhy => "Before and after renewing: know what is on the card. Tapping the link dials the code on a phone.",
        OperatorText::CheckExpiry => "Check the expiry date",
        OperatorText::CheckExpiryWhy => "The operator replies with the date your plan runs to. Tapping the link opens your messages on a phone; nothing is sent until you send it.",
        OperatorText::SendTopUpSms => "Send top-up SMS",
        OperatorText::SendTopUpSmsWhy => "Opens your messages with the operator's number and text filled in; nothing is sent until you send it.",
        OperatorText::CallToTopUp => "Call to top up",
        OperatorText::CallToTopUpWhy => "Tapping the link dials it on a phone.",
        OperatorText::VoucherCodeWhy => "Replace <voucher code> with the code of your top-up voucher, then dial or send it from this SIM.",
        OperatorText::VoucherPlaceholder => "<voucher code>",
        OperatorText::SendKeepAliveSms => "Send keep-alive SMS",
        OperatorText::SendKeepAliveSmsWhy => "One chargeable text to another number keeps a use rule alive. The link opens your messages with one of your other lines filled in; nothing is sent until you send it.",
        OperatorText::SendKeepAliveSmsNoOtherLine => "One chargeable text to another number keeps a use rule alive: send one from this SIM to a friend or to your number at home.",
        OperatorText::KeepAliveSmsText => "Keep-alive text from Linekeeper",
        OperatorText::ConfirmBalanceMoved => "Confirm the balance moved",
        OperatorText::ConfirmBalanceMovedWhy => "A text can silently fail to send and a payment can fail: check the balance or the operator's app shows the renewal before you record it.",
        OperatorText::Precautions => "Precautions (optional)",
        OperatorText::VoicemailOff => "Turn voicemail off",
        OperatorText::VoicemailOffWhy => "Calls forwarded to voicemail while you are abroad can cost money. ##002# turns call forwarding off on many networks.",
        OperatorText::IMessageOff => "Cancel the iMessage and FaceTime activation",
        OperatorText::IMessageOffWhy => "On an iPhone, a new SIM sends an activation text that is billed as an international SMS: turn iMessage and FaceTime off for this number, or cancel the prompt.",
        OperatorText::RoamingOff => "Turn data roaming off",
        OperatorText::RoamingOffWhy => "A few minutes of data roaming can use up the credit that keeps the line alive.",
        OperatorText::RuleTopUpBuys => "Top-up buys time by amount",
        OperatorText::TiersHeading => "What a top-up buys",
        OperatorText::CountedFromTopUp => "Counted from the top-up day; a longer validity already left stays.",
        OperatorText::CountedAdded => "Added to the validity left.",
        OperatorText::TopUpAmount => "Amount of that top-up",
        OperatorText::NoAmountSmallestTier => "Without an amount, a top-up counts as the smallest tier.",
        OperatorText::ProblemBelowSmallestTier => "Below the smallest tier: this top-up buys no time.",
        OperatorText::ProblemNoTiers => "This operator's tiers are not known: choose another kind of rule.",
        OperatorText::ConfirmedByOperator => "Confirmed by the operator",
        OperatorText::NoPublishedRule => "No published rule: enter the one your operator gives you.",
        OperatorText::CannotRenew => "This product cannot be kept alive: its validity cannot be extended. Keep your number on another of the operator's products.",
        OperatorText::CopyCode => "Copy code",
        OperatorText::CopyCodeWhy => "An iPhone will not dial a code with * or # from a link: copy it, open the Phone app's keypad, paste it and call.",
        OperatorText::CodeCopied => "Copied: paste it into the Phone app's keypad.",
        OperatorText::CopyFailed => "Could not copy: type the code into the Phone app's keypad.",
        OperatorText::CatalogueUnavailable => "The operator catalogue could not be loaded.",
        OperatorText::Retry => "Retry",
        OperatorText::AllCountries => "All countries",
        OperatorText::InTheirWords => "In the source's words",
        OperatorText::GraceTerms => "Grace period's source",
        OperatorText::SuggestedOperators => "Suggested operators",
    }
}

pub fn safe(key: SafeText) -> &'static str {
    match key {
        SafeText::IosNoticeHeading => "Safari may delete your lines",
        SafeText::IosNoticeBody => "On iPhone and iPad, Safari deletes what a website stored after 7 days of using Safari without a visit. Added to the Home Screen, Linekeeper keeps its data.",
        SafeText::AddToHomeScreen => "Add to Home Screen",
        SafeText::IosStepExport => "Export a backup in Settings: the Home Screen app starts with its own, empty data.",
        SafeText::IosStepShare => "Tap the Share button in Safari.",
        SafeText::IosStepAdd => "Choose Add to Home Screen, then Add.",
        SafeText::IosStepImport => "Open Linekeeper from its icon and import the backup in Settings.",
        SafeText::Dismiss => "Dismiss",
        SafeText::SeparateDataHeading => "Home Screen app and Safari",
        SafeText::SeparateData => "This Home Screen app and Linekeeper in a Safari tab keep separate data. To move your lines, export a backup in one and import it in the other.",
        SafeText::BackupOlderThanData => "Your lines changed since your last backup, which is more than 30 days old.",
        SafeText::CalendarOutdated => "Your phone's calendar still holds the old deadline.",
    }
}

pub fn timeline(key: TimelineText) -> &'static str {
    match key {
        TimelineText::NextMonths => "Next 12 months",
        TimelineText::CostPerYear => "Cost per year",
        TimelineText::ShowAsTable => "Show as table",
        TimelineText::Today => "Today",
        TimelineText::Line => "Line",
        TimelineText::Deadline => "Deadline",
        TimelineText::Status => "Status",
        TimelineText::RenewalWindow => "Renewal window",
        TimelineText::GracePeriod => "Grace period",
        TimelineText::RecoverBy => "Recover by",
        TimelineText::NotKnown => "Not known",
        TimelineText::Year => "Year",
        TimelineText::Amount => "Amount",
        TimelineText::AveragePerYear => "Average per year",
        TimelineText::PerMonthKeptAlive => "Per month kept alive",
    }
}

/// `(title, explanation)` of a default checklist step, by its id.
pub fn step(id: &str) -> Option<(&'static str, &'static str)> {
    Some(match id {
        "prepare.deadline" => (
            "Know the deadline",
            "Check the card is still valid. The operator usually sends a reminder about a month before; if not, ask its customer service.",
        ),
        "prepare.details" => (
            "Have your details ready",
            "The phone number, an identity document (passport for foreigners) and the login of the operator's website or app.",
        ),
        "prepare.payment" => (
            "Choose how to pay",
            "Credit card, debit card or bank transfer are commonly accepted.",
        ),
        "online.official" => (
            "Use the official website or app",
            "Log in, find the top-up or renewal option, enter the number (and ID number if asked), choose the plan or amount.",
        ),
        "online.network" => (
            "Use a trusted network",
            "Never enter card or ID details on public Wi-Fi or on a look-alike site.",
        ),
        "online.pay" => (
            "Pay",
            "Complete the payment and wait for the confirmation.",
        ),
        "shop.find" => (
            "Find a shop and its opening hours",
            "Look up the nearest shop of the operator first; expect queues at busy times.",
        ),
        "shop.bring" => (
            "Bring your ID and a bank card",
            "Staff check the card's status and renew it; foreigners bring the passport too.",
        ),
        "agent.reputation" => (
            "Check the agent's reputation",
            "Read reviews, or ask people who used the agent before.",
        ),
        "agent.fee" => (
            "Ask the fee up front",
            "Agents charge for the service; agree on the price before they renew.",
        ),
        "close.check" => (
            "Check the details before paying",
            "Number, amount and plan: a wrong entry can make the renewal fail or credit someone else's number.",
        ),
        "close.receipt" => (
            "Keep the receipt",
            "The receipt, confirmation SMS or email, or a screenshot, in case the top-up does not arrive.",
        ),
        "close.promotions" => (
            "Look for promotions",
            "A larger top-up sometimes gives a longer validity.",
        ),
        _ => return None,
    })
}

pub fn country(code: &str) -> Option<&'static str> {
    Some(match code {
        "BE" => "Belgium",
        "GB" => "United Kingdom",
        "FR" => "France",
        "DE" => "Germany",
        "NL" => "Netherlands",
        "LU" => "Luxembourg",
        "ES" => "Spain",
        "IT" => "Italy",
        "IE" => "Ireland",
        "CH" => "Switzerland",
        "AT" => "Austria",
        "PT" => "Portugal",
        "SE" => "Sweden",
        "DK" => "Denmark",
        "PL" => "Poland",
        "US" => "United States",
        "CA" => "Canada",
        "AU" => "Australia",
        "NZ" => "New Zealand",
        "HK" => "Hong Kong",
        "MO" => "Macao",
        "TW" => "Taiwan",
        "SG" => "Singapore",
        "MY" => "Malaysia",
        "TH" => "Thailand",
        "KR" => "South Korea",
        "JP" => "Japan",
        "CN" => "Mainland China",
        _ => return None,
    })
}

pub fn currency(code: &str) -> Option<&'static str> {
    Some(match code {
        "EUR" => "Euro",
        "GBP" => "Pound sterling",
        "USD" => "US dollar",
        "CHF" => "Swiss franc",
        "SEK" => "Swedish krona",
        "DKK" => "Danish krone",
        "PLN" => "Polish złoty",
        "CAD" => "Canadian dollar",
        "AUD" => "Australian dollar",
        "NZD" => "New Zealand dollar",
        "HKD" => "Hong Kong dollar",
        "MOP" => "Macao pataca",
        "SGD" => "Singapore dollar",
        "JPY" => "Japanese yen",
        "CNY" => "Chinese yuan",
        "TWD" => "New Taiwan dollar",
        "MYR" => "Malaysian ringgit",
        "THB" => "Thai baht",
        "KRW" => "South Korean won",
        _ => return None,
    })
}
