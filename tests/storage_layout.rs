//! The per-line storage layout: a change writes only what changed, every shipped shape reads,
//! unreadable entries are reported, and stopping part way through a save never loses a line.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::{date, line_expiring};
use linekeeper::domain::document::{Document, Language};
use linekeeper::domain::line::Line;
use std::convert::Infallible;

use linekeeper::domain::storage_layout::{entries, line_key, read, Changed, Read, Stored, Write, INDEX_KEY};
use proptest::prelude::*;

/// A key-value store, as localStorage is.
type Storage = BTreeMap<String, String>;

fn apply(storage: &mut Storage, writes: &[Done]) {
    for write in writes {
        match &write.text {
            Some(text) => storage.insert(write.key.clone(), text.clone()),
            None => storage.remove(&write.key),
        };
    }
}

fn read_storage(storage: &Storage) -> Option<Read> {
    let lines = storage
        .iter()
        .filter(|(key, _)| key.starts_with("linekeeper.line."))
        .map(|(key, text)| (key.clone(), text.clone()))
        .collect();
    read(storage.get(INDEX_KEY).map(String::as_str), lines)
}

fn stored(document: &Document) -> Storage {
    entries(document).into_iter().collect()
}

/// What storage holds once `document` is stored: as the app knows it after loading.
fn stored_as(document: &Document) -> Stored {
    read_storage(&stored(document)).expect("stored").stored
}

/// A write as storage sees it: a key and the text put there, or none for a removal.
#[derive(Debug, PartialEq)]
struct Done {
    key: String,
    text: Option<String>,
}

fn done(write: Write<'_>) -> Done {
    match write {
        Write::Put { key, entry } => Done { key, text: Some(entry.to_json()) },
        Write::Remove { key } => Done { key, text: None },
    }
}

/// The writes a sync hands out, all of them succeeding.
fn sync(stored_now: &mut Stored, document: &Document) -> Vec<Done> {
    sync_changed(stored_now, document, Changed::Anything)
}

fn sync_changed(stored_now: &mut Stored, document: &Document, changed: Changed<'_>) -> Vec<Done> {
    let mut writes = Vec::new();
    let Ok(()) = stored_now.sync(document, changed, |write| -> Result<(), Infallible> {
        writes.push(done(write));
        Ok(())
    });
    writes
}

fn document_of(lines: Vec<Line>) -> Document {
    Document { lines, ..Document::default() }
}

fn three_lines() -> Document {
    document_of(vec![
        line_expiring("aaa", "Proximus", date(2027, 1, 30)),
        line_expiring("bbb", "giffgaff", date(2026, 12, 1)),
        line_expiring("ccc", "Orange", date(2027, 5, 2)),
    ])
}

fn keys(writes: &[Done]) -> Vec<String> {
    writes
        .iter()
        .map(|write| match write.text {
            Some(_) => format!("put {}", write.key),
            None => format!("remove {}", write.key),
        })
        .collect()
}

#[test]
fn a_stored_document_reads_back_equal_and_needs_no_writes() {
    let mut document = three_lines();
    document.settings.language = Some(Language::SimplifiedChinese);
    let storage = stored(&document);
    assert_eq!(storage.len(), 4, "an index and one entry per line");
    let mut back = read_storage(&storage).expect("something is stored");
    assert_eq!(back.document, document);
    assert!(back.unreadable.is_empty());
    assert_eq!(sync(&mut back.stored, &document), vec![]);
}

#[test]
fn nothing_stored_reads_as_none() {
    assert_eq!(read_storage(&Storage::new()), None);
}

#[test]
fn a_checklist_tick_writes_only_that_line_whether_or_not_the_store_names_it() {
    let mut document = three_lines();
    let before = stored_as(&document);
    document.lines[1].checklist.set_done("prepare.payment", true);
    for changed in [Changed::Anything, Changed::Line(&"bbb".into())] {
        let mut stored_now = before.clone();
        let writes = sync_changed(&mut stored_now, &document, changed);
        assert_eq!(keys(&writes), vec![format!("put {}", line_key(&"bbb".into()))], "{changed:?}");
        assert_eq!(sync(&mut stored_now, &document), vec![], "the change is written once: {changed:?}");
    }
    // Told that another line changed, the sync compares only that one.
    let mut told_only_the_other = before.clone();
    assert_eq!(sync_changed(&mut told_only_the_other, &document, Changed::Line(&"ccc".into())), vec![]);
}

