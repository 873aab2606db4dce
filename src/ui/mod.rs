//! The Leptos components, by screen: the site map. Each screen is a folder whose one public
//! component is what `shell::App` shows for it; what more than one screen shows is in `widgets`;
//! timers and other browser effects a component needs come from `hooks`. Components read and
//! change the app through the store (`app_state`), never through storage or the browser.
//!
//! ```text
//! shell/        App: the header (name, language, navigation), banners, the current screen,
//!               the Undo offers and the live region
//! list/         the lines, nearest deadline first: overview, timeline, filters, cards
//! line_form/    Add line and Edit: identity, operator (from the catalogue), rules, grace
//! line_detail/  one line: its rules, the renewal checklist, Record renewal, history, cost
//! settings/     language, theme, reminders, calendar, backups, installing, storage
//! help/         what keeps a number alive, reminders, backups, and Help → Operators
//! widgets/      fields with their errors, the countdown, the cost chart, the source of a fact
//! hooks         a cancellable timeout and the other browser effects components ask for
//! ```

mod help;
mod hooks;
mod line_detail;
mod line_form;
mod list;
mod settings;
mod shell;
mod widgets;

pub use shell::App;
