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
mod lookup;
mod messages;
mod operator_text;
pub mod operators;
mod pwa_text;
pub mod reminders;
pub mod safekeeping;
pub mod timeline;
mod timeline_text;
mod zh_hans;
mod zh_hant;

pub use lookup::{catalogue, text, Message, Phrase};
pub use messages::Msg;
