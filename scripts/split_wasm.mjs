// The split build (docs/size.md, "The split build"): the screens the first visit does not show
// are `wasm_split` functions (src/ui/shell/lazy_screens.rs), and this step cuts the wasm at them.
//
// Trunk 0.21 has no step between cargo and wasm-bindgen, and wasm-split needs the relocations
// that only cargo's own output has (-Clink-args=--emit-relocs, .cargo/config.toml). So this runs
// in the post-build hook and starts again from cargo's wasm, still in the target directory:
//
//   wasm-split-cli --target web --out-name <stem> <cargo's wasm> <tmp>/split
//       -> <stem>.wasm (what the first visit needs), one module per split point, chunk_<n>.wasm
//          (code shared by some of them) and __wasm_split.js (their loaders)
//   wasm-bindgen --target web --keep-lld-exports on the first one, as Trunk would
//   wasm-opt -Oz on it and on every module (release builds only, as Trunk would)
//
// Trunk's own glue and wasm cannot run (a split point imports its loader from a module only
// wasm-split fills in), so the result replaces them under Trunk's names, and index.html's
// integrity hashes are recomputed. The modules and the loaders are named by their content's
// hash, so that the service worker treats them as content-hashed (public/sw.js), and the loaders
// get a modulepreload beside the glue, which imports them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function run(command, args) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error(`${command} not found on PATH: run 'make tools'`);
    throw error;
  }
}

/** Where cargo wrote the app's wasm for this profile. */
function cargoWasm(release) {
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { encoding: 'utf8' }),
  );
  return join(metadata.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'linekeeper.wasm');
}

export function splitWasm(staging, release) {
  const glue = readdirSync(staging).find((file) => /^linekeeper-[0-9a-f]+\.js$/.test(file));
  if (!glue) throw new Error(`no linekeeper-<hash>.js in ${staging}`);
  const stem = glue.slice(0, -'.js'.length);
  const work = mkdtempSync(join(tmpdir(), 'linekeeper-split-'));
  try {
    const split = join(work, 'split');
    const bound = join(work, 'bound');
    run('wasm-split-cli', ['--target', 'web', '--out-name', stem, cargoWasm(release), split]);
    run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-typescript',
      '--out-name', stem, '--out-dir', bound, join(split, `${stem}.wasm`),
    ]);
    // KEEP_WASM_NAMES=1 keeps the functions' names (wasm-opt -g), for a CPU profile that names them.
    const names = process.env.KEEP_WASM_NAMES === '1' ? ['-g'] : [];
    const shrink = (from, to) => (release ? run('wasm-opt', ['-Oz', ...names, '--output', to, from]) : copyFileSync(from, to));

    // Each module under its content's hash: split_settings.wasm -> settings-<hash>.wasm,
    // chunk_7.wasm -> chunk-<hash>.wasm; the loaders are told the new names.
    let loaders = readFileSync(join(split, '__wasm_split.js'), 'utf8');
    for (const file of readdirSync(split).filter((name) => /^(split|chunk)_.*\.wasm$/.test(name))) {
      const shrunk = join(work, file);
      shrink(join(split, file), shrunk);
      const bytes = readFileSync(shrunk);
      const base = file.startsWith('chunk_') ? 'chunk' : file.replace(/^split_(.*)\.wasm$/, '$1');
      const name = `${base}-${contentHash(bytes)}.wasm`;
      writeFileSync(join(staging, name), bytes);
      const before = loaders;
      loaders = loaders.replaceAll(`"./${file}"`, `"./${name}"`);
      if (loaders === before) throw new Error(`the loaders never fetch ${file}`);
    }
    // A module's fetch starts beside its dependencies' and is awaited only once they are in: if
    // it fails first, the browser would report an unhandled rejection, although the loader
    // handles it (the screen then offers Retry). Mark each one handled where it starts.
    const fetchStart = /(const src = fetch\(new URL\("[^"]+", import\.meta\.url\)\);)/g;
    if (!fetchStart.test(loaders)) throw new Error('the loaders do not fetch as expected: check wasm-split-cli');
    loaders = loaders.replace(fetchStart, '$1 src.catch(() => {});');
    const loadersFile = `wasm-split-${contentHash(loaders)}.js`;
    writeFileSync(join(staging, loadersFile), loaders);

    // The glue imports the loaders module by name. Only its import statements are renamed: the
    // same string is also the name under which the wasm imports the loaders, which stays.
    const glueText = readFileSync(join(bound, `${stem}.js`), 'utf8');
    const renamed = glueText.replaceAll('from "./__wasm_split.js"', `from "./${loadersFile}"`);
    if (renamed === glueText) throw new Error('the glue does not import the loaders module');
    writeFileSync(join(staging, glue), renamed);
    shrink(join(bound, `${stem}_bg.wasm`), join(staging, `${stem}_bg.wasm`));

    // index.html: the new files' integrity, and the loaders preloaded beside the glue.
    const page = join(staging, 'index.html');
    let html = readFileSync(page, 'utf8');
    for (const file of [glue, `${stem}_bg.wasm`]) {
      const pattern = new RegExp(`(href="[^"]*${escape(file)}"[^>]*integrity=")[^"]*(")`);
      if (!pattern.test(html)) throw new Error(`index.html has no integrity for ${file}`);
      html = html.replace(pattern, `$1${integrity(readFileSync(join(staging, file)))}$2`);
    }
    const glueLink = new RegExp(`<link rel="modulepreload" href="([^"]*)${escape(glue)}"[^>]*>`);
    if (!glueLink.test(html)) throw new Error('index.html has no modulepreload for the glue');
    html = html.replace(glueLink, (link, prefix) =>
      `${link}<link rel="modulepreload" href="${prefix}${loadersFile}" crossorigin="anonymous" integrity="${integrity(Buffer.from(loaders))}">`,
    );
    writeFileSync(page, html);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
