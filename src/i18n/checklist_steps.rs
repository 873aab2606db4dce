//! The default checklist steps' titles and explanations (docs/domain.md, "The renewal process
//! the checklist follows"), by step id, from the language's catalogue.

use super::catalogue;
use crate::domain::document::Language;

/// `(title, explanation)` of a default step; `None` for an id that is not a default step.
pub fn step_text(language: Language, id: &str) -> Option<(&'static str, &'static str)> {
    (catalogue(language).step)(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::DEFAULT_STEPS;

    #[test]
    fn every_default_step_has_text_in_every_language() {
        for step in DEFAULT_STEPS {
            for language in Language::ALL {
                let (title, explanation) = step_text(language, step.id).expect(step.id);
                assert!(!title.is_empty() && !explanation.is_empty(), "{}", step.id);
            }
        }
    }
}
