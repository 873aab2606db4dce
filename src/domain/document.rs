//! The one document the app stores: every line and the settings, versioned for migrations.

use serde::{Deserialize, Serialize};

use super::ids::LineId;
use super::lead_times::LeadTimes;
use super::line::Line;
use super::reminders::{ReminderDefaults, ReminderHold, ReminderKey, ReminderRecord};
use super::time_of_day::TimeOfDay;

/// The schema version this build writes. Every version that ever shipped has a fixture in
/// `tests/fixtures/` and a migration test.
pub const CURRENT_VERSION: u32 = 1;

/// Declares the interface languages, each by its variant and its BCP 47 tag (for `<html lang>`
/// and storage, where it is also its serde name): the enum, `ALL` in the language picker's
/// order, and `tag()`.
macro_rules! languages {
    ($($(#[$attr:meta])* $variant:ident = $tag:literal,)+) => {
        /// The interface languages.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Language {
            $($(#[$attr])* #[serde(rename = $tag)] $variant,)+
        }

        impl Language {
            pub const ALL: [Language; [$($tag),+].len()] = [$(Language::$variant),+];

            /// The BCP 47 tag, for `<html lang>` and storage.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Language::$variant => $tag,)+
                }
            }
        }
    };
}

languages! {
    #[default]
    English = "en",
    SimplifiedChinese = "zh-CN",
    /// As written in Hong Kong, Macao and Taiwan.
    TraditionalChinese = "zh-Hant",
}

/// Which interface language a browser's language tag asks for: a tag (any case, `-` or `_`
/// between subtags) whose first subtag is `primary` and, unless `any_of` is empty, one of
/// whose other subtags (a script or a region) is in `any_of`, and none in `none_of`. The first
/// rule of `NEGOTIATION` that a tag meets decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TagRule {
    pub primary: &'static str,
    pub any_of: &'static [&'static str],
    pub none_of: &'static [&'static str],
    pub language: Language,
}

/// How a browser's languages pick the interface's: `Language::negotiate` reads it, and so does
/// the app shell (`public/shell.js`), which the build gives it (`src/bin/shell_catalogue.rs`).
/// Chinese is Traditional for Taiwan, Hong Kong, Macao and any `Hant` script, Simplified
/// otherwise. Subtags are written in lower case.
pub const NEGOTIATION: &[TagRule] = &[
    TagRule { primary: "en", any_of: &[], none_of: &[], language: Language::English },
    TagRule {
        primary: "zh",
        any_of: &["hant", "tw", "hk", "mo"],
        none_of: &["hans"],
        language: Language::TraditionalChinese,
    },
    TagRule { primary: "zh", any_of: &[], none_of: &[], language: Language::SimplifiedChinese },
];

impl TagRule {
    fn matches(&self, tag: &str) -> bool {
        let tag = tag.to_ascii_lowercase();
        let mut subtags = tag.split(['-', '_']);
        if subtags.next() != Some(self.primary) {
            return false;
        }
        let rest: Vec<&str> = subtags.collect();
        (self.any_of.is_empty() || rest.iter().any(|subtag| self.any_of.contains(subtag)))
            && !rest.iter().any(|subtag| self.none_of.contains(subtag))
    }
}

impl Language {
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|language| language.tag() == tag)
    }

    /// The best interface language for a browser's preferred languages, in order (see
    /// `NEGOTIATION`); English when none is one of the app's.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Self {
        preferred.into_iter().find_map(Self::for_tag).unwrap_or_default()
    }

    /// The interface language one browser language tag asks for, if any (see `NEGOTIATION`).
    pub fn for_tag(tag: &str) -> Option<Self> {
        NEGOTIATION.iter().find(|rule| rule.matches(tag)).map(|rule| rule.language)
    }
}

/// A colour theme the user picked over the system's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray, strum::IntoStaticStr, strum::EnumString)]
pub enum Theme {
    #[strum(serialize = "light")]
    Light,
    #[strum(serialize = "dark")]
    Dark,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user chose; `None` follows the browser.
    #[serde(default)]
    pub language: Option<Language>,
    /// The theme the user chose; `None` follows the system's light or dark setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// The day the last backup was exported from this device.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso_date::deserialize_option"
    )]
    pub last_backup_on: Option<chrono::NaiveDate>,
    /// Whether any line changed since the last backup (set by every change to the lines).
    #[serde(default, skip_serializing_if = "is_default")]
    pub changed_since_backup: bool,
    /// The day the iPhone storage notice was dismissed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso_date::deserialize_option"
    )]
    pub ios_notice_dismissed_on: Option<chrono::NaiveDate>,
    /// Days before a deadline to remind, for lines without their own.
    #[serde(default, skip_serializing_if = "is_default")]
    pub lead_times: LeadTimes,
    /// The day a calendar was last exported from this device: from then on, changes that move
    /// its events are said on the list.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso_date::deserialize_option"
    )]
    pub calendar_exported_on: Option<chrono::NaiveDate>,
    /// The time of day reminders are shown and calendar alarms ring, for lines without their own.
    #[serde(default, skip_serializing_if = "is_default")]
    pub remind_at: TimeOfDay,
    /// Whether the user folded away the timeline of the next 12 months above the list.
    #[serde(default, skip_serializing_if = "is_default")]
    pub timeline_collapsed: bool,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub version: u32,
    #[serde(default)]
    pub lines: Vec<Line>,
    #[serde(default)]
    pub settings: Settings,
    /// Reminders already shown on this device, so that none is shown twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sent_reminders: Vec<ReminderKey>,
    /// The user's `Snooze` and `Stop reminding`, each for a line's current deadline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reminder_holds: Vec<ReminderHold>,
}

