//! Linekeeper · 保号助手: keeps prepaid phone numbers alive from far away.
//!
//! `domain` is the pure core; `storage`, `platform` and `ui` are the thin browser shell.

pub mod app_state;
pub mod domain;
pub mod i18n;
pub mod platform;
pub mod storage;
pub mod ui;
