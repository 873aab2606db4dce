//! Leptos components, one per file, named for what the user sees.

pub mod app;
pub mod backup_settings;
pub mod checklist;
pub mod cost_summary;
pub mod edit_delete_actions;
pub mod field_error;
pub mod history;
pub mod language_picker;
pub mod line_card;
pub mod line_countdown;
pub mod line_detail;
pub mod line_form;
pub mod line_form_state;
pub mod line_list;
pub mod list_overview;
pub mod main_nav;
pub mod other_tab_notice;
pub mod persist_settings;
pub mod renewal_form;
pub mod rule_fields;
pub mod select_field;
pub mod settings;
pub mod storage_banner;
pub mod text_field;
pub mod theme_picker;
pub mod undo_toast;
