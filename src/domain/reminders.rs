//! When to remind: lead times before each line's deadline, which reminders are due today, and
//! the record of those already sent so that none is ever sent twice.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::line::Line;

/// The most lead times one list may hold, and the longest lead time, in days.
pub const MAX_LEAD_TIMES: usize = 8;
pub const MAX_LEAD_DAYS: u16 = 365;
/// How many reminders sent for one line are remembered: the current deadline's, with room.
const SENT_KEPT_PER_LINE: usize = 8;

/// Days before a deadline to remind, longest first, without repeats (0 = on the day).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<u16>", into = "Vec<u16>")]
pub struct LeadTimes(Vec<u16>);

impl Default for LeadTimes {
    /// 30, 7 and 1 days before, and on the day itself.
    fn default() -> Self {
        Self(vec![30, 7, 1, 0])
    }
}

/// Why typed lead times are refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadTimesProblem {
    Empty,
    NotANumber,
    TooLarge,
    TooMany,
}

impl std::fmt::Display for LeadTimesProblem {
    /// For a stored value that fails the checks (the interface words it through i18n).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "lead times: {self:?}")
    }
}

impl LeadTimes {
    /// Reads `30, 7, 1, 0`: numbers of days separated by commas (also `，` and `、`) or spaces,
    /// in any order.
    pub fn parse(typed: &str) -> Result<Self, LeadTimesProblem> {
        let separators = [',', '，', '、', ' ', ';'];
        let days: Vec<u16> = typed
            .split(separators)
            .filter(|part| !part.is_empty())
            .map(|part| part.parse::<u64>().map_err(|_| LeadTimesProblem::NotANumber))
            .map(|day| day.and_then(|d| u16::try_from(d).map_err(|_| LeadTimesProblem::TooLarge)))
            .collect::<Result<_, _>>()?;
        Self::try_from(days)
    }

    pub fn days(&self) -> &[u16] {
        &self.0
    }

    /// The shortest lead time whose day has come for `days_left`, or the shortest of all when
    /// the deadline has passed: the one reminder a line needs today.
    fn stage(&self, days_left: i64) -> Option<u16> {
        let shortest = *self.0.last()?;
        if days_left < 0 {
            return Some(shortest);
        }
        self.0.iter().rev().copied().find(|&lead| i64::from(lead) >= days_left)
    }
}

impl TryFrom<Vec<u16>> for LeadTimes {
    type Error = LeadTimesProblem;

    fn try_from(mut days: Vec<u16>) -> Result<Self, Self::Error> {
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        match days.as_slice() {
            [] => Err(LeadTimesProblem::Empty),
            [longest, ..] if *longest > MAX_LEAD_DAYS => Err(LeadTimesProblem::TooLarge),
            _ if days.len() > MAX_LEAD_TIMES => Err(LeadTimesProblem::TooMany),
            _ => Ok(Self(days)),
        }
    }
}

impl From<LeadTimes> for Vec<u16> {
    fn from(lead_times: LeadTimes) -> Self {
        lead_times.0
    }
}

impl std::fmt::Display for LeadTimes {
    /// `30, 7, 1, 0`, as the field shows it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let days: Vec<String> = self.0.iter().map(u16::to_string).collect();
        f.write_str(&days.join(", "))
    }
}

/// One reminder: this line, for this deadline, this many days before it, or (`grace_end`) on
/// the last day of the grace period after it. Sent at most once.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReminderKey {
    pub line: String,
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
    scheduled.sort_by(|a, b| (a.on, &a.key.line).cmp(&(b.on, &b.key.line)));
    scheduled
}

/// The sent reminders worth keeping: those of lines that still exist, the newest few per line.
pub fn prune_sent(sent: &[ReminderKey], lines: &[Line]) -> Vec<ReminderKey> {
    let mut kept: Vec<ReminderKey> =
        sent.iter().filter(|key| lines.iter().any(|line| line.id == key.line)).cloned().collect();
    kept.sort_by(|a, b| (&a.line, b.deadline, a.lead).cmp(&(&b.line, a.deadline, b.lead)));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lead_times_in_any_order_and_with_chinese_commas() {
        assert_eq!(LeadTimes::parse("0, 7，30、1").unwrap(), LeadTimes::default());
        assert_eq!(LeadTimes::parse("7 7 3").unwrap().days(), [7, 3]);
        assert_eq!(LeadTimes::default().to_string(), "30, 7, 1, 0");
    }

    #[test]
    fn refuses_lead_times_that_make_no_sense() {
        assert_eq!(LeadTimes::parse(" , "), Err(LeadTimesProblem::Empty));
        assert_eq!(LeadTimes::parse("7, a week"), Err(LeadTimesProblem::NotANumber));
        assert_eq!(LeadTimes::parse("-1"), Err(LeadTimesProblem::NotANumber));
        assert_eq!(LeadTimes::parse("400"), Err(LeadTimesProblem::TooLarge));
        assert_eq!(LeadTimes::parse("99999999999"), Err(LeadTimesProblem::TooLarge));
        assert_eq!(LeadTimes::parse("1 2 3 4 5 6 7 8 9"), Err(LeadTimesProblem::TooMany));
    }

    #[test]
    fn the_stage_is_the_shortest_lead_time_already_reached() {
        let leads = LeadTimes::default();
        assert_eq!(leads.stage(31), None);
        assert_eq!(leads.stage(30), Some(30));
        assert_eq!(leads.stage(8), Some(30));
        assert_eq!(leads.stage(3), Some(7));
        assert_eq!(leads.stage(1), Some(1));
        assert_eq!(leads.stage(0), Some(0));
        assert_eq!(leads.stage(-90), Some(0));
    }

    #[test]
    fn stored_lead_times_are_checked_like_typed_ones() {
        assert!(serde_json::from_str::<LeadTimes>("[]").is_err());
        assert_eq!(serde_json::from_str::<LeadTimes>("[1, 30]").unwrap().days(), [30, 1]);
    }
}
