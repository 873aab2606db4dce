//! What more than one screen shows: fields with their errors, the countdown, the cost chart and its table, the source of an operator fact, Undo offers, a line's reminder choices.

pub(super) mod choices;
pub(super) mod cost_chart;
pub(super) mod edit_delete_actions;
pub(super) mod export_notice;
pub(super) mod field_error;
pub(super) mod line_countdown;
pub(super) mod operator_source;
pub(super) mod reminder_controls;
pub(super) mod search_field;
pub(super) mod select_field;
pub(super) mod show_as_table;
pub(super) mod text_field;
pub(super) mod tiers_hint;
pub(super) mod undo_toast;
