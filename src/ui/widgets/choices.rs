//! The choices more than one select offers, in the interface's language.

use crate::app_state::Store;
use crate::domain::places::{COUNTRIES, CURRENCIES};
use crate::i18n::{format, Msg};
use crate::ui::widgets::select_field::Choice;

/// `Not set`, then every currency the forms offer: `Euro (EUR)`.
pub fn currency_choices(store: Store) -> Vec<Choice<String>> {
    let none = Choice::new(String::new(), "", store.text(Msg::NoCurrency));
    let language = store.language();
    let named = CURRENCIES.map(|code| Choice::new(code.to_owned(), code, format::currency(language, code)));
    std::iter::once(none).chain(named).collect()
}

/// `none` (what no country means here), then `countries` by name and code: `Belgium (BE)`.
pub fn country_choices(store: Store, none: impl Into<String>, countries: &[&str]) -> Vec<Choice<String>> {
    let language = store.language();
    let none = Choice::new(String::new(), "", none);
    let named = countries.iter().map(|code| {
        Choice::new((*code).to_owned(), *code, format!("{} ({code})", format::country(language, code)))
    });
    std::iter::once(none).chain(named).collect()
}

/// Every country the forms offer, after `Not set`.
pub fn form_country_choices(store: Store) -> Vec<Choice<String>> {
    country_choices(store, store.text(Msg::NoCountry), &COUNTRIES)
}
