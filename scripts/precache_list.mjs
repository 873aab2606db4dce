// Writes into the built sw.js the list of every file of this build and a version derived from
// their contents, so the service worker precaches them as one consistent set, and any change to
// any file makes a new sw.js (which the browser sees as an update).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
function filesUnder(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
    })
    .sort();
}

export function fillPrecacheList(staging) {
  const workerPath = join(staging, 'sw.js');
  const files = filesUnder(staging).filter((file) => file !== 'sw.js');
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(staging, file)));
  const version = hash.digest('hex').slice(0, 16);
  // The page itself is cached as the scope's root, './', which is what navigations ask for.
  const urls = files.map((file) => (file === 'index.html' ? './' : file));
  const worker = readFileSync(workerPath, 'utf8');
  const filled = worker
    .replace("const VERSION = 'unbuilt';", `const VERSION = '${version}';`)
    .replace('const FILES = [];', `const FILES = ${JSON.stringify(urls)};`);
  if (filled === worker) throw new Error('sw.js has no VERSION/FILES placeholders to fill in');
  writeFileSync(workerPath, filled);
}
