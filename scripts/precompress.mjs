// Writes a gzip (.gz) and a brotli (.br) copy beside every text and wasm file of a release
// build, so that a static host that serves precompressed files (nginx gzip_static and
// brotli_static, Caddy's `precompressed`) sends the smallest without compressing on each request.
// The gzip copies come from Zopfli (the @gfx/zopfli package, compiled to wasm): any gzip reader
// reads them, and they are about 6% smaller than zlib's best, which a server compressing on the
// fly cannot afford; brotli comes from Node's own zlib at its best quality.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import zopfli from '@gfx/zopfli';

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;
// Zopfli's default; more iterations gained a few dozen bytes on the wasm, for seconds more.
const ZOPFLI_ITERATIONS = 15;

export async function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await precompress(path);
    } else if (COMPRESSIBLE.test(entry.name)) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.gz`, await zopfli.gzipAsync(bytes, { numiterations: ZOPFLI_ITERATIONS }));
      writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}
