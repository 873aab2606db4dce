// Chromium (over the DevTools protocol) and Firefox ESR (over WebDriver BiDi) through
// puppeteer-core, with Debian's own browsers: nothing is ever downloaded. Each journey gets a
// fresh browser context, so no journey sees another's storage or service worker.
import puppeteer from 'puppeteer-core';

// Keep Chromium from calling home: the network is closed here (as in playwright.config.ts).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--lang=en-GB',
];

/** Downloads go to `downloads`, without asking. */
export async function launchChromium({ downloads }) {
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  });
  return wrap(browser, { downloadBehavior: { policy: 'allow', downloadPath: downloads } });
}

export async function launchFirefox({ downloads }) {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': 'en-GB, en',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  return wrap(browser, {});
}

function wrap(browser, contextOptions) {
  return {
    async newSession() {
      const context = await browser.createBrowserContext(contextOptions);
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return new PuppeteerSession(context, page);
    },
    close: () => browser.close(),
  };
}

/** The function whose source is `fn`, to hand to puppeteer (which sends its source on). */
const compile = (fn) => new Function(`return (${fn});`)();

class PuppeteerSession {
  constructor(context, page, isTab = false) {
    this.context = context;
    this.page = page;
    this.isTab = isTab;
  }

  /** Another tab of the same browser context (same storage). */
  async newTab() {
    const page = await this.context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    return new PuppeteerSession(this.context, page, true);
  }

  goto(url) {
    return this.page.goto(url, { waitUntil: 'load' });
  }

  reload() {
    return this.page.reload({ waitUntil: 'load' });
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(compile(fn), ...args);
  }

  async find(fn, ...args) {
    const handle = await this.page.evaluateHandle(compile(fn), ...args);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element;
  }

  click(handle) {
    return handle.click();
  }

  type(handle, text) {
    return handle.type(text);
  }

  upload(handle, path) {
    return handle.uploadFile(path);
  }

  close() {
    return (this.isTab ? this.page.close() : this.context.close()).catch(() => {});
  }
}
