//! Recording renewals: validation, how they move deadlines, history edits, and cost.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use linekeeper::domain::cost::{estimated_yearly, overview, spent_last_12_months};
use linekeeper::domain::countdown::Status;
use linekeeper::domain::document::Document;
use linekeeper::domain::line::Line;
use linekeeper::domain::money::Money;
use linekeeper::domain::period::Period;
use linekeeper::domain::renewal::ActionKind;
use linekeeper::domain::renewal::{Action, Channel, Renewal};
use linekeeper::domain::renewal_validation::{validate_renewal, RenewalDraft};
use linekeeper::domain::rule::Rule;
use linekeeper::domain::validation::{Field, FieldError, Problem};
use proptest::prelude::*;

mod common;
use common::date;

const TODAY: fn() -> NaiveDate = || date(2026, 11, 24);

fn proximus() -> Line {
    Line {
        id: "proximus".into(),
        number: "+32 470 12 34 56".into(),
        operator: "Proximus (Pay&Go)".into(),
        rules: vec![Rule::TopUpEvery { every: Period::months(12), last_done: date(2025, 12, 1) }],
        ..common::line("Belgian Proximus")
    }
}

fn draft(date: &str, action: ActionKind) -> RenewalDraft {
    RenewalDraft { date: date.into(), action, currency: "EUR".into(), ..RenewalDraft::default() }
}

fn problems(result: Result<Renewal, Vec<FieldError>>) -> Vec<(Field, Problem)> {
    result.expect_err("the draft is refused").into_iter().map(|e| (e.field, e.problem)).collect()
}

#[test]
fn recording_a_top_up_moves_the_deadline_and_starts_a_fresh_checklist() {
    let mut line = proximus();
    line.checklist.set_done("prepare.deadline", true);
    assert_eq!(line.deadline(), Some(date(2026, 12, 1)));
    let typed = RenewalDraft {
        amount: "15".into(),
        channel: Some(Channel::Online),
        ..draft("2026-11-24", ActionKind::TopUp)
    };
    let renewal = validate_renewal(&typed, &line, None, TODAY(), "r1".into()).expect("valid");
    assert_eq!(renewal.amount, Some(Money { minor: 1500, currency: "EUR".into() }));
    line.record(renewal);
    assert_eq!(line.deadline(), Some(date(2027, 11, 24)));
    assert_eq!(line.checklist.progress(&[]).0, 0);
}

#[test]
fn deleting_or_editing_an_entry_recomputes_the_deadline_from_what_remains() {
    let mut line = proximus();
    let first =
        validate_renewal(&draft("2026-06-01", ActionKind::TopUp), &line, None, TODAY(), "r1".into()).unwrap();
    line.record(first);
    let second =
        validate_renewal(&draft("2026-11-20", ActionKind::TopUp), &line, None, TODAY(), "r2".into()).unwrap();
    line.record(second);
    assert_eq!(line.deadline(), Some(date(2027, 11, 20)));
    line.remove_entry(&"r2".into()).expect("r2 exists");
    assert_eq!(line.deadline(), Some(date(2027, 6, 1)));
    let edited = validate_renewal(
        &draft("2026-08-15", ActionKind::TopUp),
        &line,
        Some(&"r1".into()),
        TODAY(),
        "r1".into(),
    )
    .unwrap();
    let replaced = line.replace_entry(edited).expect("r1 exists");
    assert_eq!(replaced.id, "r1");
    assert_eq!(line.deadline(), Some(date(2027, 8, 15)));
    line.remove_entry(&"r1".into());
    assert_eq!(line.deadline(), Some(date(2026, 12, 1)), "back to the form's own date");
}

#[test]
fn bad_renewals_are_refused_field_by_field() {
    let line = proximus();
    let future =
        problems(validate_renewal(&draft("2026-11-25", ActionKind::TopUp), &line, None, TODAY(), "x".into()));
    assert_eq!(future, [(Field::RenewalDate, Problem::DateInFuture)]);

    let negative = RenewalDraft { amount: "-5".into(), ..draft("2026-11-24", ActionKind::TopUp) };
    assert_eq!(
        problems(validate_renewal(&negative, &line, None, TODAY(), "x".into())),
        [(Field::RenewalAmount, Problem::AmountNegative)]
    );

    let unknown =
        RenewalDraft { amount: "5".into(), currency: "XXX".into(), ..draft("2026-11-24", ActionKind::TopUp) };
    assert_eq!(
        problems(validate_renewal(&unknown, &line, None, TODAY(), "x".into())),
        [(Field::RenewalCurrency, Problem::UnknownCurrency)]
    );

    let usage_only =
        problems(validate_renewal(&draft("2026-11-24", ActionKind::Usage), &line, None, TODAY(), "x".into()));
    assert_eq!(
        usage_only,
        [(Field::RenewalAction, Problem::NothingToRenew)],
        "a top-up rule is not kept alive by use"
    );

    let blank = problems(validate_renewal(&draft("", ActionKind::TopUp), &line, None, TODAY(), "x".into()));
    assert_eq!(blank, [(Field::RenewalDate, Problem::Required)]);
}

