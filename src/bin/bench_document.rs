//! Prints a deterministic document with N lines for `make bench`, as the localStorage entries
//! that hold it (a JSON object, key → text):
//! `cargo run --bin bench_document -- <lines> <today YYYY-MM-DD>`.
//! Built from the domain types, so the benchmark's data always has the current schema, and
//! from the operator catalogue (read natively, as the build does).
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

use strum::VariantArray;

use chrono::{Days, NaiveDate};
use linekeeper::domain::checklist::Checklist;
use linekeeper::domain::document::Document;
use linekeeper::domain::line::Line;
use linekeeper::domain::money::Money;
use linekeeper::domain::operators::{Catalogue, OperatorPreset};
use linekeeper::domain::period::Period;
use linekeeper::domain::renewal::{Action, Channel, Renewal};
use linekeeper::domain::rule::Rule;
use linekeeper::domain::storage_layout::entries;

/// The benchmark runs natively; the wasm build has nothing to do here.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = linekeeper::catalogue_source::load(root).expect("the operator catalogue reads");
    let mut args = std::env::args().skip(1);
    let count: usize =
        args.next().and_then(|n| n.parse().ok()).expect("usage: bench_document <lines> <today>");
    let today: NaiveDate =
        args.next().and_then(|d| d.parse().ok()).expect("usage: bench_document <lines> <today>");
    let document = Document {
        lines: (0..count).map(|i| sample_line(i, today, &catalogue)).collect(),
        ..Document::default()
    };
    let entries: serde_json::Map<String, serde_json::Value> =
        entries(&document).into_iter().map(|(key, text)| (key, text.into())).collect();
    println!("{}", serde_json::Value::Object(entries));
}

/// Line `i`: a preset operator, one or two rules, deadlines spread over the coming year and the
/// past month, so every status (expired … ok) occurs.
fn sample_line(i: usize, today: NaiveDate, catalogue: &Catalogue) -> Line {
    let presets: Vec<&OperatorPreset> = catalogue.operators.iter().collect();
    let preset = presets[i % presets.len()];
    let days_ago = |n: usize| today - Days::new((n % 400) as u64);
    let mut rules = vec![Rule::TopUpEvery { every: Period::months(12), last_done: days_ago(i * 37) }];
    if i.is_multiple_of(3) {
        rules.push(Rule::UseEvery { every: Period::days(90), last_done: days_ago(i * 11 % 120) });
    }
    if i.is_multiple_of(5) {
        rules.push(Rule::FixedExpiry { expires_on: today + Days::new((i * 13 % 365) as u64) });
    }
    Line {
        id: format!("bench-{i:05}").into(),
        name: format!("Line {i:05} {}", preset.name),
        number: format!("+{} {:03} {:02} {:02} {:02}", 30 + i % 60, i % 1000, i % 97, i % 89, i % 83),
        country: preset.country.clone(),
        operator: preset.name.clone(),
        currency: preset.currency.clone(),
        notes: if i.is_multiple_of(4) { "Bank 2FA and government portal".to_owned() } else { String::new() },
        rules,
        history: sample_history(i, today, &preset.currency),
        checklist: sample_checklist(i),
        updated_at: None,
        lead_times: None,
        remind_at: None,
        grace_days: preset.grace_days,
        top_up_is_use: preset.top_up_is_use,
    }
}

/// Three past top-ups a year apart, with amounts, before the line's own last top-up.
fn sample_history(i: usize, today: NaiveDate, currency: &str) -> Vec<Renewal> {
    (1..=3)
        .map(|years| Renewal {
            id: format!("bench-{i:05}-r{years}").into(),
            date: today - Days::new(400 + 365 * years as u64),
            action: Action::TopUp,
            amount: (!currency.is_empty())
                .then(|| Money { minor: 1000 + (i as i64 % 20) * 100, currency: currency.to_owned() }),
            channel: Some(Channel::VARIANTS[i % 3]),
            note: String::new(),
        })
        .collect()
}

/// A channel chosen and two preparation steps ticked.
fn sample_checklist(i: usize) -> Checklist {
    let mut checklist = Checklist { channel: Some(Channel::VARIANTS[i % 3]), ..Checklist::default() };
    checklist.set_done("prepare.deadline", true);
    checklist.set_done("prepare.details", true);
    checklist
}
