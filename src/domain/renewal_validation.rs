//! Checks a typed renewal (strings from the form) against the line and today, reporting every
//! problem next to its field, and builds the history entry when there is none.

use chrono::NaiveDate;

use super::ids::EntryId;
use super::line::Line;
use super::money::{parse_amount, Money};
use super::places::is_known_currency;
use super::renewal::{effective_rules, Action, ActionKind, Channel, Counting, Renewal};
use super::rule::Rule;
use super::validation::{parse_date, too_long, Field, FieldError, Problem};

pub const MAX_RENEWAL_NOTE_CHARS: usize = 500;

/// The renewal form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenewalDraft {
    pub date: String,
    pub action: ActionKind,
    pub expires_on: String,
    pub amount: String,
    pub currency: String,
    pub channel: Option<Channel>,
    pub note: String,
}

impl RenewalDraft {
    /// A fresh form: dated today, in the line's currency.
    pub fn new(line: &Line, today: NaiveDate) -> Self {
        Self { date: today.to_string(), currency: line.currency.clone(), ..Self::default() }
    }

    /// The form filled with an entry, to edit it.
    pub fn of(entry: &Renewal) -> Self {
        let expires_on = match entry.action {
            Action::NewExpiry { expires_on } => expires_on.to_string(),
            _ => String::new(),
        };
        let (amount, currency) = match &entry.amount {
            Some(money) => (super::money::decimal_text(money.minor, &money.currency), money.currency.clone()),
            None => (String::new(), String::new()),
        };
        Self {
            date: entry.date.to_string(),
            action: ActionKind::of(entry.action),
            expires_on,
            amount,
            currency,
            channel: entry.channel,
            note: entry.note.clone(),
        }
    }
}

/// Validates `draft` for `line` (replacing the entry `replacing` when editing one).
pub fn validate_renewal(
    draft: &RenewalDraft,
    line: &Line,
    replacing: Option<&EntryId>,
    today: NaiveDate,
    id: EntryId,
) -> Result<Renewal, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut report = |field, problem| errors.push(FieldError { field, problem });

    let date = parse_date(&draft.date, Field::RenewalDate, &mut report).filter(|date| {
        let in_future = *date > today;
        if in_future {
            report(Field::RenewalDate, Problem::DateInFuture);
        }
        !in_future
    });
    let action = match draft.action {
        ActionKind::TopUp => Some(Action::TopUp),
        ActionKind::Usage => Some(Action::Usage),
        ActionKind::NewExpiry => parse_date(&draft.expires_on, Field::RenewalExpiresOn, &mut report)
            .map(|expires_on| Action::NewExpiry { expires_on }),
    };
    let amount = amount(draft);
    if let Err(error) = amount {
        report(error.field, error.problem);
    }
    if too_long(&draft.note, MAX_RENEWAL_NOTE_CHARS) {
        report(Field::RenewalNote, Problem::TooLong { max: MAX_RENEWAL_NOTE_CHARS });
    }
    if let Some(action) = action {
        let others: Vec<_> = line.history.iter().filter(|e| Some(&e.id) != replacing).cloned().collect();
        let current = effective_rules(&line.rules, &others, line.counting());
        if let Some(problem) = action_problem(action, &current, line.counting()) {
            let field = if problem == Problem::NothingToRenew {
                Field::RenewalAction
            } else {
                Field::RenewalExpiresOn
            };
            report(field, problem);
        }
    }
    match (date, action, amount) {
        (Some(date), Some(action), Ok(amount)) if errors.is_empty() => Ok(Renewal {
            id,
            date,
            action,
            amount,
            channel: draft.channel,
            note: draft.note.trim().to_owned(),
        }),
        _ => Err(errors),
    }
}

/// `Ok(None)` when no amount was typed; the currency is needed only with an amount.
fn amount(draft: &RenewalDraft) -> Result<Option<Money>, FieldError> {
    if draft.amount.trim().is_empty() {
        return Ok(None);
    }
    let refuse = |field, problem| Err(FieldError { field, problem });
    let currency = draft.currency.trim();
    if currency.is_empty() {
        return refuse(Field::RenewalCurrency, Problem::Required);
    }
    if !is_known_currency(currency) {
        return refuse(Field::RenewalCurrency, Problem::UnknownCurrency);
    }
    match parse_amount(&draft.amount, currency) {
        Ok(minor) => Ok(Some(Money { minor, currency: currency.to_owned() })),
        Err(error) => refuse(Field::RenewalAmount, Problem::from(error)),
    }
}

/// Whether the action can apply to the line's rules as they now stand.
fn action_problem(action: Action, current: &[Rule], counting: Counting) -> Option<Problem> {
    if !current.iter().any(|rule| action.satisfies(rule, counting)) {
        return Some(Problem::NothingToRenew);
    }
    let Action::NewExpiry { expires_on } = action else { return None };
    let moves_back =
        current.iter().any(|rule| matches!(rule, Rule::FixedExpiry { expires_on: now } if expires_on < *now));
    moves_back.then_some(Problem::MovesDeadlineBack)
}
