// Timings measured inside the page with performance.now(), around real user actions that
// Playwright performs, in headless Chromium with the DevTools protocol's 4x CPU slowdown.
import { INDEX_KEY, LINE_KEY_PREFIX, LIST_PAGE } from './config.mjs';

/**
 * Runs in the page before the app: lets the harness shift the local date
 * (`window.__benchDayOffset`), marks when the list first shows its first page, and notes what
 * the page fetches after that (`window.__benchLateFetches`: the split build's modules, preloaded
 * once the list is up), which is not what the first screen needed.
 */
export function benchInit({ expectedLines }) {
  const RealDate = Date;
  const shift = () => (window.__benchDayOffset ?? 0) * 86_400_000;
  window.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [RealDate.now() + shift()]));
    }
    static now() {
      return RealDate.now() + shift();
    }
  };
  window.__benchLateFetches = [];
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    if (window.__benchListReadyAt !== undefined) {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      window.__benchLateFetches.push(url.pathname.replace(/^\//, ''));
    }
    return realFetch.call(this, input, init);
  };
  const listReady = () => {
    const button = [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Add line');
    if (!button) return false;
    if (expectedLines === 0) return true;
    const list = document.querySelector('ul[aria-label="Lines"]');
    return !!list && list.children.length >= expectedLines;
  };
  new MutationObserver((_, observer) => {
    if (listReady()) {
      window.__benchListReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Resolves with the time from `start()` to the first moment `done()` holds, checked per frame. */
async function timeUntil(page, startScript, doneScript) {
  return page.evaluate(
    ([startSource, doneSource]) =>
      new Promise((resolve, reject) => {
        const start = new Function(startSource);
        const done = new Function(`return (${doneSource})`);
        const t0 = performance.now();
        start();
        const check = () => {
          if (done()) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 30_000) reject(new Error(`timed out: ${doneSource}`));
          else requestAnimationFrame(check);
        };
        // Resolve as soon as the DOM changes, or on the next frame at the latest.
        new MutationObserver(() => done() && resolve(performance.now() - t0)).observe(document.body, {
          childList: true, subtree: true, characterData: true,
        });
        requestAnimationFrame(check);
      }),
    [startScript, doneScript],
  );
}

export async function measureOnce(browser, baseURL, { lines, document }) {
  // bypassCSP: the timing helper builds its checks with `new Function`, which the app's
  // Content-Security-Policy (rightly) forbids; it changes nothing that is measured.
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Brussels', bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await storeDocument(page, baseURL, document);
  const requested = [];
  const foreign = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL).origin) foreign.push(request.url());
    else requested.push(url.pathname.replace(/^\//, ''));
  });
  await page.addInitScript(benchInit, { expectedLines: Math.min(lines, LIST_PAGE) });
  await page.goto(baseURL);
  await page.waitForFunction(() => window.__benchListReadyAt !== undefined, null, { timeout: 120_000 });
  const listReadyMs = await page.evaluate(() => window.__benchListReadyAt);
  // What the first screen needed: what a screen opened later fetches (the operator catalogue,
  // once Add line is pressed), and what the page preloads once the list is up (the split
  // build's modules), are not part of the first visit.
  const preloaded = await page.evaluate(() => window.__benchLateFetches);
  const firstScreenRequests = requested.filter((file) => !preloaded.includes(file));
  // The first paint with text: the app shell (index.html), drawn before the wasm has arrived.
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  // Interactive: the first click after the list appeared is answered.
  await page.getByRole('button', { name: 'Add line', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).waitFor();
  const heap = await cdp.send('Performance.getMetrics');
  const jsHeapBytes = heap.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;

  const addLineMs = await addLine(page, lines);
  const resortMs = await resortAfterDateChange(page);
  const checklistTickMs = await tickChecklistStep(page, await storedKeyOf(page, 'Bench new line'));
  await context.close();
  return {
    firstPaintMs, listReadyMs, addLineMs, resortMs, checklistTickMs, jsHeapBytes, requested: firstScreenRequests, preloaded, foreign,
  };
}

/**
 * Stores the benchmark document (its localStorage entries, key → text) from a page of the
 * app's origin that is not the app (a 404), so that storing it is not part of what is timed.
 */
export async function storeDocument(page, baseURL, document) {
  if (document === null) return;
  await page.goto(new URL('bench-seed.txt', baseURL).href);
  await page.evaluate((entries) => {
    for (const [key, text] of Object.entries(entries)) localStorage.setItem(key, text);
  }, JSON.parse(document));
}

/** 14 months before the page's today: the new line is then overdue, so it sorts into the first page. */
function overdueLastDone() {
  const day = new Date();
  day.setMonth(day.getMonth() - 14);
  return day.toISOString().slice(0, 10);
}

/**
 * From the Save click to the new line being on screen and in localStorage: the index, written
 * after the line's own entry, then lists one line more.
 */
async function addLine(page, lines) {
  await page.getByLabel('Name', { exact: true }).fill('Bench new line');
  await page.getByLabel('Phone number', { exact: true }).fill('+32 470 99 99 99');
  await page.getByLabel('Every', { exact: true }).fill('12');
  await page.getByLabel('Last done on', { exact: true }).fill(overdueLastDone());
  return timeUntil(
    page,
    `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save').click()`,
    `[...document.querySelectorAll('ul[aria-label="Lines"] h3')].some((h) => h.textContent === 'Bench new line')
      && JSON.parse(localStorage.getItem(${JSON.stringify(INDEX_KEY)}) ?? '{}').line_ids?.length === ${lines + 1}`,
  );
}

/** The localStorage key of the line named `name` (fails the run if it was not stored). */
async function storedKeyOf(page, name) {
  const key = await page.evaluate(([prefix, name]) => Object.keys(localStorage).find(
    (key) => key.startsWith(prefix) && JSON.parse(localStorage.getItem(key)).name === name), [LINE_KEY_PREFIX, name]);
  if (!key) throw new Error(`"${name}" is not in localStorage`);
  return key;
}

/** From the local date moving on by a day to the first countdown on screen showing it. */
async function resortAfterDateChange(page) {
  const before = await page.locator('ul[aria-label="Lines"] .countdown').first().textContent();
  return timeUntil(
    page,
    `window.__benchDayOffset = (window.__benchDayOffset ?? 0) + 1;
     document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));`,
    `document.querySelector('ul[aria-label="Lines"] .countdown')?.textContent !== ${JSON.stringify(before)}`,
  );
}

/** From a click on a checklist step of the new line to the tick on screen and in localStorage. */
async function tickChecklistStep(page, lineKey) {
  await page.getByRole('button', { name: 'Bench new line', exact: true }).click();
  const step = page.getByRole('checkbox', { name: 'Choose how to pay', exact: true });
  await step.waitFor();
  return timeUntil(
    page,
    `document.getElementById('step-prepare.payment').click()`,
    `document.getElementById('step-prepare.payment').checked
      && (localStorage.getItem(${JSON.stringify(lineKey)}) ?? '').includes('"prepare.payment"')`,
  );
}
