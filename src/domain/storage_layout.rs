//! How the document is laid out in key-value storage: one small index entry (the settings,
//! the reminders sent and the order of the lines) and one entry per line. A checklist tick
//! then writes one line, not the whole document (with 2,000 lines, 1.5 MB per tick).
//!
//! Reading takes the lines in the index's order, skips ids whose entry is gone and adds
//! entries the index does not list. So stopping part way through a save (a closed tab, a full
//! disk) never loses a line: writes go lines first (new and changed, then removals) and the
//! index last, and a line written but not yet listed is found on the next load.

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;

use serde::{Deserialize, Serialize};

use super::document::{Document, DocumentError, Settings};
use super::ids::LineId;
use super::line::Line;
use super::reminders::{ReminderHold, ReminderKey};
use super::sorting;

/// The index entry. Its key is the one a whole document was stored under before per-line
/// storage, so that a document stored by an earlier version is found and moved on.
pub const INDEX_KEY: &str = "linekeeper.document";
/// Each line is stored under this prefix and its id.
pub const LINE_KEY_PREFIX: &str = "linekeeper.line.";
/// 2, above every whole-document version: an older build then refuses the index as "from a
/// newer version" instead of reading it as a document without lines.
pub const INDEX_VERSION: u32 = 2;

pub fn line_key(id: &LineId) -> String {
    format!("{LINE_KEY_PREFIX}{id}")
}

/// The index entry as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    version: u32,
    line_ids: Vec<LineId>,
    #[serde(default)]
    settings: Settings,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sent_reminders: Vec<ReminderKey>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    reminder_holds: Vec<ReminderHold>,
}

impl Index {
    /// Whether this index is the one `document` needs (compared in place: this runs on every
    /// change, and building an index clones every id).
    fn describes(&self, document: &Document) -> bool {
        self.line_ids.len() == document.lines.len()
            && self.line_ids.iter().zip(&document.lines).all(|(id, line)| *id == line.id)
            && self.settings == document.settings
            && self.sent_reminders == document.sent_reminders
            && self.reminder_holds == document.reminder_holds
    }

    fn of(document: &Document) -> Self {
        Self {
            version: INDEX_VERSION,
            line_ids: document.lines.iter().map(|line| line.id.clone()).collect(),
            settings: document.settings.clone(),
            sent_reminders: document.sent_reminders.clone(),
            reminder_holds: document.reminder_holds.clone(),
        }
    }
}

/// One change to storage. The shell serializes what it puts (as JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write<'a> {
    Put { key: String, entry: Entry<'a> },
    Remove { key: String },
}

/// What an entry holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Entry<'a> {
    Line(&'a Line),
    Index(&'a Index),
}

impl Entry<'_> {
    #[allow(
        clippy::expect_used,
        reason = "plain structs, strings and numbers: JSON can always write them, and an empty entry stored instead would lose a line"
    )]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("stored entries always serialize")
    }
}

/// What is in storage, as last written (or read): compared with the document after a change
/// to find the few entries that change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stored {
    lines: HashMap<LineId, Line>,
    index: Option<Index>,
}

impl Stored {
    /// Storage holds nothing of this layout (a first visit, a document of an earlier version,
    /// or writes that failed): the next sync writes every entry.
    pub fn nothing() -> Self {
        Self::default()
    }

