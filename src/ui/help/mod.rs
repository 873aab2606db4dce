//! Help, and Help → Operators.

mod help_page;
mod operator_catalogue;

pub use help_page::HelpPage;
