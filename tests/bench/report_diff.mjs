// The change against the previous `make bench`: the last run's report.json is kept as
// report.prev.json when a run starts, and compared with the new report when it ends.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Rows of a breakdown that moved less than this are left out of the change. */
const MIN_CHANGE_BYTES = 512;

/** Keeps the last run's report as report.prev.json (before this run overwrites it). */
export function keepPreviousReport(outDir) {
  const last = join(outDir, 'report.json');
  if (existsSync(last)) renameSync(last, join(outDir, 'report.prev.json'));
}

export function previousReport(outDir) {
  const path = join(outDir, 'report.prev.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (value, format) => `${value < 0 ? '−' : '+'}${format(Math.abs(value))}`;
const ms = (value) => `${value.toFixed(1)} ms`;

function line(label, before, after, format) {
  const change = before === undefined ? 'new' : after === undefined ? 'gone' : signed(after - before, format);
  const was = before === undefined ? '—' : format(before);
  const now = after === undefined ? '—' : format(after);
  console.log(`  ${label.padEnd(28)} ${was.padStart(10)} → ${now.padStart(10)}  ${change}`);
}

const wasmFile = (report) => report.sizes.find((s) => s.file.endsWith('.wasm'));

function printTotals(prev, next) {
  line('first visit gzip', prev.firstLoad?.gzip, next.firstLoad.gzip, kb);
  line('first visit brotli', prev.firstLoad?.brotli, next.firstLoad.brotli, kb);
  line('wasm raw', wasmFile(prev)?.raw, wasmFile(next)?.raw, kb);
  line('wasm gzip', wasmFile(prev)?.gzip, wasmFile(next)?.gzip, kb);
}

/** The rows of a breakdown (crates or modules) whose bytes changed by MIN_CHANGE_BYTES or more. */
function printRows(title, key, prevRows, nextRows) {
  if (!prevRows) {
    console.log(`  ${title}: not in the previous report`);
    return;
  }
  const before = new Map(prevRows.map((row) => [row[key], row.bytes]));
  const after = new Map(nextRows.map((row) => [row[key], row.bytes]));
  const changed = [...new Set([...before.keys(), ...after.keys()])]
    .filter((name) => Math.abs((after.get(name) ?? 0) - (before.get(name) ?? 0)) >= MIN_CHANGE_BYTES)
    .sort((a, b) => Math.abs((after.get(b) ?? 0) - (before.get(b) ?? 0)) - Math.abs((after.get(a) ?? 0) - (before.get(a) ?? 0)));
  if (changed.length === 0) {
    console.log(`  ${title}: none changed by ${kb(MIN_CHANGE_BYTES)} or more`);
    return;
  }
  console.log(`  ${title} (changed by ${kb(MIN_CHANGE_BYTES)} or more):`);
  for (const name of changed) line(`  ${name}`, before.get(name), after.get(name), kb);
}

/** Each timing's median, per line count: the floor, list ready, its distance to the floor, add line. */
function printTimings(prev, next) {
  const figures = [
    ['floor', (t) => t.floorMs?.median],
    ['list ready', (t) => t.listReadyMs?.median],
    ['list ready over the floor', (t) => (t.floorMs ? t.listReadyMs.median - t.floorMs.median : undefined)],
    ['add line', (t) => t.addLineMs?.median],
  ];
  const before = new Map((prev.timings ?? []).map((t) => [t.lines, t]));
  for (const [title, value] of figures) {
    console.log(`  ${title}, median:`);
    for (const t of next.timings) {
      const was = before.get(t.lines);
      line(`  ${t.lines} lines`, was && value(was), value(t), ms);
    }
  }
}

/** Prints what changed since `prev` (or that there is no previous report). */
export function printChange(prev, next) {
  if (!prev) {
    console.log('\nChange against the previous report: none yet (no earlier target/bench/report.json)');
    return;
  }
  console.log(`\nChange against the previous report (${prev.date ?? 'undated'})`);
  printTotals(prev, next);
  printRows('crates', 'crate', prev.wasm?.crates, next.wasm.crates);
  printRows('own modules', 'module', prev.wasm?.modules, next.wasm.modules);
  printTimings(prev, next);
}
