//! Small wrappers around browser effects other than storage, so components never touch web-sys.

pub mod clock;
pub mod fetch;
pub mod files;
pub mod ids;
pub mod page;
pub mod persist;
pub mod pwa;
