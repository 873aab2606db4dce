//! Turning what the user typed into a valid `Line`, or saying exactly what is wrong and where.

use chrono::NaiveDate;

use super::ids::LineId;
use super::lead_times::{LeadTimes, LeadTimesProblem};
use super::line::Line;
use super::money::{decimal_text, parse_amount, AmountError};
use super::period::{Period, PeriodUnit};
use super::places::{is_known_country, is_known_currency};
use super::rule::{Rule, RuleKind};
use super::time_of_day::TimeOfDay;
use super::validity_tiers::ValidityTiers;

pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_NUMBER_CHARS: usize = 32;
pub const MAX_OPERATOR_CHARS: usize = 80;
pub const MAX_NOTES_CHARS: usize = 2000;
/// The longest grace period a line may have: a year.
pub const MAX_GRACE_DAYS: u32 = 365;
const PHONE_PUNCTUATION: &str = " +-()./";

/// A line's form, exactly as typed: nothing here is ever thrown away by validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineDraft {
    pub name: String,
    pub number: String,
    pub country: String,
    pub operator: String,
    pub currency: String,
    pub notes: String,
    pub rules: Vec<RuleDraft>,
    /// The line's own lead times, as typed; empty follows the default in Settings.
    pub remind_me: String,
    /// The line's own time of day to remind (`HH:MM`); empty follows the default in Settings.
    pub remind_at: String,
    /// Days of grace after the deadline, as typed; empty where not known.
    pub grace_days: String,
    /// Whether a top-up counts as use; `None` where the operator's terms are silent.
    pub top_up_is_use: Option<bool>,
}

/// One rule's fields, as typed. Dates are `YYYY-MM-DD`, as `<input type="date">` gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleDraft {
    /// Stable while the form is open: the rule's problems are reported against it, so they stay
    /// with their rule as other rules are added and removed.
    pub key: usize,
    pub kind: RuleKind,
    pub every: String,
    pub unit: PeriodUnit,
    pub last_done: String,
    pub expires_on: String,
    /// For a rule whose top-ups buy time by amount: the last top-up's amount (may be empty),
    /// and the operator's tiers, which come with the operator and are not typed.
    pub amount: String,
    pub by_amount: Option<ValidityTiers>,
}

impl Default for RuleDraft {
    fn default() -> Self {
        Self {
            key: 0,
            kind: RuleKind::TopUpEvery,
            every: String::new(),
            unit: PeriodUnit::Months,
            last_done: String::new(),
            expires_on: String::new(),
            amount: String::new(),
            by_amount: None,
        }
    }
}

/// Which field a problem belongs to; rule fields carry their rule's key (`RuleDraft::key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Number,
    Country,
    Operator,
    Currency,
    Notes,
    Rules,
    RemindMe,
    RemindAt,
    GraceDays,
    RuleEvery(usize),
    RuleLastDone(usize),
    RuleExpiresOn(usize),
    RuleAmount(usize),
    RenewalDate,
    RenewalAction,
    RenewalExpiresOn,
    RenewalAmount,
    RenewalCurrency,
    RenewalChannel,
    RenewalNote,
}

impl Field {
    /// Whether this is a field of the rule with `key`.
    pub fn is_of_rule(self, key: usize) -> bool {
        matches!(
            self,
            Field::RuleEvery(k) | Field::RuleLastDone(k) | Field::RuleExpiresOn(k) | Field::RuleAmount(k)
                if k == key
        )
    }
}

/// What is wrong with a field; the i18n layer turns it into a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    PhoneCharacters,
    TooLong {
        max: usize,
    },
    PeriodOutOfRange {
        unit: PeriodUnit,
    },
    NotADate,
    DateOutOfRange,
    UnknownCountry,
    UnknownCurrency,
    NoRule,
    DateInFuture,
    MovesDeadlineBack,
    NothingToRenew,
    AmountNotANumber,
    AmountNegative,
    AmountTooManyDecimals {
        max: u32,
    },
    AmountTooLarge,
    /// An imported line's id is missing, too long or used twice.
    NotABackupId,
    LeadTimes(LeadTimesProblem),
    /// Not a time of day (`HH:MM`).
    NotATime,
    /// Not a whole number of days from 0 to `MAX_GRACE_DAYS`.
    GraceDaysOutOfRange,
    /// A top-up below the operator's smallest tier, which buys no time.
    BelowSmallestTier,
    /// A rule by amount whose operator's tiers are not known.
    NoTiers,
}

