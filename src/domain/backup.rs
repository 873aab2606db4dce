//! Backups: the whole document as a JSON file, and its import: checked whole before anything
//! is applied, previewed (new / changed / unchanged lines), then merged or replacing all.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::checklist::{Checklist, MAX_CUSTOM_STEPS, MAX_CUSTOM_STEP_CHARS};
use super::document::{Document, DocumentError};
use super::line::Line;
use super::places::is_known_currency;
use super::renewal::{Action, Renewal};
use super::renewal_validation::MAX_RENEWAL_NOTE_CHARS;
use super::validation::{earliest_date, latest_date, too_long, validate_line, Field, LineDraft, Problem};

/// After this many days without a backup, the app suggests one.
pub const BACKUP_NUDGE_DAYS: i64 = 30;

/// Whether to suggest a backup: never made, or older than `BACKUP_NUDGE_DAYS`.
pub fn backup_due(last_backup_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    last_backup_on.is_none_or(|day| (today - day).num_days() > BACKUP_NUDGE_DAYS)
}

/// The largest backup file accepted.
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;
const MAX_ID_CHARS: usize = 64;
/// Ticked and hidden steps of one checklist: far more than there are steps.
const MAX_CHECKLIST_IDS: usize = 200;

/// `linekeeper-backup-2026-11-24.json`.
pub fn file_name(today: NaiveDate) -> String {
    format!("linekeeper-backup-{today}.json")
}

/// The backup file's text: the document, indented so that a person can read it.
#[allow(
    clippy::expect_used,
    reason = "plain structs, strings and numbers: JSON can always write them, and an empty backup would be worse than no file"
)]
pub fn export(document: &Document) -> String {
    serde_json::to_string_pretty(document).expect("a document always serializes")
}

/// Why a file cannot be imported; nothing of it is applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON, or not a Linekeeper document; the detail says where.
    NotABackup(String),
    FromNewerVersion(u32),
    /// A value that the app would never have saved, and where it is.
    Invalid(InvalidValue),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => {
                write!(f, "the file has {bytes} bytes, over {MAX_BACKUP_BYTES}")
            }
            ImportError::NotABackup(detail) => write!(f, "not a Linekeeper backup: {detail}"),
            ImportError::FromNewerVersion(version) => {
                write!(f, "written by a newer Linekeeper (document version {version})")
            }
            ImportError::Invalid(invalid) => write!(
                f,
                "line {} ({:?}): {:?} is {:?}",
                invalid.line, invalid.line_name, invalid.field, invalid.problem
            ),
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidValue {
    /// 1-based position of the line in the file.
    pub line: usize,
    pub line_name: String,
    pub field: Field,
    pub problem: Problem,
}

/// Reads and checks a backup file's text, all of it, before anything is applied.
pub fn read(text: &str) -> Result<Document, ImportError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let document = Document::from_json(text).map_err(|error| match error {
        DocumentError::Unreadable(detail) => ImportError::NotABackup(detail),
        DocumentError::FromNewerVersion(version) => ImportError::FromNewerVersion(version),
    })?;
    let mut ids = HashSet::new();
    for (index, line) in document.lines.iter().enumerate() {
        let invalid = |field, problem| {
            ImportError::Invalid(InvalidValue {
                line: index + 1,
                line_name: line.name.clone(),
                field,
                problem,
            })
        };
        let id = line.id.as_str();
        if id.is_empty() || too_long(id, MAX_ID_CHARS) || !ids.insert(id) {
            return Err(invalid(Field::Name, Problem::NotABackupId));
        }
        if let Some((field, problem)) = line_problem(line) {
            return Err(invalid(field, problem));
        }
    }
    Ok(document)
}

