//! Every user-visible string. The keys of each feature's messages are enums (`Msg`, `PwaText`,
//! `HelpText`, `OperatorText`); each language is one catalogue module (`en`, `zh_hans`,
//! `zh_hant`) that gives every key its text and writes every formatted message (see
//! `catalogue.rs`). The rest of the app asks through `text` and the functions of `format`,
//! `reminders`, `operators` and `announcement`, never a language directly.

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

pub mod announcement;
pub mod catalogue;
pub mod checklist_steps;
mod en;
pub mod format;
pub mod help;
mod messages;
pub mod operators;
pub mod reminders;
mod zh_hans;
mod zh_hant;

pub use messages::Msg;

use crate::domain::document::Language;
use catalogue::Catalogue;
use help::HelpText;
use operators::OperatorText;
use reminders::PwaText;

/// The catalogue of a language.
pub fn catalogue(language: Language) -> &'static Catalogue {
    match language {
        Language::English => &en::CATALOGUE,
        Language::SimplifiedChinese => &zh_hans::CATALOGUE,
        Language::TraditionalChinese => &zh_hant::CATALOGUE,
    }
}

/// A message key of any feature: its text is in every language's catalogue.
pub trait Message: Copy + Into<Phrase> {
    fn text_in(self, catalogue: &Catalogue) -> &'static str;
}

/// The text of a message in a language.
pub fn text(language: Language, msg: impl Message) -> &'static str {
    msg.text_in(catalogue(language))
}

/// A message of any feature, kept (e.g. for an announcement) so that it still follows a later
/// change of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrase {
    Main(Msg),
    Pwa(PwaText),
    Help(HelpText),
    Operator(OperatorText),
}

impl Phrase {
    pub fn of(msg: impl Message) -> Self {
        msg.into()
    }
}

impl Message for Phrase {
    fn text_in(self, catalogue: &Catalogue) -> &'static str {
        match self {
            Phrase::Main(msg) => msg.text_in(catalogue),
            Phrase::Pwa(msg) => msg.text_in(catalogue),
            Phrase::Help(msg) => msg.text_in(catalogue),
            Phrase::Operator(msg) => msg.text_in(catalogue),
        }
    }
}

/// Makes a feature's keys messages: `$field` is the catalogue's table of their texts.
macro_rules! message {
    ($name:ident, $variant:ident, $field:ident) => {
        impl Message for $name {
            fn text_in(self, catalogue: &Catalogue) -> &'static str {
                (catalogue.$field)(self)
            }
        }

        impl From<$name> for Phrase {
            fn from(msg: $name) -> Self {
                Phrase::$variant(msg)
            }
        }
    };
}

message!(Msg, Main, msg);
message!(PwaText, Pwa, pwa);
message!(HelpText, Help, help);
message!(OperatorText, Operator, operator);
