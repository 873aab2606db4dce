//! Every user-visible string: the message catalogues (English, Simplified Chinese) and the
//! per-locale formatting of dates, counts and problems.
//!
//! Each catalogue is an exhaustive `match` over `Msg`, so the compiler refuses a key that
//! is missing in either language.

mod en;
pub mod format;
mod messages;
mod zh_cn;

pub use messages::Msg;

use crate::domain::document::Language;

/// The text of a message in a language.
pub fn text(language: Language, msg: Msg) -> &'static str {
    match language {
        Language::English => en::text(msg),
        Language::SimplifiedChinese => zh_cn::text(msg),
    }
}
