// Steps the journeys share: opening the app at a fixed time, and adding the two usual lines
// by role and accessible name (as tests/e2e/support.ts does for the Playwright specs).

/** 24 Nov 2026, mid-morning in Brussels (the runner sets TZ=Europe/Brussels). */
export const TODAY = new Date('2026-11-24T10:00:00+01:00');

/** An iPhone's Safari (iOS 18); every browser on iPhone is WebKit and says so. */
export const IPHONE_SAFARI = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  platform: 'iPhone',
};

/**
 * Opens the app for a journey: its clock starts at `time`; `userAgent`, `platform` and
 * `standalone` pretend another device; `stored` ({ key: text }) is in localStorage first;
 * `withoutApp` leaves the app out of the page (its shell alone shows).
 */
export async function openApp(page, { time = TODAY, stored = {}, ...device } = {}) {
  const { url, cookie } = page.server.begin({ time, ...device });
  await page.goto(url);
  await page.evaluate((cookie, stored) => {
    document.cookie = cookie;
    localStorage.clear();
    for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text);
  }, cookie, stored);
  await page.goto(`${page.origin}/`);
}

export const lineList = (page) => page.get({ role: 'list', name: 'Lines' });

export const lineItem = (page, name) => page.get({ role: 'listitem', hasText: name, within: lineList(page).spec });

export const nav = (page, name) => page.get({ role: 'button', name, within: { role: 'navigation' } });

/** Adds a Belgian Proximus line, topped up every 12 months (Proximus publishes no rule, so the
 * user types it), last on 1 Dec 2025: due 1 Dec 2026. */
export async function addProximus(page, name = 'Belgian Proximus') {
  await page.button('Add line').click();
  await page.field('Name').fill(name);
  await page.field('Phone number').fill('+32 470 12 34 56');
  await page.field('Country').fill('BE');
  await page.field('Operator').fill('Proximus (Pay&Go)');
  await page.field('Currency').toHaveValue('EUR');
  await page.field('Every').fill('12');
  await page.field('Last done on').fill('2025-12-01');
  await page.button('Save').click();
  await lineItem(page, name).toBeVisible();
}

/** Adds a UK giffgaff line used every 6 months, last used 1 Mar 2026: expired 84 days ago. */
export async function addGiffgaff(page) {
  await page.button('Add line').click();
  await page.field('Name').fill('UK giffgaff');
  await page.field('Phone number').fill('07700 900123');
  await page.field('Country').fill('GB');
  await page.field('Operator').fill('giffgaff');
  await page.field('Rule').toHaveValue('use_every');
  await page.field('Last done on').fill('2026-03-01');
  await page.button('Save').click();
  await lineItem(page, 'UK giffgaff').toBeVisible();
}

/** The names of the listed lines, top to bottom. */
export function listedNames(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('ul.line-list h3, ul.line-list h2'))
    .map((heading) => heading.textContent.trim()));
}

export function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
