//! Builders shared by the native integration tests: one `Line` and one `date()` for all.
// Each test file uses some of these, so the others look unused from there.
#![allow(dead_code)]

use chrono::NaiveDate;
use linekeeper::domain::checklist::Checklist;
use linekeeper::domain::line::Line;
use linekeeper::domain::rule::Rule;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A Belgian line called `name`, without rules: the one `Line` every test starts from, changing
/// what it needs (`Line { rules, ..line("Belgian Proximus") }`). Its id is its name in lower
/// case with dashes.
pub fn line(name: &str) -> Line {
    Line {
        id: name.to_lowercase().replace(' ', "-").into(),
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

/// A Belgian line with only a fixed expiry date: the simplest line that has a deadline.
pub fn line_expiring(id: &str, name: &str, expires_on: NaiveDate) -> Line {
    Line { id: id.into(), rules: vec![Rule::FixedExpiry { expires_on }], ..line(name) }
}
