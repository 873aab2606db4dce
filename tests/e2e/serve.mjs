// A tiny static server for the built app (dist/), for the end-to-end tests. No dependencies.
//
//   node tests/e2e/serve.mjs                  serves dist/ on http://127.0.0.1:4173/
//   BASE_PATH=/linekeeper/ node tests/e2e/serve.mjs
//                                             also serves it under /linekeeper/ (for a dist built
//                                             with `make dist PUBLIC_URL=/linekeeper/`)
//
// Env: PORT (4173), HOST (127.0.0.1), DIST (dist, relative to the repo root), BASE_PATH (unset).
// Unknown paths that look like pages fall back to index.html, as a static host configured for a
// single-page app would; unknown files (anything with an extension) get a plain 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const basePath = normalizeBase(process.env.BASE_PATH);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** '/sub', 'sub/', '/sub/' → '/sub/'; unset, '' or '/' → null (root only). */
function normalizeBase(value) {
  if (!value) return null;
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : null;
}

/** The path inside dist/ that a request path maps to, or null when it is outside every mount. */
function relativePath(pathname) {
  if (basePath) {
    if (pathname === basePath.slice(0, -1)) return { redirect: basePath };
    if (pathname.startsWith(basePath)) return { rel: pathname.slice(basePath.length) };
  }
  return { rel: pathname.replace(/^\/+/, '') };
}

async function fileAt(rel) {
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null; // no escaping dist/
  try {
    const info = await stat(full);
    if (info.isDirectory()) return fileAt(join(rel, 'index.html'));
    return info.isFile() ? full : null;
  } catch {
    return null;
  }
}

/**
 * The server, not yet listening. `hooks` let the engine runner (tests/engines/) add its own
 * routes (`route(req, res, pathname)` returns true when it answered) and rewrite a file's body
 * (`rewrite(req, file, body)`).
 */
export function createAppServer(hooks = {}) {
  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      if (hooks.route && (await hooks.route(req, res, pathname))) return;
      const mapped = relativePath(pathname);
      if (mapped.redirect) {
        res.writeHead(301, { Location: mapped.redirect }).end();
        return;
      }
      let file = await fileAt(mapped.rel);
      if (!file && !extname(pathname)) file = await fileAt('index.html'); // SPA fallback
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      let body = asNextRelease(req, file, await readFile(file));
      if (hooks.rewrite) body = hooks.rewrite(req, file, body);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        // Tests must always see the build they were started against.
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
}

/**
 * The update test's stand-in for publishing a new release: a browser context holding the cookie
 * `linekeeper-release=next` gets a service worker of a different version (the same files). A
 * cookie, so that only that test's context sees it while other specs run in parallel.
 */
function asNextRelease(req, file, body) {
  const next = /(?:^|;\s*)linekeeper-release=next(?:;|$)/.test(req.headers.cookie ?? '');
  if (!next || !file.endsWith(`${sep}sw.js`)) return body;
  return Buffer.from(body.toString('utf8').replace("const VERSION = '", "const VERSION = 'next-"));
}

// Run as a script (not imported): serve until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = createAppServer();
  server.listen(port, host, () => {
    const mounts = basePath ? `/ and ${basePath}` : '/';
    console.log(`serving ${root} at http://${host}:${port} (mounted at ${mounts})`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
