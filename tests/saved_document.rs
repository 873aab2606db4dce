//! The rules of saving, natively: what a change writes, what a failed save leaves to the next,
//! when a change counts as one since the last backup, and when nothing may be announced as saved.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{date, line_expiring};
use linekeeper::domain::document::{Document, Language};
use linekeeper::domain::saved_document::{Saved, SavedDocument, Saving};
use linekeeper::domain::storage_layout::{line_key, Changed, Stored, Write, INDEX_KEY};

/// Storage that refuses every write while `full`, and lists the keys it was asked to write.
#[derive(Default)]
struct Storage {
    full: bool,
    written: Vec<String>,
}

impl Storage {
    fn write(&mut self) -> impl FnMut(Write<'_>) -> Result<(), &'static str> + '_ {
        move |write| {
            if self.full {
                return Err("quota");
            }
            self.written.push(match write {
                Write::Put { key, .. } | Write::Remove { key } => key,
            });
            Ok(())
        }
    }
}

fn two_lines() -> Document {
    Document {
        lines: vec![line_expiring("a", "A", date(2027, 1, 1)), line_expiring("b", "B", date(2027, 2, 1))],
        ..Document::default()
    }
}

/// A tab that has just stored `two_lines`.
fn saved() -> SavedDocument {
    let mut saved = SavedDocument::new(Document::default(), Stored::nothing(), true);
    let mut storage = Storage::default();
    let first = saved.change(Changed::Anything, |document| *document = two_lines(), storage.write());
    assert_eq!(first, Saved::Yes);
    saved
}

#[test]
fn a_change_to_one_line_writes_that_line_alone() {
    let mut saved = saved();
    let mut storage = Storage::default();
    let a = "a".into();
    let outcome =
        saved.change(Changed::Line(&a), |document| document.lines[0].notes = "2FA".into(), storage.write());
    assert_eq!(outcome, Saved::Yes);
    assert_eq!(
        storage.written,
        [line_key(&a), INDEX_KEY.to_owned()],
        "the line, and the index for the backup mark"
    );
}

#[test]
fn after_a_failed_save_the_next_writes_everything_and_says_it_recovered() {
    let mut saved = saved();
    let mut storage = Storage { full: true, ..Storage::default() };
    let (a, b) = ("a".into(), "b".into());
    let failed =
        saved.change(Changed::Line(&a), |document| document.lines[0].notes = "1".into(), storage.write());
    assert_eq!(failed, Saved::Failed("quota"));
    assert_eq!(saved.saving(), Saving::Failing);
    assert!(!saved.may_say_saved(), "nothing may say Saved while saves fail");

    storage.full = false;
    let next =
        saved.change(Changed::Line(&b), |document| document.lines[1].notes = "2".into(), storage.write());
    assert_eq!(next, Saved::Recovered);
    assert_eq!(
        storage.written,
        [line_key(&a), line_key(&b), INDEX_KEY.to_owned()],
        "line a too, left unwritten before"
    );
    assert!(saved.may_say_saved());
}

#[test]
fn only_a_change_to_a_line_counts_as_a_change_since_the_last_backup() {
    let mut saved = saved();
    let mut storage = Storage::default();
    saved.change(
        Changed::Anything,
        |document| document.settings.changed_since_backup = false,
        storage.write(),
    );
    saved.change(
        Changed::Anything,
        |document| document.settings.language = Some(Language::English),
        storage.write(),
    );
    assert!(!saved.document().settings.changed_since_backup);
    let a = "a".into();
    saved.change(Changed::Line(&a), |document| document.lines[0].name = "A2".into(), storage.write());
    assert!(saved.document().settings.changed_since_backup);
}

#[test]
fn with_saving_off_a_change_stays_here_and_nothing_is_written() {
    let mut saved = SavedDocument::new(two_lines(), Stored::nothing(), false);
    let mut storage = Storage::default();
    let a = "a".into();
    let outcome =
        saved.change(Changed::Line(&a), |document| document.lines[0].name = "A2".into(), storage.write());
    assert_eq!(outcome, Saved::Off);
    assert_eq!(saved.document().lines[0].name, "A2");
    assert!(storage.written.is_empty());
    assert!(!saved.may_say_saved());
}

#[test]
fn storage_cleared_elsewhere_gets_every_line_back_at_the_next_save() {
    let mut saved = saved();
    saved.forget_stored();
    let mut storage = Storage::default();
    saved.change(
        Changed::Anything,
        |document| document.settings.language = Some(Language::English),
        storage.write(),
    );
    assert_eq!(storage.written, [line_key(&"a".into()), line_key(&"b".into()), INDEX_KEY.to_owned()]);
}
