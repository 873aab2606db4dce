//! Backups: export then import is the identity; imports are checked whole, previewed, merged or
//! replacing all; no input makes the reader panic.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use linekeeper::domain::backup::{self, ImportError, InvalidValue, Preview};
use linekeeper::domain::document::Document;
use linekeeper::domain::line::Line;
use linekeeper::domain::money::Money;
use linekeeper::domain::period::Period;
use linekeeper::domain::renewal::{Action, Channel, Renewal};
use linekeeper::domain::rule::Rule;
use linekeeper::domain::validation::{Field, Problem};
use proptest::prelude::*;

mod common;
use common::date;

fn entry(id: &str, day: NaiveDate) -> Renewal {
    Renewal {
        id: id.into(),
        date: day,
        action: Action::TopUp,
        amount: Some(Money { minor: 1500, currency: "EUR".into() }),
        channel: Some(Channel::Online),
        note: "Receipt 42".into(),
    }
}

fn line(id: &str, name: &str, updated_at: i64) -> Line {
    Line {
        id: id.into(),
        number: "+32 470 12 34 56".into(),
        operator: "Proximus (Pay&Go)".into(),
        rules: vec![Rule::TopUpEvery { every: Period::months(12), last_done: date(2025, 12, 1) }],
        history: vec![entry(&format!("{id}-r1"), date(2026, 6, 1))],
        updated_at: Some(updated_at),
        ..common::line(name)
    }
}

fn document(lines: Vec<Line>) -> Document {
    Document { lines, ..Document::default() }
}

#[test]
fn export_then_import_gives_back_every_line_history_and_setting() {
    let mut original = document(vec![line("a", "Belgian Proximus", 1), line("b", "UK giffgaff", 2)]);
    original.lines[0].checklist.set_done("prepare.deadline", true);
    original.settings.theme = Some(linekeeper::domain::document::Theme::Dark);
    assert_eq!(backup::read(&backup::export(&original)), Ok(original));
    assert_eq!(backup::file_name(date(2026, 11, 24)), "linekeeper-backup-2026-11-24.json");
}

#[test]
fn files_that_are_not_backups_are_refused_with_the_reason() {
    let too_large = " ".repeat(backup::MAX_BACKUP_BYTES + 1);
    assert_eq!(backup::read(&too_large), Err(ImportError::TooLarge { bytes: backup::MAX_BACKUP_BYTES + 1 }));
    assert!(matches!(backup::read("{ not json"), Err(ImportError::NotABackup(_))));
    assert!(matches!(backup::read(r#"{"lines": []}"#), Err(ImportError::NotABackup(_))));
    assert_eq!(backup::read(r#"{"version": 99, "lines": []}"#), Err(ImportError::FromNewerVersion(99)));
}

#[test]
fn an_invalid_value_is_refused_with_where_it_is() {
    let mut lines = vec![line("a", "Fine", 1), line("b", "Bad number", 1)];
    lines[1].number = "call me".into();
    let text = backup::export(&document(lines));
    assert_eq!(
        backup::read(&text),
        Err(ImportError::Invalid(InvalidValue {
            line: 2,
            line_name: "Bad number".into(),
            field: Field::Number,
            problem: Problem::PhoneCharacters,
        }))
    );
    let mut negative = line("c", "Negative", 1);
    negative.history[0].amount = Some(Money { minor: -1, currency: "EUR".into() });
    let refused = backup::read(&backup::export(&document(vec![negative])));
    assert!(matches!(refused, Err(ImportError::Invalid(InvalidValue { field: Field::RenewalAmount, .. }))));
    let mut long_id = line("e", "Long entry id", 1);
    long_id.history[0].id = "x".repeat(65).into();
    let refused = backup::read(&backup::export(&document(vec![long_id])));
    assert!(matches!(
        refused,
        Err(ImportError::Invalid(InvalidValue { problem: Problem::NotABackupId, .. }))
    ));
    let twice = backup::export(&document(vec![line("d", "One", 1), line("d", "Two", 1)]));
    assert!(matches!(backup::read(&twice), Err(ImportError::Invalid(InvalidValue { line: 2, .. }))));
}

#[test]
fn the_preview_counts_new_changed_and_unchanged_lines() {
    let current = document(vec![line("a", "Same", 1), line("b", "Before", 1)]);
    let incoming = document(vec![line("a", "Same", 1), line("b", "After", 2), line("c", "New", 3)]);
    assert_eq!(backup::preview(&current, &incoming), Preview { new: 1, changed: 1, unchanged: 1 });
}

#[test]
fn merge_keeps_the_newer_edit_and_unites_histories() {
    let mut ours = line("a", "Edited here later", 20);
    ours.history.push(entry("here", date(2026, 11, 1)));
    let mut theirs = line("a", "Edited in the backup", 10);
    theirs.history.push(entry("there", date(2026, 10, 1)));
    let current = document(vec![ours, line("only-here", "Only here", 1)]);
    let incoming = document(vec![theirs, line("only-there", "Only there", 1)]);

    let merged = backup::merge(&current, &incoming);
    let a = merged.line(&"a".into()).unwrap();
    assert_eq!(a.name, "Edited here later");
    let mut ids: Vec<&str> = a.history.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["a-r1", "here", "there"], "the shared entry once, and both new ones");
    assert!(merged.line(&"only-here".into()).is_some() && merged.line(&"only-there".into()).is_some());

    let replaced = backup::replace_all(&current, &incoming);
    let names: Vec<&str> = replaced.lines.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Edited in the backup", "Only there"]);
}

proptest! {
    /// Any text at all is read without a panic.
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = backup::read(&text);
    }

    /// A real backup with bytes cut, replaced or inserted is refused or read, never a panic,
    /// and whatever is read passes the checks again when exported.
    #[test]
    fn mutated_backups_never_panic(cut in 0usize..2000, byte in any::<u8>(), insert in any::<bool>()) {
        let text = backup::export(&document(vec![line("a", "Belgian Proximus", 1), line("b", "UK giffgaff", 2)]));
        let mut bytes = text.into_bytes();
        let at = cut % bytes.len();
        if insert { bytes.insert(at, byte) } else { bytes[at] = byte }
        if let Ok(mutated) = String::from_utf8(bytes) {
            if let Ok(read) = backup::read(&mutated) {
                prop_assert_eq!(backup::read(&backup::export(&read)), Ok(read));
            }
        }
    }
}