#[test]
fn an_added_line_is_written_before_the_index_lists_it_and_a_deleted_one_removed_before_it_does_not() {
    for named in [false, true] {
        let changed = |id| if named { Changed::Line(id) } else { Changed::Anything };
        let mut document = three_lines();
        let mut stored_now = stored_as(&document);
        document.lines.push(line_expiring("ddd", "Lycamobile", date(2027, 2, 2)));
        let (ddd, aaa) = ("ddd".into(), "aaa".into());
        let added = sync_changed(&mut stored_now, &document, changed(&ddd));
        assert_eq!(
            keys(&added),
            vec![format!("put {}", line_key(&"ddd".into())), format!("put {INDEX_KEY}")]
        );
        document.remove_line(&"aaa".into());
        let deleted = sync_changed(&mut stored_now, &document, changed(&aaa));
        assert_eq!(
            keys(&deleted),
            vec![format!("remove {}", line_key(&"aaa".into())), format!("put {INDEX_KEY}")]
        );
        assert_eq!(sync(&mut stored_now, &document), vec![], "storage now holds both changes");
    }
}

#[test]
fn a_settings_change_writes_only_the_index() {
    let mut document = three_lines();
    let mut stored_now = stored_as(&document);
    document.settings.language = Some(Language::English);
    assert_eq!(keys(&sync(&mut stored_now, &document)), vec![format!("put {INDEX_KEY}")]);
}

#[test]
fn a_whole_document_of_version_1_reads_and_is_then_written_entry_by_entry() {
    let text = include_str!("fixtures/v1.json");
    let mut back = read(Some(text), vec![]).expect("read");
    assert_eq!(back.document, Document::from_json(text).unwrap());
    let mut storage = Storage::from([(INDEX_KEY.to_owned(), text.to_owned())]);
    let writes = sync(&mut back.stored, &back.document);
    assert_eq!(writes.len(), 3, "both lines, then the index");
    apply(&mut storage, &writes);
    assert_eq!(read_storage(&storage).unwrap().document, back.document);
}

#[test]
fn the_version_2_fixture_reads_with_every_field() {
    let fixture: Storage = serde_json::from_str(include_str!("fixtures/v2_storage.json")).unwrap();
    let back = read_storage(&fixture).expect("read");
    assert!(back.unreadable.is_empty());
    assert_eq!(back.document.settings.language, Some(Language::SimplifiedChinese));
    let names: Vec<&str> = back.document.lines.iter().map(|line| line.name.as_str()).collect();
    assert_eq!(names, ["Belgian Proximus", "UK giffgaff"], "in the index's order");
    assert_eq!(back.document.line(&"k3v9q2m8x1c7b4n6".into()).unwrap().deadline(), Some(date(2027, 1, 30)));
    assert_eq!(back.document.sent_reminders.len(), 1);
}

#[test]
fn the_version_2_fixture_with_backup_and_iphone_notice_state_reads_with_every_field() {
    let fixture: Storage =
        serde_json::from_str(include_str!("fixtures/v2_storage_safekeeping.json")).unwrap();
    let settings = read_storage(&fixture).expect("read").document.settings;
    assert_eq!(settings.last_backup_on, Some(date(2026, 10, 1)));
    assert!(settings.changed_since_backup);
    assert_eq!(settings.ios_notice_dismissed_on, Some(date(2026, 10, 20)));
    // Older shapes read with neither: nothing changed since a backup, never dismissed.
    let older: Storage = serde_json::from_str(include_str!("fixtures/v2_storage.json")).unwrap();
    let settings = read_storage(&older).unwrap().document.settings;
    assert!(!settings.changed_since_backup);
    assert_eq!(settings.ios_notice_dismissed_on, None);
}

#[test]
fn the_version_2_fixture_with_a_rule_by_amount_reads_and_its_top_ups_move_the_deadline() {
    let fixture: Storage = serde_json::from_str(include_str!("fixtures/v2_top_up_buys.json")).unwrap();
    let back = read_storage(&fixture).expect("read");
    assert!(back.unreadable.is_empty());
    let line = &back.document.lines[0];
    // HK$300 on 1 Jun buys 180 days (28 Nov); HK$50 on 20 Nov buys 30 days (20 Dec), the later.
    assert_eq!(line.deadline(), Some(date(2026, 12, 20)));
    let written = sync(&mut Stored::nothing(), &back.document);
    let mut storage = Storage::new();
    apply(&mut storage, &written);
    assert_eq!(read_storage(&storage).unwrap().document, back.document, "written back unchanged");
}

#[test]
fn an_unreadable_index_is_reported_and_every_line_is_still_read() {
    let mut storage = stored(&three_lines());
    storage.insert(INDEX_KEY.to_owned(), "{\"version\": 2, \"line_ids\": [tru".to_owned());
    let back = read_storage(&storage).unwrap();
    assert_eq!(back.unreadable, vec![INDEX_KEY.to_owned()]);
    let ids: Vec<&str> = back.document.lines.iter().map(|line| line.id.as_str()).collect();
    assert_eq!(ids, ["aaa", "bbb", "ccc"]);
}