    /// Makes storage hold `document`: hands each needed write, in the safe order, to `write`,
    /// and records it once `write` reports it done. Stops at the first failure; the next sync
    /// then tries again whatever is still missing.
    pub fn sync<E>(
        &mut self,
        document: &Document,
        changed: Changed<'_>,
        mut write: impl FnMut(Write<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        match changed {
            Changed::Anything => {
                for line in &document.lines {
                    self.put_if_changed(line, &mut write)?;
                }
                for id in self.ids_not_in(document) {
                    self.remove(&id, &mut write)?;
                }
            }
            Changed::Line(id) => match document.line(id) {
                Some(line) => self.put_if_changed(line, &mut write)?,
                None => self.remove(id, &mut write)?,
            },
        }
        if !self.index.as_ref().is_some_and(|index| index.describes(document)) {
            let index = Index::of(document);
            write(Write::Put { key: INDEX_KEY.to_owned(), entry: Entry::Index(&index) })?;
            self.index = Some(index);
        }
        Ok(())
    }

    fn put_if_changed<E>(
        &mut self,
        line: &Line,
        write: &mut impl FnMut(Write<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.lines.get(&line.id) != Some(line) {
            write(Write::Put { key: line_key(&line.id), entry: Entry::Line(line) })?;
            self.lines.insert(line.id.clone(), line.clone());
        }
        Ok(())
    }

    fn remove<E>(
        &mut self,
        id: &LineId,
        write: &mut impl FnMut(Write<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.lines.contains_key(id) {
            write(Write::Remove { key: line_key(id) })?;
            self.lines.remove(id);
        }
        Ok(())
    }

    /// Stored lines that `document` no longer has.
    fn ids_not_in(&self, document: &Document) -> Vec<LineId> {
        // Ids are unique in a document: with no more entries than lines, none is missing.
        if self.lines.len() <= document.lines.len() {
            return Vec::new();
        }
        let kept: HashSet<&LineId> = document.lines.iter().map(|line| &line.id).collect();
        self.lines.keys().filter(|id| !kept.contains(id)).cloned().collect()
    }
}

/// What a change can have touched: comparing every line on each change was most of a tick's
/// work with 2,000 lines, and adding, editing or deleting one line leaves the others as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed<'a> {
    Anything,
    /// This line, which may also be new or gone (the index is always checked).
    Line(&'a LineId),
}

/// A document read back from its entries.
#[derive(Debug, PartialEq, Eq)]
pub struct Read {
    pub document: Document,
    /// What storage holds, for the next `sync`.
    pub stored: Stored,
    /// Keys whose text could not be read (each to be quarantined): the index, or lines.
    pub unreadable: Vec<String>,
}

/// Reads the document from the index text (if any) and every line entry found (key, text).
/// Lines come in the index's order, then lines the index does not list yet (sorted by id);
/// a document stored whole by an earlier version is read too (and written anew by the next
/// `sync`). Returns `None` when nothing is stored.
pub fn read(index_text: Option<&str>, line_entries: Vec<(String, String)>) -> Option<Read> {
    if index_text.is_none() && line_entries.is_empty() {
        return None;
    }
    let mut unreadable = Vec::new();
    let mut entries: HashMap<LineId, Line> = HashMap::with_capacity(line_entries.len());
    for (key, text) in line_entries {
        match serde_json::from_str::<Line>(&text) {
            Ok(line) if key.strip_prefix(LINE_KEY_PREFIX) == Some(line.id.as_str()) => {
                entries.insert(line.id.clone(), line);
            }
            _ => unreadable.push(key),
        }
    }
    let (document, stored) = match index_text.map(read_index) {
        Some(Ok(IndexText::Current(index))) => {
            let document = with_unlisted(in_index_order(&index, &mut entries), entries);
            // Every line came from its own entry.
            let lines = document.lines.iter().map(|line| (line.id.clone(), line.clone())).collect();
            (document, Stored { lines, index: Some(index) })
        }
        Some(Ok(IndexText::WholeDocument(document))) => {
            let stored = Stored { lines: entries.clone(), index: None };
            (with_unlisted(prefer_entries(document, &mut entries), entries), stored)
        }
        None | Some(Err(_)) => {
            if index_text.is_some() {
                unreadable.insert(0, INDEX_KEY.to_owned());
            }
            let stored = Stored { lines: entries.clone(), index: None };
            (with_unlisted(Document::default(), entries), stored)
        }
    };
    Some(Read { document, stored, unreadable })
}

enum IndexText {
    Current(Index),
    /// A whole document, as versions before per-line storage kept it.
    WholeDocument(Document),
}

fn read_index(text: &str) -> Result<IndexText, DocumentError> {
    match serde_json::from_str::<Index>(text) {
        Ok(index) if index.version == INDEX_VERSION => Ok(IndexText::Current(index)),
        Ok(index) => Err(DocumentError::FromNewerVersion(index.version)),
        Err(_) => Document::from_json(text).map(IndexText::WholeDocument),
    }
}

fn in_index_order(index: &Index, entries: &mut HashMap<LineId, Line>) -> Document {
    Document {
        lines: index.line_ids.iter().filter_map(|id| entries.remove(id)).collect(),
        settings: index.settings.clone(),
        sent_reminders: index.sent_reminders.clone(),
        reminder_holds: index.reminder_holds.clone(),
        ..Document::default()
    }
}

/// A whole document whose move to this layout stopped part way: its lines already written
/// on their own are the newer ones.
fn prefer_entries(mut document: Document, entries: &mut HashMap<LineId, Line>) -> Document {
    for line in &mut document.lines {
        if let Some(entry) = entries.remove(&line.id) {
            *line = entry;
        }
    }
    document
}

/// Lines stored but not (yet) in the index: written just before a save stopped, or listed by
/// an index that could not be read.
fn with_unlisted(mut document: Document, entries: HashMap<LineId, Line>) -> Document {
    let mut unlisted: Vec<Line> = entries.into_values().collect();
    sorting::sort_by(&mut unlisted, |a, b| a.id.cmp(&b.id));
    document.lines.extend(unlisted);
    document
}

/// Every entry of `document` in this layout, as (key, text): for seeding storage (the
/// benchmark's documents).
pub fn entries(document: &Document) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    let Ok(()) = Stored::nothing().sync(document, Changed::Anything, |write| -> Result<(), Infallible> {
        if let Write::Put { key, entry } = write {
            entries.push((key, entry.to_json()));
        }
        Ok(())
    });
    entries
}
