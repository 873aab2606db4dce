// The bench's server: the e2e tests' static server for dist/, which also answers FLOOR_PATH with
// the floor page (floor.mjs), so that the floor and the app load from one server and one origin.
//
// Env: PORT, HOST (as tests/e2e/serve.mjs), FLOOR_ITEMS (list items on the floor page).
import { readdirSync } from 'node:fs';
import { createAppServer } from '../e2e/serve.mjs';
import { FLOOR_PATH, floorPage } from './floor.mjs';

const stylesheet = readdirSync('dist').find((file) => file.endsWith('.css'));
const pages = new Map();

const server = createAppServer({
  route(req, res, pathname) {
    if (pathname !== FLOOR_PATH) return false;
    const items = Number(new URL(req.url, 'http://x').searchParams.get('items') ?? 0);
    if (!pages.has(items)) pages.set(items, Buffer.from(floorPage(stylesheet, items)));
    const body = pages.get(items);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  },
});
server.listen(Number(process.env.PORT ?? 4190), process.env.HOST ?? '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
