//! What the line form accepts, and the problems it reports field by field.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use linekeeper::domain::lead_times::LeadTimesProblem;
use linekeeper::domain::period::{Period, PeriodUnit};
use linekeeper::domain::rule::{Rule, RuleKind};
use linekeeper::domain::validation::{validate_line, Field, FieldError, LineDraft, Problem, RuleDraft};

fn top_up_draft() -> LineDraft {
    LineDraft {
        name: " Belgian Proximus ".into(),
        number: "+32 (470) 12-34.56/7".into(),
        country: "BE".into(),
        operator: "Proximus (Pay&Go)".into(),
        currency: "EUR".into(),
        notes: "bank 2FA".into(),
        rules: vec![RuleDraft {
            key: 0,
            kind: RuleKind::TopUpEvery,
            every: "12".into(),
            unit: PeriodUnit::Months,
            last_done: "2026-01-31".into(),
            ..RuleDraft::default()
        }],
        remind_me: String::new(),
        remind_at: String::new(),
        grace_days: String::new(),
        top_up_is_use: None,
    }
}

fn problems(draft: &LineDraft) -> Vec<FieldError> {
    validate_line(draft, "id".into()).expect_err("draft should be refused")
}

fn has(errors: &[FieldError], field: Field, problem: Problem) -> bool {
    errors.contains(&FieldError { field, problem })
}

#[test]
fn a_complete_draft_becomes_a_trimmed_line() {
    let line = validate_line(&top_up_draft(), "abc".into()).expect("valid");
    assert_eq!(line.id, "abc");
    assert_eq!(line.name, "Belgian Proximus");
    assert_eq!(
        line.rules,
        vec![Rule::TopUpEvery {
            every: Period::months(12),
            last_done: NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        }]
    );
    assert_eq!(line.deadline(), NaiveDate::from_ymd_opt(2027, 1, 31));
}

#[test]
fn name_and_number_are_required() {
    let draft = LineDraft { name: "  ".into(), number: String::new(), ..top_up_draft() };
    let errors = problems(&draft);
    assert!(has(&errors, Field::Name, Problem::Required));
    assert!(has(&errors, Field::Number, Problem::Required));
}

#[test]
fn phone_numbers_hold_digits_and_phone_punctuation_only() {
    let letters = LineDraft { number: "+32 47O".into(), ..top_up_draft() };
    assert!(has(&problems(&letters), Field::Number, Problem::PhoneCharacters));
    let no_digit = LineDraft { number: "+-()".into(), ..top_up_draft() };
    assert!(has(&problems(&no_digit), Field::Number, Problem::PhoneCharacters));
    let long = LineDraft { number: "1".repeat(33), ..top_up_draft() };
    assert!(has(&problems(&long), Field::Number, Problem::TooLong { max: 32 }));
    let longest = LineDraft { number: "1".repeat(32), ..top_up_draft() };
    assert!(validate_line(&longest, "id".into()).is_ok());
}

#[test]
fn periods_must_lie_within_ten_years() {
    let mut draft = top_up_draft();
    for (every, unit) in [
        ("0", PeriodUnit::Days),
        ("3651", PeriodUnit::Days),
        ("121", PeriodUnit::Months),
        ("1.5", PeriodUnit::Months),
        ("-3", PeriodUnit::Days),
    ] {
        draft.rules[0].every = every.into();
        draft.rules[0].unit = unit;
        assert!(has(&problems(&draft), Field::RuleEvery(0), Problem::PeriodOutOfRange { unit }), "{every}");
    }
    draft.rules[0].every = "3650".into();
    draft.rules[0].unit = PeriodUnit::Days;
    assert!(validate_line(&draft, "id".into()).is_ok());
}

#[test]
fn dates_must_lie_between_1990_and_2100() {
    let mut draft = top_up_draft();
    draft.rules[0].last_done = "1989-12-31".into();
    assert!(has(&problems(&draft), Field::RuleLastDone(0), Problem::DateOutOfRange));
    draft.rules[0].last_done = "2026-02-30".into();
    assert!(has(&problems(&draft), Field::RuleLastDone(0), Problem::NotADate));
    draft.rules[0].last_done = "1990-01-01".into();
    assert!(validate_line(&draft, "id".into()).is_ok());
}

