//! The reminders to come, for what runs while the app is closed: the service worker's list (a
//! window of days for each, at the line's time of day) and the days a calendar's alarms ring.
//! Both carry the schedule `reminders::due_reminders` follows.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::ids::LineId;
use super::line::Line;
use super::reminders::{repeat_until, ReminderDefaults, ReminderHold, ReminderKey};
use super::sorting;
use super::time_of_day::TimeOfDay;

/// A reminder to come, for a worker that runs while the app is closed: shown on one day from
/// `on` to `last`, at `at`, unless one of the record covers it. A lead time's reminder (`once`)
/// is covered by one as close to the deadline or closer; a daily one by one of the same day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScheduledReminder {
    pub line: LineId,
    pub deadline: NaiveDate,
    pub lead: u16,
    pub on: NaiveDate,
    pub last: NaiveDate,
    pub at: TimeOfDay,
    pub once: bool,
}

impl ScheduledReminder {
    /// The record of it once shown on `day`.
    pub fn key_on(&self, day: NaiveDate) -> ReminderKey {
        ReminderKey { line: self.line.clone(), deadline: self.deadline, lead: self.lead, day: Some(day) }
    }
}

/// Every reminder a line can have for its current deadline: one per lead time, then one per
/// day after the deadline while it can be recovered; a snooze moves them to its day, a stop
/// ends them.
fn all_for(
    line: &Line,
    defaults: ReminderDefaults<'_>,
    hold: Option<&ReminderHold>,
) -> Vec<ScheduledReminder> {
    let Some(deadline) = line.deadline() else { return Vec::new() };
    let lead_times = defaults.lead_times_for(line);
    let at = defaults.remind_at_for(line);
    let entry = |lead: u16, on: NaiveDate, last: NaiveDate, once: bool| ScheduledReminder {
        line: line.id.clone(),
        deadline,
        lead,
        on,
        last,
        at,
        once,
    };
    let before = lead_times.days().iter().filter_map(|&lead| {
        let on = deadline.checked_sub_days(Days::new(u64::from(lead)))?;
        Some(entry(lead, on, deadline, true))
    });
    let shortest = lead_times.days().last().copied().unwrap_or(0);
    let after = days_after(line, deadline).into_iter().filter_map(|days| {
        let on = deadline.checked_add_days(Days::new(u64::from(days)))?;
        Some(entry(shortest, on, on, false))
    });
    let all: Vec<ScheduledReminder> = before.chain(after).collect();
    match hold.map(|hold| hold.until) {
        None => all,
        Some(None) => Vec::new(),
        Some(Some(until)) => snoozed_to(all, until, deadline, entry),
    }
}

/// A snoozed line: nothing before `until`, a reminder on it, the rest as before.
fn snoozed_to(
    all: Vec<ScheduledReminder>,
    until: NaiveDate,
    deadline: NaiveDate,
    entry: impl Fn(u16, NaiveDate, NaiveDate, bool) -> ScheduledReminder,
) -> Vec<ScheduledReminder> {
    let lead = u16::try_from((deadline - until).num_days().max(0)).unwrap_or(u16::MAX);
    let day_after = until.checked_add_days(Days::new(1)).unwrap_or(until);
    let mut kept: Vec<ScheduledReminder> = all
        .into_iter()
        .filter(|reminder| reminder.last > until)
        .map(|reminder| ScheduledReminder { on: reminder.on.max(day_after), ..reminder })
        .collect();
    kept.push(entry(lead, until, until, false));
    kept
}

/// The days after `deadline` (1, 2, …) on which a lapsed line is reminded.
pub fn days_after(line: &Line, deadline: NaiveDate) -> Vec<u32> {
    let last = (repeat_until(line, deadline) - deadline).num_days();
    (1..=u32::try_from(last).unwrap_or(0)).collect()
}

/// Every reminder that may still be shown from `today` to `horizon_days` later, by first day.
pub fn schedule(
    lines: &[Line],
    today: NaiveDate,
    defaults: ReminderDefaults<'_>,
    holds: &[ReminderHold],
    horizon_days: u64,
) -> Vec<ScheduledReminder> {
    let last_day = today.checked_add_days(Days::new(horizon_days)).unwrap_or(today);
    let mut scheduled: Vec<ScheduledReminder> = lines
        .iter()
        .flat_map(|line| {
            let hold =
                holds.iter().find(|hold| hold.line == line.id && Some(hold.deadline) == line.deadline());
            all_for(line, defaults, hold)
        })
        .filter(|reminder| today <= reminder.last && reminder.on <= last_day)
        .collect();
    sorting::sort_by(&mut scheduled, |a, b| (a.on, &a.line).cmp(&(b.on, &b.line)));
    scheduled
}
