//! Builders shared by the native integration tests.

use chrono::NaiveDate;
use linekeeper::domain::checklist::Checklist;
use linekeeper::domain::line::Line;
use linekeeper::domain::rule::Rule;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A Belgian line with only a fixed expiry date: the simplest line that has a deadline.
pub fn line_expiring(id: &str, name: &str, expires_on: NaiveDate) -> Line {
    Line {
        id: id.into(),
        name: name.into(),
        number: "+32 470 00 00 00".into(),
        country: "BE".into(),
        operator: String::new(),
        currency: "EUR".into(),
        notes: String::new(),
        rules: vec![Rule::FixedExpiry { expires_on }],
        history: Vec::new(),
        checklist: Checklist::default(),
        updated_at: None,
        lead_times: None,
        grace_days: None,
        top_up_is_use: None,
    }
}
