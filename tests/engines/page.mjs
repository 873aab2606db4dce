// The journeys' view of a page, the same in every engine: elements found by role and
// accessible name, by label or by text, as a person (or a screen reader) finds them, and
// assertions that wait for the app like Playwright's do. The backends only click, type, pick
// a file and run scripts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TIMEOUT_MS = 10_000;

/** The drivers' words for a click refused before it happened (WebDriver, then puppeteer). */
const NOT_CLICKED = /not interactable|stale element|click intercepted|detached|not visible|not clickable/i;

// Runs in the page: the first visible element matching `spec`, or null.
// spec: { role, name, label, text, hasText, nth, within: spec }. A simplified accessible name
// (aria-labelledby, aria-label, <label>, text content) is enough for this app's markup.
const LOCATE = `function locate(spec) {
  const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
  const byIds = (ids) => ids.split(/\\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(text).join(' ');
  const nameOf = (el) => {
    if (el.hasAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby'));
    if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    if (el.labels && el.labels.length) return Array.from(el.labels).map(text).join(' ');
    if (/^(BUTTON|A|H[1-6]|OPTION|SUMMARY|LEGEND)$/.test(el.tagName)) return text(el);
    return '';
  };
  const ROLES = {
    button: 'button, [role=button]', heading: 'h1, h2, h3, h4, h5, h6', list: 'ul, ol',
    listitem: 'li', region: 'section[aria-labelledby], section[aria-label], [role=region]',
    status: '[role=status]', alert: '[role=alert]', checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]', navigation: 'nav', radiogroup: '[role=radiogroup]',
    group: '[role=group], fieldset', searchbox: 'input[type=search]',
  };
  const shown = (el) => !el.closest('[hidden]') && el.getClientRects().length > 0;
  const all = (scope, spec) => {
    let found;
    if (spec.role) {
      found = Array.from(scope.querySelectorAll(ROLES[spec.role]));
      if (spec.name !== undefined) found = found.filter((el) => nameOf(el) === spec.name);
    } else if (spec.label !== undefined) {
      found = Array.from(scope.querySelectorAll('input, select, textarea')).filter((el) => nameOf(el) === spec.label);
    } else {
      // The innermost elements whose text holds spec.text.
      found = Array.from(scope.querySelectorAll('body *')).filter((el) => text(el).includes(spec.text)
        && !Array.from(el.children).some((child) => text(child).includes(spec.text)));
    }
    if (spec.hasText !== undefined) found = found.filter((el) => text(el).includes(spec.hasText));
    // A file field is drawn by its label (it is visually hidden), so it counts as shown.
    return found.filter((el) => shown(el) || (el.type === 'file' && !el.closest('[hidden]')));
  };
  const scopes = spec.within ? [locate(spec.within)].filter(Boolean) : [document];
  const found = scopes.flatMap((scope) => all(scope, spec));
  return spec.count ? found.length : (found[spec.nth || 0] || null);
}`;

export class Page {
  /** `server`: the test server (tests/engines/server.mjs); `downloadDir`: where files land. */
  constructor(session, server, downloadDir) {
    this.session = session;
    this.server = server;
    this.origin = server.origin;
    this.downloadDir = downloadDir;
  }

  /** A second tab of the same browser, on the same journey's settings. */
  async newTab() {
    return new Page(await this.session.newTab(), this.server, this.downloadDir);
  }

  goto(url) {
    return this.session.goto(url);
  }

  reload() {
    return this.session.reload();
  }

  /** Runs `fn` in the page (its source is sent; it cannot close over anything here). */
  evaluate(fn, ...args) {
    return this.session.evaluate(fn.toString(), ...args);
  }

  /** A locator: nothing is looked up until it is used. */
  get(spec) {
    return new Locator(this, spec);
  }

  button(name, within) {
    return this.get({ role: 'button', name, within: within?.spec });
  }

  field(label, within) {
    return this.get({ label, within: within?.spec });
  }

  text(text, within) {
    return this.get({ text, within: within?.spec });
  }

