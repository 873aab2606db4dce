//! When to remind: at the user's time of day, once per lead time before a line's deadline,
//! then every day from the deadline on while the number can still be recovered, until the line
//! is renewed or the user snoozes or stops it; and the record of reminders already shown, so
//! that none is shown twice and no line is reminded twice on one day.

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::countdown::Countdown;
use super::ids::LineId;
use super::lead_times::LeadTimes;
use super::line::Line;
use super::sorting;
use super::time_of_day::TimeOfDay;

/// How many reminders shown for one line are remembered: the current deadline's, with room.
const SENT_KEPT_PER_LINE: usize = 8;

/// After a deadline without a known grace period, the days a line is still reminded daily.
pub const REPEAT_DAYS_WITHOUT_GRACE: u32 = 14;

/// One reminder shown: this line, for this deadline, this many days before it (the lead time
/// it stood for; the shortest once the deadline has passed), on this day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReminderKey {
    pub line: LineId,
    #[serde(deserialize_with = "super::iso_date::deserialize")]
    pub deadline: NaiveDate,
    pub lead: u16,
    /// The day it was shown; absent in reminders recorded before daily repeats existed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso_date::deserialize_option"
    )]
    pub day: Option<NaiveDate>,
}

impl ReminderKey {
    /// The notification's tag: one per line and day, so that two tabs showing the same
    /// reminder make one notification.
    pub fn tag(&self) -> String {
        let day = self.day.map(|day| day.to_string()).unwrap_or_default();
        format!("{}/{}/{day}", self.line, self.deadline)
    }
}

/// The user's answer to a line's reminders for its current deadline: a renewal moves the
/// deadline, and so ends it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReminderHold {
    pub line: LineId,
    #[serde(deserialize_with = "super::iso_date::deserialize")]
    pub deadline: NaiveDate,
    /// `Snooze`: nothing before this day's reminder time, and then a reminder. `None`:
    /// `Stop reminding` for this deadline.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso_date::deserialize_option"
    )]
    pub until: Option<NaiveDate>,
}

/// What the user set for every line without its own: the lead times and the time of day.
#[derive(Clone, Copy, Debug)]
pub struct ReminderDefaults<'a> {
    pub lead_times: &'a LeadTimes,
    pub remind_at: TimeOfDay,
}

impl<'a> ReminderDefaults<'a> {
    /// The lead times that apply to `line`: its own, or the default.
    pub fn lead_times_for(&self, line: &'a Line) -> &'a LeadTimes {
        line.lead_times.as_ref().unwrap_or(self.lead_times)
    }

    /// The time of day `line` is reminded at: its own, or the default.
    pub fn remind_at_for(&self, line: &Line) -> TimeOfDay {
        line.remind_at.unwrap_or(self.remind_at)
    }
}

/// What has been shown and what the user said: the record reminders are decided against.
#[derive(Clone, Copy, Debug)]
pub struct ReminderRecord<'a> {
    pub sent: &'a [ReminderKey],
    pub holds: &'a [ReminderHold],
}

/// A reminder to show now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueReminder {
    pub key: ReminderKey,
    pub line_name: String,
    /// Days to the deadline (negative once it has passed), with the grace period where known.
    pub countdown: Countdown,
}

/// The last day a line whose `deadline` has passed is still reminded: the grace period's last
/// day where it is known, otherwise `REPEAT_DAYS_WITHOUT_GRACE` days after the deadline.
pub fn repeat_until(line: &Line, deadline: NaiveDate) -> NaiveDate {
    let days = line.grace_days.unwrap_or(REPEAT_DAYS_WITHOUT_GRACE);
    deadline.checked_add_days(Days::new(u64::from(days))).unwrap_or(deadline)
}

/// Why a line is reminded today, before the record is consulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Occasion {
    /// A lead time before the deadline has come: shown once per lead time.
    LeadTime(u16),
    /// The deadline has passed and the number can still be recovered: shown every day.
    Daily(u16),
    /// The day the user snoozed to: shown whatever the stage.
    Snoozed(u16),
}

fn occasion(
    line: &Line,
    deadline: NaiveDate,
    today: NaiveDate,
    lead_times: &LeadTimes,
    hold: Option<&ReminderHold>,
) -> Option<Occasion> {
    let days_left = (deadline - today).num_days();
    match hold.map(|hold| hold.until) {
        Some(None) => return None,
        Some(Some(until)) if today < until => return None,
        Some(Some(until)) if today == until => {
            let lead = lead_times.stage(days_left).filter(|_| days_left < 0);
            let lead = lead.unwrap_or_else(|| u16::try_from(days_left.max(0)).unwrap_or(u16::MAX));
            return Some(Occasion::Snoozed(lead));
        }
        _ => {}
    }
    if days_left >= 0 {
        lead_times.stage(days_left).map(Occasion::LeadTime)
    } else if today <= repeat_until(line, deadline) {
        lead_times.stage(days_left).map(Occasion::Daily)
    } else {
        None
    }
}

