//! What the app shell says and how it chooses its language. The shell (index.html's
//! `#app-shell`, filled in by `public/shell.js` while the wasm downloads) holds neither texts
//! nor rules of its own: the build writes this catalogue into it (`src/bin/shell_catalogue.rs`,
//! run by scripts/post_build.mjs), so it says what the app says and chooses as the app chooses.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{text, Msg};
use crate::domain::document::{Language, TagRule, NEGOTIATION};

/// The shell's places (`data-text` in index.html) and the message the app shows in each.
pub const PLACES: [(&str, Msg); 4] = [
    ("app_name", Msg::AppName),
    ("lines", Msg::Lines),
    ("purpose", Msg::AppPurpose),
    ("empty_list", Msg::EmptyList),
];

/// What `public/shell.js` is given, as JSON.
#[derive(Debug, Serialize)]
pub struct ShellCatalogue {
    /// Each language's tag → each place → its text.
    pub texts: BTreeMap<&'static str, BTreeMap<&'static str, &'static str>>,
    /// The rules that pick a language for a browser's language tag (`Language::for_tag`).
    pub rules: &'static [TagRule],
    /// The language when no rule picks one (`Language::negotiate`).
    pub default: Language,
}

pub fn shell_catalogue() -> ShellCatalogue {
    let texts = Language::ALL
        .into_iter()
        .map(|language| {
            let places = PLACES.iter().map(|&(place, msg)| (place, text(language, msg))).collect();
            (language.tag(), places)
        })
        .collect();
    ShellCatalogue { texts, rules: NEGOTIATION, default: Language::default() }
}