impl Default for Document {
    fn default() -> Self {
        Self {
            version: CURRENT_VERSION,
            lines: Vec::new(),
            settings: Settings::default(),
            sent_reminders: Vec::new(),
            reminder_holds: Vec::new(),
        }
    }
}

/// The one field every version of the document has.
#[derive(Deserialize)]
struct VersionProbe {
    version: Option<u64>,
}

/// Why stored or imported text could not be read as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// Not JSON, or not the shape of any version's document; the text says where.
    Unreadable(String),
    /// Written by a newer version of the app than this one.
    FromNewerVersion(u32),
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::Unreadable(detail) => write!(f, "not a Linekeeper document: {detail}"),
            DocumentError::FromNewerVersion(version) => {
                write!(f, "written by a newer Linekeeper (document version {version})")
            }
        }
    }
}

impl std::error::Error for DocumentError {}

impl Document {
    /// The lead times and time of day for lines without their own.
    pub fn reminder_defaults(&self) -> ReminderDefaults<'_> {
        ReminderDefaults { lead_times: &self.settings.lead_times, remind_at: self.settings.remind_at }
    }

    /// The reminders shown and the user's snoozes and stops.
    pub fn reminder_record(&self) -> ReminderRecord<'_> {
        ReminderRecord { sent: &self.sent_reminders, holds: &self.reminder_holds }
    }

    /// Reads a stored document of this or any earlier version.
    pub fn from_json(text: &str) -> Result<Self, DocumentError> {
        let unreadable = |error: serde_json::Error| DocumentError::Unreadable(error.to_string());
        let newer =
            |version: u64| DocumentError::FromNewerVersion(u32::try_from(version).unwrap_or(u32::MAX));
        // One typed pass in the common case. The version alone is read only when that pass
        // fails, so that a newer document is refused for being newer, not for its shape.
        // (A second typed pass rather than serde_json::Value, whose deserializer would add to
        // the wasm; and no version probe before every load, which would slow every start.)
        match serde_json::from_str::<Document>(text) {
            Ok(document) if document.version > CURRENT_VERSION => Err(newer(document.version.into())),
            Ok(document) => Ok(document),
            Err(error) => {
                let probe: VersionProbe = serde_json::from_str(text).map_err(unreadable)?;
                match probe.version {
                    Some(version) if version > u64::from(CURRENT_VERSION) => Err(newer(version)),
                    Some(_) => Err(unreadable(error)),
                    None => Err(DocumentError::Unreadable("no \"version\" number".into())),
                }
            }
        }
    }

    #[allow(
        clippy::expect_used,
        reason = "plain structs, strings and numbers: JSON can always write them, and an empty text stored instead would lose the lines"
    )]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a document always serializes")
    }

    pub fn line(&self, id: &LineId) -> Option<&Line> {
        self.lines.iter().find(|line| line.id == *id)
    }

    pub fn line_mut(&mut self, id: &LineId) -> Option<&mut Line> {
        self.lines.iter_mut().find(|line| line.id == *id)
    }

    /// Adds a new line, or replaces the line with the same id in place. The form edits a
    /// line's details and rules only: an existing line keeps its history and checklist.
    pub fn upsert_line(&mut self, mut line: Line) {
        match self.line_mut(&line.id) {
            Some(existing) => {
                line.history = std::mem::take(&mut existing.history);
                line.checklist = std::mem::take(&mut existing.checklist);
                *existing = line;
            }
            None => self.lines.push(line),
        }
    }

    /// Removes a line, returning it with its position so that it can be restored.
    pub fn remove_line(&mut self, id: &LineId) -> Option<RemovedLine> {
        let index = self.lines.iter().position(|line| line.id == *id)?;
        Some(RemovedLine { index, line: self.lines.remove(index) })
    }

    /// Puts a removed line back where it was (or at the end, if the list has shrunk since).
    pub fn restore_line(&mut self, removed: RemovedLine) {
        if self.line(&removed.line.id).is_some() {
            return;
        }
        let index = removed.index.min(self.lines.len());
        self.lines.insert(index, removed.line);
    }
}

/// A deleted line and where it stood, kept for Undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedLine {
    pub index: usize,
    pub line: Line,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_the_chinese_script_by_region_and_script() {
        for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh_hk"] {
            assert_eq!(Language::negotiate([tag, "en"]), Language::TraditionalChinese, "{tag}");
        }
        for tag in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-HK"] {
            assert_eq!(Language::negotiate([tag, "en"]), Language::SimplifiedChinese, "{tag}");
        }
        assert_eq!(Language::negotiate(["fr-BE", "en-GB"]), Language::English);
        assert_eq!(Language::negotiate(["nl"]), Language::English);
    }

    #[test]
    fn refuses_a_document_from_a_newer_version() {
        let newer = CURRENT_VERSION + 1;
        let same_shape = format!("{{\"version\": {newer}, \"lines\": []}}");
        assert_eq!(Document::from_json(&same_shape), Err(DocumentError::FromNewerVersion(newer)));
        // Refused for being newer, not for a shape this build cannot read.
        let new_shape = format!("{{\"version\": {newer}, \"lines\": {{\"moved\": true}}}}");
        assert_eq!(Document::from_json(&new_shape), Err(DocumentError::FromNewerVersion(newer)));
    }

    #[test]
    fn refuses_text_that_is_not_a_document() {
        assert!(matches!(Document::from_json("{\"lines\": []}"), Err(DocumentError::Unreadable(_))));
        assert!(matches!(Document::from_json("not json"), Err(DocumentError::Unreadable(_))));
    }
}
