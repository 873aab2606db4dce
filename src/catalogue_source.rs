//! Reads the operator catalogue as its maintainers write it (`data/operators.toml`) into the
//! catalogue the app fetches (`domain::operators::Catalogue`), refusing what the catalogue must
//! never hold (see `domain::operator_checks`). Native only: the build runs it
//! (`src/bin/operator_catalogue.rs`), the tests read the same file through it, and the wasm
//! carries neither the file nor a TOML parser.

use serde::Deserialize;

use crate::domain::money::parse_amount;
use crate::domain::operator_checks;
use crate::domain::operators::{
    Catalogue, Counts, Names, Note, OperatorCode, OperatorPreset, Source, SuggestedRule,
};
use crate::domain::period::{Period, PeriodUnit};
use crate::domain::rule::RuleKind;
use crate::domain::validity_tiers::{Counted, Tier, ValidityTiers};

/// Where the catalogue lives, from the crate's root.
pub const PATH: &str = "data/operators.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    operator: Vec<Entry>,
}

/// One `[[operator]]`, field by field as documented at the top of the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    country: String,
    name: String,
    local_name: String,
    zh_hans: String,
    zh_hant: String,
    #[serde(default)]
    aliases: Vec<String>,
    currency: String,
    domains: Vec<String>,
    rule: Option<RuleEntry>,
    counts: Vec<Counts>,
    top_up_is_use: Option<bool>,
    grace_days: Option<u32>,
    #[serde(default)]
    codes: Vec<CodeEntry>,
    source: String,
    source_title: String,
    quote: String,
    grace_source: Option<String>,
    grace_source_title: Option<String>,
    grace_quote: Option<String>,
    #[serde(default)]
    also: Vec<AlsoEntry>,
    checked: String,
    confirmed: bool,
    note: Note,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, tag = "kind", rename_all = "snake_case")]
enum RuleEntry {
    TopUpEvery {
        count: u32,
        unit: PeriodUnit,
    },
    UseEvery {
        count: u32,
        unit: PeriodUnit,
    },
    FixedExpiry,
    TopUpBuys {
        #[serde(default)]
        counted: Counted,
        cap: Option<Period>,
        tiers: Vec<TierEntry>,
    },
    CannotRenew,
}

/// A tier as written: the smallest amount in the currency's major unit (`"50"`, `"9.99"`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TierEntry {
    from: String,
    count: u32,
    unit: PeriodUnit,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeEntry {
    purpose: crate::domain::operators::CodePurpose,
    dial: Option<String>,
    sms_to: Option<String>,
    sms_text: Option<String>,
}

/// A further page that backs the rule, where the rule combines what several pages say.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AlsoEntry {
    source: String,
    source_title: String,
    quote: String,
}

/// The catalogue in `text`, or every problem found in it (`name: problem`, one per line).
pub fn parse(text: &str) -> Result<Catalogue, Vec<String>> {
    let file: File = toml::from_str(text).map_err(|error| vec![error.to_string()])?;
    let mut problems = Vec::new();
    let operators = file.operator.into_iter().filter_map(|entry| preset(entry, &mut problems)).collect();
    let catalogue = Catalogue { operators };
    problems.extend(operator_checks::problems(&catalogue));
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

/// The catalogue at `PATH` under `root`.
pub fn load(root: &std::path::Path) -> Result<Catalogue, Vec<String>> {
    let path = root.join(PATH);
    let text =
        std::fs::read_to_string(&path).map_err(|error| vec![format!("{}: {error}", path.display())])?;
    parse(&text)
}

fn preset(entry: Entry, problems: &mut Vec<String>) -> Option<OperatorPreset> {
    let mut refuse = |problem: String| problems.push(format!("{}: {problem}", entry.name));
    let titles = [Some(&entry.source_title), entry.grace_source_title.as_ref()].into_iter().flatten();
    for title in titles.chain(entry.also.iter().map(|also| &also.source_title)) {
        if title.trim().is_empty() {
            refuse("a source needs a title".into());
        }
    }
    let grace_source = match (entry.grace_source, entry.grace_source_title, entry.grace_quote) {
        (None, None, None) => None,
        (Some(url), Some(_), Some(quote)) => Some(Source { url, quote }),
        _ => {
            refuse("grace_source, grace_source_title and grace_quote go together".into());
            None
        }
    };
    let (rule, renewable) = match entry.rule.map(|rule| suggested_rule(rule, &entry.currency)) {
        None => (None, true),
        Some(Ok(rule)) => (rule.clone(), rule.is_some()),
        Some(Err(problem)) => {
            refuse(problem);
            return None;
        }
    };
    let codes = entry.codes.into_iter().map(code).collect();
    let checked = crate::domain::iso_date::parse(&entry.checked);
    if checked.is_none() {
        refuse(format!("checked {:?} is not a date", entry.checked));
    }
    Some(OperatorPreset {
        country: entry.country,
        name: entry.name,
        names: Names {
            local: entry.local_name,
            zh_hans: entry.zh_hans,
            zh_hant: entry.zh_hant,
            aliases: entry.aliases,
        },
        currency: entry.currency,
        rule,
        renewable,
        counts: entry.counts,
        top_up_is_use: entry.top_up_is_use,
        grace_days: entry.grace_days,
        codes,
        source: Source { url: entry.source, quote: entry.quote },
        grace_source,
        also: entry.also.into_iter().map(|also| Source { url: also.source, quote: also.quote }).collect(),
        domains: entry.domains,
        checked: checked?,
        confirmed: entry.confirmed,
        note: entry.note,
    })
}

/// `Ok(None)` for a product that cannot be renewed (it has no rule, and says so).
fn suggested_rule(rule: RuleEntry, currency: &str) -> Result<Option<SuggestedRule>, String> {
    let periodic =
        |kind, count, unit| SuggestedRule { kind, every: Some(Period { count, unit }), by_amount: None };
    Ok(Some(match rule {
        RuleEntry::TopUpEvery { count, unit } => periodic(RuleKind::TopUpEvery, count, unit),
        RuleEntry::UseEvery { count, unit } => periodic(RuleKind::UseEvery, count, unit),
        RuleEntry::FixedExpiry => SuggestedRule { kind: RuleKind::FixedExpiry, every: None, by_amount: None },
        RuleEntry::TopUpBuys { counted, cap, tiers } => {
            let tiers = tiers.iter().map(|tier| self::tier(tier, currency)).collect::<Result<_, _>>()?;
            let by_amount = ValidityTiers { currency: currency.to_owned(), tiers, counted, cap };
            SuggestedRule { kind: RuleKind::TopUpBuys, every: None, by_amount: Some(by_amount) }
        }
        RuleEntry::CannotRenew => return Ok(None),
    }))
}

fn tier(tier: &TierEntry, currency: &str) -> Result<Tier, String> {
    let from = parse_amount(&tier.from, currency)
        .map_err(|error| format!("tier from {:?}: {error:?}", tier.from))?;
    Ok(Tier { from, buys: Period { count: tier.count, unit: tier.unit } })
}

fn code(entry: CodeEntry) -> OperatorCode {
    OperatorCode {
        purpose: entry.purpose,
        dial: entry.dial,
        sms_to: entry.sms_to,
        sms_text: entry.sms_text.unwrap_or_default(),
    }
}
