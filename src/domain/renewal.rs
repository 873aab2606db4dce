//! Renewals: what the user did to keep a line alive (a top-up, a use, a new expiry date), the
//! history of them, and how they move the line's rules and deadline.
//!
//! A line's rules keep the dates typed in its form; the history moves them forward. The
//! effective rules are therefore always recomputed from the form's dates and the entries that
//! remain, so editing or deleting an entry recomputes the deadline as if it never happened.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::EntryId;
use super::money::Money;
use super::rule::Rule;
use super::sorting;

/// How the renewal was done (docs/domain.md, "Renewals and channels").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray, strum::IntoStaticStr, strum::EnumString)]
pub enum Channel {
    #[strum(serialize = "online")]
    Online,
    #[strum(serialize = "shop")]
    Shop,
    #[strum(serialize = "agent")]
    Agent,
}

/// Which actions keep a line's rules alive, beyond what each rule's kind implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counting {
    /// Whether a top-up counts as use (for use rules).
    pub top_up_is_use: bool,
}

impl Default for Counting {
    /// A top-up counts as use: what the app always did, and what most operators say.
    fn default() -> Self {
        Self { top_up_is_use: true }
    }
}

/// What was done, stored as `{"kind": "top_up"}` or `{"kind": "new_expiry", "expires_on": …}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "ActionRecord")]
pub enum Action {
    /// Credit added. Counts as use too, unless the line says its operator does not count it.
    TopUp,
    /// A paid call, SMS or data session.
    Usage,
    /// The operator gave a new expiry date.
    NewExpiry { expires_on: NaiveDate },
}

/// The kinds of action, without their values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray, strum::IntoStaticStr, strum::EnumString)]
pub enum ActionKind {
    #[default]
    #[strum(serialize = "top_up")]
    TopUp,
    #[strum(serialize = "usage")]
    Usage,
    #[strum(serialize = "new_expiry")]
    NewExpiry,
}

impl ActionKind {
    pub fn of(action: Action) -> Self {
        match action {
            Action::TopUp => ActionKind::TopUp,
            Action::Usage => ActionKind::Usage,
            Action::NewExpiry { .. } => ActionKind::NewExpiry,
        }
    }
}

/// A stored action read as one flat record, for the reason given at `rule::RuleRecord`.
#[derive(Deserialize)]
struct ActionRecord {
    kind: ActionKind,
    #[serde(default, deserialize_with = "super::iso_date::deserialize_option")]
    expires_on: Option<NaiveDate>,
}

impl TryFrom<ActionRecord> for Action {
    type Error = &'static str;

    fn try_from(record: ActionRecord) -> Result<Self, Self::Error> {
        match (record.kind, record.expires_on) {
            (ActionKind::TopUp, _) => Ok(Action::TopUp),
            (ActionKind::Usage, _) => Ok(Action::Usage),
            (ActionKind::NewExpiry, Some(expires_on)) => Ok(Action::NewExpiry { expires_on }),
            (ActionKind::NewExpiry, None) => Err("a new expiry without `expires_on`"),
        }
    }
}

impl Action {
    /// Whether this action satisfies a rule, i.e. restarts its period or replaces its date.
    pub fn satisfies(self, rule: &Rule, counting: Counting) -> bool {
        match (self, rule) {
            (Action::TopUp, Rule::TopUpEvery { .. } | Rule::TopUpBuys { .. }) => true,
            (Action::TopUp, Rule::UseEvery { .. }) => counting.top_up_is_use,
            (Action::Usage, Rule::UseEvery { .. }) => true,
            (Action::NewExpiry { .. }, Rule::FixedExpiry { .. }) => true,
            _ => false,
        }
    }
}

/// One entry of a line's history.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Renewal {
    /// Random, stable; made by the shell.
    pub id: EntryId,
    #[serde(deserialize_with = "super::iso_date::deserialize")]
    pub date: NaiveDate,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// A note or a receipt reference.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The rules as the history leaves them: each periodic rule counts from the later of its own
/// date and the last renewal that satisfies it; a fixed expiry takes the new expiry date of
/// the latest renewal that gave one.
pub fn effective_rules(rules: &[Rule], history: &[Renewal], counting: Counting) -> Vec<Rule> {
    rules.iter().map(|rule| effective_rule(rule, history, counting)).collect()
}

/// One rule as the history leaves it (see `effective_rules`).
pub fn effective_rule(rule: &Rule, history: &[Renewal], counting: Counting) -> Rule {
    let satisfying = || history.iter().filter(|entry| entry.action.satisfies(rule, counting));
    match rule {
        Rule::TopUpEvery { every, last_done } => {
            let last_done =
                satisfying().map(|entry| entry.date).chain([*last_done]).max().unwrap_or(*last_done);
            Rule::TopUpEvery { every: *every, last_done }
        }
        Rule::UseEvery { every, last_done } => {
            let last_done =
                satisfying().map(|entry| entry.date).chain([*last_done]).max().unwrap_or(*last_done);
            Rule::UseEvery { every: *every, last_done }
        }
        Rule::FixedExpiry { expires_on } => {
            let latest = satisfying().max_by_key(|entry| entry.date).and_then(|entry| match entry.action {
                Action::NewExpiry { expires_on } => Some(expires_on),
                _ => None,
            });
            Rule::FixedExpiry { expires_on: latest.unwrap_or(*expires_on) }
        }
        Rule::TopUpBuys { .. } => {
            let mut top_ups: Vec<&Renewal> = satisfying().collect();
            // By date; the same day's in the order recorded (the sort is stable).
            sorting::sort_by(&mut top_ups, |a, b| a.date.cmp(&b.date));
            top_ups.into_iter().fold(rule.clone(), after_top_up)
        }
    }
}

