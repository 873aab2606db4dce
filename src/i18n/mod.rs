//! Every user-visible string. The keys of each feature's messages are enums (`Msg`, `PwaText`,
//! `HelpText`, `OperatorText`); each language is one catalogue module (`en`, `zh_hans`,
//! `zh_hant`, listed in `languages!` below) that gives every key its text and writes every
//! formatted message (see `catalogue.rs`). The rest of the app asks through `text` and the
//! functions of `format`, `reminders`, `operators` and `announcement`, never a language
//! directly.

/// Declares a feature's message keys: an enum, with every key in `ALL` for the completeness
/// tests, that a `Phrase` can hold.
macro_rules! keys {
    ($name:ident, $($key:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($key),*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }
    };
}

/// Declares a language's `CATALOGUE` from its modules `messages`, `features` and `formats`,
/// which name their functions after the catalogue's fields: a language gives its own name,
/// the tag of its notes in the operator catalogue, and its punctuation, and the compiler checks
/// that its modules have every function with the same signature as every other language's.
macro_rules! language {
    (name: $name:literal, note_tag: $note_tag:literal, label_separator: $separator:literal, sentence_stop: $stop:literal $(,)?) => {
        mod features;
        mod formats;
        mod messages;

        pub const CATALOGUE: $crate::i18n::catalogue::Catalogue = $crate::i18n::catalogue::Catalogue {
            name: $name,
            note_tag: $note_tag,
            label_separator: $separator,
            sentence_stop: $stop,
            msg: messages::text,
            pwa: features::pwa,
            help: features::help,
            safe: features::safe,
            timeline: features::timeline,
            operator: features::operator,
            step: features::step,
            country: features::country,
            currency: features::currency,
            formats: language_formats!(),
        };
    };
}

/// Declares each language's catalogue module (its folder) and the `Language` it is for, and
/// `catalogue()`, which gives a language its module's `CATALOGUE` (a `Language` without one does
/// not compile).
macro_rules! languages {
    ($($module:ident => $language:ident,)+) => {
        $(mod $module;)+

        /// The catalogue of a language.
        pub fn catalogue(language: crate::domain::document::Language) -> &'static catalogue::Catalogue {
            use crate::domain::document::Language;
            match language {
                $(Language::$language => &$module::CATALOGUE,)+
            }
        }
    };
}

pub mod announcement;
#[macro_use]
pub mod catalogue;
pub mod checklist_steps;
mod chinese_forms;
pub mod format;
pub mod help;
mod lookup;
mod messages;
mod operator_text;
pub mod operators;
mod pwa_text;
pub mod reminders;
pub mod safekeeping;
pub mod shell;
pub mod timeline;
mod timeline_text;

languages! {
    en => English,
    zh_hans => SimplifiedChinese,
    zh_hant => TraditionalChinese,
}

pub use lookup::{text, Message, Phrase};
pub use messages::Msg;
