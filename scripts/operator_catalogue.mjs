// Writes the operator catalogue the app fetches (operators.json) into the build: data/operators.toml
// read, checked and turned into JSON by the crate's own `operator_catalogue` program (native), so
// that the wasm carries neither the catalogue nor a TOML parser. A catalogue with a problem stops
// the build with the problem's words.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function writeOperatorCatalogue(staging) {
  const out = join(staging, 'operators.json');
  execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'operator_catalogue', '--', out], {
    stdio: 'inherit',
  });
}
