//! A line: one SIM / phone number kept alive, and the deadline its rules imply.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checklist::Checklist;
use super::countdown::{grace_end, Countdown};
use super::ids::{EntryId, LineId};
use super::lead_times::LeadTimes;
use super::renewal::{effective_rule, effective_rules, Counting, Renewal};
use super::rule::Rule;
use super::sorting;
use super::time_of_day::TimeOfDay;

/// One phone number being kept alive. Built only through validation (see `validation.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Line {
    /// Random, stable; never changes once given.
    pub id: LineId,
    pub name: String,
    pub number: String,
    /// ISO 3166-1 alpha-2 code, or empty when not given.
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub operator: String,
    /// ISO 4217 code, or empty when not given.
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub notes: String,
    /// The rules as typed in the form; `effective_rules` applies the history to them.
    pub rules: Vec<Rule>,
    /// Renewals recorded, in the order they were recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Renewal>,
    #[serde(default, skip_serializing_if = "Checklist::is_empty")]
    pub checklist: Checklist,
    /// When the line was last changed on this device (milliseconds since 1970, UTC): the
    /// newer of two versions wins when a backup is merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Days before the deadline to remind; `None` follows the user's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_times: Option<LeadTimes>,
    /// The time of day to remind; `None` follows the user's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remind_at: Option<TimeOfDay>,
    /// Days after the deadline in which the operator still lets the number be revived, where
    /// known. It never moves the deadline: it only says how long is left to recover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace_days: Option<u32>,
    /// Whether a top-up keeps a use rule alive: `None` where the operator's terms are silent,
    /// and then it does (as it always did before the operator catalogue said otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_up_is_use: Option<bool>,
}

impl Line {
    /// The rules with the dates the recorded renewals moved them to.
    pub fn effective_rules(&self) -> Vec<Rule> {
        effective_rules(&self.rules, &self.history, self.counting())
    }

    /// Which recorded actions keep this line's rules alive.
    pub fn counting(&self) -> Counting {
        Counting { top_up_is_use: self.top_up_is_use.unwrap_or(true) }
    }

    /// The earliest deadline of the line's rules: the day the line must be renewed by.
    pub fn deadline(&self) -> Option<NaiveDate> {
        // Rule by rule, without collecting the effective rules: the list asks for every line's
        // deadline on every change.
        let counting = self.counting();
        self.rules.iter().filter_map(|rule| effective_rule(rule, &self.history, counting).deadline()).min()
    }

    /// Whether an exported calendar still holds this line as `other` is: the same name,
    /// number, operator, deadline and reminder times.
    pub fn same_calendar_event(&self, other: &Line) -> bool {
        self.name == other.name
            && self.number == other.number
            && self.operator == other.operator
            && self.deadline() == other.deadline()
            && self.lead_times == other.lead_times
            && self.remind_at == other.remind_at
            && self.grace_days == other.grace_days
    }

    /// The last day the number can still be revived, where the grace period is known.
    pub fn grace_end(&self) -> Option<NaiveDate> {
        grace_end(self.deadline()?, self.grace_days?)
    }

    /// How many days after the deadline then in force `entry` was done, if it was late: the
    /// deadline the line had from its rules and the renewals dated before it. A late renewal
    /// still revives the line (its new deadline counts from it), and the history says so.
    pub fn late_by(&self, entry: &Renewal) -> Option<i64> {
        let earlier: Vec<Renewal> = self.history.iter().filter(|e| e.date < entry.date).cloned().collect();
        let counting = self.counting();
        let deadline_then = self
            .rules
            .iter()
            .filter(|rule| entry.action.satisfies(rule, counting))
            .filter_map(|rule| effective_rule(rule, &earlier, counting).deadline())
            .min()?;
        let late = (entry.date - deadline_then).num_days();
        (late > 0).then_some(late)
    }

