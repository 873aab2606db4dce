// What `make bench` measures and against which budgets (docs/architecture.md, "Budgets").
// The storage layout (src/domain/storage_layout.rs): an index entry and one entry per line.
export const INDEX_KEY = 'linekeeper.document';
export const LINE_KEY_PREFIX = 'linekeeper.line.';

/** The list renders this many cards at first (PAGE in src/ui/line_list.rs). */
export const LIST_PAGE = 20;

export const BUDGETS = {
  codeTransferGzipBytes: 150 * 1024,
  // What a first visit downloads (wasm, JS, CSS, HTML), compressed as a host would send it.
  firstVisitGzipBytes: 230 * 1024,
  firstVisitBrotliBytes: 180 * 1024,
  // List ready at most this much later than the floor (floor.mjs: a static page holding the
  // button and the first page of list items, measured in the same run) at 500 stored lines.
  listReadyOverFloorMs: 150,
  listReadyAtLines: 500,
  addLineMs: 50,
  resortMs: 16,
  checklistTickMs: 16,
  foreignRequests: 0,
};

/** The Leptos 0.8 hello-world floor measured in docs/toolchain.md. */
export const LEPTOS_FLOOR = { wasmGzip: 29.0 * 1024, jsGzip: 5.4 * 1024 };

export const settings = {
  runs: Number(process.env.BENCH_RUNS ?? 5),
  lineCounts: (process.env.BENCH_LINES ?? '0,500,2000').split(',').map(Number),
  port: Number(process.env.BENCH_PORT ?? 4190),
  today: process.env.BENCH_TODAY ?? new Date().toISOString().slice(0, 10),
  outDir: 'target/bench',
};
