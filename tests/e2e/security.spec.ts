// Issue #5, security: a Content-Security-Policy that allows only the app's own files and no
// inline script; and persistent storage asked for, with the answer shown.
import { expect, test } from '@playwright/test';
import { addProximus, lineItem, openApp } from './support';

test('the page has no inline script, and the policy blocks one injected later', async ({ page }) => {
  const html = await (await page.request.get('./')).text();
  expect(html).toContain('Content-Security-Policy');
  expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc=/.test(tag))).toBe(true);

  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as any).__violations.push(event.violatedDirective));
  });
  await openApp(page);
  // The app works under the policy: a line added, its detail opened, Settings shown.
  await addProximus(page, 'en');
  await lineItem(page, 'en', 'Belgian Proximus').getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as any).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect(await page.evaluate(() => (window as any).__violations)).toContain('script-src-elem');
});

test('Settings says whether this browser keeps the data, and asks only from the button', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  const region = page.getByRole('region', { name: 'Keep my data', exact: true });
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  const expected = persisted
    ? "This browser will keep Linekeeper's data."
    : 'This browser has not promised to keep the data: export backups regularly.';
  await expect(region.getByRole('status')).toHaveText(expected);
  await expect(region.getByRole('button', { name: 'Ask to keep my data', exact: true })).toHaveCount(persisted ? 0 : 1);
});
