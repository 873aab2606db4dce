//! The operator catalogue: what each operator's terms say keeps a prepaid number alive, the
//! words of the page that says so, and the codes that help. It is data, not code: the build
//! turns `data/operators.toml` into a JSON file the app fetches when a screen first needs it
//! (see `catalogue_source`), so the catalogue can grow without growing the first load. A preset
//! only ever pre-fills a form: the user can change everything, and the interface shows each
//! preset's source, quote, date and certainty.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::Period;
use super::rule::RuleKind;
use super::validity_tiers::ValidityTiers;

/// A typical keep-alive rule, without a date: its kind and, as the kind needs, its period or
/// the tiers a top-up's amount buys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestedRule {
    pub kind: RuleKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_amount: Option<ValidityTiers>,
}

/// What an operator counts as keeping a line alive: the catalogue's fixed vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    /// Any call, text or data session, even a free one.
    AnyUse,
    /// A call, text or data session that costs money.
    ChargeableUse,
    TopUp,
    /// Paying the monthly plan.
    PlanRenewal,
    /// Buying a paid add-on (a bundle, a goodybag, a topping).
    PaidAddOn,
}

/// What a code is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodePurpose {
    Balance,
    TopUp,
    Expiry,
    CustomerService,
}

/// A code: dialled (`dial`), or sent as a text (`sms_to`, with `sms_text`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorCode {
    pub purpose: CodePurpose,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dial: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_to: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sms_text: String,
}

/// How a code is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeAction<'a> {
    Dial(&'a str),
    Sms { to: &'a str, text: &'a str },
}

impl OperatorCode {
    pub fn action(&self) -> CodeAction<'_> {
        match (&self.dial, &self.sms_to) {
            (Some(number), _) => CodeAction::Dial(number),
            (None, to) => CodeAction::Sms { to: to.as_deref().unwrap_or_default(), text: &self.sms_text },
        }
    }

    /// Whether the user must fill in part of it (a voucher code, written `<code>`): such a code
    /// is shown, never offered as a link that would dial or send it unfinished.
    pub fn needs_input(&self) -> bool {
        let has_gap = |text: &str| text.contains('<');
        match self.action() {
            CodeAction::Dial(number) => has_gap(number),
            CodeAction::Sms { to, text } => has_gap(to) || has_gap(text),
        }
    }

    /// The code as a person reads it: `*100#`, `ADD10PAYG → 800`. A part to fill in stays
    /// written as `<code>` (the interface puts it in its own words).
    pub fn display(&self) -> String {
        match self.action() {
            CodeAction::Dial(number) => number.to_owned(),
            CodeAction::Sms { to, text } => format!("{text} → {to}"),
        }
    }
}

/// A page a fact comes from, and the words on it that say so (in the page's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    pub quote: String,
}

/// The names people know an operator by: its own (`中華電信`, `Proximus`), the Chinese ones in
/// both scripts, and others people type (`CMHK`, `GG卡`, a former entry's name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub local: String,
    pub zh_hans: String,
    pub zh_hant: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// What else a person should know, in each language of the interface.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub en: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
}

/// One operator's product as its source described it on the day it was checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorPreset {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The English name, with the product where an operator has several: unique.
    pub name: String,
    pub names: Names,
    /// ISO 4217.
    pub currency: String,
    /// `None` where no rule was published: the interface says so, and the user enters one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<SuggestedRule>,
    /// `false` for a product whose validity cannot be extended at all (a tourist card).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub renewable: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<Counts>,
    /// For use rules: whether the terms say a top-up counts as use; `None` where they are silent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_up_is_use: Option<bool>,
    /// Days after the deadline in which a lapsed number can still be revived, where quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<OperatorCode>,
    /// The page the rule (and, without a `grace_source`, the grace period) comes from.
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace_source: Option<Source>,
    /// Further pages the rule rests on, where it combines what several say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Source>,
    /// The operator's own web domains: a source there is the operator's word.
    pub domains: Vec<String>,
    /// The day the sources were read.
    #[serde(deserialize_with = "super::iso_date::deserialize")]
    pub checked: NaiveDate,
    /// Whether the operator's own pages say so (otherwise a secondary source does).
    pub confirmed: bool,
    pub note: Note,
}

fn yes() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

impl OperatorPreset {
    /// The note in the language tagged `language` (`en`, `zh-Hans`, `zh-Hant`), or in English.
    pub fn note_in(&self, language: &str) -> &str {
        match language {
            "zh-Hans" => &self.note.zh_hans,
            "zh-Hant" => &self.note.zh_hant,
            _ => &self.note.en,
        }
    }

    pub fn code_for(&self, purpose: CodePurpose) -> Option<&OperatorCode> {
        self.codes.iter().find(|code| code.purpose == purpose)
    }

    /// Every name the preset answers to: its own, local, Chinese and other names.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        let names = &self.names;
        [&self.name, &names.local, &names.zh_hans, &names.zh_hant]
            .into_iter()
            .chain(&names.aliases)
            .map(String::as_str)
            .filter(|name| !name.is_empty())
    }

    /// Whether `query` (lowercased, trimmed) is part of one of its names or is its country code.
    fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || self.country.eq_ignore_ascii_case(query)
            || self.all_names().any(|name| name.to_lowercase().contains(query))
    }
}

/// The whole catalogue, as the app fetches it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub operators: Vec<OperatorPreset>,
}

impl Catalogue {
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The preset whose name (or any other name it answers to) is what the user typed or picked,
    /// case and outer spaces ignored.
    pub fn find(&self, operator: &str) -> Option<&OperatorPreset> {
        let wanted = operator.trim();
        if wanted.is_empty() {
            return None;
        }
        let named = |preset: &&OperatorPreset| preset.name.eq_ignore_ascii_case(wanted);
        let also_named =
            |preset: &&OperatorPreset| preset.all_names().any(|name| name.eq_ignore_ascii_case(wanted));
        self.operators.iter().find(named).or_else(|| self.operators.iter().find(also_named))
    }

    /// The presets any of whose names contains `query` (case ignored), or whose country code it
    /// is; those of `country` first, each group in catalogue order.
    pub fn search<'a>(&'a self, query: &str, country: &str) -> Vec<&'a OperatorPreset> {
        let query = query.trim().to_lowercase();
        let found = self.operators.iter().filter(|preset| preset.matches(&query));
        let (mut first, rest): (Vec<_>, Vec<_>) = found.partition(|preset| preset.country == country);
        first.extend(rest);
        first
    }

    /// The countries the catalogue has operators in, in the order first met.
    pub fn countries(&self) -> Vec<&str> {
        let mut countries: Vec<&str> = Vec::new();
        for preset in &self.operators {
            if !countries.contains(&preset.country.as_str()) {
                countries.push(&preset.country);
            }
        }
        countries
    }
}
