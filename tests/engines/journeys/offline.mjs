// After one visit, the service worker serves the app with no network: it opens, shows the
// stored lines and saves a new one.
import { addProximus, lineItem, openApp } from '../steps.mjs';

export default async function offline(page) {
  await openApp(page);
  await addProximus(page);
  await page.waitUntil('the service worker controls the page', () => page.evaluate(() =>
    navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)));
  page.server.setOffline(true);
  try {
    await page.reload();
    await lineItem(page, 'Belgian Proximus').toBeVisible();
    await addProximus(page, 'Offline line');
    await page.reload();
    await lineItem(page, 'Offline line').toBeVisible();
  } finally {
    page.server.setOffline(false);
  }
}
