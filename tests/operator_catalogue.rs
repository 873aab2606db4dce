//! The operator catalogue (data/operators.toml) holds what the interface promises of it: every
//! fact quoted from the specific page it is on, confirmed only on the operator's own site, valid
//! periods and tiers, names people type; the build refuses a catalogue that breaks any of it;
//! and the links its codes make work on the phone in hand.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use linekeeper::catalogue_source;
use linekeeper::domain::line::Line;
use linekeeper::domain::operator_steps::{
    self, operator_steps, sms_uri, tel_uri, CodeOffer, Device, OperatorStage, OperatorStep,
};
use linekeeper::domain::operators::Catalogue;
use linekeeper::domain::period::Period;
use linekeeper::domain::rule::{Rule, RuleKind};

mod common;

fn catalogue() -> Catalogue {
    catalogue_source::load(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the catalogue has no problems")
}

/// The catalogue file with one entry's text edited, for the refusals below.
fn edited(find: &str, replace: &str) -> Result<Catalogue, Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(catalogue_source::PATH);
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(find), "the catalogue no longer holds {find:?}");
    catalogue_source::parse(&text.replacen(find, replace, 1))
}

fn refused_for(result: Result<Catalogue, Vec<String>>, words: &str) -> bool {
    result.is_err_and(|problems| problems.iter().any(|problem| problem.contains(words)))
}

#[test]
fn the_catalogue_has_45_operators_with_a_rule_in_14_places() {
    let catalogue = catalogue();
    let with_rule: Vec<_> = catalogue.operators.iter().filter(|preset| preset.rule.is_some()).collect();
    let places: BTreeSet<&str> = with_rule.iter().map(|preset| preset.country.as_str()).collect();
    assert!(with_rule.len() >= 45, "{} operators with a rule", with_rule.len());
    for place in ["DE", "FR", "ES", "MO", "SG", "MY", "TH", "KR", "TW", "GB", "HK", "JP", "US", "BE", "NL"] {
        assert!(places.contains(place), "no operator with a rule in {place}");
    }
}

#[test]
fn every_entry_is_quoted_from_a_specific_page() {
    for preset in catalogue().operators {
        assert!(!preset.source.quote.trim().is_empty(), "{}", preset.name);
        let path =
            preset.source.url.split_once("://").and_then(|(_, rest)| rest.split_once('/')).map(|(_, p)| p);
        assert!(path.is_some_and(|path| !path.is_empty()), "{}: {}", preset.name, preset.source.url);
    }
}

#[test]
fn the_build_refuses_an_entry_without_a_quote() {
    let giffgaff_quote = "quote = \"Your SIM Card will be disconnected unless";
    assert!(refused_for(edited(giffgaff_quote, "quote = \" \"\nxquote = \"Your SIM"), "unknown field"));
    assert!(refused_for(
        edited(giffgaff_quote, "quote = \"   \" # Your SIM Card will be disconnected unless"),
        "no quote"
    ));
}

#[test]
fn the_build_refuses_a_source_that_is_a_front_page() {
    let source = "source = \"https://www.giffgaff.com/boiler-plate/cancellation-rights\"";
    assert!(refused_for(edited(source, "source = \"https://www.giffgaff.com/\""), "front page"));
    assert!(refused_for(edited(source, "source = \"https://www.giffgaff.com\""), "front page"));
}

#[test]
fn the_build_refuses_a_confirmed_entry_whose_source_is_elsewhere() {
    let source = "source = \"https://www.giffgaff.com/boiler-plate/cancellation-rights\"";
    let elsewhere = "source = \"https://giffgaff.com.example.org/boiler-plate/cancellation-rights\"";
    assert!(refused_for(edited(source, elsewhere), "not one of the operator's domains"));
}

#[test]
fn the_build_refuses_tiers_that_sell_less_time_for_more() {
    let tier = "{ from = \"300\", count = 180, unit = \"days\" }";
    assert!(refused_for(
        edited(tier, "{ from = \"300\", count = 20, unit = \"days\" }"),
        "a larger amount could buy less time"
    ));
    assert!(refused_for(
        edited(tier, "{ from = \"5\", count = 180, unit = \"days\" }"),
        "the amounts do not grow"
    ));
}

#[test]
fn confirmed_means_every_source_is_on_the_operators_own_site() {
    use linekeeper::domain::operator_checks::{host_and_path, is_on};
    for preset in catalogue().operators.iter().filter(|preset| preset.confirmed) {
        let sources =
            [Some(&preset.source), preset.grace_source.as_ref()].into_iter().flatten().chain(&preset.also);
        for source in sources {
            let (host, _) = host_and_path(&source.url).unwrap();
            assert!(is_on(host, &preset.domains), "{}: {}", preset.name, source.url);
        }
    }
}

