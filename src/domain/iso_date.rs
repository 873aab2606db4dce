//! Dates as `YYYY-MM-DD`, read without chrono's general-purpose parser: its `FromStr` runs the
//! strftime item interpreter, which brings RFC 2822 and time-zone scanning into the wasm. chrono
//! still writes dates (its `Display` is this same format).

use chrono::NaiveDate;
use serde::de::{Error, Unexpected};
use serde::{Deserialize, Deserializer};

/// `2026-03-01` (surrounding spaces allowed, month and day with one or two digits), or `None`
/// for anything else, including days that do not exist.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().split('-');
    let year = digits(parts.next()?, 4, 4)?;
    let month = digits(parts.next()?, 1, 2)?;
    let day = digits(parts.next()?, 1, 2)?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

fn digits(text: &str, fewest: usize, most: usize) -> Option<u32> {
    let counted = (fewest..=most).contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit());
    counted.then(|| text.bytes().fold(0, |number, byte| number * 10 + u32::from(byte - b'0')))
}

/// For `#[serde(deserialize_with = "iso_date::deserialize")]`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse(&text).ok_or_else(|| D::Error::invalid_value(Unexpected::Str(&text), &"a date as YYYY-MM-DD"))
}

/// For an optional date: `#[serde(default, deserialize_with = "iso_date::deserialize_option")]`.
pub fn deserialize_option<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let Some(text) = Option::<String>::deserialize(deserializer)? else { return Ok(None) };
    parse(&text)
        .map(Some)
        .ok_or_else(|| D::Error::invalid_value(Unexpected::Str(&text), &"a date as YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_and_date_inputs_give() {
        assert_eq!(parse("2026-03-01"), NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(parse(" 2026-3-1 "), NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
    }

    #[test]
    fn refuses_anything_else() {
        for text in [
            "",
            "2026",
            "2026-03",
            "2026-02-30",
            "2026-13-01",
            "26-03-01",
            "2026-03-01-01",
            "2026/03/01",
            "+2026-03-01",
            "2026-0x-01",
            "2026-003-01",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
