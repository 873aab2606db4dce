//! Every user-visible string: the message catalogues (English, Simplified Chinese) and the
//! per-locale formatting of dates, counts and problems.
//!
//! Each catalogue is an exhaustive `match` over `Msg`, so the compiler refuses a key that
//! is missing in either language.

/// Declares a feature's catalogue: an enum of keys, each with its English and Chinese text side
/// by side, implementing `Message`, with every key in `ALL` for the completeness test.
macro_rules! catalogue {
    ($name:ident, $($key:ident => $english:literal, $chinese:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($key),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Message for $name {
            fn english(self) -> &'static str {
                match self {
                    $($name::$key => $english),*
                }
            }

            fn chinese(self) -> &'static str {
                match self {
                    $($name::$key => $chinese),*
                }
            }
        }

        impl From<$name> for $crate::i18n::Phrase {
            fn from(msg: $name) -> Self {
                $crate::i18n::Phrase::of(msg)
            }
        }
    };
}

pub mod announcement;
pub mod checklist_steps;
mod en;
pub mod format;
pub mod help;
mod messages;
pub mod operators;
pub mod reminders;
pub mod timeline;
mod zh_cn;

pub use messages::Msg;

use crate::domain::document::Language;

/// A catalogue key with its text in every language. Each feature may keep its own
/// catalogue (an enum implementing this with exhaustive matches), so none is ever partial.
pub trait Message: Copy {
    fn english(self) -> &'static str;
    fn chinese(self) -> &'static str;
}

impl Message for Msg {
    fn english(self) -> &'static str {
        en::text(self)
    }

    fn chinese(self) -> &'static str {
        zh_cn::text(self)
    }
}

/// The text of a message in a language.
pub fn text(language: Language, msg: impl Message) -> &'static str {
    match language {
        Language::English => msg.english(),
        Language::SimplifiedChinese => msg.chinese(),
    }
}

/// A message fixed in both languages, so that it can be kept (e.g. for an announcement)
/// and still follow a later change of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    english: &'static str,
    chinese: &'static str,
}

impl Phrase {
    pub fn of(msg: impl Message) -> Self {
        Self { english: msg.english(), chinese: msg.chinese() }
    }
}

impl From<Msg> for Phrase {
    fn from(msg: Msg) -> Self {
        Self::of(msg)
    }
}

impl Message for Phrase {
    fn english(self) -> &'static str {
        self.english
    }

    fn chinese(self) -> &'static str {
        self.chinese
    }
}
