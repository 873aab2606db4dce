//! The countries and currencies the forms offer, as ISO codes; names are translated in i18n.

/// ISO 3166-1 alpha-2 codes of countries whose prepaid lines our users keep most often.
pub const COUNTRIES: [&str; 25] = [
    "BE", "GB", "FR", "DE", "NL", "LU", "ES", "IT", "IE", "CH", "AT", "PT", "SE", "DK", "PL", "US", "CA",
    "AU", "NZ", "HK", "MO", "TW", "SG", "JP", "CN",
];

/// ISO 4217 codes the forms offer.
pub const CURRENCIES: [&str; 16] = [
    "EUR", "GBP", "USD", "CHF", "SEK", "DKK", "PLN", "CAD", "AUD", "NZD", "HKD", "MOP", "SGD", "JPY", "CNY",
    "TWD",
];

/// The currency a country's prepaid lines are usually topped up in.
pub fn usual_currency(country: &str) -> Option<&'static str> {
    let currency = match country {
        "BE" | "FR" | "DE" | "NL" | "LU" | "ES" | "IT" | "IE" | "AT" | "PT" => "EUR",
        "GB" => "GBP",
        "CH" => "CHF",
        "SE" => "SEK",
        "DK" => "DKK",
        "PL" => "PLN",
        "US" => "USD",
        "CA" => "CAD",
        "AU" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "TW" => "TWD",
        "MO" => "MOP",
        "SG" => "SGD",
        "JP" => "JPY",
        "CN" => "CNY",
        _ => return None,
    };
    Some(currency)
}

pub fn is_known_country(code: &str) -> bool {
    COUNTRIES.contains(&code)
}

pub fn is_known_currency(code: &str) -> bool {
    CURRENCIES.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_an_offered_currency() {
        for country in COUNTRIES {
            let currency = usual_currency(country).expect(country);
            assert!(is_known_currency(currency), "{country} → {currency}");
        }
    }
}
