//! The English and Chinese catalogues are both complete: every key has a text in each, the
//! Chinese one is written in Chinese, and no Chinese is left in the English one.
//! (A key missing from a catalogue does not compile: each is an exhaustive `match`.)
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Debug;

use linekeeper::i18n::help::HelpText;
use linekeeper::i18n::operators::OperatorText;
use linekeeper::i18n::reminders::PwaText;
use linekeeper::i18n::timeline::TimelineText;
use linekeeper::i18n::{Message, Msg};

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Every problem with one catalogue's keys, as readable lines.
fn catalogue_problems<M: Message + Debug>(keys: &[M]) -> Vec<String> {
    let mut problems = Vec::new();
    for &key in keys {
        let (english, chinese) = (key.english(), key.chinese());
        if english.trim().is_empty() || chinese.trim().is_empty() {
            problems.push(format!("{key:?}: empty text"));
        }
        if english.chars().any(is_cjk) {
            problems.push(format!("{key:?}: Chinese in the English text {english:?}"));
        }
        if !chinese.chars().any(is_cjk) {
            problems.push(format!("{key:?}: the Chinese text {chinese:?} has no Chinese in it"));
        }
    }
    problems
}

#[test]
fn the_main_catalogue_is_complete_in_both_languages() {
    assert!(Msg::ALL.len() > 50, "Msg::ALL lists every key");
    assert_eq!(catalogue_problems(Msg::ALL), Vec::<String>::new());
}

#[test]
fn the_reminders_and_install_catalogue_is_complete_in_both_languages() {
    assert!(PwaText::ALL.len() > 20, "PwaText::ALL lists every key");
    assert_eq!(catalogue_problems(PwaText::ALL), Vec::<String>::new());
}

#[test]
fn the_help_page_is_complete_in_both_languages() {
    assert_eq!(HelpText::ALL.len(), 9);
    assert_eq!(catalogue_problems(HelpText::ALL), Vec::<String>::new());
}

#[test]
fn the_operator_words_are_complete_in_both_languages() {
    assert!(OperatorText::ALL.len() > 40, "OperatorText::ALL lists every key");
    assert_eq!(catalogue_problems(OperatorText::ALL), Vec::<String>::new());
}

#[test]
fn the_year_at_a_glance_words_are_complete_in_both_languages() {
    assert_eq!(TimelineText::ALL.len(), 15, "TimelineText::ALL lists every key");
    assert_eq!(catalogue_problems(TimelineText::ALL), Vec::<String>::new());
}

#[test]
fn month_names_on_the_axis_are_in_each_language() {
    use linekeeper::domain::document::Language;
    use linekeeper::i18n::timeline::month;
    let english: Vec<&str> = (1..=12).map(|m| month(Language::English, m)).collect();
    assert_eq!(english[0], "Jan");
    assert_eq!(english[11], "Dec");
    let chinese: Vec<&str> = (1..=12).map(|m| month(Language::SimplifiedChinese, m)).collect();
    assert_eq!(chinese[0], "1月");
    assert_eq!(chinese[11], "12月");
    assert!(chinese.iter().all(|name| name.ends_with('月')));
}

#[test]
fn the_check_notices_an_untranslated_text() {
    #[derive(Clone, Copy, Debug)]
    struct Untranslated;
    impl Message for Untranslated {
        fn english(self) -> &'static str {
            "Save"
        }
        fn chinese(self) -> &'static str {
            "Save"
        }
    }
    assert_eq!(catalogue_problems(&[Untranslated]).len(), 1);
}

#[test]
fn every_country_and_currency_offered_has_a_name_in_both_languages() {
    use linekeeper::domain::document::Language;
    use linekeeper::domain::places::{COUNTRIES, CURRENCIES};
    use linekeeper::i18n::format;

    let mut problems = Vec::new();
    for code in COUNTRIES {
        let (english, chinese) =
            (format::country(Language::English, code), format::country(Language::SimplifiedChinese, code));
        if english == code || !chinese.chars().any(is_cjk) {
            problems.push(format!("country {code}: {english:?} / {chinese:?}"));
        }
    }
    for code in CURRENCIES {
        let (english, chinese) =
            (format::currency(Language::English, code), format::currency(Language::SimplifiedChinese, code));
        if english == code || english.chars().any(is_cjk) || !chinese.chars().any(is_cjk) {
            problems.push(format!("currency {code}: {english:?} / {chinese:?}"));
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}
