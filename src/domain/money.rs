//! Money as integer minor units with an ISO 4217 code: no floating point, and sums that never
//! mix currencies.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Cents, pence, fen…: the currency's smallest unit.
    pub minor: i64,
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
}

/// Amounts per currency, in a stable order (by code). A sorted list rather than a map: a
/// handful of currencies, and no B-tree code in the wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals(Vec<(String, i64)>);

impl Totals {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds `minor` to the total of `currency`.
    pub fn add(&mut self, currency: &str, minor: i64) {
        match self.0.binary_search_by(|(code, _)| code.as_str().cmp(currency)) {
            Ok(at) => self.0[at].1 += minor,
            Err(at) => self.0.insert(at, (currency.to_owned(), minor)),
        }
    }

    pub fn get(&self, currency: &str) -> Option<i64> {
        self.0.iter().find(|(code, _)| code == currency).map(|(_, minor)| *minor)
    }

    /// `(currency, minor)` in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, i64)> {
        self.0.iter().map(|(code, minor)| (code.as_str(), *minor))
    }
}

impl IntoIterator for Totals {
    type Item = (String, i64);
    type IntoIter = std::vec::IntoIter<(String, i64)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The largest amount accepted, in whole units: far above any top-up, and far from overflow.
pub const MAX_WHOLE_UNITS: i64 = 1_000_000;

/// How many digits follow the decimal point in a currency (ISO 4217's minor unit).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "TWD" => 0,
        _ => 2,
    }
}

/// Why a typed amount is not an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Negative,
    NotANumber,
    TooManyDecimals { max: u32 },
    TooLarge,
}

impl std::fmt::Display for AmountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AmountError::Negative => write!(f, "a negative amount"),
            AmountError::NotANumber => write!(f, "not a number"),
            AmountError::TooManyDecimals { max } => write!(f, "more than {max} decimals"),
            AmountError::TooLarge => write!(f, "over {MAX_WHOLE_UNITS} whole units"),
        }
    }
}

impl std::error::Error for AmountError {}

/// Reads `12`, `12.5`, `12.50` or `12,50` into minor units of `currency`.
pub fn parse_amount(typed: &str, currency: &str) -> Result<i64, AmountError> {
    let typed = typed.trim().replace(',', ".");
    if typed.starts_with('-') {
        return Err(AmountError::Negative);
    }
    let digits = minor_digits(currency);
    let (whole, fraction) = typed.split_once('.').unwrap_or((&typed, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(AmountError::NotANumber);
    }
    if fraction.len() > digits as usize {
        return Err(AmountError::TooManyDecimals { max: digits });
    }
    let scale = 10_i64.pow(digits);
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| AmountError::TooLarge)? };
    let padded = format!("{fraction:0<width$}", width = digits as usize);
    let fraction: i64 =
        if padded.is_empty() { 0 } else { padded.parse().map_err(|_| AmountError::NotANumber)? };
    if whole > MAX_WHOLE_UNITS {
        return Err(AmountError::TooLarge);
    }
    Ok(whole * scale + fraction)
}

/// `minor` written with the currency's decimals and a dot: `1250` EUR → `12.50`.
pub fn decimal_text(minor: i64, currency: &str) -> String {
    let digits = minor_digits(currency);
    if digits == 0 {
        return minor.to_string();
    }
    let scale = 10_i64.pow(digits);
    let sign = if minor < 0 { "-" } else { "" };
    let minor = minor.abs();
    format!("{sign}{}.{:0width$}", minor / scale, minor % scale, width = digits as usize)
}

/// Adds each amount to its own currency's total.
pub fn sum<'a>(amounts: impl IntoIterator<Item = &'a Money>) -> Totals {
    let mut totals = Totals::new();
    for money in amounts {
        totals.add(&money.currency, money.minor);
    }
    totals
}

/// Adds `more` into `totals`, currency by currency.
pub fn add_totals(totals: &mut Totals, more: &Totals) {
    for (currency, minor) in more.iter() {
        totals.add(currency, minor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_in_minor_units_of_their_currency() {
        assert_eq!(parse_amount("15", "EUR"), Ok(1500));
        assert_eq!(parse_amount("12.5", "EUR"), Ok(1250));
        assert_eq!(parse_amount("12,05", "GBP"), Ok(1205));
        assert_eq!(parse_amount(".5", "EUR"), Ok(50));
        assert_eq!(parse_amount("1000", "JPY"), Ok(1000));
        assert_eq!(parse_amount("10.5", "JPY"), Err(AmountError::TooManyDecimals { max: 0 }));
        assert_eq!(parse_amount("1.234", "EUR"), Err(AmountError::TooManyDecimals { max: 2 }));
        assert_eq!(parse_amount("-5", "EUR"), Err(AmountError::Negative));
        assert_eq!(parse_amount("five", "EUR"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("", "EUR"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("99999999999999999999", "EUR"), Err(AmountError::TooLarge));
    }

    #[test]
    fn sums_keep_currencies_apart() {
        let amounts = [
            Money { minor: 1500, currency: "EUR".into() },
            Money { minor: 1000, currency: "GBP".into() },
            Money { minor: 250, currency: "EUR".into() },
        ];
        let totals = sum(&amounts);
        assert_eq!(totals.iter().collect::<Vec<_>>(), [("EUR", 1750), ("GBP", 1000)]);
    }

    #[test]
    fn decimal_text_writes_the_currency_decimals() {
        assert_eq!(decimal_text(1250, "EUR"), "12.50");
        assert_eq!(decimal_text(5, "EUR"), "0.05");
        assert_eq!(decimal_text(1000, "JPY"), "1000");
    }
}
