// Sizes of the built site: every file in dist/ raw, gzip and brotli, and what a first visit
// downloads (the files the page actually requested, as recorded by the page-load run).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * [{ file, raw, gzip, brotli, precompressed }] for every file under `dist` (not the
 * precompressed copies), largest first. Where `make dist` wrote a .gz or .br copy, its size is
 * what a host serving precompressed files sends; otherwise the file is compressed here, at
 * zlib's best.
 */
export function distSizes(dist) {
  return [...filesUnder(dist)]
    .filter((path) => !/\.(gz|br)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      const copy = (suffix) => (existsSync(path + suffix) ? statSync(path + suffix).size : null);
      const gzip = copy('.gz');
      const brotli = copy('.br');
      return {
        file: relative(dist, path),
        raw: bytes.length,
        gzip: gzip ?? gzipSync(bytes, { level: 9 }).length,
        brotli: brotli ?? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        precompressed: gzip !== null && brotli !== null,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** The sizes of the files a first visit requested (paths relative to the site root). */
export function firstLoad(sizes, requestedFiles) {
  const requested = new Set(requestedFiles);
  const files = sizes.filter((size) => requested.has(size.file));
  const sum = (key) => files.reduce((total, size) => total + size[key], 0);
  return { files: files.map((f) => f.file), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** wasm + JS + CSS, gzip: what the 150 KB transfer budget counts. */
export function codeTransferGzip(sizes) {
  return sizes.filter((s) => /\.(wasm|js|css)$/.test(s.file)).reduce((total, s) => total + s.gzip, 0);
}
