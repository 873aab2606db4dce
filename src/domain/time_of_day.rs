//! A time of day in the user's local time, as `<input type="time">` writes it (`20:00`): when
//! reminders are shown and calendar alarms ring.

use chrono::{NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

/// Hours and minutes, local time. Stored as `HH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay {
    minutes: u16,
}

/// A typed time that is not `HH:MM` within one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotATime;

impl std::fmt::Display for NotATime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a time of day (HH:MM)")
    }
}

impl Default for TimeOfDay {
    /// 09:00: the morning, when most people can still act the same day.
    fn default() -> Self {
        Self { minutes: 9 * 60 }
    }
}

impl TimeOfDay {
    pub fn new(hour: u16, minute: u16) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self { minutes: hour * 60 + minute })
    }

    /// Reads `20:00` or `8:05` (a browser's time field may add seconds: `20:00:00`).
    pub fn parse(typed: &str) -> Result<Self, NotATime> {
        let mut parts = typed.trim().split(':');
        let mut number = || parts.next().and_then(|part| part.parse::<u16>().ok());
        let (hour, minute) = (number().ok_or(NotATime)?, number().ok_or(NotATime)?);
        Self::new(hour, minute).ok_or(NotATime)
    }

    pub fn hour(self) -> u16 {
        self.minutes / 60
    }

    pub fn minute(self) -> u16 {
        self.minutes % 60
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.minutes
    }

    /// Whether `time` (a clock reading) is this time or later on its day.
    pub fn has_come(self, time: NaiveTime) -> bool {
        let now = time.hour() * 60 + time.minute();
        now >= u32::from(self.minutes)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = NotATime;

    fn try_from(text: String) -> Result<Self, NotATime> {
        Self::parse(&text)
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> Self {
        time.to_string()
    }
}

impl std::fmt::Display for TimeOfDay {
    /// `09:00`, as a time field shows it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_time_field_writes() {
        assert_eq!(TimeOfDay::parse("20:00"), Ok(TimeOfDay::new(20, 0).unwrap()));
        assert_eq!(TimeOfDay::parse("8:05:00").map(|t| t.to_string()), Ok("08:05".to_owned()));
        assert_eq!(TimeOfDay::parse("24:00"), Err(NotATime));
        assert_eq!(TimeOfDay::parse("12:60"), Err(NotATime));
        assert_eq!(TimeOfDay::parse("noon"), Err(NotATime));
        assert_eq!(TimeOfDay::parse(""), Err(NotATime));
    }

    #[test]
    fn a_time_has_come_at_its_minute() {
        let at = TimeOfDay::new(20, 0).unwrap();
        let time = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert!(!at.has_come(time(19, 59)));
        assert!(at.has_come(time(20, 0)));
        assert!(at.has_come(time(23, 59)));
    }

    #[test]
    fn is_stored_as_written() {
        assert_eq!(serde_json::to_string(&TimeOfDay::default()).unwrap(), "\"09:00\"");
        assert!(serde_json::from_str::<TimeOfDay>("\"25:00\"").is_err());
    }
}
