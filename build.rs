//! Turns the operator catalogue (`data/operators.toml`) into static Rust data, so that the app
//! carries the catalogue without a parser for it. The file's shape is checked here (an unknown
//! field or value stops the build with the file's own error message); what its values must be
//! (https sources, dates, valid periods, no duplicates) is checked by tests/operator_catalogue.rs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

use serde::Deserialize;

const CATALOGUE: &str = "data/operators.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    operator: Vec<Operator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Operator {
    country: String,
    name: String,
    currency: String,
    rule: Option<Rule>,
    counts: Vec<Counts>,
    top_up_is_use: Option<bool>,
    grace_days: Option<u32>,
    #[serde(default)]
    codes: Vec<Code>,
    source: String,
    source_title: String,
    checked: String,
    confirmed: bool,
    note: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, tag = "kind", rename_all = "snake_case")]
enum Rule {
    TopUpEvery { count: u32, unit: Unit },
    UseEvery { count: u32, unit: Unit },
    FixedExpiry,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "snake_case")]
enum Unit {
    Days,
    Months,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "snake_case")]
enum Counts {
    AnyUse,
    ChargeableUse,
    TopUp,
    PlanRenewal,
    PaidAddOn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    purpose: Purpose,
    dial: Option<String>,
    sms_to: Option<String>,
    sms_text: Option<String>,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "snake_case")]
enum Purpose {
    Balance,
    TopUp,
    Expiry,
    CustomerService,
}

fn main() {
    println!("cargo::rerun-if-changed={CATALOGUE}");
    let text = fs::read_to_string(CATALOGUE).unwrap_or_else(|error| panic!("{CATALOGUE}: {error}"));
    let file: File = toml::from_str(&text).unwrap_or_else(|error| panic!("{CATALOGUE}: {error}"));
    let mut out = String::from("pub const CATALOGUE: &[OperatorPreset] = &[\n");
    for operator in &file.operator {
        write_operator(&mut out, operator);
    }
    out.push_str("];\n");
    let target = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("operator_catalogue.rs");
    fs::write(target, out).expect("OUT_DIR is writable");
}

fn write_operator(out: &mut String, op: &Operator) {
    let rule = match &op.rule {
        None => "None".to_owned(),
        Some(Rule::FixedExpiry) => "Some(SuggestedRule { kind: RuleKind::FixedExpiry, every: None })".into(),
        Some(Rule::TopUpEvery { count, unit }) => periodic("TopUpEvery", *count, unit),
        Some(Rule::UseEvery { count, unit }) => periodic("UseEvery", *count, unit),
    };
    let counts: Vec<String> = op.counts.iter().map(|c| format!("Counts::{c:?}")).collect();
    let codes: Vec<String> = op.codes.iter().map(|code| code_literal(code, &op.name)).collect();
    let notes: Vec<String> = op.note.iter().map(|(lang, text)| format!("({lang:?}, {text:?})")).collect();
    // The title is for whoever maintains the catalogue (the link names the page in the
    // interface's own words), so it is required here and not shipped.
    assert!(!op.source_title.trim().is_empty(), "{CATALOGUE}: {} needs a source_title", op.name);
    writeln!(
        out,
        "    OperatorPreset {{ country: {:?}, name: {:?}, currency: {:?}, suggestion: {rule}, \
         counts: &[{}], top_up_is_use: {:?}, grace_days: {:?}, codes: &[{}], source: {:?}, \
         checked: {:?}, confirmed: {}, note: &[{}] }},",
        op.country,
        op.name,
        op.currency,
        counts.join(", "),
        op.top_up_is_use,
        op.grace_days,
        codes.join(", "),
        op.source,
        op.checked,
        op.confirmed,
        notes.join(", "),
    )
    .expect("writing to a String");
}

fn periodic(kind: &str, count: u32, unit: &Unit) -> String {
    let unit = match unit {
        Unit::Days => "days",
        Unit::Months => "months",
    };
    format!("Some(SuggestedRule {{ kind: RuleKind::{kind}, every: Some(Period::{unit}({count})) }})")
}

fn code_literal(code: &Code, operator: &str) -> String {
    let action = match (&code.dial, &code.sms_to, &code.sms_text) {
        (Some(dial), None, None) => format!("CodeAction::Dial({dial:?})"),
        (None, Some(to), text) => {
            format!("CodeAction::Sms {{ to: {to:?}, text: {:?} }}", text.as_deref().unwrap_or(""))
        }
        _ => panic!("{CATALOGUE}: a code of {operator} needs either `dial` or `sms_to` (with `sms_text`)"),
    };
    format!("OperatorCode {{ purpose: CodePurpose::{:?}, action: {action} }}", code.purpose)
}
