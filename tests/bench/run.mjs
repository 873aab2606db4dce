// `make bench`: sizes of the release build and timings in headless Chromium, against the budgets.
// Not a test: it reports, it never fails for a slow machine (it fails only if it cannot measure).
// The last run's report is kept as target/bench/report.prev.json, and the end says what changed.
//
//   node tests/bench/run.mjs          (after `make dist`; the Makefile does both)
//   BENCH_RUNS=1 BENCH_LINES=50 node tests/bench/run.mjs     the small configuration `make test` runs
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BUDGETS, LEPTOS_FLOOR, LIST_PAGE, settings } from './config.mjs';
import { measureFloorOnce } from './floor.mjs';
import { measureOnce } from './page_timings.mjs';
import { codeTransferGzip, distSizes, firstLoad } from './sizes.mjs';
import { keepPreviousReport, previousReport, printChange } from './report_diff.mjs';
import { printWasmBreakdown, wasmBreakdown } from './wasm_breakdown.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summary(values, budget) {
  const stats = { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
  return budget === undefined ? stats : { ...stats, budget, within: stats.median <= budget };
}

function benchDocument(lines) {
  if (lines === 0) return null;
  return execFileSync('target/debug/bench_document', [String(lines), settings.today],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).trim();
}

async function withServer(action) {
  const server = spawn('node', ['tests/bench/serve.mjs'], {
    env: { ...process.env, PORT: String(settings.port), HOST: '127.0.0.1' }, stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${settings.port}/`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(baseURL)).ok) break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  try { return await action(baseURL); } finally { server.kill(); }
}

async function measureTimings() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    return await withServer(async (baseURL) => {
      const results = [];
      let requested = [];
      let preloaded = [];
      let foreign = [];
      for (const lines of settings.lineCounts) {
        const document = benchDocument(lines);
        const runs = [];
        const floor = [];
        // The floor and the app in turn, so that both see the machine in the same state.
        for (let run = 0; run < settings.runs; run++) {
          floor.push(await measureFloorOnce(browser, baseURL, { lines, document }));
          runs.push(await measureOnce(browser, baseURL, { lines, document }));
        }
        requested = runs[0].requested;
        preloaded = runs[0].preloaded;
        foreign = foreign.concat(runs.flatMap((r) => r.foreign));
        const pick = (key) => runs.map((r) => r[key]);
        const floorMs = summary(floor);
        results.push({
          lines,
          firstPaintMs: summary(pick('firstPaintMs')),
          floorMs,
          listReadyMs: summary(pick('listReadyMs'), floorMs.median + BUDGETS.listReadyOverFloorMs),
          addLineMs: summary(pick('addLineMs'), BUDGETS.addLineMs),
          resortMs: summary(pick('resortMs'), BUDGETS.resortMs),
          checklistTickMs: summary(pick('checklistTickMs'), BUDGETS.checklistTickMs),
          jsHeapBytes: summary(pick('jsHeapBytes')),
        });
      }
      return { results, requested, preloaded, foreign };
    });
  } finally {
    await browser.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const mark = (s) => (s.within ? 'within' : 'OVER');

function printReport(report) {
  console.log("\nSizes of dist/ (raw / gzip / brotli; where make dist wrote .gz and .br copies, theirs: what a host serving precompressed files sends)");
  for (const s of report.sizes) console.log(`  ${s.file.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
  const fl = report.firstLoad;
  console.log(`  first visit downloads ${fl.files.length} files: ${kb(fl.raw)} raw, ${kb(fl.gzip)} gzip, ${kb(fl.brotli)} brotli`);
  console.log(`  first visit budget: gzip ${kb(fl.gzip)} of ${kb(BUDGETS.firstVisitGzipBytes)} (${fl.gzip <= BUDGETS.firstVisitGzipBytes ? 'within' : 'OVER'}), brotli ${kb(fl.brotli)} of ${kb(BUDGETS.firstVisitBrotliBytes)} (${fl.brotli <= BUDGETS.firstVisitBrotliBytes ? 'within' : 'OVER'})`);
  if (fl.gzip > BUDGETS.firstVisitGzipBytes || fl.brotli > BUDGETS.firstVisitBrotliBytes) {
    console.log('  over budget: docs/size.md lists each change tried for the size, and what it saved or did not');
  }
  const cat = report.operatorCatalogue;
  if (cat) {
    const when = cat.inFirstVisit ? 'IN the first visit (it should wait for a screen that needs it)' : 'not in the first visit: fetched when a screen needs it';
    console.log(`  operator catalogue (${cat.file}, ${cat.operators} entries): ${kb(cat.raw)} raw, ${kb(cat.gzip)} gzip, ${kb(cat.brotli)} brotli; ${when}`);
  }
  const pl = report.preloadedAfterList;
  if (pl.files.length) {
    console.log(`  once the list is up, the page preloads ${pl.files.length} files (the other screens' modules): ${kb(pl.raw)} raw, ${kb(pl.gzip)} gzip, ${kb(pl.brotli)} brotli; the offline copy holds them too`);
  }
  const oc = report.offlineCopy;
  console.log(`  then the offline copy adds ${oc.files.length} files: ${kb(oc.raw)} raw, ${kb(oc.gzip)} gzip, ${kb(oc.brotli)} brotli`);
  const code = report.codeTransferGzip;
  console.log(`  wasm + JS + CSS gzip: ${kb(code.bytes)} (budget ${kb(code.budget)}: ${code.within ? 'within' : 'OVER'}); Leptos floor ${kb(LEPTOS_FLOOR.wasmGzip + LEPTOS_FLOOR.jsGzip)}`);
  console.log(`  requests to other origins: ${report.foreignRequests.length} (budget 0)`);

  printWasmBreakdown(report.wasm);

  console.log(`\nTimings, 4x CPU slowdown, median of ${settings.runs} (min–max)`);
  console.log(`  floor: a static page with the button and the first ${LIST_PAGE} list items, same server, storage and run; list ready within floor + ${BUDGETS.listReadyOverFloorMs} ms (the budget at ${BUDGETS.listReadyAtLines} lines)`);
  console.log(`  lines  first paint (the shell)        floor                          list ready                        over floor  add line (≤${BUDGETS.addLineMs} ms)             re-sort on date change (≤16 ms)  checklist tick (≤16 ms)        JS heap`);
  for (const r of report.timings) {
    const over = `+${(r.listReadyMs.median - r.floorMs.median).toFixed(1)} ms`;
    console.log(`  ${String(r.lines).padStart(5)}  ${ms(r.firstPaintMs).padEnd(32)} ${ms(r.floorMs).padEnd(30)} ${`${ms(r.listReadyMs)} ${mark(r.listReadyMs)}`.padEnd(33)} ${over.padStart(10)}  ${`${ms(r.addLineMs)} ${mark(r.addLineMs)}`.padEnd(30)} ${`${ms(r.resortMs)} ${mark(r.resortMs)}`.padEnd(32)} ${`${ms(r.checklistTickMs)} ${mark(r.checklistTickMs)}`.padEnd(30)} ${kb(r.jsHeapBytes.median)}`);
  }
  const atBudget = report.timings.find((r) => r.lines === BUDGETS.listReadyAtLines);
  if (atBudget) {
    console.log(`  budget at ${atBudget.lines} lines: list ready ${ms(atBudget.listReadyMs)}, floor ${atBudget.floorMs.median.toFixed(1)} ms + ${BUDGETS.listReadyOverFloorMs} ms = ${atBudget.listReadyMs.budget.toFixed(1)} ms: ${mark(atBudget.listReadyMs)}; add line ${atBudget.addLineMs.median.toFixed(1)} ms of ${BUDGETS.addLineMs} ms: ${mark(atBudget.addLineMs)}`);
  }
  if (report.timings.some((r) => !r.listReadyMs.within || !r.addLineMs.within)) {
    console.log('  over budget: docs/size.md lists each step tried for start-up and add line, and what it saved');
  }
}

/** The operator catalogue's file: its sizes, its entries, and whether the first visit fetched it. */
function operatorCatalogue(sizes, requested) {
  const size = sizes.find((s) => s.file === 'operators.json');
  if (!size) return null;
  const operators = JSON.parse(readFileSync('dist/operators.json', 'utf8')).operators.length;
  return { ...size, operators, inFirstVisit: requested.includes(size.file) };
}

async function main() {
  mkdirSync(settings.outDir, { recursive: true });
  keepPreviousReport(settings.outDir);
  const sizes = distSizes('dist');
  const { results, requested, preloaded, foreign } = await measureTimings();
  const codeBytes = codeTransferGzip(sizes);
  const report = {
    date: new Date().toISOString(),
    settings,
    sizes,
    firstLoad: firstLoad(sizes, requested),
    // What the page fetches once its list is up, before anyone asks (the split build's modules).
    preloadedAfterList: firstLoad(sizes, preloaded),
    // The service worker then keeps an offline copy of every file (those the page already
    // loaded come from the HTTP cache): what installing for offline use adds to a first visit.
    offlineCopy: firstLoad(sizes, sizes.map((size) => size.file).filter((file) => !requested.includes(file))),
    operatorCatalogue: operatorCatalogue(sizes, requested),
    codeTransferGzip: { bytes: codeBytes, budget: BUDGETS.codeTransferGzipBytes, within: codeBytes <= BUDGETS.codeTransferGzipBytes },
    leptosFloor: LEPTOS_FLOOR,
    foreignRequests: foreign,
    wasm: wasmBreakdown(`${settings.outDir}/wasm`),
    timings: results,
  };
  writeFileSync(`${settings.outDir}/report.json`, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  printChange(previousReport(settings.outDir), report);
  console.log(`\nreport: ${settings.outDir}/report.json`);
}

await main();
