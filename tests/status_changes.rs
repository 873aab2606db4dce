//! The status changes a screen reader is told about when the day turns, and how it is said.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDate;
use common::{date, line_expiring};
use linekeeper::domain::countdown::Status;
use linekeeper::domain::document::Language;
use linekeeper::domain::line::Line;
use linekeeper::domain::status_change::status_changes;
use linekeeper::i18n::announcement::Announcement;

fn expiring(name: &str, expires_on: NaiveDate) -> Line {
    line_expiring(&name.to_lowercase(), name, expires_on)
}

fn changed(lines: &[Line], before: NaiveDate, after: NaiveDate) -> Vec<(String, Status, i64)> {
    status_changes(lines, before, after)
        .into_iter()
        .map(|change| (change.name, change.status, change.countdown.days_left))
        .collect()
}

#[test]
fn names_only_the_lines_whose_status_changed_overnight() {
    let lines = [
        expiring("giffgaff", date(2026, 12, 2)),  // 8 → 7 days: soon → urgent
        expiring("Proximus", date(2026, 11, 25)), // 1 → 0 days: urgent → due
        expiring("Orange", date(2026, 11, 24)),   // 0 → -1 days: due → expired
        expiring("CSL", date(2026, 12, 20)),      // 26 → 25 days: soon, unchanged
    ];
    let changes = changed(&lines, date(2026, 11, 24), date(2026, 11, 25));
    assert_eq!(
        changes,
        vec![
            ("Orange".to_string(), Status::Expired, -1),
            ("Proximus".to_string(), Status::Due, 0),
            ("giffgaff".to_string(), Status::Urgent, 7),
        ]
    );
}

#[test]
fn a_long_absence_reports_each_changed_line_once_with_its_new_status() {
    let lines = [expiring("giffgaff", date(2027, 1, 10)), expiring("Orange", date(2026, 12, 1))];
    let changes = changed(&lines, date(2026, 11, 1), date(2027, 2, 1));
    assert_eq!(
        changes,
        vec![("Orange".to_string(), Status::Expired, -62), ("giffgaff".to_string(), Status::Expired, -22)]
    );
}

#[test]
fn the_same_day_and_lines_without_a_deadline_change_nothing() {
    let lines = [
        expiring("giffgaff", date(2026, 12, 2)),
        Line { rules: Vec::new(), ..expiring("No rules yet", date(2026, 12, 1)) },
    ];
    assert!(changed(&lines, date(2026, 11, 25), date(2026, 11, 25)).is_empty());
    assert!(changed(&lines[1..], date(2026, 1, 1), date(2027, 1, 1)).is_empty());
}

#[test]
fn the_announcement_says_each_change_in_the_language_in_use() {
    let lines = [expiring("giffgaff", date(2026, 12, 2)), expiring("Orange", date(2026, 11, 24))];
    let said = Announcement::StatusChanges(status_changes(&lines, date(2026, 11, 24), date(2026, 11, 25)));
    assert_eq!(
        said.text(Language::English),
        "Status changed: Orange — Expired 1 day ago. giffgaff — Urgent, 7 days left."
    );
    assert_eq!(
        said.text(Language::SimplifiedChinese),
        "状态变化：Orange — 已过期 1 天。giffgaff — 紧急，还剩 7 天。"
    );
}

#[test]
fn a_line_with_a_grace_period_goes_from_due_to_suspended_and_later_to_expired() {
    let mut vodafone = expiring("Vodafone", date(2026, 11, 24));
    vodafone.grace_days = Some(2);
    let lines = [vodafone];
    assert_eq!(
        changed(&lines, date(2026, 11, 24), date(2026, 11, 25)),
        [("Vodafone".into(), Status::Suspended, -1)]
    );
    assert_eq!(changed(&lines, date(2026, 11, 25), date(2026, 11, 26)), []);
    assert_eq!(
        changed(&lines, date(2026, 11, 26), date(2026, 11, 27)),
        [("Vodafone".into(), Status::Expired, -3)]
    );
    let said = Announcement::StatusChanges(status_changes(&lines, date(2026, 11, 24), date(2026, 11, 25)));
    assert_eq!(said.text(Language::English), "Status changed: Vodafone — Suspended, 1 day left to recover.");
}
