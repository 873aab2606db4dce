//! Where a message's text is looked up in a language's catalogue (`catalogue()`, declared with
//! the languages in `i18n/mod.rs`): the `Message` keys and `Phrase`s every part of the app asks
//! it for.

use super::catalogue;
use super::catalogue::Catalogue;
use super::help::HelpText;
use super::messages::Msg;
use super::operator_text::OperatorText;
use super::pwa_text::PwaText;
use super::safekeeping::SafeText;
use super::timeline_text::TimelineText;
use crate::domain::document::Language;

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
    Safe(SafeText),
    Timeline(TimelineText),
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
            Phrase::Safe(msg) => msg.text_in(catalogue),
            Phrase::Timeline(msg) => msg.text_in(catalogue),
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
message!(SafeText, Safe, safe);
message!(TimelineText, Timeline, timeline);
