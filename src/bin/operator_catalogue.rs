//! Writes the operator catalogue the app fetches: `data/operators.toml`, checked, as JSON.
//! `cargo run --bin operator_catalogue -- <out.json>`, run by Trunk's post-build hook
//! (scripts/post_build.mjs) into the build's output. A catalogue with any problem stops the
//! build, each problem on its own line.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: operator_catalogue <out.json>");
        return ExitCode::FAILURE;
    };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = match linekeeper::catalogue_source::load(root) {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            eprintln!("{}: {} problem(s)", linekeeper::catalogue_source::PATH, problems.len());
            problems.iter().for_each(|problem| eprintln!("  {problem}"));
            return ExitCode::FAILURE;
        }
    };
    let json = serde_json::to_string(&catalogue).unwrap_or_default();
    match std::fs::write(&out, json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{out}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The catalogue is written natively; the wasm build has nothing to do here.
#[cfg(target_arch = "wasm32")]
fn main() {}