#[test]
fn the_cases_found_wrong_are_corrected() {
    let catalogue = catalogue();
    let find = |name: &str| catalogue.find(name).unwrap_or_else(|| panic!("{name} is in the catalogue"));
    let cmhk = find("China Mobile Hong Kong (CMHK) prepaid");
    let tiers =
        cmhk.rule.as_ref().and_then(|rule| rule.by_amount.as_ref()).expect("CMHK sells time by amount");
    let day = common::date(2026, 12, 4);
    let after = |hkd: i64| tiers.after_top_up(None, day, Some(hkd)).unwrap();
    assert!(after(5_000) < after(30_000), "HK$50 buys less than HK$300");
    assert_eq!(cmhk.grace_days, None, "one blogger's guess is no grace period");
    let chunghwa = find("中華電信");
    assert_eq!(chunghwa.rule.as_ref().and_then(|rule| rule.every), Some(Period::days(180)));
    assert!(chunghwa.confirmed);
    assert!(
        catalogue.operators.iter().any(|p| p.names.local == "中華電信" && !p.renewable),
        "the tourist card"
    );
    let ee = find("EE (PAYG)");
    assert!(ee.grace_days.is_some() && ee.counts.len() > 1);
    assert_eq!(find("Three UK (PAYG)").top_up_is_use, Some(false), "the stricter reading");
    assert!(!find("KPN prepaid").counts.contains(&linekeeper::domain::operators::Counts::AnyUse));
    assert!(find("BASE (prepaid)").source.url.contains("base.be/"));
}

#[test]
fn presets_keep_the_operators_own_units() {
    let catalogue = catalogue();
    let every = |name: &str| catalogue.find(name).and_then(|p| p.rule.as_ref()).and_then(|rule| rule.every);
    assert_eq!(every("giffgaff"), Some(Period::months(6)), "6 months stays 6 months");
    assert_eq!(every("Three UK (PAYG)"), Some(Period::days(180)), "180 days stays 180 days");
    assert_eq!(catalogue.find("Vodafone UK (PAYG)").unwrap().grace_days, Some(90));
    let aldi = catalogue.find("ALDI TALK").and_then(|p| p.rule.as_ref()).unwrap();
    assert_eq!(aldi.kind, RuleKind::TopUpBuys);
}

#[test]
fn an_operator_is_found_by_any_name_people_use() {
    let catalogue = catalogue();
    let first = |query: &str, country: &str| catalogue.search(query, country).first().map(|p| p.name.clone());
    assert_eq!(first("中国移动", ""), Some("China Mobile Hong Kong (prepaid SIM)".to_owned()));
    assert!(first("中華電信", "").is_some_and(|name| name.starts_with("Chunghwa Telecom")));
    assert!(first("數碼通", "").is_some_and(|name| name.starts_with("SmarTone")));
    assert!(first("gg卡", "").is_some_and(|name| name == "giffgaff"));
    assert_eq!(catalogue.find("  GIFFGAFF ").map(|p| p.name.as_str()), Some("giffgaff"));
    assert!(catalogue.find("Unknown Telecom").is_none());
}

#[test]
fn a_chosen_countrys_operators_come_first() {
    let catalogue = catalogue();
    let vodafones = catalogue.search("vodafone", "DE");
    assert_eq!(vodafones[0].country, "DE");
    assert!(vodafones.iter().any(|p| p.country == "GB"), "the others still follow");
    assert_eq!(catalogue.search("", "").len(), catalogue.operators.len());
}

#[test]
fn the_json_the_app_fetches_reads_back_the_same() {
    let catalogue = catalogue();
    let json = serde_json::to_string(&catalogue).unwrap();
    assert_eq!(Catalogue::from_json(&json).unwrap(), catalogue);
}

#[test]
fn tel_uris_keep_the_star_and_encode_the_hash() {
    assert_eq!(tel_uri("*100#"), "tel:*100%23");
    assert_eq!(tel_uri("*#131#"), "tel:*%23131%23");
    assert_eq!(tel_uri("##002#"), "tel:%23%23002%23");
    assert_eq!(tel_uri("+32 470 12"), "tel:+32%20470%2012");
}

