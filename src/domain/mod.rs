//! The product's rules as pure functions: no browser, no framework, no clock.
//! Today's date is always an argument.

mod codes;
pub use codes::Code;

pub mod backup;
pub mod checklist;
pub mod cost;
pub mod countdown;
pub mod document;
pub mod ics;
pub mod id_set;
pub mod ids;
pub mod iso_date;
pub mod lead_times;
pub mod line;
pub mod line_query;
pub mod money;
pub mod operator_checks;
pub mod operator_steps;
pub mod operators;
pub mod period;
pub mod places;
pub mod reminder_schedule;
pub mod reminders;
pub mod renewal;
pub mod renewal_validation;
pub mod rule;
pub mod safekeeping;
pub mod saved_document;
pub mod sorting;
pub mod status_change;
pub mod storage_layout;
#[cfg(test)]
pub mod test_support;
pub mod time_of_day;
pub mod timeline;
pub mod validation;
pub mod validity_tiers;
pub mod yearly_cost;
