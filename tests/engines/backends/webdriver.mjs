// WebKit through W3C WebDriver (classic): Debian's WebKitWebDriver drives WebKitGTK's
// MiniBrowser, the engine of every iPhone browser. The driver needs a display, so it runs under
// a virtual one (xvfb-run). The protocol is plain HTTP and JSON: a client of a few lines does.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export async function launchWebKit({ port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4445), downloads } = {}) {
  // A driver left over from an interrupted run would take the sessions: refuse to share it.
  if (await fetch(`http://127.0.0.1:${port}/status`).then(() => true, () => false)) {
    throw new Error(`port ${port} is taken (a WebKitWebDriver left running?)`);
  }
  // detached: the driver, Xvfb and every MiniBrowser form one process group, ended together.
  // MiniBrowser saves a download in its home folder, without asking: that is `downloads`.
  const env = { ...process.env, HOME: downloads };
  // What the driver and the browser print (a web process that crashed says so there) is kept in
  // target/engines/webkit-driver.log, beside the downloads folder.
  const log = openSync(join(dirname(downloads), 'webkit-driver.log'), 'w');
  const driver = spawn('xvfb-run', ['-a', DRIVER, `--port=${port}`], { detached: true, stdio: ['ignore', log, log], env });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch {
      if (tries > 100) throw new Error('WebKitWebDriver did not start');
    }
    await sleep(100);
  }
  return {
    async newSession() {
      const capabilities = {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      };
      const created = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
      return new WebDriverSession(`${base}/session/${created.sessionId}`);
    },
    async close() {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/** No command takes this long unless the browser hangs: then fail the journey, not wait on. */
const COMMAND_TIMEOUT_MS = 60_000;

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  }).catch((error) => {
    throw new Error(`WebDriver ${method} ${path.replace(/^.*\/session\/[^/]+/, '')}: ${error.message}`);
  });
  const answer = await response.json();
  if (!response.ok) {
    const { error, message } = answer.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
  }
  return answer.value;
}

/** One window (tab) of a WebDriver session; a session's tabs share `shared.current`. */
class WebDriverSession {
  constructor(url, window = null, shared = { current: null }) {
    this.url = url;
    this.window = window;
    this.shared = shared;
  }

  /** Sends a command to this tab: WebDriver talks to one window at a time, so switch first. */
  async send(method, path, body) {
    if (this.window && this.shared.current !== this.window) {
      await call(this.url, 'POST', '/window', { handle: this.window });
      this.shared.current = this.window;
    }
    return call(this.url, method, path, body);
  }

  /** Another tab of the same browser (same storage), for the storage events between tabs. */
  async newTab() {
    if (!this.window) this.window = this.shared.current = await call(this.url, 'GET', '/window');
    const { handle } = await call(this.url, 'POST', '/window/new', { type: 'tab' });
    const tab = new WebDriverSession(this.url, handle, this.shared);
    tab.isTab = true;
    return tab;
  }

  goto(url) {
    return this.send('POST', '/url', { url });
  }

  reload() {
    return this.send('POST', '/refresh', {});
  }

  /** Runs `fn` (source text) in the page with `args` (JSON values or element handles).
   * WebKit's driver sometimes answers a script run while a tab is still settling with "Could not
   * parse script result" (seen once in about thirty runs of two_tabs): that answer alone is
   * asked again, a few times. */
  async evaluate(fn, ...args) {
    const body = { script: `return (${fn}).apply(null, arguments);`, args };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send('POST', '/execute/sync', body);
      } catch (error) {
        if (attempt >= 3 || !/Could not parse script result/.test(error.message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** Like evaluate, for a function that returns an element (or null): a handle to it. */
  async find(fn, ...args) {
    const found = await this.evaluate(fn, ...args);
    return found && found[ELEMENT] ? found : null;
  }

  click(handle) {
    return this.send('POST', `/element/${handle[ELEMENT]}/click`, {});
  }

  type(handle, text) {
    return this.send('POST', `/element/${handle[ELEMENT]}/value`, { text });
  }

  /** Picks a file in an <input type=file>, as the W3C spec says: its path as the keys typed. */
  upload(handle, path) {
    return this.type(handle, path);
  }

  close() {
    if (this.isTab) return this.send('DELETE', '/window', undefined).catch(() => {});
    return call(this.url, 'DELETE', '', undefined).catch(() => {});
  }
}
