//! Finding a line among many: search text (name, number, operator, country), a status filter,
//! and the order of the list.

use chrono::NaiveDate;

use super::countdown::Status;
use super::line::{sorted_by_deadline, Line};
use super::sorting;

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray, strum::IntoStaticStr, strum::EnumString,
)]
pub enum SortOrder {
    /// Nearest deadline first (the default: what needs doing first).
    #[default]
    #[strum(serialize = "deadline")]
    Deadline,
    #[strum(serialize = "name")]
    Name,
    #[strum(serialize = "country")]
    Country,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineQuery {
    pub text: String,
    pub status: Option<Status>,
    pub sort: SortOrder,
}

/// The lines the query finds, in its order. `country_name` gives a country's name in the
/// interface language, so that `比利时` finds the Belgian lines as well as `BE` does.
pub fn find<'a>(
    lines: &'a [Line],
    query: &LineQuery,
    today: NaiveDate,
    country_name: impl Fn(&str) -> String,
) -> Vec<&'a Line> {
    let needle = query.text.trim().to_lowercase();
    let matches_text = |line: &Line| {
        needle.is_empty()
            || [&line.name, &line.number, &line.operator, &line.country, &country_name(&line.country)]
                .iter()
                .any(|field| field.to_lowercase().contains(&needle))
            || digits(&line.number).contains(&digits(&needle)) && !digits(&needle).is_empty()
    };
    let matches_status =
        |line: &Line| query.status.is_none() || line.countdown(today).map(|c| c.status()) == query.status;
    let mut found: Vec<&Line> = sorted_by_deadline(lines)
        .into_iter()
        .filter(|line| matches_text(line) && matches_status(line))
        .collect();
    match query.sort {
        SortOrder::Deadline => {}
        // Stable sorts: lines that tie stay nearest deadline first.
        SortOrder::Name => sorting::sort_by_cached_key(&mut found, |line| line.name.to_lowercase()),
        SortOrder::Country => sorting::sort_by_cached_key(&mut found, |line| {
            (line.country.is_empty(), country_name(&line.country))
        }),
    }
    found
}

/// A number's digits only, so that `470123` finds `+32 470 12 34 56`.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}
