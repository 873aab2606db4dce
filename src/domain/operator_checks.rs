//! What the operator catalogue must never hold, so that a person can stake a number on it:
//! a fact without the words that back it, a source that is a site's front page, "confirmed"
//! for a page that is not the operator's own, a period out of range, tiers that could sell
//! less time for more money, a name two entries answer to. The build refuses a catalogue
//! with any of these (see `catalogue_source`), and so do the native tests.

use super::operators::{Catalogue, OperatorPreset, Source};
use super::places::{is_known_country, is_known_currency};
use super::rule::RuleKind;

/// The longest quote: the words that back a fact, not the page.
pub const MAX_QUOTE_CHARS: usize = 600;

/// Every problem of the catalogue, as `name: problem`.
pub fn problems(catalogue: &Catalogue) -> Vec<String> {
    let mut problems = Vec::new();
    for (index, preset) in catalogue.operators.iter().enumerate() {
        let mut report = |problem: String| problems.push(format!("{}: {problem}", preset.name));
        preset_problems(preset, &mut report);
        for other in &catalogue.operators[..index] {
            if let Some(name) = shared_name(preset, other) {
                report(format!("answers to {name:?}, as {} does", other.name));
            }
        }
    }
    problems
}

fn preset_problems(preset: &OperatorPreset, report: &mut impl FnMut(String)) {
    if !is_known_country(&preset.country) || !is_known_currency(&preset.currency) {
        report(format!(
            "country {} or currency {} is not offered by the forms",
            preset.country, preset.currency
        ));
    }
    let names = &preset.names;
    if [&preset.name, &names.local, &names.zh_hans, &names.zh_hant].iter().any(|name| name.trim().is_empty())
    {
        report("needs its name, local name and Chinese names".into());
    }
    if [&preset.note.en, &preset.note.zh_hans, &preset.note.zh_hant].iter().any(|note| note.trim().is_empty())
    {
        report("needs a note in every language".into());
    }
    if preset.domains.is_empty() {
        report("needs the operator's domains".into());
    }
    let sources =
        [Some(&preset.source), preset.grace_source.as_ref()].into_iter().flatten().chain(&preset.also);
    for source in sources {
        source_problems(source, preset, report);
    }
    rule_problems(preset, report);
    for code in &preset.codes {
        if code.display().trim().is_empty() || code.dial.is_some() == code.sms_to.is_some() {
            report("a code needs either `dial` or `sms_to`".into());
        }
    }
}

fn source_problems(source: &Source, preset: &OperatorPreset, report: &mut impl FnMut(String)) {
    let url = &source.url;
    match host_and_path(url) {
        None => report(format!("source {url:?} is not a web address")),
        Some((_, path)) if path.is_empty() || path == "/" => {
            report(format!("source {url:?} is a site's front page, not the page that says so"))
        }
        Some((host, _)) if preset.confirmed && !is_on(host, &preset.domains) => {
            report(format!("confirmed, but {host} is not one of the operator's domains"))
        }
        Some(_) => {}
    }
    let quote = source.quote.trim();
    if quote.is_empty() {
        report(format!("no quote from {url}"));
    }
    if quote.chars().count() > MAX_QUOTE_CHARS {
        report(format!("the quote from {url} is over {MAX_QUOTE_CHARS} characters"));
    }
}

fn rule_problems(preset: &OperatorPreset, report: &mut impl FnMut(String)) {
    let Some(rule) = &preset.rule else {
        return;
    };
    if preset.counts.is_empty() && rule.kind != RuleKind::FixedExpiry {
        report("a rule without what counts".into());
    }
    let needs_period = matches!(rule.kind, RuleKind::TopUpEvery | RuleKind::UseEvery);
    if needs_period != rule.every.is_some_and(|every| every.is_valid()) {
        report("a periodic rule needs a valid period, other rules none".into());
    }
    match (&rule.by_amount, rule.kind) {
        (Some(tiers), RuleKind::TopUpBuys) => {
            if let Err(problem) = tiers.check() {
                report(format!("tiers: {problem}"));
            }
            if tiers.currency != preset.currency {
                report("tiers in another currency than the operator's".into());
            }
        }
        (None, RuleKind::TopUpBuys) => report("a rule by amount needs its tiers".into()),
        (Some(_), _) => report("tiers belong to a rule by amount only".into()),
        (None, _) => {}
    }
}

/// `(host, path)` of a web address; the path keeps its query. Some pages were only ever
/// stored at their `http` address, which is kept as it was read.
pub fn host_and_path(url: &str) -> Option<(&str, &str)> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    let valid = !host.is_empty() && !url.contains(char::is_whitespace);
    valid.then_some((host, path.split(['#']).next().unwrap_or_default()))
}

/// Whether `host` (with or without its port) is one of `domains` or a subdomain of one.
pub fn is_on(host: &str, domains: &[String]) -> bool {
    let host = host.split(':').next().unwrap_or_default().to_ascii_lowercase();
    domains.iter().any(|domain| {
        let domain = domain.to_ascii_lowercase();
        host == domain || host.ends_with(&format!(".{domain}"))
    })
}

/// A name both presets answer to in the way `Catalogue::find` looks them up (their own name
/// and aliases): the local and Chinese names of an operator's products may be shared.
fn shared_name<'a>(preset: &'a OperatorPreset, other: &OperatorPreset) -> Option<&'a str> {
    let own = |p: &'a OperatorPreset| {
        std::iter::once(p.name.as_str()).chain(p.names.aliases.iter().map(String::as_str))
    };
    let others: Vec<String> =
        std::iter::once(&other.name).chain(&other.names.aliases).map(|n| n.to_lowercase()).collect();
    own(preset).find(|name| others.contains(&name.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_splits_into_host_and_path() {
        assert_eq!(host_and_path("https://www.three.co.uk/paygsim"), Some(("www.three.co.uk", "/paygsim")));
        assert_eq!(host_and_path("https://tello.com/"), Some(("tello.com", "/")));
        assert_eq!(host_and_path("https://tello.com"), Some(("tello.com", "")));
        assert_eq!(host_and_path("https://a.b/?p=1"), Some(("a.b", "/?p=1")));
        assert_eq!(host_and_path("http://tello.com/faq"), Some(("tello.com", "/faq")));
        assert_eq!(host_and_path("ftp://tello.com/faq"), None);
        assert_eq!(host_and_path("https://tello.com/a b"), None);
    }

    #[test]
    fn a_subdomain_is_on_its_domain_and_a_lookalike_is_not() {
        let domains = vec!["giffgaff.com".to_owned()];
        assert!(is_on("community.giffgaff.com", &domains));
        assert!(is_on("giffgaff.com", &domains));
        assert!(is_on("www.giffgaff.com:443", &domains));
        assert!(!is_on("notgiffgaff.com", &domains));
        assert!(!is_on("giffgaff.com.evil.example", &domains));
    }
}
