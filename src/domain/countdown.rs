//! How many days are left until a deadline, and how worried the user should be.

use chrono::NaiveDate;

/// Days until a line becomes urgent or soon: fixed by the product (issue #2).
pub const SOON_DAYS: i64 = 30;
pub const URGENT_DAYS: i64 = 7;

/// The signed number of calendar days from today to a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    /// Positive: days left. Zero: due today. Negative: days since it expired.
    pub days_left: i64,
}

/// How close a deadline is, most pressing first (the derived order sorts by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Expired,
    Due,
    Urgent,
    Soon,
    Ok,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Expired, Status::Due, Status::Urgent, Status::Soon, Status::Ok];

    /// A stable code, used as a CSS class and in tests.
    pub fn code(self) -> &'static str {
        match self {
            Status::Expired => "expired",
            Status::Due => "due",
            Status::Urgent => "urgent",
            Status::Soon => "soon",
            Status::Ok => "ok",
        }
    }
}

impl Countdown {
    pub fn between(today: NaiveDate, deadline: NaiveDate) -> Self {
        Self { days_left: (deadline - today).num_days() }
    }

    pub fn status(self) -> Status {
        match self.days_left {
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

    fn status_at(days_left: i64) -> Status {
        Countdown { days_left }.status()
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
        let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let deadline = NaiveDate::from_ymd_opt(2027, 1, 2).unwrap();
        assert_eq!(Countdown::between(today, deadline).days_left, 2);
        assert_eq!(Countdown::between(deadline, today).days_left, -2);
    }
}
