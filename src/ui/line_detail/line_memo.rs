//! The line a detail screen shows, shared by its sections.

use leptos::prelude::Memo;

use crate::domain::line::Line;

/// The line shown, as stored now (`None` once deleted). Every section of the detail reads the
/// line through it, so that a change re-renders only what depends on what changed.
pub type LineMemo = Memo<Option<Line>>;
