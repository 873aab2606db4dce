//! Leptos components, one per file, named for what the user sees.

pub mod app;
pub mod field_error;
pub mod language_picker;
pub mod line_card;
pub mod line_form;
pub mod line_form_state;
pub mod line_list;
pub mod main_nav;
pub mod rule_fields;
pub mod settings;
pub mod storage_banner;
pub mod text_field;
pub mod theme_picker;
pub mod undo_toast;
