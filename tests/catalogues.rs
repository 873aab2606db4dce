//! Every language's catalogue is complete and written in its own script: every key has a text
//! in each language, English has no Chinese in it, Chinese has Chinese in it, Traditional
//! Chinese has none of the characters only Simplified Chinese uses, and the other way round.
//! (A language that lacks a key or a formatted message does not compile: each is a `Catalogue`.)
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use linekeeper::domain::countdown::Countdown;
use linekeeper::domain::document::Language;
use linekeeper::domain::places::{COUNTRIES, CURRENCIES};
use linekeeper::i18n::help::HelpText;
use linekeeper::i18n::operators::OperatorText;
use linekeeper::i18n::reminders::PwaText;
use linekeeper::i18n::safekeeping::SafeText;
use linekeeper::i18n::timeline::TimelineText;
use linekeeper::i18n::{format, text, Message, Msg};

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Characters written only in Simplified Chinese; their Traditional forms follow, in order.
const SIMPLIFIED_ONLY: &str =
    "设删续记录语导这个们费时号态间现历码运营证户务应还过发简选择确认当备种务网络长开关闭显类";
const TRADITIONAL_ONLY: &str =
    "設刪續記錄語導這個們費時號態間現歷碼運營證戶務應還過發簡選擇確認當備種務網絡長開關閉顯類";

/// What is wrong with `text` as the text of `language`; empty when nothing is.
fn script_problems(language: Language, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if text.trim().is_empty() {
        problems.push("empty".to_owned());
    }
    let foreign: String = match language {
        Language::English => text.chars().filter(|c| is_cjk(*c)).collect(),
        Language::SimplifiedChinese => text.chars().filter(|c| TRADITIONAL_ONLY.contains(*c)).collect(),
        Language::TraditionalChinese => text.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect(),
    };
    if !foreign.is_empty() {
        problems.push(format!("characters of another script: {foreign}"));
    }
    if language != Language::English && !text.chars().any(is_cjk) {
        problems.push("no Chinese in it".to_owned());
    }
    problems
}

/// Every problem of a feature's keys, in every language, as readable lines.
fn catalogue_problems<M: Message + std::fmt::Debug>(keys: &[M]) -> Vec<String> {
    let mut problems = Vec::new();
    for &key in keys {
        for language in Language::ALL {
            let text = text(language, key);
            for problem in script_problems(language, text) {
                problems.push(format!("{key:?} in {language:?}: {problem} ({text:?})"));
            }
        }
    }
    problems
}

#[test]
fn the_main_catalogue_is_complete_in_every_language() {
    assert!(Msg::ALL.len() > 50, "Msg::ALL lists every key");
    assert_eq!(catalogue_problems(Msg::ALL), Vec::<String>::new());
}

#[test]
fn the_reminders_and_install_catalogue_is_complete_in_every_language() {
    assert!(PwaText::ALL.len() > 20, "PwaText::ALL lists every key");
    assert_eq!(catalogue_problems(PwaText::ALL), Vec::<String>::new());
}

#[test]
fn the_safekeeping_catalogue_is_complete_in_every_language() {
    assert_eq!(SafeText::ALL.len(), 12);
    assert_eq!(catalogue_problems(SafeText::ALL), Vec::<String>::new());
}

#[test]
fn the_help_page_is_complete_in_every_language() {
    assert_eq!(HelpText::ALL.len(), 9);
    assert_eq!(catalogue_problems(HelpText::ALL), Vec::<String>::new());
}

#[test]
fn the_operator_words_are_complete_in_every_language() {
    assert!(OperatorText::ALL.len() > 40, "OperatorText::ALL lists every key");
    assert_eq!(catalogue_problems(OperatorText::ALL), Vec::<String>::new());
}

#[test]
fn the_year_at_a_glance_words_are_complete_in_every_language() {
    assert_eq!(TimelineText::ALL.len(), 15, "TimelineText::ALL lists every key");
    assert_eq!(catalogue_problems(TimelineText::ALL), Vec::<String>::new());
}

#[test]
fn month_names_on_the_axis_are_in_each_language() {
    use linekeeper::i18n::timeline::month;
    let english: Vec<&str> = (1..=12).map(|m| month(Language::English, m)).collect();
    assert_eq!(english[0], "Jan");
    assert_eq!(english[11], "Dec");
    for chinese in [Language::SimplifiedChinese, Language::TraditionalChinese] {
        let names: Vec<&str> = (1..=12).map(|m| month(chinese, m)).collect();
        assert_eq!(names[0], "1月");
        assert_eq!(names[11], "12月");
    }
}

#[test]
fn the_check_notices_a_text_in_the_wrong_script() {
    assert_eq!(script_problems(Language::TraditionalChinese, "设置").len(), 1, "Simplified in Traditional");
    assert_eq!(script_problems(Language::SimplifiedChinese, "設定").len(), 1, "Traditional in Simplified");
    assert_eq!(script_problems(Language::SimplifiedChinese, "Save").len(), 1, "English in Chinese");
    assert_eq!(script_problems(Language::English, "保存").len(), 1, "Chinese in English");
    assert!(script_problems(Language::TraditionalChinese, "設定").is_empty());
}

#[test]
fn formatted_messages_are_written_in_each_language() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut problems = Vec::new();
    for language in Language::ALL {
        let samples = [
            format::date(language, day),
            format::countdown(language, Countdown { days_left: 3, grace_days: None }),
            format::countdown(language, Countdown { days_left: -10, grace_days: Some(90) }),
            format::recover_by(language, day),
            format::progress(language, 2, 9),
            format::hide_step(language, "…"),
            format::show_more_lines(language, 20, 480),
            linekeeper::i18n::operators::grace(language, Some(90)),
            linekeeper::i18n::operators::checked_on(language, day),
            linekeeper::i18n::operators::late_by(language, 12),
            linekeeper::i18n::reminders::calendar_after_alarm(
                language,
                "…",
                Countdown { days_left: -90, grace_days: Some(90) },
            ),
            linekeeper::i18n::reminders::calendar_after_alarm(
                language,
                "…",
                Countdown { days_left: -3, grace_days: None },
            ),
            format::next_reminder_on(language, day),
            linekeeper::i18n::reminders::scheduled_reminder_body(language, day, None, Some("…")),
        ];
        for sample in samples {
            // English dates and counts are digits and words; only the Chinese need Chinese.
            let problems_here = script_problems(language, &sample);
            problems.extend(problems_here.into_iter().map(|p| format!("{language:?}: {p} ({sample:?})")));
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn every_country_and_currency_offered_has_a_name_in_every_language() {
    let mut problems = Vec::new();
    for language in Language::ALL {
        for code in COUNTRIES {
            let name = format::country(language, code);
            if name == code {
                problems.push(format!("country {code} in {language:?}: no name"));
            }
            problems.extend(script_problems(language, &name).into_iter().map(|p| format!("{code}: {p}")));
        }
        for code in CURRENCIES {
            let name = format::currency(language, code);
            if name == code {
                problems.push(format!("currency {code} in {language:?}: no name"));
            }
            problems.extend(script_problems(language, &name).into_iter().map(|p| format!("{code}: {p}")));
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}
