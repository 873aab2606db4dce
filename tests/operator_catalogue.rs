//! The operator catalogue (data/operators.toml) holds what the interface promises of it: every
//! entry sourced over https and dated, valid periods, known countries and currencies, no operator
//! twice in a country, a note in every language; and the links its codes make are encoded as
//! the `tel:` and `sms:` URI schemes require.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use linekeeper::domain::document::Language;
use linekeeper::domain::line::Line;
use linekeeper::domain::operator_steps::{self, operator_steps, sms_uri, tel_uri, OperatorStage, StepLink};
use linekeeper::domain::operators::{find_preset, CodeAction, CATALOGUE};
use linekeeper::domain::period::Period;
use linekeeper::domain::places::{is_known_country, is_known_currency};
use linekeeper::domain::rule::{Rule, RuleKind};
use linekeeper::i18n::catalogue;

mod common;

#[test]
fn the_catalogue_covers_twenty_operators_in_seven_countries() {
    let countries: BTreeSet<&str> = CATALOGUE.iter().map(|preset| preset.country).collect();
    assert!(CATALOGUE.len() >= 20, "{} operators", CATALOGUE.len());
    assert!(countries.len() >= 7, "{countries:?}");
}

#[test]
fn every_entry_is_sourced_dated_and_valid() {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let earliest = common::date(2020, 1, 1);
    for preset in CATALOGUE {
        let name = format!("{} {}", preset.country, preset.name);
        if !preset.source.starts_with("https://") || preset.source.contains(' ') {
            problems.push(format!("{name}: source {:?} is not an https address", preset.source));
        }
        if preset.checked_on().is_none_or(|day| day < earliest) {
            problems.push(format!("{name}: checked {:?} is not a date", preset.checked));
        }
        if let Some(every) = preset.suggestion.and_then(|rule| rule.every) {
            if !every.is_valid() {
                problems.push(format!("{name}: period {every:?} out of range"));
            }
        }
        if preset.suggestion.is_some_and(|rule| (rule.kind == RuleKind::FixedExpiry) != rule.every.is_none())
        {
            problems.push(format!("{name}: a periodic rule needs a period, a fixed expiry none"));
        }
        if !is_known_country(preset.country) || !is_known_currency(preset.currency) {
            problems.push(format!("{name}: country or currency not offered by the forms"));
        }
        if !seen.insert((preset.country, preset.name.to_lowercase())) {
            problems.push(format!("{name}: twice in its country"));
        }
        for language in Language::ALL.map(|language| catalogue(language).note_tag) {
            if !preset.note.iter().any(|(tag, text)| *tag == language && !text.trim().is_empty()) {
                problems.push(format!("{name}: no note in {language}"));
            }
        }
        if preset.suggestion.is_some() && preset.counts.is_empty() {
            problems.push(format!("{name}: a rule without what counts"));
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn presets_keep_the_operators_own_units() {
    let every = |name: &str| find_preset(name).and_then(|p| p.suggestion).and_then(|rule| rule.every);
    assert_eq!(every("giffgaff"), Some(Period::months(6)), "6 months stays 6 months");
    assert_eq!(every("Three UK (PAYG)"), Some(Period::days(180)), "180 days stays 180 days");
    assert_eq!(every("Mobile Vikings"), Some(Period::months(12)), "its credit lasts 6 months, the line 12");
    assert_eq!(find_preset("Vodafone UK (PAYG)").unwrap().grace_days, Some(90));
    assert_eq!(find_preset("Three UK (PAYG)").unwrap().top_up_is_use, Some(false));
    assert_eq!(find_preset("giffgaff").unwrap().top_up_is_use, Some(true));
}

#[test]
fn tel_uris_keep_the_star_and_encode_the_hash() {
    assert_eq!(tel_uri("*100#"), "tel:*100%23");
    assert_eq!(tel_uri("*#131#"), "tel:*%23131%23");
    assert_eq!(tel_uri("##002#"), "tel:%23%23002%23");
    assert_eq!(tel_uri("+32 470 12"), "tel:+32%20470%2012");
}

#[test]
fn sms_uris_encode_the_body_as_utf8() {
    assert_eq!(sms_uri("800", "ADD10PAYG"), "sms:800?body=ADD10PAYG");
    assert_eq!(sms_uri("1914", "TOPUP 123"), "sms:1914?body=TOPUP%20123");
    assert_eq!(sms_uri("+447700900123", "保号 #1&2"), "sms:+447700900123?body=%E4%BF%9D%E5%8F%B7%20%231%262");
    assert_eq!(sms_uri("6700", ""), "sms:6700");
}

fn line_with(operator: &str, rules: Vec<Rule>) -> Line {
    let mut line = common::line_expiring("l1", "Test line", common::date(2027, 1, 1));
    line.operator = operator.into();
    line.rules = rules;
    line
}

#[test]
fn a_giffgaff_line_checks_its_balance_sends_a_keep_alive_text_and_confirms() {
    let used = common::date(2026, 6, 1);
    let line = line_with("giffgaff", vec![Rule::UseEvery { every: Period::months(6), last_done: used }]);
    let steps = operator_steps(&line, Some("+32 470 12 34 56"));
    let ids: Vec<&str> = steps.iter().map(|step| step.id).collect();
    assert_eq!(
        ids,
        [
            operator_steps::BALANCE,
            operator_steps::KEEP_ALIVE_SMS,
            operator_steps::CONFIRM,
            operator_steps::VOICEMAIL,
            operator_steps::IMESSAGE,
            operator_steps::ROAMING
        ]
    );
    assert_eq!(steps[0].link.as_ref().unwrap().uri(""), "tel:*100%23");
    assert_eq!(
        steps[1].link,
        Some(StepLink::Sms { to: "+32470123456".into(), body: None }),
        "to another of the user's numbers, as dialled"
    );
    assert!(steps.iter().filter(|s| s.stage == OperatorStage::Precaution).count() == 3);
}

#[test]
fn a_code_the_user_must_complete_is_shown_but_never_linked() {
    let line = line_with("Proximus (Pay&Go)", Vec::new());
    let steps = operator_steps(&line, None);
    let top_up = steps.iter().find(|step| step.id == operator_steps::TOP_UP_CALL).unwrap();
    assert_eq!(top_up.link, None);
    assert_eq!(top_up.code.as_deref(), Some("*121*<code>#"));
    let base = line_with("BASE (prepaid)", Vec::new());
    let sms = operator_steps(&base, None).into_iter().find(|s| s.id == operator_steps::TOP_UP_SMS).unwrap();
    assert!(sms.link.is_none());
    let tello = line_with("Tello (pay as you go)", Vec::new());
    let sms = operator_steps(&tello, None).into_iter().find(|s| s.id == operator_steps::TOP_UP_SMS).unwrap();
    assert_eq!(sms.link.unwrap().uri(""), "sms:800?body=ADD10PAYG");
}

#[test]
fn a_line_of_an_unknown_operator_gets_only_the_precautions() {
    let line = line_with("Unknown Telecom", Vec::new());
    let stages: Vec<OperatorStage> = operator_steps(&line, None).iter().map(|s| s.stage).collect();
    assert_eq!(stages, [OperatorStage::Precaution; 3]);
    assert!(CATALOGUE.iter().flat_map(|p| p.codes).all(|code| match code.action {
        CodeAction::Dial(number) => !number.is_empty(),
        CodeAction::Sms { to, .. } => !to.is_empty(),
    }));
}