/// A rule whose top-ups buy time by amount, after one more top-up: every top-up from the day of
/// the one typed in the form on counts, each on the validity the earlier ones left.
fn after_top_up(rule: Rule, entry: &Renewal) -> Rule {
    let Rule::TopUpBuys { by_amount, last_done, .. } = &rule else { return rule };
    if entry.date < *last_done {
        return rule;
    }
    let by_amount = by_amount.clone();
    let amount = by_amount.amount_of(entry.amount.as_ref());
    let left = rule.deadline();
    Rule::TopUpBuys { by_amount, last_done: entry.date, amount, left }
}

/// History newest first (by date; among the same date, the later recorded first).
pub fn newest_first(history: &[Renewal]) -> Vec<&Renewal> {
    let mut entries: Vec<(usize, &Renewal)> = history.iter().enumerate().collect();
    sorting::sort_by(&mut entries, |(ia, a), (ib, b)| b.date.cmp(&a.date).then(ib.cmp(ia)));
    entries.into_iter().map(|(_, entry)| entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::period::Period;
    use crate::domain::test_support::date;

    #[test]
    fn actions_are_stored_tagged_by_kind_and_read_back() {
        for (action, text) in [
            (Action::TopUp, r#"{"kind":"top_up"}"#),
            (Action::Usage, r#"{"kind":"usage"}"#),
            (
                Action::NewExpiry { expires_on: date(2027, 1, 31) },
                r#"{"kind":"new_expiry","expires_on":"2027-01-31"}"#,
            ),
        ] {
            assert_eq!(serde_json::to_string(&action).unwrap(), text);
            assert_eq!(serde_json::from_str::<Action>(text).unwrap(), action);
        }
        assert!(serde_json::from_str::<Action>(r#"{"kind":"new_expiry"}"#).is_err());
        assert!(serde_json::from_str::<Action>(r#"{"kind":"gift"}"#).is_err());
    }

    fn entry(id: &str, day: NaiveDate, action: Action) -> Renewal {
        Renewal { id: id.into(), date: day, action, amount: None, channel: None, note: String::new() }
    }

    #[test]
    fn a_top_up_restarts_top_up_and_use_rules_but_not_a_fixed_expiry() {
        let rules = [
            Rule::TopUpEvery { every: Period::months(12), last_done: date(2025, 12, 1) },
            Rule::UseEvery { every: Period::days(90), last_done: date(2026, 10, 1) },
            Rule::FixedExpiry { expires_on: date(2027, 6, 1) },
        ];
        let history = [entry("a", date(2026, 11, 20), Action::TopUp)];
        let effective = effective_rules(&rules, &history, Counting::default());
        assert_eq!(
            effective[0],
            Rule::TopUpEvery { every: Period::months(12), last_done: date(2026, 11, 20) }
        );
        assert_eq!(effective[1], Rule::UseEvery { every: Period::days(90), last_done: date(2026, 11, 20) });
        assert_eq!(effective[2], rules[2]);
    }

    #[test]
    fn a_top_up_keeps_a_use_rule_alive_only_where_the_operator_counts_it() {
        let rules = [Rule::UseEvery { every: Period::days(180), last_done: date(2026, 1, 1) }];
        let history = [entry("a", date(2026, 6, 1), Action::TopUp)];
        let three_uk = Counting { top_up_is_use: false };
        assert_eq!(effective_rules(&rules, &history, three_uk)[0], rules[0]);
        assert_eq!(
            effective_rules(&rules, &history, Counting::default())[0],
            Rule::UseEvery { every: Period::days(180), last_done: date(2026, 6, 1) }
        );
    }

    #[test]
    fn usage_does_not_count_as_a_top_up() {
        let rules = [Rule::TopUpEvery { every: Period::months(12), last_done: date(2025, 12, 1) }];
        let effective =
            effective_rules(&rules, &[entry("a", date(2026, 11, 20), Action::Usage)], Counting::default());
        assert_eq!(effective[0], rules[0]);
    }

    #[test]
    fn an_older_entry_never_moves_a_date_back() {
        let rules = [Rule::TopUpEvery { every: Period::months(12), last_done: date(2026, 6, 1) }];
        let effective =
            effective_rules(&rules, &[entry("a", date(2026, 1, 1), Action::TopUp)], Counting::default());
        assert_eq!(effective[0], rules[0]);
    }

    #[test]
    fn the_latest_new_expiry_replaces_the_fixed_date() {
        let rules = [Rule::FixedExpiry { expires_on: date(2026, 12, 1) }];
        let history = [
            entry("a", date(2026, 11, 1), Action::NewExpiry { expires_on: date(2027, 6, 1) }),
            entry("b", date(2026, 11, 20), Action::NewExpiry { expires_on: date(2027, 12, 1) }),
        ];
        assert_eq!(
            effective_rules(&rules, &history, Counting::default())[0],
            Rule::FixedExpiry { expires_on: date(2027, 12, 1) }
        );
        assert_eq!(
            effective_rules(&rules, &history[..1], Counting::default())[0],
            Rule::FixedExpiry { expires_on: date(2027, 6, 1) }
        );
        assert_eq!(effective_rules(&rules, &[], Counting::default())[0], rules[0]);
    }

    #[test]
    fn history_reads_newest_first() {
        let history = [
            entry("old", date(2026, 1, 1), Action::TopUp),
            entry("new", date(2026, 11, 1), Action::TopUp),
            entry("same-day-later", date(2026, 11, 1), Action::Usage),
        ];
        let ids: Vec<&str> = newest_first(&history).iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["same-day-later", "new", "old"]);
    }
}
