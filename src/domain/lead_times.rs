//! Lead times: how many days before a deadline to remind, as the user types them and as
//! lines and settings keep them.

use serde::{Deserialize, Serialize};

use super::sorting;

/// The most lead times one list may hold, and the longest lead time, in days.
pub const MAX_LEAD_TIMES: usize = 8;
pub const MAX_LEAD_DAYS: u16 = 365;

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
    pub(super) fn stage(&self, days_left: i64) -> Option<u16> {
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
        sorting::sort_by(&mut days, |a, b| b.cmp(a));
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
