//! The countries and currencies the forms offer, as ISO codes; names are translated in i18n.

/// The countries whose prepaid lines our users keep most often (ISO 3166-1 alpha-2), each with
/// the currency its lines are usually topped up in (ISO 4217) and its calling code (ITU-T E.164;
/// empty where one code serves several countries, as +1 does), in the order the forms offer them.
const COUNTRY_TABLE: [(&str, &str, &str); 28] = [
    ("BE", "EUR", "32"),
    ("GB", "GBP", "44"),
    ("FR", "EUR", "33"),
    ("DE", "EUR", "49"),
    ("NL", "EUR", "31"),
    ("LU", "EUR", "352"),
    ("ES", "EUR", "34"),
    ("IT", "EUR", "39"),
    ("IE", "EUR", "353"),
    ("CH", "CHF", "41"),
    ("AT", "EUR", "43"),
    ("PT", "EUR", "351"),
    ("SE", "SEK", "46"),
    ("DK", "DKK", "45"),
    ("PL", "PLN", "48"),
    ("US", "USD", ""),
    ("CA", "CAD", ""),
    ("AU", "AUD", "61"),
    ("NZ", "NZD", "64"),
    ("HK", "HKD", "852"),
    ("MO", "MOP", "853"),
    ("TW", "TWD", "886"),
    ("SG", "SGD", "65"),
    ("MY", "MYR", "60"),
    ("TH", "THB", "66"),
    ("KR", "KRW", "82"),
    ("JP", "JPY", "81"),
    ("CN", "CNY", "86"),
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
pub const CURRENCIES: [&str; 19] = [
    "EUR", "GBP", "USD", "CHF", "SEK", "DKK", "PLN", "CAD", "AUD", "NZD", "HKD", "MOP", "SGD", "JPY", "CNY",
    "TWD", "MYR", "THB", "KRW",
];

/// The currency a country's prepaid lines are usually topped up in.
pub fn usual_currency(country: &str) -> Option<&'static str> {
    COUNTRY_TABLE.iter().find(|(code, ..)| *code == country).map(|(_, currency, _)| *currency)
}

/// The country of a number written with its calling code (`+852 9123 4567`, `0032 470 …`);
/// `None` without one, or where the code is shared (+1: the US and Canada).
pub fn country_of_number(number: &str) -> Option<&'static str> {
    let number = number.trim_start();
    let international = number.strip_prefix('+').or_else(|| number.strip_prefix("00"))?;
    let digits: String = international
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ')
        .filter(char::is_ascii_digit)
        .collect();
    COUNTRY_TABLE
        .iter()
        .find(|(_, _, calling)| !calling.is_empty() && digits.starts_with(calling))
        .map(|(country, ..)| *country)
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
    fn a_number_with_its_calling_code_names_its_country() {
        assert_eq!(country_of_number("+852 9123 4567"), Some("HK"));
        assert_eq!(country_of_number("+853 6612 3456"), Some("MO"));
        assert_eq!(country_of_number("0032 470 12 34 56"), Some("BE"));
        assert_eq!(country_of_number("+44 7700 900123"), Some("GB"));
        assert_eq!(country_of_number("+1 212 555 0100"), None, "shared by the US and Canada");
        assert_eq!(country_of_number("07700 900123"), None);
        assert_eq!(country_of_number("+"), None);
    }

    #[test]
    fn every_country_has_an_offered_currency() {
        for country in COUNTRIES {
            let currency = usual_currency(country).expect(country);
            assert!(is_known_currency(currency), "{country} → {currency}");
        }
    }
}
