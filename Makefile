# Linekeeper · 保号助手: build and test entry points.
#
#   make run     build (debug) and serve on http://127.0.0.1:$(PORT)/ with live reload
#   make test    everything CI checks: format, lints (native + wasm), native tests, browser
#                tests, release build, end-to-end tests
#   make dist    release build into dist/ (PUBLIC_URL=/sub/path/ for hosting under a sub-path)
#   make bench   sizes and timings against the budgets (BENCH_RUNS=5 BENCH_LINES=0,500,2000)
#   make e2e     only the Playwright specs, against the dist/ already built
#   make engines only the journeys in Chromium, WebKit and Firefox, against the dist/ already built
#   make tools   install whatever is missing (every other target runs it first)
#   make clean   remove build outputs
#
# Every tool comes from the package registry (Rust crates, npm packages, Debian's packages), by a
# step that is a no-op when the tool is already there in the right version; nothing downloads
# anything at test time. docs/toolchain.md says why each version is the one it is.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# The steps below are a pipeline, not independent jobs: keep them in order even under `make -j`.
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules

PORT ?= 8080
PUBLIC_URL ?= /

# Trunk 0.22 needs rustc 1.96.1; 0.21.14 is the newest that installs on our rustc 1.95.
TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock,
# otherwise the generated JS glue and the wasm disagree (and Trunk --offline refuses to build).
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;q;}' Cargo.lock 2>/dev/null)
# The wasm-split CLI (scripts/split_wasm.mjs) must write the loaders the wasm_split_helpers in
# Cargo.lock expects (Leptos 0.8 brings 0.2.3, and Cargo.toml pins it): see docs/toolchain.md.
WASM_SPLIT_VERSION := 0.2.3
# The only wasm-opt we trust: npm `binaryen` 132. Debian's binaryen (v108) corrupts the wasm.
WASM_OPT_VERSION := 132

CARGO_HOME ?= $(HOME)/.cargo
# node_modules/.bin first, so that Trunk finds binaryen's wasm-opt v132 before any other
# (Trunk uses the first wasm-opt on PATH); ~/.cargo/bin next, for trunk and wasm-bindgen.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
# Never download Playwright's own browsers: tests run without network access, against Debian's
# /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# Debian packages need root; use sudo only when not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# Trunk always runs --offline: it then uses the wasm-bindgen and wasm-opt on PATH (checked by
# `tools`) and never tries to download its own, and it skips its update check.
TRUNK_DIST := trunk build --release --offline --public-url '$(PUBLIC_URL)'

# Browser unit tests: cargo runs the wasm test binary through wasm-bindgen-test-runner, which
# drives headless Debian Chromium through chromedriver. webdriver.json adds the flags that keep
# Chromium from calling home (tests run without network access) to the runner's own --headless --no-sandbox.
BROWSER_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON='$(CURDIR)/webdriver.json' \
	WASM_BINDGEN_TEST_TIMEOUT=120

# Playwright, then its tally as one plain 'N passed, N failed' line (from the json reporter), so
# that the end of a CI log says how many end-to-end tests ran.
PLAYWRIGHT := npx --no-install playwright test; \
	node -e 'const s = require("./target/playwright/results.json").stats; \
	console.log(`playwright: $${s.expected + s.flaky} passed, $${s.unexpected} failed` + (s.skipped ? `, $${s.skipped} skipped` : ""))'

# The engine journeys (tests/engines/): each engine's tally is one plain 'webkit: N passed, N
# failed' line.
ENGINES := node tests/engines/run.mjs

# Prints a section header, so that a failing step is easy to find in a long CI log.
section = @printf '\n==== %s ====\n' '$(1)'

.PHONY: help tools tools-rust tools-trunk tools-wasm-bindgen tools-wasm-split tools-twiggy tools-node tools-chromium tools-engines \
	crates run dist test e2e engines bench clean

help:
	@sed -n '3,10p' $(firstword $(MAKEFILE_LIST)) | sed 's/^# \{0,1\}//'

# ---------------------------------------------------------------------------------------------
# Tools: each step checks first and installs only what is missing or of the wrong version, so a
# second `make tools` takes a second or two.
# ---------------------------------------------------------------------------------------------
tools: tools-rust tools-trunk tools-wasm-bindgen tools-wasm-split tools-twiggy tools-node tools-chromium tools-engines crates

tools-rust:
	@# (grep without -q: -q may close the pipe early, and pipefail would call that a miss.)
	@rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null \
		|| rustup target add wasm32-unknown-unknown
	@# `cargo fmt` / `cargo clippy` exist as rustup proxies even when the component is missing,
	@# then fail: that failure is the check.
	@cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
	@cargo clippy --version >/dev/null 2>&1 || rustup component add clippy

tools-trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
		echo "installing trunk $(TRUNK_VERSION) (about 5 minutes on 2 cores)"; \
		cargo install --locked --force trunk@$(TRUNK_VERSION); \
	fi

# No --locked here: one of wasm-bindgen-cli's locked dependency versions cannot be had from the
# package registry, so a locked install fails. --force replaces another version already installed.
tools-wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" \
		|| { echo "no wasm-bindgen in Cargo.lock: run 'cargo generate-lockfile' first" >&2; exit 1; }
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
		|| ! command -v wasm-bindgen-test-runner >/dev/null; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 1.5 minutes)"; \
		cargo install --force wasm-bindgen-cli --version '$(WASM_BINDGEN_VERSION)'; \
	fi