#[test]
fn a_fixed_expiry_needs_only_its_date_and_reports_against_its_own_rule() {
    let mut draft = top_up_draft();
    draft.rules.push(RuleDraft {
        key: 1,
        kind: RuleKind::FixedExpiry,
        expires_on: String::new(),
        ..RuleDraft::default()
    });
    assert_eq!(
        problems(&draft),
        vec![FieldError { field: Field::RuleExpiresOn(1), problem: Problem::Required }]
    );
    draft.rules[1].expires_on = "2026-12-01".into();
    let line = validate_line(&draft, "id".into()).expect("valid");
    assert_eq!(line.deadline(), NaiveDate::from_ymd_opt(2026, 12, 1));
}

#[test]
fn a_line_needs_at_least_one_rule_and_short_notes() {
    let draft = LineDraft { rules: Vec::new(), notes: "x".repeat(2001), ..top_up_draft() };
    let errors = problems(&draft);
    assert!(has(&errors, Field::Rules, Problem::NoRule));
    assert!(has(&errors, Field::Notes, Problem::TooLong { max: 2000 }));
}

#[test]
fn unknown_country_or_currency_codes_are_refused() {
    let draft = LineDraft { country: "XX".into(), currency: "ABC".into(), ..top_up_draft() };
    let errors = problems(&draft);
    assert!(has(&errors, Field::Country, Problem::UnknownCountry));
    assert!(has(&errors, Field::Currency, Problem::UnknownCurrency));
}

#[test]
fn a_line_keeps_its_own_lead_times_or_follows_the_default() {
    let own = LineDraft { remind_me: "14, 3".into(), ..top_up_draft() };
    let line = validate_line(&own, "id".into()).unwrap();
    assert_eq!(line.lead_times.map(|leads| leads.days().to_vec()), Some(vec![14, 3]));
    assert_eq!(LineDraft::from_line(&validate_line(&own, "id".into()).unwrap()).remind_me, "14, 3");

    let default = validate_line(&top_up_draft(), "id".into()).unwrap();
    assert_eq!(default.lead_times, None);
}

#[test]
fn bad_lead_times_are_reported_on_their_field() {
    let draft = LineDraft { remind_me: "7, next week".into(), ..top_up_draft() };
    assert_eq!(
        validate_line(&draft, "id".into()).unwrap_err(),
        vec![FieldError {
            field: Field::RemindMe,
            problem: Problem::LeadTimes(LeadTimesProblem::NotANumber)
        }]
    );
}

#[test]
fn a_grace_period_is_optional_and_a_whole_number_of_days_up_to_a_year() {
    let line = validate_line(&top_up_draft(), "id".into()).unwrap();
    assert_eq!(line.grace_days, None, "left empty: not known");
    let with = |typed: &str| LineDraft { grace_days: typed.into(), ..top_up_draft() };
    assert_eq!(validate_line(&with(" 90 "), "id".into()).unwrap().grace_days, Some(90));
    assert_eq!(validate_line(&with("0"), "id".into()).unwrap().grace_days, Some(0));
    for bad in ["-1", "366", "ninety", "1.5"] {
        assert!(has(&problems(&with(bad)), Field::GraceDays, Problem::GraceDaysOutOfRange), "{bad}");
    }
}

#[test]
fn whether_a_top_up_counts_is_kept_as_the_form_says() {
    let draft = LineDraft { top_up_is_use: Some(false), ..top_up_draft() };
    let line = validate_line(&draft, "id".into()).unwrap();
    assert_eq!(line.top_up_is_use, Some(false));
    assert_eq!(LineDraft::from_line(&line).top_up_is_use, Some(false));
}

#[test]
fn a_lines_own_time_of_day_is_checked_next_to_its_field() {
    let draft = LineDraft { remind_at: "20:30".into(), ..top_up_draft() };
    assert_eq!(
        validate_line(&draft, "x".into()).unwrap().remind_at.map(|t| t.to_string()),
        Some("20:30".into())
    );
    let draft = LineDraft { remind_at: "25:00".into(), ..top_up_draft() };
    let errors = validate_line(&draft, "x".into()).unwrap_err();
    assert_eq!(errors, [FieldError { field: Field::RemindAt, problem: Problem::NotATime }]);
    let draft = LineDraft { remind_at: " ".into(), ..top_up_draft() };
    assert_eq!(validate_line(&draft, "x".into()).unwrap().remind_at, None, "empty follows Settings");
}