  /** Waits until `check()` resolves truthy; fails with `what` after the timeout. */
  async waitUntil(what, check, timeout = TIMEOUT_MS) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await check();
        if (last) return last;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end) throw new Error(`timed out: ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The files the browser has downloaded in this journey, as { name, text }. */
  downloads() {
    // Skips hidden entries (WebKit's cache lives there) and unfinished downloads.
    return readdirSync(this.downloadDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !/\.(part|crdownload)$/.test(entry.name))
      .map((entry) => ({ name: entry.name, text: readFileSync(join(this.downloadDir, entry.name), 'utf8') }));
  }
}

export class Locator {
  constructor(page, spec) {
    this.page = page;
    this.spec = spec;
  }

  get(spec) {
    return new Locator(this.page, { ...spec, within: this.spec });
  }

  button(name) {
    return this.get({ role: 'button', name });
  }

  describe() {
    return JSON.stringify(this.spec);
  }

  find() {
    return this.page.session.find(`(spec) => (${LOCATE})(spec)`, this.spec);
  }

  /** The element, once it is there. */
  element() {
    return this.page.waitUntil(`find ${this.describe()}`, () => this.find());
  }

  count() {
    return this.page.session.evaluate(`(spec) => (${LOCATE})(spec)`, { ...this.spec, count: true });
  }

  /** Clicks the element once it takes a click: one that is being re-rendered or is not yet
   * interactable is found again and retried, as Playwright does. */
  async click() {
    const end = Date.now() + TIMEOUT_MS;
    for (;;) {
      try {
        return await this.page.session.click(await this.element());
      } catch (error) {
        // Only a click that cannot have happened is retried; any other error is the journey's.
        if (!NOT_CLICKED.test(error.message) || Date.now() > end) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Replaces the field's value. Typed key by key, except where a person picks rather than
   * types (a date's picker differs per engine and locale): the value is set, as by a picker. */
  async fill(value) {
    const element = await this.element();
    const picked = await this.page.session.evaluate(
      `(el, value) => {
        el.focus();
        const picker = el.tagName === 'SELECT' || ['date', 'month', 'time'].includes(el.type);
        el.value = picker ? value : '';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        if (picker) el.dispatchEvent(new Event('change', { bubbles: true }));
        return picker;
      }`,
      element, value,
    );
    if (!picked && value) await this.page.session.type(element, value);
  }

  /** Picks an option of a <select> by its visible text. */
  async selectLabel(label) {
    const element = await this.element();
    const value = await this.page.session.evaluate(
      `(el, label) => Array.from(el.options).find((option) => option.text === label)?.value ?? null`, element, label);
    if (value === null) throw new Error(`no option ${label} in ${this.describe()}`);
    await this.fill(value);
  }

  async upload(path) {
    await this.page.session.upload(await this.element(), path);
  }

  async value() {
    return this.page.session.evaluate('(el) => el.value', await this.element());
  }

  async textContent() {
    return this.page.session.evaluate(`(el) => (el.textContent || '').replace(/\\s+/g, ' ').trim()`, await this.element());
  }

  async checked() {
    return this.page.session.evaluate('(el) => el.checked', await this.element());
  }

  // Assertions: each waits for the app to get there.

  toBeVisible() {
    return this.element();
  }

  toHaveCount(n) {
    return this.page.waitUntil(`${n} of ${this.describe()}`, async () => (await this.count()) === n);
  }

  toBeGone() {
    return this.toHaveCount(0);
  }

  toContainText(text) {
    return this.page.waitUntil(`${this.describe()} contains ${text}`, async () =>
      (await this.find()) && (await this.textContent()).includes(text));
  }

  toHaveText(text) {
    return this.page.waitUntil(`${this.describe()} is ${text}`, async () =>
      (await this.find()) && (await this.textContent()) === text);
  }

  toHaveValue(value) {
    return this.page.waitUntil(`${this.describe()} has value ${value}`, async () =>
      (await this.find()) && (await this.value()) === value);
  }
}
