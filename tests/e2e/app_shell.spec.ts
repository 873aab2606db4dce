// Issue #16: while the wasm downloads, the page shows the app shell (index.html, public/shell.js):
// the header and the list's first words, in the language and theme the app will use, with no
// controls that do nothing; then the app takes its place. The wasm is held back here to see it.
import { expect, type Page, type Route, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { addProximus, names, openApp } from './support';

/** Holds every wasm download until the returned function is called. */
async function holdWasm(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/_bg\.wasm$/, (route) => (released ? route.continue() : held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
}

const shell = (page: Page) => page.locator('#app-shell');

// A service worker would answer the wasm from its cache, out of the route's reach.
test.use({ serviceWorkers: 'block' });

for (const [locale, tag, lang] of [
  ['en-GB', 'en', 'en'],
  ['fr-FR', 'en', 'en'],
  ['zh-CN', 'zh-CN', 'zh'],
  ['zh-SG', 'zh-CN', 'zh'],
  ['zh-TW', 'zh-Hant', 'hant'],
  ['zh-HK', 'zh-Hant', 'hant'],
] as const) {
  test.describe(() => {
    test.use({ locale });
    test(`a browser in ${locale} sees the shell in the app's language (${tag}) until the app replaces it`, async ({ page }) => {
      const release = await holdWasm(page);
      await openApp(page);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(shell(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      const appName = await heading.textContent();
      await expect(page.getByRole('heading', { level: 2, name: names[lang].lines, exact: true })).toBeVisible();
      await expect(shell(page).locator('.purpose')).not.toBeEmpty();
      // Nothing to press before the app can answer.
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('combobox')).toHaveCount(0);

      await release();
      await expect(page.getByRole('button', { name: names[lang].addLine, exact: true })).toBeVisible();
      await expect(shell(page)).toHaveCount(0);
      await expect(heading).toHaveCount(1);
      await expect(heading).toHaveText(appName ?? '');
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
    });
  });
}

// Preferences a locale cannot give (a script subtag, an underscore, several languages in order):
// the browser's list is set before any script runs. The shell's choice comes from the rules the
// build writes into shell.js; the app's from Language::negotiate: they must agree.
for (const [languages, tag, lang] of [
  [['zh-Hant'], 'zh-Hant', 'hant'],
  [['zh-Hans-HK'], 'zh-CN', 'zh'],
  [['zh-MO'], 'zh-Hant', 'hant'],
  [['zh_hk'], 'zh-Hant', 'hant'],
  [['fr-BE', 'zh-TW', 'en'], 'zh-Hant', 'hant'],
  [['nl', 'de-CH'], 'en', 'en'],
] as const) {
  test(`a browser preferring ${languages.join(', ')} sees the shell in ${tag}, as the app then speaks`, async ({ page }) => {
    await page.addInitScript((preferred) => {
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => preferred });
      Object.defineProperty(Navigator.prototype, 'language', { get: () => preferred[0] });
    }, [...languages]);
    const release = await holdWasm(page);
    await openApp(page);
    await expect(shell(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.getByRole('heading', { level: 2, name: names[lang].lines, exact: true })).toBeVisible();

    await release();
    await expect(page.getByRole('button', { name: names[lang].addLine, exact: true })).toBeVisible();
    await expect(shell(page)).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
  });
}

test('the shell follows the language and theme chosen in the app, and leaves out the empty list when lines are kept', async ({ page }) => {
  await openApp(page);
  await addProximus(page, 'en');
  await page.getByLabel(names.en.language, { exact: true }).selectOption({ label: '繁體中文' });
  await page.getByRole('navigation').getByRole('button', { name: '設定', exact: true }).click();
  await page.getByLabel('主題', { exact: true }).selectOption({ value: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const release = await holdWasm(page);
  await page.reload();
  await expect(shell(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保號助手');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(shell(page).locator('.purpose')).toBeHidden();

  await release();
  await expect(page.getByRole('listitem').filter({ hasText: 'Belgian Proximus' })).toBeVisible();
  await expect(shell(page)).toHaveCount(0);
});

test('a store the shell cannot read leaves it in the browser language, and the app opens as usual', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('linekeeper.document', '{ not json'));
  const release = await holdWasm(page);
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linekeeper');
  await release();
  await expect(page.getByRole('button', { name: names.en.addLine, exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(() => {
    test.use({ bypassCSP: true, colorScheme });
    test(`the shell (${colorScheme}) has no serious or critical axe violations`, async ({ page }) => {
      await holdWasm(page);
      await openApp(page);
      await expect(shell(page)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
