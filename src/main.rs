//! Mounts the app; everything else lives in the library.

#![deny(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    // The shell index.html showed while the wasm downloaded gives way to the app, in one task,
    // so no frame shows both or neither.
    linekeeper::platform::page::remove_app_shell();
    leptos::mount::mount_to_body(linekeeper::ui::App);
}
