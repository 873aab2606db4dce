//! Builders for the crate's own unit tests (the integration tests have theirs in tests/common):
//! one `date()` and one `Line`.

use chrono::NaiveDate;

use super::checklist::Checklist;
use super::line::Line;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A Belgian line called `name`, without rules; its id is its name in lower case.
pub fn line(name: &str) -> Line {
    Line {
        id: name.to_lowercase().into(),
        name: name.into(),
        number: "+32 470 00 00 00".into(),
        country: "BE".into(),
        operator: String::new(),
        currency: "EUR".into(),
        notes: String::new(),
        rules: Vec::new(),
        history: Vec::new(),
        checklist: Checklist::default(),
        updated_at: None,
        lead_times: None,
        remind_at: None,
        grace_days: None,
        top_up_is_use: None,
    }
}
