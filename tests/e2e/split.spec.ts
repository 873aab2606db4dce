// The split build (docs/size.md, "The split build"): the line form, a line's detail, Settings
// and Help are wasm modules of their own, loaded when first needed. After one visit every one
// of them opens offline; a module that cannot be loaded says so, with a Retry that works.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { oneHongKongLine, openApp, storeOnFirstLoad, waitForWorker } from './support';

/** The split's modules in dist/ (the loaders name them; the glue's own wasm is not one). */
function splitModules() {
  const loaders = readdirSync('dist').find((file) => /^wasm-split-[0-9a-f]{16}\.js$/.test(file));
  expect(loaders, 'dist/ has no wasm-split loaders module: is this a split build?').toBeDefined();
  return [...readFileSync(`dist/${loaders}`, 'utf8').matchAll(/"\.\/([^"]+\.wasm)"/g)].map((m) => m[1]);
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });
const back = (page: Page) => nav(page, 'Lines').click();

test('after one visit, every lazily loaded screen opens offline', async ({ page, context }) => {
  const modules = splitModules();
  expect(modules.length).toBeGreaterThanOrEqual(4);
  await storeOnFirstLoad(page, oneHongKongLine('line-one', '2026-12-27'));
  await openApp(page);
  await waitForWorker(page);
  // The service worker holds every module, not only those this visit happened to load.
  const cached = await page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname.split('/').pop());
    }
    return names;
  });
  for (const module of modules) expect(cached).toContain(module);

  await context.setOffline(true);
  await page.reload();
  const card = page.getByRole('listitem').filter({ hasText: 'Hong Kong CSL' });
  await expect(card).toBeVisible();

  await page.getByRole('button', { name: 'Add line', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Add line', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
  await back(page);

  await card.getByRole('button', { name: 'Hong Kong CSL', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hong Kong CSL', level: 2 })).toBeVisible();
  await back(page);

  await card.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Hong Kong CSL');
  await back(page);

  await nav(page, 'Settings').click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();

  await nav(page, 'Help').click();
  await expect(page.getByRole('heading', { name: 'Help', level: 2 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('without the service worker (a first visit, or a network that fails)', () => {
  test.use({ serviceWorkers: 'block' });

  test('a module that cannot be loaded says so with Retry, and Retry opens the screen', async ({ page }) => {
    const settingsModule = splitModules().find((file) => file.includes('settings'));
    expect(settingsModule).toBeDefined();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const blocked = `**/${settingsModule}`;
    await page.route(blocked, (route) => route.abort('internetdisconnected'));
    await openApp(page);
    await expect(page.getByRole('heading', { name: 'Lines', level: 2 })).toBeVisible();

    await nav(page, 'Settings').click();
    const failed = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded.' });
    await expect(failed).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toHaveCount(0);
    // The rest of the app still works.
    await nav(page, 'Help').click();
    await expect(page.getByRole('heading', { name: 'Help', level: 2 })).toBeVisible();
    await nav(page, 'Settings').click();
    await expect(failed).toBeVisible();

    await page.unroute(blocked);
    await failed.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