#[test]
fn an_index_from_a_newer_version_is_not_read_as_this_one() {
    let mut storage = stored(&three_lines());
    storage.insert(INDEX_KEY.to_owned(), "{\"version\": 3, \"line_ids\": []}".to_owned());
    assert_eq!(read_storage(&storage).unwrap().unreadable, vec![INDEX_KEY.to_owned()]);
}

#[test]
fn an_unreadable_line_is_reported_and_the_others_are_read() {
    let mut storage = stored(&three_lines());
    storage.insert(line_key(&"bbb".into()), "{\"id\": \"bbb\", \"name\": ".to_owned());
    // An entry under another line's key is not trusted either.
    let misfiled = serde_json::to_string(&line_expiring("zzz", "Elsewhere", date(2027, 1, 1))).unwrap();
    storage.insert(line_key(&"yyy".into()), misfiled);
    let back = read_storage(&storage).unwrap();
    assert_eq!(back.unreadable, vec![line_key(&"bbb".into()), line_key(&"yyy".into())]);
    let ids: Vec<&str> = back.document.lines.iter().map(|line| line.id.as_str()).collect();
    assert_eq!(ids, ["aaa", "ccc"]);
}

#[test]
fn the_next_sync_after_reading_writes_what_storage_lacks() {
    let document = three_lines();
    let mut storage = stored(&document);
    storage.remove(INDEX_KEY);
    let mut back = read_storage(&storage).unwrap();
    assert_eq!(back.document, document, "lines without an index are all found");
    assert_eq!(keys(&sync(&mut back.stored, &back.document)), vec![format!("put {INDEX_KEY}")]);
}

#[test]
fn a_failed_write_stops_the_sync_and_the_next_sync_tries_it_again() {
    let mut document = three_lines();
    let mut stored_now = stored_as(&document);
    document.lines[0].name = "Proximus (bank)".into();
    document.lines[2].name = "Orange (family)".into();
    let mut storage = stored(&three_lines());
    let mut attempts = 0;
    let failed = stored_now.sync(&document, Changed::Anything, |write| {
        attempts += 1;
        if attempts == 2 {
            return Err("QuotaExceededError");
        }
        apply(&mut storage, &[done(write)]);
        Ok(())
    });
    assert_eq!(failed, Err("QuotaExceededError"));
    assert_eq!(read_storage(&storage).unwrap().document.lines[0].name, "Proximus (bank)");
    let retried = sync(&mut stored_now, &document);
    assert_eq!(keys(&retried), vec![format!("put {}", line_key(&"ccc".into()))]);
    apply(&mut storage, &retried);
    assert_eq!(read_storage(&storage).unwrap().document, document);
}

/// Small documents: up to five lines with ids from a small set, so that changes keep, add,
/// change and remove lines.
fn arbitrary_document() -> impl Strategy<Value = Document> {
    proptest::collection::btree_map(0u8..8, (1u32..28, any::<bool>()), 0..6).prop_map(|lines| {
        document_of(
            lines
                .into_iter()
                .map(|(id, (day, ticked))| {
                    let mut line =
                        line_expiring(&format!("id{id}"), &format!("Line {id}"), date(2027, 2, day));
                    line.checklist.set_done("prepare.payment", ticked);
                    line
                })
                .collect(),
        )
    })
}

proptest! {
    /// Stopping after any number of the writes of a change loses no line: each line the change
    /// keeps is read back as its old or its new version, a line it adds is there or not yet,
    /// a line it deletes never comes back once its entry is removed, and after the last write
    /// storage holds exactly the new document.
    #[test]
    fn a_save_stopped_part_way_loses_no_line(before in arbitrary_document(), after in arbitrary_document()) {
        let mut stored_now = stored_as(&before);
        let writes = sync(&mut stored_now, &after);
        for done in 0..=writes.len() {
            let mut storage = stored(&before);
            apply(&mut storage, &writes[..done]);
            let back = read_storage(&storage).map(|read| read.document).unwrap_or_default();
            for line in &after.lines {
                let found = back.line(&line.id);
                let old = before.line(&line.id);
                prop_assert!(found == Some(line) || found == old,
                    "line {} lost or wrong after {done} of {} writes", line.id, writes.len());
            }
            for write in &writes[..done] {
                if write.text.is_none() {
                    prop_assert!(back.lines.iter().all(|line| line_key(&line.id) != write.key), "{} came back", write.key);
                }
            }
        }
        let mut storage = stored(&before);
        apply(&mut storage, &writes);
        prop_assert_eq!(read_storage(&storage).map(|read| read.document).unwrap_or_default(), after);
    }
}
