// The app's test server (tests/e2e/serve.mjs) plus what WebDriver classic lacks: a script that
// runs before the app's own. Every journey starts at /__test/begin/<token>, which sets a cookie;
// while it is set, every copy of index.html served (also the one the service worker stores)
// loads /__test/init.js first, holding that journey's settings: a fixed clock, a user agent;
// and it notes whatever the page throws.
import { sep } from 'node:path';
import { createAppServer } from '../e2e/serve.mjs';

const COOKIE = 'linekeeper-test';

/** The in-page set-up, run before the app: `config` is { offsetMs, userAgent?, standalone? }. */
function initScript(config) {
  // Runs in the browser. The clock starts at the journey's time and runs on from there, across
  // reloads (the offset is fixed when the journey starts).
  return `(() => {
  const config = ${JSON.stringify(config)};
  const RealDate = Date;
  let offsetMs = config.offsetMs;
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + offsetMs); else super(...args); }
    static now() { return RealDate.now() + offsetMs; }
  }
  window.Date = FixedDate;
  // For a journey to move this page's clock on at once (as Playwright's clock.runFor does),
  // rather than wait in real time.
  window.linekeeperTestClock = { jump: (ms) => { offsetMs += ms; } };
  const define = (object, key, value) =>
    Object.defineProperty(object, key, { get: () => value, configurable: true });
  if (config.userAgent) {
    define(Navigator.prototype, 'userAgent', config.userAgent);
    define(Navigator.prototype, 'platform', config.platform);
    define(Navigator.prototype, 'maxTouchPoints', 5);
  }
  if ('standalone' in config) define(Navigator.prototype, 'standalone', config.standalone);
  // Whatever the page throws and nobody catches, for the journey to check that nothing did.
  // Once the page is being left, the browser aborts what it was still loading (Firefox rejects
  // the wasm's fetch with an AbortError when a journey navigates before the app has started):
  // that is the navigation's doing, not the app's.
  let leaving = false;
  window.addEventListener('beforeunload', () => { leaving = true; });
  window.addEventListener('pagehide', () => { leaving = true; });
  const keepError = (message) => {
    if (leaving) return;
    const kept = JSON.parse(sessionStorage.getItem('linekeeper-test-errors') || '[]');
    kept.push(String(message));
    sessionStorage.setItem('linekeeper-test-errors', JSON.stringify(kept));
  };
  window.addEventListener('error', (event) => keepError(event.message));
  window.addEventListener('unhandledrejection', (event) => keepError(event.reason));
})();
`;
}

/**
 * Starts the server on `port`. `begin(config)` registers a journey's settings, and returns the
 * URL that starts it and the cookie that selects them. (Once the service worker runs, it answers
 * every navigation with the app, so the journey sets the cookie from the page too.)
 */
export async function startServer(port) {
  const journeys = new Map();
  const tokenOf = (req) => new RegExp(`(?:^|;\\s*)${COOKIE}=(\\w+)`).exec(req.headers.cookie ?? '')?.[1];
  let offline = false;
  const server = createAppServer({
    route(req, res, pathname) {
      // Offline: the connection drops, as when the phone has no network.
      if (offline) {
        req.socket.destroy();
        return true;
      }
      const begin = /^\/__test\/begin\/(\w+)$/.exec(pathname);
      if (begin) {
        res.writeHead(200, {
          'Set-Cookie': `${COOKIE}=${begin[1]}; Path=/; SameSite=Lax`,
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
        }).end('<!doctype html><title>begin</title>');
        return true;
      }
      if (pathname === '/__test/init.js') {
        const config = journeys.get(tokenOf(req)) ?? { offsetMs: 0 };
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' })
          .end(initScript(config));
        return true;
      }
      return false;
    },
    rewrite(req, file, body) {
      if (!file.endsWith(`${sep}index.html`) || !tokenOf(req)) return body;
      const tag = '<script src="/__test/init.js"></script>';
      let page = body.toString('utf8').replace('<head>', `<head>${tag}`);
      // The page as it is while the wasm is still on its way: the app's start-up script left out.
      if (journeys.get(tokenOf(req))?.withoutApp) {
        page = page.replace(/<script type="module" src="[^"]*init-[^"]*"><\/script>/, '');
      }
      return Buffer.from(page);
    },
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  let next = 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    /**
     * Registers a journey's settings; `time` is when its clock starts; `withoutApp` serves the
     * page without the app's start-up script (the app shell alone).
     */
    begin({ time, userAgent, platform, standalone, withoutApp }) {
      const token = `j${++next}`;
      const config = { offsetMs: time.getTime() - Date.now(), userAgent, platform, withoutApp };
      if (standalone !== undefined) config.standalone = standalone;
      journeys.set(token, config);
      return { url: `http://127.0.0.1:${port}/__test/begin/${token}`, cookie: `${COOKIE}=${token}; path=/` };
    },
    /** Drops every request from now on (true) or serves again (false). */
    setOffline(value) {
      offline = value;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