    /// Adds a renewal to the history; the checklist starts its next cycle.
    pub fn record(&mut self, renewal: Renewal) {
        self.history.push(renewal);
        self.checklist.start_next_cycle();
    }

    /// Replaces the history entry with the same id, and gives back the one it replaced (`None`
    /// when there is none, and nothing changes).
    pub fn replace_entry(&mut self, renewal: Renewal) -> Option<Renewal> {
        let entry = self.history.iter_mut().find(|entry| entry.id == renewal.id)?;
        Some(std::mem::replace(entry, renewal))
    }

    pub fn remove_entry(&mut self, id: &EntryId) -> Option<Renewal> {
        let index = self.history.iter().position(|entry| entry.id == *id)?;
        Some(self.history.remove(index))
    }

    pub fn countdown(&self, today: NaiveDate) -> Option<Countdown> {
        self.deadline().map(|deadline| Countdown::between(today, deadline).with_grace(self.grace_days))
    }
}

/// Lines in the order the list shows them: nearest deadline first, then by name.
/// Lines without a computable deadline go last.
pub fn sorted_by_deadline(lines: &[Line]) -> Vec<&Line> {
    let mut keyed: Vec<(bool, Option<NaiveDate>, &Line)> = lines
        .iter()
        .map(|line| {
            let deadline = line.deadline();
            (deadline.is_none(), deadline, line)
        })
        .collect();
    // Names are lowercased only to break a tie: lowercasing every name on every sort would
    // slow each change of a long list.
    sorting::sort_by(&mut keyed, |(a_none, a, a_line), (b_none, b, b_line)| {
        (a_none, a)
            .cmp(&(b_none, b))
            .then_with(|| a_line.name.to_lowercase().cmp(&b_line.name.to_lowercase()))
    });
    keyed.into_iter().map(|(_, _, line)| line).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::period::Period;
    use crate::domain::test_support::date;

    fn line(name: &str, rules: Vec<Rule>) -> Line {
        Line { rules, ..crate::domain::test_support::line(name) }
    }

    #[test]
    fn the_earliest_rule_sets_the_deadline() {
        let both = line(
            "Both",
            vec![
                Rule::TopUpEvery { every: Period::months(12), last_done: date(2026, 1, 10) },
                Rule::UseEvery { every: Period::days(90), last_done: date(2026, 10, 1) },
            ],
        );
        assert_eq!(both.deadline(), Some(date(2026, 12, 30)));
    }

    #[test]
    fn a_renewal_in_the_grace_period_revives_the_line_and_reads_as_late() {
        use crate::domain::renewal::Action;
        let mut vodafone =
            line("Vodafone", vec![Rule::UseEvery { every: Period::days(180), last_done: date(2026, 1, 1) }]);
        vodafone.grace_days = Some(90);
        assert_eq!(vodafone.deadline(), Some(date(2026, 6, 30)));
        let late = Renewal {
            id: "r1".into(),
            date: date(2026, 7, 12),
            action: Action::Usage,
            amount: None,
            channel: None,
            note: String::new(),
        };
        vodafone.record(late.clone());
        assert_eq!(vodafone.deadline(), Some(date(2027, 1, 8)), "180 days from the late use");
        assert_eq!(vodafone.late_by(&late), Some(12));
        let on_time = Renewal { id: "r2".into(), date: date(2026, 12, 1), ..late };
        vodafone.record(on_time.clone());
        assert_eq!(vodafone.late_by(&on_time), None);
    }

    #[test]
    fn lines_sort_by_nearest_deadline_then_name() {
        let later = line("Later", vec![Rule::FixedExpiry { expires_on: date(2027, 1, 1) }]);
        let b = line("b", vec![Rule::FixedExpiry { expires_on: date(2026, 12, 1) }]);
        let a = line("A", vec![Rule::FixedExpiry { expires_on: date(2026, 12, 1) }]);
        let lines = [later, b, a];
        let names: Vec<&str> = sorted_by_deadline(&lines).iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["A", "b", "Later"]);
    }
}
