//! The countries and currencies the forms offer, as ISO codes; names are translated in i18n.

/// The countries whose prepaid lines our users keep most often (ISO 3166-1 alpha-2), each with
/// the currency its lines are usually topped up in (ISO 4217), in the order the forms offer them.
const COUNTRY_TABLE: [(&str, &str); 25] = [
    ("BE", "EUR"),
    ("GB", "GBP"),
    ("FR", "EUR"),
    ("DE", "EUR"),
    ("NL", "EUR"),
    ("LU", "EUR"),
    ("ES", "EUR"),
    ("IT", "EUR"),
    ("IE", "EUR"),
    ("CH", "CHF"),
    ("AT", "EUR"),
    ("PT", "EUR"),
    ("SE", "SEK"),
    ("DK", "DKK"),
    ("PL", "PLN"),
    ("US", "USD"),
    ("CA", "CAD"),
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("MO", "MOP"),
    ("TW", "TWD"),
    ("SG", "SGD"),
    ("JP", "JPY"),
    ("CN", "CNY"),
];

/// The country codes the forms offer, in order.
pub const COUNTRIES: [&str; COUNTRY_TABLE.len()] = country_codes();

const fn country_codes() -> [&'static str; COUNTRY_TABLE.len()] {
    let mut codes = [""; COUNTRY_TABLE.len()];
    let mut index = 0;
    while index < codes.len() {
        codes[index] = COUNTRY_TABLE[index].0;
        index += 1;
    }
    codes
}

/// ISO 4217 codes the forms offer.
pub const CURRENCIES: [&str; 16] = [
    "EUR", "GBP", "USD", "CHF", "SEK", "DKK", "PLN", "CAD", "AUD", "NZD", "HKD", "MOP", "SGD", "JPY", "CNY",
    "TWD",
];

/// The currency a country's prepaid lines are usually topped up in.
pub fn usual_currency(country: &str) -> Option<&'static str> {
    COUNTRY_TABLE.iter().find(|(code, _)| *code == country).map(|(_, currency)| *currency)
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
