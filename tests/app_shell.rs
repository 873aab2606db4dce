//! The app shell (`public/shell.js`, shown by index.html while the wasm downloads) says what the
//! app then says in the same places: its texts are the catalogue's, in every language, and every
//! place in index.html's shell has a text.
#![cfg(not(target_arch = "wasm32"))]

use linekeeper::domain::document::Language;
use linekeeper::i18n::{text, Msg};
use serde_json::{Map, Value};

const SHELL_JS: &str = include_str!("../public/shell.js");
const INDEX_HTML: &str = include_str!("../index.html");

/// The shell's place names (`data-text` in index.html) and the message the app shows there.
const PLACES: [(&str, Msg); 4] = [
    ("app_name", Msg::AppName),
    ("lines", Msg::Lines),
    ("purpose", Msg::AppPurpose),
    ("empty_list", Msg::EmptyList),
];

/// The `TEXTS` object of shell.js: language tag → place → text.
fn shell_texts() -> Map<String, Value> {
    let start = SHELL_JS.find("const TEXTS = ").expect("shell.js declares TEXTS") + "const TEXTS = ".len();
    let end = start + SHELL_JS[start..].find("};").expect("TEXTS ends with `};`") + 1;
    match serde_json::from_str(&SHELL_JS[start..end]).expect("TEXTS is strict JSON") {
        Value::Object(texts) => texts,
        other => panic!("TEXTS is not an object: {other}"),
    }
}

#[test]
fn the_shell_has_every_language_of_the_app_and_no_other() {
    let texts = shell_texts();
    let mut tags: Vec<&str> = texts.keys().map(String::as_str).collect();
    let mut expected: Vec<&str> = Language::ALL.iter().map(|language| language.tag()).collect();
    tags.sort_unstable();
    expected.sort_unstable();
    assert_eq!(tags, expected);
}

#[test]
fn the_shell_says_what_the_app_says_in_each_place() {
    let texts = shell_texts();
    for language in Language::ALL {
        let places = texts[language.tag()].as_object().expect("a language's texts are an object");
        let mut names: Vec<&str> = places.keys().map(String::as_str).collect();
        names.sort_unstable();
        let mut expected: Vec<&str> = PLACES.iter().map(|(name, _)| *name).collect();
        expected.sort_unstable();
        assert_eq!(names, expected, "{language:?}: the shell's places");
        for (name, msg) in PLACES {
            assert_eq!(places[name], text(language, msg), "{language:?}: the shell's {name}");
        }
    }
}

#[test]
fn every_place_in_the_page_has_a_text_and_every_text_a_place() {
    let mut in_page: Vec<&str> =
        INDEX_HTML.split("data-text=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    in_page.sort_unstable();
    let mut expected: Vec<&str> = PLACES.iter().map(|(name, _)| *name).collect();
    expected.sort_unstable();
    assert_eq!(in_page, expected);
}