/// The reminders to show at `now` (local time): for each line whose time of day has come, at
/// most one a day. Before the deadline, the most urgent lead time reached unless it (or a more
/// urgent one for the same deadline) was shown; a user back after months away therefore gets
/// one reminder per line, not one per missed lead time. From the deadline on, one every day
/// while the number can be recovered. Nothing for a line snoozed past today or stopped.
pub fn due_reminders(
    lines: &[Line],
    now: NaiveDateTime,
    defaults: ReminderDefaults<'_>,
    record: ReminderRecord<'_>,
) -> Vec<DueReminder> {
    let today = now.date();
    lines
        .iter()
        .filter(|line| defaults.remind_at_for(line).has_come(now.time()))
        .filter(|line| !record.sent.iter().any(|sent| sent.line == line.id && sent.day == Some(today)))
        .filter_map(|line| {
            let deadline = line.deadline()?;
            let hold = hold_for(record.holds, line, deadline);
            let occasion = occasion(line, deadline, today, defaults.lead_times_for(line), hold)?;
            let (lead, once) = match occasion {
                Occasion::LeadTime(lead) => (lead, true),
                Occasion::Daily(lead) | Occasion::Snoozed(lead) => (lead, false),
            };
            let key = ReminderKey { line: line.id.clone(), deadline, lead, day: Some(today) };
            let shown = once && record.sent.iter().any(|sent| covers(sent, &key));
            let countdown =
                Countdown { days_left: (deadline - today).num_days(), grace_days: line.grace_days };
            (!shown).then(|| DueReminder { key, line_name: line.name.clone(), countdown })
        })
        .collect()
}

/// Whether a shown reminder makes a lead time's reminder needless: same line and deadline, and
/// as close to the deadline or closer (after "1 day left", "7 days left" has nothing to add).
fn covers(sent: &ReminderKey, due: &ReminderKey) -> bool {
    sent.line == due.line && sent.deadline == due.deadline && sent.lead <= due.lead
}

fn hold_for<'a>(holds: &'a [ReminderHold], line: &Line, deadline: NaiveDate) -> Option<&'a ReminderHold> {
    holds.iter().find(|hold| hold.line == line.id && hold.deadline == deadline)
}

/// Where a line's reminders stand for its current deadline, for its card and detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderState {
    /// No reminder shown for this deadline yet, or none left to show.
    Quiet,
    /// A reminder was shown and more will come until the line is renewed: `Snooze` and
    /// `Stop reminding` are offered.
    Pending,
    /// Snoozed: the next reminder comes on this day.
    Snoozed(NaiveDate),
    /// Stopped until the deadline moves.
    Stopped,
}

pub fn reminder_state(line: &Line, today: NaiveDate, record: ReminderRecord<'_>) -> ReminderState {
    let Some(deadline) = line.deadline() else { return ReminderState::Quiet };
    if today > repeat_until(line, deadline) {
        return ReminderState::Quiet;
    }
    match hold_for(record.holds, line, deadline).map(|hold| hold.until) {
        Some(None) => ReminderState::Stopped,
        Some(Some(until)) if today < until => ReminderState::Snoozed(until),
        _ if record.sent.iter().any(|sent| sent.line == line.id && sent.deadline == deadline) => {
            ReminderState::Pending
        }
        _ => ReminderState::Quiet,
    }
}

/// `Snooze` on `today`: the next reminder tomorrow at the line's time, none before.
pub fn snooze(line: &Line, today: NaiveDate) -> Option<ReminderHold> {
    let until = today.checked_add_days(Days::new(1))?;
    Some(ReminderHold { line: line.id.clone(), deadline: line.deadline()?, until: Some(until) })
}

/// `Stop reminding`: no more reminders for the line's current deadline.
pub fn stop(line: &Line) -> Option<ReminderHold> {
    Some(ReminderHold { line: line.id.clone(), deadline: line.deadline()?, until: None })
}

/// Adds `hold`, replacing the line's earlier one.
pub fn with_hold(holds: &[ReminderHold], hold: ReminderHold) -> Vec<ReminderHold> {
    let mut kept: Vec<ReminderHold> = holds.iter().filter(|held| held.line != hold.line).cloned().collect();
    kept.push(hold);
    kept
}

/// The holds still in force: of lines that exist, for their current deadline, and (a snooze)
/// not yet past.
pub fn prune_holds(holds: &[ReminderHold], lines: &[Line], today: NaiveDate) -> Vec<ReminderHold> {
    holds
        .iter()
        .filter(|hold| {
            lines.iter().any(|line| line.id == hold.line && line.deadline() == Some(hold.deadline))
        })
        .filter(|hold| hold.until.is_none_or(|until| until >= today))
        .cloned()
        .collect()
}

/// The shown reminders worth keeping: those of lines that still exist, the newest few per line.
pub fn prune_sent(sent: &[ReminderKey], lines: &[Line]) -> Vec<ReminderKey> {
    let mut kept: Vec<ReminderKey> =
        sent.iter().filter(|key| lines.iter().any(|line| line.id == key.line)).cloned().collect();
    sorting::sort_by(&mut kept, |a, b| {
        (&a.line, b.deadline, b.day, a.lead).cmp(&(&b.line, a.deadline, a.day, b.lead))
    });
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