# wasm-split-cli splits the built wasm at the lazily loaded screens (scripts/split_wasm.mjs, run
# by Trunk's post-build hook). It has no --version, so the check asks cargo what it installed.
# The CLI is behind the crate's build-binary feature. About 1.5 minutes.
tools-wasm-split:
	@if ! command -v wasm-split-cli >/dev/null \
		|| ! cargo install --list | grep -x 'wasm_split_cli_support v$(WASM_SPLIT_VERSION):' >/dev/null; then \
		echo "installing wasm_split_cli_support $(WASM_SPLIT_VERSION) (about 1.5 minutes)"; \
		cargo install --locked --force wasm_split_cli_support@$(WASM_SPLIT_VERSION) --features build-binary; \
	fi

# twiggy breaks the wasm down by crate for `make bench` (about 2 minutes to install).
tools-twiggy:
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0

# npm ci only when node_modules is missing or older than the lock file (npm ci wipes and
# reinstalls node_modules, so it is not something to run every time).
tools-node: node_modules/.package-lock.json
	@v="$$(wasm-opt --version 2>/dev/null || true)"; \
	case "$$v" in *"version $(WASM_OPT_VERSION) "*|*"version_$(WASM_OPT_VERSION)"*) ;; \
	*) echo "first wasm-opt on PATH is '$$(command -v wasm-opt)' ($$v), not binaryen $(WASM_OPT_VERSION) from npm" >&2; exit 1;; \
	esac

node_modules/.package-lock.json: package-lock.json package.json
	@command -v npm >/dev/null || { echo "npm not found: Node.js 20 is needed" >&2; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

# fonts-wqy-microhei: a small Chinese font, so that the Chinese screenshots of the end-to-end
# tests (target/screenshots/) show characters rather than empty boxes.
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
tools-chromium:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -f $(CJK_FONT) ]; then \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver fonts-wqy-microhei; \
	fi

# The other engines phones use, from Debian (their own vendors' builds cannot be downloaded here):
# WebKitGTK's MiniBrowser, driven by WebKitWebDriver over W3C WebDriver, which needs a display, so
# it runs under xvfb-run; and Firefox ESR, driven headless over WebDriver BiDi by puppeteer-core
# (an npm package, so no geckodriver). Chromium also runs the journeys, through puppeteer-core.
WEBKIT_DRIVER := /usr/bin/WebKitWebDriver
MINIBROWSER := /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
tools-engines:
	@if [ ! -x $(WEBKIT_DRIVER) ] || [ ! -x $(MINIBROWSER) ] || [ ! -x /usr/bin/xvfb-run ] \
		|| [ ! -x /usr/bin/firefox-esr ]; then \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb firefox-esr; \
	fi

# Trunk --offline makes cargo build --offline: the crates must already be downloaded.
# `cargo fetch` gets them for every target (wasm and native) and is quick once they are there.
crates:
	@cargo fetch --quiet

# ---------------------------------------------------------------------------------------------
# Build and serve
# ---------------------------------------------------------------------------------------------
run: tools
	trunk serve --offline --address 127.0.0.1 --port $(PORT)

dist: tools
	$(TRUNK_DIST)

# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------
test: tools
	$(call section,1/9 format: cargo fmt --check)
	cargo fmt --check
	$(call section,2/9 lint native: cargo clippy --all-targets)
	cargo clippy --all-targets -- -D warnings
	$(call section,3/9 lint wasm: cargo clippy --target wasm32-unknown-unknown --all-targets)
	@# Native-only test files (proptest is a native-only dev-dependency) are gated with
	@# #![cfg(not(target_arch = "wasm32"))], so --all-targets works for wasm too.
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	$(call section,4/9 native tests: cargo test)
	cargo test
	$(call section,5/9 browser tests: cargo test --target wasm32-unknown-unknown in headless Chromium)
	$(BROWSER_TEST_ENV) cargo test --target wasm32-unknown-unknown --test browser_storage
	$(call section,6/9 release build: trunk build --release into dist/)
	$(TRUNK_DIST)
	$(call section,7/9 end-to-end: Playwright against dist/ in headless Chromium)
	$(PLAYWRIGHT)
	$(call section,8/9 engines: the journeys in Chromium and WebKit and Firefox against dist/)
	$(ENGINES)
	$(call section,9/9 benchmark smoke run: make bench on a small configuration (1 run, 50 lines))
	export BENCH_RUNS=1 BENCH_LINES=50; $(BENCH)
	$(call section,all checks passed)

engines: tools-node tools-chromium tools-engines
	@test -f dist/index.html || { echo "dist/ is not built: run 'make dist' first" >&2; exit 1; }
	$(ENGINES)

e2e: tools-node tools-chromium
	@test -f dist/index.html || { echo "dist/ is not built: run 'make dist' first" >&2; exit 1; }
	$(PLAYWRIGHT)

# Sizes and timings against the budgets in docs/architecture.md; a report, never a failing test.
# The bench document generator is built first (debug: it reuses the test build's crates) so its
# compile time is not counted anywhere.
BENCH = cargo build --quiet --bin bench_document && node tests/bench/run.mjs
bench: dist
	$(BENCH)

clean:
	rm -rf dist target/bench target/playwright target/playwright-report test-results playwright-report
	cargo clean
