//! The app shell (`public/shell.js`, shown by index.html while the wasm downloads) says what the
//! app then says in the same places and chooses its language as the app does: the build writes
//! both into it from the catalogue (`src/bin/shell_catalogue.rs`, run by
//! scripts/shell_catalogue.mjs), and the source file holds no copy of either.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use linekeeper::domain::document::Language;
use linekeeper::i18n::shell::PLACES;
use linekeeper::i18n::text;
use serde_json::{Map, Value};

const SHELL_JS: &str = include_str!("../public/shell.js");
const FILL_SCRIPT: &str = include_str!("../scripts/shell_catalogue.mjs");
const INDEX_HTML: &str = include_str!("../index.html");

/// What the build writes into shell.js: the `shell_catalogue` program's output, as JSON.
fn generated() -> Map<String, Value> {
    let output = Command::new(env!("CARGO_BIN_EXE_shell_catalogue")).output().expect("shell_catalogue runs");
    assert!(output.status.success(), "shell_catalogue failed: {}", String::from_utf8_lossy(&output.stderr));
    match serde_json::from_slice(&output.stdout).expect("shell_catalogue prints JSON") {
        Value::Object(catalogue) => catalogue,
        other => panic!("the shell's catalogue is not an object: {other}"),
    }
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_array().expect("a list").iter().map(|item| item.as_str().expect("a string")).collect()
}

/// The language shell.js picks for one browser tag from the generated rules, read as its
/// `languageFor` reads them: the first rule whose primary subtag is the tag's, with one of the
/// tag's other subtags in `any_of` (unless that is empty) and none in `none_of`.
fn shell_language_for(rules: &[Value], tag: &str) -> Option<String> {
    let lower = tag.to_lowercase();
    let mut subtags = lower.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default();
    let rest: Vec<&str> = subtags.collect();
    rules
        .iter()
        .find(|rule| {
            let any_of = strings(&rule["any_of"]);
            let none_of = strings(&rule["none_of"]);
            rule["primary"] == primary
                && (any_of.is_empty() || rest.iter().any(|subtag| any_of.contains(subtag)))
                && !rest.iter().any(|subtag| none_of.contains(subtag))
        })
        .map(|rule| rule["language"].as_str().expect("a rule's language is a tag").to_owned())
}

#[test]
fn the_shell_has_every_language_of_the_app_and_no_other() {
    let catalogue = generated();
    let texts = catalogue["texts"].as_object().expect("texts is an object");
    let mut tags: Vec<&str> = texts.keys().map(String::as_str).collect();
    let mut expected: Vec<&str> = Language::ALL.iter().map(|language| language.tag()).collect();
    tags.sort_unstable();
    expected.sort_unstable();
    assert_eq!(tags, expected);
}

#[test]
fn the_shell_says_what_the_app_says_in_each_place() {
    let catalogue = generated();
    for language in Language::ALL {
        let places =
            catalogue["texts"][language.tag()].as_object().expect("a language's texts are an object");
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
fn the_shell_chooses_the_language_the_app_chooses() {
    let catalogue = generated();
    let rules = catalogue["rules"].as_array().expect("rules is a list");
    assert_eq!(catalogue["default"], Language::default().tag());
    let tags = [
        "en",
        "en-GB",
        "EN-us",
        "zh",
        "zh-CN",
        "zh-SG",
        "zh-TW",
        "zh-HK",
        "zh-MO",
        "zh_hk",
        "zh-Hant",
        "zh-Hant-TW",
        "zh-Hans",
        "zh-Hans-HK",
        "zh-hant-hk",
        "fr",
        "fr-BE",
        "nl",
        "de-CH",
        "",
        "-",
        "zhx",
        "enx-GB",
    ];
    for tag in tags {
        let app = Language::for_tag(tag).map(|language| language.tag().to_owned());
        assert_eq!(shell_language_for(rules, tag), app, "{tag:?}");
    }
    // And the app's own choices, that the rules above must keep.
    for (tag, expected) in [
        ("en-GB", Some(Language::English)),
        ("zh", Some(Language::SimplifiedChinese)),
        ("zh-SG", Some(Language::SimplifiedChinese)),
        ("zh-HK", Some(Language::TraditionalChinese)),
        ("zh-Hans-HK", Some(Language::SimplifiedChinese)),
        ("fr", None),
        ("", None),
    ] {
        assert_eq!(Language::for_tag(tag), expected, "{tag:?}");
    }
}

#[test]
fn the_source_shell_holds_the_placeholder_and_no_copy_of_the_catalogue() {
    let placeholder = FILL_SCRIPT
        .split("const PLACEHOLDER = '")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("scripts/shell_catalogue.mjs names its PLACEHOLDER");
    assert_eq!(SHELL_JS.matches(placeholder).count(), 1, "public/shell.js holds {placeholder:?} once");
    for language in Language::ALL {
        assert!(!SHELL_JS.contains(&format!("'{}'", language.tag())), "shell.js names {}", language.tag());
        assert!(!SHELL_JS.contains(&format!("\"{}\"", language.tag())), "shell.js names {}", language.tag());
        for (name, msg) in PLACES {
            for quoted in [format!("'{}'", text(language, msg)), format!("\"{}\"", text(language, msg))] {
                assert!(!SHELL_JS.contains(&quoted), "shell.js has its own copy of {name} in {language:?}");
            }
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
