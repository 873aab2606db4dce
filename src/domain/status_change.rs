//! Which lines changed status when the day turned: what a screen reader is told, so that a
//! line going from soon to urgent is heard, not only seen as a new colour.

use chrono::NaiveDate;

use super::countdown::{Countdown, Status};
use super::line::Line;
use super::sorting;

/// A line whose status on the new day differs from the old day's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusChange {
    pub name: String,
    pub status: Status,
    pub countdown: Countdown,
}

/// The lines whose status differs between `before` and `after`, most pressing first, in the
/// order the list shows them. Lines without a deadline have no status and never change.
pub fn status_changes(lines: &[Line], before: NaiveDate, after: NaiveDate) -> Vec<StatusChange> {
    let mut changes: Vec<StatusChange> = lines
        .iter()
        .filter_map(|line| {
            let deadline = line.deadline()?;
            let old = Countdown::between(before, deadline).with_grace(line.grace_days).status();
            let countdown = Countdown::between(after, deadline).with_grace(line.grace_days);
            (countdown.status() != old).then(|| StatusChange {
                name: line.name.clone(),
                status: countdown.status(),
                countdown,
            })
        })
        .collect();
    sorting::sort_by_cached_key(&mut changes, |change| {
        (change.status, change.countdown.days_left, change.name.to_lowercase())
    });
    changes
}
