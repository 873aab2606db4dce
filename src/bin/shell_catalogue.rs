//! Prints the app shell's catalogue (`linekeeper::i18n::shell`) as JSON: every language's texts
//! for the shell's places and the rules that choose the language. `cargo run --bin
//! shell_catalogue`, run by Trunk's post-build hook (scripts/shell_catalogue.mjs), which writes
//! it into the build's `shell.js`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let catalogue = linekeeper::i18n::shell::shell_catalogue();
    println!("{}", serde_json::to_string(&catalogue).expect("the shell's catalogue is JSON"));
}

/// The catalogue is written natively; the wasm build has nothing to do here.
#[cfg(target_arch = "wasm32")]
fn main() {}
