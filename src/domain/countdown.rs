//! How many days are left until a deadline, how worried the user should be, and, past the
//! deadline, how long the operator still lets the number be revived.

use chrono::{Days, NaiveDate};

/// Days until a line becomes urgent or soon, as the product defines them.
pub const SOON_DAYS: i64 = 30;
pub const URGENT_DAYS: i64 = 7;

/// The signed number of calendar days from today to a deadline, and the operator's grace
/// period after it where known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    /// Positive: days left. Zero: due today. Negative: days since it expired.
    pub days_left: i64,
    /// Days after the deadline in which the number can still be revived, where known.
    pub grace_days: Option<u32>,
}

/// How close a deadline is, most pressing first (the derived order sorts by it).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::VariantArray,
    strum::IntoStaticStr,
    strum::EnumString,
)]
pub enum Status {
    #[strum(serialize = "expired")]
    Expired,
    /// Past the deadline, within the operator's grace period: it can still be revived.
    #[strum(serialize = "suspended")]
    Suspended,
    #[strum(serialize = "due")]
    Due,
    #[strum(serialize = "urgent")]
    Urgent,
    #[strum(serialize = "soon")]
    Soon,
    #[strum(serialize = "ok")]
    Ok,
}

impl Status {
    /// Its place in `ALL` (the order the variants are declared in).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The last day of the grace period after `deadline`. `None` only outside chrono's range.
pub fn grace_end(deadline: NaiveDate, grace_days: u32) -> Option<NaiveDate> {
    deadline.checked_add_days(Days::new(u64::from(grace_days)))
}

impl Countdown {
    /// The countdown to `deadline`, without a grace period.
    pub fn between(today: NaiveDate, deadline: NaiveDate) -> Self {
        Self { days_left: (deadline - today).num_days(), grace_days: None }
    }

    pub fn with_grace(self, grace_days: Option<u32>) -> Self {
        Self { grace_days, ..self }
    }

    /// Past the deadline and within the grace period: the days left to revive the number
    /// (0 on the grace period's last day). `None` before the deadline, after the grace
    /// period, or where it is not known.
    pub fn recover_days_left(self) -> Option<i64> {
        let grace = i64::from(self.grace_days?);
        let left = grace + self.days_left;
        (self.days_left < 0 && left >= 0).then_some(left)
    }

    pub fn status(self) -> Status {
        match self.days_left {
            d if d < 0 && self.recover_days_left().is_some() => Status::Suspended,
            d if d < 0 => Status::Expired,
            0 => Status::Due,
            d if d <= URGENT_DAYS => Status::Urgent,
            d if d <= SOON_DAYS => Status::Soon,
            _ => Status::Ok,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;

    fn status_at(days_left: i64) -> Status {
        Countdown { days_left, grace_days: None }.status()
    }

    #[test]
    fn status_boundaries() {
        assert_eq!(status_at(-1), Status::Expired);
        assert_eq!(status_at(0), Status::Due);
        assert_eq!(status_at(1), Status::Urgent);
        assert_eq!(status_at(7), Status::Urgent);
        assert_eq!(status_at(8), Status::Soon);
        assert_eq!(status_at(30), Status::Soon);
        assert_eq!(status_at(31), Status::Ok);
    }

    #[test]
    fn counts_calendar_days_across_a_year_end() {
        let today = date(2026, 12, 31);
        let deadline = date(2027, 1, 2);
        assert_eq!(Countdown::between(today, deadline).days_left, 2);
        assert_eq!(Countdown::between(deadline, today).days_left, -2);
    }

    #[test]
    fn a_grace_period_suspends_before_it_expires() {
        let vodafone = |days_left| Countdown { days_left, grace_days: Some(90) };
        assert_eq!(vodafone(0).status(), Status::Due, "the grace period never moves the deadline");
        assert_eq!(vodafone(-10).status(), Status::Suspended);
        assert_eq!(vodafone(-10).recover_days_left(), Some(80));
        assert_eq!(vodafone(-90).recover_days_left(), Some(0), "its last day");
        assert_eq!(vodafone(-91).status(), Status::Expired);
        assert_eq!(vodafone(-91).recover_days_left(), None);
        assert_eq!(vodafone(5).recover_days_left(), None);
    }

    #[test]
    fn the_grace_period_ends_across_a_month_end_and_a_new_year() {
        assert_eq!(grace_end(date(2026, 12, 20), 29), Some(date(2027, 1, 18)));
        assert_eq!(grace_end(date(2028, 1, 31), 29), Some(date(2028, 2, 29)));
        assert_eq!(grace_end(date(2026, 11, 24), 0), Some(date(2026, 11, 24)));
    }
}