impl From<AmountError> for Problem {
    fn from(error: AmountError) -> Self {
        match error {
            AmountError::Negative => Problem::AmountNegative,
            AmountError::NotANumber => Problem::AmountNotANumber,
            AmountError::TooManyDecimals { max } => Problem::AmountTooManyDecimals { max },
            AmountError::TooLarge => Problem::AmountTooLarge,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// The dates a user may enter: from 1990 to 2100 inclusive.
pub fn earliest_date() -> NaiveDate {
    EARLIEST_DATE
}

pub fn latest_date() -> NaiveDate {
    LATEST_DATE
}

const EARLIEST_DATE: NaiveDate = constant_date(1990, 1, 1);
const LATEST_DATE: NaiveDate = constant_date(2100, 12, 31);

/// A date written in the code: a wrong one fails the build, not the app.
const fn constant_date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

/// Validates a whole draft at once, so every problem is shown next to its field together.
pub fn validate_line(draft: &LineDraft, id: LineId) -> Result<Line, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut report = |field, problem| errors.push(FieldError { field, problem });

    let name = draft.name.trim();
    if name.is_empty() {
        report(Field::Name, Problem::Required);
    } else if too_long(name, MAX_NAME_CHARS) {
        report(Field::Name, Problem::TooLong { max: MAX_NAME_CHARS });
    }
    if let Some(problem) = phone_number_problem(draft.number.trim()) {
        report(Field::Number, problem);
    }
    let country = draft.country.trim();
    if !country.is_empty() && !is_known_country(country) {
        report(Field::Country, Problem::UnknownCountry);
    }
    if too_long(draft.operator.trim(), MAX_OPERATOR_CHARS) {
        report(Field::Operator, Problem::TooLong { max: MAX_OPERATOR_CHARS });
    }
    let currency = draft.currency.trim();
    if !currency.is_empty() && !is_known_currency(currency) {
        report(Field::Currency, Problem::UnknownCurrency);
    }
    if too_long(&draft.notes, MAX_NOTES_CHARS) {
        report(Field::Notes, Problem::TooLong { max: MAX_NOTES_CHARS });
    }
    if draft.rules.is_empty() {
        report(Field::Rules, Problem::NoRule);
    }
    let lead_times = parse_own_lead_times(&draft.remind_me, &mut report);
    let remind_at = parse_own_time(&draft.remind_at, &mut report);
    let grace_days = parse_grace_days(&draft.grace_days, &mut report);
    let rules: Vec<Rule> = draft.rules.iter().filter_map(|rule| validate_rule(rule, &mut report)).collect();

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Line {
        id,
        name: name.to_owned(),
        number: draft.number.trim().to_owned(),
        country: country.to_owned(),
        operator: draft.operator.trim().to_owned(),
        currency: currency.to_owned(),
        notes: draft.notes.clone(),
        rules,
        history: Vec::new(),
        checklist: Default::default(),
        updated_at: None,
        lead_times,
        remind_at,
        grace_days,
        top_up_is_use: draft.top_up_is_use,
    })
}

/// Days of grace: none when left empty (not known).
fn parse_grace_days(typed: &str, report: &mut impl FnMut(Field, Problem)) -> Option<u32> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let days = typed.parse::<u32>().ok().filter(|days| *days <= MAX_GRACE_DAYS);
    if days.is_none() {
        report(Field::GraceDays, Problem::GraceDaysOutOfRange);
    }
    days
}

/// A line's own lead times: none when left empty, so that the default applies.
fn parse_own_lead_times(typed: &str, report: &mut impl FnMut(Field, Problem)) -> Option<LeadTimes> {
    if typed.trim().is_empty() {
        return None;
    }
    LeadTimes::parse(typed).map_err(|problem| report(Field::RemindMe, Problem::LeadTimes(problem))).ok()
}

/// A line's own time of day: none when left empty, so that the default applies.
fn parse_own_time(typed: &str, report: &mut impl FnMut(Field, Problem)) -> Option<TimeOfDay> {
    if typed.trim().is_empty() {
        return None;
    }
    TimeOfDay::parse(typed).map_err(|_| report(Field::RemindAt, Problem::NotATime)).ok()
}

fn validate_rule(draft: &RuleDraft, report: &mut impl FnMut(Field, Problem)) -> Option<Rule> {
    let key = draft.key;
    if draft.kind == RuleKind::TopUpBuys {
        return validate_top_up_buys(draft, report);
    }
    if draft.kind == RuleKind::FixedExpiry {
        let expires_on = parse_date(&draft.expires_on, Field::RuleExpiresOn(key), report)?;
        return Some(Rule::FixedExpiry { expires_on });
    }
    let every = parse_period(&draft.every, draft.unit, key, report);
    let last_done = parse_date(&draft.last_done, Field::RuleLastDone(key), report);
    let (every, last_done) = (every?, last_done?);
    Some(match draft.kind {
        RuleKind::TopUpEvery => Rule::TopUpEvery { every, last_done },
        _ => Rule::UseEvery { every, last_done },
    })
}

