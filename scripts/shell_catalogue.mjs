// Writes into the built shell.js the shell's catalogue: each language's texts for the shell's
// places and the rules that choose the language, printed as JSON by the crate's own
// `shell_catalogue` program (native) from the app's catalogue and `Language::for_tag`'s rules,
// so that public/shell.js holds no copy of either. shell.js keeps its name (it is copied as is,
// without a content hash); the precache list, run after this, versions it by its new content.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = '/* shell catalogue: filled in by the build */ null';

export function fillShellCatalogue(staging) {
  const shellPath = join(staging, 'shell.js');
  const catalogue = execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'shell_catalogue'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  JSON.parse(catalogue); // a program that printed anything else stops the build here
  const shell = readFileSync(shellPath, 'utf8');
  if (shell.split(PLACEHOLDER).length !== 2) throw new Error(`shell.js must hold '${PLACEHOLDER}' once`);
  writeFileSync(shellPath, shell.replace(PLACEHOLDER, () => catalogue));
}
