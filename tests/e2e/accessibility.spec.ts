// Issue #7: axe-core on every screen and dialog, in English and Chinese, light and dark; and
// screenshots of the main screens at phone and desktop sizes into target/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { addGiffgaff, addProximus, names, openApp, type Lang } from './support';

// axe is injected as an inline script, which the app's Content-Security-Policy forbids.
test.use({ bypassCSP: true });

/** npm axe-core (package.json), injected into the page; paths are relative to the project root. */
const axePath = 'node_modules/axe-core/axe.min.js';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const { violations, passed }: { violations: Violation[]; passed: number } = await page.evaluate(async () => {
    // @ts-expect-error axe is the global that axe.min.js defines
    const result = await window.axe.run(document);
    return { violations: result.violations, passed: result.passes.length };
  });
  // Proof that axe really looked at the page (an empty result could also mean it checked nothing).
  expect(passed).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Each screen (and the delete confirmation) as a step that brings the page to it. */
function screens(lang: Lang): [string, (page: Page) => Promise<void>][] {
  const n = names[lang];
  return [
    ['empty list', async () => {}],
    ['list with lines', async (page) => {
      await addProximus(page, lang);
      await addGiffgaff(page, lang);
    }],
    ['add line form with errors', async (page) => {
      await page.getByRole('button', { name: n.addLine, exact: true }).click();
      await page.getByRole('button', { name: n.save, exact: true }).click();
      await expect(page.getByText(n.required).first()).toBeVisible();
    }],
    ['delete confirmation', async (page) => {
      await addProximus(page, lang);
      await page.getByRole('button', { name: n.delete, exact: true }).click();
      await expect(page.getByRole('button', { name: n.confirmDelete, exact: true })).toBeVisible();
    }],
    ['line detail with checklist, history and cost', async (page) => {
      await addProximus(page, lang);
      await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
      await page.getByRole('radio').first().check();
    }],
    ['record renewal form with errors', async (page) => {
      await addProximus(page, lang);
      await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Record renewal' : '记录续费', exact: true }).click();
      await page.getByLabel(lang === 'en' ? 'Amount' : '金额', { exact: true }).fill('-1');
      await page.getByRole('button', { name: n.save, exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    }],
    ['settings', async (page) => {
      await page.getByRole('navigation').getByRole('button', { name: n.settings, exact: true }).click();
      await expect(page.getByRole('heading', { name: n.settings, exact: true })).toBeVisible();
    }],
    ['help', async (page) => {
      await page.getByRole('navigation').getByRole('button', { name: n.help, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: n.help, exact: true })).toBeVisible();
      // What keeps a number alive, reminders in this browser, backups, data on this device.
      await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(4);
    }],
    ['update offer', async (page) => {
      await page.context().addCookies([{ name: 'linekeeper-release', value: 'next', url: page.url() }]);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await expect(page.getByRole('button', { name: n.reloadToUpdate, exact: true })).toBeVisible();
    }],
  ];
}

for (const [lang, locale] of [['en', 'en-GB'], ['zh', 'zh-CN']] as [Lang, string][]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`accessibility (${lang}, ${colorScheme})`, () => {
      test.use({ locale, colorScheme });

      for (const [screen, reach] of screens(lang)) {
        test(`${screen}: no serious or critical axe violations`, async ({ page }) => {
          await openApp(page);
          await reach(page);
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    });
  }
}

test.describe('screenshots', () => {
  for (const [lang, locale] of [['en', 'en-GB'], ['zh', 'zh-CN']] as [Lang, string][]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[360, 800], [1280, 800]]) {
        test.describe(() => {
          test.use({ locale, colorScheme, viewport: { width, height } });
          test(`${lang} ${colorScheme} ${width}x${height}`, async ({ page }) => {
            await openApp(page);
            await addProximus(page, lang);
            await addGiffgaff(page, lang);
            const shot = (name: string) =>
              page.screenshot({ path: `target/screenshots/${name}-${lang}-${colorScheme}-${width}x${height}.png`, fullPage: true });
            await shot('list');
            await page.getByRole('button', { name: names[lang].addLine, exact: true }).click();
            await page.getByRole('button', { name: names[lang].save, exact: true }).click();
            await shot('form-errors');
            await page.getByRole('button', { name: names[lang].cancel, exact: true }).click();
            await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
            await shot('line-detail');
            await page.getByRole('navigation').getByRole('button', { name: names[lang].settings, exact: true }).click();
            await shot('settings');
            await page.getByRole('navigation').getByRole('button', { name: names[lang].help, exact: true }).click();
            await shot('help');
          });
        });
      }
    }
  }
});
