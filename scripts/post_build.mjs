// Trunk post-build hook, run on Trunk's staging directory before it becomes dist/: first the
// inline scripts leave index.html (CSP), then the service worker gets the final file list.
// (One hook, so the two steps run in this order. Nothing here may download anything.)
import { externalizeInit } from './externalize_init.mjs';
import { fillPrecacheList } from './precache_list.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
externalizeInit(staging);
fillPrecacheList(staging);