#[test]
fn sms_uris_take_the_form_each_platform_opens() {
    assert_eq!(sms_uri("800", "ADD10PAYG", Device::Phone), "sms:800?body=ADD10PAYG");
    assert_eq!(sms_uri("800", "ADD10PAYG", Device::Apple), "sms:800&body=ADD10PAYG");
    assert_eq!(sms_uri("1914", "TOPUP 123", Device::Phone), "sms:1914?body=TOPUP%20123");
    assert_eq!(
        sms_uri("+447700900123", "保号 #1&2", Device::Apple),
        "sms:+447700900123&body=%E4%BF%9D%E5%8F%B7%20%231%262"
    );
    assert_eq!(sms_uri("6700", "", Device::Apple), "sms:6700");
}

#[test]
fn the_device_is_told_by_its_user_agent() {
    let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";
    let ipad_as_mac =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15";
    let android =
        "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/156.0.0.0 Mobile Safari/537.36";
    let desktop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0.0.0 Safari/537.36";
    assert_eq!(Device::of_user_agent(iphone, 5), Device::Apple);
    assert_eq!(Device::of_user_agent(ipad_as_mac, 5), Device::Apple);
    assert_eq!(Device::of_user_agent(ipad_as_mac, 0), Device::Computer, "a Mac");
    assert_eq!(Device::of_user_agent(android, 5), Device::Phone);
    assert_eq!(Device::of_user_agent(desktop, 0), Device::Computer);
}

fn line_with(operator: &str, rules: Vec<Rule>) -> Line {
    let mut line = common::line_expiring("l1", "Test line", common::date(2027, 1, 1));
    line.operator = operator.into();
    line.rules = rules;
    line
}

fn steps_of(catalogue: &Catalogue, line: &Line, other: Option<&str>) -> Vec<OperatorStep> {
    operator_steps(line, catalogue.find(&line.operator), other)
}

#[test]
fn a_giffgaff_line_sends_a_keep_alive_text_and_confirms() {
    let catalogue = catalogue();
    let used = common::date(2026, 6, 1);
    let line = line_with("giffgaff", vec![Rule::UseEvery { every: Period::months(6), last_done: used }]);
    let steps = steps_of(&catalogue, &line, Some("+32 470 12 34 56"));
    let keep_alive = steps.iter().find(|step| step.id == operator_steps::KEEP_ALIVE_SMS).unwrap();
    assert_eq!(keep_alive.offer(Device::Phone, "hi"), CodeOffer::Link("sms:+32470123456?body=hi".into()));
    assert_eq!(keep_alive.offer(Device::Apple, "hi"), CodeOffer::Link("sms:+32470123456&body=hi".into()));
    assert!(steps.iter().any(|step| step.id == operator_steps::CONFIRM));
    assert_eq!(steps.iter().filter(|s| s.stage == OperatorStage::Precaution).count(), 3);
}

#[test]
fn a_code_with_a_star_or_hash_is_copied_on_an_iphone_and_dialled_elsewhere() {
    let catalogue = catalogue();
    let line = line_with("Unknown Telecom", Vec::new());
    let voicemail =
        steps_of(&catalogue, &line, None).into_iter().find(|s| s.id == operator_steps::VOICEMAIL).unwrap();
    assert_eq!(voicemail.offer(Device::Apple, ""), CodeOffer::Copy("##002#".into()));
    assert_eq!(voicemail.offer(Device::Phone, ""), CodeOffer::Link("tel:%23%23002%23".into()));
    assert_eq!(voicemail.offer(Device::Computer, ""), CodeOffer::Show);
    let chunghwa = line_with("Chunghwa Telecom (Prepaid / Ideal card)", Vec::new());
    let plain = steps_of(&catalogue, &chunghwa, None).into_iter().find(|s| s.code.as_deref() == Some("928"));
    if let Some(step) = plain {
        assert_eq!(
            step.offer(Device::Apple, ""),
            CodeOffer::Link("tel:928".into()),
            "digits dial on an iPhone"
        );
    }
}

#[test]
fn a_code_the_user_must_complete_is_shown_but_never_linked() {
    let catalogue = catalogue();
    let line = line_with("Proximus (Pay&Go)", Vec::new());
    let top_up =
        steps_of(&catalogue, &line, None).into_iter().find(|s| s.id == operator_steps::TOP_UP_CALL).unwrap();
    assert_eq!(top_up.link, None);
    assert_eq!(top_up.code.as_deref(), Some("*121*<code>#"));
    assert_eq!(top_up.offer(Device::Apple, ""), CodeOffer::Show);
}

#[test]
fn a_line_of_an_unknown_operator_gets_only_the_precautions() {
    let catalogue = catalogue();
    let line = line_with("Unknown Telecom", Vec::new());
    let stages: Vec<OperatorStage> = steps_of(&catalogue, &line, None).iter().map(|s| s.stage).collect();
    assert_eq!(stages, [OperatorStage::Precaution; 3]);
}
