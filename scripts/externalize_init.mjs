// Moves the inline <script type="module"> that Trunk writes into index.html (it starts the
// wasm) into a file of its own, so that the Content-Security-Policy can forbid inline scripts
// (script-src 'self' 'wasm-unsafe-eval'). The file is named by a hash of its content, like
// Trunk's other files, so a new version never mixes with a cached old one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function externalizeInit(staging) {
  const htmlPath = join(staging, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
  const found = html.match(inline);
  if (!found) throw new Error('no inline module script in index.html: has Trunk changed?');
  const code = found[1].trim() + '\n';
  const name = `init-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, name), code);
  // Relative to <base href>, which Trunk sets to the public URL (so sub-paths work too).
  writeFileSync(htmlPath, html.replace(inline, `<script type="module" src="${name}"></script>`));
}
