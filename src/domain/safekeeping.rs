//! When to warn that the data could be lost: Safari's 7-day deletion of a site's storage on
//! iPhone and iPad, and a backup that is older than the data it should hold.
//!
//! Safari deletes everything a site's scripts stored (localStorage included) after 7 days of
//! Safari use without a visit, unless the site was added to the Home Screen; and the Home
//! Screen app keeps its own storage, apart from the Safari tab's.

use chrono::NaiveDate;

use super::backup::BACKUP_NUDGE_DAYS;

/// Where the app runs, as far as storage is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A Safari tab (any browser) on iPhone or iPad: storage may be deleted after 7 days.
    IosBrowserTab,
    /// Added to the Home Screen of an iPhone or iPad: kept, but apart from Safari's.
    IosHomeScreenApp,
    Elsewhere,
}

impl Place {
    /// From the browser's signals: an iOS or iPadOS device, and running in its own window
    /// (`navigator.standalone` or `display-mode: standalone`).
    pub fn of(ios: bool, standalone: bool) -> Self {
        match (ios, standalone) {
            (true, false) => Place::IosBrowserTab,
            (true, true) => Place::IosHomeScreenApp,
            (false, _) => Place::Elsewhere,
        }
    }
}

/// Whether the list shows the notice that Safari may delete the data: in a Safari tab on iOS,
/// until dismissed; once dismissed, again when the newer of the dismissal and the last backup
/// is more than `BACKUP_NUDGE_DAYS` old (a backup made since then is getting old too).
pub fn show_ios_storage_notice(
    place: Place,
    dismissed_on: Option<NaiveDate>,
    last_backup_on: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    if place != Place::IosBrowserTab {
        return false;
    }
    match dismissed_on {
        None => true,
        Some(dismissed) => {
            let since = last_backup_on.map_or(dismissed, |backup| backup.max(dismissed));
            (today - since).num_days() > BACKUP_NUDGE_DAYS
        }
    }
}

/// Whether the list suggests a backup because the data changed since the last one, and that
/// one is more than `BACKUP_NUDGE_DAYS` old. (Settings' own nudge also covers "never".)
pub fn backup_older_than_data(
    last_backup_on: Option<NaiveDate>,
    changed_since: bool,
    today: NaiveDate,
) -> bool {
    changed_since && last_backup_on.is_some_and(|day| (today - day).num_days() > BACKUP_NUDGE_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + chrono::Days::new(u64::from(d))
    }

    #[test]
    fn the_place_follows_the_signals() {
        assert_eq!(Place::of(true, false), Place::IosBrowserTab);
        assert_eq!(Place::of(true, true), Place::IosHomeScreenApp);
        assert_eq!(Place::of(false, true), Place::Elsewhere);
        assert_eq!(Place::of(false, false), Place::Elsewhere);
    }

    #[test]
    fn the_notice_shows_only_in_an_ios_browser_tab() {
        assert!(show_ios_storage_notice(Place::IosBrowserTab, None, None, day(0)));
        assert!(!show_ios_storage_notice(Place::IosHomeScreenApp, None, None, day(0)));
        assert!(!show_ios_storage_notice(Place::Elsewhere, None, None, day(0)));
    }

    #[test]
    fn a_dismissal_holds_for_30_days_then_the_notice_returns() {
        let tab = Place::IosBrowserTab;
        assert!(!show_ios_storage_notice(tab, Some(day(0)), None, day(30)));
        assert!(show_ios_storage_notice(tab, Some(day(0)), None, day(31)));
        // An old backup does not bring it back early.
        assert!(!show_ios_storage_notice(tab, Some(day(10)), Some(day(0)), day(40)));
    }

    #[test]
    fn after_a_dismissal_the_notice_returns_when_the_next_backup_is_older_than_30_days() {
        let tab = Place::IosBrowserTab;
        assert!(!show_ios_storage_notice(tab, Some(day(0)), Some(day(20)), day(50)));
        assert!(show_ios_storage_notice(tab, Some(day(0)), Some(day(20)), day(51)));
    }

    #[test]
    fn a_backup_is_suggested_when_the_data_changed_since_one_older_than_30_days() {
        assert!(backup_older_than_data(Some(day(0)), true, day(31)));
        assert!(!backup_older_than_data(Some(day(0)), true, day(30)));
        assert!(!backup_older_than_data(Some(day(0)), false, day(60)), "nothing new to back up");
        assert!(!backup_older_than_data(None, true, day(60)), "Settings asks for a first backup");
    }
}
