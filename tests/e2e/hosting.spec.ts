// What `make dist` leaves for a static host: beside the wasm and every text file, a gzip and a
// brotli copy that decompress to exactly that file (a host serving precompressed files sends
// them as they are).
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const DIST = join(__dirname, '..', '..', process.env.DIST ?? 'dist');
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('every text and wasm file has gzip and brotli copies that decompress to it', () => {
  const files = filesUnder(DIST).filter((path) => COMPRESSIBLE.test(path));
  expect(files.some((path) => path.endsWith('.wasm'))).toBe(true);
  for (const path of files) {
    const original = readFileSync(path);
    const name = relative(DIST, path);
    expect(existsSync(`${path}.gz`) && existsSync(`${path}.br`), `${name}: copies (a release build, by make dist?)`).toBe(true);
    expect(gunzipSync(readFileSync(`${path}.gz`)).equals(original), `${name}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).equals(original), `${name}.br`).toBe(true);
  }
});
