//! Linekeeper · 保号助手: keeps prepaid phone numbers alive from far away.
//!
//! `domain` is the pure core; `storage`, `platform` and `ui` are the thin browser shell.

// No panic within a user's reach: with `panic = "abort"` one kills the whole app. A justified
// `expect` carries an #[allow] with its reason; tests may unwrap (clippy.toml).
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod app_state;
/// Reads `data/operators.toml`: for the build step that writes the app's catalogue file, and
/// for the tests. Native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue_source;
pub mod domain;
pub mod i18n;
pub mod platform;
pub mod storage;
pub mod ui;