/// The first value of a line the app's own forms would have refused.
fn line_problem(line: &Line) -> Option<(Field, Problem)> {
    // As typed: the rules the file holds, not what its history made of them.
    let draft = LineDraft::with_rules(line, &line.rules);
    if let Err(errors) = validate_line(&draft, line.id.clone()) {
        return errors.first().map(|error| (error.field, error.problem));
    }
    line.history.iter().find_map(entry_problem).or_else(|| checklist_problem(&line.checklist))
}

/// Own steps within their bounds, and every id the checklist keeps of a sane length.
fn checklist_problem(checklist: &Checklist) -> Option<(Field, Problem)> {
    let custom = &checklist.custom;
    let too_many =
        custom.len() > MAX_CUSTOM_STEPS || checklist.done.len() + checklist.hidden.len() > MAX_CHECKLIST_IDS;
    let bad_step =
        custom.iter().any(|step| step.text.is_empty() || too_long(&step.text, MAX_CUSTOM_STEP_CHARS));
    let mut ids =
        custom.iter().map(|step| &step.id).chain(checklist.done.iter()).chain(checklist.hidden.iter());
    let bad_id = ids.any(|id| id.is_empty() || too_long(id, MAX_ID_CHARS));
    (too_many || bad_step || bad_id)
        .then_some((Field::Notes, Problem::TooLong { max: MAX_CUSTOM_STEP_CHARS }))
}

fn entry_problem(entry: &Renewal) -> Option<(Field, Problem)> {
    if entry.id.as_str().is_empty() || too_long(entry.id.as_str(), MAX_ID_CHARS) {
        return Some((Field::RenewalDate, Problem::NotABackupId));
    }
    let in_range = |day: NaiveDate| (earliest_date()..=latest_date()).contains(&day);
    if !in_range(entry.date) {
        return Some((Field::RenewalDate, Problem::DateOutOfRange));
    }
    if let Action::NewExpiry { expires_on } = entry.action {
        if !in_range(expires_on) {
            return Some((Field::RenewalExpiresOn, Problem::DateOutOfRange));
        }
    }
    if let Some(money) = &entry.amount {
        if money.minor < 0 {
            return Some((Field::RenewalAmount, Problem::AmountNegative));
        }
        if !is_known_currency(&money.currency) {
            return Some((Field::RenewalCurrency, Problem::UnknownCurrency));
        }
    }
    too_long(&entry.note, MAX_RENEWAL_NOTE_CHARS)
        .then_some((Field::RenewalNote, Problem::TooLong { max: MAX_RENEWAL_NOTE_CHARS }))
}

/// What an import would do to the lines, by id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
}

pub fn preview(current: &Document, incoming: &Document) -> Preview {
    let mut result = Preview::default();
    for line in &incoming.lines {
        match current.line(&line.id) {
            None => result.new += 1,
            Some(existing) if existing == line => result.unchanged += 1,
            Some(_) => result.changed += 1,
        }
    }
    result
}

/// `Merge`: lines are matched by id; of two versions of a line the more recently edited wins,
/// and their histories are united (by entry id). Lines only here or only in the file are kept.
/// The settings stay those of this device.
pub fn merge(current: &Document, incoming: &Document) -> Document {
    let mut merged = current.clone();
    for line in &incoming.lines {
        match merged.line_mut(&line.id) {
            Some(existing) => *existing = merge_line(existing, line),
            None => merged.lines.push(line.clone()),
        }
    }
    merged
}

/// Two versions of one line: the newer edit, with both histories.
pub fn merge_line(ours: &Line, theirs: &Line) -> Line {
    let (newer, older) = if theirs.updated_at > ours.updated_at { (theirs, ours) } else { (ours, theirs) };
    let mut line = newer.clone();
    for entry in &older.history {
        if !line.history.iter().any(|kept| kept.id == entry.id) {
            line.history.push(entry.clone());
        }
    }
    line
}

/// `Replace all`: the file's lines; this device's settings.
pub fn replace_all(current: &Document, incoming: &Document) -> Document {
    Document { lines: incoming.lines.clone(), ..current.clone() }
}
