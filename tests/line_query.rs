//! Search, filter and sort of the list.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use linekeeper::domain::countdown::Status;
use linekeeper::domain::line::Line;
use linekeeper::domain::line_query::{find, LineQuery, SortOrder};

mod common;
use common::date;

fn line(name: &str, number: &str, country: &str, operator: &str, expires: NaiveDate) -> Line {
    Line {
        id: name.to_lowercase().into(),
        number: number.into(),
        country: country.into(),
        operator: operator.into(),
        currency: String::new(),
        ..common::line_expiring("", name, expires)
    }
}

fn lines() -> Vec<Line> {
    vec![
        line("Belgian Proximus", "+32 470 12 34 56", "BE", "Proximus (Pay&Go)", date(2026, 12, 1)),
        line("UK giffgaff", "07700 900123", "GB", "giffgaff", date(2026, 9, 1)),
        line("Antwerp Orange", "+32 495 00 00 00", "BE", "Orange Belgium (prepaid)", date(2027, 6, 1)),
    ]
}

fn chinese_country(code: &str) -> String {
    match code {
        "BE" => "比利时".into(),
        "GB" => "英国".into(),
        _ => code.into(),
    }
}

fn names(found: Vec<&Line>) -> Vec<&str> {
    found.into_iter().map(|line| line.name.as_str()).collect()
}

const TODAY: fn() -> NaiveDate = || date(2026, 11, 24);

#[test]
fn search_finds_by_name_number_operator_and_country_in_any_case() {
    let lines = lines();
    let query = |text: &str| LineQuery { text: text.into(), ..LineQuery::default() };
    assert_eq!(names(find(&lines, &query("GIFF"), TODAY(), chinese_country)), ["UK giffgaff"]);
    assert_eq!(names(find(&lines, &query("470123"), TODAY(), chinese_country)), ["Belgian Proximus"]);
    assert_eq!(names(find(&lines, &query("orange"), TODAY(), chinese_country)), ["Antwerp Orange"]);
    assert_eq!(
        names(find(&lines, &query("比利时"), TODAY(), chinese_country)),
        ["Belgian Proximus", "Antwerp Orange"]
    );
    assert!(find(&lines, &query("nothing like it"), TODAY(), chinese_country).is_empty());
}

#[test]
fn the_status_filter_keeps_only_lines_in_that_state() {
    let lines = lines();
    let query = |status| LineQuery { status: Some(status), ..LineQuery::default() };
    assert_eq!(names(find(&lines, &query(Status::Expired), TODAY(), chinese_country)), ["UK giffgaff"]);
    assert_eq!(names(find(&lines, &query(Status::Urgent), TODAY(), chinese_country)), ["Belgian Proximus"]);
    assert!(find(&lines, &query(Status::Due), TODAY(), chinese_country).is_empty());
}

#[test]
fn lines_sort_by_deadline_name_or_country() {
    let lines = lines();
    let query = |sort| LineQuery { sort, ..LineQuery::default() };
    assert_eq!(
        names(find(&lines, &query(SortOrder::Deadline), TODAY(), chinese_country)),
        ["UK giffgaff", "Belgian Proximus", "Antwerp Orange"]
    );
    assert_eq!(
        names(find(&lines, &query(SortOrder::Name), TODAY(), chinese_country)),
        ["Antwerp Orange", "Belgian Proximus", "UK giffgaff"]
    );
    let by_country = names(find(&lines, &query(SortOrder::Country), TODAY(), |code: &str| code.to_owned()));
    assert_eq!(
        by_country,
        ["Belgian Proximus", "Antwerp Orange", "UK giffgaff"],
        "BE before GB, then by deadline"
    );
}