/// A rule whose top-ups buy time by amount: the last top-up's day, and its amount if typed.
fn validate_top_up_buys(draft: &RuleDraft, report: &mut impl FnMut(Field, Problem)) -> Option<Rule> {
    let key = draft.key;
    let last_done = parse_date(&draft.last_done, Field::RuleLastDone(key), report);
    let Some(by_amount) = draft.by_amount.clone().filter(|tiers| tiers.check().is_ok()) else {
        report(Field::RuleAmount(key), Problem::NoTiers);
        return None;
    };
    let amount = match draft.amount.trim() {
        "" => Ok(None),
        typed => parse_amount(typed, &by_amount.currency).map(Some).map_err(Problem::from),
    };
    let amount = amount
        .and_then(|amount| match by_amount.tier_for(amount) {
            Some(_) => Ok(amount),
            None => Err(Problem::BelowSmallestTier),
        })
        .map_err(|problem| report(Field::RuleAmount(key), problem))
        .ok()?;
    Some(Rule::TopUpBuys { by_amount, last_done: last_done?, amount, left: None })
}

fn parse_period(
    typed: &str,
    unit: PeriodUnit,
    key: usize,
    report: &mut impl FnMut(Field, Problem),
) -> Option<Period> {
    let field = Field::RuleEvery(key);
    let typed = typed.trim();
    if typed.is_empty() {
        report(field, Problem::Required);
        return None;
    }
    let period = typed.parse().ok().map(|count| Period { count, unit }).filter(|p| p.is_valid());
    if period.is_none() {
        report(field, Problem::PeriodOutOfRange { unit });
    }
    period
}

/// Parses a `YYYY-MM-DD` date within 1990–2100, reporting a problem against `field` otherwise.
pub fn parse_date(typed: &str, field: Field, report: &mut impl FnMut(Field, Problem)) -> Option<NaiveDate> {
    let typed = typed.trim();
    if typed.is_empty() {
        report(field, Problem::Required);
        return None;
    }
    let Some(date) = super::iso_date::parse(typed) else {
        report(field, Problem::NotADate);
        return None;
    };
    if !(earliest_date()..=latest_date()).contains(&date) {
        report(field, Problem::DateOutOfRange);
        return None;
    }
    Some(date)
}

fn phone_number_problem(number: &str) -> Option<Problem> {
    if number.is_empty() {
        return Some(Problem::Required);
    }
    if too_long(number, MAX_NUMBER_CHARS) {
        return Some(Problem::TooLong { max: MAX_NUMBER_CHARS });
    }
    let allowed = |c: char| c.is_ascii_digit() || PHONE_PUNCTUATION.contains(c);
    let has_digit = number.chars().any(|c| c.is_ascii_digit());
    (!number.chars().all(allowed) || !has_digit).then_some(Problem::PhoneCharacters)
}

pub(super) fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

impl LineDraft {
    /// The form of an existing line, for editing it: the rules as the history left them, what
    /// the user last did rather than what they first typed.
    pub fn from_line(line: &Line) -> Self {
        // A rule by amount keeps the top-up typed in its form: the history's top-ups count on
        // top of it, and saving the history's last one back would count that one twice.
        let rules: Vec<Rule> = line
            .rules
            .iter()
            .zip(line.effective_rules())
            .map(|(typed, effective)| match typed {
                Rule::TopUpBuys { .. } => typed.clone(),
                _ => effective,
            })
            .collect();
        Self::with_rules(line, &rules)
    }

    /// The form of `line` with `rules` in place of its own.
    pub(super) fn with_rules(line: &Line, rules: &[Rule]) -> Self {
        Self {
            name: line.name.clone(),
            number: line.number.clone(),
            country: line.country.clone(),
            operator: line.operator.clone(),
            currency: line.currency.clone(),
            notes: line.notes.clone(),
            rules: rules
                .iter()
                .enumerate()
                .map(|(key, rule)| RuleDraft { key, ..RuleDraft::from_rule(rule) })
                .collect(),
            remind_me: line.lead_times.as_ref().map(LeadTimes::to_string).unwrap_or_default(),
            remind_at: line.remind_at.map(|time| time.to_string()).unwrap_or_default(),
            grace_days: line.grace_days.map(|days| days.to_string()).unwrap_or_default(),
            top_up_is_use: line.top_up_is_use,
        }
    }
}

impl RuleDraft {
    /// The fields of `rule`, with key 0 (give each rule of a form its own).
    pub fn from_rule(rule: &Rule) -> Self {
        match rule {
            Rule::TopUpEvery { every, last_done } | Rule::UseEvery { every, last_done } => Self {
                key: 0,
                kind: rule.kind(),
                every: every.count.to_string(),
                unit: every.unit,
                last_done: last_done.to_string(),
                ..Self::default()
            },
            Rule::TopUpBuys { by_amount, last_done, amount, .. } => Self {
                kind: RuleKind::TopUpBuys,
                last_done: last_done.to_string(),
                amount: amount.map(|minor| decimal_text(minor, &by_amount.currency)).unwrap_or_default(),
                by_amount: Some(by_amount.clone()),
                ..Self::default()
            },
            Rule::FixedExpiry { expires_on } => {
                Self { kind: RuleKind::FixedExpiry, expires_on: expires_on.to_string(), ..Self::default() }
            }
        }
    }
}
