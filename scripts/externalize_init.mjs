// Moves the inline scripts Trunk writes into index.html into files of their own, so that the
// Content-Security-Policy can forbid inline scripts (script-src 'self' 'wasm-unsafe-eval'):
// the <script type="module"> that starts the wasm, always; and, under `trunk serve` only, the
// live-reload script (it reconnects to the development server over a WebSocket, which
// connect-src 'self' allows). Trunk's server fills the reload script's address and base path
// into index.html as it serves it; in a file of its own, the script reads them from the page. Each file is named by a hash of its content, like Trunk's other
// files, so a new version never mixes with a cached old one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START_UP = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const LIVE_RELOAD = /<script(?: nonce="[^"]*")?>("use strict";[\s\S]*?)<\/script>/;

export function externalizeInit(staging) {
  const htmlPath = join(staging, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  if (!START_UP.test(html)) throw new Error('no inline module script in index.html: has Trunk changed?');
  html = externalize(staging, html, START_UP, 'init', (name) => `<script type="module" src="${name}"></script>`);
  if (LIVE_RELOAD.test(html)) {
    html = html.replace(LIVE_RELOAD, (script) =>
      script
        .replace("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
        .replace("'{{__TRUNK_WS_BASE__}}'", 'new URL(document.baseURI).pathname'),
    );
    html = externalize(staging, html, LIVE_RELOAD, 'live-reload', (name) => `<script src="${name}"></script>`);
  }
  writeFileSync(htmlPath, html);
}

/** Writes the script `pattern` finds into `<prefix>-<hash>.js` and refers to it instead. */
function externalize(staging, html, pattern, prefix, tag) {
  const code = html.match(pattern)[1].trim() + '\n';
  const name = `${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, name), code);
  // Relative to <base href>, which Trunk sets to the public URL (so sub-paths work too).
  return html.replace(pattern, tag(name));
}
