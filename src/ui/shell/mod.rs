//! The frame around every screen: the header, the banners, the Undo offers and the live region.

mod app;
mod language_picker;
pub mod lazy_screens;
mod main_nav;
mod other_tab_notice;
mod storage_banner;
mod update_banner;

pub use app::App;
