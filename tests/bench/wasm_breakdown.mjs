// How much of the wasm each crate costs, from `twiggy top` on a build that keeps function names.
// The release wasm in dist/ has no names, so we bind and optimise the same release build again
// with names kept (wasm-opt -g); code sizes match dist/ closely, the name section is left out.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The crate a demangled item belongs to: `<leptos::X as Y>::f` → leptos, `core[9a1b…]::fmt::…`
 * → core, `<T as tachys::view::Render>::build` → tachys (a generic's cost goes to its trait's crate).
 */
export function crateOf(item) {
  const path = item.replace(/^[<&\s]*(?:dyn\s+|mut\s+)?(?:[A-Z]\w*\s+as\s+)?/, '');
  const match = path.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (match) return match[1] === '__rustc' ? 'alloc' : match[1];
  if (/^(char|str|u8|i32|u32|u64|i64|usize|f64|bool)>/.test(path)) return 'core';
  if (/^data segment/.test(item) || /^(code|data)\[\d+\]$/.test(item)) return '(data: strings and tables)';
  if (/^(import|export|elem|table|memory|global|type|func)/.test(item)) return '(wasm tables and imports)';
  return '(other)';
}

export function wasmBreakdown(outDir) {
  mkdirSync(outDir, { recursive: true });
  const built = 'target/wasm32-unknown-unknown/release/linekeeper.wasm';
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', outDir, built]);
  const bound = join(outDir, 'linekeeper_bg.wasm');
  const named = join(outDir, 'named.wasm');
  execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', bound, '-o', named]);
  const rows = JSON.parse(execFileSync('twiggy', ['top', '-n', '100000', '-f', 'json', named], {
    maxBuffer: 256 * 1024 * 1024,
  }));
  const byCrate = new Map();
  for (const row of rows) {
    // Names and producers are custom sections that the shipped wasm does not have.
    if (/custom section '(name|producers)'/.test(row.name) || row.name.startsWith('"')) continue;
    const crate = crateOf(row.name);
    byCrate.set(crate, (byCrate.get(crate) ?? 0) + row.shallow_size);
  }
  const total = [...byCrate.values()].reduce((a, b) => a + b, 0);
  const crates = [...byCrate.entries()]
    .map(([crate, bytes]) => ({ crate, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);
  return { total, crates };
}
