// What the wasm is made of, from `twiggy top` on a build that keeps function names: per crate,
// per module of our own crate, and the largest functions.
// The release wasm in dist/ has no names, so we bind and optimise the same release build again
// with names kept (wasm-opt -g); code sizes match dist/ closely, the name section is left out.
//
// On its own, without the timings (after a release build; PATH as the Makefile sets it):
//   node tests/bench/wasm_breakdown.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OWN_CRATE, crateOf, isFunction, ownModuleOf, shortName } from './symbols.mjs';

const TOP_FUNCTIONS = 20;
const PRINTED_MODULES = 25;

/** Unsigned LEB128 at `at`: [value, next offset]. */
function leb128(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/** `wasm` without its linker sections: the build keeps its relocations for the split
 * (-Clink-args=--emit-relocs), which binaryen and twiggy cannot read. */
function withoutRelocations(wasm) {
  const parts = [wasm.subarray(0, 8)];
  for (let at = 8; at < wasm.length;) {
    const [size, body] = leb128(wasm, at + 1);
    const end = body + size;
    let linker = false;
    if (wasm[at] === 0) {
      const [length, name] = leb128(wasm, body);
      const title = wasm.subarray(name, name + length).toString('utf8');
      linker = title === 'linking' || title.startsWith('reloc.');
    }
    if (!linker) parts.push(wasm.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

/** The release build bound and optimised again with its names kept: the path of that wasm. */
function namedWasm(outDir) {
  mkdirSync(outDir, { recursive: true });
  const built = join(outDir, 'linekeeper.wasm');
  writeFileSync(built, withoutRelocations(readFileSync('target/wasm32-unknown-unknown/release/linekeeper.wasm')));
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', outDir, built]);
  const bound = join(outDir, 'linekeeper_bg.wasm');
  const named = join(outDir, 'named.wasm');
  execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', bound, '-o', named]);
  return named;
}

/** twiggy's items [{ name, shallow_size }], without the name and producers sections, which the
 * shipped wasm does not have. */
function twiggyItems(wasm) {
  const rows = JSON.parse(execFileSync('twiggy', ['top', '-n', '100000', '-f', 'json', wasm], {
    maxBuffer: 256 * 1024 * 1024,
  }));
  return rows.filter((row) => !/custom section '(name|producers)'/.test(row.name) && !row.name.startsWith('"'));
}

/** Bytes per key, largest first, as [{ [label]: key, bytes, share }] with share of `total`. */
function tally(items, keyOf, label, total) {
  const bytes = new Map();
  for (const item of items) {
    const key = keyOf(item.name);
    if (key !== null) bytes.set(key, (bytes.get(key) ?? 0) + item.shallow_size);
  }
  return [...bytes.entries()]
    .map(([key, size]) => ({ [label]: key, bytes: size, share: size / total }))
    .sort((a, b) => b.bytes - a.bytes);
}

function topFunctions(items, total) {
  return items
    .filter((item) => isFunction(item.name))
    .sort((a, b) => b.shallow_size - a.shallow_size)
    .slice(0, TOP_FUNCTIONS)
    .map((item) => ({ name: shortName(item.name), crate: crateOf(item.name), bytes: item.shallow_size, share: item.shallow_size / total }));
}

/** { total, crates, modules, topFunctions } from twiggy's items; shares are of the whole wasm
 * (modules: of our crate's bytes). */
export function breakdownOf(items) {
  const total = items.reduce((sum, item) => sum + item.shallow_size, 0);
  const crates = tally(items, crateOf, 'crate', total);
  const own = crates.find((c) => c.crate === OWN_CRATE)?.bytes ?? 0;
  const modules = tally(items, ownModuleOf, 'module', own);
  return { total, crates, modules, topFunctions: topFunctions(items, total) };
}

export function wasmBreakdown(outDir) {
  return breakdownOf(twiggyItems(namedWasm(outDir)));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (share) => `${(share * 100).toFixed(1).padStart(5)}%`;
const clip = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

export function printWasmBreakdown(wasm) {
  console.log(`\nWhat the wasm is made of (twiggy, ${kb(wasm.total)} of code and data), by crate`);
  for (const c of wasm.crates.slice(0, 15)) console.log(`  ${c.crate.padEnd(28)} ${kb(c.bytes).padStart(10)} ${percent(c.share)}`);

  const own = wasm.crates.find((c) => c.crate === OWN_CRATE)?.bytes ?? 0;
  console.log(`\nOur own code (${OWN_CRATE}, ${kb(own)}) by module; generic code instantiated for it counts under its crate`);
  for (const m of wasm.modules.slice(0, PRINTED_MODULES)) console.log(`  ${m.module.padEnd(28)} ${kb(m.bytes).padStart(10)} ${percent(m.share)}`);
  if (wasm.modules.length > PRINTED_MODULES) console.log(`  … ${wasm.modules.length - PRINTED_MODULES} more in report.json`);

  console.log(`\nThe ${TOP_FUNCTIONS} largest functions (shallow size)`);
  for (const f of wasm.topFunctions) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.crate.padEnd(18)} ${clip(f.name, 110)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printWasmBreakdown(wasmBreakdown('target/bench/wasm'));
}
