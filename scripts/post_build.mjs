// Trunk post-build hook, run on Trunk's staging directory before it becomes dist/: first the
// wasm is split (the screens a first visit does not show go to modules of their own:
// scripts/split_wasm.mjs), then the inline scripts leave index.html (CSP), then the operator
// catalogue is written (operators.json, fetched when a screen needs it), then shell.js gets the
// shell's texts and language rules, then the service worker gets the final file list (versioned
// by every file's content), then (release builds only) every text and wasm file gets its
// precompressed .gz and .br copies. (One hook, so the steps run in this order. Nothing here may
// download anything.)
import { externalizeInit } from './externalize_init.mjs';
import { splitWasm } from './split_wasm.mjs';
import { fillPrecacheList } from './precache_list.mjs';
import { precompress } from './precompress.mjs';
import { writeOperatorCatalogue } from './operator_catalogue.mjs';
import { fillShellCatalogue } from './shell_catalogue.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
// First: the precache list and the .gz/.br copies must see the split's files.
splitWasm(staging, process.env.TRUNK_PROFILE === 'release');
externalizeInit(staging);
writeOperatorCatalogue(staging);
fillShellCatalogue(staging);
fillPrecacheList(staging);
if (process.env.TRUNK_PROFILE === 'release') await precompress(staging);