#[test]
fn a_new_expiry_date_may_not_move_the_deadline_back() {
    let mut line = proximus();
    line.rules = vec![Rule::FixedExpiry { expires_on: date(2027, 3, 1) }];
    let earlier =
        RenewalDraft { expires_on: "2027-02-01".into(), ..draft("2026-11-24", ActionKind::NewExpiry) };
    assert_eq!(
        problems(validate_renewal(&earlier, &line, None, TODAY(), "x".into())),
        [(Field::RenewalExpiresOn, Problem::MovesDeadlineBack)]
    );
    let later =
        RenewalDraft { expires_on: "2028-03-01".into(), ..draft("2026-11-24", ActionKind::NewExpiry) };
    line.record(validate_renewal(&later, &line, None, TODAY(), "x".into()).unwrap());
    assert_eq!(line.deadline(), Some(date(2028, 3, 1)));
}

#[test]
fn cost_sums_the_last_twelve_months_and_estimates_a_year_per_currency() {
    let mut line = proximus();
    let paid = |id: &str, day: NaiveDate, minor: i64, currency: &str| Renewal {
        id: id.into(),
        date: day,
        action: Action::TopUp,
        amount: Some(Money { minor, currency: currency.into() }),
        channel: None,
        note: String::new(),
    };
    line.history = vec![
        paid("old", date(2025, 11, 24), 1000, "EUR"),
        paid("a", date(2025, 12, 1), 1500, "EUR"),
        paid("b", date(2026, 6, 1), 500, "GBP"),
    ];
    let spent = spent_last_12_months(&line.history, TODAY());
    assert_eq!(spent.get("EUR"), Some(1500), "a renewal exactly 12 months ago is outside");
    assert_eq!(spent.get("GBP"), Some(500));
    // The latest paid top-up (5.00 GBP) once every 12 months.
    assert_eq!(estimated_yearly(&line, TODAY()).into_iter().collect::<Vec<_>>(), [("GBP".to_owned(), 500)]);

    line.rules = vec![Rule::TopUpEvery { every: Period::months(3), last_done: date(2026, 9, 1) }];
    line.history = vec![paid("q", date(2026, 9, 1), 1000, "EUR")];
    assert_eq!(estimated_yearly(&line, TODAY()).get("EUR"), Some(4000));
}

#[test]
fn the_overview_counts_lines_by_status_and_adds_their_yearly_cost() {
    let mut document = Document::default();
    let mut urgent = proximus();
    urgent.history = vec![];
    let mut ok = proximus();
    ok.id = "ok".into();
    ok.rules = vec![Rule::FixedExpiry { expires_on: date(2027, 6, 1) }];
    ok.history = vec![Renewal {
        id: "r".into(),
        date: date(2026, 6, 1),
        action: Action::NewExpiry { expires_on: date(2027, 6, 1) },
        amount: Some(Money { minor: 2000, currency: "EUR".into() }),
        channel: Some(Channel::Shop),
        note: String::new(),
    }];
    document.upsert_line(urgent);
    document.upsert_line(ok);
    let overview = overview(&document.lines, TODAY());
    assert_eq!(overview.count(Status::Urgent), 1);
    assert_eq!(overview.count(Status::Ok), 1);
    assert_eq!(overview.yearly.get("EUR"), Some(2000));
}

#[test]
fn editing_a_line_in_the_form_keeps_its_history_and_checklist() {
    let mut document = Document::default();
    let mut line = proximus();
    line.record(
        validate_renewal(&draft("2026-11-20", ActionKind::TopUp), &line, None, TODAY(), "r".into()).unwrap(),
    );
    line.checklist.channel = Some(Channel::Agent);
    document.upsert_line(line);
    let mut edited = proximus();
    edited.name = "Proximus (renamed)".into();
    document.upsert_line(edited);
    let stored = document.line(&"proximus".into()).unwrap();
    assert_eq!(stored.name, "Proximus (renamed)");
    assert_eq!(stored.history.len(), 1);
    assert_eq!(stored.checklist.channel, Some(Channel::Agent));
}

#[test]
fn history_and_checklist_survive_a_save_and_a_v1_document_has_none() {
    let mut document = Document::default();
    let mut line = proximus();
    line.record(
        validate_renewal(&draft("2026-11-20", ActionKind::TopUp), &line, None, TODAY(), "r".into()).unwrap(),
    );
    line.checklist.set_done("prepare.details", true);
    line.checklist.add_custom("c".into(), "Ask a friend in Brussels").unwrap();
    document.upsert_line(line);
    assert_eq!(Document::from_json(&document.to_json()).unwrap(), document);
    let v1 = Document::from_json(include_str!("fixtures/v1.json")).unwrap();
    assert!(v1.lines.iter().all(|line| line.history.is_empty() && line.checklist.is_empty()));
}

proptest! {
    /// Recording any valid top-up and deleting it again leaves the deadline where it was, and
    /// a recorded top-up never moves the deadline earlier.
    #[test]
    fn a_recorded_then_deleted_top_up_leaves_no_trace(days_ago in 0u64..3000, months in 1u32..=24) {
        let mut line = proximus();
        line.rules = vec![Rule::TopUpEvery { every: Period::months(months), last_done: date(2025, 12, 1) }];
        let before = line.deadline();
        let day = TODAY() - Days::new(days_ago);
        let typed = draft(&day.to_string(), ActionKind::TopUp);
        if let Ok(renewal) = validate_renewal(&typed, &line, None, TODAY(), "p".into()) {
            line.record(renewal);
            prop_assert!(line.deadline() >= before);
            line.remove_entry(&"p".into());
        }
        prop_assert_eq!(line.deadline(), before);
    }
}
