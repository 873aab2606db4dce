//! When to remind: lead times before each line's deadline, which reminders are due today, and
//! the record of those already sent so that none is ever sent twice.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::ids::LineId;

use super::lead_times::LeadTimes;
use super::line::Line;
use super::sorting;

/// How many reminders sent for one line are remembered: the current deadline's, with room.
const SENT_KEPT_PER_LINE: usize = 8;

/// One reminder: this line, for this deadline, this many days before it, or (`grace_end`) on
/// the last day of the grace period after it. Sent at most once.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReminderKey {
    pub line: LineId,
    #[serde(deserialize_with = "super::iso_date::deserialize")]
    pub deadline: NaiveDate,
    pub lead: u16,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub grace_end: bool,
}

impl ReminderKey {
    fn before_deadline(line: &Line, deadline: NaiveDate, lead: u16) -> Self {
        Self { line: line.id.clone(), deadline, lead, grace_end: false }
    }

    fn at_grace_end(line: &Line, deadline: NaiveDate) -> Self {
        Self { line: line.id.clone(), deadline, lead: 0, grace_end: true }
    }

    /// Whether this sent reminder already covers `due`: same line and deadline, and as close to
    /// the deadline or closer (after "1 day left", "7 days left" has nothing to add). The last
    /// day of a grace period comes after all of them, and only it covers itself.
    fn covers(&self, due: &ReminderKey) -> bool {
        let closer = match (self.grace_end, due.grace_end) {
            (true, _) => true,
            (false, true) => false,
            (false, false) => self.lead <= due.lead,
        };
        self.line == due.line && self.deadline == due.deadline && closer
    }

    /// The notification's tag: one per reminder, so that a phone replaces rather than stacks a
    /// repeat. The service worker receives it with the schedule and builds none of its own.
    pub fn tag(&self) -> String {
        let stage = if self.grace_end { "grace".to_owned() } else { self.lead.to_string() };
        format!("{}/{}/{stage}", self.line, self.deadline)
    }
}

/// A reminder to show now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueReminder {
    pub key: ReminderKey,
    pub line_name: String,
    /// Negative once the deadline has passed.
    pub days_left: i64,
}

/// The lead times that apply to `line`: its own, or the user's default.
pub fn lead_times_for<'a>(line: &'a Line, default: &'a LeadTimes) -> &'a LeadTimes {
    line.lead_times.as_ref().unwrap_or(default)
}

/// The reminders to show today: at most one per line, the most urgent one whose day has
/// come, unless it (or a more urgent one for the same deadline) was already sent. A user back
/// after months away therefore gets one reminder per line, not one per missed lead time. On
/// the last day of a known grace period, one more: the last chance to revive the number.
pub fn due_reminders(
    lines: &[Line],
    today: NaiveDate,
    default_lead_times: &LeadTimes,
    already_sent: &[ReminderKey],
) -> Vec<DueReminder> {
    lines
        .iter()
        .filter_map(|line| {
            let deadline = line.deadline()?;
            let days_left = (deadline - today).num_days();
            let key = if line.grace_end() == Some(today) && days_left < 0 {
                ReminderKey::at_grace_end(line, deadline)
            } else {
                let lead = lead_times_for(line, default_lead_times).stage(days_left)?;
                ReminderKey::before_deadline(line, deadline, lead)
            };
            let sent = already_sent.iter().any(|sent| sent.covers(&key));
            (!sent).then(|| DueReminder { key, line_name: line.name.clone(), days_left })
        })
        .collect()
}

/// A reminder to come, for a worker that runs while the app is closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScheduledReminder {
    pub key: ReminderKey,
    /// The day it becomes due.
    pub on: NaiveDate,
}

impl ScheduledReminder {
    /// Every reminder a line can have for its current deadline: one per lead time, and the last
    /// day of the grace period where it is known.
    fn all_for<'a>(line: &'a Line, lead_times: &'a LeadTimes) -> impl Iterator<Item = Self> + 'a {
        let deadline = line.deadline();
        let before = deadline.into_iter().flat_map(move |deadline| {
            lead_times.days().iter().filter_map(move |&lead| {
                let on = deadline.checked_sub_days(Days::new(u64::from(lead)))?;
                Some(Self { key: ReminderKey::before_deadline(line, deadline, lead), on })
            })
        });
        let grace = deadline
            .zip(line.grace_end())
            .map(|(deadline, on)| Self { key: ReminderKey::at_grace_end(line, deadline), on });
        before.chain(grace)
    }
}

/// Every reminder falling due after today and within `horizon_days`, in date order.
pub fn schedule(
    lines: &[Line],
    today: NaiveDate,
    default_lead_times: &LeadTimes,
    horizon_days: u64,
) -> Vec<ScheduledReminder> {
    let last_day = today.checked_add_days(Days::new(horizon_days)).unwrap_or(today);
    let mut scheduled: Vec<ScheduledReminder> = lines
        .iter()
        .flat_map(|line| ScheduledReminder::all_for(line, lead_times_for(line, default_lead_times)))
        .filter(|reminder| today < reminder.on && reminder.on <= last_day)
        .collect();
    sorting::sort_by(&mut scheduled, |a, b| (a.on, &a.key.line).cmp(&(b.on, &b.key.line)));
    scheduled
}

/// The sent reminders worth keeping: those of lines that still exist, the newest few per line.
pub fn prune_sent(sent: &[ReminderKey], lines: &[Line]) -> Vec<ReminderKey> {
    let mut kept: Vec<ReminderKey> =
        sent.iter().filter(|key| lines.iter().any(|line| line.id == key.line)).cloned().collect();
    sorting::sort_by(&mut kept, |a, b| (&a.line, b.deadline, a.lead).cmp(&(&b.line, a.deadline, b.lead)));
    kept.dedup();
    let mut per_line = std::collections::HashMap::<&str, usize>::new();
    let mut result = Vec::new();
    for key in &kept {
        let count = per_line.entry(key.line.as_str()).or_default();
        *count += 1;
        if *count <= SENT_KEPT_PER_LINE {
            result.push(key.clone());
        }
    }
    result
}
